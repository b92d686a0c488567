// SPDX-License-Identifier: MIT
#include "local/api/autoscalinghandler.h"

#include "api/autoscaling/stepadjustments.h"
#include "local/api/alarms.h"
#include "local/clock.h"
#include "local/simulation/schedule.h"
#include "local/store/store.h"

#include <QCoreApplication>
#include <QUuid>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace EcsDesk::Local {

namespace {
    QString tr(const char* text) { return QCoreApplication::translate("EcsDesk::Local::AutoScalingHandler", text); }

    const QChar separator(0x1f);

    ApiError validation(const QString& message) { return { QStringLiteral("ValidationException"), message, 400 }; }

    const QStringList namespaces { QStringLiteral("ecs"), QStringLiteral("elasticmapreduce"), QStringLiteral("ec2"),
        QStringLiteral("appstream"), QStringLiteral("dynamodb"), QStringLiteral("rds"), QStringLiteral("sagemaker"),
        QStringLiteral("custom-resource"), QStringLiteral("comprehend"), QStringLiteral("lambda"),
        QStringLiteral("cassandra"), QStringLiteral("kafka"), QStringLiteral("elasticache"),
        QStringLiteral("neptune") };

    QString required(const QJsonObject& in, QLatin1String field)
    {
        const QString value = Input::string(in, field);
        if (value.isEmpty())
            throw validation(tr("1 validation error detected: Value null at '%1' failed to satisfy constraint: Member "
                                "must not be null")
                                 .arg(QString(field).left(1).toLower() + QString(field).mid(1)));
        return value;
    }

    QString checkedNamespace(const QJsonObject& in)
    {
        const QString value = required(in, "ServiceNamespace"_L1);
        if (!namespaces.contains(value))
            throw validation(tr("1 validation error detected: Value '%1' at 'serviceNamespace' failed to satisfy "
                                "constraint: Member must satisfy enum value set: [%2]")
                                 .arg(value, namespaces.join(QStringLiteral(", "))));
        return value;
    }

    QString targetKey(const QString& nameSpace, const QString& resourceId, const QString& dimension)
    {
        return nameSpace + separator + resourceId + separator + dimension;
    }

    ApiError targetNotFound(const QString& nameSpace, const QString& resourceId, const QString& dimension)
    {
        return { QStringLiteral("ObjectNotFoundException"),
            tr("No scalable target registered for service namespace: %1, resource ID: %2, scalable dimension: %3")
                .arg(nameSpace, resourceId, dimension),
            400 };
    }

    /// The metric a target tracking policy's alarms watch, as Application Auto Scaling sets it.
    QJsonObject trackedMetric(const QString& resourceId, const QJsonObject& configuration)
    {
        const QJsonObject predefined = configuration.value("PredefinedMetricSpecification"_L1).toObject();
        const QString type = predefined.value("PredefinedMetricType"_L1).toString();
        const QStringList parts = resourceId.split(QLatin1Char('/'));
        const QJsonArray serviceDimensions { QJsonObject {
                                                 { "Name"_L1, "ClusterName"_L1 }, { "Value"_L1, parts.value(1) } },
            QJsonObject { { "Name"_L1, "ServiceName"_L1 }, { "Value"_L1, parts.value(2) } } };
        if (type == "ECSServiceAverageCPUUtilization"_L1 || type == "ECSServiceAverageMemoryUtilization"_L1) {
            return { { "Namespace"_L1, "AWS/ECS"_L1 },
                { "MetricName"_L1,
                    type == "ECSServiceAverageCPUUtilization"_L1 ? "CPUUtilization"_L1 : "MemoryUtilization"_L1 },
                { "Statistic"_L1, "Average"_L1 }, { "Dimensions"_L1, serviceDimensions } };
        }
        if (type == "ALBRequestCountPerTarget"_L1) {
            const QString label = predefined.value("ResourceLabel"_L1).toString();
            const qsizetype group = label.indexOf("targetgroup/"_L1);
            return { { "Namespace"_L1, "AWS/ApplicationELB"_L1 }, { "MetricName"_L1, "RequestCountPerTarget"_L1 },
                { "Statistic"_L1, "Sum"_L1 },
                { "Dimensions"_L1,
                    QJsonArray { QJsonObject {
                        { "Name"_L1, "TargetGroup"_L1 }, { "Value"_L1, group < 0 ? label : label.mid(group) } } } } };
        }
        const QJsonObject custom = configuration.value("CustomizedMetricSpecification"_L1).toObject();
        QJsonObject metric { { "Namespace"_L1, custom.value("Namespace"_L1).toString() },
            { "MetricName"_L1, custom.value("MetricName"_L1).toString() },
            { "Statistic"_L1, custom.value("Statistic"_L1).toString(QStringLiteral("Average")) },
            { "Dimensions"_L1, custom.value("Dimensions"_L1).toArray() } };
        if (custom.contains("Unit"_L1))
            metric["Unit"_L1] = custom.value("Unit"_L1);
        return metric;
    }

