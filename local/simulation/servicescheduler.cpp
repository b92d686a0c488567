// SPDX-License-Identifier: MIT
#include "local/simulation/simulation.h"
#include "local/simulation/simulationdetail.h"

#include "local/api/cloudwatchhandler.h"
#include "local/api/logshandler.h"
#include "local/clock.h"
#include "local/domain/records.h"
#include "local/domain/servicedeployments.h"
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

// The service scheduler: replica and daemon services, rolling deployments, the circuit breaker,
// DeleteService's draining.

namespace EcsDesk::Local {

using namespace SimulationDetail;

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
    // Load balancers (issue 23, loadbalancing.cpp): the targets follow the services' tasks; a
    // service whose targets changed health looks again, and a task its target group reports
    // unhealthy past the health check grace period is replaced (and counts for the circuit breaker).
    const LoadBalancing::Sync targets = LoadBalancing::syncServiceTargets(*m_context.store, nowMs);
    for (const QString& service : targets.changedServices) {
        if (!keys.contains(service))
            keys.append(service);
    }
    for (const auto& [task, targetGroup] : targets.unhealthyTasks) {
        const QJsonObject* record = m_context.store->find(Kind::Task, task);
        if (!record)
            continue;
        const QJsonObject stopped = *record;
        m_ecs->stopTaskRecord(task, tr("Task failed ELB health checks in (target-group %1)").arg(targetGroup),
            QStringLiteral("ServiceSchedulerInitiated"));
        countFailure(stopped);
    }
    if (!targets.changedServices.isEmpty())
        std::sort(keys.begin(), keys.end());
    if (m_alarmsChanged) {
        // The services whose unfinished service deployment watches alarms look at them again.
        m_alarmsChanged = false;
        for (const auto& [arn, document] : m_context.store->collection(Kind::ServiceDeployment)) {
            const ServiceDeploymentRecord deployment = ServiceDeploymentRecord::fromJson(document);
            if (!deployment.isFinished() && deployment.alarmsStatus == MonitorStatus::Monitoring
                && !keys.contains(deployment.serviceArn))
                keys.append(deployment.serviceArn);
        }
        std::sort(keys.begin(), keys.end());
    }
    m_anyDraining = false;
    for (const auto& [key, instance] : m_context.store->collection(Kind::ContainerInstance))
        m_anyDraining = m_anyDraining || instanceStatus(instance) == ContainerInstanceStatus::Draining;
    // Bounded slices: a budget of task starts and stops for this tick, the services taken in turn
    // from the one after the service stepped last, so carried-over work goes round all of them.
    const int budget = m_options.tickTaskBudget > 0 ? m_options.tickTaskBudget : std::numeric_limits<int>::max();
    m_sliceLeft = budget;
    m_servicesLeft = false;
    std::rotate(keys.begin(), std::upper_bound(keys.begin(), keys.end(), m_serviceCursor), keys.end());
    // On the real-time timer also a time slice: counting thousands of tasks of hundreds of services
    // costs time even when none starts.
    QElapsedTimer elapsed;
    elapsed.start();
    const bool timed = m_deferring && m_options.serviceTimeSliceMs > 0;
    bool first = true;
    for (const QString& key : keys) {
        const auto it = services.find(key);
        if (it == services.end())
            continue;
        const std::optional<ServiceStatus> status = serviceStatus(it->second);
        if (status != ServiceStatus::Active && status != ServiceStatus::Draining)
            continue;
        const bool outOfTime = timed && !first && elapsed.elapsed() >= m_options.serviceTimeSliceMs;
        first = false;
        if (m_sliceLeft <= 0 || outOfTime) {
            m_dirtyServices.insert(key); // the next tick's
            m_servicesLeft = true;
            continue;
        }
        m_serviceCursor = key;
        if (!stepService(key, nowMs))
            m_dirtyServices.insert(key);
    }
    m_largestSlice = std::max(m_largestSlice, budget - m_sliceLeft);
}

