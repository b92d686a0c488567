// SPDX-License-Identifier: MIT
// Issue 20: the schedule builder's form: presets -> expressions and words, validation texts, the
// Scheduler and EventBridge requests, and an existing schedule read back into its preset.
#include "models/schedule/scheduleform.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

using EcsDesk::Models::ScheduleForm;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString cluster = u"arn:aws:ecs:us-east-1:123456789012:cluster/production"_s;

ScheduleForm validForm()
{
    ScheduleForm form;
    form.name = u"nightly"_s;
    form.clusterArn = cluster;
    form.taskDefinition = u"report:3"_s;
    return form;
}

QDateTime utc(const char* iso) { return QDateTime::fromString(QLatin1String(iso), Qt::ISODate).toUTC(); }

QStringList fields(const QList<ScheduleForm::Problem>& problems)
{
    QStringList out;
    for (const auto& problem : problems)
        out.append(problem.field);
    return out;
}
} // namespace

TEST(ScheduleForm, PresetsGiveTheirExpressionsAndWords)
{
    ScheduleForm form = validForm();
    form.preset = ScheduleForm::Preset::Every5Minutes;
    EXPECT_EQ(form.expression(), u"rate(5 minutes)"_s);
    EXPECT_EQ(form.describe(), u"Every 5 minutes"_s);
    form.preset = ScheduleForm::Preset::Hourly;
    EXPECT_EQ(form.expression(), u"cron(0 * * * ? *)"_s);
    form.preset = ScheduleForm::Preset::DailyAt;
    form.time = QTime(2, 30);
    form.timeZone = u"Europe/Berlin"_s;
    EXPECT_EQ(form.expression(), u"cron(30 2 * * ? *)"_s);
    EXPECT_EQ(form.describe(), u"Every day at 02:30 (Europe/Berlin)"_s);
    form.preset = ScheduleForm::Preset::WeekdaysAt;
    form.time = QTime(9, 5);
    EXPECT_EQ(form.expression(), u"cron(5 9 ? * MON-FRI *)"_s);
    EXPECT_EQ(form.describe(), u"Monday to Friday at 09:05 (Europe/Berlin)"_s);
    form.preset = ScheduleForm::Preset::OnceAt;
    form.onceAt = QDateTime(QDate(2031, 1, 2), QTime(3, 4, 5));
    EXPECT_EQ(form.expression(), u"at(2031-01-02T03:04:05)"_s);
    form.preset = ScheduleForm::Preset::Custom;
    form.timeZone.clear();
    form.customExpression = u" rate(2 hours) "_s;
    EXPECT_EQ(form.expression(), u"rate(2 hours)"_s);
    EXPECT_EQ(form.describe(), u"Every 2 hours"_s);
    form.customExpression = u"cron(15 * * * ? *)"_s;
    EXPECT_EQ(form.describe(), u"Every hour at minute 15"_s);
    using Kind = ScheduleForm::Kind;
    EXPECT_EQ(ScheduleForm::describeExpression(u"cron(30 9 ? * MON-FRI *)"_s, u"America/New_York"_s, Kind::Schedule),
        u"Monday to Friday at 09:30 (America/New_York)"_s);
    EXPECT_EQ(ScheduleForm::describeExpression(u"cron(0 3 * * ? *)"_s, {}, Kind::Rule), u"Every day at 03:00 (UTC)"_s);
    EXPECT_EQ(
        ScheduleForm::describeExpression(u"rate(1 minute)"_s, u"Europe/Berlin"_s, Kind::Schedule), u"Every minute"_s);
    EXPECT_EQ(ScheduleForm::describeExpression(u"cron(0 12 1 * ? *)"_s, {}, Kind::Schedule),
        u"At 12:00 on day 1 of the month"_s);
}

TEST(ScheduleForm, NextRunsFollowTheZoneAndTheDates)
{
    ScheduleForm form = validForm();
    form.preset = ScheduleForm::Preset::DailyAt;
    form.time = QTime(2, 0);
    form.timeZone = u"Europe/Berlin"_s;
    // 02:00 in Berlin is 01:00 UTC in winter.
    const QList<QDateTime> runs = form.nextRuns(utc("2030-01-10T12:00:00Z"), 3);
    ASSERT_EQ(runs.size(), 3);
    EXPECT_EQ(runs[0], utc("2030-01-11T01:00:00Z"));
    EXPECT_EQ(runs[2], utc("2030-01-13T01:00:00Z"));
    form.endDate = utc("2030-01-12T12:00:00Z");
    EXPECT_EQ(form.nextRuns(utc("2030-01-10T12:00:00Z"), 3).size(), 2);
    form.preset = ScheduleForm::Preset::Every5Minutes;
    form.endDate = QDateTime();
    form.startDate = utc("2030-01-10T12:02:00Z");
    // rate() counts from the start date, as the endpoint's runner does.
    const QList<QDateTime> rated = form.nextRuns(utc("2030-01-10T12:00:00Z"), 2);
    ASSERT_EQ(rated.size(), 2);
    EXPECT_EQ(rated[0], utc("2030-01-10T12:07:00Z"));
    EXPECT_EQ(rated[1], utc("2030-01-10T12:12:00Z"));
}

