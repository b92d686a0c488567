// SPDX-License-Identifier: MIT
// The typed ECS write requests (api/ecs/requests.h): their JSON is what the AWS API reference's
// examples send and what botocore's ecs model accepts; their results read AWS's documented answers
// (../shared/fixtures/aws-examples/ecs.json).

#include "api/ecs/requests.h"
#include "common/testutil.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>

#include <gtest/gtest.h>

using namespace EcsDesk::Api;

namespace {

QString json(const QJsonObject& object) { return QString::fromUtf8(QJsonDocument(object).toJson()); }

/// The documented examples of `operation`: {input, output} pairs.
QList<QJsonObject> examples(const QString& fixtures, const char* operation)
{
    QFile in(fixtures + QLatin1String("/aws-examples/ecs.json"));
    EXPECT_TRUE(in.open(QIODevice::ReadOnly)) << in.fileName().toStdString();
    QList<QJsonObject> result;
    const QJsonObject all = QJsonDocument::fromJson(in.readAll()).object();
    for (const QJsonValue& example : all.value(QLatin1String(operation)).toArray())
        result.append(example.toObject());
    EXPECT_FALSE(result.isEmpty()) << "no example of " << operation;
    return result;
}

QJsonObject input(const QString& fixtures, const char* operation, int index = 0)
{
    const QList<QJsonObject> list = examples(fixtures, operation);
    return index < list.size() ? list.at(index).value(QLatin1String("input")).toObject() : QJsonObject();
}

QJsonObject output(const QString& fixtures, const char* operation, int index = 0)
{
    const QList<QJsonObject> list = examples(fixtures, operation);
    return index < list.size() ? list.at(index).value(QLatin1String("output")).toObject() : QJsonObject();
}

CreateServiceRequest fullCreateService()
{
    CreateServiceRequest request;
    request.cluster = QStringLiteral("shop");
    request.serviceName = QStringLiteral("web");
    request.taskDefinition = QStringLiteral("web:3");
    request.launchType = QStringLiteral("FARGATE");
    request.desiredCount = 2;
    request.deploymentConfiguration = DeploymentConfiguration { 50, 200 };
    request.networkConfiguration = AwsVpcConfiguration { { QStringLiteral("subnet-1"), QStringLiteral("subnet-2") },
        { QStringLiteral("sg-1") }, QStringLiteral("ENABLED") };
    request.placementStrategy = { { QStringLiteral("spread"), QStringLiteral("attribute:ecs.availability-zone") },
        { QStringLiteral("random"), {} } };
    request.placementConstraints = { { QStringLiteral("distinctInstance"), {} },
        { QStringLiteral("memberOf"), QStringLiteral("attribute:ecs.instance-type =~ t3.*") } };
    request.tags = { { QStringLiteral("team"), QStringLiteral("desk") } };
    return request;
}

RunTaskRequest fullRunTask()
{
    RunTaskRequest request;
    request.cluster = QStringLiteral("shop");
    request.taskDefinition = QStringLiteral("batch:1");
    request.count = 3;
    request.launchType = QStringLiteral("EC2");
    request.containerOverrides = { { QStringLiteral("main"), { QStringLiteral("sleep"), QStringLiteral("5") },
        { { QStringLiteral("MODE"), QStringLiteral("fast") } } } };
    request.networkConfiguration = AwsVpcConfiguration { { QStringLiteral("subnet-1") }, {}, {} };
    request.placementStrategy = { { QStringLiteral("binpack"), QStringLiteral("memory") } };
    request.placementConstraints = { { QStringLiteral("distinctInstance"), {} } };
    request.startedBy = QStringLiteral("ecsdesk");
    request.group = QStringLiteral("family:batch");
    return request;
}

} // namespace

