// SPDX-License-Identifier: MIT
#pragma once

#include "api/ecs/types.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace EcsDesk::Models {

/// A capacity provider strategy (a cluster's default, a service's, a RunTask's) in words and
/// checked with the rules and texts ECS applies (PutClusterCapacityProviders, CreateService,
/// RunTask), so the strategy editor shows ECS's refusal before anything is sent.
class CapacityStrategy {
    Q_DECLARE_TR_FUNCTIONS(CapacityStrategy)
public:
    static constexpr int maxBase = 100000;
    static constexpr int maxWeight = 1000;
    static constexpr int maxItems = 20;

    /// "FARGATE base 1 weight 1, FARGATE_SPOT weight 3"; empty for an empty strategy.
    static QString describe(const Api::CapacityProviderStrategy& strategy);

    /// What is wrong with a strategy: per item (same index; empty when the item is fine) and for
    /// the strategy as a whole.
    struct Problems {
        QStringList items;
        QString strategy;
        bool isEmpty() const;
        /// Every text, the strategy's first.
        QStringList all() const;
    };
    /// Checks `strategy` as ECS does: a provider named, once, and one of `available` (when given);
    /// base 0..100000 on at most one item; weight 0..1000 with at least one above 0; at most 20
    /// items; no FARGATE/FARGATE_SPOT with Auto Scaling group providers.
    static Problems check(const Api::CapacityProviderStrategy& strategy, const QStringList& available = {});
};

} // namespace EcsDesk::Models
