// SPDX-License-Identifier: MIT
#pragma once

#include "local/api/servicehandler.h"

#include <optional>

namespace EcsDesk::Local {

/// One REST call found by method and path: the operation and the input its path labels and query
/// parameters make (members named as in the service's model; the JSON body is merged in after).
struct RestCall {
    QString operation;
    QJsonObject input;
};

/// Amazon EventBridge Scheduler (restJson1, SigV4 service "scheduler"): schedules and schedule
/// groups, with the "default" group always there. Schedules are stored as GetSchedule answers;
/// the simulation (local/simulation/scheduledtasks.*) runs their ECS targets and records each
/// invocation in the schedule's `EcsDeskInvocations` (a documented local extension).
class SchedulerHandler : public ServiceHandler {
public:
    using ServiceHandler::ServiceHandler;

    /// The route table: which operation `method` on `target` (path and query) is, or nullopt.
    static std::optional<RestCall> route(const QByteArray& method, const QByteArray& target);

    bool hasOperation(const QString& operation) const override;
    QJsonObject handle(const QString& operation, const QJsonObject& input) override;

    static QString defaultGroup() { return QStringLiteral("default"); }
    /// The store key of a schedule: group, then name.
    static QString scheduleKey(const QString& group, const QString& name) { return group + QLatin1Char('/') + name; }

private:
    QJsonObject createSchedule(const QJsonObject& in);
    QJsonObject updateSchedule(const QJsonObject& in);
    QJsonObject getSchedule(const QJsonObject& in);
    QJsonObject deleteSchedule(const QJsonObject& in);
    QJsonObject listSchedules(const QJsonObject& in);
    QJsonObject createScheduleGroup(const QJsonObject& in);
    QJsonObject getScheduleGroup(const QJsonObject& in);
    QJsonObject deleteScheduleGroup(const QJsonObject& in);
    QJsonObject listScheduleGroups(const QJsonObject& in);

    /// The schedule record from a Create/Update input, checked as the service checks it.
    QJsonObject scheduleFrom(const QJsonObject& in, const QJsonObject* existing) const;
    /// The group record (the default group exists without being created).
    QJsonObject groupRecord(const QString& name) const;
    void requireGroup(const QString& name) const;
    QString arn(const QString& resource) const;
};

} // namespace EcsDesk::Local