TEST(EcsRequests, TheDocumentedExampleInputsAreWhatTheTypedRequestsSend)
{
    ECSDESK_REQUIRE_FIXTURES(fixtures);
    EXPECT_EQ(json(CreateClusterRequest { QStringLiteral("my_cluster"), {} }.toJson()),
        json(input(fixtures, "CreateCluster")));
    EXPECT_EQ(
        json(DeleteClusterRequest { QStringLiteral("my_cluster") }.toJson()), json(input(fixtures, "DeleteCluster")));

    CreateServiceRequest create;
    create.serviceName = QStringLiteral("ecs-simple-service");
    create.taskDefinition = QStringLiteral("hello_world");
    create.desiredCount = 10;
    EXPECT_EQ(json(create.toJson()), json(input(fixtures, "CreateService")));

    EXPECT_EQ(json(DeleteServiceRequest { {}, QStringLiteral("my-http-service"), false }.toJson()),
        json(input(fixtures, "DeleteService")));

    RunTaskRequest run;
    run.cluster = QStringLiteral("default");
    run.taskDefinition = QStringLiteral("sleep360:1");
    EXPECT_EQ(json(run.toJson()), json(input(fixtures, "RunTask")));

    UpdateServiceRequest revision;
    revision.service = QStringLiteral("my-http-service");
    revision.taskDefinition = QStringLiteral("amazon-ecs-sample");
    EXPECT_EQ(json(revision.toJson()), json(input(fixtures, "UpdateService", 0)));
    UpdateServiceRequest scale;
    scale.service = QStringLiteral("my-http-service");
    scale.desiredCount = 10;
    EXPECT_EQ(json(scale.toJson()), json(input(fixtures, "UpdateService", 1)));

    const QJsonObject definition = input(fixtures, "RegisterTaskDefinition");
    EXPECT_EQ(json(RegisterTaskDefinitionRequest { definition, {} }.toJson()), json(definition));
}

TEST(EcsRequests, EveryFieldIsSpelledAsTheEcsApiNamesIt)
{
    const QJsonObject expected = QJsonDocument::fromJson(R"({
        "cluster": "shop", "taskDefinition": "batch:1", "count": 3, "launchType": "EC2",
        "overrides": {"containerOverrides": [{"name": "main", "command": ["sleep", "5"],
                                             "environment": [{"name": "MODE", "value": "fast"}]}]},
        "networkConfiguration": {"awsvpcConfiguration": {"subnets": ["subnet-1"]}},
        "placementStrategy": [{"type": "binpack", "field": "memory"}],
        "placementConstraints": [{"type": "distinctInstance"}],
        "startedBy": "ecsdesk", "group": "family:batch"})")
                                     .object();
    EXPECT_EQ(json(fullRunTask().toJson()), json(expected));

    const QJsonObject service = fullCreateService().toJson();
    EXPECT_EQ(json(service.value(QLatin1String("deploymentConfiguration")).toObject()),
        json(QJsonDocument::fromJson(R"({"minimumHealthyPercent": 50, "maximumPercent": 200})").object()));
    EXPECT_EQ(json(service.value(QLatin1String("networkConfiguration")).toObject()),
        json(QJsonDocument::fromJson(
            R"({"awsvpcConfiguration": {"subnets": ["subnet-1", "subnet-2"], "securityGroups": ["sg-1"],
                                        "assignPublicIp": "ENABLED"}})")
                 .object()));
    EXPECT_EQ(service.value(QLatin1String("tags")).toArray().at(0).toObject().value(QLatin1String("key")).toString(),
        QStringLiteral("team"));

    EXPECT_EQ(json(StopTaskRequest { QStringLiteral("shop"), QStringLiteral("abc"), {} }.toJson()),
        json(QJsonDocument::fromJson(R"({"cluster": "shop", "task": "abc"})").object()));
    EXPECT_EQ(json(UpdateServiceRequest { QStringLiteral("shop"), QStringLiteral("web"), {}, {}, true, {} }.toJson()),
        json(QJsonDocument::fromJson(R"({"cluster": "shop", "service": "web", "forceNewDeployment": true})").object()));
    EXPECT_EQ(json(DeleteServiceRequest { QStringLiteral("shop"), QStringLiteral("web"), true }.toJson()),
        json(QJsonDocument::fromJson(R"({"cluster": "shop", "service": "web", "force": true})").object()));
}

