// SPDX-License-Identifier: MIT
// MetricsPane offscreen: the chart draws each series' runs (gaps stay gaps), markers and a legend
// entry per series; the grabbed chart has real content; PNG and CSV export; and the pane loads
// from the local endpoint the series it was given there.

#include "api/autoscaling/autoscalingclient.h"
#include "api/cloudwatch/cloudwatchclient.h"
#include "api/ecs/ecsclient.h"
#include "common/localendpointsupport.h"
#include "common/testutil.h"
#include "local/api/cloudwatchhandler.h"
#include "local/clock.h"
#include "local/localendpoint.h"
#include "local/simulation/simulation.h"
#include "local/store/store.h"
#include "models/servicemodel.h"
#include "translations/translator.h"
#include "ui/detailspane.h"
#include "ui/mainwindow.h"
#include "ui/metrics/metricspane.h"
#include "ui/panewidget.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QFile>
#include <QGraphicsTextItem>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMouseEvent>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTranslator>
#include <QValueAxis>
#include <QWheelEvent>

#include <gtest/gtest.h>

using namespace EcsDesk;
using namespace EcsDesk::Testing;

namespace {

constexpr qint64 minute = 60000;

QList<Models::MetricSeries> sampleSeries(qint64 start)
{
    QList<Models::MetricSeries> series;
    const QStringList names { QStringLiteral("web"), QStringLiteral("api"), QStringLiteral("worker") };
    for (int s = 0; s < names.size(); ++s) {
        Models::MetricSeries one { QStringLiteral("service%1").arg(s), names[s], {}, {} };
        for (int m = 0; m < 180; ++m) {
            if (s == 1 && m >= 70 && m < 95)
                continue; // api reported nothing for 25 minutes
            one.timestamps.append(start + m * minute);
            one.values.append(20 + 15 * s + 10 * std::sin((m + 20 * s) / 12.0) + (m > 120 ? 12 : 0));
        }
        series.append(one);
    }
    return series;
}

int colouredPixels(const QImage& image, QRgb colour)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QRgb p = image.pixel(x, y);
            if (qAbs(qRed(p) - qRed(colour)) < 40 && qAbs(qGreen(p) - qGreen(colour)) < 40
                && qAbs(qBlue(p) - qBlue(colour)) < 40)
                ++count;
        }
    return count;
}

/// A pane showing the sample series, laid out (the plot area exists) and in UTC.
struct ShownPane {
    explicit ShownPane(const QList<Models::TimeMarker>& markers = {}, QList<Models::MetricSeries> series = {})
    {
        pane.resize(1000, 560);
        pane.setUtc(true);
        pane.show();
        pane.showSeries(series.isEmpty() ? sampleSeries(start) : series, 60, markers);
        waitFor([this] { return chart()->plotArea().width() > 100; }, 5000);
        QCoreApplication::processEvents();
    }
    QChart* chart() const { return pane.chartView()->chart(); }
    QWidget* viewport() const { return pane.chartView()->viewport(); }
    QDateTimeAxis* timeAxis() const { return qobject_cast<QDateTimeAxis*>(chart()->axes(Qt::Horizontal).first()); }
    qint64 axisMin() const { return timeAxis()->min().toMSecsSinceEpoch(); }
    qint64 axisMax() const { return timeAxis()->max().toMSecsSinceEpoch(); }
    /// Where a model time and value are drawn, in viewport coordinates (UTC shift applied).
    QPoint viewPos(qint64 t, double value) const
    {
        const qint64 shift = -qint64(QDateTime::currentDateTime().offsetFromUtc()) * 1000;
        return pane.chartView()->mapFromScene(
            chart()->mapToScene(chart()->mapToPosition(QPointF(double(t + shift), value))));
    }
    void mouse(QEvent::Type type, QPoint pos, Qt::MouseButton button = Qt::NoButton,
        Qt::MouseButtons buttons = Qt::NoButton) const
    {
        QMouseEvent event(type, QPointF(pos), QPointF(viewport()->mapToGlobal(pos)), button, buttons, Qt::NoModifier);
        QCoreApplication::sendEvent(viewport(), &event);
    }
    void wheel(int delta, Qt::KeyboardModifiers modifiers = Qt::NoModifier) const
    {
        const QPointF centre = chart()->plotArea().center();
        QWheelEvent event(centre, QPointF(viewport()->mapToGlobal(centre.toPoint())), QPoint(), QPoint(0, delta),
            Qt::NoButton, modifiers, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(viewport(), &event);
    }

    static inline const qint64 start
        = QDateTime::fromString(QStringLiteral("2026-11-21T09:00:00Z"), Qt::ISODate).toMSecsSinceEpoch();
    Ui::MetricsPane pane;
};

QString expectedValue(const Models::MetricSeries& s, qint64 t)
{
    const qsizetype i = s.timestamps.indexOf(t);
    return i < 0 ? QStringLiteral("no data") : QString::number(s.values[i], 'f', 2);
}

} // namespace

TEST(MetricsPane, DrawsRunsMarkersAndExports)
{
    Ui::MetricsPane pane;
    pane.resize(1000, 560);
    pane.setUtc(true);
    pane.show();
    const qint64 start = QDateTime::fromString(QStringLiteral("2026-11-21T09:00:00Z"), Qt::ISODate).toMSecsSinceEpoch();
    const QList<Models::TimeMarker> markers {
        { Models::TimeMarker::Kind::DeploymentStarted, start + 120 * minute, QStringLiteral("web"),
            QStringLiteral("web: deployment started (web:8)") },
        { Models::TimeMarker::Kind::DeploymentFinished, start + 128 * minute, QStringLiteral("web"),
            QStringLiteral("web: deployment finished (web:8)") },
        { Models::TimeMarker::Kind::ScalingActivity, start + 150 * minute, QStringLiteral("api"),
            QStringLiteral("api: desired count 2 -> 4") },
    };
    pane.showSeries(sampleSeries(start), 60, markers);
    QChart* chart = pane.chartView()->chart();

    // web 1 run, api 2 runs (the gap), worker 1 run, 3 markers.
    ASSERT_EQ(chart->series().size(), 4 + 3);
    int visibleLegend = 0;
    QCoreApplication::processEvents();
    for (QLegendMarker* marker : chart->legend()->markers()) {
        visibleLegend += marker->isVisible() ? 1 : 0;
    }
    EXPECT_EQ(visibleLegend, 3);
    int apiRuns = 0;
    for (QAbstractSeries* s : chart->series()) {
        if (s->name() == QLatin1String("api"))
            ++apiRuns;
    }
    EXPECT_EQ(apiRuns, 2);

    QCoreApplication::processEvents();
    const QImage image = pane.chartView()->grab().toImage();
    ASSERT_FALSE(image.isNull());
    // Each series' colour is drawn (not a blank chart).
    EXPECT_GT(colouredPixels(image, qRgb(0x1f, 0x77, 0xb4)), 200);
    EXPECT_GT(colouredPixels(image, qRgb(0xff, 0x7f, 0x0e)), 200);
    EXPECT_GT(colouredPixels(image, qRgb(0x2c, 0xa0, 0x2c)), 100);

    // Legend toggle hides all runs of a series.
    QLegendMarker* apiMarker = nullptr;
    for (QLegendMarker* marker : chart->legend()->markers())
        if (marker->isVisible() && marker->label() == QLatin1String("api"))
            apiMarker = marker;
    ASSERT_NE(apiMarker, nullptr);
    emit apiMarker->clicked();
    for (QAbstractSeries* s : chart->series()) {
        if (s->name() == QLatin1String("api")) {
            EXPECT_FALSE(s->isVisible());
        }
    }
    emit apiMarker->clicked();

    QTemporaryDir dir;
    ASSERT_TRUE(pane.exportPng(dir.filePath(QStringLiteral("chart.png"))));
    EXPECT_FALSE(QImage(dir.filePath(QStringLiteral("chart.png"))).isNull());
    ASSERT_TRUE(pane.exportCsv(dir.filePath(QStringLiteral("chart.csv"))));
    QFile csv(dir.filePath(QStringLiteral("chart.csv")));
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csv.readAll().split('\n');
    EXPECT_EQ(lines.first(), QByteArray("time,web,api,worker"));
    EXPECT_EQ(lines.size(), 180 + 2);
    EXPECT_TRUE(lines[71 + 1].contains(",,")) << lines[72].toStdString(); // api's gap is empty, not 0

    // A refresh appends points to the same series objects (no rebuild).
    const QList<QAbstractSeries*> before = chart->series();
    QList<Models::MetricSeries> newer;
    for (const Models::MetricSeries& s : sampleSeries(start)) {
        Models::MetricSeries tail { s.id, {}, { start + 180 * minute, start + 181 * minute }, { 30, 31 } };
        newer.append(tail);
    }
    pane.appendSeries(newer);
    EXPECT_EQ(pane.model()->rowCount(), 182);
    EXPECT_EQ(chart->series().mid(0, 4), before.mid(0, 4));

    // The screenshot for the documentation, when asked for.
    const QString shot = qEnvironmentVariable("ECSDESK_METRICS_SCREENSHOT");
    if (!shot.isEmpty()) {
        EXPECT_TRUE(pane.grab().save(shot, "PNG"));
    }
}

