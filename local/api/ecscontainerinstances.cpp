// SPDX-License-Identifier: MIT
// ECS container instances: RegisterContainerInstance, DeregisterContainerInstance,
// ListContainerInstances, DescribeContainerInstances, UpdateContainerInstancesState.
#include "local/api/ecshandler.h"

#include "local/api/ecsdetail.h"
#include "local/clock.h"
#include "local/scheduler/clusterquery.h"
#include "local/store/store.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace EcsDesk::Local {

using namespace EcsDetail;

namespace {
    QJsonObject resource(const QString& name, int value)
    {
        return { { "name"_L1, name }, { "type"_L1, "INTEGER"_L1 }, { "doubleValue"_L1, 0.0 }, { "longValue"_L1, 0 },
            { "integerValue"_L1, value } };
    }

    int resourceValue(const QJsonArray& resources, QLatin1String name)
    {
        for (const QJsonValue& value : resources) {
            if (value.toObject().value("name"_L1).toString() == name)
                return value.toObject().value("integerValue"_L1).toInt();
        }
        return 0;
    }
} // namespace

// ---- -------------------------------------------------------------------

QJsonObject EcsHandler::registerContainerInstance(const QJsonObject& in)
{
    const QString clusterArn = activeCluster(in).arn;
    const QJsonArray tags = Input::array(in, "tags"_L1);
    validateTags(tags);
    QJsonObject identity;
    if (const QString document = Input::string(in, "instanceIdentityDocument"_L1); !document.isEmpty()) {
        QJsonParseError error;
        identity = QJsonDocument::fromJson(document.toUtf8(), &error).object();
        if (error.error != QJsonParseError::NoError)
            throw ApiError::client(tr("The instance identity document is not valid JSON."));
    }
    QString ec2Id = identity.value("instanceId"_L1).toString();
    if (ec2Id.isEmpty())
        ec2Id = "i-"_L1 + newId().left(17);
    QJsonArray registered;
    const QJsonArray total = Input::array(in, "totalResources"_L1);
    int cpu = resourceValue(total, "CPU"_L1), memory = resourceValue(total, "MEMORY"_L1);
    if (cpu <= 0)
        cpu = 2048;
    if (memory <= 0)
        memory = 3943;
    registered.append(resource(QStringLiteral("CPU"), cpu));
    registered.append(resource(QStringLiteral("MEMORY"), memory));
    QJsonObject ports { { "name"_L1, "PORTS"_L1 }, { "type"_L1, "STRINGSET"_L1 }, { "doubleValue"_L1, 0.0 },
        { "longValue"_L1, 0 }, { "integerValue"_L1, 0 },
        { "stringSetValue"_L1, QJsonArray { "22"_L1, "2376"_L1, "2375"_L1, "51678"_L1, "51679"_L1 } } };
    registered.append(ports);
    QJsonObject udp = ports;
    udp["name"_L1] = "PORTS_UDP"_L1;
    udp["stringSetValue"_L1] = QJsonArray();
    registered.append(udp);

    // The caller's attributes, each name once (the last value given wins), then the ones the agent
    // would report that the caller did not give.
    QJsonArray attributes;
    QHash<QString, qsizetype> attributeAt;
    auto addAttribute = [&](const QJsonObject& attribute, bool replace) {
        const QString name = attribute.value("name"_L1).toString();
        const auto at = attributeAt.constFind(name);
        if (at == attributeAt.cend()) {
            attributeAt.insert(name, attributes.size());
            attributes.append(attribute);
        } else if (replace) {
            attributes[*at] = attribute;
        }
    };
    for (const QJsonValue& value : Input::array(in, "attributes"_L1)) {
        const QJsonObject attribute = value.toObject();
        if (attribute.value("name"_L1).toString().isEmpty())
            throw ApiError::invalidParameter(tr("Attribute name cannot be empty."));
        addAttribute(attribute, true);
    }
    const QString zone = identity.value("availabilityZone"_L1).toString().isEmpty()
        ? m_context.region + QLatin1Char('a')
        : identity.value("availabilityZone"_L1).toString();
    addAttribute(QJsonObject { { "name"_L1, "ecs.availability-zone"_L1 }, { "value"_L1, zone } }, false);
    if (const QString type = identity.value("instanceType"_L1).toString(); !type.isEmpty())
        addAttribute(QJsonObject { { "name"_L1, "ecs.instance-type"_L1 }, { "value"_L1, type } }, false);
    addAttribute(QJsonObject { { "name"_L1, "ecs.os-type"_L1 }, { "value"_L1, "linux"_L1 } }, false);

    QString instanceArn = Input::string(in, "containerInstanceArn"_L1);
    instanceArn = instanceArn.isEmpty() ? instanceKey(clusterArn, newId()) : instanceKey(clusterArn, instanceArn);
    QJsonObject versionInfo = Input::object(in, "versionInfo"_L1);
    QJsonObject instance { { "containerInstanceArn"_L1, instanceArn }, { "ec2InstanceId"_L1, ec2Id },
        { "version"_L1, 1 }, { "versionInfo"_L1, versionInfo }, { "remainingResources"_L1, registered },
        { "registeredResources"_L1, registered }, { "status"_L1, "ACTIVE"_L1 }, { "agentConnected"_L1, true },
        { "runningTasksCount"_L1, 0 }, { "pendingTasksCount"_L1, 0 }, { "attributes"_L1, attributes },
        { "registeredAt"_L1, m_context.clock->epochSeconds() }, { "attachments"_L1, QJsonArray() } };
    m_context.store->put(Kind::ContainerInstance, instanceArn, instance);
    setTags(instanceArn, tags);
    instance["tags"_L1] = tags;
    return { { "containerInstance"_L1, instance } };
}

