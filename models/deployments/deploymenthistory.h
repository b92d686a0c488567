// SPDX-License-Identifier: MIT
#pragma once

#include "api/ecs/servicedeployments.h"
#include "models/taskdef/taskdefinitiondiff.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace EcsDesk::Models {

/// One deployment of a service's timeline, flattened for the Deployments view and ecsdesk-cli.
struct DeploymentRow {
    QString deploymentArn;
    QString deploymentId; ///< the ARN's last segment
    QString status;
    QString statusReason;
    QString trigger; ///< Api::ServiceDeployment::triggerName()
    QString revisionArn; ///< the target service revision
    QString revisionId; ///< its ARN's last segment
    QString taskDefinition; ///< "family:revision" of the target revision; empty when not described
    QDateTime createdAt;
    QDateTime startedAt;
    QDateTime finishedAt; ///< finishedAt, else stoppedAt
    int requested = 0; ///< the target revision's task counts
    int running = 0;
    int pending = 0;
    QString rollbackReason;
    QString rollbackRevisionArn;
    bool inProgress = false;
};

/// What a Roll Back does: stop the deployment in progress with ROLLBACK, or update the service to
/// an earlier revision's task definition and settings.
struct RollbackPlan {
    enum class Kind { None, StopDeployment, UpdateService };
    Kind kind = Kind::None;
    QString deploymentArn; ///< StopDeployment: the deployment in progress
    QJsonObject updateInput; ///< UpdateService: the input without cluster and service
    QString fromRevisionArn; ///< the revision running now (or being deployed)
    QString toRevisionArn; ///< the revision it goes back to
    QString problem; ///< Kind::None: why there is nothing to roll back to (translated)
};

/// The structural difference between two service revisions: their settings and task definitions.
struct DeploymentDiff {
    QString beforeLabel;
    QString afterLabel;
    QList<TaskDefinitionChange> service; ///< paths in the revision's settings
    QList<TaskDefinitionChange> taskDefinition; ///< paths in the task definition
    bool isEmpty() const { return service.isEmpty() && taskDefinition.isEmpty(); }
    /// Both lists as one, the service's paths prefixed "service." and the task definition's "taskDefinition.".
    QList<TaskDefinitionChange> all() const;
    QString unifiedText() const;
};

/// A service's deployment history as the timeline shows it, the diffs and the rollback choices.
class DeploymentHistory {
    Q_DECLARE_TR_FUNCTIONS(DeploymentHistory)
public:
    /// One row per deployment, in the history's order (newest first).
    static QList<DeploymentRow> rows(const Api::ServiceDeploymentHistory& history);

    /// The difference from revision `before` to `after`; the task definitions as DescribeTaskDefinition
    /// reports them (empty objects: not compared).
    static DeploymentDiff compare(const Api::ServiceRevision& before, const QJsonObject& beforeTaskDefinition,
        const Api::ServiceRevision& after, const QJsonObject& afterTaskDefinition);

    /// The rollback: while a deployment is in progress, StopServiceDeployment ROLLBACK of it
    /// (whatever `to` says); otherwise UpdateService to the revision `to` names (a service revision
    /// ARN or its id, a deployment ARN or id, or a task definition "family:revision" or ARN), and
    /// when `to` is empty the newest SUCCESSFUL deployment's revision older than the current one.
    static RollbackPlan planRollback(const Api::ServiceDeploymentHistory& history, const QString& to = {});

    /// The revision the newest deployment deployed (what runs now, or is being deployed).
    static const Api::ServiceRevision* currentRevision(const Api::ServiceDeploymentHistory& history);

    /// The rows as CSV (header line first) and as a JSON array.
    static QString toCsv(const QList<DeploymentRow>& rows);
    static QJsonArray toJson(const QList<DeploymentRow>& rows);
};

} // namespace EcsDesk::Models
