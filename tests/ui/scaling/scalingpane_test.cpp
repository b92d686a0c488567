// SPDX-License-Identifier: MIT
// ScalingPane offscreen against the local endpoint: a target tracking policy with the two alarms
// the endpoint created for it, an alarm's state and reason, a scheduled action, and an edit of the
// capacity range that the endpoint then answers.

#include "api/autoscaling/autoscalingclient.h"
#include "api/cloudwatch/cloudwatchclient.h"
#include "common/localendpointsupport.h"
#include "common/testutil.h"
#include "ui/scaling/scalingpane.h"

#include <QJsonArray>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
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
