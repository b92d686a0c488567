// SPDX-License-Identifier: MIT
// The alarm and scaling decoders (api/cloudwatch/alarms.h, api/autoscaling/autoscalingclient.h):
// CloudWatch's query-protocol XML as the API reference shapes it (botocore ships no CloudWatch
// examples), awsJson1_0 answers, and Application Auto Scaling's recorded example answers.

#include "api/autoscaling/autoscalingclient.h"
#include "api/cloudwatch/alarms.h"

#include "common/testutil.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace EcsDesk;

namespace {

const QByteArray describeAlarmsXml = R"(<DescribeAlarmsResponse xmlns="http://monitoring.amazonaws.com/doc/2010-08-01/">
  <DescribeAlarmsResult>
    <MetricAlarms>
      <member>
        <AlarmName>web-cpu-high</AlarmName>
        <AlarmArn>arn:aws:cloudwatch:us-east-1:123456789012:alarm:web-cpu-high</AlarmArn>
        <AlarmDescription>Scale out web</AlarmDescription>
        <AlarmConfigurationUpdatedTimestamp>2026-12-03T12:00:00.000Z</AlarmConfigurationUpdatedTimestamp>
        <ActionsEnabled>true</ActionsEnabled>
        <OKActions/>
        <AlarmActions>
          <member>arn:aws:autoscaling:us-east-1:123456789012:scalingPolicy:6d8972f3-efc8-437c-92d1-6270f29a66e7:resource/ecs/service/c/web:policyName/out</member>
        </AlarmActions>
        <InsufficientDataActions/>
        <StateValue>ALARM</StateValue>
        <StateReason>Threshold Crossed: 1 datapoint [95.0 (03/12/26 12:04:00)] was greater than or equal to the threshold (70.0).</StateReason>
        <StateReasonData>{"version":"1.0","recentDatapoints":[95.0],"threshold":70.0}</StateReasonData>
        <StateUpdatedTimestamp>2026-12-03T12:05:00.125Z</StateUpdatedTimestamp>
        <MetricName>CPUUtilization</MetricName>
        <Namespace>AWS/ECS</Namespace>
        <Statistic>Average</Statistic>
        <Dimensions>
          <member><Name>ClusterName</Name><Value>c</Value></member>
          <member><Name>ServiceName</Name><Value>web</Value></member>
        </Dimensions>
        <Period>60</Period>
        <EvaluationPeriods>3</EvaluationPeriods>
        <DatapointsToAlarm>2</DatapointsToAlarm>
        <Threshold>70.0</Threshold>
        <ComparisonOperator>GreaterThanOrEqualToThreshold</ComparisonOperator>
        <TreatMissingData>notBreaching</TreatMissingData>
        <StateTransitionedTimestamp>2026-12-03T12:05:00.125Z</StateTransitionedTimestamp>
      </member>
      <member>
        <AlarmName>queue-math</AlarmName>
        <ActionsEnabled>false</ActionsEnabled>
        <StateValue>INSUFFICIENT_DATA</StateValue>
        <Metrics><member><Id>e1</Id><Expression>m1 + m2</Expression></member></Metrics>
        <EvaluationPeriods>1</EvaluationPeriods>
        <ComparisonOperator>LessThanThreshold</ComparisonOperator>
      </member>
    </MetricAlarms>
    <CompositeAlarms/>
    <NextToken>page-2</NextToken>
  </DescribeAlarmsResult>
  <ResponseMetadata><RequestId>f7b5a1f2-0000-4000-8000-000000000000</RequestId></ResponseMetadata>
</DescribeAlarmsResponse>)";

QJsonObject example(const QString& fixtures, const char* operation, int index = 0)
{
    QFile in(fixtures + QLatin1String("/aws-examples/application-autoscaling.json"));
    if (!in.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(in.readAll())
        .object()
        .value(QLatin1String(operation))
        .toArray()
        .at(index)
        .toObject()
        .value(QLatin1String("output"))
        .toObject();
}

} // namespace

