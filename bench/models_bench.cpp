// SPDX-License-Identifier: MIT
// Refresh diff cost: a 10,000-row model where 1% of the rows changed.

#include "models/clustermodel.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>

using EcsDesk::Api::Cluster;

static QList<Cluster> makeClusters(int count, int generation)
{
    QList<Cluster> clusters;
    clusters.reserve(count);
    for (int i = 0; i < count; ++i) {
        Cluster c;
        c.name = QStringLiteral("cluster-%1").arg(i);
        c.arn = QStringLiteral("arn:aws:ecs:us-east-1:123456789012:cluster/") + c.name;
        c.status = QStringLiteral("ACTIVE");
        c.runningTasksCount = (i % 100 == 0) ? generation : 1;
        clusters.append(c);
    }
    return clusters;
}

static void BM_DiffOnePercentChanged(benchmark::State& state)
{
    const int rows = int(state.range(0));
    EcsDesk::Models::ClusterModel model;
    model.applySnapshot(makeClusters(rows, 0));
    int generation = 1;
    for (auto _ : state) {
        state.PauseTiming();
        QList<Cluster> fresh = makeClusters(rows, generation++);
        state.ResumeTiming();
        model.applySnapshot(std::move(fresh));
    }
    state.counters["changed"] = model.lastDiff().changed;
}
BENCHMARK(BM_DiffOnePercentChanged)->Arg(10000)->Unit(benchmark::kMillisecond);

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    return 0;
}
