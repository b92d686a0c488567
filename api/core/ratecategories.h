// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QLatin1StringView>
#include <QStringView>

#include <span>

namespace EcsDesk::Api {

/// A group of a service's actions that share one token bucket on the service's side: each request
/// takes a token, the bucket holds at most `burst` tokens and gains `refillPerSecond` tokens a second.
struct RateCategory {
    QLatin1StringView name; ///< "Cluster read actions", as the service's documentation names it
    double burst; ///< bucket maximum capacity (burst rate)
    double refillPerSecond; ///< bucket refill rate (sustained rate)
};

/// Amazon ECS's request throttling, per account and region, from the ECS API Reference's "Request
/// throttling for the Amazon ECS API" (table "Request Token Bucket Sizes and Refill Rates", as
/// published in 2026). `ecsdesk-local --throttle ecs` enforces it; the client's limiter keeps one
/// bucket estimate per category (it learns the numbers; it does not read them from here).
class EcsRateCategories {
public:
    /// The category of an ECS action (e.g. "ListTasks"); nullptr for actions in none.
    static const RateCategory* of(QStringView operation);
    static std::span<const RateCategory> all();
};

/// The key of the service-side bucket a request draws from: the ECS category's name for ECS
/// actions; empty (the whole endpoint is one bucket) for other services and unknown actions.
QByteArray rateCategoryKey(QByteArrayView signingName, QStringView operation);

} // namespace EcsDesk::Api
