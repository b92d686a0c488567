// SPDX-License-Identifier: MIT
#pragma once

#include "models/metrics/markerloader.h"
#include "models/metrics/metricseriesmodel.h"
#include "models/metrics/valueaxisscale.h"
#include "models/scaling/alarmlines.h"

#include <QDateTime>
#include <QPointer>
#include <QWidget>

class QAreaSeries;
class QChart;
class QChartView;
class QCheckBox;
class QComboBox;
class QDateTimeAxis;
class QDateTimeEdit;
class QGraphicsLineItem;
class QGraphicsSimpleTextItem;
class QHBoxLayout;
class QLabel;
class QLineSeries;
class QTimer;
class QValueAxis;
class QVBoxLayout;

namespace EcsDesk::Api {
class AutoScalingClient;
class CloudWatchClient;
class EcsClient;
} // namespace EcsDesk::Api

namespace EcsDesk::Models {
class MetricsLoader;
class TaskFamilyResolver;
} // namespace EcsDesk::Models

namespace EcsDesk::Ui {

/// The metrics tab: CPU and memory utilization of a cluster, of several services overlaid or of
/// one task (Container Insights) as real time series (Qt Charts, fed by MetricSeriesModel). Time
/// range, statistic, automatic period, auto-refresh, hover crosshair, legend toggles, zoom and pan
/// on time, gaps as gaps, deployment and auto scaling markers, PNG and CSV export.
class MetricsPane : public QWidget {
    Q_OBJECT
public:
    explicit MetricsPane(QWidget* parent = nullptr);
    ~MetricsPane() override;

    /// What to show. The clients must outlive the pane (or the next setContext). Loads at once.
    void setContext(const Api::CloudWatchClient* cloudWatch, const Api::EcsClient* ecs, const QString& cluster,
        const QStringList& services, const QString& taskId = {});
    /// Optional: adds Application Auto Scaling activities to the markers.
    void setAutoScalingClient(const Api::AutoScalingClient* autoScaling);

    /// A custom range (also what the "Custom" entry edits). An invalid end means "now".
    void setTimeRange(const QDateTime& start, const QDateTime& end);
    void setMetric(const QString& metric); ///< CPUUtilization or MemoryUtilization
    void setStatistic(const QString& stat); ///< Average, Minimum, Maximum, p90
    void setUtc(bool utc);

    void refresh(); ///< reloads the whole range
    /// Shows given series without loading (offline data, tests, benchmarks).
    void showSeries(
        const QList<Models::MetricSeries>& series, int periodSeconds, const QList<Models::TimeMarker>& markers = {});
    /// A refresh's new points: appended to the model and the chart's series (no rebuild).
    void appendSeries(const QList<Models::MetricSeries>& newer) { m_model.appendPoints(newer); }
    /// Back to the whole loaded range after zooming or panning (also the "Reset zoom" button).
    void resetZoom();
    bool exportPng(const QString& fileName) const;
    bool exportCsv(const QString& fileName) const;

    const Models::MetricSeriesModel* model() const { return &m_model; }
    const QList<Models::TimeMarker>& markers() const { return m_markers; }
    int period() const { return m_period; }
    QChartView* chartView() const { return m_view; }
    QString statusText() const;
    /// The text the hover crosshair shows (empty while hidden).
    QString crosshairText() const;
    /// The chart series drawing one model column: its runs (one per gap-free stretch).
    QList<QLineSeries*> runsOf(int column) const;
    /// The series that continues a long run with a refresh's points until the next decimation.
    QLineSeries* tailOf(int column) const { return column >= 0 && column < m_tails.size() ? m_tails[column] : nullptr; }
    /// The marker lines, in the order of markers().
    const QList<QLineSeries*>& markerSeries() const { return m_markerSeries; }
    /// The scaling policies' target and threshold lines of one service (loaded with the series
    /// when an Auto Scaling client is set), and those drawn for the current metric with the shaded
    /// spans their alarms spent in ALARM.
    void setThresholds(const QList<Models::ThresholdLine>& lines);
    const QList<Models::ThresholdLine>& thresholds() const { return m_thresholds; }
    const QList<QLineSeries*>& thresholdSeries() const { return m_thresholdSeries; }
    const QList<QAreaSeries*>& alarmAreas() const { return m_alarmAreas; }

Q_SIGNALS:
    void loaded(); ///< series (and markers) are in the model and drawn
    void loadFailed(const QString& message);
    void thresholdsLoaded(); ///< the threshold lines arrived (or failed to: none)

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QHBoxLayout* createToolbar(); ///< the metric, range and statistic choices and the buttons
    void createChart(QVBoxLayout* layout); ///< the chart, its axes, crosshair and status line
    void connectControls(); ///< the choices, the zoom and the auto-refresh timer
    void rangeChanged();
    void rebuildChart();
    void appendToChart(); ///< after rows were appended: extends the last runs (and adds runs at new gaps)
    void addRun(int column);
    QLineSeries* createLine(int column); ///< a series in the column's colour (legend entry for the first)
    static void showAsPoint(QLineSeries* line, bool isolated);
    void redrawVisible(); ///< decimates every run to the visible time range and the plot's pixel width
    int plotColumns() const;
    qint64 timeShift() const; ///< added to model times for the time axis (UTC display)
    void setTimeAxisRange(qint64 fromAxisMs, qint64 toAxisMs);
    void drawMarkers();
    void drawThresholds(); ///< the threshold lines of the current metric and their ALARM spans
    void placeAlarmAreas(); ///< the spans from the value axis' bottom to its top
    void applyValueScale(); ///< nice value ticks for m_dataMinY..m_dataMaxY that fit the plot's height
    void updateValueAxisTitle(); ///< the metric and its unit
    void updateCrosshair(const QPointF& viewPos);
    void refreshTail();
    std::pair<QDateTime, QDateTime> currentRange() const;

