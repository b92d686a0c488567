// SPDX-License-Identifier: MIT
#include "local/domain/taskservice.h"

#include "local/clock.h"
#include "local/store/store.h"

#include <QCoreApplication>
#include <QUuid>

#include <array>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace EcsDesk::Local {

namespace {
    // The texts keep the ECS handler's translation context (they moved here from it).
    QString tr(const char* text) { return QCoreApplication::translate("EcsDesk::Local::EcsHandler", text); }

    QString newId() { return QUuid::createUuid().toString(QUuid::Id128); }

    /// Task starts or stops one service request makes while the simulation's scheduler runs (it
    /// does the rest in slices of SimulationOptions::serviceTaskBatch, also 100).
    constexpr int requestTaskBatch = 100;

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

TaskService::TaskService(EndpointContext context)
    : m_context(std::move(context))
    , m_repository(m_context.store)
    , m_placement(&TaskService::firstFit)
{
}

QLatin1String TaskService::dynamicPortsField() { return "ecsdeskDynamicPorts"_L1; }

QString TaskService::arn(const QString& resource) const
{
    return "arn:aws:ecs:"_L1 + m_context.region + QLatin1Char(':') + m_context.accountId + QLatin1Char(':') + resource;
}

QJsonObject TaskService::runTask(const QJsonObject& request)
{
    if (!m_runTask)
        throw ApiError { QStringLiteral("ServerException"), tr("RunTask is not available."), 500 };
    return m_runTask(request);
}

const QJsonObject* TaskService::findTaskDefinition(const QString& reference) const
{
    return m_repository.taskDefinitionDocument(reference);
}

// ---- placement -----------------------------------------------------------------------------

InstancePlacementResult TaskService::firstFit(const InstancePlacementRequest& request, const Store& store)
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

void TaskService::reserveOnInstance(
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
        QJsonObject dynamic = instance.value(dynamicPortsField()).toObject();
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
            instance.remove(dynamicPortsField());
        else
            instance[dynamicPortsField()] = QJsonObject { { "tcp"_L1, QJsonArray::fromStringList(held[0]) },
                { "udp"_L1, QJsonArray::fromStringList(held[1]) } };
    }
    instance["remainingResources"_L1] = remaining;
    m_context.store->put(Kind::ContainerInstance, instanceArn, instance);
}

QHash<QString, QPair<int, int>> TaskService::instanceTaskCounts(const QString& clusterArn) const
{
    QHash<QString, QPair<int, int>> counts;
    const auto& index = m_context.store->taskIndex();
    const QString prefix = Repository::resourcePrefix(clusterArn, "task"_L1);
    for (auto it = index.lower_bound(prefix); it != index.end() && it->first.startsWith(prefix); ++it) {
        const TaskFields& fields = it->second;
        if (fields.containerInstanceArn.isEmpty() || fields.desiredStatus != TaskStatus::Running)
            continue;
        auto& pair = counts[fields.containerInstanceArn];
        if (fields.lastStatus == TaskStatus::Running)
            ++pair.first;
        else if (fields.lastStatus != TaskStatus::Stopped)
            ++pair.second;
    }
    return counts;
}

// ---- creating tasks ------------------------------------------------------------------------

