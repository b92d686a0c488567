// SPDX-License-Identifier: MIT
#pragma once

#include "local/api/servicehandler.h"
#include "local/domain/repository.h"
#include "local/domain/taskoperations.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QPair>
#include <QStringList>

#include <functional>

namespace EcsDesk::Local {

/// Where a task goes on the EC2 launch type. The placement engine replaces the default (first
/// ACTIVE instance with enough remaining CPU, memory and ports) with its own.
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

/// How tasks are launched: what RunTask, StartTask and a service give, decoded from the wire form.
struct TaskLaunch {
    QString launchType; ///< EC2, FARGATE or EXTERNAL; empty: FARGATE with a capacity provider strategy, else EC2
    QJsonArray capacityProviderStrategy;
    QJsonObject networkConfiguration;
    QJsonArray placementConstraints;
    QJsonArray placementStrategy;
    QJsonObject overrides;
    QJsonArray tags;
    bool enableExecuteCommand = false;
    QString group; ///< service:<name>, family:<name> or the caller's group
    QString startedBy;
};

/// The ECS domain's task operations: creating, placing, stopping tasks and keeping a service at its
/// desired count. The wire handlers (RunTask, StartTask, StopTask, the service operations, container
/// instance deregistration) and the simulation call them; errors are the ECS errors (ApiError).
class TaskService : public TaskOperations {
public:
    explicit TaskService(EndpointContext context);

    QString arn(const QString& resource) const override;
    QJsonArray startServiceTasks(const QString& serviceKey, const QString& deploymentId,
        const QString& taskDefinitionArn, int count, QJsonArray* failures,
        const QStringList& onlyInstances = {}) override;
    /// RunTask as the API answers it: the ECS handler's operation (its rulebook, checks and placement),
    /// installed with setRunTask().
    QJsonObject runTask(const QJsonObject& request) override;
    void setRunTask(std::function<QJsonObject(const QJsonObject&)> runTask) { m_runTask = std::move(runTask); }
    const QJsonObject* findTaskDefinition(const QString& reference) const override;
    void stopTaskRecord(const QString& key, const QString& reason, const QString& stopCode) override;
    void setDrainsOverTime(bool on) override { m_drainsOverTime = on; }
    bool drainsOverTime() const { return m_drainsOverTime; }

    void setPlacementFunction(PlacementFunction placement) { m_placement = std::move(placement); }
    /// Chooses which of a service's tasks to stop on scale-in (instance ARN prefix, group, count,
    /// the service's strategies); by default the last ones in ARN order.
    using ScaleInFunction
        = std::function<QStringList(const class Store&, const QString&, const QString&, int, const QJsonArray&)>;
    void setScaleInFunction(ScaleInFunction scaleIn) { m_scaleIn = std::move(scaleIn); }
    static InstancePlacementResult firstFit(const InstancePlacementRequest& request, const Store& store);

    const Repository& repository() const { return m_repository; }
    Repository& repository() { return m_repository; }

    /// Places and creates `count` tasks of `taskDefinition` in `cluster` (only on `onlyInstances` when
    /// given); what could not be placed goes to `failures`. Throws the ECS error for an invalid launch.
    QJsonArray placeTasks(const ClusterRecord& cluster, const QJsonObject& taskDefinition, const TaskLaunch& launch,
        int count, QJsonArray* failures, const QStringList& onlyInstances = {});
    /// Starts or stops tasks until the service has desiredCount non-stopped tasks, and counts them.
    void reconcileService(const QString& serviceKey);
    /// runningTasksCount / pendingTasksCount per container instance of the cluster, from its tasks
    /// whose desiredStatus is RUNNING (RUNNING ones, and the ones not running yet).
    QHash<QString, QPair<int, int>> instanceTaskCounts(const QString& clusterArn) const;
    /// Where an instance record keeps the dynamic host ports its tasks hold (not part of the API).
    static QLatin1String dynamicPortsField();

private:
    QJsonObject newTask(const ClusterRecord& cluster, const QJsonObject& taskDefinition, const TaskLaunch& launch,
        const QString& launchType, const QString& containerInstanceArn, const QJsonArray& bindings = {});
    /// Takes (or with `release`, gives back) a task's CPU, memory and host ports on its instance:
    /// static host ports go to remainingResources PORTS / PORTS_UDP, dynamic ones to a field of the
    /// record that views leave out (the placement engine must not hand them out twice).
    void reserveOnInstance(
        const QString& instanceArn, int cpu, int memory, const QJsonArray& bindings, bool release = false);
    TaskLaunch serviceLaunch(const ServiceRecord& service, const QString& deploymentId, bool withStrategy) const;

    EndpointContext m_context;
    Repository m_repository;
    PlacementFunction m_placement;
    ScaleInFunction m_scaleIn;
    std::function<QJsonObject(const QJsonObject&)> m_runTask;
    bool m_drainsOverTime = false;
};

} // namespace EcsDesk::Local
