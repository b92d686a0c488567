// SPDX-License-Identifier: MIT
#include "models/scaling/scalingforms.h"

#include "api/autoscaling/stepadjustments.h"
#include "api/scheduler/scheduleexpression.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTimeZone>

namespace EcsDesk::Models {

namespace {
    QJsonArray dimensionsJson(const QList<Api::MetricDimension>& dimensions)
    {
        QJsonArray out;
        for (const Api::MetricDimension& dimension : dimensions)
            out.append(QJsonObject {
                { QStringLiteral("Name"), dimension.name }, { QStringLiteral("Value"), dimension.value } });
        return out;
    }

    /// PolicyName: 1-256 printable characters (API reference, PutScalingPolicy).
    QString nameError(const QString& name, const QString& what)
    {
        if (name.trimmed().isEmpty())
            return QCoreApplication::translate("EcsDesk::Models::ScalingForms", "The %1 needs a name.").arg(what);
        if (name.size() > 256)
            return QCoreApplication::translate("EcsDesk::Models::ScalingForms",
                "The %1's name is longer than 256 "
                "characters.")
                .arg(what);
        for (const QChar c : name) {
            if (!c.isPrint())
                return QCoreApplication::translate(
                    "EcsDesk::Models::ScalingForms", "The %1's name has a character that is not printable.")
                    .arg(what);
        }
        return {};
    }

