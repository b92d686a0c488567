// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace EcsDesk::Api {

// ECS domain types as the ECS API reports them. Each keeps the server's full JSON object in `raw`
// so fields the app does not model yet are never lost; all are cheap to copy (implicitly shared
// Qt containers) and compare with a defaulted operator==.

/// A key/value pair: tags, environment variables, docker labels.
struct KeyValuePair {
    QString name;
    QString value;
    bool operator==(const KeyValuePair&) const = default;
};

/// A resource tag (`key`/`value`).
struct Tag {
    QString key;
    QString value;
    static Tag fromJson(const QJsonObject& json);
    QJsonObject toJson() const;
    bool operator==(const Tag&) const = default;
};

/// One entry of a Describe* `failures` list.
struct Failure {
    QString arn;
    QString reason;
    QString detail;
    static Failure fromJson(const QJsonObject& json);
    bool operator==(const Failure&) const = default;
};

/// One page of a List* answer.
struct ListPage {
    QStringList arns;
    QString nextToken;
    bool operator==(const ListPage&) const = default;
};

/// One item of a capacity provider strategy: {"capacityProvider": "FARGATE", "base": 1, "weight": 1}.
struct CapacityProviderStrategyItem {
    QString capacityProvider;
    int base = 0; ///< 0..100000; at most one item of a strategy has a base
    int weight = 0; ///< 0..1000
    static CapacityProviderStrategyItem fromJson(const QJsonObject& json);
    /// base and weight are sent when not 0 (ECS's default is 0 for both).
    QJsonObject toJson() const;
    bool operator==(const CapacityProviderStrategyItem&) const = default;
};
using CapacityProviderStrategy = QList<CapacityProviderStrategyItem>;

/// An ECS cluster as DescribeClusters reports it.
struct Cluster {
    QString arn;
    QString name;
    QString status;
    int activeServicesCount = 0;
    int runningTasksCount = 0;
    int pendingTasksCount = 0;
    int registeredContainerInstancesCount = 0;
    QStringList capacityProviders;
    CapacityProviderStrategy defaultCapacityProviderStrategy;
    QString containerInsights; ///< settings: enabled, enhanced, disabled; empty when not asked (SETTINGS)
    QList<Tag> tags;
    QJsonObject raw;

    static Cluster fromJson(const QJsonObject& json);
    bool operator==(const Cluster&) const = default;
};

/// A deployment of a service (PRIMARY, ACTIVE, INACTIVE).
struct Deployment {
    QString id;
    QString status;
    QString taskDefinition;
    int desiredCount = 0;
    int pendingCount = 0;
    int runningCount = 0;
    int failedTasks = 0;
    QString rolloutState;
    QString rolloutStateReason;
    QString launchType;
    QDateTime createdAt;
    QDateTime updatedAt;
    QJsonObject raw;

    static Deployment fromJson(const QJsonObject& json);
    bool operator==(const Deployment&) const = default;
};

/// One line of a service's event log.
struct ServiceEvent {
    QString id;
    QDateTime createdAt;
    QString message;
    bool operator==(const ServiceEvent&) const = default;
};

/// A load balancer a service registers its tasks with.
struct LoadBalancer {
    QString targetGroupArn;
    QString loadBalancerName;
    QString containerName;
    int containerPort = 0;
    bool operator==(const LoadBalancer&) const = default;
};

/// An ECS service with its deployments and events.
struct Service {
    QString arn;
    QString name;
    QString clusterArn;
    QString status;
    QString taskDefinition;
    QString launchType;
    QString schedulingStrategy;
    int desiredCount = 0;
    int runningCount = 0;
    int pendingCount = 0;
    QList<Deployment> deployments;
    QList<ServiceEvent> events;
    QList<LoadBalancer> loadBalancers;
    QJsonArray capacityProviderStrategy;
    QJsonObject deploymentConfiguration;
    QJsonObject networkConfiguration;
    QJsonArray placementConstraints;
    QJsonArray placementStrategy;
    QList<Tag> tags;
    QDateTime createdAt;
    QJsonObject raw;

