// SPDX-License-Identifier: MIT
// The metrics pane's data path against the local endpoint (in-process, real HTTP and SigV4) with
// data the test puts there (AWS/ECS datapoints are published by the service itself: PutMetricData
// refuses the AWS/ namespace, in AWS and in the endpoint, so the test records them in the endpoint's
// store as its simulation does): the series MetricsLoader puts in the model equal what boto3's
// get_metric_data (botocore 1.4x, JSON protocol) returns; gaps stay gaps; period selection keeps
// a request within the API limit; deployment markers sit at the deployments' times.

#include "api/cloudwatch/cloudwatchclient.h"
#include "api/ecs/ecsclient.h"
#include "common/testutil.h"
#include "local/api/cloudwatchhandler.h"
#include "local/localendpoint.h"
#include "local/store/store.h"
#include "models/metrics/markerloader.h"
#include "models/metrics/metricsloader.h"
#include "models/metrics/periodselection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace EcsDesk;
using namespace EcsDesk::Testing;

namespace {

class MetricsLocalTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        Local::LocalEndpointOptions options;
        options.dataDir = dir.path();
        QString error;
        ASSERT_TRUE(endpoint.start(options, &error)) << error.toStdString();
        config.transport = &transport;
        config.region = "us-east-1";
        config.endpointUrl = endpoint.url();
        config.credentials
            = std::make_shared<Api::StaticCredentialsProvider>(endpoint.credentials(), QStringLiteral("local"));
    }

    bool finished(Api::AwsReply* reply)
    {
        waitFor([reply] { return reply->isFinished(); }, 30000);
        reply->deleteLater();
        if (!reply->isOk())
            ADD_FAILURE() << reply->error()->toString().toStdString();
        return reply->isOk();
    }

    QJsonObject json(Api::AwsReply* reply) { return finished(reply) ? reply->json() : QJsonObject {}; }

    QTemporaryDir dir;
    Local::LocalEndpoint endpoint;
    Api::AwsTransport transport;
    Api::ClientConfig config;
};

QJsonArray toBotoQueries(const QList<Api::MetricDataQuery>& queries)
{
    QJsonArray out;
    for (const Api::MetricDataQuery& q : queries) {
        QJsonArray dimensions;
        for (const Api::MetricDimension& d : q.dimensions)
            dimensions.append(QJsonObject { { QStringLiteral("Name"), d.name }, { QStringLiteral("Value"), d.value } });
        out.append(QJsonObject { { QStringLiteral("Id"), q.id },
            { QStringLiteral("MetricStat"),
                QJsonObject { { QStringLiteral("Metric"),
                                  QJsonObject { { QStringLiteral("Namespace"), q.metricNamespace },
                                      { QStringLiteral("MetricName"), q.metricName },
                                      { QStringLiteral("Dimensions"), dimensions } } },
                    { QStringLiteral("Period"), q.period }, { QStringLiteral("Stat"), q.stat } } } });
    }
    return out;
}

} // namespace

