// SPDX-License-Identifier: MIT
#include "local/api/ecshandler.h"
#include "local/clock.h"
#include "local/simulation/demoseed.h"
#include "local/simulation/simulation.h"
#include "local/store/store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <ctime>

using namespace EcsDesk::Local;

namespace {

QString s(const char* text) { return QString::fromLatin1(text); }

/// A store with one cluster of 100 instances and 10 services of 1,000 RUNNING tasks each.
struct BigCluster {
    QTemporaryDir dir;
    Store store;
    ManualClock clock { QDateTime(QDate(2026, 11, 21), QTime(12, 0, 30), Qt::UTC) };
    EndpointContext context;
    std::unique_ptr<EcsHandler> ecs;
    std::unique_ptr<Simulation> simulation;

    BigCluster()
    {
        QString error;
        if (!store.open(dir.path(), &error))
            qFatal("%s", qPrintable(error));
        context = EndpointContext { &store, &clock, s("us-east-1"), s("123456789012") };
        ecs = std::make_unique<EcsHandler>(context);
        SimulationOptions options;
        options.setAllSteps(1000);
        simulation = std::make_unique<Simulation>(context, &ecs->tasks(), options);
        store.transact(
            [&] {
                ecs->handle(s("CreateCluster"), { { s("clusterName"), s("big") } });
                for (int i = 0; i < 100; ++i) {
                    const QJsonObject identity { { s("instanceId"), QStringLiteral("i-%1").arg(i) },
                        { s("availabilityZone"), QStringLiteral("us-east-1%1").arg(QChar(u'a' + i % 3)) } };
                    ecs->handle(s("RegisterContainerInstance"),
                        { { s("cluster"), s("big") },
                            { s("instanceIdentityDocument"),
                                QString::fromUtf8(QJsonDocument(identity).toJson(QJsonDocument::Compact)) },
                            { s("totalResources"),
                                QJsonArray { QJsonObject { { s("name"), s("CPU") }, { s("type"), s("INTEGER") },
                                                 { s("integerValue"), 1'000'000 } },
                                    QJsonObject { { s("name"), s("MEMORY") }, { s("type"), s("INTEGER") },
                                        { s("integerValue"), 1'000'000 } } } } });
                }
                ecs->handle(s("RegisterTaskDefinition"),
                    { { s("family"), s("app") }, { s("cpu"), s("256") }, { s("memory"), s("512") },
                        { s("containerDefinitions"),
                            QJsonArray { QJsonObject { { s("name"), s("app") }, { s("image"), s("x") } } } } });
                for (int i = 0; i < 10; ++i)
                    ecs->handle(s("CreateService"),
                        { { s("cluster"), s("big") }, { s("serviceName"), QStringLiteral("svc%1").arg(i) },
                            { s("taskDefinition"), s("app") }, { s("desiredCount"), 1000 } });
            },
            &error);
        // The scheduler starts the services' tasks in slices, then PENDING -> ACTIVATING -> RUNNING.
        for (int i = 0, quiet = 0; quiet < 5 && i < 300; ++i) {
            clock.advance(1000);
            simulation->tick(&error);
            quiet = simulation->servicesPending() ? 0 : quiet + 1;
        }
    }
};

BigCluster& cluster()
{
    static BigCluster instance;
    return instance;
}

void BM_TickTenThousandTasks(benchmark::State& state)
{
    BigCluster& c = cluster();
    int running = 0;
    for (const auto& [key, fields] : c.store.taskIndex())
        running += fields.lastStatus == TaskStatus::Running ? 1 : 0;
    state.counters["running_tasks"] = running;
    for (auto _ : state) {
        c.clock.advance(1); // stays within the minute: lifecycle and services only
        QString error;
        benchmark::DoNotOptimize(c.simulation->tick(&error));
    }
}
BENCHMARK(BM_TickTenThousandTasks)->Unit(benchmark::kMillisecond);

void BM_MinuteTickTenThousandTasks(benchmark::State& state)
{
    BigCluster& c = cluster();
    for (auto _ : state) {
        c.clock.advance(60'000); // crosses a minute: also records every task's metrics
        QString error;
        benchmark::DoNotOptimize(c.simulation->tick(&error));
    }
}
BENCHMARK(BM_MinuteTickTenThousandTasks)->Unit(benchmark::kMillisecond)->Iterations(5);

/// What the real-time timer does when a minute passes: the tick itself, then the deferred
/// per-task writes in slices of about 2 ms (each its own transaction, one per event-loop turn).
/// Reports the longest time the thread that answers requests was busy in one piece.
void BM_MinuteTickSliced(benchmark::State& state)
{
    BigCluster& c = cluster();
    // Thread CPU time as well as wall time: on the shared machine the wall time of one slice
    // includes whatever the scheduler gave to other processes meanwhile.
    auto cpuMs = [] {
        timespec now {};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
        return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
    };
    double longestTick = 0, longestSlice = 0, longestTickCpu = 0, longestSliceCpu = 0;
    qint64 slices = 0, slowSlices = 0;
    for (auto _ : state) {
        c.clock.advance(60'000);
        QElapsedTimer timer;
        timer.start();
        double cpu = cpuMs();
        c.simulation->timerTick();
        longestTickCpu = std::max(longestTickCpu, cpuMs() - cpu);
        longestTick = std::max(longestTick, double(timer.nsecsElapsed()) / 1e6);
        while (c.simulation->backlog() > 0) {
            timer.restart();
            cpu = cpuMs();
            c.simulation->drainBacklog(2);
            const double sliceCpu = cpuMs() - cpu;
            longestSliceCpu = std::max(longestSliceCpu, sliceCpu);
            longestSlice = std::max(longestSlice, double(timer.nsecsElapsed()) / 1e6);
            slowSlices += sliceCpu > 5 ? 1 : 0;
            ++slices;
        }
    }
    state.counters["tick_ms"] = longestTick;
    state.counters["tick_cpu_ms"] = longestTickCpu;
    state.counters["longest_slice_ms"] = longestSlice;
    state.counters["longest_slice_cpu_ms"] = longestSliceCpu;
    state.counters["slices_over_5ms_cpu"] = double(slowSlices);
    state.counters["slices"] = benchmark::Counter(double(slices), benchmark::Counter::kAvgIterations);
}
BENCHMARK(BM_MinuteTickSliced)->Unit(benchmark::kMillisecond)->Iterations(5);

/// A rolling deployment of all ten services at once (10,000 tasks replaced, 10 % at a time with
/// min 90 / max 110): the timer path, tick by tick (1 s of simulated time each), including the
/// continuation turns when more tasks are due than fit in one. Reports the longest busy piece.
void BM_RollingDeploymentTimerPath(benchmark::State& state)
{
    BigCluster& c = cluster();
    auto cpuMs = [] {
        timespec now {};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
        return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
    };
    double longest = 0;
    qint64 turns = 0, slow = 0;
    for (auto _ : state) {
        QString error;
        c.store.transact(
            [&] {
                for (int i = 0; i < 10; ++i)
                    c.ecs->handle(s("UpdateService"),
                        { { s("cluster"), s("big") }, { s("service"), QStringLiteral("svc%1").arg(i) },
                            { s("forceNewDeployment"), true },
                            { s("deploymentConfiguration"),
                                QJsonObject { { s("minimumHealthyPercent"), 90 }, { s("maximumPercent"), 110 } } } });
            },
            &error);
        for (int tick = 0; tick < 60; ++tick) {
            c.clock.advance(1000);
            double cpu = cpuMs();
            c.simulation->timerTick();
            double piece = cpuMs() - cpu;
            longest = std::max(longest, piece);
            slow += piece > 5 ? 1 : 0;
            ++turns;
            // The continuation turns the event loop would run next, each measured on its own.
            for (int more = 0; more < 1000 && c.simulation->stepsPending(); ++more) {
                cpu = cpuMs();
                c.simulation->timerTick();
                piece = cpuMs() - cpu;
                longest = std::max(longest, piece);
                slow += piece > 5 ? 1 : 0;
                ++turns;
            }
            while (c.simulation->backlog() > 0) {
                cpu = cpuMs();
                c.simulation->drainBacklog(2);
                piece = cpuMs() - cpu;
                longest = std::max(longest, piece);
                slow += piece > 5 ? 1 : 0;
                ++turns;
            }
        }
    }
    state.counters["longest_cpu_ms"] = longest;
    state.counters["turns_over_5ms"] = double(slow);
    state.counters["turns"] = double(turns);
}
BENCHMARK(BM_RollingDeploymentTimerPath)->Unit(benchmark::kMillisecond)->Iterations(1);

void BM_DemoSeed(benchmark::State& state)
{
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir dir;
        Store store;
        QString error;
        store.open(dir.path(), &error);
        ManualClock clock(QDateTime(QDate(2026, 11, 21), QTime(12, 0), Qt::UTC));
        EndpointContext context { &store, &clock, s("us-east-1"), s("123456789012") };
        EcsHandler ecs(context);
        Simulation simulation(context, &ecs.tasks());
        state.ResumeTiming();
        if (!DemoSeed::seed(simulation, context, &error))
            state.SkipWithError(qPrintable(error));
    }
}
BENCHMARK(BM_DemoSeed)->Unit(benchmark::kMillisecond)->Iterations(3);

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