    static Service fromJson(const QJsonObject& json);
    bool operator==(const Service&) const = default;
};

/// A network binding of a running container.
struct NetworkBinding {
    QString bindIP;
    int containerPort = 0;
    int hostPort = 0;
    QString protocol;
    bool operator==(const NetworkBinding&) const = default;
};

/// A container of a task.
struct Container {
    QString arn;
    QString name;
    QString image;
    QString lastStatus;
    QString healthStatus;
    std::optional<int> exitCode;
    QString reason;
    QString runtimeId;
    QString cpu;
    QString memory;
    QList<NetworkBinding> networkBindings;
    QJsonObject raw;

    static Container fromJson(const QJsonObject& json);
    bool operator==(const Container&) const = default;
};

/// A task and its containers.
struct Task {
    QString arn;
    QString clusterArn;
    QString taskDefinitionArn;
    QString containerInstanceArn;
    QString group; ///< "service:web" for service tasks
    QString startedBy;
    QString lastStatus;
    QString desiredStatus;
    QString healthStatus;
    QString launchType;
    QString availabilityZone;
    QString cpu;
    QString memory;
    QString stopCode;
    QString stoppedReason;
    QDateTime createdAt;
    QDateTime startedAt;
    QDateTime stoppingAt;
    QDateTime stoppedAt;
    QList<Container> containers;
    QList<Tag> tags;
    QJsonObject raw;

    static Task fromJson(const QJsonObject& json);
    bool operator==(const Task&) const = default;
};

/// One entry of a container instance's registered/remaining resources.
struct Resource {
    QString name; ///< CPU, MEMORY, PORTS, PORTS_UDP
    QString type; ///< INTEGER, DOUBLE, LONG, STRINGSET
    qint64 integerValue = 0;
    double doubleValue = 0;
    QStringList stringSetValue;
    bool operator==(const Resource&) const = default;
};

/// A container instance attribute (ecs.availability-zone, custom attributes ...).
struct Attribute {
    QString name;
    QString value;
    QString targetType;
    QString targetId;
    static Attribute fromJson(const QJsonObject& json);
    QJsonObject toJson() const;
    bool operator==(const Attribute&) const = default;
};

/// An EC2 instance registered in a cluster, with its resources and attributes.
struct ContainerInstance {
    QString arn;
    QString ec2InstanceId;
    QString status; ///< ACTIVE, DRAINING, ...
    QString statusReason;
    bool agentConnected = false;
    int runningTasksCount = 0;
    int pendingTasksCount = 0;
    QString capacityProviderName;
    QList<Resource> registeredResources;
    QList<Resource> remainingResources;
    QList<Attribute> attributes;
    QList<Tag> tags;
    QDateTime registeredAt;
    QJsonObject raw;

    /// The INTEGER value of a resource ("CPU", "MEMORY"), 0 when absent.
    qint64 registered(const QString& name) const;
    qint64 remaining(const QString& name) const;
    QString attribute(const QString& name) const;

    static ContainerInstance fromJson(const QJsonObject& json);
    bool operator==(const ContainerInstance&) const = default;
};

/// A container's port mapping.
struct PortMapping {
    int containerPort = 0;
    int hostPort = 0;
    QString protocol;
    QString name;
    bool operator==(const PortMapping&) const = default;
};

/// One container of a task definition.
struct ContainerDefinition {
    QString name;
    QString image;
    int cpu = 0;
    std::optional<int> memory;
    std::optional<int> memoryReservation;
    bool essential = true;
    QStringList command;
    QStringList entryPoint;
    QList<PortMapping> portMappings;
    QList<KeyValuePair> environment;
    QJsonObject logConfiguration;
    QJsonObject raw;

    static ContainerDefinition fromJson(const QJsonObject& json);
    bool operator==(const ContainerDefinition&) const = default;
};

