// SPDX-License-Identifier: MIT
#include "local/simulation/loadbalancing.h"

#include "local/api/cloudwatchhandler.h"
#include "local/domain/repository.h"
#include "local/store/store.h"

#include <QHash>
#include <QSet>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace EcsDesk::Local::LoadBalancing {

namespace {
    QJsonObject health(const char* state, const char* reason = nullptr, const char* description = nullptr)
    {
        QJsonObject out { { "State"_L1, QLatin1String(state) } };
        if (reason)
            out.insert("Reason"_L1, QLatin1String(reason));
        if (description)
            out.insert("Description"_L1, QLatin1String(description));
        return out;
    }

    QString detail(const QJsonObject& task, QLatin1String name)
    {
        for (const QJsonValue& attachment : task.value("attachments"_L1).toArray()) {
            for (const QJsonValue& item : attachment.toObject().value("details"_L1).toArray()) {
                if (item.toObject().value("name"_L1).toString() == name)
                    return item.toObject().value("value"_L1).toString();
            }
        }
        return {};
    }

    // The target of one task for one loadBalancers entry: {Id, Port}; empty when it has no address yet.
    QJsonObject taskTarget(const Store& store, const QJsonObject& task, const QJsonObject& entry)
    {
        const QString containerName = entry.value("containerName"_L1).toString();
        const int containerPort = entry.value("containerPort"_L1).toInt();
        const QString ip = detail(task, "privateIPv4Address"_L1);
        if (!ip.isEmpty())
            return { { "Id"_L1, ip }, { "Port"_L1, containerPort } };
        const QJsonObject* instance
            = store.find(Kind::ContainerInstance, task.value("containerInstanceArn"_L1).toString());
        if (!instance)
            return {};
        for (const QJsonValue& container : task.value("containers"_L1).toArray()) {
            if (container.toObject().value("name"_L1).toString() != containerName)
                continue;
            for (const QJsonValue& binding : container.toObject().value("networkBindings"_L1).toArray()) {
                if (binding.toObject().value("containerPort"_L1).toInt() == containerPort)
                    return { { "Id"_L1, instance->value("ec2InstanceId"_L1).toString() },
                        { "Port"_L1, binding.toObject().value("hostPort"_L1).toInt() } };
            }
        }
        return {};
    }

    bool failing(const Store& store, const QJsonObject& task, const QString& containerName)
    {
        const QJsonObject* definition = Repository(const_cast<Store*>(&store))
                                            .taskDefinitionDocument(task.value("taskDefinitionArn"_L1).toString());
        if (!definition)
            return false;
        for (const QJsonValue& container : definition->value("containerDefinitions"_L1).toArray()) {
            const QJsonObject object = container.toObject();
            if (object.value("name"_L1).toString() == containerName)
                return object.value("dockerLabels"_L1).toObject().value("ecsdesk.sim.health"_L1).toString()
                    == "failing"_L1;
        }
        return false;
    }
} // namespace

QJsonArray loadBalancerArns(const Store& store, const QString& targetGroupArn)
{
    QStringList arns;
    auto forwards = [&](const QJsonArray& actions) {
        for (const QJsonValue& action : actions) {
            if (action.toObject().value("TargetGroupArn"_L1).toString() == targetGroupArn)
                return true;
        }
        return false;
    };
    for (const auto& [key, listener] : store.collection(Kind::Listener)) {
        if (forwards(listener.value("DefaultActions"_L1).toArray()))
            arns.append(listener.value("LoadBalancerArn"_L1).toString());
    }
    for (const auto& [key, rule] : store.collection(Kind::ListenerRule)) {
        if (!forwards(rule.value("Actions"_L1).toArray()))
            continue;
        if (const QJsonObject* listener = store.find(Kind::Listener, rule.value("ListenerArn"_L1).toString()))
            arns.append(listener->value("LoadBalancerArn"_L1).toString());
    }
    arns.removeDuplicates();
    return QJsonArray::fromStringList(arns);
}

int deregistrationDelaySeconds(const QJsonObject& groupRecord)
{
    bool ok = false;
    const int seconds = groupRecord.value("attributes"_L1)
                            .toObject()
                            .value("deregistration_delay.timeout_seconds"_L1)
                            .toString()
                            .toInt(&ok);
    return ok ? seconds : 300;
}

