// SPDX-License-Identifier: MIT
// ECS clusters: CreateCluster, DeleteCluster, UpdateClusterSettings, UpdateCluster, ListClusters, DescribeClusters;
// and the lookups every ECS operation uses (cluster, service, task, instance keys).
#include "local/api/ecshandler.h"

#include "local/api/ecsdetail.h"
#include "local/store/store.h"

using namespace Qt::Literals::StringLiterals;

namespace EcsDesk::Local {

using namespace EcsDetail;

// ---- lookups -------------------------------------------------------------------------------

QString EcsHandler::clusterArnFor(const QString& nameOrArn) const
{
    const QString name = nameOrArn.isEmpty() ? QStringLiteral("default") : nameOrArn;
    if (name.startsWith("arn:"_L1))
        return name;
    return arn("cluster/"_L1 + name);
}

ClusterRecord EcsHandler::activeCluster(const QJsonObject& in) const
{
    const std::optional<ClusterRecord> cluster
        = m_tasks.repository().cluster(clusterArnFor(Input::string(in, "cluster"_L1)));
    if (!cluster || !cluster->isActive())
        throw clusterNotFound();
    return *cluster;
}

QString EcsHandler::activeClusterArn(const QJsonObject& in) const
{
    QString arn = clusterArnFor(Input::string(in, "cluster"_L1));
    if (!m_tasks.repository().isActiveCluster(arn))
        throw clusterNotFound();
    return arn;
}

QString EcsHandler::serviceKey(const QString& clusterArn, const QString& nameOrArn) const
{
    const QString clusterName = lastSegment(clusterArn);
    return arn("service/"_L1 + clusterName + QLatin1Char('/') + lastSegment(nameOrArn));
}

QString EcsHandler::taskKey(const QString& clusterArn, const QString& idOrArn) const
{
    return arn("task/"_L1 + lastSegment(clusterArn) + QLatin1Char('/') + lastSegment(idOrArn));
}

QString EcsHandler::instanceKey(const QString& clusterArn, const QString& idOrArn) const
{
    return arn("container-instance/"_L1 + lastSegment(clusterArn) + QLatin1Char('/') + lastSegment(idOrArn));
}

// ---- clusters ------------------------------------------------------------------------------

namespace {
    const QStringList clusterIncludes { QStringLiteral("ATTACHMENTS"), QStringLiteral("CONFIGURATIONS"),
        QStringLiteral("SETTINGS"), QStringLiteral("STATISTICS"), QStringLiteral("TAGS") };
} // namespace

QJsonObject EcsHandler::clusterView(const ClusterRecord& cluster, const QStringList& include) const
{
    QJsonObject view = cluster.toJson();
    int running = 0, pending = 0, services = 0, instances = 0;
    int fargateRunning = 0, fargatePending = 0, ec2Running = 0, ec2Pending = 0;
    forRange(m_context.store->taskIndex(), Repository::resourcePrefix(cluster.arn, "task"_L1), {},
        [&](const QString&, const TaskFields& task) {
            const bool fargate = task.launchType == "FARGATE"_L1;
            if (task.lastStatus == TaskStatus::Running) {
                ++running;
                ++(fargate ? fargateRunning : ec2Running);
            } else if (task.lastStatus != TaskStatus::Stopped && task.lastStatus != TaskStatus::Deprovisioning
                && task.lastStatus != TaskStatus::Stopping) {
                ++pending;
                ++(fargate ? fargatePending : ec2Pending);
            }
            return true;
        });
    for (const ServiceRecord& service : m_tasks.repository().servicesOf(cluster.arn))
        services += service.status == ServiceStatus::Active;
    for (const ContainerInstanceRecord& instance : m_tasks.repository().containerInstancesOf(cluster.arn))
        instances += instance.status != ContainerInstanceStatus::Inactive;
    const bool active = cluster.isActive();
    view["registeredContainerInstancesCount"_L1] = active ? instances : 0;
    view["runningTasksCount"_L1] = active ? running : 0;
    view["pendingTasksCount"_L1] = active ? pending : 0;
    view["activeServicesCount"_L1] = active ? services : 0;
    if (include.contains("STATISTICS"_L1)) {
        auto stat = [](const char* name, int value) {
            return QJsonObject { { "name"_L1, QLatin1String(name) }, { "value"_L1, QString::number(value) } };
        };
        view["statistics"_L1]
            = QJsonArray { stat("runningEC2TasksCount", ec2Running), stat("runningFargateTasksCount", fargateRunning),
                  stat("pendingFargateTasksCount", fargatePending), stat("pendingEC2TasksCount", ec2Pending),
                  stat("activeEC2ServiceCount", services), stat("activeFargateServiceCount", 0),
                  stat("drainingEC2ServiceCount", 0), stat("drainingFargateServiceCount", 0) };
    } else {
        view["statistics"_L1] = QJsonArray();
    }
    view["tags"_L1] = include.contains("TAGS"_L1) ? tagsOf(cluster.arn) : QJsonArray();
    if (!include.contains("SETTINGS"_L1))
        view.remove("settings"_L1);
    if (!include.contains("CONFIGURATIONS"_L1))
        view.remove("configuration"_L1);
    return view;
}

QJsonObject EcsHandler::createCluster(const QJsonObject& in)
{
    QString name = Input::string(in, "clusterName"_L1);
    if (name.isEmpty())
        name = QStringLiteral("default");
    if (!isValidName(name)) {
        throw ApiError::invalidParameter(
            tr("Cluster name can only contain letters, numbers, underscores and hyphens and be up to 255 characters "
               "long."));
    }
    const QJsonArray tags = Input::array(in, "tags"_L1);
    validateTags(tags);
    const QString clusterArn = arn("cluster/"_L1 + name);
    const std::optional<ClusterRecord> existing = m_tasks.repository().cluster(clusterArn);
    if (existing && existing->isActive())
        return { { "cluster"_L1, clusterView(*existing, { QStringLiteral("TAGS"), QStringLiteral("SETTINGS") }) } };

    const QJsonArray settings = Input::array(in, "settings"_L1);
    validateClusterSettings(settings);
    ClusterRecord cluster;
    cluster.arn = clusterArn;
    cluster.name = name;
    cluster.status = QStringLiteral("ACTIVE");
    for (const QJsonValue& setting : settings) // containerInsights, the only name there is
        cluster.containerInsights = setting.toObject().value("value"_L1).toString();
    if (cluster.containerInsights.isEmpty()) {
        // The account's default (PutAccountSettingDefault containerInsights), as on AWS.
        const QJsonObject* accountDefault = m_context.store->find(
            Kind::AccountSetting, m_context.principalArn() + QLatin1String("|containerInsights"));
        cluster.containerInsights
            = accountDefault ? accountDefault->value("value"_L1).toString() : QStringLiteral("disabled");
    }
    cluster.json = QJsonObject { { "capacityProviders"_L1, Input::array(in, "capacityProviders"_L1) },
        { "defaultCapacityProviderStrategy"_L1, Input::array(in, "defaultCapacityProviderStrategy"_L1) },
        { "attachments"_L1, QJsonArray() } };
    const QJsonObject configuration = Input::object(in, "configuration"_L1);
    if (!configuration.isEmpty())
        cluster.json["configuration"_L1] = configuration;
    const QJsonObject serviceConnect = Input::object(in, "serviceConnectDefaults"_L1);
    if (!serviceConnect.isEmpty())
        cluster.json["serviceConnectDefaults"_L1] = serviceConnect;
    m_tasks.repository().putCluster(cluster);
    setTags(clusterArn, tags);
    return { { "cluster"_L1, clusterView(cluster, { QStringLiteral("TAGS"), QStringLiteral("SETTINGS") }) } };
}

void EcsHandler::validateClusterSettings(const QJsonArray& settings)
{
    for (const QJsonValue& value : settings) {
        const QJsonObject setting = value.toObject();
        const QString name = setting.value("name"_L1).toString();
        Input::requireOneOf(name, "settings.name"_L1, { QStringLiteral("containerInsights") });
        Input::requireOneOf(setting.value("value"_L1).toString(), "settings.value"_L1,
            { QStringLiteral("enabled"), QStringLiteral("disabled"), QStringLiteral("enhanced") });
    }
}

QJsonObject EcsHandler::updateClusterSettings(const QJsonObject& in)
{
    Input::requiredString(in, "cluster"_L1);
    const QJsonArray changes = Input::array(in, "settings"_L1);
    if (changes.isEmpty())
        throw ApiError::invalidParameter(tr("settings must name at least one setting."));
    validateClusterSettings(changes);
    ClusterRecord cluster = activeCluster(in);
    for (const QJsonValue& change : changes) // containerInsights, the only name there is
        cluster.containerInsights = change.toObject().value("value"_L1).toString();
    m_tasks.repository().putCluster(cluster);
    return { { "cluster"_L1, clusterView(cluster, { QStringLiteral("SETTINGS") }) } };
}

QJsonObject EcsHandler::updateCluster(const QJsonObject& in)
{
    Input::requiredString(in, "cluster"_L1);
    const QJsonArray changes = Input::array(in, "settings"_L1);
    validateClusterSettings(changes);
    const QJsonObject configuration = Input::object(in, "configuration"_L1);
    const QJsonObject exec = configuration.value("executeCommandConfiguration"_L1).toObject();
    const QString logging = exec.value("logging"_L1).toString();
    if (!logging.isEmpty()) {
        Input::requireOneOf(logging, "configuration.executeCommandConfiguration.logging"_L1,
            { QStringLiteral("NONE"), QStringLiteral("DEFAULT"), QStringLiteral("OVERRIDE") });
    }
    if (logging == "OVERRIDE"_L1 && exec.value("logConfiguration"_L1).toObject().isEmpty()) {
        throw ApiError::invalidParameter(tr("The logConfiguration must be specified when logging is set to OVERRIDE."));
    }
    if (logging != "OVERRIDE"_L1 && !exec.value("logConfiguration"_L1).toObject().isEmpty()) {
        throw ApiError::invalidParameter(
            tr("The logConfiguration can only be specified when logging is set to OVERRIDE."));
    }
    const bool hasServiceConnect = in.contains("serviceConnectDefaults"_L1);
    const QJsonObject serviceConnect = Input::object(in, "serviceConnectDefaults"_L1);
    if (hasServiceConnect && !serviceConnect.contains("namespace"_L1))
        throw ApiError::invalidParameter(tr("serviceConnectDefaults.namespace must be specified."));
    ClusterRecord cluster = activeCluster(in);
    for (const QJsonValue& change : changes) // containerInsights, the only name there is
        cluster.containerInsights = change.toObject().value("value"_L1).toString();
    if (!configuration.isEmpty()) {
        QJsonObject merged = cluster.json.value("configuration"_L1).toObject();
        for (auto it = configuration.begin(); it != configuration.end(); ++it)
            merged[it.key()] = it.value();
        cluster.json["configuration"_L1] = merged;
    }
    if (hasServiceConnect) {
        // An empty namespace removes the default (as ECS does).
        const QString ns = serviceConnect.value("namespace"_L1).toString();
        if (ns.isEmpty())
            cluster.json.remove("serviceConnectDefaults"_L1);
        else
            cluster.json["serviceConnectDefaults"_L1] = QJsonObject { { "namespace"_L1, ns } };
    }
    m_tasks.repository().putCluster(cluster);
    return { { "cluster"_L1, clusterView(cluster, { QStringLiteral("SETTINGS"), QStringLiteral("CONFIGURATIONS") }) } };
}

QJsonObject EcsHandler::deleteCluster(const QJsonObject& in)
{
    Input::requiredString(in, "cluster"_L1);
    ClusterRecord cluster = activeCluster(in);
    const QJsonObject view = clusterView(cluster, {});
    if (view.value("registeredContainerInstancesCount"_L1).toInt() > 0) {
        throw ApiError { QStringLiteral("ClusterContainsContainerInstancesException"),
            tr("The Cluster cannot be deleted while Container Instances are active or draining."), 400 };
    }
    if (view.value("activeServicesCount"_L1).toInt() > 0) {
        throw ApiError { QStringLiteral("ClusterContainsServicesException"),
            tr("The Cluster cannot be deleted while Services are active."), 400 };
    }
    if (view.value("runningTasksCount"_L1).toInt() + view.value("pendingTasksCount"_L1).toInt() > 0) {
        throw ApiError { QStringLiteral("ClusterContainsTasksException"),
            tr("The Cluster cannot be deleted while Tasks are active."), 400 };
    }
    cluster.status = QStringLiteral("INACTIVE");
    m_tasks.repository().putCluster(cluster);
    return { { "cluster"_L1, clusterView(cluster, { QStringLiteral("SETTINGS") }) } };
}

QJsonObject EcsHandler::listClusters(const QJsonObject& in)
{
    const Input::Page page = Input::page(in, 100, 100);
    QJsonArray arns;
    QString next;
    forRange(m_context.store->collection(Kind::Cluster), arn("cluster/"_L1), page.after,
        [&](const QString& key, const QJsonObject& document) {
            if (!ClusterRecord::fromJson(document).isActive())
                return true;
            if (arns.size() == page.maxResults) {
                next = Input::encodeToken(arns.last().toString());
                return false;
            }
            arns.append(key);
            return true;
        });
    QJsonObject out { { "clusterArns"_L1, arns } };
    if (!next.isEmpty())
        out["nextToken"_L1] = next;
    return out;
}

QJsonObject EcsHandler::describeClusters(const QJsonObject& in)
{
    QStringList names = Input::stringList(in, "clusters"_L1);
    if (names.isEmpty())
        names.append(QStringLiteral("default"));
    if (names.size() > 100)
        throw ApiError::invalidParameter(tr("clusters can have at most 100 items."));
    const QStringList include = Input::stringList(in, "include"_L1);
    for (const QString& item : include)
        Input::requireOneOf(item, "include"_L1, clusterIncludes);
    QJsonArray clusters, failures;
    for (const QString& name : names) {
        const QString clusterArn = clusterArnFor(name);
        if (const std::optional<ClusterRecord> cluster = m_tasks.repository().cluster(clusterArn))
            clusters.append(clusterView(*cluster, include));
        else
            failures.append(QJsonObject { { "arn"_L1, clusterArn }, { "reason"_L1, "MISSING"_L1 } });
    }
    return { { "clusters"_L1, clusters }, { "failures"_L1, failures } };
}

} // namespace EcsDesk::Local
