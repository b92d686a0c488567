// SPDX-License-Identifier: MIT
#include "local/simulation/simulation.h"
#include "local/simulation/simulationdetail.h"

#include "local/api/cloudwatchhandler.h"
#include "local/api/logshandler.h"
#include "local/clock.h"
#include "local/domain/records.h"
#include "local/domain/repository.h"
#include "local/domain/taskoperations.h"
#include "local/simulation/autoscalinggroups.h"
#include "local/simulation/engineplacement.h"
#include "local/simulation/loadbalancing.h"
#include "local/simulation/schedule.h"
#include "local/simulation/scheduledtasks.h"
#include "local/store/store.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QtEndian>
#include <QUuid>

#include <cmath>
#include <limits>
#include <map>

using namespace Qt::Literals::StringLiterals;

// The driver (ticks, the backlog, change tracking) and the task lifecycle. The service scheduler,
// auto scaling and the usage recorder are in servicescheduler.cpp, autoscaling.cpp and
// usagerecorder.cpp.

namespace EcsDesk::Local {

using namespace SimulationDetail;

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

namespace {

    /// A container that starts gets its runtime id (Fargate: TASKID-NUMBER, EC2: a 64-hex Docker id) and,
    /// on a task run with enableExecuteCommand, a RUNNING ExecuteCommandAgent (issue 21).
    void markContainerStarted(ContainerRecord& container, const QJsonObject& task, qint64 nowMs)
    {
        const QString taskArn = task.value("taskArn"_L1).toString();
        const QString taskId = taskArn.section(QLatin1Char('/'), -1);
        const QByteArray digest = QCryptographicHash::hash(
            (taskArn + QLatin1Char('/') + container.name).toUtf8(), QCryptographicHash::Sha256);
        container.json["runtimeId"_L1] = task.value("launchType"_L1).toString() == "FARGATE"_L1
            ? taskId + QLatin1Char('-') + QString::number(qFromBigEndian<quint32>(digest.constData()))
            : QString::fromLatin1(digest.toHex());
        if (task.value("enableExecuteCommand"_L1).toBool()) {
            container.json["managedAgents"_L1]
                = QJsonArray { QJsonObject { { "lastStartedAt"_L1, double(nowMs) / 1000.0 },
                    { "name"_L1, "ExecuteCommandAgent"_L1 }, { "lastStatus"_L1, "RUNNING"_L1 } } };
        }
    }

    /// The ExecuteCommandAgent of a container that stops stops with it.
    void markAgentsStopped(ContainerRecord& container)
    {
        QJsonArray agents = container.json.value("managedAgents"_L1).toArray();
        if (agents.isEmpty())
            return;
        for (qsizetype i = 0; i < agents.size(); ++i) {
            QJsonObject agent = agents[i].toObject();
            agent["lastStatus"_L1] = "STOPPED"_L1;
            agents[i] = agent;
        }
        container.json["managedAgents"_L1] = agents;
    }

    /// STOPPING lasts the step delay, capped by the smallest container stopTimeout (default 30 s).
    qint64 stoppingTimeoutOf(const SimulationOptions& options, const QJsonObject* taskDefinition)
    {
        qint64 timeout = options.stoppingMs;
        if (taskDefinition) {
            for (const QJsonValue& value : taskDefinition->value("containerDefinitions"_L1).toArray()) {
                const int stopTimeout = value.toObject().value("stopTimeout"_L1).toInt(30);
                timeout = std::min(timeout, stopTimeout * 1000LL);
            }
        }
        return timeout;
    }

    /// DEACTIVATING lasts the step delay, or as ECS does while the task is a load balancer target,
    /// until its targets have drained (the target group's deregistration delay); from `sinceMs`.
    qint64 deactivatingDelayOf(
        const SimulationOptions& options, const Store& store, const QString& taskArn, qint64 sinceMs)
    {
        const qint64 drained = LoadBalancing::drainEndOf(store, taskArn, sinceMs);
        return drained < 0 ? options.deactivatingMs : std::max(options.deactivatingMs, drained - sinceMs);
    }