    /// Creates (or rewrites) the AlarmHigh / AlarmLow pair of a target tracking policy: 3 of 3
    /// minutes above the target, 15 of 15 below 90 % of it, both naming the policy as their action.
    /// Each has a uuid of its own, as in AWS's answers; an update keeps the names.
    QJsonArray putTrackingAlarms(AlarmBook& book, const QString& resourceId, const QString& policyArn,
        const QJsonObject& configuration, const QJsonArray& existing, qint64 nowMs)
    {
        const QJsonObject metric = trackedMetric(resourceId, configuration);
        const double target = configuration.value("TargetValue"_L1).toDouble();
        QJsonArray alarms;
        for (const bool high : { true, false }) {
            const QString prefix = "TargetTracking-"_L1 + resourceId + (high ? "-AlarmHigh-"_L1 : "-AlarmLow-"_L1);
            QString name = prefix + QUuid::createUuid().toString(QUuid::WithoutBraces);
            for (const QJsonValue& old : existing) {
                if (old.toObject().value("AlarmName"_L1).toString().startsWith(prefix))
                    name = old.toObject().value("AlarmName"_L1).toString();
            }
            QJsonObject alarm = metric;
            alarm["AlarmName"_L1] = name;
            alarm["AlarmDescription"_L1]
                = tr("DO NOT EDIT OR DELETE. For TargetTrackingScaling policy %1.").arg(policyArn);
            alarm["AlarmActions"_L1] = QJsonArray { policyArn };
            alarm["Period"_L1] = 60;
            alarm["EvaluationPeriods"_L1] = high ? 3 : 15;
            alarm["DatapointsToAlarm"_L1] = high ? 3 : 15;
            alarm["Threshold"_L1] = high ? target : target * 0.9;
            alarm["ComparisonOperator"_L1] = high ? "GreaterThanThreshold"_L1 : "LessThanThreshold"_L1;
            book.put(alarm, nowMs);
            alarms.append(QJsonObject { { "AlarmName"_L1, name }, { "AlarmARN"_L1, book.alarmArn(name) } });
        }
        return alarms;
    }

    void removeTrackingAlarms(AlarmBook& book, const QJsonObject& policy, qint64 nowMs)
    {
        if (policy.value("PolicyType"_L1).toString() != "TargetTrackingScaling"_L1)
            return;
        for (const QJsonValue& alarm : policy.value("Alarms"_L1).toArray())
            book.remove(alarm.toObject().value("AlarmName"_L1).toString(), nowMs);
    }
} // namespace

