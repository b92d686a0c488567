// SPDX-License-Identifier: MIT
#pragma once

#include "api/core/ratecategories.h"

#include <QElapsedTimer>
#include <QHash>
#include <QStringView>

#include <functional>

namespace EcsDesk::Local {

/// ECS's request throttling (`ecsdesk-local --throttle ecs`): one token bucket per action category
/// of Api::EcsRateCategories, full at start. A request takes a token from its category's bucket or
/// is refused (the dispatcher answers ThrottlingException "Rate exceeded", HTTP 400, as ECS does);
/// a refused request takes no token. Buckets refill continuously at the category's rate. The clock
/// (seconds) is injectable for tests.
class RequestThrottle {
public:
    explicit RequestThrottle(std::function<double()> clock = {});

    /// Whether an ECS action may run now (takes its token). Actions in no category always may.
    bool admit(QStringView operation);

    qint64 admitted() const { return m_admitted; }
    qint64 throttled() const { return m_throttled; }

private:
    struct Bucket {
        double tokens = 0;
        double last = 0;
    };
    double now() const;

    std::function<double()> m_clock;
    QElapsedTimer m_started;
    QHash<const Api::RateCategory*, Bucket> m_buckets;
    qint64 m_admitted = 0;
    qint64 m_throttled = 0;
};

} // namespace EcsDesk::Local
