// SPDX-License-Identifier: MIT
#pragma once

#include "api/core/serviceclient.h"

#include <QJsonArray>
#include <QStringList>

namespace EcsDesk::Api {

/// Amazon EventBridge Scheduler over restJson1 (signing name `scheduler`): the reads the Scheduled
/// Tasks view and `ecsdesk-cli schedules` need, and creating, updating and deleting schedules.
class SchedulerClient : public ServiceClient {
public:
    explicit SchedulerClient(ClientConfig config);
    static ServiceDescription description();

    /// GET /schedules (ListSchedules): summaries, with NextToken.
    AwsReply* listSchedules(const QString& nextToken = {}) const;
    /// GET /schedules/{Name}?groupName= (GetSchedule).
    AwsReply* getSchedule(const QString& name, const QString& group) const;
    /// POST /schedules/{Name} (CreateSchedule): `input` is the request's members (GroupName,
    /// ScheduleExpression, Target, ...); a ClientToken is added when missing.
    AwsReply* createSchedule(const QString& name, const QJsonObject& input) const;
    /// PUT /schedules/{Name} (UpdateSchedule): replaces the whole schedule with `input`.
    AwsReply* updateSchedule(const QString& name, const QJsonObject& input) const;
    /// DELETE /schedules/{Name}?groupName= (DeleteSchedule).
    AwsReply* deleteSchedule(const QString& name, const QString& group) const;

private:
    AwsReply* send(const QString& operation, const QByteArray& method, const QString& name, const QJsonObject& input,
        const QList<std::pair<QString, QString>>& query) const;
};

/// Amazon EventBridge rules over awsJson1_1 (`AWSEvents`, signing name `events`).
class EventsClient : public ServiceClient {
public:
    explicit EventsClient(ClientConfig config);
    static ServiceDescription description();

    AwsReply* listRules(const QString& nextToken = {}) const;
    AwsReply* listTargetsByRule(const QString& rule, const QString& nextToken = {}) const;
    /// PutRule: `input` with Name, ScheduleExpression, State, Description, ...
    AwsReply* putRule(const QJsonObject& input) const;
    AwsReply* putTargets(const QString& rule, const QJsonArray& targets) const;
    AwsReply* removeTargets(const QString& rule, const QStringList& ids) const;
    AwsReply* enableRule(const QString& name) const;
    AwsReply* disableRule(const QString& name) const;
    AwsReply* deleteRule(const QString& name) const;
};

} // namespace EcsDesk::Api
