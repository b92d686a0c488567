// SPDX-License-Identifier: MIT
// ScalingPane offscreen against the local endpoint: a target tracking policy with the two alarms
// the endpoint created for it, an alarm's state and reason, a scheduled action, and an edit of the
// capacity range that the endpoint then answers.

#include "api/autoscaling/autoscalingclient.h"
#include "api/cloudwatch/alarms.h"
#include "api/cloudwatch/cloudwatchclient.h"
#include "api/ecs/ecsclient.h"
#include "common/localendpointsupport.h"
#include "common/testutil.h"
#include "ui/alarms/alarmhistorydialog.h"
#include "ui/metrics/metricspane.h"
#include "ui/scaling/policydialog.h"
#include "ui/scaling/scalingpane.h"
#include "ui/scaling/scheduledactiondialog.h"

#include <QAreaSeries>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace EcsDesk;
using namespace EcsDesk::Testing;

namespace {
QJsonObject target(const QString& resourceId)
{
    return { { QStringLiteral("ServiceNamespace"), QStringLiteral("ecs") },
        { QStringLiteral("ResourceId"), resourceId },
        { QStringLiteral("ScalableDimension"), QStringLiteral("ecs:service:DesiredCount") } };
}

bool refreshed(QSignalSpy& spy, Ui::ScalingPane& pane)
{
    return waitFor([&] { return !spy.isEmpty(); }, 30000) && !pane.statusText().contains(QStringLiteral("Loading"));
}
} // namespace

