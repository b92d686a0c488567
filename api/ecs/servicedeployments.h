// SPDX-License-Identifier: MIT
#pragma once

#include "api/core/awserror.h"
#include "api/core/awstransport.h"
#include "api/ecs/types.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace EcsDesk::Api {

class EcsClient;

// A service's deployment history as ECS reports it (ListServiceDeployments,
// DescribeServiceDeployments, DescribeServiceRevisions, StopServiceDeployment; botocore's
// ecs/2014-11-13 model). Each type keeps its object in `raw`.

/// A revision's task counts in a deployment (ServiceRevisionSummary).
struct ServiceRevisionSummary {
    QString arn;
    int requestedTaskCount = 0;
    int runningTaskCount = 0;
    int pendingTaskCount = 0;
    static ServiceRevisionSummary fromJson(const QJsonObject& json);
    bool operator==(const ServiceRevisionSummary&) const = default;
};

/// One item of ListServiceDeployments (ServiceDeploymentBrief).
struct ServiceDeploymentBrief {
    QString arn;
    QString serviceArn;
    QString clusterArn;
    QDateTime createdAt;
    QDateTime startedAt;
    QDateTime finishedAt;
    QString targetServiceRevisionArn;
    QString status;
    QString statusReason;
    static ServiceDeploymentBrief fromJson(const QJsonObject& json);
    bool operator==(const ServiceDeploymentBrief&) const = default;
};

/// A deployment of a service (DescribeServiceDeployments' ServiceDeployment).
struct ServiceDeployment {
    /// What started the deployment (or its rollback), as far as the answer tells.
    enum class Trigger { User, CircuitBreaker, Alarm, AutoScaling };

    QString arn;
    QString serviceArn;
    QString clusterArn;
    QDateTime createdAt;
    QDateTime startedAt;
    QDateTime finishedAt;
    QDateTime stoppedAt;
    QDateTime updatedAt;
    QList<ServiceRevisionSummary> sourceServiceRevisions;
    std::optional<ServiceRevisionSummary> targetServiceRevision;
    QString status; ///< PENDING, IN_PROGRESS, SUCCESSFUL, STOPPED, ROLLBACK_*...
    QString statusReason;
    QString lifecycleStage;
    QJsonObject deploymentConfiguration;
    /// rollback: why, when, and the revision it rolled back to; empty when none.
    QString rollbackReason;
    QDateTime rollbackStartedAt;
    QString rollbackServiceRevisionArn;
    /// deploymentCircuitBreaker: TRIGGERED, MONITORING, MONITORING_COMPLETE or DISABLED.
    QString circuitBreakerStatus;
    int circuitBreakerFailureCount = 0;
    int circuitBreakerThreshold = 0;
    /// alarms: status as above, the alarms watched and those that went off.
    QString alarmsStatus;
    QStringList alarmNames;
    QStringList triggeredAlarmNames;
    QJsonObject raw;

    static ServiceDeployment fromJson(const QJsonObject& json);
    /// The deployment as its brief (what ListServiceDeployments reports).
    ServiceDeploymentBrief brief() const;
    /// PENDING, IN_PROGRESS, STOP_REQUESTED, ROLLBACK_REQUESTED or ROLLBACK_IN_PROGRESS: it is still moving.
    bool inProgress() const;
    static bool isInProgressStatus(const QString& status);
    /// True when it was (or is being) rolled back.
    bool rolledBack() const;
    Trigger trigger() const;
    /// "user", "circuit-breaker", "alarm", "auto-scaling" (not translated: JSON and CSV output).
    static QString triggerName(Trigger trigger);
    QString targetRevisionArn() const { return targetServiceRevision ? targetServiceRevision->arn : QString(); }
    bool operator==(const ServiceDeployment&) const = default;
};

/// One container's image in a service revision, with the digest ECS resolved.
struct ContainerImage {
    QString containerName;
    QString image;
    QString imageDigest;
    bool operator==(const ContainerImage&) const = default;
};

/// A service revision: the task definition and service settings one deployment deployed.
struct ServiceRevision {
    QString arn;
    QString serviceArn;
    QString clusterArn;
    QString taskDefinition;
    QString launchType;
    QString platformVersion;
    QString platformFamily;
    QList<ContainerImage> containerImages;
    QDateTime createdAt;
    QJsonObject raw;

