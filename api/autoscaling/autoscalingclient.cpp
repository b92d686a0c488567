// SPDX-License-Identifier: MIT
#include "api/autoscaling/autoscalingclient.h"

#include "api/ecs/types.h"

namespace EcsDesk::Api {

namespace {
    const QString ecsNamespace = QStringLiteral("ecs");
    QString str(const QJsonObject& json, const char* key) { return json.value(QLatin1String(key)).toString(); }
    std::optional<double> number(const QJsonObject& json, const char* key)
    {
        const QJsonValue value = json.value(QLatin1String(key));
        return value.isDouble() ? std::optional<double>(value.toDouble()) : std::nullopt;
    }
    std::optional<int> integer(const QJsonObject& json, const char* key)
    {
        const QJsonValue value = json.value(QLatin1String(key));
        return value.isDouble() ? std::optional<int>(value.toInt()) : std::nullopt;
    }
    QJsonObject base(const QString& resourceId)
    {
        QJsonObject input { { QStringLiteral("ServiceNamespace"), ecsNamespace } };
        if (!resourceId.isEmpty()) {
            input.insert(QStringLiteral("ResourceId"), resourceId);
            input.insert(QStringLiteral("ScalableDimension"), AutoScalingClient::desiredCount());
        }
        return input;
    }
    void token(QJsonObject& input, const QString& nextToken)
    {
        if (!nextToken.isEmpty())
            input.insert(QStringLiteral("NextToken"), nextToken);
    }
} // namespace

ScalableTarget ScalableTarget::fromJson(const QJsonObject& json)
{
    ScalableTarget target { str(json, "ResourceId"), str(json, "ScalableDimension"),
        json.value(QLatin1String("MinCapacity")).toInt(), json.value(QLatin1String("MaxCapacity")).toInt(), json };
    const QJsonObject suspended = json.value(QLatin1String("SuspendedState")).toObject();
    target.dynamicScalingInSuspended = suspended.value(QLatin1String("DynamicScalingInSuspended")).toBool();
    target.dynamicScalingOutSuspended = suspended.value(QLatin1String("DynamicScalingOutSuspended")).toBool();
    target.scheduledScalingSuspended = suspended.value(QLatin1String("ScheduledScalingSuspended")).toBool();
    return target;
}

ScalingPolicy ScalingPolicy::fromJson(const QJsonObject& json)
{
    ScalingPolicy policy { str(json, "PolicyARN"), str(json, "PolicyName"), str(json, "ResourceId"),
        str(json, "PolicyType"), json };
    policy.created = EcsJson::timestamp(json.value(QLatin1String("CreationTime")));
    for (const QJsonValue& value : json.value(QLatin1String("Alarms")).toArray())
        policy.alarms.append({ str(value.toObject(), "AlarmName"), str(value.toObject(), "AlarmARN") });
    const QJsonObject tracking = json.value(QLatin1String("TargetTrackingScalingPolicyConfiguration")).toObject();
    if (!tracking.isEmpty()) {
        policy.targetValue = number(tracking, "TargetValue");
        const QJsonObject predefined = tracking.value(QLatin1String("PredefinedMetricSpecification")).toObject();
        const QJsonObject custom = tracking.value(QLatin1String("CustomizedMetricSpecification")).toObject();
        policy.trackedMetric = !predefined.isEmpty()
            ? str(predefined, "PredefinedMetricType")
            : str(custom, "Namespace") + QLatin1Char('/') + str(custom, "MetricName");
        policy.scaleOutCooldown = integer(tracking, "ScaleOutCooldown");
        policy.scaleInCooldown = integer(tracking, "ScaleInCooldown");
        policy.disableScaleIn = tracking.value(QLatin1String("DisableScaleIn")).toBool();
    }
    const QJsonObject step = json.value(QLatin1String("StepScalingPolicyConfiguration")).toObject();
    if (!step.isEmpty()) {
        policy.adjustmentType = str(step, "AdjustmentType");
        policy.cooldown = integer(step, "Cooldown");
        policy.metricAggregationType = str(step, "MetricAggregationType");
        policy.minAdjustmentMagnitude = integer(step, "MinAdjustmentMagnitude");
        for (const QJsonValue& value : step.value(QLatin1String("StepAdjustments")).toArray()) {
            const QJsonObject adjustment = value.toObject();
            policy.stepAdjustments.append(
                { number(adjustment, "MetricIntervalLowerBound"), number(adjustment, "MetricIntervalUpperBound"),
                    adjustment.value(QLatin1String("ScalingAdjustment")).toInt() });
        }
    }
    return policy;
}

ScalingActivity ScalingActivity::fromJson(const QJsonObject& json)
{
    return ScalingActivity { str(json, "ActivityId"), str(json, "Description"), str(json, "Cause"),
        str(json, "StatusCode"), EcsJson::timestamp(json.value(QLatin1String("StartTime"))),
        EcsJson::timestamp(json.value(QLatin1String("EndTime"))), json };
}

ScheduledAction ScheduledAction::fromJson(const QJsonObject& json)
{
    ScheduledAction action { str(json, "ScheduledActionARN"), str(json, "ScheduledActionName"), str(json, "Schedule"),
        str(json, "ResourceId"), json };
    action.timezone = str(json, "Timezone");
    const QJsonObject capacity = json.value(QLatin1String("ScalableTargetAction")).toObject();
    action.minCapacity = integer(capacity, "MinCapacity");
    action.maxCapacity = integer(capacity, "MaxCapacity");
    if (json.contains(QLatin1String("StartTime")))
        action.startTime = EcsJson::timestamp(json.value(QLatin1String("StartTime")));
    if (json.contains(QLatin1String("EndTime")))
        action.endTime = EcsJson::timestamp(json.value(QLatin1String("EndTime")));
    return action;
}

AutoScalingClient::AutoScalingClient(ClientConfig config)
    : ServiceClient(std::move(config), description())
{
}

ServiceDescription AutoScalingClient::description()
{
    return ServiceDescription { "application-autoscaling", "AnyScaleFrontendService", "1.1",
        QStringLiteral("application-autoscaling"), QStringLiteral("application_auto_scaling") };
}

QString AutoScalingClient::ecsResourceId(const QString& cluster, const QString& service)
{
    return QLatin1String("service/") + cluster + QLatin1Char('/') + service;
}

AwsReply* AutoScalingClient::describeScalableTargets(const QStringList& resourceIds, const QString& nextToken) const
{
    QJsonObject input { { QStringLiteral("ServiceNamespace"), ecsNamespace } };
    if (!resourceIds.isEmpty())
        input.insert(QStringLiteral("ResourceIds"), QJsonArray::fromStringList(resourceIds));
    token(input, nextToken);
    return call(QStringLiteral("DescribeScalableTargets"), input);
}

AwsReply* AutoScalingClient::registerScalableTarget(const QString& resourceId, int minCapacity, int maxCapacity) const
{
    QJsonObject input = base(resourceId);
    input.insert(QStringLiteral("MinCapacity"), minCapacity);
    input.insert(QStringLiteral("MaxCapacity"), maxCapacity);
    return call(QStringLiteral("RegisterScalableTarget"), input);
}

AwsReply* AutoScalingClient::registerScalableTarget(const QString& resourceId, int minCapacity, int maxCapacity,
    bool dynamicScalingInSuspended, bool dynamicScalingOutSuspended, bool scheduledScalingSuspended) const
{
    QJsonObject input = base(resourceId);
    input.insert(QStringLiteral("MinCapacity"), minCapacity);
    input.insert(QStringLiteral("MaxCapacity"), maxCapacity);
    input.insert(QStringLiteral("SuspendedState"),
        QJsonObject { { QStringLiteral("DynamicScalingInSuspended"), dynamicScalingInSuspended },
            { QStringLiteral("DynamicScalingOutSuspended"), dynamicScalingOutSuspended },
            { QStringLiteral("ScheduledScalingSuspended"), scheduledScalingSuspended } });
    return call(QStringLiteral("RegisterScalableTarget"), input);
}

AwsReply* AutoScalingClient::describeScalingPolicies(const QString& resourceId, const QString& nextToken) const
{
    QJsonObject input = base(resourceId);
    token(input, nextToken);
    return call(QStringLiteral("DescribeScalingPolicies"), input);
}

AwsReply* AutoScalingClient::putScalingPolicy(
    const QString& name, const QString& resourceId, const QString& policyType, const QJsonObject& configuration) const
{
    QJsonObject input = base(resourceId);
    input.insert(QStringLiteral("PolicyName"), name);
    input.insert(QStringLiteral("PolicyType"), policyType);
    input.insert(policyType == QLatin1String("StepScaling")
            ? QStringLiteral("StepScalingPolicyConfiguration")
            : QStringLiteral("TargetTrackingScalingPolicyConfiguration"),
        configuration);
    return call(QStringLiteral("PutScalingPolicy"), input);
}

AwsReply* AutoScalingClient::putTargetTrackingPolicy(const ScalingPolicy& policy) const
{
    QJsonObject configuration = policy.raw.value(QLatin1String("TargetTrackingScalingPolicyConfiguration")).toObject();
    if (policy.targetValue)
        configuration.insert(QStringLiteral("TargetValue"), *policy.targetValue);
    if (policy.scaleOutCooldown)
        configuration.insert(QStringLiteral("ScaleOutCooldown"), *policy.scaleOutCooldown);
    if (policy.scaleInCooldown)
        configuration.insert(QStringLiteral("ScaleInCooldown"), *policy.scaleInCooldown);
    configuration.insert(QStringLiteral("DisableScaleIn"), policy.disableScaleIn);
    return putScalingPolicy(policy.name, policy.resourceId, QStringLiteral("TargetTrackingScaling"), configuration);
}

AwsReply* AutoScalingClient::deleteScalingPolicy(const QString& name, const QString& resourceId) const
{
    QJsonObject input = base(resourceId);
    input.insert(QStringLiteral("PolicyName"), name);
    return call(QStringLiteral("DeleteScalingPolicy"), input);
}

AwsReply* AutoScalingClient::describeScalingActivities(const QString& resourceId, const QString& nextToken) const
{
    QJsonObject input = base(resourceId);
    token(input, nextToken);
    return call(QStringLiteral("DescribeScalingActivities"), input);
}

AwsReply* AutoScalingClient::describeScheduledActions(const QString& resourceId, const QString& nextToken) const
{
    QJsonObject input = base(resourceId);
    token(input, nextToken);
    return call(QStringLiteral("DescribeScheduledActions"), input);
}

AwsReply* AutoScalingClient::putScheduledAction(
    const QString& name, const QString& resourceId, const QString& schedule, int minCapacity, int maxCapacity) const
{
    QJsonObject input = base(resourceId);
    input.insert(QStringLiteral("ScheduledActionName"), name);
    input.insert(QStringLiteral("Schedule"), schedule);
    input.insert(QStringLiteral("ScalableTargetAction"),
        QJsonObject { { QStringLiteral("MinCapacity"), minCapacity }, { QStringLiteral("MaxCapacity"), maxCapacity } });
    return call(QStringLiteral("PutScheduledAction"), input);
}

AwsReply* AutoScalingClient::putScheduledAction(const ScheduledAction& action) const
{
    QJsonObject input = base(action.resourceId);
    input.insert(QStringLiteral("ScheduledActionName"), action.name);
    input.insert(QStringLiteral("Schedule"), action.schedule);
    if (!action.timezone.isEmpty())
        input.insert(QStringLiteral("Timezone"), action.timezone);
    if (action.startTime.isValid())
        input.insert(QStringLiteral("StartTime"), double(action.startTime.toSecsSinceEpoch()));
    if (action.endTime.isValid())
        input.insert(QStringLiteral("EndTime"), double(action.endTime.toSecsSinceEpoch()));
    QJsonObject capacity;
    if (action.minCapacity)
        capacity.insert(QStringLiteral("MinCapacity"), *action.minCapacity);
    if (action.maxCapacity)
        capacity.insert(QStringLiteral("MaxCapacity"), *action.maxCapacity);
    input.insert(QStringLiteral("ScalableTargetAction"), capacity);
    return call(QStringLiteral("PutScheduledAction"), input);
}

AwsReply* AutoScalingClient::deleteScheduledAction(const QString& name, const QString& resourceId) const
{
    QJsonObject input = base(resourceId);
    input.insert(QStringLiteral("ScheduledActionName"), name);
    return call(QStringLiteral("DeleteScheduledAction"), input);
}

} // namespace EcsDesk::Api
