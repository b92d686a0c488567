// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace EcsDesk::Local {

/// What the simulation (task lifecycle, service scheduler, auto scaling) does to the ECS domain:
/// start and stop tasks, look up task definitions, name resources. The simulation works through
/// this interface and includes no wire handler; the domain's TaskService (local/domain/taskservice.h)
/// implements it.
class TaskOperations {
public:
    virtual ~TaskOperations() = default;

    /// The ARN of a resource path in the endpoint's region and account ("service/cluster/name").
    virtual QString arn(const QString& resource) const = 0;
    /// Starts `count` tasks of a service's deployment (startedBy = the deployment id) from
    /// `taskDefinitionArn`, only on `onlyInstances` when given (a DAEMON service); placement
    /// failures go to `failures`.
    virtual QJsonArray startServiceTasks(const QString& serviceKey, const QString& deploymentId,
        const QString& taskDefinitionArn, int count, QJsonArray* failures, const QStringList& onlyInstances = {})
        = 0;
    /// Runs tasks as the RunTask call does (the same rulebook, checks and placement; the answer's
    /// `tasks` and `failures`), throwing ApiError with ECS's code and text. EventBridge schedules
    /// and rules start their tasks through it.
    virtual QJsonObject runTask(const QJsonObject& request) = 0;
    /// A task definition by ARN or family:revision (nullptr when absent).
    virtual const QJsonObject* findTaskDefinition(const QString& reference) const = 0;
    /// Tells a task to stop (desiredStatus STOPPED, reason, stop code); resources go back at once.
    virtual void stopTaskRecord(const QString& key, const QString& reason, const QString& stopCode) = 0;
    /// When on (the simulation runs), a deleted service stays DRAINING until its tasks stopped.
    virtual void setDrainsOverTime(bool on) = 0;
};

} // namespace EcsDesk::Local