    static ServiceRevision fromJson(const QJsonObject& json);
    /// The revision's settings without its identity (ARNs, creation time): what two revisions
    /// are compared on.
    QJsonObject settings() const;
    /// UpdateService's input (without cluster and service) that brings a service back to this
    /// revision: its task definition and the settings UpdateService takes (capacity provider
    /// strategy, network configuration, load balancers, service registries, platform version,
    /// Service Connect, volume and VPC Lattice configurations).
    QJsonObject updateServiceInput() const;
    /// "family:revision" of the task definition.
    QString taskDefinitionName() const;
    bool operator==(const ServiceRevision&) const = default;
};

/// A service's deployments, newest first, with the revisions they name.
struct ServiceDeploymentHistory {
    QString cluster;
    QString service;
    QList<ServiceDeployment> deployments;
    QHash<QString, ServiceRevision> revisions; ///< by ARN
    QList<Failure> failures; ///< what the Describe calls reported missing

    /// The revision `arn` names; null when it was not described.
    const ServiceRevision* revision(const QString& arn) const;
    /// The first deployment in progress; null when none.
    const ServiceDeployment* inProgress() const;
};

/// ListServiceDeployments' filters.
struct ListServiceDeploymentsRequest {
    QString cluster;
    QString service;
    QStringList status; ///< empty: every status
    QDateTime createdAfter;
    QDateTime createdBefore;
    QString nextToken;
    std::optional<int> maxResults; ///< 1-100; unset: ECS answers up to 20
    QJsonObject toJson() const;
};

/// One page of ListServiceDeployments.
struct ServiceDeploymentPage {
    QList<ServiceDeploymentBrief> deployments;
    QString nextToken;
    static ServiceDeploymentPage fromJson(const QJsonObject& json);
};

/// The four calls, on an EcsClient.
namespace ServiceDeployments {
    /// How many ARNs DescribeServiceDeployments and DescribeServiceRevisions take at a time.
    constexpr int maxDescribe = 20;
    enum class StopType { Rollback, Abort };

    AwsReply* list(const EcsClient& client, const ListServiceDeploymentsRequest& request);
    AwsReply* describe(const EcsClient& client, const QStringList& deploymentArns);
    AwsReply* describeRevisions(const EcsClient& client, const QStringList& revisionArns);
    AwsReply* stop(const EcsClient& client, const QString& deploymentArn, StopType type);
    /// DescribeServiceDeployments' answer.
    DescribeResult<ServiceDeployment> deploymentsFromJson(const QJsonObject& answer);
    /// DescribeServiceRevisions' answer.
    DescribeResult<ServiceRevision> revisionsFromJson(const QJsonObject& answer);
} // namespace ServiceDeployments

/// Loads a ServiceDeploymentHistory: every page of ListServiceDeployments, the newest `limit`
/// deployments described (20 a call) and the revisions they name (targets, sources, rollback
/// targets; 20 a call), one call after the other. A new load() drops the previous one's answers.
class ServiceDeploymentsLoader : public QObject {
    Q_OBJECT
public:
    explicit ServiceDeploymentsLoader(const EcsClient* client, QObject* parent = nullptr);
    ~ServiceDeploymentsLoader() override;

    void load(const QString& cluster, const QString& service, int limit = 50);
    bool isLoading() const { return m_reply != nullptr; }

Q_SIGNALS:
    void loaded(const EcsDesk::Api::ServiceDeploymentHistory& history);
    void failed(const EcsDesk::Api::AwsError& error);

private:
    using Step = std::function<void(AwsReply*)>;
    void send(AwsReply* reply, Step then);
    void listPage(const QString& token);
    void describeDeployments(qsizetype from);
    void describeRevisions(qsizetype from);

    const EcsClient* m_client;
    ServiceDeploymentHistory m_result;
    QList<ServiceDeploymentBrief> m_briefs;
    QStringList m_revisionArns;
    int m_limit = 50;
    QPointer<AwsReply> m_reply;
    quint64 m_generation = 0;
};

} // namespace EcsDesk::Api