bool AutoScalingHandler::hasOperation(const QString& operation) const
{
    static const QStringList operations { QStringLiteral("RegisterScalableTarget"),
        QStringLiteral("DeregisterScalableTarget"), QStringLiteral("DescribeScalableTargets"),
        QStringLiteral("PutScalingPolicy"), QStringLiteral("DeleteScalingPolicy"),
        QStringLiteral("DescribeScalingPolicies"), QStringLiteral("PutScheduledAction"),
        QStringLiteral("DeleteScheduledAction"), QStringLiteral("DescribeScheduledActions"),
        QStringLiteral("DescribeScalingActivities") };
    return operations.contains(operation);
}

QJsonObject AutoScalingHandler::handle(const QString& operation, const QJsonObject& input)
{
    if (operation == "RegisterScalableTarget"_L1)
        return registerScalableTarget(input);
    if (operation == "DeregisterScalableTarget"_L1)
        return deregisterScalableTarget(input);
    if (operation == "DescribeScalableTargets"_L1)
        return describeScalableTargets(input);
    if (operation == "PutScalingPolicy"_L1)
        return putScalingPolicy(input);
    if (operation == "DeleteScalingPolicy"_L1)
        return deleteScalingPolicy(input);
    if (operation == "DescribeScalingPolicies"_L1)
        return describeScalingPolicies(input);
    if (operation == "PutScheduledAction"_L1)
        return putScheduledAction(input);
    if (operation == "DeleteScheduledAction"_L1)
        return deleteScheduledAction(input);
    if (operation == "DescribeScheduledActions"_L1)
        return describeScheduledActions(input);
    return describeScalingActivities(input);
}

QJsonObject AutoScalingHandler::registerScalableTarget(const QJsonObject& in)
{
    const QString nameSpace = checkedNamespace(in);
    const QString resourceId = required(in, "ResourceId"_L1);
    const QString dimension = required(in, "ScalableDimension"_L1);
    if (nameSpace == "ecs"_L1) {
        if (dimension != "ecs:service:DesiredCount"_L1)
            throw validation(tr("Unsupported scalable dimension '%1' for service namespace ecs").arg(dimension));
        if (!resourceId.startsWith("service/"_L1) || resourceId.count(QLatin1Char('/')) != 2)
            throw validation(tr("Unsupported resource ID %1: expected service/<cluster>/<service>").arg(resourceId));
    }
    const QString key = targetKey(nameSpace, resourceId, dimension);
    const QJsonObject* existing = m_context.store->find(Kind::ScalableTarget, key);
    const auto minimum = Input::integer(in, "MinCapacity"_L1);
    const auto maximum = Input::integer(in, "MaxCapacity"_L1);
    if (!existing && (!minimum || !maximum))
        throw validation(tr("MinCapacity and MaxCapacity must be given when registering a new scalable target"));
    QJsonObject target = existing ? *existing : QJsonObject();
    if (!existing) {
        target = { { "ServiceNamespace"_L1, nameSpace }, { "ResourceId"_L1, resourceId },
            { "ScalableDimension"_L1, dimension }, { "CreationTime"_L1, m_context.clock->epochSeconds() },
            { "ScalableTargetARN"_L1,
                QString("arn:aws:application-autoscaling:"_L1 + m_context.region + QLatin1Char(':')
                    + m_context.accountId + ":scalable-target/"_L1
                    + QUuid::createUuid().toString(QUuid::Id128).left(28)) },
            { "RoleARN"_L1,
                QString("arn:aws:iam::"_L1 + m_context.accountId
                    + ":role/aws-service-role/ecs.application-autoscaling.amazonaws.com/"
                      "AWSServiceRoleForApplicationAutoScaling_ECSService"_L1) },
            { "SuspendedState"_L1,
                QJsonObject { { "DynamicScalingInSuspended"_L1, false }, { "DynamicScalingOutSuspended"_L1, false },
                    { "ScheduledScalingSuspended"_L1, false } } } };
    }
    if (minimum)
        target["MinCapacity"_L1] = *minimum;
    if (maximum)
        target["MaxCapacity"_L1] = *maximum;
    if (target.value("MinCapacity"_L1).toInteger() < 0 || target.value("MaxCapacity"_L1).toInteger() < 0)
        throw validation(tr("Capacity cannot be negative"));
    if (target.value("MinCapacity"_L1).toInteger() > target.value("MaxCapacity"_L1).toInteger())
        throw validation(tr("Minimum capacity cannot be greater than maximum capacity"));
    if (const QString role = Input::string(in, "RoleARN"_L1); !role.isEmpty())
        target["RoleARN"_L1] = role;
    const QJsonObject suspended = Input::object(in, "SuspendedState"_L1);
    if (!suspended.isEmpty()) {
        QJsonObject state = target.value("SuspendedState"_L1).toObject();
        for (auto it = suspended.begin(); it != suspended.end(); ++it)
            state[it.key()] = it.value();
        target["SuspendedState"_L1] = state;
    }
    m_context.store->put(Kind::ScalableTarget, key, target);
    return { { "ScalableTargetARN"_L1, target.value("ScalableTargetARN"_L1) } };
}