    void addCooldown(QStringList& errors, const std::optional<int>& value, const QString& name)
    {
        if (value && *value < 0)
            errors.append(
                QCoreApplication::translate("EcsDesk::Models::ScalingForms", "%1 cannot be negative.").arg(name));
    }
} // namespace

// Target tracking.

QStringList TargetTrackingForm::predefinedMetrics()
{
    return { QStringLiteral("ECSServiceAverageCPUUtilization"), QStringLiteral("ECSServiceAverageMemoryUtilization"),
        QStringLiteral("ALBRequestCountPerTarget") };
}

QStringList TargetTrackingForm::errors() const
{
    QStringList errors;
    if (const QString error = nameError(name, tr("policy")); !error.isEmpty())
        errors.append(error);
    if (!predefinedMetric.isEmpty()) {
        if (!predefinedMetrics().contains(predefinedMetric))
            errors.append(tr("%1 is not a predefined metric of ECS services.").arg(predefinedMetric));
        if (predefinedMetric == QLatin1String("ALBRequestCountPerTarget") && resourceLabel.trimmed().isEmpty())
            errors.append(tr("ALBRequestCountPerTarget needs the resource label of the load balancer's target group "
                             "(app/<load-balancer>/<id>/targetgroup/<target-group>/<id>)."));
        if (predefinedMetric == QLatin1String("ALBRequestCountPerTarget") && !resourceLabel.trimmed().isEmpty()
            && !QRegularExpression(QStringLiteral("^app/[^/]+/[^/]+/targetgroup/[^/]+/[^/]+$"))
                    .match(resourceLabel.trimmed())
                    .hasMatch())
            errors.append(tr("The resource label is not of the form "
                             "app/<load-balancer>/<id>/targetgroup/<target-group>/<id>."));
    } else {
        if (metricNamespace.trimmed().isEmpty() || metricName.trimmed().isEmpty())
            errors.append(tr("A customized metric needs a namespace and a metric name."));
        static const QStringList statistics { QStringLiteral("Average"), QStringLiteral("Minimum"),
            QStringLiteral("Maximum"), QStringLiteral("SampleCount"), QStringLiteral("Sum") };
        if (!statistics.contains(statistic))
            errors.append(tr("The statistic must be one of %1.").arg(statistics.join(QStringLiteral(", "))));
    }
    // TargetValue's range in the API reference (TargetTrackingScalingPolicyConfiguration).
    if (!(targetValue >= 8.515920e-109 && targetValue <= 6.153777e+107))
        errors.append(tr("The target value must be greater than 0."));
    addCooldown(errors, scaleOutCooldown, tr("The scale-out cooldown"));
    addCooldown(errors, scaleInCooldown, tr("The scale-in cooldown"));
    return errors;
}

QJsonObject TargetTrackingForm::configuration() const
{
    QJsonObject out = original.value(QLatin1String("TargetTrackingScalingPolicyConfiguration")).toObject();
    out.remove(QStringLiteral("PredefinedMetricSpecification"));
    out.remove(QStringLiteral("CustomizedMetricSpecification"));
    out.insert(QStringLiteral("TargetValue"), targetValue);
    if (!predefinedMetric.isEmpty()) {
        QJsonObject predefined { { QStringLiteral("PredefinedMetricType"), predefinedMetric } };
        if (predefinedMetric == QLatin1String("ALBRequestCountPerTarget"))
            predefined.insert(QStringLiteral("ResourceLabel"), resourceLabel.trimmed());
        out.insert(QStringLiteral("PredefinedMetricSpecification"), predefined);
    } else {
        QJsonObject custom { { QStringLiteral("Namespace"), metricNamespace.trimmed() },
            { QStringLiteral("MetricName"), metricName.trimmed() }, { QStringLiteral("Statistic"), statistic } };
        if (!dimensions.isEmpty())
            custom.insert(QStringLiteral("Dimensions"), dimensionsJson(dimensions));
        if (!unit.isEmpty())
            custom.insert(QStringLiteral("Unit"), unit);
        out.insert(QStringLiteral("CustomizedMetricSpecification"), custom);
    }
    const auto optional = [&out](const QString& key, const std::optional<int>& value) {
        if (value)
            out.insert(key, *value);
        else
            out.remove(key);
    };
    optional(QStringLiteral("ScaleOutCooldown"), scaleOutCooldown);
    optional(QStringLiteral("ScaleInCooldown"), scaleInCooldown);
    out.insert(QStringLiteral("DisableScaleIn"), disableScaleIn);
    return out;
}

TargetTrackingForm TargetTrackingForm::fromPolicy(const Api::ScalingPolicy& policy)
{
    TargetTrackingForm form;
    form.name = policy.name;
    form.resourceId = policy.resourceId;
    form.original = policy.raw;
    const QJsonObject configuration
        = policy.raw.value(QLatin1String("TargetTrackingScalingPolicyConfiguration")).toObject();
    const QJsonObject predefined = configuration.value(QLatin1String("PredefinedMetricSpecification")).toObject();
    const QJsonObject custom = configuration.value(QLatin1String("CustomizedMetricSpecification")).toObject();
    if (!predefined.isEmpty()) {
        form.predefinedMetric = predefined.value(QLatin1String("PredefinedMetricType")).toString();
        form.resourceLabel = predefined.value(QLatin1String("ResourceLabel")).toString();
    } else {
        form.predefinedMetric.clear();
        form.metricNamespace = custom.value(QLatin1String("Namespace")).toString();
        form.metricName = custom.value(QLatin1String("MetricName")).toString();
        form.statistic = custom.value(QLatin1String("Statistic")).toString(QStringLiteral("Average"));
        form.unit = custom.value(QLatin1String("Unit")).toString();
        for (const QJsonValue& value : custom.value(QLatin1String("Dimensions")).toArray())
            form.dimensions.append({ value.toObject().value(QLatin1String("Name")).toString(),
                value.toObject().value(QLatin1String("Value")).toString() });
    }
    form.targetValue = policy.targetValue.value_or(50);
    form.scaleOutCooldown = policy.scaleOutCooldown;
    form.scaleInCooldown = policy.scaleInCooldown;
    form.disableScaleIn = policy.disableScaleIn;
    return form;
}

// Step scaling.

QStringList StepPolicyForm::adjustmentTypes()
{
    return { QStringLiteral("ChangeInCapacity"), QStringLiteral("PercentChangeInCapacity"),
        QStringLiteral("ExactCapacity") };
}

QStringList StepPolicyForm::comparisonOperators()
{
    return { QStringLiteral("GreaterThanOrEqualToThreshold"), QStringLiteral("GreaterThanThreshold"),
        QStringLiteral("LessThanThreshold"), QStringLiteral("LessThanOrEqualToThreshold") };
}

QList<Api::MetricDimension> StepPolicyForm::serviceDimensions(const QString& resourceId)
{
    const QStringList parts = resourceId.split(QLatin1Char('/'));
    if (parts.size() != 3)
        return {};
    return { { QStringLiteral("ClusterName"), parts[1] }, { QStringLiteral("ServiceName"), parts[2] } };
}

QStringList StepPolicyForm::errors() const
{
    QStringList errors;
    if (const QString error = nameError(name, tr("policy")); !error.isEmpty())
        errors.append(error);
    if (!adjustmentTypes().contains(adjustmentType))
        errors.append(tr("The adjustment type must be one of %1.").arg(adjustmentTypes().join(QStringLiteral(", "))));
    if (const QString steps_ = Api::StepAdjustments::validate(steps, adjustmentType); !steps_.isEmpty())
        errors.append(steps_);
    addCooldown(errors, cooldown, tr("The cooldown"));
    if (minAdjustmentMagnitude) {
        if (adjustmentType != QLatin1String("PercentChangeInCapacity"))
            errors.append(tr("MinAdjustmentMagnitude is only supported with the PercentChangeInCapacity adjustment "
                             "type."));
        else if (*minAdjustmentMagnitude < 1)
            errors.append(tr("MinAdjustmentMagnitude must be at least 1."));
    }
    static const QStringList aggregations { QStringLiteral("Average"), QStringLiteral("Minimum"),
        QStringLiteral("Maximum") };
    if (!aggregations.contains(metricAggregationType))
        errors.append(
            tr("The metric aggregation type must be one of %1.").arg(aggregations.join(QStringLiteral(", "))));
    if (const QString error = nameError(alarmName, tr("alarm")); !error.isEmpty())
        errors.append(error);
    if (metricNamespace.trimmed().isEmpty() || metricName.trimmed().isEmpty())
        errors.append(tr("The alarm needs a metric namespace and name."));
    if (!comparisonOperators().contains(comparisonOperator))
        errors.append(tr("The comparison must be one of %1.").arg(comparisonOperators().join(QStringLiteral(", "))));
    // CloudWatch: a period of 10, 20 or 30 seconds or a multiple of 60.
    if (!(period == 10 || period == 20 || period == 30 || (period >= 60 && period % 60 == 0)))
        errors.append(tr("The alarm period must be 10, 20, 30 or a multiple of 60 seconds."));
    if (evaluationPeriods < 1)
        errors.append(tr("The alarm needs at least one evaluation period."));
    if (datapointsToAlarm > evaluationPeriods)
        errors.append(tr("The datapoints to alarm cannot be more than the evaluation periods."));
    return errors;
}

QJsonObject StepPolicyForm::configuration() const
{
    QJsonArray adjustments;
    for (const Api::StepAdjustment& step : steps) {
        QJsonObject adjustment { { QStringLiteral("ScalingAdjustment"), step.scalingAdjustment } };
        if (step.lowerBound)
            adjustment.insert(QStringLiteral("MetricIntervalLowerBound"), *step.lowerBound);
        if (step.upperBound)
            adjustment.insert(QStringLiteral("MetricIntervalUpperBound"), *step.upperBound);
        adjustments.append(adjustment);
    }
    QJsonObject out { { QStringLiteral("AdjustmentType"), adjustmentType },
        { QStringLiteral("StepAdjustments"), adjustments },
        { QStringLiteral("MetricAggregationType"), metricAggregationType } };
    if (cooldown)
        out.insert(QStringLiteral("Cooldown"), *cooldown);
    if (minAdjustmentMagnitude)
        out.insert(QStringLiteral("MinAdjustmentMagnitude"), *minAdjustmentMagnitude);
    return out;
}

Api::MetricAlarm StepPolicyForm::alarm(const QString& policyArn) const
{
    Api::MetricAlarm alarm;
    alarm.name = alarmName.trimmed();
    alarm.description = tr("Runs the step scaling policy %1 of %2.").arg(name, resourceId);
    alarm.metricNamespace = metricNamespace.trimmed();
    alarm.metricName = metricName.trimmed();
    alarm.dimensions = dimensions;
    alarm.statistic = statistic;
    alarm.period = period;
    alarm.evaluationPeriods = evaluationPeriods;
    alarm.datapointsToAlarm = datapointsToAlarm;
    alarm.threshold = threshold;
    alarm.comparisonOperator = comparisonOperator;
    alarm.treatMissingData = treatMissingData;
    alarm.alarmActions = { policyArn };
    return alarm;
}

StepPolicyForm StepPolicyForm::fromPolicy(const Api::ScalingPolicy& policy, const QList<Api::MetricAlarm>& alarms)
{
    StepPolicyForm form;
    form.name = policy.name;
    form.resourceId = policy.resourceId;
    form.adjustmentType = policy.adjustmentType.isEmpty() ? form.adjustmentType : policy.adjustmentType;
    form.steps = policy.stepAdjustments;
    form.cooldown = policy.cooldown;
    if (!policy.metricAggregationType.isEmpty())
        form.metricAggregationType = policy.metricAggregationType;
    form.minAdjustmentMagnitude = policy.minAdjustmentMagnitude;
    form.dimensions = serviceDimensions(policy.resourceId);
    form.alarmName = policy.name + QStringLiteral("-alarm");
    for (const Api::MetricAlarm& alarm : alarms) {
        if (!alarm.alarmActions.contains(policy.arn))
            continue;
        form.alarmName = alarm.name;
        form.metricNamespace = alarm.metricNamespace;
        form.metricName = alarm.metricName;
        form.dimensions = alarm.dimensions;
        form.statistic = alarm.statistic.isEmpty() ? form.statistic : alarm.statistic;
        form.comparisonOperator = alarm.comparisonOperator;
        form.threshold = alarm.threshold.value_or(0);
        form.period = alarm.period;
        form.evaluationPeriods = alarm.evaluationPeriods;
        form.datapointsToAlarm = alarm.datapointsToAlarm;
        form.treatMissingData = alarm.treatMissingData;
        break;
    }
    return form;
}

// Scheduled actions.

QStringList ScheduledActionForm::errors() const
{
    QStringList errors;
    if (const QString error = nameError(name, tr("scheduled action")); !error.isEmpty())
        errors.append(error);
    else if (name.contains(QRegularExpression(QStringLiteral("[:/|]"))) || name.startsWith(QLatin1Char(' '))
        || name.endsWith(QLatin1Char(' ')))
        errors.append(tr("A scheduled action's name cannot contain ':', '/' or '|' nor start or end with a space."));
    QString error;
    if (!Api::ScheduleExpression::parse(schedule.trimmed(), timeZone, &error))
        errors.append(error.isEmpty() ? tr("The schedule is not an at(), rate() or cron() expression.") : error);
    if (!timeZone.isEmpty() && !QTimeZone(timeZone.toUtf8()).isValid())
        errors.append(tr("%1 is not a time zone.").arg(timeZone));
    if (!minCapacity && !maxCapacity)
        errors.append(tr("A scheduled action sets a minimum capacity, a maximum capacity or both."));
    if (minCapacity && maxCapacity && *minCapacity > *maxCapacity)
        errors.append(tr("The minimum capacity cannot be greater than the maximum."));
    if (start.isValid() && end.isValid() && start >= end)
        errors.append(tr("The end time must be after the start time."));
    return errors;
}

QList<QDateTime> ScheduledActionForm::nextRuns(const QDateTime& now, int count) const
{
    QString error;
    const std::optional<Api::ScheduleExpression> expression
        = Api::ScheduleExpression::parse(schedule.trimmed(), timeZone, &error);
    if (!expression)
        return {};
    const qint64 from = std::max(now.toMSecsSinceEpoch(), start.isValid() ? start.toMSecsSinceEpoch() - 1 : 0);
    const qint64 anchor = start.isValid() ? start.toMSecsSinceEpoch() : now.toMSecsSinceEpoch();
    QList<QDateTime> out;
    for (const qint64 at : expression->nextFirings(from, count, anchor)) {
        if (end.isValid() && at > end.toMSecsSinceEpoch())
            break;
        out.append(QDateTime::fromMSecsSinceEpoch(at, QTimeZone::utc()));
    }
    return out;
}

Api::ScheduledAction ScheduledActionForm::action() const
{
    Api::ScheduledAction action;
    action.name = name.trimmed();
    action.resourceId = resourceId;
    action.schedule = schedule.trimmed();
    action.timezone = timeZone;
    action.startTime = start;
    action.endTime = end;
    action.minCapacity = minCapacity;
    action.maxCapacity = maxCapacity;
    return action;
}

ScheduledActionForm ScheduledActionForm::fromAction(const Api::ScheduledAction& action)
{
    ScheduledActionForm form;
    form.name = action.name;
    form.resourceId = action.resourceId;
    form.schedule = action.schedule;
    form.timeZone = action.timezone == QLatin1String("UTC") ? QString() : action.timezone;
    form.start = action.startTime;
    form.end = action.endTime;
    form.minCapacity = action.minCapacity;
    form.maxCapacity = action.maxCapacity;
    return form;
}

} // namespace EcsDesk::Models