TEST(ScheduleForm, ValidationSaysWhatIsWrongPerField)
{
    const QDateTime now = utc("2030-01-10T12:00:00Z");
    EXPECT_TRUE(validForm().validate(now).isEmpty());

    ScheduleForm form = validForm();
    form.name = u"bad name!"_s;
    form.preset = ScheduleForm::Preset::Custom;
    form.customExpression = u"rate(1 minutes)"_s;
    form.timeZone = u"Mars/Olympus"_s;
    form.taskDefinition.clear();
    form.taskCount = 11;
    form.launch = ScheduleForm::Launch::Fargate;
    form.input = u"{\"containerOverrides\": [ {\"command\": [\"x\"]} ]}"_s;
    form.maximumEventAgeSeconds = 30;
    const auto problems = form.validate(now);
    EXPECT_EQ(fields(problems),
        QStringList({ u"name"_s, u"timeZone"_s, u"expression"_s, u"taskDefinition"_s, u"taskCount"_s, u"network"_s,
            u"input"_s, u"retry"_s }));
    EXPECT_EQ(form.problem(problems, u"name"_s), u"A name has 1 to 64 letters, digits, '.', '-' or '_'."_s);
    EXPECT_EQ(form.problem(problems, u"network"_s), u"Fargate tasks need at least one subnet."_s);
    EXPECT_EQ(form.problem(problems, u"input"_s), u"Each container override names its container (\"name\")."_s);
    EXPECT_EQ(form.problem(problems, u"taskCount"_s), u"A schedule runs 1 to 10 tasks."_s);
    EXPECT_FALSE(form.problem(problems, u"expression"_s).isEmpty());

    form = validForm();
    form.input = u"{\"containerOverrides\": ["_s;
    EXPECT_TRUE(form.problem(form.validate(now), u"input"_s).startsWith(u"The input is not JSON: "_s));
    form = validForm();
    form.preset = ScheduleForm::Preset::OnceAt;
    form.onceAt = QDateTime(QDate(2029, 1, 1), QTime(0, 0));
    EXPECT_EQ(
        form.problem(form.validate(now), u"expression"_s), u"That time has passed: the schedule would never run."_s);
    form.kind = ScheduleForm::Kind::Rule;
    form.onceAt = QDateTime(QDate(2031, 1, 1), QTime(0, 0));
    EXPECT_EQ(
        form.problem(form.validate(now), u"expression"_s), u"EventBridge rules have no at(): make it a schedule."_s);
    form = validForm();
    form.startDate = utc("2030-02-01T00:00:00Z");
    form.endDate = utc("2030-01-20T00:00:00Z");
    EXPECT_EQ(form.problem(form.validate(now), u"dates"_s), u"The end date must be after the start date."_s);
    form = validForm();
    form.subnets = { u"subnet-0abc"_s };
    form.securityGroups = { u"default"_s };
    EXPECT_EQ(form.problem(form.validate(now), u"network"_s), u"default is not a security group id (sg-...)."_s);
    form = validForm();
    form.launch = ScheduleForm::Launch::CapacityProviders;
    EXPECT_EQ(form.problem(form.validate(now), u"launch"_s), u"Name at least one capacity provider."_s);
}

