// SPDX-License-Identifier: MIT
#pragma once

#include "local/api/servicehandler.h"

#include <QJsonObject>
#include <QString>

namespace EcsDesk::Local {

class TaskOperations;

/// Scheduled tasks: EventBridge Scheduler schedules and EventBridge rules whose targets run ECS
/// task definitions. The handlers check targets with it; the simulation calls step() on each tick,
/// which starts the due targets' tasks through RunTask (TaskOperations::runTask) with startedBy as
/// AWS sets it, and records each invocation in the schedule's or rule's `EcsDeskInvocations` and as
/// CloudWatch metrics (AWS/Scheduler InvocationAttemptCount / TargetErrorCount, AWS/Events
/// Invocations / FailedInvocations / TriggeredRules).
namespace ScheduledTasks {
    /// The record member that keeps the last invocations (a documented local extension).
    inline QLatin1String invocationsField() { return QLatin1String("EcsDeskInvocations"); }
    /// The record member that keeps the retries still to make after failed runs (RetryPolicy:
    /// exponential from a minute, at most 15 minutes apart); not in the answers.
    inline QLatin1String pendingRetriesField() { return QLatin1String("EcsDeskPendingRetries"); }
    /// How many invocations a schedule or rule keeps.
    constexpr int keptInvocations = 20;

    /// What is wrong with an ECS target (empty when nothing): the cluster ARN and EcsParameters,
    /// Scheduler's (`scheduler`) or a rule target's shape.
    QString checkEcsParameters(const QString& targetArn, const QJsonObject& ecs, bool scheduler);

    /// startedBy as AWS sets it: "chronos-schedule/<schedule>" (Scheduler) or "events-rule/<rule>",
    /// cut to ECS's 36 characters.
    QString startedBy(bool scheduler, const QString& name);

    /// The RunTask request for a target: the cluster, EcsParameters (either service's shape) and the
    /// target's Input (a JSON task override, e.g. {"containerOverrides": [...]}).
    QJsonObject runTaskRequest(const QString& clusterArn, const QJsonObject& ecs, const QString& input,
        const QString& startedBy, bool scheduler);

    /// Runs one target now. The invocation: {"Time", "Status": "SUCCEEDED" | "FAILED", "TaskArns",
    /// "ErrorCode", "ErrorMessage"} (errors as RunTask gave them, or its placement failures).
    QJsonObject invoke(TaskOperations& ecs, const QString& targetArn, const QJsonObject& ecsParameters,
        const QString& input, const QString& startedBy, bool scheduler, qint64 atMs);

    /// Runs every ENABLED schedule and rule due in (fromMs, nowMs] and the retries of failed runs
    /// due then (each attempt is an invocation with its "Attempt", 0 for the scheduled run, and
    /// "NextAttemptTime" or "RetriesExhausted" when it failed) (between its StartDate and EndDate;
    /// a FLEXIBLE window delays each run by a stable share of the window), records the invocations and
    /// deletes finished schedules whose ActionAfterCompletion is DELETE. Writes into the open store
    /// transaction.
    void step(const EndpointContext& context, TaskOperations& ecs, qint64 fromMs, qint64 nowMs);
} // namespace ScheduledTasks

} // namespace EcsDesk::Local
