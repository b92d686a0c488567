// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonArray>
#include <QStringList>

namespace EcsDesk::Local {

class Store;
class TaskService;

/// The tasks of `group` to stop when a service scales in by `count`, chosen by the placement
/// engine's chooseTasksToStop over the cluster's instances (`instancePrefix` is the ARN prefix
/// of the cluster's container instances); `strategies` is the service's placementStrategy.
/// Empty when the tasks have no instances (Fargate).
QStringList chooseTasksToStop(
    const Store& store, const QString& instancePrefix, const QString& group, int count, const QJsonArray& strategies);

/// The container instances a DAEMON service runs one task on: the ACTIVE ones under `instancePrefix`
/// (the cluster's container-instance ARN prefix) that satisfy the service's memberOf constraints.
/// ECS reports their number as the service's desiredCount.
QStringList daemonInstances(const Store& store, const QString& instancePrefix, const QJsonArray& constraints);

/// Wires the placement engine (local/scheduler/) into the domain's placement hook: RunTask,
/// StartTask and the service scheduler then place by resources, constraints and strategies (a
/// service without strategies spreads over Availability Zones), with the engine's failures.
void installPlacementEngine(TaskService* tasks, unsigned long long seed = 5489u);

} // namespace EcsDesk::Local