TEST(ScheduleForm, TheScheduleRequestCarriesTheTargetAsSchedulerWantsIt)
{
    ScheduleForm form = validForm();
    form.preset = ScheduleForm::Preset::WeekdaysAt;
    form.time = QTime(6, 45);
    form.timeZone = u"America/New_York"_s;
    form.flexibleWindowMinutes = 10;
    form.enabled = false;
    form.taskCount = 2;
    form.launch = ScheduleForm::Launch::Fargate;
    form.subnets = { u"subnet-0a1b"_s };
    form.securityGroups = { u"sg-0c"_s };
    form.assignPublicIp = true;
    form.taskGroup = u"reports"_s;
    form.input = u"{\"containerOverrides\":[{\"name\":\"app\",\"command\":[\"run\"]}]}"_s;
    form.maximumRetryAttempts = 3;
    form.maximumEventAgeSeconds = 600;
    form.startDate = utc("2030-01-01T00:00:00Z");
    const QJsonObject request = form.scheduleRequest();
    // clang-format off
    const QJsonObject expected = QJsonDocument::fromJson(R"json({
        "GroupName": "default", "ScheduleExpression": "cron(45 6 ? * MON-FRI *)",
        "ScheduleExpressionTimezone": "America/New_York", "State": "DISABLED",
        "FlexibleTimeWindow": {"Mode": "FLEXIBLE", "MaximumWindowInMinutes": 10},
        "ActionAfterCompletion": "NONE", "StartDate": 1893456000,
        "Target": {"Arn": "arn:aws:ecs:us-east-1:123456789012:cluster/production",
            "RoleArn": "arn:aws:iam::123456789012:role/ecsEventsRole",
            "Input": "{\"containerOverrides\":[{\"name\":\"app\",\"command\":[\"run\"]}]}",
            "RetryPolicy": {"MaximumRetryAttempts": 3, "MaximumEventAgeInSeconds": 600},
            "EcsParameters": {"TaskDefinitionArn": "arn:aws:ecs:us-east-1:123456789012:task-definition/report:3",
                "TaskCount": 2, "LaunchType": "FARGATE", "Group": "reports",
                "NetworkConfiguration": {"awsvpcConfiguration": {"Subnets": ["subnet-0a1b"],
                    "SecurityGroups": ["sg-0c"], "AssignPublicIp": "ENABLED"}}}}})json")
                                     .object();
    // clang-format on
    EXPECT_EQ(request, expected) << QJsonDocument(request).toJson().toStdString();

    form.kind = ScheduleForm::Kind::Rule;
    form.timeZone.clear();
    form.launch = ScheduleForm::Launch::CapacityProviders;
    form.providers = ScheduleForm::parseProviders(u"FARGATE_SPOT:3, FARGATE:1:1"_s, nullptr);
    const QJsonObject rule = form.putRuleRequest();
    EXPECT_EQ(rule.value("ScheduleExpression"_L1).toString(), u"cron(45 6 ? * MON-FRI *)"_s);
    EXPECT_EQ(rule.value("State"_L1).toString(), u"DISABLED"_s);
    const QJsonObject target = form.ruleTarget();
    EXPECT_EQ(target.value("Id"_L1).toString(), u"ecs-task"_s);
    const QJsonArray strategy
        = target.value("EcsParameters"_L1).toObject().value("CapacityProviderStrategy"_L1).toArray();
    ASSERT_EQ(strategy.size(), 2);
    EXPECT_EQ(strategy[0].toObject(),
        (QJsonObject { { "capacityProvider"_L1, "FARGATE_SPOT"_L1 }, { "weight"_L1, 3 }, { "base"_L1, 0 } }));
    EXPECT_FALSE(target.value("EcsParameters"_L1).toObject().contains("LaunchType"_L1));
    EXPECT_EQ(ScheduleForm::providersText(form.providers), u"FARGATE_SPOT:3:0, FARGATE:1:1"_s);
    QString error;
    EXPECT_TRUE(ScheduleForm::parseProviders(u"a:b"_s, &error).isEmpty());
    EXPECT_FALSE(error.isEmpty());
}

TEST(ScheduleForm, AnExistingScheduleReadsBackIntoItsPreset)
{
    ScheduleForm form = validForm();
    form.preset = ScheduleForm::Preset::DailyAt;
    form.time = QTime(2, 0);
    form.timeZone = u"Europe/Berlin"_s;
    form.launch = ScheduleForm::Launch::Ec2;
    form.subnets = { u"subnet-1"_s };
    form.maximumRetryAttempts = 2;
    QJsonObject answer = form.scheduleRequest();
    answer.insert("Name"_L1, form.name);
    const EcsDesk::Api::ScheduledTask task = EcsDesk::Api::ScheduledTask::fromSchedule(answer);
    ASSERT_EQ(task.targets.size(), 1);
    const ScheduleForm back = ScheduleForm::fromScheduledTask(task, task.targets.first());
    EXPECT_EQ(back.preset, ScheduleForm::Preset::DailyAt);
    EXPECT_EQ(back.time, QTime(2, 0));
    EXPECT_EQ(back.timeZone, u"Europe/Berlin"_s);
    EXPECT_EQ(back.launch, ScheduleForm::Launch::Ec2);
    EXPECT_EQ(back.subnets, QStringList { u"subnet-1"_s });
    EXPECT_EQ(back.maximumRetryAttempts, 2);
    EXPECT_EQ(back.scheduleRequest(), form.scheduleRequest());

    answer.insert("ScheduleExpression"_L1, u"cron(0/10 * * * ? *)"_s);
    const EcsDesk::Api::ScheduledTask custom = EcsDesk::Api::ScheduledTask::fromSchedule(answer);
    const ScheduleForm customForm = ScheduleForm::fromScheduledTask(custom, custom.targets.first());
    EXPECT_EQ(customForm.preset, ScheduleForm::Preset::Custom);
    EXPECT_EQ(customForm.expression(), u"cron(0/10 * * * ? *)"_s);
}