QJsonObject AutoScalingHandler::deregisterScalableTarget(const QJsonObject& in)
{
    const QString nameSpace = checkedNamespace(in);
    const QString resourceId = required(in, "ResourceId"_L1);
    const QString dimension = required(in, "ScalableDimension"_L1);
    const QString key = targetKey(nameSpace, resourceId, dimension);
    if (!m_context.store->find(Kind::ScalableTarget, key))
        throw targetNotFound(nameSpace, resourceId, dimension);
    m_context.store->remove(Kind::ScalableTarget, key);
    AlarmBook book(m_context);
    for (const Kind kind : { Kind::ScalingPolicy, Kind::ScheduledAction }) {
        QStringList keys;
        const Store::Collection& all = m_context.store->collection(kind);
        for (auto it = all.lower_bound(key + separator); it != all.end() && it->first.startsWith(key + separator); ++it)
            keys.append(it->first);
        for (const QString& child : keys) {
            if (kind == Kind::ScalingPolicy)
                removeTrackingAlarms(
                    book, *m_context.store->find(kind, child), m_context.clock->now().toMSecsSinceEpoch());
            m_context.store->remove(kind, child);
        }
    }
    return {};
}

QJsonObject AutoScalingHandler::describe(
    Kind kind, const QJsonObject& in, QLatin1String listName, const QStringList& names, QLatin1String nameField)
{
    const QString nameSpace = checkedNamespace(in);
    const QString resourceId = Input::string(in, "ResourceId"_L1);
    QStringList resourceIds = Input::stringList(in, "ResourceIds"_L1);
    if (!resourceId.isEmpty())
        resourceIds.append(resourceId);
    const QString dimension = Input::string(in, "ScalableDimension"_L1);
    const auto max = Input::integer(in, "MaxResults"_L1);
    if (max && (*max < 1 || *max > 50))
        throw validation(tr("1 validation error detected: Value '%1' at 'maxResults' failed to satisfy constraint: "
                            "Member must have value less than or equal to 50")
                             .arg(*max));
    const Input::Page page = Input::page(in, int(max.value_or(50)), 50, QLatin1String("unusedMax"), "NextToken"_L1);
    QJsonArray items;
    QString next;
    const Store::Collection& all = m_context.store->collection(kind);
    const QString prefix = nameSpace + separator;
    for (auto it = page.after.isEmpty() ? all.lower_bound(prefix) : all.upper_bound(page.after);
         it != all.end() && it->first.startsWith(prefix); ++it) {
        const QJsonObject& item = it->second;
        if (!resourceIds.isEmpty() && !resourceIds.contains(item.value("ResourceId"_L1).toString()))
            continue;
        if (!dimension.isEmpty() && item.value("ScalableDimension"_L1).toString() != dimension)
            continue;
        if (!names.isEmpty() && !names.contains(item.value(nameField).toString()))
            continue;
        if (items.size() == page.maxResults) {
            next = Input::encodeToken(std::prev(it)->first);
            break;
        }
        items.append(item);
    }
    QJsonObject out { { listName, items } };
    if (!next.isEmpty())
        out["NextToken"_L1] = next;
    return out;
}

