// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace EcsDesk::Local {

// The ECS domain's status values, typed. Each has its wire name (wireName) and a parser
// (fromWire) that refuses anything else, so no "RUNNING" string is compared in the scheduler.

enum class TaskStatus { Provisioning, Pending, Activating, Running, Deactivating, Stopping, Deprovisioning, Stopped };
enum class ServiceStatus { Active, Draining, Inactive };
enum class ContainerInstanceStatus { Registering, RegistrationFailed, Active, Draining, Deregistering, Inactive };
enum class DeploymentStatus { Primary, Active, Inactive };
enum class RolloutState { InProgress, Completed, Failed };
enum class SchedulingStrategy { Replica, Daemon };
enum class ContainerStatus { Pending, Running, Stopped };
enum class HealthStatus { Healthy, Unhealthy, Unknown };

QString wireName(TaskStatus status);
QString wireName(ServiceStatus status);
QString wireName(ContainerInstanceStatus status);
QString wireName(DeploymentStatus status);
QString wireName(RolloutState state);
QString wireName(SchedulingStrategy strategy);
QString wireName(ContainerStatus status);
QString wireName(HealthStatus status);

template <typename Enum> std::optional<Enum> fromWire(const QString& name);
template <> std::optional<TaskStatus> fromWire<TaskStatus>(const QString& name);
template <> std::optional<ServiceStatus> fromWire<ServiceStatus>(const QString& name);
template <> std::optional<ContainerInstanceStatus> fromWire<ContainerInstanceStatus>(const QString& name);
template <> std::optional<DeploymentStatus> fromWire<DeploymentStatus>(const QString& name);
template <> std::optional<RolloutState> fromWire<RolloutState>(const QString& name);
template <> std::optional<SchedulingStrategy> fromWire<SchedulingStrategy>(const QString& name);
template <> std::optional<ContainerStatus> fromWire<ContainerStatus>(const QString& name);
template <> std::optional<HealthStatus> fromWire<HealthStatus>(const QString& name);

// Typed records. Each keeps the whole stored JSON object (`json`) so that fields the record does not
// type yet survive a round trip: fromJson reads the typed fields, toJson writes them over `json`.
// The store keeps JSON as its storage format; these are the one place that maps between the two.

/// One entry of a service's `deployments`.
struct DeploymentRecord {
    QString id;
    DeploymentStatus status = DeploymentStatus::Primary;
    QString taskDefinitionArn;
    int desiredCount = 0;
    int runningCount = 0;
    int pendingCount = 0;
    int failedTasks = 0;
    std::optional<RolloutState> rolloutState;
    QString rolloutStateReason;
    /// Epoch seconds (what the endpoint writes); unset when absent or in another form (an AWS answer's ISO
    /// text stays as it was in `json`).
    std::optional<double> createdAt;
    std::optional<double> updatedAt;
    QString launchType; ///< empty with a capacity provider strategy
    QJsonArray capacityProviderStrategy;
    QJsonObject networkConfiguration;
    QJsonObject json;

    static DeploymentRecord fromJson(const QJsonObject& object);
    QJsonObject toJson() const;
};

/// A service's deploymentConfiguration: the rolling update's bounds and its circuit breaker (ECS's
/// defaults when absent).
struct DeploymentConfiguration {
    int maximumPercent = 200;
    int minimumHealthyPercent = 100;
    bool circuitBreakerEnable = false;
    bool circuitBreakerRollback = false;
    /// deploymentConfiguration.alarms: a named CloudWatch alarm entering ALARM fails the deployment.
    bool alarmsEnable = false;
    bool alarmsRollback = false;
    QStringList alarmNames;

    static DeploymentConfiguration fromJson(const QJsonObject& object);
    bool operator==(const DeploymentConfiguration&) const = default;
};

/// A service (the Service shape of DescribeServices).
struct ServiceRecord {
    QString arn;
    QString name;
    QString clusterArn;
    ServiceStatus status = ServiceStatus::Active;
    SchedulingStrategy schedulingStrategy = SchedulingStrategy::Replica;
    int desiredCount = 0;
    int runningCount = 0;
    int pendingCount = 0;
    QString taskDefinitionArn;
    QString launchType; ///< empty with a capacity provider strategy
    QJsonArray capacityProviderStrategy;
    QJsonObject networkConfiguration; ///< empty when not set
    QJsonArray placementConstraints;
    QJsonArray placementStrategy;
    QList<DeploymentRecord> deployments; ///< PRIMARY first
    QJsonObject json;