QJsonObject TaskService::newTask(const ClusterRecord& cluster, const QJsonObject& taskDefinition,
    const TaskLaunch& launch, const QString& launchType, const QString& containerInstanceArn,
    const QJsonArray& bindings)
{
    const QString taskArn = arn("task/"_L1 + cluster.name + QLatin1Char('/') + newId());
    const auto [cpu, memory] = reservation(taskDefinition);
    const bool awsvpc = taskDefinition.value("networkMode"_L1).toString() == "awsvpc"_L1;
    const double now = m_context.clock->epochSeconds();

    QJsonObject overrides = launch.overrides;
    QJsonArray containerOverrides = overrides.value("containerOverrides"_L1).toArray();
    // A new task is built as a TaskRecord (typed statuses, identity, reservation) and encoded; the
    // fields the domain does not type go into its json.
    TaskRecord task;
    for (const QJsonValue& value : taskDefinition.value("containerDefinitions"_L1).toArray()) {
        const QJsonObject definition = value.toObject();
        ContainerRecord record;
        record.name = definition.value("name"_L1).toString();
        record.lastStatus = ContainerStatus::Pending;
        record.healthStatus = HealthStatus::Unknown;
        QJsonObject container { { "containerArn"_L1,
                                    arn("container/"_L1 + cluster.name + QLatin1Char('/') + lastSegment(taskArn)
                                        + QLatin1Char('/') + newId()) },
            { "taskArn"_L1, taskArn }, { "image"_L1, definition.value("image"_L1) },
            { "networkInterfaces"_L1, QJsonArray() },
            { "cpu"_L1, QString::number(definition.value("cpu"_L1).toInt()) } };
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
        if (launch.enableExecuteCommand) {
            // ECS Exec's agent starts with the container (the simulation marks it RUNNING, issue 21).
            container["managedAgents"_L1] = QJsonArray { QJsonObject {
                { "name"_L1, "ExecuteCommandAgent"_L1 }, { "lastStatus"_L1, "PENDING"_L1 } } };
        }
        record.json = container;
        task.containers.append(record);
    }
    if (containerOverrides.isEmpty()) {
        for (const ContainerRecord& container : std::as_const(task.containers))
            containerOverrides.append(QJsonObject { { "name"_L1, container.name } });
    }
    overrides["containerOverrides"_L1] = containerOverrides;
    if (!overrides.contains("inferenceAcceleratorOverrides"_L1))
        overrides["inferenceAcceleratorOverrides"_L1] = QJsonArray();

    QString availabilityZone = m_context.region + QLatin1Char('a');
    if (!containerInstanceArn.isEmpty()) {
        if (const auto instance = m_repository.containerInstance(containerInstanceArn))
            availabilityZone = instance->attributes.value(QStringLiteral("ecs.availability-zone"), availabilityZone);
    }
    task.arn = taskArn;
    task.clusterArn = cluster.arn;
    task.taskDefinitionArn = taskDefinition.value("taskDefinitionArn"_L1).toString();
    task.containerInstanceArn = containerInstanceArn;
    task.group = launch.group;
    task.startedBy = launch.startedBy;
    task.lastStatus = awsvpc ? TaskStatus::Provisioning : TaskStatus::Pending;
    task.desiredStatus = TaskStatus::Running;
    task.launchType = launchType;
    task.cpu = cpu;
    task.memory = memory;
    task.version = 1;
    task.healthStatus = HealthStatus::Unknown;
    task.enableExecuteCommand = launch.enableExecuteCommand;
    // The group, launch type, cpu and memory are on every task, even when empty or 0.
    QJsonObject document { { "group"_L1, launch.group }, { "launchType"_L1, launchType },
        { "cpu"_L1, QString::number(cpu) }, { "memory"_L1, QString::number(memory) }, { "overrides"_L1, overrides },
        { "createdAt"_L1, now }, { "availabilityZone"_L1, availabilityZone }, { "connectivity"_L1, "CONNECTED"_L1 },
        { "enableExecuteCommand"_L1, launch.enableExecuteCommand }, { "attachments"_L1, QJsonArray() } };
    if (launchType == "FARGATE"_L1) {
        document["platformVersion"_L1] = "1.4.0"_L1;
        document["platformFamily"_L1] = "Linux"_L1;
        document["ephemeralStorage"_L1] = QJsonObject { { "sizeInGiB"_L1, 20 } };
    }
    if (awsvpc) {
        document["attachments"_L1]
            = QJsonArray { QJsonObject { { "id"_L1, QUuid::createUuid().toString(QUuid::WithoutBraces) },
                { "type"_L1, "ElasticNetworkInterface"_L1 }, { "status"_L1, "PRECREATED"_L1 },
                { "details"_L1, QJsonArray() } } };
    }
    task.json = document;
    document = task.toJson();
    m_context.store->put(Kind::Task, taskArn, document);
    if (launch.tags.isEmpty())
        m_context.store->remove(Kind::Tags, taskArn);
    else
        m_context.store->put(Kind::Tags, taskArn, { { "tags"_L1, launch.tags } });
    if (!containerInstanceArn.isEmpty())
        reserveOnInstance(containerInstanceArn, cpu, memory, bindings);
    return document;
}