qint64 drainEndOf(const Store& store, const QString& taskArn, qint64 sinceMs)
{
    qint64 end = -1;
    for (const auto& [groupArn, group] : store.collection(Kind::TargetGroup)) {
        for (const QJsonValue& value : group.value("targets"_L1).toArray()) {
            const QJsonObject target = value.toObject();
            if (target.value("taskArn"_L1).toString() != taskArn)
                continue;
            const qint64 until = target.contains("drainUntilMs"_L1)
                ? qint64(target.value("drainUntilMs"_L1).toDouble())
                : sinceMs + qint64(deregistrationDelaySeconds(group)) * 1000;
            end = std::max(end, until);
        }
    }
    return end;
}

bool purgeDrained(QJsonObject& groupRecord, qint64 nowMs)
{
    QJsonArray targets = groupRecord.value("targets"_L1).toArray();
    bool changed = false;
    for (qsizetype i = targets.size() - 1; i >= 0; --i) {
        const QJsonValue until = targets[i].toObject().value("drainUntilMs"_L1);
        if (until.isDouble() && qint64(until.toDouble()) <= nowMs) {
            targets.removeAt(i);
            changed = true;
        }
    }
    if (changed)
        groupRecord.insert("targets"_L1, targets);
    return changed;
}

QJsonObject targetHealth(const Store& store, const QJsonObject& groupRecord, const QJsonObject& target, qint64 nowMs)
{
    const QString groupArn = groupRecord.value("group"_L1).toObject().value("TargetGroupArn"_L1).toString();
    return targetHealth(groupRecord, target, nowMs, !loadBalancerArns(store, groupArn).isEmpty());
}

QJsonObject targetHealth(const QJsonObject& groupRecord, const QJsonObject& target, qint64 nowMs, bool inUse)
{
    const QJsonObject group = groupRecord.value("group"_L1).toObject();
    const QJsonValue until = target.value("drainUntilMs"_L1);
    if (until.isDouble()) {
        if (qint64(until.toDouble()) <= nowMs)
            return {};
        return health("draining", "Target.DeregistrationInProgress", "Target deregistration is in progress");
    }
    if (!inUse)
        return health(
            "unused", "Target.NotInUse", "Target group is not configured to receive traffic from the load balancer");
    if (!group.value("HealthCheckEnabled"_L1).toBool(true))
        return health("unavailable", "Target.HealthCheckDisabled", "Health checks are disabled");
    const bool fails = target.value("health"_L1).toString() == "failing"_L1;
    const qint64 intervalMs = qint64(group.value("HealthCheckIntervalSeconds"_L1).toInt(30)) * 1000;
    const int threshold
        = fails ? group.value("UnhealthyThresholdCount"_L1).toInt(2) : group.value("HealthyThresholdCount"_L1).toInt(5);
    if (nowMs < qint64(target.value("sinceMs"_L1).toDouble()) + intervalMs * threshold)
        return health("initial", "Elb.RegistrationInProgress", "Target registration is in progress");
    if (!fails)
        return health("healthy");
    const QString protocol = group.value("HealthCheckProtocol"_L1).toString();
    if (protocol == "HTTP"_L1 || protocol == "HTTPS"_L1)
        return health("unhealthy", "Target.ResponseCodeMismatch", "Health checks failed with these codes: [503]");
    return health("unhealthy", "Target.FailedHealthChecks", "Health checks failed");
}

bool taskTargetsHealthy(const Store& store, const QJsonArray& serviceLoadBalancers, const QString& taskArn)
{
    for (const QJsonValue& entry : serviceLoadBalancers) {
        const QJsonObject* group
            = store.find(Kind::TargetGroup, entry.toObject().value("targetGroupArn"_L1).toString());
        if (!group)
            continue;
        bool healthy = false;
        for (const QJsonValue& target : group->value("targets"_L1).toArray()) {
            const QJsonObject object = target.toObject();
            if (object.value("taskArn"_L1).toString() != taskArn || object.contains("drainUntilMs"_L1))
                continue;
            const QString state = object.value("state"_L1).toString();
            healthy = state == "healthy"_L1 || state == "unused"_L1;
        }
        if (!healthy)
            return false;
    }
    return true;
}

