// SPDX-License-Identifier: MIT
#pragma once

#include "api/scheduler/scheduleexpression.h"

namespace EcsDesk::Local {

/// The schedule expressions the endpoint's scheduled actions, rules and schedules fire on; the parser
/// lives in api/ so the app and ecsdesk-cli compute the same next run times.
using Schedule = Api::ScheduleExpression;

} // namespace EcsDesk::Local
