#include "local/simulation/simulation.h"

#include "local/api/cloudwatchhandler.h"
#include "local/api/logshandler.h"
#include "local/clock.h"
#include "local/domain/records.h"
#include "local/domain/taskoperations.h"
#include "local/simulation/engineplacement.h"
#include "local/simulation/schedule.h"
#include "local/store/store.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QUuid>

#include <cmath>
#include <limits>
#include <map>

using namespace Qt::Literals::StringLiterals;

namespace EcsDesk::Local {

namespace {
    constexpr qint64 minuteMs = 60'000;
    const QLatin1String labelCpu("ecsdesk.sim.cpu");
    const QLatin1String labelMemory("ecsdesk.sim.memory");
    const QLatin1String labelExitAfter("ecsdesk.sim.exit-after");
    const QLatin1String labelExitCode("ecsdesk.sim.exit-code");
    const QLatin1String labelHealth("ecsdesk.sim.health");
    const QLatin1String labelLogs("ecsdesk.sim.logs-per-minute");

    QString lastSegment(const QString& arn) { return arn.mid(arn.lastIndexOf(QLatin1Char('/')) + 1); }

    /// A stable pseudo-random number in [0, 1) from a text and a number.
    double hashUnit(const QString& text, qint64 salt)
    {
        const QByteArray digest
            = QCryptographicHash::hash(QByteArray(text.toUtf8() + QByteArray::number(salt)), QCryptographicHash::Md5);
        quint32 value = 0;
        for (int i = 0; i < 4; ++i)
            value = (value << 8) | quint8(digest[i]);
        return double(value) / 4294967296.0;
    }

    /// FNV-1a, cheaper than MD5 for the per-minute noise of thousands of tasks.
    double fastUnit(const QString& text, qint64 salt)
    {
        quint64 h = 1469598103934665603ULL ^ quint64(salt) * 0x9E3779B97F4A7C15ULL;
        for (const QChar c : text) {
            h ^= c.unicode();
            h *= 1099511628211ULL;
        }
        h ^= h >> 33;
        h *= 0xff51afd7ed558ccdULL;
        h ^= h >> 33;
        return double(h >> 11) / 9007199254740992.0;
    }

    QJsonObject labelsOf(const QJsonObject& definition) { return definition.value("dockerLabels"_L1).toObject(); }

    QJsonObject containerDefinition(const QJsonObject* taskDefinition, const QString& name)
    {
        if (!taskDefinition)
            return {};
        for (const QJsonValue& value : taskDefinition->value("containerDefinitions"_L1).toArray()) {
            if (value.toObject().value("name"_L1).toString() == name)
                return value.toObject();
        }
        return {};
    }

    bool isEssential(const QJsonObject& definition) { return definition.value("essential"_L1).toBool(true); }

    QString clusterNameOfTask(const QString& taskArn)
    {
        const qsizetype start = taskArn.indexOf(":task/"_L1);
        if (start < 0)
            return {};
        const qsizetype end = taskArn.lastIndexOf(QLatin1Char('/'));
        return taskArn.mid(start + 6, end - start - 6);
    }

    QString serviceArnFor(const QString& taskArn, const QString& serviceName)
    {
        const qsizetype start = taskArn.indexOf(":task/"_L1);
        return taskArn.left(start) + ":service/"_L1 + clusterNameOfTask(taskArn) + QLatin1Char('/') + serviceName;
    }

    double seconds(qint64 ms) { return double(ms) / 1000.0; }

    const char* const logTemplates[] = {
        "GET /api/items/%1 200 %2ms",
        "GET /health?probe=%1 200 %2ms",
        "POST /api/orders 201 %2ms order=%1",
        "INFO processed batch %1 in %2ms",
        "WARN slow query on table items took %2ms (id %1)",
        "GET /api/users/%1 404 %2ms",
        "INFO cache refreshed: %1 keys in %2ms",
    };

    /// A stored record's status, typed (nullopt when it is not one ECS knows).
    std::optional<ServiceStatus> serviceStatus(const QJsonObject& service)
    {
        return fromWire<ServiceStatus>(service.value("status"_L1).toString());
    }
    std::optional<ContainerInstanceStatus> instanceStatus(const QJsonObject& instance)
    {
        return fromWire<ContainerInstanceStatus>(instance.value("status"_L1).toString());
    }
} // namespace

// ---- options -----------------------------------------------------------------------------------

void SimulationOptions::setAllSteps(qint64 ms)
{
    provisioningMs = pendingMs = activatingMs = deactivatingMs = stoppingMs = deprovisioningMs = ms;
}

SimulationOptions SimulationOptions::fromEnvironment()
{
    SimulationOptions options;
    bool ok = false;
    const qint64 step = qEnvironmentVariable("ECSDESK_SIM_STEP_MS").toLongLong(&ok);
    if (ok && step >= 0) {
        options.setAllSteps(step);
        options.tickIntervalMs = int(std::clamp<qint64>(step / 2, 50, 1000));
    }
    const double spotRate = qEnvironmentVariable("ECSDESK_SIM_SPOT_RATE").toDouble(&ok);
    if (ok && spotRate >= 0)
        options.spotInterruptionsPerHour = spotRate;
    return options;
}

// ---- simulation ----------------------------------------------------------------------------------

Simulation::Simulation(EndpointContext context, TaskOperations* ecs, SimulationOptions options)
    : m_context(std::move(context))
    , m_ecs(ecs)
    , m_options(options)
{
    QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] { timerTick(); });
    m_drainTimer.setSingleShot(true);
    QObject::connect(&m_drainTimer, &QTimer::timeout, &m_drainTimer, [this] {
        QElapsedTimer timer;
        timer.start();
        drainBacklog(2);
        m_longestSliceMs = std::max(m_longestSliceMs, double(timer.nsecsElapsed()) / 1e6);
    });
    m_ecs->setDrainsOverTime(true);
    QObject::connect(m_context.store, &Store::changed, &m_timer,
        [this](EcsDesk::Local::Kind kind, const QString& key) { onChanged(kind, key); });
}

Simulation::~Simulation()
{
    // Deferred writes belong to minutes that already passed: keep them.
    if (!m_backlog.empty() && !m_context.store->inTransaction())
        drainBacklog(-1);
}

void Simulation::start() { m_timer.start(m_options.tickIntervalMs); }

void Simulation::stop()
{
    m_timer.stop();
    m_drainTimer.stop();
}

void Simulation::setLoadFactor(const QString& clusterName, const QString& serviceName, double factor)
{
    m_load.insert(clusterName + QLatin1Char('/') + serviceName, factor);
}

bool Simulation::interruptSpotTask(const QString& taskArn, QString* error)
{
    Store& store = *m_context.store;
    const QJsonObject* task = store.find(Kind::Task, taskArn);
    if (!task || task->value("capacityProviderName"_L1).toString() != "FARGATE_SPOT"_L1
        || task->value("lastStatus"_L1).toString() != "RUNNING"_L1
        || task->value("desiredStatus"_L1).toString() != "RUNNING"_L1) {
        if (error)
            *error = tr("%1 is not a RUNNING task on FARGATE_SPOT").arg(taskArn);
        return false;
    }
    auto interrupt = [&] {
        m_ecs->stopTaskRecord(taskArn, tr("Your Spot Task was interrupted."), QStringLiteral("SpotInterruption"));
    };
    if (store.inTransaction()) {
        interrupt();
        return true;
    }
    QString ignored;
    return store.transact(interrupt, error ? error : &ignored);
}

void Simulation::onChanged(Kind kind, const QString& key)
{
    if (!m_primed)
        return; // the first tick looks at everything
    switch (kind) {
    case Kind::Task: {
        m_active.insert(key);
        m_due.remove(key);
        m_taskInfo.remove(key);
        const TaskFields* fields = m_context.store->taskFields(key);
        QString groupKey;
        if (fields && fields->desiredStatus == "RUNNING"_L1 && fields->group.startsWith("service:"_L1))
            groupKey = key.left(key.lastIndexOf(QLatin1Char('/')) + 1) + fields->group;
        const auto previous = m_taskGroup.constFind(key);
        if (previous != m_taskGroup.cend() && *previous != groupKey) {
            auto members = m_groups.find(*previous);
            if (members != m_groups.end()) {
                members->remove(key);
                if (members->isEmpty())
                    m_groups.erase(members);
            }
            m_taskGroup.erase(previous);
        }
        if (!groupKey.isEmpty()) {
            m_groups[groupKey].insert(key);
            m_taskGroup.insert(key, groupKey);
        }
        if (fields && fields->group.startsWith("service:"_L1))
            m_dirtyServices.insert(serviceArnFor(key, fields->group.mid(8)));
        break;
    }
    case Kind::Service:
        m_dirtyServices.insert(key);
        break;
    case Kind::ContainerInstance:
    case Kind::TaskDefinition:
    case Kind::Cluster:
        m_allServicesDirty = true;
        break;
    default:
        break;
    }
}