Sync syncServiceTargets(Store& store, qint64 nowMs)
{
    Sync sync;
    if (store.collection(Kind::TargetGroup).empty())
        return sync;
    // Target group -> the services that use it, with their entries.
    struct Use {
        QString serviceArn;
        QJsonObject entry;
        qint64 graceMs;
    };
    QHash<QString, QList<Use>> uses;
    QHash<QString, QString> groupOfService; // "arn:…:task/CLUSTER/" + "service:NAME" -> service ARN
    for (const auto& [key, service] : store.collection(Kind::Service)) {
        const QJsonArray entries = service.value("loadBalancers"_L1).toArray();
        if (entries.isEmpty() || service.value("status"_L1).toString() == "INACTIVE"_L1)
            continue;
        const QString cluster = key.section(u'/', -2, -2);
        const QString taskPrefix = key.left(key.indexOf(":service/"_L1)) + ":task/"_L1 + cluster + u'/';
        groupOfService.insert(taskPrefix + "service:"_L1 + service.value("serviceName"_L1).toString(), key);
        const qint64 graceMs = qint64(service.value("healthCheckGracePeriodSeconds"_L1).toInt()) * 1000;
        for (const QJsonValue& entry : entries) {
            const QString group = entry.toObject().value("targetGroupArn"_L1).toString();
            if (store.find(Kind::TargetGroup, group))
                uses[group].append({ key, entry.toObject(), graceMs });
        }
    }
    if (uses.isEmpty() && groupOfService.isEmpty())
        return sync;
    // The running tasks of those services.
    struct Running {
        QString serviceArn;
        qint64 startedMs;
    };
    QHash<QString, Running> running;
    for (const auto& [taskKey, fields] : store.taskIndex()) {
        if (fields.desiredStatus != TaskStatus::Running || fields.lastStatus != TaskStatus::Running)
            continue;
        const QString prefix = taskKey.left(taskKey.lastIndexOf(u'/') + 1);
        const auto service = groupOfService.constFind(prefix + fields.group);
        if (service != groupOfService.cend())
            running.insert(taskKey, { *service, 0 });
    }

    QSet<QString> changed;
    const std::vector<QString> groupArns(uses.keyBegin(), uses.keyEnd());
    for (const QString& groupArn : groupArns) {
        QJsonObject record = *store.find(Kind::TargetGroup, groupArn);
        const QJsonObject original = record;
        QJsonArray targets = record.value("targets"_L1).toArray();
        QSet<QString> registered;
        // Targets of tasks that stopped drain for the deregistration delay.
        const qint64 drainUntil = nowMs + qint64(deregistrationDelaySeconds(record)) * 1000;
        for (qsizetype i = 0; i < targets.size(); ++i) {
            QJsonObject target = targets[i].toObject();
            const QString taskArn = target.value("taskArn"_L1).toString();
            if (taskArn.isEmpty())
                continue;
            if (!running.contains(taskArn) && !target.contains("drainUntilMs"_L1)) {
                target.insert("drainUntilMs"_L1, double(drainUntil));
                targets[i] = target;
                changed.insert(target.value("serviceArn"_L1).toString());
            }
            registered.insert(taskArn);
        }
        // Running tasks not yet registered.
        for (const Use& use : uses.value(groupArn)) {
            for (auto it = running.cbegin(); it != running.cend(); ++it) {
                if (it->serviceArn != use.serviceArn || registered.contains(it.key()))
                    continue;
                const QJsonObject* task = store.find(Kind::Task, it.key());
                if (!task)
                    continue;
                QJsonObject target = taskTarget(store, *task, use.entry);
                if (target.isEmpty())
                    continue;
                target.insert("sinceMs"_L1, double(nowMs));
                target.insert("taskArn"_L1, it.key());
                target.insert("serviceArn"_L1, use.serviceArn);
                target.insert("startedMs"_L1, double(nowMs));
                if (failing(store, *task, use.entry.value("containerName"_L1).toString()))
                    target.insert("health"_L1, u"failing"_s);
                targets.append(target);
                registered.insert(it.key());
            }
        }
        record.insert("targets"_L1, targets);
        purgeDrained(record, nowMs);
        const bool inUse = !loadBalancerArns(store, groupArn).isEmpty();
        // Health states as ELB sees them now; a change makes the service look again.
        targets = record.value("targets"_L1).toArray();
        for (qsizetype i = 0; i < targets.size(); ++i) {
            QJsonObject target = targets[i].toObject();
            const QString state = targetHealth(record, target, nowMs, inUse).value("State"_L1).toString();
            if (target.value("state"_L1).toString() != state) {
                target.insert("state"_L1, state);
                targets[i] = target;
                changed.insert(target.value("serviceArn"_L1).toString());
            }
            const QString taskArn = target.value("taskArn"_L1).toString();
            if (state == "unhealthy"_L1 && running.contains(taskArn) && !target.contains("replaced"_L1)) {
                qint64 graceMs = 0;
                for (const Use& use : uses.value(groupArn)) {
                    if (use.serviceArn == target.value("serviceArn"_L1).toString())
                        graceMs = use.graceMs;
                }
                if (nowMs >= qint64(target.value("startedMs"_L1).toDouble()) + graceMs) {
                    target.insert("replaced"_L1, true);
                    targets[i] = target;
                    sync.unhealthyTasks.append({ taskArn, groupArn });
                }
            }
        }
        record.insert("targets"_L1, targets);
        if (record != original)
            store.put(Kind::TargetGroup, groupArn, record);
    }
    changed.remove(QString());
    sync.changedServices = QStringList(changed.cbegin(), changed.cend());
    std::sort(sync.changedServices.begin(), sync.changedServices.end());
    return sync;
}