TEST(ScalingPane, ShowsPoliciesAlarmsScheduledActionsAndEditsTheCapacity)
{
    TestEndpoint local;
    ASSERT_TRUE(local.isStarted()) << local.error().toStdString();
    const Api::AutoScalingClient scaling(local.config());
    const Api::CloudWatchClient cloudWatch(local.config());
    const QString resourceId = QStringLiteral("service/prod/web");

    QJsonObject register_ = target(resourceId);
    register_.insert(QStringLiteral("MinCapacity"), 1);
    register_.insert(QStringLiteral("MaxCapacity"), 4);
    call(scaling.call(QStringLiteral("RegisterScalableTarget"), register_));
    const QJsonObject policy
        = call(scaling.putScalingPolicy(QStringLiteral("cpu50"), resourceId, QStringLiteral("TargetTrackingScaling"),
            { { QStringLiteral("TargetValue"), 50.0 },
                { QStringLiteral("PredefinedMetricSpecification"),
                    QJsonObject { { QStringLiteral("PredefinedMetricType"),
                        QStringLiteral("ECSServiceAverageCPUUtilization") } } } }));
    const QJsonArray alarmNames = policy.value(QStringLiteral("Alarms")).toArray();
    ASSERT_EQ(alarmNames.size(), 2);
    const QString high = alarmNames[0].toObject().value(QStringLiteral("AlarmName")).toString();
    ASSERT_TRUE(high.contains(QStringLiteral("-AlarmHigh-"))) << high.toStdString();
    call(scaling.putScheduledAction(QStringLiteral("nightly"), resourceId, QStringLiteral("cron(0 22 * * ? *)"), 1, 2));
    Api::AwsReply* state = cloudWatch.setAlarmState(high, QStringLiteral("ALARM"), QStringLiteral("Testing the pane"));
    ASSERT_TRUE(waitFor([state] { return state->isFinished(); }, 30000));
    state->deleteLater();
    ASSERT_TRUE(state->isOk());

    Ui::ScalingPane pane;
    pane.resize(1000, 700);
    pane.show();
    QSignalSpy spy(&pane, &Ui::ScalingPane::refreshed);
    pane.setContext(&scaling, &cloudWatch, QStringLiteral("prod"), QStringLiteral("web"));
    ASSERT_TRUE(refreshed(spy, pane)) << pane.statusText().toStdString();

    ASSERT_EQ(pane.policies()->topLevelItemCount(), 1);
    const QTreeWidgetItem* row = pane.policies()->topLevelItem(0);
    EXPECT_EQ(row->text(0), QStringLiteral("cpu50"));
    EXPECT_EQ(row->text(1), QStringLiteral("Target tracking"));
    EXPECT_TRUE(row->text(2).startsWith(QStringLiteral("ECSServiceAverageCPUUtilization at 50")))
        << row->text(2).toStdString();
    EXPECT_TRUE(row->text(3).contains(high + QStringLiteral(" (ALARM)"))) << row->text(3).toStdString();

    ASSERT_EQ(pane.alarms()->topLevelItemCount(), 2);
    QStringList states;
    for (int i = 0; i < 2; ++i) {
        const QTreeWidgetItem* alarm = pane.alarms()->topLevelItem(i);
        states.append(alarm->text(1));
        if (alarm->text(0) == high) {
            EXPECT_EQ(alarm->text(4), QStringLiteral("Testing the pane"));
            EXPECT_EQ(alarm->text(3), QStringLiteral("CPUUtilization Average > 50, 3 of 3 × 60 s"));
        }
    }
    states.sort();
    EXPECT_EQ(states, (QStringList { QStringLiteral("ALARM"), QStringLiteral("INSUFFICIENT_DATA") }));

    // Activating an alarm opens its history: the state change with its reason.
    for (int i = 0; i < 2; ++i) {
        if (pane.alarms()->topLevelItem(i)->text(0) == high)
            Q_EMIT pane.alarms()->itemActivated(pane.alarms()->topLevelItem(i), 0);
    }
    auto* history = pane.findChild<Ui::AlarmHistoryDialog*>();
    ASSERT_NE(history, nullptr);
    ASSERT_TRUE(waitFor([history] { return history->items()->topLevelItemCount() >= 2; }, 30000));
    bool reasonShown = false;
    for (int i = 0; i < history->items()->topLevelItemCount(); ++i)
        reasonShown = reasonShown || history->items()->topLevelItem(i)->text(3) == QStringLiteral("Testing the pane");
    EXPECT_TRUE(reasonShown);
    history->close();

    ASSERT_EQ(pane.scheduledActions()->topLevelItemCount(), 1);
    EXPECT_EQ(pane.scheduledActions()->topLevelItem(0)->text(1), QStringLiteral("cron(0 22 * * ? *)"));
    EXPECT_EQ(pane.minimumCapacity()->value(), 1);
    EXPECT_EQ(pane.maximumCapacity()->value(), 4);

    // Edit the range: the endpoint registers it, the pane shows it again.
    spy.clear();
    pane.minimumCapacity()->setValue(2);
    pane.maximumCapacity()->setValue(6);
    pane.applyButton()->click();
    ASSERT_TRUE(refreshed(spy, pane)) << pane.statusText().toStdString();
    ASSERT_TRUE(pane.shown().target.has_value());
    EXPECT_EQ(pane.shown().target->minCapacity, 2);
    EXPECT_EQ(pane.shown().target->maxCapacity, 6);
    const QJsonObject described = call(scaling.describeScalableTargets({ resourceId }));
    const QJsonObject stored = described.value(QStringLiteral("ScalableTargets")).toArray().first().toObject();
    EXPECT_EQ(stored.value(QStringLiteral("MinCapacity")).toInt(), 2);
    EXPECT_EQ(stored.value(QStringLiteral("MaxCapacity")).toInt(), 6);

    // Edit the target tracking policy's target: the endpoint moves its alarms' thresholds.
    spy.clear();
    pane.policies()->setCurrentItem(pane.policies()->topLevelItem(0));
    ASSERT_TRUE(pane.applyTargetButton()->isEnabled());
    EXPECT_DOUBLE_EQ(pane.targetValue()->value(), 50.0);
    pane.targetValue()->setValue(65);
    pane.applyTargetButton()->click();
    ASSERT_TRUE(refreshed(spy, pane)) << pane.statusText().toStdString();
    const QJsonObject policies = call(scaling.describeScalingPolicies(resourceId));
    EXPECT_DOUBLE_EQ(policies.value(QStringLiteral("ScalingPolicies"))
                         .toArray()
                         .first()
                         .toObject()
                         .value(QStringLiteral("TargetTrackingScalingPolicyConfiguration"))
                         .toObject()
                         .value(QStringLiteral("TargetValue"))
                         .toDouble(),
        65.0);
    QStringList conditions;
    for (int i = 0; i < pane.alarms()->topLevelItemCount(); ++i)
        conditions.append(pane.alarms()->topLevelItem(i)->text(3));
    EXPECT_TRUE(conditions.contains(QStringLiteral("CPUUtilization Average > 65, 3 of 3 × 60 s")))
        << conditions.join(QLatin1Char('|')).toStdString();

    // A minimum over the maximum is refused in the pane, before any call.
    pane.minimumCapacity()->setValue(9);
    pane.applyButton()->click();
    EXPECT_TRUE(pane.statusText().contains(QStringLiteral("cannot be greater"))) << pane.statusText().toStdString();
}

