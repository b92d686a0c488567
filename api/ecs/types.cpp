// SPDX-License-Identifier: MIT
#include "api/ecs/types.h"

#include <QJsonArray>

namespace EcsDesk::Api {

namespace {
    QString str(const QJsonObject& json, const char* key) { return json.value(QLatin1String(key)).toString(); }
    /// ECS sends task and container cpu/memory as strings ("256"); moto sends numbers: both read as text.
    QString units(const QJsonObject& json, const char* key)
    {
        const QJsonValue value = json.value(QLatin1String(key));
        return value.isDouble() ? QString::number(value.toInteger()) : value.toString();
    }
    int integer(const QJsonObject& json, const char* key) { return json.value(QLatin1String(key)).toInt(); }
    QDateTime time(const QJsonObject& json, const char* key)
    {
        return EcsJson::timestamp(json.value(QLatin1String(key)));
    }
    std::optional<int> optionalInt(const QJsonObject& json, const char* key)
    {
        const QJsonValue value = json.value(QLatin1String(key));
        if (!value.isDouble())
            return std::nullopt;
        return value.toInt();
    }
    QStringList toStringList(const QJsonValue& value)
    {
        QStringList result;
        const QJsonArray array = value.toArray();
        result.reserve(array.size());
        for (const QJsonValue& item : array)
            result.append(item.toString());
        return result;
    }
    QList<Resource> resources(const QJsonValue& value)
    {
        QList<Resource> result;
        for (const QJsonValue& item : value.toArray()) {
            const QJsonObject json = item.toObject();
            Resource resource;
            resource.name = str(json, "name");
            resource.type = str(json, "type");
            // AWS fills every value field ({"type": "INTEGER", "integerValue": 2048, "longValue": 0,
            // "doubleValue": 0.0}): only the one `type` names holds the value.
            const QJsonValue integerValue = json.value(QLatin1String("integerValue"));
            const QJsonValue longValue = json.value(QLatin1String("longValue"));
            if (resource.type == QLatin1String("LONG"))
                resource.integerValue = longValue.toInteger();
            else if (resource.type == QLatin1String("INTEGER"))
                resource.integerValue = integerValue.toInteger();
            else if (resource.type.isEmpty()) // no type: whichever is given, integerValue first
                resource.integerValue = integerValue.isDouble() ? integerValue.toInteger() : longValue.toInteger();
            if (resource.type == QLatin1String("DOUBLE") || resource.type.isEmpty())
                resource.doubleValue = json.value(QLatin1String("doubleValue")).toDouble();
            if (resource.type == QLatin1String("STRINGSET") || resource.type.isEmpty())
                resource.stringSetValue = toStringList(json.value(QLatin1String("stringSetValue")));
            result.append(resource);
        }
        return result;
    }
} // namespace

namespace EcsJson {
    QDateTime timestamp(const QJsonValue& value)
    {
        if (value.isDouble())
            return QDateTime::fromMSecsSinceEpoch(qint64(value.toDouble() * 1000.0), Qt::UTC);
        if (value.isString())
            return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
        return {};
    }

    QList<Tag> tags(const QJsonValue& value) { return objects<Tag>(value); }

    QList<Failure> failures(const QJsonObject& answer)
    {
        return objects<Failure>(answer.value(QLatin1String("failures")));
    }

    ListPage listPage(const QJsonObject& answer, QLatin1String arnsKey)
    {
        return ListPage { toStringList(answer.value(arnsKey)), answer.value(QLatin1String("nextToken")).toString() };
    }