void recordMinute(Store& store, qint64 minuteStartMs, int minutes)
{
    if (store.collection(Kind::TargetGroup).empty() || minutes <= 0)
        return;
    const qint64 sampleMs = minuteStartMs + minutes * 30'000LL;
    // The day's pattern: +-20 %, highest at 15:00 UTC.
    const double dayAngle = double((minuteStartMs / 60'000) % 1440) / 1440.0 * 2.0 * M_PI;
    const double perTarget = 600.0 * (1.0 + 0.2 * std::cos(dayAngle - 15.0 / 24.0 * 2.0 * M_PI)) * minutes;
    auto dimension = [](QLatin1String name, const QString& value) {
        return QJsonObject { { "Name"_L1, name }, { "Value"_L1, value } };
    };
    auto gauge = [&](const QString& nameSpace, const char* name, const QJsonArray& dimensions, double value,
                     const char* unit) {
        CloudWatchHandler::record(store, nameSpace, QLatin1String(name), dimensions, minuteStartMs, minutes,
            value * minutes, value, value, QLatin1String(unit));
    };
    auto sum = [&](const QString& nameSpace, const char* name, const QJsonArray& dimensions, double value,
                   const char* unit) {
        CloudWatchHandler::record(store, nameSpace, QLatin1String(name), dimensions, minuteStartMs, 1, value, value,
            value, QLatin1String(unit));
    };
    struct PerBalancer {
        QString nameSpace;
        double requests = 0;
    };
    QHash<QString, PerBalancer> balancers;
    // Collect first: recording writes the store.
    std::vector<std::pair<QString, QJsonObject>> groups;
    for (const auto& [key, record] : store.collection(Kind::TargetGroup))
        groups.emplace_back(key, record);
    for (const auto& [groupArn, record] : groups) {
        const QJsonArray arns = loadBalancerArns(store, groupArn);
        if (arns.isEmpty())
            continue;
        int healthy = 0, unhealthy = 0;
        for (const QJsonValue& target : record.value("targets"_L1).toArray()) {
            const QString state = targetHealth(record, target.toObject(), sampleMs, true).value("State"_L1).toString();
            healthy += state == "healthy"_L1 ? 1 : 0;
            unhealthy += state == "unhealthy"_L1 ? 1 : 0;
        }
        const QString group = groupArn.section(u':', 5); // targetgroup/NAME/ID
        const double requests = std::round(perTarget * healthy);
        for (const QJsonValue& lbArn : arns) {
            const QString balancer = lbArn.toString().section(u':', 5).section(u'/', 1); // app/NAME/ID
            const bool network = balancer.startsWith("net/"_L1);
            const QString nameSpace = network ? u"AWS/NetworkELB"_s : u"AWS/ApplicationELB"_s;
            const QJsonArray both { dimension("LoadBalancer"_L1, balancer), dimension("TargetGroup"_L1, group) };
            gauge(nameSpace, "HealthyHostCount", both, healthy, "Count");
            gauge(nameSpace, "UnHealthyHostCount", both, unhealthy, "Count");
            if (network)
                continue;
            sum(nameSpace, "RequestCount", both, requests, "Count");
            sum(nameSpace, "HTTPCode_Target_5XX_Count", both, std::round(requests * 0.001), "Count");
            sum(nameSpace, "RequestCountPerTarget", QJsonArray { dimension("TargetGroup"_L1, group) },
                healthy > 0 ? requests / healthy : 0, "Count");
            PerBalancer& per = balancers[balancer];
            per.nameSpace = nameSpace;
            per.requests += requests;
        }
    }
    for (auto it = balancers.cbegin(); it != balancers.cend(); ++it) {
        const QJsonArray dimensions { dimension("LoadBalancer"_L1, it.key()) };
        sum(it->nameSpace, "RequestCount", dimensions, it->requests, "Count");
        if (it->requests > 0)
            gauge(it->nameSpace, "TargetResponseTime", dimensions, 0.045 + 0.01 * std::sin(dayAngle), "Seconds");
    }
}

} // namespace EcsDesk::Local::LoadBalancing
