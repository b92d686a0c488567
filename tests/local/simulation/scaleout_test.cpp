// SPDX-License-Identifier: MIT
// Issue 25 point 4: scaling a service to thousands of tasks proceeds in bounded slices, so the
// endpoint's one thread answers other requests while it happens.
#include "api/auth/sigv4.h"
#include "local/api/ecshandler.h"
#include "local/auth/requestverifier.h"
#include "local/clock.h"
#include "local/dispatcher.h"
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

/// A dispatcher (requests through the real signed path) and a simulation on a manual clock, over a
/// cluster of 10 large instances.
class ScaleOutTest : public ::testing::Test {
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
        m_options.setAllSteps(1000);
        m_simulation = std::make_unique<Simulation>(m_context, &m_dispatcher->ecs()->tasks(), m_options);

        ecs("CreateCluster", { { s("clusterName"), s("c") } });
        for (int i = 0; i < 10; ++i) {
            const QJsonObject identity { { s("instanceId"), QStringLiteral("i-%1").arg(i) },
                { s("availabilityZone"), QStringLiteral("us-east-1%1").arg(QChar(u'a' + i % 3)) } };
            ecs("RegisterContainerInstance",
                { { s("cluster"), s("c") },
                    { s("instanceIdentityDocument"),
                        QString::fromUtf8(QJsonDocument(identity).toJson(QJsonDocument::Compact)) },
                    { s("totalResources"),
                        QJsonArray { QJsonObject { { s("name"), s("CPU") }, { s("type"), s("INTEGER") },
                                         { s("integerValue"), 10'000'000 } },
                            QJsonObject { { s("name"), s("MEMORY") }, { s("type"), s("INTEGER") },
                                { s("integerValue"), 10'000'000 } } } } });
        }
        ecs("RegisterTaskDefinition",
            { { s("family"), s("app") }, { s("networkMode"), s("bridge") },
                { s("containerDefinitions"),
                    QJsonArray { QJsonObject { { s("name"), s("app") }, { s("image"), s("nginx") }, { s("cpu"), 10 },
                        { s("memory"), 10 } } } } });
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

    void createService(const QString& name, int desired)
    {
        ecs("CreateService",
            { { s("cluster"), s("c") }, { s("serviceName"), name }, { s("taskDefinition"), s("app") },
                { s("desiredCount"), desired }, { s("launchType"), s("EC2") } });
    }
    void setDesired(const QString& name, int desired)
    {
        ecs("UpdateService", { { s("cluster"), s("c") }, { s("service"), name }, { s("desiredCount"), desired } });
    }
    /// The cluster's pending + running tasks as DescribeClusters answers them.
    int clusterTasks()
    {
        const QJsonObject cluster
            = ecs("DescribeClusters", { { s("clusters"), QJsonArray { s("c") } } })[s("clusters")][0].toObject();
        return cluster[s("pendingTasksCount")].toInt() + cluster[s("runningTasksCount")].toInt();
    }
    QJsonObject service(const QString& name)
    {
        return ecs(
            "DescribeServices", { { s("cluster"), s("c") }, { s("services"), QJsonArray { name } } })[s("services")][0]
            .toObject();
    }
    /// One tick a second later; the number of tasks the cluster gained or lost in it.
    int tick()
    {
        const int before = clusterTasks();
        m_clock.advance(1000);
        QString error;
        EXPECT_TRUE(m_simulation->tick(&error)) << error.toStdString();
        return std::abs(clusterTasks() - before);
    }

    QTemporaryDir m_dir;
    Store m_store;
    ManualClock m_clock { QDateTime(QDate(2026, 11, 21), QTime(12, 0), Qt::UTC) };
    EcsDesk::Api::Credentials m_credentials;
    EndpointContext m_context;
    SimulationOptions m_options;
    std::unique_ptr<RequestDispatcher> m_dispatcher;
    std::unique_ptr<Simulation> m_simulation;
};

} // namespace

TEST_F(ScaleOutTest, AServiceScaledTo5000ReachesItInSlicesNoneOverTheBudget)
{
    createService(s("web"), 0);
    setDesired(s("web"), 5000);
    // The request starts at most one service batch; the scheduler does the rest, tick by tick.
    const int afterRequest = clusterTasks();
    EXPECT_LE(afterRequest, m_options.serviceTaskBatch);
    int ticks = 0, running = 0, largest = 0, partialAnswers = 0;
    while (running < 5000 && ticks < 200) {
        largest = std::max(largest, tick());
        ++ticks;
        const int total = clusterTasks(); // answered between two slices of the scale-out
        partialAnswers += total > 0 && total < 5000 ? 1 : 0;
        running = service(s("web"))[s("runningCount")].toInt();
    }
    EXPECT_EQ(running, 5000) << "after " << ticks << " ticks";
    EXPECT_LE(largest, m_options.serviceTaskBatch); // one service: its batch per tick
    EXPECT_LE(m_simulation->largestSchedulerSlice(), m_options.tickTaskBudget);
    EXPECT_GE(partialAnswers, 5000 / m_options.serviceTaskBatch - 2); // about one per slice
    EXPECT_EQ(service(s("web"))[s("deployments")][0][s("rolloutState")].toString(), s("COMPLETED"));
}

