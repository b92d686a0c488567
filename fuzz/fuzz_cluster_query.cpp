// SPDX-License-Identifier: MIT
// Fuzz target: the ECS cluster query language (local/scheduler/clusterquery.cpp), as memberOf
// placement constraints and the ListContainerInstances filter take it. The input is the expression
// (UTF-8); a parsed query is evaluated against two container instances.

#include "fuzzsupport.h"

#include "local/scheduler/clusterquery.h"

using namespace EcsDesk;
using Local::ContainerInstance;

namespace {

QList<ContainerInstance> instances()
{
    ContainerInstance busy;
    busy.arn = QStringLiteral("arn:aws:ecs:us-east-1:123456789012:container-instance/default/0a1b2c3d");
    busy.ec2InstanceId = QStringLiteral("i-0123456789abcdef0");
    busy.agentVersion = QStringLiteral("1.68.2");
    busy.registeredAt = QDateTime(QDate(2026, 11, 20), QTime(8, 30), Qt::UTC);
    busy.registeredCpu = busy.remainingCpu = 2048;
    busy.registeredMemory = busy.remainingMemory = 3928;
    busy.attributes.insert(QStringLiteral("ecs.instance-type"), QStringLiteral("t2.micro"));
    busy.attributes.insert(QStringLiteral("ecs.availability-zone"), QStringLiteral("us-east-1a"));
    busy.attributes.insert(QStringLiteral("ecs.os-type"), QStringLiteral("linux"));
    busy.attributes.insert(QStringLiteral("com.amazonaws.ecs.capability.docker-remote-api.1.30"), QString());
    busy.tasks.append({ QStringLiteral("arn:aws:ecs:us-east-1:123456789012:task/default/1"),
        QStringLiteral("service:db"), QStringLiteral("db"), 256, 512, {} });
    ContainerInstance idle;
    idle.arn = QStringLiteral("arn:aws:ecs:us-east-1:123456789012:container-instance/default/ffff");
    idle.ec2InstanceId = QStringLiteral("i-0fedcba9876543210");
    idle.agentConnected = false;
    idle.agentVersion = QStringLiteral("1.9.0");
    idle.attributes.insert(QStringLiteral("ecs.instance-type"), QStringLiteral("m5.large"));
    return { busy, idle };
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const QList<ContainerInstance> candidates = instances(); // constant, never changed by a run
    const QString expression = QString::fromUtf8(Fuzz::bytes(data, size));
    QString error;
    const auto query = Local::ClusterQuery::parse(expression, &error);
    if (!query) {
        Fuzz::check(!error.isEmpty(), "a refused expression says why");
        return 0;
    }
    Fuzz::check(query->expression() == expression, "a query keeps its expression");
    for (const ContainerInstance& instance : candidates)
        (void)query->matches(instance);
    return 0;
}
