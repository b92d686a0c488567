// SPDX-License-Identifier: MIT
#include "local/simulation/scheduledtasks.h"

#include "local/api/cloudwatchhandler.h"
#include "local/domain/taskoperations.h"
#include "local/simulation/schedule.h"
#include "local/store/store.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>
#include <functional>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace EcsDesk::Local::ScheduledTasks {

namespace {
    QString tr(const char* text) { return QCoreApplication::translate("EcsDesk::Local::ScheduledTasks", text); }

    /// The first of `keys` present in `object` (Scheduler spells members in PascalCase, rules' network
    /// configuration too, while capacity provider items are camelCase in both).
    QJsonValue member(const QJsonObject& object, std::initializer_list<QLatin1String> keys)
    {
        for (const QLatin1String key : keys) {
            if (object.contains(key))
                return object.value(key);
        }
        return {};
    }

    qint64 secondsToMs(const QJsonValue& value) { return qint64(value.toDouble() * 1000.0); }

    /// A stable delay within a flexible window, so a restart or another tick picks the same time.
    qint64 flexibleDelay(const QString& key, qint64 firingMs, qint64 windowMs)
    {
        if (windowMs <= 0)
            return 0;
        const QByteArray seed = key.toUtf8() + QByteArray::number(firingMs);
        const QByteArray hash = QCryptographicHash::hash(seed, QCryptographicHash::Sha1);
        quint64 value = 0;
        for (int i = 0; i < 8; ++i)
            value = (value << 8) | quint8(hash[i]);
        return qint64(value % quint64(windowMs));
    }

    void recordInvocation(QJsonObject& record, const QJsonObject& invocation)
    {
        QJsonArray invocations = record.value(invocationsField()).toArray();
        invocations.append(invocation);
        while (invocations.size() > keptInvocations)
            invocations.removeFirst();
        record[invocationsField()] = invocations;
    }

    QLatin1String pendingField() { return pendingRetriesField(); }
    /// At most this many failed events wait for a retry per schedule or rule; the oldest goes first.
    constexpr int keptPendingRetries = 50;

    /// The delay before retry `attempt` (1, 2, ...): exponential from a minute, at most 15 minutes.
    qint64 retryDelayMs(int attempt) { return std::min<qint64>(60'000LL << std::clamp(attempt - 1, 0, 10), 900'000); }

    /// Records `invocation`, attempt `attempt` (0: the scheduled run) of the event that fired at
    /// `eventMs`, and when it failed queues the next attempt as `target`'s RetryPolicy allows
    /// (MaximumRetryAttempts, MaximumEventAgeInSeconds; AWS's defaults 185 and 86400 s).
    void recordAttempt(QJsonObject& record, QJsonObject invocation, const QJsonObject& target, qint64 eventMs,
        int attempt, qint64 atMs)
    {
        invocation["Attempt"_L1] = attempt;
        if (invocation.value("Status"_L1).toString() == "FAILED"_L1) {
            const QJsonObject policy = target.value("RetryPolicy"_L1).toObject();
            const int maxAttempts = policy.value("MaximumRetryAttempts"_L1).toInt(185);
            const qint64 maxAgeMs = qint64(policy.value("MaximumEventAgeInSeconds"_L1).toInt(86400)) * 1000;
            const qint64 nextMs = atMs + retryDelayMs(attempt + 1);
            if (attempt < maxAttempts && nextMs - eventMs <= maxAgeMs) {
                QJsonArray pending = record.value(pendingField()).toArray();
                pending.append(
                    QJsonObject { { "EventTime"_L1, double(eventMs) / 1000.0 }, { "Attempt"_L1, attempt + 1 },
                        { "At"_L1, double(nextMs) / 1000.0 }, { "TargetId"_L1, target.value("Id"_L1).toString() } });
                while (pending.size() > keptPendingRetries)
                    pending.removeFirst();
                record[pendingField()] = pending;
                invocation["NextAttemptTime"_L1] = double(nextMs) / 1000.0;
            } else {
                invocation["RetriesExhausted"_L1] = true;
            }
        }
        recordInvocation(record, invocation);
    }

