// SPDX-License-Identifier: MIT
#pragma once

#include "api/ecs/types.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace EcsDesk::Api {

// Typed requests of the ECS write calls and their typed answers, so callers (ui/, the CLI) never
// spell an AWS JSON key. Each request's toJson() is the operation's input as botocore's
// ecs/2014-11-13 model names it; an empty string, list or unset optional is left out (ECS's
// default applies). Each result's fromJson() reads the operation's answer.

/// One placement strategy: {"type": "spread", "field": "attribute:ecs.availability-zone"}.
struct PlacementStrategy {
    QString type; ///< random, spread or binpack
    QString field; ///< empty for random
    QJsonObject toJson() const;
    bool operator==(const PlacementStrategy&) const = default;
};

/// One placement constraint: distinctInstance, or memberOf with a cluster query expression.
struct PlacementConstraint {
    QString type;
    QString expression;
    QJsonObject toJson() const;
    bool operator==(const PlacementConstraint&) const = default;
};

/// networkConfiguration.awsvpcConfiguration (awsvpc network mode, Fargate).
struct AwsVpcConfiguration {
    QStringList subnets;
    QStringList securityGroups;
    QString assignPublicIp; ///< ENABLED or DISABLED; empty: ECS's default
    /// {"awsvpcConfiguration": {...}}: the value of networkConfiguration.
    QJsonObject toJson() const;
    bool operator==(const AwsVpcConfiguration&) const = default;
};

/// A service's deploymentConfiguration (the percentages only).
struct DeploymentConfiguration {
    std::optional<int> minimumHealthyPercent;
    std::optional<int> maximumPercent;
    QJsonObject toJson() const;
    bool operator==(const DeploymentConfiguration&) const = default;
};

/// overrides.containerOverrides[] of RunTask.
struct ContainerOverride {
    QString name;
    QStringList command; ///< empty: the definition's command
    QList<KeyValuePair> environment; ///< added to (or replacing) the definition's variables
    QJsonObject toJson() const;
    bool operator==(const ContainerOverride&) const = default;
};

struct CreateClusterRequest {
    QString clusterName;
    QList<Tag> tags;
    QStringList capacityProviders;
    CapacityProviderStrategy defaultCapacityProviderStrategy;
    QString containerInsights; ///< enabled, enhanced or disabled; empty: the account's default
    QJsonObject toJson() const;
};

/// PutClusterCapacityProviders: both lists are sent, even empty (ECS requires them).
struct PutClusterCapacityProvidersRequest {
    QString cluster;
    QStringList capacityProviders;
    CapacityProviderStrategy defaultCapacityProviderStrategy;
    QJsonObject toJson() const;
};

/// UpdateCluster: the settings set are changed.
struct UpdateClusterRequest {
    QString cluster;
    QString containerInsights; ///< enabled, enhanced or disabled; empty: unchanged
    QJsonObject toJson() const;
};

struct DeleteClusterRequest {
    QString cluster;
    QJsonObject toJson() const;
};

struct CreateServiceRequest {
    QString cluster; ///< name or ARN; empty: the default cluster
    QString serviceName;
    QString taskDefinition; ///< family, family:revision or ARN
    QString launchType; ///< EC2, FARGATE, EXTERNAL; empty: ECS's default
    std::optional<int> desiredCount;
    std::optional<DeploymentConfiguration> deploymentConfiguration;
    std::optional<AwsVpcConfiguration> networkConfiguration;
    QList<PlacementStrategy> placementStrategy;
    QList<PlacementConstraint> placementConstraints;
    QList<Tag> tags;
    QJsonObject toJson() const;
};

/// UpdateService: only the fields set are changed.
struct UpdateServiceRequest {
    QString cluster;
    QString service; ///< name or ARN
    std::optional<int> desiredCount;
    QString taskDefinition; ///< empty: unchanged
    bool forceNewDeployment = false;
    std::optional<DeploymentConfiguration> deploymentConfiguration;
    QJsonObject toJson() const;
};

struct DeleteServiceRequest {
    QString cluster;
    QString service;
    bool force = false; ///< delete without scaling to zero first
    QJsonObject toJson() const;
};

struct RunTaskRequest {
    QString cluster;
    QString taskDefinition;
    std::optional<int> count; ///< unset: ECS starts one
    QString launchType; ///< not with capacityProviderStrategy
    CapacityProviderStrategy capacityProviderStrategy;
    QList<ContainerOverride> containerOverrides;
    std::optional<AwsVpcConfiguration> networkConfiguration;
    QList<PlacementStrategy> placementStrategy;
    QList<PlacementConstraint> placementConstraints;
    QString startedBy;
    QString group;
    QJsonObject toJson() const;
};

struct StopTaskRequest {
    QString cluster;
    QString task; ///< ID or ARN
    QString reason; ///< up to 255 characters; empty: none
    QJsonObject toJson() const;
};

struct UpdateContainerInstancesStateRequest {
    QString cluster;
    QStringList containerInstances;
    QString status; ///< ACTIVE or DRAINING
    QJsonObject toJson() const;
};

/// RegisterTaskDefinition: the definition document as the editor holds it (family,
/// containerDefinitions, ...), sent as it is, with optional tags.
struct RegisterTaskDefinitionRequest {
    QJsonObject definition;
    QList<Tag> tags;
    QJsonObject toJson() const;
};

struct DeregisterTaskDefinitionRequest {
    QString taskDefinition; ///< family:revision or ARN
    QJsonObject toJson() const;
};

/// One page of ListClusters.
struct ListClustersResult {
    QStringList clusterArns;
    QString nextToken;
    static ListClustersResult fromJson(const QJsonObject& answer);
};

/// One page of ListServices.
struct ListServicesResult {
    QStringList serviceArns;
    QString nextToken;
    static ListServicesResult fromJson(const QJsonObject& answer);
};

/// One page of ListTaskDefinitions.
struct ListTaskDefinitionsResult {
    QStringList taskDefinitionArns;
    QString nextToken;
    static ListTaskDefinitionsResult fromJson(const QJsonObject& answer);
};

/// The answer of CreateCluster and DeleteCluster.
struct ClusterResult {
    Cluster cluster;
    static ClusterResult fromJson(const QJsonObject& answer);
};

/// The answer of CreateService, UpdateService and DeleteService.
struct ServiceResult {
    Service service;
    static ServiceResult fromJson(const QJsonObject& answer);
};

/// The answer of RunTask: the tasks started and what could not be placed.
struct RunTaskResult {
    QList<Task> tasks;
    QList<Failure> failures;
    static RunTaskResult fromJson(const QJsonObject& answer);
};

/// The answer of StopTask.
struct StopTaskResult {
    Task task;
    static StopTaskResult fromJson(const QJsonObject& answer);
};

/// The answer of UpdateContainerInstancesState.
struct ContainerInstancesResult {
    QList<ContainerInstance> containerInstances;
    QList<Failure> failures;
    static ContainerInstancesResult fromJson(const QJsonObject& answer);
};

/// The answer of RegisterTaskDefinition, DeregisterTaskDefinition and DescribeTaskDefinition.
struct TaskDefinitionResult {
    TaskDefinition taskDefinition;
    QList<Tag> tags;
    static TaskDefinitionResult fromJson(const QJsonObject& answer);
};

} // namespace EcsDesk::Api
