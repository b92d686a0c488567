// SPDX-License-Identifier: MIT
// Decimation for the chart: per pixel column the minimum and maximum survive (spikes stay), runs
// are split at gaps, a zoomed-in window is exact and reaches its edges.

#include "models/metrics/seriesdecimation.h"

#include <gtest/gtest.h>

#include <cmath>

using EcsDesk::Models::MetricSeries;
using EcsDesk::Models::SeriesDecimation;

namespace {

constexpr qint64 minute = 60000;
constexpr qint64 t0 = 1700000040000;

MetricSeries week()
{
    MetricSeries s { QStringLiteral("a"), {}, {}, {} };
    for (int i = 0; i < 10080; ++i) {
        s.timestamps.append(t0 + i * minute);
        s.values.append(50 + 20 * std::sin(i / 37.0));
    }
    s.values[5000] = 1000; // a one-minute spike
    s.values[7001] = -5; // and a dip
    return s;
}

} // namespace

TEST(SeriesDecimation, RunStartsSplitAtGaps)
{
    MetricSeries s { QStringLiteral("a"), {}, { t0, t0 + minute, t0 + 5 * minute, t0 + 6 * minute, t0 + 9 * minute },
        { 1, 2, 3, 4, 5 } };
    EXPECT_EQ(SeriesDecimation::runStarts(s, 60), (QList<qsizetype> { 0, 2, 4 }));
    EXPECT_EQ(SeriesDecimation::runStarts(s, 300), (QList<qsizetype> { 0 }));
    EXPECT_TRUE(SeriesDecimation::runStarts(MetricSeries {}, 60).isEmpty());

    // A refresh's points: one continues the last run, one after a gap starts a new run.
    QList<qsizetype> starts = SeriesDecimation::runStarts(s, 60);
    s.timestamps.append({ t0 + 10 * minute, t0 + 20 * minute });
    s.values.append({ 6, 7 });
    EXPECT_EQ(SeriesDecimation::extendRunStarts(starts, s, 5, 60), 1);
    EXPECT_EQ(starts, (QList<qsizetype> { 0, 2, 4, 6 }));
}

TEST(SeriesDecimation, KeepsMinimumAndMaximumOfEveryPixelColumn)
{
    const MetricSeries s = week();
    const qint64 from = t0;
    const qint64 to = t0 + 10079 * minute;
    const int columns = 1000;
    QList<QPointF> out;
    SeriesDecimation::decimate(s, 0, s.timestamps.size(), from, to, columns, 0, out);
    ASSERT_FALSE(out.isEmpty());
    EXPECT_LE(out.size(), 2 * columns + 4);
    EXPECT_GT(out.size(), columns); // not more decimated than the pixels need
    EXPECT_EQ(out.first(), QPointF(double(t0), s.values.first()));
    EXPECT_EQ(out.last(), QPointF(double(to), s.values.last()));
    for (qsizetype i = 1; i < out.size(); ++i)
        ASSERT_LT(out[i - 1].x(), out[i].x()) << i; // time order, no duplicates
    EXPECT_TRUE(out.contains(QPointF(double(t0 + 5000 * minute), 1000)));
    EXPECT_TRUE(out.contains(QPointF(double(t0 + 7001 * minute), -5)));

    // Per column, the drawn extent equals the data's extent: the rendered line covers the same pixels.
    const double scale = double(columns) / double(to - from);
    QMap<qint64, std::pair<double, double>> data;
    QMap<qint64, std::pair<double, double>> drawn;
    const auto add = [](QMap<qint64, std::pair<double, double>>& map, qint64 column, double v) {
        auto it = map.find(column);
        if (it == map.end())
            map.insert(column, { v, v });
        else
            *it = { qMin(it->first, v), qMax(it->second, v) };
    };
    for (qsizetype i = 0; i < s.timestamps.size(); ++i)
        add(data, qint64(std::floor(double(s.timestamps[i] - from) * scale)), s.values[i]);
    for (const QPointF& p : std::as_const(out))
        add(drawn, qint64(std::floor((p.x() - double(from)) * scale)), p.y());
    EXPECT_EQ(drawn, data);
}