    /// Makes the retries of `record` due in (fromMs, nowMs], oldest first (a retry that fails again
    /// within the interval is made again); `targetOf` finds the target by id (rules) or the
    /// schedule's target, `attempt` runs it. Returns how many retries it took off the queue.
    int runRetries(QJsonObject& record, qint64 fromMs, qint64 nowMs,
        const std::function<QJsonObject(const QString&)>& targetOf,
        const std::function<QJsonObject(const QJsonObject& target, qint64 atMs)>& attempt)
    {
        int made = 0;
        for (int guard = 0; guard < 200; ++guard) {
            QJsonArray pending = record.value(pendingField()).toArray();
            int due = -1;
            for (int i = 0; i < pending.size(); ++i) {
                const qint64 at = secondsToMs(pending.at(i).toObject().value("At"_L1));
                if (at <= nowMs && (due < 0 || at < secondsToMs(pending.at(due).toObject().value("At"_L1))))
                    due = i;
            }
            if (due < 0)
                break;
            const QJsonObject retry = pending.at(due).toObject();
            pending.removeAt(due);
            record[pendingField()] = pending;
            ++made;
            const qint64 atMs = std::max(secondsToMs(retry.value("At"_L1)), fromMs + 1);
            const QJsonObject target = targetOf(retry.value("TargetId"_L1).toString());
            if (target.isEmpty() || !target.contains("EcsParameters"_L1))
                continue; // the target went: its retries go with it
            QJsonObject invocation = attempt(target, atMs);
            recordAttempt(record, invocation, target, secondsToMs(retry.value("EventTime"_L1)),
                retry.value("Attempt"_L1).toInt(), atMs);
        }
        if (record.value(pendingField()).toArray().isEmpty())
            record.remove(pendingField());
        return made;
    }

    void count(Store& store, const QString& nameSpace, const QString& metric, const QJsonArray& dimensions, qint64 atMs,
        double value)
    {
        const qint64 minute = atMs - atMs % 60'000;
        CloudWatchHandler::record(store, nameSpace, metric, dimensions, minute, 1, value, value, value, "Count"_L1);
    }

    /// The firings of `schedule` whose (delayed) run time falls in (fromMs, nowMs], oldest first.
    QList<qint64> dueRuns(const Schedule& schedule, const QString& key, qint64 anchorMs, qint64 windowMs,
        qint64 startMs, qint64 endMs, qint64 fromMs, qint64 nowMs)
    {
        QList<qint64> runs;
        qint64 after = fromMs - windowMs;
        for (int guard = 0; guard < 1000 && runs.size() < 10; ++guard) {
            const std::optional<qint64> firing = schedule.firstFiring(after, nowMs, anchorMs);
            if (!firing)
                break;
            after = *firing;
            if ((startMs > 0 && *firing < startMs) || (endMs > 0 && *firing > endMs))
                continue;
            const qint64 runAt = *firing + flexibleDelay(key, *firing, windowMs);
            if (runAt > fromMs && runAt <= nowMs)
                runs.append(runAt);
        }
        std::sort(runs.begin(), runs.end());
        return runs;
    }

