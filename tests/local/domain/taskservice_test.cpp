// SPDX-License-Identifier: MIT
// The domain's typed repository and task operations (local/domain/repository.h, taskservice.h):
// lookups by cluster stay inside the cluster, a family resolves to its latest ACTIVE revision, and
// stopping a task is a typed change that gives its CPU, memory and host ports back at once.
#include "local/api/ecshandler.h"
#include "local/clock.h"
#include "local/domain/repository.h"
#include "local/domain/taskservice.h"
#include "local/store/store.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace EcsDesk::Local;
using namespace Qt::Literals::StringLiterals;

namespace {

class DomainTaskService : public ::testing::Test {
protected:
    void SetUp() override
    {
        QString error;
        ASSERT_TRUE(m_store.open(m_dir.path(), &error)) << error.toStdString();
        m_ecs = std::make_unique<EcsHandler>(m_context);
    }

    /// One ECS operation in its own store transaction, as the dispatcher runs it.
    QJsonObject ecs(const char* operation, const QJsonObject& input)
    {
        QJsonObject answer;
        QString error;
        EXPECT_TRUE(m_store.transact([&] { answer = m_ecs->handle(QLatin1String(operation), input); }, &error))
            << error.toStdString();
        return answer;
    }

    static int resource(const QJsonObject& instance, QLatin1String name)
    {
        for (const QJsonValue& value : instance.value("remainingResources"_L1).toArray()) {
            if (value.toObject().value("name"_L1).toString() == name)
                return value.toObject().value("integerValue"_L1).toInt();
        }
        return -1;
    }

    static QStringList ports(const QJsonObject& instance)
    {
        for (const QJsonValue& value : instance.value("remainingResources"_L1).toArray()) {
            if (value.toObject().value("name"_L1).toString() == "PORTS"_L1)
                return value.toObject().value("stringSetValue"_L1).toVariant().toStringList();
        }
        return {};
    }

    QTemporaryDir m_dir;
    Store m_store;
    ManualClock m_clock { QDateTime(QDate(2026, 12, 3), QTime(12, 0), Qt::UTC) };
    EndpointContext m_context { &m_store, &m_clock, u"us-east-1"_s, u"123456789012"_s };
    std::unique_ptr<EcsHandler> m_ecs;
};

} // namespace

TEST_F(DomainTaskService, ClusterLookupsStayInsideTheirCluster)
{
    ecs("CreateCluster", { { "clusterName"_L1, "web"_L1 } });
    ecs("CreateCluster", { { "clusterName"_L1, "web2"_L1 } });
    const QJsonArray containers { QJsonObject {
        { "name"_L1, "app"_L1 }, { "image"_L1, "nginx"_L1 }, { "memory"_L1, 128 } } };
    ecs("RegisterTaskDefinition", { { "family"_L1, "app"_L1 }, { "containerDefinitions"_L1, containers } });
    for (const char* cluster : { "web", "web2" }) {
        ecs("RegisterContainerInstance", { { "cluster"_L1, QLatin1String(cluster) } });
        ecs("CreateService",
            { { "cluster"_L1, QLatin1String(cluster) }, { "serviceName"_L1, "svc"_L1 },
                { "taskDefinition"_L1, "app"_L1 }, { "desiredCount"_L1, 0 } });
    }
    const Repository& repository = m_ecs->tasks().repository();
    const QString web = u"arn:aws:ecs:us-east-1:123456789012:cluster/web"_s;
    EXPECT_EQ(Repository::resourcePrefix(web, "service"_L1), u"arn:aws:ecs:us-east-1:123456789012:service/web/"_s);
    const QList<ServiceRecord> services = repository.servicesOf(web);
    ASSERT_EQ(services.size(), 1) << "web2's service is not web's";
    EXPECT_EQ(services[0].clusterArn, web);
    EXPECT_EQ(services[0].status, ServiceStatus::Active);
    EXPECT_EQ(repository.containerInstancesOf(web).size(), 1);
    ASSERT_TRUE(repository.cluster(web));
    EXPECT_TRUE(repository.cluster(web)->isActive());
}

