// SPDX-License-Identifier: MIT
#include "local/scheduler/placementengine.h"

#include "local/scheduler/clusterquery.h"

#include <QSet>

#include <algorithm>
#include <array>
#include <map>
#include <set>
#include <vector>

namespace EcsDesk::Local {

namespace {

    constexpr int MaxConstraints = 10;
    constexpr int MaxStrategies = 5;

    /// Why an instance cannot take the task, in the order ECS checks; also the "closest match" rank.
    enum class Reject { None, Agent, Attribute, Cpu, Memory, PortsTcp, PortsUdp, DistinctInstance, MemberOf };

    int stageOf(Reject reject)
    {
        switch (reject) {
        case Reject::Agent:
            return 0;
        case Reject::Attribute:
            return 1;
        case Reject::Cpu:
            return 2;
        case Reject::Memory:
            return 3;
        case Reject::PortsTcp:
        case Reject::PortsUdp:
            return 4;
        case Reject::DistinctInstance:
        case Reject::MemberOf:
            return 5;
        case Reject::None:
            return 6;
        }
        return 0;
    }

    QString reasonText(Reject reject)
    {
        switch (reject) {
        case Reject::Agent:
            return PlacementEngine::reasonAgent();
        case Reject::Attribute:
            return PlacementEngine::reasonAttribute();
        case Reject::Cpu:
            return PlacementEngine::reasonCpu();
        case Reject::Memory:
            return PlacementEngine::reasonMemory();
        case Reject::PortsTcp:
            return PlacementEngine::reasonPorts();
        case Reject::PortsUdp:
            return PlacementEngine::reasonPortsUdp();
        case Reject::DistinctInstance:
            return PlacementEngine::reasonDistinctInstance();
        case Reject::MemberOf:
            return PlacementEngine::reasonMemberOf();
        case Reject::None:
            break;
        }
        return {};
    }

    /// "attribute:ecs.availability-zone" -> "ecs.availability-zone"; instanceId/host -> empty.
    QString spreadAttribute(const QString& field)
    {
        if (field == QLatin1String("instanceId") || field == QLatin1String("host"))
            return {};
        if (field.startsWith(QLatin1String("attribute:")))
            return field.mid(10);
        return field;
    }

    bool binpackOnCpu(const QString& field) { return field.compare(QLatin1String("cpu"), Qt::CaseInsensitive) == 0; }

    /// How one strategy scores instances: the per-instance bucket for spread, or the resource.
    struct StrategyIndex {
        PlacementStrategy::Type type = PlacementStrategy::Type::Random;
        bool perInstance = false; ///< spread on instanceId/host: the bucket is the instance itself
        bool cpu = false; ///< binpack field
        std::vector<int> bucketOf; ///< spread on an attribute: instance -> bucket
        std::vector<qint64> bucketCount; ///< tasks of the group per bucket
    };

    /// The mutable per-instance state of one run.
    struct Slot {
        int cpu = 0;
        int memory = 0;
        int groupCount = 0; ///< tasks of the request's group
        bool agent = true;
        signed char memberOf = -1; ///< cached result of every memberOf constraint; -1 unknown
        QSet<int> ports[2]; ///< TCP, UDP
        int nextDynamic[2] = { 0, 0 };
        int freeDynamic[2] = { 0, 0 };
    };

    /// Builds the strategy indexes (spread buckets and counts) for a run.
    std::vector<StrategyIndex> indexStrategies(const QList<ContainerInstance>& instances,
        const QList<PlacementStrategy>& strategies, const std::vector<Slot>& work)
    {
        std::vector<StrategyIndex> result;
        result.reserve(size_t(strategies.size()));
        for (const PlacementStrategy& strategy : strategies) {
            StrategyIndex index;
            index.type = strategy.type;
            if (strategy.type == PlacementStrategy::Type::Binpack) {
                index.cpu = binpackOnCpu(strategy.field);
            } else if (strategy.type == PlacementStrategy::Type::Spread) {
                const QString attribute = spreadAttribute(strategy.field);
                index.perInstance = attribute.isEmpty();
                if (!index.perInstance) {
                    QHash<QString, int> buckets;
                    index.bucketOf.resize(size_t(instances.size()));
                    for (qsizetype i = 0; i < instances.size(); ++i) {
                        // Instances without the attribute share one bucket of their own.
                        const auto it = instances[i].attributes.constFind(attribute);
                        const QString key
                            = it == instances[i].attributes.constEnd() ? QStringLiteral("\x01missing") : it.value();
                        const auto bucket = buckets.constFind(key);
                        int id = 0;
                        if (bucket == buckets.constEnd()) {
                            id = int(buckets.size());
                            buckets.insert(key, id);
                            index.bucketCount.push_back(0);
                        } else {
                            id = bucket.value();
                        }
                        index.bucketOf[size_t(i)] = id;
                        index.bucketCount[size_t(id)] += work[size_t(i)].groupCount;
                    }
                }
            }
            result.push_back(std::move(index));
        }
        return result;
    }

