// SPDX-License-Identifier: MIT
// CloudWatch (query protocol), CloudWatch Logs and Application Auto Scaling clients against
// moto_server: the wire forms and parsers work against an independent implementation.

#include "api/autoscaling/autoscalingclient.h"
#include "api/cloudwatch/cloudwatchclient.h"
#include "api/ecs/ecsclient.h"
#include "api/logs/logsclient.h"
#include "clienttestutil.h"
#include "common/processserver.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace EcsDesk;
using namespace EcsDesk::Testing;

namespace {

class ServicesMotoTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        if (!MotoServer::isInstalled()) {
            if (runningInCi())
                FAIL() << "moto_server is not installed";
            GTEST_SKIP() << "moto_server is not installed";
        }
        moto = std::make_unique<MotoServer>();
        ASSERT_TRUE(moto->start()) << moto->errorString().toStdString();
        config.transport = &transport;
        config.region = "us-east-1";
        config.endpointUrl = moto->url();
        config.credentials = std::make_shared<Api::StaticCredentialsProvider>(
            Api::Credentials { QStringLiteral("AKIDTESTING"), QStringLiteral("testing-secret"), {}, {} },
            QStringLiteral("test"));
    }

    std::unique_ptr<MotoServer> moto;
    Api::AwsTransport transport;
    Api::ClientConfig config;
};

} // namespace

TEST_F(ServicesMotoTest, CloudWatchMetricsOverTheQueryProtocol)
{
    Api::CloudWatchClient cloudwatch(config);
    const QList<Api::MetricDimension> dimensions { { QStringLiteral("ClusterName"), QStringLiteral("prod") },
        { QStringLiteral("ServiceName"), QStringLiteral("web") } };
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime base = now.addSecs(-600 - now.time().second());
    const QList<double> values { 10, 20, 30, 40 };
    for (qsizetype i = 0; i < values.size(); ++i) {
        const auto put = await(cloudwatch.putMetricData(
            QStringLiteral("AWS/ECS"), QStringLiteral("CPUUtilization"), dimensions, values[i], base.addSecs(60 * i)));
        ASSERT_TRUE(put.ok()) << describe(put.error);
    }

    Api::MetricDataQuery query;
    query.id = QStringLiteral("cpu");
    query.metricNamespace = QStringLiteral("AWS/ECS");
    query.metricName = QStringLiteral("CPUUtilization");
    query.dimensions = dimensions;
    query.period = 60;
    query.stat = QStringLiteral("Average");
    const auto data = await(cloudwatch.getMetricData({ query }, base.addSecs(-60), now));
    ASSERT_TRUE(data.ok()) << describe(data.error);
    const auto parsed = Api::CloudWatchClient::parseMetricData(data.value->body());
    ASSERT_TRUE(parsed.ok()) << describe(parsed.error) << data.value->body().toStdString();
    ASSERT_EQ(parsed.value.results.size(), 1);
    const Api::MetricDataResult& series = parsed.value.results.first();
    EXPECT_EQ(series.id, QStringLiteral("cpu"));
    QList<double> sorted = series.values;
    std::sort(sorted.begin(), sorted.end());
    EXPECT_EQ(sorted, values);
    EXPECT_EQ(series.timestamps.size(), 4);

    const auto stats = await(cloudwatch.getMetricStatistics(QStringLiteral("AWS/ECS"), QStringLiteral("CPUUtilization"),
        dimensions, base.addSecs(-60), now, 60, { QStringLiteral("Average"), QStringLiteral("Maximum") }));
    ASSERT_TRUE(stats.ok()) << describe(stats.error);
    const auto points = Api::CloudWatchClient::parseMetricStatistics(stats.value->body());
    ASSERT_TRUE(points.ok()) << describe(points.error);
    ASSERT_EQ(points.value.size(), 4);
    EXPECT_EQ(points.value.first().average, 10.0);
    EXPECT_EQ(points.value.last().maximum, 40.0);

    // A query error comes back as a typed error parsed from the XML document.
    const auto bad = await(cloudwatch.getMetricStatistics(
        QStringLiteral("AWS/ECS"), QStringLiteral("CPUUtilization"), dimensions, now, base, 60, {}));
    if (!bad.ok()) {
        EXPECT_FALSE(bad.error->code.isEmpty());
        EXPECT_NE(bad.error->httpStatus, 0);
    }
}

