// SPDX-License-Identifier: MIT
#include "local/simulation/engineplacement.h"

#include "local/domain/records.h"
#include "local/domain/taskservice.h"
#include "local/scheduler/clusterquery.h"
#include "local/scheduler/placementengine.h"
#include "local/store/store.h"

#include <algorithm>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace EcsDesk::Local {

namespace {
    int resourceOf(const QJsonArray& resources, QLatin1String name)
    {
        for (const QJsonValue& value : resources) {
            if (value.toObject().value("name"_L1).toString() == name)
                return value.toObject().value("integerValue"_L1).toInt();
        }
        return 0;
    }

    QString familyOf(const QString& taskDefinitionArn)
    {
        QString family = taskDefinitionArn.mid(taskDefinitionArn.lastIndexOf(QLatin1Char('/')) + 1);
        return family.left(family.lastIndexOf(QLatin1Char(':')));
    }

    std::optional<int> number(const QJsonValue& value)
    {
        if (value.isDouble())
            return value.toInt();
        bool ok = false;
        const int parsed = value.toString().toInt(&ok);
        return ok ? std::optional<int>(parsed) : std::nullopt;
    }

    InstancePlacementResult place(PlacementEngine& engine, const InstancePlacementRequest& request, const Store& store)
    {
        QList<ContainerInstance> instances;
        QHash<QString, int> indexOf;
        for (const QString& arn : request.candidateInstanceArns) {
            const QJsonObject* record = store.find(Kind::ContainerInstance, arn);
            if (!record)
                continue;
            ContainerInstance instance;
            instance.arn = arn;
            instance.ec2InstanceId = record->value("ec2InstanceId"_L1).toString();
            instance.agentConnected = record->value("agentConnected"_L1).toBool(true);
            instance.registeredCpu = resourceOf(record->value("registeredResources"_L1).toArray(), "CPU"_L1);
            instance.registeredMemory = resourceOf(record->value("registeredResources"_L1).toArray(), "MEMORY"_L1);
            instance.remainingCpu = resourceOf(record->value("remainingResources"_L1).toArray(), "CPU"_L1);
            instance.remainingMemory = resourceOf(record->value("remainingResources"_L1).toArray(), "MEMORY"_L1);
            for (const QJsonValue& attribute : record->value("attributes"_L1).toArray())
                instance.attributes.insert(attribute.toObject().value("name"_L1).toString(),
                    attribute.toObject().value("value"_L1).toString());
            // Host ports in use: the reserved ones (PORTS, PORTS_UDP) and the dynamic ones tasks hold.
            for (const QJsonValue& resource : record->value("remainingResources"_L1).toArray()) {
                const QString name = resource.toObject().value("name"_L1).toString();
                QList<int>* ports = name == "PORTS"_L1 ? &instance.reservedTcpPorts
                    : name == "PORTS_UDP"_L1           ? &instance.reservedUdpPorts
                                                       : nullptr;
                if (!ports)
                    continue;
                for (const QJsonValue& port : resource.toObject().value("stringSetValue"_L1).toArray())
                    ports->append(port.toString().toInt());
            }
            const QJsonObject dynamic = record->value("ecsdeskDynamicPorts"_L1).toObject();
            for (const QJsonValue& port : dynamic.value("tcp"_L1).toArray())
                instance.reservedTcpPorts.append(port.toString().toInt());
            for (const QJsonValue& port : dynamic.value("udp"_L1).toArray())
                instance.reservedUdpPorts.append(port.toString().toInt());
            indexOf.insert(arn, int(instances.size()));
            instances.append(instance);
        }
        // The tasks on them (for spread counts, distinctInstance and task:group queries): only the
        // cluster's range of the task index, each family worked out once per task definition.
        const qsizetype clusterAt = request.clusterArn.indexOf(":cluster/"_L1);
        const QString taskPrefix = clusterAt < 0 ? QString()
                                                 : request.clusterArn.left(clusterAt) + ":task/"_L1
                + request.clusterArn.mid(clusterAt + 9) + QLatin1Char('/');
        const auto& index = store.taskIndex();
        QHash<QString, QString> families;
        for (auto entry = index.lower_bound(taskPrefix); entry != index.end() && entry->first.startsWith(taskPrefix);
             ++entry) {
            const TaskFields& fields = entry->second;
            if (fields.containerInstanceArn.isEmpty() || fields.desiredStatus != TaskStatus::Running)
                continue;
            const auto it = indexOf.constFind(fields.containerInstanceArn);
            if (it == indexOf.cend())
                continue;
            auto family = families.constFind(fields.taskDefinitionArn);
            if (family == families.cend())
                family = families.insert(fields.taskDefinitionArn, familyOf(fields.taskDefinitionArn));
            RunningTask task;
            task.taskArn = entry->first;
            task.group = fields.group;
            task.family = *family;
            instances[*it].tasks.append(std::move(task));
        }
        const QJsonObject& definition = request.taskDefinition;
        QList<ContainerRequirement> containers;
        QStringList mappingContainers; // the container of each port mapping, in the engine's order
        for (const QJsonValue& value : definition.value("containerDefinitions"_L1).toArray()) {
            const QJsonObject container = value.toObject();
            ContainerRequirement requirement;
            requirement.cpu = container.value("cpu"_L1).toInt();
            requirement.memory = number(container.value("memory"_L1));
            requirement.memoryReservation = number(container.value("memoryReservation"_L1));
            for (const QJsonValue& mapping : container.value("portMappings"_L1).toArray()) {
                PortMapping port;
                port.containerPort = mapping.toObject().value("containerPort"_L1).toInt();
                port.hostPort = mapping.toObject().value("hostPort"_L1).toInt();
                port.protocol = mapping.toObject().value("protocol"_L1).toString() == "udp"_L1 ? PortProtocol::Udp
                                                                                               : PortProtocol::Tcp;
                requirement.portMappings.append(port);
                mappingContainers.append(container.value("name"_L1).toString());
            }
            containers.append(requirement);
        }
        const QString mode = definition.value("networkMode"_L1).toString();
        const NetworkMode networkMode = mode == "host"_L1 ? NetworkMode::Host
            : mode == "awsvpc"_L1                         ? NetworkMode::AwsVpc
            : mode == "none"_L1                           ? NetworkMode::None
                                                          : NetworkMode::Bridge;
        PlacementRequest engineRequest;
        engineRequest.task = TaskRequirements::fromContainers(
            number(definition.value("cpu"_L1)), number(definition.value("memory"_L1)), containers, networkMode);
        engineRequest.task.group = request.group;
        engineRequest.task.family = definition.value("family"_L1).toString();
        engineRequest.count = std::max(1, request.count);
        engineRequest.serviceName = request.serviceName;
        for (const QJsonValue& value : request.constraints) {
            const QString type = value.toObject().value("type"_L1).toString();
            engineRequest.constraints.append({ type == "memberOf"_L1 ? PlacementConstraint::Type::MemberOf
                                                                     : PlacementConstraint::Type::DistinctInstance,
                value.toObject().value("expression"_L1).toString() });
        }
        for (const QJsonValue& value : request.strategies) {
            const QString type = value.toObject().value("type"_L1).toString();
            const QString field = value.toObject().value("field"_L1).toString();
            engineRequest.strategies.append(type == "spread"_L1 ? PlacementStrategy::spread(field)
                    : type == "binpack"_L1                      ? PlacementStrategy::binpack(field)
                                                                : PlacementStrategy::random());
        }
        if (engineRequest.strategies.isEmpty() && !request.serviceName.isEmpty())
            engineRequest.strategies = PlacementEngine::defaultServiceStrategies();
        const PlacementResult result = engine.place(instances, engineRequest);
        InstancePlacementResult answer;
        if (result.error) {
            answer.errorType = result.error->type;
            answer.errorMessage = result.error->message;
            return answer;
        }
        if (!result.placements.isEmpty())
            answer.containerInstanceArn = result.placements.first().containerInstanceArn;
        const bool bound = networkMode == NetworkMode::Bridge || networkMode == NetworkMode::Host;
        const QList<PortMapping>& requested = engineRequest.task.portMappings;
        for (const TaskPlacement& placement : result.placements) {
            answer.containerInstanceArns.append(placement.containerInstanceArn);
            QJsonArray bindings;
            for (qsizetype i = 0; bound && i < placement.portMappings.size() && i < requested.size(); ++i) {
                const PortMapping& port = placement.portMappings[i];
                QJsonObject binding { { "containerName"_L1, mappingContainers.value(i) }, { "bindIP"_L1, "0.0.0.0"_L1 },
                    { "containerPort"_L1, port.containerPort }, { "hostPort"_L1, port.hostPort },
                    { "protocol"_L1, port.protocol == PortProtocol::Udp ? "udp"_L1 : "tcp"_L1 } };
                if (networkMode == NetworkMode::Bridge && requested[i].hostPort <= 0)
                    binding["dynamic"_L1] = true;
                bindings.append(binding);
            }
            answer.networkBindings.append(bindings);
        }
        for (const PlacementFailure& failure : result.failures)
            answer.failures.append(QJsonObject { { "arn"_L1, failure.arn }, { "reason"_L1, failure.reason } });
        return answer;
    }
} // namespace

