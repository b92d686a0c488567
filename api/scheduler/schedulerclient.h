// SPDX-License-Identifier: MIT
#pragma once

#include "api/core/serviceclient.h"

namespace EcsDesk::Api {

/// Amazon EventBridge Scheduler over restJson1 (signing name `scheduler`): the reads the Scheduled
/// Tasks view and `ecsdesk-cli schedules` need.
class SchedulerClient : public ServiceClient {
public:
    explicit SchedulerClient(ClientConfig config);
    static ServiceDescription description();

    /// GET /schedules (ListSchedules): summaries, with NextToken.
    AwsReply* listSchedules(const QString& nextToken = {}) const;
    /// GET /schedules/{Name}?groupName= (GetSchedule).
    AwsReply* getSchedule(const QString& name, const QString& group) const;
};

/// Amazon EventBridge rules over awsJson1_1 (`AWSEvents`, signing name `events`).
class EventsClient : public ServiceClient {
public:
    explicit EventsClient(ClientConfig config);
    static ServiceDescription description();

    AwsReply* listRules(const QString& nextToken = {}) const;
    AwsReply* listTargetsByRule(const QString& rule, const QString& nextToken = {}) const;
};

} // namespace EcsDesk::Api