/// A registered task definition revision.
struct TaskDefinition {
    QString arn;
    QString family;
    int revision = 0;
    QString status; ///< ACTIVE, INACTIVE
    QString networkMode;
    QString cpu;
    QString memory;
    QString taskRoleArn;
    QString executionRoleArn;
    QStringList requiresCompatibilities;
    QList<ContainerDefinition> containerDefinitions;
    QJsonArray volumes;
    QJsonArray placementConstraints;
    QDateTime registeredAt;
    QList<Tag> tags;
    QJsonObject raw;

    static TaskDefinition fromJson(const QJsonObject& json);
    bool operator==(const TaskDefinition&) const = default;
};

/// autoScalingGroupProvider.managedScaling of a capacity provider.
struct ManagedScaling {
    QString status; ///< ENABLED or DISABLED
    int targetCapacity = 0; ///< percent, 1..100
    int minimumScalingStepSize = 0;
    int maximumScalingStepSize = 0;
    int instanceWarmupPeriod = 0; ///< seconds
    bool operator==(const ManagedScaling&) const = default;
};

/// A capacity provider (Fargate, Fargate Spot, or an Auto Scaling group).
struct CapacityProvider {
    QString arn;
    QString name;
    QString status; ///< ACTIVE, INACTIVE
    QString updateStatus; ///< DELETE_IN_PROGRESS, UPDATE_COMPLETE, ...
    QString updateStatusReason;
    QString autoScalingGroupArn; ///< empty for FARGATE and FARGATE_SPOT
    ManagedScaling managedScaling;
    QString managedScalingStatus; ///< managedScaling.status
    QString managedTerminationProtection; ///< ENABLED or DISABLED
    QString managedDraining; ///< ENABLED or DISABLED
    QList<Tag> tags;
    QJsonObject raw;

    /// FARGATE and FARGATE_SPOT, the providers every account has.
    static bool isFargateName(const QString& name);
    bool isFargate() const { return isFargateName(name); }
    /// The name of the group from its ARN (...:autoScalingGroupName/<name>).
    QString autoScalingGroupName() const;

    static CapacityProvider fromJson(const QJsonObject& json);
    bool operator==(const CapacityProvider&) const = default;
};

/// A DescribeCapacityProviders answer (one page).
struct CapacityProvidersPage {
    QList<CapacityProvider> providers;
    QList<Failure> failures;
    QString nextToken;
    static CapacityProvidersPage fromJson(const QJsonObject& answer);
    bool operator==(const CapacityProvidersPage&) const = default;
};

/// A Describe* answer, decoded: the objects and what was reported missing.
template <typename T> struct DescribeResult {
    QList<T> items;
    QList<Failure> failures;
    bool operator==(const DescribeResult&) const = default;
};
using DescribeTasksResult = DescribeResult<Task>;
using DescribeServicesResult = DescribeResult<Service>;
using DescribeContainerInstancesResult = DescribeResult<ContainerInstance>;

namespace EcsJson {
    /// ECS timestamps are epoch seconds (JSON numbers, fractional); ISO strings are accepted too.
    QDateTime timestamp(const QJsonValue& value);
    QList<Tag> tags(const QJsonValue& value);
    QList<Failure> failures(const QJsonObject& answer);
    ListPage listPage(const QJsonObject& answer, QLatin1String arnsKey);
    QJsonArray tagsToJson(const QList<Tag>& tags);
    template <typename T> QList<T> objects(const QJsonValue& value)
    {
        QList<T> result;
        const QJsonArray array = value.toArray();
        result.reserve(array.size());
        for (const QJsonValue& item : array)
            result.append(T::fromJson(item.toObject()));
        return result;
    }
    /// A Describe* answer: the objects under `key` ("tasks", "services", ...) and the failures.
    template <typename T> DescribeResult<T> describeResult(const QJsonObject& answer, QLatin1String key)
    {
        return DescribeResult<T> { objects<T>(answer.value(key)), failures(answer) };
    }
} // namespace EcsJson

} // namespace EcsDesk::Api
