// SPDX-License-Identifier: MIT
#include "local/simulation/simulation.h"
#include "local/simulation/simulationdetail.h"

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

// Service auto scaling: target tracking, step scaling on modelled alarms, scheduled actions.

namespace EcsDesk::Local {

using namespace SimulationDetail;

void Simulation::setDesiredCount(const QString& serviceKey, int desired)
{
    QJsonObject service = *m_context.store->find(Kind::Service, serviceKey);
    service["desiredCount"_L1] = desired;
    QJsonArray deployments = service.value("deployments"_L1).toArray();
    if (!deployments.isEmpty()) {
        QJsonObject primary = deployments[0].toObject();
        primary["desiredCount"_L1] = desired;
        deployments[0] = primary;
        service["deployments"_L1] = deployments;
    }
    m_context.store->put(Kind::Service, serviceKey, service);
}

void Simulation::stepAutoScaling(qint64 nowMs)
{
    Store& store = *m_context.store;
    const QChar separator(0x1f);
    const QString prefix = "ecs"_L1 + separator;
    std::vector<std::pair<QString, QJsonObject>> policies;
    const Store::Collection& all = store.collection(Kind::ScalingPolicy);
    for (auto it = all.lower_bound(prefix); it != all.end() && it->first.startsWith(prefix); ++it) {
        if (it->second.value("PolicyType"_L1).toString() == "TargetTrackingScaling"_L1)
            policies.emplace_back(it->first, it->second);
    }
    for (const auto& [policyKey, policy] : policies) {
        const QString resourceId = policy.value("ResourceId"_L1).toString(); // service/<cluster>/<service>
        const QStringList parts = resourceId.split(QLatin1Char('/'));
        if (parts.size() != 3)
            continue;
        const QString targetKey = prefix + resourceId + separator + policy.value("ScalableDimension"_L1).toString();
        const QJsonObject* target = store.find(Kind::ScalableTarget, targetKey);
        const QString serviceKey = m_ecs->arn("service/"_L1 + parts[1] + QLatin1Char('/') + parts[2]);
        const QJsonObject* service = store.find(Kind::Service, serviceKey);
        if (!target || !service || serviceStatus(*service) != ServiceStatus::Active)
            continue;
        const QJsonObject suspended = target->value("SuspendedState"_L1).toObject();
        const QJsonObject configuration = policy.value("TargetTrackingScalingPolicyConfiguration"_L1).toObject();
        const double targetValue = configuration.value("TargetValue"_L1).toDouble();
        const QString metricType = configuration.value("PredefinedMetricSpecification"_L1)
                                       .toObject()
                                       .value("PredefinedMetricType"_L1)
                                       .toString();
        const bool memory = metricType == "ECSServiceAverageMemoryUtilization"_L1;
        if (!memory && metricType != "ECSServiceAverageCPUUtilization"_L1)
            continue; // custom metrics are not modelled
        const auto history = m_serviceUsage.value(parts[1] + QLatin1Char('/') + parts[2]);
        auto average = [&](int minutes, bool* complete) {
            double sum = 0;
            int n = 0;
            for (qsizetype i = history.size() - 1; i >= 0 && n < minutes; --i, ++n)
                sum += memory ? std::get<2>(history[i]) : std::get<1>(history[i]);
            *complete = n == minutes;
            return n ? sum / n : 0.0;
        };
        const int current = service->value("desiredCount"_L1).toInt();
        const int minCapacity = target->value("MinCapacity"_L1).toInt();
        const int maxCapacity = target->value("MaxCapacity"_L1).toInt();
        // As the alarms Application Auto Scaling creates: high = 3 of 3 minutes above the target,
        // low = 15 of 15 minutes below 90% of it.
        bool highComplete = false, lowComplete = false;
        const double high = average(3, &highComplete);
        const double low = average(15, &lowComplete);
        bool allHigh = highComplete, allLow = lowComplete;
        for (qsizetype i = history.size() - 1, n = 0; i >= 0 && n < 15; --i, ++n) {
            const double value = memory ? std::get<2>(history[i]) : std::get<1>(history[i]);
            if (n < 3)
                allHigh = allHigh && value > targetValue;
            allLow = allLow && value < targetValue * 0.9;
        }
        int desired = current;
        QString direction;
        const qint64 outCooldown = configuration.value("ScaleOutCooldown"_L1).toInt(300) * 1000LL;
        const qint64 inCooldown = configuration.value("ScaleInCooldown"_L1).toInt(300) * 1000LL;
        if (allHigh && !suspended.value("DynamicScalingOutSuspended"_L1).toBool()
            && nowMs - m_lastScaleOut.value(policyKey, 0) >= outCooldown) {
            desired = std::min(maxCapacity, std::max(current + 1, int(std::ceil(current * high / targetValue))));
            direction = QStringLiteral("AlarmHigh");
        } else if (allLow && !configuration.value("DisableScaleIn"_L1).toBool()
            && !suspended.value("DynamicScalingInSuspended"_L1).toBool()
            && nowMs - m_lastScaleIn.value(policyKey, 0) >= inCooldown
            && nowMs - m_lastScaleOut.value(policyKey, 0) >= inCooldown) {
            desired = std::max(minCapacity, std::min(current - 1, int(std::ceil(current * low / targetValue))));
            direction = QStringLiteral("AlarmLow");
        }
        desired = std::clamp(desired, minCapacity, std::max(minCapacity, maxCapacity));
        if (desired == current || direction.isEmpty())
            continue;
        (direction == "AlarmHigh"_L1 ? m_lastScaleOut : m_lastScaleIn).insert(policyKey, nowMs);
        setDesiredCount(serviceKey, desired);
        QString alarmName;
        for (const QJsonValue& alarm : policy.value("Alarms"_L1).toArray()) {
            if (alarm.toObject().value("AlarmName"_L1).toString().contains(direction))
                alarmName = alarm.toObject().value("AlarmName"_L1).toString();
        }
        recordActivity(resourceId, policy.value("ScalableDimension"_L1).toString(),
            tr("Setting desired count to %1.").arg(desired),
            tr("monitor alarm %1 in state ALARM triggered policy %2")
                .arg(alarmName, policy.value("PolicyName"_L1).toString()),
            tr("Successfully set desired count to %1. Change successfully fulfilled by ecs.").arg(desired), nowMs);
    }
    stepStepScaling(nowMs);
}

void Simulation::recordActivity(const QString& resourceId, const QString& dimension, const QString& description,
    const QString& cause, const QString& statusMessage, qint64 nowMs)
{
    const QChar separator(0x1f);
    const QString activityId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QJsonObject activity { { "ActivityId"_L1, activityId }, { "ServiceNamespace"_L1, "ecs"_L1 },
        { "ResourceId"_L1, resourceId }, { "ScalableDimension"_L1, dimension }, { "Description"_L1, description },
        { "Cause"_L1, cause }, { "StartTime"_L1, seconds(nowMs) }, { "EndTime"_L1, seconds(nowMs) + 0.5 },
        { "StatusCode"_L1, "Successful"_L1 }, { "StatusMessage"_L1, statusMessage } };
    // Ordered by time, then by the order recorded within the same millisecond.
    m_context.store->put(Kind::ScalingActivity,
        "ecs"_L1 + separator + resourceId + separator + QStringLiteral("%1").arg(nowMs, 15, 10, QLatin1Char('0'))
            + QStringLiteral("%1").arg(++m_activitySequence % 1000000, 6, 10, QLatin1Char('0')) + activityId,
        activity);
}

void Simulation::setScalingAlarm(const QString& resourceId, const QString& policyName, const ScalingAlarm& alarm)
{
    m_alarms.insert(resourceId + QChar(0x1f) + policyName, alarm);
}

Simulation::ScalingAlarm Simulation::scalingAlarm(const QJsonObject& policy) const
{
    const auto it = m_alarms.constFind(
        policy.value("ResourceId"_L1).toString() + QChar(0x1f) + policy.value("PolicyName"_L1).toString());
    if (it != m_alarms.cend())
        return *it;
    // Without one set: CPU (memory when the policy's name says so), high for a policy whose steps
    // add tasks, low for one that removes them.
    ScalingAlarm alarm;
    const QString name = policy.value("PolicyName"_L1).toString();
    alarm.memory = name.contains("memory"_L1, Qt::CaseInsensitive);
    bool adds = true;
    for (const QJsonValue& step :
        policy.value("StepScalingPolicyConfiguration"_L1).toObject().value("StepAdjustments"_L1).toArray())
        adds = adds && step.toObject().value("ScalingAdjustment"_L1).toDouble() > 0;
    alarm.above = adds;
    alarm.threshold = adds ? 75 : 25;
    return alarm;
}

void Simulation::stepStepScaling(qint64 nowMs)
{
    // Step scaling: the policy's alarm (modelled here on the service's average CPU or memory use per
    // minute) is in ALARM when its last EvaluationPeriods minutes all breach the threshold; then the
    // step adjustment whose bounds hold the breach (metric - threshold) applies, once per Cooldown.
    Store& store = *m_context.store;
    const QChar separator(0x1f);
    const QString prefix = "ecs"_L1 + separator;
    std::vector<std::pair<QString, QJsonObject>> policies;
    const Store::Collection& all = store.collection(Kind::ScalingPolicy);
    for (auto it = all.lower_bound(prefix); it != all.end() && it->first.startsWith(prefix); ++it) {
        if (it->second.value("PolicyType"_L1).toString() == "StepScaling"_L1)
            policies.emplace_back(it->first, it->second);
    }
    for (const auto& [policyKey, policy] : policies) {
        const QString resourceId = policy.value("ResourceId"_L1).toString();
        const QStringList parts = resourceId.split(QLatin1Char('/'));
        if (parts.size() != 3)
            continue;
        const QString dimension = policy.value("ScalableDimension"_L1).toString();
        const QJsonObject* target = store.find(Kind::ScalableTarget, prefix + resourceId + separator + dimension);
        const QString serviceKey = m_ecs->arn("service/"_L1 + parts[1] + QLatin1Char('/') + parts[2]);
        const QJsonObject* service = store.find(Kind::Service, serviceKey);
        if (!target || !service || serviceStatus(*service) != ServiceStatus::Active)
            continue;
        const ScalingAlarm alarm = scalingAlarm(policy);
        const auto history = m_serviceUsage.value(parts[1] + QLatin1Char('/') + parts[2]);
        if (history.size() < alarm.evaluationPeriods || history.isEmpty())
            continue;
        bool breaching = true;
        for (qsizetype i = history.size() - alarm.evaluationPeriods; i < history.size(); ++i) {
            const double value = alarm.memory ? std::get<2>(history[i]) : std::get<1>(history[i]);
            breaching = breaching && (alarm.above ? value >= alarm.threshold : value <= alarm.threshold);
        }
        // Only on fresh data: the latest minute must be the one just recorded.
        if (!breaching || nowMs - std::get<0>(history.last()) > 2 * minuteMs)
            continue;
        const QJsonObject configuration = policy.value("StepScalingPolicyConfiguration"_L1).toObject();
        const qint64 cooldown = configuration.value("Cooldown"_L1).toInt(300) * 1000LL;
        const auto last = m_lastStep.constFind(policyKey);
        if (last != m_lastStep.cend() && nowMs - *last < cooldown)
            continue;
        const QJsonObject suspended = target->value("SuspendedState"_L1).toObject();
        const double value = alarm.memory ? std::get<2>(history.last()) : std::get<1>(history.last());
        const double breach = value - alarm.threshold;
        std::optional<double> adjustment;
        for (const QJsonValue& item : configuration.value("StepAdjustments"_L1).toArray()) {
            const QJsonObject step = item.toObject();
            const QJsonValue lower = step.value("MetricIntervalLowerBound"_L1);
            const QJsonValue upper = step.value("MetricIntervalUpperBound"_L1);
            if ((lower.isDouble() && breach < lower.toDouble()) || (upper.isDouble() && breach >= upper.toDouble()))
                continue;
            adjustment = step.value("ScalingAdjustment"_L1).toDouble();
            break;
        }
        if (!adjustment)
            continue;
        const int current = service->value("desiredCount"_L1).toInt();
        const QString type = configuration.value("AdjustmentType"_L1).toString();
        int desired = current;
        if (type == "ExactCapacity"_L1) {
            desired = int(*adjustment);
        } else if (type == "PercentChangeInCapacity"_L1) {
            double change = current * *adjustment / 100.0;
            change = change < 0 ? std::floor(change) : std::ceil(change);
            const int magnitude = configuration.value("MinAdjustmentMagnitude"_L1).toInt(0);
            if (magnitude > 0 && std::abs(change) < magnitude)
                change = change < 0 ? -magnitude : magnitude;
            desired = current + int(change);
        } else {
            desired = current + int(*adjustment);
        }
        const int minCapacity = target->value("MinCapacity"_L1).toInt();
        const int maxCapacity = std::max(minCapacity, target->value("MaxCapacity"_L1).toInt());
        desired = std::clamp(desired, minCapacity, maxCapacity);
        if ((desired > current && suspended.value("DynamicScalingOutSuspended"_L1).toBool())
            || (desired < current && suspended.value("DynamicScalingInSuspended"_L1).toBool()))
            continue;
        m_lastStep.insert(policyKey, nowMs);
        if (desired == current)
            continue;
        setDesiredCount(serviceKey, desired);
        recordActivity(resourceId, dimension, tr("Setting desired count to %1.").arg(desired),
            tr("monitor alarm %1 in state ALARM triggered policy %2")
                .arg(alarm.name.isEmpty()
                        ? "StepScaling-"_L1 + resourceId + QLatin1Char('-') + policy.value("PolicyName"_L1).toString()
                        : alarm.name,
                    policy.value("PolicyName"_L1).toString()),
            tr("Successfully set desired count to %1. Change successfully fulfilled by ecs.").arg(desired), nowMs);
    }
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
        const qint64 startMs = qint64(action.value("StartTime"_L1).toDouble() * 1000);
        const qint64 endMs = action.contains("EndTime"_L1) ? qint64(action.value("EndTime"_L1).toDouble() * 1000)
                                                           : std::numeric_limits<qint64>::max();
        const qint64 anchorMs = startMs > 0 ? startMs : qint64(action.value("CreationTime"_L1).toDouble() * 1000);
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
        const QJsonObject* service = store.find(Kind::Service, serviceKey);
        if (!service || serviceStatus(*service) != ServiceStatus::Active)
            continue;
        const int current = service->value("desiredCount"_L1).toInt();
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