TEST_F(ServicesMotoTest, LogsStreamsEventsAndFilters)
{
    Api::LogsClient logs(config);
    const QString group = QStringLiteral("/ecs/web");
    ASSERT_TRUE(await(logs.call(QStringLiteral("CreateLogGroup"), { { QStringLiteral("logGroupName"), group } })).ok());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QString& stream : { QStringLiteral("web/app/1"), QStringLiteral("web/app/2") }) {
        ASSERT_TRUE(
            await(logs.call(QStringLiteral("CreateLogStream"),
                      { { QStringLiteral("logGroupName"), group }, { QStringLiteral("logStreamName"), stream } }))
                .ok());
        QJsonArray events;
        for (int i = 0; i < 3; ++i)
            events.append(
                QJsonObject { { QStringLiteral("timestamp"), double(now.addSecs(i - 10).toMSecsSinceEpoch()) },
                    { QStringLiteral("message"),
                        QStringLiteral("%1 %2 %3")
                            .arg(stream, i == 1 ? QStringLiteral("ERROR") : QStringLiteral("INFO"))
                            .arg(i) } });
        const auto put = await(logs.call(QStringLiteral("PutLogEvents"),
            { { QStringLiteral("logGroupName"), group }, { QStringLiteral("logStreamName"), stream },
                { QStringLiteral("logEvents"), events } }));
        ASSERT_TRUE(put.ok()) << describe(put.error);
    }

    const auto streams = await(logs.describeLogStreams(group));
    ASSERT_TRUE(streams.ok()) << describe(streams.error);
    const auto streamList
        = Api::EcsJson::objects<Api::LogStream>(streams.value->json().value(QLatin1String("logStreams")));
    ASSERT_EQ(streamList.size(), 2);

    const auto events = await(logs.getLogEvents(group, QStringLiteral("web/app/1"), {}, {}, {}, true));
    ASSERT_TRUE(events.ok()) << describe(events.error);
    const auto eventList = Api::EcsJson::objects<Api::LogEvent>(events.value->json().value(QLatin1String("events")));
    ASSERT_EQ(eventList.size(), 3);
    EXPECT_EQ(eventList.first().message, QStringLiteral("web/app/1 INFO 0"));
    EXPECT_TRUE(eventList.first().timestamp.isValid());

    const auto filtered = await(logs.filterLogEvents(group, QStringLiteral("ERROR")));
    ASSERT_TRUE(filtered.ok()) << describe(filtered.error);
    const auto matches = Api::EcsJson::objects<Api::LogEvent>(filtered.value->json().value(QLatin1String("events")));
    ASSERT_EQ(matches.size(), 2);
    for (const Api::LogEvent& event : matches)
        EXPECT_TRUE(event.message.contains(QLatin1String("ERROR")));

    const auto missing = await(logs.getLogEvents(QStringLiteral("/no/such/group"), QStringLiteral("x")));
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error->code, QStringLiteral("ResourceNotFoundException"));
}