TEST(MetricsPane, LoadsFromTheLocalEndpoint)
{
    TestEndpoint local;
    ASSERT_TRUE(local.isStarted()) << local.error().toStdString();
    Local::LocalEndpoint& endpoint = local.endpoint();
    const Api::ClientConfig config = local.config();
    Api::CloudWatchClient cloudwatch(config);
    Api::EcsClient ecs(config);

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime base = QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch() / 60 * 60 - 40 * 60, Qt::UTC);
    // AWS/ECS datapoints are the service's own: recorded in the store as the simulation does.
    const QJsonArray dimensions { QJsonObject { { QStringLiteral("Name"), QStringLiteral("ClusterName") },
        { QStringLiteral("Value"), QStringLiteral("prod") } } };
    QString storeError;
    ASSERT_TRUE(endpoint.store()->transact(
        [&] {
            for (int m = 0; m < 30; ++m)
                Local::CloudWatchHandler::record(*endpoint.store(), QStringLiteral("AWS/ECS"),
                    QStringLiteral("MemoryUtilization"), dimensions, base.addSecs(60 * m).toMSecsSinceEpoch(), 1,
                    40 + m, 40 + m, 40 + m, QStringLiteral("Percent"));
            return true;
        },
        &storeError))
        << storeError.toStdString();

    Ui::MetricsPane pane;
    pane.resize(900, 500);
    pane.show();
    pane.setMetric(QStringLiteral("MemoryUtilization"));
    QSignalSpy loaded(&pane, &Ui::MetricsPane::loaded);
    QSignalSpy failed(&pane, &Ui::MetricsPane::loadFailed);
    pane.setContext(&cloudwatch, &ecs, QStringLiteral("prod"), {});
    ASSERT_TRUE(waitFor([&] { return !loaded.isEmpty() || !failed.isEmpty(); }, 30000));
    ASSERT_TRUE(failed.isEmpty()) << failed.first().first().toString().toStdString();
    ASSERT_TRUE(waitFor([&] { return pane.model()->columnCount() == 1 && pane.model()->rowCount() == 30; }, 30000))
        << pane.model()->rowCount();
    EXPECT_EQ(pane.period(), 60);
    EXPECT_EQ(pane.model()->series().first().values.first(), 40.0);
    EXPECT_EQ(pane.model()->series().first().values.last(), 69.0);
    EXPECT_EQ(pane.model()->series().first().timestamps.first(), base.toMSecsSinceEpoch());
}

TEST(MetricsPane, HoverCrosshairShowsTimeAndEachSeriesValue)
{
    ShownPane shown;
    const qint64 start = ShownPane::start;
    const auto series = sampleSeries(start);
    EXPECT_TRUE(shown.pane.crosshairText().isEmpty());

    // Over minute 60 (10:00 UTC), a little to the right: the nearest row is 10:00.
    const qint64 t = start + 60 * minute;
    shown.mouse(QEvent::MouseMove, shown.viewPos(t + 10000, 30));
    EXPECT_EQ(shown.pane.crosshairText(),
        QStringLiteral("2026-11-21 10:00 UTC\nweb: %1\napi: %2\nworker: %3")
            .arg(expectedValue(series[0], t), expectedValue(series[1], t), expectedValue(series[2], t)));

    // Minute 80 is inside api's gap: "no data", not 0.
    const qint64 inGap = start + 80 * minute;
    shown.mouse(QEvent::MouseMove, shown.viewPos(inGap - 10000, 30));
    EXPECT_EQ(shown.pane.crosshairText(),
        QStringLiteral("2026-11-21 10:20 UTC\nweb: %1\napi: no data\nworker: %2")
            .arg(expectedValue(series[0], inGap), expectedValue(series[2], inGap)));

    // Local time: the same instant without the UTC suffix.
    shown.pane.setUtc(false);
    QCoreApplication::processEvents();
    const QPoint local = shown.pane.chartView()->mapFromScene(
        shown.chart()->mapToScene(shown.chart()->mapToPosition(QPointF(double(t), 30))));
    shown.mouse(QEvent::MouseMove, local);
    EXPECT_TRUE(shown.pane.crosshairText().startsWith(
        QDateTime::fromMSecsSinceEpoch(t).toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QLatin1Char('\n')))
        << shown.pane.crosshairText().toStdString();

    // Outside the plot area and on leaving the view the crosshair goes away.
    shown.mouse(QEvent::MouseMove, QPoint(2, 2));
    EXPECT_TRUE(shown.pane.crosshairText().isEmpty());
    shown.mouse(QEvent::MouseMove, local);
    EXPECT_FALSE(shown.pane.crosshairText().isEmpty());
    QEvent leave(QEvent::Leave);
    QCoreApplication::sendEvent(shown.viewport(), &leave);
    EXPECT_TRUE(shown.pane.crosshairText().isEmpty());
}