TEST(SeriesDecimation, ZoomedInIsExactAndReachesTheEdges)
{
    const MetricSeries s = week();
    // Two hours in the middle of the week, 1000 pixels: every point, plus one outside each edge.
    const qint64 from = t0 + 4000 * minute + 30000;
    const qint64 to = t0 + 4120 * minute + 30000;
    QList<QPointF> out;
    SeriesDecimation::decimate(s, 0, s.timestamps.size(), from, to, 1000, 0, out);
    ASSERT_EQ(out.size(), 120 + 2);
    for (int i = 0; i < out.size(); ++i)
        EXPECT_EQ(out[i], QPointF(double(s.timestamps[4000 + i]), s.values[4000 + i]));

    // A shift (UTC display) moves x only.
    SeriesDecimation::decimate(s, 0, s.timestamps.size(), from, to, 1000, -3600000.0, out);
    EXPECT_EQ(out.first(), QPointF(double(s.timestamps[4000]) - 3600000.0, s.values[4000]));

    // A run outside the window draws only its point next to the window (nothing when far away).
    SeriesDecimation::decimate(s, 0, 100, from, to, 1000, 0, out);
    EXPECT_EQ(out.size(), 1);
    EXPECT_EQ(out.first().x(), double(s.timestamps[99]));
    SeriesDecimation::decimate(s, 0, s.timestamps.size(), from, from - 1, 1000, 0, out);
    EXPECT_TRUE(out.isEmpty());
}

TEST(SeriesDecimation, ColumnsWithTwoPointsOrFewerAreKept)
{
    // 3 points per column on average but all equal values in a column: still first, last and one
    // extreme; and a column of 2 keeps both.
    MetricSeries s { QStringLiteral("a"), {}, {}, {} };
    for (int i = 0; i < 30; ++i) {
        s.timestamps.append(t0 + i * minute);
        s.values.append(7);
    }
    QList<QPointF> out;
    SeriesDecimation::decimate(s, 0, s.timestamps.size(), t0, t0 + 29 * minute, 5, 0, out);
    EXPECT_LE(out.size(), 2 * 5 + 2);
    EXPECT_EQ(out.first().x(), double(t0));
    EXPECT_EQ(out.last().x(), double(t0 + 29 * minute));
    for (const QPointF& p : std::as_const(out))
        EXPECT_EQ(p.y(), 7.0);
}

TEST(SeriesDecimation, DataStoredCoarserThanThePeriodIsOneRunAndItsMissingPointsAreGaps)
{
    // As the demo's history: 22 hours of 10-minute statistic sets, then 2 hours per minute, fetched
    // at 5 minutes: 10-minute steps are the data's resolution, not gaps.
    MetricSeries s { QStringLiteral("a"), {}, {}, {} };
    qint64 t = t0;
    for (int i = 0; i < 132; ++i, t += 10 * minute)
        s.timestamps.append(t);
    for (int i = 0; i < 24; ++i, t += 5 * minute)
        s.timestamps.append(t);
    s.values = QList<double>(s.timestamps.size(), 50.0);
    EXPECT_EQ(SeriesDecimation::runStarts(s, 300), (QList<qsizetype> { 0 }));
    EXPECT_EQ(EcsDesk::Models::MetricSeriesModel::segments(s, 300).size(), 1);
    // At 1 minute too (the CLI's and a 12-hour chart's period).
    EXPECT_EQ(SeriesDecimation::runStarts(s, 60), (QList<qsizetype> { 0 }));

    // A 10-minute set missing: a gap of 20 minutes in 10-minute data.
    MetricSeries missing = s;
    missing.timestamps.remove(50);
    missing.values.remove(50);
    EXPECT_EQ(SeriesDecimation::runStarts(missing, 300), (QList<qsizetype> { 0, 50 }));

    // A point alone between two hour-long gaps in 10-minute data is a run of its own.
    MetricSeries island { QStringLiteral("b"), {}, {}, {} };
    for (const qint64 m : { 0, 10, 20, 30, 90, 150, 160, 170 })
        island.timestamps.append(t0 + m * minute);
    island.values = QList<double>(island.timestamps.size(), 1.0);
    EXPECT_EQ(SeriesDecimation::runStarts(island, 300), (QList<qsizetype> { 0, 4, 5 }));
    const auto runs = EcsDesk::Models::MetricSeriesModel::segments(island, 300);
    ASSERT_EQ(runs.size(), 3);
    EXPECT_EQ(runs[1].size(), 1);
}
