// SPDX-License-Identifier: MIT
#pragma once

#include "local/api/servicehandler.h"

#include <QCoreApplication>

namespace EcsDesk::Local {

/// CloudWatch metric alarms as records in the store (Kind::Alarm keyed by name, Kind::AlarmHistory
/// by time): writing them with their history, evaluating them over the recorded metrics, and
/// running their actions. Shared by the CloudWatch handler (PutMetricAlarm, SetAlarmState, ...),
/// the Application Auto Scaling handler (the alarms of target tracking policies) and the
/// simulation (evaluation every simulated minute).
class AlarmBook {
    Q_DECLARE_TR_FUNCTIONS(EcsDesk::Local::AlarmBook)
public:
    explicit AlarmBook(const EndpointContext& context)
        : m_context(context)
    {
    }

    static QString stateAlarm() { return QStringLiteral("ALARM"); }
    static QString stateOk() { return QStringLiteral("OK"); }
    static QString stateInsufficient() { return QStringLiteral("INSUFFICIENT_DATA"); }

    const QJsonObject* find(const QString& name) const;
    /// The alarm as DescribeAlarms answers it (without the endpoint's own bookkeeping fields).
    static QJsonObject publicView(const QJsonObject& record);
    QString alarmArn(const QString& name) const;

    /// Creates or replaces an alarm from PutMetricAlarm's fields (already checked): a new alarm
    /// starts INSUFFICIENT_DATA, an updated one keeps its state. Records the history item.
    void put(const QJsonObject& configuration, qint64 nowMs);
    /// Deletes an alarm (no-op when there is none) and records the history item.
    void remove(const QString& name, qint64 nowMs);
    /// Moves an alarm to `state`, records the StateUpdate history item and, when the state changed
    /// and actions are enabled, runs the state's actions. False when the state did not change.
    bool setState(
        const QString& name, const QString& state, const QString& reason, const QString& reasonData, qint64 nowMs);
    void setActionsEnabled(const QString& name, bool enabled, qint64 nowMs);

    /// Evaluates every metric alarm at `nowMs` over its last EvaluationPeriods complete periods.
    /// Alarms that stay in ALARM run their scaling actions again (as CloudWatch does for Auto
    /// Scaling actions, once per evaluation); the policies' cooldowns limit what that changes.
    void evaluateAll(qint64 nowMs);

    /// Writes a scaling activity as Application Auto Scaling records it (ordered by time).
    static void recordActivity(Store& store, const QString& resourceId, const QString& dimension,
        const QString& description, const QString& cause, const QString& statusMessage, qint64 nowMs);
    /// Sets a service's desiredCount (and its PRIMARY deployment's).
    static void setDesiredCount(Store& store, const QString& serviceKey, int desired);
    /// The ARN a service is stored under.
    QString serviceArn(const QString& cluster, const QString& service) const;

private:
    void addHistory(
        const QString& name, const QString& type, const QString& summary, const QJsonObject& data, qint64 nowMs);
    void runActions(const QJsonObject& alarm, const QString& state, qint64 nowMs, bool recordHistory);
    /// Applies a step scaling policy for an alarm whose latest value is `value`; false when it
    /// changed nothing (cooldown, suspended, no matching step, at the limit).
    bool executeStepPolicy(const QString& policyKey, const QJsonObject& alarm, double value, qint64 nowMs);
    /// Applies a target tracking policy for its AlarmHigh (scale out) or AlarmLow (scale in) alarm
    /// whose latest value is `value`: the desired count that brings the metric back to the target
    /// (at least one task more or less), within the cooldowns, the suspended state and the range.
    bool executeTrackingPolicy(const QString& policyKey, const QJsonObject& alarm, double value, qint64 nowMs);

    EndpointContext m_context;
};

} // namespace EcsDesk::Local
