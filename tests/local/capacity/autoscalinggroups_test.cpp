// SPDX-License-Identifier: MIT
// Issue 18: simulated EC2 Auto Scaling groups behind ECS capacity providers. A service whose tasks
// fit no instance makes managed scaling grow the group; the instances boot, register with their
// type's CPU and memory and the tasks run; scaling the service down scales the group in (the
// instances that run tasks are protected); a Spot interruption notice drains an instance.
#include "api/auth/sigv4.h"
#include "local/api/cloudwatchhandler.h"
#include "local/api/ecshandler.h"
#include "local/auth/requestverifier.h"
#include "local/clock.h"
#include "local/dispatcher.h"
#include "local/simulation/autoscalinggroups.h"
#include "local/simulation/engineplacement.h"
#include "local/simulation/simulation.h"
#include "local/store/store.h"

#include <QJsonDocument>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace EcsDesk::Local;
namespace SigV4 = EcsDesk::Api::SigV4;

namespace {

QString s(const char* text) { return QString::fromLatin1(text); }

class AutoScalingGroupsTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        QString error;
        ASSERT_TRUE(m_store.open(m_dir.path(), &error)) << error.toStdString();
        m_credentials.accessKeyId = s("AKIATESTTESTTESTTEST");
        m_credentials.secretAccessKey = s("secret/secret/secret/secret/secret/secre");
        m_context = EndpointContext { &m_store, &m_clock, s("us-east-1"), s("123456789012") };
        m_dispatcher
            = std::make_unique<RequestDispatcher>(m_context, RequestVerifier(m_credentials, "us-east-1", &m_clock));
        installPlacementEngine(&m_dispatcher->ecs()->tasks());
        SimulationOptions options;
        options.setAllSteps(1000);
        m_simulation = std::make_unique<Simulation>(m_context, &m_dispatcher->ecs()->tasks(), options);
        ecs("CreateCluster", { { s("clusterName"), s("c") } });
        ecs("RegisterTaskDefinition",
            { { s("family"), s("app") }, { s("networkMode"), s("bridge") },
                { s("requiresCompatibilities"), QJsonArray { s("EC2") } },
                { s("containerDefinitions"),
                    QJsonArray { QJsonObject { { s("name"), s("app") }, { s("image"), s("nginx") }, { s("cpu"), 1024 },
                        { s("memory"), 1024 } } } } });
    }

    QJsonObject ecs(const char* operation, const QJsonObject& input, int expect = 200)
    {
        SigV4::Request request;
        request.method = "POST";
        request.url = QUrl(s("http://127.0.0.1:9/"));
        request.headers = { { "X-Amz-Target", QByteArray("AmazonEC2ContainerServiceV20141113.") + operation },
            { "Content-Type", "application/x-amz-json-1.1" } };
        request.body = QJsonDocument(input).toJson(QJsonDocument::Compact);
        SigV4::sign(request, m_credentials, "us-east-1", "ecs", m_clock.now());
        HttpRequest http;
        http.method = request.method;
        http.target = "/";
        http.headers = request.headers;
        http.headers.append({ QByteArrayLiteral("Host"), QByteArrayLiteral("127.0.0.1:9") });
        http.body = request.body;
        const HttpResponse response = m_dispatcher->answer(http);
        EXPECT_EQ(response.status, expect) << operation << ": " << response.body.toStdString();
        return QJsonDocument::fromJson(response.body).object();
    }

    /// A group (t3.medium: 2,048 CPU units, 3,943 MiB) whose user data names cluster c, and a capacity
    /// provider on it with managed scaling and termination protection, the cluster's only one.
    QJsonObject makeGroup(bool spot, bool managed)
    {
        AutoScalingGroups::GroupSpec spec;
        spec.name = s("asg");
        spec.maxSize = 6;
        spec.instanceType = s("t3.medium");
        spec.userData
            = QString::fromLatin1(QByteArray("#!/bin/bash\necho ECS_CLUSTER=c >> /etc/ecs/ecs.config\n").toBase64());
        spec.spot = spot;
        m_store.transact([&] { AutoScalingGroups::createGroup(m_context, spec); }, nullptr);
        const QJsonObject group = *m_store.find(Kind::AutoScalingGroup, s("asg"));
        QJsonObject provider { { s("autoScalingGroupArn"), group[s("AutoScalingGroupARN")] } };
        if (managed) {
            provider[s("managedScaling")] = QJsonObject { { s("status"), s("ENABLED") }, { s("targetCapacity"), 100 } };
            provider[s("managedTerminationProtection")] = s("ENABLED");
        }
        ecs("CreateCapacityProvider", { { s("name"), s("cp") }, { s("autoScalingGroupProvider"), provider } });
        ecs("PutClusterCapacityProviders",
            { { s("cluster"), s("c") }, { s("capacityProviders"), QJsonArray { s("cp") } },
                { s("defaultCapacityProviderStrategy"),
                    QJsonArray { QJsonObject { { s("capacityProvider"), s("cp") }, { s("weight"), 1 } } } } });
        return group;
    }

    void createService(int desired)
    {
        ecs("CreateService",
            { { s("cluster"), s("c") }, { s("serviceName"), s("web") }, { s("taskDefinition"), s("app") },
                { s("desiredCount"), desired },
                { s("capacityProviderStrategy"),
                    QJsonArray { QJsonObject { { s("capacityProvider"), s("cp") }, { s("weight"), 1 } } } } });
    }
    QJsonObject service()
    {
        return ecs("DescribeServices",
            { { s("cluster"), s("c") }, { s("services"), QJsonArray { s("web") } } })[s("services")][0]
            .toObject();
    }
    QJsonObject group() const { return *m_store.find(Kind::AutoScalingGroup, s("asg")); }
    /// The cluster's container instances by status.
    QHash<QString, int> instances()
    {
        QHash<QString, int> byStatus;
        for (auto it = m_store.collection(Kind::ContainerInstance).cbegin();
             it != m_store.collection(Kind::ContainerInstance).cend(); ++it)
            byStatus[it->second[s("status")].toString()] += 1;
        return byStatus;
    }
    /// The EC2 instance id under the service's running task ("" when none or not on an instance).
    QString taskHost()
    {
        const QJsonObject tasks = ecs("ListTasks",
            { { s("cluster"), s("c") }, { s("serviceName"), s("web") }, { s("desiredStatus"), s("RUNNING") } });
        const QJsonObject described
            = ecs("DescribeTasks", { { s("cluster"), s("c") }, { s("tasks"), tasks[s("taskArns")] } });
        const QString instanceArn = described[s("tasks")][0][s("containerInstanceArn")].toString();
        const QJsonObject* instance = m_store.find(Kind::ContainerInstance, instanceArn);
        return instance ? (*instance)[s("ec2InstanceId")].toString() : QString();
    }
    /// Ticks a second at a time until `done` or `seconds` passed; the seconds it took (-1: never).
    int tickUntil(const std::function<bool()>& done, int seconds)
    {
        for (int i = 0; i < seconds; ++i) {
            if (done())
                return i;
            m_clock.advance(1000);
            QString error;
            EXPECT_TRUE(m_simulation->tick(&error)) << error.toStdString();
        }
        return done() ? seconds : -1;
    }

    QTemporaryDir m_dir;
    Store m_store;
    ManualClock m_clock { QDateTime(QDate(2026, 11, 21), QTime(12, 0, 5), Qt::UTC) };
    EcsDesk::Api::Credentials m_credentials;
    EndpointContext m_context;
    std::unique_ptr<RequestDispatcher> m_dispatcher;
    std::unique_ptr<Simulation> m_simulation;
};

} // namespace