void Simulation::prime()
{
    // Everything the change notifications keep from here on, built once from the store.
    const Store& store = *m_context.store;
    m_active.clear();
    m_due.clear();
    m_dueQueue.clear();
    m_groups.clear();
    m_taskGroup.clear();
    for (const auto& [key, fields] : store.taskIndex()) {
        if (fields.lastStatus != "STOPPED"_L1)
            m_active.insert(key);
        if (fields.desiredStatus == "RUNNING"_L1 && fields.group.startsWith("service:"_L1)) {
            const QString groupKey = key.left(key.lastIndexOf(QLatin1Char('/')) + 1) + fields.group;
            m_groups[groupKey].insert(key);
            m_taskGroup.insert(key, groupKey);
        }
    }
    m_allServicesDirty = true;
    m_primed = true;
}

bool Simulation::tick(QString* error)
{
    if (!step(error, false))
        return false;
    return drainBacklog(-1, error);
}

void Simulation::timerTick()
{
    QElapsedTimer timer;
    timer.start();
    step(nullptr, true);
    m_longestSliceMs = std::max(m_longestSliceMs, double(timer.nsecsElapsed()) / 1e6);
    if (m_stepsLeft) // more tasks were due than fit in one turn: go on in the next one
        QTimer::singleShot(0, &m_timer, [this] { timerTick(); });
    scheduleDrain();
}

void Simulation::scheduleDrain()
{
    if (!m_backlog.empty() && !m_drainTimer.isActive())
        m_drainTimer.start(0);
}

bool Simulation::drainBacklog(qint64 maxMs, QString* error)
{
    Store& store = *m_context.store;
    if (m_backlog.empty())
        return true;
    if (store.inTransaction()) {
        scheduleDrain();
        return true;
    }
    QElapsedTimer timer;
    timer.start();
    QString ignored;
    const bool ok = store.transact(
        [&] {
            // At least one item per slice, so the backlog always shrinks.
            do {
                std::function<void()> work = std::move(m_backlog.front());
                m_backlog.pop_front();
                work();
            } while (!m_backlog.empty() && (maxMs < 0 || timer.elapsed() < maxMs));
        },
        error ? error : &ignored);
    if (maxMs >= 0)
        scheduleDrain();
    return ok;
}

bool Simulation::step(QString* error, bool deferWrites)
{
    Store& store = *m_context.store;
    if (store.inTransaction())
        return true; // a request is being answered; the next tick catches up
    if (!m_primed)
        prime();
    const qint64 nowMs = m_context.clock->now().toMSecsSinceEpoch();
    QString ignored;
    return store.transact(
        [&] {
            // Only the tasks that can move now (collect first: stepping writes the store). On the
            // real-time path at most about 3 ms of them per turn; the rest follow in the next turn.
            // Tasks whose step delay is over join the ones that need a look now.
            while (!m_dueQueue.empty() && m_dueQueue.begin()->first <= nowMs) {
                const auto next = m_dueQueue.begin();
                const auto due = m_due.constFind(next->second);
                if (due != m_due.cend() && *due == next->first) {
                    m_active.insert(next->second);
                    m_due.erase(due);
                }
                m_dueQueue.erase(next);
            }
            QStringList live(m_active.cbegin(), m_active.cend());
            std::sort(live.begin(), live.end());
            QElapsedTimer budget;
            budget.start();
            m_stepsLeft = false;
            for (const QString& key : std::as_const(live)) {
                if (deferWrites && budget.elapsed() >= 2) {
                    m_stepsLeft = true;
                    break;
                }
                stepTask(key, nowMs);
            }
            stepScheduledActions(m_lastTickMs > 0 ? m_lastTickMs : nowMs, nowMs);
            m_deferring = deferWrites;
            if (!m_stepsLeft) // services count their tasks once those due have moved
                stepServices(nowMs);
            // Metrics and logs per whole minute that passed since the last tick.
            const qint64 minute = nowMs - nowMs % minuteMs;
            if (m_lastMinuteMs == 0)
                m_lastMinuteMs = minute;
            m_deferring = deferWrites;
            while (m_lastMinuteMs < minute) {
                writeLogs(m_lastMinuteMs, m_lastMinuteMs + minuteMs);
                recordMinute(m_lastMinuteMs, 1, true, nowMs); // then target tracking on it
                m_lastMinuteMs += minuteMs;
            }
            m_deferring = false;
            m_lastTickMs = nowMs;
        },
        error ? error : &ignored);
}

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

void Simulation::addEvent(QJsonObject& service, const QString& message, qint64 nowMs)
{
    QJsonArray events = service.value("events"_L1).toArray();
    events.prepend(QJsonObject { { "id"_L1, QUuid::createUuid().toString(QUuid::WithoutBraces) },
        { "createdAt"_L1, seconds(nowMs) }, { "message"_L1, message } });
    while (events.size() > 100)
        events.removeLast();
    service["events"_L1] = events;
}

bool Simulation::prepareLogs(const QJsonObject& task, QString* reason)
{
    const QJsonObject* taskDefinition = m_ecs->findTaskDefinition(task.value("taskDefinitionArn"_L1).toString());
    if (!taskDefinition)
        return true;
    const qint64 nowMs = m_context.clock->now().toMSecsSinceEpoch();
    const QString taskId = lastSegment(task.value("taskArn"_L1).toString());
    for (const QJsonValue& value : taskDefinition->value("containerDefinitions"_L1).toArray()) {
        const QJsonObject definition = value.toObject();
        const QJsonObject logging = definition.value("logConfiguration"_L1).toObject();
        if (logging.value("logDriver"_L1).toString() != "awslogs"_L1)
            continue;
        const QJsonObject options = logging.value("options"_L1).toObject();
        const QString group = options.value("awslogs-group"_L1).toString();
        if (group.isEmpty())
            continue;
        if (!LogsHandler::hasGroup(*m_context.store, group)) {
            if (options.value("awslogs-create-group"_L1).toString() != "true"_L1) {
                *reason = tr("ResourceInitializationError: failed to validate logger args: create stream has been "
                             "retried 1 times: failed to create Cloudwatch log stream: ResourceNotFoundException: The "
                             "specified log group does not exist. : exit status 1");
                return false;
            }
            LogsHandler::ensureGroup(*m_context.store, group, m_context.region, m_context.accountId, nowMs);
        }
        const QString prefix = options.value("awslogs-stream-prefix"_L1).toString();
        const QString name = definition.value("name"_L1).toString();
        const QString stream = prefix.isEmpty() ? taskId : prefix + QLatin1Char('/') + name + QLatin1Char('/') + taskId;
        LogsHandler::ensureStream(*m_context.store, group, stream, m_context.region, m_context.accountId, nowMs);
    }
    return true;
}

void Simulation::countFailure(const QJsonObject& task)
{
    const QString group = task.value("group"_L1).toString();
    if (!group.startsWith("service:"_L1))
        return;
    const QString key = serviceArnFor(task.value("taskArn"_L1).toString(), group.mid(8));
    const QJsonObject* found = m_context.store->find(Kind::Service, key);
    if (!found)
        return;
    QJsonObject service = *found;
    QJsonArray deployments = service.value("deployments"_L1).toArray();
    for (qsizetype i = 0; i < deployments.size(); ++i) {
        QJsonObject deployment = deployments[i].toObject();
        if (deployment.value("id"_L1).toString() == task.value("startedBy"_L1).toString()) {
            deployment["failedTasks"_L1] = deployment.value("failedTasks"_L1).toInt() + 1;
            deployments[i] = deployment;
        }
    }
    service["deployments"_L1] = deployments;
    m_context.store->put(Kind::Service, key, service);
}

