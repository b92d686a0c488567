// SPDX-License-Identifier: MIT
#include "api/auth/sigv4.h"
#include "local/api/ecshandler.h"
#include "local/auth/requestverifier.h"
#include "local/clock.h"
#include "local/dispatcher.h"
#include "local/simulation/demoseed.h"
#include "local/simulation/engineplacement.h"
#include "local/simulation/schedule.h"
#include "local/simulation/simulation.h"
#include "local/store/store.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <numeric>

#include <gtest/gtest.h>

using namespace EcsDesk::Local;
namespace SigV4 = EcsDesk::Api::SigV4;

namespace {

QString s(const char* text) { return QString::fromLatin1(text); }

/// A dispatcher and a simulation over a fresh store on a manual clock; requests go through the
/// real signed HTTP path, time moves only when the test advances it.
class SimulationTest : public ::testing::Test {
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
        options.setAllSteps(5000);
        m_simulation = std::make_unique<Simulation>(m_context, &m_dispatcher->ecs()->tasks(), options);
    }

    QJsonObject call(const QByteArray& target, const QJsonObject& input, const QByteArray& service, int expect = 200)
    {
        SigV4::Request request;
        request.method = "POST";
        request.url = QUrl(s("http://127.0.0.1:9/"));
        request.headers = { { "X-Amz-Target", target }, { "Content-Type", "application/x-amz-json-1.1" } };
        request.body = QJsonDocument(input).toJson(QJsonDocument::Compact);
        SigV4::sign(request, m_credentials, "us-east-1", service, m_clock.now());
        HttpRequest http;
        http.method = request.method;
        http.target = "/";
        http.headers = request.headers;
        http.headers.append({ QByteArrayLiteral("Host"), QByteArrayLiteral("127.0.0.1:9") });
        http.body = request.body;
        const HttpResponse response = m_dispatcher->answer(http);
        EXPECT_EQ(response.status, expect) << target.constData() << ": " << response.body.toStdString();
        return QJsonDocument::fromJson(response.body).object();
    }
    QJsonObject ecs(const char* operation, const QJsonObject& input, int expect = 200)
    {
        return call(QByteArray("AmazonEC2ContainerServiceV20141113.") + operation, input, "ecs", expect);
    }
    QJsonObject logs(const char* operation, const QJsonObject& input, int expect = 200)
    {
        return call(QByteArray("Logs_20140328.") + operation, input, "logs", expect);
    }

    /// Advances the clock by `ms` in steps of `stepMs`, ticking after each step; `each` sees every tick.
    void advance(qint64 ms, qint64 stepMs = 1000, const std::function<void()>& each = {})
    {
        for (qint64 done = 0; done < ms; done += stepMs) {
            m_clock.advance(stepMs);
            QString error;
            ASSERT_TRUE(m_simulation->tick(&error)) << error.toStdString();
            if (each)
                each();
        }
    }

    void cluster(const QString& name = s("c"), int instances = 2, bool containerInsights = false)
    {
        QJsonObject create { { s("clusterName"), name } };
        if (containerInsights)
            create.insert(s("settings"),
                QJsonArray { QJsonObject { { s("name"), s("containerInsights") }, { s("value"), s("enabled") } } });
        ecs("CreateCluster", create);
        for (int i = 0; i < instances; ++i) {
            const QJsonObject identity { { s("instanceId"), QStringLiteral("i-%1").arg(i) },
                { s("availabilityZone"), i % 2 ? s("us-east-1b") : s("us-east-1a") } };
            ecs("RegisterContainerInstance",
                { { s("cluster"), name },
                    { s("instanceIdentityDocument"),
                        QString::fromUtf8(QJsonDocument(identity).toJson(QJsonDocument::Compact)) },
                    { s("totalResources"),
                        QJsonArray { QJsonObject { { s("name"), s("CPU") }, { s("type"), s("INTEGER") },
                                         { s("integerValue"), 4096 } },
                            QJsonObject { { s("name"), s("MEMORY") }, { s("type"), s("INTEGER") },
                                { s("integerValue"), 8192 } } } } });
        }
    }

    QString registerFamily(const QString& family, const QJsonArray& containers, const QJsonObject& extra = {})
    {
        QJsonObject in { { s("family"), family }, { s("containerDefinitions"), containers }, { s("cpu"), s("256") },
            { s("memory"), s("512") } };
        for (auto it = extra.begin(); it != extra.end(); ++it)
            in[it.key()] = it.value();
        return ecs("RegisterTaskDefinition", in)[s("taskDefinition")][s("taskDefinitionArn")].toString();
    }

    static QJsonObject containerDef(const QString& name, const QJsonObject& labels = {}, bool essential = true)
    {
        QJsonObject c { { s("name"), name }, { s("image"), s("busybox") }, { s("essential"), essential } };
        if (!labels.isEmpty())
            c[s("dockerLabels")] = labels;
        return c;
    }

    QJsonObject task(const QString& arn)
    {
        return ecs("DescribeTasks", { { s("cluster"), s("c") }, { s("tasks"), QJsonArray { arn } } })[s("tasks")][0]
            .toObject();
    }
    QJsonObject service(const QString& name)
    {
        return ecs(
            "DescribeServices", { { s("cluster"), s("c") }, { s("services"), QJsonArray { name } } })[s("services")][0]
            .toObject();
    }
    QString runTask(const QString& family)
    {
        const QJsonObject answer = ecs("RunTask", { { s("cluster"), s("c") }, { s("taskDefinition"), family } });
        return answer[s("tasks")][0][s("taskArn")].toString();
    }
    /// Live (desired RUNNING) tasks of a service: total and RUNNING ones.
    std::pair<int, int> serviceTasks(const QString& name)
    {
        int total = 0, running = 0;
        for (const auto& [key, fields] : m_store.taskIndex()) {
            if (fields.group == QLatin1String("service:") + name && fields.desiredStatus == TaskStatus::Running) {
                ++total;
                running += fields.lastStatus == TaskStatus::Running ? 1 : 0;
            }
        }
        return { total, running };
    }

    QTemporaryDir m_dir;
    Store m_store;
    ManualClock m_clock { QDateTime(QDate(2026, 11, 21), QTime(12, 0), Qt::UTC) };
    EcsDesk::Api::Credentials m_credentials;
    EndpointContext m_context;
    std::unique_ptr<RequestDispatcher> m_dispatcher;
    std::unique_ptr<Simulation> m_simulation;
};

} // namespace

TEST_F(SimulationTest, TaskWalksTheLifecycleToRunningAndBackToStopped)
{
    cluster();
    registerFamily(s("app"), { containerDef(s("app")) });
    const QString arn = runTask(s("app"));
    EXPECT_EQ(task(arn)[s("lastStatus")].toString(), s("PENDING"));
    QStringList seen { s("PENDING") };
    advance(30'000, 1000, [&] {
        const QString status = task(arn)[s("lastStatus")].toString();
        if (seen.last() != status)
            seen.append(status);
    });
    EXPECT_EQ(seen, (QStringList { s("PENDING"), s("ACTIVATING"), s("RUNNING") }));
    QJsonObject running = task(arn);
    EXPECT_TRUE(running.contains(s("startedAt")));
    EXPECT_EQ(running[s("containers")][0][s("lastStatus")].toString(), s("RUNNING"));

    ecs("StopTask", { { s("cluster"), s("c") }, { s("task"), arn } });
    seen = QStringList { s("RUNNING") };
    advance(30'000, 1000, [&] {
        const QString status = task(arn)[s("lastStatus")].toString();
        if (seen.last() != status)
            seen.append(status);
    });
    EXPECT_EQ(seen, (QStringList { s("RUNNING"), s("DEACTIVATING"), s("STOPPING"), s("STOPPED") }));
    const QJsonObject stopped = task(arn);
    EXPECT_EQ(stopped[s("stopCode")].toString(), s("UserInitiated"));
    EXPECT_TRUE(stopped.contains(s("stoppedAt")));
    EXPECT_EQ(stopped[s("containers")][0][s("exitCode")].toInt(-1), 0);
}

