// SPDX-License-Identifier: MIT
#pragma once

#include "local/api/servicehandler.h"
#include "local/domain/capacityprovider.h"
#include "local/domain/taskservice.h"

#include <memory>
#include <vector>

namespace EcsDesk::Local {

/// Amazon ECS (awsJson1_1, AmazonEC2ContainerServiceV20141113): clusters, task definitions,
/// services, tasks, container instances, capacity providers, account settings and tags. Each
/// operation decodes its request, checks it (the input model, the rulebook), calls the domain
/// (TaskService, Repository) and encodes the answer; one file per resource (ecsclusters.cpp,
/// ecstaskdefinitions.cpp, ecstasks.cpp, ecsservices.cpp, ecscontainerinstances.cpp,
/// ecsaccount.cpp). Tasks start PROVISIONING/PENDING; the simulation moves them on through
/// Store::changed().
class EcsHandler : public ServiceHandler {
public:
    explicit EcsHandler(EndpointContext context);

    bool hasOperation(const QString& operation) const override;
    QJsonObject handle(const QString& operation, const QJsonObject& input) override;
    std::optional<QByteArray> handleRaw(const QString& operation, const QJsonObject& input) override;

    /// The domain's task operations (what the simulation uses).
    TaskService& tasks() { return m_tasks; }

    void setPlacementFunction(PlacementFunction placement) { m_tasks.setPlacementFunction(std::move(placement)); }
    void setScaleInFunction(TaskService::ScaleInFunction scaleIn) { m_tasks.setScaleInFunction(std::move(scaleIn)); }
    /// When on (the simulation runs), DeleteService leaves the service DRAINING until its tasks
    /// have stopped and the simulation makes it INACTIVE; off, it is INACTIVE at once.
    void setDrainsOverTime(bool on) { m_tasks.setDrainsOverTime(on); }

    QString arn(const QString& resource) const { return m_tasks.arn(resource); }

private:
    using Operation = QJsonObject (EcsHandler::*)(const QJsonObject&);
    static const QHash<QString, Operation>& operations();

