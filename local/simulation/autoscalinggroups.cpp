// SPDX-License-Identifier: MIT
// Simulated EC2 Auto Scaling groups and ECS managed scaling for the capacity providers on them.
#include "local/simulation/autoscalinggroups.h"

#include "local/api/cloudwatchhandler.h"
#include "local/clock.h"
#include "local/domain/capacityprovider.h"
#include "local/domain/repository.h"
#include "local/domain/taskoperations.h"
#include "local/store/store.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QtEndian>
#include <QUuid>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace EcsDesk::Local::AutoScalingGroups {

namespace {
    QString tr(const char* text) { return QCoreApplication::translate("EcsDesk::Local::AutoScalingGroups", text); }

    constexpr qint64 minuteMs = 60'000;
    constexpr qint64 spotNoticeMs = 120'000;

    QString isoTime(qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs); }

    QString newInstanceId() { return "i-"_L1 + QUuid::createUuid().toString(QUuid::Id128).left(17); }

    /// Task definition CPU and memory (task level, else the containers' sum).
    std::pair<int, int> taskSize(const QJsonObject& definition)
    {
        auto number
            = [](const QJsonValue& value) { return value.isString() ? value.toString().toInt() : value.toInt(); };
        int cpu = number(definition.value("cpu"_L1)), memory = number(definition.value("memory"_L1));
        int containerCpu = 0, containerMemory = 0;
        for (const QJsonValue& value : definition.value("containerDefinitions"_L1).toArray()) {
            const QJsonObject container = value.toObject();
            containerCpu += container.value("cpu"_L1).toInt();
            containerMemory += container.contains("memory"_L1) ? container.value("memory"_L1).toInt()
                                                               : container.value("memoryReservation"_L1).toInt();
        }
        return { cpu ? cpu : containerCpu, memory ? memory : containerMemory };
    }

    void addActivity(QJsonObject& group, const QString& description, const QString& cause, qint64 nowMs)
    {
        QJsonObject own = group.value("ecsdesk"_L1).toObject();
        QJsonArray activities = own.value("activities"_L1).toArray();
        activities.prepend(QJsonObject { { "ActivityId"_L1, QUuid::createUuid().toString(QUuid::WithoutBraces) },
            { "AutoScalingGroupName"_L1, group.value("AutoScalingGroupName"_L1) },
            { "AutoScalingGroupARN"_L1, group.value("AutoScalingGroupARN"_L1) }, { "Description"_L1, description },
            { "Cause"_L1, cause }, { "StartTime"_L1, isoTime(nowMs) }, { "EndTime"_L1, isoTime(nowMs) },
            { "StatusCode"_L1, "Successful"_L1 }, { "Progress"_L1, 100 } });
        while (activities.size() > 100)
            activities.removeLast();
        own["activities"_L1] = activities;
        group["ecsdesk"_L1] = own;
    }

    /// The capacity provider (active) on the group, if any.
    std::optional<CapacityProviderRecord> providerFor(const Store& store, const QString& groupArn)
    {
        const Store::Collection& providers = store.collection(Kind::CapacityProvider);
        for (auto it = providers.cbegin(); it != providers.cend(); ++it) {
            CapacityProviderRecord provider = CapacityProviderRecord::fromJson(it->second);
            if (provider.isActive() && provider.autoScalingGroupArn == groupArn)
                return provider;
        }
        return std::nullopt;
    }

    /// Tasks on a container instance that are not STOPPED (desired RUNNING or still stopping).
    int tasksOn(const Store& store, const QString& clusterArn, const QString& instanceArn)
    {
        int count = 0;
        const QString prefix = Repository::resourcePrefix(clusterArn, "task"_L1);
        const auto& index = store.taskIndex();
        for (auto it = index.lower_bound(prefix); it != index.end() && it->first.startsWith(prefix); ++it) {
            if (it->second.containerInstanceArn == instanceArn && it->second.lastStatus != TaskStatus::Stopped)
                ++count;
        }
        return count;
    }

    QJsonObject resource(const char* name, int value)
    {
        return { { "name"_L1, QLatin1String(name) }, { "type"_L1, "INTEGER"_L1 }, { "doubleValue"_L1, 0.0 },
            { "longValue"_L1, 0 }, { "integerValue"_L1, value } };
    }

    /// Registers a booted instance with the cluster as the ECS agent does; its container instance ARN.
    QString registerInstance(const EndpointContext& context, const QString& clusterArn, const QString& instanceId,
        const QString& instanceType, const QString& zone, const QString& providerName, bool spot, qint64 nowMs)
    {
        const auto [cpu, memory] = instanceResources(instanceType).value_or(std::pair { 2048, 3943 });
        QJsonObject ports { { "name"_L1, "PORTS"_L1 }, { "type"_L1, "STRINGSET"_L1 }, { "doubleValue"_L1, 0.0 },
            { "longValue"_L1, 0 }, { "integerValue"_L1, 0 },
            { "stringSetValue"_L1, QJsonArray { "22"_L1, "2376"_L1, "2375"_L1, "51678"_L1, "51679"_L1 } } };
        QJsonObject udp = ports;
        udp["name"_L1] = "PORTS_UDP"_L1;
        udp["stringSetValue"_L1] = QJsonArray();
        const QJsonArray registered { resource("CPU", cpu), resource("MEMORY", memory), ports, udp };
        QJsonArray attributes { QJsonObject { { "name"_L1, "ecs.availability-zone"_L1 }, { "value"_L1, zone } },
            QJsonObject { { "name"_L1, "ecs.instance-type"_L1 }, { "value"_L1, instanceType } },
            QJsonObject { { "name"_L1, "ecs.os-type"_L1 }, { "value"_L1, "linux"_L1 } },
            QJsonObject { { "name"_L1, "ecs.capability.spot"_L1 }, { "value"_L1, spot ? "true"_L1 : "false"_L1 } } };
        const QString clusterName = clusterArn.mid(clusterArn.lastIndexOf(QLatin1Char('/')) + 1);
        const QString arn
            = QStringLiteral("arn:aws:ecs:%1:%2:container-instance/%3/%4")
                  .arg(context.region, context.accountId, clusterName, QUuid::createUuid().toString(QUuid::Id128));
        QJsonObject instance { { "containerInstanceArn"_L1, arn }, { "ec2InstanceId"_L1, instanceId },
            { "version"_L1, 1 },
            { "versionInfo"_L1,
                QJsonObject { { "agentVersion"_L1, "1.86.3"_L1 }, { "agentHash"_L1, "ecsdesk"_L1 },
                    { "dockerVersion"_L1, "DockerVersion: 25.0.6"_L1 } } },
            { "remainingResources"_L1, registered }, { "registeredResources"_L1, registered },
            { "status"_L1, "ACTIVE"_L1 }, { "agentConnected"_L1, true }, { "runningTasksCount"_L1, 0 },
            { "pendingTasksCount"_L1, 0 }, { "attributes"_L1, attributes },
            { "registeredAt"_L1, double(nowMs) / 1000.0 }, { "attachments"_L1, QJsonArray() } };
        if (!providerName.isEmpty())
            instance["capacityProviderName"_L1] = providerName;
        context.store->put(Kind::ContainerInstance, arn, instance);
        return arn;
    }

    void setInstanceStatus(Store& store, const QString& instanceArn, const char* status)
    {
        const QJsonObject* found = store.find(Kind::ContainerInstance, instanceArn);
        if (!found || found->value("status"_L1).toString() == QLatin1String(status))
            return;
        QJsonObject instance = *found;
        instance["status"_L1] = QLatin1String(status);
        instance["version"_L1] = instance.value("version"_L1).toInt() + 1;
        if (qstrcmp(status, "INACTIVE") == 0)
            instance["agentConnected"_L1] = false;
        store.put(Kind::ContainerInstance, instanceArn, instance);
    }

    /// A two-minute Spot interruption notice: the instance leaves service, its container instance drains.
    void giveSpotNotice(Store& store, QJsonObject& state, qint64 nowMs)
    {
        state["state"_L1] = "Terminating"_L1;
        state["noticeUntilMs"_L1] = double(nowMs + spotNoticeMs);
        if (const QString instanceArn = state.value("containerInstance"_L1).toString(); !instanceArn.isEmpty())
            setInstanceStatus(store, instanceArn, "DRAINING");
    }

    /// The group's AWS-shaped Instances list from its own per-instance state.
    void writeInstances(QJsonObject& group, const QJsonObject& instances)
    {
        QJsonArray list;
        for (auto it = instances.begin(); it != instances.end(); ++it) {
            const QJsonObject state = it.value().toObject();
            list.append(QJsonObject { { "InstanceId"_L1, it.key() }, { "InstanceType"_L1, state.value("type"_L1) },
                { "AvailabilityZone"_L1, state.value("zone"_L1) }, { "LifecycleState"_L1, state.value("state"_L1) },
                { "HealthStatus"_L1, "Healthy"_L1 },
                { "ProtectedFromScaleIn"_L1, state.value("protected"_L1).toBool() },
                { "LaunchTemplate"_L1, group.value("LaunchTemplate"_L1) } });
        }
        group["Instances"_L1] = list;
    }

    /// Managed scaling for one minute: the capacity the group's tasks need (M) against the
    /// instances it has (N); CapacityProviderReservation = M / N x 100; desired toward M at the
    /// target capacity, within the provider's step sizes and the group's min/max.
    void manageScaling(const EndpointContext& context, TaskOperations& ecs, QJsonObject& group,
        const CapacityProviderRecord& provider, const QString& clusterArn, const QJsonObject& instances,
        qint64 minuteStartMs)
    {
        Store& store = *context.store;
        Repository repository(&store);
        const std::optional<ClusterRecord> cluster = repository.cluster(clusterArn);
        if (!cluster || !cluster->isActive()
            || !cluster->json.value("capacityProviders"_L1).toArray().contains(QJsonValue(provider.name)))
            return;
        const auto [instanceCpu, instanceMemory]
            = instanceResources(group.value("ecsdesk"_L1).toObject().value("instanceType"_L1).toString())
                  .value_or(std::pair { 2048, 3943 });
        int inService = 0, booting = 0, busy = 0;
        for (auto it = instances.begin(); it != instances.end(); ++it) {
            const QJsonObject state = it.value().toObject();
            const QString lifecycle = state.value("state"_L1).toString();
            if (lifecycle == "Pending"_L1) {
                ++booting;
            } else if (lifecycle == "InService"_L1) {
                ++inService;
                if (tasksOn(store, clusterArn, state.value("containerInstance"_L1).toString()) > 0)
                    ++busy;
            }
        }
        // Tasks waiting for capacity: what services on this provider miss of their desired count.
        int extraInstances = 0;
        bool waiting = false;
        for (const ServiceRecord& service : repository.servicesOf(clusterArn)) {
            if (service.status != ServiceStatus::Active)
                continue;
            QJsonArray strategy = service.capacityProviderStrategy;
            if (strategy.isEmpty() && service.launchType.isEmpty())
                strategy = cluster->json.value("defaultCapacityProviderStrategy"_L1).toArray();
            bool onProvider = false;
            for (const QJsonValue& item : strategy)
                onProvider = onProvider || item.toObject().value("capacityProvider"_L1).toString() == provider.name;
            if (!onProvider)
                continue;
            int placed = 0;
            const QString prefix = Repository::resourcePrefix(clusterArn, "task"_L1);
            const QString groupName = "service:"_L1 + service.name;
            const auto& index = store.taskIndex();
            for (auto it = index.lower_bound(prefix); it != index.end() && it->first.startsWith(prefix); ++it) {
                if (it->second.group == groupName && it->second.desiredStatus == TaskStatus::Running)
                    ++placed;
            }
            const int missing = service.desiredCount - placed;
            if (missing <= 0)
                continue;
            waiting = true;
            QString definitionArn = service.taskDefinitionArn;
            const QJsonObject* definition = ecs.findTaskDefinition(definitionArn);
            const auto [cpu, memory] = definition ? taskSize(*definition) : std::pair { 0, 0 };
            int perInstance = 1;
            if (cpu > 0 || memory > 0) {
                perInstance
                    = std::min(cpu > 0 ? instanceCpu / cpu : INT_MAX, memory > 0 ? instanceMemory / memory : INT_MAX);
                perInstance = std::max(perInstance, 1);
            }
            extraInstances += (missing + perInstance - 1) / perInstance;
        }
        extraInstances = std::max(0, extraInstances - booting);
        const int current = inService + booting;
        const int needed
            = (waiting ? std::max(busy + booting + extraInstances, current + (extraInstances > 0 ? 1 : 0)) : busy);
        double reservation = 100;
        if (current == 0)
            reservation = waiting ? 200 : 100;
        else
            reservation = 100.0 * needed / current;
        const QJsonArray dimensions { QJsonObject {
                                          { "Name"_L1, "CapacityProviderName"_L1 }, { "Value"_L1, provider.name } },
            QJsonObject { { "Name"_L1, "ClusterName"_L1 }, { "Value"_L1, cluster->name } } };
        CloudWatchHandler::record(store, QStringLiteral("AWS/ECS/ManagedScaling"),
            QStringLiteral("CapacityProviderReservation"), dimensions, minuteStartMs, 1, reservation, reservation,
            reservation, QStringLiteral("Percent"));
        if (!provider.managedScaling)
            return;
        int target = int(std::ceil(needed * 100.0 / provider.targetCapacity - 1e-9));
        if (waiting && target <= current)
            target = current + 1;
        int desired = group.value("DesiredCapacity"_L1).toInt();
        const int from = current;
        if (target > from)
            desired
                = from + std::clamp(target - from, provider.minimumScalingStepSize, provider.maximumScalingStepSize);
        else if (target < from)
            desired = from - std::min(from - target, provider.maximumScalingStepSize);
        else
            desired = from;
        desired = std::clamp(desired, group.value("MinSize"_L1).toInt(), group.value("MaxSize"_L1).toInt());
        if (desired != group.value("DesiredCapacity"_L1).toInt()) {
            addActivity(group,
                tr("Set desired capacity from %1 to %2.").arg(group.value("DesiredCapacity"_L1).toInt()).arg(desired),
                tr("At %1 a user request update of AutoScalingGroup constraints to min: %2, max: %3, desired: %4 "
                   "changing the desired capacity from %5 to %4. The CapacityProviderReservation of %6 was %7.")
                    .arg(isoTime(minuteStartMs))
                    .arg(group.value("MinSize"_L1).toInt())
                    .arg(group.value("MaxSize"_L1).toInt())
                    .arg(desired)
                    .arg(group.value("DesiredCapacity"_L1).toInt())
                    .arg(provider.name)
                    .arg(reservation),
                minuteStartMs);
            group["DesiredCapacity"_L1] = desired;
        }
    }
} // namespace

