// SPDX-License-Identifier: MIT
#include "api/scheduler/scheduledtask.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace EcsDesk::Api;

namespace {

QString s(const char* text) { return QString::fromLatin1(text); }

QJsonObject json(const char* text) { return QJsonDocument::fromJson(QByteArray(text)).object(); }

std::string iso(const QDateTime& time) { return time.toUTC().toString(Qt::ISODate).toStdString(); }

// A GetSchedule answer as the Scheduler API reference shows it (timestamps as epoch seconds), with
// ecsdesk-local's EcsDeskInvocations extension.
const char* const getSchedule = R"json({
  "ActionAfterCompletion": "NONE",
  "Arn": "arn:aws:scheduler:us-east-1:123456789012:schedule/reports/nightly-report",
  "CreationDate": 1764748800.0,
  "Description": "The finance team's report",
  "EndDate": 1767139200,
  "FlexibleTimeWindow": { "Mode": "FLEXIBLE", "MaximumWindowInMinutes": 15 },
  "GroupName": "reports",
  "LastModificationDate": 1764748800.0,
  "Name": "nightly-report",
  "ScheduleExpression": "cron(30 9 ? * MON-FRI *)",
                  "ScheduleExpressionTimezone" : "America/New_York",
                  "StartDate" : 1764979200,
                  "State" : "ENABLED",
                  "Target" : {
                      "Arn" : "arn:aws:ecs:us-east-1:123456789012:cluster/batch",
                      "RoleArn" : "arn:aws:iam::123456789012:role/scheduler",
                      "Input" : "{\"containerOverrides\":[{\"name\":\"app\",\"command\":[\"report\"]}]}",
                      "EcsParameters" : {
                          "TaskDefinitionArn" : "arn:aws:ecs:us-east-1:123456789012:task-definition/report:7",
                          "TaskCount" : 2,
                          "CapacityProviderStrategy" : [ { "capacityProvider" : "FARGATE_SPOT", "weight" : 1 } ],
                          "NetworkConfiguration" : { "awsvpcConfiguration" : { "Subnets" : ["subnet-1"] } },
                          "Group" : "reports"
                      },
                      "RetryPolicy" : { "MaximumEventAgeInSeconds" : 86400, "MaximumRetryAttempts" : 185 }
                  },
                  "EcsDeskInvocations" : [
                      {
                          "Time" : 1765204200,
                          "Status" : "SUCCEEDED",
                          "TaskArns" : ["arn:aws:ecs:us-east-1:123456789012:task/batch/a"]
                      },
                      {
                          "Time" : 1765290600,
                          "Status" : "FAILED",
                          "TaskArns" : [],
                          "ErrorCode" : "ClientException",
                          "ErrorMessage" : "Unable to describe task definition.",
                          "Attempt" : 2,
                          "NextAttemptTime" : 1765290840
                      }
                  ]
})json";

TEST(ScheduledTask, ReadsAGetScheduleAnswer)
{
    const ScheduledTask task = ScheduledTask::fromSchedule(json(getSchedule));
    EXPECT_EQ(task.source, ScheduledTask::Source::Schedule);
    EXPECT_EQ(task.name, s("nightly-report"));
    EXPECT_EQ(task.group, s("reports"));
    EXPECT_EQ(task.timeZone, s("America/New_York"));
    EXPECT_TRUE(task.enabled);
    EXPECT_EQ(task.flexibleWindowMinutes, 15);
    EXPECT_EQ(iso(task.startDate), "2025-12-06T00:00:00Z");
    EXPECT_EQ(iso(task.endDate), "2025-12-31T00:00:00Z");
    ASSERT_EQ(task.targets.size(), 1);
    const EcsTarget& target = task.targets.first();
    EXPECT_EQ(target.taskDefinition, s("arn:aws:ecs:us-east-1:123456789012:task-definition/report:7"));
    EXPECT_EQ(target.taskCount, 2);
    EXPECT_EQ(target.group, s("reports"));
    EXPECT_EQ(target.capacityProviderStrategy.size(), 1);
    EXPECT_TRUE(target.input.contains(s("containerOverrides")));
    EXPECT_TRUE(task.targetsCluster(s("batch")));
    EXPECT_TRUE(task.targetsCluster(s("arn:aws:ecs:us-east-1:123456789012:cluster/batch")));
    EXPECT_FALSE(task.targetsCluster(s("batch-2")));
    EXPECT_EQ(task.startedBy(), s("chronos-schedule/nightly-report"));
    ASSERT_EQ(task.invocations.size(), 2);
    ASSERT_TRUE(task.lastRun());
    EXPECT_FALSE(task.lastRun()->succeeded);
    EXPECT_EQ(task.lastRun()->errorCode, s("ClientException"));
    // The retry policy's attempts (ecsdesk-local): the second retry, the next one four minutes later.
    EXPECT_EQ(task.lastRun()->attempt, 2);
    EXPECT_EQ(iso(task.lastRun()->nextAttempt), "2025-12-09T14:34:00Z");
    EXPECT_FALSE(task.lastRun()->retriesExhausted);
    EXPECT_EQ(task.invocations.first().attempt, 0);
    EXPECT_FALSE(task.invocations.first().nextAttempt.isValid());
    EXPECT_TRUE(task.invocations.first().succeeded);
}

