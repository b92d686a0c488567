// SPDX-License-Identifier: MIT
#pragma once

#include "local/api/servicehandler.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace EcsDesk::Local {

class TaskOperations;

/// Simulated EC2 Auto Scaling groups behind ECS capacity providers (issue 18). A group
/// (Kind::AutoScalingGroup, keyed by name) is AWS-shaped (AutoScalingGroupName, MinSize, MaxSize,
/// DesiredCapacity, Instances, …) plus the simulation's own `ecsdesk` object: the instance type,
/// the cluster its user data names with ECS_CLUSTER=, Spot or not, the boot delay, per-instance
/// state and the scaling activities. Each simulation step launches instances up to the desired
/// capacity (they register with the cluster, with their type's CPU and memory, once booted),
/// drains and terminates the surplus, and once a simulated minute runs ECS managed scaling for
/// the capacity provider on the group (CapacityProviderReservation).
namespace AutoScalingGroups {
    /// CPU units and memory (MiB) an instance type registers with ECS (t3.*, m5.*, c5.*, r5.*);
    /// std::nullopt for a type the table does not know.
    std::optional<std::pair<int, int>> instanceResources(const QString& instanceType);

    /// The cluster name that EC2 user data (plain or base64) sets with ECS_CLUSTER=; "default".
    QString clusterFromUserData(const QString& userData);

    struct GroupSpec {
        QString name;
        int minSize = 0;
        int maxSize = 0;
        int desiredCapacity = 0;
        QString instanceType = QStringLiteral("t3.medium");
        QString userData; ///< plain or base64
        QString launchTemplateName;
        QString launchTemplateId;
        bool spot = false;
        bool newInstancesProtectedFromScaleIn = false;
        qint64 bootMs = 30'000; ///< from launch to registering with the cluster
    };
    /// Writes a new group record (the caller checks the name is free); returns it.
    QJsonObject createGroup(const EndpointContext& context, const GroupSpec& spec);
    /// The group's ARN as EC2 Auto Scaling writes it.
    QString groupArn(const EndpointContext& context, const QString& name, const QString& uuid);
    /// Sets the desired capacity (within MinSize/MaxSize) with an activity naming `cause`.
    bool setDesiredCapacity(const EndpointContext& context, const QString& name, int desired, const QString& cause);

    /// One simulation step at `nowMs`: boots, registers, drains and terminates instances and, once
    /// per minute, runs managed scaling and gives in-service Spot instances an interruption notice
    /// at `spotInterruptionsPerHour` (a stable draw per instance and minute; the simulation's
    /// ECSDESK_SIM_SPOT_RATE). Costs nothing while there is no group.
    void step(const EndpointContext& context, TaskOperations& ecs, qint64 nowMs, double spotInterruptionsPerHour = 0);

    /// A two-minute Spot interruption notice for an instance of a Spot group: its container instance
    /// goes DRAINING at once (ECS_ENABLE_SPOT_INSTANCE_DRAINING), the instance is terminated when the
    /// notice ends and the group launches a replacement. False when no such running instance.
    bool interruptSpotInstance(const EndpointContext& context, const QString& instanceId, qint64 nowMs);
} // namespace AutoScalingGroups

} // namespace EcsDesk::Local