int Simulation::serviceSlice() const
{
    const int batch = m_options.serviceTaskBatch > 0 ? m_options.serviceTaskBatch : std::numeric_limits<int>::max();
    return std::min(batch, m_sliceLeft);
}

bool Simulation::stepService(const QString& key, qint64 nowMs)
{
    Store& store = *m_context.store;
    const QJsonObject original = *store.find(Kind::Service, key);
    ServiceRecord service = ServiceRecord::fromJson(original);
    const QString name = service.name;
    const QString group = "service:"_L1 + name;
    const QString clusterName = lastSegment(service.clusterArn);
    const QString taskPrefix = key.left(key.indexOf(":service/"_L1)) + ":task/"_L1 + clusterName + QLatin1Char('/');
    // A DAEMON service runs one task on each ACTIVE instance that satisfies its placement constraints;
    // ECS reports their number as its desiredCount.
    const bool daemon = service.isDaemon();
    const QString instancePrefix
        = key.left(key.indexOf(":service/"_L1)) + ":container-instance/"_L1 + clusterName + QLatin1Char('/');
    QStringList daemonTargets;
    if (daemon && service.status == ServiceStatus::Active) {
        daemonTargets = daemonInstances(store, instancePrefix, service.placementConstraints);
        service.desiredCount = int(daemonTargets.size());
    }
    const int desired = service.desiredCount;
    const DeploymentConfiguration configuration = service.deploymentConfiguration();
    const int maxPercent = configuration.maximumPercent;
    const int minPercent = configuration.minimumHealthyPercent;
    const int maxTotal = std::max(desired, int(std::floor(desired * maxPercent / 100.0)));
    const int minHealthy = int(std::ceil(desired * minPercent / 100.0));

    if (service.status == ServiceStatus::Draining)
        return stepDrainingService(key, nowMs);
    QList<DeploymentRecord>& deployments = service.deployments;
    if (deployments.isEmpty())
        return true;
    DeploymentRecord& primary = deployments[0];
    const QString primaryId = primary.id;

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
        if (!fields || fields->desiredStatus != TaskStatus::Running)
            continue;
        const bool running = fields->lastStatus == TaskStatus::Running;
        bool healthy = running;
        if (running) {
            // Healthy: RUNNING, and HEALTHY when an essential container has a health check.
            auto checked = m_checked.find(fields->taskDefinitionArn);
            if (checked == m_checked.end()) {
                const QJsonObject* taskDefinition = m_ecs->findTaskDefinition(fields->taskDefinitionArn);
                checked = m_checked.insert(fields->taskDefinitionArn,
                    taskDefinition && TaskDefinitionRecord::fromJson(*taskDefinition).hasEssentialHealthCheck());
            }
            if (*checked)
                healthy = fields->healthStatus == HealthStatus::Healthy;
            // Behind a load balancer: healthy once its target groups say so (issue 23).
            if (healthy && original.contains("loadBalancers"_L1))
                healthy
                    = LoadBalancing::taskTargetsHealthy(store, original.value("loadBalancers"_L1).toArray(), taskKey);
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
    // This tick's slice of task starts and stops; what does not fit waits for the next tick.
    const int sliceAtStart = serviceSlice();
    int slice = sliceAtStart;
    bool capped = false;

    // Deployment failure detection: the circuit breaker (too many failed tasks in the primary
    // deployment) and CloudWatch alarms (a named alarm that entered ALARM since the deployment started).
    ServiceDeployments history(&store);
    const double now = seconds(nowMs);
    const int threshold = ServiceDeployments::circuitBreakerThreshold(desired);
    const bool breakerTripped = configuration.circuitBreakerEnable && primary.rolloutState == RolloutState::InProgress
        && primary.failedTasks >= threshold;
    QStringList triggeredAlarms;
    const std::optional<ServiceDeploymentRecord> current = history.current(service);
    // Alarms are watched while the deployment rolls forward (not during its rollback).
    const bool watchAlarms = configuration.alarmsEnable && primary.rolloutState == RolloutState::InProgress
        && (!current || current->status == ServiceDeploymentStatus::InProgress);
    if (!breakerTripped && watchAlarms) {
        for (const QString& alarmName : configuration.alarmNames) {
            const QJsonObject* alarm = store.find(Kind::Alarm, alarmName);
            if (alarm && alarm->value("StateValue"_L1).toString() == "ALARM"_L1
                && alarm->value("StateTransitionedTimestamp"_L1).toDouble() >= primary.createdAt.value_or(0))
                triggeredAlarms.append(alarmName);
        }
    }
    if (breakerTripped || !triggeredAlarms.isEmpty()) {
        const QString failedReason = breakerTripped
            ? tr("ECS deployment circuit breaker: tasks failed to start.")
            : tr("ECS deployment failed: alarm(s) %1 in ALARM state.").arg(triggeredAlarms.join(", "_L1));
        primary.rolloutState = RolloutState::Failed;
        primary.rolloutStateReason = failedReason;
        primary.updatedAt = now;
        addEvent(service.json,
            breakerTripped
                ? tr("(service %1) (deployment %2) deployment failed: tasks failed to start.").arg(name, primaryId)
                : tr("(service %1) (deployment %2) deployment failed: alarm detected.").arg(name, primaryId),
            nowMs);
        const bool rollback = breakerTripped ? configuration.circuitBreakerRollback : configuration.alarmsRollback;
        // Roll back to the revision the service deployment came from (else the newest older deployment).
        QString sourceRevision;
        if (current && !current->sourceServiceRevisions.isEmpty())
            sourceRevision = current->sourceServiceRevisions.first().arn;
        else if (deployments.size() > 1)
            sourceRevision = ServiceDeployments::revisionArn(service.arn, deployments[1].id);
        if (rollback && !sourceRevision.isEmpty()) {
            // The source revision's deployment becomes PRIMARY again; the failed one drains.
            const QString restoredId = ServiceDeployments::deploymentIdOf(sourceRevision);
            const QString restoredReason = breakerTripped
                ? tr("ECS deployment circuit breaker: rolling back to deploymentId %1.").arg(restoredId)
                : tr("ECS deployment alarms: rolling back to deploymentId %1.").arg(restoredId);
            const std::optional<DeploymentRecord> restored
                = history.restore(service, sourceRevision, failedReason, restoredReason, now);
            if (restored) {
                history.beginRollback(service, *restored, failedReason, false, breakerTripped, triggeredAlarms, now);
                addEvent(service.json,
                    tr("(service %1) (deployment %2) rolling back to deployment %3.")
                        .arg(name, primaryId, restored->id),
                    nowMs);
                store.put(Kind::Service, key, service.toJson());
                return true; // the next tick rolls with the restored primary
            }
        } else if (!triggeredAlarms.isEmpty()) {
            // Failed without a rollback: the service deployment records the alarms that fired.
            if (std::optional<ServiceDeploymentRecord> record = current) {
                record->alarmsStatus = MonitorStatus::Triggered;
                record->triggeredAlarmNames = triggeredAlarms;
                history.put(*record);
            }
        }
    }
    const bool failed = primary.rolloutState == RolloutState::Failed;

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
            if (slice <= 0) {
                capped = true;
                continue; // the next tick stops it
            }
            --slice;
            m_ecs->stopTaskRecord(task.key, daemonReason, QStringLiteral("ServiceSchedulerInitiated"));
            if (task.running)
                stoppedIds.append(lastSegment(task.key));
        }
        QJsonArray failures;
        for (const QString& instance : std::as_const(daemonTargets)) {
            if (failed || covered.contains(instance))
                continue;
            if (slice <= 0) {
                capped = true;
                break;
            }
            --slice;
            const QJsonArray started
                = m_ecs->startServiceTasks(key, primaryId, primary.taskDefinitionArn, 1, &failures, { instance });
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
            const QJsonArray events = service.json.value("events"_L1).toArray();
            if (events.isEmpty() || events[0].toObject().value("message"_L1).toString() != message)
                addEvent(service.json, message, nowMs);
        }
        oldCount = 0;
        for (const Live& task : live) {
            const TaskFields* fields = store.taskFields(task.key);
            oldCount += !task.primary && fields && fields->desiredStatus == TaskStatus::Running ? 1 : 0;
        }
    }
    // Start tasks of the primary deployment, within maximumPercent.
    const int wanted = daemon || failed ? 0 : std::min(desired - newCount, maxTotal - newCount - oldCount);
    const int toStart = std::min(wanted, slice);
    capped = capped || toStart < wanted;
    if (toStart > 0) {
        QJsonArray failures;
        const QJsonArray started
            = m_ecs->startServiceTasks(key, primaryId, primary.taskDefinitionArn, toStart, &failures);
        for (const QJsonValue& task : started) {
            startedIds.append(lastSegment(task.toObject().value("taskArn"_L1).toString()));
            live.push_back({ task.toObject().value("taskArn"_L1).toString(), true, false, false, primaryId });
        }
        newCount += int(started.size());
        slice -= int(started.size());
        settled = started.size() >= toStart;
        if (started.isEmpty() && !failures.isEmpty()) {
            QString reason = failures[0].toObject().value("reason"_L1).toString();
            const QString message
                = tr("(service %1) was unable to place a task because no container instance met all of its "
                     "requirements. Reason: %2.")
                      .arg(name, reason);
            const QJsonArray events = service.json.value("events"_L1).toArray();
            if (events.isEmpty() || events[0].toObject().value("message"_L1).toString() != message)
                addEvent(service.json, message, nowMs);
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
            const QStringList picked
                = chooseTasksToStop(store, instancePrefix, group, extraNew - notHealthy, service.placementStrategy);
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
        } else {
            if (failed)
                continue;
            if (task->healthy && canStop <= 0)
                continue;
        }
        if (slice <= 0) {
            capped = true; // the next tick stops the rest
            break;
        }
        --slice;
        if (task->primary) {
            --extraNew;
        } else {
            canStop -= task->healthy ? 1 : 0;
            --oldCount;
        }
        m_ecs->stopTaskRecord(task->key, reason, QStringLiteral("ServiceSchedulerInitiated"));
        if (task->running)
            stoppedIds.append(lastSegment(task->key));
    }

    // Counts, events and the rollout state.
    int running = 0, pending = 0, healthyPrimary = 0;
    QHash<QString, QPair<int, int>> perDeployment; // id -> (running, pending)
    for (const Live& task : live) {
        const TaskFields* fields = store.taskFields(task.key);
        if (!fields || fields->desiredStatus != TaskStatus::Running)
            continue;
        const bool isRunning = fields->lastStatus == TaskStatus::Running;
        ++(isRunning ? running : pending);
        healthyPrimary += isRunning && task.primary && task.healthy ? 1 : 0;
        auto& pair = perDeployment[fields->startedBy];
        ++(isRunning ? pair.first : pair.second);
    }
    QList<DeploymentRecord> kept;
    for (qsizetype i = 0; i < deployments.size(); ++i) {
        DeploymentRecord deployment = deployments[i];
        const auto counts = perDeployment.value(deployment.id);
        if (deployment.runningCount != counts.first || deployment.pendingCount != counts.second)
            changedCounts = true;
        deployment.runningCount = counts.first;
        deployment.pendingCount = counts.second;
        if (i == 0)
            deployment.desiredCount = desired;
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
        addEvent(service.json, tr("(service %1) has started %2 tasks:%3.").arg(name).arg(startedIds.size()).arg(list),
            nowMs);
    }
    if (!stoppedIds.isEmpty()) {
        QString list;
        for (const QString& id : stoppedIds)
            list += QStringLiteral(" (task %1)").arg(id);
        addEvent(service.json,
            tr("(service %1) has stopped %2 running tasks:%3.").arg(name).arg(stoppedIds.size()).arg(list), nowMs);
    }
    DeploymentRecord& head = deployments[0];
    // Steady: the desired number of tasks running, and healthy where a container health check says so.
    const bool steady = running == desired && pending == 0 && deployments.size() == 1 && healthyPrimary == desired;
    if (steady && head.rolloutState == RolloutState::InProgress) {
        head.rolloutState = RolloutState::Completed;
        head.rolloutStateReason = tr("ECS deployment %1 completed.").arg(head.id);
        head.updatedAt = seconds(nowMs);
        addEvent(service.json, tr("(service %1) (deployment %2) deployment completed.").arg(name, head.id), nowMs);
        addEvent(service.json, tr("(service %1) has reached a steady state.").arg(name), nowMs);
        changedCounts = true;
    }
    Q_UNUSED(changedCounts);
    service.runningCount = running;
    service.pendingCount = pending;
    // The service deployment follows: started, its revisions' counts, finished.
    history.follow(service, seconds(nowMs));
    const QJsonObject updated = service.toJson();
    if (updated != original)
        store.put(Kind::Service, key, updated);
    m_sliceLeft -= sliceAtStart - slice;
    if (capped)
        m_servicesLeft = true;
    return settled && !capped;
}

