// SPDX-License-Identifier: MIT
#include "local/domain/records.h"

#include <array>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace EcsDesk::Local {

namespace {
    template <typename Enum, size_t N> using Names = std::array<std::pair<Enum, QLatin1String>, N>;

    const Names<TaskStatus, 8> taskStatuses { { { TaskStatus::Provisioning, "PROVISIONING"_L1 },
        { TaskStatus::Pending, "PENDING"_L1 }, { TaskStatus::Activating, "ACTIVATING"_L1 },
        { TaskStatus::Running, "RUNNING"_L1 }, { TaskStatus::Deactivating, "DEACTIVATING"_L1 },
        { TaskStatus::Stopping, "STOPPING"_L1 }, { TaskStatus::Deprovisioning, "DEPROVISIONING"_L1 },
        { TaskStatus::Stopped, "STOPPED"_L1 } } };
    const Names<ServiceStatus, 3> serviceStatuses { { { ServiceStatus::Active, "ACTIVE"_L1 },
        { ServiceStatus::Draining, "DRAINING"_L1 }, { ServiceStatus::Inactive, "INACTIVE"_L1 } } };
    const Names<ContainerInstanceStatus, 6> instanceStatuses {
        { { ContainerInstanceStatus::Registering, "REGISTERING"_L1 },
            { ContainerInstanceStatus::RegistrationFailed, "REGISTRATION_FAILED"_L1 },
            { ContainerInstanceStatus::Active, "ACTIVE"_L1 }, { ContainerInstanceStatus::Draining, "DRAINING"_L1 },
            { ContainerInstanceStatus::Deregistering, "DEREGISTERING"_L1 },
            { ContainerInstanceStatus::Inactive, "INACTIVE"_L1 } }
    };
    const Names<DeploymentStatus, 3> deploymentStatuses { { { DeploymentStatus::Primary, "PRIMARY"_L1 },
        { DeploymentStatus::Active, "ACTIVE"_L1 }, { DeploymentStatus::Inactive, "INACTIVE"_L1 } } };
    const Names<RolloutState, 3> rolloutStates { { { RolloutState::InProgress, "IN_PROGRESS"_L1 },
        { RolloutState::Completed, "COMPLETED"_L1 }, { RolloutState::Failed, "FAILED"_L1 } } };
    const Names<ContainerStatus, 3> containerStatuses { { { ContainerStatus::Pending, "PENDING"_L1 },
        { ContainerStatus::Running, "RUNNING"_L1 }, { ContainerStatus::Stopped, "STOPPED"_L1 } } };
    const Names<HealthStatus, 3> healthStatuses { { { HealthStatus::Healthy, "HEALTHY"_L1 },
        { HealthStatus::Unhealthy, "UNHEALTHY"_L1 }, { HealthStatus::Unknown, "UNKNOWN"_L1 } } };
    const Names<SchedulingStrategy, 2> schedulingStrategies { { { SchedulingStrategy::Replica, "REPLICA"_L1 },
        { SchedulingStrategy::Daemon, "DAEMON"_L1 } } };

    template <typename Enum, size_t N> QString nameOf(const Names<Enum, N>& names, Enum value)
    {
        for (const auto& [candidate, name] : names) {
            if (candidate == value)
                return name;
        }
        return {};
    }

    template <typename Enum, size_t N> std::optional<Enum> parse(const Names<Enum, N>& names, const QString& text)
    {
        for (const auto& [value, name] : names) {
            if (text == name)
                return value;
        }
        return std::nullopt;
    }

    QString string(const QJsonObject& object, QLatin1String key) { return object.value(key).toString(); }

    /// A number the wire carries as text ("256"), or as a number (moto's answers).
    int intOfText(const QJsonValue& value) { return value.isDouble() ? value.toInt() : value.toString().toInt(); }

    /// A timestamp the endpoint keeps as epoch seconds; unset when absent or in another form.
    std::optional<double> epochSeconds(const QJsonObject& object, QLatin1String key)
    {
        const QJsonValue value = object.value(key);
        return value.isDouble() ? std::optional<double>(value.toDouble()) : std::nullopt;
    }

    /// Writes a string field, leaving it out when empty and absent before (a round trip adds nothing).
    void putString(QJsonObject& object, QLatin1String key, const QString& value)
    {
        if (!value.isEmpty() || object.contains(key))
            object[key] = value;
    }

    /// Writes a field that has a default: always into a new record, else when present before or no
    /// longer the default (an AWS answer without it reads back without it).
    template <typename Value>
    void putField(QJsonObject& object, QLatin1String key, const Value& value, bool isDefault, bool fresh)
    {
        if (fresh || !isDefault || object.contains(key))
            object[key] = value;
    }
} // namespace