    static ServiceRecord fromJson(const QJsonObject& object);
    QJsonObject toJson() const;
    /// Its deploymentConfiguration, decoded from `json` (where the handlers write it).
    DeploymentConfiguration deploymentConfiguration() const;
    bool isDaemon() const { return schedulingStrategy == SchedulingStrategy::Daemon; }
};

/// A container instance (the ContainerInstance shape of DescribeContainerInstances).
struct ContainerInstanceRecord {
    QString arn;
    QString ec2InstanceId;
    ContainerInstanceStatus status = ContainerInstanceStatus::Active;
    bool agentConnected = true;
    QString agentVersion;
    int version = 0;
    std::optional<double> registeredAt; ///< epoch seconds (unset when absent or ISO text)
    QHash<QString, QString> attributes; ///< name -> value ("" for a value-less attribute)
    QJsonObject json;

    static ContainerInstanceRecord fromJson(const QJsonObject& object);
    QJsonObject toJson() const;
};

/// One of a task's containers (the Container shape): its status, exit and health.
struct ContainerRecord {
    QString name;
    std::optional<ContainerStatus> lastStatus; ///< unset when absent or a value the domain does not know
    std::optional<int> exitCode;
    std::optional<HealthStatus> healthStatus;
    QJsonObject json;

    static ContainerRecord fromJson(const QJsonObject& object);
    QJsonObject toJson() const;
    bool is(ContainerStatus status) const { return lastStatus == status; }
    bool isHealth(HealthStatus status) const { return healthStatus == status; }
};

/// A task (the Task shape of DescribeTasks): its identity, where it runs and its statuses.
struct TaskRecord {
    QString arn;
    QString clusterArn;
    QString taskDefinitionArn;
    QString containerInstanceArn; ///< empty on Fargate
    QString group;
    QString startedBy;
    TaskStatus lastStatus = TaskStatus::Provisioning;
    TaskStatus desiredStatus = TaskStatus::Running;
    QString launchType;
    QString stoppedReason;
    QString stopCode;
    QString capacityProviderName; ///< FARGATE or FARGATE_SPOT with a capacity provider strategy
    int cpu = 0; ///< CPU units (the wire form is text)
    int memory = 0; ///< MiB (the wire form is text)
    int version = 0;
    std::optional<double> stoppingAt; ///< epoch seconds, once told to stop
    std::optional<HealthStatus> healthStatus;
    bool enableExecuteCommand = false; ///< run or started with ECS Exec
    QList<ContainerRecord> containers;
    QJsonObject json;

    static TaskRecord fromJson(const QJsonObject& object);
    QJsonObject toJson() const;
    bool isStopping() const { return desiredStatus == TaskStatus::Stopped; }
    /// The host ports its containers hold (networkBindings of every container, as the wire has them).
    QJsonArray networkBindings() const;
};

/// A task definition revision: the fields the scheduler reads.
struct TaskDefinitionRecord {
    QString arn;
    QString family;
    int revision = 0;
    QString status; ///< ACTIVE, INACTIVE or DELETE_IN_PROGRESS
    QString networkMode;
    QJsonArray containerDefinitions;
    QJsonArray compatibilities;
    QJsonObject json;

    static TaskDefinitionRecord fromJson(const QJsonObject& object);
    QJsonObject toJson() const;
    bool isActive() const { return status.isEmpty() || status == QLatin1String("ACTIVE"); }
    /// Whether an essential container (essential unless it says otherwise) has a health check: its
    /// tasks count as healthy only once HEALTHY.
    bool hasEssentialHealthCheck() const;
    /// Whether a stored task definition document is an ACTIVE revision (without decoding the rest).
    static bool isActiveDocument(const QJsonObject& object);
};

/// A cluster: identity and status.
struct ClusterRecord {
    QString arn;
    QString name;
    QString status; ///< ACTIVE, PROVISIONING, DEPROVISIONING, FAILED or INACTIVE
    /// The containerInsights cluster setting (ECS's only one): enabled, enhanced or disabled; empty
    /// when the cluster has no such setting.
    QString containerInsights;
    QJsonObject json;

    static ClusterRecord fromJson(const QJsonObject& object);
    QJsonObject toJson() const;
    bool isActive() const { return status == QLatin1String("ACTIVE"); }
    /// Whether Container Insights collects the cluster's metrics (enabled or enhanced).
    bool hasContainerInsights() const
    {
        return containerInsights == QLatin1String("enabled") || containerInsights == QLatin1String("enhanced");
    }
    /// Whether a stored cluster document is ACTIVE (without decoding the rest: the hot reads' check).
    static bool isActiveDocument(const QJsonObject& object);
};

} // namespace EcsDesk::Local
