// SPDX-License-Identifier: MIT
#include "local/api/ecshandler.h"

#include "local/clock.h"
#include "local/scheduler/clusterquery.h"
#include "local/store/store.h"
#include "rules/ecsrules.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUuid>

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace EcsDesk::Local {

namespace {
    QString tr(const char* text) { return QCoreApplication::translate("EcsDesk::Local::EcsHandler", text); }

    ApiError clusterNotFound() { return { QStringLiteral("ClusterNotFoundException"), tr("Cluster not found."), 400 }; }
    ApiError serviceNotFound() { return { QStringLiteral("ServiceNotFoundException"), tr("Service not found."), 400 }; }

    QString newId() { return QUuid::createUuid().toString(QUuid::Id128); }

    bool isValidName(const QString& name)
    {
        static const QRegularExpression pattern(QStringLiteral("^[a-zA-Z0-9_-]{1,255}$"));
        return pattern.match(name).hasMatch();
    }

    /// The part after the last '/', for resources given by id or ARN.
    QString lastSegment(const QString& idOrArn) { return idOrArn.mid(idOrArn.lastIndexOf(QLatin1Char('/')) + 1); }

    /// Visits the records of `collection` whose key starts with `prefix`, in key order, starting after `after`.
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

    int intOfString(const QJsonValue& value)
    {
        if (value.isDouble())
            return value.toInt();
        return value.toString().toInt();
    }

    /// CPU and memory a task definition reserves (task level, else the sum of its containers).
    std::pair<int, int> reservation(const QJsonObject& taskDefinition)
    {
        int cpu = intOfString(taskDefinition.value("cpu"_L1));
        int memory = intOfString(taskDefinition.value("memory"_L1));
        int containerCpu = 0, containerMemory = 0;
        for (const QJsonValue& value : taskDefinition.value("containerDefinitions"_L1).toArray()) {
            const QJsonObject container = value.toObject();
            containerCpu += container.value("cpu"_L1).toInt();
            containerMemory += container.contains("memory"_L1) ? container.value("memory"_L1).toInt()
                                                               : container.value("memoryReservation"_L1).toInt();
        }
        if (cpu == 0)
            cpu = containerCpu;
        if (memory == 0)
            memory = containerMemory;
        return { cpu, memory };
    }

    int resourceValue(const QJsonArray& resources, QLatin1String name)
    {
        for (const QJsonValue& value : resources) {
            if (value.toObject().value("name"_L1).toString() == name)
                return value.toObject().value("integerValue"_L1).toInt();
        }
        return 0;
    }

    QJsonArray withResource(QJsonArray resources, QLatin1String name, int value)
    {
        for (qsizetype i = 0; i < resources.size(); ++i) {
            QJsonObject item = resources[i].toObject();
            if (item.value("name"_L1).toString() == name) {
                item["integerValue"_L1] = value;
                resources[i] = item;
            }
        }
        return resources;
    }

    /// The stringSetValue of a STRINGSET resource (PORTS, PORTS_UDP).
    QStringList stringSetOf(const QJsonArray& resources, QLatin1String name)
    {
        for (const QJsonValue& value : resources) {
            if (value.toObject().value("name"_L1).toString() == name) {
                QStringList set;
                for (const QJsonValue& item : value.toObject().value("stringSetValue"_L1).toArray())
                    set.append(item.toString());
                return set;
            }
        }
        return {};
    }

    QJsonArray withStringSet(QJsonArray resources, QLatin1String name, const QStringList& set)
    {
        for (qsizetype i = 0; i < resources.size(); ++i) {
            QJsonObject item = resources[i].toObject();
            if (item.value("name"_L1).toString() == name) {
                item["stringSetValue"_L1] = QJsonArray::fromStringList(set);
                resources[i] = item;
            }
        }
        return resources;
    }

    /// The host ports a task definition reserves by number (host mode, or bridge with a hostPort),
    /// as "port" strings per protocol (0: tcp, 1: udp).
    std::array<QStringList, 2> staticHostPorts(const QJsonObject& taskDefinition)
    {
        std::array<QStringList, 2> ports;
        const QString mode = taskDefinition.value("networkMode"_L1).toString();
        if (mode == "awsvpc"_L1 || mode == "none"_L1)
            return ports;
        for (const QJsonValue& container : taskDefinition.value("containerDefinitions"_L1).toArray()) {
            for (const QJsonValue& value : container.toObject().value("portMappings"_L1).toArray()) {
                const QJsonObject mapping = value.toObject();
                int port = mapping.value("hostPort"_L1).toInt();
                if (mode == "host"_L1 && port <= 0)
                    port = mapping.value("containerPort"_L1).toInt();
                if (port > 0)
                    ports[mapping.value("protocol"_L1).toString() == "udp"_L1 ? 1 : 0].append(QString::number(port));
            }
        }
        return ports;
    }

    /// Where an instance record keeps the dynamic host ports its tasks hold (not part of the API).
    const QLatin1String dynamicPortsField("ecsdeskDynamicPorts");

    const QStringList clusterIncludes { QStringLiteral("ATTACHMENTS"), QStringLiteral("CONFIGURATIONS"),
        QStringLiteral("SETTINGS"), QStringLiteral("STATISTICS"), QStringLiteral("TAGS") };

} // namespace

EcsHandler::EcsHandler(EndpointContext context)
    : ServiceHandler(std::move(context))
    , m_placement(&EcsHandler::firstFit)
{
}

const QHash<QString, EcsHandler::Operation>& EcsHandler::operations()
{
    static const QHash<QString, Operation> table {
        { QStringLiteral("CreateCluster"), &EcsHandler::createCluster },
        { QStringLiteral("DeleteCluster"), &EcsHandler::deleteCluster },
        { QStringLiteral("UpdateClusterSettings"), &EcsHandler::updateClusterSettings },
        { QStringLiteral("ListClusters"), &EcsHandler::listClusters },
        { QStringLiteral("DescribeClusters"), &EcsHandler::describeClusters },
        { QStringLiteral("RegisterTaskDefinition"), &EcsHandler::registerTaskDefinition },
        { QStringLiteral("DeregisterTaskDefinition"), &EcsHandler::deregisterTaskDefinition },
        { QStringLiteral("DescribeTaskDefinition"), &EcsHandler::describeTaskDefinition },
        { QStringLiteral("ListTaskDefinitions"), &EcsHandler::listTaskDefinitions },
        { QStringLiteral("ListTaskDefinitionFamilies"), &EcsHandler::listTaskDefinitionFamilies },
        { QStringLiteral("CreateService"), &EcsHandler::createService },
        { QStringLiteral("UpdateService"), &EcsHandler::updateService },
        { QStringLiteral("DeleteService"), &EcsHandler::deleteService },
        { QStringLiteral("ListServices"), &EcsHandler::listServices },
        { QStringLiteral("DescribeServices"), &EcsHandler::describeServices },
        { QStringLiteral("RunTask"), &EcsHandler::runTask },
        { QStringLiteral("StartTask"), &EcsHandler::startTask },
        { QStringLiteral("StopTask"), &EcsHandler::stopTask },
        { QStringLiteral("ListTasks"), &EcsHandler::listTasks },
        { QStringLiteral("DescribeTasks"), &EcsHandler::describeTasks },
        { QStringLiteral("RegisterContainerInstance"), &EcsHandler::registerContainerInstance },
        { QStringLiteral("DeregisterContainerInstance"), &EcsHandler::deregisterContainerInstance },
        { QStringLiteral("ListContainerInstances"), &EcsHandler::listContainerInstances },
        { QStringLiteral("DescribeContainerInstances"), &EcsHandler::describeContainerInstances },
        { QStringLiteral("UpdateContainerInstancesState"), &EcsHandler::updateContainerInstancesState },
        { QStringLiteral("DescribeCapacityProviders"), &EcsHandler::describeCapacityProviders },
        { QStringLiteral("PutAccountSetting"), &EcsHandler::putAccountSetting },
        { QStringLiteral("PutAccountSettingDefault"), &EcsHandler::putAccountSettingDefault },
        { QStringLiteral("DeleteAccountSetting"), &EcsHandler::deleteAccountSetting },
        { QStringLiteral("ListAccountSettings"), &EcsHandler::listAccountSettings },
        { QStringLiteral("TagResource"), &EcsHandler::tagResource },
        { QStringLiteral("UntagResource"), &EcsHandler::untagResource },
        { QStringLiteral("ListTagsForResource"), &EcsHandler::listTagsForResource },
    };
    return table;
}

bool EcsHandler::hasOperation(const QString& operation) const { return operations().contains(operation); }

QJsonObject EcsHandler::handle(const QString& operation, const QJsonObject& input)
{
    return (this->*operations().value(operation))(input);
}

std::optional<QByteArray> EcsHandler::handleRaw(const QString& operation, const QJsonObject& in)
{
    // DescribeServices and DescribeTasks without tags: splice the records' cached JSON.
    if (operation == "ListTasks"_L1)
        return listTasksRaw(in);
    const bool services = operation == "DescribeServices"_L1;
    if (!services && operation != "DescribeTasks"_L1)
        return std::nullopt;
    const QLatin1String field = services ? "services"_L1 : "tasks"_L1;
    if (Input::stringList(in, "include"_L1).contains("TAGS"_L1))
        return std::nullopt;
    const QJsonObject& cluster = activeCluster(in);
    const QString clusterArn = cluster.value("clusterArn"_L1).toString();
    const QStringList ids = Input::stringList(in, field);
    if (ids.isEmpty())
        throw ApiError::invalidParameter(services ? tr("Services cannot be empty.") : tr("Tasks cannot be empty."));
    if (ids.size() > (services ? 10 : 100))
        throw ApiError::invalidParameter(
            services ? tr("services can have at most 10 items.") : tr("tasks can have at most 100 items."));
    const Kind kind = services ? Kind::Service : Kind::Task;
    QByteArray out;
    out.reserve(ids.size() * 2048);
    out += services ? "{\"services\":[" : "{\"tasks\":[";
    QJsonArray failures;
    bool first = true;
    for (const QString& id : ids) {
        const QString key = services ? serviceKey(clusterArn, id) : taskKey(clusterArn, id);
        const QByteArray json = m_context.store->json(kind, key);
        if (json.isEmpty()) {
            failures.append(
                QJsonObject { { "arn"_L1, id.startsWith("arn:"_L1) ? id : key }, { "reason"_L1, "MISSING"_L1 } });
            continue;
        }
        if (!first)
            out += ',';
        first = false;
        out += json;
    }
    out += "],\"failures\":";
    out += QJsonDocument(failures).toJson(QJsonDocument::Compact);
    out += '}';
    return out;
}

QString EcsHandler::arn(const QString& resource) const
{
    return "arn:aws:ecs:"_L1 + m_context.region + QLatin1Char(':') + m_context.accountId + QLatin1Char(':') + resource;
}

// ---- lookups -------------------------------------------------------------------------------

QString EcsHandler::clusterArnFor(const QString& nameOrArn) const
{
    const QString name = nameOrArn.isEmpty() ? QStringLiteral("default") : nameOrArn;
    if (name.startsWith("arn:"_L1))
        return name;
    return arn("cluster/"_L1 + name);
}

const QJsonObject& EcsHandler::activeCluster(const QJsonObject& in) const
{
    const QJsonObject* cluster = m_context.store->find(Kind::Cluster, clusterArnFor(Input::string(in, "cluster"_L1)));
    if (!cluster || cluster->value("status"_L1).toString() != "ACTIVE"_L1)
        throw clusterNotFound();
    return *cluster;
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

QJsonArray EcsHandler::tagsOf(const QString& resourceArn) const
{
    const QJsonObject* tags = m_context.store->find(Kind::Tags, resourceArn);
    return tags ? tags->value("tags"_L1).toArray() : QJsonArray();
}

void EcsHandler::validateTags(const QJsonArray& tags) const
{
    if (tags.size() > 50)
        throw ApiError::invalidParameter(tr("Tags cannot have more than 50 entries."));
    for (const QJsonValue& value : tags) {
        const QJsonObject tag = value.toObject();
        const QString key = tag.value("key"_L1).toString();
        if (key.isEmpty() || key.size() > 128)
            throw ApiError::invalidParameter(tr("Tag keys must be between 1 and 128 characters."));
        if (tag.value("value"_L1).toString().size() > 256)
            throw ApiError::invalidParameter(tr("Tag values must be at most 256 characters."));
        if (key.startsWith("aws:"_L1, Qt::CaseInsensitive))
            throw ApiError::invalidParameter(tr("Tag keys may not start with 'aws:'."));
    }
}

void EcsHandler::setTags(const QString& resourceArn, const QJsonArray& tags)
{
    if (tags.isEmpty())
        m_context.store->remove(Kind::Tags, resourceArn);
    else
        m_context.store->put(Kind::Tags, resourceArn, { { "tags"_L1, tags } });
}

// ---- clusters ------------------------------------------------------------------------------

QJsonObject EcsHandler::clusterView(const QJsonObject& cluster, const QStringList& include) const
{
    QJsonObject view = cluster;
    const QString clusterArn = cluster.value("clusterArn"_L1).toString();
    const QString name = cluster.value("clusterName"_L1).toString();
    int running = 0, pending = 0, services = 0, instances = 0;
    int fargateRunning = 0, fargatePending = 0, ec2Running = 0, ec2Pending = 0;
    const Store& store = *m_context.store;
    forRange(store.collection(Kind::Task), arn("task/"_L1 + name + QLatin1Char('/')), {},
        [&](const QString&, const QJsonObject& task) {
            const QString last = task.value("lastStatus"_L1).toString();
            const bool fargate = task.value("launchType"_L1).toString() == "FARGATE"_L1;
            if (last == "RUNNING"_L1) {
                ++running;
                ++(fargate ? fargateRunning : ec2Running);
            } else if (last != "STOPPED"_L1 && last != "DEPROVISIONING"_L1 && last != "STOPPING"_L1) {
                ++pending;
                ++(fargate ? fargatePending : ec2Pending);
            }
            return true;
        });
    forRange(store.collection(Kind::Service), arn("service/"_L1 + name + QLatin1Char('/')), {},
        [&](const QString&, const QJsonObject& service) {
            services += service.value("status"_L1).toString() == "ACTIVE"_L1;
            return true;
        });
    forRange(store.collection(Kind::ContainerInstance), arn("container-instance/"_L1 + name + QLatin1Char('/')), {},
        [&](const QString&, const QJsonObject& instance) {
            instances += instance.value("status"_L1).toString() != "INACTIVE"_L1;
            return true;
        });
    const bool active = cluster.value("status"_L1).toString() == "ACTIVE"_L1;
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
    view["tags"_L1] = include.contains("TAGS"_L1) ? tagsOf(clusterArn) : QJsonArray();
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
    const QJsonObject* existing = m_context.store->find(Kind::Cluster, clusterArn);
    if (existing && existing->value("status"_L1).toString() == "ACTIVE"_L1)
        return { { "cluster"_L1, clusterView(*existing, { QStringLiteral("TAGS"), QStringLiteral("SETTINGS") }) } };

    QJsonArray settings = Input::array(in, "settings"_L1);
    validateClusterSettings(settings);
    if (settings.isEmpty()) {
        // The account's default (PutAccountSettingDefault containerInsights), as on AWS.
        const QJsonObject* accountDefault = m_context.store->find(
            Kind::AccountSetting, m_context.principalArn() + QLatin1String("|containerInsights"));
        settings.append(QJsonObject { { "name"_L1, "containerInsights"_L1 },
            { "value"_L1,
                accountDefault ? accountDefault->value("value"_L1).toString() : QStringLiteral("disabled") } });
    }
    QJsonObject cluster { { "clusterArn"_L1, clusterArn }, { "clusterName"_L1, name }, { "status"_L1, "ACTIVE"_L1 },
        { "settings"_L1, settings }, { "capacityProviders"_L1, Input::array(in, "capacityProviders"_L1) },
        { "defaultCapacityProviderStrategy"_L1, Input::array(in, "defaultCapacityProviderStrategy"_L1) },
        { "attachments"_L1, QJsonArray() } };
    const QJsonObject configuration = Input::object(in, "configuration"_L1);
    if (!configuration.isEmpty())
        cluster["configuration"_L1] = configuration;
    const QJsonObject serviceConnect = Input::object(in, "serviceConnectDefaults"_L1);
    if (!serviceConnect.isEmpty())
        cluster["serviceConnectDefaults"_L1] = serviceConnect;
    m_context.store->put(Kind::Cluster, clusterArn, cluster);
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
    QJsonObject cluster = activeCluster(in);
    QJsonArray settings = cluster.value("settings"_L1).toArray();
    for (const QJsonValue& change : changes) {
        const QString name = change.toObject().value("name"_L1).toString();
        bool replaced = false;
        for (qsizetype i = 0; i < settings.size(); ++i) {
            if (settings[i].toObject().value("name"_L1).toString() == name) {
                settings[i] = change;
                replaced = true;
            }
        }
        if (!replaced)
            settings.append(change);
    }
    cluster["settings"_L1] = settings;
    m_context.store->put(Kind::Cluster, cluster.value("clusterArn"_L1).toString(), cluster);
    return { { "cluster"_L1, clusterView(cluster, { QStringLiteral("SETTINGS") }) } };
}

QJsonObject EcsHandler::deleteCluster(const QJsonObject& in)
{
    Input::requiredString(in, "cluster"_L1);
    const QJsonObject cluster = activeCluster(in);
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
    QJsonObject deleted = cluster;
    deleted["status"_L1] = "INACTIVE"_L1;
    m_context.store->put(Kind::Cluster, cluster.value("clusterArn"_L1).toString(), deleted);
    return { { "cluster"_L1, clusterView(deleted, { QStringLiteral("SETTINGS") }) } };
}

QJsonObject EcsHandler::listClusters(const QJsonObject& in)
{
    const Input::Page page = Input::page(in, 100, 100);
    QJsonArray arns;
    QString next;
    forRange(m_context.store->collection(Kind::Cluster), arn("cluster/"_L1), page.after,
        [&](const QString& key, const QJsonObject& cluster) {
            if (cluster.value("status"_L1).toString() != "ACTIVE"_L1)
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
        if (const QJsonObject* cluster = m_context.store->find(Kind::Cluster, clusterArn))
            clusters.append(clusterView(*cluster, include));
        else
            failures.append(QJsonObject { { "arn"_L1, clusterArn }, { "reason"_L1, "MISSING"_L1 } });
    }
    return { { "clusters"_L1, clusters }, { "failures"_L1, failures } };
}

// ---- task definitions ----------------------------------------------------------------------

namespace {
    QString taskDefinitionKey(const QString& family, int revision)
    {
        return family + QLatin1Char(':') + QStringLiteral("%1").arg(revision, 10, 10, QLatin1Char('0'));
    }
} // namespace

const QJsonObject* EcsHandler::findTaskDefinition(const QString& reference) const
{
    QString familyRevision = reference;
    if (reference.startsWith("arn:"_L1))
        familyRevision = reference.mid(reference.indexOf("task-definition/"_L1) + 16);
    const qsizetype colon = familyRevision.lastIndexOf(QLatin1Char(':'));
    const Store::Collection& all = m_context.store->collection(Kind::TaskDefinition);
    if (colon < 0) {
        // The latest ACTIVE revision of the family.
        const QJsonObject* latest = nullptr;
        forRange(all, familyRevision + QLatin1Char(':'), {}, [&](const QString&, const QJsonObject& definition) {
            if (definition.value("status"_L1).toString() == "ACTIVE"_L1)
                latest = &definition;
            return true;
        });
        return latest;
    }
    bool ok = false;
    const int revision = familyRevision.mid(colon + 1).toInt(&ok);
    if (!ok || revision < 1)
        return nullptr;
    return m_context.store->find(Kind::TaskDefinition, taskDefinitionKey(familyRevision.left(colon), revision));
}

const QJsonObject& EcsHandler::requireTaskDefinition(const QString& reference) const
{
    const QJsonObject* definition = findTaskDefinition(reference);
    if (!definition)
        throw ApiError::client(tr("Unable to describe task definition."));
    return *definition;
}

QJsonObject EcsHandler::registerTaskDefinition(const QJsonObject& in)
{
    if (const auto rejected = Rules::firstRejection(Rules::checkRegisterTaskDefinition(in)))
        throw ApiError { rejected->code, rejected->message, 400 };
    const QString family = Input::requiredString(in, "family"_L1);
    if (!isValidName(family)) {
        throw ApiError::client(tr("Family contains invalid characters: up to 255 letters (uppercase and lowercase), "
                                  "numbers, hyphens, and underscores are allowed."));
    }
    const QJsonArray containersIn = Input::array(in, "containerDefinitions"_L1);
    if (containersIn.isEmpty())
        throw ApiError::client(tr("Container list cannot be empty."));
    const QJsonArray tags = Input::array(in, "tags"_L1);
    validateTags(tags);
    const QString networkMode = Input::string(in, "networkMode"_L1);
    if (!networkMode.isEmpty())
        Input::requireOneOf(networkMode, "networkMode"_L1,
            { QStringLiteral("bridge"), QStringLiteral("host"), QStringLiteral("awsvpc"), QStringLiteral("none") });
    const QStringList requiredCompatibilities = Input::stringList(in, "requiresCompatibilities"_L1);
    for (const QString& item : requiredCompatibilities)
        Input::requireOneOf(item, "requiresCompatibilities"_L1,
            { QStringLiteral("EC2"), QStringLiteral("FARGATE"), QStringLiteral("EXTERNAL") });
    const bool hasTaskMemory = !Input::string(in, "memory"_L1).isEmpty() || in.value("memory"_L1).isDouble();

    QJsonArray containers;
    QStringList names;
    for (const QJsonValue& value : containersIn) {
        if (!value.isObject())
            throw ApiError { QStringLiteral("SerializationException"), tr("containerDefinitions must be structures."),
                400 };
        QJsonObject container = value.toObject();
        const QString name = Input::string(container, "name"_L1);
        if (name.isEmpty() || !isValidName(name))
            throw ApiError::client(tr("Container.name should not be null or empty and may only contain letters, "
                                      "numbers, hyphens and underscores."));
        if (names.contains(name))
            throw ApiError::client(tr("Duplicate container name '%1'.").arg(name));
        names.append(name);
        if (Input::string(container, "image"_L1).isEmpty())
            throw ApiError::client(tr("Container.image should not be null or empty."));
        if (!hasTaskMemory && !container.contains("memory"_L1) && !container.contains("memoryReservation"_L1)) {
            throw ApiError::client(tr("Invalid setting for container '%1'. At least one of 'memory' or "
                                      "'memoryReservation' must be specified.")
                                       .arg(name));
        }
        // The defaults ECS fills in.
        if (!container.contains("cpu"_L1))
            container["cpu"_L1] = 0;
        if (!container.contains("essential"_L1))
            container["essential"_L1] = true;
        for (const char* list : { "portMappings", "environment", "mountPoints", "volumesFrom" }) {
            if (!container.contains(QLatin1String(list)))
                container[QLatin1String(list)] = QJsonArray();
        }
        QJsonArray ports = container.value("portMappings"_L1).toArray();
        for (qsizetype i = 0; i < ports.size(); ++i) {
            QJsonObject port = ports[i].toObject();
            if (!port.contains("protocol"_L1))
                port["protocol"_L1] = "tcp"_L1;
            if ((networkMode == "awsvpc"_L1 || networkMode == "host"_L1) && !port.contains("hostPort"_L1)
                && port.contains("containerPort"_L1))
                port["hostPort"_L1] = port.value("containerPort"_L1);
            ports[i] = port;
        }
        container["portMappings"_L1] = ports;
        containers.append(container);
    }
    if (requiredCompatibilities.contains("FARGATE"_L1)) {
        if (networkMode != "awsvpc"_L1)
            throw ApiError::client(tr("Fargate only supports network mode 'awsvpc'."));
        if (Input::string(in, "cpu"_L1).isEmpty() && !in.value("cpu"_L1).isDouble())
            throw ApiError::client(tr("Fargate requiredCompatibilities that 'cpu' be defined at the task level."));
        if (!hasTaskMemory)
            throw ApiError::client(tr("Fargate requiredCompatibilities that 'memory' be defined at the task level."));
    }

    int revision = 1;
    const Store::Collection& all = m_context.store->collection(Kind::TaskDefinition);
    forRange(all, family + QLatin1Char(':'), {}, [&](const QString&, const QJsonObject& definition) {
        revision = definition.value("revision"_L1).toInt() + 1;
        return true;
    });

    // Every input field is kept (unknown ones are accepted and ignored, as AWS does); then the
    // read-only fields are set.
    QJsonObject definition = in;
    definition.remove("tags"_L1);
    definition["containerDefinitions"_L1] = containers;
    definition["taskDefinitionArn"_L1]
        = arn("task-definition/"_L1 + family + QLatin1Char(':') + QString::number(revision));
    definition["revision"_L1] = revision;
    definition["status"_L1] = "ACTIVE"_L1;
    if (!definition.contains("volumes"_L1))
        definition["volumes"_L1] = QJsonArray();
    if (!definition.contains("placementConstraints"_L1))
        definition["placementConstraints"_L1] = QJsonArray();
    if (networkMode.isEmpty())
        definition["networkMode"_L1] = "bridge"_L1;
    for (const char* field : { "cpu", "memory" }) {
        if (definition.value(QLatin1String(field)).isDouble())
            definition[QLatin1String(field)] = QString::number(definition.value(QLatin1String(field)).toInt());
    }
    QJsonArray compatibilities { "EC2"_L1 };
    if (networkMode == "awsvpc"_L1 && definition.contains("cpu"_L1) && definition.contains("memory"_L1))
        compatibilities.append("FARGATE"_L1);
    if (requiredCompatibilities.contains("EXTERNAL"_L1))
        compatibilities.append("EXTERNAL"_L1);
    definition["compatibilities"_L1] = compatibilities;
    definition["requiresAttributes"_L1] = QJsonArray();
    definition["registeredAt"_L1] = m_context.clock->epochSeconds();
    definition["registeredBy"_L1] = m_context.principalArn();
    m_context.store->put(Kind::TaskDefinition, taskDefinitionKey(family, revision), definition);
    setTags(definition.value("taskDefinitionArn"_L1).toString(), tags);
    return { { "taskDefinition"_L1, definition }, { "tags"_L1, tags } };
}

QJsonObject EcsHandler::deregisterTaskDefinition(const QJsonObject& in)
{
    const QString reference = Input::requiredString(in, "taskDefinition"_L1);
    const QString familyRevision
        = reference.startsWith("arn:"_L1) ? reference.mid(reference.indexOf("task-definition/"_L1) + 16) : reference;
    if (!familyRevision.contains(QLatin1Char(':')))
        throw ApiError::client(tr("Invalid revision number. Number: %1").arg(QString()));
    const QJsonObject* found = findTaskDefinition(reference);
    if (!found)
        throw ApiError::client(tr("The specified task definition does not exist."));
    QJsonObject definition = *found;
    if (definition.value("status"_L1).toString() == "ACTIVE"_L1) {
        definition["status"_L1] = "INACTIVE"_L1;
        definition["deregisteredAt"_L1] = m_context.clock->epochSeconds();
        m_context.store->put(Kind::TaskDefinition,
            taskDefinitionKey(definition.value("family"_L1).toString(), definition.value("revision"_L1).toInt()),
            definition);
    }
    return { { "taskDefinition"_L1, definition } };
}

QJsonObject EcsHandler::describeTaskDefinition(const QJsonObject& in)
{
    const QJsonObject& definition = requireTaskDefinition(Input::requiredString(in, "taskDefinition"_L1));
    QJsonObject out { { "taskDefinition"_L1, definition } };
    const QStringList include = Input::stringList(in, "include"_L1);
    for (const QString& item : include)
        Input::requireOneOf(item, "include"_L1, { QStringLiteral("TAGS") });
    if (include.contains("TAGS"_L1))
        out["tags"_L1] = tagsOf(definition.value("taskDefinitionArn"_L1).toString());
    return out;
}

QJsonObject EcsHandler::listTaskDefinitions(const QJsonObject& in)
{
    const QString family = Input::string(in, "familyPrefix"_L1);
    QString status = Input::string(in, "status"_L1);
    if (status.isEmpty())
        status = QStringLiteral("ACTIVE");
    Input::requireOneOf(status, "status"_L1,
        { QStringLiteral("ACTIVE"), QStringLiteral("INACTIVE"), QStringLiteral("DELETE_IN_PROGRESS") });
    QString sort = Input::string(in, "sort"_L1);
    if (sort.isEmpty())
        sort = QStringLiteral("ASC");
    Input::requireOneOf(sort, "sort"_L1, { QStringLiteral("ASC"), QStringLiteral("DESC") });
    const Input::Page page = Input::page(in, 100, 100);

    QStringList keys;
    const QString prefix = family.isEmpty() ? QString() : family + QLatin1Char(':');
    forRange(m_context.store->collection(Kind::TaskDefinition), prefix, {},
        [&](const QString& key, const QJsonObject& definition) {
            if (definition.value("status"_L1).toString() == status)
                keys.append(key);
            return true;
        });
    if (sort == "DESC"_L1)
        std::reverse(keys.begin(), keys.end());
    qsizetype start = 0;
    if (!page.after.isEmpty()) {
        start = keys.indexOf(page.after);
        if (start < 0)
            throw ApiError::invalidParameter(tr("Invalid nextToken."));
        ++start;
    }
    QJsonArray arns;
    qsizetype i = start;
    for (; i < keys.size() && arns.size() < page.maxResults; ++i) {
        arns.append(m_context.store->find(Kind::TaskDefinition, keys[i])->value("taskDefinitionArn"_L1));
    }
    QJsonObject out { { "taskDefinitionArns"_L1, arns } };
    if (i < keys.size())
        out["nextToken"_L1] = Input::encodeToken(keys[i - 1]);
    return out;
}

QJsonObject EcsHandler::listTaskDefinitionFamilies(const QJsonObject& in)
{
    const QString prefix = Input::string(in, "familyPrefix"_L1);
    QString status = Input::string(in, "status"_L1);
    if (status.isEmpty())
        status = QStringLiteral("ACTIVE");
    Input::requireOneOf(
        status, "status"_L1, { QStringLiteral("ACTIVE"), QStringLiteral("INACTIVE"), QStringLiteral("ALL") });
    const Input::Page page = Input::page(in, 100, 100);
    // family -> has an ACTIVE revision
    QMap<QString, bool> families;
    forRange(m_context.store->collection(Kind::TaskDefinition), prefix, {},
        [&](const QString&, const QJsonObject& definition) {
            bool& active = families[definition.value("family"_L1).toString()];
            active = active || definition.value("status"_L1).toString() == "ACTIVE"_L1;
            return true;
        });
    QJsonArray out;
    QString next;
    for (auto it = page.after.isEmpty() ? families.cbegin() : families.upperBound(page.after); it != families.cend();
         ++it) {
        if ((status == "ACTIVE"_L1 && !it.value()) || (status == "INACTIVE"_L1 && it.value()))
            continue;
        if (out.size() == page.maxResults) {
            next = Input::encodeToken(out.last().toString());
            break;
        }
        out.append(it.key());
    }
    QJsonObject result { { "families"_L1, out } };
    if (!next.isEmpty())
        result["nextToken"_L1] = next;
    return result;
}

// ---- tasks ---------------------------------------------------------------------------------

InstancePlacementResult EcsHandler::firstFit(const InstancePlacementRequest& request, const Store& store)
{
    InstancePlacementResult result;
    const std::array<QStringList, 2> ports = staticHostPorts(request.taskDefinition);
    for (const QString& instanceArn : request.candidateInstanceArns) {
        const QJsonObject* instance = store.find(Kind::ContainerInstance, instanceArn);
        if (!instance)
            continue;
        const QJsonArray remaining = instance->value("remainingResources"_L1).toArray();
        if (resourceValue(remaining, "CPU"_L1) < request.cpu) {
            result.failures.append(QJsonObject { { "arn"_L1, instanceArn }, { "reason"_L1, "RESOURCE:CPU"_L1 } });
            continue;
        }
        if (resourceValue(remaining, "MEMORY"_L1) < request.memory) {
            result.failures.append(QJsonObject { { "arn"_L1, instanceArn }, { "reason"_L1, "RESOURCE:MEMORY"_L1 } });
            continue;
        }
        const QLatin1String names[2] = { "PORTS"_L1, "PORTS_UDP"_L1 };
        bool portsFree = true;
        for (int proto = 0; proto < 2 && portsFree; ++proto) {
            const QStringList used = stringSetOf(remaining, names[proto]);
            for (const QString& port : ports[size_t(proto)]) {
                if (used.contains(port)) {
                    result.failures.append(QJsonObject { { "arn"_L1, instanceArn },
                        { "reason"_L1, proto ? "RESOURCE:PORTS_UDP"_L1 : "RESOURCE:PORTS"_L1 } });
                    portsFree = false;
                    break;
                }
            }
        }
        if (!portsFree)
            continue;
        result.containerInstanceArn = instanceArn;
        result.failures = {};
        QJsonArray bindings;
        const bool host = request.taskDefinition.value("networkMode"_L1).toString() == "host"_L1;
        for (const QJsonValue& container : request.taskDefinition.value("containerDefinitions"_L1).toArray()) {
            for (const QJsonValue& value : container.toObject().value("portMappings"_L1).toArray()) {
                const QJsonObject mapping = value.toObject();
                int hostPort = mapping.value("hostPort"_L1).toInt();
                if (host && hostPort <= 0)
                    hostPort = mapping.value("containerPort"_L1).toInt();
                if (hostPort <= 0)
                    continue; // a dynamic port: only the placement engine hands those out
                bindings.append(QJsonObject { { "containerName"_L1, container.toObject().value("name"_L1) },
                    { "bindIP"_L1, "0.0.0.0"_L1 }, { "containerPort"_L1, mapping.value("containerPort"_L1) },
                    { "hostPort"_L1, hostPort },
                    { "protocol"_L1,
                        mapping.value("protocol"_L1).toString().isEmpty() ? "tcp"_L1
                                                                          : mapping.value("protocol"_L1) } });
            }
        }
        result.networkBindings.append(bindings);
        return result;
    }
    return result;
}

void EcsHandler::reserveOnInstance(
    const QString& instanceArn, int cpu, int memory, const QJsonArray& bindings, bool release)
{
    const QJsonObject* found = m_context.store->find(Kind::ContainerInstance, instanceArn);
    if (!found)
        return;
    QJsonObject instance = *found;
    const int sign = release ? -1 : 1;
    QJsonArray remaining = instance.value("remainingResources"_L1).toArray();
    remaining = withResource(remaining, "CPU"_L1, resourceValue(remaining, "CPU"_L1) - sign * cpu);
    remaining = withResource(remaining, "MEMORY"_L1, resourceValue(remaining, "MEMORY"_L1) - sign * memory);
    if (!bindings.isEmpty()) {
        const QLatin1String names[2] = { "PORTS"_L1, "PORTS_UDP"_L1 };
        QStringList reserved[2] = { stringSetOf(remaining, names[0]), stringSetOf(remaining, names[1]) };
        QJsonObject dynamic = instance.value(dynamicPortsField).toObject();
        QStringList held[2] = { dynamic.value("tcp"_L1).toVariant().toStringList(),
            dynamic.value("udp"_L1).toVariant().toStringList() };
        for (const QJsonValue& value : bindings) {
            const QJsonObject binding = value.toObject();
            const int proto = binding.value("protocol"_L1).toString() == "udp"_L1 ? 1 : 0;
            const QString port = QString::number(binding.value("hostPort"_L1).toInt());
            if (release) {
                // A port is in one list or the other: the engine never hands out a reserved one.
                if (!reserved[proto].removeOne(port))
                    held[proto].removeOne(port);
            } else if (binding.value("dynamic"_L1).toBool()) {
                held[proto].append(port);
            } else if (!reserved[proto].contains(port)) {
                reserved[proto].append(port);
            }
        }
        remaining = withStringSet(remaining, names[0], reserved[0]);
        remaining = withStringSet(remaining, names[1], reserved[1]);
        if (held[0].isEmpty() && held[1].isEmpty())
            instance.remove(dynamicPortsField);
        else
            instance[dynamicPortsField] = QJsonObject { { "tcp"_L1, QJsonArray::fromStringList(held[0]) },
                { "udp"_L1, QJsonArray::fromStringList(held[1]) } };
    }
    instance["remainingResources"_L1] = remaining;
    m_context.store->put(Kind::ContainerInstance, instanceArn, instance);
}

QHash<QString, QPair<int, int>> EcsHandler::instanceTaskCounts(const QString& clusterArn) const
{
    QHash<QString, QPair<int, int>> counts;
    const auto& index = m_context.store->taskIndex();
    const QString prefix = arn("task/"_L1 + lastSegment(clusterArn) + QLatin1Char('/'));
    for (auto it = index.lower_bound(prefix); it != index.end() && it->first.startsWith(prefix); ++it) {
        const TaskFields& fields = it->second;
        if (fields.containerInstanceArn.isEmpty() || fields.desiredStatus != "RUNNING"_L1)
            continue;
        auto& pair = counts[fields.containerInstanceArn];
        if (fields.lastStatus == "RUNNING"_L1)
            ++pair.first;
        else if (fields.lastStatus != "STOPPED"_L1)
            ++pair.second;
    }
    return counts;
}

QJsonObject EcsHandler::instanceView(
    const QString& key, const QJsonObject& record, const QHash<QString, QPair<int, int>>& counts)
{
    QJsonObject view = record;
    view.remove(dynamicPortsField);
    const QPair<int, int> count = counts.value(key);
    view["runningTasksCount"_L1] = count.first;
    view["pendingTasksCount"_L1] = count.second;
    return view;
}

QJsonObject EcsHandler::newTask(const QJsonObject& cluster, const QJsonObject& taskDefinition, const QJsonObject& in,
    const QString& launchType, const QString& containerInstanceArn, const QString& group, const QString& startedBy,
    const QJsonArray& bindings)
{
    const QString clusterName = cluster.value("clusterName"_L1).toString();
    const QString taskArn = arn("task/"_L1 + clusterName + QLatin1Char('/') + newId());
    const auto [cpu, memory] = reservation(taskDefinition);
    const bool awsvpc = taskDefinition.value("networkMode"_L1).toString() == "awsvpc"_L1;
    const double now = m_context.clock->epochSeconds();

    QJsonObject overrides = Input::object(in, "overrides"_L1);
    QJsonArray containerOverrides = overrides.value("containerOverrides"_L1).toArray();
    QJsonArray containers;
    for (const QJsonValue& value : taskDefinition.value("containerDefinitions"_L1).toArray()) {
        const QJsonObject definition = value.toObject();
        QJsonObject container { { "containerArn"_L1,
                                    arn("container/"_L1 + clusterName + QLatin1Char('/') + lastSegment(taskArn)
                                        + QLatin1Char('/') + newId()) },
            { "taskArn"_L1, taskArn }, { "name"_L1, definition.value("name"_L1) },
            { "image"_L1, definition.value("image"_L1) }, { "lastStatus"_L1, "PENDING"_L1 },
            { "networkBindings"_L1, QJsonArray() }, { "networkInterfaces"_L1, QJsonArray() },
            { "healthStatus"_L1, "UNKNOWN"_L1 }, { "cpu"_L1, QString::number(definition.value("cpu"_L1).toInt()) } };
        if (definition.contains("memory"_L1))
            container["memory"_L1] = QString::number(definition.value("memory"_L1).toInt());
        if (definition.contains("memoryReservation"_L1))
            container["memoryReservation"_L1] = QString::number(definition.value("memoryReservation"_L1).toInt());
        QJsonArray networkBindings;
        for (const QJsonValue& binding : bindings) {
            QJsonObject entry = binding.toObject();
            if (entry.value("containerName"_L1) != definition.value("name"_L1))
                continue;
            entry.remove("containerName"_L1);
            entry.remove("dynamic"_L1);
            networkBindings.append(entry);
        }
        container["networkBindings"_L1] = networkBindings;
        containers.append(container);
    }
    if (containerOverrides.isEmpty()) {
        for (const QJsonValue& value : containers)
            containerOverrides.append(QJsonObject { { "name"_L1, value.toObject().value("name"_L1) } });
    }
    overrides["containerOverrides"_L1] = containerOverrides;
    if (!overrides.contains("inferenceAcceleratorOverrides"_L1))
        overrides["inferenceAcceleratorOverrides"_L1] = QJsonArray();

    QString availabilityZone = m_context.region + QLatin1Char('a');
    if (const QJsonObject* instance = m_context.store->find(Kind::ContainerInstance, containerInstanceArn)) {
        for (const QJsonValue& attribute : instance->value("attributes"_L1).toArray()) {
            if (attribute.toObject().value("name"_L1).toString() == "ecs.availability-zone"_L1)
                availabilityZone = attribute.toObject().value("value"_L1).toString();
        }
    }
    QJsonObject task { { "taskArn"_L1, taskArn }, { "clusterArn"_L1, cluster.value("clusterArn"_L1) },
        { "taskDefinitionArn"_L1, taskDefinition.value("taskDefinitionArn"_L1) }, { "overrides"_L1, overrides },
        { "lastStatus"_L1, awsvpc ? "PROVISIONING"_L1 : "PENDING"_L1 }, { "desiredStatus"_L1, "RUNNING"_L1 },
        { "cpu"_L1, QString::number(cpu) }, { "memory"_L1, QString::number(memory) }, { "containers"_L1, containers },
        { "version"_L1, 1 }, { "createdAt"_L1, now }, { "group"_L1, group }, { "launchType"_L1, launchType },
        { "availabilityZone"_L1, availabilityZone }, { "connectivity"_L1, "CONNECTED"_L1 },
        { "healthStatus"_L1, "UNKNOWN"_L1 },
        { "enableExecuteCommand"_L1, Input::boolean(in, "enableExecuteCommand"_L1).value_or(false) },
        { "attachments"_L1, QJsonArray() } };
    if (!containerInstanceArn.isEmpty())
        task["containerInstanceArn"_L1] = containerInstanceArn;
    if (!startedBy.isEmpty())
        task["startedBy"_L1] = startedBy;
    if (launchType == "FARGATE"_L1) {
        task["platformVersion"_L1] = "1.4.0"_L1;
        task["platformFamily"_L1] = "Linux"_L1;
        task["ephemeralStorage"_L1] = QJsonObject { { "sizeInGiB"_L1, 20 } };
    }
    if (awsvpc) {
        task["attachments"_L1]
            = QJsonArray { QJsonObject { { "id"_L1, QUuid::createUuid().toString(QUuid::WithoutBraces) },
                { "type"_L1, "ElasticNetworkInterface"_L1 }, { "status"_L1, "PRECREATED"_L1 },
                { "details"_L1, QJsonArray() } } };
    }
    m_context.store->put(Kind::Task, taskArn, task);
    setTags(taskArn, Input::array(in, "tags"_L1));
    if (!containerInstanceArn.isEmpty())
        reserveOnInstance(containerInstanceArn, cpu, memory, bindings);
    return task;
}

namespace {
    /// The task sizes Fargate offers (CPU units -> memory MiB range and step).
    bool validFargateSize(int cpu, int memory)
    {
        struct Size {
            int cpu, first, last, step;
        };
        static const Size sizes[] = { { 256, 512, 512, 1 }, { 256, 1024, 2048, 1024 }, { 512, 1024, 4096, 1024 },
            { 1024, 2048, 8192, 1024 }, { 2048, 4096, 16384, 1024 }, { 4096, 8192, 30720, 1024 },
            { 8192, 16384, 61440, 4096 }, { 16384, 32768, 122880, 8192 } };
        for (const Size& size : sizes) {
            if (cpu == size.cpu && memory >= size.first && memory <= size.last
                && (memory - size.first) % size.step == 0)
                return true;
        }
        return false;
    }
} // namespace

QJsonArray EcsHandler::placeTasks(const QJsonObject& cluster, const QJsonObject& taskDefinition, const QJsonObject& in,
    int count, const QString& group, const QString& startedBy, QJsonArray* failures, const QStringList& onlyInstances)
{
    QString launchType = Input::string(in, "launchType"_L1);
    if (launchType.isEmpty())
        launchType = Input::array(in, "capacityProviderStrategy"_L1).isEmpty() ? QStringLiteral("EC2")
                                                                               : QStringLiteral("FARGATE");
    Input::requireOneOf(
        launchType, "launchType"_L1, { QStringLiteral("EC2"), QStringLiteral("FARGATE"), QStringLiteral("EXTERNAL") });
    const QJsonArray compatibilities = taskDefinition.value("compatibilities"_L1).toArray();
    if (!compatibilities.contains(launchType))
        throw ApiError::invalidParameter(tr("Task definition does not support launch_type %1.").arg(launchType));
    const bool awsvpc = taskDefinition.value("networkMode"_L1).toString() == "awsvpc"_L1;
    if (awsvpc && Input::object(in, "networkConfiguration"_L1).isEmpty()) {
        throw ApiError::invalidParameter(
            tr("Network Configuration must be provided when networkMode 'awsvpc' is specified."));
    }
    QJsonArray tasks;
    if (launchType == "FARGATE"_L1) {
        const auto [taskCpu, taskMemory] = reservation(taskDefinition);
        if (!validFargateSize(taskCpu, taskMemory)) {
            throw ApiError::client(tr("No Fargate configuration exists for given values: %1 CPU, %2 memory. See the "
                                      "Amazon ECS documentation for the valid values.")
                                       .arg(taskCpu)
                                       .arg(taskMemory));
        }
        // A capacity provider strategy (FARGATE / FARGATE_SPOT): each provider's base first, then
        // the tasks split by weight, counting the group's tasks that already run.
        const QJsonArray strategy = Input::array(in, "capacityProviderStrategy"_L1);
        QHash<QString, int> perProvider;
        if (!strategy.isEmpty()) {
            const QString prefix = arn("task/"_L1 + cluster.value("clusterName"_L1).toString() + QLatin1Char('/'));
            const auto& index = m_context.store->taskIndex();
            for (auto it = index.lower_bound(prefix); it != index.end() && it->first.startsWith(prefix); ++it) {
                if (it->second.group != group || it->second.desiredStatus != "RUNNING"_L1)
                    continue;
                if (const QJsonObject* task = m_context.store->find(Kind::Task, it->first))
                    perProvider[task->value("capacityProviderName"_L1).toString()] += 1;
            }
        }
        auto chooseProvider = [&]() -> QString {
            QString chosen;
            double best = 0;
            for (const QJsonValue& value : strategy) {
                const QJsonObject item = value.toObject();
                const QString name = item.value("capacityProvider"_L1).toString();
                if (perProvider.value(name) < item.value("base"_L1).toInt())
                    return name;
            }
            for (const QJsonValue& value : strategy) {
                const QJsonObject item = value.toObject();
                const int weight = item.value("weight"_L1).toInt();
                if (weight <= 0)
                    continue;
                const double load = double(perProvider.value(item.value("capacityProvider"_L1).toString())) / weight;
                if (chosen.isEmpty() || load < best) {
                    chosen = item.value("capacityProvider"_L1).toString();
                    best = load;
                }
            }
            return chosen.isEmpty() ? strategy.first().toObject().value("capacityProvider"_L1).toString() : chosen;
        };
        for (int i = 0; i < count; ++i) {
            QJsonObject task = newTask(cluster, taskDefinition, in, launchType, {}, group, startedBy);
            if (!strategy.isEmpty()) {
                const QString provider = chooseProvider();
                perProvider[provider] += 1;
                task["capacityProviderName"_L1] = provider;
                m_context.store->put(Kind::Task, task.value("taskArn"_L1).toString(), task);
            }
            tasks.append(task);
        }
        return tasks;
    }
    const QString clusterName = cluster.value("clusterName"_L1).toString();
    QStringList candidates;
    if (onlyInstances.isEmpty()) {
        forRange(m_context.store->collection(Kind::ContainerInstance),
            arn("container-instance/"_L1 + clusterName + QLatin1Char('/')), {},
            [&](const QString& key, const QJsonObject& instance) {
                if (instance.value("status"_L1).toString() == "ACTIVE"_L1)
                    candidates.append(key);
                return true;
            });
        if (candidates.isEmpty())
            throw ApiError::invalidParameter(tr("No Container Instances were found in your cluster."));
    } else {
        candidates = onlyInstances;
    }
    const auto [cpu, memory] = reservation(taskDefinition);
    // One placement call for all the tasks when the function places several at once (the engine
    // does, keeping track of what each placement uses); one at a time otherwise.
    while (tasks.size() < count) {
        InstancePlacementRequest request { cluster.value("clusterArn"_L1).toString(), candidates, cpu, memory,
            taskDefinition, group, {}, Input::array(in, "placementConstraints"_L1),
            Input::array(in, "placementStrategy"_L1), count - int(tasks.size()) };
        if (group.startsWith("service:"_L1))
            request.serviceName = group.mid(8);
        const InstancePlacementResult placed = m_placement(request, *m_context.store);
        if (!placed.errorType.isEmpty())
            throw ApiError { placed.errorType, placed.errorMessage, 400 };
        QStringList instances = placed.containerInstanceArns;
        if (instances.isEmpty() && !placed.containerInstanceArn.isEmpty())
            instances.append(placed.containerInstanceArn);
        for (qsizetype i = 0; i < instances.size(); ++i) {
            if (tasks.size() < count)
                tasks.append(newTask(cluster, taskDefinition, in, launchType, instances[i], group, startedBy,
                    placed.networkBindings.value(i)));
        }
        if (instances.isEmpty() || !placed.failures.isEmpty()) {
            for (const QJsonValue& failure : placed.failures)
                failures->append(failure);
            break;
        }
    }
    return tasks;
}

QJsonObject EcsHandler::runTask(const QJsonObject& in)
{
    if (const auto rejected = Rules::firstRejection(Rules::checkRunTask(in)))
        throw ApiError { rejected->code, rejected->message, 400 };
    const QJsonObject cluster = activeCluster(in);
    const QJsonObject taskDefinition = requireTaskDefinition(Input::requiredString(in, "taskDefinition"_L1));
    if (taskDefinition.value("status"_L1).toString() != "ACTIVE"_L1)
        throw ApiError::invalidParameter(tr("TaskDefinition is inactive"));
    const qint64 count = Input::integer(in, "count"_L1).value_or(1);
    if (count < 1 || count > 10)
        throw ApiError::invalidParameter(tr("Count must be between 1 and 10."));
    const QJsonArray tags = Input::array(in, "tags"_L1);
    validateTags(tags);
    QString group = Input::string(in, "group"_L1);
    if (group.isEmpty())
        group = "family:"_L1 + taskDefinition.value("family"_L1).toString();
    QJsonArray failures;
    const QJsonArray tasks
        = placeTasks(cluster, taskDefinition, in, int(count), group, Input::string(in, "startedBy"_L1), &failures);
    return { { "tasks"_L1, tasks }, { "failures"_L1, failures } };
}

QJsonObject EcsHandler::startTask(const QJsonObject& in)
{
    const QJsonObject cluster = activeCluster(in);
    const QJsonObject taskDefinition = requireTaskDefinition(Input::requiredString(in, "taskDefinition"_L1));
    const QStringList instances = Input::stringList(in, "containerInstances"_L1);
    if (instances.isEmpty() || instances.size() > 10)
        throw ApiError::invalidParameter(tr("containerInstances must contain between 1 and 10 items."));
    QStringList keys;
    QJsonArray failures;
    for (const QString& instance : instances) {
        const QString key = instanceKey(cluster.value("clusterArn"_L1).toString(), instance);
        const QJsonObject* found = m_context.store->find(Kind::ContainerInstance, key);
        if (!found || found->value("status"_L1).toString() == "INACTIVE"_L1)
            failures.append(QJsonObject { { "arn"_L1, key }, { "reason"_L1, "MISSING"_L1 } });
        else
            keys.append(key);
    }
    QString group = Input::string(in, "group"_L1);
    if (group.isEmpty())
        group = "family:"_L1 + taskDefinition.value("family"_L1).toString();
    QJsonObject input = in;
    input["launchType"_L1] = "EC2"_L1;
    QJsonArray tasks;
    for (const QString& key : keys) {
        const QJsonArray placed = placeTasks(
            cluster, taskDefinition, input, 1, group, Input::string(in, "startedBy"_L1), &failures, { key });
        for (const QJsonValue& task : placed)
            tasks.append(task);
    }
    return { { "tasks"_L1, tasks }, { "failures"_L1, failures } };
}

void EcsHandler::stopTaskRecord(const QString& key, const QString& reason, const QString& stopCode)
{
    QJsonObject task = *m_context.store->find(Kind::Task, key);
    if (task.value("desiredStatus"_L1).toString() == "STOPPED"_L1)
        return;
    task["desiredStatus"_L1] = "STOPPED"_L1;
    task["stoppedReason"_L1] = reason;
    task["stopCode"_L1] = stopCode;
    task["stoppingAt"_L1] = m_context.clock->epochSeconds();
    task["version"_L1] = task.value("version"_L1).toInt() + 1;
    m_context.store->put(Kind::Task, key, task);
    // Resources go back to the instance when the task is told to stop; the simulation may instead
    // release them when the task reaches STOPPED.
    const QString instance = task.value("containerInstanceArn"_L1).toString();
    if (!instance.isEmpty()) {
        QJsonArray bindings;
        for (const QJsonValue& container : task.value("containers"_L1).toArray()) {
            for (const QJsonValue& binding : container.toObject().value("networkBindings"_L1).toArray())
                bindings.append(binding);
        }
        reserveOnInstance(instance, task.value("cpu"_L1).toString().toInt(), task.value("memory"_L1).toString().toInt(),
            bindings, true);
    }
}

QJsonObject EcsHandler::stopTask(const QJsonObject& in)
{
    const QJsonObject cluster = activeCluster(in);
    const QString key = taskKey(cluster.value("clusterArn"_L1).toString(), Input::requiredString(in, "task"_L1));
    if (!m_context.store->find(Kind::Task, key))
        throw ApiError::invalidParameter(tr("The referenced task was not found."));
    QString reason = Input::string(in, "reason"_L1);
    if (reason.isEmpty())
        reason = tr("Task stopped by user");
    stopTaskRecord(key, reason, QStringLiteral("UserInitiated"));
    return { { "task"_L1, *m_context.store->find(Kind::Task, key) } };
}

QStringList EcsHandler::listTaskKeys(const QJsonObject& in, QString* next)
{
    const QJsonObject& cluster = activeCluster(in);
    const QString clusterArn = cluster.value("clusterArn"_L1).toString();
    const Input::Page page = Input::page(in, 100, 100);
    const QString family = Input::string(in, "family"_L1);
    const QString startedBy = Input::string(in, "startedBy"_L1);
    const QString launchType = Input::string(in, "launchType"_L1);
    if (!launchType.isEmpty())
        Input::requireOneOf(launchType, "launchType"_L1,
            { QStringLiteral("EC2"), QStringLiteral("FARGATE"), QStringLiteral("EXTERNAL") });
    QString desired = Input::string(in, "desiredStatus"_L1);
    if (desired.isEmpty())
        desired = QStringLiteral("RUNNING");
    Input::requireOneOf(desired, "desiredStatus"_L1,
        { QStringLiteral("RUNNING"), QStringLiteral("PENDING"), QStringLiteral("STOPPED") });
    QString group;
    if (const QString service = Input::string(in, "serviceName"_L1); !service.isEmpty()) {
        const QJsonObject* found = m_context.store->find(Kind::Service, serviceKey(clusterArn, service));
        if (!found)
            throw serviceNotFound();
        group = "service:"_L1 + found->value("serviceName"_L1).toString();
    }
    QString instance;
    if (const QString given = Input::string(in, "containerInstance"_L1); !given.isEmpty())
        instance = instanceKey(clusterArn, given);
    const QString familyGroup = family.isEmpty() ? QString() : "family:"_L1 + family;
    const QString familyNeedle = "/"_L1 + family + QLatin1Char(':');

    QStringList arns;
    forRange(m_context.store->taskIndex(), arn("task/"_L1 + lastSegment(clusterArn) + QLatin1Char('/')), page.after,
        [&](const QString& key, const TaskFields& fields) {
            const TaskFields* task = &fields;
            const QString& status = task->desiredStatus;
            if (desired == "PENDING"_L1 ? task->lastStatus != "PENDING"_L1 || status != "RUNNING"_L1
                                        : status != desired)
                return true;
            if (!group.isEmpty() && task->group != group)
                return true;
            if (!familyGroup.isEmpty() && !task->taskDefinitionArn.contains(familyNeedle))
                return true;
            if (!startedBy.isEmpty() && task->startedBy != startedBy)
                return true;
            if (!launchType.isEmpty() && task->launchType != launchType)
                return true;
            if (!instance.isEmpty() && task->containerInstanceArn != instance)
                return true;
            if (arns.size() == page.maxResults) {
                *next = Input::encodeToken(arns.last());
                return false;
            }
            arns.append(key);
            return true;
        });
    return arns;
}

QJsonObject EcsHandler::listTasks(const QJsonObject& in)
{
    QString next;
    QJsonObject out { { "taskArns"_L1, QJsonArray::fromStringList(listTaskKeys(in, &next)) } };
    if (!next.isEmpty())
        out["nextToken"_L1] = next;
    return out;
}

QByteArray EcsHandler::listTasksRaw(const QJsonObject& in)
{
    // ARNs and tokens hold only characters that need no JSON escaping (names are [A-Za-z0-9_-]).
    QString next;
    const QStringList arns = listTaskKeys(in, &next);
    QByteArray out = "{\"taskArns\":[";
    out.reserve(arns.size() * 110 + 200);
    for (qsizetype i = 0; i < arns.size(); ++i) {
        if (i > 0)
            out += ',';
        out += '"';
        out += arns[i].toUtf8();
        out += '"';
    }
    out += ']';
    if (!next.isEmpty())
        out += ",\"nextToken\":\"" + next.toUtf8() + '"';
    out += '}';
    return out;
}

QJsonObject EcsHandler::describeTasks(const QJsonObject& in)
{
    const QJsonObject& cluster = activeCluster(in);
    const QStringList ids = Input::stringList(in, "tasks"_L1);
    if (ids.isEmpty())
        throw ApiError::invalidParameter(tr("Tasks cannot be empty."));
    if (ids.size() > 100)
        throw ApiError::invalidParameter(tr("tasks can have at most 100 items."));
    const bool withTags = Input::stringList(in, "include"_L1).contains("TAGS"_L1);
    QJsonArray tasks, failures;
    for (const QString& id : ids) {
        const QString key = taskKey(cluster.value("clusterArn"_L1).toString(), id);
        if (const QJsonObject* task = m_context.store->find(Kind::Task, key)) {
            QJsonObject view = *task;
            if (withTags)
                view["tags"_L1] = tagsOf(key);
            else
                view.remove("tags"_L1);
            tasks.append(view);
        } else {
            failures.append(
                QJsonObject { { "arn"_L1, id.startsWith("arn:"_L1) ? id : key }, { "reason"_L1, "MISSING"_L1 } });
        }
    }
    return { { "tasks"_L1, tasks }, { "failures"_L1, failures } };
}

// ---- services ------------------------------------------------------------------------------

QJsonArray EcsHandler::startServiceTasks(const QString& key, const QString& deploymentId,
    const QString& taskDefinitionArn, int count, QJsonArray* failures, const QStringList& onlyInstances)
{
    const QJsonObject* service = m_context.store->find(Kind::Service, key);
    const QJsonObject* taskDefinition = findTaskDefinition(taskDefinitionArn);
    if (!service || !taskDefinition)
        return {};
    const QJsonObject* cluster = m_context.store->find(Kind::Cluster, service->value("clusterArn"_L1).toString());
    if (!cluster)
        return {};
    QJsonObject in { { "launchType"_L1, service->value("launchType"_L1) },
        { "networkConfiguration"_L1, service->value("networkConfiguration"_L1) },
        { "placementConstraints"_L1, service->value("placementConstraints"_L1) },
        { "placementStrategy"_L1, service->value("placementStrategy"_L1) } };
    if (service->value("launchType"_L1).toString().isEmpty()) {
        in.remove("launchType"_L1);
        in.insert("capacityProviderStrategy"_L1, service->value("capacityProviderStrategy"_L1));
    }
    const QString group = "service:"_L1 + service->value("serviceName"_L1).toString();
    QJsonArray started;
    try {
        while (count > 0) {
            const QJsonArray batch = placeTasks(
                *cluster, *taskDefinition, in, std::min(count, 100), group, deploymentId, failures, onlyInstances);
            if (batch.isEmpty())
                break;
            for (const QJsonValue& task : batch)
                started.append(task);
            count -= int(batch.size());
        }
    } catch (const ApiError& error) {
        failures->append(QJsonObject { { "reason"_L1, error.message } });
    }
    return started;
}

void EcsHandler::reconcileService(const QString& key)
{
    const QJsonObject service = *m_context.store->find(Kind::Service, key);
    const QString clusterArn = service.value("clusterArn"_L1).toString();
    const QJsonObject cluster = *m_context.store->find(Kind::Cluster, clusterArn);
    const QString group = "service:"_L1 + service.value("serviceName"_L1).toString();
    const bool active = service.value("status"_L1).toString() == "ACTIVE"_L1;
    const int desired = active ? service.value("desiredCount"_L1).toInt() : 0;
    // An ACTIVE DAEMON service's tasks follow its instances: the simulation's scheduler places them.
    const bool byInstance = active && service.value("schedulingStrategy"_L1).toString() == "DAEMON"_L1;
    QStringList live;
    forRange(m_context.store->collection(Kind::Task), arn("task/"_L1 + lastSegment(clusterArn) + QLatin1Char('/')), {},
        [&](const QString& taskKey, const QJsonObject& task) {
            if (task.value("group"_L1).toString() == group && task.value("desiredStatus"_L1).toString() == "RUNNING"_L1)
                live.append(taskKey);
            return true;
        });
    if (!byInstance && live.size() > desired) {
        QStringList toStop = live.mid(desired);
        if (m_scaleIn && active) {
            const QStringList chosen = m_scaleIn(*m_context.store,
                arn("container-instance/"_L1 + lastSegment(clusterArn) + QLatin1Char('/')), group,
                int(live.size()) - desired, service.value("placementStrategy"_L1).toArray());
            if (chosen.size() == toStop.size())
                toStop = chosen;
        }
        for (const QString& taskKey : toStop)
            stopTaskRecord(taskKey,
                active ? tr("Service %1 scaled in").arg(service.value("serviceName"_L1).toString())
                       : tr("Service %1 deleted").arg(service.value("serviceName"_L1).toString()),
                QStringLiteral("ServiceSchedulerInitiated"));
    } else if (!byInstance && live.size() < desired) {
        const QJsonObject* taskDefinition = findTaskDefinition(service.value("taskDefinition"_L1).toString());
        if (!taskDefinition)
            return;
        QJsonObject in { { "launchType"_L1, service.value("launchType"_L1) },
            { "networkConfiguration"_L1, service.value("networkConfiguration"_L1) },
            { "placementConstraints"_L1, service.value("placementConstraints"_L1) },
            { "placementStrategy"_L1, service.value("placementStrategy"_L1) } };
        if (service.value("launchType"_L1).toString().isEmpty())
            in.remove("launchType"_L1);
        QJsonArray failures;
        int remaining = desired - int(live.size());
        while (remaining > 0) {
            const int batch = std::min(remaining, 10);
            QJsonArray started;
            try {
                started = placeTasks(cluster, *taskDefinition, in, batch, group,
                    QString(service.value("deployments"_L1)[0]["id"_L1].toString()), &failures);
            } catch (const ApiError&) {
                break; // nothing can be placed now; the scheduler will retry
            }
            if (started.isEmpty())
                break;
            remaining -= int(started.size());
        }
    }
    // pendingCount mirrors the tasks that are not yet running.
    // Each deployment counts its own tasks (startedBy is the deployment id): a new PRIMARY starts at 0.
    QJsonObject updated = *m_context.store->find(Kind::Service, key);
    int pending = 0, running = 0;
    QHash<QString, QPair<int, int>> perDeployment; // id -> (running, pending)
    const auto& index = m_context.store->taskIndex();
    const QString prefix = arn("task/"_L1 + lastSegment(clusterArn) + QLatin1Char('/'));
    for (auto it = index.lower_bound(prefix); it != index.end() && it->first.startsWith(prefix); ++it) {
        const TaskFields& fields = it->second;
        if (fields.group != group || fields.desiredStatus != "RUNNING"_L1)
            continue;
        const bool isRunning = fields.lastStatus == "RUNNING"_L1;
        ++(isRunning ? running : pending);
        auto& pair = perDeployment[fields.startedBy];
        ++(isRunning ? pair.first : pair.second);
    }
    updated["pendingCount"_L1] = pending;
    updated["runningCount"_L1] = running;
    QJsonArray deployments = updated.value("deployments"_L1).toArray();
    for (qsizetype i = 0; i < deployments.size(); ++i) {
        QJsonObject deployment = deployments[i].toObject();
        const QPair<int, int> counts = perDeployment.value(deployment.value("id"_L1).toString());
        deployment["runningCount"_L1] = counts.first;
        deployment["pendingCount"_L1] = counts.second;
        if (i == 0)
            deployment["desiredCount"_L1] = desired;
        deployments[i] = deployment;
    }
    if (!deployments.isEmpty())
        updated["deployments"_L1] = deployments;
    m_context.store->put(Kind::Service, key, updated);
}

namespace {
    QString newDeploymentId()
    {
        QString digits;
        for (int i = 0; i < 19; ++i)
            digits += QChar(u'0' + QRandomGenerator::global()->bounded(10));
        return "ecs-svc/"_L1 + digits;
    }
} // namespace

QJsonObject EcsHandler::createService(const QJsonObject& in)
{
    if (const auto rejected = Rules::firstRejection(Rules::checkCreateService(in)))
        throw ApiError { rejected->code, rejected->message, 400 };
    const QJsonObject cluster = activeCluster(in);
    const QString clusterArn = cluster.value("clusterArn"_L1).toString();
    const QString name = Input::requiredString(in, "serviceName"_L1);
    if (!isValidName(name))
        throw ApiError::invalidParameter(
            tr("Service name can only contain letters, numbers, underscores and hyphens and be up to 255 characters."));
    QString scheduling = Input::string(in, "schedulingStrategy"_L1);
    if (scheduling.isEmpty())
        scheduling = QStringLiteral("REPLICA");
    Input::requireOneOf(scheduling, "schedulingStrategy"_L1, { QStringLiteral("REPLICA"), QStringLiteral("DAEMON") });
    const QJsonObject controller = Input::object(in, "deploymentController"_L1);
    const QString controllerType = controller.value("type"_L1).toString().isEmpty()
        ? QStringLiteral("ECS")
        : controller.value("type"_L1).toString();
    Input::requireOneOf(controllerType, "deploymentController.type"_L1,
        { QStringLiteral("ECS"), QStringLiteral("CODE_DEPLOY"), QStringLiteral("EXTERNAL") });
    const QString taskDefinitionRef = Input::string(in, "taskDefinition"_L1);
    if (taskDefinitionRef.isEmpty() && controllerType != "EXTERNAL"_L1)
        throw ApiError::invalidParameter(tr("TaskDefinition can not be blank."));
    const std::optional<qint64> desiredIn = Input::integer(in, "desiredCount"_L1);
    if (scheduling == "DAEMON"_L1 && desiredIn)
        throw ApiError::invalidParameter(
            tr("The daemon scheduling strategy does not support a desired count for services."));
    if (scheduling == "REPLICA"_L1 && !desiredIn && controllerType == "ECS"_L1)
        throw ApiError::invalidParameter(tr("desiredCount is required for the replica scheduling strategy."));
    const qint64 desired = desiredIn.value_or(0);
    if (desired < 0)
        throw ApiError::invalidParameter(tr("Invalid desiredCount: must be at least 0."));
    const QJsonArray tags = Input::array(in, "tags"_L1);
    validateTags(tags);

    const QString key = serviceKey(clusterArn, name);
    if (const QJsonObject* existing = m_context.store->find(Kind::Service, key)) {
        const QString status = existing->value("status"_L1).toString();
        if (status == "ACTIVE"_L1)
            throw ApiError::invalidParameter(tr("Creation of service was not idempotent."));
        if (status == "DRAINING"_L1)
            throw ApiError::invalidParameter(tr("Unable to Start a service that is still Draining."));
    }
    QJsonObject taskDefinition;
    if (!taskDefinitionRef.isEmpty()) {
        taskDefinition = requireTaskDefinition(taskDefinitionRef);
        if (taskDefinition.value("status"_L1).toString() != "ACTIVE"_L1)
            throw ApiError::invalidParameter(tr("TaskDefinition is inactive"));
        if (taskDefinition.value("networkMode"_L1).toString() == "awsvpc"_L1
            && Input::object(in, "networkConfiguration"_L1).isEmpty())
            throw ApiError::invalidParameter(
                tr("Network Configuration must be provided when networkMode 'awsvpc' is specified."));
    }
    QString launchType = Input::string(in, "launchType"_L1);
    const QJsonArray strategy = Input::array(in, "capacityProviderStrategy"_L1);
    if (!launchType.isEmpty() && !strategy.isEmpty())
        throw ApiError::invalidParameter(
            tr("Specifying both a launch type and capacity provider strategy is not supported. Remove one and try "
               "again."));
    if (launchType.isEmpty() && strategy.isEmpty())
        launchType = QStringLiteral("EC2");
    if (!launchType.isEmpty()) {
        Input::requireOneOf(launchType, "launchType"_L1,
            { QStringLiteral("EC2"), QStringLiteral("FARGATE"), QStringLiteral("EXTERNAL") });
        if (!taskDefinition.isEmpty() && !taskDefinition.value("compatibilities"_L1).toArray().contains(launchType))
            throw ApiError::invalidParameter(tr("Task definition does not support launch_type %1.").arg(launchType));
    }
    QJsonObject deploymentConfiguration = Input::object(in, "deploymentConfiguration"_L1);
    if (!deploymentConfiguration.contains("maximumPercent"_L1))
        deploymentConfiguration["maximumPercent"_L1] = scheduling == "DAEMON"_L1 ? 100 : 200;
    if (!deploymentConfiguration.contains("minimumHealthyPercent"_L1))
        deploymentConfiguration["minimumHealthyPercent"_L1] = scheduling == "DAEMON"_L1 ? 0 : 100;
    if (!deploymentConfiguration.contains("deploymentCircuitBreaker"_L1))
        deploymentConfiguration["deploymentCircuitBreaker"_L1]
            = QJsonObject { { "enable"_L1, false }, { "rollback"_L1, false } };

    const double now = m_context.clock->epochSeconds();
    const QString deploymentId = newDeploymentId();
    QJsonObject deployment { { "id"_L1, deploymentId }, { "status"_L1, "PRIMARY"_L1 },
        { "taskDefinition"_L1, taskDefinition.value("taskDefinitionArn"_L1) }, { "desiredCount"_L1, desired },
        { "pendingCount"_L1, 0 }, { "runningCount"_L1, 0 }, { "failedTasks"_L1, 0 }, { "createdAt"_L1, now },
        { "updatedAt"_L1, now }, { "rolloutState"_L1, "IN_PROGRESS"_L1 },
        { "rolloutStateReason"_L1, tr("ECS deployment %1 in progress.").arg(deploymentId) } };
    if (!launchType.isEmpty())
        deployment["launchType"_L1] = launchType;
    else
        deployment["capacityProviderStrategy"_L1] = strategy;
    const QJsonObject network = Input::object(in, "networkConfiguration"_L1);
    if (!network.isEmpty())
        deployment["networkConfiguration"_L1] = network;

    QJsonObject service { { "serviceArn"_L1, key }, { "serviceName"_L1, name }, { "clusterArn"_L1, clusterArn },
        { "loadBalancers"_L1, Input::array(in, "loadBalancers"_L1) },
        { "serviceRegistries"_L1, Input::array(in, "serviceRegistries"_L1) }, { "status"_L1, "ACTIVE"_L1 },
        { "desiredCount"_L1, desired }, { "runningCount"_L1, 0 }, { "pendingCount"_L1, 0 },
        { "taskDefinition"_L1, taskDefinition.value("taskDefinitionArn"_L1) },
        { "deploymentConfiguration"_L1, deploymentConfiguration }, { "deployments"_L1, QJsonArray { deployment } },
        { "events"_L1, QJsonArray() }, { "createdAt"_L1, now },
        { "placementConstraints"_L1, Input::array(in, "placementConstraints"_L1) },
        { "placementStrategy"_L1, Input::array(in, "placementStrategy"_L1) }, { "schedulingStrategy"_L1, scheduling },
        { "deploymentController"_L1, QJsonObject { { "type"_L1, controllerType } } },
        { "createdBy"_L1, m_context.principalArn() },
        { "enableECSManagedTags"_L1, Input::boolean(in, "enableECSManagedTags"_L1).value_or(false) },
        { "propagateTags"_L1,
            Input::string(in, "propagateTags"_L1).isEmpty() ? QStringLiteral("NONE")
                                                            : Input::string(in, "propagateTags"_L1) },
        { "enableExecuteCommand"_L1, Input::boolean(in, "enableExecuteCommand"_L1).value_or(false) } };
    if (!launchType.isEmpty())
        service["launchType"_L1] = launchType;
    else
        service["capacityProviderStrategy"_L1] = strategy;
    if (launchType == "FARGATE"_L1) {
        service["platformVersion"_L1] = "LATEST"_L1;
        service["platformFamily"_L1] = "Linux"_L1;
    }
    if (!network.isEmpty())
        service["networkConfiguration"_L1] = network;
    if (const auto grace = Input::integer(in, "healthCheckGracePeriodSeconds"_L1))
        service["healthCheckGracePeriodSeconds"_L1] = *grace;
    if (const QString role = Input::string(in, "role"_L1); !role.isEmpty())
        service["roleArn"_L1] = role;
    m_context.store->put(Kind::Service, key, service);
    setTags(key, tags);
    reconcileService(key);
    QJsonObject view = *m_context.store->find(Kind::Service, key);
    view["tags"_L1] = tags;
    return { { "service"_L1, view } };
}

QJsonObject EcsHandler::updateService(const QJsonObject& in)
{
    const QJsonObject cluster = activeCluster(in);
    const QString key = serviceKey(cluster.value("clusterArn"_L1).toString(), Input::requiredString(in, "service"_L1));
    const QJsonObject* found = m_context.store->find(Kind::Service, key);
    if (!found)
        throw serviceNotFound();
    if (found->value("status"_L1).toString() != "ACTIVE"_L1)
        throw ApiError { QStringLiteral("ServiceNotActiveException"), tr("Service was not ACTIVE."), 400 };
    QJsonObject service = *found;
    if (const auto rejected
        = Rules::firstRejection(Rules::checkUpdateService(in, service.value("schedulingStrategy"_L1).toString())))
        throw ApiError { rejected->code, rejected->message, 400 };
    const double now = m_context.clock->epochSeconds();
    if (const auto desired = Input::integer(in, "desiredCount"_L1)) {
        if (*desired < 0)
            throw ApiError::invalidParameter(tr("Invalid desiredCount: must be at least 0."));
        if (service.value("schedulingStrategy"_L1).toString() == "DAEMON"_L1)
            throw ApiError::invalidParameter(
                tr("The daemon scheduling strategy does not support a desired count for services."));
        service["desiredCount"_L1] = *desired;
    }
    const QJsonObject configuration = Input::object(in, "deploymentConfiguration"_L1);
    if (!configuration.isEmpty()) {
        QJsonObject merged = service.value("deploymentConfiguration"_L1).toObject();
        for (auto it = configuration.begin(); it != configuration.end(); ++it)
            merged[it.key()] = it.value();
        service["deploymentConfiguration"_L1] = merged;
    }
    const QJsonObject network = Input::object(in, "networkConfiguration"_L1);
    if (!network.isEmpty())
        service["networkConfiguration"_L1] = network;
    for (const char* field : { "placementConstraints", "placementStrategy", "loadBalancers", "serviceRegistries" }) {
        if (in.contains(QLatin1String(field)))
            service[QLatin1String(field)] = Input::array(in, QLatin1String(field));
    }
    if (const auto grace = Input::integer(in, "healthCheckGracePeriodSeconds"_L1))
        service["healthCheckGracePeriodSeconds"_L1] = *grace;
    if (const auto exec = Input::boolean(in, "enableExecuteCommand"_L1))
        service["enableExecuteCommand"_L1] = *exec;

    const QString taskDefinitionRef = Input::string(in, "taskDefinition"_L1);
    const bool force = Input::boolean(in, "forceNewDeployment"_L1).value_or(false);
    QString newDefinitionArn = service.value("taskDefinition"_L1).toString();
    if (!taskDefinitionRef.isEmpty()) {
        const QJsonObject& definition = requireTaskDefinition(taskDefinitionRef);
        if (definition.value("status"_L1).toString() != "ACTIVE"_L1)
            throw ApiError::invalidParameter(tr("TaskDefinition is inactive"));
        newDefinitionArn = definition.value("taskDefinitionArn"_L1).toString();
    }
    QJsonArray deployments = service.value("deployments"_L1).toArray();
    if (force || newDefinitionArn != service.value("taskDefinition"_L1).toString() || !network.isEmpty()) {
        // A new PRIMARY deployment; the previous one becomes ACTIVE and the simulation rolls it.
        QJsonArray rolled;
        const QString id = newDeploymentId();
        QJsonObject primary = deployments.isEmpty() ? QJsonObject() : deployments[0].toObject();
        primary["id"_L1] = id;
        primary["status"_L1] = "PRIMARY"_L1;
        primary["taskDefinition"_L1] = newDefinitionArn;
        primary["pendingCount"_L1] = 0;
        primary["runningCount"_L1] = 0;
        primary["failedTasks"_L1] = 0;
        primary["createdAt"_L1] = now;
        primary["updatedAt"_L1] = now;
        primary["rolloutState"_L1] = "IN_PROGRESS"_L1;
        primary["rolloutStateReason"_L1] = tr("ECS deployment %1 in progress.").arg(id);
        if (!network.isEmpty())
            primary["networkConfiguration"_L1] = network;
        rolled.append(primary);
        for (const QJsonValue& value : deployments) {
            QJsonObject old = value.toObject();
            if (old.value("status"_L1).toString() == "PRIMARY"_L1 || old.value("status"_L1).toString() == "ACTIVE"_L1) {
                old["status"_L1] = "ACTIVE"_L1;
                old["updatedAt"_L1] = now;
                rolled.append(old);
            }
        }
        deployments = rolled;
        service["taskDefinition"_L1] = newDefinitionArn;
    }
    if (!deployments.isEmpty()) {
        QJsonObject primary = deployments[0].toObject();
        primary["desiredCount"_L1] = service.value("desiredCount"_L1);
        primary["updatedAt"_L1] = now;
        deployments[0] = primary;
    }
    service["deployments"_L1] = deployments;
    m_context.store->put(Kind::Service, key, service);
    reconcileService(key);
    return { { "service"_L1, *m_context.store->find(Kind::Service, key) } };
}

QJsonObject EcsHandler::deleteService(const QJsonObject& in)
{
    const QJsonObject cluster = activeCluster(in);
    const QString key = serviceKey(cluster.value("clusterArn"_L1).toString(), Input::requiredString(in, "service"_L1));
    const QJsonObject* found = m_context.store->find(Kind::Service, key);
    if (!found || found->value("status"_L1).toString() == "INACTIVE"_L1)
        throw serviceNotFound();
    QJsonObject service = *found;
    const bool force = Input::boolean(in, "force"_L1).value_or(false);
    if (!force && service.value("desiredCount"_L1).toInt() > 0
        && service.value("schedulingStrategy"_L1).toString() == "REPLICA"_L1)
        throw ApiError::invalidParameter(tr("The service cannot be stopped while it is scaled above 0."));
    service["status"_L1] = "DRAINING"_L1;
    service["desiredCount"_L1] = 0;
    m_context.store->put(Kind::Service, key, service);
    reconcileService(key);
    const QJsonObject answer = *m_context.store->find(Kind::Service, key);
    if (m_drainsOverTime)
        return { { "service"_L1, answer } }; // the simulation makes it INACTIVE once its tasks stopped
    // Without the simulation, draining finishes at once here (every task was told to stop); the record stays INACTIVE
    // so DescribeServices still finds it, as ECS does for a while.
    QJsonObject inactive = answer;
    inactive["status"_L1] = "INACTIVE"_L1;
    m_context.store->put(Kind::Service, key, inactive);
    return { { "service"_L1, answer } };
}

QJsonObject EcsHandler::listServices(const QJsonObject& in)
{
    const QJsonObject& cluster = activeCluster(in);
    const Input::Page page = Input::page(in, 10, 100);
    const QString launchType = Input::string(in, "launchType"_L1);
    const QString scheduling = Input::string(in, "schedulingStrategy"_L1);
    QJsonArray arns;
    QString next;
    forRange(m_context.store->collection(Kind::Service),
        arn("service/"_L1 + cluster.value("clusterName"_L1).toString() + QLatin1Char('/')), page.after,
        [&](const QString& key, const QJsonObject& service) {
            if (service.value("status"_L1).toString() == "INACTIVE"_L1)
                return true;
            if (!launchType.isEmpty() && service.value("launchType"_L1).toString() != launchType)
                return true;
            if (!scheduling.isEmpty() && service.value("schedulingStrategy"_L1).toString() != scheduling)
                return true;
            if (arns.size() == page.maxResults) {
                next = Input::encodeToken(arns.last().toString());
                return false;
            }
            arns.append(key);
            return true;
        });
    QJsonObject out { { "serviceArns"_L1, arns } };
    if (!next.isEmpty())
        out["nextToken"_L1] = next;
    return out;
}

QJsonObject EcsHandler::describeServices(const QJsonObject& in)
{
    const QJsonObject& cluster = activeCluster(in);
    const QStringList names = Input::stringList(in, "services"_L1);
    if (names.isEmpty())
        throw ApiError::invalidParameter(tr("Services cannot be empty."));
    if (names.size() > 10)
        throw ApiError::invalidParameter(tr("services can have at most 10 items."));
    const bool withTags = Input::stringList(in, "include"_L1).contains("TAGS"_L1);
    QJsonArray services, failures;
    for (const QString& name : names) {
        const QString key = serviceKey(cluster.value("clusterArn"_L1).toString(), name);
        if (const QJsonObject* service = m_context.store->find(Kind::Service, key)) {
            if (withTags) {
                QJsonObject view = *service;
                view["tags"_L1] = tagsOf(key);
                services.append(view);
            } else {
                services.append(*service);
            }
        } else {
            failures.append(
                QJsonObject { { "arn"_L1, name.startsWith("arn:"_L1) ? name : key }, { "reason"_L1, "MISSING"_L1 } });
        }
    }
    return { { "services"_L1, services }, { "failures"_L1, failures } };
}

} // namespace EcsDesk::Local