std::optional<std::pair<int, int>> instanceResources(const QString& instanceType)
{
    // vCPUs and GiB; ECS registers 1,024 CPU units per vCPU and the memory less what the OS keeps.
    static const QHash<QString, std::pair<int, int>> types {
        { QStringLiteral("t3.micro"), { 2, 1 } },
        { QStringLiteral("t3.small"), { 2, 2 } },
        { QStringLiteral("t3.medium"), { 2, 4 } },
        { QStringLiteral("t3.large"), { 2, 8 } },
        { QStringLiteral("t3.xlarge"), { 4, 16 } },
        { QStringLiteral("t3.2xlarge"), { 8, 32 } },
        { QStringLiteral("m5.large"), { 2, 8 } },
        { QStringLiteral("m5.xlarge"), { 4, 16 } },
        { QStringLiteral("m5.2xlarge"), { 8, 32 } },
        { QStringLiteral("m5.4xlarge"), { 16, 64 } },
        { QStringLiteral("c5.large"), { 2, 4 } },
        { QStringLiteral("c5.xlarge"), { 4, 8 } },
        { QStringLiteral("c5.2xlarge"), { 8, 16 } },
        { QStringLiteral("c5.4xlarge"), { 16, 32 } },
        { QStringLiteral("r5.large"), { 2, 16 } },
        { QStringLiteral("r5.xlarge"), { 4, 32 } },
        { QStringLiteral("r5.2xlarge"), { 8, 64 } },
        { QStringLiteral("r5.4xlarge"), { 16, 128 } },
    };
    const auto found = types.constFind(instanceType);
    if (found == types.cend())
        return std::nullopt;
    const int memoryMiB = found->second * 1024;
    return std::pair { found->first * 1024, memoryMiB - memoryMiB * 3 / 80 };
}