TEST_F(ServicesMotoTest, AutoScalingTargetsPoliciesAndScheduledActions)
{
    // moto checks that the ECS service exists, as AWS does.
    Api::EcsClient ecs(config);
    ASSERT_TRUE(await(ecs.createCluster(QStringLiteral("prod"))).ok());
    ASSERT_TRUE(await(
        ecs.registerTaskDefinition(QJsonObject { { QStringLiteral("family"), QStringLiteral("web") },
            { QStringLiteral("containerDefinitions"),
                QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("app") },
                    { QStringLiteral("image"), QStringLiteral("nginx") }, { QStringLiteral("memory"), 128 } } } } }))
                    .ok());
    ASSERT_TRUE(await(
        ecs.createService(QStringLiteral("prod"),
            QJsonObject { { QStringLiteral("serviceName"), QStringLiteral("web") },
                { QStringLiteral("taskDefinition"), QStringLiteral("web") }, { QStringLiteral("desiredCount"), 2 } }))
                    .ok());
    Api::AutoScalingClient scaling(config);
    const QString resource = Api::AutoScalingClient::ecsResourceId(QStringLiteral("prod"), QStringLiteral("web"));
    const auto registered = await(scaling.registerScalableTarget(resource, 2, 10));
    ASSERT_TRUE(registered.ok()) << describe(registered.error);
    const auto targets = await(scaling.describeScalableTargets({ resource }));
    ASSERT_TRUE(targets.ok()) << describe(targets.error);
    const auto targetList
        = Api::EcsJson::objects<Api::ScalableTarget>(targets.value->json().value(QLatin1String("ScalableTargets")));
    ASSERT_EQ(targetList.size(), 1);
    EXPECT_EQ(targetList.first().minCapacity, 2);
    EXPECT_EQ(targetList.first().maxCapacity, 10);

    const QJsonObject tracking { { QStringLiteral("TargetValue"), 60.0 },
        { QStringLiteral("PredefinedMetricSpecification"),
            QJsonObject {
                { QStringLiteral("PredefinedMetricType"), QStringLiteral("ECSServiceAverageCPUUtilization") } } } };
    const auto put = await(
        scaling.putScalingPolicy(QStringLiteral("cpu60"), resource, QStringLiteral("TargetTrackingScaling"), tracking));
    ASSERT_TRUE(put.ok()) << describe(put.error);
    const auto policies = await(scaling.describeScalingPolicies(resource));
    ASSERT_TRUE(policies.ok()) << describe(policies.error);
    const auto policyList
        = Api::EcsJson::objects<Api::ScalingPolicy>(policies.value->json().value(QLatin1String("ScalingPolicies")));
    ASSERT_EQ(policyList.size(), 1);
    EXPECT_EQ(policyList.first().name, QStringLiteral("cpu60"));
    EXPECT_EQ(policyList.first().policyType, QStringLiteral("TargetTrackingScaling"));

    ASSERT_TRUE(
        await(scaling.putScheduledAction(QStringLiteral("night"), resource, QStringLiteral("cron(0 22 * * ? *)"), 1, 2))
            .ok());
    const auto actions = await(scaling.describeScheduledActions(resource));
    ASSERT_TRUE(actions.ok()) << describe(actions.error);
    const auto actionList
        = Api::EcsJson::objects<Api::ScheduledAction>(actions.value->json().value(QLatin1String("ScheduledActions")));
    ASSERT_EQ(actionList.size(), 1);
    EXPECT_EQ(actionList.first().schedule, QStringLiteral("cron(0 22 * * ? *)"));

    // moto 5.2 does not implement DescribeScalingActivities and answers with an HTML error page:
    // the client must turn that into a typed error (real AWS answers with the activity list).
    const auto activities = await(scaling.describeScalingActivities(resource));
    if (!activities.ok()) {
        EXPECT_EQ(activities.error->kind, Api::AwsError::Kind::Protocol) << describe(activities.error);
        EXPECT_EQ(activities.error->httpStatus, 500);
    }

    ASSERT_TRUE(await(scaling.deleteScheduledAction(QStringLiteral("night"), resource)).ok());
    ASSERT_TRUE(await(scaling.deleteScalingPolicy(QStringLiteral("cpu60"), resource)).ok());
    const auto none = await(scaling.describeScalingPolicies(resource));
    ASSERT_TRUE(none.ok());
    EXPECT_TRUE(none.value->json().value(QLatin1String("ScalingPolicies")).toArray().isEmpty());
}