TEST_F(MetricsLocalTest, SeriesEqualBoto3GetMetricDataAndGapsAreGaps)
{
    Api::CloudWatchClient cloudwatch(config);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime base
        = QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch() / 60 * 60 - 90 * 60, Qt::UTC); // 90 min ago
    // web: a point every minute for 60 minutes, minutes 20-29 missing; two values in minute 5.
    // api: every other minute.
    const auto record = [this](const QString& service, double value, const QDateTime& at) {
        QJsonArray dimensions { QJsonObject { { QStringLiteral("Name"), QStringLiteral("ClusterName") },
                                    { QStringLiteral("Value"), QStringLiteral("prod") } },
            QJsonObject {
                { QStringLiteral("Name"), QStringLiteral("ServiceName") }, { QStringLiteral("Value"), service } } };
        QString error;
        ASSERT_TRUE(endpoint.store()->transact(
            [&] {
                Local::CloudWatchHandler::record(*endpoint.store(), QStringLiteral("AWS/ECS"),
                    QStringLiteral("CPUUtilization"), dimensions, at.toMSecsSinceEpoch(), 1, value, value, value,
                    QStringLiteral("Percent"));
                return true;
            },
            &error))
            << error.toStdString();
    };
    for (int m = 0; m < 60; ++m) {
        if (m >= 20 && m < 30)
            continue;
        record(QStringLiteral("web"), 10 + m % 7, base.addSecs(60 * m + 5));
        if (m == 5)
            record(QStringLiteral("web"), 90, base.addSecs(60 * m + 30));
        if (m % 2 == 0)
            record(QStringLiteral("api"), 50 + m, base.addSecs(60 * m));
    }
    // And a custom namespace through the real PutMetricData call (the client's own write path).
    Api::AwsReply* put = cloudwatch.putMetricData(QStringLiteral("Shop"), QStringLiteral("Orders"),
        { { QStringLiteral("ClusterName"), QStringLiteral("prod") } }, 3, base);
    ASSERT_TRUE(finished(put));

    for (const QString& stat : { QStringLiteral("Average"), QStringLiteral("Maximum"), QStringLiteral("Minimum") }) {
        Models::MetricsRequest request;
        request.cluster = QStringLiteral("prod");
        request.services = { QStringLiteral("web"), QStringLiteral("api") };
        request.stat = stat;
        const QDateTime start = base.addSecs(-600);
        const QDateTime end = base.addSecs(3600 + 600);
        request.period = Models::PeriodSelection::choose(start.secsTo(end), 2, 1000, start.secsTo(now));
        ASSERT_EQ(request.period, 60);
        EXPECT_LE(Models::PeriodSelection::datapoints(start.secsTo(end), request.period, 2), 100800);
        const auto queries = request.queries();

        Models::MetricsLoader loader(&cloudwatch);
        QList<Models::MetricSeries> series;
        bool done = false;
        QObject::connect(&loader, &Models::MetricsLoader::finished, [&](const QList<Models::MetricSeries>& s) {
            series = s;
            done = true;
        });
        QObject::connect(&loader, &Models::MetricsLoader::failed, [&](const Api::AwsError& e) {
            ADD_FAILURE() << e.toString().toStdString();
            done = true;
        });
        loader.load(queries, start, end);
        ASSERT_TRUE(waitFor([&] { return done; }, 30000));
        ASSERT_EQ(series.size(), 2);
        Models::MetricSeriesModel model;
        model.setSeries(series, request.period);

        // boto3 over awsJson1_0 asks the same.
        QTemporaryDir scratch;
        const QString queryFile = scratch.filePath(QStringLiteral("queries.json"));
        QFile file(queryFile);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(toBotoQueries(queries)).toJson());
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
                QStringLiteral("us-east-1"), queryFile, QString::number(start.toSecsSinceEpoch()),
                QString::number(end.toSecsSinceEpoch()) });
        // The endpoint runs in this thread: spin the event loop while boto3 talks to it.
        ASSERT_TRUE(waitFor([&] { return boto.state() == QProcess::NotRunning; }, 120000));
        ASSERT_EQ(boto.exitCode(), 0) << boto.readAllStandardError().toStdString();
        const QJsonObject expected = QJsonDocument::fromJson(boto.readAllStandardOutput()).object();
        for (const Models::MetricSeries& s : model.series()) {
            const QJsonArray points = expected.value(s.id).toArray();
            ASSERT_EQ(points.size(), s.timestamps.size()) << s.id.toStdString() << " " << stat.toStdString();
            for (qsizetype i = 0; i < points.size(); ++i) {
                EXPECT_EQ(qint64(points[i].toArray()[0].toDouble()), s.timestamps[i]);
                EXPECT_DOUBLE_EQ(points[i].toArray()[1].toDouble(), s.values[i]);
            }
        }
        const Models::MetricSeries& web = model.series()[0];
        EXPECT_EQ(web.label, QStringLiteral("web"));
        EXPECT_EQ(web.timestamps.size(), 50);
        // The 10 missing minutes are a gap: two runs, not one line through them.
        const auto runs = model.segments(0);
        ASSERT_EQ(runs.size(), 2);
        EXPECT_EQ(runs[0].size(), 20);
        EXPECT_EQ(runs[1].size(), 30);
        const double minute5 = stat == QLatin1String("Average") ? (10 + 5 % 7 + 90) / 2.0
            : stat == QLatin1String("Maximum")                  ? 90
                                                                : 10 + 5 % 7;
        EXPECT_DOUBLE_EQ(web.values[5], minute5);
        // api: every other minute at a 1-minute period: data stored every 2 minutes is one line (its
        // steps are its resolution), broken only where minutes 20-29 are missing.
        const auto apiRuns = model.segments(1);
        ASSERT_EQ(apiRuns.size(), 2);
        EXPECT_EQ(apiRuns[0].size(), 10);
        EXPECT_EQ(apiRuns[1].size(), 15);
        // The rows are the union of both series' minutes; api's cells on odd minutes are empty.
        EXPECT_EQ(model.rowCount(), 50);
        EXPECT_FALSE(model.data(model.index(1, 1)).isValid());
        EXPECT_TRUE(model.data(model.index(2, 1)).isValid());

        // ecsdesk-cli metrics uses the same loader: its CSV equals the model's.
        QProcess cli;
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(ECSDESK_CLI_PATH),
            { QStringLiteral("metrics"), QStringLiteral("--endpoint-url"), endpoint.url().toString(),
                QStringLiteral("--region"), QStringLiteral("us-east-1"), QStringLiteral("--cluster"),
                QStringLiteral("prod"), QStringLiteral("--service"), QStringLiteral("web"), QStringLiteral("--service"),
                QStringLiteral("api"), QStringLiteral("--start"), start.toString(Qt::ISODate), QStringLiteral("--end"),
                end.toString(Qt::ISODate), QStringLiteral("--period"), QStringLiteral("60"), QStringLiteral("--stat"),
                stat });
        ASSERT_TRUE(waitFor([&] { return cli.state() == QProcess::NotRunning; }, 60000));
        ASSERT_EQ(cli.exitCode(), 0) << cli.readAllStandardError().toStdString();
        EXPECT_EQ(cli.readAllStandardOutput(), model.toCsv());
    }
}

