// SPDX-License-Identifier: MIT
// The longest the endpoint's one thread is busy in one piece while services scale out from 0
// (issue 25 point 4): the UpdateService requests, then every real-time timer turn (ticks, their
// continuation turns, backlog slices) until all tasks run. The first argument is the scheduler's
// budget: 0 = unbounded (one tick starts everything, as before), else the task starts and stops
// per tick across services (SimulationOptions::tickTaskBudget; the per-service batch is half);
// the last, the services' time slice per timer turn (SimulationOptions::serviceTimeSliceMs).
#include "api/auth/sigv4.h"
#include "local/api/ecshandler.h"
#include "local/auth/requestverifier.h"
#include "local/clock.h"
#include "local/dispatcher.h"
#include "local/simulation/engineplacement.h"
#include "local/simulation/simulation.h"
#include "local/store/store.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <ctime>

using namespace EcsDesk::Local;
namespace SigV4 = EcsDesk::Api::SigV4;

namespace {

QString s(const char* text) { return QString::fromLatin1(text); }

double cpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

/// A dispatcher and a simulation over a cluster of 100 large instances and `services` services at 0.
struct Cluster {
    QTemporaryDir dir;
    Store store;
    ManualClock clock { QDateTime(QDate(2026, 11, 21), QTime(12, 0, 30), Qt::UTC) };
    EcsDesk::Api::Credentials credentials;
    EndpointContext context;
    std::unique_ptr<RequestDispatcher> dispatcher;
    std::unique_ptr<Simulation> simulation;
    QStringList names;

    Cluster(int budget, int services, int timeSliceMs)
        : names(services)
    {
        QString error;
        if (!store.open(dir.path(), &error))
            qFatal("%s", qPrintable(error));
        credentials.accessKeyId = s("AKIATESTTESTTESTTEST");
        credentials.secretAccessKey = s("secret/secret/secret/secret/secret/secre");
        context = EndpointContext { &store, &clock, s("us-east-1"), s("123456789012") };
        dispatcher = std::make_unique<RequestDispatcher>(context, RequestVerifier(credentials, "us-east-1", &clock));
        installPlacementEngine(&dispatcher->ecs()->tasks());
        SimulationOptions options;
        options.setAllSteps(1000);
        options.tickTaskBudget = budget;
        options.serviceTaskBatch = budget / 2;
        options.serviceTimeSliceMs = timeSliceMs;
        simulation = std::make_unique<Simulation>(context, &dispatcher->ecs()->tasks(), options);
        ecs("CreateCluster", { { s("clusterName"), s("big") } });
        for (int i = 0; i < 100; ++i) {
            const QJsonObject identity { { s("instanceId"), QStringLiteral("i-%1").arg(i) },
                { s("availabilityZone"), QStringLiteral("us-east-1%1").arg(QChar(u'a' + i % 3)) } };
            ecs("RegisterContainerInstance",
                { { s("cluster"), s("big") },
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
        for (int i = 0; i < services; ++i) {
            names[i] = QStringLiteral("svc%1").arg(i);
            ecs("CreateService",
                { { s("cluster"), s("big") }, { s("serviceName"), names[i] }, { s("taskDefinition"), s("app") },
                    { s("desiredCount"), 0 }, { s("launchType"), s("EC2") },
                    { s("placementStrategy"),
                        QJsonArray { QJsonObject {
                            { s("type"), s("spread") }, { s("field"), s("attribute:ecs.availability-zone") } } } } });
        }
    }

    /// Through the signed HTTP path, as a client's request.
    QJsonObject ecs(const char* operation, const QJsonObject& input)
    {
        SigV4::Request request;
        request.method = "POST";
        request.url = QUrl(s("http://127.0.0.1:9/"));
        request.headers = { { "X-Amz-Target", QByteArray("AmazonEC2ContainerServiceV20141113.") + operation },
            { "Content-Type", "application/x-amz-json-1.1" } };
        request.body = QJsonDocument(input).toJson(QJsonDocument::Compact);
        SigV4::sign(request, credentials, "us-east-1", "ecs", clock.now());
        HttpRequest http;
        http.method = request.method;
        http.target = "/";
        http.headers = request.headers;
        http.headers.append({ QByteArrayLiteral("Host"), QByteArrayLiteral("127.0.0.1:9") });
        http.body = request.body;
        return QJsonDocument::fromJson(dispatcher->answer(http).body).object();
    }

    /// RUNNING tasks of all the services.
    int running()
    {
        int total = 0;
        for (qsizetype i = 0; i < names.size(); i += 10) {
            const QJsonObject answer = ecs("DescribeServices",
                { { s("cluster"), s("big") }, { s("services"), QJsonArray::fromStringList(names.mid(i, 10)) } });
            for (const QJsonValue& service : answer[s("services")].toArray())
                total += service[s("runningCount")].toInt();
        }
        return total;
    }
};

/// Arguments: the budget (0: unbounded), the number of services, the tasks each scales to, the
/// services' time slice per turn (ms, 0: none).
void BM_ScaleOut(benchmark::State& state)
{
    const int services = int(state.range(1)), tasks = int(state.range(2));
    double request = 0, longest = 0, total = 0;
    qint64 turns = 0, slow = 0;
    int running = 0;
    for (auto _ : state) {
        state.PauseTiming();
        Cluster cluster(int(state.range(0)), services, int(state.range(3)));
        state.ResumeTiming();
        auto measure = [&](const std::function<void()>& piece) {
            const double start = cpuMs();
            piece();
            const double spent = cpuMs() - start;
            longest = std::max(longest, spent);
            total += spent;
            slow += spent > 50 ? 1 : 0;
            ++turns;
            return spent;
        };
        for (const QString& name : std::as_const(cluster.names))
            request = std::max(request, measure([&] {
                cluster.ecs("UpdateService",
                    { { s("cluster"), s("big") }, { s("service"), name }, { s("desiredCount"), tasks } });
            }));
        for (int tick = 0; tick < 600; ++tick) {
            cluster.clock.advance(500);
            measure([&] { cluster.simulation->timerTick(); });
            // The continuation turns and backlog slices the event loop would run next.
            for (int more = 0; more < 100'000 && cluster.simulation->stepsPending(); ++more)
                measure([&] { cluster.simulation->timerTick(); });
            while (cluster.simulation->backlog() > 0)
                measure([&] { cluster.simulation->drainBacklog(2); });
            if (tick % 5 == 4 && (running = cluster.running()) == services * tasks)
                break;
        }
    }
    state.counters["request_cpu_ms"] = request;
    state.counters["longest_turn_cpu_ms"] = longest;
    state.counters["turns"] = benchmark::Counter(double(turns), benchmark::Counter::kAvgIterations);
    state.counters["turns_over_50ms"] = benchmark::Counter(double(slow), benchmark::Counter::kAvgIterations);
    state.counters["total_cpu_ms"] = benchmark::Counter(total, benchmark::Counter::kAvgIterations);
    state.counters["running"] = running;
}
BENCHMARK(BM_ScaleOut)
    ->ArgNames({ "budget", "services", "tasks", "slice_ms" })
    ->Args({ 0, 1, 5000, 0 })
    ->Args({ 200, 1, 5000, 0 })
    ->Args({ 200, 1, 5000, 4 })
    ->Args({ 100, 1, 5000, 4 })
    ->Args({ 50, 1, 5000, 4 })
    ->Args({ 0, 20, 1000, 0 })
    ->Args({ 200, 20, 1000, 0 })
    ->Args({ 200, 20, 1000, 4 })
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1);

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