TEST(MetricsPane, ZoomAndPanMoveTheTimeAxisAndResetRestoresIt)
{
    ShownPane shown;
    const qint64 start = ShownPane::start;
    const qint64 fullMin = shown.axisMin();
    const qint64 fullMax = shown.axisMax();
    ASSERT_EQ(fullMax - fullMin, 179 * minute); // the data's range

    // Drag a rubber band from minute 60 to minute 90: the time axis shows about that half hour.
    const QPoint from = shown.viewPos(start + 60 * minute, 30);
    const QPoint to = shown.viewPos(start + 90 * minute, 30);
    shown.mouse(QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton);
    shown.mouse(QEvent::MouseMove, (from + to) / 2, Qt::NoButton, Qt::LeftButton);
    shown.mouse(QEvent::MouseMove, to, Qt::NoButton, Qt::LeftButton);
    shown.mouse(QEvent::MouseButtonRelease, to, Qt::LeftButton, Qt::NoButton);
    const qint64 pixel = (fullMax - fullMin) / qint64(shown.chart()->plotArea().width());
    EXPECT_NEAR(double(shown.axisMin() - fullMin), double(60 * minute), double(2 * pixel));
    EXPECT_NEAR(double(shown.axisMax() - fullMin), double(90 * minute), double(2 * pixel));
    // Zoomed in, the runs hold the exact points of the window (and one beyond each edge).
    const QList<QLineSeries*> web = shown.pane.runsOf(0);
    ASSERT_EQ(web.size(), 1);
    EXPECT_LE(web.first()->at(0).x(), double(shown.axisMin()));
    EXPECT_GE(web.first()->at(web.first()->count() - 1).x(), double(shown.axisMax()));
    EXPECT_LE(web.first()->count(), 30 + 3);

    // The wheel zooms around the centre; Shift+wheel pans by a tenth of the width.
    qint64 width = shown.axisMax() - shown.axisMin();
    const qint64 centre = (shown.axisMax() + shown.axisMin()) / 2;
    shown.wheel(120);
    EXPECT_NEAR(double(shown.axisMax() - shown.axisMin()), 0.8 * double(width), double(pixel));
    EXPECT_NEAR(double((shown.axisMax() + shown.axisMin()) / 2), double(centre), double(pixel));
    width = shown.axisMax() - shown.axisMin();
    const qint64 before = shown.axisMin();
    shown.wheel(-120, Qt::ShiftModifier);
    EXPECT_NEAR(double(shown.axisMin() - before), double(width) / 10, double(pixel));
    EXPECT_NEAR(double(shown.axisMax() - shown.axisMin()), double(width), double(pixel));

    // Right-click zooms out.
    const QPoint inside = shown.chart()->plotArea().center().toPoint();
    shown.mouse(QEvent::MouseButtonPress, inside, Qt::RightButton, Qt::RightButton);
    shown.mouse(QEvent::MouseButtonRelease, inside, Qt::RightButton, Qt::NoButton);
    EXPECT_GT(shown.axisMax() - shown.axisMin(), width * 3 / 2);

    // Reset zoom: the whole range again, and every point drawn.
    auto* reset = shown.pane.findChild<QPushButton*>(QStringLiteral("resetZoom"));
    ASSERT_NE(reset, nullptr);
    reset->click();
    EXPECT_EQ(shown.axisMin(), fullMin);
    EXPECT_EQ(shown.axisMax(), fullMax);
    EXPECT_EQ(shown.pane.runsOf(0).first()->count(), 180);
}

TEST(MetricsPane, AWeekIsDecimatedToThePlotWidthAndExactWhenZoomedIn)
{
    Models::MetricSeries week { QStringLiteral("w"), QStringLiteral("web"), {}, {} };
    for (int i = 0; i < 10080; ++i) {
        week.timestamps.append(ShownPane::start + i * minute);
        week.values.append(i == 5000 ? 99.0 : 40 + 10 * std::sin(i / 30.0));
    }
    ShownPane shown({}, { week });
    QLineSeries* line = shown.pane.runsOf(0).first();
    const int columns = int(std::ceil(shown.chart()->plotArea().width() * shown.pane.devicePixelRatioF()));
    EXPECT_LE(line->count(), 2 * columns + 4);
    EXPECT_GE(line->count(), columns);
    const auto points = line->points();
    const qint64 shift = -qint64(QDateTime::currentDateTime().offsetFromUtc()) * 1000;
    EXPECT_TRUE(points.contains(QPointF(double(ShownPane::start + 5000 * minute + shift), 99.0))); // the spike

    // Refreshes continue the long run in a short tail series: the run itself is not touched.
    const QList<QPointF> before = line->points();
    qint64 next = week.timestamps.last();
    for (int refresh = 0; refresh < 3; ++refresh) {
        next += minute;
        shown.pane.appendSeries({ { QStringLiteral("w"), {}, { next }, { 55.0 + refresh } } });
    }
    EXPECT_EQ(shown.pane.runsOf(0).size(), 1);
    EXPECT_EQ(line->points(), before);
    QLineSeries* tail = shown.pane.tailOf(0);
    ASSERT_NE(tail, nullptr);
    ASSERT_EQ(tail->count(), 1 + 3); // from the run's last point
    EXPECT_EQ(tail->at(0), before.last());
    EXPECT_EQ(tail->at(3), QPointF(double(next + shift), 57.0));
    EXPECT_EQ(tail->pen().color(), line->pen().color());
    EXPECT_GE(shown.axisMax(), next + shift); // the axis grew to show them
    // The legend toggle hides the tail with the run.
    QCoreApplication::processEvents(); // the legend lays out the tail's (hidden) entry
    QLegendMarker* legend = nullptr;
    for (QLegendMarker* marker : shown.chart()->legend()->markers())
        if (marker->isVisible() && marker->label() == QLatin1String("web"))
            legend = marker;
    ASSERT_NE(legend, nullptr);
    emit legend->clicked();
    EXPECT_FALSE(tail->isVisible());
    emit legend->clicked();
    EXPECT_TRUE(tail->isVisible());
    week.timestamps.append({ next - 2 * minute, next - minute, next });
    week.values.append({ 55.0, 56.0, 57.0 });

    // One hour around the spike: every point; the tail is folded back into the run.
    shown.timeAxis()->setRange(QDateTime::fromMSecsSinceEpoch(ShownPane::start + 4970 * minute + shift),
        QDateTime::fromMSecsSinceEpoch(ShownPane::start + 5030 * minute + shift));
    ASSERT_EQ(line->count(), 61 + 2); // and the points just outside, so the line reaches the edges
    for (int i = 0; i < 63; ++i)
        EXPECT_EQ(line->at(i), QPointF(double(week.timestamps[4969 + i] + shift), week.values[4969 + i]));
    EXPECT_EQ(tail->count(), 0);
    shown.pane.resetZoom();
    EXPECT_EQ(line->at(line->count() - 1), QPointF(double(next + shift), 57.0));
}

TEST(MetricsPane, LegendToggleHidesEveryRunAndItsPixels)
{
    ShownPane shown;
    const QRgb orange = qRgb(0xff, 0x7f, 0x0e);
    ASSERT_GT(colouredPixels(shown.pane.chartView()->grab().toImage(), orange), 200);
    QLegendMarker* apiMarker = nullptr;
    for (QLegendMarker* marker : shown.chart()->legend()->markers())
        if (marker->isVisible() && marker->label() == QLatin1String("api"))
            apiMarker = marker;
    ASSERT_NE(apiMarker, nullptr);
    emit apiMarker->clicked();
    ASSERT_EQ(shown.pane.runsOf(1).size(), 2);
    for (QLineSeries* run : shown.pane.runsOf(1))
        EXPECT_FALSE(run->isVisible());
    EXPECT_TRUE(shown.pane.runsOf(0).first()->isVisible());
    EXPECT_TRUE(apiMarker->font().strikeOut());
    QCoreApplication::processEvents();
    // Only the legend's swatch keeps the colour.
    EXPECT_LT(colouredPixels(shown.pane.chartView()->grab().toImage(), orange), 200);

    // A refresh after a gap adds a run: it stays hidden with its series.
    const qint64 start = ShownPane::start;
    shown.pane.appendSeries({ { QStringLiteral("service1"), {}, { start + 200 * minute }, { 50 } } });
    ASSERT_EQ(shown.pane.runsOf(1).size(), 3);
    EXPECT_FALSE(shown.pane.runsOf(1).last()->isVisible());

    emit apiMarker->clicked();
    for (QLineSeries* run : shown.pane.runsOf(1))
        EXPECT_TRUE(run->isVisible());
    EXPECT_FALSE(apiMarker->font().strikeOut());
    QCoreApplication::processEvents();
    EXPECT_GT(colouredPixels(shown.pane.chartView()->grab().toImage(), orange), 200);
}

