// SPDX-License-Identifier: MIT
#pragma once

#include "local/api/servicehandler.h"
#include "local/domain/taskoperations.h"

#include <functional>

namespace EcsDesk::Local {

/// Where RunTask puts a task on the EC2 launch type. The placement engine replaces the default
/// (first ACTIVE instance with enough remaining CPU and memory) with its own.
struct InstancePlacementRequest {
    QString clusterArn;
    QStringList candidateInstanceArns; ///< ACTIVE instances to choose from
    int cpu = 0;
    int memory = 0;
    QJsonObject taskDefinition; ///< the task definition record
    QString group; ///< service:<name>, family:<name> or the RunTask group
    QString serviceName; ///< set for a service's tasks
    QJsonArray constraints; ///< placementConstraints of RunTask or the service
    QJsonArray strategies; ///< placementStrategy of RunTask or the service
    int count = 1; ///< how many tasks to place (a placement function may place fewer)
};
struct InstancePlacementResult {
    QString containerInstanceArn; ///< empty when nothing fits
    QStringList containerInstanceArns; ///< one per placed task when the function placed several
    QJsonArray failures; ///< [{arn, reason: "RESOURCE:CPU" | "RESOURCE:MEMORY" | "RESOURCE:PORTS" ...}]
    /// Per placed task (same order as containerInstanceArns), the host ports it got: networkBindings
    /// entries plus "containerName", and "dynamic": true for a port from the dynamic range.
    QList<QJsonArray> networkBindings;
    QString errorType; ///< set when the request itself is invalid (thrown as the API error)
    QString errorMessage;
};
using PlacementFunction = std::function<InstancePlacementResult(const InstancePlacementRequest&, const class Store&)>;

/// Amazon ECS (awsJson1_1, AmazonEC2ContainerServiceV20141113): clusters, task definitions,
/// services, tasks, container instances, capacity providers, account settings and tags, with
/// the validation and errors of the botocore model. Tasks start PROVISIONING/PENDING; the
/// simulation moves them on through Store::changed().
class EcsHandler : public ServiceHandler, public TaskOperations {
public:
    explicit EcsHandler(EndpointContext context);

    bool hasOperation(const QString& operation) const override;
    QJsonObject handle(const QString& operation, const QJsonObject& input) override;
    std::optional<QByteArray> handleRaw(const QString& operation, const QJsonObject& input) override;

    void setPlacementFunction(PlacementFunction placement) { m_placement = std::move(placement); }
    /// Chooses which of a service's tasks to stop on scale-in (instance ARN prefix, group, count,
    /// the service's strategies); by default the last ones in ARN order.
    using ScaleInFunction
        = std::function<QStringList(const class Store&, const QString&, const QString&, int, const QJsonArray&)>;
    void setScaleInFunction(ScaleInFunction scaleIn) { m_scaleIn = std::move(scaleIn); }
    /// When on (the simulation runs), DeleteService leaves the service DRAINING until its tasks
    /// have stopped and the simulation makes it INACTIVE; off, it is INACTIVE at once.
    void setDrainsOverTime(bool on) override { m_drainsOverTime = on; }
    static InstancePlacementResult firstFit(const InstancePlacementRequest& request, const Store& store);

    QString arn(const QString& resource) const override;

    /// For the simulation's service scheduler: starts `count` tasks of a service's deployment
    /// (startedBy = the deployment id) from `taskDefinitionArn`; placement failures go to `failures`.
    /// `onlyInstances`, when given, are the only container instances to place on (a DAEMON service).
    QJsonArray startServiceTasks(const QString& serviceKey, const QString& deploymentId,
        const QString& taskDefinitionArn, int count, QJsonArray* failures,
        const QStringList& onlyInstances = {}) override;
    /// A task definition by ARN or family:revision (nullptr when absent).
    const QJsonObject* findTaskDefinition(const QString& reference) const override;
    /// Tells a task to stop (desiredStatus STOPPED, reason, stop code); resources go back at once.
    void stopTaskRecord(const QString& key, const QString& reason, const QString& stopCode) override;
    /// Starts or stops tasks until the service has desiredCount non-stopped tasks.
    void reconcileService(const QString& serviceKey);

private:
    using Operation = QJsonObject (EcsHandler::*)(const QJsonObject&);
    static const QHash<QString, Operation>& operations();