QJsonObject AutoScalingHandler::describeScalableTargets(const QJsonObject& in)
{
    return describe(Kind::ScalableTarget, in, "ScalableTargets"_L1, {}, "ResourceId"_L1);
}

QJsonObject AutoScalingHandler::putScalingPolicy(const QJsonObject& in)
{
    const QString nameSpace = checkedNamespace(in);
    const QString resourceId = required(in, "ResourceId"_L1);
    const QString dimension = required(in, "ScalableDimension"_L1);
    const QString name = required(in, "PolicyName"_L1);
    QString type = Input::string(in, "PolicyType"_L1);
    if (type.isEmpty())
        type = QStringLiteral("StepScaling");
    Input::requireOneOf(type, "PolicyType"_L1,
        { QStringLiteral("StepScaling"), QStringLiteral("TargetTrackingScaling"),
            QStringLiteral("PredictiveScaling") });
    const QString target = targetKey(nameSpace, resourceId, dimension);
    if (!m_context.store->find(Kind::ScalableTarget, target))
        throw targetNotFound(nameSpace, resourceId, dimension);
    const QJsonObject step = Input::object(in, "StepScalingPolicyConfiguration"_L1);
    const QJsonObject tracking = Input::object(in, "TargetTrackingScalingPolicyConfiguration"_L1);
    if (type == "StepScaling"_L1 && step.isEmpty())
        throw validation(tr("StepScalingPolicyConfiguration must be specified for a StepScaling policy"));
    if (type == "StepScaling"_L1) {
        // The step table as Application Auto Scaling checks it (the app's policy form uses the same rules).
        QList<Api::StepAdjustment> steps;
        for (const QJsonValue& value : step.value("StepAdjustments"_L1).toArray()) {
            const QJsonObject adjustment = value.toObject();
            Api::StepAdjustment parsed;
            if (adjustment.value("MetricIntervalLowerBound"_L1).isDouble())
                parsed.lowerBound = adjustment.value("MetricIntervalLowerBound"_L1).toDouble();
            if (adjustment.value("MetricIntervalUpperBound"_L1).isDouble())
                parsed.upperBound = adjustment.value("MetricIntervalUpperBound"_L1).toDouble();
            parsed.scalingAdjustment = adjustment.value("ScalingAdjustment"_L1).toInt();
            steps.append(parsed);
        }
        if (!steps.isEmpty()) {
            if (const QString error = Api::StepAdjustments::validate(steps, step.value("AdjustmentType"_L1).toString());
                !error.isEmpty())
                throw validation(error);
        }
    }
    if (type == "TargetTrackingScaling"_L1) {
        if (tracking.isEmpty() || !tracking.value("TargetValue"_L1).isDouble())
            throw validation(tr("TargetTrackingScalingPolicyConfiguration with a TargetValue must be specified for a "
                                "TargetTrackingScaling policy"));
    }
    const QString key = target + separator + name;
    const QJsonObject* existing = m_context.store->find(Kind::ScalingPolicy, key);
    const QString policyArn = existing ? existing->value("PolicyARN"_L1).toString()
                                       : "arn:aws:autoscaling:"_L1 + m_context.region + QLatin1Char(':')
            + m_context.accountId + ":scalingPolicy:"_L1 + QUuid::createUuid().toString(QUuid::WithoutBraces)
            + ":resource/"_L1 + nameSpace + QLatin1Char('/') + resourceId + ":policyName/"_L1 + name;
    // Target tracking policies own their two alarms (kept across updates, removed with the policy).
    AlarmBook book(m_context);
    const qint64 nowMs = m_context.clock->now().toMSecsSinceEpoch();
    QJsonArray alarms;
    if (type == "TargetTrackingScaling"_L1) {
        alarms = putTrackingAlarms(book, resourceId, policyArn, tracking,
            existing && existing->value("PolicyType"_L1).toString() == type ? existing->value("Alarms"_L1).toArray()
                                                                            : QJsonArray(),
            nowMs);
    } else if (existing) {
        removeTrackingAlarms(book, *existing, nowMs);
    }
    QJsonObject policy { { "PolicyARN"_L1, policyArn }, { "PolicyName"_L1, name }, { "ServiceNamespace"_L1, nameSpace },
        { "ResourceId"_L1, resourceId }, { "ScalableDimension"_L1, dimension }, { "PolicyType"_L1, type },
        { "Alarms"_L1, alarms }, { "CreationTime"_L1, m_context.clock->epochSeconds() } };
    if (!step.isEmpty())
        policy["StepScalingPolicyConfiguration"_L1] = step;
    if (!tracking.isEmpty())
        policy["TargetTrackingScalingPolicyConfiguration"_L1] = tracking;
    m_context.store->put(Kind::ScalingPolicy, key, policy);
    return { { "PolicyARN"_L1, policyArn }, { "Alarms"_L1, alarms } };
}