QStringList chooseTasksToStop(
    const Store& store, const QString& instancePrefix, const QString& group, int count, const QJsonArray& strategies)
{
    QList<ContainerInstance> instances;
    QHash<QString, int> indexOf;
    const Store::Collection& all = store.collection(Kind::ContainerInstance);
    for (auto it = all.lower_bound(instancePrefix); it != all.end() && it->first.startsWith(instancePrefix); ++it) {
        ContainerInstance instance;
        instance.arn = it->first;
        instance.remainingCpu = resourceOf(it->second.value("remainingResources"_L1).toArray(), "CPU"_L1);
        instance.remainingMemory = resourceOf(it->second.value("remainingResources"_L1).toArray(), "MEMORY"_L1);
        for (const QJsonValue& attribute : it->second.value("attributes"_L1).toArray())
            instance.attributes.insert(
                attribute.toObject().value("name"_L1).toString(), attribute.toObject().value("value"_L1).toString());
        indexOf.insert(it->first, int(instances.size()));
        instances.append(instance);
    }
    for (const auto& [key, fields] : store.taskIndex()) {
        if (fields.desiredStatus != TaskStatus::Running || fields.containerInstanceArn.isEmpty())
            continue;
        const auto it = indexOf.constFind(fields.containerInstanceArn);
        if (it == indexOf.cend())
            continue;
        const QJsonObject* task = store.find(Kind::Task, key);
        RunningTask running;
        running.taskArn = key;
        running.group = fields.group;
        running.family = familyOf(fields.taskDefinitionArn);
        running.cpu = task ? task->value("cpu"_L1).toString().toInt() : 0;
        running.memory = task ? task->value("memory"_L1).toString().toInt() : 0;
        instances[*it].tasks.append(running);
    }
    ScaleInRequest request;
    request.group = group;
    request.count = count;
    for (const QJsonValue& value : strategies) {
        const QString type = value.toObject().value("type"_L1).toString();
        const QString field = value.toObject().value("field"_L1).toString();
        request.strategies.append(type == "spread"_L1 ? PlacementStrategy::spread(field)
                : type == "binpack"_L1                ? PlacementStrategy::binpack(field)
                                                      : PlacementStrategy::random());
    }
    PlacementEngine engine;
    const ScaleInResult result = engine.chooseTasksToStop(instances, request);
    QStringList chosen;
    for (const TaskToStop& task : result.tasks)
        chosen.append(task.taskArn);
    return chosen;
}

