// SPDX-License-Identifier: MIT
#include "api/scheduler/scheduledtask.h"

#include "api/ecs/types.h"
#include "api/scheduler/scheduleexpression.h"

#include <QJsonDocument>

namespace EcsDesk::Api {

namespace {
    QString str(const QJsonObject& json, const char* key) { return json.value(QLatin1String(key)).toString(); }

    EcsTarget ecsTarget(const QJsonObject& target)
    {
        const QJsonObject ecs = target.value(QLatin1String("EcsParameters")).toObject();
        EcsTarget out;
        out.id = str(target, "Id");
        out.clusterArn = str(target, "Arn");
        out.roleArn = str(target, "RoleArn");
        out.input = str(target, "Input");
        out.taskDefinition = str(ecs, "TaskDefinitionArn");
        out.taskCount = ecs.value(QLatin1String("TaskCount")).toInt(1);
        out.launchType = str(ecs, "LaunchType");
        out.capacityProviderStrategy = ecs.value(QLatin1String("CapacityProviderStrategy")).toArray();
        out.networkConfiguration = ecs.value(QLatin1String("NetworkConfiguration")).toObject();
        out.platformVersion = str(ecs, "PlatformVersion");
        out.group = str(ecs, "Group");
        out.raw = target;
        return out;
    }

