// SPDX-License-Identifier: MIT
// The Auto Scaling editors' forms: the step table checked as Application Auto Scaling checks it
// (AWS's texts), the configurations and the alarm they send, scheduled actions' next runs.

#include "api/autoscaling/stepadjustments.h"
#include "models/scaling/alarmlines.h"
#include "models/scaling/scalingforms.h"

#include <QJsonArray>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace EcsDesk;
using Api::StepAdjustment;
using Models::ScheduledActionForm;
using Models::StepPolicyForm;
using Models::TargetTrackingForm;

namespace {
std::optional<double> none() { return std::nullopt; }

QString check(const QList<StepAdjustment>& steps, const QString& type = QStringLiteral("ChangeInCapacity"))
{
    return Api::StepAdjustments::validate(steps, type);
}

StepPolicyForm validStepForm()
{
    StepPolicyForm form;
    form.name = QStringLiteral("cpu-steps");
    form.resourceId = QStringLiteral("service/prod/web");
    form.alarmName = QStringLiteral("web-cpu-high");
    form.dimensions = StepPolicyForm::serviceDimensions(form.resourceId);
    form.steps = { { 0.0, 20.0, 1 }, { 20.0, none(), 3 } };
    return form;
}
} // namespace

TEST(StepAdjustments, AcceptsContiguousTables)
{
    EXPECT_EQ(check({ { 0.0, none(), 1 } }), QString());
    EXPECT_EQ(check({ { 0.0, 10.0, 1 }, { 10.0, 20.0, 2 }, { 20.0, none(), 4 } }), QString());
    // Below the threshold, for a scale-in alarm; listed in any order.
    EXPECT_EQ(check({ { -10.0, 0.0, -1 }, { none(), -10.0, -2 } }), QString());
}

TEST(StepAdjustments, RefusesWithApplicationAutoScalingsTexts)
{
    EXPECT_EQ(check({ { none(), none(), 1 } }),
        QStringLiteral("Both lower and upper bounds of a step adjustment cannot be left unspecified"));
    EXPECT_EQ(check({ { none(), 0.0, -1 }, { none(), 5.0, 1 }, { 5.0, none(), 2 } }),
        QStringLiteral("At most one StepAdjustment may have an unspecified lower bound"));
    EXPECT_EQ(check({ { 0.0, none(), 1 }, { 5.0, none(), 2 } }),
        QStringLiteral("At most one StepAdjustment may have an unspecified upper bound"));
    EXPECT_EQ(check({ { -10.0, 0.0, -1 } }),
        QStringLiteral("There must be a StepAdjustment with an unspecified lower bound (i.e., lower bound is null) "
                       "when one StepAdjustment has a negative lower bound"));
    EXPECT_EQ(check({ { 0.0, 10.0, 1 } }),
        QStringLiteral("There must be a StepAdjustment with an unspecified upper bound (i.e., upper bound is null) "
                       "when one StepAdjustment has a positive upper bound"));
    EXPECT_EQ(
        check({ { 0.0, 15.0, 1 }, { 10.0, none(), 2 } }), QStringLiteral("StepAdjustment intervals cannot overlap"));
    EXPECT_EQ(check({ { 0.0, 10.0, 1 }, { 15.0, none(), 2 } }),
        QStringLiteral("StepAdjustment intervals cannot have gaps between them"));
    QList<StepAdjustment> many;
    for (int i = 0; i < 21; ++i)
        many.append({ double(i), i == 20 ? none() : std::optional(double(i + 1)), 1 });
    EXPECT_EQ(check(many), QStringLiteral("There can be at most 20 step adjustments per scaling policy"));
    EXPECT_FALSE(check({ { 10.0, 5.0, 1 }, { 5.0, none(), 1 } }).isEmpty());
    EXPECT_FALSE(check({ { 0.0, none(), -1 } }, QStringLiteral("ExactCapacity")).isEmpty());
    EXPECT_FALSE(check({}).isEmpty());
}