    /// How long a task waits in `status` before it moves on (-1: it is not a timed step).
    template <typename StoppingTimeout, typename DeactivatingDelay>
    qint64 stepDelay(const SimulationOptions& options, TaskStatus status, bool wantRunning, StoppingTimeout stopping,
        DeactivatingDelay deactivating)
    {
        if (wantRunning)
            return status == TaskStatus::Provisioning ? options.provisioningMs
                : status == TaskStatus::Pending       ? options.pendingMs
                : status == TaskStatus::Activating    ? options.activatingMs
                                                      : -1;
        return status == TaskStatus::Deactivating  ? deactivating()
            : status == TaskStatus::Stopping       ? stopping()
            : status == TaskStatus::Deprovisioning ? options.deprovisioningMs
                                                   : -1;
    }

} // namespace

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
    const std::optional<TaskRecord> task = Repository(&store).task(taskArn);
    if (!task || task->capacityProviderName != "FARGATE_SPOT"_L1 || task->lastStatus != TaskStatus::Running
        || task->desiredStatus != TaskStatus::Running) {
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
        if (fields && fields->desiredStatus == TaskStatus::Running && fields->group.startsWith("service:"_L1))
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
    case Kind::Alarm:
        m_alarmsChanged = true;
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
        if (fields.lastStatus != TaskStatus::Stopped)
            m_active.insert(key);
        if (fields.desiredStatus == TaskStatus::Running && fields.group.startsWith("service:"_L1)) {
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
    // More tasks were due, or more service tasks to start or stop, than fit in one turn: go on in the next.
    // One continuation at a time: due zero timers run back to back in one event-loop pass.
    if ((m_stepsLeft || m_servicesLeft) && !m_continuing) {
        m_continuing = true;
        QTimer::singleShot(0, &m_timer, [this] {
            m_continuing = false;
            timerTick();
        });
    }
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
            ScheduledTasks::step(m_context, *m_ecs, m_lastTickMs > 0 ? m_lastTickMs : nowMs, nowMs);
            m_deferring = deferWrites;
            AutoScalingGroups::step(m_context, *m_ecs, nowMs, m_options.spotInterruptionsPerHour); // issue 18: EC2
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
    std::optional<ServiceRecord> service = Repository(m_context.store).service(key);
    if (!service)
        return;
    const QString startedBy = task.value("startedBy"_L1).toString();
    for (DeploymentRecord& deployment : service->deployments) {
        if (deployment.id == startedBy)
            ++deployment.failedTasks;
    }
    m_context.store->put(Kind::Service, key, service->toJson());
}

void Simulation::stepTask(const QString& key, qint64 nowMs)
{
    Store& store = *m_context.store;
    const QJsonObject* found = store.find(Kind::Task, key);
    if (!found) {
        m_active.remove(key);
        return;
    }
    // A task still waiting out its step delay needs no decoding: the store's index has its statuses.
    const TaskFields* fields = store.taskFields(key);
    auto waitingSince = m_since.constFind(key);
    if (fields && waitingSince == m_since.cend() && fields->lastStatus != TaskStatus::Stopped)
        waitingSince = m_since.insert(key, qint64(found->value("createdAt"_L1).toDouble() * 1000.0));
    if (fields && waitingSince != m_since.cend()) {
        const qint64 delay = stepDelay(
            m_options, fields->lastStatus, fields->desiredStatus == TaskStatus::Running,
            [&] { return stoppingTimeoutOf(m_options, m_ecs->findTaskDefinition(fields->taskDefinitionArn)); },
            [&] { return deactivatingDelayOf(m_options, store, key, *waitingSince); });
        if (delay >= 0 && nowMs - *waitingSince < delay) {
            const qint64 due = *waitingSince + delay;
            m_due.insert(key, due);
            m_dueQueue.emplace(due, key);
            m_active.remove(key);
            return;
        }
    }
    // The task's statuses and version are typed (record); the rest of its shape is record.json (`task`).
    TaskRecord record = TaskRecord::fromJson(*found);
    QJsonObject& task = record.json;
    const TaskStatus status = record.lastStatus;
    if (status == TaskStatus::Stopped) {
        m_active.remove(key);
        return;
    }
    const bool wantRunning = record.desiredStatus == TaskStatus::Running;
    auto since = m_since.find(key);
    if (since == m_since.end())
        since = m_since.insert(key, qint64(task.value("createdAt"_L1).toDouble() * 1000.0));
    const qint64 elapsed = nowMs - *since;
    const QJsonObject* taskDefinition = m_ecs->findTaskDefinition(task.value("taskDefinitionArn"_L1).toString());
    const bool awsvpc = taskDefinition && taskDefinition->value("networkMode"_L1).toString() == "awsvpc"_L1;
    bool changed = false;
    auto stoppingTimeout = [&] { return stoppingTimeoutOf(m_options, taskDefinition); };
    auto deactivatingDelay = [&] { return deactivatingDelayOf(m_options, store, key, *since); };
    auto enter = [&](TaskStatus next) {
        record.lastStatus = next;
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
        store.put(Kind::Task, key, record.toJson());
        m_ecs->stopTaskRecord(key, reason, stopCode);
        record = TaskRecord::fromJson(*store.find(Kind::Task, key));
        countFailure(task);
        changed = false;
    };

    if (wantRunning) {
        if (status == TaskStatus::Provisioning && elapsed >= m_options.provisioningMs) {
            setAttachment("ATTACHED");
            enter(TaskStatus::Pending);
        } else if (status == TaskStatus::Pending && elapsed >= m_options.pendingMs) {
            QString reason;
            if (!prepareLogs(task, &reason)) {
                failTask(reason, QStringLiteral("TaskFailedToStart"));
                return;
            }
            task["pullStartedAt"_L1] = seconds(*since);
            task["pullStoppedAt"_L1] = seconds(nowMs);
            enter(TaskStatus::Activating);
        } else if (status == TaskStatus::Activating && elapsed >= m_options.activatingMs) {
            task["startedAt"_L1] = seconds(nowMs);
            task["connectivityAt"_L1] = seconds(nowMs);
            enter(TaskStatus::Running);
        }
        if (record.lastStatus == TaskStatus::Running) {
            // Containers: start those whose dependencies are met, run exits and health checks.
            QList<ContainerRecord>& containers = record.containers;
            QHash<QString, qsizetype> byName;
            for (qsizetype i = 0; i < containers.size(); ++i)
                byName.insert(containers[i].name, i);
            QString essentialExit;
            bool dependencyFailed = false;
            for (ContainerRecord& container : containers) {
                const QString& name = container.name;
                const QJsonObject definition = containerDefinition(taskDefinition, name);
                const QJsonObject labels = labelsOf(definition);
                const QString startKey = key + QLatin1Char('/') + name;
                if (container.is(ContainerStatus::Pending)) {
                    bool ready = true;
                    for (const QJsonValue& dependency : definition.value("dependsOn"_L1).toArray()) {
                        const qsizetype at
                            = byName.value(dependency.toObject().value("containerName"_L1).toString(), -1);
                        const ContainerRecord other = at >= 0 ? containers[at] : ContainerRecord();
                        const QString condition = dependency.toObject().value("condition"_L1).toString();
                        const bool otherStopped = other.is(ContainerStatus::Stopped);
                        if (condition == "START"_L1)
                            ready = ready && (other.is(ContainerStatus::Running) || otherStopped);
                        else if (condition == "COMPLETE"_L1)
                            ready = ready && otherStopped;
                        else if (condition == "SUCCESS"_L1) {
                            if (otherStopped && other.exitCode.value_or(0) != 0)
                                dependencyFailed = true;
                            ready = ready && otherStopped && other.exitCode.value_or(0) == 0;
                        } else if (condition == "HEALTHY"_L1) {
                            if (other.isHealth(HealthStatus::Unhealthy))
                                dependencyFailed = true;
                            ready = ready && other.isHealth(HealthStatus::Healthy);
                        }
                    }
                    if (ready) {
                        container.lastStatus = ContainerStatus::Running;
                        markContainerStarted(container, task, nowMs);
                        m_since.insert(startKey, nowMs);
                        changed = true;
                    }
                } else if (container.is(ContainerStatus::Running)) {
                    const qint64 started
                        = m_since.value(startKey, qint64(task.value("startedAt"_L1).toDouble() * 1000));
                    const qint64 up = nowMs - started;
                    bool ok = false;
                    const double exitAfter = labels.value(labelExitAfter).toString().toDouble(&ok);
                    if (ok && up >= qint64(exitAfter * 1000)) {
                        container.lastStatus = ContainerStatus::Stopped;
                        markAgentsStopped(container);
                        container.exitCode = labels.value(labelExitCode).toString().toInt();
                        changed = true;
                        if (isEssential(definition) && essentialExit.isEmpty())
                            essentialExit = name;
                    } else if (definition.contains("healthCheck"_L1)) {
                        const QJsonObject check = definition.value("healthCheck"_L1).toObject();
                        const qint64 interval = check.value("interval"_L1).toInt(30) * 1000LL;
                        const qint64 startPeriod = check.value("startPeriod"_L1).toInt(0) * 1000LL;
                        const int retries = check.value("retries"_L1).toInt(3);
                        std::optional<HealthStatus> health = container.healthStatus;
                        if (labels.value(labelHealth).toString() == "failing"_L1) {
                            if (up >= startPeriod + interval * retries)
                                health = HealthStatus::Unhealthy;
                        } else if (up >= std::min(interval, startPeriod + interval)) {
                            health = HealthStatus::Healthy;
                        }
                        if (health != container.healthStatus) {
                            container.healthStatus = health;
                            changed = true;
                        }
                    }
                }
            }
            // The task's health: UNHEALTHY if an essential container is, HEALTHY when all essential
            // containers with a health check are, UNKNOWN otherwise.
            HealthStatus taskHealth = HealthStatus::Unknown;
            bool anyChecked = false, allHealthy = true, unhealthy = false;
            for (const ContainerRecord& container : containers) {
                const QJsonObject definition = containerDefinition(taskDefinition, container.name);
                if (!isEssential(definition) || !definition.contains("healthCheck"_L1))
                    continue;
                anyChecked = true;
                unhealthy = unhealthy || container.isHealth(HealthStatus::Unhealthy);
                allHealthy = allHealthy && container.isHealth(HealthStatus::Healthy);
            }
            if (unhealthy)
                taskHealth = HealthStatus::Unhealthy;
            else if (anyChecked && allHealthy)
                taskHealth = HealthStatus::Healthy;
            if (record.healthStatus != taskHealth) {
                record.healthStatus = taskHealth;
                changed = true;
            }
            if (!essentialExit.isEmpty()) {
                record.version += 1;
                failTask(tr("Essential container in task exited"), QStringLiteral("EssentialContainerExited"));
                return;
            }
            if (dependencyFailed) {
                failTask(tr("Task failed to start: a container dependency condition can no longer be met"),
                    QStringLiteral("TaskFailedToStart"));
                return;
            }
            if (unhealthy && record.group.startsWith("service:"_L1)) {
                failTask(tr("Task failed container health checks"), QStringLiteral("ServiceSchedulerInitiated"));
                return;
            }
        }
    } else {
        // desiredStatus STOPPED: wind down.
        auto stopContainers = [&](bool ran) {
            for (ContainerRecord& container : record.containers) {
                if (!container.is(ContainerStatus::Stopped)) {
                    if (ran && container.is(ContainerStatus::Running))
                        container.exitCode = 0; // a clean exit on SIGTERM
                    container.lastStatus = ContainerStatus::Stopped;
                    markAgentsStopped(container);
                }
            }
        };
        if (status == TaskStatus::Provisioning || status == TaskStatus::Pending || status == TaskStatus::Activating) {
            stopContainers(false);
            task["executionStoppedAt"_L1] = seconds(nowMs);
            enter(awsvpc ? TaskStatus::Deprovisioning : TaskStatus::Stopped);
        } else if (status == TaskStatus::Running) {
            enter(TaskStatus::Deactivating);
        } else if (status == TaskStatus::Deactivating && elapsed >= deactivatingDelay()) {
            enter(TaskStatus::Stopping);
        } else if (status == TaskStatus::Stopping) {
            if (elapsed >= stoppingTimeout()) {
                stopContainers(true);
                task["executionStoppedAt"_L1] = seconds(nowMs);
                enter(awsvpc ? TaskStatus::Deprovisioning : TaskStatus::Stopped);
            }
        } else if (status == TaskStatus::Deprovisioning && elapsed >= m_options.deprovisioningMs) {
            setAttachment("DELETED");
            enter(TaskStatus::Stopped);
        }
        if (record.lastStatus == TaskStatus::Stopped) {
            task["stoppedAt"_L1] = seconds(nowMs);
            m_since.remove(key);
            for (const ContainerRecord& container : record.containers)
                m_since.remove(key + QLatin1Char('/') + container.name);
        }
    }
    if (changed) {
        record.version += 1;
        store.put(Kind::Task, key, record.toJson());
    }
    // A task waiting out a step delay needs no look until the delay is over.
    const qint64 delay
        = changed ? -1 : stepDelay(m_options, record.lastStatus, wantRunning, stoppingTimeout, deactivatingDelay);
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
    if (wantRunning && record.lastStatus == TaskStatus::Running) {
        bool quiet = true;
        for (const ContainerRecord& container : record.containers) {
            const QJsonObject definition = containerDefinition(taskDefinition, container.name);
            if (container.is(ContainerStatus::Pending)
                || (container.is(ContainerStatus::Running) && labelsOf(definition).contains(labelExitAfter))
                || (definition.contains("healthCheck"_L1) && container.is(ContainerStatus::Running)
                    && container.isHealth(HealthStatus::Unknown)))
                quiet = false;
        }
        if (quiet)
            m_active.remove(key);
    } else if (record.lastStatus == TaskStatus::Stopped) {
        m_active.remove(key);
    }
}

} // namespace EcsDesk::Local
