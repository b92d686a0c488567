// SPDX-License-Identifier: MIT
// ECS tasks: RunTask, StartTask, StopTask, ListTasks, DescribeTasks (placing and stopping is TaskService's).
#include "local/api/ecshandler.h"

#include "local/api/ecsdetail.h"
#include "local/domain/repository.h"
#include "local/store/store.h"
#include "rules/ecsrules.h"

#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace EcsDesk::Local {

using namespace EcsDetail;

TaskLaunch EcsHandler::decodeLaunch(const QJsonObject& in)
{
    TaskLaunch launch;
    launch.launchType = Input::string(in, "launchType"_L1);
    if (!launch.launchType.isEmpty())
        Input::requireOneOf(launch.launchType, "launchType"_L1,
            { QStringLiteral("EC2"), QStringLiteral("FARGATE"), QStringLiteral("EXTERNAL") });
    launch.capacityProviderStrategy = Input::array(in, "capacityProviderStrategy"_L1);
    launch.networkConfiguration = Input::object(in, "networkConfiguration"_L1);
    launch.placementConstraints = Input::array(in, "placementConstraints"_L1);
    launch.placementStrategy = Input::array(in, "placementStrategy"_L1);
    launch.overrides = Input::object(in, "overrides"_L1);
    launch.tags = Input::array(in, "tags"_L1);
    launch.enableExecuteCommand = Input::boolean(in, "enableExecuteCommand"_L1).value_or(false);
    launch.group = Input::string(in, "group"_L1);
    launch.startedBy = Input::string(in, "startedBy"_L1);
    return launch;
}

QJsonObject EcsHandler::runTask(const QJsonObject& in)
{
    // count 1..10: the rulebook (and the request quota before it).
    if (const auto rejected = Rules::firstRejection(Rules::checkRunTask(in)))
        throw ApiError { rejected->code, rejected->message, 400 };
    const ClusterRecord cluster = activeCluster(in);
    const QJsonObject taskDefinition = requireTaskDefinition(Input::requiredString(in, "taskDefinition"_L1));
    if (!TaskDefinitionRecord::isActiveDocument(taskDefinition))
        throw ApiError::invalidParameter(tr("TaskDefinition is inactive"));
    const int count = int(Input::integer(in, "count"_L1).value_or(1));
    TaskLaunch launch = decodeLaunch(in);
    validateTags(launch.tags);
    if (launch.group.isEmpty())
        launch.group = "family:"_L1 + TaskDefinitionRecord::fromJson(taskDefinition).family;
    QJsonArray failures;
    const QJsonArray tasks = m_tasks.placeTasks(cluster, taskDefinition, launch, count, &failures);
    return { { "tasks"_L1, tasks }, { "failures"_L1, failures } };
}

QJsonObject EcsHandler::startTask(const QJsonObject& in)
{
    const ClusterRecord cluster = activeCluster(in);
    const QJsonObject taskDefinition = requireTaskDefinition(Input::requiredString(in, "taskDefinition"_L1));
    const QStringList instances = Input::stringList(in, "containerInstances"_L1);
    if (instances.isEmpty())
        throw ApiError::invalidParameter(tr("containerInstances must contain between 1 and 10 items."));
    QStringList keys;
    QJsonArray failures;
    for (const QString& instance : instances) {
        const QString key = instanceKey(cluster.arn, instance);
        const std::optional<ContainerInstanceRecord> found = m_tasks.repository().containerInstance(key);
        if (!found || found->status == ContainerInstanceStatus::Inactive)
            failures.append(QJsonObject { { "arn"_L1, key }, { "reason"_L1, "MISSING"_L1 } });
        else
            keys.append(key);
    }
    TaskLaunch launch = decodeLaunch(in);
    launch.launchType = QStringLiteral("EC2");
    if (launch.group.isEmpty())
        launch.group = "family:"_L1 + TaskDefinitionRecord::fromJson(taskDefinition).family;
    QJsonArray tasks;
    for (const QString& key : keys) {
        for (const QJsonValue& task : m_tasks.placeTasks(cluster, taskDefinition, launch, 1, &failures, { key }))
            tasks.append(task);
    }
    return { { "tasks"_L1, tasks }, { "failures"_L1, failures } };
}