    void stepSchedules(const EndpointContext& context, TaskOperations& ecs, qint64 fromMs, qint64 nowMs)
    {
        Store& store = *context.store;
        QStringList finished;
        QList<std::pair<QString, QJsonObject>> changed;
        for (const auto& [key, schedule] : store.collection(Kind::Schedule)) {
            const QJsonObject target = schedule.value("Target"_L1).toObject();
            const bool enabled = schedule.value("State"_L1).toString() == "ENABLED"_L1;
            QString error;
            const std::optional<Schedule> parsed = Schedule::parse(schedule.value("ScheduleExpression"_L1).toString(),
                schedule.value("ScheduleExpressionTimezone"_L1).toString(), &error);
            if (!parsed)
                continue;
            const qint64 startMs = secondsToMs(schedule.value("StartDate"_L1));
            const qint64 endMs = secondsToMs(schedule.value("EndDate"_L1));
            const qint64 anchorMs = startMs > 0 ? startMs : secondsToMs(schedule.value("CreationDate"_L1));
            const QJsonObject window = schedule.value("FlexibleTimeWindow"_L1).toObject();
            const qint64 windowMs = window.value("Mode"_L1).toString() == "FLEXIBLE"_L1
                ? qint64(window.value("MaximumWindowInMinutes"_L1).toInt()) * 60'000
                : 0;
            QList<qint64> runs;
            if (enabled)
                runs = dueRuns(*parsed, key, anchorMs, windowMs, startMs, endMs, fromMs, nowMs);
            const QString group = schedule.value("GroupName"_L1).toString();
            const QJsonArray groupDimension { QJsonObject {
                { "Name"_L1, "ScheduleGroup"_L1 }, { "Value"_L1, group } } };
            const QString name = schedule.value("Name"_L1).toString();
            const auto attempt = [&](const QJsonObject& runTarget, qint64 atMs) {
                const QJsonObject invocation
                    = invoke(ecs, runTarget.value("Arn"_L1).toString(), runTarget.value("EcsParameters"_L1).toObject(),
                        runTarget.value("Input"_L1).toString(), startedBy(true, name), true, atMs);
                const bool failed = invocation.value("Status"_L1).toString() == "FAILED"_L1;
                for (const QJsonArray& dimensions : { QJsonArray(), groupDimension }) {
                    count(store, "AWS/Scheduler"_L1, "InvocationAttemptCount"_L1, dimensions, atMs, 1);
                    count(store, "AWS/Scheduler"_L1, "TargetErrorCount"_L1, dimensions, atMs, failed ? 1 : 0);
                }
                return invocation;
            };
            QJsonObject updated = schedule;
            bool touched = false;
            if (schedule.contains(pendingField()))
                touched = runRetries(
                              updated, fromMs, nowMs, [&target](const QString&) { return target; }, attempt)
                    > 0;
            if (!runs.isEmpty() && target.contains("EcsParameters"_L1)) {
                for (const qint64 runAt : std::as_const(runs))
                    recordAttempt(updated, attempt(target, runAt), target, runAt, 0, runAt);
                touched = true;
            }
            if (touched)
                changed.append({ key, updated });
            // Finished: a one-time schedule that ran (or whose time passed), or one past its EndDate.
            const bool done
                = (parsed->isOneTime()
                      && !parsed->firstFiring(nowMs - windowMs, std::numeric_limits<qint64>::max() / 2, anchorMs))
                || (endMs > 0 && nowMs > endMs + windowMs);
            const bool retrying = updated.contains(pendingField());
            if (done && !retrying && schedule.value("ActionAfterCompletion"_L1).toString() == "DELETE"_L1)
                finished.append(key);
        }
        for (const auto& [key, record] : std::as_const(changed))
            store.put(Kind::Schedule, key, record);
        for (const QString& key : std::as_const(finished))
            store.remove(Kind::Schedule, key);
    }

    void stepRules(const EndpointContext& context, TaskOperations& ecs, qint64 fromMs, qint64 nowMs)
    {
        Store& store = *context.store;
        QList<std::pair<QString, QJsonObject>> changed;
        for (const auto& [key, rule] : store.collection(Kind::EventRule)) {
            const QString name = rule.value("Name"_L1).toString();
            const QJsonArray dimensions { QJsonObject { { "Name"_L1, "RuleName"_L1 }, { "Value"_L1, name } } };
            const auto attempt = [&](const QJsonObject& target, qint64 atMs) {
                QJsonObject invocation
                    = invoke(ecs, target.value("Arn"_L1).toString(), target.value("EcsParameters"_L1).toObject(),
                        target.value("Input"_L1).toString(), startedBy(false, name), false, atMs);
                invocation["TargetId"_L1] = target.value("Id"_L1);
                const bool failed = invocation.value("Status"_L1).toString() == "FAILED"_L1;
                count(store, "AWS/Events"_L1, "Invocations"_L1, dimensions, atMs, 1);
                count(store, "AWS/Events"_L1, "FailedInvocations"_L1, dimensions, atMs, failed ? 1 : 0);
                return invocation;
            };
            QJsonObject updated = rule;
            bool touched = false;
            if (rule.contains(pendingField())) {
                const QJsonArray targets = rule.value("Targets"_L1).toArray();
                touched = runRetries(
                              updated, fromMs, nowMs,
                              [&targets](const QString& id) {
                                  for (const QJsonValue& value : targets) {
                                      if (value.toObject().value("Id"_L1).toString() == id)
                                          return value.toObject();
                                  }
                                  return QJsonObject();
                              },
                              attempt)
                    > 0;
            }
            QList<qint64> runs;
            QString error;
            const std::optional<Schedule> parsed = rule.value("State"_L1).toString() == "ENABLED"_L1
                ? Schedule::parse(rule.value("ScheduleExpression"_L1).toString(), QString(), &error)
                : std::nullopt;
            if (parsed && rule.contains("ScheduleExpression"_L1))
                runs = dueRuns(*parsed, key, secondsToMs(rule.value("EcsDeskCreated"_L1)), 0, 0, 0, fromMs, nowMs);
            for (const qint64 runAt : std::as_const(runs)) {
                count(store, "AWS/Events"_L1, "TriggeredRules"_L1, dimensions, runAt, 1);
                for (const QJsonValue& value : rule.value("Targets"_L1).toArray()) {
                    const QJsonObject target = value.toObject();
                    if (target.contains("EcsParameters"_L1))
                        recordAttempt(updated, attempt(target, runAt), target, runAt, 0, runAt);
                }
                touched = true;
            }
            if (touched)
                changed.append({ key, updated });
        }
        for (const auto& [key, record] : std::as_const(changed))
            store.put(Kind::EventRule, key, record);
    }
} // namespace

