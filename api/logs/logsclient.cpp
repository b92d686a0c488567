// SPDX-License-Identifier: MIT
#include "api/logs/logsclient.h"

namespace EcsDesk::Api {

namespace {
    QDateTime fromMillis(const QJsonValue& value)
    {
        return value.isDouble() ? QDateTime::fromMSecsSinceEpoch(qint64(value.toDouble()), Qt::UTC) : QDateTime();
    }
    void addTimes(QJsonObject& input, const QDateTime& start, const QDateTime& end)
    {
        if (start.isValid())
            input.insert(QStringLiteral("startTime"), double(start.toMSecsSinceEpoch()));
        if (end.isValid())
            input.insert(QStringLiteral("endTime"), double(end.toMSecsSinceEpoch()));
    }
} // namespace

LogStream LogStream::fromJson(const QJsonObject& json)
{
    return LogStream { json.value(QLatin1String("logStreamName")).toString(),
        json.value(QLatin1String("arn")).toString(), fromMillis(json.value(QLatin1String("creationTime"))),
        fromMillis(json.value(QLatin1String("firstEventTimestamp"))),
        fromMillis(json.value(QLatin1String("lastEventTimestamp"))), json };
}

LogEvent LogEvent::fromJson(const QJsonObject& json)
{
    return LogEvent { fromMillis(json.value(QLatin1String("timestamp"))),
        fromMillis(json.value(QLatin1String("ingestionTime"))), json.value(QLatin1String("message")).toString(),
        json.value(QLatin1String("logStreamName")).toString(), json.value(QLatin1String("eventId")).toString() };
}

LogsClient::LogsClient(ClientConfig config)
    : ServiceClient(std::move(config), description())
{
}

ServiceDescription LogsClient::description()
{
    return ServiceDescription { "logs", "Logs_20140328", "1.1", QStringLiteral("logs"),
        QStringLiteral("cloudwatch_logs") };
}

AwsReply* LogsClient::describeLogStreams(
    const QString& logGroup, const QString& prefix, bool newestFirst, const QString& nextToken, int limit) const
{
    QJsonObject input { { QStringLiteral("logGroupName"), logGroup } };
    if (!prefix.isEmpty())
        input.insert(QStringLiteral("logStreamNamePrefix"), prefix);
    else if (newestFirst) {
        input.insert(QStringLiteral("orderBy"), QStringLiteral("LastEventTime"));
        input.insert(QStringLiteral("descending"), true);
    }
    if (!nextToken.isEmpty())
        input.insert(QStringLiteral("nextToken"), nextToken);
    if (limit > 0)
        input.insert(QStringLiteral("limit"), limit);
    return call(QStringLiteral("DescribeLogStreams"), input);
}

AwsReply* LogsClient::getLogEvents(const QString& logGroup, const QString& logStream, const QDateTime& start,
    const QDateTime& end, const QString& nextToken, bool startFromHead, int limit) const
{
    QJsonObject input { { QStringLiteral("logGroupName"), logGroup }, { QStringLiteral("logStreamName"), logStream },
        { QStringLiteral("startFromHead"), startFromHead } };
    addTimes(input, start, end);
    if (!nextToken.isEmpty())
        input.insert(QStringLiteral("nextToken"), nextToken);
    if (limit > 0)
        input.insert(QStringLiteral("limit"), limit);
    return call(QStringLiteral("GetLogEvents"), input);
}

AwsReply* LogsClient::filterLogEvents(const QString& logGroup, const QString& filterPattern, const QStringList& streams,
    const QDateTime& start, const QDateTime& end, const QString& nextToken, int limit) const
{
    QJsonObject input { { QStringLiteral("logGroupName"), logGroup } };
    if (!filterPattern.isEmpty())
        input.insert(QStringLiteral("filterPattern"), filterPattern);
    if (!streams.isEmpty())
        input.insert(QStringLiteral("logStreamNames"), QJsonArray::fromStringList(streams));
    addTimes(input, start, end);
    if (!nextToken.isEmpty())
        input.insert(QStringLiteral("nextToken"), nextToken);
    if (limit > 0)
        input.insert(QStringLiteral("limit"), limit);
    return call(QStringLiteral("FilterLogEvents"), input);
}

} // namespace EcsDesk::Api