TEST_F(MetricsLocalTest, DeploymentMarkersSitAtTheDeploymentTimes)
{
    Api::EcsClient ecs(config);
    ASSERT_FALSE(
        json(ecs.call(QStringLiteral("CreateCluster"), { { QStringLiteral("clusterName"), QStringLiteral("prod") } }))
            .isEmpty());
    const auto containers = QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("web") },
        { QStringLiteral("image"), QStringLiteral("nginx") }, { QStringLiteral("memory"), 128 } } };
    for (int i = 0; i < 2; ++i)
        ASSERT_FALSE(json(ecs.call(QStringLiteral("RegisterTaskDefinition"),
                              { { QStringLiteral("family"), QStringLiteral("web") },
                                  { QStringLiteral("containerDefinitions"), containers } }))
                         .isEmpty());
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    ASSERT_FALSE(json(
        ecs.call(QStringLiteral("CreateService"),
            { { QStringLiteral("cluster"), QStringLiteral("prod") },
                { QStringLiteral("serviceName"), QStringLiteral("web") },
                { QStringLiteral("taskDefinition"), QStringLiteral("web:1") }, { QStringLiteral("desiredCount"), 0 } }))
                     .isEmpty());
    const QJsonObject updated = json(ecs.call(QStringLiteral("UpdateService"),
        { { QStringLiteral("cluster"), QStringLiteral("prod") }, { QStringLiteral("service"), QStringLiteral("web") },
            { QStringLiteral("taskDefinition"), QStringLiteral("web:2") } }));
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    const QJsonArray deployments
        = updated.value(QLatin1String("service")).toObject().value(QLatin1String("deployments")).toArray();
    ASSERT_GE(deployments.size(), 1);

    Models::MarkerLoader loader(&ecs, nullptr);
    QList<Models::TimeMarker> markers;
    bool done = false;
    QObject::connect(&loader, &Models::MarkerLoader::finished, [&](const QList<Models::TimeMarker>& m) {
        markers = m;
        done = true;
    });
    QObject::connect(&loader, &Models::MarkerLoader::failed, [&](const Api::AwsError& e) {
        ADD_FAILURE() << e.toString().toStdString();
        done = true;
    });
    loader.load(QStringLiteral("prod"), { QStringLiteral("web") });
    ASSERT_TRUE(waitFor([&] { return done; }, 30000));

    // Every deployment the service reports has a start marker at its createdAt, inside the window
    // in which the test made it.
    QList<qint64> starts;
    for (const Models::TimeMarker& m : markers) {
        if (m.kind == Models::TimeMarker::Kind::DeploymentStarted) {
            starts.append(m.time);
            EXPECT_EQ(m.service, QStringLiteral("web"));
        }
    }
    QList<qint64> expected;
    for (const QJsonValue& d : deployments) {
        const double created = d.toObject().value(QLatin1String("createdAt")).toDouble();
        expected.append(qint64(std::llround(created * 1000)));
    }
    std::sort(expected.begin(), expected.end());
    ASSERT_EQ(starts, expected);
    for (const qint64 t : starts) {
        EXPECT_GE(t, before - 1000);
        EXPECT_LE(t, after + 1000);
    }
    EXPECT_TRUE(std::is_sorted(markers.cbegin(), markers.cend(),
        [](const Models::TimeMarker& a, const Models::TimeMarker& b) { return a.time < b.time; }));
}