TEST_F(SimulationTest, FargateTaskGetsAnEniWithAPrivateIpAndDeprovisions)
{
    ecs("CreateCluster", { { s("clusterName"), s("c") } });
    registerFamily(s("f"), { containerDef(s("f")) },
        { { s("networkMode"), s("awsvpc") }, { s("requiresCompatibilities"), QJsonArray { s("FARGATE") } } });
    const QJsonObject answer = ecs("RunTask",
        { { s("cluster"), s("c") }, { s("taskDefinition"), s("f") }, { s("launchType"), s("FARGATE") },
            { s("networkConfiguration"),
                QJsonObject {
                    { s("awsvpcConfiguration"), QJsonObject { { s("subnets"), QJsonArray { s("subnet-1") } } } } } } });
    const QString arn = answer[s("tasks")][0][s("taskArn")].toString();
    EXPECT_EQ(task(arn)[s("lastStatus")].toString(), s("PROVISIONING"));
    advance(30'000);
    const QJsonObject running = task(arn);
    EXPECT_EQ(running[s("lastStatus")].toString(), s("RUNNING"));
    const QJsonObject eni = running[s("attachments")][0].toObject();
    EXPECT_EQ(eni[s("status")].toString(), s("ATTACHED"));
    QString ip;
    for (const QJsonValue& detail : eni[s("details")].toArray()) {
        if (detail[s("name")].toString() == s("privateIPv4Address"))
            ip = detail[s("value")].toString();
    }
    EXPECT_TRUE(ip.startsWith(s("10.0."))) << ip.toStdString();
    ecs("StopTask", { { s("cluster"), s("c") }, { s("task"), arn } });
    advance(60'000);
    const QJsonObject stopped = task(arn);
    EXPECT_EQ(stopped[s("lastStatus")].toString(), s("STOPPED"));
    EXPECT_EQ(stopped[s("attachments")][0][s("status")].toString(), s("DELETED"));
}

TEST_F(SimulationTest, EssentialContainerExitStopsTheTaskWithItsExitCode)
{
    cluster();
    registerFamily(s("job"),
        { containerDef(s("main"), { { s("ecsdesk.sim.exit-after"), s("20") }, { s("ecsdesk.sim.exit-code"), s("3") } }),
            containerDef(s("sidecar"), {}, false) });
    const QString arn = runTask(s("job"));
    advance(20'000); // running after ~15 s
    EXPECT_EQ(task(arn)[s("lastStatus")].toString(), s("RUNNING"));
    advance(60'000);
    const QJsonObject stopped = task(arn);
    EXPECT_EQ(stopped[s("lastStatus")].toString(), s("STOPPED"));
    EXPECT_EQ(stopped[s("stopCode")].toString(), s("EssentialContainerExited"));
    EXPECT_EQ(stopped[s("stoppedReason")].toString(), s("Essential container in task exited"));
    EXPECT_EQ(stopped[s("containers")][0][s("exitCode")].toInt(), 3);
}

TEST_F(SimulationTest, NonEssentialContainerExitLeavesTheTaskRunning)
{
    cluster();
    registerFamily(s("job"),
        { containerDef(s("main")),
            containerDef(s("init"), { { s("ecsdesk.sim.exit-after"), s("1") }, { s("ecsdesk.sim.exit-code"), s("0") } },
                false) });
    const QString arn = runTask(s("job"));
    advance(60'000);
    const QJsonObject t = task(arn);
    EXPECT_EQ(t[s("lastStatus")].toString(), s("RUNNING"));
    EXPECT_EQ(t[s("containers")][1][s("lastStatus")].toString(), s("STOPPED"));
    EXPECT_EQ(t[s("containers")][1][s("exitCode")].toInt(-1), 0);
}

TEST_F(SimulationTest, DependsOnConditionsOrderContainerStarts)
{
    cluster();
    QJsonObject app = containerDef(s("app"));
    app[s("dependsOn")]
        = QJsonArray { QJsonObject { { s("containerName"), s("migrate") }, { s("condition"), s("SUCCESS") } },
              QJsonObject { { s("containerName"), s("db") }, { s("condition"), s("HEALTHY") } } };
    QJsonObject db = containerDef(s("db"));
    db[s("healthCheck")] = QJsonObject { { s("command"), QJsonArray { s("CMD"), s("true") } }, { s("interval"), 10 } };
    registerFamily(s("stack"),
        { app, db,
            containerDef(s("migrate"),
                { { s("ecsdesk.sim.exit-after"), s("30") }, { s("ecsdesk.sim.exit-code"), s("0") } }, false) });
    const QString arn = runTask(s("stack"));
    advance(20'000);
    QJsonObject t = task(arn);
    ASSERT_EQ(t[s("lastStatus")].toString(), s("RUNNING"));
    EXPECT_EQ(t[s("containers")][0][s("lastStatus")].toString(), s("PENDING")); // waits for migrate and db
    EXPECT_EQ(t[s("containers")][1][s("lastStatus")].toString(), s("RUNNING"));
    advance(40'000);
    t = task(arn);
    EXPECT_EQ(t[s("containers")][2][s("exitCode")].toInt(-1), 0);
    EXPECT_EQ(t[s("containers")][1][s("healthStatus")].toString(), s("HEALTHY"));
    EXPECT_EQ(t[s("containers")][0][s("lastStatus")].toString(), s("RUNNING"));
    EXPECT_EQ(t[s("healthStatus")].toString(), s("HEALTHY"));
}

TEST_F(SimulationTest, FailedSuccessDependencyFailsTheTaskToStart)
{
    cluster();
    QJsonObject app = containerDef(s("app"));
    app[s("dependsOn")]
        = QJsonArray { QJsonObject { { s("containerName"), s("migrate") }, { s("condition"), s("SUCCESS") } } };
    registerFamily(s("stack"),
        { app,
            containerDef(s("migrate"),
                { { s("ecsdesk.sim.exit-after"), s("5") }, { s("ecsdesk.sim.exit-code"), s("1") } }, false) });
    const QString arn = runTask(s("stack"));
    advance(90'000);
    const QJsonObject t = task(arn);
    EXPECT_EQ(t[s("lastStatus")].toString(), s("STOPPED"));
    EXPECT_EQ(t[s("stopCode")].toString(), s("TaskFailedToStart"));
}

TEST_F(SimulationTest, FailingHealthCheckMakesTheTaskUnhealthy)
{
    cluster();
    QJsonObject c = containerDef(s("app"), { { s("ecsdesk.sim.health"), s("failing") } });
    c[s("healthCheck")] = QJsonObject { { s("command"), QJsonArray { s("CMD"), s("false") } }, { s("interval"), 5 },
        { s("retries"), 2 } };
    registerFamily(s("sick"), { c });
    const QString arn = runTask(s("sick"));
    advance(18'000);
    EXPECT_EQ(task(arn)[s("healthStatus")].toString(), s("UNKNOWN"));
    advance(20'000);
    EXPECT_EQ(task(arn)[s("healthStatus")].toString(), s("UNHEALTHY"));
    EXPECT_EQ(task(arn)[s("containers")][0][s("healthStatus")].toString(), s("UNHEALTHY"));
}

TEST_F(SimulationTest, AwslogsCreatesTheGroupAndWritesEventsToThePrefixedStream)
{
    cluster();
    QJsonObject c = containerDef(s("web"), { { s("ecsdesk.sim.logs-per-minute"), s("4") } });
    c[s("logConfiguration")] = QJsonObject { { s("logDriver"), s("awslogs") },
        { s("options"),
            QJsonObject { { s("awslogs-group"), s("/ecs/web") }, { s("awslogs-region"), s("us-east-1") },
                { s("awslogs-stream-prefix"), s("ecs") }, { s("awslogs-create-group"), s("true") } } } };
    registerFamily(s("web"), { c });
    const QString arn = runTask(s("web"));
    advance(3 * 60'000, 5000);
    EXPECT_EQ(task(arn)[s("lastStatus")].toString(), s("RUNNING"));
    const QString stream = s("ecs/web/") + arn.mid(arn.lastIndexOf(QLatin1Char('/')) + 1);
    const QJsonObject events
        = logs("GetLogEvents", { { s("logGroupName"), s("/ecs/web") }, { s("logStreamName"), stream } });
    EXPECT_GE(events[s("events")].toArray().size(), 4);
}

TEST_F(SimulationTest, AwslogsWithoutTheGroupFailsTheTaskToStart)
{
    cluster();
    QJsonObject c = containerDef(s("web"));
    c[s("logConfiguration")] = QJsonObject { { s("logDriver"), s("awslogs") },
        { s("options"),
            QJsonObject { { s("awslogs-group"), s("/ecs/missing") }, { s("awslogs-region"), s("us-east-1") },
                { s("awslogs-stream-prefix"), s("ecs") } } } };
    registerFamily(s("web"), { c });
    const QString arn = runTask(s("web"));
    advance(60'000);
    const QJsonObject t = task(arn);
    EXPECT_EQ(t[s("lastStatus")].toString(), s("STOPPED"));
    EXPECT_EQ(t[s("stopCode")].toString(), s("TaskFailedToStart"));
    EXPECT_TRUE(t[s("stoppedReason")].toString().contains(s("ResourceInitializationError")));
    logs("DescribeLogGroups", {});
    EXPECT_EQ(m_store.find(Kind::LogGroup, s("/ecs/missing")), nullptr);
}

TEST_F(SimulationTest, ServiceReachesSteadyStateWithEcsEvents)
{
    cluster();
    registerFamily(s("web"), { containerDef(s("web")) });
    ecs("CreateService",
        { { s("cluster"), s("c") }, { s("serviceName"), s("web") }, { s("taskDefinition"), s("web") },
            { s("desiredCount"), 2 } });
    advance(60'000);
    const QJsonObject svc = service(s("web"));
    EXPECT_EQ(svc[s("runningCount")].toInt(), 2);
    EXPECT_EQ(svc[s("deployments")][0][s("rolloutState")].toString(), s("COMPLETED"));
    QStringList messages;
    for (const QJsonValue& e : svc[s("events")].toArray())
        messages.append(e[s("message")].toString());
    EXPECT_EQ(messages.first(), s("(service web) has reached a steady state.")) << messages.join(s("\n")).toStdString();
    EXPECT_TRUE(messages[1].startsWith(s("(service web) (deployment ecs-svc/")));
    EXPECT_TRUE(messages[1].endsWith(s(") deployment completed.")));
}

TEST_F(SimulationTest, ServiceReplacesATaskThatExited)
{
    cluster();
    registerFamily(s("flaky"),
        { containerDef(
            s("app"), { { s("ecsdesk.sim.exit-after"), s("60") }, { s("ecsdesk.sim.exit-code"), s("1") } }) });
    ecs("CreateService",
        { { s("cluster"), s("c") }, { s("serviceName"), s("flaky") }, { s("taskDefinition"), s("flaky") },
            { s("desiredCount"), 1 } });
    advance(120'000);
    QStringList messages;
    for (const QJsonValue& e : service(s("flaky"))[s("events")].toArray())
        messages.append(e[s("message")].toString());
    EXPECT_GE(messages.filter(s("(service flaky) has started 1 tasks: (task ")).size(), 1)
        << messages.join(s("\n")).toStdString();
    EXPECT_EQ(serviceTasks(s("flaky")).first, 1);
}

TEST_F(SimulationTest, RollingUpdateStaysWithinMinimumHealthyAndMaximumPercent)
{
    cluster(s("c"), 4);
    registerFamily(s("web"), { containerDef(s("web")) });
    ecs("CreateService",
        { { s("cluster"), s("c") }, { s("serviceName"), s("web") }, { s("taskDefinition"), s("web") },
            { s("desiredCount"), 4 },
            { s("deploymentConfiguration"),
                QJsonObject { { s("minimumHealthyPercent"), 50 }, { s("maximumPercent"), 200 } } } });
    advance(60'000);
    ASSERT_EQ(serviceTasks(s("web")).second, 4);
    const QString revision2 = registerFamily(s("web"), { containerDef(s("web"), { { s("v"), s("2") } }) });
    ecs("UpdateService", { { s("cluster"), s("c") }, { s("service"), s("web") }, { s("taskDefinition"), revision2 } });
    int minRunning = 100, maxTotal = 0;
    advance(120'000, 1000, [&] {
        const auto [total, running] = serviceTasks(s("web"));
        minRunning = std::min(minRunning, running);
        maxTotal = std::max(maxTotal, total);
    });
    EXPECT_GE(minRunning, 2);
    EXPECT_LE(maxTotal, 8);
    EXPECT_GT(maxTotal, 4); // it did surge
    const QJsonObject svc = service(s("web"));
    ASSERT_EQ(svc[s("deployments")].toArray().size(), 1);
    EXPECT_EQ(svc[s("deployments")][0][s("taskDefinition")].toString(), revision2);
    EXPECT_EQ(svc[s("deployments")][0][s("rolloutState")].toString(), s("COMPLETED"));
    EXPECT_EQ(svc[s("runningCount")].toInt(), 4);
    for (const auto& [key, fields] : m_store.taskIndex()) {
        if (fields.desiredStatus == TaskStatus::Running) {
            EXPECT_EQ(fields.taskDefinitionArn, revision2);
        }
    }
}

TEST_F(SimulationTest, CircuitBreakerFailsABadRevisionAndRollsBack)
{
    cluster(s("c"), 4);
    const QString good = registerFamily(s("web"), { containerDef(s("web")) });
    ecs("CreateService",
        { { s("cluster"), s("c") }, { s("serviceName"), s("web") }, { s("taskDefinition"), s("web") },
            { s("desiredCount"), 2 },
            { s("deploymentConfiguration"),
                QJsonObject { { s("deploymentCircuitBreaker"),
                    QJsonObject { { s("enable"), true }, { s("rollback"), true } } } } } });
    advance(60'000);
    // The new revision logs to a group that does not exist: its tasks fail to start.
    QJsonObject broken = containerDef(s("web"));
    broken[s("logConfiguration")] = QJsonObject { { s("logDriver"), s("awslogs") },
        { s("options"),
            QJsonObject { { s("awslogs-group"), s("/ecs/nope") }, { s("awslogs-region"), s("us-east-1") } } } };
    const QString bad = registerFamily(s("web"), { broken });
    ecs("UpdateService", { { s("cluster"), s("c") }, { s("service"), s("web") }, { s("taskDefinition"), bad } });
    int minRunning = 100;
    advance(10 * 60'000, 1000, [&] { minRunning = std::min(minRunning, serviceTasks(s("web")).second); });
    EXPECT_GE(minRunning, 2); // min healthy 100%: the good tasks never went
    const QJsonObject svc = service(s("web"));
    EXPECT_EQ(svc[s("taskDefinition")].toString(), good);
    EXPECT_EQ(svc[s("deployments")].toArray().size(), 1);
    EXPECT_EQ(svc[s("deployments")][0][s("taskDefinition")].toString(), good);
    QStringList messages;
    for (const QJsonValue& e : svc[s("events")].toArray())
        messages.append(e[s("message")].toString());
    EXPECT_EQ(messages.filter(s("deployment failed: tasks failed to start.")).size(), 1)
        << messages.join(s("\n")).toStdString();
    EXPECT_EQ(messages.filter(s("rolling back to deployment")).size(), 1);
}

TEST_F(SimulationTest, MetricsOverTheApiMatchTheRecordedUsage)
{
    cluster();
    registerFamily(s("web"), { containerDef(s("web"), { { s("ecsdesk.sim.cpu"), s("0.4") } }) });
    ecs("CreateService",
        { { s("cluster"), s("c") }, { s("serviceName"), s("web") }, { s("taskDefinition"), s("web") },
            { s("desiredCount"), 2 } });
    advance(60'000);
    const QDateTime start = m_clock.now();
    advance(10 * 60'000, 10'000);
    // Expected: for each whole minute, sum(used)/sum(reserved) over the running tasks.
    const QJsonObject answer = call("GraniteServiceVersion20100801.GetMetricStatistics",
        { { s("Namespace"), s("AWS/ECS") }, { s("MetricName"), s("CPUUtilization") },
            { s("Dimensions"),
                QJsonArray { QJsonObject { { s("Name"), s("ClusterName") }, { s("Value"), s("c") } },
                    QJsonObject { { s("Name"), s("ServiceName") }, { s("Value"), s("web") } } } },
            { s("StartTime"), double(start.addSecs(120).toSecsSinceEpoch()) },
            { s("EndTime"), double(start.addSecs(300).toSecsSinceEpoch()) }, { s("Period"), 180 },
            { s("Statistics"), QJsonArray { s("Average"), s("SampleCount"), s("Maximum") } } },
        "monitoring");
    const QJsonArray points = answer[s("Datapoints")].toArray();
    ASSERT_EQ(points.size(), 1) << QJsonDocument(answer).toJson().toStdString();
    EXPECT_DOUBLE_EQ(points[0][s("SampleCount")].toDouble(), 6.0); // 2 tasks x 3 minutes
    double expected = 0;
    QList<QJsonObject> tasks;
    for (const auto& [key, fields] : m_store.taskIndex())
        tasks.append(*m_store.find(Kind::Task, key));
    for (int m = 0; m < 3; ++m) {
        const qint64 minute = start.addSecs(120 + 60 * m).toMSecsSinceEpoch();
        double used = 0;
        for (const QJsonObject& t : tasks)
            used += m_simulation->usageOf(t, minute + 30'000).cpu * 256;
        expected += used / 512 * 100 / 3;
    }
    EXPECT_NEAR(points[0][s("Average")].toDouble(), expected, 1e-6);
    EXPECT_GT(points[0][s("Average")].toDouble(), 10.0);
    EXPECT_LT(points[0][s("Average")].toDouble(), 80.0);
}

TEST_F(SimulationTest, DemoSeedIsQuickAndComplete)
{
    QElapsedTimer timer;
    timer.start();
    QString error;
    ASSERT_TRUE(DemoSeed::seed(*m_simulation, m_context, &error)) << error.toStdString();
    std::cout << "demo seed: " << timer.elapsed() << " ms\n";
    const QJsonObject clusters
        = ecs("DescribeClusters", { { s("clusters"), QJsonArray { s("production"), s("batch-fargate") } } });
    ASSERT_EQ(clusters[s("clusters")].toArray().size(), 2);
    EXPECT_EQ(clusters[s("clusters")][0][s("registeredContainerInstancesCount")].toInt(), 6);
    const QJsonObject services = ecs("DescribeServices",
        { { s("cluster"), s("production") }, { s("services"), QJsonArray { s("web"), s("api"), s("worker") } } });
    for (const QJsonValue& svc : services[s("services")].toArray()) {
        EXPECT_EQ(svc[s("runningCount")].toInt(), svc[s("desiredCount")].toInt());
        EXPECT_EQ(svc[s("deployments")][0][s("rolloutState")].toString(), s("COMPLETED"));
    }
    const QJsonObject stopped
        = ecs("ListTasks", { { s("cluster"), s("batch-fargate") }, { s("desiredStatus"), s("STOPPED") } });
    EXPECT_EQ(stopped[s("taskArns")].toArray().size(), 2);
    // 24 hours of history at one-minute resolution.
    const QDateTime now = m_clock.now();
    const QJsonObject answer = call("GraniteServiceVersion20100801.GetMetricStatistics",
        { { s("Namespace"), s("AWS/ECS") }, { s("MetricName"), s("CPUUtilization") },
            { s("Dimensions"),
                QJsonArray { QJsonObject { { s("Name"), s("ClusterName") }, { s("Value"), s("production") } } } },
            { s("StartTime"), double(now.addSecs(-24 * 3600).toSecsSinceEpoch()) },
            { s("EndTime"), double(now.toSecsSinceEpoch()) }, { s("Period"), 3600 },
            { s("Statistics"), QJsonArray { s("Average") } } },
        "monitoring");
    EXPECT_GE(answer[s("Datapoints")].toArray().size(), 23);
}

TEST_F(SimulationTest, TargetTrackingScalesOutUnderLoadAndBackInAfterTheCooldown)
{
    cluster(s("c"), 4);
    registerFamily(s("worker"), { containerDef(s("worker"), { { s("ecsdesk.sim.cpu"), s("0.5") } }) });
    ecs("CreateService",
        { { s("cluster"), s("c") }, { s("serviceName"), s("worker") }, { s("taskDefinition"), s("worker") },
            { s("desiredCount"), 2 } });
    const QByteArray as = "AnyScaleFrontendService.";
    call(as + "RegisterScalableTarget",
        { { s("ServiceNamespace"), s("ecs") }, { s("ResourceId"), s("service/c/worker") },
            { s("ScalableDimension"), s("ecs:service:DesiredCount") }, { s("MinCapacity"), 2 },
            { s("MaxCapacity"), 6 } },
        "application-autoscaling");
    call(as + "PutScalingPolicy",
        { { s("PolicyName"), s("cpu") }, { s("ServiceNamespace"), s("ecs") },
            { s("ResourceId"), s("service/c/worker") }, { s("ScalableDimension"), s("ecs:service:DesiredCount") },
            { s("PolicyType"), s("TargetTrackingScaling") },
            { s("TargetTrackingScalingPolicyConfiguration"),
                QJsonObject { { s("TargetValue"), 70.0 },
                    { s("PredefinedMetricSpecification"),
                        QJsonObject { { s("PredefinedMetricType"), s("ECSServiceAverageCPUUtilization") } } },
                    { s("ScaleOutCooldown"), 120 }, { s("ScaleInCooldown"), 600 } } } },
        "application-autoscaling");
    advance(10 * 60'000, 5000);
    EXPECT_EQ(service(s("worker"))[s("desiredCount")].toInt(), 2); // ~40-60% CPU: below the target
    m_simulation->setLoadFactor(s("c"), s("worker"), 2.5);
    advance(10 * 60'000, 5000);
    const int scaledOut = service(s("worker"))[s("desiredCount")].toInt();
    EXPECT_GT(scaledOut, 2);
    EXPECT_LE(scaledOut, 6);
    EXPECT_EQ(serviceTasks(s("worker")).second, scaledOut);
    m_simulation->setLoadFactor(s("c"), s("worker"), 0.5);
    advance(5 * 60'000, 5000);
    EXPECT_EQ(service(s("worker"))[s("desiredCount")].toInt(), scaledOut); // the scale-in cooldown holds
    advance(40 * 60'000, 5000);
    EXPECT_EQ(service(s("worker"))[s("desiredCount")].toInt(), 2);
    const QJsonObject activities = call(as + "DescribeScalingActivities",
        { { s("ServiceNamespace"), s("ecs") }, { s("ResourceId"), s("service/c/worker") } }, "application-autoscaling");
    const QJsonArray list = activities[s("ScalingActivities")].toArray();
    ASSERT_GE(list.size(), 2);
    EXPECT_TRUE(list[0][s("Description")].toString().startsWith(s("Setting desired count to ")));
    EXPECT_EQ(list[0][s("StatusCode")].toString(), s("Successful"));
}

TEST_F(SimulationTest, DrainingAnInstanceMovesServiceTasksAndLeavesStandaloneOnes)
{
    cluster(s("c"), 2);
    registerFamily(s("web"), { containerDef(s("web")) });
    const QString first
        = ecs("ListContainerInstances", { { s("cluster"), s("c") } })[s("containerInstanceArns")][0].toString();
    // Everything starts on the first instance (first fit), a standalone task too.
    ecs("CreateService",
        { { s("cluster"), s("c") }, { s("serviceName"), s("web") }, { s("taskDefinition"), s("web") },
            { s("desiredCount"), 2 } });
    const QString standalone = runTask(s("web"));
    advance(60'000);
    ecs("UpdateContainerInstancesState",
        { { s("cluster"), s("c") }, { s("containerInstances"), QJsonArray { first } },
            { s("status"), s("DRAINING") } });
    int minRunning = 100;
    advance(120'000, 1000, [&] { minRunning = std::min(minRunning, serviceTasks(s("web")).second); });
    EXPECT_GE(minRunning, 2); // minimumHealthyPercent 100
    for (const auto& [key, fields] : m_store.taskIndex()) {
        if (fields.group == s("service:web") && fields.desiredStatus == TaskStatus::Running) {
            EXPECT_NE(fields.containerInstanceArn, first);
        }
    }
    EXPECT_EQ(task(standalone)[s("lastStatus")].toString(), s("RUNNING"));
    EXPECT_EQ(service(s("web"))[s("runningCount")].toInt(), 2);
}

TEST_F(SimulationTest, RunTaskPlacesAsThePlacementEnginePromises)
{
    cluster(s("c"), 2);
    registerFamily(s("web"), { containerDef(s("web")) });
    auto instancesOf = [&](const QJsonObject& answer) {
        QMap<QString, int> count;
        for (const QJsonValue& t : answer[s("tasks")].toArray())
            ++count[t[s("containerInstanceArn")].toString()];
        return count;
    };
    // spread over instances: 2 and 2
    const QJsonObject spread = ecs("RunTask",
        { { s("cluster"), s("c") }, { s("taskDefinition"), s("web") }, { s("count"), 4 },
            { s("placementStrategy"),
                QJsonArray { QJsonObject { { s("type"), s("spread") }, { s("field"), s("instanceId") } } } } });
    EXPECT_EQ(instancesOf(spread).values(), (QList<int> { 2, 2 }));
    // binpack on memory: all on the fuller instance
    const QJsonObject binpack = ecs("RunTask",
        { { s("cluster"), s("c") }, { s("taskDefinition"), s("web") }, { s("count"), 3 }, { s("group"), s("bp") },
            { s("placementStrategy"),
                QJsonArray { QJsonObject { { s("type"), s("binpack") }, { s("field"), s("memory") } } } } });
    EXPECT_EQ(instancesOf(binpack).size(), 1);
    // distinctInstance: only two of three fit, the third is reported as the engine words it
    const QJsonObject distinct = ecs("RunTask",
        { { s("cluster"), s("c") }, { s("taskDefinition"), s("web") }, { s("count"), 3 }, { s("group"), s("d") },
            { s("placementConstraints"), QJsonArray { QJsonObject { { s("type"), s("distinctInstance") } } } } });
    EXPECT_EQ(distinct[s("tasks")].toArray().size(), 2);
    ASSERT_FALSE(distinct[s("failures")].toArray().isEmpty());
    EXPECT_EQ(
        distinct[s("failures")][0][s("reason")].toString(), s("DistinctInstance placement constraint unsatisfied."));
    // memberOf on the AZ attribute
    const QJsonObject member = ecs("RunTask",
        { { s("cluster"), s("c") }, { s("taskDefinition"), s("web") }, { s("count"), 2 }, { s("group"), s("m") },
            { s("placementConstraints"),
                QJsonArray { QJsonObject { { s("type"), s("memberOf") },
                    { s("expression"), s("attribute:ecs.availability-zone == us-east-1b") } } } } });
    ASSERT_EQ(member[s("tasks")].toArray().size(), 2);
    EXPECT_EQ(member[s("tasks")][0][s("availabilityZone")].toString(), s("us-east-1b"));
    EXPECT_EQ(member[s("tasks")][1][s("availabilityZone")].toString(), s("us-east-1b"));
    // a bad expression is the engine's typed error
    const QJsonObject bad = ecs("RunTask",
        { { s("cluster"), s("c") }, { s("taskDefinition"), s("web") }, { s("group"), s("x") },
            { s("placementConstraints"),
                QJsonArray { QJsonObject { { s("type"), s("memberOf") }, { s("expression"), s("attribute:(") } } } } },
        400);
    EXPECT_FALSE(bad[s("__type")].toString().isEmpty());
}

TEST_F(SimulationTest, ServiceTasksSpreadOverAvailabilityZonesByDefault)
{
    cluster(s("c"), 2); // one instance in us-east-1a, one in us-east-1b
    registerFamily(s("web"), { containerDef(s("web")) });
    ecs("CreateService",
        { { s("cluster"), s("c") }, { s("serviceName"), s("web") }, { s("taskDefinition"), s("web") },
            { s("desiredCount"), 4 } });
    advance(30'000);
    QMap<QString, int> perInstance;
    for (const auto& [key, fields] : m_store.taskIndex())
        ++perInstance[fields.containerInstanceArn];
    EXPECT_EQ(perInstance.values(), (QList<int> { 2, 2 }));
}

TEST_F(SimulationTest, FargateTaskSizeMustBeAFargateCombination)
{
    ecs("CreateCluster", { { s("clusterName"), s("c") } });
    QJsonObject in { { s("family"), s("odd") }, { s("cpu"), s("256") }, { s("memory"), s("4096") },
        { s("networkMode"), s("awsvpc") }, { s("requiresCompatibilities"), QJsonArray { s("FARGATE") } },
        { s("containerDefinitions"), QJsonArray { containerDef(s("x")) } } };
    // ECS refuses the size when the definition is registered (issue 16: the rulebook), so no task can ask for it.
    const QJsonObject error = ecs("RegisterTaskDefinition", in, 400);
    EXPECT_EQ(error[s("__type")].toString(), s("ClientException"));
    EXPECT_TRUE(error[s("message")].toString().startsWith(
        s("No Fargate configuration exists for given values: 256 CPU, 4096 memory.")));
}

TEST_F(SimulationTest, ScaleInKeepsTheServiceSpreadOverAvailabilityZones)
{
    cluster(s("c"), 2); // us-east-1a and us-east-1b
    registerFamily(s("web"), { containerDef(s("web")) });
    ecs("CreateService",
        { { s("cluster"), s("c") }, { s("serviceName"), s("web") }, { s("taskDefinition"), s("web") },
            { s("desiredCount"), 6 } });
    advance(30'000);
    ecs("UpdateService", { { s("cluster"), s("c") }, { s("service"), s("web") }, { s("desiredCount"), 2 } });
    advance(60'000);
    QMap<QString, int> perInstance;
    for (const auto& [key, fields] : m_store.taskIndex()) {
        if (fields.desiredStatus == TaskStatus::Running)
            ++perInstance[fields.containerInstanceArn];
    }
    EXPECT_EQ(perInstance.values(), (QList<int> { 1, 1 }));
    EXPECT_EQ(service(s("web"))[s("runningCount")].toInt(), 2);
}

TEST_F(SimulationTest, ListContainerInstancesFiltersWithTheClusterQueryLanguage)
{
    cluster(s("c"), 4); // i-0, i-2 in us-east-1a; i-1, i-3 in us-east-1b
    registerFamily(s("web"), { containerDef(s("web")) });
    auto list = [&](const QString& filter) {
        return ecs(
            "ListContainerInstances", { { s("cluster"), s("c") }, { s("filter"), filter } })[s("containerInstanceArns")]
            .toArray()
            .size();
    };
    EXPECT_EQ(list(s("attribute:ecs.availability-zone == us-east-1b")), 2);
    EXPECT_EQ(list(s("attribute:ecs.availability-zone in [us-east-1a, us-east-1b]")), 4);
    EXPECT_EQ(list(s("ec2InstanceId == i-3")), 1);
    EXPECT_EQ(list(s("not(attribute:ecs.availability-zone == us-east-1a) and ec2InstanceId != i-1")), 1);

    // task:group needs the tasks on each instance: one task of group "g" lands on one instance.
    const QJsonObject run = ecs("RunTask",
        { { s("cluster"), s("c") }, { s("taskDefinition"), s("web") }, { s("count"), 1 }, { s("group"), s("g") } });
    ASSERT_EQ(run[s("tasks")].toArray().size(), 1);
    EXPECT_EQ(list(s("task:group == g")), 1);
    EXPECT_EQ(list(s("runningTasksCount == 0")), 3);

    const QJsonObject bad
        = ecs("ListContainerInstances", { { s("cluster"), s("c") }, { s("filter"), s("attribute:(") } }, 400);
    EXPECT_EQ(bad[s("__type")].toString(), s("InvalidParameterException"));
}

TEST_F(SimulationTest, SpotInterruptionStopsTheTaskAsEcsWordsItAndTheServiceReplacesIt)
{
    ecs("CreateCluster", { { s("clusterName"), s("c") } });
    registerFamily(s("f"), { containerDef(s("f")) },
        { { s("networkMode"), s("awsvpc") }, { s("requiresCompatibilities"), QJsonArray { s("FARGATE") } } });
    const QJsonObject network { { s("awsvpcConfiguration"),
        QJsonObject { { s("subnets"), QJsonArray { s("subnet-1") } } } } };
    ecs("CreateService",
        { { s("cluster"), s("c") }, { s("serviceName"), s("spot") }, { s("taskDefinition"), s("f") },
            { s("desiredCount"), 4 }, { s("networkConfiguration"), network },
            { s("capacityProviderStrategy"),
                QJsonArray {
                    QJsonObject { { s("capacityProvider"), s("FARGATE") }, { s("base"), 1 }, { s("weight"), 1 } },
                    QJsonObject { { s("capacityProvider"), s("FARGATE_SPOT") }, { s("weight"), 1 } } } } });
    advance(30'000);
    QStringList spot, onDemand;
    for (const auto& [key, fields] : m_store.taskIndex()) {
        const QJsonObject described = task(key);
        EXPECT_EQ(described[s("lastStatus")].toString(), s("RUNNING"));
        EXPECT_EQ(described[s("launchType")].toString(), s("FARGATE"));
        (described[s("capacityProviderName")].toString() == s("FARGATE_SPOT") ? spot : onDemand).append(key);
    }
    ASSERT_EQ(spot.size(), 2); // base 1 on FARGATE, then 1:1 by weight
    ASSERT_EQ(onDemand.size(), 2);
    QString error;
    EXPECT_FALSE(m_simulation->interruptSpotTask(onDemand[0], &error));
    EXPECT_FALSE(error.isEmpty());
    ASSERT_TRUE(m_simulation->interruptSpotTask(spot[0], &error)) << error.toStdString();
    const QJsonObject interrupted = task(spot[0]);
    EXPECT_EQ(interrupted[s("desiredStatus")].toString(), s("STOPPED"));
    EXPECT_EQ(interrupted[s("stopCode")].toString(), s("SpotInterruption"));
    EXPECT_EQ(interrupted[s("stoppedReason")].toString(), s("Your Spot Task was interrupted."));
    advance(60'000);
    EXPECT_EQ(task(spot[0])[s("lastStatus")].toString(), s("STOPPED"));
    EXPECT_EQ(serviceTasks(s("spot")), std::make_pair(4, 4));
    EXPECT_EQ(service(s("spot"))[s("runningCount")].toInt(), 4);
    // The replacement keeps the strategy's split.
    int spotNow = 0;
    for (const auto& [key, fields] : m_store.taskIndex()) {
        if (fields.desiredStatus == TaskStatus::Running)
            spotNow += task(key)[s("capacityProviderName")].toString() == s("FARGATE_SPOT") ? 1 : 0;
    }
    EXPECT_EQ(spotNow, 2);
}

TEST_F(SimulationTest, SpotInterruptionRateInterruptsOnlySpotTasks)
{
    SimulationOptions options;
    options.setAllSteps(5000);
    options.spotInterruptionsPerHour = 60; // a Spot task is interrupted every simulated minute
    m_simulation.reset();
    m_simulation = std::make_unique<Simulation>(m_context, &m_dispatcher->ecs()->tasks(), options);
    ecs("CreateCluster", { { s("clusterName"), s("c") } });
    registerFamily(s("f"), { containerDef(s("f")) },
        { { s("networkMode"), s("awsvpc") }, { s("requiresCompatibilities"), QJsonArray { s("FARGATE") } } });
    const QJsonObject network { { s("awsvpcConfiguration"),
        QJsonObject { { s("subnets"), QJsonArray { s("subnet-1") } } } } };
    for (const char* provider : { "FARGATE", "FARGATE_SPOT" })
        ecs("RunTask",
            { { s("cluster"), s("c") }, { s("taskDefinition"), s("f") }, { s("count"), 2 },
                { s("networkConfiguration"), network },
                { s("capacityProviderStrategy"),
                    QJsonArray { QJsonObject { { s("capacityProvider"), QString::fromLatin1(provider) } } } } });
    advance(3 * 60'000);
    int spotStopped = 0, onDemandRunning = 0;
    for (const auto& [key, fields] : m_store.taskIndex()) {
        const QJsonObject described = task(key);
        if (described[s("capacityProviderName")].toString() == s("FARGATE_SPOT")) {
            EXPECT_EQ(described[s("stopCode")].toString(), s("SpotInterruption"));
            spotStopped += described[s("lastStatus")].toString() == s("STOPPED") ? 1 : 0;
        } else {
            onDemandRunning += described[s("lastStatus")].toString() == s("RUNNING") ? 1 : 0;
        }
    }
    EXPECT_EQ(spotStopped, 2);
    EXPECT_EQ(onDemandRunning, 2);
}

TEST_F(SimulationTest, ForcedDeregistrationStopsTheInstancesTasksAndTheServicePlacesThemElsewhere)
{
    cluster(s("c"), 3);
    registerFamily(s("web"), { containerDef(s("web")) });
    ecs("CreateService",
        { { s("cluster"), s("c") }, { s("serviceName"), s("web") }, { s("taskDefinition"), s("web") },
            { s("desiredCount"), 3 } });
    advance(60'000);
    ASSERT_EQ(serviceTasks(s("web")), std::make_pair(3, 3));
    // An instance that runs a service task.
    QString instance, onIt;
    for (const auto& [key, fields] : m_store.taskIndex()) {
        if (fields.desiredStatus == TaskStatus::Running) {
            instance = fields.containerInstanceArn;
            onIt = key;
        }
    }
    ASSERT_FALSE(instance.isEmpty());
    const QJsonObject refused
        = ecs("DeregisterContainerInstance", { { s("cluster"), s("c") }, { s("containerInstance"), instance } }, 400);
    EXPECT_EQ(refused[s("__type")].toString(), s("InvalidParameterException"));
    EXPECT_EQ(task(onIt)[s("desiredStatus")].toString(), s("RUNNING")); // nothing changed
    const QJsonObject answer = ecs("DeregisterContainerInstance",
        { { s("cluster"), s("c") }, { s("containerInstance"), instance }, { s("force"), true } });
    EXPECT_EQ(answer[s("containerInstance")][s("status")].toString(), s("INACTIVE"));
    const QJsonArray listed
        = ecs("ListContainerInstances", { { s("cluster"), s("c") } })[s("containerInstanceArns")].toArray();
    EXPECT_EQ(listed.size(), 2);
    EXPECT_FALSE(listed.contains(instance));
    EXPECT_EQ(task(onIt)[s("desiredStatus")].toString(), s("STOPPED"));
    advance(60'000);
    EXPECT_EQ(task(onIt)[s("lastStatus")].toString(), s("STOPPED"));
    EXPECT_EQ(serviceTasks(s("web")), std::make_pair(3, 3));
    for (const auto& [key, fields] : m_store.taskIndex()) {
        if (fields.desiredStatus == TaskStatus::Running) {
            EXPECT_NE(fields.containerInstanceArn, instance);
        }
    }
    EXPECT_EQ(service(s("web"))[s("runningCount")].toInt(), 3);
}

TEST_F(SimulationTest, DeleteServiceDrainsThroughTheTaskLifecycleThenBecomesInactive)
{
    cluster(s("c"), 2);
    registerFamily(s("web"), { containerDef(s("web")) });
    ecs("CreateService",
        { { s("cluster"), s("c") }, { s("serviceName"), s("web") }, { s("taskDefinition"), s("web") },
            { s("desiredCount"), 2 } });
    advance(60'000);
    ASSERT_EQ(serviceTasks(s("web")), std::make_pair(2, 2));
    const QJsonObject refused = ecs("DeleteService", { { s("cluster"), s("c") }, { s("service"), s("web") } }, 400);
    EXPECT_EQ(refused[s("__type")].toString(), s("InvalidParameterException"));
    EXPECT_EQ(refused[s("message")].toString(), s("The service cannot be stopped while it is scaled above 0."));
    const QJsonObject answer
        = ecs("DeleteService", { { s("cluster"), s("c") }, { s("service"), s("web") }, { s("force"), true } });
    EXPECT_EQ(answer[s("service")][s("status")].toString(), s("DRAINING"));
    EXPECT_EQ(answer[s("service")][s("desiredCount")].toInt(), 0);
    EXPECT_EQ(service(s("web"))[s("status")].toString(), s("DRAINING"));
    const QJsonObject again = ecs("CreateService",
        { { s("cluster"), s("c") }, { s("serviceName"), s("web") }, { s("taskDefinition"), s("web") },
            { s("desiredCount"), 1 } },
        400);
    EXPECT_EQ(again[s("message")].toString(), s("Unable to Start a service that is still Draining."));
    // Step by step: DRAINING while any task is still on its way down, INACTIVE once all stopped.
    bool sawStopping = false, sawInactive = false;
    advance(60'000, 1000, [&] {
        int notStopped = 0;
        for (const auto& [key, fields] : m_store.taskIndex()) {
            if (fields.group == s("service:web") && fields.lastStatus != TaskStatus::Stopped) {
                ++notStopped;
                sawStopping = sawStopping || fields.lastStatus == TaskStatus::Stopping;
            }
        }
        const QString status = service(s("web"))[s("status")].toString();
        if (notStopped > 0) {
            EXPECT_EQ(status, s("DRAINING"));
        }
        sawInactive = sawInactive || status == s("INACTIVE");
        if (status == s("INACTIVE")) {
            EXPECT_EQ(notStopped, 0);
        }
    });
    EXPECT_TRUE(sawStopping);
    EXPECT_TRUE(sawInactive);
    for (const auto& [key, fields] : m_store.taskIndex()) {
        EXPECT_EQ(task(key)[s("stopCode")].toString(), s("ServiceSchedulerInitiated"));
    }
    EXPECT_EQ(service(s("web"))[s("runningCount")].toInt(), 0);
    const QJsonArray listed = ecs("ListServices", { { s("cluster"), s("c") } })[s("serviceArns")].toArray();
    EXPECT_TRUE(listed.isEmpty());
    ecs("CreateService",
        { { s("cluster"), s("c") }, { s("serviceName"), s("web") }, { s("taskDefinition"), s("web") },
            { s("desiredCount"), 1 } });
    advance(30'000);
    EXPECT_EQ(service(s("web"))[s("status")].toString(), s("ACTIVE"));
    EXPECT_EQ(service(s("web"))[s("runningCount")].toInt(), 1);
}

namespace {
QJsonObject stepPolicy(const char* name, const QJsonArray& steps, int cooldown)
{
    return { { s("PolicyName"), QString::fromLatin1(name) }, { s("ServiceNamespace"), s("ecs") },
        { s("ResourceId"), s("service/c/web") }, { s("ScalableDimension"), s("ecs:service:DesiredCount") },
        { s("PolicyType"), s("StepScaling") },
        { s("StepScalingPolicyConfiguration"),
            QJsonObject { { s("AdjustmentType"), s("ChangeInCapacity") }, { s("StepAdjustments"), steps },
                { s("Cooldown"), cooldown } } } };
}
} // namespace

TEST_F(SimulationTest, StepScalingActsOnItsAlarmWithTheMatchingStepOncePerCooldown)
{
    cluster(s("c"), 4);
    registerFamily(s("web"), { containerDef(s("web"), { { s("ecsdesk.sim.cpu"), s("0.5") } }) });
    ecs("CreateService",
        { { s("cluster"), s("c") }, { s("serviceName"), s("web") }, { s("taskDefinition"), s("web") },
            { s("desiredCount"), 2 } });
    const QByteArray as = "AnyScaleFrontendService.";
    call(as + "RegisterScalableTarget",
        { { s("ServiceNamespace"), s("ecs") }, { s("ResourceId"), s("service/c/web") },
            { s("ScalableDimension"), s("ecs:service:DesiredCount") }, { s("MinCapacity"), 2 },
            { s("MaxCapacity"), 6 } },
        "application-autoscaling");
    // Out: +1 for a breach of 0-20 points, +3 above; its alarm: CPU >= 70 % for 2 minutes.
    const QString out = call(as + "PutScalingPolicy",
        stepPolicy("out",
            { QJsonObject { { s("MetricIntervalLowerBound"), 0 }, { s("MetricIntervalUpperBound"), 20 },
                  { s("ScalingAdjustment"), 1 } },
                QJsonObject { { s("MetricIntervalLowerBound"), 20 }, { s("ScalingAdjustment"), 3 } } },
            180),
        "application-autoscaling")[s("PolicyARN")]
                            .toString();
    // In: -1 while at or below 25 %.
    const QString in = call(as + "PutScalingPolicy",
        stepPolicy("in", { QJsonObject { { s("MetricIntervalUpperBound"), 0 }, { s("ScalingAdjustment"), -1 } } }, 60),
        "application-autoscaling")[s("PolicyARN")]
                           .toString();
    // Their CloudWatch alarms (PutMetricAlarm) over the service's CPUUtilization.
    auto alarm = [&](const char* name, const char* comparison, double threshold, int periods, const QString& action) {
        call("GraniteServiceVersion20100801.PutMetricAlarm",
            { { s("AlarmName"), QString::fromLatin1(name) }, { s("Namespace"), s("AWS/ECS") },
                { s("MetricName"), s("CPUUtilization") }, { s("Statistic"), s("Average") },
                { s("Dimensions"),
                    QJsonArray { QJsonObject { { s("Name"), s("ClusterName") }, { s("Value"), s("c") } },
                        QJsonObject { { s("Name"), s("ServiceName") }, { s("Value"), s("web") } } } },
                { s("Period"), 60 }, { s("EvaluationPeriods"), periods }, { s("Threshold"), threshold },
                { s("ComparisonOperator"), QString::fromLatin1(comparison) },
                { s("AlarmActions"), QJsonArray { action } } },
            "monitoring");
    };
    alarm("web-cpu-high", "GreaterThanOrEqualToThreshold", 70, 2, out);
    alarm("web-cpu-low", "LessThanOrEqualToThreshold", 25, 1, in);
    advance(6 * 60'000, 5000);
    EXPECT_EQ(service(s("web"))[s("desiredCount")].toInt(), 2); // ~60 % CPU: neither alarm
    m_simulation->setLoadFactor(s("c"), s("web"), 3); // 100 %: a breach of 30 points
    std::vector<int> seen;
    advance(8 * 60'000, 5000, [&] {
        const int desired = service(s("web"))[s("desiredCount")].toInt();
        if (seen.empty() || seen.back() != desired)
            seen.push_back(desired);
    });
    EXPECT_EQ(seen, (std::vector<int> { 2, 5, 6 })); // +3, then +3 capped at MaxCapacity after the cooldown
    EXPECT_EQ(serviceTasks(s("web")).second, 6);
    m_simulation->setLoadFactor(s("c"), s("web"), 0.2);
    advance(10 * 60'000, 5000);
    EXPECT_EQ(service(s("web"))[s("desiredCount")].toInt(), 2); // -1 a minute down to MinCapacity
    const QJsonArray activities = call(as + "DescribeScalingActivities",
        { { s("ServiceNamespace"), s("ecs") }, { s("ResourceId"), s("service/c/web") } },
        "application-autoscaling")[s("ScalingActivities")]
                                      .toArray();
    QStringList descriptions;
    for (const QJsonValue& activity : activities) // oldest first
        descriptions.append(activity[s("Description")].toString());
    EXPECT_EQ(descriptions,
        QStringList(
            { s("Setting desired count to 5."), s("Setting desired count to 6."), s("Setting desired count to 5."),
                s("Setting desired count to 4."), s("Setting desired count to 3."), s("Setting desired count to 2.") }))
        << descriptions.join(s("\n")).toStdString();
    ASSERT_FALSE(activities.isEmpty());
    EXPECT_EQ(activities.first()[s("Cause")].toString().toStdString(),
        "monitor alarm web-cpu-high in state ALARM triggered policy out");
    EXPECT_TRUE(activities.last()[s("Cause")].toString().endsWith(s("triggered policy in")));
    EXPECT_EQ(activities.last()[s("StatusCode")].toString().toStdString(), "Successful");
}

TEST_F(SimulationTest, ScheduledActionsFireOnCronAtAndRateAndMoveTheDesiredCount)
{
    cluster(s("c"), 4);
    registerFamily(s("web"), { containerDef(s("web")) });
    ecs("CreateService",
        { { s("cluster"), s("c") }, { s("serviceName"), s("web") }, { s("taskDefinition"), s("web") },
            { s("desiredCount"), 2 } });
    const QByteArray as = "AnyScaleFrontendService.";
    call(as + "RegisterScalableTarget",
        { { s("ServiceNamespace"), s("ecs") }, { s("ResourceId"), s("service/c/web") },
            { s("ScalableDimension"), s("ecs:service:DesiredCount") }, { s("MinCapacity"), 1 },
            { s("MaxCapacity"), 10 } },
        "application-autoscaling");
    auto schedule = [&](const char* name, const char* expression, int minimum, int maximum) {
        call(as + "PutScheduledAction",
            { { s("ServiceNamespace"), s("ecs") }, { s("ResourceId"), s("service/c/web") },
                { s("ScalableDimension"), s("ecs:service:DesiredCount") },
                { s("ScheduledActionName"), QString::fromLatin1(name) },
                { s("Schedule"), QString::fromLatin1(expression) },
                { s("ScalableTargetAction"),
                    QJsonObject { { s("MinCapacity"), minimum }, { s("MaxCapacity"), maximum } } } },
            "application-autoscaling");
    };
    // The clock starts at 12:00 UTC.
    schedule("lunch", "cron(30 12 * * ? *)", 4, 10);
    schedule("quiet", "at(2026-11-21T13:00:00)", 1, 3);
    schedule("batch", "rate(90 minutes)", 5, 8);
    auto desiredAt = [&](qint64 minutes) {
        advance(minutes * 60'000, 10'000);
        return service(s("web"))[s("desiredCount")].toInt();
    };
    EXPECT_EQ(desiredAt(29), 2);
    EXPECT_EQ(desiredAt(2), 4); // 12:31: cron raised the minimum
    EXPECT_EQ(desiredAt(28), 4);
    EXPECT_EQ(desiredAt(2), 3); // 13:01: at() lowered the maximum
    EXPECT_EQ(desiredAt(30), 5); // 13:31: rate() fired 90 minutes after the action was created
    EXPECT_EQ(serviceTasks(s("web")).second, 5);
    const QJsonObject target = call(as + "DescribeScalableTargets", { { s("ServiceNamespace"), s("ecs") } },
        "application-autoscaling")[s("ScalableTargets")][0]
                                   .toObject();
    EXPECT_EQ(target[s("MinCapacity")].toInt(), 5);
    EXPECT_EQ(target[s("MaxCapacity")].toInt(), 8);
    const QJsonArray activities = call(as + "DescribeScalingActivities",
        { { s("ServiceNamespace"), s("ecs") }, { s("ResourceId"), s("service/c/web") } },
        "application-autoscaling")[s("ScalingActivities")]
                                      .toArray();
    // Oldest first: each firing records the new range, then the desired count it moved.
    QStringList causes;
    for (const QJsonValue& activity : activities)
        causes.append(activity[s("Description")].toString() + s(" / ") + activity[s("Cause")].toString());
    EXPECT_EQ(causes,
        QStringList({ s("Setting min capacity to 4 and max capacity to 10 / scheduled action name lunch was triggered"),
            s("Setting desired count to 4. / minimum capacity was set to 4"),
            s("Setting min capacity to 1 and max capacity to 3 / scheduled action name quiet was triggered"),
            s("Setting desired count to 3. / maximum capacity was set to 3"),
            s("Setting min capacity to 5 and max capacity to 8 / scheduled action name batch was triggered"),
            s("Setting desired count to 5. / minimum capacity was set to 5") }))
        << causes.join(s("\n")).toStdString();
}

TEST(ScheduleTest, ParsesAwsExpressionsAndFindsTheirFirings)
{
    QString error;
    const qint64 noon = QDateTime(QDate(2026, 11, 21), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch(); // a Saturday
    const qint64 minute = 60'000;
    const auto weekdays = Schedule::parse(s("cron(0 9 ? * MON-FRI *)"), {}, &error);
    ASSERT_TRUE(weekdays) << error.toStdString();
    // Next firing: Monday 09:00 UTC.
    EXPECT_EQ(weekdays->firstFiring(noon, noon + 3 * 24 * 60 * minute, 0),
        QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch());
    const auto everyQuarter = Schedule::parse(s("cron(*/15 * * * ? *)"), {}, &error);
    ASSERT_TRUE(everyQuarter);
    EXPECT_EQ(everyQuarter->firstFiring(noon, noon + 60 * minute, 0), noon + 15 * minute);
    EXPECT_FALSE(everyQuarter->firstFiring(noon, noon + 14 * minute, 0));
    const auto zoned = Schedule::parse(s("cron(0 8 * * ? *)"), s("Europe/Berlin"), &error);
    ASSERT_TRUE(zoned) << error.toStdString();
    EXPECT_EQ(zoned->firstFiring(noon, noon + 24 * 60 * minute, 0),
        QDateTime(QDate(2026, 11, 22), QTime(7, 0), Qt::UTC).toMSecsSinceEpoch()); // CET = UTC+1
    const auto rate = Schedule::parse(s("rate(2 hours)"), {}, &error);
    ASSERT_TRUE(rate);
    EXPECT_EQ(rate->firstFiring(noon + 5 * 60 * minute, noon + 10 * 60 * minute, noon), noon + 6 * 60 * minute);
    const auto at = Schedule::parse(s("at(2026-11-21T12:30:00)"), {}, &error);
    ASSERT_TRUE(at);
    EXPECT_EQ(at->firstFiring(noon, noon + 60 * minute, 0), noon + 30 * minute);
    EXPECT_FALSE(at->firstFiring(noon + 30 * minute, noon + 60 * minute, 0)); // fires once
    for (const char* bad : { "cron(61 * * * ? *)", "cron(* * *)", "rate(0 minutes)", "rate(5 weeks)", "at(tomorrow)",
             "every(5 minutes)" }) {
        error.clear();
        EXPECT_FALSE(Schedule::parse(QString::fromLatin1(bad), {}, &error)) << bad;
        EXPECT_FALSE(error.isEmpty()) << bad;
    }
    EXPECT_FALSE(Schedule::parse(s("rate(5 minutes)"), s("Mars/Olympus"), &error));
}

TEST_F(SimulationTest, PutScheduledActionRefusesAScheduleItCannotRun)
{
    cluster(s("c"), 1);
    registerFamily(s("web"), { containerDef(s("web")) });
    ecs("CreateService",
        { { s("cluster"), s("c") }, { s("serviceName"), s("web") }, { s("taskDefinition"), s("web") },
            { s("desiredCount"), 1 } });
    const QByteArray as = "AnyScaleFrontendService.";
    call(as + "RegisterScalableTarget",
        { { s("ServiceNamespace"), s("ecs") }, { s("ResourceId"), s("service/c/web") },
            { s("ScalableDimension"), s("ecs:service:DesiredCount") }, { s("MinCapacity"), 1 },
            { s("MaxCapacity"), 4 } },
        "application-autoscaling");
    auto put = [&](const char* schedule, const char* timeZone, int expect) {
        QJsonObject in { { s("ServiceNamespace"), s("ecs") }, { s("ResourceId"), s("service/c/web") },
            { s("ScalableDimension"), s("ecs:service:DesiredCount") }, { s("ScheduledActionName"), s("a") },
            { s("Schedule"), QString::fromLatin1(schedule) },
            { s("ScalableTargetAction"), QJsonObject { { s("MinCapacity"), 2 } } } };
        if (timeZone)
            in[s("Timezone")] = QString::fromLatin1(timeZone);
        return call(as + "PutScheduledAction", in, "application-autoscaling", expect);
    };
    EXPECT_EQ(put("cron(0 25 * * ? *)", nullptr, 400)[s("__type")].toString().toStdString(), "ValidationException");
    EXPECT_EQ(put("rate(1 fortnight)", nullptr, 400)[s("__type")].toString().toStdString(), "ValidationException");
    EXPECT_EQ(
        put("cron(0 9 * * ? *)", "Nowhere/Land", 400)[s("__type")].toString().toStdString(), "ValidationException");
    put("cron(0 9 ? * MON-FRI *)", "America/New_York", 200);
    const QJsonArray actions = call(as + "DescribeScheduledActions", { { s("ServiceNamespace"), s("ecs") } },
        "application-autoscaling")[s("ScheduledActions")]
                                   .toArray();
    ASSERT_EQ(actions.size(), 1);
    EXPECT_EQ(actions[0][s("Schedule")].toString().toStdString(), "cron(0 9 ? * MON-FRI *)");
}

TEST_F(SimulationTest, TheTimerPathWritesTheMinuteInSlicesWithTheSameResult)
{
    // 60 tasks: the minute's per-task points and log lines go to the backlog, written ~2 ms at a
    // time; the result equals what tick() writes at once.
    cluster(s("c"), 4, true);
    registerFamily(s("web"),
        { QJsonObject { { s("name"), s("web") }, { s("image"), s("busybox") },
            { s("dockerLabels"), QJsonObject { { s("ecsdesk.sim.cpu"), s("0.4") } } },
            { s("logConfiguration"),
                QJsonObject { { s("logDriver"), s("awslogs") },
                    { s("options"),
                        QJsonObject { { s("awslogs-group"), s("/ecs/web") }, { s("awslogs-create-group"), s("true") },
                            { s("awslogs-stream-prefix"), s("ecs") } } } } } } });
    ecs("CreateService",
        { { s("cluster"), s("c") }, { s("serviceName"), s("web") }, { s("taskDefinition"), s("web") },
            { s("desiredCount"), 60 } });
    advance(50'000);
    ASSERT_EQ(serviceTasks(s("web")), std::make_pair(60, 60));
    const QJsonObject before = service(s("web"));
    const qint64 minute = (m_clock.now().toMSecsSinceEpoch() / 60'000) * 60'000;
    m_clock.advance(60'000);
    m_simulation->timerTick();
    ASSERT_GT(m_simulation->backlog(), 0); // nothing per task written yet
    EXPECT_EQ(service(s("web"))[s("runningCount")], before[s("runningCount")]);
    int slices = 0;
    while (m_simulation->backlog() > 0) {
        ASSERT_TRUE(m_simulation->drainBacklog(2));
        ++slices;
    }
    EXPECT_GE(slices, 1);
    // Every task's Container Insights point for the minute, and the service aggregate over all 60.
    int perTask = 0;
    for (const auto& [key, point] : m_store.collection(Kind::MetricDatum)) {
        if (point[s("m")].toString() == s("CpuUtilized") && qint64(point[s("t")].toDouble()) == minute
            && point[s("d")].toArray().size() == 3)
            ++perTask;
    }
    EXPECT_EQ(perTask, 60);
    const QJsonObject answer = call("GraniteServiceVersion20100801.GetMetricStatistics",
        { { s("Namespace"), s("AWS/ECS") }, { s("MetricName"), s("CPUUtilization") },
            { s("Dimensions"),
                QJsonArray { QJsonObject { { s("Name"), s("ClusterName") }, { s("Value"), s("c") } },
                    QJsonObject { { s("Name"), s("ServiceName") }, { s("Value"), s("web") } } } },
            { s("StartTime"), double(minute / 1000) }, { s("EndTime"), double(minute / 1000 + 60) },
            { s("Period"), 60 }, { s("Statistics"), QJsonArray { s("Average"), s("SampleCount") } } },
        "monitoring");
    const QJsonArray points = answer[s("Datapoints")].toArray();
    ASSERT_EQ(points.size(), 1) << QJsonDocument(answer).toJson().toStdString();
    EXPECT_DOUBLE_EQ(points[0][s("SampleCount")].toDouble(), 60.0);
    double used = 0;
    for (const auto& [key, fields] : m_store.taskIndex())
        used += m_simulation->usageOf(*m_store.find(Kind::Task, key), minute + 30'000).cpu * 256;
    EXPECT_NEAR(points[0][s("Average")].toDouble(), used / (60 * 256) * 100, 1e-6);
    // Six log lines per task for the minute.
    int events = 0;
    for (const auto& [key, event] : m_store.collection(Kind::LogEvent)) {
        const qint64 at = qint64(event[s("timestamp")].toDouble());
        events += at >= minute && at < minute + 60'000 ? 1 : 0;
    }
    EXPECT_EQ(events, 60 * 6);
}

TEST_F(SimulationTest, ContainerInsightsMetricsOnlyForClustersThatHaveItOn)
{
    // As on AWS: AWS/ECS utilization for every cluster, ECS/ContainerInsights (cluster, service
    // and per-task) only where the cluster's containerInsights setting is enabled.
    cluster(s("plain"), 2);
    cluster(s("watched"), 2, true);
    registerFamily(s("web"), { QJsonObject { { s("name"), s("web") }, { s("image"), s("busybox") } } });
    for (const QString& name : { s("plain"), s("watched") })
        ecs("CreateService",
            { { s("cluster"), name }, { s("serviceName"), s("web") }, { s("taskDefinition"), s("web") },
                { s("desiredCount"), 2 } });
    advance(50'000);
    m_clock.advance(60'000);
    m_simulation->timerTick();
    while (m_simulation->backlog() > 0)
        ASSERT_TRUE(m_simulation->drainBacklog(50));
    QHash<QString, int> utilization, insights;
    for (const auto& [key, point] : m_store.collection(Kind::MetricDatum)) {
        QString cluster;
        for (const QJsonValue& dimension : point[s("d")].toArray()) {
            if (dimension[s("Name")].toString() == s("ClusterName"))
                cluster = dimension[s("Value")].toString();
        }
        if (point[s("ns")].toString() == s("AWS/ECS"))
            ++utilization[cluster];
        else if (point[s("ns")].toString() == s("ECS/ContainerInsights"))
            ++insights[cluster];
    }
    EXPECT_GT(utilization.value(s("plain")), 0);
    EXPECT_GT(utilization.value(s("watched")), 0);
    EXPECT_EQ(insights.value(s("plain")), 0);
    EXPECT_GT(insights.value(s("watched")), 2) << "cluster, service and per-task points";

    // Turned on later (UpdateClusterSettings), the next minute has them.
    const QJsonObject updated = ecs("UpdateClusterSettings",
        { { s("cluster"), s("plain") },
            { s("settings"),
                QJsonArray { QJsonObject { { s("name"), s("containerInsights") }, { s("value"), s("enabled") } } } } });
    EXPECT_EQ(updated[s("cluster")][s("settings")][0][s("value")].toString(), s("enabled"));
    m_clock.advance(60'000);
    m_simulation->timerTick();
    while (m_simulation->backlog() > 0)
        ASSERT_TRUE(m_simulation->drainBacklog(50));
    int plainInsights = 0;
    for (const auto& [key, point] : m_store.collection(Kind::MetricDatum)) {
        for (const QJsonValue& dimension : point[s("d")].toArray()) {
            if (point[s("ns")].toString() == s("ECS/ContainerInsights")
                && dimension[s("Name")].toString() == s("ClusterName")
                && dimension[s("Value")].toString() == s("plain"))
                ++plainInsights;
        }
    }
    EXPECT_GT(plainInsights, 0);

    // A new cluster takes the account's default.
    ecs("PutAccountSettingDefault", { { s("name"), s("containerInsights") }, { s("value"), s("enhanced") } });
    const QJsonObject created = ecs("CreateCluster", { { s("clusterName"), s("later") } });
    EXPECT_EQ(created[s("cluster")][s("settings")][0][s("value")].toString(), s("enhanced"));
}

// ---- issue 14 / 16: instance counts, forced deployments, the demo, attributes, host ports -------

namespace {
int resourceInt(const QJsonObject& instance, const char* name)
{
    for (const QJsonValue& r : instance[s("remainingResources")].toArray())
        if (r[s("name")].toString() == s(name))
            return r[s("integerValue")].toInt();
    return -1;
}
QStringList resourceSet(const QJsonObject& instance, const char* name)
{
    QStringList set;
    for (const QJsonValue& r : instance[s("remainingResources")].toArray())
        if (r[s("name")].toString() == s(name))
            for (const QJsonValue& v : r[s("stringSetValue")].toArray())
                set.append(v.toString());
    return set;
}
} // namespace

TEST_F(SimulationTest, ContainerInstanceCountsTasksAsRunningOnceTheyRun)
{
    cluster(s("c"), 1);
    registerFamily(s("web"), { containerDef(s("web")) });
    const QString arn
        = ecs("ListContainerInstances", { { s("cluster"), s("c") } })[s("containerInstanceArns")][0].toString();
    auto instance = [&] {
        return ecs("DescribeContainerInstances",
            { { s("cluster"), s("c") }, { s("containerInstances"), QJsonArray { arn } } })[s("containerInstances")][0]
            .toObject();
    };
    const QJsonObject run
        = ecs("RunTask", { { s("cluster"), s("c") }, { s("taskDefinition"), s("web") }, { s("count"), 3 } });
    ASSERT_EQ(run[s("tasks")].toArray().size(), 3);
    EXPECT_EQ(instance()[s("pendingTasksCount")].toInt(), 3);
    EXPECT_EQ(instance()[s("runningTasksCount")].toInt(), 0);
    advance(30'000);
    QJsonObject now = instance();
    EXPECT_EQ(now[s("runningTasksCount")].toInt(), 3);
    EXPECT_EQ(now[s("pendingTasksCount")].toInt(), 0);
    EXPECT_EQ(resourceInt(now, "CPU"), 4096 - 3 * 256);
    EXPECT_EQ(resourceInt(now, "MEMORY"), 8192 - 3 * 512);
    ecs("StopTask", { { s("cluster"), s("c") }, { s("task"), run[s("tasks")][0][s("taskArn")] } });
    advance(30'000);
    now = instance();
    EXPECT_EQ(now[s("runningTasksCount")].toInt(), 2);
    EXPECT_EQ(now[s("pendingTasksCount")].toInt(), 0);
    EXPECT_EQ(resourceInt(now, "CPU"), 4096 - 2 * 256);
    EXPECT_EQ(resourceInt(now, "MEMORY"), 8192 - 2 * 512);
}

TEST_F(SimulationTest, ForcedDeploymentCountsOnlyItsOwnTasks)
{
    cluster(s("c"), 2);
    registerFamily(s("web"), { containerDef(s("web")) });
    ecs("CreateService",
        { { s("cluster"), s("c") }, { s("serviceName"), s("web") }, { s("taskDefinition"), s("web") },
            { s("desiredCount"), 2 } });
    advance(60'000);
    ASSERT_EQ(service(s("web"))[s("deployments")][0][s("runningCount")].toInt(), 2);
    const QJsonObject forced = ecs("UpdateService",
        { { s("cluster"), s("c") }, { s("service"), s("web") }, { s("forceNewDeployment"), true } })[s("service")]
                                   .toObject();
    const QJsonArray deployments = forced[s("deployments")].toArray();
    ASSERT_EQ(deployments.size(), 2);
    EXPECT_EQ(deployments[0][s("status")].toString(), s("PRIMARY"));
    EXPECT_EQ(deployments[0][s("runningCount")].toInt(), 0);
    EXPECT_EQ(deployments[0][s("pendingCount")].toInt(), 0);
    EXPECT_EQ(deployments[1][s("status")].toString(), s("ACTIVE"));
    EXPECT_EQ(deployments[1][s("runningCount")].toInt(), 2);
    // While it rolls the primary never reports more than the tasks it started.
    const QString primaryId = deployments[0][s("id")].toString();
    advance(120'000, 1000, [&] {
        const QJsonObject svc = service(s("web"));
        const QJsonObject primary = svc[s("deployments")][0].toObject();
        if (primary[s("id")].toString() != primaryId)
            return;
        int own = 0;
        for (const auto& [key, fields] : m_store.taskIndex())
            own += fields.startedBy == primaryId && fields.desiredStatus == TaskStatus::Running
                && fields.lastStatus == TaskStatus::Running;
        EXPECT_LE(primary[s("runningCount")].toInt(), own); // (the count may lag a tick behind)
    });
    const QJsonObject done = service(s("web"));
    ASSERT_EQ(done[s("deployments")].toArray().size(), 1);
    EXPECT_EQ(done[s("deployments")][0][s("id")].toString(), primaryId);
    EXPECT_EQ(done[s("deployments")][0][s("runningCount")].toInt(), 2);
}

TEST_F(SimulationTest, DemoSeedSpreadsZonesPredatesItsTasksAndHasLogHistory)
{
    QString error;
    ASSERT_TRUE(DemoSeed::seed(*m_simulation, m_context, &error)) << error.toStdString();
    const QJsonArray arns = ecs("ListTasks", { { s("cluster"), s("production") } })[s("taskArns")].toArray();
    ASSERT_EQ(arns.size(), 9);
    const QJsonArray tasks
        = ecs("DescribeTasks", { { s("cluster"), s("production") }, { s("tasks"), arns } })[s("tasks")].toArray();
    QMap<QString, QMap<QString, int>> zonesPerService;
    QMap<QString, double> firstCreated;
    for (const QJsonValue& t : tasks) {
        ++zonesPerService[t[s("group")].toString()][t[s("availabilityZone")].toString()];
        const QString group = t[s("group")].toString();
        const double created = t[s("createdAt")].toDouble();
        firstCreated[group] = firstCreated.contains(group) ? std::min(firstCreated[group], created) : created;
        EXPECT_LE(created, t[s("startedAt")].toDouble());
    }
    // The default service strategy spreads each service over the three zones.
    for (auto it = zonesPerService.cbegin(); it != zonesPerService.cend(); ++it) {
        const QList<int> counts = it.value().values();
        const int total = std::accumulate(counts.begin(), counts.end(), 0);
        EXPECT_EQ(counts.size(), std::min(total, 3)) << it.key().toStdString();
        EXPECT_LE(*std::max_element(counts.begin(), counts.end())
                - (counts.size() < 3 ? 0 : *std::min_element(counts.begin(), counts.end())),
            1)
            << it.key().toStdString();
    }
    // Services and their deployments were created before their tasks.
    const QJsonArray services = ecs("DescribeServices",
        { { s("cluster"), s("production") },
            { s("services"), QJsonArray { s("web"), s("api"), s("worker") } } })[s("services")]
                                    .toArray();
    ASSERT_EQ(services.size(), 3);
    for (const QJsonValue& svc : services) {
        const QString group = s("service:") + svc[s("serviceName")].toString();
        ASSERT_TRUE(firstCreated.contains(group));
        EXPECT_LT(svc[s("createdAt")].toDouble(), firstCreated[group]) << group.toStdString();
        for (const QJsonValue& d : svc[s("deployments")].toArray())
            EXPECT_LT(d[s("createdAt")].toDouble(), firstCreated[group]) << group.toStdString();
    }
    // The instances count the 9 RUNNING tasks, none pending.
    const QJsonArray instanceArns
        = ecs("ListContainerInstances", { { s("cluster"), s("production") } })[s("containerInstanceArns")].toArray();
    int running = 0, pending = 0;
    for (const QJsonValue& i : ecs("DescribeContainerInstances",
             { { s("cluster"), s("production") }, { s("containerInstances"), instanceArns } })[s("containerInstances")]
                                   .toArray()) {
        running += i[s("runningTasksCount")].toInt();
        pending += i[s("pendingTasksCount")].toInt();
    }
    EXPECT_EQ(running, 9);
    EXPECT_EQ(pending, 0);
    // A day of log lines in every RUNNING task's stream.
    const qint64 nowMs = m_clock.now().toMSecsSinceEpoch();
    for (const QJsonValue& t : tasks) {
        const QString family = t[s("group")].toString().mid(8);
        const QString group = s("/ecs/") + family;
        const QString stream
            = s("ecs/") + family + QLatin1Char('/') + t[s("taskArn")].toString().section(QLatin1Char('/'), -1);
        const QJsonObject oldest = logs("GetLogEvents",
            { { s("logGroupName"), group }, { s("logStreamName"), stream }, { s("startFromHead"), true },
                { s("limit"), 5 } });
        const QJsonArray events = oldest[s("events")].toArray();
        ASSERT_FALSE(events.isEmpty()) << stream.toStdString();
        EXPECT_LE(events[0][s("timestamp")].toDouble(), double(nowMs - 23 * 3600'000LL)) << stream.toStdString();
        EXPECT_FALSE(events[0][s("message")].toString().isEmpty());
        const QJsonObject newest
            = logs("GetLogEvents", { { s("logGroupName"), group }, { s("logStreamName"), stream }, { s("limit"), 1 } });
        EXPECT_GE(newest[s("events")][0][s("timestamp")].toDouble(), double(nowMs - 5 * 60'000LL))
            << stream.toStdString();
    }
}

TEST_F(SimulationTest, CallerAttributesReplaceDefaultsAndPlacementUsesThem)
{
    ecs("CreateCluster", { { s("clusterName"), s("c") } });
    const char* zones[] = { "us-east-1a", "us-east-1b", "us-east-1c" };
    for (const char* zone : zones) {
        const QJsonObject registered = ecs("RegisterContainerInstance",
            { { s("cluster"), s("c") },
                { s("attributes"),
                    QJsonArray { QJsonObject { { s("name"), s("ecs.availability-zone") }, { s("value"), s(zone) } },
                        QJsonObject { { s("name"), s("ecs.instance-type") }, { s("value"), s("t3.small") } },
                        QJsonObject {
                            { s("name"), s("stack") }, { s("value"), s("blue") } } } } })[s("containerInstance")]
                                           .toObject();
        QMap<QString, QStringList> values;
        for (const QJsonValue& a : registered[s("attributes")].toArray())
            values[a[s("name")].toString()].append(a[s("value")].toString());
        EXPECT_EQ(values.value(s("ecs.availability-zone")), QStringList { s(zone) });
        EXPECT_EQ(values.value(s("ecs.instance-type")), QStringList { s("t3.small") });
        EXPECT_EQ(values.value(s("stack")), QStringList { s("blue") });
        EXPECT_EQ(values.value(s("ecs.os-type")), QStringList { s("linux") });
    }
    registerFamily(s("web"), { containerDef(s("web")) });
    const QJsonObject run = ecs("RunTask",
        { { s("cluster"), s("c") }, { s("taskDefinition"), s("web") }, { s("count"), 3 },
            { s("placementStrategy"),
                QJsonArray { QJsonObject {
                    { s("type"), s("spread") }, { s("field"), s("attribute:ecs.availability-zone") } } } } });
    QSet<QString> placedZones;
    for (const QJsonValue& t : run[s("tasks")].toArray())
        placedZones.insert(t[s("availabilityZone")].toString());
    EXPECT_EQ(placedZones, (QSet<QString> { s("us-east-1a"), s("us-east-1b"), s("us-east-1c") }));
}

TEST_F(SimulationTest, StaticHostPortsAreReservedAtPlacementAndReleasedWhenTheTaskStops)
{
    cluster(s("c"), 2);
    QJsonObject web = containerDef(s("web"));
    web[s("portMappings")] = QJsonArray { QJsonObject { { s("containerPort"), 80 }, { s("hostPort"), 8080 } } };
    registerFamily(s("web"), { web }, { { s("networkMode"), s("bridge") } });
    const QJsonArray instanceArns
        = ecs("ListContainerInstances", { { s("cluster"), s("c") } })[s("containerInstanceArns")].toArray();
    auto instances = [&] {
        return ecs("DescribeContainerInstances",
            { { s("cluster"), s("c") }, { s("containerInstances"), instanceArns } })[s("containerInstances")]
            .toArray();
    };
    const QJsonObject first
        = ecs("RunTask", { { s("cluster"), s("c") }, { s("taskDefinition"), s("web") }, { s("count"), 3 } });
    const QJsonArray placed = first[s("tasks")].toArray();
    ASSERT_EQ(placed.size(), 2);
    EXPECT_NE(placed[0][s("containerInstanceArn")].toString(), placed[1][s("containerInstanceArn")].toString());
    EXPECT_EQ(placed[0][s("containers")][0][s("networkBindings")][0][s("hostPort")].toInt(), 8080);
    ASSERT_FALSE(first[s("failures")].toArray().isEmpty());
    for (const QJsonValue& f : first[s("failures")].toArray())
        EXPECT_EQ(f[s("reason")].toString(), s("RESOURCE:PORTS"));
    for (const QJsonValue& i : instances())
        EXPECT_TRUE(resourceSet(i.toObject(), "PORTS").contains(s("8080")));
    for (int n = 0; n < 2; ++n) {
        const QJsonObject more = ecs("RunTask", { { s("cluster"), s("c") }, { s("taskDefinition"), s("web") } });
        EXPECT_TRUE(more[s("tasks")].toArray().isEmpty());
        ASSERT_FALSE(more[s("failures")].toArray().isEmpty());
        EXPECT_EQ(more[s("failures")][0][s("reason")].toString(), s("RESOURCE:PORTS"));
    }
    // Stopping one gives its port back: the next RunTask lands where it ran.
    const QString stoppedOn = placed[0][s("containerInstanceArn")].toString();
    ecs("StopTask", { { s("cluster"), s("c") }, { s("task"), placed[0][s("taskArn")] } });
    advance(30'000);
    for (const QJsonValue& i : instances())
        EXPECT_EQ(resourceSet(i.toObject(), "PORTS").contains(s("8080")),
            i[s("containerInstanceArn")].toString() != stoppedOn);
    const QJsonObject again = ecs("RunTask", { { s("cluster"), s("c") }, { s("taskDefinition"), s("web") } });
    ASSERT_EQ(again[s("tasks")].toArray().size(), 1);
    EXPECT_EQ(again[s("tasks")][0][s("containerInstanceArn")].toString(), stoppedOn);
    // Dynamic ports (hostPort 0) are bound per task, never twice on one instance, and not listed in PORTS.
    QJsonObject dyn = containerDef(s("dyn"));
    dyn[s("portMappings")] = QJsonArray { QJsonObject { { s("containerPort"), 80 } } };
    registerFamily(s("dyn"), { dyn }, { { s("networkMode"), s("bridge") } });
    QSet<QString> bound;
    for (int call = 0; call < 2; ++call) { // two calls: the second sees the ports the first bound
        const QJsonObject dynamic = ecs("RunTask",
            { { s("cluster"), s("c") }, { s("taskDefinition"), s("dyn") }, { s("count"), 2 },
                { s("placementStrategy"),
                    QJsonArray { QJsonObject { { s("type"), s("binpack") }, { s("field"), s("memory") } } } } });
        ASSERT_EQ(dynamic[s("tasks")].toArray().size(), 2);
        for (const QJsonValue& t : dynamic[s("tasks")].toArray()) {
            const int port = t[s("containers")][0][s("networkBindings")][0][s("hostPort")].toInt();
            EXPECT_GE(port, 49153);
            bound.insert(t[s("containerInstanceArn")].toString() + QString::number(port));
        }
    }
    EXPECT_EQ(bound.size(), 4);
    for (const QJsonValue& i : instances()) {
        EXPECT_EQ(resourceSet(i.toObject(), "PORTS").size(), 5 + 1); // the agent's five and 8080
        EXPECT_FALSE(i.toObject().contains(s("ecsdeskDynamicPorts")));
    }
}

TEST_F(SimulationTest, CreateServicePlacesItsFirstTasksWithItsOwnStrategy)
{
    cluster(s("c"), 2);
    registerFamily(s("web"), { containerDef(s("web")) });
    ecs("CreateService",
        { { s("cluster"), s("c") }, { s("serviceName"), s("packed") }, { s("taskDefinition"), s("web") },
            { s("desiredCount"), 3 },
            { s("placementStrategy"),
                QJsonArray { QJsonObject { { s("type"), s("binpack") }, { s("field"), s("memory") } } } } });
    QSet<QString> instances;
    for (const auto& [key, fields] : m_store.taskIndex())
        instances.insert(fields.containerInstanceArn);
    EXPECT_EQ(instances.size(), 1); // binpack, not the default spread
}
