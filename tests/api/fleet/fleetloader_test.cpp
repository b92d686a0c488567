// SPDX-License-Identifier: MIT
// The fleet overview's loading (issue 24): FleetRow from AWS's documented answers, and FleetLoader
// against the local endpoint (a service below its desired count, a stopped task, an alarm in ALARM
// with the cluster's dimension) with a second target that fails while the first still answers.

#include "api/autoscaling/autoscalingclient.h"
#include "api/cloudwatch/cloudwatchclient.h"
#include "api/ecs/ecsclient.h"
#include "api/fleet/fleetloader.h"
#include "common/localendpointsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace EcsDesk;
using namespace EcsDesk::Testing;

namespace {

QString s(const char* text) { return QString::fromLatin1(text); }

QJsonObject firstAnswer(const QString& fixtures, const char* operation)
{
    QFile in(fixtures + s("/aws-examples/ecs.json"));
    EXPECT_TRUE(in.open(QIODevice::ReadOnly));
    const QJsonArray examples
        = QJsonDocument::fromJson(in.readAll()).object().value(QLatin1String(operation)).toArray();
    for (const QJsonValue& example : examples) {
        const QJsonObject output = example.toObject().value(s("output")).toObject();
        if (!output.isEmpty())
            return output;
    }
    ADD_FAILURE() << "no example answer of " << operation;
    return {};
}

} // namespace

TEST(FleetRow, FromAwsDocumentedAnswers)
{
    ECSDESK_REQUIRE_FIXTURES(fixtures);
    Api::ClusterSnapshot snapshot;
    snapshot.cluster = Api::Cluster::fromJson(
        firstAnswer(fixtures, "DescribeClusters").value(s("clusters")).toArray().first().toObject());
    for (const QJsonValue& v : firstAnswer(fixtures, "DescribeServices").value(s("services")).toArray())
        snapshot.services.append(Api::Service::fromJson(v.toObject()));
    for (const QJsonValue& v : firstAnswer(fixtures, "DescribeTasks").value(s("tasks")).toArray())
        snapshot.tasks.append(Api::Task::fromJson(v.toObject()));
    ASSERT_EQ(snapshot.services.size(), 1);
    ASSERT_EQ(snapshot.tasks.size(), 1);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Two stopped copies of the documented task: one in the last hour, one before.
    Api::Task stopped = snapshot.tasks.first();
    stopped.arn += s("-recent");
    stopped.lastStatus = s("STOPPED");
    stopped.stoppedReason = s("Essential container in task exited");
    stopped.stoppedAt = now.addSecs(-600);
    snapshot.tasks.append(stopped);
    stopped.arn += s("-old");
    stopped.stoppedAt = now.addSecs(-7200);
    snapshot.tasks.append(stopped);
    Api::MetricAlarm alarm;
    alarm.name = s("high-cpu");
    alarm.stateValue = s("ALARM");
    alarm.dimensions = { { s("ClusterName"), s("default") } };
    Api::MetricAlarm elsewhere = alarm;
    elsewhere.name = s("other-cluster");
    elsewhere.dimensions = { { s("ClusterName"), s("other") } };
    Api::MetricAlarm ok = alarm;
    ok.name = s("ok");
    ok.stateValue = s("OK");

    const Api::FleetRow row
        = Api::FleetRow::fromSnapshot(s("prod-account"), s("us-east-1"), snapshot, { alarm, elsewhere, ok }, now);
    EXPECT_EQ(row.clusterName, s("default"));
    EXPECT_EQ(row.services, 1);
    // The documented service wants 1 task and runs none.
    EXPECT_EQ(row.servicesBelowDesired, QStringList { snapshot.services.first().name });
    EXPECT_TRUE(row.failedDeployments.isEmpty());
    EXPECT_EQ(row.runningTasks, 1);
    EXPECT_EQ(row.stoppedLastHour(), 1);
    EXPECT_EQ(row.stoppedLastHourByReason.value(s("Essential container in task exited")), 1);
    EXPECT_EQ(row.alarmsInAlarm, QStringList { s("high-cpu") });
    EXPECT_TRUE(row.needsAttention());

    // A deployment the circuit breaker failed and rolled back, as ECS reports it.
    snapshot.services.first().deployments.first().rolloutState = s("FAILED");
    snapshot.services.first().deployments.first().rolloutStateReason
        = s("ECS deployment circuit breaker: tasks failed to start.");
    Api::Deployment rollback = snapshot.services.first().deployments.first();
    rollback.rolloutState = s("IN_PROGRESS");
    rollback.rolloutStateReason = s("ECS deployment circuit breaker: rolling back to deploymentId ecs-svc/1.");
    snapshot.services.first().deployments.append(rollback);
    const Api::FleetRow failed = Api::FleetRow::fromSnapshot(s("a"), s("us-east-1"), snapshot, {}, now);
    EXPECT_EQ(failed.failedDeployments, QStringList { snapshot.services.first().name });
    EXPECT_EQ(failed.rolledBackDeployments, QStringList { snapshot.services.first().name });

    // The exports carry the figures.
    const QJsonObject json = QJsonDocument::fromJson(Api::FleetExport::toJson({ row }, {})).object();
    const QJsonObject first = json.value(s("clusters")).toArray().first().toObject();
    EXPECT_EQ(first.value(s("stoppedLastHour")).toInt(), 1);
    EXPECT_EQ(first.value(s("servicesBelowDesired")).toArray().size(), 1);
    EXPECT_TRUE(Api::FleetExport::toCsv({ row }).contains("prod-account,us-east-1,default,1,"));
}