    Models::MetricSeriesModel m_model;
    std::unique_ptr<Models::MetricsLoader> m_loader;
    std::unique_ptr<Models::MetricsLoader> m_tailLoader;
    std::unique_ptr<Models::MarkerLoader> m_markerLoader;
    std::unique_ptr<Models::TaskFamilyResolver> m_familyResolver;
    const Api::CloudWatchClient* m_cloudWatch = nullptr;
    const Api::EcsClient* m_ecs = nullptr;
    const Api::AutoScalingClient* m_autoScaling = nullptr;
    QString m_cluster;
    QStringList m_services;
    QString m_taskId;
    QString m_taskFamily; ///< the task's definition family, once DescribeTasks told it
    QList<Models::TimeMarker> m_markers;
    int m_period = 60;
    bool m_seriesLoaded = false;
    bool m_markersLoaded = false;

    QComboBox* m_metric = nullptr;
    QComboBox* m_range = nullptr;
    QComboBox* m_stat = nullptr;
    QDateTimeEdit* m_customStart = nullptr;
    QDateTimeEdit* m_customEnd = nullptr;
    QCheckBox* m_utc = nullptr;
    QCheckBox* m_autoRefresh = nullptr;
    QLabel* m_status = nullptr;
    QChart* m_chart = nullptr;
    QChartView* m_view = nullptr;
    QDateTimeAxis* m_timeAxis = nullptr;
    QValueAxis* m_valueAxis = nullptr;
    Models::ValueAxisScale m_valueScale;
    double m_dataMinY = 0; ///< the lowest and highest value drawn (0 and 1 at least)
    double m_dataMaxY = 1;
    QList<QList<QLineSeries*>> m_runs; ///< per model column: its continuous runs
    QList<QLineSeries*> m_tails; ///< per model column: appended points continuing a long run (or nullptr)
    QList<qsizetype> m_tailRun; ///< per model column: the run its tail continues, -1: none
    QList<QList<qsizetype>> m_runStarts; ///< per model column: index of each run's first datapoint
    QList<qsizetype> m_drawnPoints; ///< per model column: datapoints m_runStarts accounts for
    int m_decimatedColumns = 0; ///< the pixel width the runs were decimated for
    bool m_settingAxes = false; ///< the pane moves the axes itself: no redecimation
    qint64 m_fullFrom = 0; ///< the unzoomed time axis range (axis ms)
    qint64 m_fullTo = 0;
    QList<QLineSeries*> m_markerSeries;
    std::unique_ptr<Models::ThresholdLoader> m_thresholdLoader;
    QList<Models::ThresholdLine> m_thresholds;
    QList<QLineSeries*> m_thresholdSeries;
    QList<QAreaSeries*> m_alarmAreas;
    QGraphicsLineItem* m_crosshair = nullptr;
    QGraphicsSimpleTextItem* m_crosshairText = nullptr;
    QTimer* m_refreshTimer = nullptr;
    QDateTime m_customFrom;
    QDateTime m_customTo;
};

} // namespace EcsDesk::Ui