    /// The sort key of one strategy for an instance: lower is better for placement.
    qint64 placementKey(const StrategyIndex& index, const Slot& slot, size_t i)
    {
        if (index.type == PlacementStrategy::Type::Binpack)
            return index.cpu ? slot.cpu : slot.memory;
        if (index.perInstance)
            return slot.groupCount;
        return index.bucketCount[index.bucketOf[i]];
    }

    /// Chooses among candidates by the strategies in order; ties after the last key go to a random
    /// pick when a random strategy is reached, else to the first candidate in input order.
    class Chooser {
    public:
        Chooser(const std::vector<StrategyIndex>& strategies, std::mt19937_64& rng, bool scaleIn)
            : m_strategies(strategies)
            , m_rng(rng)
            , m_scaleIn(scaleIn)
        {
            m_keyed = 0;
            while (m_keyed < strategies.size() && strategies[m_keyed].type != PlacementStrategy::Type::Random)
                ++m_keyed;
            // Scale-in picks at random among the instances the strategies leave tied (ECS: "within an
            // Availability Zone, tasks are selected at random").
            m_random = scaleIn || m_keyed < strategies.size();
        }

        void reset()
        {
            m_best = -1;
            m_ties = 0;
        }

        void offer(size_t i, const Slot& slot)
        {
            std::array<qint64, MaxStrategies> keys {};
            for (size_t s = 0; s < m_keyed; ++s) {
                const qint64 key = placementKey(m_strategies[s], slot, i);
                keys[s] = m_scaleIn ? -key : key;
            }
            int order = m_best < 0 ? -1 : 0;
            for (size_t s = 0; order == 0 && s < m_keyed; ++s) {
                if (keys[s] != m_bestKeys[s])
                    order = keys[s] < m_bestKeys[s] ? -1 : 1;
            }
            if (order < 0) {
                m_best = qsizetype(i);
                m_bestKeys = keys;
                m_ties = 1;
            } else if (order == 0 && m_random) {
                // Reservoir sampling: each tied candidate ends up chosen with equal probability.
                ++m_ties;
                if (m_rng() % quint64(m_ties) == 0)
                    m_best = qsizetype(i);
            }
        }

        qsizetype best() const { return m_best; }
        bool random() const { return m_random; }

    private:
        const std::vector<StrategyIndex>& m_strategies;
        std::mt19937_64& m_rng;
        bool m_scaleIn;
        size_t m_keyed = 0;
        bool m_random = false;
        qsizetype m_best = -1;
        qint64 m_ties = 0;
        std::array<qint64, MaxStrategies> m_bestKeys {};
    };

    /// The instances that fit the task, ordered so the best is found without scanning them all.
    /// Only the instance that receives a task changes between two placements, so it alone is
    /// re-keyed; spread counts over an attribute are per bucket and read at choice time. Instances
    /// sharing the buckets of every attribute spread form one group, ordered by their own keys
    /// (binpack resources, per-instance spread counts, then input order); the best instance is the
    /// best of the groups' heads. Not used with the random strategy.
    class FitIndex {
    public:
        FitIndex(const std::vector<StrategyIndex>& strategies, size_t count)
            : m_strategies(strategies)
        {
            for (size_t s = 0; s < strategies.size(); ++s) {
                if (strategies[s].type == PlacementStrategy::Type::Spread && !strategies[s].perInstance)
                    m_bucketStrategies.push_back(s);
            }
            std::map<std::vector<int>, size_t> groups;
            m_groupOf.resize(count);
            std::vector<int> key(m_bucketStrategies.size());
            for (size_t i = 0; i < count; ++i) {
                for (size_t b = 0; b < m_bucketStrategies.size(); ++b)
                    key[b] = strategies[m_bucketStrategies[b]].bucketOf[i];
                m_groupOf[i] = groups.try_emplace(key, groups.size()).first->second;
            }
            m_groups.resize(groups.size());
            m_keys.resize(count);
            m_present.assign(count, false);
        }

