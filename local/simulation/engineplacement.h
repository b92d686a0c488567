#pragma once

namespace EcsDesk::Local {

class EcsHandler;

/// Wires the placement engine (local/scheduler/) into the ECS handler's placement hook: RunTask,
/// StartTask and the service scheduler then place by resources, constraints and strategies (a
/// service without strategies spreads over Availability Zones), with the engine's failures.
void installPlacementEngine(EcsHandler* ecs, unsigned long long seed = 5489u);

} // namespace EcsDesk::Local