QString clusterFromUserData(const QString& userData)
{
    static const QRegularExpression line(QStringLiteral("ECS_CLUSTER=([A-Za-z0-9_-]+)"));
    QRegularExpressionMatch match = line.match(userData);
    if (!match.hasMatch()) {
        const QByteArray decoded = QByteArray::fromBase64(userData.toLatin1());
        match = line.match(QString::fromUtf8(decoded));
    }
    return match.hasMatch() ? match.captured(1) : QStringLiteral("default");
}

QString groupArn(const EndpointContext& context, const QString& name, const QString& uuid)
{
    return QStringLiteral("arn:aws:autoscaling:%1:%2:autoScalingGroup:%3:autoScalingGroupName/%4")
        .arg(context.region, context.accountId, uuid, name);
}

QJsonObject createGroup(const EndpointContext& context, const GroupSpec& spec)
{
    const qint64 nowMs = context.clock->now().toMSecsSinceEpoch();
    QJsonObject launchTemplate { { "LaunchTemplateName"_L1, spec.launchTemplateName },
        { "Version"_L1, "$Default"_L1 } };
    if (!spec.launchTemplateId.isEmpty())
        launchTemplate["LaunchTemplateId"_L1] = spec.launchTemplateId;
    QJsonObject group { { "AutoScalingGroupName"_L1, spec.name },
        { "AutoScalingGroupARN"_L1, groupArn(context, spec.name, QUuid::createUuid().toString(QUuid::WithoutBraces)) },
        { "LaunchTemplate"_L1, launchTemplate }, { "MinSize"_L1, spec.minSize }, { "MaxSize"_L1, spec.maxSize },
        { "DesiredCapacity"_L1, spec.desiredCapacity }, { "DefaultCooldown"_L1, 300 },
        { "AvailabilityZones"_L1,
            QJsonArray {
                QJsonValue(context.region + QLatin1Char('a')), QJsonValue(context.region + QLatin1Char('b')) } },
        { "HealthCheckType"_L1, "EC2"_L1 }, { "HealthCheckGracePeriod"_L1, 300 }, { "Instances"_L1, QJsonArray() },
        { "CreatedTime"_L1, isoTime(nowMs) },
        { "NewInstancesProtectedFromScaleIn"_L1, spec.newInstancesProtectedFromScaleIn },
        { "TerminationPolicies"_L1, QJsonArray { "Default"_L1 } },
        { "ServiceLinkedRoleARN"_L1,
            QStringLiteral("arn:aws:iam::%1:role/aws-service-role/autoscaling.amazonaws.com/"
                           "AWSServiceRoleForAutoScaling")
                .arg(context.accountId) },
        { "ecsdesk"_L1,
            QJsonObject { { "instanceType"_L1, spec.instanceType },
                { "cluster"_L1, clusterFromUserData(spec.userData) }, { "spot"_L1, spec.spot },
                { "bootMs"_L1, double(spec.bootMs) }, { "instances"_L1, QJsonObject() },
                { "activities"_L1, QJsonArray() } } } };
    context.store->put(Kind::AutoScalingGroup, spec.name, group);
    return group;
}

