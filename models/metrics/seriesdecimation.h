// SPDX-License-Identifier: MIT
#pragma once

#include "models/metrics/metricseriesmodel.h"

#include <QList>
#include <QPointF>

namespace EcsDesk::Models {

/// Reduces a metric series to what a chart of a given pixel width can show, the way chart tools
/// keep a week at one minute responsive: per pixel column only the minimum and the maximum (in time
/// order) are kept, so spikes stay visible, and a column with at most two points keeps them all, so
/// the result is exact when zoomed in. Works per run (runs split at gaps, as
/// MetricSeriesModel::segments), straight from the series' arrays, without building all points.
class SeriesDecimation {
public:
    /// The index in series.timestamps where each run starts. A step from one datapoint to the next
    /// is a gap when it is wider than the period and wider than the spacing the data has in the run
    /// so far (for a run of one point: than the next step). So data stored coarser than the period
    /// it is fetched at (the demo's 10-minute statistic sets at 5 minutes, a metric published every
    /// 5 minutes at 1 minute) stays one line, while a missing datapoint at the data's own spacing is
    /// a gap. A run can be a single datapoint. Empty for an empty series.
    static QList<qsizetype> runStarts(const MetricSeries& series, int periodSeconds);
    /// Extends runStarts with the points from index `from` on (a refresh's appended points):
    /// returns how many runs were added.
    static int extendRunStarts(QList<qsizetype>& starts, const MetricSeries& series, qsizetype from, int periodSeconds);

    /// The points of series[begin, end) (one run) inside [fromMs, toMs], reduced to at most two per
    /// pixel column of `columns`, plus the nearest point outside each edge (so the line reaches the
    /// edge of the plot) and the first and last point of the visible part. x = timestamp + xShift.
    /// The result replaces `out`.
    static void decimate(const MetricSeries& series, qsizetype begin, qsizetype end, qint64 fromMs, qint64 toMs,
        int columns, double xShift, QList<QPointF>& out);
};

} // namespace EcsDesk::Models
