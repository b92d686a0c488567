// SPDX-License-Identifier: MIT
#include "models/metrics/seriesdecimation.h"

#include <algorithm>
#include <cmath>

namespace EcsDesk::Models {

QList<qsizetype> SeriesDecimation::runStarts(const MetricSeries& series, int periodSeconds)
{
    QList<qsizetype> starts;
    extendRunStarts(starts, series, 0, periodSeconds);
    return starts;
}

int SeriesDecimation::extendRunStarts(
    QList<qsizetype>& starts, const MetricSeries& series, qsizetype from, int periodSeconds)
{
    const QList<qint64>& t = series.timestamps;
    const qint64 period = qint64(qMax(1, periodSeconds)) * 1000;
    const qsizetype before = starts.size();
    from = qMax<qsizetype>(0, from);
    if (starts.isEmpty() && !t.isEmpty()) {
        starts.append(0);
        from = qMax<qsizetype>(from, 1);
    }
    // Replay the last run up to `from` (its starts are decided) to know the step it is stored at.
    qsizetype i = starts.isEmpty() ? 0 : starts.last() + 1;
    qint64 runStep = 0; ///< the data's spacing in the current run; 0 while the run is one point
    for (; i < qMin(from, t.size()); ++i)
        runStep = t[i] - t[i - 1];
    for (; i < t.size(); ++i) {
        const qint64 step = t[i] - t[i - 1];
        bool gap = false;
        if (step > period) {
            if (runStep > 0) // wider than the data's spacing so far in this run
                gap = step > runStep;
            else // a run of one point: joined if the data goes on at this spacing or a wider one
                gap = i + 1 >= t.size() || step > t[i + 1] - t[i];
        }
        if (gap) {
            starts.append(i);
            runStep = 0;
        } else {
            runStep = step;
        }
    }
    return int(starts.size() - before);
}

void SeriesDecimation::decimate(const MetricSeries& series, qsizetype begin, qsizetype end, qint64 fromMs, qint64 toMs,
    int columns, double xShift, QList<QPointF>& out)
{
    out.clear();
    const QList<qint64>& t = series.timestamps;
    const QList<double>& v = series.values;
    begin = qBound<qsizetype>(0, begin, t.size());
    end = qBound<qsizetype>(begin, end, qMin(t.size(), v.size()));
    if (begin == end || toMs < fromMs)
        return;
    // The visible part [lo, hi) and one neighbour on each side.
    const auto first = t.cbegin() + begin;
    const auto last = t.cbegin() + end;
    const qsizetype lo = std::lower_bound(first, last, fromMs) - t.cbegin();
    const qsizetype hi = std::upper_bound(first, last, toMs) - t.cbegin();
    const qsizetype emitFrom = lo > begin ? lo - 1 : lo;
    const qsizetype emitTo = hi < end ? hi + 1 : hi;
    const auto point = [&](qsizetype i) { return QPointF(double(t[i]) + xShift, v[i]); };
    columns = qMax(1, columns);
    if (hi - lo <= 2 * qsizetype(columns)) { // no column holds more than two points on average: exact
        out.reserve(emitTo - emitFrom);
        for (qsizetype i = emitFrom; i < emitTo; ++i)
            out.append(point(i));
        return;
    }
    out.reserve(2 * qsizetype(columns) + 4);
    if (emitFrom < lo)
        out.append(point(emitFrom));
    const double scale = double(columns) / double(qMax<qint64>(1, toMs - fromMs));
    const auto columnOf = [&](qsizetype i) { return qint64(std::floor(double(t[i] - fromMs) * scale)); };
    qsizetype i = lo;
    while (i < hi) {
        const qint64 column = columnOf(i);
        const qsizetype columnStart = i;
        qsizetype minAt = i;
        qsizetype maxAt = i;
        for (++i; i < hi && columnOf(i) == column; ++i) {
            if (v[i] < v[minAt])
                minAt = i;
            if (v[i] > v[maxAt])
                maxAt = i;
        }
        if (i - columnStart <= 2) { // exact
            for (qsizetype k = columnStart; k < i; ++k)
                out.append(point(k));
            continue;
        }
        // Up to four indices in time order: the visible part's first point, min, max, its last.
        qsizetype keep[4];
        int count = 0;
        if (columnStart == lo)
            keep[count++] = lo;
        keep[count++] = qMin(minAt, maxAt);
        keep[count++] = qMax(minAt, maxAt);
        if (i == hi)
            keep[count++] = hi - 1;
        std::sort(keep, keep + count);
        for (int k = 0; k < count; ++k)
            if (k == 0 || keep[k] != keep[k - 1])
                out.append(point(keep[k]));
    }
    if (emitTo > hi)
        out.append(point(hi));
}

} // namespace EcsDesk::Models
