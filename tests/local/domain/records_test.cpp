// SPDX-License-Identifier: MIT
// The typed ECS domain records (local/domain/records.h) against the answers the AWS API reference
// documents (../shared/fixtures/aws-examples/ecs.json): each record reads the typed fields of AWS's
// own Service, Deployment, ContainerInstance, Task, TaskDefinition and Cluster objects, writes them
// back unchanged, and a typed change reaches the JSON the store keeps.
#include "local/domain/records.h"

#include "tests/common/testutil.h"

#include <QFile>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace EcsDesk::Local;
using namespace Qt::Literals::StringLiterals;

namespace {

/// Every object under `field` (an object or an array of objects) in the documented answers of `operation`.
QList<QJsonObject> documented(const QString& fixtures, const char* operation, QLatin1String field)
{
    QFile in(fixtures + "/aws-examples/ecs.json"_L1);
    EXPECT_TRUE(in.open(QIODevice::ReadOnly)) << in.fileName().toStdString();
    const QJsonObject all = QJsonDocument::fromJson(in.readAll()).object();
    QList<QJsonObject> found;
    for (const QJsonValue& example : all.value(QLatin1String(operation)).toArray()) {
        const QJsonValue value = example.toObject().value("output"_L1).toObject().value(field);
        if (value.isObject())
            found.append(value.toObject());
        for (const QJsonValue& item : value.toArray())
            found.append(item.toObject());
    }
    EXPECT_FALSE(found.isEmpty()) << "no " << field.data() << " in the examples of " << operation;
    return found;
}

} // namespace

TEST(DomainRecords, StatusesHaveTheirWireNamesAndRefuseOthers)
{
    EXPECT_EQ(wireName(TaskStatus::Deprovisioning), u"DEPROVISIONING"_s);
    EXPECT_EQ(fromWire<TaskStatus>(u"RUNNING"_s), TaskStatus::Running);
    EXPECT_EQ(fromWire<TaskStatus>(u"running"_s), std::nullopt);
    EXPECT_EQ(wireName(ContainerInstanceStatus::RegistrationFailed), u"REGISTRATION_FAILED"_s);
    EXPECT_EQ(fromWire<ContainerInstanceStatus>(u"DRAINING"_s), ContainerInstanceStatus::Draining);
    EXPECT_EQ(wireName(RolloutState::InProgress), u"IN_PROGRESS"_s);
    EXPECT_EQ(fromWire<SchedulingStrategy>(u"DAEMON"_s), SchedulingStrategy::Daemon);
    EXPECT_EQ(fromWire<DeploymentStatus>(u"PRIMARY"_s), DeploymentStatus::Primary);
    EXPECT_EQ(fromWire<ServiceStatus>(u""_s), std::nullopt);
}

TEST(DomainRecords, ServicesAndDeploymentsOfAwsExamplesReadTypedAndWriteBackUnchanged)
{
    ECSDESK_REQUIRE_FIXTURES(fixtures);
    QList<QJsonObject> services = documented(fixtures, "CreateService", "service"_L1);
    services += documented(fixtures, "DescribeServices", "services"_L1);
    for (const QJsonObject& json : services) {
        const ServiceRecord service = ServiceRecord::fromJson(json);
        EXPECT_EQ(QJsonDocument(service.toJson()).toJson().toStdString(), QJsonDocument(json).toJson().toStdString());
        EXPECT_EQ(wireName(service.status), json.value("status"_L1).toString());
        EXPECT_EQ(service.desiredCount, json.value("desiredCount"_L1).toInt());
        EXPECT_EQ(service.deployments.size(), json.value("deployments"_L1).toArray().size());
        if (!service.deployments.isEmpty()) {
            EXPECT_EQ(service.deployments.first().status, DeploymentStatus::Primary);
        }
    }
    // A typed change reaches the stored JSON; the rest stays.
    ServiceRecord service = ServiceRecord::fromJson(services.first());
    service.status = ServiceStatus::Draining;
    service.desiredCount = 0;
    service.deployments.first().runningCount = 7;
    const QJsonObject written = service.toJson();
    EXPECT_EQ(written.value("status"_L1).toString(), u"DRAINING"_s);
    EXPECT_EQ(written.value("desiredCount"_L1).toInt(), 0);
    EXPECT_EQ(written.value("deployments"_L1)[0][u"runningCount"_s].toInt(), 7);
    EXPECT_EQ(written.value("loadBalancers"_L1), services.first().value("loadBalancers"_L1));
}

