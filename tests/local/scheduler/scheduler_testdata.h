// SPDX-License-Identifier: MIT
#pragma once

#include "local/scheduler/placementtypes.h"

#include <ostream>

/// Readable QString values in GoogleTest failure messages.
inline void PrintTo(const QString& text, std::ostream* os) { *os << '"' << text.toStdString() << '"'; }

namespace EcsDesk::Testing {

/// A container instance for placement tests: `id` becomes the ARN's last part and the EC2 id.
inline Local::ContainerInstance makeInstance(
    const QString& id, const QString& az, int cpu, int memory, const QString& instanceType = QStringLiteral("t3.large"))
{
    Local::ContainerInstance instance;
    instance.arn = QStringLiteral("arn:aws:ecs:us-east-1:123456789012:container-instance/default/") + id;
    instance.ec2InstanceId = QStringLiteral("i-") + id;
    instance.agentVersion = QStringLiteral("1.68.2");
    instance.registeredAt = QDateTime(QDate(2024, 3, 1), QTime(12, 0), Qt::UTC);
    instance.registeredCpu = instance.remainingCpu = cpu;
    instance.registeredMemory = instance.remainingMemory = memory;
    instance.reservedTcpPorts = { 22, 2375, 2376, 51678, 51679 };
    instance.attributes.insert(QStringLiteral("ecs.availability-zone"), az);
    instance.attributes.insert(QStringLiteral("ecs.instance-type"), instanceType);
    instance.attributes.insert(QStringLiteral("ecs.os-type"), QStringLiteral("linux"));
    instance.attributes.insert(QStringLiteral("ecs.ami-id"), QStringLiteral("ami-0abcdef1234567890"));
    return instance;
}

/// Adds a running task of `group` to the instance and takes its resources.
inline void addTask(
    Local::ContainerInstance& instance, const QString& taskId, const QString& group, int cpu = 0, int memory = 0)
{
    instance.tasks.append(
        Local::RunningTask { QStringLiteral("arn:aws:ecs:us-east-1:123456789012:task/default/") + taskId, group,
            group.section(u':', 1), cpu, memory });
    instance.remainingCpu -= cpu;
    instance.remainingMemory -= memory;
}

} // namespace EcsDesk::Testing
