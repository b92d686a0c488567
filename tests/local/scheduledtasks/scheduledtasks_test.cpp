// SPDX-License-Identifier: MIT
#include "local/api/eventshandler.h"
#include "local/api/schedulerhandler.h"
#include "local/clock.h"
#include "local/domain/taskoperations.h"
#include "local/simulation/schedule.h"
#include "local/simulation/scheduledtasks.h"
#include "local/store/store.h"

#include <QJsonDocument>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace EcsDesk::Local;

namespace {

QString s(const char* text) { return QString::fromLatin1(text); }

qint64 utc(const char* iso) { return QDateTime::fromString(s(iso), Qt::ISODate).toMSecsSinceEpoch(); }

std::string utcText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate).toStdString();
}

TEST(ScheduleExpression, CronInATimeZoneFiresAtTheRightUtcTimeAcrossDaylightSaving)
{
    QString error;
    // 09:30 in New York: 14:30 UTC in winter (EST), 13:30 UTC once daylight saving starts (8 March 2026).
    const auto schedule = Schedule::parseEventBridge(s("cron(30 9 * * ? *)"), s("America/New_York"), true, &error);
    ASSERT_TRUE(schedule) << error.toStdString();
    const QList<qint64> runs = schedule->nextFirings(utc("2026-03-06T00:00:00Z"), 4, 0);
    ASSERT_EQ(runs.size(), 4);
    EXPECT_EQ(utcText(runs[0]), "2026-03-06T14:30:00Z");
    EXPECT_EQ(utcText(runs[1]), "2026-03-07T14:30:00Z");
    EXPECT_EQ(utcText(runs[2]), "2026-03-08T13:30:00Z");
    EXPECT_EQ(utcText(runs[3]), "2026-03-09T13:30:00Z");

    // Weekdays at 02:00 in Tokyo: 17:00 UTC the day before.
    const auto tokyo = Schedule::parseEventBridge(s("cron(0 2 ? * MON-FRI *)"), s("Asia/Tokyo"), true, &error);
    ASSERT_TRUE(tokyo) << error.toStdString();
    const QList<qint64> tokyoRuns = tokyo->nextFirings(utc("2026-12-04T00:00:00Z"), 2, 0); // a Friday
    ASSERT_EQ(tokyoRuns.size(), 2);
    EXPECT_EQ(utcText(tokyoRuns[0]), "2026-12-06T17:00:00Z"); // Monday 02:00 JST
    EXPECT_EQ(utcText(tokyoRuns[1]), "2026-12-07T17:00:00Z");

    // at() in a zone.
    const auto once = Schedule::parseEventBridge(s("at(2026-12-24T18:00:00)"), s("Europe/Berlin"), true, &error);
    ASSERT_TRUE(once) << error.toStdString();
    EXPECT_EQ(once->nextFirings(utc("2026-12-01T00:00:00Z"), 3, 0), QList<qint64> { utc("2026-12-24T17:00:00Z") });
    EXPECT_TRUE(once->isOneTime());
}

TEST(ScheduleExpression, EventBridgeRefusesWhatTheServicesRefuse)
{
    QString error;
    for (const char* good : { "rate(1 minute)", "rate(5 minutes)", "rate(1 hour)", "rate(2 days)", "cron(0 12 * * ? *)",
             "cron(0/15 * ? * MON-FRI *)", "at(2026-12-24T18:00:00)" })
        EXPECT_TRUE(Schedule::parseEventBridge(s(good), {}, true, &error)) << good << error.toStdString();
    for (const char* bad : { "rate(1 minutes)", "rate(5 minute)", "rate(0 minutes)", "cron(0 12 * * *)",
             "cron(0 12 * * MON *)", "cron(0 12 ? * ? *)", "at(2026-12-24)", "every(5 minutes)", "rate(5)" }) {
        EXPECT_FALSE(Schedule::parseEventBridge(s(bad), {}, true, &error)) << bad;
        EXPECT_EQ(error.toStdString(), "Invalid Schedule Expression " + std::string(bad) + ".");
    }
    // Rules have no at().
    EXPECT_FALSE(Schedule::parseEventBridge(s("at(2026-12-24T18:00:00)"), {}, false, &error));
    EXPECT_FALSE(Schedule::parseEventBridge(s("rate(5 minutes)"), s("Mars/Olympus"), true, &error));
}

