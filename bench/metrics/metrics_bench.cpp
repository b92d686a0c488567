// SPDX-License-Identifier: MIT
// bench_metrics: the metrics pane's chart and the log model at the sizes the brief names.
//   cmake -S . -B build/bench-release -G Ninja -DCMAKE_BUILD_TYPE=Release
//   cmake --build build/bench-release --target bench_metrics
//   QT_QPA_PLATFORM=offscreen build/bench-release/bench/metrics/bench_metrics
// BM_ReplaceSeries/0: raw Qt Charts, no decimation: QLineSeries::replace of 10 prepared lists of
//   10,080 points (a week at one minute), OpenGL off; /1: plus rendering the chart to an image.
//   The reference for what the pane avoids.
// BM_PaneShowWeek: MetricsPane::showSeries with the same data (model + runs + decimation to the
//   plot's pixel columns + replace) plus rendering: the redraw a user waits for (target < 100 ms).
// BM_PaneZoomDay: zooming the week to one day (decimated again for the new range) plus rendering.
// BM_Decimate: SeriesDecimation::decimate of the 10 series alone.
// BM_PaneAppendRefresh: one refresh's new points (1 per series) appended without rebuilding.
// BM_LogModel100k: 100,000 log lines of ~110 characters; counter rss_mb = resident growth.
// BM_LogModelInterleaved: 100,000 lines from 10 streams polled in turn, each poll's 100 lines
//   interleaving line by line with the other streams' lines of the same 10 s: LogModel::merge
//   (binary search, one insert per run). BM_LogResortInterleaved: the same with the previous
//   approach (copy everything, stable_sort, reset), for comparison.

#include "models/logs/logmodel.h"
#include "models/metrics/seriesdecimation.h"
#include "ui/metrics/metricspane.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QFile>
#include <QLineSeries>
#include <QValueAxis>

#include <benchmark/benchmark.h>

#include <cmath>

namespace {

constexpr int seriesCount = 10;
constexpr int points = 10080;
constexpr qint64 start = 1763683200000; // 2025-11-21T00:00:00Z

QList<QList<QPointF>> prepared()
{
    QList<QList<QPointF>> all;
    for (int s = 0; s < seriesCount; ++s) {
        QList<QPointF> list;
        list.reserve(points);
        for (int i = 0; i < points; ++i)
            list.append(QPointF(double(start + i * 60000LL), 30 + 20 * std::sin((i + s * 300) / 240.0) + s));
        all.append(list);
    }
    return all;
}

QList<EcsDesk::Models::MetricSeries> modelSeries()
{
    QList<EcsDesk::Models::MetricSeries> all;
    const auto lists = prepared();
    for (int s = 0; s < seriesCount; ++s) {
        EcsDesk::Models::MetricSeries one { QStringLiteral("s%1").arg(s), QStringLiteral("service %1").arg(s), {}, {} };
        for (const QPointF& p : lists[s]) {
            one.timestamps.append(qint64(p.x()));
            one.values.append(p.y());
        }
        all.append(one);
    }
    return all;
}

double residentMb()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields[1].toDouble() * 4096 / (1024.0 * 1024.0) : 0;
}

void BM_ReplaceSeries(benchmark::State& state)
{
    const auto lists = prepared();
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    auto* x = new QDateTimeAxis;
    auto* y = new QValueAxis;
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    QList<QLineSeries*> series;
    for (int s = 0; s < seriesCount; ++s) {
        auto* line = new QLineSeries;
        line->setUseOpenGL(false);
        chart->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
        series.append(line);
    }
    x->setRange(QDateTime::fromMSecsSinceEpoch(start), QDateTime::fromMSecsSinceEpoch(start + points * 60000LL));
    y->setRange(0, 70);
    QChartView view(chart);
    view.resize(1280, 600);
    view.show();
    QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
    const bool render = state.range(0) != 0;
    for (auto _ : state) {
        for (int s = 0; s < seriesCount; ++s)
            series[s]->replace(lists[s]);
        if (render) {
            QPainter painter(&image);
            view.render(&painter);
            benchmark::DoNotOptimize(image.bits());
        }
    }
}
BENCHMARK(BM_ReplaceSeries)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->MinTime(2.0); // 1: and render

void BM_PaneShowWeek(benchmark::State& state)
{
    const auto data = modelSeries();
    EcsDesk::Ui::MetricsPane pane;
    pane.resize(1280, 640);
    pane.show();
    QImage image(pane.chartView()->size(), QImage::Format_ARGB32_Premultiplied);
    for (auto _ : state) {
        pane.showSeries(data, 60);
        QPainter painter(&image);
        pane.chartView()->render(&painter);
        benchmark::DoNotOptimize(image.bits());
    }
}
BENCHMARK(BM_PaneShowWeek)->Unit(benchmark::kMillisecond)->MinTime(2.0);