bool Simulation::stepDrainingService(const QString& key, qint64 nowMs)
{
    // DeleteService: desiredCount 0, every task told to stop; the service stays DRAINING while any
    // of them is still on its way down, then becomes INACTIVE.
    Store& store = *m_context.store;
    const QJsonObject original = *store.find(Kind::Service, key);
    ServiceRecord service = ServiceRecord::fromJson(original);
    const QString group = "service:"_L1 + service.name;
    const QString clusterName = lastSegment(service.clusterArn);
    const QString taskPrefix = key.left(key.indexOf(":service/"_L1)) + ":task/"_L1 + clusterName + QLatin1Char('/');
    int running = 0, remaining = 0;
    QStringList toStop;
    const auto& index = store.taskIndex();
    for (auto it = index.lower_bound(taskPrefix); it != index.end() && it->first.startsWith(taskPrefix); ++it) {
        if (it->second.group != group || it->second.lastStatus == TaskStatus::Stopped)
            continue;
        ++remaining;
        running += it->second.lastStatus == TaskStatus::Running ? 1 : 0;
        if (it->second.desiredStatus == TaskStatus::Running)
            toStop.append(it->first);
    }
    const QString deploymentId = service.deployments.isEmpty() ? QString() : service.deployments[0].id;
    const bool capped = toStop.size() > serviceSlice(); // the rest in the next tick
    if (capped)
        toStop.resize(serviceSlice());
    m_sliceLeft -= int(toStop.size());
    m_servicesLeft = m_servicesLeft || capped;
    for (const QString& task : toStop)
        m_ecs->stopTaskRecord(task, tr("Scaling activity initiated by (deployment %1)").arg(deploymentId),
            QStringLiteral("ServiceSchedulerInitiated"));
    service.desiredCount = 0;
    service.runningCount = running;
    service.pendingCount = 0;
    if (remaining == 0) {
        service.status = ServiceStatus::Inactive;
        for (DeploymentRecord& deployment : service.deployments) {
            deployment.runningCount = 0;
            deployment.pendingCount = 0;
            deployment.desiredCount = 0;
            deployment.updatedAt = seconds(nowMs);
        }
    }
    const QJsonObject updated = service.toJson();
    if (updated != original)
        store.put(Kind::Service, key, updated);
    return !capped;
}

} // namespace EcsDesk::Local