/// Records the RunTask requests; answers with one task each, or throws what it is told to.
class FakeTasks : public TaskOperations {
public:
    QString arn(const QString& resource) const override { return s("arn:aws:ecs:us-east-1:123456789012:") + resource; }
    QJsonArray startServiceTasks(
        const QString&, const QString&, const QString&, int, QJsonArray*, const QStringList&) override
    {
        return {};
    }
    QJsonObject runTask(const QJsonObject& request) override
    {
        requests.append(request);
        if (!failWith.code.isEmpty())
            throw failWith;
        QJsonArray tasks;
        for (int i = 0; i < request.value(s("count")).toInt(1); ++i)
            tasks.append(QJsonObject { { s("taskArn"), arn(s("task/jobs/%1%2").arg(requests.size()).arg(i)) } });
        return { { s("tasks"), tasks }, { s("failures"), QJsonArray() } };
    }
    const QJsonObject* findTaskDefinition(const QString&) const override { return nullptr; }
    void stopTaskRecord(const QString&, const QString&, const QString&) override { }
    void setDrainsOverTime(bool) override { }

    QList<QJsonObject> requests;
    ApiError failWith;
};

class ScheduledTasksTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        QString error;
        ASSERT_TRUE(m_store.open(m_dir.path(), &error)) << error.toStdString();
        m_context = EndpointContext { &m_store, &m_clock, s("us-east-1"), s("123456789012") };
    }

    QJsonObject call(ServiceHandler& handler, const char* operation, const QJsonObject& input)
    {
        m_store.begin();
        QJsonObject out;
        try {
            out = handler.handle(s(operation), input);
        } catch (const ApiError& error) {
            m_store.rollback();
            throw;
        }
        QString error;
        EXPECT_TRUE(m_store.commit(&error)) << error.toStdString();
        return out;
    }

    QJsonObject schedule(const char* name, const char* expression, const char* state = "ENABLED")
    {
        return { { s("Name"), s(name) }, { s("ScheduleExpression"), s(expression) }, { s("State"), s(state) },
            { s("FlexibleTimeWindow"), QJsonObject { { s("Mode"), s("OFF") } } },
            { s("Target"),
                QJsonObject { { s("Arn"), s("arn:aws:ecs:us-east-1:123456789012:cluster/jobs") },
                    { s("RoleArn"), s("arn:aws:iam::123456789012:role/scheduler") },
                    { s("Input"), s(R"({"containerOverrides":[{"name":"app","command":["report","--daily"]}]})") },
                    { s("EcsParameters"),
                        QJsonObject { { s("TaskDefinitionArn"), s("report:1") }, { s("TaskCount"), 2 },
                            { s("LaunchType"), s("FARGATE") }, { s("Group"), s("nightly") },
                            { s("NetworkConfiguration"),
                                QJsonObject { { s("awsvpcConfiguration"),
                                    QJsonObject { { s("Subnets"), QJsonArray { s("subnet-1") } },
                                        { s("AssignPublicIp"), s("ENABLED") } } } } } } } } } };
    }

    /// Moves the clock and runs the due schedules over the step, as the simulation's tick does.
    void advance(qint64 ms)
    {
        const qint64 from = m_clock.now().toMSecsSinceEpoch();
        m_clock.advance(ms);
        QString error;
        ASSERT_TRUE(m_store.transact(
            [&] { ScheduledTasks::step(m_context, m_tasks, from, m_clock.now().toMSecsSinceEpoch()); }, &error))
            << error.toStdString();
    }

    QTemporaryDir m_dir;
    Store m_store;
    ManualClock m_clock { QDateTime::fromString(s("2026-12-03T10:00:30Z"), Qt::ISODate) };
    EndpointContext m_context;
    FakeTasks m_tasks;
};