        void insert(size_t i, const Slot& slot)
        {
            Keys& keys = m_keys[i];
            for (size_t s = 0; s < m_strategies.size(); ++s) {
                const StrategyIndex& strategy = m_strategies[s];
                const bool perBucket = strategy.type == PlacementStrategy::Type::Spread && !strategy.perInstance;
                keys[s] = perBucket ? 0 : placementKey(strategy, slot, i);
            }
            m_groups[m_groupOf[i]].insert(Entry { keys, i });
            m_present[i] = true;
        }

        void remove(size_t i)
        {
            if (!m_present[i])
                return;
            m_groups[m_groupOf[i]].erase(Entry { m_keys[i], i });
            m_present[i] = false;
        }

        qsizetype best() const
        {
            qsizetype best = -1;
            Keys bestKeys {};
            for (const std::set<Entry>& group : m_groups) {
                if (group.empty())
                    continue;
                const Entry& head = *group.begin();
                Keys keys = head.keys;
                for (size_t s : m_bucketStrategies)
                    keys[s] = m_strategies[s].bucketCount[m_strategies[s].bucketOf[head.index]];
                if (best < 0 || keys < bestKeys || (keys == bestKeys && qsizetype(head.index) < best)) {
                    best = qsizetype(head.index);
                    bestKeys = keys;
                }
            }
            return best;
        }

    private:
        using Keys = std::array<qint64, MaxStrategies>;
        struct Entry {
            Keys keys;
            size_t index;
            bool operator<(const Entry& other) const
            {
                return keys != other.keys ? keys < other.keys : index < other.index;
            }
        };
        const std::vector<StrategyIndex>& m_strategies;
        std::vector<size_t> m_bucketStrategies;
        std::vector<size_t> m_groupOf;
        std::vector<std::set<Entry>> m_groups;
        std::vector<Keys> m_keys;
        std::vector<bool> m_present;
    };

    /// The host ports a task asks for, split by protocol.
    struct PortNeeds {
        QList<int> fixed[2];
        int dynamic[2] = { 0, 0 };
        bool any() const { return !fixed[0].isEmpty() || !fixed[1].isEmpty() || dynamic[0] || dynamic[1]; }
    };

