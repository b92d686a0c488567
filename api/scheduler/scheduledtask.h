// SPDX-License-Identifier: MIT
#pragma once

#include "api/ecs/requests.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace EcsDesk::Api {

/// One run of a schedule or rule as ecsdesk-local records it (the EcsDeskInvocations extension of
/// GetSchedule and DescribeRule/ListRules answers; AWS keeps no such history, so against AWS the
/// list is empty).
struct ScheduleInvocation {
    QDateTime time;
    bool succeeded = false;
    QStringList taskArns;
    QString errorCode;
    QString errorMessage;
    QString targetId; ///< rules: which target
    int attempt = 0; ///< 0: the scheduled run; 1, 2, ...: retries of a failed one (RetryPolicy)
    QDateTime nextAttempt; ///< a failed attempt: when the next retry is due (invalid: none)
    bool retriesExhausted = false; ///< a failed attempt after which no retry follows
    bool operator==(const ScheduleInvocation&) const = default;
};

/// The ECS part of a schedule's or rule's target: what RunTask gets.
struct EcsTarget {
    QString id; ///< rules: the target id
    QString clusterArn;
    QString taskDefinition;
    int taskCount = 1;
    QString launchType;
    QJsonArray capacityProviderStrategy;
    QJsonObject networkConfiguration;
    QString platformVersion;
    QString group;
    QString input; ///< the target's Input: container overrides as JSON text
    QString roleArn;
    QJsonObject raw;
    bool operator==(const EcsTarget&) const = default;
};

/// A task definition run on a schedule: an EventBridge Scheduler schedule or an EventBridge rule
/// with ECS targets, decoded from GetSchedule or ListRules + ListTargetsByRule answers.
struct ScheduledTask {
    enum class Source { Schedule, Rule };
    Source source = Source::Schedule;
    QString name;
    QString group; ///< the schedule group; empty for rules
    QString arn;
    QString expression;
    QString timeZone; ///< IANA name; empty = UTC
    bool enabled = true;
    QString description;
    QDateTime startDate;
    QDateTime endDate;
    QDateTime created; ///< where a rate() counts from (schedules: CreationDate)
    int flexibleWindowMinutes = 0; ///< 0: Mode OFF
    QString actionAfterCompletion;
    QList<EcsTarget> targets;
    QList<ScheduleInvocation> invocations; ///< oldest first
    QJsonObject raw;

    static ScheduledTask fromSchedule(const QJsonObject& getScheduleAnswer);
    static ScheduledTask fromRule(const QJsonObject& rule, const QJsonArray& targets);

    /// Whether a target runs in `cluster` (a name or an ARN).
    bool targetsCluster(const QString& cluster) const;
    /// startedBy of the tasks it starts, as AWS sets it (chronos-schedule/<name>, events-rule/<name>).
    QString startedBy() const;
    /// The next `count` run times after `after` (none when disabled or not parsable), within the
    /// start and end dates.
    QList<QDateTime> nextRuns(const QDateTime& after, int count) const;
    /// RunTask for `target` now, as the schedule or rule would run it (Run Now): cluster, task
    /// definition, count, launch type, network configuration, group, the Input's container overrides
    /// and startedBy().
    RunTaskRequest runNowRequest(const EcsTarget& target) const;
    /// UpdateSchedule's members for this schedule as it is (from its GetSchedule answer), with
    /// State set to `enabled`: UpdateSchedule replaces the whole schedule, so Enable/Disable send it all.
    QJsonObject updateScheduleRequest(bool enabled) const;
    /// The newest invocation, if any.
    const ScheduleInvocation* lastRun() const { return invocations.isEmpty() ? nullptr : &invocations.last(); }
    bool operator==(const ScheduledTask&) const = default;
};

} // namespace EcsDesk::Api
