// SPDX-License-Identifier: MIT
// ECS container instances: RegisterContainerInstance, DeregisterContainerInstance,
// ListContainerInstances, DescribeContainerInstances, UpdateContainerInstancesState.
#include "local/api/ecshandler.h"

#include "local/clock.h"
#include "local/scheduler/clusterquery.h"
#include "local/store/store.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace EcsDesk::Local {

namespace {
    QString tr(const char* text) { return QCoreApplication::translate("EcsDesk::Local::EcsHandler", text); }

    QString lastSegment(const QString& idOrArn) { return idOrArn.mid(idOrArn.lastIndexOf(QLatin1Char('/')) + 1); }

    QString newId() { return QUuid::createUuid().toString(QUuid::Id128); }

    template <typename Map, typename Visit>
    void forRange(const Map& collection, const QString& prefix, const QString& after, Visit visit)
    {
        auto it = after.isEmpty() ? collection.lower_bound(prefix) : collection.upper_bound(after);
        if (!after.isEmpty() && !after.startsWith(prefix))
            it = collection.lower_bound(prefix);
        for (; it != collection.end() && it->first.startsWith(prefix); ++it) {
            if (!visit(it->first, it->second))
                return;
        }
    }

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
    const QJsonObject cluster = activeCluster(in);
    const QString clusterArn = cluster.value("clusterArn"_L1).toString();
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
    const QJsonObject cluster = activeCluster(in);
    const QString clusterArn = cluster.value("clusterArn"_L1).toString();
    const QString key = instanceKey(clusterArn, Input::requiredString(in, "containerInstance"_L1));
    const QJsonObject* found = m_context.store->find(Kind::ContainerInstance, key);
    if (!found || found->value("status"_L1).toString() == "INACTIVE"_L1)
        throw ApiError::invalidParameter(tr("The referenced container instance was not found."));
    const bool force = Input::boolean(in, "force"_L1).value_or(false);
    QStringList tasksOnInstance;
    forRange(m_context.store->collection(Kind::Task), arn("task/"_L1 + lastSegment(clusterArn) + QLatin1Char('/')), {},
        [&](const QString& taskKey, const QJsonObject& task) {
            if (task.value("containerInstanceArn"_L1).toString() == key
                && task.value("desiredStatus"_L1).toString() == "RUNNING"_L1)
                tasksOnInstance.append(taskKey);
            return true;
        });
    if (!tasksOnInstance.isEmpty() && !force)
        throw ApiError::invalidParameter(tr("Found running tasks on the instance."));
    for (const QString& task : tasksOnInstance)
        stopTaskRecord(
            task, tr("Container instance deregistration forced by the user."), QStringLiteral("TerminationNotice"));
    QJsonObject instance = *m_context.store->find(Kind::ContainerInstance, key);
    instance["status"_L1] = "INACTIVE"_L1;
    instance["agentConnected"_L1] = false;
    m_context.store->put(Kind::ContainerInstance, key, instance);
    return { { "containerInstance"_L1, instanceView(key, instance, instanceTaskCounts(clusterArn)) } };
}

QJsonObject EcsHandler::listContainerInstances(const QJsonObject& in)
{
    const QJsonObject& cluster = activeCluster(in);
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
                if (fields.desiredStatus == "RUNNING"_L1 && !fields.containerInstanceArn.isEmpty())
                    tasksByInstance[fields.containerInstanceArn].append(RunningTask { key, fields.group, {} });
            }
        }
    }
    const auto matchesFilter = [&](const QString& key, const QJsonObject& record) {
        if (!filter)
            return true;
        ContainerInstance instance;
        instance.arn = key;
        instance.ec2InstanceId = record.value("ec2InstanceId"_L1).toString();
        instance.agentConnected = record.value("agentConnected"_L1).toBool(true);
        instance.agentVersion = record.value("versionInfo"_L1).toObject().value("agentVersion"_L1).toString();
        instance.registeredAt
            = QDateTime::fromMSecsSinceEpoch(qint64(record.value("registeredAt"_L1).toDouble() * 1000), Qt::UTC);
        for (const QJsonValue& attribute : record.value("attributes"_L1).toArray())
            instance.attributes.insert(
                attribute.toObject().value("name"_L1).toString(), attribute.toObject().value("value"_L1).toString());
        instance.tasks = tasksByInstance.value(key);
        return filter->matches(instance);
    };
    QJsonArray arns;
    QString next;
    forRange(m_context.store->collection(Kind::ContainerInstance),
        arn("container-instance/"_L1 + cluster.value("clusterName"_L1).toString() + QLatin1Char('/')), page.after,
        [&](const QString& key, const QJsonObject& instance) {
            const QString current = instance.value("status"_L1).toString();
            if (status.isEmpty() ? current == "INACTIVE"_L1 : current != status)
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
    const QJsonObject& cluster = activeCluster(in);
    const QStringList ids = Input::stringList(in, "containerInstances"_L1);
    if (ids.isEmpty())
        throw ApiError::invalidParameter(tr("ContainerInstances cannot be empty."));
    if (ids.size() > 100)
        throw ApiError::invalidParameter(tr("containerInstances can have at most 100 items."));
    const bool withTags = Input::stringList(in, "include"_L1).contains("TAGS"_L1);
    const auto counts = instanceTaskCounts(cluster.value("clusterArn"_L1).toString());
    QJsonArray instances, failures;
    for (const QString& id : ids) {
        const QString key = instanceKey(cluster.value("clusterArn"_L1).toString(), id);
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
    const QJsonObject& cluster = activeCluster(in);
    const QStringList ids = Input::stringList(in, "containerInstances"_L1);
    if (ids.isEmpty())
        throw ApiError::invalidParameter(tr("ContainerInstances cannot be empty."));
    const QString status = Input::requiredString(in, "status"_L1);
    Input::requireOneOf(status, "status"_L1,
        { QStringLiteral("ACTIVE"), QStringLiteral("DRAINING"), QStringLiteral("REGISTERING"),
            QStringLiteral("DEREGISTERING"), QStringLiteral("REGISTRATION_FAILED") });
    if (status != "ACTIVE"_L1 && status != "DRAINING"_L1)
        throw ApiError::invalidParameter(tr("Container instance status can only be updated to ACTIVE or DRAINING."));
    QJsonArray instances, failures;
    for (const QString& id : ids) {
        const QString key = instanceKey(cluster.value("clusterArn"_L1).toString(), id);
        const QJsonObject* found = m_context.store->find(Kind::ContainerInstance, key);
        if (!found || found->value("status"_L1).toString() == "INACTIVE"_L1) {
            failures.append(QJsonObject { { "arn"_L1, key }, { "reason"_L1, "MISSING"_L1 } });
            continue;
        }
        QJsonObject instance = *found;
        instance["status"_L1] = status;
        instance["version"_L1] = instance.value("version"_L1).toInt() + 1;
        m_context.store->put(Kind::ContainerInstance, key, instance);
        instances.append(instance);
    }
    const auto counts = instanceTaskCounts(cluster.value("clusterArn"_L1).toString());
    for (qsizetype i = 0; i < instances.size(); ++i) {
        const QJsonObject instance = instances[i].toObject();
        instances[i] = instanceView(instance.value("containerInstanceArn"_L1).toString(), instance, counts);
    }
    return { { "containerInstances"_L1, instances }, { "failures"_L1, failures } };
}

} // namespace EcsDesk::Local
