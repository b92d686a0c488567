// SPDX-License-Identifier: MIT
#pragma once

#include "stubserver.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>

namespace EcsDesk::Testing {

/// A generated ECS account for one cluster, answering the read API the snapshot loader uses
/// (DescribeClusters, ListServices, DescribeServices, ListTasks, DescribeTasks,
/// ListContainerInstances, DescribeContainerInstances, ListTaskDefinitionFamilies,
/// DescribeTaskDefinition) with real pagination (nextToken, maxResults defaults and maxima) and
/// the API's batch limits, answered with InvalidParameterException when exceeded, as ECS does.
/// Plug handle() into a StubServer, possibly wrapped by a fault injector.
class FakeEcs {
public:
    struct Shape {
        int services = 20;
        int runningPerService = 5;
        int stoppedPerService = 1;
        int standaloneTasks = 3; ///< RunTask tasks that belong to no service
        int containerInstances = 4;
        int families = 5;
        int danglingTasks = 0; ///< stopped tasks whose task definition was deleted
    };
    explicit FakeEcs(Shape shape);

    StubResponse handle(const StubRequest& request) const;

    QString clusterName() const { return QStringLiteral("bench"); }
    QString clusterArn() const { return m_clusterArn; }
    int taskCount() const { return int(m_tasks.size()); }
    int serviceCount() const { return int(m_serviceArns.size()); }
    int familyCount() const { return int(m_families.size()); }
    /// The longest chain of sequential calls this data forces on a client with unlimited
    /// parallelism and the API's page sizes (see docs/client.md).
    int roundTripLowerBound() const;
    /// Describe/List calls per operation so far.
    QHash<QString, int> calls() const { return m_calls; }

private:
    StubResponse page(const QStringList& all, const QJsonObject& input, int defaultMax, const char* key) const;

    Shape m_shape;
    QString m_clusterArn;
    QJsonObject m_cluster;
    QStringList m_families;
    QHash<QString, QJsonObject> m_taskDefinitions; ///< by ARN and by family name
    QStringList m_serviceArns;
    QHash<QString, QJsonObject> m_services; ///< by ARN and name
    QHash<QString, QJsonObject> m_tasks;
    QHash<QString, QStringList> m_taskIndex; ///< "family|status", "|status" -> task ARNs
    QStringList m_instanceArns;
    QHash<QString, QJsonObject> m_instances;
    QHash<QString, QByteArray> m_serviceBytes; ///< serialized once: the stub must not be the bottleneck
    QHash<QString, QByteArray> m_taskBytes;
    QHash<QString, QByteArray> m_instanceBytes;
    mutable QHash<QString, int> m_calls;
};

} // namespace EcsDesk::Testing
