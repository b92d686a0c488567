// SPDX-License-Identifier: MIT
#include "ui/metrics/metricspane.h"

#include "models/metrics/metricsloader.h"
#include "models/metrics/periodselection.h"
#include "models/metrics/seriesdecimation.h"
#include "models/metrics/taskfamilyresolver.h"
#include "models/metrics/valueaxisscale.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateTimeAxis>
#include <QDateTimeEdit>
#include <QFile>
#include <QFileDialog>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsLineItem>
#include <QGraphicsSimpleTextItem>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMouseEvent>
#include <QPushButton>
#include <QSaveFile>
#include <QTimer>
#include <QTimeZone>
#include <QValueAxis>
#include <QVBoxLayout>

#include <cmath>

namespace EcsDesk::Ui {

namespace {

    // The range labels are translated in the context they are marked in, "MetricsPane" (tr() in the
    // class would look them up under "EcsDesk::Ui::MetricsPane" and find nothing), when the pane is
    // built, after main() installed the translators.
    constexpr const char* rangeContext = "MetricsPane";

    struct RangeChoice {
        const char* label;
        qint64 seconds; ///< 0: custom
    };

    constexpr RangeChoice ranges[] = {
        { QT_TRANSLATE_NOOP("MetricsPane", "1 hour"), 3600 },
        { QT_TRANSLATE_NOOP("MetricsPane", "3 hours"), 3 * 3600 },
        { QT_TRANSLATE_NOOP("MetricsPane", "12 hours"), 12 * 3600 },
        { QT_TRANSLATE_NOOP("MetricsPane", "1 day"), 86400 },
        { QT_TRANSLATE_NOOP("MetricsPane", "3 days"), 3 * 86400 },
        { QT_TRANSLATE_NOOP("MetricsPane", "1 week"), 7 * 86400 },
        { QT_TRANSLATE_NOOP("MetricsPane", "Custom"), 0 },
    };

    constexpr qsizetype tailFrom = 256; ///< a run with this many drawn points gets a tail series
    constexpr qsizetype tailFold = 1024; ///< a tail this long is decimated into its run