QStringList daemonInstances(const Store& store, const QString& instancePrefix, const QJsonArray& constraints)
{
    QList<ClusterQuery> queries;
    for (const QJsonValue& value : constraints) {
        if (value.toObject().value("type"_L1).toString() != "memberOf"_L1)
            continue; // distinctInstance holds by construction: one task per instance
        QString error;
        if (const auto query = ClusterQuery::parse(value.toObject().value("expression"_L1).toString(), &error))
            queries.append(*query);
        else
            return {}; // an expression that does not parse matches no instance
    }
    QStringList eligible;
    const Store::Collection& all = store.collection(Kind::ContainerInstance);
    for (auto it = all.lower_bound(instancePrefix); it != all.end() && it->first.startsWith(instancePrefix); ++it) {
        const ContainerInstanceRecord record = ContainerInstanceRecord::fromJson(it->second);
        if (record.status != ContainerInstanceStatus::Active)
            continue;
        ContainerInstance instance;
        instance.arn = it->first;
        instance.ec2InstanceId = record.ec2InstanceId;
        instance.agentConnected = record.agentConnected;
        instance.agentVersion = record.agentVersion;
        instance.attributes = record.attributes;
        const bool matches
            = std::all_of(queries.cbegin(), queries.cend(), [&](const ClusterQuery& q) { return q.matches(instance); });
        if (matches)
            eligible.append(it->first);
    }
    return eligible;
}

void installPlacementEngine(TaskService* tasks, unsigned long long seed)
{
    auto engine = std::make_shared<PlacementEngine>(seed);
    tasks->setPlacementFunction([engine](const InstancePlacementRequest& request, const Store& store) {
        return place(*engine, request, store);
    });
    tasks->setScaleInFunction(&chooseTasksToStop);
}

} // namespace EcsDesk::Local