QString wireName(TaskStatus status) { return nameOf(taskStatuses, status); }
QString wireName(ServiceStatus status) { return nameOf(serviceStatuses, status); }
QString wireName(ContainerInstanceStatus status) { return nameOf(instanceStatuses, status); }
QString wireName(DeploymentStatus status) { return nameOf(deploymentStatuses, status); }
QString wireName(RolloutState state) { return nameOf(rolloutStates, state); }
QString wireName(SchedulingStrategy strategy) { return nameOf(schedulingStrategies, strategy); }
QString wireName(ContainerStatus status) { return nameOf(containerStatuses, status); }
QString wireName(HealthStatus status) { return nameOf(healthStatuses, status); }

template <> std::optional<TaskStatus> fromWire<TaskStatus>(const QString& name) { return parse(taskStatuses, name); }
template <> std::optional<ServiceStatus> fromWire<ServiceStatus>(const QString& name)
{
    return parse(serviceStatuses, name);
}
template <> std::optional<ContainerInstanceStatus> fromWire<ContainerInstanceStatus>(const QString& name)
{
    return parse(instanceStatuses, name);
}
template <> std::optional<DeploymentStatus> fromWire<DeploymentStatus>(const QString& name)
{
    return parse(deploymentStatuses, name);
}
template <> std::optional<RolloutState> fromWire<RolloutState>(const QString& name)
{
    return parse(rolloutStates, name);
}
template <> std::optional<SchedulingStrategy> fromWire<SchedulingStrategy>(const QString& name)
{
    return parse(schedulingStrategies, name);
}
template <> std::optional<ContainerStatus> fromWire<ContainerStatus>(const QString& name)
{
    return parse(containerStatuses, name);
}
template <> std::optional<HealthStatus> fromWire<HealthStatus>(const QString& name)
{
    return parse(healthStatuses, name);
}

// ---- deployments ---------------------------------------------------------------------------------

DeploymentRecord DeploymentRecord::fromJson(const QJsonObject& object)
{
    DeploymentRecord record;
    record.json = object;
    record.id = string(object, "id"_L1);
    record.status = fromWire<DeploymentStatus>(string(object, "status"_L1)).value_or(DeploymentStatus::Primary);
    record.taskDefinitionArn = string(object, "taskDefinition"_L1);
    record.desiredCount = object.value("desiredCount"_L1).toInt();
    record.runningCount = object.value("runningCount"_L1).toInt();
    record.pendingCount = object.value("pendingCount"_L1).toInt();
    record.failedTasks = object.value("failedTasks"_L1).toInt();
    record.rolloutState = fromWire<RolloutState>(string(object, "rolloutState"_L1));
    record.rolloutStateReason = string(object, "rolloutStateReason"_L1);
    record.createdAt = epochSeconds(object, "createdAt"_L1);
    record.updatedAt = epochSeconds(object, "updatedAt"_L1);
    record.launchType = string(object, "launchType"_L1);
    record.capacityProviderStrategy = object.value("capacityProviderStrategy"_L1).toArray();
    record.networkConfiguration = object.value("networkConfiguration"_L1).toObject();
    return record;
}

QJsonObject DeploymentRecord::toJson() const
{
    QJsonObject object = json;
    const bool fresh = json.isEmpty();
    object["id"_L1] = id;
    object["status"_L1] = wireName(status);
    putString(object, "taskDefinition"_L1, taskDefinitionArn);
    putField(object, "desiredCount"_L1, desiredCount, desiredCount == 0, fresh);
    putField(object, "runningCount"_L1, runningCount, runningCount == 0, fresh);
    putField(object, "pendingCount"_L1, pendingCount, pendingCount == 0, fresh);
    putField(object, "failedTasks"_L1, failedTasks, failedTasks == 0, fresh);
    if (rolloutState)
        object["rolloutState"_L1] = wireName(*rolloutState);
    putString(object, "rolloutStateReason"_L1, rolloutStateReason);
    if (createdAt)
        object["createdAt"_L1] = *createdAt;
    if (updatedAt)
        object["updatedAt"_L1] = *updatedAt;
    putString(object, "launchType"_L1, launchType);
    putField(
        object, "capacityProviderStrategy"_L1, capacityProviderStrategy, capacityProviderStrategy.isEmpty(), false);
    putField(object, "networkConfiguration"_L1, networkConfiguration, networkConfiguration.isEmpty(), false);
    return object;
}

// ---- services ------------------------------------------------------------------------------------