TEST(StepAdjustments, MatchingUsesInclusiveBoundsOnTheThresholdSide)
{
    const QList<StepAdjustment> steps { { none(), -10.0, -2 }, { -10.0, 0.0, -1 }, { 0.0, 10.0, 1 },
        { 10.0, none(), 3 } };
    EXPECT_EQ(Api::StepAdjustments::matching(steps, 0.0)->scalingAdjustment, 1);
    EXPECT_EQ(Api::StepAdjustments::matching(steps, 10.0)->scalingAdjustment, 3);
    EXPECT_EQ(Api::StepAdjustments::matching(steps, -10.0)->scalingAdjustment, -2);
    EXPECT_EQ(Api::StepAdjustments::matching(steps, -3.0)->scalingAdjustment, -1);
    EXPECT_EQ(Api::StepAdjustments::matching({ { 5.0, none(), 1 } }, 2.0), nullptr);
}

TEST(StepPolicyForm, BuildsTheConfigurationAndTheAlarmThatRunsIt)
{
    StepPolicyForm form = validStepForm();
    form.cooldown = 120;
    form.adjustmentType = QStringLiteral("PercentChangeInCapacity");
    form.minAdjustmentMagnitude = 2;
    ASSERT_EQ(form.errors(), QStringList());
    const QJsonObject configuration = form.configuration();
    EXPECT_EQ(
        configuration.value(QStringLiteral("AdjustmentType")).toString(), QStringLiteral("PercentChangeInCapacity"));
    EXPECT_EQ(configuration.value(QStringLiteral("Cooldown")).toInt(), 120);
    EXPECT_EQ(configuration.value(QStringLiteral("MinAdjustmentMagnitude")).toInt(), 2);
    const QJsonArray steps = configuration.value(QStringLiteral("StepAdjustments")).toArray();
    ASSERT_EQ(steps.size(), 2);
    EXPECT_FALSE(steps[1].toObject().contains(QStringLiteral("MetricIntervalUpperBound")));
    EXPECT_EQ(steps[1].toObject().value(QStringLiteral("MetricIntervalLowerBound")).toDouble(), 20.0);

    const Api::MetricAlarm alarm = form.alarm(QStringLiteral("arn:policy"));
    EXPECT_EQ(alarm.name, QStringLiteral("web-cpu-high"));
    EXPECT_EQ(alarm.alarmActions, QStringList { QStringLiteral("arn:policy") });
    EXPECT_EQ(alarm.metricName, QStringLiteral("CPUUtilization"));
    EXPECT_EQ(alarm.dimensions.size(), 2);
    EXPECT_EQ(*alarm.threshold, 70.0);

    // Read back from the policy and its alarm, it is the same form.
    Api::ScalingPolicy policy
        = Api::ScalingPolicy::fromJson(QJsonObject { { QStringLiteral("PolicyARN"), QStringLiteral("arn:policy") },
            { QStringLiteral("PolicyName"), form.name }, { QStringLiteral("ResourceId"), form.resourceId },
            { QStringLiteral("PolicyType"), QStringLiteral("StepScaling") },
            { QStringLiteral("StepScalingPolicyConfiguration"), configuration } });
    const StepPolicyForm back = StepPolicyForm::fromPolicy(policy, { alarm });
    EXPECT_EQ(back.steps, form.steps);
    EXPECT_EQ(back.alarmName, form.alarmName);
    EXPECT_EQ(back.minAdjustmentMagnitude, 2);
    EXPECT_EQ(back.cooldown, 120);
}

TEST(StepPolicyForm, ListsEveryProblem)
{
    StepPolicyForm form = validStepForm();
    form.steps = { { 0.0, 15.0, 1 }, { 10.0, none(), 2 } };
    form.minAdjustmentMagnitude = 1; // not with ChangeInCapacity
    form.period = 45;
    form.alarmName.clear();
    const QStringList errors = form.errors();
    EXPECT_TRUE(errors.contains(QStringLiteral("StepAdjustment intervals cannot overlap")))
        << errors.join(QLatin1Char('|')).toStdString();
    EXPECT_EQ(errors.size(), 4) << errors.join(QLatin1Char('|')).toStdString();
}