QJsonObject EcsHandler::stopTask(const QJsonObject& in)
{
    const ClusterRecord cluster = activeCluster(in);
    const QString key = taskKey(cluster.arn, Input::requiredString(in, "task"_L1));
    if (!m_context.store->find(Kind::Task, key))
        throw ApiError::invalidParameter(tr("The referenced task was not found."));
    QString reason = Input::string(in, "reason"_L1);
    if (reason.isEmpty())
        reason = tr("Task stopped by user");
    m_tasks.stopTaskRecord(key, reason, QStringLiteral("UserInitiated"));
    return { { "task"_L1, *m_context.store->find(Kind::Task, key) } };
}

QStringList EcsHandler::listTaskKeys(const QJsonObject& in, QString* next)
{
    const QString clusterArn = activeClusterArn(in);
    const Input::Page page = Input::page(in, 100, 100);
    const QString family = Input::string(in, "family"_L1);
    const QString startedBy = Input::string(in, "startedBy"_L1);
    const QString launchType = Input::string(in, "launchType"_L1);
    if (!launchType.isEmpty())
        Input::requireOneOf(launchType, "launchType"_L1,
            { QStringLiteral("EC2"), QStringLiteral("FARGATE"), QStringLiteral("EXTERNAL") });
    QString desiredName = Input::string(in, "desiredStatus"_L1);
    if (desiredName.isEmpty())
        desiredName = QStringLiteral("RUNNING");
    Input::requireOneOf(desiredName, "desiredStatus"_L1,
        { QStringLiteral("RUNNING"), QStringLiteral("PENDING"), QStringLiteral("STOPPED") });
    const TaskStatus desired = *fromWire<TaskStatus>(desiredName);
    QString group;
    if (const QString service = Input::string(in, "serviceName"_L1); !service.isEmpty()) {
        const std::optional<ServiceRecord> found = m_tasks.repository().service(serviceKey(clusterArn, service));
        if (!found)
            throw serviceNotFound();
        group = "service:"_L1 + found->name;
    }
    QString instance;
    if (const QString given = Input::string(in, "containerInstance"_L1); !given.isEmpty())
        instance = instanceKey(clusterArn, given);
    const QString familyGroup = family.isEmpty() ? QString() : "family:"_L1 + family;
    const QString familyNeedle = "/"_L1 + family + QLatin1Char(':');

    QStringList arns;
    forRange(m_context.store->taskIndex(), Repository::resourcePrefix(clusterArn, "task"_L1), page.after,
        [&](const QString& key, const TaskFields& fields) {
            const TaskFields* task = &fields;
            // desiredStatus PENDING lists the tasks to run that have not left PENDING yet.
            if (desired == TaskStatus::Pending
                    ? task->lastStatus != TaskStatus::Pending || task->desiredStatus != TaskStatus::Running
                    : task->desiredStatus != desired)
                return true;
            if (!group.isEmpty() && task->group != group)
                return true;
            if (!familyGroup.isEmpty() && !task->taskDefinitionArn.contains(familyNeedle))
                return true;
            if (!startedBy.isEmpty() && task->startedBy != startedBy)
                return true;
            if (!launchType.isEmpty() && task->launchType != launchType)
                return true;
            if (!instance.isEmpty() && task->containerInstanceArn != instance)
                return true;
            if (arns.size() == page.maxResults) {
                *next = Input::encodeToken(arns.last());
                return false;
            }
            arns.append(key);
            return true;
        });
    return arns;
}

