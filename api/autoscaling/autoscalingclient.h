// SPDX-License-Identifier: MIT
#pragma once

#include "api/core/serviceclient.h"

#include <QDateTime>

namespace EcsDesk::Api {

/// A scalable target: for ECS, service/<cluster>/<service> with ecs:service:DesiredCount.
struct ScalableTarget {
    QString resourceId;
    QString scalableDimension;
    int minCapacity = 0;
    int maxCapacity = 0;
    QJsonObject raw;
    bool dynamicScalingInSuspended = false;
    bool dynamicScalingOutSuspended = false;
    bool scheduledScalingSuspended = false;
    static ScalableTarget fromJson(const QJsonObject& json);
    bool operator==(const ScalableTarget&) const = default;
};

/// A CloudWatch alarm a scaling policy is tied to.
struct PolicyAlarm {
    QString name;
    QString arn;
    bool operator==(const PolicyAlarm&) const = default;
};

/// One step of a step scaling policy: bounds relative to the alarm's threshold (lower inclusive,
/// upper exclusive; absent = unbounded) and the adjustment.
struct StepAdjustment {
    std::optional<double> lowerBound;
    std::optional<double> upperBound;
    int scalingAdjustment = 0;
    bool operator==(const StepAdjustment&) const = default;
};

/// A target tracking or step scaling policy.
struct ScalingPolicy {
    QString arn;
    QString name;
    QString resourceId;
    QString policyType; ///< TargetTrackingScaling, StepScaling
    QJsonObject raw;
    QDateTime created;
    QList<PolicyAlarm> alarms;
    // Target tracking.
    std::optional<double> targetValue;
    /// ECSServiceAverageCPUUtilization, ... or, for a customized metric, "<namespace>/<metric name>".
    QString trackedMetric;
    std::optional<int> scaleOutCooldown;
    std::optional<int> scaleInCooldown;
    bool disableScaleIn = false;
    // Step scaling.
    QString adjustmentType; ///< ChangeInCapacity, PercentChangeInCapacity, ExactCapacity
    std::optional<int> cooldown;
    QString metricAggregationType;
    std::optional<int> minAdjustmentMagnitude;
    QList<StepAdjustment> stepAdjustments;
    static ScalingPolicy fromJson(const QJsonObject& json);
    bool operator==(const ScalingPolicy&) const = default;
};

/// One scaling activity (what auto scaling did and why).
struct ScalingActivity {
    QString activityId;
    QString description;
    QString cause;
    QString statusCode;
    QDateTime startTime;
    QDateTime endTime;
    QJsonObject raw;
    static ScalingActivity fromJson(const QJsonObject& json);
    bool operator==(const ScalingActivity&) const = default;
};

/// A scheduled action (cron or at() capacity change).
struct ScheduledAction {
    QString arn;
    QString name;
    QString schedule;
    QString resourceId;
    QJsonObject raw;
    QString timezone;
    std::optional<int> minCapacity;
    std::optional<int> maxCapacity;
    QDateTime startTime;
    QDateTime endTime;
    static ScheduledAction fromJson(const QJsonObject& json);
    bool operator==(const ScheduledAction&) const = default;
};

/// Application Auto Scaling over awsJson1_1 (`AnyScaleFrontendService`, signing name
/// `application-autoscaling`), for ECS services (service namespace "ecs").
class AutoScalingClient : public ServiceClient {
public:
    explicit AutoScalingClient(ClientConfig config);
    static ServiceDescription description();

    static QString ecsResourceId(const QString& cluster, const QString& service);
    static QString desiredCount() { return QStringLiteral("ecs:service:DesiredCount"); }

    AwsReply* call(const QString& operation, const QJsonObject& input) const { return callJson(operation, input); }
    AwsReply* describeScalableTargets(const QStringList& resourceIds = {}, const QString& nextToken = {}) const;
    AwsReply* registerScalableTarget(const QString& resourceId, int minCapacity, int maxCapacity) const;
    /// The same with the target's SuspendedState (DynamicScalingIn/OutSuspended, ScheduledScalingSuspended).
    AwsReply* registerScalableTarget(const QString& resourceId, int minCapacity, int maxCapacity,
        bool dynamicScalingInSuspended, bool dynamicScalingOutSuspended, bool scheduledScalingSuspended) const;
    AwsReply* describeScalingPolicies(const QString& resourceId = {}, const QString& nextToken = {}) const;
    /// `configuration`: TargetTrackingScalingPolicyConfiguration or StepScalingPolicyConfiguration.
    AwsReply* putScalingPolicy(const QString& name, const QString& resourceId, const QString& policyType,
        const QJsonObject& configuration) const;
    /// Writes a target tracking policy back from its typed fields (target value, cooldowns,
    /// disable scale-in); the metric specification stays as the policy has it.
    AwsReply* putTargetTrackingPolicy(const ScalingPolicy& policy) const;
    AwsReply* deleteScalingPolicy(const QString& name, const QString& resourceId) const;
    AwsReply* describeScalingActivities(const QString& resourceId = {}, const QString& nextToken = {}) const;
    AwsReply* describeScheduledActions(const QString& resourceId = {}, const QString& nextToken = {}) const;
    AwsReply* putScheduledAction(const QString& name, const QString& resourceId, const QString& schedule,
        int minCapacity, int maxCapacity) const;
    /// PutScheduledAction from every field of `action`: schedule, time zone, start and end time
    /// (when valid), min/max capacity (when set).
    AwsReply* putScheduledAction(const ScheduledAction& action) const;
    AwsReply* deleteScheduledAction(const QString& name, const QString& resourceId) const;
};

} // namespace EcsDesk::Api
