// SPDX-License-Identifier: MIT
// `ecsdesk-cli scaling`: a service's auto scaling at a glance: the scalable target, its policies,
// the CloudWatch alarms behind them, scheduled actions and the recent scaling activities. Text or
// JSON to stdout, errors to stderr, non-zero exit on failure.

#include "awsoptions.h"
#include "clicommand.h"

#include "api/autoscaling/autoscalingclient.h"
#include "api/cloudwatch/alarms.h"
#include "api/cloudwatch/cloudwatchclient.h"
#include "api/core/awstransport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace {

using namespace EcsDesk;

int usageError(const QString& message)
{
    QTextStream(stderr) << QCoreApplication::translate("ScalingCommand", "ecsdesk-cli scaling: %1").arg(message)
                        << Qt::endl;
    return 2;
}

/// What `scaling` shows, read through the typed decoders.
struct ScalingReport {
    std::optional<Api::ScalableTarget> target;
    QList<Api::ScalingPolicy> policies;
    QList<Api::MetricAlarm> alarms;
    QList<Api::ScheduledAction> scheduledActions;
    QList<Api::ScalingActivity> activities; ///< newest first
};

/// Waits for `reply`; its error, if any. The reply is deleted when `holder` goes.
std::optional<Api::AwsError> wait(Api::AwsReply* reply)
{
    if (!reply->isFinished()) {
        QEventLoop loop;
        QObject::connect(reply, &Api::AwsReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (!reply->isOk())
        return reply->error() ? *reply->error() : Api::AwsError {};
    return std::nullopt;
}

/// Every page of an Application Auto Scaling Describe* call, each item through `take`.
std::optional<Api::AwsError> describeAll(const std::function<Api::AwsReply*(const QString&)>& call,
    const QString& listName, const std::function<void(const QJsonObject&)>& take)
{
    QString token;
    do {
        std::unique_ptr<Api::AwsReply> reply(call(token));
        if (const auto error = wait(reply.get()))
            return error;
        for (const QJsonValue& item : reply->json().value(listName).toArray())
            take(item.toObject());
        token = reply->json().value(QStringLiteral("NextToken")).toString();
    } while (!token.isEmpty());
    return std::nullopt;
}

std::optional<Api::AwsError> load(const Api::AutoScalingClient& scaling, const Api::CloudWatchClient& cloudWatch,
    const QString& resourceId, int activityCount, ScalingReport* report)
{
    std::optional<Api::AwsError> error
        = describeAll([&](const QString& token) { return scaling.describeScalableTargets({ resourceId }, token); },
            QStringLiteral("ScalableTargets"),
            [&](const QJsonObject& item) { report->target = Api::ScalableTarget::fromJson(item); });
    if (!error)
        error = describeAll([&](const QString& token) { return scaling.describeScalingPolicies(resourceId, token); },
            QStringLiteral("ScalingPolicies"),
            [&](const QJsonObject& item) { report->policies.append(Api::ScalingPolicy::fromJson(item)); });
    if (!error)
        error = describeAll([&](const QString& token) { return scaling.describeScheduledActions(resourceId, token); },
            QStringLiteral("ScheduledActions"),
            [&](const QJsonObject& item) { report->scheduledActions.append(Api::ScheduledAction::fromJson(item)); });
    if (!error)
        error = describeAll([&](const QString& token) { return scaling.describeScalingActivities(resourceId, token); },
            QStringLiteral("ScalingActivities"),
            [&](const QJsonObject& item) { report->activities.append(Api::ScalingActivity::fromJson(item)); });
    if (error)
        return error;
    std::sort(report->activities.begin(), report->activities.end(),
        [](const Api::ScalingActivity& a, const Api::ScalingActivity& b) { return a.startTime > b.startTime; });
    if (report->activities.size() > activityCount)
        report->activities.resize(activityCount);

    QStringList names;
    for (const Api::ScalingPolicy& policy : std::as_const(report->policies)) {
        for (const Api::PolicyAlarm& alarm : policy.alarms)
            if (!names.contains(alarm.name))
                names.append(alarm.name);
    }
    for (qsizetype at = 0; at < names.size(); at += 100) { // DescribeAlarms takes 100 names at a time
        QString token;
        do {
            std::unique_ptr<Api::AwsReply> reply(cloudWatch.describeAlarms(names.mid(at, 100), {}, token));
            if (const auto failure = wait(reply.get()))
                return failure;
            const auto page = Api::Alarms::parseDescribeAlarms(reply->body());
            if (!page.ok())
                return page.error;
            report->alarms += page.value.alarms;
            token = page.value.nextToken;
        } while (!token.isEmpty());
    }
    return std::nullopt;
}

QString number(double value) { return QString::number(value, 'g', 10); }

QString time(const QDateTime& at) { return at.isValid() ? at.toUTC().toString(Qt::ISODate) : QString(); }

QString bound(const std::optional<double>& value, bool lower)
{
    return value ? number(*value) : (lower ? QStringLiteral("-inf") : QStringLiteral("+inf"));
}

QString stepsText(const Api::ScalingPolicy& policy)
{
    QStringList steps;
    for (const Api::StepAdjustment& step : policy.stepAdjustments) {
        steps.append(QStringLiteral("[%1, %2) %3%4")
                         .arg(bound(step.lowerBound, true), bound(step.upperBound, false),
                             step.scalingAdjustment > 0 ? QStringLiteral("+") : QString())
                         .arg(step.scalingAdjustment));
    }
    return steps.join(QStringLiteral("; "));
}

QString conditionText(const Api::MetricAlarm& alarm)
{
    static const QHash<QString, QString> operators { { QStringLiteral("GreaterThanOrEqualToThreshold"),
                                                         QStringLiteral(">=") },
        { QStringLiteral("GreaterThanThreshold"), QStringLiteral(">") },
        { QStringLiteral("LessThanThreshold"), QStringLiteral("<") },
        { QStringLiteral("LessThanOrEqualToThreshold"), QStringLiteral("<=") } };
    const QString statistic = alarm.statistic.isEmpty() ? alarm.extendedStatistic : alarm.statistic;
    return QCoreApplication::translate("ScalingCommand", "%1 %2 %3 %4 for %5 of %6 x %7 s")
        .arg(alarm.usesMetricMath ? QCoreApplication::translate("ScalingCommand", "metric math") : alarm.metricName,
            statistic, operators.value(alarm.comparisonOperator, alarm.comparisonOperator),
            alarm.threshold ? number(*alarm.threshold) : QStringLiteral("?"))
        .arg(alarm.requiredDatapoints())
        .arg(alarm.evaluationPeriods)
        .arg(alarm.period);
}

QString textReport(const ScalingReport& report, const QString& resourceId)
{
    QString out;
    QTextStream s(&out);
    if (!report.target) {
        s << QCoreApplication::translate("ScalingCommand", "%1 is not registered as a scalable target.").arg(resourceId)
          << '\n';
    } else {
        const Api::ScalableTarget& target = *report.target;
        QStringList suspended;
        if (target.dynamicScalingInSuspended)
            suspended.append(QCoreApplication::translate("ScalingCommand", "scale-in"));
        if (target.dynamicScalingOutSuspended)
            suspended.append(QCoreApplication::translate("ScalingCommand", "scale-out"));
        if (target.scheduledScalingSuspended)
            suspended.append(QCoreApplication::translate("ScalingCommand", "scheduled"));
        s << QCoreApplication::translate("ScalingCommand", "Scalable target %1 (%2): min %3, max %4; suspended: %5")
                 .arg(target.resourceId, target.scalableDimension)
                 .arg(target.minCapacity)
                 .arg(target.maxCapacity)
                 .arg(suspended.isEmpty() ? QCoreApplication::translate("ScalingCommand", "none")
                                          : suspended.join(QStringLiteral(", ")))
          << '\n';
    }
    QHash<QString, QString> states;
    for (const Api::MetricAlarm& alarm : report.alarms)
        states.insert(alarm.name, alarm.stateValue);
    s << '\n' << QCoreApplication::translate("ScalingCommand", "Policies (%1)").arg(report.policies.size()) << '\n';
    for (const Api::ScalingPolicy& policy : report.policies) {
        if (policy.policyType == QLatin1String("TargetTrackingScaling")) {
            s << "  "
              << QCoreApplication::translate(
                     "ScalingCommand", "%1: target tracking, %2 at %3; cooldowns out %4 s, in %5 s%6")
                     .arg(policy.name, policy.trackedMetric,
                         policy.targetValue ? number(*policy.targetValue) : QStringLiteral("?"))
                     .arg(policy.scaleOutCooldown.value_or(300))
                     .arg(policy.scaleInCooldown.value_or(300))
                     .arg(policy.disableScaleIn ? QCoreApplication::translate("ScalingCommand", "; scale-in disabled")
                                                : QString())
              << '\n';
        } else {
            s << "  "
              << QCoreApplication::translate("ScalingCommand", "%1: step scaling, %2, cooldown %3 s, steps %4")
                     .arg(policy.name, policy.adjustmentType)
                     .arg(policy.cooldown.value_or(300))
                     .arg(stepsText(policy))
              << '\n';
        }
        for (const Api::PolicyAlarm& alarm : policy.alarms)
            s << "    "
              << QCoreApplication::translate("ScalingCommand", "alarm %1 (%2)")
                     .arg(
                         alarm.name, states.value(alarm.name, QCoreApplication::translate("ScalingCommand", "unknown")))
              << '\n';
    }
    s << '\n' << QCoreApplication::translate("ScalingCommand", "Alarms (%1)").arg(report.alarms.size()) << '\n';
    for (const Api::MetricAlarm& alarm : report.alarms) {
        s << "  " << alarm.name << '\n'
          << "    "
          << QCoreApplication::translate("ScalingCommand", "%1 since %2: %3")
                 .arg(alarm.stateValue, time(alarm.stateUpdated), alarm.stateReason)
          << '\n'
          << "    " << conditionText(alarm)
          << (alarm.actionsEnabled ? QString() : QCoreApplication::translate("ScalingCommand", "; actions disabled"))
          << '\n';
    }
    s << '\n'
      << QCoreApplication::translate("ScalingCommand", "Scheduled actions (%1)").arg(report.scheduledActions.size())
      << '\n';
    for (const Api::ScheduledAction& action : report.scheduledActions) {
        s << "  "
          << QCoreApplication::translate("ScalingCommand", "%1: %2%3, min %4, max %5")
                 .arg(action.name, action.schedule,
                     action.timezone.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(action.timezone),
                     action.minCapacity ? QString::number(*action.minCapacity) : QStringLiteral("-"),
                     action.maxCapacity ? QString::number(*action.maxCapacity) : QStringLiteral("-"))
          << '\n';
    }
    s << '\n'
      << QCoreApplication::translate("ScalingCommand", "Recent activities (%1, newest first)")
             .arg(report.activities.size())
      << '\n';
    for (const Api::ScalingActivity& activity : report.activities) {
        s << "  " << time(activity.startTime) << "  " << activity.statusCode << "  " << activity.description << '\n'
          << "    " << activity.cause << '\n';
    }
    return out;
}

QJsonValue optionalNumber(const std::optional<double>& value) { return value ? QJsonValue(*value) : QJsonValue(); }
QJsonValue optionalNumber(const std::optional<int>& value) { return value ? QJsonValue(*value) : QJsonValue(); }

QByteArray jsonReport(const ScalingReport& report)
{
    QJsonValue target;
    if (report.target) {
        target = QJsonObject { { QStringLiteral("resourceId"), report.target->resourceId },
            { QStringLiteral("scalableDimension"), report.target->scalableDimension },
            { QStringLiteral("minCapacity"), report.target->minCapacity },
            { QStringLiteral("maxCapacity"), report.target->maxCapacity },
            { QStringLiteral("suspended"),
                QJsonObject { { QStringLiteral("dynamicScalingIn"), report.target->dynamicScalingInSuspended },
                    { QStringLiteral("dynamicScalingOut"), report.target->dynamicScalingOutSuspended },
                    { QStringLiteral("scheduledScaling"), report.target->scheduledScalingSuspended } } } };
    }
    QJsonArray policies;
    for (const Api::ScalingPolicy& policy : report.policies) {
        QJsonArray alarms, steps;
        for (const Api::PolicyAlarm& alarm : policy.alarms)
            alarms.append(alarm.name);
        for (const Api::StepAdjustment& step : policy.stepAdjustments)
            steps.append(QJsonObject { { QStringLiteral("lowerBound"), optionalNumber(step.lowerBound) },
                { QStringLiteral("upperBound"), optionalNumber(step.upperBound) },
                { QStringLiteral("scalingAdjustment"), step.scalingAdjustment } });
        QJsonObject item { { QStringLiteral("name"), policy.name }, { QStringLiteral("arn"), policy.arn },
            { QStringLiteral("type"), policy.policyType }, { QStringLiteral("alarms"), alarms } };
        if (policy.policyType == QLatin1String("TargetTrackingScaling")) {
            item.insert(QStringLiteral("targetValue"), optionalNumber(policy.targetValue));
            item.insert(QStringLiteral("metric"), policy.trackedMetric);
            item.insert(QStringLiteral("scaleOutCooldown"), optionalNumber(policy.scaleOutCooldown));
            item.insert(QStringLiteral("scaleInCooldown"), optionalNumber(policy.scaleInCooldown));
            item.insert(QStringLiteral("disableScaleIn"), policy.disableScaleIn);
        } else {
            item.insert(QStringLiteral("adjustmentType"), policy.adjustmentType);
            item.insert(QStringLiteral("cooldown"), optionalNumber(policy.cooldown));
            item.insert(QStringLiteral("stepAdjustments"), steps);
        }
        policies.append(item);
    }
    QJsonArray alarms;
    for (const Api::MetricAlarm& alarm : report.alarms) {
        QJsonArray dimensions;
        for (const Api::MetricDimension& dimension : alarm.dimensions)
            dimensions.append(QJsonObject {
                { QStringLiteral("name"), dimension.name }, { QStringLiteral("value"), dimension.value } });
        alarms.append(QJsonObject { { QStringLiteral("name"), alarm.name },
            { QStringLiteral("state"), alarm.stateValue }, { QStringLiteral("stateReason"), alarm.stateReason },
            { QStringLiteral("stateUpdated"), time(alarm.stateUpdated) },
            { QStringLiteral("namespace"), alarm.metricNamespace }, { QStringLiteral("metric"), alarm.metricName },
            { QStringLiteral("dimensions"), dimensions }, { QStringLiteral("statistic"), alarm.statistic },
            { QStringLiteral("comparison"), alarm.comparisonOperator },
            { QStringLiteral("threshold"), optionalNumber(alarm.threshold) },
            { QStringLiteral("period"), alarm.period },
            { QStringLiteral("evaluationPeriods"), alarm.evaluationPeriods },
            { QStringLiteral("datapointsToAlarm"), alarm.requiredDatapoints() },
            { QStringLiteral("actionsEnabled"), alarm.actionsEnabled },
            { QStringLiteral("alarmActions"), QJsonArray::fromStringList(alarm.alarmActions) } });
    }
    QJsonArray actions;
    for (const Api::ScheduledAction& action : report.scheduledActions)
        actions.append(QJsonObject { { QStringLiteral("name"), action.name },
            { QStringLiteral("schedule"), action.schedule }, { QStringLiteral("timezone"), action.timezone },
            { QStringLiteral("minCapacity"), optionalNumber(action.minCapacity) },
            { QStringLiteral("maxCapacity"), optionalNumber(action.maxCapacity) } });
    QJsonArray activities;
    for (const Api::ScalingActivity& activity : report.activities)
        activities.append(QJsonObject { { QStringLiteral("start"), time(activity.startTime) },
            { QStringLiteral("status"), activity.statusCode }, { QStringLiteral("description"), activity.description },
            { QStringLiteral("cause"), activity.cause } });
    return QJsonDocument(
        QJsonObject { { QStringLiteral("scalableTarget"), target }, { QStringLiteral("policies"), policies },
            { QStringLiteral("alarms"), alarms }, { QStringLiteral("scheduledActions"), actions },
            { QStringLiteral("activities"), activities } })
        .toJson(QJsonDocument::Indented);
}

int run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("ScalingCommand",
        "Print a service's auto scaling: the scalable target, its policies, the "
        "CloudWatch alarms behind them, scheduled actions and recent activities."));
    parser.addHelpOption();
    const Cli::AwsOptions aws(&parser);
    const QCommandLineOption cluster(QStringLiteral("cluster"),
        QCoreApplication::translate("ScalingCommand", "Cluster name (required)."),
        QCoreApplication::translate("ScalingCommand", "cluster"));
    const QCommandLineOption service(QStringLiteral("service"),
        QCoreApplication::translate("ScalingCommand", "Service name (required)."),
        QCoreApplication::translate("ScalingCommand", "service"));
    const QCommandLineOption activities(QStringLiteral("activities"),
        QCoreApplication::translate("ScalingCommand", "How many recent scaling activities to show (default 10)."),
        QCoreApplication::translate("ScalingCommand", "count"), QStringLiteral("10"));
    const QCommandLineOption format(QStringLiteral("format"),
        QCoreApplication::translate("ScalingCommand", "Output format: text (default) or json."),
        QCoreApplication::translate("ScalingCommand", "format"), QStringLiteral("text"));
    parser.addOptions({ cluster, service, activities, format });
    if (!parser.parse(QStringList { QStringLiteral("ecsdesk-cli scaling") } + arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << Cli::commandHelpText(parser, QStringLiteral("ecsdesk-cli scaling"));
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(QCoreApplication::translate("ScalingCommand", "unexpected argument '%1'")
                              .arg(parser.positionalArguments().first()));
    if (parser.value(cluster).isEmpty() || parser.value(service).isEmpty())
        return usageError(QCoreApplication::translate("ScalingCommand", "--cluster and --service are required"));
    const QString outputFormat = parser.value(format).toLower();
    if (outputFormat != QLatin1String("json") && outputFormat != QLatin1String("text"))
        return usageError(QCoreApplication::translate("ScalingCommand", "--format must be text or json, not '%1'")
                              .arg(parser.value(format)));
    bool ok = false;
    const int activityCount = parser.value(activities).toInt(&ok);
    if (!ok || activityCount < 0)
        return usageError(QCoreApplication::translate("ScalingCommand", "--activities must be a number, not '%1'")
                              .arg(parser.value(activities)));
    if (const QString problem = aws.problem(); !problem.isEmpty())
        return usageError(problem);

    QTextStream err(stderr);
    const auto fail = [&err](const QString& message) {
        err << QCoreApplication::translate("ScalingCommand", "ecsdesk-cli scaling: %1").arg(message) << Qt::endl;
        return 1;
    };
    Api::AwsTransport transport;
    const auto connection = aws.connect(&transport);
    if (!connection.ok())
        return fail(connection.error->toString());
    const Api::AutoScalingClient scaling(
        connection.value.clientConfig(&transport, QStringLiteral("application_auto_scaling")));
    const Api::CloudWatchClient cloudWatch(connection.value.clientConfig(&transport, QStringLiteral("cloudwatch")));
    const QString resourceId = Api::AutoScalingClient::ecsResourceId(parser.value(cluster), parser.value(service));
    ScalingReport report;
    if (const auto error = load(scaling, cloudWatch, resourceId, activityCount, &report))
        return fail(error->toString());

    QFile stdoutFile;
    if (!stdoutFile.open(stdout, QIODevice::WriteOnly))
        return fail(QCoreApplication::translate("ScalingCommand", "cannot write to stdout"));
    stdoutFile.write(
        outputFormat == QLatin1String("json") ? jsonReport(report) : textReport(report, resourceId).toUtf8());
    stdoutFile.flush();
    return 0;
}

const EcsDesk::Cli::CommandRegistration registration({ QStringLiteral("scaling"), "ScalingCommand",
    QT_TRANSLATE_NOOP("ScalingCommand", "Print a service's scaling target, policies, alarms and activities"), run });

} // namespace