void Simulation::stepTask(const QString& key, qint64 nowMs)
{
    Store& store = *m_context.store;
    const QJsonObject* found = store.find(Kind::Task, key);
    if (!found) {
        m_active.remove(key);
        return;
    }
    QJsonObject task = *found;
    const QString status = task.value("lastStatus"_L1).toString();
    if (status == "STOPPED"_L1) {
        m_active.remove(key);
        return;
    }
    const bool wantRunning = task.value("desiredStatus"_L1).toString() == "RUNNING"_L1;
    auto since = m_since.find(key);
    if (since == m_since.end())
        since = m_since.insert(key, qint64(task.value("createdAt"_L1).toDouble() * 1000.0));
    const qint64 elapsed = nowMs - *since;
    const QJsonObject* taskDefinition = m_ecs->findTaskDefinition(task.value("taskDefinitionArn"_L1).toString());
    const bool awsvpc = taskDefinition && taskDefinition->value("networkMode"_L1).toString() == "awsvpc"_L1;
    bool changed = false;
    auto enter = [&](const char* next) {
        task["lastStatus"_L1] = QLatin1String(next);
        *since = nowMs;
        changed = true;
    };
    auto setAttachment = [&](const char* state) {
        QJsonArray attachments = task.value("attachments"_L1).toArray();
        for (qsizetype i = 0; i < attachments.size(); ++i) {
            QJsonObject attachment = attachments[i].toObject();
            if (attachment.value("type"_L1).toString() != "ElasticNetworkInterface"_L1)
                continue;
            attachment["status"_L1] = QLatin1String(state);
            if (QLatin1String(state) == "ATTACHED"_L1) {
                const QString id = lastSegment(key);
                const int a = int(hashUnit(id, 3) * 250) + 2, b = int(hashUnit(id, 4) * 250) + 2;
                attachment["details"_L1] = QJsonArray { QJsonObject { { "name"_L1, "subnetId"_L1 },
                                                            { "value"_L1, "subnet-0a1b2c3d4e5f60718"_L1 } },
                    QJsonObject {
                        { "name"_L1, "networkInterfaceId"_L1 }, { "value"_L1, QString("eni-0"_L1 + id.left(16)) } },
                    QJsonObject { { "name"_L1, "macAddress"_L1 },
                        { "value"_L1,
                            QStringLiteral("0a:%1:%2:00:00:01")
                                .arg(a % 100, 2, 10, QLatin1Char('0'))
                                .arg(b % 100, 2, 10, QLatin1Char('0')) } },
                    QJsonObject { { "name"_L1, "privateDnsName"_L1 },
                        { "value"_L1, QStringLiteral("ip-10-0-%1-%2.ec2.internal").arg(a).arg(b) } },
                    QJsonObject { { "name"_L1, "privateIPv4Address"_L1 },
                        { "value"_L1, QStringLiteral("10.0.%1.%2").arg(a).arg(b) } } };
            }
            attachments[i] = attachment;
        }
        task["attachments"_L1] = attachments;
    };
    auto failTask = [&](const QString& reason, const QString& stopCode) {
        store.put(Kind::Task, key, task);
        m_ecs->stopTaskRecord(key, reason, stopCode);
        task = *store.find(Kind::Task, key);
        countFailure(task);
        changed = false;
    };

    if (wantRunning) {
        if (status == "PROVISIONING"_L1 && elapsed >= m_options.provisioningMs) {
            setAttachment("ATTACHED");
            enter("PENDING");
        } else if (status == "PENDING"_L1 && elapsed >= m_options.pendingMs) {
            QString reason;
            if (!prepareLogs(task, &reason)) {
                failTask(reason, QStringLiteral("TaskFailedToStart"));
                return;
            }
            task["pullStartedAt"_L1] = seconds(*since);
            task["pullStoppedAt"_L1] = seconds(nowMs);
            enter("ACTIVATING");
        } else if (status == "ACTIVATING"_L1 && elapsed >= m_options.activatingMs) {
            task["startedAt"_L1] = seconds(nowMs);
            task["connectivityAt"_L1] = seconds(nowMs);
            enter("RUNNING");
        }
        if (task.value("lastStatus"_L1).toString() == "RUNNING"_L1) {
            // Containers: start those whose dependencies are met, run exits and health checks.
            QJsonArray containers = task.value("containers"_L1).toArray();
            QHash<QString, QJsonObject> byName;
            for (const QJsonValue& value : containers)
                byName.insert(value.toObject().value("name"_L1).toString(), value.toObject());
            QString essentialExit;
            bool dependencyFailed = false;
            for (qsizetype i = 0; i < containers.size(); ++i) {
                QJsonObject container = containers[i].toObject();
                const QString name = container.value("name"_L1).toString();
                const QJsonObject definition = containerDefinition(taskDefinition, name);
                const QJsonObject labels = labelsOf(definition);
                const QString containerStatus = container.value("lastStatus"_L1).toString();
                const QString startKey = key + QLatin1Char('/') + name;
                if (containerStatus == "PENDING"_L1) {
                    bool ready = true;
                    for (const QJsonValue& dependency : definition.value("dependsOn"_L1).toArray()) {
                        const QJsonObject other
                            = byName.value(dependency.toObject().value("containerName"_L1).toString());
                        const QString condition = dependency.toObject().value("condition"_L1).toString();
                        const QString otherStatus = other.value("lastStatus"_L1).toString();
                        if (condition == "START"_L1)
                            ready = ready && (otherStatus == "RUNNING"_L1 || otherStatus == "STOPPED"_L1);
                        else if (condition == "COMPLETE"_L1)
                            ready = ready && otherStatus == "STOPPED"_L1;
                        else if (condition == "SUCCESS"_L1) {
                            if (otherStatus == "STOPPED"_L1 && other.value("exitCode"_L1).toInt() != 0)
                                dependencyFailed = true;
                            ready = ready && otherStatus == "STOPPED"_L1 && other.value("exitCode"_L1).toInt() == 0;
                        } else if (condition == "HEALTHY"_L1) {
                            if (other.value("healthStatus"_L1).toString() == "UNHEALTHY"_L1)
                                dependencyFailed = true;
                            ready = ready && other.value("healthStatus"_L1).toString() == "HEALTHY"_L1;
                        }
                    }
                    if (ready) {
                        container["lastStatus"_L1] = "RUNNING"_L1;
                        m_since.insert(startKey, nowMs);
                        changed = true;
                    }
                } else if (containerStatus == "RUNNING"_L1) {
                    const qint64 started
                        = m_since.value(startKey, qint64(task.value("startedAt"_L1).toDouble() * 1000));
                    const qint64 up = nowMs - started;
                    bool ok = false;
                    const double exitAfter = labels.value(labelExitAfter).toString().toDouble(&ok);
                    if (ok && up >= qint64(exitAfter * 1000)) {
                        const int code = labels.value(labelExitCode).toString().toInt();
                        container["lastStatus"_L1] = "STOPPED"_L1;
                        container["exitCode"_L1] = code;
                        changed = true;
                        if (isEssential(definition) && essentialExit.isEmpty())
                            essentialExit = name;
                    } else if (definition.contains("healthCheck"_L1)) {
                        const QJsonObject check = definition.value("healthCheck"_L1).toObject();
                        const qint64 interval = check.value("interval"_L1).toInt(30) * 1000LL;
                        const qint64 startPeriod = check.value("startPeriod"_L1).toInt(0) * 1000LL;
                        const int retries = check.value("retries"_L1).toInt(3);
                        QString health = container.value("healthStatus"_L1).toString();
                        if (labels.value(labelHealth).toString() == "failing"_L1) {
                            if (up >= startPeriod + interval * retries)
                                health = QStringLiteral("UNHEALTHY");
                        } else if (up >= std::min(interval, startPeriod + interval)) {
                            health = QStringLiteral("HEALTHY");
                        }
                        if (health != container.value("healthStatus"_L1).toString()) {
                            container["healthStatus"_L1] = health;
                            changed = true;
                        }
                    }
                }
                containers[i] = container;
                byName.insert(name, container);
            }
            task["containers"_L1] = containers;
            // The task's health: UNHEALTHY if an essential container is, HEALTHY when all essential
            // containers with a health check are, UNKNOWN otherwise.
            QString taskHealth = QStringLiteral("UNKNOWN");
            bool anyChecked = false, allHealthy = true, unhealthy = false;
            for (const QJsonValue& value : containers) {
                const QJsonObject container = value.toObject();
                const QJsonObject definition
                    = containerDefinition(taskDefinition, container.value("name"_L1).toString());
                if (!isEssential(definition) || !definition.contains("healthCheck"_L1))
                    continue;
                anyChecked = true;
                const QString health = container.value("healthStatus"_L1).toString();
                unhealthy = unhealthy || health == "UNHEALTHY"_L1;
                allHealthy = allHealthy && health == "HEALTHY"_L1;
            }
            if (unhealthy)
                taskHealth = QStringLiteral("UNHEALTHY");
            else if (anyChecked && allHealthy)
                taskHealth = QStringLiteral("HEALTHY");
            if (taskHealth != task.value("healthStatus"_L1).toString()) {
                task["healthStatus"_L1] = taskHealth;
                changed = true;
            }
            if (!essentialExit.isEmpty()) {
                task["version"_L1] = task.value("version"_L1).toInt() + 1;
                failTask(tr("Essential container in task exited"), QStringLiteral("EssentialContainerExited"));
                return;
            }
            if (dependencyFailed) {
                failTask(tr("Task failed to start: a container dependency condition can no longer be met"),
                    QStringLiteral("TaskFailedToStart"));
                return;
            }
            if (unhealthy && task.value("group"_L1).toString().startsWith("service:"_L1)) {
                failTask(tr("Task failed container health checks"), QStringLiteral("ServiceSchedulerInitiated"));
                return;
            }
        }
    } else {
        // desiredStatus STOPPED: wind down.
        auto stopContainers = [&](bool ran) {
            QJsonArray containers = task.value("containers"_L1).toArray();
            for (qsizetype i = 0; i < containers.size(); ++i) {
                QJsonObject container = containers[i].toObject();
                if (container.value("lastStatus"_L1).toString() != "STOPPED"_L1) {
                    if (ran && container.value("lastStatus"_L1).toString() == "RUNNING"_L1)
                        container["exitCode"_L1] = 0; // a clean exit on SIGTERM
                    container["lastStatus"_L1] = "STOPPED"_L1;
                }
                containers[i] = container;
            }
            task["containers"_L1] = containers;
        };
        if (status == "PROVISIONING"_L1 || status == "PENDING"_L1 || status == "ACTIVATING"_L1) {
            stopContainers(false);
            task["executionStoppedAt"_L1] = seconds(nowMs);
            enter(awsvpc ? "DEPROVISIONING" : "STOPPED");
        } else if (status == "RUNNING"_L1) {
            enter("DEACTIVATING");
        } else if (status == "DEACTIVATING"_L1 && elapsed >= m_options.deactivatingMs) {
            enter("STOPPING");
        } else if (status == "STOPPING"_L1) {
            qint64 timeout = m_options.stoppingMs;
            if (taskDefinition) {
                for (const QJsonValue& value : taskDefinition->value("containerDefinitions"_L1).toArray()) {
                    const int stopTimeout = value.toObject().value("stopTimeout"_L1).toInt(30);
                    timeout = std::min(timeout, stopTimeout * 1000LL);
                }
            }
            if (elapsed >= timeout) {
                stopContainers(true);
                task["executionStoppedAt"_L1] = seconds(nowMs);
                enter(awsvpc ? "DEPROVISIONING" : "STOPPED");
            }
        } else if (status == "DEPROVISIONING"_L1 && elapsed >= m_options.deprovisioningMs) {
            setAttachment("DELETED");
            enter("STOPPED");
        }
        if (task.value("lastStatus"_L1).toString() == "STOPPED"_L1) {
            task["stoppedAt"_L1] = seconds(nowMs);
            m_since.remove(key);
            for (const QJsonValue& value : task.value("containers"_L1).toArray())
                m_since.remove(key + QLatin1Char('/') + value.toObject().value("name"_L1).toString());
        }
    }
    if (changed) {
        task["version"_L1] = task.value("version"_L1).toInt() + 1;
        store.put(Kind::Task, key, task);
    }
    // A task waiting out a step delay needs no look until the delay is over.
    qint64 delay = -1;
    if (!changed) {
        const QString current = task.value("lastStatus"_L1).toString();
        if (wantRunning)
            delay = current == "PROVISIONING"_L1 ? m_options.provisioningMs
                : current == "PENDING"_L1        ? m_options.pendingMs
                : current == "ACTIVATING"_L1     ? m_options.activatingMs
                                                 : -1;
        else
            delay = current == "DEACTIVATING"_L1 ? m_options.deactivatingMs
                : current == "DEPROVISIONING"_L1 ? m_options.deprovisioningMs
                                                 : -1;
    }
    if (delay >= 0 && m_since.contains(key)) {
        // Waits in the due queue, not in the set looked at every tick.
        const qint64 due = m_since.value(key) + delay;
        m_due.insert(key, due);
        m_dueQueue.emplace(due, key);
        m_active.remove(key);
        return;
    }
    m_due.remove(key);
    // A RUNNING task whose containers all run (or have exited, non-essential), with no exit
    // pending and its health settled, needs no more steps until it is told to stop.
    if (wantRunning && task.value("lastStatus"_L1).toString() == "RUNNING"_L1) {
        bool quiet = true;
        for (const QJsonValue& value : task.value("containers"_L1).toArray()) {
            const QJsonObject container = value.toObject();
            const QJsonObject definition = containerDefinition(taskDefinition, container.value("name"_L1).toString());
            const QString containerStatus = container.value("lastStatus"_L1).toString();
            if (containerStatus == "PENDING"_L1
                || (containerStatus == "RUNNING"_L1 && labelsOf(definition).contains(labelExitAfter))
                || (definition.contains("healthCheck"_L1) && containerStatus == "RUNNING"_L1
                    && container.value("healthStatus"_L1).toString() == "UNKNOWN"_L1))
                quiet = false;
        }
        if (quiet)
            m_active.remove(key);
    } else if (task.value("lastStatus"_L1).toString() == "STOPPED"_L1) {
        m_active.remove(key);
    }
}