QJsonObject EcsHandler::deregisterContainerInstance(const QJsonObject& in)
{
    const QString clusterArn = activeCluster(in).arn;
    const QString key = instanceKey(clusterArn, Input::requiredString(in, "containerInstance"_L1));
    const std::optional<ContainerInstanceRecord> found = m_tasks.repository().containerInstance(key);
    if (!found || found->status == ContainerInstanceStatus::Inactive)
        throw ApiError::invalidParameter(tr("The referenced container instance was not found."));
    const bool force = Input::boolean(in, "force"_L1).value_or(false);
    QStringList tasksOnInstance;
    forRange(m_context.store->taskIndex(), Repository::resourcePrefix(clusterArn, "task"_L1), {},
        [&](const QString& taskKey, const TaskFields& task) {
            if (task.containerInstanceArn == key && task.desiredStatus == TaskStatus::Running)
                tasksOnInstance.append(taskKey);
            return true;
        });
    if (!tasksOnInstance.isEmpty() && !force)
        throw ApiError::invalidParameter(tr("Found running tasks on the instance."));
    for (const QString& task : tasksOnInstance)
        m_tasks.stopTaskRecord(
            task, tr("Container instance deregistration forced by the user."), QStringLiteral("TerminationNotice"));
    ContainerInstanceRecord instance = *m_tasks.repository().containerInstance(key);
    instance.status = ContainerInstanceStatus::Inactive;
    instance.agentConnected = false;
    m_tasks.repository().putContainerInstance(instance);
    return { { "containerInstance"_L1, instanceView(key, instance.toJson(), m_tasks.instanceTaskCounts(clusterArn)) } };
}

QJsonObject EcsHandler::listContainerInstances(const QJsonObject& in)
{
    const QString clusterArn = activeCluster(in).arn;
    const Input::Page page = Input::page(in, 100, 100);
    const QString status = Input::string(in, "status"_L1);
    if (!status.isEmpty())
        Input::requireOneOf(status, "status"_L1,
            { QStringLiteral("ACTIVE"), QStringLiteral("DRAINING"), QStringLiteral("REGISTERING"),
                QStringLiteral("DEREGISTERING"), QStringLiteral("REGISTRATION_FAILED") });
    // The cluster query language filter, as the placement engine evaluates memberOf.
    std::optional<ClusterQuery> filter;
    QHash<QString, QList<RunningTask>> tasksByInstance;
    if (const QString expression = Input::string(in, "filter"_L1); !expression.isEmpty()) {
        QString error;
        filter = ClusterQuery::parse(expression, &error);
        if (!filter)
            throw ApiError::invalidParameter(error);
        if (filter->dependsOnTasks()) {
            for (const auto& [key, fields] : m_context.store->taskIndex()) {
                if (fields.desiredStatus == TaskStatus::Running && !fields.containerInstanceArn.isEmpty())
                    tasksByInstance[fields.containerInstanceArn].append(RunningTask { key, fields.group, {} });
            }
        }
    }
    const auto matchesFilter = [&](const QString& key, const ContainerInstanceRecord& record) {
        if (!filter)
            return true;
        ContainerInstance instance;
        instance.arn = key;
        instance.ec2InstanceId = record.ec2InstanceId;
        instance.agentConnected = record.agentConnected;
        instance.agentVersion = record.agentVersion;
        instance.registeredAt = QDateTime::fromMSecsSinceEpoch(qint64(record.registeredAt.value_or(0) * 1000), Qt::UTC);
        instance.attributes = record.attributes;
        instance.tasks = tasksByInstance.value(key);
        return filter->matches(instance);
    };
    QJsonArray arns;
    QString next;
    const std::optional<ContainerInstanceStatus> wanted = fromWire<ContainerInstanceStatus>(status);
    forRange(m_context.store->collection(Kind::ContainerInstance),
        Repository::resourcePrefix(clusterArn, "container-instance"_L1), page.after,
        [&](const QString& key, const QJsonObject& document) {
            const ContainerInstanceRecord instance = ContainerInstanceRecord::fromJson(document);
            if (wanted ? instance.status != *wanted : instance.status == ContainerInstanceStatus::Inactive)
                return true;
            if (!matchesFilter(key, instance))
                return true;
            if (arns.size() == page.maxResults) {
                next = Input::encodeToken(arns.last().toString());
                return false;
            }
            arns.append(key);
            return true;
        });
    QJsonObject out { { "containerInstanceArns"_L1, arns } };
    if (!next.isEmpty())
        out["nextToken"_L1] = next;
    return out;
}