    PortNeeds portNeeds(const TaskRequirements& task)
    {
        PortNeeds needs;
        if (task.networkMode == NetworkMode::AwsVpc || task.networkMode == NetworkMode::None)
            return needs;
        for (const PortMapping& mapping : task.portMappings) {
            const int proto = mapping.protocol == PortProtocol::Udp ? 1 : 0;
            if (task.networkMode == NetworkMode::Host)
                needs.fixed[proto].append(mapping.hostPort > 0 ? mapping.hostPort : mapping.containerPort);
            else if (mapping.hostPort > 0)
                needs.fixed[proto].append(mapping.hostPort);
            else
                ++needs.dynamic[proto];
        }
        return needs;
    }

} // namespace

PlacementEngine::PlacementEngine(quint64 seed)
    : m_rng(seed)
{
}

void PlacementEngine::setDynamicPortRange(int first, int last)
{
    m_dynamicFirst = std::clamp(std::min(first, last), 1, 65535);
    m_dynamicLast = std::clamp(std::max(first, last), 1, 65535);
}

void PlacementEngine::applyPlacements(QList<ContainerInstance>& instances, const TaskRequirements& task,
    const QList<TaskPlacement>& placements, const QStringList& taskArns)
{
    for (qsizetype p = 0; p < placements.size(); ++p) {
        const TaskPlacement& placement = placements[p];
        if (placement.instanceIndex < 0 || placement.instanceIndex >= instances.size())
            continue;
        ContainerInstance& instance = instances[placement.instanceIndex];
        instance.remainingCpu -= task.cpu;
        instance.remainingMemory -= task.memory;
        RunningTask running { taskArns.value(p), task.group, task.family, task.cpu, task.memory, {} };
        for (const PortMapping& mapping : placement.portMappings) {
            if (task.networkMode == NetworkMode::Host || task.networkMode == NetworkMode::Bridge) {
                (mapping.protocol == PortProtocol::Udp ? instance.reservedUdpPorts : instance.reservedTcpPorts)
                    .append(mapping.hostPort);
                running.portMappings.append(mapping);
            }
        }
        instance.tasks.append(running);
    }
}

void PlacementEngine::releaseTasks(QList<ContainerInstance>& instances, const QList<TaskToStop>& tasks)
{
    for (const TaskToStop& stop : tasks) {
        for (ContainerInstance& instance : instances) {
            if (instance.arn != stop.containerInstanceArn)
                continue;
            for (qsizetype t = 0; t < instance.tasks.size(); ++t) {
                const RunningTask& running = instance.tasks[t];
                if (running.taskArn != stop.taskArn)
                    continue;
                instance.remainingCpu += running.cpu;
                instance.remainingMemory += running.memory;
                for (const PortMapping& mapping : running.portMappings) {
                    (mapping.protocol == PortProtocol::Udp ? instance.reservedUdpPorts : instance.reservedTcpPorts)
                        .removeOne(mapping.hostPort);
                }
                instance.tasks.removeAt(t);
                break;
            }
            break;
        }
    }
}

QList<PlacementStrategy> PlacementEngine::defaultServiceStrategies()
{
    // ECS's service scheduler balances Availability Zones, then favours the instances with the fewest
    // tasks of the service within the zone.
    return { PlacementStrategy::spread(QStringLiteral("attribute:ecs.availability-zone")),
        PlacementStrategy::spread(QStringLiteral("instanceId")) };
}

std::optional<PlacementError> PlacementEngine::validate(
    const QList<PlacementConstraint>& constraints, const QList<PlacementStrategy>& strategies)
{
    const QString invalid = QStringLiteral("InvalidParameterException");
    if (constraints.size() > MaxConstraints)
        return PlacementError { invalid,
            tr("Too many placement constraints: %1 given, at most %2 are allowed.")
                .arg(constraints.size())
                .arg(MaxConstraints) };
    if (strategies.size() > MaxStrategies)
        return PlacementError { invalid,
            tr("Too many placement strategies: %1 given, at most %2 are allowed.")
                .arg(strategies.size())
                .arg(MaxStrategies) };
    for (const PlacementConstraint& constraint : constraints) {
        if (constraint.type == PlacementConstraint::Type::DistinctInstance) {
            if (!constraint.expression.isEmpty())
                return PlacementError { invalid,
                    tr("A distinctInstance placement constraint takes no expression (got '%1').")
                        .arg(constraint.expression) };
            continue;
        }
        if (constraint.expression.trimmed().isEmpty())
            return PlacementError { invalid, tr("A memberOf placement constraint requires an expression.") };
        QString error;
        if (!ClusterQuery::parse(constraint.expression, &error))
            return PlacementError { invalid, error };
    }
    for (const PlacementStrategy& strategy : strategies) {
        switch (strategy.type) {
        case PlacementStrategy::Type::Binpack:
            if (!binpackOnCpu(strategy.field) && strategy.field.compare(QLatin1String("memory"), Qt::CaseInsensitive))
                return PlacementError { invalid,
                    tr("Invalid binpack field '%1': the field must be cpu or memory.").arg(strategy.field) };
            break;
        case PlacementStrategy::Type::Spread:
            if (strategy.field.trimmed().isEmpty() || strategy.field == QLatin1String("attribute:"))
                return PlacementError { invalid,
                    tr("A spread placement strategy requires a field: instanceId, host or an attribute such as "
                       "attribute:ecs.availability-zone.") };
            break;
        case PlacementStrategy::Type::Random:
            break;
        }
    }
    return std::nullopt;
}

PlacementResult PlacementEngine::place(const QList<ContainerInstance>& instances, const PlacementRequest& request)
{
    PlacementResult result;
    const QString invalid = QStringLiteral("InvalidParameterException");
    if (auto error = validate(request.constraints, request.strategies)) {
        result.error = error;
        return result;
    }
    const TaskRequirements& task = request.task;
    if (request.count < 0 || task.cpu < 0 || task.memory < 0) {
        result.error = PlacementError { invalid, tr("The task count, cpu and memory must not be negative.") };
        return result;
    }
    const PortNeeds needs = portNeeds(task);
    for (int proto = 0; proto < 2; ++proto) {
        const QList<int>& fixed = needs.fixed[proto];
        for (qsizetype i = 0; i < fixed.size(); ++i) {
            if (fixed[i] < 1 || fixed[i] > 65535) {
                result.error = PlacementError { invalid, tr("Host port %1 is out of range 1-65535.").arg(fixed[i]) };
                return result;
            }
            if (fixed.indexOf(fixed[i], i + 1) > 0) {
                result.error = PlacementError { invalid,
                    tr("Host port %1/%2 is mapped twice in the task.")
                        .arg(fixed[i])
                        .arg(proto ? QStringLiteral("udp") : QStringLiteral("tcp")) };
                return result;
            }
        }
    }
    if (request.count == 0)
        return result;

    // Constraints: parsed once per run.
    std::vector<ClusterQuery> memberOf;
    bool distinct = false;
    bool distinctFirst = false;
    for (const PlacementConstraint& constraint : request.constraints) {
        if (constraint.type == PlacementConstraint::Type::DistinctInstance) {
            distinctFirst = distinctFirst || (!distinct && memberOf.empty());
            distinct = true;
        } else {
            memberOf.push_back(*ClusterQuery::parse(constraint.expression, nullptr));
        }
    }
    const bool memberOfDependsOnTasks
        = std::any_of(memberOf.begin(), memberOf.end(), [](const ClusterQuery& q) { return q.dependsOnTasks(); });

    // Working state, built once; only the chosen instance changes between tasks.
    const size_t n = size_t(instances.size());
    std::vector<Slot> work(n);
    std::vector<size_t> candidates; // ACTIVE instances, in input order
    candidates.reserve(n);
    const bool needsPorts = needs.any();
    const int dynamicSize = m_dynamicLast - m_dynamicFirst + 1;
    for (size_t i = 0; i < n; ++i) {
        const ContainerInstance& instance = instances[qsizetype(i)];
        Slot& slot = work[i];
        slot.cpu = instance.remainingCpu;
        slot.memory = instance.remainingMemory;
        slot.agent = instance.agentConnected;
        for (const RunningTask& running : instance.tasks) {
            if (running.group == task.group)
                ++slot.groupCount;
        }
        if (instance.status != InstanceStatus::Active)
            continue;
        candidates.push_back(i);
        if (needsPorts) {
            const QList<int>* reserved[2] = { &instance.reservedTcpPorts, &instance.reservedUdpPorts };
            for (int proto = 0; proto < 2; ++proto) {
                slot.ports[proto] = QSet<int>(reserved[proto]->cbegin(), reserved[proto]->cend());
                int used = 0;
                for (int port : std::as_const(slot.ports[proto]))
                    used += port >= m_dynamicFirst && port <= m_dynamicLast;
                slot.freeDynamic[proto] = dynamicSize - used;
                slot.nextDynamic[proto] = m_dynamicFirst;
            }
        }
    }
    std::vector<StrategyIndex> strategies = indexStrategies(instances, request.strategies, work);

    // Working copies of the instances that received tasks, for task-dependent memberOf expressions.
    QHash<size_t, ContainerInstance> changed;
    auto instanceView = [&](size_t i) -> const ContainerInstance& {
        const auto it = changed.constFind(i);
        return it == changed.constEnd() ? instances[qsizetype(i)] : it.value();
    };

    auto check = [&](size_t i) -> Reject {
        Slot& slot = work[i];
        if (!slot.agent)
            return Reject::Agent;
        if (!task.requiredAttributes.isEmpty()) {
            const QHash<QString, QString>& attributes = instances[qsizetype(i)].attributes;
            for (const RequiredAttribute& required : task.requiredAttributes) {
                const auto it = attributes.constFind(required.name);
                if (it == attributes.constEnd() || (required.value && *required.value != it.value()))
                    return Reject::Attribute;
            }
        }
        if (slot.cpu < task.cpu)
            return Reject::Cpu;
        if (slot.memory < task.memory)
            return Reject::Memory;
        if (needsPorts) {
            for (int proto = 0; proto < 2; ++proto) {
                int fixedInRange = 0;
                for (int port : needs.fixed[proto]) {
                    if (slot.ports[proto].contains(port))
                        return proto ? Reject::PortsUdp : Reject::PortsTcp;
                    fixedInRange += port >= m_dynamicFirst && port <= m_dynamicLast;
                }
                if (slot.freeDynamic[proto] - fixedInRange < needs.dynamic[proto])
                    return proto ? Reject::PortsUdp : Reject::PortsTcp;
            }
        }
        const bool distinctFails = distinct && slot.groupCount > 0;
        if (distinctFails && distinctFirst)
            return Reject::DistinctInstance;
        if (!memberOf.empty()) {
            if (slot.memberOf < 0) {
                const ContainerInstance& view = instanceView(i);
                slot.memberOf = std::all_of(
                    memberOf.begin(), memberOf.end(), [&](const ClusterQuery& query) { return query.matches(view); });
            }
            if (!slot.memberOf)
                return Reject::MemberOf;
        }
        if (distinctFails)
            return Reject::DistinctInstance;
        return Reject::None;
    };

    Chooser chooser(strategies, m_rng, false);
    std::optional<FitIndex> fitting;
    if (m_indexed && !chooser.random()) {
        fitting.emplace(strategies, n);
        for (size_t i : candidates) {
            if (check(i) == Reject::None)
                fitting->insert(i, work[i]);
        }
    }
    for (int placed = 0; placed < request.count; ++placed) {
        qsizetype chosen = -1;
        if (fitting) {
            chosen = fitting->best();
        } else {
            chooser.reset();
            for (size_t i : candidates) {
                if (check(i) == Reject::None)
                    chooser.offer(i, work[i]);
            }
            chosen = chooser.best();
        }
        if (chosen < 0) {
            result.unplacedCount = request.count - placed;
            break;
        }
        const size_t i = size_t(chosen);
        if (fitting)
            fitting->remove(i);
        Slot& slot = work[i];
        TaskPlacement placement;
        placement.instanceIndex = int(i);
        placement.containerInstanceArn = instances[chosen].arn;
        slot.cpu -= task.cpu;
        slot.memory -= task.memory;
        for (StrategyIndex& index : strategies) {
            if (index.type == PlacementStrategy::Type::Spread && !index.perInstance)
                ++index.bucketCount[index.bucketOf[i]];
        }
        ++slot.groupCount;
        if (needsPorts) {
            for (int proto = 0; proto < 2; ++proto) {
                for (int port : needs.fixed[proto]) {
                    slot.ports[proto].insert(port);
                    slot.freeDynamic[proto] -= port >= m_dynamicFirst && port <= m_dynamicLast;
                }
            }
        }
        for (const PortMapping& mapping : task.portMappings) {
            PortMapping resolved = mapping;
            const int proto = mapping.protocol == PortProtocol::Udp ? 1 : 0;
            if (task.networkMode == NetworkMode::AwsVpc || task.networkMode == NetworkMode::None) {
                resolved.hostPort = task.networkMode == NetworkMode::AwsVpc ? mapping.containerPort : 0;
            } else if (task.networkMode == NetworkMode::Host) {
                resolved.hostPort = mapping.hostPort > 0 ? mapping.hostPort : mapping.containerPort;
            } else if (mapping.hostPort <= 0) {
                int port = slot.nextDynamic[proto];
                while (slot.ports[proto].contains(port))
                    ++port;
                slot.ports[proto].insert(port);
                --slot.freeDynamic[proto];
                slot.nextDynamic[proto] = port + 1;
                resolved.hostPort = port;
            }
            placement.portMappings.append(resolved);
        }
        if (memberOfDependsOnTasks) {
            auto it = changed.find(i);
            if (it == changed.end())
                it = changed.insert(i, instances[chosen]);
            it->tasks.append(RunningTask { QString(), task.group, task.family, task.cpu, task.memory });
            slot.memberOf = -1;
        }
        if (fitting && check(i) == Reject::None)
            fitting->insert(i, slot);
        result.placements.append(placement);
    }

    if (result.unplacedCount > 0) {
        // Nothing changes after the first task that fits nowhere: report each instance's reason once.
        qsizetype closest = -1;
        int closestStage = -1;
        for (size_t i : candidates) {
            const Reject reject = check(i);
            result.failures.append(PlacementFailure { instances[qsizetype(i)].arn, reasonText(reject) });
            if (stageOf(reject) > closestStage) {
                closestStage = stageOf(reject);
                closest = qsizetype(i);
            }
        }
        if (candidates.empty()) {
            result.error = PlacementError { invalid, tr("No Container Instances were found in your cluster.") };
        }
        if (!request.serviceName.isEmpty()) {
            const QString base
                = tr("service %1 was unable to place a task because no container instance met all of its "
                     "requirements.")
                      .arg(request.serviceName);
            const QString more = tr("For more information, see the Troubleshooting section of the Amazon ECS "
                                    "Developer Guide.");
            QString detail;
            if (closest >= 0) {
                const QString id = instances[closest].id();
                switch (check(size_t(closest))) {
                case Reject::Agent:
                    detail = tr("The closest matching container-instance %1 encountered error \"AGENT\".").arg(id);
                    break;
                case Reject::Attribute:
                    detail = tr("The closest matching container-instance %1 is missing an attribute required by "
                                "your task.")
                                 .arg(id);
                    break;
                case Reject::Cpu:
                    detail = tr("The closest matching container-instance %1 has insufficient CPU units available.")
                                 .arg(id);
                    break;
                case Reject::Memory:
                    detail
                        = tr("The closest matching container-instance %1 has insufficient memory available.").arg(id);
                    break;
                case Reject::PortsTcp:
                case Reject::PortsUdp:
                    detail = tr("The closest matching container-instance %1 is already using a port required by "
                                "your task.")
                                 .arg(id);
                    break;
                case Reject::DistinctInstance:
                case Reject::MemberOf:
                    // ECS quotes the RunTask reason: ... encountered error "MemberOf placement constraint
                    // unsatisfied.".
                    detail = tr("The closest matching container-instance %1 encountered error \"%2\".")
                                 .arg(id, reasonText(check(size_t(closest))));
                    break;
                case Reject::None:
                    break;
                }
            } else {
                detail = tr("Reason: No Container Instances were found in your cluster.");
            }
            result.serviceEventMessage = detail.isEmpty() ? base : base + u' ' + detail + u' ' + more;
        }
    }
    return result;
}

ScaleInResult PlacementEngine::chooseTasksToStop(
    const QList<ContainerInstance>& instances, const ScaleInRequest& request)
{
    ScaleInResult result;
    const QList<PlacementStrategy> strategyList = request.strategies.isEmpty()
        ? QList<PlacementStrategy> { PlacementStrategy::spread(QStringLiteral("attribute:ecs.availability-zone")),
              PlacementStrategy::spread(QStringLiteral("instanceId")) }
        : request.strategies;
    if (auto error = validate({}, strategyList)) {
        result.error = error;
        return result;
    }
    if (request.count <= 0)
        return result;

    const size_t n = size_t(instances.size());
    std::vector<Slot> work(n);
    std::vector<QList<qsizetype>> groupTasks(n); // indexes of the group's tasks, oldest first
    std::vector<size_t> holders;
    for (size_t i = 0; i < n; ++i) {
        const ContainerInstance& instance = instances[qsizetype(i)];
        work[i].cpu = instance.remainingCpu;
        work[i].memory = instance.remainingMemory;
        for (qsizetype t = 0; t < instance.tasks.size(); ++t) {
            if (instance.tasks[t].group == request.group)
                groupTasks[i].append(t);
        }
        work[i].groupCount = int(groupTasks[i].size());
        if (!groupTasks[i].isEmpty())
            holders.push_back(i);
    }
    std::vector<StrategyIndex> strategies = indexStrategies(instances, strategyList, work);
    Chooser chooser(strategies, m_rng, true);
    for (int stopped = 0; stopped < request.count; ++stopped) {
        chooser.reset();
        for (size_t i : holders) {
            if (work[i].groupCount == 0)
                continue;
            // Binpack ranks by what the instance has left once the task is stopped.
            const RunningTask& next = instances[qsizetype(i)].tasks[groupTasks[i].constLast()];
            Slot after;
            after.cpu = work[i].cpu + next.cpu;
            after.memory = work[i].memory + next.memory;
            after.groupCount = work[i].groupCount;
            chooser.offer(i, after);
        }
        const qsizetype chosen = chooser.best();
        if (chosen < 0)
            break;
        const size_t i = size_t(chosen);
        // The newest task of the group on that instance goes first.
        const RunningTask& task = instances[chosen].tasks[groupTasks[i].takeLast()];
        result.tasks.append(TaskToStop { task.taskArn, instances[chosen].arn });
        work[i].cpu += task.cpu;
        work[i].memory += task.memory;
        --work[i].groupCount;
        for (StrategyIndex& index : strategies) {
            if (index.type == PlacementStrategy::Type::Spread && !index.perInstance)
                --index.bucketCount[index.bucketOf[i]];
        }
    }
    return result;
}

} // namespace EcsDesk::Local