QString checkEcsParameters(const QString& targetArn, const QJsonObject& ecs, bool scheduler)
{
    static const QRegularExpression clusterArn(QStringLiteral("^arn:aws[a-z-]*:ecs:[a-z0-9-]+:\\d{12}:cluster/.+$"));
    if (!clusterArn.match(targetArn).hasMatch())
        return tr("The target %1 is not an Amazon ECS cluster ARN; EcsParameters need one.").arg(targetArn);
    if (ecs.value("TaskDefinitionArn"_L1).toString().isEmpty())
        return tr("1 validation error detected: Value null at 'target.ecsParameters.taskDefinitionArn' failed to "
                  "satisfy constraint: Member must not be null");
    const QJsonValue taskCount = ecs.value("TaskCount"_L1);
    if (!taskCount.isUndefined() && !taskCount.isNull()) {
        const int n = taskCount.toInt(-1);
        if (n < 1 || (scheduler && n > 10))
            return scheduler ? tr("1 validation error detected: Value '%1' at 'target.ecsParameters.taskCount' failed "
                                  "to satisfy constraint: Member must have value between 1 and 10")
                                   .arg(taskCount.toVariant().toString())
                             : tr("TaskCount must be at least 1.");
    }
    const QString launchType = ecs.value("LaunchType"_L1).toString();
    if (!launchType.isEmpty() && launchType != "EC2"_L1 && launchType != "FARGATE"_L1 && launchType != "EXTERNAL"_L1)
        return tr("1 validation error detected: Value '%1' at 'target.ecsParameters.launchType' failed to satisfy "
                  "constraint: Member must satisfy enum value set: [EC2, FARGATE, EXTERNAL]")
            .arg(launchType);
    const QJsonObject network = member(ecs, { "NetworkConfiguration"_L1 }).toObject();
    const QJsonObject vpc = member(network, { "awsvpcConfiguration"_L1, "AwsvpcConfiguration"_L1 }).toObject();
    if (!network.isEmpty() && member(vpc, { "Subnets"_L1 }).toArray().isEmpty())
        return tr("1 validation error detected: Value null at 'target.ecsParameters.networkConfiguration."
                  "awsvpcConfiguration.subnets' failed to satisfy constraint: Member must not be null");
    return {};
}

QString startedBy(bool scheduler, const QString& name)
{
    const QString full = (scheduler ? "chronos-schedule/"_L1 : "events-rule/"_L1) + name;
    return full.left(36);
}