TEST(TargetTrackingForm, PredefinedCustomizedAndAlbMetrics)
{
    TargetTrackingForm form;
    form.name = QStringLiteral("cpu50");
    form.scaleInCooldown = 60;
    form.disableScaleIn = true;
    ASSERT_EQ(form.errors(), QStringList());
    QJsonObject configuration = form.configuration();
    EXPECT_EQ(configuration.value(QStringLiteral("PredefinedMetricSpecification"))
                  .toObject()
                  .value(QStringLiteral("PredefinedMetricType"))
                  .toString(),
        QStringLiteral("ECSServiceAverageCPUUtilization"));
    EXPECT_EQ(configuration.value(QStringLiteral("ScaleInCooldown")).toInt(), 60);
    EXPECT_FALSE(configuration.contains(QStringLiteral("ScaleOutCooldown")));
    EXPECT_TRUE(configuration.value(QStringLiteral("DisableScaleIn")).toBool());

    form.predefinedMetric = QStringLiteral("ALBRequestCountPerTarget");
    EXPECT_EQ(form.errors().size(), 1);
    form.resourceLabel = QStringLiteral("app/web-lb/50dc6c495c0c9188/targetgroup/web/6d0ecf831eec9f09");
    EXPECT_EQ(form.errors(), QStringList());
    EXPECT_EQ(form.configuration()
                  .value(QStringLiteral("PredefinedMetricSpecification"))
                  .toObject()
                  .value(QStringLiteral("ResourceLabel"))
                  .toString(),
        form.resourceLabel);

    form.predefinedMetric.clear();
    EXPECT_EQ(form.errors().size(), 1); // no namespace and name
    form.metricNamespace = QStringLiteral("MyApp");
    form.metricName = QStringLiteral("QueueDepth");
    form.dimensions = { { QStringLiteral("Queue"), QStringLiteral("jobs") } };
    form.targetValue = 0;
    EXPECT_EQ(form.errors().size(), 1); // target value
    form.targetValue = 100;
    configuration = form.configuration();
    const QJsonObject custom = configuration.value(QStringLiteral("CustomizedMetricSpecification")).toObject();
    EXPECT_EQ(custom.value(QStringLiteral("MetricName")).toString(), QStringLiteral("QueueDepth"));
    EXPECT_EQ(custom.value(QStringLiteral("Dimensions")).toArray().size(), 1);
    EXPECT_FALSE(configuration.contains(QStringLiteral("PredefinedMetricSpecification")));

    const Api::ScalingPolicy policy
        = Api::ScalingPolicy::fromJson(QJsonObject { { QStringLiteral("PolicyName"), form.name },
            { QStringLiteral("PolicyType"), QStringLiteral("TargetTrackingScaling") },
            { QStringLiteral("TargetTrackingScalingPolicyConfiguration"), configuration } });
    const TargetTrackingForm back = TargetTrackingForm::fromPolicy(policy);
    EXPECT_TRUE(back.predefinedMetric.isEmpty());
    EXPECT_EQ(back.metricName, QStringLiteral("QueueDepth"));
    EXPECT_EQ(back.dimensions, form.dimensions);
    EXPECT_EQ(back.targetValue, 100.0);
}

TEST(ScheduledActionForm, NextFiveRunsInItsTimeZoneWithinStartAndEnd)
{
    ScheduledActionForm form;
    form.name = QStringLiteral("nightly");
    form.schedule = QStringLiteral("cron(0 22 * * ? *)");
    form.timeZone = QStringLiteral("Europe/Berlin");
    form.minCapacity = 1;
    form.maxCapacity = 2;
    ASSERT_EQ(form.errors(), QStringList());
    const QDateTime now(QDate(2026, 1, 10), QTime(12, 0), QTimeZone::utc());
    QList<QDateTime> runs = form.nextRuns(now);
    ASSERT_EQ(runs.size(), 5);
    EXPECT_EQ(runs[0], QDateTime(QDate(2026, 1, 10), QTime(21, 0), QTimeZone::utc())); // 22:00 CET
    EXPECT_EQ(runs[4], QDateTime(QDate(2026, 1, 14), QTime(21, 0), QTimeZone::utc()));

    form.end = QDateTime(QDate(2026, 1, 12), QTime(23, 0), QTimeZone::utc());
    EXPECT_EQ(form.nextRuns(now).size(), 3);
    form.end = {};
    form.start = QDateTime(QDate(2026, 2, 1), QTime(0, 0), QTimeZone::utc());
    EXPECT_EQ(form.nextRuns(now).first(), QDateTime(QDate(2026, 2, 1), QTime(21, 0), QTimeZone::utc()));

    form.schedule = QStringLiteral("rate(5 minutes)");
    form.start = {};
    runs = form.nextRuns(now);
    ASSERT_EQ(runs.size(), 5);
    EXPECT_EQ(runs[1].toMSecsSinceEpoch() - runs[0].toMSecsSinceEpoch(), 5 * 60 * 1000);

    form.schedule = QStringLiteral("cron(0 22 * *)");
    EXPECT_EQ(form.errors().size(), 1);
    EXPECT_TRUE(form.nextRuns(now).isEmpty());
    form.schedule = QStringLiteral("at(2026-03-01T08:00:00)");
    form.minCapacity = 5;
    form.maxCapacity = 3;
    form.name = QStringLiteral("a/b");
    EXPECT_EQ(form.errors().size(), 2);
}

