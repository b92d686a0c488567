// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QPointF>

namespace EcsDesk::Models {

/// One metric time series: timestamps (ms since the epoch, ascending) and values.
struct MetricSeries {
    QString id; ///< the query id ("cpu_web")
    QString label; ///< shown in the legend ("web CPUUtilization")
    QList<qint64> timestamps;
    QList<double> values;
    bool operator==(const MetricSeries&) const = default;
};

/// The chart's data as a table: rows are the union of all series' timestamps (ascending),
/// columns are series. A cell without a datapoint is empty (an invalid QVariant), never zero, so
/// a view or chart can show gaps as gaps. Qt Core only: the chart widget reads it through
/// segments(), which splits each series where datapoints are missing.
class MetricSeriesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role { TimestampRole = Qt::UserRole + 1 }; ///< ms since the epoch, on any cell

    explicit MetricSeriesModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Replaces everything (a new query). period: the seconds between datapoints.
    void setSeries(const QList<MetricSeries>& series, int periodSeconds);
    /// A refresh: appends the datapoints newer than each series' last one (older ones, already
    /// held, are ignored), inserting rows at the end only. Series are matched by id.
    void appendPoints(const QList<MetricSeries>& newer);

    const QList<MetricSeries>& series() const { return m_series; }
    int periodSeconds() const { return m_period; }
    QList<qint64> times() const { return m_times; }
    std::optional<double> value(int row, int column) const;

    /// The series' points as continuous runs (x = ms since the epoch): a new run starts where the
    /// next datapoint is further away than the period and than the data's own spacing
    /// (SeriesDecimation::runStarts), so a chart draws gaps as gaps and data stored coarser than the
    /// period as one line. A run may be a single datapoint: a chart must draw it as a point.
    QList<QList<QPointF>> segments(int column) const;
    static QList<QList<QPointF>> segments(const MetricSeries& series, int periodSeconds);

    /// time (ISO 8601 UTC), then one column per series; empty cells for missing datapoints.
    QByteArray toCsv() const;

private:
    void rebuildTimes();

    QList<MetricSeries> m_series;
    QList<qint64> m_times; ///< union of timestamps, ascending
    int m_period = 60;
};

} // namespace EcsDesk::Models
