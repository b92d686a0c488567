// SPDX-License-Identifier: MIT
#pragma once

#include "local/domain/records.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace EcsDesk::Local {

class Store;

/// The typed view of the ECS records in the store: everything outside the record codec
/// (records.cpp) and the wire handlers reads and writes tasks, services, container instances,
/// task definitions and clusters through it, as typed records. The store keeps each record as its
/// AWS-shaped JSON document (the persistence format); the repository maps between the two.
class Repository {
public:
    explicit Repository(Store* store)
        : m_store(store)
    {
    }

    Store& store() const { return *m_store; }

    std::optional<TaskRecord> task(const QString& arn) const;
    void putTask(const TaskRecord& task);

    std::optional<ServiceRecord> service(const QString& arn) const;
    void putService(const ServiceRecord& service);
    /// The services of a cluster (every status), in ARN order.
    QList<ServiceRecord> servicesOf(const QString& clusterArn) const;

    std::optional<ContainerInstanceRecord> containerInstance(const QString& arn) const;
    void putContainerInstance(const ContainerInstanceRecord& instance);
    /// The container instances of a cluster (every status), in ARN order.
    QList<ContainerInstanceRecord> containerInstancesOf(const QString& clusterArn) const;

    std::optional<ClusterRecord> cluster(const QString& arn) const;
    /// Whether the cluster exists and is ACTIVE, without decoding its record (the hot reads' check).
    bool isActiveCluster(const QString& arn) const;
    void putCluster(const ClusterRecord& cluster);

    /// A task definition by ARN, family:revision, or family (its latest ACTIVE revision).
    std::optional<TaskDefinitionRecord> taskDefinition(const QString& reference) const;
    void putTaskDefinition(const TaskDefinitionRecord& definition);
    /// The same record as stored JSON (nullptr when absent), for readers of fields the record does not type.
    const QJsonObject* taskDefinitionDocument(const QString& reference) const;
    /// The store key of a task definition revision (family:0000000007, so revisions sort numerically).
    static QString taskDefinitionKey(const QString& family, int revision);

    /// The key prefix of a cluster's resources of one type ("task", "service", "container-instance"):
    /// arn:aws:ecs:REGION:ACCOUNT:task/CLUSTER/ from the cluster's ARN.
    static QString resourcePrefix(const QString& clusterArn, QLatin1String resource);

private:
    Store* m_store;
};

/// The part after the last '/', for resources given by id or ARN.
inline QString lastSegment(const QString& idOrArn) { return idOrArn.mid(idOrArn.lastIndexOf(QLatin1Char('/')) + 1); }

/// Visits the entries of an ordered map whose key starts with `prefix`, in key order, starting after
/// `after` (when given); `visit(key, value)` returns false to stop.
template <typename Map, typename Visit>
void forRange(const Map& collection, const QString& prefix, const QString& after, Visit visit)
{
    auto it = after.isEmpty() ? collection.lower_bound(prefix) : collection.upper_bound(after);
    if (!after.isEmpty() && !after.startsWith(prefix))
        it = collection.lower_bound(prefix);
    for (; it != collection.end() && it->first.startsWith(prefix); ++it) {
        if (!visit(it->first, it->second))
            return;
    }
}

} // namespace EcsDesk::Local
