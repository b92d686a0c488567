// SPDX-License-Identifier: MIT
#include "api/scheduler/schedulerclient.h"

namespace EcsDesk::Api {

SchedulerClient::SchedulerClient(ClientConfig config)
    : ServiceClient(std::move(config), description())
{
}

ServiceDescription SchedulerClient::description()
{
    return ServiceDescription { "scheduler", QByteArray(), "1.1", QStringLiteral("scheduler"),
        QStringLiteral("scheduler") };
}

AwsReply* SchedulerClient::listSchedules(const QString& nextToken) const
{
    QList<std::pair<QString, QString>> query;
    if (!nextToken.isEmpty())
        query.append({ QStringLiteral("NextToken"), nextToken });
    return callRest(QStringLiteral("ListSchedules"), "GET", QStringLiteral("/schedules"), query, {}, true);
}

AwsReply* SchedulerClient::getSchedule(const QString& name, const QString& group) const
{
    QList<std::pair<QString, QString>> query;
    if (!group.isEmpty())
        query.append({ QStringLiteral("groupName"), group });
    return callRest(QStringLiteral("GetSchedule"), "GET", QStringLiteral("/schedules/") + name, query, {},
        true); // names are [0-9a-zA-Z-_.]
}

EventsClient::EventsClient(ClientConfig config)
    : ServiceClient(std::move(config), description())
{
}

ServiceDescription EventsClient::description()
{
    return ServiceDescription { "events", "AWSEvents", "1.1", QStringLiteral("events"), QStringLiteral("eventbridge") };
}

AwsReply* EventsClient::listRules(const QString& nextToken) const
{
    QJsonObject input;
    if (!nextToken.isEmpty())
        input.insert(QStringLiteral("NextToken"), nextToken);
    return callJson(QStringLiteral("ListRules"), input);
}

AwsReply* EventsClient::listTargetsByRule(const QString& rule, const QString& nextToken) const
{
    QJsonObject input { { QStringLiteral("Rule"), rule } };
    if (!nextToken.isEmpty())
        input.insert(QStringLiteral("NextToken"), nextToken);
    return callJson(QStringLiteral("ListTargetsByRule"), input);
}

} // namespace EcsDesk::Api
