// MetricsPane offscreen: the chart draws each series' runs (gaps stay gaps), markers and a legend
// entry per series; the grabbed chart has real content; PNG and CSV export; and the pane loads
// from the local endpoint the series it was given there.

#include "api/cloudwatch/cloudwatchclient.h"
#include "api/ecs/ecsclient.h"
#include "common/testutil.h"
#include "local/api/cloudwatchhandler.h"
#include "local/localendpoint.h"
#include "local/store/store.h"
#include "ui/metrics/metricspane.h"

#include <QChart>
#include <QChartView>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QSignalSpy>
#include <QTemporaryDir>

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
    QTemporaryDir dir;
    Local::LocalEndpoint endpoint;
    Local::LocalEndpointOptions options;
    options.dataDir = dir.path();
    QString error;
    ASSERT_TRUE(endpoint.start(options, &error)) << error.toStdString();
    Api::AwsTransport transport;
    Api::ClientConfig config;
    config.transport = &transport;
    config.region = "us-east-1";
    config.endpointUrl = endpoint.url();
    config.credentials = std::make_shared<Api::StaticCredentialsProvider>(endpoint.credentials(), QStringLiteral("l"));
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