TEST(AlarmLines, AlarmSpansFromTheStateHistory)
{
    const auto at = [](int minute) { return QDateTime(QDate(2026, 1, 1), QTime(10, minute), QTimeZone::utc()); };
    const auto update = [&](int minute, const char* from, const char* to) {
        Api::AlarmHistoryItem item;
        item.itemType = QStringLiteral("StateUpdate");
        item.timestamp = at(minute);
        item.summary = QStringLiteral("Alarm updated from %1 to %2").arg(QLatin1String(from), QLatin1String(to));
        return item;
    };
    Api::AlarmHistoryItem configuration;
    configuration.itemType = QStringLiteral("ConfigurationUpdate");
    configuration.timestamp = at(1);
    const qint64 from = at(0).toMSecsSinceEpoch();
    const qint64 to = at(59).toMSecsSinceEpoch();
    // Newest first, as DescribeAlarmHistory answers.
    const QList<Api::AlarmHistoryItem> items { update(40, "OK", "ALARM"), update(20, "ALARM", "OK"),
        update(10, "INSUFFICIENT_DATA", "ALARM"), configuration };
    const auto spans = Models::AlarmLines::alarmSpans(items, QStringLiteral("ALARM"), from, to);
    ASSERT_EQ(spans.size(), 2);
    EXPECT_EQ(spans[0], std::make_pair(at(10).toMSecsSinceEpoch(), at(20).toMSecsSinceEpoch()));
    EXPECT_EQ(spans[1], std::make_pair(at(40).toMSecsSinceEpoch(), to));
    // In ALARM before the first change in range; no history at all: the current state decides.
    EXPECT_EQ(Models::AlarmLines::alarmSpans({ update(30, "ALARM", "OK") }, QStringLiteral("OK"), from, to).first(),
        std::make_pair(from, at(30).toMSecsSinceEpoch()));
    EXPECT_EQ(Models::AlarmLines::alarmSpans({}, QStringLiteral("ALARM"), from, to).size(), 1);
    EXPECT_TRUE(Models::AlarmLines::alarmSpans({}, QStringLiteral("OK"), from, to).isEmpty());
}

TEST(AlarmLines, ATargetLineForTrackingAndAThresholdLineForAStepPolicysAlarm)
{
    Api::ServiceScaling scaling;
    Api::ScalingPolicy tracking;
    tracking.name = QStringLiteral("mem");
    tracking.policyType = QStringLiteral("TargetTrackingScaling");
    tracking.trackedMetric = QStringLiteral("ECSServiceAverageMemoryUtilization");
    tracking.targetValue = 75;
    tracking.alarms = { { QStringLiteral("TargetTracking-service/c/web-AlarmLow-1"), {} },
        { QStringLiteral("TargetTracking-service/c/web-AlarmHigh-1"), {} } };
    Api::ScalingPolicy step;
    step.name = QStringLiteral("out");
    step.arn = QStringLiteral("arn:policy");
    step.policyType = QStringLiteral("StepScaling");
    Api::MetricAlarm alarm;
    alarm.name = QStringLiteral("web-cpu");
    alarm.metricName = QStringLiteral("CPUUtilization");
    alarm.threshold = 80;
    alarm.alarmActions = { step.arn };
    scaling.policies = { tracking, step };
    scaling.alarms = { alarm };
    const QList<Models::ThresholdLine> lines = Models::AlarmLines::fromScaling(scaling);
    ASSERT_EQ(lines.size(), 2);
    EXPECT_EQ(lines[0].metricName, QStringLiteral("MemoryUtilization"));
    EXPECT_EQ(lines[0].value, 75.0);
    EXPECT_EQ(lines[0].alarmName, QStringLiteral("TargetTracking-service/c/web-AlarmHigh-1"));
    EXPECT_EQ(lines[1].metricName, QStringLiteral("CPUUtilization"));
    EXPECT_EQ(lines[1].value, 80.0);
    EXPECT_EQ(lines[1].alarmName, QStringLiteral("web-cpu"));
}
