// SPDX-License-Identifier: MIT
#include "local/simulation/simulation.h"
#include "local/simulation/simulationdetail.h"

#include "local/api/alarms.h"
#include "local/api/cloudwatchhandler.h"
#include "local/api/logshandler.h"
#include "local/clock.h"
#include "local/domain/records.h"
#include "local/domain/taskoperations.h"
#include "local/simulation/engineplacement.h"
#include "local/simulation/schedule.h"
#include "local/store/store.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QUuid>

#include <cmath>
#include <limits>
#include <map>

using namespace Qt::Literals::StringLiterals;

// Service auto scaling: target tracking, CloudWatch alarms (whose actions run step scaling policies),
// scheduled actions.

namespace EcsDesk::Local {

using namespace SimulationDetail;

void Simulation::setDesiredCount(const QString& serviceKey, int desired)
{
    AlarmBook::setDesiredCount(*m_context.store, serviceKey, desired);
}

void Simulation::stepAutoScaling(qint64 nowMs)
{
    // CloudWatch alarms over the minute just recorded. Their actions run the scaling policies they
    // name, as Application Auto Scaling does: step scaling policies from the alarms users create,
    // target tracking policies from their own AlarmHigh (3 of 3 minutes above the target) and
    // AlarmLow (15 of 15 minutes below 90 % of it), which evaluate the service's CPU or memory
    // utilization that the usage recorder publishes.
    AlarmBook(m_context).evaluateAll(nowMs);
}

void Simulation::recordActivity(const QString& resourceId, const QString& dimension, const QString& description,
    const QString& cause, const QString& statusMessage, qint64 nowMs)
{
    AlarmBook::recordActivity(*m_context.store, resourceId, dimension, description, cause, statusMessage, nowMs);
}

void Simulation::stepScheduledActions(qint64 fromMs, qint64 nowMs)
{
    // Scheduled actions that fire in (fromMs, nowMs] set the target's MinCapacity / MaxCapacity;
    // the service's desired count moves into the new range.
    Store& store = *m_context.store;
    const QChar separator(0x1f);
    const QString prefix = "ecs"_L1 + separator;
    std::vector<std::pair<QString, QJsonObject>> actions;
    const Store::Collection& all = store.collection(Kind::ScheduledAction);
    for (auto it = all.lower_bound(prefix); it != all.end() && it->first.startsWith(prefix); ++it)
        actions.emplace_back(it->first, it->second);
    for (const auto& [actionKey, action] : actions) {
        QString error;
        const std::optional<Schedule> schedule
            = Schedule::parse(action.value("Schedule"_L1).toString(), action.value("Timezone"_L1).toString(), &error);
        if (!schedule)
            continue;
        // Epoch seconds to milliseconds, clamped to what a qint64 holds (a stored 1e300 stays harmless).
        const auto milliseconds = [](double seconds) { return qint64(std::clamp(seconds, -9.0e15, 9.0e15) * 1000); };
        const qint64 startMs = milliseconds(action.value("StartTime"_L1).toDouble());
        const qint64 endMs = action.contains("EndTime"_L1) ? milliseconds(action.value("EndTime"_L1).toDouble())
                                                           : std::numeric_limits<qint64>::max();
        const qint64 anchorMs = startMs > 0 ? startMs : milliseconds(action.value("CreationTime"_L1).toDouble());
        const std::optional<qint64> firing = schedule->firstFiring(fromMs, nowMs, anchorMs);
        if (!firing || *firing < startMs || *firing > endMs)
            continue;
        const QString resourceId = action.value("ResourceId"_L1).toString();
        const QString dimension = action.value("ScalableDimension"_L1).toString();
        const QString targetKey = prefix + resourceId + separator + dimension;
        const QJsonObject* found = store.find(Kind::ScalableTarget, targetKey);
        if (!found || found->value("SuspendedState"_L1).toObject().value("ScheduledScalingSuspended"_L1).toBool())
            continue;
        QJsonObject target = *found;
        const QJsonObject capacity = action.value("ScalableTargetAction"_L1).toObject();
        QStringList changes;
        if (capacity.value("MinCapacity"_L1).isDouble()) {
            target["MinCapacity"_L1] = capacity.value("MinCapacity"_L1).toInt();
            changes.append(tr("min capacity to %1").arg(capacity.value("MinCapacity"_L1).toInt()));
        }
        if (capacity.value("MaxCapacity"_L1).isDouble()) {
            target["MaxCapacity"_L1] = capacity.value("MaxCapacity"_L1).toInt();
            changes.append(tr("max capacity to %1").arg(capacity.value("MaxCapacity"_L1).toInt()));
        }
        if (changes.isEmpty())
            continue;
        store.put(Kind::ScalableTarget, targetKey, target);
        const QString name = action.value("ScheduledActionName"_L1).toString();
        recordActivity(resourceId, dimension, tr("Setting %1").arg(changes.join(tr(" and "))),
            tr("scheduled action name %1 was triggered").arg(name),
            tr("Successfully set %1. Change successfully fulfilled by ecs.").arg(changes.join(tr(" and "))), nowMs);
        const QStringList parts = resourceId.split(QLatin1Char('/'));
        if (parts.size() != 3)
            continue;
        const QString serviceKey = m_ecs->arn("service/"_L1 + parts[1] + QLatin1Char('/') + parts[2]);
        const std::optional<ServiceRecord> service = Repository(&store).service(serviceKey);
        if (!service || service->status != ServiceStatus::Active)
            continue;
        const int current = service->desiredCount;
        const int minCapacity = target.value("MinCapacity"_L1).toInt();
        const int maxCapacity = std::max(minCapacity, target.value("MaxCapacity"_L1).toInt());
        const int desired = std::clamp(current, minCapacity, maxCapacity);
        if (desired == current)
            continue;
        setDesiredCount(serviceKey, desired);
        recordActivity(resourceId, dimension, tr("Setting desired count to %1.").arg(desired),
            desired > current ? tr("minimum capacity was set to %1").arg(minCapacity)
                              : tr("maximum capacity was set to %1").arg(maxCapacity),
            tr("Successfully set desired count to %1. Change successfully fulfilled by ecs.").arg(desired), nowMs);
    }
}

} // namespace EcsDesk::Local