    QList<ScheduleInvocation> invocationsOf(const QJsonObject& record)
    {
        QList<ScheduleInvocation> out;
        for (const QJsonValue& value : record.value(QLatin1String("EcsDeskInvocations")).toArray()) {
            const QJsonObject invocation = value.toObject();
            ScheduleInvocation run;
            run.time = EcsJson::timestamp(invocation.value(QLatin1String("Time")));
            run.succeeded = str(invocation, "Status") == QLatin1String("SUCCEEDED");
            for (const QJsonValue& arn : invocation.value(QLatin1String("TaskArns")).toArray())
                run.taskArns.append(arn.toString());
            run.errorCode = str(invocation, "ErrorCode");
            run.errorMessage = str(invocation, "ErrorMessage");
            run.targetId = str(invocation, "TargetId");
            run.attempt = invocation.value(QLatin1String("Attempt")).toInt();
            if (invocation.contains(QLatin1String("NextAttemptTime")))
                run.nextAttempt = EcsJson::timestamp(invocation.value(QLatin1String("NextAttemptTime")));
            run.retriesExhausted = invocation.value(QLatin1String("RetriesExhausted")).toBool();
            out.append(run);
        }
        return out;
    }
} // namespace

ScheduledTask ScheduledTask::fromSchedule(const QJsonObject& json)
{
    ScheduledTask task;
    task.source = Source::Schedule;
    task.name = str(json, "Name");
    task.group = str(json, "GroupName");
    task.arn = str(json, "Arn");
    task.expression = str(json, "ScheduleExpression");
    task.timeZone = str(json, "ScheduleExpressionTimezone");
    task.enabled = str(json, "State") != QLatin1String("DISABLED");
    task.description = str(json, "Description");
    if (json.contains(QLatin1String("StartDate")))
        task.startDate = EcsJson::timestamp(json.value(QLatin1String("StartDate")));
    if (json.contains(QLatin1String("EndDate")))
        task.endDate = EcsJson::timestamp(json.value(QLatin1String("EndDate")));
    task.created = EcsJson::timestamp(json.value(QLatin1String("CreationDate")));
    const QJsonObject window = json.value(QLatin1String("FlexibleTimeWindow")).toObject();
    if (str(window, "Mode") == QLatin1String("FLEXIBLE"))
        task.flexibleWindowMinutes = window.value(QLatin1String("MaximumWindowInMinutes")).toInt();
    task.actionAfterCompletion = str(json, "ActionAfterCompletion");
    const QJsonObject target = json.value(QLatin1String("Target")).toObject();
    if (target.contains(QLatin1String("EcsParameters")))
        task.targets.append(ecsTarget(target));
    task.invocations = invocationsOf(json);
    task.raw = json;
    return task;
}

ScheduledTask ScheduledTask::fromRule(const QJsonObject& rule, const QJsonArray& targets)
{
    ScheduledTask task;
    task.source = Source::Rule;
    task.name = str(rule, "Name");
    task.arn = str(rule, "Arn");
    task.expression = str(rule, "ScheduleExpression");
    task.enabled = str(rule, "State") != QLatin1String("DISABLED");
    task.description = str(rule, "Description");
    for (const QJsonValue& value : targets) {
        if (value.toObject().contains(QLatin1String("EcsParameters")))
            task.targets.append(ecsTarget(value.toObject()));
    }
    task.invocations = invocationsOf(rule);
    task.raw = rule;
    return task;
}

bool ScheduledTask::targetsCluster(const QString& cluster) const
{
    for (const EcsTarget& target : targets) {
        if (target.clusterArn == cluster || target.clusterArn.endsWith(QLatin1String(":cluster/") + cluster))
            return true;
    }
    return false;
}

QString ScheduledTask::startedBy() const
{
    const QString full
        = (source == Source::Schedule ? QLatin1String("chronos-schedule/") : QLatin1String("events-rule/")) + name;
    return full.left(36);
}

QList<QDateTime> ScheduledTask::nextRuns(const QDateTime& after, int count) const
{
    QList<QDateTime> out;
    QString error;
    const auto parsed = ScheduleExpression::parse(expression, timeZone, &error);
    if (!enabled || !parsed)
        return out;
    qint64 from = after.toMSecsSinceEpoch();
    if (startDate.isValid())
        from = std::max(from, startDate.toMSecsSinceEpoch() - 1);
    const qint64 anchor = startDate.isValid() ? startDate.toMSecsSinceEpoch()
        : created.isValid()                   ? created.toMSecsSinceEpoch()
                                              : from;
    for (const qint64 at : parsed->nextFirings(from, count, anchor)) {
        if (endDate.isValid() && at > endDate.toMSecsSinceEpoch())
            break;
        out.append(QDateTime::fromMSecsSinceEpoch(at, Qt::UTC));
    }
    return out;
}

QJsonObject ScheduledTask::updateScheduleRequest(bool enabled) const
{
    QJsonObject request;
    for (const char* key : { "GroupName", "ScheduleExpression", "ScheduleExpressionTimezone", "Description",
             "StartDate", "EndDate", "FlexibleTimeWindow", "ActionAfterCompletion", "Target", "KmsKeyArn" }) {
        if (raw.contains(QLatin1String(key)))
            request.insert(QLatin1String(key), raw.value(QLatin1String(key)));
    }
    request.insert(QStringLiteral("State"), enabled ? QStringLiteral("ENABLED") : QStringLiteral("DISABLED"));
    return request;
}

RunTaskRequest ScheduledTask::runNowRequest(const EcsTarget& target) const
{
    RunTaskRequest request;
    request.cluster = target.clusterArn;
    request.taskDefinition = target.taskDefinition;
    request.count = target.taskCount;
    request.launchType = target.launchType;
    request.group = target.group;
    request.startedBy = startedBy();
    const QJsonObject vpc = target.networkConfiguration.value(QLatin1String("awsvpcConfiguration")).toObject();
    if (!vpc.isEmpty()) {
        AwsVpcConfiguration network;
        for (const QJsonValue& subnet : vpc.value(QLatin1String("Subnets")).toArray())
            network.subnets.append(subnet.toString());
        for (const QJsonValue& group : vpc.value(QLatin1String("SecurityGroups")).toArray())
            network.securityGroups.append(group.toString());
        network.assignPublicIp = str(vpc, "AssignPublicIp");
        request.networkConfiguration = network;
    }
    const QJsonObject overrides = QJsonDocument::fromJson(target.input.toUtf8()).object();
    for (const QJsonValue& value : overrides.value(QLatin1String("containerOverrides")).toArray()) {
        const QJsonObject item = value.toObject();
        ContainerOverride container;
        container.name = str(item, "name");
        for (const QJsonValue& part : item.value(QLatin1String("command")).toArray())
            container.command.append(part.toString());
        for (const QJsonValue& variable : item.value(QLatin1String("environment")).toArray())
            container.environment.append({ str(variable.toObject(), "name"), str(variable.toObject(), "value") });
        request.containerOverrides.append(container);
    }
    return request;
}

} // namespace EcsDesk::Api