void BM_PaneZoomDay(benchmark::State& state)
{
    const auto data = modelSeries();
    EcsDesk::Ui::MetricsPane pane;
    pane.resize(1280, 640);
    pane.show();
    pane.showSeries(data, 60);
    QImage image(pane.chartView()->size(), QImage::Format_ARGB32_Premultiplied);
    auto* axis = qobject_cast<QDateTimeAxis*>(pane.chartView()->chart()->axes(Qt::Horizontal).first());
    qint64 day = 0;
    for (auto _ : state) {
        const qint64 from = start + (day % 6) * 86400000LL;
        axis->setRange(QDateTime::fromMSecsSinceEpoch(from), QDateTime::fromMSecsSinceEpoch(from + 86400000LL));
        ++day;
        QPainter painter(&image);
        pane.chartView()->render(&painter);
        benchmark::DoNotOptimize(image.bits());
    }
}
BENCHMARK(BM_PaneZoomDay)->Unit(benchmark::kMillisecond)->MinTime(2.0);

void BM_Decimate(benchmark::State& state)
{
    const auto data = modelSeries();
    QList<QPointF> out;
    for (auto _ : state) {
        for (const auto& s : data) {
            EcsDesk::Models::SeriesDecimation::decimate(
                s, 0, s.timestamps.size(), start, start + points * 60000LL, 1180, 0, out);
            benchmark::DoNotOptimize(out.data());
        }
    }
}
BENCHMARK(BM_Decimate)->Unit(benchmark::kMicrosecond);

void BM_PaneAppendRefresh(benchmark::State& state)
{
    const auto data = modelSeries();
    EcsDesk::Ui::MetricsPane pane;
    pane.resize(1280, 640);
    pane.show();
    pane.showSeries(data, 60);
    qint64 next = start + points * 60000LL;
    for (auto _ : state) {
        QList<EcsDesk::Models::MetricSeries> newer;
        for (const auto& s : data)
            newer.append({ s.id, {}, { next }, { 42.0 } });
        next += 60000;
        pane.appendSeries(newer);
    }
    state.counters["rows"] = double(pane.model()->rowCount());
}
BENCHMARK(BM_PaneAppendRefresh)->Unit(benchmark::kMicrosecond)->Iterations(2000); // includes tail folds

void BM_LogModel100k(benchmark::State& state)
{
    for (auto _ : state) {
        const double before = residentMb();
        EcsDesk::Models::LogModel model;
        const qint32 source = model.sourceIndex(QStringLiteral("web/3f2a9c1d"));
        QList<EcsDesk::Models::LogLine> block;
        for (int i = 0; i < 100000; ++i) {
            block.append({ start + i, source,
                QStringLiteral("2025-11-21T00:00:00Z INFO [http-nio-8080-exec-%1] c.e.shop.CartController GET "
                               "/cart/items?id=%2 200 12ms")
                    .arg(i % 16)
                    .arg(i) });
            if (block.size() == 1000) {
                model.append(block);
                block.clear();
            }
        }
        state.counters["rss_mb"] = residentMb() - before;
        benchmark::DoNotOptimize(model.rowCount());
    }
}
BENCHMARK(BM_LogModel100k)->Unit(benchmark::kMillisecond)->Iterations(1);

QList<QList<EcsDesk::Models::LogLine>> interleavedPolls()
{
    QList<QList<EcsDesk::Models::LogLine>> polls;
    for (int round = 0; round < 100; ++round)
        for (qint32 stream = 0; stream < 10; ++stream) {
            QList<EcsDesk::Models::LogLine> batch;
            for (int i = 0; i < 100; ++i)
                batch.append({ start + round * 10000LL + i * 100 + stream, stream,
                    QStringLiteral("2025-11-21T00:00:00Z INFO [worker-%1] c.e.shop.Orders processed order %2 in 12ms")
                        .arg(stream)
                        .arg(round * 100 + i) });
            polls.append(batch);
        }
    return polls;
}

void BM_LogModelInterleaved(benchmark::State& state)
{
    const auto polls = interleavedPolls();
    for (auto _ : state) {
        const double before = residentMb();
        EcsDesk::Models::LogModel model;
        for (int s = 0; s < 10; ++s)
            model.sourceIndex(QStringLiteral("web/%1").arg(s));
        for (const auto& batch : polls)
            model.merge(batch);
        state.counters["rss_mb"] = residentMb() - before;
        state.counters["rows"] = double(model.rowCount());
        benchmark::DoNotOptimize(model.rowCount());
    }
}
BENCHMARK(BM_LogModelInterleaved)->Unit(benchmark::kMillisecond)->Iterations(1);

void BM_LogResortInterleaved(benchmark::State& state)
{
    const auto polls = interleavedPolls();
    for (auto _ : state) {
        EcsDesk::Models::LogModel model;
        for (const auto& batch : polls) { // what LogsPane::addEvents did before merge()
            const auto& existing = model.lines();
            if (existing.isEmpty() || batch.first().timestamp >= existing.last().timestamp) {
                model.append(batch);
                continue;
            }
            QList<EcsDesk::Models::LogLine> merged = existing;
            merged.append(batch);
            std::stable_sort(
                merged.begin(), merged.end(), [](const auto& a, const auto& b) { return a.timestamp < b.timestamp; });
            const QStringList names = model.sources();
            model.clear();
            for (const QString& name : names)
                model.sourceIndex(name);
            model.append(merged);
        }
        benchmark::DoNotOptimize(model.rowCount());
    }
}
BENCHMARK(BM_LogResortInterleaved)->Unit(benchmark::kMillisecond)->Iterations(1);

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
