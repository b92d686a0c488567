// SPDX-License-Identifier: MIT
// Placement scenarios with asserted outcomes: strategies, constraints, ports, failures, scale-in.

#include "local/scheduler/placementengine.h"
#include "scheduler_testdata.h"

#include <gtest/gtest.h>

#include <QSet>

#include <algorithm>
#include <random>

using namespace EcsDesk::Local;
using EcsDesk::Testing::addTask;
using EcsDesk::Testing::makeInstance;

namespace {

const QString AzField = QStringLiteral("attribute:ecs.availability-zone");

PlacementRequest request(int count, int cpu, int memory, const QString& group = QStringLiteral("service:web"))
{
    PlacementRequest r;
    r.count = count;
    r.task.cpu = cpu;
    r.task.memory = memory;
    r.task.group = group;
    r.task.family = QStringLiteral("web");
    return r;
}

/// Instance ids of the placements, in order.
QStringList placedOn(const QList<ContainerInstance>& instances, const PlacementResult& result)
{
    QStringList ids;
    for (const TaskPlacement& placement : result.placements)
        ids.append(instances[placement.instanceIndex].id());
    return ids;
}

QHash<QString, int> countByAz(const QList<ContainerInstance>& instances, const PlacementResult& result)
{
    QHash<QString, int> counts;
    for (const TaskPlacement& placement : result.placements)
        ++counts[instances[placement.instanceIndex].attributes.value(QStringLiteral("ecs.availability-zone"))];
    return counts;
}

TEST(Placement, BinpackMemoryFillsTheFullestInstanceFirst)
{
    QList<ContainerInstance> instances { makeInstance(QStringLiteral("roomy"), QStringLiteral("a"), 4096, 3000),
        makeInstance(QStringLiteral("full"), QStringLiteral("a"), 4096, 1000),
        makeInstance(QStringLiteral("mid"), QStringLiteral("a"), 4096, 2000) };
    PlacementRequest r = request(4, 10, 400);
    r.strategies = { PlacementStrategy::binpack(QStringLiteral("memory")) };
    PlacementEngine engine;
    const PlacementResult result = engine.place(instances, r);
    ASSERT_FALSE(result.error);
    // full: 1000 -> 600 -> 200 (too little for 400); then mid (2000) is the fullest that fits.
    EXPECT_EQ(placedOn(instances, result),
        (QStringList { QStringLiteral("full"), QStringLiteral("full"), QStringLiteral("mid"), QStringLiteral("mid") }));
    EXPECT_EQ(result.unplacedCount, 0);
    EXPECT_TRUE(result.failures.isEmpty());
}

TEST(Placement, BinpackCpuUsesRemainingCpu)
{
    QList<ContainerInstance> instances { makeInstance(QStringLiteral("big"), QStringLiteral("a"), 4096, 1000),
        makeInstance(QStringLiteral("small"), QStringLiteral("a"), 1024, 8000) };
    PlacementRequest r = request(1, 256, 100);
    r.strategies = { PlacementStrategy::binpack(QStringLiteral("cpu")) };
    PlacementEngine engine;
    EXPECT_EQ(placedOn(instances, engine.place(instances, r)), QStringList { QStringLiteral("small") });
}

TEST(Placement, SpreadByAzBalancesNineTasksThreeThreeThree)
{
    QList<ContainerInstance> instances;
    for (const char* az : { "us-east-1a", "us-east-1b", "us-east-1c" }) {
        for (int i = 0; i < 2; ++i)
            instances.append(
                makeInstance(QStringLiteral("%1-%2").arg(QLatin1String(az)).arg(i), QLatin1String(az), 4096, 8192));
    }
    PlacementRequest r = request(9, 256, 512);
    r.strategies = { PlacementStrategy::spread(AzField) };
    PlacementEngine engine;
    const PlacementResult result = engine.place(instances, r);
    ASSERT_EQ(result.placements.size(), 9);
    const QHash<QString, int> counts = countByAz(instances, result);
    EXPECT_EQ(counts.value(QStringLiteral("us-east-1a")), 3);
    EXPECT_EQ(counts.value(QStringLiteral("us-east-1b")), 3);
    EXPECT_EQ(counts.value(QStringLiteral("us-east-1c")), 3);
}

TEST(Placement, SpreadCountsTheGroupsExistingTasks)
{
    QList<ContainerInstance> instances { makeInstance(QStringLiteral("a1"), QStringLiteral("us-east-1a"), 4096, 8192),
        makeInstance(QStringLiteral("b1"), QStringLiteral("us-east-1b"), 4096, 8192) };
    addTask(instances[0], QStringLiteral("t1"), QStringLiteral("service:web"));
    addTask(instances[0], QStringLiteral("t2"), QStringLiteral("service:web"));
    addTask(instances[1], QStringLiteral("t3"), QStringLiteral("service:other")); // another group: not counted
    PlacementRequest r = request(3, 0, 128);
    r.strategies = { PlacementStrategy::spread(AzField) };
    PlacementEngine engine;
    EXPECT_EQ(placedOn(instances, engine.place(instances, r)),
        (QStringList { QStringLiteral("b1"), QStringLiteral("b1"), QStringLiteral("a1") }));
}

TEST(Placement, SpreadByInstanceIdAndHostBalanceInstances)
{
    for (const QString& field : { QStringLiteral("instanceId"), QStringLiteral("host") }) {
        QList<ContainerInstance> instances { makeInstance(QStringLiteral("x"), QStringLiteral("a"), 4096, 8192),
            makeInstance(QStringLiteral("y"), QStringLiteral("a"), 4096, 8192),
            makeInstance(QStringLiteral("z"), QStringLiteral("a"), 4096, 8192) };
        PlacementRequest r = request(6, 0, 128);
        r.strategies = { PlacementStrategy::spread(field) };
        PlacementEngine engine;
        EXPECT_EQ(placedOn(instances, engine.place(instances, r)),
            (QStringList { QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("z"), QStringLiteral("x"),
                QStringLiteral("y"), QStringLiteral("z") }))
            << field.toStdString();
    }
}

TEST(Placement, SpreadOnACustomAttribute)
{
    QList<ContainerInstance> instances { makeInstance(QStringLiteral("p1"), QStringLiteral("a"), 4096, 8192),
        makeInstance(QStringLiteral("p2"), QStringLiteral("a"), 4096, 8192),
        makeInstance(QStringLiteral("d1"), QStringLiteral("a"), 4096, 8192) };
    instances[0].attributes.insert(QStringLiteral("rack"), QStringLiteral("r1"));
    instances[1].attributes.insert(QStringLiteral("rack"), QStringLiteral("r1"));
    instances[2].attributes.insert(QStringLiteral("rack"), QStringLiteral("r2"));
    PlacementRequest r = request(4, 0, 128);
    r.strategies = { PlacementStrategy::spread(QStringLiteral("attribute:rack")) };
    PlacementEngine engine;
    const QStringList placed = placedOn(instances, engine.place(instances, r));
    EXPECT_EQ(placed.count(QStringLiteral("d1")), 2);
    EXPECT_EQ(placed.count(QStringLiteral("p1")) + placed.count(QStringLiteral("p2")), 2);
}

TEST(Placement, ChainedSpreadAzThenBinpackMemory)
{
    QList<ContainerInstance> instances { makeInstance(
                                             QStringLiteral("a-roomy"), QStringLiteral("us-east-1a"), 4096, 8000),
        makeInstance(QStringLiteral("a-tight"), QStringLiteral("us-east-1a"), 4096, 3000),
        makeInstance(QStringLiteral("b-roomy"), QStringLiteral("us-east-1b"), 4096, 8000),
        makeInstance(QStringLiteral("b-tight"), QStringLiteral("us-east-1b"), 4096, 2000) };
    PlacementRequest r = request(4, 0, 1000);
    r.strategies = { PlacementStrategy::spread(AzField), PlacementStrategy::binpack(QStringLiteral("memory")) };
    PlacementEngine engine;
    const PlacementResult result = engine.place(instances, r);
    // AZs alternate; inside each AZ the instance with the least memory left that still fits wins.
    EXPECT_EQ(placedOn(instances, result),
        (QStringList { QStringLiteral("b-tight"), QStringLiteral("a-tight"), QStringLiteral("b-tight"),
            QStringLiteral("a-tight") }));
    const QHash<QString, int> counts = countByAz(instances, result);
    EXPECT_EQ(counts.value(QStringLiteral("us-east-1a")), 2);
    EXPECT_EQ(counts.value(QStringLiteral("us-east-1b")), 2);

    r.count = 6; // b-tight holds two tasks only; the third 1b task goes to b-roomy
    EXPECT_EQ(placedOn(instances, engine.place(instances, r)).mid(4),
        (QStringList { QStringLiteral("a-tight"), QStringLiteral("b-roomy") }));
}

TEST(Placement, RandomIsDeterministicForASeed)
{
    QList<ContainerInstance> instances;
    for (int i = 0; i < 10; ++i)
        instances.append(makeInstance(QStringLiteral("i%1").arg(i), QStringLiteral("a"), 65536, 65536));
    PlacementRequest r = request(40, 1, 1);
    r.strategies = { PlacementStrategy::random() };
    PlacementEngine first(42);
    PlacementEngine second(42);
    PlacementEngine other(7);
    const QStringList a = placedOn(instances, first.place(instances, r));
    const QStringList b = placedOn(instances, second.place(instances, r));
    const QStringList c = placedOn(instances, other.place(instances, r));
    EXPECT_EQ(a, b);
    EXPECT_NE(a, c);
    EXPECT_GE(QSet<QString>(a.cbegin(), a.cend()).size(), 5); // actually spreads at random
    second.seed(42);
    EXPECT_EQ(placedOn(instances, second.place(instances, r)), a);
}

TEST(Placement, RandomBreaksTiesOfAPreviousStrategy)
{
    QList<ContainerInstance> instances { makeInstance(QStringLiteral("a1"), QStringLiteral("us-east-1a"), 4096, 8192),
        makeInstance(QStringLiteral("a2"), QStringLiteral("us-east-1a"), 4096, 8192),
        makeInstance(QStringLiteral("b1"), QStringLiteral("us-east-1b"), 4096, 8192) };
    PlacementRequest r = request(20, 0, 1);
    r.strategies = { PlacementStrategy::spread(AzField), PlacementStrategy::random() };
    PlacementEngine engine(3);
    const PlacementResult result = engine.place(instances, r);
    const QStringList placed = placedOn(instances, result);
    EXPECT_EQ(placed.count(QStringLiteral("b1")), 10);
    EXPECT_GT(placed.count(QStringLiteral("a1")), 0);
    EXPECT_GT(placed.count(QStringLiteral("a2")), 0);
}

TEST(Placement, DistinctInstanceNeverDoublesUp)
{
    QList<ContainerInstance> instances { makeInstance(QStringLiteral("x"), QStringLiteral("a"), 4096, 8192),
        makeInstance(QStringLiteral("y"), QStringLiteral("a"), 4096, 8192),
        makeInstance(QStringLiteral("z"), QStringLiteral("a"), 4096, 8192) };
    addTask(instances[1], QStringLiteral("old"), QStringLiteral("service:web"));
    PlacementRequest r = request(4, 0, 128);
    r.constraints = { PlacementConstraint { PlacementConstraint::Type::DistinctInstance, {} } };
    r.strategies = { PlacementStrategy::binpack(QStringLiteral("memory")) };
    PlacementEngine engine;
    const PlacementResult result = engine.place(instances, r);
    EXPECT_EQ(placedOn(instances, result), (QStringList { QStringLiteral("x"), QStringLiteral("z") }));
    EXPECT_EQ(result.unplacedCount, 2);
    ASSERT_EQ(result.failures.size(), 3);
    for (const PlacementFailure& failure : result.failures)
        EXPECT_EQ(failure.reason, QStringLiteral("DistinctInstance placement constraint unsatisfied."));
}

TEST(Placement, MemberOfSelectsInstancesByExpression)
{
    QList<ContainerInstance> instances {
        makeInstance(QStringLiteral("t2a"), QStringLiteral("us-east-1a"), 4096, 8192, QStringLiteral("t2.small")),
        makeInstance(QStringLiteral("m5a"), QStringLiteral("us-east-1a"), 4096, 8192, QStringLiteral("m5.large")),
        makeInstance(QStringLiteral("t2b"), QStringLiteral("us-east-1b"), 4096, 8192, QStringLiteral("t2.small")),
    };
    PlacementRequest r = request(4, 0, 128);
    r.constraints = { PlacementConstraint {
        PlacementConstraint::Type::MemberOf, QStringLiteral("attribute:ecs.instance-type =~ t2.*") } };
    r.strategies = { PlacementStrategy::spread(QStringLiteral("instanceId")) };
    PlacementEngine engine;
    EXPECT_EQ(placedOn(instances, engine.place(instances, r)),
        (QStringList { QStringLiteral("t2a"), QStringLiteral("t2b"), QStringLiteral("t2a"), QStringLiteral("t2b") }));

    r.constraints.append(PlacementConstraint {
        PlacementConstraint::Type::MemberOf, QStringLiteral("attribute:ecs.availability-zone == us-east-1b") });
    EXPECT_EQ(placedOn(instances, engine.place(instances, r)), QStringList(4, QStringLiteral("t2b")));

    r.constraints = { PlacementConstraint {
        PlacementConstraint::Type::MemberOf, QStringLiteral("attribute:ecs.instance-type == c5.xlarge") } };
    const PlacementResult none = engine.place(instances, r);
    EXPECT_TRUE(none.placements.isEmpty());
    EXPECT_EQ(none.unplacedCount, 4);
    ASSERT_EQ(none.failures.size(), 3);
    EXPECT_EQ(none.failures[0],
        (PlacementFailure { instances[0].arn, QStringLiteral("MemberOf placement constraint unsatisfied.") }));
}

TEST(Placement, MemberOfOnTaskGroupSeesTasksPlacedInTheSameRun)
{
    QList<ContainerInstance> instances { makeInstance(QStringLiteral("x"), QStringLiteral("a"), 4096, 8192),
        makeInstance(QStringLiteral("y"), QStringLiteral("a"), 4096, 8192),
        makeInstance(QStringLiteral("db"), QStringLiteral("a"), 4096, 8192) };
    addTask(instances[2], QStringLiteral("d"), QStringLiteral("service:db"));
    PlacementRequest r = request(3, 0, 128);
    r.constraints = { PlacementConstraint { PlacementConstraint::Type::MemberOf,
        QStringLiteral("not(task:group == service:web) and not(task:group == service:db)") } };
    PlacementEngine engine;
    const PlacementResult result = engine.place(instances, r);
    EXPECT_EQ(placedOn(instances, result), (QStringList { QStringLiteral("x"), QStringLiteral("y") }));
    EXPECT_EQ(result.unplacedCount, 1);
}

TEST(Placement, HostAndBridgeStaticPortsConflict)
{
    QList<ContainerInstance> instances { makeInstance(QStringLiteral("busy"), QStringLiteral("a"), 4096, 8192),
        makeInstance(QStringLiteral("free"), QStringLiteral("a"), 4096, 8192) };
    instances[0].reservedTcpPorts.append(80);
    PlacementRequest host = request(2, 0, 128);
    host.task.networkMode = NetworkMode::Host;
    host.task.portMappings = { PortMapping { 80, 0, PortProtocol::Tcp } };
    PlacementEngine engine;
    const PlacementResult hostResult = engine.place(instances, host);
    EXPECT_EQ(placedOn(instances, hostResult), QStringList { QStringLiteral("free") });
    EXPECT_EQ(hostResult.placements[0].portMappings, (QList<PortMapping> { { 80, 80, PortProtocol::Tcp } }));
    EXPECT_EQ(hostResult.unplacedCount, 1);
    EXPECT_EQ(hostResult.failures,
        (QList<PlacementFailure> { { instances[0].arn, QStringLiteral("RESOURCE:PORTS") },
            { instances[1].arn, QStringLiteral("RESOURCE:PORTS") } }));

    PlacementRequest bridge = request(3, 0, 128);
    bridge.task.networkMode = NetworkMode::Bridge;
    bridge.task.portMappings
        = { PortMapping { 8080, 8080, PortProtocol::Tcp }, PortMapping { 53, 5353, PortProtocol::Udp } };
    instances[1].reservedUdpPorts.append(5353);
    const PlacementResult bridgeResult = engine.place(instances, bridge);
    EXPECT_EQ(placedOn(instances, bridgeResult), QStringList { QStringLiteral("busy") });
    EXPECT_EQ(bridgeResult.failures,
        (QList<PlacementFailure> { { instances[0].arn, QStringLiteral("RESOURCE:PORTS") },
            { instances[1].arn, QStringLiteral("RESOURCE:PORTS_UDP") } }));

    // The same port number on the other protocol does not conflict.
    PlacementRequest udp = request(1, 0, 128);
    udp.task.networkMode = NetworkMode::Host;
    udp.task.portMappings = { PortMapping { 80, 80, PortProtocol::Udp } };
    EXPECT_EQ(engine.place(instances, udp).placements.size(), 1);
}

TEST(Placement, DynamicPortsNeverCollide)
{
    QList<ContainerInstance> instances { makeInstance(QStringLiteral("x"), QStringLiteral("a"), 65536, 65536) };
    instances[0].reservedTcpPorts += { 49153, 49155 }; // taken by tasks already running
    PlacementRequest r = request(40, 0, 1);
    r.task.portMappings = { PortMapping { 80, 0, PortProtocol::Tcp }, PortMapping { 443, 0, PortProtocol::Tcp } };
    PlacementEngine engine;
    const PlacementResult result = engine.place(instances, r);
    ASSERT_EQ(result.placements.size(), 40);
    QSet<int> used;
    for (const TaskPlacement& placement : result.placements) {
        for (const PortMapping& mapping : placement.portMappings) {
            EXPECT_GE(mapping.hostPort, PlacementEngine::DefaultDynamicPortFirst);
            EXPECT_LE(mapping.hostPort, PlacementEngine::DefaultDynamicPortLast);
            EXPECT_FALSE(instances[0].reservedTcpPorts.contains(mapping.hostPort));
            EXPECT_FALSE(used.contains(mapping.hostPort)) << mapping.hostPort;
            used.insert(mapping.hostPort);
        }
    }
    EXPECT_EQ(used.size(), 80);

    // A small range runs out: RESOURCE:PORTS too. Ports already in use inside the range are skipped.
    engine.setDynamicPortRange(50000, 50004);
    instances[0].reservedTcpPorts.append(50001);
    const PlacementResult small = engine.place(instances, r);
    ASSERT_EQ(small.placements.size(), 2);
    EXPECT_EQ(small.placements[0].portMappings[0].hostPort, 50000);
    EXPECT_EQ(small.placements[0].portMappings[1].hostPort, 50002);
    EXPECT_EQ(small.placements[1].portMappings[0].hostPort, 50003);
    EXPECT_EQ(small.placements[1].portMappings[1].hostPort, 50004);
    EXPECT_EQ(small.failures, (QList<PlacementFailure> { { instances[0].arn, QStringLiteral("RESOURCE:PORTS") } }));

    // UDP has its own ports and its own reason.
    PlacementRequest udp = request(6, 0, 1);
    udp.task.portMappings = { PortMapping { 53, 0, PortProtocol::Udp } };
    const PlacementResult udpResult = engine.place(instances, udp);
    EXPECT_EQ(udpResult.placements.size(), 5);
    EXPECT_EQ(udpResult.placements[0].portMappings[0].hostPort, 50000);
    EXPECT_EQ(
        udpResult.failures, (QList<PlacementFailure> { { instances[0].arn, QStringLiteral("RESOURCE:PORTS_UDP") } }));

    // A static host port inside the range takes one of its free ports too.
    r.task.portMappings = { PortMapping { 80, 0, PortProtocol::Tcp }, PortMapping { 81, 50003, PortProtocol::Tcp } };
    const PlacementResult mixed = engine.place(instances, r);
    ASSERT_EQ(mixed.placements.size(), 1);
    EXPECT_EQ(mixed.placements[0].portMappings[0].hostPort, 50000);
    EXPECT_EQ(mixed.placements[0].portMappings[1].hostPort, 50003);
}

TEST(Placement, PortsHeldByEarlierRunsConflictAcrossNetworkModesUntilReleased)
{
    QList<ContainerInstance> instances { makeInstance(QStringLiteral("x"), QStringLiteral("a"), 4096, 8192) };
    PlacementEngine engine;
    PlacementRequest bridge = request(2, 256, 512);
    bridge.task.networkMode = NetworkMode::Bridge;
    bridge.task.portMappings
        = { PortMapping { 80, 8080, PortProtocol::Tcp }, PortMapping { 81, 0, PortProtocol::Tcp } };
    PlacementResult first = engine.place(instances, bridge);
    ASSERT_EQ(first.placements.size(), 1); // the second copy would need 8080 again
    PlacementEngine::applyPlacements(instances, bridge.task, first.placements, { QStringLiteral("arn:task/one") });
    EXPECT_EQ(instances[0].remainingCpu, 4096 - 256);
    EXPECT_EQ(instances[0].remainingMemory, 8192 - 512);
    EXPECT_TRUE(instances[0].reservedTcpPorts.contains(8080));
    EXPECT_TRUE(instances[0].reservedTcpPorts.contains(PlacementEngine::DefaultDynamicPortFirst));

    // A host-mode task wanting 8080 conflicts with the bridge task's static port...
    PlacementRequest host = request(1, 256, 512, QStringLiteral("family:other"));
    host.task.networkMode = NetworkMode::Host;
    host.task.portMappings = { PortMapping { 8080, 8080, PortProtocol::Tcp } };
    EXPECT_EQ(engine.place(instances, host).failures,
        (QList<PlacementFailure> { { instances[0].arn, QStringLiteral("RESOURCE:PORTS") } }));
    // ...and a new bridge task's dynamic port skips the one already handed out.
    bridge.task.portMappings = { PortMapping { 81, 0, PortProtocol::Tcp } };
    bridge.count = 1;
    EXPECT_EQ(engine.place(instances, bridge).placements[0].portMappings[0].hostPort,
        PlacementEngine::DefaultDynamicPortFirst + 1);

    // Stopping the bridge task gives everything back.
    PlacementEngine::releaseTasks(instances, { TaskToStop { QStringLiteral("arn:task/one"), instances[0].arn } });
    EXPECT_EQ(instances[0].remainingCpu, 4096);
    EXPECT_EQ(instances[0].remainingMemory, 8192);
    EXPECT_TRUE(instances[0].tasks.isEmpty());
    EXPECT_EQ(engine.place(instances, host).placements.size(), 1);
}

TEST(Placement, AwsvpcNeedsNoHostPort)
{
    QList<ContainerInstance> instances { makeInstance(QStringLiteral("x"), QStringLiteral("a"), 4096, 8192) };
    instances[0].reservedTcpPorts.append(80);
    PlacementRequest r = request(3, 0, 128);
    r.task.networkMode = NetworkMode::AwsVpc;
    r.task.portMappings = { PortMapping { 80, 80, PortProtocol::Tcp } };
    PlacementEngine engine;
    EXPECT_EQ(engine.place(instances, r).placements.size(), 3);
}

TEST(Placement, NotEnoughMemoryGivesTheEcsReasonAndServiceEvent)
{
    QList<ContainerInstance> instances { makeInstance(QStringLiteral("0123456789abcdef0123456789abcdef"),
                                             QStringLiteral("a"), 4096, 1024),
        makeInstance(QStringLiteral("fedcba9876543210fedcba9876543210"), QStringLiteral("a"), 128, 512) };
    PlacementRequest r = request(2, 256, 2048);
    r.serviceName = QStringLiteral("web");
    PlacementEngine engine;
    const PlacementResult result = engine.place(instances, r);
    EXPECT_TRUE(result.placements.isEmpty());
    EXPECT_EQ(result.unplacedCount, 2);
    EXPECT_EQ(result.failures,
        (QList<PlacementFailure> { { instances[0].arn, QStringLiteral("RESOURCE:MEMORY") },
            { instances[1].arn, QStringLiteral("RESOURCE:CPU") } }));
    EXPECT_EQ(result.serviceEventMessage.toStdString(),
        "service web was unable to place a task because no container instance met all of its requirements. The "
        "closest matching container-instance 0123456789abcdef0123456789abcdef has insufficient memory available. "
        "For more information, see the Troubleshooting section of the Amazon ECS Developer Guide.");
}

TEST(Placement, CpuPortsAndAgentEventSentences)
{
    QList<ContainerInstance> instances { makeInstance(QStringLiteral("c1"), QStringLiteral("a"), 128, 8192) };
    PlacementRequest r = request(1, 256, 128);
    r.serviceName = QStringLiteral("api");
    PlacementEngine engine;
    EXPECT_EQ(engine.place(instances, r).serviceEventMessage.toStdString(),
        "service api was unable to place a task because no container instance met all of its requirements. The "
        "closest matching container-instance c1 has insufficient CPU units available. For more information, see "
        "the Troubleshooting section of the Amazon ECS Developer Guide.");

    r.task.cpu = 0;
    r.task.networkMode = NetworkMode::Host;
    r.task.portMappings = { PortMapping { 22, 22, PortProtocol::Tcp } };
    EXPECT_TRUE(engine.place(instances, r)
                    .serviceEventMessage.contains(
                        QLatin1String("container-instance c1 is already using a port required by your task.")));

    instances[0].agentConnected = false;
    const PlacementResult agent = engine.place(instances, r);
    EXPECT_EQ(agent.failures, (QList<PlacementFailure> { { instances[0].arn, QStringLiteral("AGENT") } }));
    EXPECT_TRUE(agent.serviceEventMessage.contains(
        QLatin1String("The closest matching container-instance c1 encountered error \"AGENT\".")));
}

TEST(Placement, RequiredAttributesMustBePresent)
{
    QList<ContainerInstance> instances { makeInstance(QStringLiteral("old"), QStringLiteral("a"), 4096, 8192),
        makeInstance(QStringLiteral("new"), QStringLiteral("a"), 4096, 8192) };
    const QString capability = QStringLiteral("com.amazonaws.ecs.capability.docker-remote-api.1.44");
    instances[1].attributes.insert(capability, QString());
    PlacementRequest r = request(1, 0, 128);
    r.serviceName = QStringLiteral("web");
    r.task.requiredAttributes = { RequiredAttribute { capability, std::nullopt } };
    PlacementEngine engine;
    EXPECT_EQ(placedOn(instances, engine.place(instances, r)), QStringList { QStringLiteral("new") });

    r.task.requiredAttributes = { RequiredAttribute { QStringLiteral("ecs.os-type"), QStringLiteral("windows") } };
    const PlacementResult none = engine.place(instances, r);
    EXPECT_EQ(none.failures,
        (QList<PlacementFailure> {
            { instances[0].arn, QStringLiteral("ATTRIBUTE") }, { instances[1].arn, QStringLiteral("ATTRIBUTE") } }));
    EXPECT_TRUE(none.serviceEventMessage.contains(
        QLatin1String("The closest matching container-instance old is missing an attribute required by your task.")));
}

TEST(Placement, ConstraintFailuresAreQuotedInTheEvent)
{
    QList<ContainerInstance> instances { makeInstance(QStringLiteral("2811a2a8"), QStringLiteral("a"), 4096, 8192) };
    PlacementRequest r = request(1, 0, 128);
    r.serviceName = QStringLiteral("plutomi-service");
    r.constraints = { PlacementConstraint {
        PlacementConstraint::Type::MemberOf, QStringLiteral("attribute:ecs.instance-type == g4dn.xlarge") } };
    PlacementEngine engine;
    EXPECT_EQ(engine.place(instances, r).serviceEventMessage.toStdString(),
        "service plutomi-service was unable to place a task because no container instance met all of its "
        "requirements. The closest matching container-instance 2811a2a8 encountered error \"MemberOf placement "
        "constraint unsatisfied.\". For more information, see the Troubleshooting section of the Amazon ECS "
        "Developer Guide.");

    addTask(instances[0], QStringLiteral("t"), QStringLiteral("service:web"));
    r.constraints = { PlacementConstraint { PlacementConstraint::Type::DistinctInstance, {} } };
    EXPECT_TRUE(engine.place(instances, r)
                    .serviceEventMessage.contains(
                        QLatin1String("encountered error \"DistinctInstance placement constraint unsatisfied.\".")));
}

TEST(Placement, ClosestMatchIsTheInstanceThatGotFurthest)
{
    QList<ContainerInstance> instances { makeInstance(QStringLiteral("nocpu"), QStringLiteral("a"), 10, 8192),
        makeInstance(QStringLiteral("nomem"), QStringLiteral("a"), 4096, 10) };
    PlacementRequest r = request(1, 256, 256);
    r.serviceName = QStringLiteral("web");
    PlacementEngine engine;
    EXPECT_TRUE(engine.place(instances, r)
                    .serviceEventMessage.contains(
                        QLatin1String("container-instance nomem has insufficient memory available.")));
}

TEST(Placement, DrainingInstancesTakeNoTasksAndNoInstancesIsAnError)
{
    QList<ContainerInstance> instances { makeInstance(QStringLiteral("d"), QStringLiteral("a"), 4096, 8192),
        makeInstance(QStringLiteral("ok"), QStringLiteral("a"), 4096, 8192) };
    instances[0].status = InstanceStatus::Draining;
    PlacementRequest r = request(2, 0, 128);
    r.strategies = { PlacementStrategy::binpack(QStringLiteral("memory")) };
    PlacementEngine engine;
    EXPECT_EQ(placedOn(instances, engine.place(instances, r)), QStringList(2, QStringLiteral("ok")));

    instances[1].status = InstanceStatus::Draining;
    r.serviceName = QStringLiteral("web");
    const PlacementResult none = engine.place(instances, r);
    ASSERT_TRUE(none.error);
    EXPECT_EQ(none.error->type, QStringLiteral("InvalidParameterException"));
    EXPECT_EQ(none.error->message, QStringLiteral("No Container Instances were found in your cluster."));
    EXPECT_EQ(none.serviceEventMessage.toStdString(),
        "service web was unable to place a task because no container instance met all of its requirements. "
        "Reason: No Container Instances were found in your cluster. For more information, see the Troubleshooting "
        "section of the Amazon ECS Developer Guide.");
}

TEST(Placement, InvalidRequestsGiveTypedErrors)
{
    QList<ContainerInstance> instances { makeInstance(QStringLiteral("x"), QStringLiteral("a"), 4096, 8192) };
    PlacementEngine engine;
    struct Case {
        QList<PlacementConstraint> constraints;
        QList<PlacementStrategy> strategies;
        const char* contains;
    };
    const QList<Case> cases {
        { { { PlacementConstraint::Type::MemberOf, QStringLiteral("attribute:x = 1") } }, {}, "unknown operator '='" },
        { { { PlacementConstraint::Type::MemberOf, QString() } }, {}, "requires an expression" },
        { { { PlacementConstraint::Type::DistinctInstance, QStringLiteral("a == b") } }, {}, "takes no expression" },
        { {}, { PlacementStrategy::binpack(QStringLiteral("disk")) }, "Invalid binpack field 'disk'" },
        { {}, { PlacementStrategy::spread(QString()) }, "requires a field" },
        { QList<PlacementConstraint>(11, { PlacementConstraint::Type::DistinctInstance, {} }), {}, "at most 10" },
        { {}, QList<PlacementStrategy>(6, PlacementStrategy::random()), "at most 5" },
    };
    for (const Case& c : cases) {
        PlacementRequest r = request(1, 0, 128);
        r.constraints = c.constraints;
        r.strategies = c.strategies;
        const PlacementResult result = engine.place(instances, r);
        ASSERT_TRUE(result.error) << c.contains;
        EXPECT_EQ(result.error->type, QStringLiteral("InvalidParameterException"));
        EXPECT_TRUE(result.error->message.contains(QString::fromUtf8(c.contains)))
            << result.error->message.toStdString();
        EXPECT_TRUE(result.placements.isEmpty());
    }
    PlacementRequest twice = request(1, 0, 128);
    twice.task.networkMode = NetworkMode::Host;
    twice.task.portMappings = { { 80, 80, PortProtocol::Tcp }, { 8080, 80, PortProtocol::Tcp } };
    ASSERT_TRUE(engine.place(instances, twice).error);
}

TEST(Placement, TaskRequirementsFromContainers)
{
    ContainerRequirement web { 256, 512, std::nullopt, { { 80, 0, PortProtocol::Tcp } } };
    ContainerRequirement sidecar { 128, 1024, 256, {} };
    const TaskRequirements summed
        = TaskRequirements::fromContainers(std::nullopt, std::nullopt, { web, sidecar }, NetworkMode::Bridge);
    EXPECT_EQ(summed.cpu, 384);
    EXPECT_EQ(summed.memory, 768); // 512 hard limit + 256 reservation
    EXPECT_EQ(summed.portMappings.size(), 1);
    const TaskRequirements taskLevel
        = TaskRequirements::fromContainers(1024, 2048, { web, sidecar }, NetworkMode::Host);
    EXPECT_EQ(taskLevel.cpu, 1024);
    EXPECT_EQ(taskLevel.memory, 2048);
}

// --- scale-in

QList<ContainerInstance> scaleInFleet()
{
    // us-east-1a: a1 (2 tasks), a2 (1 task); us-east-1b: b1 (1 task); us-east-1c: c1 (1 task).
    QList<ContainerInstance> instances { makeInstance(QStringLiteral("a1"), QStringLiteral("us-east-1a"), 4096, 8192),
        makeInstance(QStringLiteral("a2"), QStringLiteral("us-east-1a"), 4096, 8192),
        makeInstance(QStringLiteral("b1"), QStringLiteral("us-east-1b"), 4096, 8192),
        makeInstance(QStringLiteral("c1"), QStringLiteral("us-east-1c"), 4096, 8192) };
    addTask(instances[0], QStringLiteral("a1-old"), QStringLiteral("service:web"), 256, 1024);
    addTask(instances[0], QStringLiteral("a1-new"), QStringLiteral("service:web"), 256, 1024);
    addTask(instances[1], QStringLiteral("a2-t"), QStringLiteral("service:web"), 256, 1024);
    addTask(instances[2], QStringLiteral("b1-t"), QStringLiteral("service:web"), 256, 1024);
    addTask(instances[2], QStringLiteral("b1-other"), QStringLiteral("service:other"), 256, 4096);
    addTask(instances[3], QStringLiteral("c1-t"), QStringLiteral("service:web"), 256, 1024);
    return instances;
}

QStringList stoppedIds(const ScaleInResult& result)
{
    QStringList ids;
    for (const TaskToStop& task : result.tasks)
        ids.append(task.taskArn.section(u'/', -1));
    return ids;
}

/// Tasks of service:web left per AZ after stopping `result`'s tasks.
QHash<QString, int> azCountsAfter(const QList<ContainerInstance>& instances, const ScaleInResult& result)
{
    QHash<QString, int> counts;
    for (const ContainerInstance& instance : instances) {
        for (const RunningTask& task : instance.tasks) {
            const bool stopped = std::any_of(result.tasks.cbegin(), result.tasks.cend(),
                [&](const TaskToStop& stop) { return stop.taskArn == task.taskArn; });
            if (task.group == QLatin1String("service:web") && !stopped)
                ++counts[instance.attributes.value(QStringLiteral("ecs.availability-zone"))];
        }
    }
    return counts;
}

TEST(ScaleIn, SpreadStopsFromTheMostPopulatedAzAndInstance)
{
    const QList<ContainerInstance> instances = scaleInFleet();
    PlacementEngine engine;
    ScaleInRequest r { QStringLiteral("service:web"), 1, {} }; // default: spread AZ, then instanceId
    const ScaleInResult one = engine.chooseTasksToStop(instances, r);
    ASSERT_FALSE(one.error);
    // 1a holds 3 of the 5 tasks; a1 holds 2 of them: its newest task goes.
    EXPECT_EQ(stoppedIds(one), QStringList { QStringLiteral("a1-new") });
    EXPECT_EQ(one.tasks[0].containerInstanceArn, instances[0].arn);

    // Two stops leave one task in every AZ; the second comes from 1a, a1 or a2 (tied, picked at random).
    r.count = 2;
    for (quint64 seed = 1; seed <= 8; ++seed) {
        engine.seed(seed);
        const ScaleInResult two = engine.chooseTasksToStop(instances, r);
        ASSERT_EQ(two.tasks.size(), 2);
        EXPECT_EQ(two.tasks[0].taskArn.section(u'/', -1), QStringLiteral("a1-new"));
        const QHash<QString, int> left = azCountsAfter(instances, two);
        EXPECT_EQ(left.value(QStringLiteral("us-east-1a")), 1);
        EXPECT_EQ(left.value(QStringLiteral("us-east-1b")), 1);
        EXPECT_EQ(left.value(QStringLiteral("us-east-1c")), 1);
    }

    r.count = 100; // more than there are: every task of the group, nothing else
    const QStringList all = stoppedIds(engine.chooseTasksToStop(instances, r));
    EXPECT_EQ(all.size(), 5);
    EXPECT_FALSE(all.contains(QStringLiteral("b1-other")));
}

TEST(ScaleIn, BinpackStopsWhereTheMostResourcesAreLeftAfterTheStop)
{
    const QList<ContainerInstance> instances = scaleInFleet();
    // Memory left after stopping one task: a1 7168, a2 8192, b1 4096, c1 8192.
    PlacementEngine engine;
    const ScaleInResult result = engine.chooseTasksToStop(instances,
        ScaleInRequest { QStringLiteral("service:web"), 3, { PlacementStrategy::binpack(QStringLiteral("memory")) } });
    const QStringList stopped = stoppedIds(result);
    ASSERT_EQ(stopped.size(), 3);
    // a2 and c1 tie at 8192 (either order); then a1, whose 7168 beats b1's 4096.
    EXPECT_EQ(QSet<QString>(stopped.cbegin(), stopped.cbegin() + 2),
        (QSet<QString> { QStringLiteral("a2-t"), QStringLiteral("c1-t") }));
    EXPECT_EQ(stopped[2], QStringLiteral("a1-new"));
}

TEST(ScaleIn, ChainedSpreadAzThenBinpack)
{
    QList<ContainerInstance> instances = scaleInFleet();
    PlacementEngine engine;
    const ScaleInResult result = engine.chooseTasksToStop(instances,
        ScaleInRequest { QStringLiteral("service:web"), 1,
            { PlacementStrategy::spread(AzField), PlacementStrategy::binpack(QStringLiteral("memory")) } });
    // Most populated AZ is 1a; of a1 (7168 after the stop) and a2 (8192 after) the emptier a2 loses its task.
    EXPECT_EQ(stoppedIds(result), QStringList { QStringLiteral("a2-t") });
}

TEST(ScaleIn, RandomIsDeterministicForASeed)
{
    const QList<ContainerInstance> instances = scaleInFleet();
    const ScaleInRequest r { QStringLiteral("service:web"), 3, { PlacementStrategy::random() } };
    PlacementEngine one(11);
    PlacementEngine two(11);
    EXPECT_EQ(one.chooseTasksToStop(instances, r).tasks, two.chooseTasksToStop(instances, r).tasks);
}

} // namespace

