// SPDX-License-Identifier: MIT
#pragma once

#include "api/ecs/types.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>

namespace EcsDesk::Api {

/// One cluster fetched whole: the cluster, its services, its tasks (running and, when asked,
/// recently stopped), its container instances and every task definition those use. `failures`
/// lists what a Describe* reported missing (a task that expired between listing and describing),
/// so nothing is silently dropped.
struct ClusterSnapshot {
    Cluster cluster;
    QList<Service> services;
    QList<Task> tasks;
    QList<ContainerInstance> containerInstances;
    QList<TaskDefinition> taskDefinitions;
    QList<Failure> failures;
    QDateTime fetchedAt;
    int requestCount = 0; ///< API calls the loader made (retries not counted)
    /// The tasks went out as they arrived (ClusterSnapshotLoader::Options::streamTasks,
    /// tasksArrived()): `tasks` is empty, `taskCount` says how many there were.
    bool tasksStreamed = false;
    qsizetype taskCount = 0; ///< tasks described, streamed or in `tasks`

    /// The server's objects as fetched, sorted by ARN: { cluster, services, tasks, containerInstances,
    /// taskDefinitions, failures }.
    QJsonObject toJson() const;
    bool operator==(const ClusterSnapshot&) const = default;
};

/// Snapshot exports for `ecsdesk-cli snapshot` and the app's "export" action.
namespace SnapshotExport {
    /// {"clusters": [snapshot.toJson(), ...]}, indented.
    QByteArray toJson(const QList<ClusterSnapshot>& snapshots);
    /// One row per resource: kind,cluster,name,arn,status,taskDefinition,desired,running,pending,detail.
    QByteArray toCsv(const QList<ClusterSnapshot>& snapshots);
    /// RFC 4180 field quoting.
    QString csvField(const QString& value);
} // namespace SnapshotExport

} // namespace EcsDesk::Api
