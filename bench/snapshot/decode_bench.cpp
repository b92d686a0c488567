// SPDX-License-Identifier: MIT
// Where the snapshot loader's CPU goes, per DescribeTasks answer (100 tasks) of the benchmark's
// generated cluster: JSON parsing alone, parsing plus typed decoding, and what the benchmark's
// stub server spends to answer. See docs/client.md ("Benchmark").
//
//   build/bench-release/bench/snapshot/bench_snapshot_decode

#include "api/ecs/types.h"
#include "fakeecs.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <benchmark/benchmark.h>

using namespace EcsDesk;

namespace {

const Testing::FakeEcs& fake()
{
    static const Testing::FakeEcs instance([] {
        Testing::FakeEcs::Shape shape;
        shape.services = 50;
        shape.runningPerService = 20;
        shape.containerInstances = 20;
        shape.families = 10;
        return shape;
    }());
    return instance;
}

Testing::StubRequest request(const char* operation, const QJsonObject& input)
{
    Testing::StubRequest r;
    r.method = "POST";
    r.target = "/";
    r.headers.insert("x-amz-target", QByteArray("AmazonEC2ContainerServiceV20141113.") + operation);
    r.body = QJsonDocument(input).toJson(QJsonDocument::Compact);
    return r;
}

Testing::StubRequest describeTasksRequest()
{
    const Testing::StubResponse list = fake().handle(request("ListTasks",
        QJsonObject { { QStringLiteral("cluster"), QStringLiteral("bench") }, { QStringLiteral("maxResults"), 100 } }));
    const QJsonArray arns = QJsonDocument::fromJson(list.body).object().value(QLatin1String("taskArns")).toArray();
    return request("DescribeTasks",
        QJsonObject { { QStringLiteral("cluster"), QStringLiteral("bench") }, { QStringLiteral("tasks"), arns } });
}

const QByteArray& describeTasksBody()
{
    static const QByteArray body = fake().handle(describeTasksRequest()).body;
    return body;
}

void BM_StubDescribeTasks(benchmark::State& state)
{
    const Testing::StubRequest r = describeTasksRequest();
    for (auto _ : state)
        benchmark::DoNotOptimize(fake().handle(r));
}
BENCHMARK(BM_StubDescribeTasks)->Unit(benchmark::kMicrosecond);

void BM_ParseDescribeTasks(benchmark::State& state)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(QJsonDocument::fromJson(describeTasksBody()));
    state.SetBytesProcessed(state.iterations() * describeTasksBody().size());
}
BENCHMARK(BM_ParseDescribeTasks)->Unit(benchmark::kMicrosecond);

void BM_DecodeDescribeTasks(benchmark::State& state)
{
    const QJsonObject answer = QJsonDocument::fromJson(describeTasksBody()).object();
    for (auto _ : state)
        benchmark::DoNotOptimize(Api::EcsJson::objects<Api::Task>(answer.value(QLatin1String("tasks"))));
}
BENCHMARK(BM_DecodeDescribeTasks)->Unit(benchmark::kMicrosecond);

void BM_ParseAndDecodeDescribeTasks(benchmark::State& state)
{
    for (auto _ : state) {
        const QJsonObject answer = QJsonDocument::fromJson(describeTasksBody()).object();
        benchmark::DoNotOptimize(Api::EcsJson::objects<Api::Task>(answer.value(QLatin1String("tasks"))));
    }
    state.SetBytesProcessed(state.iterations() * describeTasksBody().size());
}
BENCHMARK(BM_ParseAndDecodeDescribeTasks)->Unit(benchmark::kMicrosecond);

} // namespace

BENCHMARK_MAIN();