TEST(MetricsPane, DeploymentAndScalingMarkersSitAtTheirTimes)
{
    const qint64 start = ShownPane::start;
    const QList<Models::TimeMarker> markers {
        { Models::TimeMarker::Kind::DeploymentStarted, start + 30 * minute, QStringLiteral("web"),
            QStringLiteral("web: deployment started (web:8)") },
        { Models::TimeMarker::Kind::DeploymentFinished, start + 37 * minute + 30000, QStringLiteral("web"),
            QStringLiteral("web: deployment finished (web:8)") },
        { Models::TimeMarker::Kind::ScalingActivity, start + 150 * minute, QStringLiteral("api"),
            QStringLiteral("api: Setting desired count to 4.") },
    };
    ShownPane shown(markers);
    ASSERT_EQ(shown.pane.markerSeries().size(), 3);
    const QRectF area = shown.chart()->plotArea();
    const auto* valueAxis = qobject_cast<QValueAxis*>(shown.chart()->axes(Qt::Vertical).first());
    const QList<QColor> colours { QColor(0x2ca02c), QColor(0x555555), QColor(0x9467bd) };
    for (int i = 0; i < markers.size(); ++i) {
        QLineSeries* line = shown.pane.markerSeries()[i];
        EXPECT_EQ(line->name(), markers[i].text);
        EXPECT_EQ(line->pen().color(), colours[i]);
        ASSERT_EQ(line->count(), 2);
        // A vertical line at the marker's time from the bottom to the top of the value axis...
        const qint64 shift = -qint64(QDateTime::currentDateTime().offsetFromUtc()) * 1000;
        EXPECT_EQ(line->at(0).x(), double(markers[i].time + shift));
        EXPECT_EQ(line->at(1).x(), double(markers[i].time + shift));
        EXPECT_EQ(line->at(0).y(), valueAxis->min());
        EXPECT_EQ(line->at(1).y(), valueAxis->max());
        // ... drawn at the matching fraction of the plot's width.
        const double fraction = double(markers[i].time - start) / double(179 * minute);
        EXPECT_NEAR(shown.chart()->mapToPosition(line->at(0), line).x(), area.left() + fraction * area.width(), 1.0);
    }
    // A refresh with a higher value raises the value axis: the marker lines still reach the top.
    shown.pane.appendSeries({ { QStringLiteral("service0"), {}, { start + 180 * minute }, { 400.0 } } });
    EXPECT_GE(valueAxis->max(), 400.0);
    for (QLineSeries* line : shown.pane.markerSeries())
        EXPECT_EQ(line->at(1).y(), valueAxis->max());
    QCoreApplication::processEvents();

    // The scaling marker's purple (antialiased, dashed) is on screen in its pixel column, and not
    // in a column without a marker.
    const QImage image = shown.pane.chartView()->grab().toImage();
    const auto purpleIn = [&](double chartX) {
        const QPoint centre = shown.pane.chartView()->mapFromScene(shown.chart()->mapToScene(QPointF(chartX, 0)));
        const double ratio = image.devicePixelRatio();
        int count = 0;
        for (int x = int((centre.x() - 1) * ratio); x <= int((centre.x() + 1) * ratio); ++x)
            for (int y = int(area.top() * ratio); y < int(area.bottom() * ratio); ++y) {
                const QRgb p = image.pixel(x, y);
                count += qBlue(p) > qGreen(p) + 15 && qRed(p) > qGreen(p) + 10 ? 1 : 0;
            }
        return count;
    };
    EXPECT_GT(purpleIn(shown.chart()->mapToPosition(shown.pane.markerSeries()[2]->at(0)).x()), 50);
    EXPECT_EQ(purpleIn(area.left() + area.width() * 0.6), 0);
}

/// The local endpoint with its simulation on a manual clock that starts 12 minutes ago: the test
/// advances it (ticking the simulation) and requests are signed with the real time, within the
/// 15 minutes of skew AWS allows.
struct SimulatedEndpoint {
    SimulatedEndpoint()
        : clock(std::make_shared<Local::ManualClock>(
            QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch() / 60 * 60 - 12 * 60, Qt::UTC)))
    {
        endpoint.setClock(clock);
        Local::LocalEndpointOptions options;
        options.dataDir = dir.path();
        options.simulate = false;
        options.stepMs = 5000;
        QString error;
        started = endpoint.start(options, &error);
        EXPECT_TRUE(started) << error.toStdString();
        config.transport = &transport;
        config.region = "us-east-1";
        config.endpointUrl = endpoint.url();
        config.credentials
            = std::make_shared<Api::StaticCredentialsProvider>(endpoint.credentials(), QStringLiteral("l"));
        ecs = std::make_unique<Api::EcsClient>(config);
        cloudwatch = std::make_unique<Api::CloudWatchClient>(config);
        autoScaling = std::make_unique<Api::AutoScalingClient>(config);
    }
    static QJsonObject wait(Api::AwsReply* reply, const QString& what)
    {
        waitFor([reply] { return reply->isFinished(); }, 30000);
        reply->deleteLater();
        if (!reply->isOk()) {
            ADD_FAILURE() << what.toStdString() << ": " << reply->error()->toString().toStdString();
            return {};
        }
        return reply->json();
    }
    QJsonObject ecsCall(const QString& operation, const QJsonObject& input)
    {
        return wait(ecs->call(operation, input), operation);
    }
    QJsonObject scalingCall(const QString& operation, const QJsonObject& input)
    {
        return wait(autoScaling->call(operation, input), operation);
    }
    void advance(qint64 ms)
    {
        for (qint64 done = 0; done < ms; done += 5000) {
            clock->advance(5000);
            QString error;
            ASSERT_TRUE(endpoint.simulation()->tick(&error)) << error.toStdString();
        }
    }
    static QJsonObject awsvpc()
    {
        return QJsonObject { { QStringLiteral("awsvpcConfiguration"),
            QJsonObject { { QStringLiteral("subnets"), QJsonArray { QStringLiteral("subnet-1") } } } } };
    }
    /// Registers the "shop-web" Fargate family and runs one task of it in `cluster`; its task id.
    QString runFargateTask(const QString& cluster)
    {
        ecsCall(QStringLiteral("RegisterTaskDefinition"),
            QJsonDocument::fromJson(R"({"family":"shop-web","networkMode":"awsvpc","cpu":"256","memory":"512",
            "requiresCompatibilities":["FARGATE"],
            "containerDefinitions":[{"name":"web","image":"nginx","essential":true}]})")
                .object());
        const QJsonObject ran = ecsCall(QStringLiteral("RunTask"),
            { { QStringLiteral("cluster"), cluster }, { QStringLiteral("taskDefinition"), QStringLiteral("shop-web") },
                { QStringLiteral("launchType"), QStringLiteral("FARGATE") },
                { QStringLiteral("networkConfiguration"), awsvpc() } });
        return ran.value(QLatin1String("tasks"))
            .toArray()
            .first()
            .toObject()
            .value(QLatin1String("taskArn"))
            .toString()
            .section(QLatin1Char('/'), -1);
    }

    QTemporaryDir dir;
    std::shared_ptr<Local::ManualClock> clock;
    Local::LocalEndpoint endpoint;
    bool started = false;
    Api::AwsTransport transport;
    Api::ClientConfig config;
    std::unique_ptr<Api::EcsClient> ecs;
    std::unique_ptr<Api::CloudWatchClient> cloudwatch;
    std::unique_ptr<Api::AutoScalingClient> autoScaling;
};