TEST(DomainRecords, AServicesDeploymentConfigurationDecodesWithEcsDefaults)
{
    // Absent: ECS's replica defaults, no circuit breaker.
    EXPECT_EQ(ServiceRecord().deploymentConfiguration(), DeploymentConfiguration {});
    EXPECT_EQ(DeploymentConfiguration {}.maximumPercent, 200);
    EXPECT_EQ(DeploymentConfiguration {}.minimumHealthyPercent, 100);
    ServiceRecord service;
    service.json["deploymentConfiguration"_L1]
        = QJsonObject { { "maximumPercent"_L1, 150 }, { "minimumHealthyPercent"_L1, 50 },
              { "deploymentCircuitBreaker"_L1, QJsonObject { { "enable"_L1, true }, { "rollback"_L1, true } } } };
    const DeploymentConfiguration configuration = service.deploymentConfiguration();
    EXPECT_EQ(configuration.maximumPercent, 150);
    EXPECT_EQ(configuration.minimumHealthyPercent, 50);
    EXPECT_TRUE(configuration.circuitBreakerEnable);
    EXPECT_TRUE(configuration.circuitBreakerRollback);
}

TEST(DomainRecords, ContainerInstancesOfAwsExamplesReadTypedAndWriteBackUnchanged)
{
    ECSDESK_REQUIRE_FIXTURES(fixtures);
    for (const QJsonObject& json : documented(fixtures, "DescribeContainerInstances", "containerInstances"_L1)) {
        const ContainerInstanceRecord instance = ContainerInstanceRecord::fromJson(json);
        EXPECT_EQ(instance.toJson(), json);
        EXPECT_EQ(instance.status, ContainerInstanceStatus::Active);
        EXPECT_FALSE(instance.ec2InstanceId.isEmpty());
        EXPECT_EQ(instance.agentConnected, json.value("agentConnected"_L1).toBool());
        ContainerInstanceRecord drained = instance;
        drained.status = ContainerInstanceStatus::Draining;
        EXPECT_EQ(drained.toJson().value("status"_L1).toString(), u"DRAINING"_s);
        EXPECT_EQ(drained.toJson().value("remainingResources"_L1), json.value("remainingResources"_L1));
    }
}

TEST(DomainRecords, TasksOfAwsExamplesReadTypedAndWriteBackUnchanged)
{
    ECSDESK_REQUIRE_FIXTURES(fixtures);
    QList<QJsonObject> tasks = documented(fixtures, "DescribeTasks", "tasks"_L1);
    tasks += documented(fixtures, "RunTask", "tasks"_L1);
    for (const QJsonObject& json : tasks) {
        const TaskRecord task = TaskRecord::fromJson(json);
        EXPECT_EQ(task.toJson(), json);
        EXPECT_EQ(wireName(task.lastStatus), json.value("lastStatus"_L1).toString());
        EXPECT_EQ(wireName(task.desiredStatus), json.value("desiredStatus"_L1).toString());
        EXPECT_EQ(task.containerInstanceArn, json.value("containerInstanceArn"_L1).toString());
        TaskRecord stopped = task;
        stopped.desiredStatus = TaskStatus::Stopped;
        stopped.stoppedReason = u"Task stopped by user"_s;
        EXPECT_TRUE(stopped.isStopping());
        EXPECT_EQ(stopped.toJson().value("desiredStatus"_L1).toString(), u"STOPPED"_s);
        EXPECT_EQ(stopped.toJson().value("stoppedReason"_L1).toString(), u"Task stopped by user"_s);
    }
}

TEST(DomainRecords, TaskDefinitionsAndClustersOfAwsExamplesReadTypedAndWriteBackUnchanged)
{
    ECSDESK_REQUIRE_FIXTURES(fixtures);
    QList<QJsonObject> definitions = documented(fixtures, "RegisterTaskDefinition", "taskDefinition"_L1);
    definitions += documented(fixtures, "DescribeTaskDefinition", "taskDefinition"_L1);
    for (const QJsonObject& json : definitions) {
        const TaskDefinitionRecord definition = TaskDefinitionRecord::fromJson(json);
        EXPECT_EQ(definition.toJson(), json);
        EXPECT_EQ(definition.family, json.value("family"_L1).toString());
        EXPECT_EQ(definition.revision, json.value("revision"_L1).toInt());
        EXPECT_TRUE(definition.isActive());
    }
    QList<QJsonObject> clusters = documented(fixtures, "CreateCluster", "cluster"_L1);
    clusters += documented(fixtures, "DescribeClusters", "clusters"_L1);
    for (const QJsonObject& json : clusters) {
        const ClusterRecord cluster = ClusterRecord::fromJson(json);
        EXPECT_EQ(cluster.toJson(), json);
        EXPECT_TRUE(cluster.isActive());
        EXPECT_FALSE(cluster.name.isEmpty());
    }
}