    const QList<QColor>& seriesColours()
    {
        static const QList<QColor> colors { QColor(0x1f77b4), QColor(0xff7f0e), QColor(0x2ca02c), QColor(0xd62728),
            QColor(0x9467bd), QColor(0x8c564b), QColor(0xe377c2), QColor(0x7f7f7f), QColor(0xbcbd22),
            QColor(0x17becf) };
        return colors;
    }

} // namespace

MetricsPane::MetricsPane(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("metricsPane"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(createToolbar());
    createChart(layout);
    connectControls();
}

QHBoxLayout* MetricsPane::createToolbar()
{
    auto* bar = new QHBoxLayout;
    m_metric = new QComboBox(this);
    m_metric->addItem(tr("CPU utilization"), QStringLiteral("CPUUtilization"));
    m_metric->addItem(tr("Memory utilization"), QStringLiteral("MemoryUtilization"));
    m_range = new QComboBox(this);
    m_range->setObjectName(QStringLiteral("metricsRange"));
    for (const RangeChoice& r : ranges)
        m_range->addItem(QCoreApplication::translate(rangeContext, r.label), r.seconds);
    m_stat = new QComboBox(this);
    m_stat->addItem(tr("Average"), QStringLiteral("Average"));
    m_stat->addItem(tr("Minimum"), QStringLiteral("Minimum"));
    m_stat->addItem(tr("Maximum"), QStringLiteral("Maximum"));
    m_stat->addItem(tr("p90"), QStringLiteral("p90"));
    m_customStart = new QDateTimeEdit(this);
    m_customEnd = new QDateTimeEdit(this);
    m_customStart->setCalendarPopup(true);
    m_customEnd->setCalendarPopup(true);
    m_customStart->setVisible(false);
    m_customEnd->setVisible(false);
    m_utc = new QCheckBox(tr("UTC"), this);
    m_autoRefresh = new QCheckBox(tr("Auto-refresh"), this);
    m_autoRefresh->setChecked(true);
    auto* refreshButton = new QPushButton(tr("Refresh"), this);
    auto* resetZoomButton = new QPushButton(tr("Reset zoom"), this);
    resetZoomButton->setObjectName(QStringLiteral("resetZoom"));
    auto* pngButton = new QPushButton(tr("Export PNG…"), this);
    auto* csvButton = new QPushButton(tr("Export CSV…"), this);
    bar->addWidget(m_metric);
    bar->addWidget(m_range);
    bar->addWidget(m_customStart);
    bar->addWidget(m_customEnd);
    bar->addWidget(m_stat);
    bar->addWidget(m_utc);
    bar->addWidget(m_autoRefresh);
    bar->addStretch();
    bar->addWidget(resetZoomButton);
    bar->addWidget(refreshButton);
    bar->addWidget(pngButton);
    bar->addWidget(csvButton);

    connect(refreshButton, &QPushButton::clicked, this, [this] { refresh(); });
    connect(resetZoomButton, &QPushButton::clicked, this, &MetricsPane::resetZoom);
    connect(pngButton, &QPushButton::clicked, this, [this] {
        const QString name = QFileDialog::getSaveFileName(this, tr("Export chart"), {}, tr("PNG images (*.png)"));
        if (!name.isEmpty() && !exportPng(name))
            m_status->setText(tr("Could not write %1.").arg(name));
    });
    connect(csvButton, &QPushButton::clicked, this, [this] {
        const QString name = QFileDialog::getSaveFileName(this, tr("Export data"), {}, tr("CSV files (*.csv)"));
        if (!name.isEmpty() && !exportCsv(name))
            m_status->setText(tr("Could not write %1.").arg(name));
    });
    return bar;
}

void MetricsPane::createChart(QVBoxLayout* layout)
{
    m_chart = new QChart;
    // The metrics tab is short at the main window's default size: give the plot the room that
    // QChart's default margins (and the layout's) would take, so the value axis keeps its labels.
    m_chart->setMargins(QMargins(4, 4, 8, 2));
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_chart->setBackgroundRoundness(0);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_timeAxis = new QDateTimeAxis;
    m_timeAxis->setTickCount(7);
    m_valueAxis = new QValueAxis;
    m_valueAxis->setObjectName(QStringLiteral("valueAxis"));
    m_valueAxis->setTickType(QValueAxis::TicksFixed);
    m_valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_chart->addAxis(m_valueAxis, Qt::AlignLeft);
    m_view = new QChartView(m_chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setRubberBand(QChartView::HorizontalRubberBand); // drag to zoom on time, right-click to zoom out
    m_view->setMouseTracking(true);
    m_view->viewport()->installEventFilter(this);
    layout->addWidget(m_view, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("metricsStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    m_crosshair = new QGraphicsLineItem(m_chart);
    m_crosshair->setPen(QPen(QColor(0x606060), 1, Qt::DashLine));
    m_crosshair->setZValue(20);
    m_crosshair->hide();
    m_crosshairText = new QGraphicsSimpleTextItem(m_chart);
    m_crosshairText->setZValue(21);
    m_crosshairText->hide();
}

void MetricsPane::connectControls()
{
    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setInterval(60000);
    connect(m_refreshTimer, &QTimer::timeout, this, &MetricsPane::refreshTail);
    connect(m_autoRefresh, &QCheckBox::toggled, this, [this](bool on) {
        if (on && m_cloudWatch)
            m_refreshTimer->start();
        else
            m_refreshTimer->stop();
    });

    const auto reload = [this] { refresh(); };
    connect(m_metric, &QComboBox::currentIndexChanged, this, reload);
    // The policies' lines are on one metric: the other metric's chart shows none.
    connect(m_metric, &QComboBox::currentIndexChanged, this, [this] { drawThresholds(); });
    connect(m_stat, &QComboBox::currentIndexChanged, this, reload);
    connect(m_range, &QComboBox::currentIndexChanged, this, [this] { rangeChanged(); });
    connect(m_customStart, &QDateTimeEdit::editingFinished, this, [this] {
        m_customFrom = m_customStart->dateTime();
        refresh();
    });
    connect(m_customEnd, &QDateTimeEdit::editingFinished, this, [this] {
        m_customTo = m_customEnd->dateTime();
        refresh();
    });
    connect(m_utc, &QCheckBox::toggled, this, [this] { rebuildChart(); });
    // Zoom and pan move the time axis: decimate again for the new range (exact when zoomed in).
    connect(m_timeAxis, &QDateTimeAxis::rangeChanged, this, [this] {
        if (!m_settingAxes)
            redrawVisible();
    });
    // A wider plot than the runs were decimated for needs more points; a taller or shorter one
    // has room for more or fewer value ticks.
    connect(m_chart, &QChart::plotAreaChanged, this, [this] {
        if (m_settingAxes)
            return;
        if (plotColumns() > m_decimatedColumns * 11 / 10)
            redrawVisible();
        applyValueScale();
    });
    connect(&m_model, &QAbstractItemModel::modelReset, this, [this] { rebuildChart(); });
    connect(&m_model, &QAbstractItemModel::rowsInserted, this, [this] { appendToChart(); });
}

MetricsPane::~MetricsPane() = default;

void MetricsPane::setContext(const Api::CloudWatchClient* cloudWatch, const Api::EcsClient* ecs, const QString& cluster,
    const QStringList& services, const QString& taskId)
{
    m_cloudWatch = cloudWatch;
    m_thresholdLoader.reset();
    m_ecs = ecs;
    m_cluster = cluster;
    m_services = services;
    m_taskId = taskId;
    m_loader = cloudWatch ? std::make_unique<Models::MetricsLoader>(cloudWatch) : nullptr;
    m_tailLoader = cloudWatch ? std::make_unique<Models::MetricsLoader>(cloudWatch) : nullptr;
    m_markerLoader = std::make_unique<Models::MarkerLoader>(ecs, m_autoScaling);
    m_taskFamily.clear();
    m_familyResolver = std::make_unique<Models::TaskFamilyResolver>(ecs);
    connect(m_familyResolver.get(), &Models::TaskFamilyResolver::resolved, this, [this](const QString& family) {
        m_taskFamily = family;
        refresh();
    });
    connect(m_familyResolver.get(), &Models::TaskFamilyResolver::failed, this, [this](const Api::AwsError& error) {
        m_status->setText(tr("Could not look up task %1: %2").arg(m_taskId, error.toString()));
        Q_EMIT loadFailed(error.toString());
    });
    if (m_loader) {
        connect(
            m_loader.get(), &Models::MetricsLoader::finished, this, [this](const QList<Models::MetricSeries>& series) {
                m_model.setSeries(series, m_period);
                m_seriesLoaded = true;
                m_status->setText(statusText());
                if (m_markersLoaded)
                    Q_EMIT loaded();
            });
        connect(m_loader.get(), &Models::MetricsLoader::failed, this, [this](const Api::AwsError& error) {
            m_status->setText(tr("Could not load metrics: %1").arg(error.toString()));
            Q_EMIT loadFailed(error.toString());
        });
        connect(m_tailLoader.get(), &Models::MetricsLoader::finished, this,
            [this](const QList<Models::MetricSeries>& series) { m_model.appendPoints(series); });
    }
    connect(
        m_markerLoader.get(), &Models::MarkerLoader::finished, this, [this](const QList<Models::TimeMarker>& markers) {
            m_markers = markers;
            m_markersLoaded = true;
            drawMarkers();
            if (m_seriesLoaded)
                Q_EMIT loaded();
        });
    connect(m_markerLoader.get(), &Models::MarkerLoader::failed, this, [this](const Api::AwsError& error) {
        m_markers.clear();
        m_markersLoaded = true;
        m_status->setText(tr("Could not load deployments: %1").arg(error.toString()));
        if (m_seriesLoaded)
            Q_EMIT loaded();
    });
    if (m_autoRefresh->isChecked() && cloudWatch)
        m_refreshTimer->start();
    refresh();
}

void MetricsPane::setAutoScalingClient(const Api::AutoScalingClient* autoScaling)
{
    if (autoScaling == m_autoScaling)
        return;
    m_autoScaling = autoScaling;
    m_thresholdLoader.reset(); // made again for the new client
    if (m_markerLoader) { // after setContext: the markers are loaded again with the activities
        m_markerLoader->setAutoScalingClient(autoScaling);
        if (m_taskId.isEmpty() && !m_services.isEmpty()) {
            m_markersLoaded = false;
            m_markerLoader->load(m_cluster, m_services);
        }
    }
}

void MetricsPane::setTimeRange(const QDateTime& start, const QDateTime& end)
{
    m_customFrom = start;
    m_customTo = end;
    const QSignalBlocker blocker(m_range);
    m_range->setCurrentIndex(m_range->count() - 1);
    m_customStart->setDateTime(start);
    m_customEnd->setDateTime(end.isValid() ? end : QDateTime::currentDateTimeUtc());
    m_customStart->setVisible(true);
    m_customEnd->setVisible(true);
    refresh();
}

void MetricsPane::setMetric(const QString& metric) { m_metric->setCurrentIndex(qMax(0, m_metric->findData(metric))); }

void MetricsPane::setStatistic(const QString& stat) { m_stat->setCurrentIndex(qMax(0, m_stat->findData(stat))); }

void MetricsPane::setUtc(bool utc) { m_utc->setChecked(utc); }

void MetricsPane::rangeChanged()
{
    const bool custom = m_range->currentData().toLongLong() == 0;
    m_customStart->setVisible(custom);
    m_customEnd->setVisible(custom);
    if (custom && !m_customFrom.isValid()) {
        m_customTo = QDateTime::currentDateTimeUtc();
        m_customFrom = m_customTo.addSecs(-3600);
        m_customStart->setDateTime(m_customFrom);
        m_customEnd->setDateTime(m_customTo);
    }
    refresh();
}

std::pair<QDateTime, QDateTime> MetricsPane::currentRange() const
{
    const qint64 seconds = m_range->currentData().toLongLong();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (seconds == 0 && m_customFrom.isValid())
        return { m_customFrom.toUTC(), m_customTo.isValid() ? m_customTo.toUTC() : now };
    return { now.addSecs(-qMax<qint64>(seconds, 3600)), now };
}

QString MetricsPane::statusText() const
{
    int points = 0;
    for (const Models::MetricSeries& s : m_model.series())
        points += int(s.timestamps.size());
    if (points == 0 && !m_taskId.isEmpty()) {
        // Per-task metrics exist only where Container Insights is on (AWS publishes nothing
        // otherwise): say so instead of showing an empty chart without a reason.
        return tr("No Container Insights data for task %1. Per-task metrics need Container Insights turned on "
                  "for its cluster.")
            .arg(m_taskId);
    }
    return tr("%n series, %1 datapoints, period %2 s", nullptr, int(m_model.series().size())).arg(points).arg(m_period);
}

void MetricsPane::refresh()
{
    if (!m_loader)
        return;
    if (!m_taskId.isEmpty() && m_taskFamily.isEmpty()) { // the family is a dimension of task metrics
        m_status->setText(tr("Loading…"));
        if (!m_familyResolver->isResolving())
            m_familyResolver->resolve(m_cluster, m_taskId);
        return;
    }
    const auto [start, end] = currentRange();
    Models::MetricsRequest request;
    request.cluster = m_cluster;
    request.services = m_services;
    request.taskId = m_taskId;
    request.taskDefinitionFamily = m_taskFamily;
    request.metric = m_metric->currentData().toString();
    request.stat = m_stat->currentData().toString();
    const int width = qMax(200, m_view->width());
    const qint64 range = start.secsTo(end);
    m_period = Models::PeriodSelection::choose(
        range, int(qMax<qsizetype>(1, m_services.size())), width, start.secsTo(QDateTime::currentDateTimeUtc()));
    request.period = m_period;
    // Align to the period so consecutive refreshes ask for the same buckets.
    const QDateTime alignedStart
        = QDateTime::fromSecsSinceEpoch(start.toSecsSinceEpoch() / m_period * m_period, Qt::UTC);
    m_seriesLoaded = false;
    m_markersLoaded = false;
    m_status->setText(tr("Loading…"));
    m_loader->load(request.queries(), alignedStart, end);
    if (m_taskId.isEmpty() && m_services.size() == 1 && m_autoScaling && m_cloudWatch) {
        if (!m_thresholdLoader) {
            m_thresholdLoader = std::make_unique<Models::ThresholdLoader>(m_autoScaling, m_cloudWatch);
            connect(m_thresholdLoader.get(), &Models::ThresholdLoader::finished, this,
                [this](const QList<Models::ThresholdLine>& lines) {
                    setThresholds(lines);
                    Q_EMIT thresholdsLoaded();
                });
            connect(m_thresholdLoader.get(), &Models::ThresholdLoader::failed, this, [this] {
                setThresholds({});
                Q_EMIT thresholdsLoaded();
            });
        }
        m_thresholdLoader->load(
            m_cluster, m_services.first(), alignedStart.toMSecsSinceEpoch(), end.toMSecsSinceEpoch());
    } else if (!m_thresholds.isEmpty()) {
        setThresholds({});
    }
    if (m_taskId.isEmpty())
        m_markerLoader->load(m_cluster, m_services);
    else
        m_markerLoader->load(m_cluster, {});
}

void MetricsPane::showSeries(
    const QList<Models::MetricSeries>& series, int periodSeconds, const QList<Models::TimeMarker>& markers)
{
    m_period = periodSeconds;
    m_markers = markers;
    m_model.setSeries(series, periodSeconds);
    m_status->setText(statusText());
}

void MetricsPane::refreshTail()
{
    if (!m_tailLoader || m_tailLoader->isLoading() || m_loader->isLoading() || !m_seriesLoaded)
        return;
    if (m_range->currentData().toLongLong() == 0 && m_customTo.isValid())
        return; // a fixed custom range does not move
    Models::MetricsRequest request;
    request.cluster = m_cluster;
    request.services = m_services;
    request.taskId = m_taskId;
    request.taskDefinitionFamily = m_taskFamily;
    request.metric = m_metric->currentData().toString();
    request.stat = m_stat->currentData().toString();
    request.period = m_period;
    const QList<qint64> times = m_model.times();
    const QDateTime end = QDateTime::currentDateTimeUtc();
    const qint64 from = times.isEmpty() ? end.addSecs(-3600).toMSecsSinceEpoch() : times.last();
    m_tailLoader->load(request.queries(), QDateTime::fromMSecsSinceEpoch(from, Qt::UTC), end);
}

QList<QLineSeries*> MetricsPane::runsOf(int column) const
{
    return column >= 0 && column < m_runs.size() ? m_runs[column] : QList<QLineSeries*> {};
}

qint64 MetricsPane::timeShift() const
{
    // QDateTimeAxis shows local time; for UTC the x values are shifted by the local offset.
    return m_utc->isChecked() ? qint64(QDateTime::currentDateTime().offsetFromUtc()) * -1000 : 0;
}

int MetricsPane::plotColumns() const
{
    // Before the first layout the plot area is empty: assume the view's width less the axes' room.
    const double width = m_chart->plotArea().width() > 10 ? m_chart->plotArea().width() : m_view->width() - 100.0;
    return qMax(200, int(std::ceil(width * m_view->devicePixelRatioF())));
}

void MetricsPane::setTimeAxisRange(qint64 fromAxisMs, qint64 toAxisMs)
{
    m_settingAxes = true;
    m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(fromAxisMs), QDateTime::fromMSecsSinceEpoch(toAxisMs));
    m_settingAxes = false;
}

void MetricsPane::showAsPoint(QLineSeries* line, bool isolated)
{
    // A run of one datapoint has no line to draw: it is drawn as a dot, or it would not show at all.
    if (line->pointsVisible() != isolated)
        line->setPointsVisible(isolated);
}

QLineSeries* MetricsPane::createLine(int column)
{
    auto* line = new QLineSeries;
    line->setName(m_model.series()[column].label);
    line->setPen(QPen(seriesColours()[column % seriesColours().size()], 1.5));
    line->setBrush(seriesColours()[column % seriesColours().size()]);
    line->setMarkerSize(5);
    m_chart->addSeries(line);
    line->attachAxis(m_timeAxis);
    line->attachAxis(m_valueAxis);
    if (!m_runs[column].isEmpty()) { // one legend entry per metric series, not per run
        for (QLegendMarker* marker : m_chart->legend()->markers(line))
            marker->setVisible(false);
        line->setVisible(m_runs[column].first()->isVisible());
    }
    return line;
}

void MetricsPane::addRun(int column)
{
    const bool first = m_runs[column].isEmpty();
    QLineSeries* line = createLine(column);
    m_runs[column].append(line);
    if (!first)
        return;
    for (QLegendMarker* marker : m_chart->legend()->markers(line)) {
        connect(marker, &QLegendMarker::clicked, this, [this, column, marker] {
            const bool visible = !runsOf(column).first()->isVisible();
            for (QLineSeries* s : runsOf(column))
                s->setVisible(visible);
            if (column < m_tails.size() && m_tails[column])
                m_tails[column]->setVisible(visible);
            marker->setVisible(true);
            QFont font = marker->font();
            font.setStrikeOut(!visible);
            marker->setFont(font);
        });
    }
}

void MetricsPane::rebuildChart()
{
    const bool utc = m_utc->isChecked();
    m_timeAxis->setFormat(utc ? QStringLiteral("MM-dd HH:mm 'UTC'") : QStringLiteral("MM-dd HH:mm"));
    const qint64 shift = timeShift();

    // Keep the series objects when the shape is unchanged: one QLineSeries::replace() per run.
    const auto& series = m_model.series();
    QList<QList<qsizetype>> starts;
    bool sameShape = m_runs.size() == series.size();
    for (int c = 0; c < series.size(); ++c) {
        starts.append(Models::SeriesDecimation::runStarts(series[c], m_model.periodSeconds()));
        sameShape = sameShape && qMax<qsizetype>(1, starts[c].size()) == m_runs[c].size();
    }
    m_settingAxes = true;
    m_chart->zoomReset(); // a new range or new data: forget the previous zoom
    m_settingAxes = false;
    if (!sameShape) {
        for (const auto& runs : std::as_const(m_runs))
            for (QLineSeries* s : runs) {
                m_chart->removeSeries(s);
                delete s;
            }
        for (QLineSeries* s : std::as_const(m_tails))
            if (s) {
                m_chart->removeSeries(s);
                delete s;
            }
        m_tails = QList<QLineSeries*>(series.size(), nullptr);
        m_tailRun = QList<qsizetype>(series.size(), -1);
        m_runs = QList<QList<QLineSeries*>>(series.size());
        for (int c = 0; c < series.size(); ++c)
            for (qsizetype r = 0; r < qMax<qsizetype>(1, starts[c].size()); ++r)
                addRun(c);
    }
    m_runStarts = std::move(starts);
    m_drawnPoints.clear();
    double minY = 0;
    double maxY = 1;
    qint64 minX = std::numeric_limits<qint64>::max();
    qint64 maxX = std::numeric_limits<qint64>::min();
    for (const Models::MetricSeries& s : series) {
        m_drawnPoints.append(s.timestamps.size());
        for (const double v : s.values) {
            maxY = qMax(maxY, v);
            minY = qMin(minY, v);
        }
        if (!s.timestamps.isEmpty()) {
            minX = qMin(minX, s.timestamps.first() + shift);
            maxX = qMax(maxX, s.timestamps.last() + shift);
        }
    }
    const auto [start, end] = currentRange();
    if (minX > maxX || m_loader) { // loaded data: the whole requested range
        minX = start.toMSecsSinceEpoch() + shift;
        maxX = end.toMSecsSinceEpoch() + shift;
    }
    m_fullFrom = minX;
    m_fullTo = maxX;
    setTimeAxisRange(minX, maxX);
    m_dataMinY = minY;
    m_dataMaxY = maxY;
    updateValueAxisTitle();
    applyValueScale();
    redrawVisible();
    drawMarkers();
}

void MetricsPane::redrawVisible()
{
    const auto& series = m_model.series();
    if (m_runs.size() != series.size() || m_runStarts.size() != series.size())
        return;
    const qint64 shift = timeShift();
    const qint64 from = m_timeAxis->min().toMSecsSinceEpoch() - shift;
    const qint64 to = m_timeAxis->max().toMSecsSinceEpoch() - shift;
    m_decimatedColumns = plotColumns();
    for (int c = 0; c < m_tails.size(); ++c) { // the runs take the tails' points back
        if (m_tails[c] && m_tails[c]->count() > 0)
            m_tails[c]->replace(QList<QPointF> {});
        m_tailRun[c] = -1;
    }
    QList<QPointF> points;
    for (int c = 0; c < series.size(); ++c) {
        const QList<qsizetype>& starts = m_runStarts[c];
        for (qsizetype r = 0; r < m_runs[c].size(); ++r) {
            qsizetype runLength = 0;
            if (r < starts.size()) {
                const qsizetype runEnd = r + 1 < starts.size() ? starts[r + 1] : m_drawnPoints[c];
                runLength = runEnd - starts[r];
                Models::SeriesDecimation::decimate(
                    series[c], starts[r], runEnd, from, to, m_decimatedColumns, double(shift), points);
            } else {
                points.clear();
            }
            m_runs[c][r]->replace(points);
            showAsPoint(m_runs[c][r], runLength == 1);
        }
    }
}

void MetricsPane::resetZoom()
{
    m_settingAxes = true;
    m_chart->zoomReset();
    m_settingAxes = false;
    setTimeAxisRange(m_fullFrom, m_fullTo);
    redrawVisible();
}

void MetricsPane::appendToChart()
{
    const auto& series = m_model.series();
    if (m_runs.size() != series.size() || m_runStarts.size() != series.size()) {
        rebuildChart();
        return;
    }
    const qint64 shift = timeShift();
    const qint64 axisMax = m_timeAxis->max().toMSecsSinceEpoch() - shift;
    // Follow the new data when the end of the data was in view (not when zoomed into the past).
    qint64 previousEnd = std::numeric_limits<qint64>::min();
    qint64 newEnd = std::numeric_limits<qint64>::min();
    for (int c = 0; c < series.size(); ++c) {
        const Models::MetricSeries& s = series[c];
        if (m_drawnPoints[c] > 0)
            previousEnd = qMax(previousEnd, s.timestamps[m_drawnPoints[c] - 1]);
        if (!s.timestamps.isEmpty())
            newEnd = qMax(newEnd, s.timestamps.last());
    }
    const bool follow = previousEnd <= axisMax;
    qint64 rightEdge = axisMax;
    if (newEnd > axisMax) {
        // Axis changes make Qt Charts recompute every series: extend only when the new points do
        // not fit, and then with headroom, so most refreshes touch only the appended series.
        const qint64 headroom = qMax<qint64>(qint64(m_period) * 1000, (newEnd + shift - m_fullFrom) / 20);
        m_fullTo = qMax(m_fullTo, newEnd + shift + headroom);
        if (follow)
            rightEdge = m_fullTo - shift;
    }
    double maxY = m_dataMaxY;
    double minY = m_dataMinY;
    for (int c = 0; c < series.size(); ++c) {
        const Models::MetricSeries& s = series[c];
        const qsizetype from = m_drawnPoints[c];
        if (from >= s.timestamps.size())
            continue;
        QList<qsizetype>& starts = m_runStarts[c];
        const qsizetype firstTouched = qMax<qsizetype>(0, starts.size() - 1);
        Models::SeriesDecimation::extendRunStarts(starts, s, from, m_model.periodSeconds());
        while (m_runs[c].size() < starts.size()) // a new gap: a new run, the others stay as they are
            addRun(c);
        for (qsizetype r = firstTouched; r < starts.size(); ++r) {
            QLineSeries* line = m_runs[c][r];
            // Qt Charts recomputes a whole series when a point is appended: a long run is continued
            // by a short tail series from its last point (folded back in by the next decimation).
            if (m_tailRun[c] == r || (m_tailRun[c] < 0 && line->count() >= tailFrom)) {
                if (!m_tails[c])
                    m_tails[c] = createLine(c);
                if (m_tailRun[c] < 0 && line->count() > 0)
                    m_tails[c]->append(line->at(line->count() - 1));
                m_tailRun[c] = r;
                line = m_tails[c];
            }
            if (line->count() > 0 && qint64(line->at(line->count() - 1).x()) - shift > rightEdge)
                continue; // already drawn past the right edge; zooming there decimates again
            const qsizetype runEnd = r + 1 < starts.size() ? starts[r + 1] : s.timestamps.size();
            QList<QPointF> added;
            for (qsizetype i = qMax(from, starts[r]); i < runEnd; ++i) {
                added.append(QPointF(double(s.timestamps[i] + shift), s.values[i]));
                if (s.timestamps[i] > rightEdge)
                    break; // one point past the edge reaches it
            }
            if (added.size() <= 2) {
                line->append(added);
            } else { // one geometry update instead of one per point
                QList<QPointF> all = line->points();
                all.append(added);
                line->replace(all);
            }
            if (line != m_tails[c])
                showAsPoint(line, runEnd - starts[r] == 1);
        }
        for (qsizetype i = from; i < s.timestamps.size(); ++i) {
            maxY = qMax(maxY, s.values[i]);
            minY = qMin(minY, s.values[i]);
        }
        m_drawnPoints[c] = s.timestamps.size();
    }
    if (follow && rightEdge > axisMax) {
        m_settingAxes = true;
        m_timeAxis->setMax(QDateTime::fromMSecsSinceEpoch(rightEdge + shift));
        m_settingAxes = false;
    }
    for (QLineSeries* tail : std::as_const(m_tails)) {
        if (tail && tail->count() > tailFold) { // a tail long enough to be slow: decimate it in
            redrawVisible();
            break;
        }
    }
    if (maxY > m_dataMaxY || minY < m_dataMinY) {
        m_dataMaxY = maxY;
        m_dataMinY = minY;
        applyValueScale();
    }
}

void MetricsPane::updateValueAxisTitle()
{
    // AWS/ECS utilization is a percentage of what the tasks reserve; Container Insights task
    // metrics are absolute: CPU units and MiB.
    const bool memory = m_metric->currentData().toString() == QLatin1String("MemoryUtilization");
    QString title;
    if (m_taskId.isEmpty())
        title = memory ? tr("Memory (%)") : tr("CPU (%)");
    else
        title = memory ? tr("Memory (MiB)") : tr("CPU (CPU units)");
    if (m_valueAxis->titleText() != title)
        m_valueAxis->setTitleText(title);
}

void MetricsPane::applyValueScale()
{
    // 5 % headroom above the highest value, so a line at the top is not drawn on the frame.
    const double top = m_dataMaxY > 0 ? m_dataMaxY * 1.05 : m_dataMaxY;
    const int plotHeight = int(m_chart->plotArea().height() > 10 ? m_chart->plotArea().height() : 200);
    const int maxTicks
        = Models::ValueAxisScale::ticksThatFit(plotHeight, QFontMetricsF(m_valueAxis->labelsFont()).height());
    const Models::ValueAxisScale scale = Models::ValueAxisScale::compute(m_dataMinY, top, maxTicks);
    if (scale == m_valueScale && m_valueAxis->min() == scale.min && m_valueAxis->max() == scale.max)
        return;
    m_valueScale = scale;
    m_settingAxes = true;
    m_valueAxis->setLabelFormat(QStringLiteral("%.%1f").arg(scale.decimals));
    m_valueAxis->setTickCount(scale.tickCount);
    m_valueAxis->setRange(scale.min, scale.max);
    m_settingAxes = false;
    for (QLineSeries* marker : std::as_const(m_markerSeries)) // still from bottom to top
        if (marker->count() == 2)
            marker->replace(QList<QPointF> { { marker->at(0).x(), scale.min }, { marker->at(1).x(), scale.max } });
    placeAlarmAreas();
}

void MetricsPane::drawMarkers()
{
    for (QLineSeries* s : std::as_const(m_markerSeries)) {
        m_chart->removeSeries(s);
        delete s;
    }
    m_markerSeries.clear();
    const qint64 shift = timeShift();
    const double top = m_valueAxis->max();
    for (const Models::TimeMarker& marker : std::as_const(m_markers)) {
        auto* line = new QLineSeries;
        QColor color = marker.kind == Models::TimeMarker::Kind::ScalingActivity ? QColor(0x9467bd)
            : marker.kind == Models::TimeMarker::Kind::DeploymentStarted        ? QColor(0x2ca02c)
                                                                                : QColor(0x555555);
        line->setPen(QPen(color, 1, Qt::DashLine));
        line->setName(marker.text);
        const double x = double(marker.time + shift);
        line->append(x, m_valueAxis->min());
        line->append(x, top);
        m_chart->addSeries(line);
        line->attachAxis(m_timeAxis);
        line->attachAxis(m_valueAxis);
        for (QLegendMarker* legend : m_chart->legend()->markers(line))
            legend->setVisible(false);
        m_markerSeries.append(line);
    }
    drawThresholds();
}

void MetricsPane::setThresholds(const QList<Models::ThresholdLine>& lines)
{
    m_thresholds = lines;
    drawThresholds();
}

void MetricsPane::drawThresholds()
{
    for (QLineSeries* s : std::as_const(m_thresholdSeries)) {
        m_chart->removeSeries(s);
        delete s;
    }
    m_thresholdSeries.clear();
    for (QAreaSeries* s : std::as_const(m_alarmAreas)) {
        m_chart->removeSeries(s);
        delete s;
    }
    m_alarmAreas.clear();
    if (!m_taskId.isEmpty())
        return; // task metrics are in CPU units and MiB, not the policies' percent
    const QString metric = m_metric->currentData().toString();
    const qint64 shift = timeShift();
    bool rescale = false;
    for (const Models::ThresholdLine& threshold : std::as_const(m_thresholds)) {
        if (threshold.metricName != metric)
            continue;
        if (threshold.value > m_dataMaxY) { // the line stays in view
            m_dataMaxY = threshold.value;
            rescale = true;
        }
    }
    if (rescale)
        applyValueScale();
    for (const Models::ThresholdLine& threshold : std::as_const(m_thresholds)) {
        if (threshold.metricName != metric)
            continue;
        for (const auto& [from, to] : threshold.alarmSpans) {
            auto* upper = new QLineSeries(this);
            auto* lower = new QLineSeries(this);
            upper->append(double(from + shift), m_valueAxis->max());
            upper->append(double(to + shift), m_valueAxis->max());
            lower->append(double(from + shift), m_valueAxis->min());
            lower->append(double(to + shift), m_valueAxis->min());
            auto* area = new QAreaSeries(upper, lower);
            area->setName(tr("%1 in ALARM").arg(threshold.alarmName));
            area->setBrush(QColor(214, 39, 40, 40));
            area->setPen(Qt::NoPen);
            m_chart->addSeries(area);
            area->attachAxis(m_timeAxis);
            area->attachAxis(m_valueAxis);
            for (QLegendMarker* legend : m_chart->legend()->markers(area))
                legend->setVisible(false);
            m_alarmAreas.append(area);
        }
        auto* line = new QLineSeries;
        line->setName(threshold.label);
        line->setPen(QPen(QColor(0xd62728), 1.5, Qt::DashDotLine));
        line->append(double(m_fullFrom), threshold.value);
        line->append(double(m_fullTo), threshold.value);
        m_chart->addSeries(line);
        line->attachAxis(m_timeAxis);
        line->attachAxis(m_valueAxis);
        m_thresholdSeries.append(line);
    }
}

void MetricsPane::placeAlarmAreas()
{
    for (QAreaSeries* area : std::as_const(m_alarmAreas)) {
        for (QLineSeries* edge : { area->upperSeries(), area->lowerSeries() }) {
            if (!edge || edge->count() != 2)
                continue;
            const double y = edge == area->upperSeries() ? m_valueAxis->max() : m_valueAxis->min();
            edge->replace(QList<QPointF> { { edge->at(0).x(), y }, { edge->at(1).x(), y } });
        }
    }
}

bool MetricsPane::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view->viewport()) {
        if (event->type() == QEvent::MouseMove)
            updateCrosshair(static_cast<QMouseEvent*>(event)->position());
        else if (event->type() == QEvent::Leave) {
            m_crosshair->hide();
            m_crosshairText->hide();
        } else if (event->type() == QEvent::Wheel) {
            // Wheel: zoom in/out on time around the centre; shift+wheel pans.
            auto* wheel = static_cast<QWheelEvent*>(event);
            const int delta = wheel->angleDelta().y();
            if (wheel->modifiers() & Qt::ShiftModifier)
                m_chart->scroll(delta > 0 ? -m_chart->plotArea().width() / 10 : m_chart->plotArea().width() / 10, 0);
            else {
                QRectF area = m_chart->plotArea();
                const double factor = delta > 0 ? 0.8 : 1.25;
                const double newWidth = area.width() * factor;
                area.setLeft(area.center().x() - newWidth / 2);
                area.setWidth(newWidth);
                m_chart->zoomIn(area);
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void MetricsPane::updateCrosshair(const QPointF& viewPos)
{
    const QPointF scenePos = m_view->mapToScene(viewPos.toPoint());
    const QPointF chartPos = m_chart->mapFromScene(scenePos);
    const QRectF area = m_chart->plotArea();
    if (!area.contains(chartPos) || m_model.rowCount() == 0) {
        m_crosshair->hide();
        m_crosshairText->hide();
        return;
    }
    const qint64 shift = timeShift();
    const QPointF value = m_chart->mapToValue(chartPos);
    const qint64 t = qint64(value.x()) - shift;
    // The nearest row in time.
    const QList<qint64> times = m_model.times();
    auto it = std::lower_bound(times.cbegin(), times.cend(), t);
    if (it == times.cend() || (it != times.cbegin() && t - *(it - 1) < *it - t))
        --it;
    const int row = int(it - times.cbegin());
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(*it, m_utc->isChecked() ? Qt::UTC : Qt::LocalTime);
    QStringList lines { when.toString(QStringLiteral("yyyy-MM-dd HH:mm"))
        + (m_utc->isChecked() ? QStringLiteral(" UTC") : QString()) };
    for (int c = 0; c < m_model.columnCount(); ++c) {
        const auto v = m_model.value(row, c);
        lines.append(
            QStringLiteral("%1: %2").arg(m_model.series()[c].label, v ? QString::number(*v, 'f', 2) : tr("no data")));
    }
    const double x = m_chart->mapToPosition(QPointF(double(*it + shift), 0)).x();
    m_crosshair->setLine(x, area.top(), x, area.bottom());
    m_crosshair->show();
    m_crosshairText->setText(lines.join(QLatin1Char('\n')));
    QPointF textPos(x + 6, area.top() + 4);
    if (textPos.x() + m_crosshairText->boundingRect().width() > area.right())
        textPos.setX(x - 6 - m_crosshairText->boundingRect().width());
    m_crosshairText->setPos(textPos);
    m_crosshairText->show();
}

QString MetricsPane::crosshairText() const
{
    return m_crosshairText->isVisible() ? m_crosshairText->text() : QString();
}

bool MetricsPane::exportPng(const QString& fileName) const { return m_view->grab().save(fileName, "PNG"); }

bool MetricsPane::exportCsv(const QString& fileName) const
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(m_model.toCsv());
    return file.commit();
}

} // namespace EcsDesk::Ui