TEST(MetricsPane, PerTaskContainerInsightsSeriesEqualsBoto3)
{
    // The simulation runs a Fargate task for ten minutes and records Container Insights as AWS does.
    SimulatedEndpoint sim;
    ASSERT_TRUE(sim.started);
    Local::LocalEndpoint& endpoint = sim.endpoint;
    const qint64 nowSeconds = QDateTime::currentSecsSinceEpoch();
    sim.ecsCall(QStringLiteral("CreateCluster"),
        { { QStringLiteral("clusterName"), QStringLiteral("prod") },
            { QStringLiteral("settings"),
                QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("containerInsights") },
                    { QStringLiteral("value"), QStringLiteral("enhanced") } } } } });
    const QString taskId = sim.runFargateTask(QStringLiteral("prod"));
    ASSERT_FALSE(taskId.isEmpty());
    sim.advance(10 * 60000);

    Ui::MetricsPane pane;
    pane.resize(900, 500);
    pane.show();
    QSignalSpy loaded(&pane, &Ui::MetricsPane::loaded);
    QSignalSpy failed(&pane, &Ui::MetricsPane::loadFailed);
    pane.setContext(sim.cloudwatch.get(), sim.ecs.get(), QStringLiteral("prod"), {}, taskId);

    QTemporaryDir scratch;
    const QString queryFile = scratch.filePath(QStringLiteral("queries.json"));
    const std::pair<const char*, const char*> metrics[]
        = { { "CPUUtilization", "CpuUtilized" }, { "MemoryUtilization", "MemoryUtilized" } };
    for (const auto& [paneMetric, insightsMetric] : metrics) {
        if (QLatin1String(paneMetric) != QLatin1String("CPUUtilization")) { // CPU is what setContext loaded
            loaded.clear();
            pane.setMetric(QLatin1String(paneMetric)); // reloads
        }
        ASSERT_TRUE(waitFor([&] { return !loaded.isEmpty() || !failed.isEmpty(); }, 30000)) << paneMetric;
        ASSERT_TRUE(failed.isEmpty()) << failed.first().first().toString().toStdString();
        ASSERT_EQ(pane.model()->columnCount(), 1);
        const Models::MetricSeries& ours = pane.model()->series().first();
        // The running minutes of the task: at least 7 of the 10 (it starts in the first minute).
        EXPECT_GE(ours.timestamps.size(), 7) << paneMetric;

        // boto3 (botocore 1.4x, awsJson1_0) with the dimensions AWS documents for task-level
        // Container Insights metrics: ClusterName, TaskDefinitionFamily, TaskId.
        const QJsonArray dimensions {
            QJsonObject { { QStringLiteral("Name"), QStringLiteral("ClusterName") },
                { QStringLiteral("Value"), QStringLiteral("prod") } },
            QJsonObject { { QStringLiteral("Name"), QStringLiteral("TaskDefinitionFamily") },
                { QStringLiteral("Value"), QStringLiteral("shop-web") } },
            QJsonObject { { QStringLiteral("Name"), QStringLiteral("TaskId") }, { QStringLiteral("Value"), taskId } },
        };
        const QJsonArray queries { QJsonObject { { QStringLiteral("Id"), QStringLiteral("task0") },
            { QStringLiteral("MetricStat"),
                QJsonObject {
                    { QStringLiteral("Metric"),
                        QJsonObject { { QStringLiteral("Namespace"), QStringLiteral("ECS/ContainerInsights") },
                            { QStringLiteral("MetricName"), QLatin1String(insightsMetric) },
                            { QStringLiteral("Dimensions"), dimensions } } },
                    { QStringLiteral("Period"), pane.period() },
                    { QStringLiteral("Stat"), QStringLiteral("Average") } } } } };
        QFile file(queryFile);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(queries).toJson());
        file.close();
        QProcess boto;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), endpoint.credentials().accessKeyId);
        env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), endpoint.credentials().secretAccessKey);
        env.insert(QStringLiteral("AWS_EC2_METADATA_DISABLED"), QStringLiteral("true"));
        env.remove(QStringLiteral("AWS_PROFILE"));
        boto.setProcessEnvironment(env);
        boto.start(QStringLiteral("python3"),
            { sourceDir() + QLatin1String("/tests/integration/metrics/boto3_metric_data.py"), endpoint.url().toString(),
                QStringLiteral("us-east-1"), queryFile, QString::number(nowSeconds / 60 * 60 - 3600),
                QString::number(nowSeconds + 60) });
        ASSERT_TRUE(waitFor([&] { return boto.state() == QProcess::NotRunning; }, 120000));
        ASSERT_EQ(boto.exitCode(), 0) << boto.readAllStandardError().toStdString();
        const QJsonArray points
            = QJsonDocument::fromJson(boto.readAllStandardOutput()).object().value(QStringLiteral("task0")).toArray();
        ASSERT_EQ(points.size(), ours.timestamps.size()) << paneMetric;
        for (qsizetype i = 0; i < points.size(); ++i) {
            EXPECT_EQ(qint64(points[i].toArray()[0].toDouble()), ours.timestamps[i]);
            EXPECT_DOUBLE_EQ(points[i].toArray()[1].toDouble(), ours.values[i]);
        }

        // ecsdesk-cli metrics --task looks the family up the same way and prints the same series.
        QProcess cli;
        cli.setProcessEnvironment(env);
        const auto cliArgs = [&](const QString& task) {
            return QStringList { QStringLiteral("metrics"), QStringLiteral("--endpoint-url"), endpoint.url().toString(),
                QStringLiteral("--region"), QStringLiteral("us-east-1"), QStringLiteral("--cluster"),
                QStringLiteral("prod"), QStringLiteral("--task"), task, QStringLiteral("--metric"),
                QLatin1String(paneMetric), QStringLiteral("--start"),
                QDateTime::fromSecsSinceEpoch(nowSeconds / 60 * 60 - 3600, Qt::UTC).toString(Qt::ISODate),
                QStringLiteral("--end"), QDateTime::fromSecsSinceEpoch(nowSeconds + 60, Qt::UTC).toString(Qt::ISODate),
                QStringLiteral("--period"), QString::number(pane.period()) };
        };
        cli.start(QStringLiteral(ECSDESK_CLI_PATH), cliArgs(taskId));
        ASSERT_TRUE(waitFor([&] { return cli.state() == QProcess::NotRunning; }, 60000));
        ASSERT_EQ(cli.exitCode(), 0) << cli.readAllStandardError().toStdString();
        EXPECT_EQ(cli.readAllStandardOutput(), pane.model()->toCsv());
    }

    // A task the cluster does not know: a clear error, exit 1.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("AWS_EC2_METADATA_DISABLED"), QStringLiteral("true"));
    env.remove(QStringLiteral("AWS_PROFILE"));
    env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), endpoint.credentials().accessKeyId);
    env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), endpoint.credentials().secretAccessKey);
    QProcess missing;
    missing.setProcessEnvironment(env);
    missing.start(QStringLiteral(ECSDESK_CLI_PATH),
        { QStringLiteral("metrics"), QStringLiteral("--endpoint-url"), endpoint.url().toString(),
            QStringLiteral("--region"), QStringLiteral("us-east-1"), QStringLiteral("--cluster"),
            QStringLiteral("prod"), QStringLiteral("--task"), QStringLiteral("0000000000000000000000000000dead") });
    ASSERT_TRUE(waitFor([&] { return missing.state() == QProcess::NotRunning; }, 60000));
    EXPECT_EQ(missing.exitCode(), 1);
    EXPECT_TRUE(missing.readAllStandardError().contains("TaskNotFound"));
}

TEST(MetricsPane, PerTaskChartOfAClusterWithoutContainerInsightsSaysWhyItIsEmpty)
{
    SimulatedEndpoint sim;
    ASSERT_TRUE(sim.started);
    sim.ecsCall(QStringLiteral("CreateCluster"), { { QStringLiteral("clusterName"), QStringLiteral("plain") } });
    const QString taskId = sim.runFargateTask(QStringLiteral("plain"));
    ASSERT_FALSE(taskId.isEmpty());
    sim.advance(5 * 60000);

    Ui::MetricsPane pane;
    QSignalSpy loaded(&pane, &Ui::MetricsPane::loaded);
    QSignalSpy failed(&pane, &Ui::MetricsPane::loadFailed);
    pane.setContext(sim.cloudwatch.get(), sim.ecs.get(), QStringLiteral("plain"), {}, taskId);
    ASSERT_TRUE(waitFor([&] { return !loaded.isEmpty() || !failed.isEmpty(); }, 30000));
    ASSERT_TRUE(failed.isEmpty()) << failed.first().first().toString().toStdString();
    int points = 0;
    for (const Models::MetricSeries& series : pane.model()->series())
        points += int(series.timestamps.size());
    EXPECT_EQ(points, 0) << "AWS publishes no per-task metrics without Container Insights";
    auto* status = pane.findChild<QLabel*>(QStringLiteral("metricsStatus"));
    ASSERT_NE(status, nullptr);
    EXPECT_TRUE(status->text().contains(QLatin1String("Container Insights"))) << status->text().toStdString();
    EXPECT_TRUE(status->text().contains(taskId)) << status->text().toStdString();
}