TEST(ScheduledTask, NextRunsFollowTheZoneAndStayWithinTheDates)
{
    const ScheduledTask task = ScheduledTask::fromSchedule(json(getSchedule));
    // From before the StartDate: the first weekday at 09:30 New York time (14:30 UTC) on or after 6 December.
    const QList<QDateTime> runs = task.nextRuns(QDateTime::fromString(s("2025-12-01T00:00:00Z"), Qt::ISODate), 3);
    ASSERT_EQ(runs.size(), 3);
    EXPECT_EQ(iso(runs[0]), "2025-12-08T14:30:00Z"); // Monday
    EXPECT_EQ(iso(runs[1]), "2025-12-09T14:30:00Z");
    EXPECT_EQ(iso(runs[2]), "2025-12-10T14:30:00Z");
    // Nothing after the EndDate.
    const QList<QDateTime> late = task.nextRuns(QDateTime::fromString(s("2025-12-30T00:00:00Z"), Qt::ISODate), 5);
    ASSERT_EQ(late.size(), 1);
    EXPECT_EQ(iso(late[0]), "2025-12-30T14:30:00Z");

    ScheduledTask disabled = task;
    disabled.enabled = false;
    EXPECT_TRUE(disabled.nextRuns(QDateTime::fromString(s("2025-12-01T00:00:00Z"), Qt::ISODate), 3).isEmpty());
}

TEST(ScheduledTask, ReadsARuleWithItsEcsTargets)
{
    const QJsonObject rule = json(R"json({"Name": "a-rule-with-a-name-longer-than-ecs-allows", "State": "DISABLED",
        "Arn": "arn:aws:events:us-east-1:123456789012:rule/a-rule-with-a-name-longer-than-ecs-allows",
        "ScheduleExpression": "rate(5 minutes)", "EventBusName": "default"})json");
    const QJsonArray targets = json(R"({"Targets": [
        {"Id": "lambda", "Arn": "arn:aws:lambda:us-east-1:123456789012:function:f"},
        {"Id": "ecs", "Arn": "arn:aws:ecs:us-east-1:123456789012:cluster/batch",
         "RoleArn": "arn:aws:iam::123456789012:role/events",
         "EcsParameters": {"TaskDefinitionArn": "report:3", "LaunchType": "FARGATE"}}]})")
                                   .value(s("Targets"))
                                   .toArray();
    const ScheduledTask task = ScheduledTask::fromRule(rule, targets);
    EXPECT_EQ(task.source, ScheduledTask::Source::Rule);
    EXPECT_FALSE(task.enabled);
    ASSERT_EQ(task.targets.size(), 1); // only the ECS target
    EXPECT_EQ(task.targets.first().id, s("ecs"));
    EXPECT_EQ(task.targets.first().launchType, s("FARGATE"));
    EXPECT_EQ(task.targets.first().taskCount, 1);
    EXPECT_EQ(task.startedBy(), s("events-rule/a-rule-with-a-name-longe")); // ECS's 36 characters
    EXPECT_EQ(task.startedBy().size(), 36);
    EXPECT_TRUE(task.invocations.isEmpty());
}

} // namespace
