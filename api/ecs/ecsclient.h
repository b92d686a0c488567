// SPDX-License-Identifier: MIT
#pragma once

#include "api/core/serviceclient.h"
#include "api/ecs/requests.h"
#include "api/ecs/types.h"

namespace EcsDesk::Api {

/// Filters of ListTasks.
struct ListTasksFilter {
    QString serviceName;
    QString family;
    QString containerInstance;
    QString startedBy;
    QString desiredStatus; ///< RUNNING (ECS's default), PENDING or STOPPED
    QString launchType;
};

/// Amazon ECS over awsJson1_1 (signing name `ecs`). Every method sends one call and returns its
/// AwsReply; parse the reply's json() with the types in api/ecs/types.h (EcsJson::listPage for
/// List* answers). The API's limits are constants here so loaders batch correctly.
class EcsClient : public ServiceClient {
public:
    explicit EcsClient(ClientConfig config);

    static ServiceDescription description();

    static constexpr int maxDescribeClusters = 100;
    static constexpr int maxDescribeServices = 10;
    static constexpr int maxDescribeTasks = 100;
    static constexpr int maxDescribeContainerInstances = 100;
    static constexpr int maxListResults = 100;

    AwsReply* call(const QString& operation, const QJsonObject& input) const { return callJson(operation, input); }
    /// As call(), with a decoder run with the parsing (off the GUI thread for large answers).
    AwsReply* call(
        const QString& operation, const QJsonObject& input, std::function<QVariant(const QJsonObject&)> decoder) const
    {
        return callJson(operation, input, std::move(decoder));
    }

    // Clusters
    AwsReply* listClusters(const QString& nextToken = {}, int maxResults = maxListResults) const;
    AwsReply* describeClusters(const QStringList& clusters, const QStringList& include = {}) const;
    AwsReply* createCluster(const QString& name, const QList<Tag>& tags = {}) const;
    AwsReply* deleteCluster(const QString& cluster) const;

    // Services
    AwsReply* listServices(
        const QString& cluster, const QString& nextToken = {}, int maxResults = maxListResults) const;
    AwsReply* describeServices(const QString& cluster, const QStringList& services, bool includeTags = false) const;
    /// `input` is CreateService's raw request (serviceName, taskDefinition, desiredCount, ...). The
    /// raw-JSON write overloads are for tests and scripts; the app sends the typed requests below.
    AwsReply* createService(const QString& cluster, QJsonObject input) const;
    AwsReply* updateService(const QString& cluster, const QString& service, QJsonObject changes) const;
    AwsReply* deleteService(const QString& cluster, const QString& service, bool force = false) const;

    // Tasks
    AwsReply* listTasks(const QString& cluster, const ListTasksFilter& filter, const QString& nextToken = {},
        int maxResults = maxListResults) const;
    AwsReply* describeTasks(const QString& cluster, const QStringList& tasks, bool includeTags = false) const;
    /// Describe* calls whose reply's decoded() holds a DescribeResult<T>, converted together with
    /// the parsing (off the GUI thread for large answers); json() stays empty.
    AwsReply* describeTasksTyped(const QString& cluster, const QStringList& tasks) const;
    AwsReply* describeServicesTyped(const QString& cluster, const QStringList& services) const;
    AwsReply* describeContainerInstancesTyped(const QString& cluster, const QStringList& instances) const;
    AwsReply* runTask(const QString& cluster, QJsonObject input) const;
    AwsReply* stopTask(const QString& cluster, const QString& task, const QString& reason = {}) const;

    // Container instances
    AwsReply* listContainerInstances(const QString& cluster, const QString& nextToken = {},
        int maxResults = maxListResults, const QString& status = {}) const;
    AwsReply* describeContainerInstances(const QString& cluster, const QStringList& instances) const;
    AwsReply* updateContainerInstancesState(
        const QString& cluster, const QStringList& instances, const QString& status) const;

    // Task definitions
    AwsReply* listTaskDefinitions(const QString& familyPrefix = {}, const QString& status = {},
        const QString& nextToken = {}, int maxResults = maxListResults) const;
    AwsReply* listTaskDefinitionFamilies(const QString& familyPrefix = {}, const QString& status = {},
        const QString& nextToken = {}, int maxResults = maxListResults) const;
    AwsReply* describeTaskDefinition(const QString& taskDefinition, bool includeTags = false) const;
    /// `input` is RegisterTaskDefinition's request (family, containerDefinitions, ...).
    AwsReply* registerTaskDefinition(const QJsonObject& input) const;
    AwsReply* deregisterTaskDefinition(const QString& taskDefinition) const;

    // The write calls with typed requests (api/ecs/requests.h): the answers read with the
    // matching *Result::fromJson(reply->json()).
    AwsReply* createCluster(const CreateClusterRequest& request) const;
    AwsReply* deleteCluster(const DeleteClusterRequest& request) const;
    AwsReply* createService(const CreateServiceRequest& request) const;
    AwsReply* updateService(const UpdateServiceRequest& request) const;
    AwsReply* deleteService(const DeleteServiceRequest& request) const;
    AwsReply* runTask(const RunTaskRequest& request) const;
    AwsReply* stopTask(const StopTaskRequest& request) const;
    AwsReply* updateContainerInstancesState(const UpdateContainerInstancesStateRequest& request) const;
    AwsReply* registerTaskDefinition(const RegisterTaskDefinitionRequest& request) const;
    AwsReply* deregisterTaskDefinition(const DeregisterTaskDefinitionRequest& request) const;

    // Capacity providers
    AwsReply* describeCapacityProviders(const QStringList& names = {}, const QString& nextToken = {}) const;
    /// As describeCapacityProviders(); the reply's decoded() holds a CapacityProvidersPage.
    AwsReply* describeCapacityProvidersTyped(const QStringList& names = {}, const QString& nextToken = {}) const;
    /// Sets the cluster's providers and default strategy (both replace what the cluster had);
    /// the answer: ClusterResult::fromJson.
    AwsReply* putClusterCapacityProviders(const PutClusterCapacityProvidersRequest& request) const;
    /// Container Insights (settings) of a cluster; the answer: ClusterResult::fromJson.
    AwsReply* updateCluster(const UpdateClusterRequest& request) const;

    // Tags
    AwsReply* listTagsForResource(const QString& arn) const;
    AwsReply* tagResource(const QString& arn, const QList<Tag>& tags) const;
    AwsReply* untagResource(const QString& arn, const QStringList& keys) const;
};

} // namespace EcsDesk::Api