QJsonObject EcsHandler::describeContainerInstances(const QJsonObject& in)
{
    const QString clusterArn = activeCluster(in).arn;
    const QStringList ids = Input::stringList(in, "containerInstances"_L1);
    if (ids.isEmpty())
        throw ApiError::invalidParameter(tr("ContainerInstances cannot be empty."));
    if (ids.size() > 100)
        throw ApiError::invalidParameter(tr("containerInstances can have at most 100 items."));
    const bool withTags = Input::stringList(in, "include"_L1).contains("TAGS"_L1);
    const auto counts = m_tasks.instanceTaskCounts(clusterArn);
    QJsonArray instances, failures;
    for (const QString& id : ids) {
        const QString key = instanceKey(clusterArn, id);
        if (const QJsonObject* instance = m_context.store->find(Kind::ContainerInstance, key)) {
            QJsonObject view = instanceView(key, *instance, counts);
            if (withTags)
                view["tags"_L1] = tagsOf(key);
            instances.append(view);
        } else {
            failures.append(
                QJsonObject { { "arn"_L1, id.startsWith("arn:"_L1) ? id : key }, { "reason"_L1, "MISSING"_L1 } });
        }
    }
    return { { "containerInstances"_L1, instances }, { "failures"_L1, failures } };
}

QJsonObject EcsHandler::updateContainerInstancesState(const QJsonObject& in)
{
    const QString clusterArn = activeCluster(in).arn;
    const QStringList ids = Input::stringList(in, "containerInstances"_L1);
    if (ids.isEmpty())
        throw ApiError::invalidParameter(tr("ContainerInstances cannot be empty."));
    const QString status = Input::requiredString(in, "status"_L1);
    Input::requireOneOf(status, "status"_L1,
        { QStringLiteral("ACTIVE"), QStringLiteral("DRAINING"), QStringLiteral("REGISTERING"),
            QStringLiteral("DEREGISTERING"), QStringLiteral("REGISTRATION_FAILED") });
    if (status != "ACTIVE"_L1 && status != "DRAINING"_L1)
        throw ApiError::invalidParameter(tr("Container instance status can only be updated to ACTIVE or DRAINING."));
    const ContainerInstanceStatus newStatus = *fromWire<ContainerInstanceStatus>(status);
    QList<ContainerInstanceRecord> updated;
    QJsonArray failures;
    for (const QString& id : ids) {
        const QString key = instanceKey(clusterArn, id);
        std::optional<ContainerInstanceRecord> instance = m_tasks.repository().containerInstance(key);
        if (!instance || instance->status == ContainerInstanceStatus::Inactive) {
            failures.append(QJsonObject { { "arn"_L1, key }, { "reason"_L1, "MISSING"_L1 } });
            continue;
        }
        instance->status = newStatus;
        instance->version += 1;
        m_tasks.repository().putContainerInstance(*instance);
        updated.append(*instance);
    }
    const auto counts = m_tasks.instanceTaskCounts(clusterArn);
    QJsonArray instances;
    for (const ContainerInstanceRecord& instance : updated)
        instances.append(instanceView(instance.arn, instance.toJson(), counts));
    return { { "containerInstances"_L1, instances }, { "failures"_L1, failures } };
}

QJsonObject EcsHandler::instanceView(
    const QString& key, const QJsonObject& record, const QHash<QString, QPair<int, int>>& counts)
{
    QJsonObject view = record;
    view.remove(TaskService::dynamicPortsField());
    const QPair<int, int> count = counts.value(key);
    view["runningTasksCount"_L1] = count.first;
    view["pendingTasksCount"_L1] = count.second;
    return view;
}

} // namespace EcsDesk::Local