TEST(DomainRecords, AClustersContainerInsightsSettingIsTyped)
{
    // UpdateClusterSettings' documented answer carries the setting; a cluster without settings has none.
    const QJsonObject json { { "clusterArn"_L1, "arn:aws:ecs:us-west-2:012345678910:cluster/MyCluster"_L1 },
        { "clusterName"_L1, "MyCluster"_L1 }, { "status"_L1, "ACTIVE"_L1 },
        { "settings"_L1,
            QJsonArray { QJsonObject { { "name"_L1, "containerInsights"_L1 }, { "value"_L1, "enabled"_L1 } } } } };
    ClusterRecord cluster = ClusterRecord::fromJson(json);
    EXPECT_EQ(cluster.containerInsights, u"enabled"_s);
    EXPECT_TRUE(cluster.hasContainerInsights());
    EXPECT_EQ(cluster.toJson(), json);
    cluster.containerInsights = u"disabled"_s;
    EXPECT_FALSE(cluster.hasContainerInsights());
    const QJsonArray settings = cluster.toJson().value("settings"_L1).toArray();
    ASSERT_EQ(settings.size(), 1);
    EXPECT_EQ(settings[0].toObject().value("value"_L1).toString(), u"disabled"_s);

    QJsonObject bare = json;
    bare.remove("settings"_L1);
    ClusterRecord plain = ClusterRecord::fromJson(bare);
    EXPECT_TRUE(plain.containerInsights.isEmpty());
    EXPECT_EQ(plain.toJson(), bare);
    plain.containerInsights = u"enhanced"_s;
    EXPECT_TRUE(plain.hasContainerInsights());
    EXPECT_EQ(plain.toJson().value("settings"_L1).toArray(),
        (QJsonArray { QJsonObject { { "name"_L1, "containerInsights"_L1 }, { "value"_L1, "enhanced"_L1 } } }));
}

TEST(DomainRecords, ATasksExecuteCommandFlagIsTypedAndKeptWhenUnset)
{
    const QJsonObject json { { "taskArn"_L1, "arn:aws:ecs:us-east-1:012345678910:task/default/0123"_L1 },
        { "lastStatus"_L1, "RUNNING"_L1 }, { "desiredStatus"_L1, "RUNNING"_L1 }, { "enableExecuteCommand"_L1, true } };
    TaskRecord task = TaskRecord::fromJson(json);
    EXPECT_TRUE(task.enableExecuteCommand);
    EXPECT_EQ(task.toJson(), json);
    task.enableExecuteCommand = false;
    EXPECT_EQ(task.toJson().value("enableExecuteCommand"_L1), QJsonValue(false));
    QJsonObject without = json;
    without.remove("enableExecuteCommand"_L1);
    EXPECT_FALSE(TaskRecord::fromJson(without).enableExecuteCommand);
    EXPECT_EQ(TaskRecord::fromJson(without).toJson(), without); // AWS's shape without it stays without it
}

TEST(DomainRecords, ATaskDefinitionKnowsWhetherAnEssentialContainerIsHealthChecked)
{
    const QJsonObject check { { "command"_L1, QJsonArray { "CMD-SHELL"_L1, "true"_L1 } } };
    auto definition = [](const QJsonArray& containers) {
        return TaskDefinitionRecord::fromJson(QJsonObject { { "containerDefinitions"_L1, containers } });
    };
    EXPECT_FALSE(definition({ QJsonObject { { "name"_L1, "app"_L1 } } }).hasEssentialHealthCheck());
    EXPECT_TRUE(definition({ QJsonObject { { "name"_L1, "app"_L1 }, { "healthCheck"_L1, check } } })
                    .hasEssentialHealthCheck()); // essential unless it says otherwise
    EXPECT_FALSE(definition(
        { QJsonObject { { "name"_L1, "app"_L1 } },
            QJsonObject { { "name"_L1, "sidecar"_L1 }, { "essential"_L1, false }, { "healthCheck"_L1, check } } })
                     .hasEssentialHealthCheck());
}
