// SPDX-License-Identifier: MIT
#pragma once

#include "local/api/servicehandler.h"

namespace EcsDesk::Local {

class Simulation;

/// The demo account (`--seed demo` and the app's first start): an EC2 cluster of six instances in
/// three Availability Zones running web, api and worker services (worker under target tracking), a
/// Fargate cluster with a service and finished one-off tasks (one failed), task definition families
/// with several revisions, and 24 hours of per-minute metric history. Built through the API
/// handlers in one store transaction, with the history recorded by the simulation's usage model.
namespace DemoSeed {
    bool seed(Simulation& simulation, const EndpointContext& context, QString* error);
}

} // namespace EcsDesk::Local
