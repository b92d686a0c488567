// SPDX-License-Identifier: MIT
#include "local/scheduler/placementtypes.h"

namespace EcsDesk::Local {

QString ContainerInstance::id() const
{
    const qsizetype slash = arn.lastIndexOf(u'/');
    return slash < 0 ? arn : arn.mid(slash + 1);
}

TaskRequirements TaskRequirements::fromContainers(std::optional<int> taskCpu, std::optional<int> taskMemory,
    const QList<ContainerRequirement>& containers, NetworkMode networkMode)
{
    TaskRequirements task;
    task.networkMode = networkMode;
    int cpu = 0;
    int memory = 0;
    for (const ContainerRequirement& container : containers) {
        cpu += container.cpu;
        // ECS reserves the soft limit when one is given, else the hard limit.
        memory += container.memoryReservation.value_or(container.memory.value_or(0));
        task.portMappings += container.portMappings;
    }
    task.cpu = taskCpu.value_or(cpu);
    task.memory = taskMemory.value_or(memory);
    return task;
}

} // namespace EcsDesk::Local
