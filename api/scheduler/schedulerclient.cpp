// SPDX-License-Identifier: MIT
#include "api/scheduler/schedulerclient.h"

#include <QJsonDocument>
#include <QUrlQuery>
#include <QUuid>

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

AwsReply* SchedulerClient::send(const QString& operation, const QByteArray& method, const QString& name,
    const QJsonObject& input, const QList<std::pair<QString, QString>>& query) const
{
    QUrl url = endpoint();
    QString base = url.path();
    if (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + QStringLiteral("/schedules/") + name); // names are [0-9a-zA-Z-_.]
    QUrlQuery urlQuery;
    for (const auto& [key, value] : query)
        urlQuery.addQueryItem(key, value); // group names and tokens are [0-9a-zA-Z-_.]
    url.setQuery(urlQuery.query(QUrl::FullyEncoded), QUrl::StrictMode);
    AwsRequest request;
    request.operation = operation;
    request.signingName = service().signingName;
    request.region = config().region;
    request.url = url;
    request.method = method;
    request.protocol = WireProtocol::RestJson;
    if (!input.isEmpty() || method != "DELETE") {
        request.body = QJsonDocument(input).toJson(QJsonDocument::Compact);
        request.headers.append({ QByteArrayLiteral("content-type"), QByteArrayLiteral("application/json") });
    }
    request.credentials = config().credentials;
    request.timeoutMs = config().timeoutMs;
    return config().transport->send(std::move(request));
}

AwsReply* SchedulerClient::createSchedule(const QString& name, const QJsonObject& input) const
{
    QJsonObject body = input;
    if (!body.contains(QLatin1String("ClientToken")))
        body.insert(QStringLiteral("ClientToken"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    return send(QStringLiteral("CreateSchedule"), "POST", name, body, {});
}

AwsReply* SchedulerClient::updateSchedule(const QString& name, const QJsonObject& input) const
{
    QJsonObject body = input;
    if (!body.contains(QLatin1String("ClientToken")))
        body.insert(QStringLiteral("ClientToken"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    return send(QStringLiteral("UpdateSchedule"), "PUT", name, body, {});
}

AwsReply* SchedulerClient::deleteSchedule(const QString& name, const QString& group) const
{
    QList<std::pair<QString, QString>> query;
    if (!group.isEmpty())
        query.append({ QStringLiteral("groupName"), group });
    query.append({ QStringLiteral("clientToken"), QUuid::createUuid().toString(QUuid::WithoutBraces) });
    return send(QStringLiteral("DeleteSchedule"), "DELETE", name, {}, query);
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

namespace EcsDesk::Api {

AwsReply* EventsClient::putRule(const QJsonObject& input) const { return callJson(QStringLiteral("PutRule"), input); }

AwsReply* EventsClient::putTargets(const QString& rule, const QJsonArray& targets) const
{
    return callJson(
        QStringLiteral("PutTargets"), { { QStringLiteral("Rule"), rule }, { QStringLiteral("Targets"), targets } });
}

AwsReply* EventsClient::removeTargets(const QString& rule, const QStringList& ids) const
{
    return callJson(QStringLiteral("RemoveTargets"),
        { { QStringLiteral("Rule"), rule }, { QStringLiteral("Ids"), QJsonArray::fromStringList(ids) } });
}

AwsReply* EventsClient::enableRule(const QString& name) const
{
    return callJson(QStringLiteral("EnableRule"), { { QStringLiteral("Name"), name } });
}

AwsReply* EventsClient::disableRule(const QString& name) const
{
    return callJson(QStringLiteral("DisableRule"), { { QStringLiteral("Name"), name } });
}

AwsReply* EventsClient::deleteRule(const QString& name) const
{
    return callJson(QStringLiteral("DeleteRule"), { { QStringLiteral("Name"), name } });
}

} // namespace EcsDesk::Api