namespace {
int desiredCount(const Api::EcsClient& ecs, const QString& cluster, const QString& service)
{
    const QJsonObject described = call(ecs.describeServices(cluster, { service }));
    return described.value(QStringLiteral("services"))
        .toArray()
        .first()
        .toObject()
        .value(QStringLiteral("desiredCount"))
        .toInt();
}
} // namespace

// The app creates a step scaling policy with its alarm (the dialog's step table refused while it
// overlaps, with AWS's text), SetAlarmState ALARM on that alarm changes the service's desired count
// by the matching step, a scheduled action is saved with its time zone and end, the suspended
// state is edited, the policy is deleted with its alarm; read-only mode disables every write.
TEST(ScalingPane, CreatesAStepPolicyWithItsAlarmThatScalesTheService)
{
    Local::LocalEndpointOptions options;
    options.seed = QStringLiteral("demo");
    options.simulate = false;
    TestEndpoint local(options);
    ASSERT_TRUE(local.isStarted()) << local.error().toStdString();
    const Api::AutoScalingClient scaling(local.config());
    const Api::CloudWatchClient cloudWatch(local.config());
    const Api::EcsClient ecs(local.config());
    const QString resourceId = QStringLiteral("service/production/web");
    const int before = desiredCount(ecs, QStringLiteral("production"), QStringLiteral("web"));
    call(scaling.registerScalableTarget(resourceId, 1, 20));

    Ui::ScalingPane pane;
    pane.resize(1100, 800);
    pane.show();
    QSignalSpy spy(&pane, &Ui::ScalingPane::refreshed);
    pane.setContext(&scaling, &cloudWatch, QStringLiteral("production"), QStringLiteral("web"));
    ASSERT_TRUE(refreshed(spy, pane)) << pane.statusText().toStdString();
    EXPECT_TRUE(pane.newPolicyButton()->isEnabled());

    // The dialog: a step table that overlaps is refused with Application Auto Scaling's text.
    Ui::PolicyDialog dialog(resourceId);
    dialog.typeBox()->setCurrentIndex(1);
    ASSERT_TRUE(dialog.isStepPolicy());
    dialog.nameEdit()->setText(QStringLiteral("web-steps"));
    dialog.findChild<QLineEdit*>(QStringLiteral("alarmName"))->setText(QStringLiteral("web-cpu-steps"));
    dialog.stepTable()->item(1, 0)->setText(QStringLiteral("10")); // [0, 20) and [10, +inf)
    EXPECT_TRUE(dialog.errorLabel()->text().contains(QStringLiteral("StepAdjustment intervals cannot overlap")))
        << dialog.errorLabel()->text().toStdString();
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Rejected); // still open
    dialog.stepTable()->item(1, 0)->setText(QStringLiteral("20"));
    EXPECT_EQ(dialog.errorLabel()->text(), QString());
    const Models::StepPolicyForm form = dialog.stepPolicy();
    EXPECT_EQ(form.steps.size(), 2);
    EXPECT_EQ(form.alarmName, QStringLiteral("web-cpu-steps"));

    spy.clear();
    pane.putStepPolicy(form);
    ASSERT_TRUE(refreshed(spy, pane)) << pane.statusText().toStdString();
    ASSERT_EQ(pane.policies()->topLevelItemCount(), 1) << pane.statusText().toStdString();
    EXPECT_EQ(pane.policies()->topLevelItem(0)->text(1), QStringLiteral("Step scaling"));
    EXPECT_TRUE(pane.policies()->topLevelItem(0)->text(3).contains(QStringLiteral("web-cpu-steps")))
        << pane.policies()->topLevelItem(0)->text(3).toStdString();
    ASSERT_EQ(pane.alarms()->topLevelItemCount(), 1);
    EXPECT_EQ(pane.alarms()->topLevelItem(0)->text(3), QStringLiteral("CPUUtilization Average ≥ 70, 1 of 1 × 60 s"));
    ASSERT_EQ(pane.shown().alarms.size(), 1);
    EXPECT_EQ(pane.shown().alarms[0].alarmActions, QStringList { pane.shown().policies[0].arn });

    // ALARM runs the policy: no datapoint counts as at the threshold, the [0, 20) step, +1.
    call(cloudWatch.setAlarmState(QStringLiteral("web-cpu-steps"), QStringLiteral("ALARM"), QStringLiteral("load")));
    EXPECT_EQ(desiredCount(ecs, QStringLiteral("production"), QStringLiteral("web")), before + 1);
    spy.clear();
    pane.reload();
    ASSERT_TRUE(refreshed(spy, pane));
    ASSERT_FALSE(pane.shown().activities.isEmpty());
    EXPECT_TRUE(pane.activities()->topLevelItem(0)->text(3).contains(QStringLiteral("web-cpu-steps")))
        << pane.activities()->topLevelItem(0)->text(3).toStdString();

    // Editing the policy reads its alarm back into the dialog.
    const Models::StepPolicyForm back
        = Models::StepPolicyForm::fromPolicy(pane.shown().policies[0], pane.shown().alarms);
    EXPECT_EQ(back.alarmName, QStringLiteral("web-cpu-steps"));
    EXPECT_EQ(back.steps, form.steps);

    // A scheduled action through its dialog: the next runs show before saving.
    Ui::ScheduledActionDialog scheduled(resourceId);
    scheduled.nameEdit()->setText(QStringLiteral("evening"));
    scheduled.scheduleEdit()->setText(QStringLiteral("cron(0 18 * * ? *)"));
    scheduled.timeZoneBox()->setCurrentText(QStringLiteral("Europe/Berlin"));
    EXPECT_EQ(scheduled.nextRunsLabel()->text().count(QLatin1Char('\n')), 4)
        << scheduled.nextRunsLabel()->text().toStdString();
    EXPECT_FALSE(scheduled.errorLabel()->text().isEmpty()); // no capacity yet
    Models::ScheduledActionForm evening = scheduled.form();
    evening.minCapacity = 2;
    evening.maxCapacity = 6;
    spy.clear();
    pane.putScheduledAction(evening);
    ASSERT_TRUE(refreshed(spy, pane)) << pane.statusText().toStdString();
    ASSERT_EQ(pane.shown().scheduledActions.size(), 1);
    EXPECT_EQ(pane.shown().scheduledActions[0].timezone, QStringLiteral("Europe/Berlin"));
    EXPECT_EQ(pane.shown().scheduledActions[0].maxCapacity, 6);

    // Suspended state with the capacity.
    spy.clear();
    pane.scaleInSuspended()->setChecked(true);
    pane.applyButton()->click();
    ASSERT_TRUE(refreshed(spy, pane)) << pane.statusText().toStdString();
    ASSERT_TRUE(pane.shown().target.has_value());
    EXPECT_TRUE(pane.shown().target->dynamicScalingInSuspended);
    EXPECT_FALSE(pane.shown().target->dynamicScalingOutSuspended);

    // Deleting the policy deletes the alarm that only ran it.
    spy.clear();
    pane.deletePolicy(QStringLiteral("web-steps"));
    ASSERT_TRUE(refreshed(spy, pane)) << pane.statusText().toStdString();
    EXPECT_EQ(pane.policies()->topLevelItemCount(), 0);
    Api::AwsReply* left = cloudWatch.describeAlarms({ QStringLiteral("web-cpu-steps") });
    ASSERT_TRUE(waitFor([left] { return left->isFinished(); }, 30000));
    left->deleteLater();
    const auto page = Api::Alarms::parseDescribeAlarms(left->body());
    ASSERT_TRUE(page.ok());
    EXPECT_TRUE(page.value.alarms.isEmpty());

    // Read-only: nothing that writes is enabled.
    pane.setReadOnly(true);
    EXPECT_FALSE(pane.applyButton()->isEnabled());
    EXPECT_FALSE(pane.newPolicyButton()->isEnabled());
    EXPECT_FALSE(pane.newScheduledButton()->isEnabled());
    EXPECT_FALSE(pane.scaleInSuspended()->isEnabled());
}