TEST(AutoScalingGroups, InstanceTypesAndUserData)
{
    EXPECT_EQ(AutoScalingGroups::instanceResources(s("t3.medium")), (std::pair { 2048, 3943 }));
    EXPECT_EQ(AutoScalingGroups::instanceResources(s("m5.xlarge"))->first, 4096);
    EXPECT_EQ(AutoScalingGroups::instanceResources(s("r5.large"))->second, 15770);
    EXPECT_FALSE(AutoScalingGroups::instanceResources(s("x9.huge")));
    EXPECT_EQ(AutoScalingGroups::clusterFromUserData(s("#!/bin/bash\necho ECS_CLUSTER=prod-1 >> /etc/ecs/ecs.config")),
        s("prod-1"));
    EXPECT_EQ(AutoScalingGroups::clusterFromUserData(
                  QString::fromLatin1(QByteArray("[settings.ecs]\nECS_CLUSTER=blue\n").toBase64())),
        s("blue"));
    EXPECT_EQ(AutoScalingGroups::clusterFromUserData(s("#!/bin/bash")), s("default"));
}

TEST_F(AutoScalingGroupsTest, ManagedScalingGrowsTheGroupUntilTheTasksRunAndShrinksItAfter)
{
    makeGroup(false, true);
    createService(3); // 1,024 CPU each: two per t3.medium, none placed while the group is empty
    EXPECT_EQ(service()[s("runningCount")].toInt() + service()[s("pendingCount")].toInt(), 0);

    // Managed scaling on the next minute: reservation 200 % (tasks wait, no instance), desired 2.
    ASSERT_GE(tickUntil([&] { return group()[s("DesiredCapacity")].toInt() > 0; }, 90), 0);
    EXPECT_EQ(group()[s("DesiredCapacity")].toInt(), 2);
    EXPECT_EQ(group()[s("Instances")].toArray().size(), 2);
    EXPECT_EQ(group()[s("Instances")][0][s("LifecycleState")].toString(), s("Pending"));
    const QJsonArray dimensions { QJsonObject { { s("Name"), s("CapacityProviderName") }, { s("Value"), s("cp") } },
        QJsonObject { { s("Name"), s("ClusterName") }, { s("Value"), s("c") } } };
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    const auto reservation = CloudWatchHandler::series(m_store, s("AWS/ECS/ManagedScaling"),
        s("CapacityProviderReservation"), dimensions, now - 600'000, now, 60'000, {}, s("Maximum"));
    ASSERT_FALSE(reservation.empty());
    EXPECT_EQ(reservation.back().value, 200);

    // The instances register after their boot delay, with the type's resources and the provider's name.
    ASSERT_GE(tickUntil([&] { return instances().value(s("ACTIVE")) == 2; }, 40), 20);
    for (auto it = m_store.collection(Kind::ContainerInstance).cbegin();
         it != m_store.collection(Kind::ContainerInstance).cend(); ++it) {
        EXPECT_EQ(it->second[s("registeredResources")][0][s("integerValue")].toInt(), 2048);
        EXPECT_EQ(it->second[s("capacityProviderName")].toString(), s("cp"));
    }
    ASSERT_GE(tickUntil([&] { return service()[s("runningCount")].toInt() == 3; }, 120), 0);
    const QJsonObject tasks = ecs("ListTasks", { { s("cluster"), s("c") } });
    const QJsonObject described
        = ecs("DescribeTasks", { { s("cluster"), s("c") }, { s("tasks"), tasks[s("taskArns")] } });
    for (const QJsonValue& task : described[s("tasks")].toArray())
        EXPECT_EQ(task[s("capacityProviderName")].toString(), s("cp"));

    // One task left: the idle instance goes (drained, terminated); the busy one is protected.
    ecs("UpdateService", { { s("cluster"), s("c") }, { s("service"), s("web") }, { s("desiredCount"), 1 } });
    ASSERT_GE(tickUntil([&] { return instances().value(s("INACTIVE")) == 1; }, 300), 0);
    EXPECT_EQ(group()[s("DesiredCapacity")].toInt(), 1);
    EXPECT_EQ(instances().value(s("ACTIVE")), 1);
    EXPECT_EQ(group()[s("Instances")].toArray().size(), 1);
    EXPECT_TRUE(group()[s("Instances")][0][s("ProtectedFromScaleIn")].toBool());
    EXPECT_EQ(service()[s("runningCount")].toInt(), 1);
}

