// SPDX-License-Identifier: MIT
// The metrics chart's value axis: round ticks (1, 2 or 5 times a power of ten), as many as the plot
// has room for, covering the data.

#include "models/metrics/valueaxisscale.h"

#include <QList>

#include <gtest/gtest.h>

#include <cmath>

using EcsDesk::Models::ValueAxisScale;

namespace {

QList<double> ticks(const ValueAxisScale& scale)
{
    QList<double> out;
    for (int i = 0; i < scale.tickCount; ++i)
        out.append(scale.min + i * scale.step);
    return out;
}

} // namespace

TEST(ValueAxisScale, NiceTicksInsteadOfThirteenAndTwentySeven)
{
    // CPU up to 48 % (the axis used to read 0/13/27/40/53): 0/20/40/60 in five ticks or fewer.
    const ValueAxisScale scale = ValueAxisScale::compute(0, 48 * 1.05, 5);
    EXPECT_EQ(ticks(scale), (QList<double> { 0, 20, 40, 60 }));
    EXPECT_EQ(scale.decimals, 0);
    // With room for more ticks, finer steps.
    EXPECT_EQ(ticks(ValueAxisScale::compute(0, 50.4, 11)), (QList<double> { 0, 10, 20, 30, 40, 50, 60 }));
    EXPECT_EQ(ticks(ValueAxisScale::compute(0, 96, 6)), (QList<double> { 0, 20, 40, 60, 80, 100 }));
    EXPECT_EQ(ticks(ValueAxisScale::compute(0, 1, 5)), (QList<double> { 0, 0.5, 1 }));
    EXPECT_EQ(ValueAxisScale::compute(0, 1, 5).decimals, 1);
    EXPECT_EQ(ticks(ValueAxisScale::compute(0, 2300, 5)), (QList<double> { 0, 1000, 2000, 3000 }));
    // Negative values (a metric below zero) start at a tick below them.
    EXPECT_EQ(ticks(ValueAxisScale::compute(-7, 12, 5)), (QList<double> { -10, 0, 10, 20 }));
    // An empty range still gets an axis.
    const ValueAxisScale flat = ValueAxisScale::compute(0, 0, 5);
    EXPECT_EQ(flat.min, 0);
    EXPECT_GT(flat.max, 0);
    EXPECT_GE(flat.tickCount, 2);
}

TEST(ValueAxisScale, EveryStepIsOneTwoOrFiveTimesAPowerOfTenAndTheTicksFit)
{
    for (const double top : { 0.3, 1.0, 3.7, 13.0, 53.0, 99.0, 100.0, 140.0, 512.0, 8192.0 }) {
        for (int maxTicks = 2; maxTicks <= 11; ++maxTicks) {
            const ValueAxisScale scale = ValueAxisScale::compute(0, top, maxTicks);
            EXPECT_LE(scale.tickCount, maxTicks) << top << " " << maxTicks;
            EXPECT_GE(scale.max, top);
            EXPECT_EQ(scale.min, 0);
            const double mantissa = scale.step / std::pow(10.0, std::floor(std::log10(scale.step) + 1e-9));
            EXPECT_TRUE(std::abs(mantissa - 1) < 1e-6 || std::abs(mantissa - 2) < 1e-6 || std::abs(mantissa - 5) < 1e-6)
                << top << " " << maxTicks << " step " << scale.step;
            EXPECT_NEAR(scale.min + (scale.tickCount - 1) * scale.step, scale.max, 1e-9);
        }
    }
}

TEST(ValueAxisScale, TicksThatFitLeaveALabelsHeightBetweenLabels)
{
    EXPECT_EQ(ValueAxisScale::ticksThatFit(100, 17), 3); // a short plot: 3 labels, not 5 elided ones
    EXPECT_EQ(ValueAxisScale::ticksThatFit(140, 17), 5);
    EXPECT_EQ(ValueAxisScale::ticksThatFit(20, 17), 2);
    EXPECT_EQ(ValueAxisScale::ticksThatFit(2000, 17), 11);
}