DeploymentConfiguration DeploymentConfiguration::fromJson(const QJsonObject& object)
{
    DeploymentConfiguration configuration;
    configuration.maximumPercent = object.value("maximumPercent"_L1).toInt(configuration.maximumPercent);
    configuration.minimumHealthyPercent
        = object.value("minimumHealthyPercent"_L1).toInt(configuration.minimumHealthyPercent);
    const QJsonObject breaker = object.value("deploymentCircuitBreaker"_L1).toObject();
    configuration.circuitBreakerEnable = breaker.value("enable"_L1).toBool();
    configuration.circuitBreakerRollback = breaker.value("rollback"_L1).toBool();
    const QJsonObject alarms = object.value("alarms"_L1).toObject();
    configuration.alarmsEnable = alarms.value("enable"_L1).toBool();
    configuration.alarmsRollback = alarms.value("rollback"_L1).toBool();
    for (const QJsonValue& name : alarms.value("alarmNames"_L1).toArray())
        configuration.alarmNames.append(name.toString());
    return configuration;
}

ServiceRecord ServiceRecord::fromJson(const QJsonObject& object)
{
    ServiceRecord record;
    record.json = object;
    record.arn = string(object, "serviceArn"_L1);
    record.name = string(object, "serviceName"_L1);
    record.clusterArn = string(object, "clusterArn"_L1);
    record.status = fromWire<ServiceStatus>(string(object, "status"_L1)).value_or(ServiceStatus::Active);
    record.schedulingStrategy
        = fromWire<SchedulingStrategy>(string(object, "schedulingStrategy"_L1)).value_or(SchedulingStrategy::Replica);
    record.desiredCount = object.value("desiredCount"_L1).toInt();
    record.runningCount = object.value("runningCount"_L1).toInt();
    record.pendingCount = object.value("pendingCount"_L1).toInt();
    record.taskDefinitionArn = string(object, "taskDefinition"_L1);
    record.launchType = string(object, "launchType"_L1);
    record.capacityProviderStrategy = object.value("capacityProviderStrategy"_L1).toArray();
    record.networkConfiguration = object.value("networkConfiguration"_L1).toObject();
    record.placementConstraints = object.value("placementConstraints"_L1).toArray();
    record.placementStrategy = object.value("placementStrategy"_L1).toArray();
    for (const QJsonValue& deployment : object.value("deployments"_L1).toArray())
        record.deployments.append(DeploymentRecord::fromJson(deployment.toObject()));
    return record;
}

QJsonObject ServiceRecord::toJson() const
{
    QJsonObject object = json;
    const bool fresh = json.isEmpty();
    object["serviceArn"_L1] = arn;
    object["serviceName"_L1] = name;
    putString(object, "clusterArn"_L1, clusterArn);
    object["status"_L1] = wireName(status);
    putField(object, "schedulingStrategy"_L1, wireName(schedulingStrategy),
        schedulingStrategy == SchedulingStrategy::Replica, fresh);
    putField(object, "desiredCount"_L1, desiredCount, desiredCount == 0, fresh);
    putField(object, "runningCount"_L1, runningCount, runningCount == 0, fresh);
    putField(object, "pendingCount"_L1, pendingCount, pendingCount == 0, fresh);
    putString(object, "taskDefinition"_L1, taskDefinitionArn);
    putString(object, "launchType"_L1, launchType);
    putField(
        object, "capacityProviderStrategy"_L1, capacityProviderStrategy, capacityProviderStrategy.isEmpty(), false);
    putField(object, "networkConfiguration"_L1, networkConfiguration, networkConfiguration.isEmpty(), false);
    if (!placementConstraints.isEmpty() || object.contains("placementConstraints"_L1))
        object["placementConstraints"_L1] = placementConstraints;
    if (!placementStrategy.isEmpty() || object.contains("placementStrategy"_L1))
        object["placementStrategy"_L1] = placementStrategy;
    if (!deployments.isEmpty() || object.contains("deployments"_L1)) {
        QJsonArray array;
        for (const DeploymentRecord& deployment : deployments)
            array.append(deployment.toJson());
        object["deployments"_L1] = array;
    }
    return object;
}

DeploymentConfiguration ServiceRecord::deploymentConfiguration() const
{
    return DeploymentConfiguration::fromJson(json.value("deploymentConfiguration"_L1).toObject());
}

// ---- container instances -------------------------------------------------------------------------