TEST_F(MetricsLocalTest, CliReturnsTheWholeDayOfCoarserHistory)
{
    // As the demo seed: 22 hours of 10-minute statistic sets, then two hours per minute.
    const qint64 minute = 60000;
    const qint64 lastMinute = QDateTime::currentMSecsSinceEpoch() / minute * minute;
    const qint64 twoHoursAgo = lastMinute - 120 * minute;
    const qint64 dayAgo = twoHoursAgo - 22 * 60 * minute;
    const QJsonArray dimensions { QJsonObject { { QStringLiteral("Name"), QStringLiteral("ClusterName") },
        { QStringLiteral("Value"), QStringLiteral("prod") } } };
    QString error;
    ASSERT_TRUE(endpoint.store()->transact(
        [&] {
            for (qint64 t = dayAgo; t < lastMinute; t += t < twoHoursAgo ? 10 * minute : minute)
                Local::CloudWatchHandler::record(*endpoint.store(), QStringLiteral("AWS/ECS"),
                    QStringLiteral("CPUUtilization"), dimensions, t, t < twoHoursAgo ? 10 : 1, 400, 30, 50,
                    QStringLiteral("Percent"));
            return true;
        },
        &error))
        << error.toStdString();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), endpoint.credentials().accessKeyId);
    env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), endpoint.credentials().secretAccessKey);
    env.remove(QStringLiteral("AWS_PROFILE"));
    for (const QString& period : { QStringLiteral("auto"), QStringLiteral("300") }) {
        SCOPED_TRACE(period.toStdString());
        QProcess cli;
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(ECSDESK_CLI_PATH),
            { QStringLiteral("metrics"), QStringLiteral("--endpoint-url"), endpoint.url().toString(),
                QStringLiteral("--region"), QStringLiteral("us-east-1"), QStringLiteral("--cluster"),
                QStringLiteral("prod"), QStringLiteral("--range"), QStringLiteral("1d"), QStringLiteral("--period"),
                period, QStringLiteral("--format"), QStringLiteral("json") });
        ASSERT_TRUE(waitFor([&] { return cli.state() == QProcess::NotRunning; }, 60000));
        ASSERT_EQ(cli.exitCode(), 0) << cli.readAllStandardError().toStdString();
        const QJsonObject out = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
        const QJsonArray points = out.value(QLatin1String("series"))
                                      .toArray()
                                      .first()
                                      .toObject()
                                      .value(QLatin1String("datapoints"))
                                      .toArray();
        ASSERT_FALSE(points.isEmpty());
        const auto timeOf = [](const QJsonValue& point) {
            return QDateTime::fromString(point.toObject().value(QLatin1String("timestamp")).toString(), Qt::ISODate)
                .toMSecsSinceEpoch();
        };
        const qint64 periodMs = out.value(QLatin1String("period")).toInt() * 1000LL;
        // The whole day comes back: from its first 10-minute set (the second, should the clock pass a
        // minute between recording and asking) to the last minute.
        EXPECT_LE(timeOf(points.first()), dayAgo + 10 * minute);
        EXPECT_GE(timeOf(points.last()), lastMinute - minute - periodMs);
        EXPECT_GE(points.size(), (period == QLatin1String("auto") ? 132 + 120 : 132 + 24) - 1);
    }
}