TEST(MetricsPane, ScalingActivityAndDeploymentMarkersComeFromTheEndpoint)
{
    // A Fargate service with target tracking on CPU: the simulation scales it out when its load
    // goes up. The pane gets the Auto Scaling client after setContext, as the main window does.
    SimulatedEndpoint sim;
    ASSERT_TRUE(sim.started);
    sim.ecsCall(QStringLiteral("CreateCluster"), { { QStringLiteral("clusterName"), QStringLiteral("prod") } });
    sim.ecsCall(QStringLiteral("RegisterTaskDefinition"),
        QJsonDocument::fromJson(R"({"family":"worker","networkMode":"awsvpc","cpu":"256","memory":"512",
            "requiresCompatibilities":["FARGATE"],
            "containerDefinitions":[{"name":"worker","image":"busybox","essential":true,
                "dockerLabels":{"ecsdesk.sim.cpu":"0.5"}}]})")
            .object());
    const qint64 created = sim.clock->now().toMSecsSinceEpoch();
    const QJsonObject service = sim.ecsCall(QStringLiteral("CreateService"),
        { { QStringLiteral("cluster"), QStringLiteral("prod") },
            { QStringLiteral("serviceName"), QStringLiteral("worker") },
            { QStringLiteral("taskDefinition"), QStringLiteral("worker") }, { QStringLiteral("desiredCount"), 2 },
            { QStringLiteral("launchType"), QStringLiteral("FARGATE") },
            { QStringLiteral("networkConfiguration"), SimulatedEndpoint::awsvpc() } });
    const QString resource = QStringLiteral("service/prod/worker");
    sim.scalingCall(QStringLiteral("RegisterScalableTarget"),
        { { QStringLiteral("ServiceNamespace"), QStringLiteral("ecs") }, { QStringLiteral("ResourceId"), resource },
            { QStringLiteral("ScalableDimension"), QStringLiteral("ecs:service:DesiredCount") },
            { QStringLiteral("MinCapacity"), 2 }, { QStringLiteral("MaxCapacity"), 6 } });
    sim.scalingCall(QStringLiteral("PutScalingPolicy"),
        { { QStringLiteral("PolicyName"), QStringLiteral("cpu") },
            { QStringLiteral("ServiceNamespace"), QStringLiteral("ecs") }, { QStringLiteral("ResourceId"), resource },
            { QStringLiteral("ScalableDimension"), QStringLiteral("ecs:service:DesiredCount") },
            { QStringLiteral("PolicyType"), QStringLiteral("TargetTrackingScaling") },
            { QStringLiteral("TargetTrackingScalingPolicyConfiguration"),
                QJsonObject { { QStringLiteral("TargetValue"), 70.0 },
                    { QStringLiteral("PredefinedMetricSpecification"),
                        QJsonObject { { QStringLiteral("PredefinedMetricType"),
                            QStringLiteral("ECSServiceAverageCPUUtilization") } } },
                    { QStringLiteral("ScaleOutCooldown"), 120 } } } });
    sim.advance(3 * 60000);
    const qint64 loadRaised = sim.clock->now().toMSecsSinceEpoch();
    sim.endpoint.simulation()->setLoadFactor(QStringLiteral("prod"), QStringLiteral("worker"), 2.5);
    sim.advance(7 * 60000);
    const qint64 simulatedEnd = sim.clock->now().toMSecsSinceEpoch();

    const QJsonArray activities = sim.scalingCall(QStringLiteral("DescribeScalingActivities"),
                                         { { QStringLiteral("ServiceNamespace"), QStringLiteral("ecs") },
                                             { QStringLiteral("ResourceId"), resource } })
                                      .value(QLatin1String("ScalingActivities"))
                                      .toArray();
    ASSERT_GE(activities.size(), 1) << "the simulation did not scale out";
    QList<qint64> activityTimes;
    for (const QJsonValue& a : activities)
        activityTimes.append(Api::ScalingActivity::fromJson(a.toObject()).startTime.toMSecsSinceEpoch());
    std::sort(activityTimes.begin(), activityTimes.end());

    Ui::MetricsPane pane;
    pane.resize(900, 500);
    pane.setUtc(true);
    pane.show();
    QSignalSpy loaded(&pane, &Ui::MetricsPane::loaded);
    pane.setContext(sim.cloudwatch.get(), sim.ecs.get(), QStringLiteral("prod"), { QStringLiteral("worker") });
    pane.setAutoScalingClient(sim.autoScaling.get());
    ASSERT_TRUE(waitFor(
        [&] {
            return std::any_of(pane.markers().cbegin(), pane.markers().cend(),
                [](const Models::TimeMarker& m) { return m.kind == Models::TimeMarker::Kind::ScalingActivity; });
        },
        30000));
    ASSERT_TRUE(waitFor([&] { return !loaded.isEmpty(); }, 30000));

    QList<qint64> scaling;
    QList<qint64> deployments;
    for (const Models::TimeMarker& m : pane.markers()) {
        EXPECT_EQ(m.service, QStringLiteral("worker"));
        if (m.kind == Models::TimeMarker::Kind::ScalingActivity) {
            scaling.append(m.time);
            EXPECT_TRUE(m.text.contains(QLatin1String("Setting desired count to"))) << m.text.toStdString();
        } else if (m.kind == Models::TimeMarker::Kind::DeploymentStarted) {
            deployments.append(m.time);
        }
    }
    // At the activities' start times, while the load was high; the deployment at CreateService.
    EXPECT_EQ(scaling, activityTimes);
    for (const qint64 t : std::as_const(scaling)) {
        EXPECT_GT(t, loadRaised);
        EXPECT_LE(t, simulatedEnd);
    }
    const double serviceCreated = service.value(QLatin1String("service"))
                                      .toObject()
                                      .value(QLatin1String("deployments"))
                                      .toArray()
                                      .first()
                                      .toObject()
                                      .value(QLatin1String("createdAt"))
                                      .toDouble();
    ASSERT_FALSE(deployments.isEmpty());
    EXPECT_EQ(deployments.first(), qint64(std::llround(serviceCreated * 1000)));
    EXPECT_NEAR(double(deployments.first()), double(created), 1000);

    // Each marker is drawn at its time.
    ASSERT_EQ(pane.markerSeries().size(), pane.markers().size());
    const qint64 shift = -qint64(QDateTime::currentDateTime().offsetFromUtc()) * 1000;
    for (int i = 0; i < pane.markers().size(); ++i)
        EXPECT_EQ(pane.markerSeries()[i]->at(0).x(), double(pane.markers()[i].time + shift));
}