    QJsonArray tagsToJson(const QList<Tag>& tags)
    {
        QJsonArray array;
        for (const Tag& tag : tags)
            array.append(tag.toJson());
        return array;
    }
} // namespace EcsJson

Tag Tag::fromJson(const QJsonObject& json) { return Tag { str(json, "key"), str(json, "value") }; }

QJsonObject Tag::toJson() const { return { { QStringLiteral("key"), key }, { QStringLiteral("value"), value } }; }

Failure Failure::fromJson(const QJsonObject& json)
{
    return Failure { str(json, "arn"), str(json, "reason"), str(json, "detail") };
}

Cluster Cluster::fromJson(const QJsonObject& json)
{
    Cluster cluster;
    cluster.arn = str(json, "clusterArn");
    cluster.name = str(json, "clusterName");
    cluster.status = str(json, "status");
    cluster.activeServicesCount = integer(json, "activeServicesCount");
    cluster.runningTasksCount = integer(json, "runningTasksCount");
    cluster.pendingTasksCount = integer(json, "pendingTasksCount");
    cluster.registeredContainerInstancesCount = integer(json, "registeredContainerInstancesCount");
    cluster.capacityProviders = toStringList(json.value(QLatin1String("capacityProviders")));
    cluster.defaultCapacityProviderStrategy
        = EcsJson::objects<CapacityProviderStrategyItem>(json.value(QLatin1String("defaultCapacityProviderStrategy")));
    for (const QJsonValue& setting : json.value(QLatin1String("settings")).toArray()) {
        if (setting.toObject().value(QLatin1String("name")).toString() == QLatin1String("containerInsights"))
            cluster.containerInsights = setting.toObject().value(QLatin1String("value")).toString();
    }
    cluster.tags = EcsJson::tags(json.value(QLatin1String("tags")));
    cluster.raw = json;
    return cluster;
}

Deployment Deployment::fromJson(const QJsonObject& json)
{
    Deployment d;
    d.id = str(json, "id");
    d.status = str(json, "status");
    d.taskDefinition = str(json, "taskDefinition");
    d.desiredCount = integer(json, "desiredCount");
    d.pendingCount = integer(json, "pendingCount");
    d.runningCount = integer(json, "runningCount");
    d.failedTasks = integer(json, "failedTasks");
    d.rolloutState = str(json, "rolloutState");
    d.rolloutStateReason = str(json, "rolloutStateReason");
    d.launchType = str(json, "launchType");
    d.createdAt = time(json, "createdAt");
    d.updatedAt = time(json, "updatedAt");
    d.raw = json;
    return d;
}

Service Service::fromJson(const QJsonObject& json)
{
    Service s;
    s.arn = str(json, "serviceArn");
    s.name = str(json, "serviceName");
    s.clusterArn = str(json, "clusterArn");
    s.status = str(json, "status");
    s.taskDefinition = str(json, "taskDefinition");
    s.launchType = str(json, "launchType");
    s.schedulingStrategy = str(json, "schedulingStrategy");
    s.desiredCount = integer(json, "desiredCount");
    s.runningCount = integer(json, "runningCount");
    s.pendingCount = integer(json, "pendingCount");
    s.deployments = EcsJson::objects<Deployment>(json.value(QLatin1String("deployments")));
    for (const QJsonValue& item : json.value(QLatin1String("events")).toArray()) {
        const QJsonObject event = item.toObject();
        s.events.append(ServiceEvent { str(event, "id"), time(event, "createdAt"), str(event, "message") });
    }
    for (const QJsonValue& item : json.value(QLatin1String("loadBalancers")).toArray()) {
        const QJsonObject lb = item.toObject();
        s.loadBalancers.append(LoadBalancer { str(lb, "targetGroupArn"), str(lb, "loadBalancerName"),
            str(lb, "containerName"), integer(lb, "containerPort") });
    }
    s.capacityProviderStrategy = json.value(QLatin1String("capacityProviderStrategy")).toArray();
    s.deploymentConfiguration = json.value(QLatin1String("deploymentConfiguration")).toObject();
    s.networkConfiguration = json.value(QLatin1String("networkConfiguration")).toObject();
    s.placementConstraints = json.value(QLatin1String("placementConstraints")).toArray();
    s.placementStrategy = json.value(QLatin1String("placementStrategy")).toArray();
    s.tags = EcsJson::tags(json.value(QLatin1String("tags")));
    s.createdAt = time(json, "createdAt");
    s.raw = json;
    return s;
}

Container Container::fromJson(const QJsonObject& json)
{
    Container c;
    c.arn = str(json, "containerArn");
    c.name = str(json, "name");
    c.image = str(json, "image");
    c.lastStatus = str(json, "lastStatus");
    c.healthStatus = str(json, "healthStatus");
    c.exitCode = optionalInt(json, "exitCode");
    c.reason = str(json, "reason");
    c.runtimeId = str(json, "runtimeId");
    c.cpu = units(json, "cpu");
    c.memory = units(json, "memory");
    for (const QJsonValue& item : json.value(QLatin1String("networkBindings")).toArray()) {
        const QJsonObject b = item.toObject();
        c.networkBindings.append(NetworkBinding {
            str(b, "bindIP"), integer(b, "containerPort"), integer(b, "hostPort"), str(b, "protocol") });
    }
    c.raw = json;
    return c;
}

Task Task::fromJson(const QJsonObject& json)
{
    Task t;
    t.arn = str(json, "taskArn");
    t.clusterArn = str(json, "clusterArn");
    t.taskDefinitionArn = str(json, "taskDefinitionArn");
    t.containerInstanceArn = str(json, "containerInstanceArn");
    t.group = str(json, "group");
    t.startedBy = str(json, "startedBy");
    t.lastStatus = str(json, "lastStatus");
    t.desiredStatus = str(json, "desiredStatus");
    t.healthStatus = str(json, "healthStatus");
    t.launchType = str(json, "launchType");
    t.availabilityZone = str(json, "availabilityZone");
    t.cpu = units(json, "cpu");
    t.memory = units(json, "memory");
    t.stopCode = str(json, "stopCode");
    t.stoppedReason = str(json, "stoppedReason");
    t.createdAt = time(json, "createdAt");
    t.startedAt = time(json, "startedAt");
    t.stoppingAt = time(json, "stoppingAt");
    t.stoppedAt = time(json, "stoppedAt");
    t.containers = EcsJson::objects<Container>(json.value(QLatin1String("containers")));
    t.tags = EcsJson::tags(json.value(QLatin1String("tags")));
    t.raw = json;
    return t;
}

Attribute Attribute::fromJson(const QJsonObject& json)
{
    return Attribute { str(json, "name"), str(json, "value"), str(json, "targetType"), str(json, "targetId") };
}

QJsonObject Attribute::toJson() const
{
    QJsonObject json { { QStringLiteral("name"), name } };
    if (!value.isEmpty())
        json.insert(QStringLiteral("value"), value);
    if (!targetType.isEmpty())
        json.insert(QStringLiteral("targetType"), targetType);
    if (!targetId.isEmpty())
        json.insert(QStringLiteral("targetId"), targetId);
    return json;
}

qint64 ContainerInstance::registered(const QString& name) const
{
    for (const Resource& r : registeredResources)
        if (r.name == name)
            return r.integerValue;
    return 0;
}

qint64 ContainerInstance::remaining(const QString& name) const
{
    for (const Resource& r : remainingResources)
        if (r.name == name)
            return r.integerValue;
    return 0;
}

QString ContainerInstance::attribute(const QString& name) const
{
    for (const Attribute& a : attributes)
        if (a.name == name)
            return a.value;
    return QString();
}

ContainerInstance ContainerInstance::fromJson(const QJsonObject& json)
{
    ContainerInstance ci;
    ci.arn = str(json, "containerInstanceArn");
    ci.ec2InstanceId = str(json, "ec2InstanceId");
    ci.status = str(json, "status");
    ci.statusReason = str(json, "statusReason");
    ci.agentConnected = json.value(QLatin1String("agentConnected")).toBool();
    ci.runningTasksCount = integer(json, "runningTasksCount");
    ci.pendingTasksCount = integer(json, "pendingTasksCount");
    ci.capacityProviderName = str(json, "capacityProviderName");
    ci.registeredResources = resources(json.value(QLatin1String("registeredResources")));
    ci.remainingResources = resources(json.value(QLatin1String("remainingResources")));
    ci.attributes = EcsJson::objects<Attribute>(json.value(QLatin1String("attributes")));
    ci.tags = EcsJson::tags(json.value(QLatin1String("tags")));
    ci.registeredAt = time(json, "registeredAt");
    ci.raw = json;
    return ci;
}

ContainerDefinition ContainerDefinition::fromJson(const QJsonObject& json)
{
    ContainerDefinition c;
    c.name = str(json, "name");
    c.image = str(json, "image");
    c.cpu = integer(json, "cpu");
    c.memory = optionalInt(json, "memory");
    c.memoryReservation = optionalInt(json, "memoryReservation");
    c.essential = json.value(QLatin1String("essential")).toBool(true);
    c.command = toStringList(json.value(QLatin1String("command")));
    c.entryPoint = toStringList(json.value(QLatin1String("entryPoint")));
    for (const QJsonValue& item : json.value(QLatin1String("portMappings")).toArray()) {
        const QJsonObject p = item.toObject();
        c.portMappings.append(
            PortMapping { integer(p, "containerPort"), integer(p, "hostPort"), str(p, "protocol"), str(p, "name") });
    }
    for (const QJsonValue& item : json.value(QLatin1String("environment")).toArray()) {
        const QJsonObject e = item.toObject();
        c.environment.append(KeyValuePair { str(e, "name"), str(e, "value") });
    }
    c.logConfiguration = json.value(QLatin1String("logConfiguration")).toObject();
    c.raw = json;
    return c;
}

TaskDefinition TaskDefinition::fromJson(const QJsonObject& json)
{
    TaskDefinition td;
    td.arn = str(json, "taskDefinitionArn");
    td.family = str(json, "family");
    td.revision = integer(json, "revision");
    td.status = str(json, "status");
    td.networkMode = str(json, "networkMode");
    td.cpu = units(json, "cpu");
    td.memory = units(json, "memory");
    td.taskRoleArn = str(json, "taskRoleArn");
    td.executionRoleArn = str(json, "executionRoleArn");
    td.requiresCompatibilities = toStringList(json.value(QLatin1String("requiresCompatibilities")));
    td.containerDefinitions = EcsJson::objects<ContainerDefinition>(json.value(QLatin1String("containerDefinitions")));
    td.volumes = json.value(QLatin1String("volumes")).toArray();
    td.placementConstraints = json.value(QLatin1String("placementConstraints")).toArray();
    td.registeredAt = time(json, "registeredAt");
    td.raw = json;
    return td;
}

CapacityProviderStrategyItem CapacityProviderStrategyItem::fromJson(const QJsonObject& json)
{
    return { str(json, "capacityProvider"), integer(json, "base"), integer(json, "weight") };
}

QJsonObject CapacityProviderStrategyItem::toJson() const
{
    QJsonObject json { { QLatin1String("capacityProvider"), capacityProvider } };
    if (base != 0)
        json.insert(QLatin1String("base"), base);
    if (weight != 0)
        json.insert(QLatin1String("weight"), weight);
    return json;
}

bool CapacityProvider::isFargateName(const QString& name)
{
    return name == QLatin1String("FARGATE") || name == QLatin1String("FARGATE_SPOT");
}

QString CapacityProvider::autoScalingGroupName() const
{
    const qsizetype at = autoScalingGroupArn.indexOf(QLatin1String(":autoScalingGroupName/"));
    return at < 0 ? autoScalingGroupArn : autoScalingGroupArn.mid(at + 22);
}

CapacityProvider CapacityProvider::fromJson(const QJsonObject& json)
{
    CapacityProvider cp;
    cp.arn = str(json, "capacityProviderArn");
    cp.name = str(json, "name");
    cp.status = str(json, "status");
    cp.updateStatus = str(json, "updateStatus");
    cp.updateStatusReason = str(json, "updateStatusReason");
    const QJsonObject asg = json.value(QLatin1String("autoScalingGroupProvider")).toObject();
    cp.autoScalingGroupArn = str(asg, "autoScalingGroupArn");
    const QJsonObject scaling = asg.value(QLatin1String("managedScaling")).toObject();
    cp.managedScaling.status = str(scaling, "status");
    cp.managedScaling.targetCapacity = integer(scaling, "targetCapacity");
    cp.managedScaling.minimumScalingStepSize = integer(scaling, "minimumScalingStepSize");
    cp.managedScaling.maximumScalingStepSize = integer(scaling, "maximumScalingStepSize");
    cp.managedScaling.instanceWarmupPeriod = integer(scaling, "instanceWarmupPeriod");
    cp.managedScalingStatus = cp.managedScaling.status;
    cp.managedTerminationProtection = str(asg, "managedTerminationProtection");
    cp.managedDraining = str(asg, "managedDraining");
    cp.tags = EcsJson::tags(json.value(QLatin1String("tags")));
    cp.raw = json;
    return cp;
}

CapacityProvidersPage CapacityProvidersPage::fromJson(const QJsonObject& answer)
{
    return { EcsJson::objects<CapacityProvider>(answer.value(QLatin1String("capacityProviders"))),
        EcsJson::failures(answer), str(answer, "nextToken") };
}

} // namespace EcsDesk::Api