    // ecsclusters.cpp
    QJsonObject createCluster(const QJsonObject& in);
    QJsonObject deleteCluster(const QJsonObject& in);
    QJsonObject updateClusterSettings(const QJsonObject& in);
    QJsonObject updateCluster(const QJsonObject& in);
    static void validateClusterSettings(const QJsonArray& settings);
    QJsonObject listClusters(const QJsonObject& in);
    QJsonObject describeClusters(const QJsonObject& in);
    // ecstaskdefinitions.cpp
    QJsonObject registerTaskDefinition(const QJsonObject& in);
    QJsonObject deregisterTaskDefinition(const QJsonObject& in);
    QJsonObject describeTaskDefinition(const QJsonObject& in);
    QJsonObject listTaskDefinitions(const QJsonObject& in);
    /// ListTaskDefinitions from an index of the revisions (issue 24: a page of 100 without
    /// reading 150 records and building JSON; p99 under 2 ms with the simulation ticking).
    QByteArray listTaskDefinitionsRaw(const QJsonObject& in);
    QJsonObject listTaskDefinitionFamilies(const QJsonObject& in);
    // ecsservices.cpp
    QJsonObject createService(const QJsonObject& in);
    QJsonObject updateService(const QJsonObject& in);
    QJsonObject deleteService(const QJsonObject& in);
    QJsonObject listServices(const QJsonObject& in);
    QJsonObject describeServices(const QJsonObject& in);
    // ecsdeployments.cpp
    QJsonObject listServiceDeployments(const QJsonObject& in);
    QJsonObject describeServiceDeployments(const QJsonObject& in);
    QJsonObject describeServiceRevisions(const QJsonObject& in);
    QJsonObject stopServiceDeployment(const QJsonObject& in);
    // ecstasks.cpp
    QJsonObject runTask(const QJsonObject& in);
    QJsonObject startTask(const QJsonObject& in);
    QJsonObject stopTask(const QJsonObject& in);
    QJsonObject executeCommand(const QJsonObject& in); // ecsexec.cpp
    QJsonObject listTasks(const QJsonObject& in);
    QByteArray listTasksRaw(const QJsonObject& in);
    QStringList listTaskKeys(const QJsonObject& in, QString* next);
    QJsonObject describeTasks(const QJsonObject& in);
    /// DescribeServices / DescribeTasks without tags: the records' cached JSON spliced into the answer.
    QByteArray describeRaw(bool services, const QJsonObject& in);
    static TaskLaunch decodeLaunch(const QJsonObject& in);
    // ecscontainerinstances.cpp
    QJsonObject registerContainerInstance(const QJsonObject& in);
    QJsonObject deregisterContainerInstance(const QJsonObject& in);
    QJsonObject listContainerInstances(const QJsonObject& in);
    QJsonObject describeContainerInstances(const QJsonObject& in);
    QJsonObject updateContainerInstancesState(const QJsonObject& in);
    /// A container instance record as the API shows it: the task counts filled in, private fields out.
    static QJsonObject instanceView(
        const QString& key, const QJsonObject& record, const QHash<QString, QPair<int, int>>& counts);
    // ecsaccount.cpp
    QJsonObject describeCapacityProviders(const QJsonObject& in);
    QJsonObject createCapacityProvider(const QJsonObject& in);
    QJsonObject updateCapacityProvider(const QJsonObject& in);
    QJsonObject deleteCapacityProvider(const QJsonObject& in);
    QJsonObject putClusterCapacityProviders(const QJsonObject& in);
    /// A capacity provider strategy checked as ECS does against the providers `available` (the
    /// cluster's, or every existing one when empty); throws the ECS error.
    void validateCapacityProviderStrategy(const QJsonArray& strategy, const QStringList& available) const;
    std::optional<CapacityProviderRecord> capacityProvider(const QString& nameOrArn) const;
    QJsonObject capacityProviderView(const CapacityProviderRecord& provider, bool withTags) const;
    static void applyManagedScaling(CapacityProviderRecord& provider, const QJsonObject& autoScalingGroupProvider);
    QJsonObject putAccountSetting(const QJsonObject& in);
    QJsonObject putAccountSettingDefault(const QJsonObject& in);
    QJsonObject deleteAccountSetting(const QJsonObject& in);
    QJsonObject listAccountSettings(const QJsonObject& in);
    QJsonObject tagResource(const QJsonObject& in);
    QJsonObject untagResource(const QJsonObject& in);
    QJsonObject listTagsForResource(const QJsonObject& in);
    QJsonArray tagsOf(const QString& arn) const;
    void setTags(const QString& arn, const QJsonArray& tags);
    void validateTags(const QJsonArray& tags) const;

    // Lookups (ecsclusters.cpp; throwing the ECS error when absent).
    QString clusterArnFor(const QString& nameOrArn) const;
    ClusterRecord activeCluster(const QJsonObject& in) const;
    /// The same check for the hot reads that need only the cluster's ARN (no record decoded).
    QString activeClusterArn(const QJsonObject& in) const;
    QJsonObject clusterView(const ClusterRecord& cluster, const QStringList& include) const;
    const QJsonObject& requireTaskDefinition(const QString& reference) const;
    QString serviceKey(const QString& clusterArn, const QString& nameOrArn) const;
    QString taskKey(const QString& clusterArn, const QString& idOrArn) const;
    QString instanceKey(const QString& clusterArn, const QString& idOrArn) const;

    TaskService m_tasks;

    /// Every task definition revision in key order (family, then revision) with its ARN and
    /// status; rebuilt on the first ListTaskDefinitions after a task definition changed.
    struct DefinitionEntry {
        QString key;
        QByteArray arn;
        QString status;
    };
    std::vector<DefinitionEntry> m_definitionIndex;
    bool m_definitionIndexStale = true;
    std::unique_ptr<QObject> m_storeWatch; ///< marks the index stale on Store::changed
};

} // namespace EcsDesk::Local