TEST_F(ScaleOutTest, TheBudgetIsSharedAcrossServicesAndEveryServiceProgresses)
{
    const int services = 12, each = 300;
    for (int i = 0; i < services; ++i)
        createService(QStringLiteral("s%1").arg(i), 0);
    for (int i = 0; i < services; ++i)
        setDesired(QStringLiteral("s%1").arg(i), each);
    int ticks = 0, largest = 0, done = 0;
    bool everyOneStarted = false;
    while (done < services && ticks < 200) {
        largest = std::max(largest, tick());
        ++ticks;
        done = 0;
        int started = 0;
        for (int i = 0; i < services; ++i) {
            const QJsonObject record = service(QStringLiteral("s%1").arg(i));
            done += record[s("runningCount")].toInt() == each ? 1 : 0;
            started += record[s("runningCount")].toInt() + record[s("pendingCount")].toInt() > 0 ? 1 : 0;
        }
        everyOneStarted = everyOneStarted || started == services;
    }
    EXPECT_EQ(done, services) << "after " << ticks << " ticks";
    EXPECT_TRUE(everyOneStarted);
    EXPECT_LE(largest, m_options.tickTaskBudget);
    EXPECT_LE(m_simulation->largestSchedulerSlice(), m_options.tickTaskBudget);
}

TEST_F(ScaleOutTest, TheTimerPathHandsTheThreadBackBetweenSlices)
{
    createService(s("web"), 0);
    setDesired(s("web"), 1000);
    // Each timer turn is one slice (task steps for about 2 ms, then at most the budget of starts):
    // it returns with work pending, and a request answered between two turns finds the scale-out
    // under way.
    m_clock.advance(1000);
    int turns = 0, partial = 0;
    do {
        m_simulation->timerTick();
        ++turns;
        const int total = clusterTasks();
        partial += total > 0 && total < 1000 ? 1 : 0;
    } while (m_simulation->stepsPending() && turns < 10'000);
    EXPECT_GE(partial, 1000 / m_options.serviceTaskBatch - 2);
    EXPECT_EQ(clusterTasks(), 1000);
    EXPECT_LE(m_simulation->largestSchedulerSlice(), m_options.tickTaskBudget);
    EXPECT_GE(turns, 1000 / m_options.serviceTaskBatch - 1);
}

TEST_F(ScaleOutTest, ARollingDeploymentStartsAndStopsInSlices)
{
    createService(s("web"), 0);
    setDesired(s("web"), 1000);
    for (int i = 0; i < 60 && service(s("web"))[s("runningCount")].toInt() < 1000; ++i)
        tick();
    ASSERT_EQ(service(s("web"))[s("runningCount")].toInt(), 1000);
    const int before = m_simulation->largestSchedulerSlice();
    ecs("UpdateService", { { s("cluster"), s("c") }, { s("service"), s("web") }, { s("forceNewDeployment"), true } });
    int ticks = 0;
    while (ticks < 200) {
        tick();
        ++ticks;
        const QJsonObject record = service(s("web"));
        if (record[s("deployments")].toArray().size() == 1 && record[s("runningCount")].toInt() == 1000)
            break;
    }
    const QJsonObject record = service(s("web"));
    EXPECT_EQ(record[s("deployments")].toArray().size(), 1) << "after " << ticks << " ticks";
    EXPECT_EQ(record[s("runningCount")].toInt(), 1000);
    EXPECT_LE(std::max(before, m_simulation->largestSchedulerSlice()), m_options.tickTaskBudget);
    EXPECT_LE(m_simulation->largestSchedulerSlice(), m_options.serviceTaskBatch);
}

TEST_F(ScaleOutTest, WithoutABudgetOneTickDoesEverything)
{
    // The options' 0 means no bound (what the benchmark compares against).
    m_options.tickTaskBudget = 0;
    m_options.serviceTaskBatch = 0;
    m_simulation = std::make_unique<Simulation>(m_context, &m_dispatcher->ecs()->tasks(), m_options);
    createService(s("web"), 0);
    ecs("UpdateService", { { s("cluster"), s("c") }, { s("service"), s("web") }, { s("desiredCount"), 1000 } });
    tick();
    EXPECT_EQ(clusterTasks(), 1000);
}
