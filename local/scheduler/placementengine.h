// SPDX-License-Identifier: MIT
#pragma once

#include "local/scheduler/placementtypes.h"

#include <QCoreApplication>
#include <QStringList>

#include <random>

namespace EcsDesk::Local {

/// ECS task placement on plain data: filters container instances by resources (CPU, memory, ports),
/// then by placement constraints (distinctInstance, memberOf), then orders the rest by the placement
/// strategies in sequence (binpack, spread, random; later strategies break earlier ties). Places N
/// tasks one at a time, updating remaining resources, ports and spread counts in between; also
/// chooses which tasks to stop when a service scales in. Deterministic for a given seed.
class PlacementEngine {
    Q_DECLARE_TR_FUNCTIONS(EcsDesk::Local::PlacementEngine)
public:
    /// First and last port of the default dynamic host port range (ECS agent on Linux).
    static constexpr int DefaultDynamicPortFirst = 49153;
    static constexpr int DefaultDynamicPortLast = 65535;

    explicit PlacementEngine(quint64 seed = 5489u);

    /// Reseeds the generator behind the random strategy.
    void seed(quint64 seed) { m_rng.seed(seed); }

    /// Range bridge-mode tasks get dynamic host ports from (hostPort 0 or absent).
    void setDynamicPortRange(int first, int last);

    /// Whether place() keeps the fitting instances in an incremental index (the default) or scans
    /// every instance for each task. Both choose the same instances; the scan is the reference the
    /// tests compare the index against. The random strategy always scans.
    void setIndexed(bool indexed) { m_indexed = indexed; }

    /// Places request.count tasks on `instances`. Tasks that fit nowhere are counted in
    /// unplacedCount, with the per-instance RunTask `failures` and, for a service, the event
    /// sentence. An invalid request (bad constraint expression, unknown strategy field, ...) gives
    /// `error` and places nothing.
    PlacementResult place(const QList<ContainerInstance>& instances, const PlacementRequest& request);

    /// Chooses request.count tasks of request.group to stop, the way ECS scales a service in:
    /// spread takes from the most populated value (AZ, instance, ...), binpack from the instance
    /// left with the most resources after the stop, random at random; the strategies chain as in
    /// placement and remaining ties are broken at random. Without strategies: the most populated AZ,
    /// then the instance with the most of the service's tasks. The newest task on an instance goes.
    ScaleInResult chooseTasksToStop(const QList<ContainerInstance>& instances, const ScaleInRequest& request);

    /// Records placed tasks on the instances, as the store will after RunTask: takes their CPU,
    /// memory and host ports and adds them to the instances' task lists. `taskArns` names the
    /// placements in order (missing names stay empty).
    static void applyPlacements(QList<ContainerInstance>& instances, const TaskRequirements& task,
        const QList<TaskPlacement>& placements, const QStringList& taskArns);

    /// Removes stopped tasks from the instances and gives back their CPU, memory and host ports.
    static void releaseTasks(QList<ContainerInstance>& instances, const QList<TaskToStop>& tasks);

    /// Checks constraints and strategies as the ECS API does; nullopt when they are valid.
    static std::optional<PlacementError> validate(
        const QList<PlacementConstraint>& constraints, const QList<PlacementStrategy>& strategies);

    /// The strategy ECS gives a service that names none: spread over Availability Zones, then over
    /// the instances within a zone.
    static QList<PlacementStrategy> defaultServiceStrategies();

    /// RunTask failure reasons, exactly as ECS words them: RESOURCE:<name of the container
    /// instance resource>, where TCP host ports are the resource PORTS and UDP ports PORTS_UDP.
    static QString reasonCpu() { return QStringLiteral("RESOURCE:CPU"); }
    static QString reasonMemory() { return QStringLiteral("RESOURCE:MEMORY"); }
    static QString reasonPorts() { return QStringLiteral("RESOURCE:PORTS"); }
    static QString reasonPortsUdp() { return QStringLiteral("RESOURCE:PORTS_UDP"); }
    static QString reasonAgent() { return QStringLiteral("AGENT"); }
    static QString reasonAttribute() { return QStringLiteral("ATTRIBUTE"); }
    static QString reasonMemberOf() { return QStringLiteral("MemberOf placement constraint unsatisfied."); }
    static QString reasonDistinctInstance()
    {
        return QStringLiteral("DistinctInstance placement constraint unsatisfied.");
    }

private:
    std::mt19937_64 m_rng;
    int m_dynamicFirst = DefaultDynamicPortFirst;
    int m_dynamicLast = DefaultDynamicPortLast;
    bool m_indexed = true;
};

} // namespace EcsDesk::Local