TEST(EcsRequests, BotocoreAcceptsEveryRequestWithEveryField)
{
    const QString python = QStringLiteral("python3");
    if (QStandardPaths::findExecutable(python).isEmpty())
        GTEST_SKIP() << "python3 is not installed";

    UpdateServiceRequest update { QStringLiteral("shop"), QStringLiteral("web"), 4, QStringLiteral("web:4"), true,
        DeploymentConfiguration { 100, 200 } };
    const QList<std::pair<QString, QJsonObject>> requests {
        { QStringLiteral("CreateCluster"),
            CreateClusterRequest { QStringLiteral("shop"), { { QStringLiteral("a"), QStringLiteral("b") } } }
                .toJson() },
        { QStringLiteral("DeleteCluster"), DeleteClusterRequest { QStringLiteral("shop") }.toJson() },
        { QStringLiteral("CreateService"), fullCreateService().toJson() },
        { QStringLiteral("UpdateService"), update.toJson() },
        { QStringLiteral("DeleteService"),
            DeleteServiceRequest { QStringLiteral("shop"), QStringLiteral("web"), true }.toJson() },
        { QStringLiteral("RunTask"), fullRunTask().toJson() },
        { QStringLiteral("StopTask"),
            StopTaskRequest { QStringLiteral("shop"), QStringLiteral("abc"), QStringLiteral("done") }.toJson() },
        { QStringLiteral("UpdateContainerInstancesState"),
            UpdateContainerInstancesStateRequest {
                QStringLiteral("shop"), { QStringLiteral("i-1"), QStringLiteral("i-2") }, QStringLiteral("DRAINING") }
                .toJson() },
        { QStringLiteral("DeregisterTaskDefinition"),
            DeregisterTaskDefinitionRequest { QStringLiteral("web:1") }.toJson() },
    };
    QJsonArray list;
    for (const auto& [operation, body] : requests)
        list.append(QJsonObject { { QStringLiteral("operation"), operation }, { QStringLiteral("input"), body } });

    QProcess process;
    process.start(python, { EcsDesk::Testing::sourceDir() + QLatin1String("/tests/scripts/botocore_validate.py") });
    ASSERT_TRUE(process.waitForStarted(10000));
    process.write(QJsonDocument(
        QJsonObject { { QStringLiteral("service"), QStringLiteral("ecs") }, { QStringLiteral("requests"), list } })
                      .toJson(QJsonDocument::Compact));
    process.closeWriteChannel();
    ASSERT_TRUE(process.waitForFinished(60000));
    ASSERT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
    const QJsonArray results
        = QJsonDocument::fromJson(process.readAllStandardOutput()).object().value(QLatin1String("results")).toArray();
    ASSERT_EQ(results.size(), requests.size());
    for (qsizetype i = 0; i < requests.size(); ++i)
        EXPECT_EQ(results.at(i).toString().toStdString(), std::string())
            << requests.at(i).first.toStdString() << ": " << json(requests.at(i).second).toStdString();
}

TEST(EcsResults, TheDocumentedAnswersAreRead)
{
    ECSDESK_REQUIRE_FIXTURES(fixtures);
    const ClusterResult created = ClusterResult::fromJson(output(fixtures, "CreateCluster"));
    EXPECT_EQ(created.cluster.name, QStringLiteral("my_cluster"));
    EXPECT_EQ(created.cluster.status, QStringLiteral("ACTIVE"));
    EXPECT_EQ(ClusterResult::fromJson(output(fixtures, "DeleteCluster")).cluster.status, QStringLiteral("INACTIVE"));

    const ListClustersResult clusters = ListClustersResult::fromJson(output(fixtures, "ListClusters"));
    EXPECT_EQ(clusters.clusterArns.size(), 2);
    EXPECT_TRUE(clusters.nextToken.isEmpty());

    EXPECT_FALSE(ListServicesResult::fromJson(output(fixtures, "ListServices")).serviceArns.isEmpty());
    const ListTaskDefinitionsResult definitions
        = ListTaskDefinitionsResult::fromJson(output(fixtures, "ListTaskDefinitions"));
    EXPECT_FALSE(definitions.taskDefinitionArns.isEmpty());
    const TaskDefinitionResult described = TaskDefinitionResult::fromJson(output(fixtures, "DescribeTaskDefinition"));
    EXPECT_FALSE(described.taskDefinition.family.isEmpty());
    EXPECT_GT(described.taskDefinition.revision, 0);

    const ServiceResult service = ServiceResult::fromJson(output(fixtures, "CreateService"));
    EXPECT_EQ(service.service.name, QStringLiteral("ecs-simple-service"));
    EXPECT_EQ(service.service.desiredCount, 10);
    EXPECT_EQ(service.service.deployments.size(), 2);

    const RunTaskResult run = RunTaskResult::fromJson(output(fixtures, "RunTask"));
    ASSERT_EQ(run.tasks.size(), 1);
    EXPECT_TRUE(run.tasks.at(0).taskDefinitionArn.endsWith(QLatin1String("task-definition/sleep360:1")));
    EXPECT_TRUE(run.failures.isEmpty());

    const TaskDefinitionResult registered = TaskDefinitionResult::fromJson(output(fixtures, "RegisterTaskDefinition"));
    EXPECT_EQ(registered.taskDefinition.family, QStringLiteral("sleep360"));
    EXPECT_EQ(registered.taskDefinition.revision, 1);
}
