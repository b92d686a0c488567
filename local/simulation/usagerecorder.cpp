// SPDX-License-Identifier: MIT
#include "local/simulation/simulation.h"
#include "local/simulation/simulationdetail.h"

#include "local/api/cloudwatchhandler.h"
#include "local/api/logshandler.h"
#include "local/clock.h"
#include "local/domain/records.h"
#include "local/domain/taskoperations.h"
#include "local/simulation/engineplacement.h"
#include "local/simulation/loadbalancing.h"
#include "local/simulation/schedule.h"
#include "local/store/store.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QUuid>

#include <cmath>
#include <limits>
#include <map>

using namespace Qt::Literals::StringLiterals;

// The usage recorder: per-task CPU and memory, the minute's metrics (CloudWatch) and log lines.

namespace EcsDesk::Local {

using namespace SimulationDetail;

Simulation::Usage Simulation::usageOf(const QJsonObject& task, qint64 epochMs) const
{
    return usageOf(task.value("taskArn"_L1).toString(), task.value("group"_L1).toString(),
        task.value("taskDefinitionArn"_L1).toString(), epochMs);
}

Simulation::Usage Simulation::usageOf(
    const QString& taskArn, const QString& family, const QString& definitionArn, qint64 epochMs) const
{
    // The labelled levels per task definition and group (cached: task definitions never change).
    const QString baseKey = definitionArn + QLatin1Char(' ') + family;
    auto base = m_usageBase.constFind(baseKey);
    if (base == m_usageBase.cend()) {
        const QJsonObject* taskDefinition = m_ecs->findTaskDefinition(definitionArn);
        double cpuLevel = -1, memoryLevel = -1;
        if (taskDefinition) {
            for (const QJsonValue& value : taskDefinition->value("containerDefinitions"_L1).toArray()) {
                const QJsonObject labels = labelsOf(value.toObject());
                bool ok = false;
                const double cpu = labels.value(labelCpu).toString().toDouble(&ok);
                if (ok)
                    cpuLevel = std::max(cpuLevel, cpu);
                const double memory = labels.value(labelMemory).toString().toDouble(&ok);
                if (ok)
                    memoryLevel = std::max(memoryLevel, memory);
            }
        }
        // Without labels: a per-family level, so services differ but their tasks look alike.
        if (cpuLevel < 0)
            cpuLevel = 0.15 + 0.45 * hashUnit(family, 1);
        if (memoryLevel < 0)
            memoryLevel = 0.30 + 0.45 * hashUnit(family, 2);
        base = m_usageBase.insert(baseKey, { cpuLevel, memoryLevel });
    }
    const double cpuBase = base->first, memoryBase = base->second;
    // A daily pattern (peak mid-afternoon UTC, trough at night) and per-minute noise.
    const double hour = double(epochMs % (24 * 3600'000LL)) / 3600'000.0;
    const double daily = 1.0 + 0.35 * std::sin((hour - 9.0) / 24.0 * 2.0 * M_PI);
    const qint64 minute = epochMs / minuteMs;
    const double noise = (fastUnit(taskArn, minute) - 0.5) * 0.16;
    double factor = 1.0;
    if (family.startsWith("service:"_L1)) {
        const auto it = m_load.constFind(clusterNameOfTask(taskArn) + QLatin1Char('/') + family.mid(8));
        if (it != m_load.cend())
            factor = *it;
    }
    Usage usage;
    usage.cpu = std::clamp(cpuBase * daily * factor + noise * cpuBase, 0.005, 1.0);
    usage.memory = std::clamp(
        memoryBase * (1.0 + 0.08 * (daily - 1.0)) * std::sqrt(factor) + noise * 0.1 * memoryBase, 0.01, 1.0);
    return usage;
}

namespace {
    /// One minute's usage over the tasks, per cluster and per service.
    struct Aggregate {
        double cpuUsed = 0, cpuReserved = 0, memoryUsed = 0, memoryReserved = 0;
        double cpuMin = 1e9, cpuMax = 0, memoryMin = 1e9, memoryMax = 0;
        int tasks = 0;
        void add(double cpu, double cpuRes, double memory, double memoryRes)
        {
            cpuUsed += cpu;
            cpuReserved += cpuRes;
            memoryUsed += memory;
            memoryReserved += memoryRes;
            const double cpuPct = cpuRes > 0 ? cpu / cpuRes * 100 : 0;
            const double memoryPct = memoryRes > 0 ? memory / memoryRes * 100 : 0;
            cpuMin = std::min(cpuMin, cpuPct);
            cpuMax = std::max(cpuMax, cpuPct);
            memoryMin = std::min(memoryMin, memoryPct);
            memoryMax = std::max(memoryMax, memoryPct);
            ++tasks;
        }
    };
    struct MinuteAggregates {
        std::map<QString, Aggregate> clusters;
        std::map<std::pair<QString, QString>, Aggregate> services;
    };
} // namespace

void Simulation::recordMinute(qint64 minuteStartMs, int minutes, bool perTask)
{
    recordMinute(minuteStartMs, minutes, perTask, -1);
}

void Simulation::recordMinute(qint64 minuteStartMs, int minutes, bool perTask, qint64 autoScaleAtMs)
{
    // The RUNNING tasks are taken now; their usage, the per-task points and the aggregates are
    // work items, run at once or (on the real-time path) in slices from the backlog.
    Store& store = *m_context.store;
    LoadBalancing::recordMinute(store, minuteStartMs, minutes); // AWS/ApplicationELB (issue 23)
    auto aggregates = std::make_shared<MinuteAggregates>();
    const qint64 sampleMs = minuteStartMs + minutes * 30'000LL;
    // Container Insights metrics exist only for clusters that have it on, as on AWS.
    auto insights = std::make_shared<QSet<QString>>();
    for (const auto& [key, document] : store.collection(Kind::Cluster)) {
        const ClusterRecord cluster = ClusterRecord::fromJson(document);
        if (cluster.hasContainerInsights())
            insights->insert(cluster.name);
    }
    const double spotChance = autoScaleAtMs >= 0 ? m_options.spotInterruptionsPerHour / 60.0 : 0.0;
    scanTasks(
        [this, &store, aggregates, insights, minuteStartMs, sampleMs, perTask, spotChance](
            const QString& key, const TaskFields& fields) {
            if (fields.lastStatus != TaskStatus::Running)
                return;
            const QString& group = fields.group;
            const QString& definitionArn = fields.taskDefinitionArn;
            // What a task reserves, cached until its record changes.
            auto info = m_taskInfo.constFind(key);
            if (info == m_taskInfo.cend()) {
                const std::optional<TaskRecord> task = Repository(&store).task(key);
                if (!task)
                    return;
                info = m_taskInfo.insert(key,
                    { double(std::max(1, task->cpu)), double(std::max(1, task->memory)), clusterNameOfTask(key),
                        task->capacityProviderName == "FARGATE_SPOT"_L1 });
            }
            const Usage usage = usageOf(key, group, definitionArn, sampleMs);
            const double cpuReserved = info->cpuReserved, memoryReserved = info->memoryReserved;
            const double cpu = usage.cpu * cpuReserved, memory = usage.memory * memoryReserved;
            const QString cluster = info->cluster;
            aggregates->clusters[cluster].add(cpu, cpuReserved, memory, memoryReserved);
            if (group.startsWith("service:"_L1))
                aggregates->services[{ cluster, group.mid(8) }].add(cpu, cpuReserved, memory, memoryReserved);
            // AWS reclaims Spot capacity now and then (a stable draw per task and minute).
            if (info->spot && spotChance > 0 && fastUnit(key, minuteStartMs / minuteMs * 31 + 7) < spotChance)
                interruptSpotTask(key);
            if (!perTask || !insights->contains(cluster))
                return;
            // Container Insights, per task.
            QString family = definitionArn.mid(definitionArn.lastIndexOf(QLatin1Char('/')) + 1);
            family = family.left(family.lastIndexOf(QLatin1Char(':')));
            const QJsonArray taskDimensions { QJsonObject { { "Name"_L1, "ClusterName"_L1 }, { "Value"_L1, cluster } },
                QJsonObject { { "Name"_L1, "TaskDefinitionFamily"_L1 }, { "Value"_L1, family } },
                QJsonObject { { "Name"_L1, "TaskId"_L1 }, { "Value"_L1, lastSegment(key) } } };
            CloudWatchHandler::record(store, QStringLiteral("ECS/ContainerInsights"), QStringLiteral("CpuUtilized"),
                taskDimensions, minuteStartMs, 1, cpu, cpu, cpu, QStringLiteral("None"));
            CloudWatchHandler::record(store, QStringLiteral("ECS/ContainerInsights"), QStringLiteral("MemoryUtilized"),
                taskDimensions, minuteStartMs, 1, memory, memory, memory, QStringLiteral("Megabytes"));
        },
        [this, &store, aggregates, insights, minuteStartMs, minutes, autoScaleAtMs] {
            auto publish = [&](const QString& cluster, const QJsonArray& dimensions, const Aggregate& a) {
                const double n = double(a.tasks) * minutes;
                const double cpuPct = a.cpuUsed / a.cpuReserved * 100,
                             memoryPct = a.memoryUsed / a.memoryReserved * 100;
                CloudWatchHandler::record(store, QStringLiteral("AWS/ECS"), QStringLiteral("CPUUtilization"),
                    dimensions, minuteStartMs, n, cpuPct * n, a.cpuMin, a.cpuMax, QStringLiteral("Percent"));
                CloudWatchHandler::record(store, QStringLiteral("AWS/ECS"), QStringLiteral("MemoryUtilization"),
                    dimensions, minuteStartMs, n, memoryPct * n, a.memoryMin, a.memoryMax, QStringLiteral("Percent"));
                if (!insights->contains(cluster))
                    return;
                const std::pair<const char*, double> insightMetrics[] = { { "CpuUtilized", a.cpuUsed },
                    { "CpuReserved", a.cpuReserved }, { "MemoryUtilized", a.memoryUsed },
                    { "MemoryReserved", a.memoryReserved }, { "RunningTaskCount", n } };
                for (const auto& [metric, value] : insightMetrics)
                    CloudWatchHandler::record(store, QStringLiteral("ECS/ContainerInsights"), QLatin1String(metric),
                        dimensions, minuteStartMs, minutes, value * minutes, value, value, QStringLiteral("None"));
            };
            for (const auto& [cluster, aggregate] : aggregates->clusters)
                publish(cluster,
                    QJsonArray { QJsonObject { { "Name"_L1, "ClusterName"_L1 }, { "Value"_L1, cluster } } }, aggregate);
            if (minutes == 1) {
                for (const auto& [names, a] : aggregates->services) {
                    auto& history = m_serviceUsage[names.first + QLatin1Char('/') + names.second];
                    history.append(
                        { minuteStartMs, a.cpuUsed / a.cpuReserved * 100, a.memoryUsed / a.memoryReserved * 100 });
                    while (history.size() > 30)
                        history.removeFirst();
                }
            }
            for (const auto& [names, aggregate] : aggregates->services)
                publish(names.first,
                    QJsonArray { QJsonObject { { "Name"_L1, "ClusterName"_L1 }, { "Value"_L1, names.first } },
                        QJsonObject { { "Name"_L1, "ServiceName"_L1 }, { "Value"_L1, names.second } } },
                    aggregate);
            if (autoScaleAtMs >= 0)
                stepAutoScaling(autoScaleAtMs);
        });
}

void Simulation::scanTasks(std::function<void(const QString&, const TaskFields&)> visit, std::function<void()> done)
{
    if (!m_deferring) {
        for (const auto& [key, fields] : m_context.store->taskIndex())
            visit(key, fields);
        done();
        return;
    }
    auto scan = std::make_shared<TaskScan>();
    scan->visit = std::move(visit);
    scan->done = std::move(done);
    m_backlog.emplace_back([this, scan] { continueScan(scan); });
}

void Simulation::continueScan(const std::shared_ptr<TaskScan>& scan)
{
    // About 2 ms of tasks per slice; the rest goes back to the front of the backlog. Tasks added
    // or removed meanwhile are fine: the scan resumes at the first key after the last one visited.
    QElapsedTimer timer;
    timer.start();
    const auto& index = m_context.store->taskIndex();
    auto it = scan->started ? index.upper_bound(scan->last) : index.begin();
    scan->started = true;
    for (; it != index.end() && timer.elapsed() < 2; ++it) {
        scan->last = it->first;
        scan->visit(it->first, it->second);
    }
    if (it == index.end()) {
        scan->done();
        return;
    }
    m_backlog.emplace_front([this, scan] { continueScan(scan); });
}

void Simulation::recordLogs(qint64 fromMs, qint64 toMs)
{
    const bool deferring = m_deferring;
    m_deferring = false;
    writeLogs(fromMs, toMs);
    m_deferring = deferring;
}

void Simulation::writeLogs(qint64 fromMs, qint64 toMs)
{
    Store& store = *m_context.store;
    scanTasks(
        [this, &store, fromMs, toMs](const QString& key, const TaskFields& fields) {
            if (fields.lastStatus != TaskStatus::Running)
                return;
            // Task definitions never change: remember which ones log nothing through awslogs.
            auto logging = m_logging.constFind(fields.taskDefinitionArn);
            if (logging == m_logging.cend()) {
                const QJsonObject* taskDefinition = m_ecs->findTaskDefinition(fields.taskDefinitionArn);
                bool any = false;
                if (taskDefinition) {
                    for (const QJsonValue& value : taskDefinition->value("containerDefinitions"_L1).toArray())
                        any = any
                            || value.toObject().value("logConfiguration"_L1).toObject().value("logDriver"_L1).toString()
                                == "awslogs"_L1;
                }
                logging = m_logging.insert(fields.taskDefinitionArn, any);
            }
            if (!*logging)
                return;
            const QJsonObject* taskDefinition = m_ecs->findTaskDefinition(fields.taskDefinitionArn);
            if (!taskDefinition)
                return;
            const QString taskId = lastSegment(key);
            for (const QJsonValue& value : taskDefinition->value("containerDefinitions"_L1).toArray()) {
                const QJsonObject definition = value.toObject();
                const QJsonObject logConfiguration = definition.value("logConfiguration"_L1).toObject();
                if (logConfiguration.value("logDriver"_L1).toString() != "awslogs"_L1)
                    continue;
                const QJsonObject options = logConfiguration.value("options"_L1).toObject();
                const QString group = options.value("awslogs-group"_L1).toString();
                const QString prefix = options.value("awslogs-stream-prefix"_L1).toString();
                const QString name = definition.value("name"_L1).toString();
                const QString stream
                    = prefix.isEmpty() ? taskId : prefix + QLatin1Char('/') + name + QLatin1Char('/') + taskId;
                if (!LogsHandler::hasGroup(store, group))
                    continue;
                LogsHandler::ensureStream(store, group, stream, m_context.region, m_context.accountId, fromMs);
                bool ok = false;
                int perMinute = labelsOf(definition).value(labelLogs).toString().toInt(&ok);
                if (!ok)
                    perMinute = 6;
                QList<LogsHandler::Event> events;
                events.reserve(std::max(0, perMinute));
                for (int i = 0; i < perMinute; ++i) {
                    const qint64 at = fromMs + (toMs - fromMs) * i / std::max(1, perMinute);
                    const double pick = fastUnit(taskId, at);
                    const char* pattern = logTemplates[int(pick * std::size(logTemplates)) % std::size(logTemplates)];
                    const QString message
                        = QString::fromLatin1(pattern).arg(int(fastUnit(name, at) * 100000)).arg(int(3 + pick * 250));
                    events.append({ at, message, at + 200 });
                }
                LogsHandler::appendEvents(store, group, stream, events);
            }
        },
        [] {});
}

} // namespace EcsDesk::Local
