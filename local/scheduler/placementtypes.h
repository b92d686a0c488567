// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace EcsDesk::Local {

/// Transport protocol of a port mapping or a reserved port.
enum class PortProtocol { Tcp, Udp };

/// Container instance status as ECS reports it; only ACTIVE instances receive new tasks.
enum class InstanceStatus { Active, Draining, Inactive };

/// One port mapping of the task. hostPort 0 in bridge mode asks for a dynamic port; in host mode a
/// 0 host port means the container port.
struct PortMapping {
    int containerPort = 0;
    int hostPort = 0;
    PortProtocol protocol = PortProtocol::Tcp;
    bool operator==(const PortMapping&) const = default;
};

/// A task already running (or pending) on a container instance, as the placement engine needs it.
struct RunningTask {
    QString taskArn;
    QString group; ///< `service:name` or `family:name` (or a RunTask group)
    QString family; ///< task definition family
    int cpu = 0;
    int memory = 0;
    QList<PortMapping> portMappings; ///< with the host ports it holds on the instance
};

/// A container instance as the placement engine sees it: plain data, no store, no HTTP.
struct ContainerInstance {
    QString arn; ///< arn:aws:ecs:region:account:container-instance/cluster/id
    QString ec2InstanceId;
    InstanceStatus status = InstanceStatus::Active;
    bool agentConnected = true;
    QString agentVersion; ///< e.g. 1.68.2
    QDateTime registeredAt;
    int registeredCpu = 0;
    int registeredMemory = 0;
    int remainingCpu = 0;
    int remainingMemory = 0;
    QList<int> reservedTcpPorts; ///< host TCP ports in use (agent reserved ports included)
    QList<int> reservedUdpPorts;
    QHash<QString, QString> attributes; ///< name -> value; a value-less attribute maps to ""
    QList<RunningTask> tasks;

    /// The id part of the ARN (what follows the last '/'), or the ARN itself.
    QString id() const;
};

/// Docker network mode of the task definition.
enum class NetworkMode { Bridge, Host, AwsVpc, None };

/// What one container of a task definition reserves, for summing task requirements.
struct ContainerRequirement {
    int cpu = 0;
    std::optional<int> memory; ///< hard limit
    std::optional<int> memoryReservation; ///< soft limit; reserved when given
    QList<PortMapping> portMappings;
};

/// An attribute the task definition requires of its instance (`requiresAttributes`): the name, and
/// the value when one is required.
struct RequiredAttribute {
    QString name;
    std::optional<QString> value;
};

/// The task to place: its reservations, ports, group and family.
struct TaskRequirements {
    int cpu = 0;
    int memory = 0;
    NetworkMode networkMode = NetworkMode::Bridge;
    QList<PortMapping> portMappings;
    QString group; ///< `service:name`, `family:name` or a RunTask group
    QString family;
    QList<RequiredAttribute> requiredAttributes;

    /// Task-level cpu/memory when given, else the containers' sum (memoryReservation, else memory).
    static TaskRequirements fromContainers(std::optional<int> taskCpu, std::optional<int> taskMemory,
        const QList<ContainerRequirement>& containers, NetworkMode networkMode);
};

/// A placement constraint as the ECS API takes it.
struct PlacementConstraint {
    enum class Type { DistinctInstance, MemberOf };
    Type type = Type::DistinctInstance;
    QString expression; ///< memberOf only: a cluster query language expression
};

/// A placement strategy as the ECS API takes it.
struct PlacementStrategy {
    enum class Type { Random, Spread, Binpack };
    Type type = Type::Random;
    QString field; ///< spread: instanceId, host or an attribute; binpack: cpu or memory

    static PlacementStrategy spread(const QString& field) { return { Type::Spread, field }; }
    static PlacementStrategy binpack(const QString& field) { return { Type::Binpack, field }; }
    static PlacementStrategy random() { return { Type::Random, {} }; }
};

/// A placement run: place `count` copies of `task` on the instances.
struct PlacementRequest {
    TaskRequirements task;
    int count = 1;
    QList<PlacementConstraint> constraints;
    QList<PlacementStrategy> strategies;
    QString serviceName; ///< set for a service; names the service in the event sentence
};

/// One placed task: where, and which host ports it got (one per requested mapping, in order).
struct TaskPlacement {
    int instanceIndex = -1; ///< index into the instance list given to the engine
    QString containerInstanceArn;
    QList<PortMapping> portMappings; ///< hostPort resolved (0 for awsvpc/none)
};

/// A RunTask `failures` entry: the instance ARN and the reason ECS gives.
struct PlacementFailure {
    QString arn;
    QString reason;
    bool operator==(const PlacementFailure&) const = default;
};

/// A typed request error a caller passes through as an ECS error (`__type` and message).
struct PlacementError {
    QString type; ///< InvalidParameterException, ClientException
    QString message;
};

/// Outcome of a placement run.
struct PlacementResult {
    std::optional<PlacementError> error; ///< the request itself is invalid; nothing placed
    QList<TaskPlacement> placements;
    QList<PlacementFailure> failures; ///< per instance, when a task could not be placed
    int unplacedCount = 0;
    QString serviceEventMessage; ///< ECS's "unable to place a task" sentence when unplaced > 0
};

/// Which tasks of a group to stop when a service scales in.
struct ScaleInRequest {
    QString group;
    int count = 0;
    QList<PlacementStrategy> strategies; ///< the service's strategies; empty: balance AZs, then instances
};

/// One task chosen to stop.
struct TaskToStop {
    QString taskArn;
    QString containerInstanceArn;
    bool operator==(const TaskToStop&) const = default;
};

/// Outcome of a scale-in choice.
struct ScaleInResult {
    std::optional<PlacementError> error;
    QList<TaskToStop> tasks;
};

} // namespace EcsDesk::Local