namespace {

/// Records `value(minute)` for cluster `cluster` as the demo seed does: from `dayAgo` 22 hours of
/// 10-minute statistic sets, then two hours per minute up to `lastMinute`.
bool recordDemoLikeDay(Local::LocalEndpoint& endpoint, const QString& cluster, qint64 lastMinute, QString* error)
{
    const QJsonArray dimensions { QJsonObject {
        { QStringLiteral("Name"), QStringLiteral("ClusterName") }, { QStringLiteral("Value"), cluster } } };
    const qint64 twoHoursAgo = lastMinute - 120 * minute;
    const qint64 dayAgo = twoHoursAgo - 22 * 60 * minute;
    const auto value = [](qint64 t) { return 30 + 10 * std::sin(double(t / minute) / 90.0); };
    return endpoint.store()->transact(
        [&] {
            for (qint64 t = dayAgo; t < twoHoursAgo; t += 10 * minute)
                Local::CloudWatchHandler::record(*endpoint.store(), QStringLiteral("AWS/ECS"),
                    QStringLiteral("CPUUtilization"), dimensions, t, 10, 10 * value(t), value(t) - 2, value(t) + 2,
                    QStringLiteral("Percent"));
            for (qint64 t = twoHoursAgo; t < lastMinute; t += minute)
                Local::CloudWatchHandler::record(*endpoint.store(), QStringLiteral("AWS/ECS"),
                    QStringLiteral("CPUUtilization"), dimensions, t, 1, value(t), value(t), value(t),
                    QStringLiteral("Percent"));
            return true;
        },
        error);
}

/// The pane's time range selector (the combo box offering "1 day").
QComboBox* rangeBox(const Ui::MetricsPane& pane)
{
    for (QComboBox* box : pane.findChildren<QComboBox*>())
        if (box->findData(qint64(86400)) >= 0)
            return box;
    return nullptr;
}

/// Pixels of `colour` in the part of the plot between the fractions `from` and `to` of its width.
int colouredPixelsIn(const Ui::MetricsPane& pane, QRgb colour, double from, double to)
{
    const QRectF area = pane.chartView()->chart()->plotArea();
    const QImage image = pane.chartView()->grab().toImage();
    const double ratio = image.devicePixelRatio();
    const QRect part(int((area.left() + area.width() * from) * ratio), int(area.top() * ratio),
        int(area.width() * (to - from) * ratio), int(area.height() * ratio));
    return colouredPixels(image.copy(part), colour);
}

} // namespace

TEST(MetricsPane, OneDayAndThreeDaysDrawTheWholeDayOfCoarserHistory)
{
    TestEndpoint local;
    ASSERT_TRUE(local.isStarted()) << local.error().toStdString();
    const Api::ClientConfig config = local.config();
    Api::CloudWatchClient cloudwatch(config);
    Api::EcsClient ecs(config);
    const qint64 lastMinute = QDateTime::currentMSecsSinceEpoch() / minute * minute;
    QString storeError;
    ASSERT_TRUE(recordDemoLikeDay(local.endpoint(), QStringLiteral("prod"), lastMinute, &storeError))
        << storeError.toStdString();
    const qint64 dayAgo = lastMinute - 24 * 60 * minute;

    Ui::MetricsPane pane;
    pane.resize(1000, 560);
    pane.setUtc(true);
    pane.show();
    QSignalSpy loaded(&pane, &Ui::MetricsPane::loaded);
    QSignalSpy failed(&pane, &Ui::MetricsPane::loadFailed);
    pane.setContext(&cloudwatch, &ecs, QStringLiteral("prod"), {});
    ASSERT_TRUE(waitFor([&] { return !loaded.isEmpty() || !failed.isEmpty(); }, 30000));
    auto* range = rangeBox(pane);
    ASSERT_TRUE(range);
    const QRgb blue = QColor(0x1f77b4).rgb();
    for (const qint64 seconds : { qint64(86400), qint64(3 * 86400) }) {
        SCOPED_TRACE(seconds);
        loaded.clear();
        range->setCurrentIndex(range->findData(seconds));
        ASSERT_TRUE(waitFor([&] { return !loaded.isEmpty() || !failed.isEmpty(); }, 30000));
        ASSERT_TRUE(failed.isEmpty()) << failed.first().first().toString().toStdString();
        waitFor([&] { return pane.chartView()->chart()->plotArea().width() > 100; }, 5000);
        QCoreApplication::processEvents();

        // The data: the whole day, 10-minute sets and then every period.
        ASSERT_EQ(pane.model()->series().size(), 1);
        const Models::MetricSeries& series = pane.model()->series().first();
        ASSERT_FALSE(series.timestamps.isEmpty());
        EXPECT_LE(series.timestamps.first(), dayAgo + pane.period() * 1000);
        EXPECT_GE(series.timestamps.last(), lastMinute - qint64(pane.period()) * 1000 - minute);
        EXPECT_GT(pane.period(), 60);

        // Drawn as one line: 10-minute steps are the data's resolution, not gaps.
        const QList<QLineSeries*> runs = pane.runsOf(0);
        EXPECT_EQ(runs.size(), 1);
        double drawnFrom = std::numeric_limits<double>::max();
        double drawnTo = std::numeric_limits<double>::lowest();
        int undrawn = 0; // one-point runs drawn as nothing
        for (QLineSeries* run : runs) {
            undrawn += run->count() >= 2 || (run->count() == 1 && run->pointsVisible()) ? 0 : 1;
            for (const QPointF& p : run->points()) {
                drawnFrom = qMin(drawnFrom, p.x());
                drawnTo = qMax(drawnTo, p.x());
            }
        }
        EXPECT_EQ(undrawn, 0);
        const qint64 shift = -qint64(QDateTime::currentDateTime().offsetFromUtc()) * 1000;
        EXPECT_EQ(drawnFrom, double(series.timestamps.first() + shift));
        EXPECT_EQ(drawnTo, double(series.timestamps.last() + shift));

        // What the user sees: the line in every part of the day, not only in its last two hours.
        const double dayStarts = seconds == 86400 ? 0.0 : 2.0 / 3.0;
        const double hour = (1.0 - dayStarts) / 24.0;
        EXPECT_GT(colouredPixelsIn(pane, blue, dayStarts + hour, dayStarts + 6 * hour), 20);
        EXPECT_GT(colouredPixelsIn(pane, blue, dayStarts + 8 * hour, dayStarts + 20 * hour), 20);
        if (seconds > 86400) { // nothing before the history starts
            EXPECT_EQ(colouredPixelsIn(pane, blue, 0.05, dayStarts - 0.05), 0);
        }
    }
}

TEST(MetricsPane, AnIsolatedDatapointIsDrawnAsADot)
{
    // Two datapoints an hour apart in one-minute data around them: the one alone is a run of its
    // own, drawn as a dot (a one-point line draws nothing).
    const qint64 start = ShownPane::start;
    Models::MetricSeries s { QStringLiteral("cluster0"), QStringLiteral("prod"), {}, {} };
    for (int m = 0; m < 180; ++m) {
        if ((m > 30 && m < 90) || (m > 90 && m < 150))
            continue;
        s.timestamps.append(start + m * minute);
        s.values.append(40);
    }
    ShownPane shown({}, { s });
    const QList<QLineSeries*> runs = shown.pane.runsOf(0);
    ASSERT_EQ(runs.size(), 3);
    EXPECT_FALSE(runs[0]->pointsVisible());
    ASSERT_EQ(runs[1]->count(), 1);
    EXPECT_TRUE(runs[1]->pointsVisible());
    EXPECT_FALSE(runs[2]->pointsVisible());
    const QPoint dot = shown.viewPos(start + 90 * minute, 40);
    const QImage image = shown.pane.chartView()->grab().toImage();
    const double ratio = image.devicePixelRatio();
    const QImage around
        = image.copy(QRect(int((dot.x() - 4) * ratio), int((dot.y() - 4) * ratio), int(9 * ratio), int(9 * ratio)));
    EXPECT_GT(colouredPixels(around, QColor(0x1f77b4).rgb()), 4);
}

namespace {

/// The texts the chart shows (axis labels and titles, legend), as the scene's text items hold them.
QStringList chartTexts(const Ui::MetricsPane& pane)
{
    QStringList texts;
    for (QGraphicsItem* item : pane.chartView()->scene()->items())
        if (auto* text = dynamic_cast<QGraphicsTextItem*>(item); text && text->isVisible())
            texts.append(text->toPlainText());
    return texts;
}

} // namespace