TEST(AlarmDecoders, DescribeAlarmsXmlIsReadIntoTypedAlarms)
{
    const auto page = Api::Alarms::parseDescribeAlarms(describeAlarmsXml);
    ASSERT_TRUE(page.ok());
    EXPECT_EQ(page.value.nextToken, QStringLiteral("page-2"));
    ASSERT_EQ(page.value.alarms.size(), 2);
    const Api::MetricAlarm& alarm = page.value.alarms[0];
    EXPECT_EQ(alarm.name, QStringLiteral("web-cpu-high"));
    EXPECT_EQ(alarm.stateValue, QStringLiteral("ALARM"));
    EXPECT_EQ(alarm.stateUpdated, QDateTime::fromString(QStringLiteral("2026-12-03T12:05:00.125Z"), Qt::ISODateWithMs));
    EXPECT_EQ(alarm.metricNamespace, QStringLiteral("AWS/ECS"));
    EXPECT_EQ(alarm.dimensions,
        (QList<Api::MetricDimension> { { QStringLiteral("ClusterName"), QStringLiteral("c") },
            { QStringLiteral("ServiceName"), QStringLiteral("web") } }));
    EXPECT_EQ(alarm.period, 60);
    EXPECT_EQ(alarm.requiredDatapoints(), 2);
    ASSERT_TRUE(alarm.threshold.has_value());
    EXPECT_DOUBLE_EQ(*alarm.threshold, 70.0);
    EXPECT_EQ(alarm.comparisonOperator, QStringLiteral("GreaterThanOrEqualToThreshold"));
    EXPECT_EQ(alarm.treatMissingData, QStringLiteral("notBreaching"));
    EXPECT_TRUE(alarm.actionsEnabled);
    ASSERT_EQ(alarm.alarmActions.size(), 1);
    EXPECT_TRUE(alarm.alarmActions[0].endsWith(QStringLiteral("policyName/out")));
    EXPECT_TRUE(alarm.okActions.isEmpty());
    EXPECT_FALSE(alarm.usesMetricMath);

    const Api::MetricAlarm& math = page.value.alarms[1];
    EXPECT_TRUE(math.usesMetricMath);
    EXPECT_FALSE(math.actionsEnabled);
    EXPECT_FALSE(math.threshold.has_value());
    EXPECT_EQ(math.requiredDatapoints(), 1);
}

TEST(AlarmDecoders, TheJsonFormReadsTheSameAsTheXml)
{
    const auto xml = Api::Alarms::parseDescribeAlarms(describeAlarmsXml);
    ASSERT_TRUE(xml.ok());
    const QJsonObject json = QJsonDocument::fromJson(R"({
        "AlarmName": "web-cpu-high",
        "AlarmArn": "arn:aws:cloudwatch:us-east-1:123456789012:alarm:web-cpu-high",
        "AlarmDescription": "Scale out web",
        "AlarmConfigurationUpdatedTimestamp": 1796299200.0,
        "ActionsEnabled": true, "OKActions": [],
        "AlarmActions": ["arn:aws:autoscaling:us-east-1:123456789012:scalingPolicy:6d8972f3-efc8-437c-92d1-6270f29a66e7:resource/ecs/service/c/web:policyName/out"],
        "InsufficientDataActions": [], "StateValue": "ALARM",
        "StateReason": "Threshold Crossed: 1 datapoint [95.0 (03/12/26 12:04:00)] was greater than or equal to the threshold (70.0).",
        "StateReasonData": "{\"version\":\"1.0\",\"recentDatapoints\":[95.0],\"threshold\":70.0}",
        "StateUpdatedTimestamp": 1796299500.125, "StateTransitionedTimestamp": 1796299500.125,
        "MetricName": "CPUUtilization", "Namespace": "AWS/ECS", "Statistic": "Average",
        "Dimensions": [{"Name": "ClusterName", "Value": "c"}, {"Name": "ServiceName", "Value": "web"}],
        "Period": 60, "EvaluationPeriods": 3, "DatapointsToAlarm": 2, "Threshold": 70.0,
        "ComparisonOperator": "GreaterThanOrEqualToThreshold", "TreatMissingData": "notBreaching"})")
                                 .object();
    EXPECT_EQ(Api::MetricAlarm::fromJson(json), xml.value.alarms[0]);
}

TEST(AlarmDecoders, AlarmHistoryAndMalformedAnswers)
{
    const auto page = Api::Alarms::parseAlarmHistory(
        R"(<DescribeAlarmHistoryResponse xmlns="http://monitoring.amazonaws.com/doc/2010-08-01/">
  <DescribeAlarmHistoryResult>
    <AlarmHistoryItems>
      <member>
        <AlarmName>web-cpu-high</AlarmName><AlarmType>MetricAlarm</AlarmType>
        <Timestamp>2026-12-03T12:05:00.125Z</Timestamp><HistoryItemType>StateUpdate</HistoryItemType>
        <HistorySummary>Alarm updated from OK to ALARM</HistorySummary>
        <HistoryData>{"version":"1.0"}</HistoryData>
      </member>
    </AlarmHistoryItems>
  </DescribeAlarmHistoryResult>
</DescribeAlarmHistoryResponse>)");
    ASSERT_TRUE(page.ok());
    ASSERT_EQ(page.value.items.size(), 1);
    EXPECT_EQ(page.value.items[0].itemType, QStringLiteral("StateUpdate"));
    EXPECT_EQ(page.value.items[0].summary, QStringLiteral("Alarm updated from OK to ALARM"));
    EXPECT_TRUE(page.value.nextToken.isEmpty());
    EXPECT_FALSE(Api::Alarms::parseDescribeAlarms("<GetMetricDataResponse/>").ok());
    EXPECT_FALSE(Api::Alarms::parseAlarmHistory("not xml").ok());
}

