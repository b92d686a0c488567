// SPDX-License-Identifier: MIT
#include "api/autoscaling/autoscalingclient.h"

#include "api/ecs/types.h"

namespace EcsDesk::Api {

namespace {
    const QString ecsNamespace = QStringLiteral("ecs");
    QString str(const QJsonObject& json, const char* key) { return json.value(QLatin1String(key)).toString(); }
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
    return ScalableTarget { str(json, "ResourceId"), str(json, "ScalableDimension"),
        json.value(QLatin1String("MinCapacity")).toInt(), json.value(QLatin1String("MaxCapacity")).toInt(), json };
}

ScalingPolicy ScalingPolicy::fromJson(const QJsonObject& json)
{
    return ScalingPolicy { str(json, "PolicyARN"), str(json, "PolicyName"), str(json, "ResourceId"),
        str(json, "PolicyType"), json };
}

ScalingActivity ScalingActivity::fromJson(const QJsonObject& json)
{
    return ScalingActivity { str(json, "ActivityId"), str(json, "Description"), str(json, "Cause"),
        str(json, "StatusCode"), EcsJson::timestamp(json.value(QLatin1String("StartTime"))),
        EcsJson::timestamp(json.value(QLatin1String("EndTime"))), json };
}

ScheduledAction ScheduledAction::fromJson(const QJsonObject& json)
{
    return ScheduledAction { str(json, "ScheduledActionARN"), str(json, "ScheduledActionName"), str(json, "Schedule"),
        str(json, "ResourceId"), json };
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

AwsReply* AutoScalingClient::deleteScheduledAction(const QString& name, const QString& resourceId) const
{
    QJsonObject input = base(resourceId);
    input.insert(QStringLiteral("ScheduledActionName"), name);
    return call(QStringLiteral("DeleteScheduledAction"), input);
}

} // namespace EcsDesk::Api