ContainerInstanceRecord ContainerInstanceRecord::fromJson(const QJsonObject& object)
{
    ContainerInstanceRecord record;
    record.json = object;
    record.arn = string(object, "containerInstanceArn"_L1);
    record.ec2InstanceId = string(object, "ec2InstanceId"_L1);
    record.status
        = fromWire<ContainerInstanceStatus>(string(object, "status"_L1)).value_or(ContainerInstanceStatus::Active);
    record.agentConnected = object.value("agentConnected"_L1).toBool(true);
    record.agentVersion = object.value("versionInfo"_L1).toObject().value("agentVersion"_L1).toString();
    record.version = object.value("version"_L1).toInt();
    record.registeredAt = epochSeconds(object, "registeredAt"_L1);
    for (const QJsonValue& attribute : object.value("attributes"_L1).toArray())
        record.attributes.insert(
            attribute.toObject().value("name"_L1).toString(), attribute.toObject().value("value"_L1).toString());
    return record;
}

QJsonObject ContainerInstanceRecord::toJson() const
{
    // Attributes keep their stored order (and entries such as targetType): only status and the
    // agent connection are written back.
    QJsonObject object = json;
    putString(object, "containerInstanceArn"_L1, arn);
    putString(object, "ec2InstanceId"_L1, ec2InstanceId);
    object["status"_L1] = wireName(status);
    putField(object, "agentConnected"_L1, agentConnected, agentConnected, json.isEmpty());
    putField(object, "version"_L1, version, version == 0, false);
    if (registeredAt)
        object["registeredAt"_L1] = *registeredAt;
    return object;
}

// ---- containers and tasks ------------------------------------------------------------------------

ContainerRecord ContainerRecord::fromJson(const QJsonObject& object)
{
    ContainerRecord record;
    record.json = object;
    record.name = string(object, "name"_L1);
    record.lastStatus = fromWire<ContainerStatus>(string(object, "lastStatus"_L1));
    if (object.value("exitCode"_L1).isDouble())
        record.exitCode = object.value("exitCode"_L1).toInt();
    record.healthStatus = fromWire<HealthStatus>(string(object, "healthStatus"_L1));
    return record;
}

QJsonObject ContainerRecord::toJson() const
{
    QJsonObject object = json;
    putString(object, "name"_L1, name);
    if (lastStatus)
        object["lastStatus"_L1] = wireName(*lastStatus);
    if (exitCode)
        object["exitCode"_L1] = *exitCode;
    if (healthStatus)
        object["healthStatus"_L1] = wireName(*healthStatus);
    return object;
}

TaskRecord TaskRecord::fromJson(const QJsonObject& object)
{
    TaskRecord record;
    record.json = object;
    record.arn = string(object, "taskArn"_L1);
    record.clusterArn = string(object, "clusterArn"_L1);
    record.taskDefinitionArn = string(object, "taskDefinitionArn"_L1);
    record.containerInstanceArn = string(object, "containerInstanceArn"_L1);
    record.group = string(object, "group"_L1);
    record.startedBy = string(object, "startedBy"_L1);
    record.lastStatus = fromWire<TaskStatus>(string(object, "lastStatus"_L1)).value_or(TaskStatus::Provisioning);
    record.desiredStatus = fromWire<TaskStatus>(string(object, "desiredStatus"_L1)).value_or(TaskStatus::Running);
    record.launchType = string(object, "launchType"_L1);
    record.stoppedReason = string(object, "stoppedReason"_L1);
    record.stopCode = string(object, "stopCode"_L1);
    record.capacityProviderName = string(object, "capacityProviderName"_L1);
    record.cpu = intOfText(object.value("cpu"_L1));
    record.memory = intOfText(object.value("memory"_L1));
    record.version = object.value("version"_L1).toInt();
    record.stoppingAt = epochSeconds(object, "stoppingAt"_L1);
    record.healthStatus = fromWire<HealthStatus>(string(object, "healthStatus"_L1));
    record.enableExecuteCommand = object.value("enableExecuteCommand"_L1).toBool();
    for (const QJsonValue& container : object.value("containers"_L1).toArray())
        record.containers.append(ContainerRecord::fromJson(container.toObject()));
    return record;
}