TEST_F(ScheduledTasksTest, AnEnabledRateScheduleRunsItsTaskEachMinuteAndADisabledOneDoesNot)
{
    SchedulerHandler scheduler(m_context);
    call(scheduler, "CreateSchedule", schedule("every-minute", "rate(1 minute)"));
    call(scheduler, "CreateSchedule", schedule("paused", "rate(1 minute)", "DISABLED"));

    advance(59'000);
    EXPECT_TRUE(m_tasks.requests.isEmpty());
    advance(1'000); // a minute after creation
    ASSERT_EQ(m_tasks.requests.size(), 1);
    const QJsonObject request = m_tasks.requests.first();
    EXPECT_EQ(request.value(s("startedBy")).toString(), s("chronos-schedule/every-minute"));
    EXPECT_EQ(request.value(s("cluster")).toString(), s("arn:aws:ecs:us-east-1:123456789012:cluster/jobs"));
    EXPECT_EQ(request.value(s("taskDefinition")).toString(), s("report:1"));
    EXPECT_EQ(request.value(s("count")).toInt(), 2);
    EXPECT_EQ(request.value(s("launchType")).toString(), s("FARGATE"));
    EXPECT_EQ(request.value(s("group")).toString(), s("nightly"));
    EXPECT_EQ(request.value(s("networkConfiguration")).toObject().value(s("awsvpcConfiguration")).toObject(),
        (QJsonObject { { s("subnets"), QJsonArray { s("subnet-1") } }, { s("assignPublicIp"), s("ENABLED") } }));
    EXPECT_EQ(request.value(s("overrides"))
                  .toObject()
                  .value(s("containerOverrides"))
                  .toArray()
                  .first()
                  .toObject()
                  .value(s("command"))
                  .toArray()
                  .size(),
        2);
    advance(120'000);
    EXPECT_EQ(m_tasks.requests.size(), 3);

    const QJsonObject stored = call(scheduler, "GetSchedule", { { s("Name"), s("every-minute") } });
    const QJsonArray invocations = stored.value(ScheduledTasks::invocationsField()).toArray();
    ASSERT_EQ(invocations.size(), 3);
    EXPECT_EQ(invocations.last().toObject().value(s("Status")).toString(), s("SUCCEEDED"));
    EXPECT_EQ(invocations.last().toObject().value(s("TaskArns")).toArray().size(), 2);
    EXPECT_FALSE(
        call(scheduler, "GetSchedule", { { s("Name"), s("paused") } }).contains(ScheduledTasks::invocationsField()));
}

TEST_F(ScheduledTasksTest, StartAndEndDatesBoundTheRunsAndAFinishedOneTimeScheduleIsDeleted)
{
    SchedulerHandler scheduler(m_context);
    QJsonObject later = schedule("later", "rate(1 minute)");
    later[s("StartDate")] = double(m_clock.now().addSecs(300).toMSecsSinceEpoch()) / 1000.0;
    later[s("EndDate")] = double(m_clock.now().addSecs(430).toMSecsSinceEpoch()) / 1000.0;
    call(scheduler, "CreateSchedule", later);
    QJsonObject once = schedule("once", "at(2026-12-03T10:02:00)");
    once[s("ActionAfterCompletion")] = s("DELETE");
    call(scheduler, "CreateSchedule", once);

    advance(120'000); // 10:02:30: the at() ran, "later" has not started
    ASSERT_EQ(m_tasks.requests.size(), 1);
    EXPECT_EQ(m_tasks.requests.first().value(s("startedBy")).toString(), s("chronos-schedule/once"));
    EXPECT_THROW(call(scheduler, "GetSchedule", { { s("Name"), s("once") } }), ApiError);

    advance(600'000); // "later" runs at start + 1 min and start + 2 min, then its EndDate passed
    int later_runs = 0;
    for (const QJsonObject& request : m_tasks.requests)
        later_runs += request.value(s("startedBy")).toString() == s("chronos-schedule/later");
    EXPECT_EQ(later_runs, 2);
}

TEST_F(ScheduledTasksTest, AFailedInvocationIsRecordedWithTheEcsError)
{
    SchedulerHandler scheduler(m_context);
    call(scheduler, "CreateSchedule", schedule("broken", "rate(1 minute)"));
    m_tasks.failWith = { s("ClientException"), s("Unable to describe task definition."), 400 };
    advance(60'000);
    const QJsonObject stored = call(scheduler, "GetSchedule", { { s("Name"), s("broken") } });
    const QJsonObject invocation = stored.value(ScheduledTasks::invocationsField()).toArray().last().toObject();
    EXPECT_EQ(invocation.value(s("Status")).toString(), s("FAILED"));
    EXPECT_EQ(invocation.value(s("ErrorCode")).toString(), s("ClientException"));
    EXPECT_EQ(invocation.value(s("ErrorMessage")).toString(), s("Unable to describe task definition."));
    bool errorCounted = false;
    for (const auto& [key, point] : m_store.collection(Kind::MetricDatum))
        errorCounted = errorCounted || (key.contains(s("TargetErrorCount")) && point.value(s("sum")).toDouble() == 1);
    EXPECT_TRUE(errorCounted);
}

TEST_F(ScheduledTasksTest, AnEventBridgeRuleRunsItsEcsTargetsWhileEnabled)
{
    EventsHandler events(m_context);
    call(events, "PutRule",
        { { s("Name"), s("nightly-report-for-the-finance-team") }, { s("ScheduleExpression"), s("rate(5 minutes)") } });
    const QJsonObject put = call(events, "PutTargets",
        { { s("Rule"), s("nightly-report-for-the-finance-team") },
            { s("Targets"),
                QJsonArray { QJsonObject { { s("Id"), s("report") },
                    { s("Arn"), s("arn:aws:ecs:us-east-1:123456789012:cluster/jobs") },
                    { s("RoleArn"), s("arn:aws:iam::123456789012:role/events") },
                    { s("EcsParameters"),
                        QJsonObject { { s("TaskDefinitionArn"), s("report:1") }, { s("LaunchType"), s("EC2") },
                            { s("Tags"),
                                QJsonArray { QJsonObject {
                                    { s("Key"), s("team") }, { s("Value"), s("finance") } } } } } } } } } });
    EXPECT_EQ(put.value(s("FailedEntryCount")).toInt(), 0);
    advance(300'000);
    ASSERT_EQ(m_tasks.requests.size(), 1);
    const QJsonObject request = m_tasks.requests.first();
    // startedBy is cut to ECS's 36 characters, as EventBridge does.
    EXPECT_EQ(request.value(s("startedBy")).toString(), s("events-rule/nightly-report-for-the-f"));
    EXPECT_EQ(request.value(s("count")).toInt(), 1);
    EXPECT_EQ(request.value(s("tags")).toArray().first().toObject(),
        (QJsonObject { { s("key"), s("team") }, { s("value"), s("finance") } }));

    call(events, "DisableRule", { { s("Name"), s("nightly-report-for-the-finance-team") } });
    advance(600'000);
    EXPECT_EQ(m_tasks.requests.size(), 1);
    call(events, "EnableRule", { { s("Name"), s("nightly-report-for-the-finance-team") } });
    advance(300'000);
    EXPECT_EQ(m_tasks.requests.size(), 2);
}

} // namespace

TEST_F(ScheduledTasksTest, AFailedRunIsRetriedAsTheRetryPolicyAllowsAndAOneTimeScheduleWaitsForItsRetries)
{
    SchedulerHandler scheduler(m_context);
    const auto withRetries = [this](const char* name, int attempts, const char* after) {
        QJsonObject once = schedule(name, "at(2026-12-03T10:01:00)");
        once[s("ActionAfterCompletion")] = s(after);
        QJsonObject target = once.value(s("Target")).toObject();
        target[s("RetryPolicy")]
            = QJsonObject { { s("MaximumRetryAttempts"), attempts }, { s("MaximumEventAgeInSeconds"), 3600 } };
        once[s("Target")] = target;
        return once;
    };
    call(scheduler, "CreateSchedule", withRetries("once", 2, "NONE"));
    call(scheduler, "CreateSchedule", withRetries("gone", 1, "DELETE"));
    const auto invocations = [&](const char* name) {
        return call(scheduler, "GetSchedule", { { s("Name"), s(name) } })
            .value(ScheduledTasks::invocationsField())
            .toArray();
    };
    m_tasks.failWith = { s("ClientException"), s("Unable to describe task definition."), 400 };

    advance(60'000); // 10:01:30: both runs (10:01:00) failed; retries are due a minute later
    ASSERT_EQ(m_tasks.requests.size(), 2);
    const QJsonObject first = invocations("once").first().toObject();
    EXPECT_EQ(first.value(s("Attempt")).toInt(), 0);
    EXPECT_DOUBLE_EQ(first.value(s("NextAttemptTime")).toDouble() - first.value(s("Time")).toDouble(), 60.0);
    EXPECT_EQ(invocations("gone").size(), 1); // a one-time DELETE schedule waits for its retries

    advance(60'000); // 10:02:30: the retries (10:02:00) failed; "gone" has none left and is deleted
    ASSERT_EQ(m_tasks.requests.size(), 4);
    EXPECT_THROW(call(scheduler, "GetSchedule", { { s("Name"), s("gone") } }), ApiError);
    advance(60'000); // 10:03:30: the next retry of "once" is two minutes after the first
    EXPECT_EQ(m_tasks.requests.size(), 4);

    m_tasks.failWith = {};
    advance(60'000); // 10:04:30: the second retry (10:04:00) started the task
    ASSERT_EQ(m_tasks.requests.size(), 5);
    const QJsonArray runs = invocations("once");
    ASSERT_EQ(runs.size(), 3);
    QList<int> attempts;
    QStringList statuses;
    for (const QJsonValue& run : runs) {
        attempts.append(run.toObject().value(s("Attempt")).toInt());
        statuses.append(run.toObject().value(s("Status")).toString());
    }
    EXPECT_EQ(attempts, (QList<int> { 0, 1, 2 }));
    EXPECT_EQ(statuses, (QStringList { s("FAILED"), s("FAILED"), s("SUCCEEDED") }));
    EXPECT_EQ(runs[2].toObject().value(s("TaskArns")).toArray().size(), 2);
    const QJsonObject* stored = m_store.find(Kind::Schedule, SchedulerHandler::scheduleKey(s("default"), s("once")));
    ASSERT_NE(stored, nullptr);
    EXPECT_FALSE(stored->contains(ScheduledTasks::pendingRetriesField())); // nothing left to retry
    advance(600'000);
    EXPECT_EQ(m_tasks.requests.size(), 5);
}