QJsonObject AutoScalingHandler::deleteScalingPolicy(const QJsonObject& in)
{
    const QString nameSpace = checkedNamespace(in);
    const QString resourceId = required(in, "ResourceId"_L1);
    const QString dimension = required(in, "ScalableDimension"_L1);
    const QString name = required(in, "PolicyName"_L1);
    const QString key = targetKey(nameSpace, resourceId, dimension) + separator + name;
    if (!m_context.store->find(Kind::ScalingPolicy, key)) {
        throw ApiError { QStringLiteral("ObjectNotFoundException"),
            tr("No scaling policy found for service namespace: %1, resource ID: %2, scalable dimension: %3, policy "
               "name: %4")
                .arg(nameSpace, resourceId, dimension, name),
            400 };
    }
    AlarmBook book(m_context);
    removeTrackingAlarms(
        book, *m_context.store->find(Kind::ScalingPolicy, key), m_context.clock->now().toMSecsSinceEpoch());
    m_context.store->remove(Kind::ScalingPolicy, key);
    return {};
}

QJsonObject AutoScalingHandler::describeScalingPolicies(const QJsonObject& in)
{
    QJsonObject out = describe(
        Kind::ScalingPolicy, in, "ScalingPolicies"_L1, Input::stringList(in, "PolicyNames"_L1), "PolicyName"_L1);
    // A step scaling policy's Alarms are the CloudWatch alarms whose actions name it.
    QJsonArray policies;
    for (const QJsonValue& item : out.value("ScalingPolicies"_L1).toArray()) {
        QJsonObject policy = AlarmBook::publicView(item.toObject());
        if (policy.value("PolicyType"_L1).toString() == "StepScaling"_L1) {
            const QString arn = policy.value("PolicyARN"_L1).toString();
            QJsonArray alarms;
            for (const auto& [name, alarm] : m_context.store->collection(Kind::Alarm)) {
                bool names = false;
                for (const char* list : { "OKActions", "AlarmActions", "InsufficientDataActions" })
                    names = names || alarm.value(QLatin1String(list)).toArray().contains(QJsonValue(arn));
                if (names)
                    alarms.append(
                        QJsonObject { { "AlarmName"_L1, name }, { "AlarmARN"_L1, alarm.value("AlarmArn"_L1) } });
            }
            policy["Alarms"_L1] = alarms;
        }
        policies.append(policy);
    }
    out["ScalingPolicies"_L1] = policies;
    return out;
}