TEST(MetricsPane, ValueAxisHasRoundTicksAUnitAndNoElidedLabels)
{
    // CPU up to 48 %: the axis read 0/13/27/40/53 without a unit, elided to "…" in the metrics tab
    // at the main window's default size (1280 x 800: the tab is 1018 x 237).
    const qint64 start = ShownPane::start;
    Models::MetricSeries s { QStringLiteral("cluster0"), QStringLiteral("prod"), {}, {} };
    for (int m = 0; m < 180; ++m) {
        s.timestamps.append(start + m * minute);
        s.values.append(30 + 18 * std::sin(m / 20.0));
    }
    for (const QSize size : { QSize(1018, 237), QSize(1000, 560) }) {
        SCOPED_TRACE(size.height());
        Ui::MetricsPane pane;
        pane.resize(size);
        pane.setUtc(true);
        pane.show();
        pane.showSeries({ s }, 60);
        waitFor([&] { return pane.chartView()->chart()->plotArea().width() > 100; }, 5000);
        QCoreApplication::processEvents();
        const auto* axis = qobject_cast<QValueAxis*>(pane.chartView()->chart()->axes(Qt::Vertical).first());
        ASSERT_TRUE(axis);
        EXPECT_EQ(axis->titleText(), QStringLiteral("CPU (%)"));
        EXPECT_EQ(axis->min(), 0.0);
        EXPECT_GE(axis->max(), 48.0);
        // Evenly spaced ticks a round step apart: 1, 2 or 5 times a power of ten.
        ASSERT_GE(axis->tickCount(), 3);
        const double step = (axis->max() - axis->min()) / (axis->tickCount() - 1);
        const double mantissa = step / std::pow(10.0, std::floor(std::log10(step) + 1e-9));
        EXPECT_TRUE(qFuzzyCompare(mantissa, 1.0) || qFuzzyCompare(mantissa, 2.0) || qFuzzyCompare(mantissa, 5.0))
            << step;
        EXPECT_EQ(axis->max(), 60.0);
        // Every label shows in full.
        const QStringList texts = chartTexts(pane);
        for (const QString& text : texts)
            EXPECT_FALSE(text.contains(QChar(0x2026)) || text.contains(QStringLiteral("..."))) << text.toStdString();
        for (int i = 0; i < axis->tickCount(); ++i)
            EXPECT_TRUE(texts.contains(QString::number(int(axis->min() + i * step))))
                << i << ": " << texts.join(QLatin1Char('|')).toStdString();
        EXPECT_TRUE(texts.contains(QStringLiteral("CPU (%)"))) << texts.join(QLatin1Char('|')).toStdString();
    }

    // Memory is a percentage too; a task's Container Insights metrics are in MiB and CPU units.
    Ui::MetricsPane pane;
    pane.setMetric(QStringLiteral("MemoryUtilization"));
    pane.showSeries({ s }, 60);
    EXPECT_EQ(qobject_cast<QValueAxis*>(pane.chartView()->chart()->axes(Qt::Vertical).first())->titleText(),
        QStringLiteral("Memory (%)"));
}

TEST(MetricsPane, RangeLabelsAreShownInTheUsersLanguage)
{
    const QStringList english { QStringLiteral("1 hour"), QStringLiteral("3 hours"), QStringLiteral("12 hours"),
        QStringLiteral("1 day"), QStringLiteral("3 days"), QStringLiteral("1 week"), QStringLiteral("Custom") };
    {
        Ui::MetricsPane pane;
        const auto* range = rangeBox(pane);
        ASSERT_TRUE(range);
        QStringList shown;
        for (int i = 0; i < range->count(); ++i)
            shown.append(range->itemText(i));
        EXPECT_EQ(shown, english);
    }
    // As main() does: the catalogue is installed before the window is built.
    struct German {
        German() { I18n::installTranslators(*qApp, QStringLiteral("de")); }
        ~German()
        {
            for (QTranslator* translator : qApp->findChildren<QTranslator*>(Qt::FindDirectChildrenOnly)) {
                QCoreApplication::removeTranslator(translator);
                delete translator;
            }
        }
    } german;
    Ui::MetricsPane pane;
    const auto* range = rangeBox(pane);
    ASSERT_TRUE(range);
    ASSERT_EQ(range->count(), english.size());
    for (int i = 0; i < range->count(); ++i) {
        EXPECT_FALSE(range->itemText(i).isEmpty());
        EXPECT_NE(range->itemText(i), english[i]) << "untranslated: " << english[i].toStdString();
    }
    EXPECT_EQ(range->itemText(3), QStringLiteral("1 Tag"));
}

TEST(MetricsPane, InTheMainWindowAtItsDefaultSizeTheDemosDayIsDrawnWithAReadableAxis)
{
    // What a new user sees: the demo account, the main window at its default size, a service's
    // Metrics tab, "1 day". The demo's history before the last two hours is 10-minute sets.
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    Ui::MainWindow::Options options;
    options.localDataDir = dir.path();
    options.listProfiles = false;
    options.offerEditorRecovery = false;
    Ui::MainWindow window(options);
    window.show();
    ASSERT_TRUE(window.localEndpoint() && window.localEndpoint()->isRunning());
    ASSERT_TRUE(waitFor([&] { return window.clusterModel() && window.serviceModel(); }, 20000));
    window.selectCluster(QStringLiteral("production"));
    ASSERT_TRUE(waitFor([&] { return window.serviceModel()->rowCount() > 0; }, 20000));
    window.showPane(window.servicesPane());
    ASSERT_TRUE(window.servicesPane()->selectArn(window.serviceModel()->rowAt(0).arn));
    Ui::MetricsPane* pane = window.metricsPane();
    QSignalSpy loaded(pane, &Ui::MetricsPane::loaded);
    window.details()->tabs()->setCurrentWidget(pane);
    ASSERT_TRUE(waitFor([&] { return !loaded.isEmpty(); }, 30000));
    auto* range = rangeBox(*pane);
    ASSERT_TRUE(range);
    loaded.clear();
    range->setCurrentIndex(range->findData(qint64(86400)));
    ASSERT_TRUE(waitFor([&] { return !loaded.isEmpty(); }, 30000));
    QCoreApplication::processEvents();
    const QString shot = qEnvironmentVariable("ECSDESK_METRICS_PANE_SHOT");
    if (!shot.isEmpty()) {
        EXPECT_TRUE(pane->grab().save(shot, "PNG"));
    }

    // The whole day is one line per service.
    ASSERT_GE(pane->model()->columnCount(), 1);
    const Models::MetricSeries& series = pane->model()->series().first();
    ASSERT_FALSE(series.timestamps.isEmpty());
    EXPECT_GE(series.timestamps.last() - series.timestamps.first(), 23 * 3600 * 1000LL);
    EXPECT_LE(pane->runsOf(0).size(), 2);
    EXPECT_GT(colouredPixelsIn(*pane, QColor(0x1f77b4).rgb(), 0.05, 0.5), 20);

    // The value axis: round ticks, a unit, no elided label.
    const auto* axis = qobject_cast<QValueAxis*>(pane->chartView()->chart()->axes(Qt::Vertical).first());
    ASSERT_TRUE(axis);
    EXPECT_EQ(axis->titleText(), QStringLiteral("CPU (%)"));
    ASSERT_GE(axis->tickCount(), 3);
    const double step = (axis->max() - axis->min()) / (axis->tickCount() - 1);
    const double mantissa = step / std::pow(10.0, std::floor(std::log10(step) + 1e-9));
    EXPECT_TRUE(qFuzzyCompare(mantissa, 1.0) || qFuzzyCompare(mantissa, 2.0) || qFuzzyCompare(mantissa, 5.0)) << step;
    const QStringList texts = chartTexts(*pane);
    for (const QString& text : texts)
        EXPECT_FALSE(text.contains(QChar(0x2026)) || text.contains(QStringLiteral("..."))) << text.toStdString();
    EXPECT_TRUE(texts.contains(QString::number(int(axis->min() + step)))) << texts.join(QLatin1Char('|')).toStdString();
}