TEST_F(DomainTaskService, AFamilyResolvesToItsLatestActiveRevision)
{
    const QJsonArray containers { QJsonObject {
        { "name"_L1, "app"_L1 }, { "image"_L1, "nginx"_L1 }, { "memory"_L1, 128 } } };
    for (int i = 0; i < 3; ++i)
        ecs("RegisterTaskDefinition", { { "family"_L1, "app"_L1 }, { "containerDefinitions"_L1, containers } });
    ecs("DeregisterTaskDefinition", { { "taskDefinition"_L1, "app:3"_L1 } });
    const Repository& repository = m_ecs->tasks().repository();
    const std::optional<TaskDefinitionRecord> latest = repository.taskDefinition(u"app"_s);
    ASSERT_TRUE(latest);
    EXPECT_EQ(latest->revision, 2);
    EXPECT_TRUE(latest->isActive());
    const std::optional<TaskDefinitionRecord> third
        = repository.taskDefinition(u"arn:aws:ecs:us-east-1:123456789012:task-definition/app:3"_s);
    ASSERT_TRUE(third);
    EXPECT_FALSE(third->isActive());
    EXPECT_FALSE(repository.taskDefinition(u"app:4"_s));
    EXPECT_FALSE(repository.taskDefinition(u"other"_s));
}

TEST_F(DomainTaskService, StoppingATaskIsTypedAndGivesItsResourcesBack)
{
    ecs("CreateCluster", { { "clusterName"_L1, "c"_L1 } });
    const QJsonObject instance
        = ecs("RegisterContainerInstance", { { "cluster"_L1, "c"_L1 } }).value("containerInstance"_L1).toObject();
    const QString instanceArn = instance.value("containerInstanceArn"_L1).toString();
    const int cpuBefore = resource(instance, "CPU"_L1);
    const QJsonArray containers { QJsonObject { { "name"_L1, "app"_L1 }, { "image"_L1, "nginx"_L1 }, { "cpu"_L1, 256 },
        { "memory"_L1, 512 },
        { "portMappings"_L1, QJsonArray { QJsonObject { { "containerPort"_L1, 80 }, { "hostPort"_L1, 8080 } } } } } };
    ecs("RegisterTaskDefinition", { { "family"_L1, "app"_L1 }, { "containerDefinitions"_L1, containers } });
    const QString taskArn = ecs("RunTask", { { "cluster"_L1, "c"_L1 }, { "taskDefinition"_L1, "app"_L1 } })
                                .value("tasks"_L1)[0]
                                .toObject()
                                .value("taskArn"_L1)
                                .toString();
    ASSERT_FALSE(taskArn.isEmpty());
    Repository& repository = m_ecs->tasks().repository();
    const QJsonObject placed = *m_store.find(Kind::ContainerInstance, instanceArn);
    EXPECT_EQ(resource(placed, "CPU"_L1), cpuBefore - 256);
    EXPECT_TRUE(ports(placed).contains(u"8080"_s));
    const std::optional<TaskRecord> running = repository.task(taskArn);
    ASSERT_TRUE(running);
    EXPECT_EQ(running->lastStatus, TaskStatus::Pending);
    EXPECT_EQ(running->desiredStatus, TaskStatus::Running);
    EXPECT_EQ(running->cpu, 256);
    EXPECT_EQ(running->memory, 512);
    ASSERT_EQ(running->containers.size(), 1);
    EXPECT_TRUE(running->containers[0].is(ContainerStatus::Pending));
    EXPECT_EQ(running->networkBindings().size(), 1);

    m_clock.advance(5000);
    QString error;
    ASSERT_TRUE(
        m_store.transact([&] { m_ecs->tasks().stopTaskRecord(taskArn, u"done"_s, u"UserInitiated"_s); }, &error));
    const std::optional<TaskRecord> stopping = repository.task(taskArn);
    ASSERT_TRUE(stopping);
    EXPECT_TRUE(stopping->isStopping());
    EXPECT_EQ(stopping->stoppedReason, u"done"_s);
    EXPECT_EQ(stopping->stopCode, u"UserInitiated"_s);
    EXPECT_EQ(stopping->version, running->version + 1);
    ASSERT_TRUE(stopping->stoppingAt);
    EXPECT_DOUBLE_EQ(*stopping->stoppingAt, double(m_clock.now().toMSecsSinceEpoch()) / 1000.0);
    EXPECT_EQ(m_store.taskFields(taskArn)->desiredStatus, TaskStatus::Stopped);
    const QJsonObject released = *m_store.find(Kind::ContainerInstance, instanceArn);
    EXPECT_EQ(resource(released, "CPU"_L1), cpuBefore);
    EXPECT_FALSE(ports(released).contains(u"8080"_s));

    // Told twice: nothing changes (no second release of the same resources).
    ASSERT_TRUE(
        m_store.transact([&] { m_ecs->tasks().stopTaskRecord(taskArn, u"again"_s, u"UserInitiated"_s); }, &error));
    EXPECT_EQ(repository.task(taskArn)->version, stopping->version);
    EXPECT_EQ(resource(*m_store.find(Kind::ContainerInstance, instanceArn), "CPU"_L1), cpuBefore);
}