TEST_F(AutoScalingGroupsTest, ASpotNoticeDrainsTheInstanceAndTheTaskMoves)
{
    makeGroup(true, false);
    m_store.transact([&] { AutoScalingGroups::setDesiredCapacity(m_context, s("asg"), 1, s("a test")); }, nullptr);
    ASSERT_GE(tickUntil([&] { return instances().value(s("ACTIVE")) == 1; }, 60), 0);
    createService(1);
    ASSERT_GE(tickUntil([&] { return service()[s("runningCount")].toInt() == 1; }, 60), 0);
    const QString first = group()[s("Instances")][0][s("InstanceId")].toString();
    EXPECT_EQ(taskHost(), first);

    bool interrupted = false;
    m_store.transact(
        [&] {
            interrupted = AutoScalingGroups::interruptSpotInstance(m_context, first, m_clock.now().toMSecsSinceEpoch());
        },
        nullptr);
    ASSERT_TRUE(interrupted);
    EXPECT_EQ(instances().value(s("DRAINING")), 1);
    // A replacement launches at once; the old instance goes when the two minutes are over and the
    // task runs on the new one.
    ASSERT_GE(tickUntil([&] { return instances().value(s("INACTIVE")) == 1; }, 200), 100);
    ASSERT_GE(tickUntil([&] { return service()[s("runningCount")].toInt() == 1; }, 120), 0);
    EXPECT_EQ(instances().value(s("ACTIVE")), 1);
    const QString second = group()[s("Instances")][0][s("InstanceId")].toString();
    EXPECT_NE(second, first);
    ASSERT_GE(tickUntil([&] { return taskHost() == second; }, 120), 0);
}