QJsonObject runTaskRequest(
    const QString& clusterArn, const QJsonObject& ecs, const QString& input, const QString& startedBy, bool scheduler)
{
    QJsonObject request { { "cluster"_L1, clusterArn },
        { "taskDefinition"_L1, ecs.value("TaskDefinitionArn"_L1).toString() },
        { "count"_L1, ecs.value("TaskCount"_L1).toInt(1) }, { "startedBy"_L1, startedBy } };
    const std::pair<QLatin1String, QLatin1String> plain[] = { { "LaunchType"_L1, "launchType"_L1 },
        { "PlatformVersion"_L1, "platformVersion"_L1 }, { "Group"_L1, "group"_L1 },
        { "PropagateTags"_L1, "propagateTags"_L1 }, { "ReferenceId"_L1, "referenceId"_L1 },
        { "EnableECSManagedTags"_L1, "enableECSManagedTags"_L1 },
        { "EnableExecuteCommand"_L1, "enableExecuteCommand"_L1 },
        { "CapacityProviderStrategy"_L1, "capacityProviderStrategy"_L1 },
        { "PlacementConstraints"_L1, "placementConstraints"_L1 }, { "PlacementStrategy"_L1, "placementStrategy"_L1 } };
    for (const auto& [from, to] : plain) {
        if (ecs.contains(from))
            request[to] = ecs.value(from);
    }
    const QJsonObject network = ecs.value("NetworkConfiguration"_L1).toObject();
    const QJsonObject vpc = member(network, { "awsvpcConfiguration"_L1, "AwsvpcConfiguration"_L1 }).toObject();
    if (!vpc.isEmpty()) {
        QJsonObject awsvpc { { "subnets"_L1, vpc.value("Subnets"_L1) } };
        if (vpc.contains("SecurityGroups"_L1))
            awsvpc["securityGroups"_L1] = vpc.value("SecurityGroups"_L1);
        if (vpc.contains("AssignPublicIp"_L1))
            awsvpc["assignPublicIp"_L1] = vpc.value("AssignPublicIp"_L1);
        request["networkConfiguration"_L1] = QJsonObject { { "awsvpcConfiguration"_L1, awsvpc } };
    }
    // Tags: Scheduler sends a list of {key: value} maps, rules a list of {Key, Value}.
    QJsonArray tags;
    for (const QJsonValue& value : ecs.value("Tags"_L1).toArray()) {
        const QJsonObject tag = value.toObject();
        if (!scheduler || tag.contains("Key"_L1)) {
            tags.append(QJsonObject { { "key"_L1, tag.value("Key"_L1) }, { "value"_L1, tag.value("Value"_L1) } });
            continue;
        }
        for (auto it = tag.begin(); it != tag.end(); ++it)
            tags.append(QJsonObject { { "key"_L1, it.key() }, { "value"_L1, it.value() } });
    }
    if (!tags.isEmpty())
        request["tags"_L1] = tags;
    if (!input.isEmpty()) {
        const QJsonObject overrides = QJsonDocument::fromJson(input.toUtf8()).object();
        if (!overrides.isEmpty())
            request["overrides"_L1] = overrides;
    }
    return request;
}

QJsonObject invoke(TaskOperations& ecs, const QString& targetArn, const QJsonObject& ecsParameters,
    const QString& input, const QString& startedBy, bool scheduler, qint64 atMs)
{
    QJsonObject invocation { { "Time"_L1, double(atMs) / 1000.0 } };
    QJsonArray taskArns;
    try {
        const QJsonObject answer = ecs.runTask(runTaskRequest(targetArn, ecsParameters, input, startedBy, scheduler));
        for (const QJsonValue& task : answer.value("tasks"_L1).toArray())
            taskArns.append(task.toObject().value("taskArn"_L1));
        const QJsonArray failures = answer.value("failures"_L1).toArray();
        if (!failures.isEmpty()) {
            QStringList reasons;
            for (const QJsonValue& failure : failures)
                reasons.append(failure.toObject().value("reason"_L1).toString());
            invocation["ErrorCode"_L1] = "RunTaskFailures"_L1;
            invocation["ErrorMessage"_L1] = tr("RunTask placed %1 of %2 tasks: %3")
                                                .arg(taskArns.size())
                                                .arg(taskArns.size() + failures.size())
                                                .arg(reasons.join(QStringLiteral(", ")));
        }
    } catch (const ApiError& error) {
        invocation["ErrorCode"_L1] = error.code;
        invocation["ErrorMessage"_L1] = error.message;
    }
    invocation["TaskArns"_L1] = taskArns;
    invocation["Status"_L1] = invocation.contains("ErrorCode"_L1) ? "FAILED"_L1 : "SUCCEEDED"_L1;
    return invocation;
}

void step(const EndpointContext& context, TaskOperations& ecs, qint64 fromMs, qint64 nowMs)
{
    if (nowMs <= fromMs)
        return;
    stepSchedules(context, ecs, fromMs, nowMs);
    stepRules(context, ecs, fromMs, nowMs);
}

} // namespace EcsDesk::Local::ScheduledTasks