TEST(ScalingDecoders, TheRecordedAnswersAreRead)
{
    ECSDESK_REQUIRE_FIXTURES(fixtures);
    const QJsonObject policies = example(fixtures, "DescribeScalingPolicies");
    ASSERT_FALSE(policies.isEmpty());
    const auto step
        = Api::ScalingPolicy::fromJson(policies.value(QLatin1String("ScalingPolicies")).toArray().at(0).toObject());
    EXPECT_EQ(step.policyType, QStringLiteral("StepScaling"));
    ASSERT_EQ(step.alarms.size(), 1);
    EXPECT_EQ(step.alarms[0].name, QStringLiteral("web-app-cpu-gt-75"));
    EXPECT_TRUE(step.alarms[0].arn.endsWith(QStringLiteral(":alarm:web-app-cpu-gt-75")));
    EXPECT_EQ(step.adjustmentType, QStringLiteral("PercentChangeInCapacity"));
    EXPECT_EQ(step.cooldown, 60);
    ASSERT_EQ(step.stepAdjustments.size(), 1);
    EXPECT_EQ(step.stepAdjustments[0].lowerBound, 0.0);
    EXPECT_FALSE(step.stepAdjustments[0].upperBound.has_value());
    EXPECT_EQ(step.stepAdjustments[0].scalingAdjustment, 200);
    EXPECT_EQ(step.created, QDateTime::fromString(QStringLiteral("2019-05-06T12:11:39.230Z"), Qt::ISODateWithMs));

    // PutScalingPolicy for target tracking answers the two alarms it created.
    const QJsonObject put = example(fixtures, "PutScalingPolicy");
    const auto created = Api::ScalingPolicy::fromJson(put);
    ASSERT_EQ(created.alarms.size(), 2);
    EXPECT_TRUE(created.alarms[0].name.startsWith(QStringLiteral("TargetTracking-service/default/web-app-AlarmHigh-")));
    EXPECT_TRUE(created.alarms[1].name.startsWith(QStringLiteral("TargetTracking-service/default/web-app-AlarmLow-")));

    const QJsonObject targets = example(fixtures, "DescribeScalableTargets");
    const auto target
        = Api::ScalableTarget::fromJson(targets.value(QLatin1String("ScalableTargets")).toArray().at(0).toObject());
    EXPECT_EQ(target.resourceId, QStringLiteral("service/default/web-app"));
    EXPECT_FALSE(target.dynamicScalingInSuspended);
    EXPECT_FALSE(target.scheduledScalingSuspended);
}

TEST(ScalingDecoders, TargetTrackingAndScheduledActionFields)
{
    const auto policy = Api::ScalingPolicy::fromJson(QJsonDocument::fromJson(R"({
        "PolicyName": "cpu60", "PolicyType": "TargetTrackingScaling", "ResourceId": "service/c/web",
        "TargetTrackingScalingPolicyConfiguration": {"TargetValue": 60.0, "ScaleOutCooldown": 30,
            "DisableScaleIn": true,
            "CustomizedMetricSpecification": {"Namespace": "App", "MetricName": "Queue", "Statistic": "Sum"}}})")
                                                         .object());
    EXPECT_EQ(policy.targetValue, 60.0);
    EXPECT_EQ(policy.trackedMetric, QStringLiteral("App/Queue"));
    EXPECT_EQ(policy.scaleOutCooldown, 30);
    EXPECT_FALSE(policy.scaleInCooldown.has_value());
    EXPECT_TRUE(policy.disableScaleIn);
    EXPECT_TRUE(policy.stepAdjustments.isEmpty());

    const auto action = Api::ScheduledAction::fromJson(QJsonDocument::fromJson(R"json({
        "ScheduledActionName": "rush", "Schedule": "cron(0 8 * * ? *)", "Timezone": "Europe/Berlin",
        "ScalableTargetAction": {"MinCapacity": 4}, "StartTime": 1796299200.0})json")
                                                           .object());
    EXPECT_EQ(action.timezone, QStringLiteral("Europe/Berlin"));
    EXPECT_EQ(action.minCapacity, 4);
    EXPECT_FALSE(action.maxCapacity.has_value());
    EXPECT_EQ(action.startTime.toSecsSinceEpoch(), 1796299200);
    EXPECT_FALSE(action.endTime.isValid());
}
