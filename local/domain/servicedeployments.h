// SPDX-License-Identifier: MIT
#pragma once

#include "local/domain/records.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace EcsDesk::Local {

class Store;

// Service deployments and service revisions (ListServiceDeployments, DescribeServiceDeployments,
// DescribeServiceRevisions, StopServiceDeployment): the typed records and the one place that moves a
// service deployment through its states, used by the ECS handlers and the service scheduler.

enum class ServiceDeploymentStatus {
    Pending,
    InProgress,
    Successful,
    Stopped,
    StopRequested,
    RollbackRequested,
    RollbackInProgress,
    RollbackSuccessful,
    RollbackFailed,
};
/// The status of a rollback monitor (the circuit breaker, the alarms) of a service deployment.
enum class MonitorStatus { Triggered, Monitoring, MonitoringComplete, Disabled };

QString wireName(ServiceDeploymentStatus status);
QString wireName(MonitorStatus status);
template <> std::optional<ServiceDeploymentStatus> fromWire<ServiceDeploymentStatus>(const QString& name);
template <> std::optional<MonitorStatus> fromWire<MonitorStatus>(const QString& name);

/// A ServiceRevisionSummary: a revision and its task counts in a deployment.
struct ServiceRevisionSummary {
    QString arn;
    int requestedTaskCount = 0;
    int runningTaskCount = 0;
    int pendingTaskCount = 0;

    static ServiceRevisionSummary fromJson(const QJsonObject& object);
    QJsonObject toJson() const;
    bool operator==(const ServiceRevisionSummary&) const = default;
};

/// A service deployment (the ServiceDeployment shape), keyed by its ARN
/// arn:aws:ecs:REGION:ACCOUNT:service-deployment/CLUSTER/SERVICE/ID.
struct ServiceDeploymentRecord {
    QString arn;
    QString serviceArn;
    QString clusterArn;
    ServiceDeploymentStatus status = ServiceDeploymentStatus::Pending;
    QString statusReason;
    std::optional<double> createdAt;
    std::optional<double> startedAt;
    std::optional<double> finishedAt;
    std::optional<double> stoppedAt;
    std::optional<double> updatedAt;
    QList<ServiceRevisionSummary> sourceServiceRevisions;
    ServiceRevisionSummary targetServiceRevision;
    QJsonObject deploymentConfiguration;
    MonitorStatus circuitBreakerStatus = MonitorStatus::Disabled;
    int failureCount = 0;
    int threshold = 0;
    MonitorStatus alarmsStatus = MonitorStatus::Disabled;
    QStringList alarmNames;
    QStringList triggeredAlarmNames;
    QString rollbackReason; ///< empty: no rollback
    std::optional<double> rollbackStartedAt;
    QString rollbackServiceRevisionArn;
    QJsonObject json;

    static ServiceDeploymentRecord fromJson(const QJsonObject& object);
    QJsonObject toJson() const;
    /// SUCCESSFUL, STOPPED, ROLLBACK_SUCCESSFUL or ROLLBACK_FAILED.
    bool isFinished() const;
    /// The ServiceDeploymentBrief of ListServiceDeployments.
    QJsonObject brief() const;
};

/// A service revision (the ServiceRevision shape), keyed by its ARN
/// arn:aws:ecs:REGION:ACCOUNT:service-revision/CLUSTER/SERVICE/ID. The ID is the digits of the
/// service deployment (`deployments[].id`, ecs-svc/ID) that runs it.
struct ServiceRevisionRecord {
    QString arn;
    QString serviceArn;
    QString clusterArn;
    QString taskDefinitionArn;
    std::optional<double> createdAt;
    QJsonObject json;

    static ServiceRevisionRecord fromJson(const QJsonObject& object);
    QJsonObject toJson() const;
};

/// Keeps the service deployments and revisions of services in the store.
class ServiceDeployments {
    Q_DECLARE_TR_FUNCTIONS(EcsDesk::Local::ServiceDeployments)
public:
    explicit ServiceDeployments(Store* store)
        : m_store(store)
    {
    }

    static QString revisionArn(const QString& serviceArn, const QString& deploymentId);
    static QString deploymentArn(const QString& serviceArn, const QString& deploymentId);
    /// The `deployments[].id` (ecs-svc/ID) that runs a revision.
    static QString deploymentIdOf(const QString& revisionArn);
    /// The key prefix of a service's service deployments (or revisions, with `revisions`).
    static QString prefixOf(const QString& serviceArn, bool revisions = false);
    /// The circuit breaker's failure threshold for a desired count (ECS: half, at least 3, at most 200).
    static int circuitBreakerThreshold(int desiredCount);

    std::optional<ServiceDeploymentRecord> deployment(const QString& arn) const;
    void put(const ServiceDeploymentRecord& deployment);
    std::optional<ServiceRevisionRecord> revision(const QString& arn) const;

    /// Records the revision a deployment of `service` runs (once; later calls keep the first).
    QString recordRevision(const ServiceRecord& service, const DeploymentRecord& deployment, double now);
    /// A new service deployment of `service` towards its PRIMARY deployment, from the other (ACTIVE)
    /// ones: records the revisions, stops an unfinished earlier service deployment (superseded) and
    /// sets the service's currentServiceDeployment and currentServiceRevisions. PENDING until the
    /// scheduler starts it.
    ServiceDeploymentRecord start(ServiceRecord& service, double now);
    /// The service's unfinished current service deployment, if any.
    std::optional<ServiceDeploymentRecord> current(const ServiceRecord& service) const;
    /// Marks the current deployment as rolling back (ROLLBACK_IN_PROGRESS, or ROLLBACK_REQUESTED for
    /// a user's StopServiceDeployment) to the revision of `to`.
    void beginRollback(const ServiceRecord& service, const DeploymentRecord& to, const QString& reason, bool requested,
        bool circuitBreaker, const QStringList& triggeredAlarms, double now);
    /// Makes the deployment that runs `revisionArn` PRIMARY again (re-created from the revision when
    /// the service no longer has it), with `restoredReason`; the PRIMARY becomes ACTIVE and FAILED
    /// with `failedReason`. Returns the restored deployment; nullopt when there is no such revision.
    std::optional<DeploymentRecord> restore(ServiceRecord& service, const QString& revisionArn,
        const QString& failedReason, const QString& restoredReason, double now) const;
    /// Deletes a service's service deployments and revisions (DeleteService, as ECS does).
    void forget(const QString& serviceArn);
    /// Adds a service event (newest first, at most 100), as ECS words them.
    static void addEvent(QJsonObject& serviceJson, const QString& message, double now);
    /// Brings the current service deployment in line with the service's deployments after a
    /// scheduler step: started, counts, failures, and finished when its target (or its rollback
    /// target) completed or failed. Also refreshes the service's currentServiceRevisions.
    void follow(ServiceRecord& service, double now);

private:
    Store* m_store;
};

} // namespace EcsDesk::Local
