// SPDX-License-Identifier: MIT
// Period selection: never more datapoints than GetMetricData (100,800) or GetMetricStatistics
// (1,440) allow, never more per series than the chart is wide, never finer than CloudWatch keeps.

#include "models/metrics/periodselection.h"

#include <gtest/gtest.h>

using EcsDesk::Models::MetricsApi;
using EcsDesk::Models::PeriodSelection;

namespace {
constexpr qint64 hour = 3600;
constexpr qint64 day = 86400;
} // namespace

TEST(PeriodSelection, OneHourAtOneMinute)
{
    EXPECT_EQ(PeriodSelection::choose(hour, 1, 1000, hour), 60);
    EXPECT_EQ(PeriodSelection::datapoints(hour, 60, 1), 60);
}

TEST(PeriodSelection, ChartWidthLimitsPointsPerSeries)
{
    // A week at one minute is 10,080 points: too many for 1,000 pixels, fine without a chart limit.
    EXPECT_EQ(PeriodSelection::choose(7 * day, 1, 0, 7 * day), 60);
    const int period = PeriodSelection::choose(7 * day, 1, 1000, 7 * day);
    EXPECT_EQ(period, 900);
    EXPECT_LE(PeriodSelection::datapoints(7 * day, period, 1), 1000);
}

TEST(PeriodSelection, RetentionFloor)
{
    EXPECT_EQ(PeriodSelection::choose(hour, 1, 0, 20 * day), 300);
    EXPECT_EQ(PeriodSelection::choose(hour, 1, 0, 70 * day), 3600);
}

TEST(PeriodSelection, NeverExceedsTheApiLimits)
{
    for (const qint64 range : { hour, 3 * hour, 12 * hour, day, 3 * day, 7 * day, 30 * day, 365 * day, 3650 * day }) {
        for (const int series : { 1, 2, 10, 100, 500 }) {
            for (const int width : { 0, 300, 1920 }) {
                const int p = PeriodSelection::choose(range, series, width, range);
                EXPECT_GT(p, 0);
                EXPECT_EQ(p % 60, 0) << range << " " << series;
                EXPECT_LE(PeriodSelection::datapoints(range, p, series), PeriodSelection::getMetricDataLimit)
                    << range << " " << series << " " << width;
                if (width > 0) {
                    EXPECT_LE(PeriodSelection::datapoints(range, p, 1), width);
                }
                const int s = PeriodSelection::choose(range, series, width, range, MetricsApi::GetMetricStatistics);
                EXPECT_LE(PeriodSelection::datapoints(range, s, 1), PeriodSelection::getMetricStatisticsLimit) << range;
            }
        }
    }
}

TEST(PeriodSelection, ManySeriesShareTheLimit)
{
    // 100 series over a week: 10,080 points each at one minute would be 1,008,000.
    const int p = PeriodSelection::choose(7 * day, 100, 0, 7 * day);
    EXPECT_EQ(p, 900);
    EXPECT_LE(PeriodSelection::datapoints(7 * day, p, 100), 100800);
}
