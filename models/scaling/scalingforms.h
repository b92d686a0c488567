// SPDX-License-Identifier: MIT
#pragma once

#include "api/autoscaling/autoscalingclient.h"
#include "api/cloudwatch/alarms.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace EcsDesk::Models {

/// A target tracking policy as its editor holds it: a predefined ECS metric (with the load
/// balancer's resource label for ALBRequestCountPerTarget) or a customized metric, the target
/// value, the cooldowns and whether scale-in is disabled.
struct TargetTrackingForm {
    Q_DECLARE_TR_FUNCTIONS(EcsDesk::Models::TargetTrackingForm)
public:
    QString name;
    QString resourceId; ///< service/<cluster>/<service>
    /// ECSServiceAverageCPUUtilization, ECSServiceAverageMemoryUtilization, ALBRequestCountPerTarget;
    /// empty for a customized metric.
    QString predefinedMetric = QStringLiteral("ECSServiceAverageCPUUtilization");
    QString resourceLabel; ///< app/<lb>/<id>/targetgroup/<tg>/<id>
    QString metricNamespace;
    QString metricName;
    QString statistic = QStringLiteral("Average");
    QList<Api::MetricDimension> dimensions;
    QString unit;
    double targetValue = 50;
    std::optional<int> scaleOutCooldown;
    std::optional<int> scaleInCooldown;
    bool disableScaleIn = false;
    /// The policy's JSON it keeps fields of that the form does not edit.
    QJsonObject original;

    static QStringList predefinedMetrics();
    /// What is wrong, one text per problem; empty when the form can be sent.
    QStringList errors() const;
    /// TargetTrackingScalingPolicyConfiguration.
    QJsonObject configuration() const;
    static TargetTrackingForm fromPolicy(const Api::ScalingPolicy& policy);
};

/// A step scaling policy and the CloudWatch alarm that runs it (PutMetricAlarm with the policy's
/// ARN in AlarmActions): adjustment type, step table, cooldown, metric aggregation, minimum
/// adjustment magnitude; the alarm's metric, statistic, comparison, threshold and periods.
struct StepPolicyForm {
    Q_DECLARE_TR_FUNCTIONS(EcsDesk::Models::StepPolicyForm)
public:
    QString name;
    QString resourceId;
    QString adjustmentType = QStringLiteral("ChangeInCapacity");
    QList<Api::StepAdjustment> steps;
    std::optional<int> cooldown;
    QString metricAggregationType = QStringLiteral("Average");
    std::optional<int> minAdjustmentMagnitude;
    // The alarm.
    QString alarmName;
    QString metricNamespace = QStringLiteral("AWS/ECS");
    QString metricName = QStringLiteral("CPUUtilization");
    QString statistic = QStringLiteral("Average");
    QList<Api::MetricDimension> dimensions;
    QString comparisonOperator = QStringLiteral("GreaterThanOrEqualToThreshold");
    double threshold = 70;
    int period = 60;
    int evaluationPeriods = 1;
    int datapointsToAlarm = 0;
    QString treatMissingData;

    static QStringList adjustmentTypes();
    static QStringList comparisonOperators();
    /// The ECS service's CPU alarm dimensions (ClusterName, ServiceName) from `resourceId`.
    static QList<Api::MetricDimension> serviceDimensions(const QString& resourceId);
    QStringList errors() const;
    /// StepScalingPolicyConfiguration.
    QJsonObject configuration() const;
    /// The alarm whose ALARM state runs the policy `policyArn`.
    Api::MetricAlarm alarm(const QString& policyArn) const;
    /// The form of `policy` with the first of `alarms` that names it (its alarm fields), if any.
    static StepPolicyForm fromPolicy(const Api::ScalingPolicy& policy, const QList<Api::MetricAlarm>& alarms);
};

/// A scheduled action: at()/rate()/cron() with its time zone, optional start and end, and the
/// minimum and maximum capacity it sets.
struct ScheduledActionForm {
    Q_DECLARE_TR_FUNCTIONS(EcsDesk::Models::ScheduledActionForm)
public:
    QString name;
    QString resourceId;
    QString schedule;
    QString timeZone; ///< IANA name; empty: UTC
    QDateTime start;
    QDateTime end;
    std::optional<int> minCapacity;
    std::optional<int> maxCapacity;

    QStringList errors() const;
    /// Up to `count` firing times after `now` within start/end (UTC); empty when the schedule does
    /// not parse.
    QList<QDateTime> nextRuns(const QDateTime& now, int count = 5) const;
    Api::ScheduledAction action() const;
    static ScheduledActionForm fromAction(const Api::ScheduledAction& action);
};

} // namespace EcsDesk::Models