QJsonArray TaskService::placeTasks(const ClusterRecord& cluster, const QJsonObject& taskDefinition,
    const TaskLaunch& launch, int count, QJsonArray* failures, const QStringList& onlyInstances)
{
    // A strategy of Auto Scaling group capacity providers (issue 18): EC2 tasks on the instances
    // that the first such provider's group registered.
    QString groupProvider;
    for (const QJsonValue& value : launch.capacityProviderStrategy) {
        const QString name = value.toObject().value("capacityProvider"_L1).toString();
        if (name != "FARGATE"_L1 && name != "FARGATE_SPOT"_L1) {
            groupProvider = name;
            break;
        }
    }
    QString launchType = launch.launchType;
    if (launchType.isEmpty()) {
        launchType = launch.capacityProviderStrategy.isEmpty() || !groupProvider.isEmpty() ? QStringLiteral("EC2")
                                                                                           : QStringLiteral("FARGATE");
    }
    const QJsonArray compatibilities = taskDefinition.value("compatibilities"_L1).toArray();
    if (!compatibilities.contains(launchType))
        throw ApiError::invalidParameter(tr("Task definition does not support launch_type %1.").arg(launchType));
    const bool awsvpc = taskDefinition.value("networkMode"_L1).toString() == "awsvpc"_L1;
    if (awsvpc && launch.networkConfiguration.isEmpty()) {
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
        const QJsonArray& strategy = launch.capacityProviderStrategy;
        QHash<QString, int> perProvider;
        if (!strategy.isEmpty()) {
            const QString prefix = Repository::resourcePrefix(cluster.arn, "task"_L1);
            const auto& index = m_context.store->taskIndex();
            for (auto it = index.lower_bound(prefix); it != index.end() && it->first.startsWith(prefix); ++it) {
                if (it->second.group != launch.group || it->second.desiredStatus != TaskStatus::Running)
                    continue;
                if (const auto task = m_repository.task(it->first))
                    perProvider[task->capacityProviderName] += 1;
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
            QJsonObject document = newTask(cluster, taskDefinition, launch, launchType, {});
            if (!strategy.isEmpty()) {
                const QString provider = chooseProvider();
                perProvider[provider] += 1;
                TaskRecord task = TaskRecord::fromJson(document);
                task.capacityProviderName = provider;
                document = task.toJson();
                m_context.store->put(Kind::Task, task.arn, document);
            }
            tasks.append(document);
        }
        return tasks;
    }
    QStringList candidates;
    if (onlyInstances.isEmpty()) {
        for (const ContainerInstanceRecord& instance : m_repository.containerInstancesOf(cluster.arn)) {
            if (instance.status == ContainerInstanceStatus::Active
                && (groupProvider.isEmpty()
                    || instance.json.value("capacityProviderName"_L1).toString() == groupProvider))
                candidates.append(instance.arn);
        }
        if (candidates.isEmpty())
            throw ApiError::invalidParameter(tr("No Container Instances were found in your cluster."));
    } else {
        candidates = onlyInstances;
    }
    const auto [cpu, memory] = reservation(taskDefinition);
    // One placement call for all the tasks when the function places several at once (the engine
    // does, keeping track of what each placement uses); one at a time otherwise.
    while (tasks.size() < count) {
        InstancePlacementRequest request { cluster.arn, candidates, cpu, memory, taskDefinition, launch.group, {},
            launch.placementConstraints, launch.placementStrategy, count - int(tasks.size()) };
        if (launch.group.startsWith("service:"_L1))
            request.serviceName = launch.group.mid(8);
        const InstancePlacementResult placed = m_placement(request, *m_context.store);
        if (!placed.errorType.isEmpty())
            throw ApiError { placed.errorType, placed.errorMessage, 400 };
        QStringList instances = placed.containerInstanceArns;
        if (instances.isEmpty() && !placed.containerInstanceArn.isEmpty())
            instances.append(placed.containerInstanceArn);
        for (qsizetype i = 0; i < instances.size(); ++i) {
            if (tasks.size() >= count)
                continue;
            QJsonObject document
                = newTask(cluster, taskDefinition, launch, launchType, instances[i], placed.networkBindings.value(i));
            if (!groupProvider.isEmpty()) {
                TaskRecord task = TaskRecord::fromJson(document);
                task.capacityProviderName = groupProvider;
                document = task.toJson();
                m_context.store->put(Kind::Task, task.arn, document);
            }
            tasks.append(document);
        }
        if (instances.isEmpty() || !placed.failures.isEmpty()) {
            for (const QJsonValue& failure : placed.failures)
                failures->append(failure);
            break;
        }
    }
    return tasks;
}

// ---- stopping tasks ------------------------------------------------------------------------

void TaskService::stopTaskRecord(const QString& key, const QString& reason, const QString& stopCode)
{
    std::optional<TaskRecord> task = m_repository.task(key);
    if (!task || task->isStopping())
        return;
    task->desiredStatus = TaskStatus::Stopped;
    task->stoppedReason = reason;
    task->stopCode = stopCode;
    task->stoppingAt = m_context.clock->epochSeconds();
    task->version += 1;
    m_repository.putTask(*task);
    // Resources go back to the instance when the task is told to stop; the simulation may instead
    // release them when the task reaches STOPPED.
    if (!task->containerInstanceArn.isEmpty())
        reserveOnInstance(task->containerInstanceArn, task->cpu, task->memory, task->networkBindings(), true);
}

// ---- services ------------------------------------------------------------------------------

TaskLaunch TaskService::serviceLaunch(
    const ServiceRecord& service, const QString& deploymentId, bool withStrategy) const
{
    TaskLaunch launch;
    launch.launchType = service.launchType;
    if (launch.launchType.isEmpty() && withStrategy)
        launch.capacityProviderStrategy = service.capacityProviderStrategy;
    launch.networkConfiguration = service.networkConfiguration;
    launch.placementConstraints = service.placementConstraints;
    launch.placementStrategy = service.placementStrategy;
    launch.group = "service:"_L1 + service.name;
    launch.startedBy = deploymentId;
    return launch;
}

QJsonArray TaskService::startServiceTasks(const QString& key, const QString& deploymentId,
    const QString& taskDefinitionArn, int count, QJsonArray* failures, const QStringList& onlyInstances)
{
    const std::optional<ServiceRecord> service = m_repository.service(key);
    const QJsonObject* taskDefinition = findTaskDefinition(taskDefinitionArn);
    if (!service || !taskDefinition)
        return {};
    const std::optional<ClusterRecord> cluster = m_repository.cluster(service->clusterArn);
    if (!cluster)
        return {};
    const TaskLaunch launch = serviceLaunch(*service, deploymentId, true);
    QJsonArray started;
    try {
        while (count > 0) {
            const QJsonArray batch
                = placeTasks(*cluster, *taskDefinition, launch, std::min(count, 100), failures, onlyInstances);
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

void TaskService::reconcileService(const QString& key)
{
    const ServiceRecord service = *m_repository.service(key);
    const ClusterRecord cluster = *m_repository.cluster(service.clusterArn);
    const QString group = "service:"_L1 + service.name;
    const bool active = service.status == ServiceStatus::Active;
    const int desired = active ? service.desiredCount : 0;
    // An ACTIVE DAEMON service's tasks follow its instances: the simulation's scheduler places them.
    const bool byInstance = active && service.isDaemon();
    const auto& index = m_context.store->taskIndex();
    const QString prefix = Repository::resourcePrefix(service.clusterArn, "task"_L1);
    QStringList live;
    for (auto it = index.lower_bound(prefix); it != index.end() && it->first.startsWith(prefix); ++it) {
        if (it->second.group == group && it->second.desiredStatus == TaskStatus::Running)
            live.append(it->first);
    }
    // With the simulation running, its service scheduler starts and stops the rest in bounded slices
    // (issue 25): a request does at most one batch, never thousands of tasks in one piece.
    const int most = m_drainsOverTime ? requestTaskBatch : std::numeric_limits<int>::max();
    if (!byInstance && live.size() > desired) {
        QStringList toStop = live.mid(desired, std::min<qsizetype>(live.size() - desired, most));
        if (m_scaleIn && active) {
            const QStringList chosen
                = m_scaleIn(*m_context.store, Repository::resourcePrefix(service.clusterArn, "container-instance"_L1),
                    group, int(toStop.size()), service.placementStrategy);
            if (chosen.size() == toStop.size())
                toStop = chosen;
        }
        for (const QString& taskKey : toStop)
            stopTaskRecord(taskKey,
                active ? tr("Service %1 scaled in").arg(service.name) : tr("Service %1 deleted").arg(service.name),
                QStringLiteral("ServiceSchedulerInitiated"));
    } else if (!byInstance && live.size() < desired) {
        const QJsonObject* taskDefinition = findTaskDefinition(service.taskDefinitionArn);
        if (!taskDefinition)
            return;
        const TaskLaunch launch
            = serviceLaunch(service, service.deployments.isEmpty() ? QString() : service.deployments[0].id, false);
        QJsonArray failures;
        int remaining = std::min(desired - int(live.size()), most);
        while (remaining > 0) {
            const int batch = std::min(remaining, 10);
            QJsonArray started;
            try {
                started = placeTasks(cluster, *taskDefinition, launch, batch, &failures);
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
    ServiceRecord updated = *m_repository.service(key);
    int pending = 0, running = 0;
    QHash<QString, QPair<int, int>> perDeployment; // id -> (running, pending)
    for (auto it = index.lower_bound(prefix); it != index.end() && it->first.startsWith(prefix); ++it) {
        const TaskFields& fields = it->second;
        if (fields.group != group || fields.desiredStatus != TaskStatus::Running)
            continue;
        const bool isRunning = fields.lastStatus == TaskStatus::Running;
        ++(isRunning ? running : pending);
        auto& pair = perDeployment[fields.startedBy];
        ++(isRunning ? pair.first : pair.second);
    }
    updated.pendingCount = pending;
    updated.runningCount = running;
    for (qsizetype i = 0; i < updated.deployments.size(); ++i) {
        DeploymentRecord& deployment = updated.deployments[i];
        const QPair<int, int> counts = perDeployment.value(deployment.id);
        deployment.runningCount = counts.first;
        deployment.pendingCount = counts.second;
        if (i == 0)
            deployment.desiredCount = desired;
    }
    m_repository.putService(updated);
}

} // namespace EcsDesk::Local