QJsonObject EcsHandler::listTasks(const QJsonObject& in)
{
    QString next;
    QJsonObject out { { "taskArns"_L1, QJsonArray::fromStringList(listTaskKeys(in, &next)) } };
    if (!next.isEmpty())
        out["nextToken"_L1] = next;
    return out;
}

QByteArray EcsHandler::listTasksRaw(const QJsonObject& in)
{
    // ARNs and tokens hold only characters that need no JSON escaping (names are [A-Za-z0-9_-]).
    QString next;
    const QStringList arns = listTaskKeys(in, &next);
    QByteArray out = "{\"taskArns\":[";
    out.reserve(arns.size() * 110 + 200);
    for (qsizetype i = 0; i < arns.size(); ++i) {
        if (i > 0)
            out += ',';
        out += '"';
        out += arns[i].toUtf8();
        out += '"';
    }
    out += ']';
    if (!next.isEmpty())
        out += ",\"nextToken\":\"" + next.toUtf8() + '"';
    out += '}';
    return out;
}

QByteArray EcsHandler::describeRaw(bool services, const QJsonObject& in)
{
    const QString clusterArn = activeClusterArn(in);
    const QStringList ids = Input::stringList(in, services ? "services"_L1 : "tasks"_L1);
    if (ids.isEmpty())
        throw ApiError::invalidParameter(services ? tr("Services cannot be empty.") : tr("Tasks cannot be empty."));
    if (ids.size() > (services ? 10 : 100))
        throw ApiError::invalidParameter(
            services ? tr("services can have at most 10 items.") : tr("tasks can have at most 100 items."));
    const Kind kind = services ? Kind::Service : Kind::Task;
    // serviceKey/taskKey without rebuilding the ARN's common part for every id.
    const QString prefix = Repository::resourcePrefix(clusterArn, services ? "service"_L1 : "task"_L1);
    QByteArray out;
    out.reserve(ids.size() * 2048);
    out += services ? "{\"services\":[" : "{\"tasks\":[";
    QJsonArray failures;
    bool first = true;
    for (const QString& id : ids) {
        const QString key = prefix + lastSegment(id);
        const QByteArray json = m_context.store->json(kind, key);
        if (json.isEmpty()) {
            failures.append(
                QJsonObject { { "arn"_L1, id.startsWith("arn:"_L1) ? id : key }, { "reason"_L1, "MISSING"_L1 } });
            continue;
        }
        if (!first)
            out += ',';
        first = false;
        out += json;
    }
    out += "],\"failures\":";
    out += failures.isEmpty() ? QByteArray("[]") : QJsonDocument(failures).toJson(QJsonDocument::Compact);
    out += '}';
    return out;
}

QJsonObject EcsHandler::describeTasks(const QJsonObject& in)
{
    const QString clusterArn = activeClusterArn(in);
    const QStringList ids = Input::stringList(in, "tasks"_L1);
    if (ids.isEmpty())
        throw ApiError::invalidParameter(tr("Tasks cannot be empty."));
    if (ids.size() > 100)
        throw ApiError::invalidParameter(tr("tasks can have at most 100 items."));
    const bool withTags = Input::stringList(in, "include"_L1).contains("TAGS"_L1);
    QJsonArray tasks, failures;
    for (const QString& id : ids) {
        const QString key = taskKey(clusterArn, id);
        if (const QJsonObject* task = m_context.store->find(Kind::Task, key)) {
            QJsonObject view = *task;
            if (withTags)
                view["tags"_L1] = tagsOf(key);
            else
                view.remove("tags"_L1);
            tasks.append(view);
        } else {
            failures.append(
                QJsonObject { { "arn"_L1, id.startsWith("arn:"_L1) ? id : key }, { "reason"_L1, "MISSING"_L1 } });
        }
    }
    return { { "tasks"_L1, tasks }, { "failures"_L1, failures } };
}

} // namespace EcsDesk::Local
