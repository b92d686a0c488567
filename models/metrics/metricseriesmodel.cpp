// SPDX-License-Identifier: MIT
#include "models/metrics/metricseriesmodel.h"

#include "models/metrics/seriesdecimation.h"

#include <QDateTime>

#include <QTimeZone>

#include <algorithm>
#include <iterator>
#include <limits>
#include <numeric>

namespace EcsDesk::Models {

MetricSeriesModel::MetricSeriesModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

int MetricSeriesModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_times.size()); }

int MetricSeriesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_series.size());
}

std::optional<double> MetricSeriesModel::value(int row, int column) const
{
    if (row < 0 || row >= m_times.size() || column < 0 || column >= m_series.size())
        return std::nullopt;
    const MetricSeries& s = m_series[column];
    const auto it = std::lower_bound(s.timestamps.cbegin(), s.timestamps.cend(), m_times[row]);
    if (it == s.timestamps.cend() || *it != m_times[row])
        return std::nullopt;
    return s.values[it - s.timestamps.cbegin()];
}

QVariant MetricSeriesModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_times.size() || index.column() >= m_series.size())
        return {};
    if (role == TimestampRole)
        return m_times[index.row()];
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const auto v = value(index.row(), index.column());
    return v ? QVariant(*v) : QVariant();
}

QVariant MetricSeriesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return section >= 0 && section < m_series.size() ? QVariant(m_series[section].label) : QVariant();
    if (section < 0 || section >= m_times.size())
        return {};
    return QDateTime::fromMSecsSinceEpoch(m_times[section], Qt::UTC).toString(Qt::ISODate);
}

void MetricSeriesModel::rebuildTimes()
{
    // Every series is ascending (sortSeries): merge them, O(rows x series) instead of a sort of all.
    QList<qint64> all;
    QList<qint64> merged;
    for (const MetricSeries& s : std::as_const(m_series)) {
        merged.clear();
        merged.reserve(qMax(all.size(), s.timestamps.size()));
        std::set_union(
            all.cbegin(), all.cend(), s.timestamps.cbegin(), s.timestamps.cend(), std::back_inserter(merged));
        std::swap(all, merged);
    }
    all.erase(std::unique(all.begin(), all.end()), all.end());
    m_times = std::move(all);
}

static void sortSeries(MetricSeries& s)
{
    // GetMetricData may answer newest first; keep every series ascending.
    if (std::is_sorted(s.timestamps.cbegin(), s.timestamps.cend()))
        return;
    QList<qsizetype> order(s.timestamps.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) { return s.timestamps[a] < s.timestamps[b]; });
    MetricSeries sorted = s;
    for (qsizetype i = 0; i < order.size(); ++i) {
        sorted.timestamps[i] = s.timestamps[order[i]];
        sorted.values[i] = s.values[order[i]];
    }
    s = std::move(sorted);
}

void MetricSeriesModel::setSeries(const QList<MetricSeries>& series, int periodSeconds)
{
    beginResetModel();
    m_series = series;
    for (MetricSeries& s : m_series) {
        s.values.resize(s.timestamps.size());
        sortSeries(s);
    }
    m_period = qMax(1, periodSeconds);
    rebuildTimes();
    endResetModel();
}

void MetricSeriesModel::appendPoints(const QList<MetricSeries>& newer)
{
    const qint64 lastRow = m_times.isEmpty() ? std::numeric_limits<qint64>::min() : m_times.last();
    bool changedOld = false;
    QList<qint64> added;
    for (MetricSeries incoming : newer) {
        incoming.values.resize(incoming.timestamps.size());
        sortSeries(incoming);
        auto target = std::find_if(
            m_series.begin(), m_series.end(), [&](const MetricSeries& s) { return s.id == incoming.id; });
        if (target == m_series.end())
            continue;
        const qint64 last
            = target->timestamps.isEmpty() ? std::numeric_limits<qint64>::min() : target->timestamps.last();
        for (qsizetype i = 0; i < incoming.timestamps.size(); ++i) {
            if (incoming.timestamps[i] <= last)
                continue;
            target->timestamps.append(incoming.timestamps[i]);
            target->values.append(incoming.values[i]);
            if (incoming.timestamps[i] > lastRow)
                added.append(incoming.timestamps[i]);
            else
                changedOld = true;
        }
    }
    if (changedOld) {
        // A series caught up inside existing rows: rows may be new in the middle.
        beginResetModel();
        rebuildTimes();
        endResetModel();
        return;
    }
    std::sort(added.begin(), added.end());
    added.erase(std::unique(added.begin(), added.end()), added.end());
    if (added.isEmpty())
        return;
    beginInsertRows({}, int(m_times.size()), int(m_times.size() + added.size() - 1));
    m_times.append(added);
    endInsertRows();
}

QList<QList<QPointF>> MetricSeriesModel::segments(const MetricSeries& series, int periodSeconds)
{
    QList<QList<QPointF>> runs;
    const QList<qsizetype> starts = SeriesDecimation::runStarts(series, periodSeconds);
    const qsizetype count = qMin(series.timestamps.size(), series.values.size());
    for (qsizetype r = 0; r < starts.size(); ++r) {
        QList<QPointF> run;
        for (qsizetype i = starts[r]; i < (r + 1 < starts.size() ? starts[r + 1] : count) && i < count; ++i)
            run.append(QPointF(double(series.timestamps[i]), series.values[i]));
        runs.append(run);
    }
    return runs;
}

QList<QList<QPointF>> MetricSeriesModel::segments(int column) const
{
    if (column < 0 || column >= m_series.size())
        return {};
    return segments(m_series[column], m_period);
}

static QByteArray csvField(const QString& text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')))
        return text.toUtf8();
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return '"' + quoted.toUtf8() + '"';
}

QByteArray MetricSeriesModel::toCsv() const
{
    QByteArray out = "time";
    for (const MetricSeries& s : m_series)
        out += ',' + csvField(s.label.isEmpty() ? s.id : s.label);
    out += '\n';
    QList<qsizetype> cursor(m_series.size(), 0);
    for (const qint64 t : m_times) {
        out += QDateTime::fromMSecsSinceEpoch(t, Qt::UTC).toString(Qt::ISODate).toUtf8();
        for (qsizetype c = 0; c < m_series.size(); ++c) {
            out += ',';
            const MetricSeries& s = m_series[c];
            qsizetype& i = cursor[c];
            while (i < s.timestamps.size() && s.timestamps[i] < t)
                ++i;
            if (i < s.timestamps.size() && s.timestamps[i] == t)
                out += QByteArray::number(s.values[i], 'g', 17);
        }
        out += '\n';
    }
    return out;
}

} // namespace EcsDesk::Models