// Editing a target tracking policy in the dialog (metric, cooldowns, disable scale-in): the
// endpoint shows the change.
TEST(ScalingPane, EditsATargetTrackingPolicyThroughItsForm)
{
    TestEndpoint local;
    ASSERT_TRUE(local.isStarted()) << local.error().toStdString();
    const Api::AutoScalingClient scaling(local.config());
    const Api::CloudWatchClient cloudWatch(local.config());
    const QString resourceId = QStringLiteral("service/prod/web");
    call(scaling.registerScalableTarget(resourceId, 1, 4));
    Ui::ScalingPane pane;
    QSignalSpy spy(&pane, &Ui::ScalingPane::refreshed);
    pane.setContext(&scaling, &cloudWatch, QStringLiteral("prod"), QStringLiteral("web"));
    ASSERT_TRUE(refreshed(spy, pane)) << pane.statusText().toStdString();

    Ui::PolicyDialog dialog(resourceId);
    dialog.nameEdit()->setText(QStringLiteral("mem70"));
    auto* metric = dialog.findChild<QComboBox*>(QStringLiteral("trackedMetric"));
    metric->setCurrentIndex(metric->findData(QStringLiteral("ECSServiceAverageMemoryUtilization")));
    dialog.findChild<QDoubleSpinBox*>(QStringLiteral("policyTargetValue"))->setValue(70);
    ASSERT_EQ(dialog.errors(), QStringList());
    spy.clear();
    pane.putTargetTracking(dialog.targetTracking());
    ASSERT_TRUE(refreshed(spy, pane)) << pane.statusText().toStdString();
    ASSERT_EQ(pane.shown().policies.size(), 1);
    EXPECT_EQ(pane.shown().alarms.size(), 2); // AlarmHigh and AlarmLow

    Ui::PolicyDialog edit(resourceId);
    edit.setTargetTracking(Models::TargetTrackingForm::fromPolicy(pane.shown().policies[0]));
    EXPECT_EQ(edit.nameEdit()->text(), QStringLiteral("mem70"));
    edit.findChild<QSpinBox*>(QStringLiteral("scaleInCooldown"))->setValue(120);
    edit.findChild<QCheckBox*>()->setChecked(true); // disable scale-in
    spy.clear();
    pane.putTargetTracking(edit.targetTracking());
    ASSERT_TRUE(refreshed(spy, pane)) << pane.statusText().toStdString();
    const QJsonObject configuration = call(scaling.describeScalingPolicies(resourceId))
                                          .value(QStringLiteral("ScalingPolicies"))
                                          .toArray()
                                          .first()
                                          .toObject()
                                          .value(QStringLiteral("TargetTrackingScalingPolicyConfiguration"))
                                          .toObject();
    EXPECT_EQ(configuration.value(QStringLiteral("ScaleInCooldown")).toInt(), 120);
    EXPECT_TRUE(configuration.value(QStringLiteral("DisableScaleIn")).toBool());
    EXPECT_EQ(configuration.value(QStringLiteral("PredefinedMetricSpecification"))
                  .toObject()
                  .value(QStringLiteral("PredefinedMetricType"))
                  .toString(),
        QStringLiteral("ECSServiceAverageMemoryUtilization"));
}

