// SPDX-License-Identifier: MIT
#include "local/domain/repository.h"

#include "local/store/store.h"

using namespace Qt::Literals::StringLiterals;

namespace EcsDesk::Local {

namespace {
    template <typename Record> std::optional<Record> read(const Store& store, Kind kind, const QString& key)
    {
        const QJsonObject* document = store.find(kind, key);
        if (!document)
            return std::nullopt;
        return Record::fromJson(*document);
    }
} // namespace

QString Repository::resourcePrefix(const QString& clusterArn, QLatin1String resource)
{
    // arn:aws:ecs:REGION:ACCOUNT:cluster/NAME -> arn:aws:ecs:REGION:ACCOUNT:<resource>/NAME/
    const qsizetype slash = clusterArn.indexOf(QLatin1Char('/'));
    const qsizetype colon = clusterArn.lastIndexOf(QLatin1Char(':'), slash);
    return clusterArn.left(colon + 1) + resource + QLatin1Char('/') + clusterArn.mid(slash + 1) + QLatin1Char('/');
}

std::optional<TaskRecord> Repository::task(const QString& arn) const
{
    return read<TaskRecord>(*m_store, Kind::Task, arn);
}

void Repository::putTask(const TaskRecord& task) { m_store->put(Kind::Task, task.arn, task.toJson()); }

std::optional<ServiceRecord> Repository::service(const QString& arn) const
{
    return read<ServiceRecord>(*m_store, Kind::Service, arn);
}

void Repository::putService(const ServiceRecord& service)
{
    m_store->put(Kind::Service, service.arn, service.toJson());
}

QList<ServiceRecord> Repository::servicesOf(const QString& clusterArn) const
{
    QList<ServiceRecord> services;
    forRange(m_store->collection(Kind::Service), resourcePrefix(clusterArn, "service"_L1), {},
        [&](const QString&, const QJsonObject& document) {
            services.append(ServiceRecord::fromJson(document));
            return true;
        });
    return services;
}

std::optional<ContainerInstanceRecord> Repository::containerInstance(const QString& arn) const
{
    return read<ContainerInstanceRecord>(*m_store, Kind::ContainerInstance, arn);
}

void Repository::putContainerInstance(const ContainerInstanceRecord& instance)
{
    m_store->put(Kind::ContainerInstance, instance.arn, instance.toJson());
}

QList<ContainerInstanceRecord> Repository::containerInstancesOf(const QString& clusterArn) const
{
    QList<ContainerInstanceRecord> instances;
    forRange(m_store->collection(Kind::ContainerInstance), resourcePrefix(clusterArn, "container-instance"_L1), {},
        [&](const QString&, const QJsonObject& document) {
            instances.append(ContainerInstanceRecord::fromJson(document));
            return true;
        });
    return instances;
}

std::optional<ClusterRecord> Repository::cluster(const QString& arn) const
{
    return read<ClusterRecord>(*m_store, Kind::Cluster, arn);
}

bool Repository::isActiveCluster(const QString& arn) const
{
    const QJsonObject* document = m_store->find(Kind::Cluster, arn);
    return document && ClusterRecord::isActiveDocument(*document);
}

void Repository::putCluster(const ClusterRecord& cluster)
{
    m_store->put(Kind::Cluster, cluster.arn, cluster.toJson());
}

QString Repository::taskDefinitionKey(const QString& family, int revision)
{
    return family + QLatin1Char(':') + QStringLiteral("%1").arg(revision, 10, 10, QLatin1Char('0'));
}

const QJsonObject* Repository::taskDefinitionDocument(const QString& reference) const
{
    QString familyRevision = reference;
    if (reference.startsWith("arn:"_L1))
        familyRevision = reference.mid(reference.indexOf("task-definition/"_L1) + 16);
    const qsizetype colon = familyRevision.lastIndexOf(QLatin1Char(':'));
    if (colon < 0) {
        // The latest ACTIVE revision of the family.
        const QJsonObject* latest = nullptr;
        forRange(m_store->collection(Kind::TaskDefinition), familyRevision + QLatin1Char(':'), {},
            [&](const QString&, const QJsonObject& document) {
                if (TaskDefinitionRecord::isActiveDocument(document))
                    latest = &document;
                return true;
            });
        return latest;
    }
    bool ok = false;
    const int revision = familyRevision.mid(colon + 1).toInt(&ok);
    if (!ok || revision < 1)
        return nullptr;
    return m_store->find(Kind::TaskDefinition, taskDefinitionKey(familyRevision.left(colon), revision));
}

void Repository::putTaskDefinition(const TaskDefinitionRecord& definition)
{
    m_store->put(Kind::TaskDefinition, taskDefinitionKey(definition.family, definition.revision), definition.toJson());
}

std::optional<TaskDefinitionRecord> Repository::taskDefinition(const QString& reference) const
{
    const QJsonObject* document = taskDefinitionDocument(reference);
    if (!document)
        return std::nullopt;
    return TaskDefinitionRecord::fromJson(*document);
}

} // namespace EcsDesk::Local