QJsonObject TaskRecord::toJson() const
{
    QJsonObject object = json;
    object["taskArn"_L1] = arn;
    putString(object, "clusterArn"_L1, clusterArn);
    putString(object, "taskDefinitionArn"_L1, taskDefinitionArn);
    putString(object, "containerInstanceArn"_L1, containerInstanceArn);
    putString(object, "group"_L1, group);
    putString(object, "startedBy"_L1, startedBy);
    object["lastStatus"_L1] = wireName(lastStatus);
    object["desiredStatus"_L1] = wireName(desiredStatus);
    putString(object, "launchType"_L1, launchType);
    putString(object, "stoppedReason"_L1, stoppedReason);
    putString(object, "stopCode"_L1, stopCode);
    putString(object, "capacityProviderName"_L1, capacityProviderName);
    // cpu and memory are text on the wire ("256"), as ECS answers them.
    if (cpu != 0 || object.contains("cpu"_L1))
        object["cpu"_L1] = QString::number(cpu);
    if (memory != 0 || object.contains("memory"_L1))
        object["memory"_L1] = QString::number(memory);
    putField(object, "version"_L1, version, version == 0, false);
    if (stoppingAt)
        object["stoppingAt"_L1] = *stoppingAt;
    if (healthStatus)
        object["healthStatus"_L1] = wireName(*healthStatus);
    putField(object, "enableExecuteCommand"_L1, enableExecuteCommand, !enableExecuteCommand, false);
    if (!containers.isEmpty() || object.contains("containers"_L1)) {
        QJsonArray array;
        for (const ContainerRecord& container : containers)
            array.append(container.toJson());
        object["containers"_L1] = array;
    }
    return object;
}

QJsonArray TaskRecord::networkBindings() const
{
    QJsonArray bindings;
    for (const ContainerRecord& container : containers) {
        for (const QJsonValue& binding : container.json.value("networkBindings"_L1).toArray())
            bindings.append(binding);
    }
    return bindings;
}

// ---- task definitions and clusters ---------------------------------------------------------------

TaskDefinitionRecord TaskDefinitionRecord::fromJson(const QJsonObject& object)
{
    TaskDefinitionRecord record;
    record.json = object;
    record.arn = string(object, "taskDefinitionArn"_L1);
    record.family = string(object, "family"_L1);
    record.revision = object.value("revision"_L1).toInt();
    record.status = string(object, "status"_L1);
    record.networkMode = string(object, "networkMode"_L1);
    record.containerDefinitions = object.value("containerDefinitions"_L1).toArray();
    record.compatibilities = object.value("compatibilities"_L1).toArray();
    return record;
}

bool TaskDefinitionRecord::hasEssentialHealthCheck() const
{
    for (const QJsonValue& value : containerDefinitions) {
        const QJsonObject definition = value.toObject();
        if (definition.value("essential"_L1).toBool(true) && definition.contains("healthCheck"_L1))
            return true;
    }
    return false;
}

bool TaskDefinitionRecord::isActiveDocument(const QJsonObject& object)
{
    return object.value("status"_L1).toString() == "ACTIVE"_L1;
}

QJsonObject TaskDefinitionRecord::toJson() const
{
    QJsonObject object = json;
    putString(object, "taskDefinitionArn"_L1, arn);
    putString(object, "family"_L1, family);
    if (revision != 0 || object.contains("revision"_L1))
        object["revision"_L1] = revision;
    putString(object, "status"_L1, status);
    putString(object, "networkMode"_L1, networkMode);
    object["containerDefinitions"_L1] = containerDefinitions;
    if (!compatibilities.isEmpty() || object.contains("compatibilities"_L1))
        object["compatibilities"_L1] = compatibilities;
    return object;
}

ClusterRecord ClusterRecord::fromJson(const QJsonObject& object)
{
    ClusterRecord record;
    record.json = object;
    record.arn = string(object, "clusterArn"_L1);
    record.name = string(object, "clusterName"_L1);
    record.status = string(object, "status"_L1);
    for (const QJsonValue& setting : object.value("settings"_L1).toArray()) {
        if (setting.toObject().value("name"_L1).toString() == "containerInsights"_L1)
            record.containerInsights = setting.toObject().value("value"_L1).toString();
    }
    return record;
}

bool ClusterRecord::isActiveDocument(const QJsonObject& object)
{
    return object.value("status"_L1).toString() == "ACTIVE"_L1;
}

QJsonObject ClusterRecord::toJson() const
{
    QJsonObject object = json;
    object["clusterArn"_L1] = arn;
    object["clusterName"_L1] = name;
    putString(object, "status"_L1, status);
    QJsonArray settings = object.value("settings"_L1).toArray();
    bool written = false;
    for (qsizetype i = 0; i < settings.size(); ++i) {
        QJsonObject setting = settings[i].toObject();
        if (setting.value("name"_L1).toString() != "containerInsights"_L1)
            continue;
        setting["value"_L1] = containerInsights;
        settings[i] = setting;
        written = true;
    }
    if (!written && !containerInsights.isEmpty())
        settings.append(QJsonObject { { "name"_L1, "containerInsights"_L1 }, { "value"_L1, containerInsights } });
    if (!settings.isEmpty() || object.contains("settings"_L1))
        object["settings"_L1] = settings;
    return object;
}

} // namespace EcsDesk::Local
