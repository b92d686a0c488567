// SPDX-License-Identifier: MIT
#include "models/capacity/capacitystrategy.h"

#include <algorithm>

namespace EcsDesk::Models {

QString CapacityStrategy::describe(const Api::CapacityProviderStrategy& strategy)
{
    QStringList items;
    for (const Api::CapacityProviderStrategyItem& item : strategy) {
        QString text = item.capacityProvider;
        if (item.base > 0)
            text = tr("%1 base %2").arg(text).arg(item.base);
        text = tr("%1 weight %2").arg(text).arg(item.weight);
        items.append(text);
    }
    return items.join(QLatin1String(", "));
}

bool CapacityStrategy::Problems::isEmpty() const
{
    return strategy.isEmpty() && std::all_of(items.begin(), items.end(), [](const QString& t) { return t.isEmpty(); });
}

QStringList CapacityStrategy::Problems::all() const
{
    QStringList texts;
    if (!strategy.isEmpty())
        texts.append(strategy);
    for (const QString& text : items) {
        if (!text.isEmpty() && !texts.contains(text))
            texts.append(text);
    }
    return texts;
}

CapacityStrategy::Problems CapacityStrategy::check(
    const Api::CapacityProviderStrategy& strategy, const QStringList& available)
{
    Problems problems;
    problems.items.resize(strategy.size());
    QStringList seen;
    int firstBase = -1;
    bool fargate = false, autoScaling = false, anyWeight = false;
    for (qsizetype i = 0; i < strategy.size(); ++i) {
        const Api::CapacityProviderStrategyItem& item = strategy[i];
        QString& text = problems.items[i];
        if (item.capacityProvider.isEmpty()) {
            text = tr("capacityProvider must be specified in a capacity provider strategy.");
        } else if (seen.contains(item.capacityProvider)) {
            text = tr("The capacity provider strategy cannot contain a capacity provider more than once.");
        } else if (!available.isEmpty() && !available.contains(item.capacityProvider)) {
            text = tr("The capacity provider %1 is not associated with the cluster.").arg(item.capacityProvider);
        } else if (item.base < 0 || item.base > maxBase) {
            text = tr("The base must be between 0 and %1.").arg(maxBase);
        } else if (item.weight < 0 || item.weight > maxWeight) {
            text = tr("The weight must be between 0 and %1.").arg(maxWeight);
        } else if (item.base > 0 && firstBase >= 0) {
            text = tr("You can specify a base value for only one capacity provider in a capacity provider strategy.");
        }
        seen.append(item.capacityProvider);
        if (item.base > 0 && firstBase < 0)
            firstBase = int(i);
        if (!item.capacityProvider.isEmpty())
            (Api::CapacityProvider::isFargateName(item.capacityProvider) ? fargate : autoScaling) = true;
        anyWeight = anyWeight || item.weight > 0;
    }
    if (strategy.size() > maxItems)
        problems.strategy = tr("The capacity provider strategy can have at most %1 items.").arg(maxItems);
    else if (fargate && autoScaling)
        problems.strategy = tr("A capacity provider strategy cannot contain a mix of capacity providers using Auto "
                               "Scaling groups and Fargate providers. Specify one or the other and try again.");
    else if (!strategy.isEmpty() && !anyWeight)
        problems.strategy
            = tr("At least one capacity provider in a capacity provider strategy must have a weight greater than 0.");
    return problems;
}

} // namespace EcsDesk::Models