// The metrics chart of a service draws its target tracking policy's target as a line and shades
// the span its AlarmHigh spent in ALARM (from DescribeAlarmHistory); on another metric, no line.
TEST(ScalingPane, TheMetricsChartHasTheTargetLineAndTheAlarmSpan)
{
    TestEndpoint local;
    ASSERT_TRUE(local.isStarted()) << local.error().toStdString();
    const Api::AutoScalingClient scaling(local.config());
    const Api::CloudWatchClient cloudWatch(local.config());
    const Api::EcsClient ecs(local.config());
    const QString resourceId = QStringLiteral("service/prod/web");
    call(scaling.registerScalableTarget(resourceId, 1, 4));
    const QJsonObject policy
        = call(scaling.putScalingPolicy(QStringLiteral("cpu50"), resourceId, QStringLiteral("TargetTrackingScaling"),
            { { QStringLiteral("TargetValue"), 50.0 },
                { QStringLiteral("PredefinedMetricSpecification"),
                    QJsonObject { { QStringLiteral("PredefinedMetricType"),
                        QStringLiteral("ECSServiceAverageCPUUtilization") } } } }));
    QString high;
    for (const QJsonValue& alarm : policy.value(QStringLiteral("Alarms")).toArray()) {
        if (alarm.toObject().value(QStringLiteral("AlarmName")).toString().contains(QStringLiteral("-AlarmHigh-")))
            high = alarm.toObject().value(QStringLiteral("AlarmName")).toString();
    }
    ASSERT_FALSE(high.isEmpty());
    call(cloudWatch.setAlarmState(high, QStringLiteral("ALARM"), QStringLiteral("busy")));

    Ui::MetricsPane pane;
    pane.resize(900, 500);
    pane.show();
    QSignalSpy thresholds(&pane, &Ui::MetricsPane::thresholdsLoaded);
    pane.setAutoScalingClient(&scaling);
    pane.setContext(&cloudWatch, &ecs, QStringLiteral("prod"), { QStringLiteral("web") });
    ASSERT_TRUE(waitFor([&] { return !thresholds.isEmpty(); }, 30000));
    ASSERT_EQ(pane.thresholds().size(), 1);
    EXPECT_EQ(pane.thresholds()[0].value, 50.0);
    EXPECT_EQ(pane.thresholds()[0].alarmName, high);
    ASSERT_EQ(pane.thresholds()[0].alarmSpans.size(), 1); // in ALARM since SetAlarmState, until now
    ASSERT_EQ(pane.thresholdSeries().size(), 1);
    const QLineSeries* line = pane.thresholdSeries()[0];
    ASSERT_EQ(line->count(), 2);
    EXPECT_EQ(line->at(0).y(), 50.0);
    EXPECT_EQ(line->at(1).y(), 50.0);
    EXPECT_TRUE(line->name().contains(QStringLiteral("cpu50"))) << line->name().toStdString();
    ASSERT_EQ(pane.alarmAreas().size(), 1);
    EXPECT_GE(pane.alarmAreas()[0]->upperSeries()->at(0).y(), 50.0); // from the bottom to the top of the plot

    pane.setMetric(QStringLiteral("MemoryUtilization"));
    EXPECT_TRUE(pane.thresholdSeries().isEmpty());
    EXPECT_TRUE(pane.alarmAreas().isEmpty());
}