bool setDesiredCapacity(const EndpointContext& context, const QString& name, int desired, const QString& cause)
{
    const QJsonObject* found = context.store->find(Kind::AutoScalingGroup, name);
    if (!found)
        return false;
    QJsonObject group = *found;
    const int before = group.value("DesiredCapacity"_L1).toInt();
    if (before == desired)
        return true;
    addActivity(group, tr("Set desired capacity from %1 to %2.").arg(before).arg(desired), cause,
        context.clock->now().toMSecsSinceEpoch());
    group["DesiredCapacity"_L1] = desired;
    context.store->put(Kind::AutoScalingGroup, name, group);
    return true;
}

void step(const EndpointContext& context, TaskOperations& ecs, qint64 nowMs, double spotInterruptionsPerHour)
{
    Store& store = *context.store;
    const Store::Collection& groups = store.collection(Kind::AutoScalingGroup);
    if (groups.empty())
        return;
    QStringList names;
    for (auto it = groups.cbegin(); it != groups.cend(); ++it)
        names.append(it->first);
    for (const QString& name : names) {
        const QJsonObject original = *store.find(Kind::AutoScalingGroup, name);
        QJsonObject group = original;
        QJsonObject own = group.value("ecsdesk"_L1).toObject();
        QJsonObject instances = own.value("instances"_L1).toObject();
        const QString arn = group.value("AutoScalingGroupARN"_L1).toString();
        const QString clusterArn = QStringLiteral("arn:aws:ecs:%1:%2:cluster/%3")
                                       .arg(context.region, context.accountId, own.value("cluster"_L1).toString());
        const std::optional<CapacityProviderRecord> provider = providerFor(store, arn);
        const QString instanceType = own.value("instanceType"_L1).toString();
        const bool spot = own.value("spot"_L1).toBool();
        const qint64 bootMs = qint64(own.value("bootMs"_L1).toDouble());
        auto activity = [&](const QString& description, const QString& cause) {
            group["ecsdesk"_L1] = own;
            addActivity(group, description, cause, nowMs);
            own = group.value("ecsdesk"_L1).toObject();
        };

        // Boot, protect, drain and terminate what there is.
        const QStringList ids = instances.keys();
        for (const QString& id : ids) {
            QJsonObject state = instances.value(id).toObject();
            const QString lifecycle = state.value("state"_L1).toString();
            const QString instanceArn = state.value("containerInstance"_L1).toString();
            if (lifecycle == "Pending"_L1 && nowMs >= qint64(state.value("launchedMs"_L1).toDouble()) + bootMs) {
                Repository repository(&store);
                const std::optional<ClusterRecord> cluster = repository.cluster(clusterArn);
                if (cluster && cluster->isActive()) {
                    state["containerInstance"_L1] = registerInstance(context, clusterArn, id, instanceType,
                        state.value("zone"_L1).toString(), provider ? provider->name : QString(), spot, nowMs);
                }
                state["state"_L1] = "InService"_L1;
            } else if (lifecycle == "InService"_L1 && provider && provider->managedTerminationProtection
                && !instanceArn.isEmpty()) {
                // ECS sets scale-in protection on instances that run tasks (and takes it off idle ones).
                state["protected"_L1] = tasksOn(store, clusterArn, instanceArn) > 0;
            } else if (lifecycle == "Terminating"_L1) {
                const bool noticeOver
                    = state.contains("noticeUntilMs"_L1) && nowMs >= qint64(state.value("noticeUntilMs"_L1).toDouble());
                const bool empty = instanceArn.isEmpty() || tasksOn(store, clusterArn, instanceArn) == 0;
                if (noticeOver || (!state.contains("noticeUntilMs"_L1) && empty)) {
                    if (!instanceArn.isEmpty())
                        setInstanceStatus(store, instanceArn, "INACTIVE");
                    instances.remove(id);
                    activity(tr("Terminating EC2 instance: %1").arg(id),
                        state.contains("noticeUntilMs"_L1)
                            ? tr("At %1 an instance was taken out of service in response to an EC2 Spot instance "
                                 "interruption notice.")
                                  .arg(isoTime(nowMs))
                            : tr("At %1 an instance was taken out of service in response to a difference between "
                                 "desired and actual capacity, shrinking the capacity from %2 to %3.")
                                  .arg(isoTime(nowMs))
                                  .arg(state.value("from"_L1).toInt())
                                  .arg(group.value("DesiredCapacity"_L1).toInt()));
                    continue;
                }
            }
            instances[id] = state;
        }

        // Managed scaling once per simulated minute.
        const qint64 minute = nowMs - nowMs % minuteMs;
        qint64 lastMinute = qint64(own.value("lastMinuteMs"_L1).toDouble());
        if (lastMinute == 0)
            lastMinute = minute;
        if (lastMinute < minute) {
            if (spot && spotInterruptionsPerHour > 0) {
                const double chance = spotInterruptionsPerHour / 60.0;
                const QStringList running = instances.keys();
                for (const QString& id : running) {
                    QJsonObject state = instances.value(id).toObject();
                    if (state.value("state"_L1).toString() != "InService"_L1)
                        continue;
                    const QByteArray hash
                        = QCryptographicHash::hash((id + QString::number(minute)).toUtf8(), QCryptographicHash::Sha1);
                    const double draw = double(qFromBigEndian<quint32>(hash.constData())) / 4294967296.0;
                    if (draw >= chance)
                        continue;
                    giveSpotNotice(store, state, nowMs);
                    instances[id] = state;
                    activity(tr("EC2 Spot instance interruption notice for %1").arg(id),
                        tr("At %1 EC2 sent a two-minute Spot interruption notice for instance %2.")
                            .arg(isoTime(nowMs), id));
                }
            }
            if (provider) {
                group["ecsdesk"_L1] = own;
                manageScaling(context, ecs, group, *provider, clusterArn, instances, minute - minuteMs);
                own = group.value("ecsdesk"_L1).toObject();
            }
            lastMinute = minute;
        }
        own["lastMinuteMs"_L1] = double(lastMinute);

        // Launch or terminate toward the desired capacity.
        const int desired = group.value("DesiredCapacity"_L1).toInt();
        QStringList live;
        for (auto it = instances.begin(); it != instances.end(); ++it) {
            if (it.value().toObject().value("state"_L1).toString() != "Terminating"_L1)
                live.append(it.key());
        }
        const int count = int(live.size());
        if (count < desired) {
            for (int i = count; i < desired; ++i) {
                const QString id = newInstanceId();
                const QString zone = context.region + QLatin1Char(i % 2 == 0 ? 'a' : 'b');
                instances[id] = QJsonObject { { "state"_L1, "Pending"_L1 }, { "type"_L1, instanceType },
                    { "zone"_L1, zone }, { "launchedMs"_L1, double(nowMs) },
                    { "protected"_L1, group.value("NewInstancesProtectedFromScaleIn"_L1).toBool() } };
                activity(tr("Launching a new EC2 instance: %1").arg(id),
                    tr("At %1 an instance was started in response to a difference between desired and actual "
                       "capacity, increasing the capacity from %2 to %3.")
                        .arg(isoTime(nowMs))
                        .arg(count)
                        .arg(desired));
            }
        } else if (count > desired) {
            // Not yet booted first, then idle ones, newest first; protected instances stay.
            std::sort(live.begin(), live.end(), [&](const QString& a, const QString& b) {
                const QJsonObject sa = instances.value(a).toObject(), sb = instances.value(b).toObject();
                const bool pa = sa.value("state"_L1).toString() == "Pending"_L1;
                const bool pb = sb.value("state"_L1).toString() == "Pending"_L1;
                if (pa != pb)
                    return pa;
                const int ta = tasksOn(store, clusterArn, sa.value("containerInstance"_L1).toString());
                const int tb = tasksOn(store, clusterArn, sb.value("containerInstance"_L1).toString());
                if (ta != tb)
                    return ta < tb;
                return sa.value("launchedMs"_L1).toDouble() > sb.value("launchedMs"_L1).toDouble();
            });
            int surplus = count - desired;
            for (const QString& id : std::as_const(live)) {
                if (surplus == 0)
                    break;
                QJsonObject state = instances.value(id).toObject();
                if (state.value("protected"_L1).toBool())
                    continue;
                state["state"_L1] = "Terminating"_L1;
                state["from"_L1] = count;
                const QString instanceArn = state.value("containerInstance"_L1).toString();
                if (!instanceArn.isEmpty() && (!provider || provider->managedDraining))
                    setInstanceStatus(store, instanceArn, "DRAINING");
                instances[id] = state;
                --surplus;
            }
        }
        own["instances"_L1] = instances;
        group["ecsdesk"_L1] = own;
        writeInstances(group, instances);
        if (group != original)
            store.put(Kind::AutoScalingGroup, name, group);
    }
}

bool interruptSpotInstance(const EndpointContext& context, const QString& instanceId, qint64 nowMs)
{
    Store& store = *context.store;
    const Store::Collection& groups = store.collection(Kind::AutoScalingGroup);
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        QJsonObject group = it->second;
        QJsonObject own = group.value("ecsdesk"_L1).toObject();
        QJsonObject instances = own.value("instances"_L1).toObject();
        if (!own.value("spot"_L1).toBool() || !instances.contains(instanceId))
            continue;
        QJsonObject state = instances.value(instanceId).toObject();
        if (state.value("state"_L1).toString() != "InService"_L1)
            return false;
        giveSpotNotice(store, state, nowMs);
        instances[instanceId] = state;
        own["instances"_L1] = instances;
        group["ecsdesk"_L1] = own;
        addActivity(group, tr("EC2 Spot instance interruption notice for %1").arg(instanceId),
            tr("At %1 EC2 sent a two-minute Spot interruption notice for instance %2.").arg(isoTime(nowMs), instanceId),
            nowMs);
        writeInstances(group, instances);
        const QString name = it->first;
        store.put(Kind::AutoScalingGroup, name, group);
        return true;
    }
    return false;
}

} // namespace EcsDesk::Local::AutoScalingGroups