TEST(FleetLoader, LoadsEveryTargetAndReportsTheOneThatFails)
{
    TestEndpoint local;
    ASSERT_TRUE(local.isStarted()) << local.error().toStdString();
    const Api::EcsClient ecs(local.config());
    const Api::AutoScalingClient scaling(local.config());
    const Api::CloudWatchClient cloudWatch(local.config());

    call(ecs.callJson(s("CreateCluster"), { { s("clusterName"), s("prod") } }));
    call(ecs.callJson(s("CreateCluster"), { { s("clusterName"), s("quiet") } }));
    const QJsonObject container { { s("name"), s("app") }, { s("image"), s("nginx") }, { s("memory"), 128 },
        { s("essential"), true } };
    call(ecs.callJson(s("RegisterTaskDefinition"),
        { { s("family"), s("web") }, { s("containerDefinitions"), QJsonArray { container } } }));
    // No container instance: the EC2 service cannot place its tasks and stays below desired.
    call(ecs.callJson(s("CreateService"),
        { { s("cluster"), s("prod") }, { s("serviceName"), s("web") }, { s("taskDefinition"), s("web") },
            { s("desiredCount"), 2 }, { s("launchType"), s("EC2") } }));
    // A Fargate task, run and stopped.
    call(ecs.callJson(s("RegisterTaskDefinition"),
        { { s("family"), s("job") }, { s("containerDefinitions"), QJsonArray { container } },
            { s("networkMode"), s("awsvpc") }, { s("requiresCompatibilities"), QJsonArray { s("FARGATE") } },
            { s("cpu"), s("256") }, { s("memory"), s("512") } }));
    const QJsonObject run = call(ecs.callJson(s("RunTask"),
        { { s("cluster"), s("prod") }, { s("taskDefinition"), s("job") }, { s("launchType"), s("FARGATE") },
            { s("networkConfiguration"),
                QJsonObject { { s("awsvpcConfiguration"),
                    QJsonObject { { s("subnets"), QJsonArray { s("subnet-1") } } } } } } }));
    const QString taskArn = run.value(s("tasks")).toArray().first().toObject().value(s("taskArn")).toString();
    ASSERT_FALSE(taskArn.isEmpty());
    call(ecs.callJson(s("StopTask"),
        { { s("cluster"), s("prod") }, { s("task"), taskArn }, { s("reason"), s("Stopped by the test") } }));
    ASSERT_TRUE(waitFor(
        [&] {
            const QJsonObject d = call(ecs.callJson(
                s("DescribeTasks"), { { s("cluster"), s("prod") }, { s("tasks"), QJsonArray { taskArn } } }));
            return d.value(s("tasks")).toArray().first().toObject().value(s("lastStatus")).toString() == s("STOPPED");
        },
        120000))
        << "the stopped task never reached STOPPED";
    // The target tracking policy's alarms carry ClusterName=prod; one of them in ALARM.
    const QString resourceId = s("service/prod/web");
    call(scaling.call(s("RegisterScalableTarget"),
        { { s("ServiceNamespace"), s("ecs") }, { s("ResourceId"), resourceId },
            { s("ScalableDimension"), s("ecs:service:DesiredCount") }, { s("MinCapacity"), 1 },
            { s("MaxCapacity"), 4 } }));
    const QJsonObject policy = call(scaling.putScalingPolicy(s("cpu50"), resourceId, s("TargetTrackingScaling"),
        { { s("TargetValue"), 50.0 },
            { s("PredefinedMetricSpecification"),
                QJsonObject { { s("PredefinedMetricType"), s("ECSServiceAverageCPUUtilization") } } } }));
    const QString high = policy.value(s("Alarms")).toArray().first().toObject().value(s("AlarmName")).toString();
    ASSERT_FALSE(high.isEmpty());
    call(cloudWatch.setAlarmState(high, s("ALARM"), s("Testing the overview")));

    Api::FleetTarget good { s("Local"), s("us-east-1"), local.config(), local.config() };
    Api::ClientConfig wrongRegion = local.config();
    wrongRegion.region = "eu-west-1";
    Api::FleetTarget bad { s("Local"), s("eu-west-1"), wrongRegion, wrongRegion };

    Api::FleetLoader loader;
    QSignalSpy rows(&loader, &Api::FleetLoader::rowReady);
    QSignalSpy failures(&loader, &Api::FleetLoader::failed);
    QSignalSpy finished(&loader, &Api::FleetLoader::finished);
    loader.load({ good, bad });
    ASSERT_TRUE(waitFor([&] { return !finished.isEmpty(); }, 60000));
    EXPECT_FALSE(loader.isRunning());

    ASSERT_EQ(rows.size(), 2);
    QHash<QString, Api::FleetRow> byCluster;
    for (const QList<QVariant>& signal : rows) {
        const auto row = signal.first().value<Api::FleetRow>();
        byCluster.insert(row.clusterName, row);
    }
    ASSERT_TRUE(byCluster.contains(s("prod")));
    const Api::FleetRow prod = byCluster.value(s("prod"));
    EXPECT_EQ(prod.connection, s("Local"));
    EXPECT_EQ(prod.region, s("us-east-1"));
    EXPECT_EQ(prod.services, 1);
    EXPECT_EQ(prod.servicesBelowDesired, QStringList { s("web") });
    EXPECT_EQ(prod.stoppedLastHourByReason.value(s("Stopped by the test")), 1);
    EXPECT_EQ(prod.alarmsInAlarm, QStringList { high });
    EXPECT_TRUE(prod.needsAttention());
    const Api::FleetRow quiet = byCluster.value(s("quiet"));
    EXPECT_EQ(quiet.services, 0);
    EXPECT_FALSE(quiet.needsAttention());

    // The wrong region fails (listing the clusters and the alarms) without holding the others up.
    ASSERT_GE(failures.size(), 1);
    for (const QList<QVariant>& signal : failures)
        EXPECT_EQ(signal.first().value<Api::FleetFailure>().region, s("eu-west-1"));
}