// --- the incremental index chooses exactly what a scan of every instance chooses

TEST(PlacementIndex, MatchesTheFullScanOnVariedFleets)
{
    const QList<QList<PlacementStrategy>> chains {
        {},
        { PlacementStrategy::binpack(QStringLiteral("memory")) },
        { PlacementStrategy::binpack(QStringLiteral("cpu")), PlacementStrategy::spread(AzField) },
        { PlacementStrategy::spread(AzField), PlacementStrategy::binpack(QStringLiteral("memory")) },
        { PlacementStrategy::spread(AzField), PlacementStrategy::spread(QStringLiteral("instanceId")) },
        { PlacementStrategy::spread(QStringLiteral("attribute:rack")), PlacementStrategy::spread(AzField),
            PlacementStrategy::binpack(QStringLiteral("cpu")) },
        { PlacementStrategy::spread(QStringLiteral("host")), PlacementStrategy::binpack(QStringLiteral("memory")) },
    };
    const QList<QList<PlacementConstraint>> constraintSets {
        {},
        { { PlacementConstraint::Type::DistinctInstance, {} } },
        { { PlacementConstraint::Type::MemberOf, QStringLiteral("attribute:ecs.instance-type =~ m5.*") } },
        { { PlacementConstraint::Type::MemberOf, QStringLiteral("runningTasksCount < 4") } },
    };
    std::mt19937 rng(1234);
    for (int round = 0; round < 6; ++round) {
        QList<ContainerInstance> fleet;
        for (int i = 0; i < 60; ++i) {
            ContainerInstance instance = makeInstance(QStringLiteral("n%1").arg(i),
                QStringLiteral("us-east-1%1").arg(QChar(u'a' + int(rng() % 3))), 512 + int(rng() % 8) * 256,
                1024 + int(rng() % 16) * 512, rng() % 2 ? QStringLiteral("m5.large") : QStringLiteral("c5.large"));
            if (rng() % 4)
                instance.attributes.insert(QStringLiteral("rack"), QStringLiteral("r%1").arg(rng() % 4));
            for (unsigned t = 0, tasks = rng() % 3; t < tasks; ++t)
                addTask(instance, QStringLiteral("n%1-%2").arg(i).arg(t), QStringLiteral("service:web"), 0, 0);
            if (rng() % 10 == 0)
                instance.status = InstanceStatus::Draining;
            fleet.append(instance);
        }
        for (const auto& chain : chains) {
            for (const auto& constraints : constraintSets) {
                PlacementRequest r = request(150, 128 * int(rng() % 3), 256 + 256 * int(rng() % 3));
                r.strategies = chain;
                r.constraints = constraints;
                if (round % 2)
                    r.task.portMappings = { PortMapping { 80, 0, PortProtocol::Tcp } };
                PlacementEngine indexed;
                PlacementEngine scanning;
                scanning.setIndexed(false);
                const PlacementResult a = indexed.place(fleet, r);
                const PlacementResult b = scanning.place(fleet, r);
                ASSERT_EQ(a.placements.size(), b.placements.size()) << "round " << round;
                for (qsizetype p = 0; p < a.placements.size(); ++p) {
                    ASSERT_EQ(a.placements[p].instanceIndex, b.placements[p].instanceIndex)
                        << "round " << round << " task " << p;
                    ASSERT_EQ(a.placements[p].portMappings, b.placements[p].portMappings);
                }
                EXPECT_EQ(a.failures, b.failures);
                EXPECT_GT(a.placements.size(), 0);
            }
        }
    }
}