QJsonObject AutoScalingHandler::putScheduledAction(const QJsonObject& in)
{
    const QString nameSpace = checkedNamespace(in);
    const QString resourceId = required(in, "ResourceId"_L1);
    const QString dimension = required(in, "ScalableDimension"_L1);
    const QString name = required(in, "ScheduledActionName"_L1);
    const QString target = targetKey(nameSpace, resourceId, dimension);
    if (!m_context.store->find(Kind::ScalableTarget, target))
        throw targetNotFound(nameSpace, resourceId, dimension);
    const QString key = target + separator + name;
    const QJsonObject* existing = m_context.store->find(Kind::ScheduledAction, key);
    QJsonObject action = existing ? *existing : QJsonObject();
    if (!existing) {
        required(in, "Schedule"_L1);
        action = { { "ScheduledActionName"_L1, name },
            { "ScheduledActionARN"_L1,
                QString("arn:aws:autoscaling:"_L1 + m_context.region + QLatin1Char(':') + m_context.accountId
                    + ":scheduledAction:"_L1 + QUuid::createUuid().toString(QUuid::WithoutBraces) + ":resource/"_L1
                    + nameSpace + QLatin1Char('/') + resourceId + ":scheduledActionName/"_L1 + name) },
            { "ServiceNamespace"_L1, nameSpace }, { "ResourceId"_L1, resourceId },
            { "ScalableDimension"_L1, dimension }, { "CreationTime"_L1, m_context.clock->epochSeconds() } };
    }
    for (const char* field : { "Schedule", "Timezone" }) {
        if (!Input::string(in, QLatin1String(field)).isEmpty())
            action[QLatin1String(field)] = Input::string(in, QLatin1String(field));
    }
    // The simulation runs it: the expression and time zone must parse.
    QString scheduleError;
    if (!Schedule::parse(
            action.value("Schedule"_L1).toString(), action.value("Timezone"_L1).toString(), &scheduleError))
        throw validation(scheduleError);
    for (const char* field : { "StartTime", "EndTime" }) {
        if (const auto at = Input::number(in, QLatin1String(field))) {
            if (!(std::abs(*at) < 9.0e15))
                throw validation(tr("Invalid %1: %2 is not a time").arg(QLatin1String(field)).arg(*at));
            action[QLatin1String(field)] = *at;
        }
    }
    const QJsonObject capacity = Input::object(in, "ScalableTargetAction"_L1);
    if (!capacity.isEmpty())
        action["ScalableTargetAction"_L1] = capacity;
    m_context.store->put(Kind::ScheduledAction, key, action);
    return {};
}

QJsonObject AutoScalingHandler::deleteScheduledAction(const QJsonObject& in)
{
    const QString nameSpace = checkedNamespace(in);
    const QString resourceId = required(in, "ResourceId"_L1);
    const QString dimension = required(in, "ScalableDimension"_L1);
    const QString name = required(in, "ScheduledActionName"_L1);
    const QString key = targetKey(nameSpace, resourceId, dimension) + separator + name;
    if (!m_context.store->find(Kind::ScheduledAction, key)) {
        throw ApiError { QStringLiteral("ObjectNotFoundException"),
            tr("No scheduled action found for service namespace: %1, resource ID: %2, scalable dimension: %3, "
               "scheduled action name: %4")
                .arg(nameSpace, resourceId, dimension, name),
            400 };
    }
    m_context.store->remove(Kind::ScheduledAction, key);
    return {};
}

QJsonObject AutoScalingHandler::describeScheduledActions(const QJsonObject& in)
{
    return describe(Kind::ScheduledAction, in, "ScheduledActions"_L1, Input::stringList(in, "ScheduledActionNames"_L1),
        "ScheduledActionName"_L1);
}

QJsonObject AutoScalingHandler::describeScalingActivities(const QJsonObject& in)
{
    return describe(Kind::ScalingActivity, in, "ScalingActivities"_L1, {}, "ActivityId"_L1);
}

} // namespace EcsDesk::Local