void Simulation::stepServices(qint64 nowMs)
{
    // Only services whose tasks, record or container instances changed (or that still wait for
    // room to place tasks): a steady service costs nothing per tick.
    QStringList keys;
    const Store::Collection& services = m_context.store->collection(Kind::Service);
    if (m_allServicesDirty) {
        for (const auto& [key, service] : services)
            keys.append(key);
    } else {
        keys = QStringList(m_dirtyServices.cbegin(), m_dirtyServices.cend());
        std::sort(keys.begin(), keys.end());
    }
    m_allServicesDirty = false;
    m_dirtyServices.clear();
    m_anyDraining = false;
    for (const auto& [key, instance] : m_context.store->collection(Kind::ContainerInstance))
        m_anyDraining = m_anyDraining || instanceStatus(instance) == ContainerInstanceStatus::Draining;
    for (const QString& key : keys) {
        const auto it = services.find(key);
        if (it == services.end())
            continue;
        const std::optional<ServiceStatus> status = serviceStatus(it->second);
        if (status != ServiceStatus::Active && status != ServiceStatus::Draining)
            continue;
        if (!stepService(key, nowMs))
            m_dirtyServices.insert(key);
    }
}

bool Simulation::stepService(const QString& key, qint64 nowMs)
{
    Store& store = *m_context.store;
    const QJsonObject original = *store.find(Kind::Service, key);
    QJsonObject service = original;
    const QString name = service.value("serviceName"_L1).toString();
    const QString group = "service:"_L1 + name;
    const QString clusterName = lastSegment(service.value("clusterArn"_L1).toString());
    const QString taskPrefix = key.left(key.indexOf(":service/"_L1)) + ":task/"_L1 + clusterName + QLatin1Char('/');
    // A DAEMON service runs one task on each ACTIVE instance that satisfies its placement constraints;
    // ECS reports their number as its desiredCount.
    const bool daemon
        = fromWire<SchedulingStrategy>(service.value("schedulingStrategy"_L1).toString()) == SchedulingStrategy::Daemon;
    const QString instancePrefix
        = key.left(key.indexOf(":service/"_L1)) + ":container-instance/"_L1 + clusterName + QLatin1Char('/');
    QStringList daemonTargets;
    if (daemon && serviceStatus(service) == ServiceStatus::Active) {
        daemonTargets = daemonInstances(store, instancePrefix, service.value("placementConstraints"_L1).toArray());
        service["desiredCount"_L1] = int(daemonTargets.size());
    }
    const int desired = service.value("desiredCount"_L1).toInt();
    const QJsonObject configuration = service.value("deploymentConfiguration"_L1).toObject();
    const int maxPercent = configuration.value("maximumPercent"_L1).toInt(200);
    const int minPercent = configuration.value("minimumHealthyPercent"_L1).toInt(100);
    const QJsonObject breaker = configuration.value("deploymentCircuitBreaker"_L1).toObject();
    const int maxTotal = std::max(desired, int(std::floor(desired * maxPercent / 100.0)));
    const int minHealthy = int(std::ceil(desired * minPercent / 100.0));

    if (serviceStatus(service) == ServiceStatus::Draining)
        return stepDrainingService(key, nowMs);
    QJsonArray deployments = service.value("deployments"_L1).toArray();
    if (deployments.isEmpty())
        return true;
    QJsonObject primary = deployments[0].toObject();
    const QString primaryId = primary.value("id"_L1).toString();

    struct Live {
        QString key;
        bool primary;
        bool healthy;
        bool running;
        QString startedBy;
        QString instance;
    };
    std::vector<Live> live;
    const QSet<QString> members = m_groups.value(taskPrefix + group);
    QStringList groupKeys(members.cbegin(), members.cend());
    std::sort(groupKeys.begin(), groupKeys.end());
    for (const QString& taskKey : groupKeys) {
        const TaskFields* fields = store.taskFields(taskKey);
        if (!fields || fields->desiredStatus != "RUNNING"_L1)
            continue;
        const bool running = fields->lastStatus == "RUNNING"_L1;
        bool healthy = running;
        if (running) {
            // Healthy: RUNNING, and HEALTHY when an essential container has a health check.
            auto checked = m_checked.find(fields->taskDefinitionArn);
            if (checked == m_checked.end()) {
                bool any = false;
                const QJsonObject* taskDefinition = m_ecs->findTaskDefinition(fields->taskDefinitionArn);
                const QJsonArray definitions
                    = taskDefinition ? taskDefinition->value("containerDefinitions"_L1).toArray() : QJsonArray();
                for (const QJsonValue& value : definitions) {
                    if (isEssential(value.toObject()) && value.toObject().contains("healthCheck"_L1))
                        any = true;
                }
                checked = m_checked.insert(fields->taskDefinitionArn, any);
            }
            if (*checked) {
                const QJsonObject* task = store.find(Kind::Task, taskKey);
                healthy = task && task->value("healthStatus"_L1).toString() == "HEALTHY"_L1;
            }
        }
        // A task on a DRAINING instance is replaced like one of an older deployment.
        bool draining = false;
        if (m_anyDraining && !fields->containerInstanceArn.isEmpty()) {
            const QJsonObject* instance = store.find(Kind::ContainerInstance, fields->containerInstanceArn);
            draining = instance && instanceStatus(*instance) == ContainerInstanceStatus::Draining;
        }
        // A DAEMON task on an instance it no longer belongs on (draining, deregistered, constraints) too.
        const bool misplaced = daemon && !daemonTargets.contains(fields->containerInstanceArn);
        live.push_back({ taskKey, fields->startedBy == primaryId && !draining && !misplaced, healthy, running,
            fields->startedBy, fields->containerInstanceArn });
    }
    int newCount = 0, oldCount = 0, healthyTotal = 0, newRunning = 0;
    for (const Live& task : live) {
        (task.primary ? newCount : oldCount) += 1;
        healthyTotal += task.healthy ? 1 : 0;
        newRunning += task.primary && task.healthy ? 1 : 0;
    }
    bool changedCounts = false;
    QStringList startedIds, stoppedIds;

    // Circuit breaker: too many failed tasks in the primary deployment.
    const QString rollout = primary.value("rolloutState"_L1).toString();
    const int threshold = std::clamp(int(std::ceil(desired * 0.5)), 3, 200);
    if (breaker.value("enable"_L1).toBool() && rollout == "IN_PROGRESS"_L1
        && primary.value("failedTasks"_L1).toInt() >= threshold) {
        primary["rolloutState"_L1] = "FAILED"_L1;
        primary["rolloutStateReason"_L1] = tr("ECS deployment circuit breaker: tasks failed to start.");
        primary["updatedAt"_L1] = seconds(nowMs);
        addEvent(service,
            tr("(service %1) (deployment %2) deployment failed: tasks failed to start.").arg(name, primaryId), nowMs);
        deployments[0] = primary;
        if (breaker.value("rollback"_L1).toBool() && deployments.size() > 1) {
            // Roll back: the newest older deployment becomes PRIMARY again; the failed one drains.
            QJsonObject previous = deployments[1].toObject();
            previous["status"_L1] = "PRIMARY"_L1;
            previous["rolloutState"_L1] = "IN_PROGRESS"_L1;
            previous["rolloutStateReason"_L1] = tr("ECS deployment circuit breaker: rolling back to deploymentId %1.")
                                                    .arg(previous.value("id"_L1).toString());
            previous["desiredCount"_L1] = desired;
            previous["updatedAt"_L1] = seconds(nowMs);
            QJsonObject failed = primary;
            failed["status"_L1] = "ACTIVE"_L1;
            QJsonArray rolled { previous, failed };
            for (qsizetype i = 2; i < deployments.size(); ++i)
                rolled.append(deployments[i]);
            deployments = rolled;
            service["taskDefinition"_L1] = previous.value("taskDefinition"_L1);
            addEvent(service,
                tr("(service %1) (deployment %2) rolling back to deployment %3.")
                    .arg(name, primaryId, previous.value("id"_L1).toString()),
                nowMs);
            service["deployments"_L1] = deployments;
            store.put(Kind::Service, key, service);
            return true; // the next tick rolls with the restored primary
        }
    }
    const bool failed = primary.value("rolloutState"_L1).toString() == "FAILED"_L1;

    bool settled = true;
    if (daemon) {
        // One task of the primary deployment per target instance. Tasks of older deployments stop first
        // (a daemon rolls with minimumHealthyPercent 0 and maximumPercent 100), except after a failed
        // deployment, which leaves them; tasks on instances no longer targeted always stop, and so do
        // extra ones of the primary on one instance.
        const QString daemonReason = tr("Scaling activity initiated by (deployment %1)").arg(primaryId);
        const std::vector<Live> current = live;
        QSet<QString> covered;
        for (const Live& task : current) {
            bool stop = false;
            if (task.primary) {
                stop = covered.contains(task.instance);
                covered.insert(task.instance);
            } else {
                stop = !failed || !daemonTargets.contains(task.instance);
            }
            if (!stop)
                continue;
            m_ecs->stopTaskRecord(task.key, daemonReason, QStringLiteral("ServiceSchedulerInitiated"));
            if (task.running)
                stoppedIds.append(lastSegment(task.key));
        }
        QJsonArray failures;
        for (const QString& instance : std::as_const(daemonTargets)) {
            if (failed || covered.contains(instance))
                continue;
            const QJsonArray started = m_ecs->startServiceTasks(
                key, primaryId, primary.value("taskDefinition"_L1).toString(), 1, &failures, { instance });
            for (const QJsonValue& task : started) {
                const QString taskArn = task.toObject().value("taskArn"_L1).toString();
                startedIds.append(lastSegment(taskArn));
                live.push_back({ taskArn, true, false, false, primaryId, instance });
            }
            settled = settled && !started.isEmpty();
        }
        if (startedIds.isEmpty() && !failures.isEmpty()) {
            const QString message
                = tr("(service %1) was unable to place a task because no container instance met all of its "
                     "requirements. Reason: %2.")
                      .arg(name, failures[0].toObject().value("reason"_L1).toString());
            const QJsonArray events = service.value("events"_L1).toArray();
            if (events.isEmpty() || events[0].toObject().value("message"_L1).toString() != message)
                addEvent(service, message, nowMs);
        }
        oldCount = 0;
        for (const Live& task : live) {
            const TaskFields* fields = store.taskFields(task.key);
            oldCount += !task.primary && fields && fields->desiredStatus == "RUNNING"_L1 ? 1 : 0;
        }
    }
    // Start tasks of the primary deployment, within maximumPercent.
    const int toStart = daemon || failed ? 0 : std::min(desired - newCount, maxTotal - newCount - oldCount);
    if (toStart > 0) {
        QJsonArray failures;
        const QJsonArray started = m_ecs->startServiceTasks(
            key, primaryId, primary.value("taskDefinition"_L1).toString(), toStart, &failures);
        for (const QJsonValue& task : started) {
            startedIds.append(lastSegment(task.toObject().value("taskArn"_L1).toString()));
            live.push_back({ task.toObject().value("taskArn"_L1).toString(), true, false, false, primaryId });
        }
        newCount += int(started.size());
        settled = started.size() >= toStart;
        if (started.isEmpty() && !failures.isEmpty()) {
            QString reason = failures[0].toObject().value("reason"_L1).toString();
            const QString message
                = tr("(service %1) was unable to place a task because no container instance met all of its "
                     "requirements. Reason: %2.")
                      .arg(name, reason);
            const QJsonArray events = service.value("events"_L1).toArray();
            if (events.isEmpty() || events[0].toObject().value("message"_L1).toString() != message)
                addEvent(service, message, nowMs);
        }
    }
    // Stop old-deployment tasks while at least minimumHealthyPercent stays healthy (not after a failed
    // deployment without rollback: ECS then leaves them); stop the primary's extras on scale-in.
    const QString reason = tr("Scaling activity initiated by (deployment %1)").arg(primaryId);
    int canStop = healthyTotal - minHealthy;
    int extraNew = daemon ? 0 : newCount - desired;
    // Unhealthy or not yet running tasks first, then the newest.
    std::vector<const Live*> order;
    for (auto it = live.rbegin(); it != live.rend(); ++it)
        order.push_back(&*it);
    std::stable_sort(order.begin(), order.end(), [](const Live* a, const Live* b) { return a->healthy < b->healthy; });
    // Scale-in: tasks not yet healthy go first; healthy ones as the placement engine chooses.
    QSet<QString> chosen;
    bool useChooser = false;
    if (extraNew > 0) {
        int notHealthy = 0;
        for (const Live& task : live)
            notHealthy += task.primary && !task.healthy ? 1 : 0;
        if (extraNew > notHealthy) {
            const QStringList picked = chooseTasksToStop(
                store, instancePrefix, group, extraNew - notHealthy, service.value("placementStrategy"_L1).toArray());
            useChooser = !picked.isEmpty();
            chosen = QSet<QString>(picked.begin(), picked.end());
        }
    }
    for (const Live* task : order) {
        if (daemon)
            break; // the DAEMON block above stopped what had to stop
        if (task->primary) {
            if (extraNew <= 0)
                continue;
            if (useChooser && task->healthy && !chosen.contains(task->key))
                continue;
            --extraNew;
        } else {
            if (failed)
                continue;
            if (task->healthy) {
                if (canStop <= 0)
                    continue;
                --canStop;
            }
            --oldCount;
        }
        m_ecs->stopTaskRecord(task->key, reason, QStringLiteral("ServiceSchedulerInitiated"));
        if (task->running)
            stoppedIds.append(lastSegment(task->key));
    }

    // Counts, events and the rollout state.
    int running = 0, pending = 0;
    QHash<QString, QPair<int, int>> perDeployment; // id -> (running, pending)
    for (const Live& task : live) {
        const TaskFields* fields = store.taskFields(task.key);
        if (!fields || fields->desiredStatus != "RUNNING"_L1)
            continue;
        const bool isRunning = fields->lastStatus == "RUNNING"_L1;
        ++(isRunning ? running : pending);
        auto& pair = perDeployment[fields->startedBy];
        ++(isRunning ? pair.first : pair.second);
    }
    QJsonArray kept;
    for (qsizetype i = 0; i < deployments.size(); ++i) {
        QJsonObject deployment = deployments[i].toObject();
        const auto counts = perDeployment.value(deployment.value("id"_L1).toString());
        if (deployment.value("runningCount"_L1).toInt() != counts.first
            || deployment.value("pendingCount"_L1).toInt() != counts.second)
            changedCounts = true;
        deployment["runningCount"_L1] = counts.first;
        deployment["pendingCount"_L1] = counts.second;
        if (i == 0)
            deployment["desiredCount"_L1] = desired;
        // Old deployments with no tasks left are gone once the primary finished.
        if (i > 0 && counts.first + counts.second == 0 && oldCount == 0)
            continue;
        kept.append(deployment);
    }
    if (kept.size() != deployments.size())
        changedCounts = true;
    deployments = kept;
    if (!startedIds.isEmpty()) {
        QString list;
        for (const QString& id : startedIds)
            list += QStringLiteral(" (task %1)").arg(id);
        addEvent(
            service, tr("(service %1) has started %2 tasks:%3.").arg(name).arg(startedIds.size()).arg(list), nowMs);
    }
    if (!stoppedIds.isEmpty()) {
        QString list;
        for (const QString& id : stoppedIds)
            list += QStringLiteral(" (task %1)").arg(id);
        addEvent(service,
            tr("(service %1) has stopped %2 running tasks:%3.").arg(name).arg(stoppedIds.size()).arg(list), nowMs);
    }
    QJsonObject head = deployments[0].toObject();
    const bool steady = running == desired && pending == 0 && deployments.size() == 1;
    if (steady && head.value("rolloutState"_L1).toString() == "IN_PROGRESS"_L1) {
        head["rolloutState"_L1] = "COMPLETED"_L1;
        head["rolloutStateReason"_L1] = tr("ECS deployment %1 completed.").arg(head.value("id"_L1).toString());
        head["updatedAt"_L1] = seconds(nowMs);
        deployments[0] = head;
        addEvent(service,
            tr("(service %1) (deployment %2) deployment completed.").arg(name, head.value("id"_L1).toString()), nowMs);
        addEvent(service, tr("(service %1) has reached a steady state.").arg(name), nowMs);
        changedCounts = true;
    }
    Q_UNUSED(changedCounts);
    service["runningCount"_L1] = running;
    service["pendingCount"_L1] = pending;
    service["deployments"_L1] = deployments;
    if (service != original)
        store.put(Kind::Service, key, service);
    return settled;
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

bool Simulation::stepDrainingService(const QString& key, qint64 nowMs)
{
    // DeleteService: desiredCount 0, every task told to stop; the service stays DRAINING while any
    // of them is still on its way down, then becomes INACTIVE.
    Store& store = *m_context.store;
    QJsonObject service = *store.find(Kind::Service, key);
    const QString group = "service:"_L1 + service.value("serviceName"_L1).toString();
    const QString clusterName = lastSegment(service.value("clusterArn"_L1).toString());
    const QString taskPrefix = key.left(key.indexOf(":service/"_L1)) + ":task/"_L1 + clusterName + QLatin1Char('/');
    int running = 0, remaining = 0;
    QStringList toStop;
    const auto& index = store.taskIndex();
    for (auto it = index.lower_bound(taskPrefix); it != index.end() && it->first.startsWith(taskPrefix); ++it) {
        if (it->second.group != group || it->second.lastStatus == "STOPPED"_L1)
            continue;
        ++remaining;
        running += it->second.lastStatus == "RUNNING"_L1 ? 1 : 0;
        if (it->second.desiredStatus == "RUNNING"_L1)
            toStop.append(it->first);
    }
    QJsonArray deployments = service.value("deployments"_L1).toArray();
    const QString deploymentId
        = deployments.isEmpty() ? QString() : deployments[0].toObject().value("id"_L1).toString();
    for (const QString& task : toStop)
        m_ecs->stopTaskRecord(task, tr("Scaling activity initiated by (deployment %1)").arg(deploymentId),
            QStringLiteral("ServiceSchedulerInitiated"));
    const QJsonObject original = service;
    service["desiredCount"_L1] = 0;
    service["runningCount"_L1] = running;
    service["pendingCount"_L1] = 0;
    if (remaining == 0) {
        service["status"_L1] = "INACTIVE"_L1;
        for (qsizetype i = 0; i < deployments.size(); ++i) {
            QJsonObject deployment = deployments[i].toObject();
            deployment["runningCount"_L1] = 0;
            deployment["pendingCount"_L1] = 0;
            deployment["desiredCount"_L1] = 0;
            deployment["updatedAt"_L1] = seconds(nowMs);
            deployments[i] = deployment;
        }
        service["deployments"_L1] = deployments;
    }
    if (service != original)
        store.put(Kind::Service, key, service);
    return true;
}

void Simulation::recordMinute(qint64 minuteStartMs, int minutes, bool perTask)
{
    recordMinute(minuteStartMs, minutes, perTask, -1);
}

void Simulation::recordMinute(qint64 minuteStartMs, int minutes, bool perTask, qint64 autoScaleAtMs)
{
    // The RUNNING tasks are taken now; their usage, the per-task points and the aggregates are
    // work items, run at once or (on the real-time path) in slices from the backlog.
    Store& store = *m_context.store;
    auto aggregates = std::make_shared<MinuteAggregates>();
    const qint64 sampleMs = minuteStartMs + minutes * 30'000LL;
    // Container Insights metrics exist only for clusters that have it on, as on AWS.
    auto insights = std::make_shared<QSet<QString>>();
    for (const auto& [key, cluster] : store.collection(Kind::Cluster)) {
        for (const QJsonValue& setting : cluster.value("settings"_L1).toArray()) {
            const QJsonObject object = setting.toObject();
            const QString value = object.value("value"_L1).toString();
            if (object.value("name"_L1).toString() == "containerInsights"_L1
                && (value == "enabled"_L1 || value == "enhanced"_L1))
                insights->insert(cluster.value("clusterName"_L1).toString());
        }
    }
    const double spotChance = autoScaleAtMs >= 0 ? m_options.spotInterruptionsPerHour / 60.0 : 0.0;
    scanTasks(
        [this, &store, aggregates, insights, minuteStartMs, sampleMs, perTask, spotChance](
            const QString& key, const TaskFields& fields) {
            if (fields.lastStatus != "RUNNING"_L1)
                return;
            const QString& group = fields.group;
            const QString& definitionArn = fields.taskDefinitionArn;
            // What a task reserves, cached until its record changes.
            auto info = m_taskInfo.constFind(key);
            if (info == m_taskInfo.cend()) {
                const QJsonObject* task = store.find(Kind::Task, key);
                if (!task)
                    return;
                info = m_taskInfo.insert(key,
                    { double(std::max(1, task->value("cpu"_L1).toString().toInt())),
                        double(std::max(1, task->value("memory"_L1).toString().toInt())), clusterNameOfTask(key),
                        task->value("capacityProviderName"_L1).toString() == "FARGATE_SPOT"_L1 });
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

void Simulation::setDesiredCount(const QString& serviceKey, int desired)
{
    QJsonObject service = *m_context.store->find(Kind::Service, serviceKey);
    service["desiredCount"_L1] = desired;
    QJsonArray deployments = service.value("deployments"_L1).toArray();
    if (!deployments.isEmpty()) {
        QJsonObject primary = deployments[0].toObject();
        primary["desiredCount"_L1] = desired;
        deployments[0] = primary;
        service["deployments"_L1] = deployments;
    }
    m_context.store->put(Kind::Service, serviceKey, service);
}

void Simulation::stepAutoScaling(qint64 nowMs)
{
    Store& store = *m_context.store;
    const QChar separator(0x1f);
    const QString prefix = "ecs"_L1 + separator;
    std::vector<std::pair<QString, QJsonObject>> policies;
    const Store::Collection& all = store.collection(Kind::ScalingPolicy);
    for (auto it = all.lower_bound(prefix); it != all.end() && it->first.startsWith(prefix); ++it) {
        if (it->second.value("PolicyType"_L1).toString() == "TargetTrackingScaling"_L1)
            policies.emplace_back(it->first, it->second);
    }
    for (const auto& [policyKey, policy] : policies) {
        const QString resourceId = policy.value("ResourceId"_L1).toString(); // service/<cluster>/<service>
        const QStringList parts = resourceId.split(QLatin1Char('/'));
        if (parts.size() != 3)
            continue;
        const QString targetKey = prefix + resourceId + separator + policy.value("ScalableDimension"_L1).toString();
        const QJsonObject* target = store.find(Kind::ScalableTarget, targetKey);
        const QString serviceKey = m_ecs->arn("service/"_L1 + parts[1] + QLatin1Char('/') + parts[2]);
        const QJsonObject* service = store.find(Kind::Service, serviceKey);
        if (!target || !service || serviceStatus(*service) != ServiceStatus::Active)
            continue;
        const QJsonObject suspended = target->value("SuspendedState"_L1).toObject();
        const QJsonObject configuration = policy.value("TargetTrackingScalingPolicyConfiguration"_L1).toObject();
        const double targetValue = configuration.value("TargetValue"_L1).toDouble();
        const QString metricType = configuration.value("PredefinedMetricSpecification"_L1)
                                       .toObject()
                                       .value("PredefinedMetricType"_L1)
                                       .toString();
        const bool memory = metricType == "ECSServiceAverageMemoryUtilization"_L1;
        if (!memory && metricType != "ECSServiceAverageCPUUtilization"_L1)
            continue; // custom metrics are not modelled
        const auto history = m_serviceUsage.value(parts[1] + QLatin1Char('/') + parts[2]);
        auto average = [&](int minutes, bool* complete) {
            double sum = 0;
            int n = 0;
            for (qsizetype i = history.size() - 1; i >= 0 && n < minutes; --i, ++n)
                sum += memory ? std::get<2>(history[i]) : std::get<1>(history[i]);
            *complete = n == minutes;
            return n ? sum / n : 0.0;
        };
        const int current = service->value("desiredCount"_L1).toInt();
        const int minCapacity = target->value("MinCapacity"_L1).toInt();
        const int maxCapacity = target->value("MaxCapacity"_L1).toInt();
        // As the alarms Application Auto Scaling creates: high = 3 of 3 minutes above the target,
        // low = 15 of 15 minutes below 90% of it.
        bool highComplete = false, lowComplete = false;
        const double high = average(3, &highComplete);
        const double low = average(15, &lowComplete);
        bool allHigh = highComplete, allLow = lowComplete;
        for (qsizetype i = history.size() - 1, n = 0; i >= 0 && n < 15; --i, ++n) {
            const double value = memory ? std::get<2>(history[i]) : std::get<1>(history[i]);
            if (n < 3)
                allHigh = allHigh && value > targetValue;
            allLow = allLow && value < targetValue * 0.9;
        }
        int desired = current;
        QString direction;
        const qint64 outCooldown = configuration.value("ScaleOutCooldown"_L1).toInt(300) * 1000LL;
        const qint64 inCooldown = configuration.value("ScaleInCooldown"_L1).toInt(300) * 1000LL;
        if (allHigh && !suspended.value("DynamicScalingOutSuspended"_L1).toBool()
            && nowMs - m_lastScaleOut.value(policyKey, 0) >= outCooldown) {
            desired = std::min(maxCapacity, std::max(current + 1, int(std::ceil(current * high / targetValue))));
            direction = QStringLiteral("AlarmHigh");
        } else if (allLow && !configuration.value("DisableScaleIn"_L1).toBool()
            && !suspended.value("DynamicScalingInSuspended"_L1).toBool()
            && nowMs - m_lastScaleIn.value(policyKey, 0) >= inCooldown
            && nowMs - m_lastScaleOut.value(policyKey, 0) >= inCooldown) {
            desired = std::max(minCapacity, std::min(current - 1, int(std::ceil(current * low / targetValue))));
            direction = QStringLiteral("AlarmLow");
        }
        desired = std::clamp(desired, minCapacity, std::max(minCapacity, maxCapacity));
        if (desired == current || direction.isEmpty())
            continue;
        (direction == "AlarmHigh"_L1 ? m_lastScaleOut : m_lastScaleIn).insert(policyKey, nowMs);
        setDesiredCount(serviceKey, desired);
        QString alarmName;
        for (const QJsonValue& alarm : policy.value("Alarms"_L1).toArray()) {
            if (alarm.toObject().value("AlarmName"_L1).toString().contains(direction))
                alarmName = alarm.toObject().value("AlarmName"_L1).toString();
        }
        recordActivity(resourceId, policy.value("ScalableDimension"_L1).toString(),
            tr("Setting desired count to %1.").arg(desired),
            tr("monitor alarm %1 in state ALARM triggered policy %2")
                .arg(alarmName, policy.value("PolicyName"_L1).toString()),
            tr("Successfully set desired count to %1. Change successfully fulfilled by ecs.").arg(desired), nowMs);
    }
    stepStepScaling(nowMs);
}

void Simulation::recordActivity(const QString& resourceId, const QString& dimension, const QString& description,
    const QString& cause, const QString& statusMessage, qint64 nowMs)
{
    const QChar separator(0x1f);
    const QString activityId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QJsonObject activity { { "ActivityId"_L1, activityId }, { "ServiceNamespace"_L1, "ecs"_L1 },
        { "ResourceId"_L1, resourceId }, { "ScalableDimension"_L1, dimension }, { "Description"_L1, description },
        { "Cause"_L1, cause }, { "StartTime"_L1, seconds(nowMs) }, { "EndTime"_L1, seconds(nowMs) + 0.5 },
        { "StatusCode"_L1, "Successful"_L1 }, { "StatusMessage"_L1, statusMessage } };
    // Ordered by time, then by the order recorded within the same millisecond.
    m_context.store->put(Kind::ScalingActivity,
        "ecs"_L1 + separator + resourceId + separator + QStringLiteral("%1").arg(nowMs, 15, 10, QLatin1Char('0'))
            + QStringLiteral("%1").arg(++m_activitySequence % 1000000, 6, 10, QLatin1Char('0')) + activityId,
        activity);
}

void Simulation::setScalingAlarm(const QString& resourceId, const QString& policyName, const ScalingAlarm& alarm)
{
    m_alarms.insert(resourceId + QChar(0x1f) + policyName, alarm);
}

Simulation::ScalingAlarm Simulation::scalingAlarm(const QJsonObject& policy) const
{
    const auto it = m_alarms.constFind(
        policy.value("ResourceId"_L1).toString() + QChar(0x1f) + policy.value("PolicyName"_L1).toString());
    if (it != m_alarms.cend())
        return *it;
    // Without one set: CPU (memory when the policy's name says so), high for a policy whose steps
    // add tasks, low for one that removes them.
    ScalingAlarm alarm;
    const QString name = policy.value("PolicyName"_L1).toString();
    alarm.memory = name.contains("memory"_L1, Qt::CaseInsensitive);
    bool adds = true;
    for (const QJsonValue& step :
        policy.value("StepScalingPolicyConfiguration"_L1).toObject().value("StepAdjustments"_L1).toArray())
        adds = adds && step.toObject().value("ScalingAdjustment"_L1).toDouble() > 0;
    alarm.above = adds;
    alarm.threshold = adds ? 75 : 25;
    return alarm;
}

void Simulation::stepStepScaling(qint64 nowMs)
{
    // Step scaling: the policy's alarm (modelled here on the service's average CPU or memory use per
    // minute) is in ALARM when its last EvaluationPeriods minutes all breach the threshold; then the
    // step adjustment whose bounds hold the breach (metric - threshold) applies, once per Cooldown.
    Store& store = *m_context.store;
    const QChar separator(0x1f);
    const QString prefix = "ecs"_L1 + separator;
    std::vector<std::pair<QString, QJsonObject>> policies;
    const Store::Collection& all = store.collection(Kind::ScalingPolicy);
    for (auto it = all.lower_bound(prefix); it != all.end() && it->first.startsWith(prefix); ++it) {
        if (it->second.value("PolicyType"_L1).toString() == "StepScaling"_L1)
            policies.emplace_back(it->first, it->second);
    }
    for (const auto& [policyKey, policy] : policies) {
        const QString resourceId = policy.value("ResourceId"_L1).toString();
        const QStringList parts = resourceId.split(QLatin1Char('/'));
        if (parts.size() != 3)
            continue;
        const QString dimension = policy.value("ScalableDimension"_L1).toString();
        const QJsonObject* target = store.find(Kind::ScalableTarget, prefix + resourceId + separator + dimension);
        const QString serviceKey = m_ecs->arn("service/"_L1 + parts[1] + QLatin1Char('/') + parts[2]);
        const QJsonObject* service = store.find(Kind::Service, serviceKey);
        if (!target || !service || serviceStatus(*service) != ServiceStatus::Active)
            continue;
        const ScalingAlarm alarm = scalingAlarm(policy);
        const auto history = m_serviceUsage.value(parts[1] + QLatin1Char('/') + parts[2]);
        if (history.size() < alarm.evaluationPeriods || history.isEmpty())
            continue;
        bool breaching = true;
        for (qsizetype i = history.size() - alarm.evaluationPeriods; i < history.size(); ++i) {
            const double value = alarm.memory ? std::get<2>(history[i]) : std::get<1>(history[i]);
            breaching = breaching && (alarm.above ? value >= alarm.threshold : value <= alarm.threshold);
        }
        // Only on fresh data: the latest minute must be the one just recorded.
        if (!breaching || nowMs - std::get<0>(history.last()) > 2 * minuteMs)
            continue;
        const QJsonObject configuration = policy.value("StepScalingPolicyConfiguration"_L1).toObject();
        const qint64 cooldown = configuration.value("Cooldown"_L1).toInt(300) * 1000LL;
        const auto last = m_lastStep.constFind(policyKey);
        if (last != m_lastStep.cend() && nowMs - *last < cooldown)
            continue;
        const QJsonObject suspended = target->value("SuspendedState"_L1).toObject();
        const double value = alarm.memory ? std::get<2>(history.last()) : std::get<1>(history.last());
        const double breach = value - alarm.threshold;
        std::optional<double> adjustment;
        for (const QJsonValue& item : configuration.value("StepAdjustments"_L1).toArray()) {
            const QJsonObject step = item.toObject();
            const QJsonValue lower = step.value("MetricIntervalLowerBound"_L1);
            const QJsonValue upper = step.value("MetricIntervalUpperBound"_L1);
            if ((lower.isDouble() && breach < lower.toDouble()) || (upper.isDouble() && breach >= upper.toDouble()))
                continue;
            adjustment = step.value("ScalingAdjustment"_L1).toDouble();
            break;
        }
        if (!adjustment)
            continue;
        const int current = service->value("desiredCount"_L1).toInt();
        const QString type = configuration.value("AdjustmentType"_L1).toString();
        int desired = current;
        if (type == "ExactCapacity"_L1) {
            desired = int(*adjustment);
        } else if (type == "PercentChangeInCapacity"_L1) {
            double change = current * *adjustment / 100.0;
            change = change < 0 ? std::floor(change) : std::ceil(change);
            const int magnitude = configuration.value("MinAdjustmentMagnitude"_L1).toInt(0);
            if (magnitude > 0 && std::abs(change) < magnitude)
                change = change < 0 ? -magnitude : magnitude;
            desired = current + int(change);
        } else {
            desired = current + int(*adjustment);
        }
        const int minCapacity = target->value("MinCapacity"_L1).toInt();
        const int maxCapacity = std::max(minCapacity, target->value("MaxCapacity"_L1).toInt());
        desired = std::clamp(desired, minCapacity, maxCapacity);
        if ((desired > current && suspended.value("DynamicScalingOutSuspended"_L1).toBool())
            || (desired < current && suspended.value("DynamicScalingInSuspended"_L1).toBool()))
            continue;
        m_lastStep.insert(policyKey, nowMs);
        if (desired == current)
            continue;
        setDesiredCount(serviceKey, desired);
        recordActivity(resourceId, dimension, tr("Setting desired count to %1.").arg(desired),
            tr("monitor alarm %1 in state ALARM triggered policy %2")
                .arg(alarm.name.isEmpty()
                        ? "StepScaling-"_L1 + resourceId + QLatin1Char('-') + policy.value("PolicyName"_L1).toString()
                        : alarm.name,
                    policy.value("PolicyName"_L1).toString()),
            tr("Successfully set desired count to %1. Change successfully fulfilled by ecs.").arg(desired), nowMs);
    }
}

void Simulation::stepScheduledActions(qint64 fromMs, qint64 nowMs)
{
    // Scheduled actions that fire in (fromMs, nowMs] set the target's MinCapacity / MaxCapacity;
    // the service's desired count moves into the new range.
    Store& store = *m_context.store;
    const QChar separator(0x1f);
    const QString prefix = "ecs"_L1 + separator;
    std::vector<std::pair<QString, QJsonObject>> actions;
    const Store::Collection& all = store.collection(Kind::ScheduledAction);
    for (auto it = all.lower_bound(prefix); it != all.end() && it->first.startsWith(prefix); ++it)
        actions.emplace_back(it->first, it->second);
    for (const auto& [actionKey, action] : actions) {
        QString error;
        const std::optional<Schedule> schedule
            = Schedule::parse(action.value("Schedule"_L1).toString(), action.value("Timezone"_L1).toString(), &error);
        if (!schedule)
            continue;
        const qint64 startMs = qint64(action.value("StartTime"_L1).toDouble() * 1000);
        const qint64 endMs = action.contains("EndTime"_L1) ? qint64(action.value("EndTime"_L1).toDouble() * 1000)
                                                           : std::numeric_limits<qint64>::max();
        const qint64 anchorMs = startMs > 0 ? startMs : qint64(action.value("CreationTime"_L1).toDouble() * 1000);
        const std::optional<qint64> firing = schedule->firstFiring(fromMs, nowMs, anchorMs);
        if (!firing || *firing < startMs || *firing > endMs)
            continue;
        const QString resourceId = action.value("ResourceId"_L1).toString();
        const QString dimension = action.value("ScalableDimension"_L1).toString();
        const QString targetKey = prefix + resourceId + separator + dimension;
        const QJsonObject* found = store.find(Kind::ScalableTarget, targetKey);
        if (!found || found->value("SuspendedState"_L1).toObject().value("ScheduledScalingSuspended"_L1).toBool())
            continue;
        QJsonObject target = *found;
        const QJsonObject capacity = action.value("ScalableTargetAction"_L1).toObject();
        QStringList changes;
        if (capacity.value("MinCapacity"_L1).isDouble()) {
            target["MinCapacity"_L1] = capacity.value("MinCapacity"_L1).toInt();
            changes.append(tr("min capacity to %1").arg(capacity.value("MinCapacity"_L1).toInt()));
        }
        if (capacity.value("MaxCapacity"_L1).isDouble()) {
            target["MaxCapacity"_L1] = capacity.value("MaxCapacity"_L1).toInt();
            changes.append(tr("max capacity to %1").arg(capacity.value("MaxCapacity"_L1).toInt()));
        }
        if (changes.isEmpty())
            continue;
        store.put(Kind::ScalableTarget, targetKey, target);
        const QString name = action.value("ScheduledActionName"_L1).toString();
        recordActivity(resourceId, dimension, tr("Setting %1").arg(changes.join(tr(" and "))),
            tr("scheduled action name %1 was triggered").arg(name),
            tr("Successfully set %1. Change successfully fulfilled by ecs.").arg(changes.join(tr(" and "))), nowMs);
        const QStringList parts = resourceId.split(QLatin1Char('/'));
        if (parts.size() != 3)
            continue;
        const QString serviceKey = m_ecs->arn("service/"_L1 + parts[1] + QLatin1Char('/') + parts[2]);
        const QJsonObject* service = store.find(Kind::Service, serviceKey);
        if (!service || serviceStatus(*service) != ServiceStatus::Active)
            continue;
        const int current = service->value("desiredCount"_L1).toInt();
        const int minCapacity = target.value("MinCapacity"_L1).toInt();
        const int maxCapacity = std::max(minCapacity, target.value("MaxCapacity"_L1).toInt());
        const int desired = std::clamp(current, minCapacity, maxCapacity);
        if (desired == current)
            continue;
        setDesiredCount(serviceKey, desired);
        recordActivity(resourceId, dimension, tr("Setting desired count to %1.").arg(desired),
            desired > current ? tr("minimum capacity was set to %1").arg(minCapacity)
                              : tr("maximum capacity was set to %1").arg(maxCapacity),
            tr("Successfully set desired count to %1. Change successfully fulfilled by ecs.").arg(desired), nowMs);
    }
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
            if (fields.lastStatus != "RUNNING"_L1)
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