    QJsonObject createCluster(const QJsonObject& in);
    QJsonObject deleteCluster(const QJsonObject& in);
    QJsonObject updateClusterSettings(const QJsonObject& in);
    static void validateClusterSettings(const QJsonArray& settings);
    QJsonObject listClusters(const QJsonObject& in);
    QJsonObject describeClusters(const QJsonObject& in);
    QJsonObject registerTaskDefinition(const QJsonObject& in);
    QJsonObject deregisterTaskDefinition(const QJsonObject& in);
    QJsonObject describeTaskDefinition(const QJsonObject& in);
    QJsonObject listTaskDefinitions(const QJsonObject& in);
    QJsonObject listTaskDefinitionFamilies(const QJsonObject& in);
    QJsonObject createService(const QJsonObject& in);
    QJsonObject updateService(const QJsonObject& in);
    QJsonObject deleteService(const QJsonObject& in);
    QJsonObject listServices(const QJsonObject& in);
    QJsonObject describeServices(const QJsonObject& in);
    QJsonObject runTask(const QJsonObject& in);
    QJsonObject startTask(const QJsonObject& in);
    QJsonObject stopTask(const QJsonObject& in);
    QJsonObject listTasks(const QJsonObject& in);
    QByteArray listTasksRaw(const QJsonObject& in);
    QStringList listTaskKeys(const QJsonObject& in, QString* next);
    QJsonObject describeTasks(const QJsonObject& in);
    QJsonObject registerContainerInstance(const QJsonObject& in);
    QJsonObject deregisterContainerInstance(const QJsonObject& in);
    QJsonObject listContainerInstances(const QJsonObject& in);
    QJsonObject describeContainerInstances(const QJsonObject& in);
    QJsonObject updateContainerInstancesState(const QJsonObject& in);
    QJsonObject describeCapacityProviders(const QJsonObject& in);
    QJsonObject putAccountSetting(const QJsonObject& in);
    QJsonObject putAccountSettingDefault(const QJsonObject& in);
    QJsonObject deleteAccountSetting(const QJsonObject& in);
    QJsonObject listAccountSettings(const QJsonObject& in);
    QJsonObject tagResource(const QJsonObject& in);
    QJsonObject untagResource(const QJsonObject& in);
    QJsonObject listTagsForResource(const QJsonObject& in);

    // Lookups (throwing the ECS error when absent).
    QString clusterArnFor(const QString& nameOrArn) const;
    const QJsonObject& activeCluster(const QJsonObject& in) const;
    QJsonObject clusterView(const QJsonObject& cluster, const QStringList& include) const;
    const QJsonObject& requireTaskDefinition(const QString& reference) const;
    QString serviceKey(const QString& clusterArn, const QString& nameOrArn) const;
    QString taskKey(const QString& clusterArn, const QString& idOrArn) const;
    QString instanceKey(const QString& clusterArn, const QString& idOrArn) const;
    QJsonArray tagsOf(const QString& arn) const;
    void setTags(const QString& arn, const QJsonArray& tags);
    void validateTags(const QJsonArray& tags) const;

    QJsonObject newTask(const QJsonObject& cluster, const QJsonObject& taskDefinition, const QJsonObject& in,
        const QString& launchType, const QString& containerInstanceArn, const QString& group, const QString& startedBy,
        const QJsonArray& bindings = {});
    QJsonArray placeTasks(const QJsonObject& cluster, const QJsonObject& taskDefinition, const QJsonObject& in,
        int count, const QString& group, const QString& startedBy, QJsonArray* failures,
        const QStringList& onlyInstances = {});
    /// Takes (or with `release`, gives back) a task's CPU, memory and host ports on its instance:
    /// static host ports go to remainingResources PORTS / PORTS_UDP, dynamic ones to a field of the
    /// record that views leave out (the placement engine must not hand them out twice).
    void reserveOnInstance(
        const QString& instanceArn, int cpu, int memory, const QJsonArray& bindings, bool release = false);
    /// runningTasksCount / pendingTasksCount per container instance of the cluster, from its tasks
    /// whose desiredStatus is RUNNING (RUNNING ones, and the ones not running yet).
    QHash<QString, QPair<int, int>> instanceTaskCounts(const QString& clusterArn) const;
    /// A container instance record as the API shows it: the task counts filled in, private fields out.
    static QJsonObject instanceView(
        const QString& key, const QJsonObject& record, const QHash<QString, QPair<int, int>>& counts);

    PlacementFunction m_placement;
    ScaleInFunction m_scaleIn;
    bool m_drainsOverTime = false;
};

} // namespace EcsDesk::Local
