// SPDX-License-Identifier: MIT
// Placement throughput: 10,000 tasks placed one at a time on 1,000 / 5,000 / 10,000 container
// instances over three AZs, with spread(attribute:ecs.availability-zone), then binpack(memory),
// and a memberOf constraint that admits half of the fleet. Run:
//   build/dev/bench/placement/bench_placement --benchmark_counters_tabular=true

#include "local/scheduler/placementengine.h"

#include <benchmark/benchmark.h>

using namespace EcsDesk::Local;

namespace {

QList<ContainerInstance> makeFleet(int count)
{
    static const QString zones[]
        = { QStringLiteral("us-east-1a"), QStringLiteral("us-east-1b"), QStringLiteral("us-east-1c") };
    QList<ContainerInstance> fleet;
    fleet.reserve(count);
    for (int i = 0; i < count; ++i) {
        ContainerInstance instance;
        instance.arn = QStringLiteral("arn:aws:ecs:us-east-1:123456789012:container-instance/bench/%1").arg(i);
        instance.ec2InstanceId = QStringLiteral("i-%1").arg(i, 17, 16, QLatin1Char('0'));
        instance.registeredCpu = 8192;
        instance.registeredMemory = 32768;
        // Uneven fill so binpack has something to choose between.
        instance.remainingCpu = 8192 - (i % 7) * 512;
        instance.remainingMemory = 32768 - (i % 11) * 1024;
        instance.reservedTcpPorts = { 22, 2375, 2376, 51678, 51679 };
        instance.attributes.insert(QStringLiteral("ecs.availability-zone"), zones[i % 3]);
        instance.attributes.insert(
            QStringLiteral("ecs.instance-type"), i % 2 ? QStringLiteral("m5.2xlarge") : QStringLiteral("c5.2xlarge"));
        instance.attributes.insert(QStringLiteral("ecs.os-type"), QStringLiteral("linux"));
        fleet.append(instance);
    }
    return fleet;
}

PlacementRequest makeRequest(int tasks, bool ports)
{
    PlacementRequest request;
    request.count = tasks;
    request.task.cpu = 64;
    request.task.memory = 256;
    request.task.group = QStringLiteral("service:web");
    request.task.family = QStringLiteral("web");
    if (ports)
        request.task.portMappings = { PortMapping { 8080, 0, PortProtocol::Tcp } };
    request.constraints = { PlacementConstraint { PlacementConstraint::Type::MemberOf,
        QStringLiteral("attribute:ecs.instance-type =~ m5.* and attribute:ecs.os-type == linux") } };
    request.strategies = { PlacementStrategy::spread(QStringLiteral("attribute:ecs.availability-zone")),
        PlacementStrategy::binpack(QStringLiteral("memory")) };
    return request;
}

enum class Variant { Indexed, DynamicPorts, FullScan, Random };

void runPlacement(benchmark::State& state, Variant variant)
{
    const QList<ContainerInstance> fleet = makeFleet(int(state.range(0)));
    PlacementRequest request = makeRequest(10000, variant == Variant::DynamicPorts);
    if (variant == Variant::Random)
        request.strategies = { PlacementStrategy::random() };
    PlacementEngine engine;
    engine.setIndexed(variant != Variant::FullScan);
    for (auto _ : state) {
        const PlacementResult result = engine.place(fleet, request);
        if (result.placements.size() != request.count) {
            state.SkipWithError("not every task was placed");
            break;
        }
        benchmark::DoNotOptimize(result);
    }
    state.counters["tasks_per_second"]
        = benchmark::Counter(double(request.count) * double(state.iterations()), benchmark::Counter::kIsRate);
}

void BM_Place10kTasks(benchmark::State& state) { runPlacement(state, Variant::Indexed); }
void BM_Place10kTasksDynamicPorts(benchmark::State& state) { runPlacement(state, Variant::DynamicPorts); }
// The reference scan of every instance per task (what the index replaces), and random, which scans.
void BM_Place10kTasksFullScan(benchmark::State& state) { runPlacement(state, Variant::FullScan); }
void BM_Place10kTasksRandom(benchmark::State& state) { runPlacement(state, Variant::Random); }

void BM_ScaleIn5kTasks(benchmark::State& state)
{
    QList<ContainerInstance> fleet = makeFleet(int(state.range(0)));
    PlacementEngine engine;
    const PlacementRequest placeRequest = makeRequest(10000, false);
    const PlacementResult placed = engine.place(fleet, placeRequest);
    QStringList arns;
    for (qsizetype i = 0; i < placed.placements.size(); ++i)
        arns.append(QStringLiteral("t%1").arg(i));
    PlacementEngine::applyPlacements(fleet, placeRequest.task, placed.placements, arns);
    const ScaleInRequest request { QStringLiteral("service:web"), 5000,
        { PlacementStrategy::spread(QStringLiteral("attribute:ecs.availability-zone")),
            PlacementStrategy::binpack(QStringLiteral("memory")) } };
    for (auto _ : state)
        benchmark::DoNotOptimize(engine.chooseTasksToStop(fleet, request));
    state.counters["tasks_per_second"]
        = benchmark::Counter(double(request.count) * double(state.iterations()), benchmark::Counter::kIsRate);
}

} // namespace

BENCHMARK(BM_Place10kTasks)->Arg(1000)->Arg(5000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Place10kTasksDynamicPorts)->Arg(1000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Place10kTasksFullScan)->Arg(1000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Place10kTasksRandom)->Arg(1000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ScaleIn5kTasks)->Arg(1000)->Unit(benchmark::kMillisecond);
BENCHMARK_MAIN();
