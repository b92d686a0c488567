// SPDX-License-Identifier: MIT
#include "local/api/logshandler.h"

#include "local/clock.h"
#include "local/store/store.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace EcsDesk::Local {

namespace {
    QString tr(const char* text) { return QCoreApplication::translate("EcsDesk::Local::LogsHandler", text); }

    const QChar separator(0x1f);

    ApiError invalid(const QString& message) { return { QStringLiteral("InvalidParameterException"), message, 400 }; }
    ApiError notFound(const QString& message) { return { QStringLiteral("ResourceNotFoundException"), message, 400 }; }

    QString streamKey(const QString& group, const QString& stream) { return group + separator + stream; }
    QString eventPrefix(const QString& group, const QString& stream) { return group + separator + stream + separator; }

    qint64 limitOf(const QJsonObject& in, qint64 defaultLimit, qint64 maximum)
    {
        const qint64 limit = Input::integer(in, "limit"_L1).value_or(defaultLimit);
        if (limit < 1 || limit > maximum)
            throw invalid(tr("1 validation error detected: Value '%1' at 'limit' failed to satisfy constraint: Member "
                             "must have value between 1 and %2")
                              .arg(limit)
                              .arg(maximum));
        return limit;
    }

    QString positionToken(char direction, qsizetype position)
    {
        return QLatin1Char(direction) + QLatin1Char('/') + QStringLiteral("%1").arg(position, 56, 10, QLatin1Char('0'));
    }

    /// Simple filter patterns: every term must occur; "quoted phrases" are one term; empty matches all.
    bool matchesPattern(const QString& message, const QString& pattern)
    {
        if (pattern.trimmed().isEmpty())
            return true;
        static const QRegularExpression terms(QStringLiteral("\"([^\"]*)\"|(\\S+)"));
        auto it = terms.globalMatch(pattern);
        while (it.hasNext()) {
            const auto match = it.next();
            const QString term = match.captured(1).isNull() ? match.captured(2) : match.captured(1);
            if (!message.contains(term))
                return false;
        }
        return true;
    }
} // namespace

bool LogsHandler::hasOperation(const QString& operation) const
{
    static const QStringList operations { QStringLiteral("CreateLogGroup"), QStringLiteral("DeleteLogGroup"),
        QStringLiteral("CreateLogStream"), QStringLiteral("DescribeLogGroups"), QStringLiteral("DescribeLogStreams"),
        QStringLiteral("PutLogEvents"), QStringLiteral("GetLogEvents"), QStringLiteral("FilterLogEvents") };
    return operations.contains(operation);
}

QJsonObject LogsHandler::handle(const QString& operation, const QJsonObject& input)
{
    if (operation == "CreateLogGroup"_L1)
        return createLogGroup(input);
    if (operation == "DeleteLogGroup"_L1)
        return deleteLogGroup(input);
    if (operation == "CreateLogStream"_L1)
        return createLogStream(input);
    if (operation == "DescribeLogGroups"_L1)
        return describeLogGroups(input);
    if (operation == "DescribeLogStreams"_L1)
        return describeLogStreams(input);
    if (operation == "PutLogEvents"_L1)
        return putLogEvents(input);
    if (operation == "GetLogEvents"_L1)
        return getLogEvents(input);
    return filterLogEvents(input);
}

QString LogsHandler::groupArn(const QString& name) const
{
    return "arn:aws:logs:"_L1 + m_context.region + QLatin1Char(':') + m_context.accountId + ":log-group:"_L1 + name;
}

const QJsonObject& LogsHandler::requireGroup(const QString& name) const
{
    const QJsonObject* group = m_context.store->find(Kind::LogGroup, name);
    if (!group)
        throw notFound(tr("The specified log group does not exist."));
    return *group;
}

void LogsHandler::appendEvent(Store& store, const QString& group, const QString& stream, qint64 timestampMs,
    const QString& message, qint64 ingestionMs)
{
    appendEvents(store, group, stream, { Event { timestampMs, message, ingestionMs } });
}

void LogsHandler::appendEvents(Store& store, const QString& group, const QString& stream, const QList<Event>& events)
{
    if (events.isEmpty())
        return;
    const QString key = streamKey(group, stream);
    QJsonObject streamRecord = *store.find(Kind::LogStream, key);
    qint64 sequence = streamRecord.value("seq"_L1).toInteger();
    qint64 first = streamRecord.contains("firstEventTimestamp"_L1)
        ? streamRecord.value("firstEventTimestamp"_L1).toInteger()
        : std::numeric_limits<qint64>::max();
    qint64 last = streamRecord.value("lastEventTimestamp"_L1).toInteger();
    qint64 bytes = streamRecord.value("storedBytes"_L1).toInteger();
    qint64 ingestion = 0;
    const QString prefix = eventPrefix(group, stream);
    for (const Event& event : events) {
        ++sequence;
        first = std::min(first, event.timestampMs);
        last = std::max(last, event.timestampMs);
        bytes += event.message.toUtf8().size();
        ingestion = event.ingestionMs;
        const QString eventKey = prefix + QStringLiteral("%1").arg(event.timestampMs, 15, 10, QLatin1Char('0'))
            + QStringLiteral("%1").arg(sequence, 12, 10, QLatin1Char('0'));
        store.put(Kind::LogEvent, eventKey,
            { { "timestamp"_L1, event.timestampMs }, { "message"_L1, event.message },
                { "ingestionTime"_L1, event.ingestionMs }, { "eventId"_L1, QString::number(sequence) } });
    }
    streamRecord["seq"_L1] = sequence;
    streamRecord["firstEventTimestamp"_L1] = first;
    streamRecord["lastEventTimestamp"_L1] = last;
    streamRecord["lastIngestionTime"_L1] = ingestion;
    streamRecord["storedBytes"_L1] = bytes;
    store.put(Kind::LogStream, key, streamRecord);
}

bool LogsHandler::hasGroup(const Store& store, const QString& group)
{
    return store.find(Kind::LogGroup, group) != nullptr;
}

void LogsHandler::ensureGroup(
    Store& store, const QString& name, const QString& region, const QString& accountId, qint64 nowMs)
{
    if (store.find(Kind::LogGroup, name))
        return;
    const QString arn = "arn:aws:logs:"_L1 + region + QLatin1Char(':') + accountId + ":log-group:"_L1 + name;
    store.put(Kind::LogGroup, name,
        { { "logGroupName"_L1, name }, { "creationTime"_L1, nowMs }, { "metricFilterCount"_L1, 0 },
            { "arn"_L1, QString(arn + ":*"_L1) }, { "logGroupArn"_L1, arn }, { "storedBytes"_L1, 0 } });
}

void LogsHandler::ensureStream(Store& store, const QString& group, const QString& stream, const QString& region,
    const QString& accountId, qint64 nowMs)
{
    if (store.find(Kind::LogStream, streamKey(group, stream)))
        return;
    const QString arn = "arn:aws:logs:"_L1 + region + QLatin1Char(':') + accountId + ":log-group:"_L1 + group
        + ":log-stream:"_L1 + stream;
    store.put(Kind::LogStream, streamKey(group, stream),
        { { "logStreamName"_L1, stream }, { "creationTime"_L1, nowMs }, { "arn"_L1, arn }, { "storedBytes"_L1, 0 },
            { "seq"_L1, 0 } });
}

QJsonObject LogsHandler::createLogGroup(const QJsonObject& in)
{
    const QString name = Input::string(in, "logGroupName"_L1);
    static const QRegularExpression pattern(QStringLiteral("^[\\.\\-_/#A-Za-z0-9]{1,512}$"));
    if (!pattern.match(name).hasMatch())
        throw invalid(tr("1 validation error detected: Value '%1' at 'logGroupName' failed to satisfy constraint: "
                         "Member must satisfy regular expression pattern: [\\.\\-_/#A-Za-z0-9]+")
                          .arg(name));
    if (m_context.store->find(Kind::LogGroup, name))
        throw ApiError { QStringLiteral("ResourceAlreadyExistsException"), tr("The specified log group already exists"),
            400 };
    QJsonObject group { { "logGroupName"_L1, name }, { "creationTime"_L1, m_context.clock->now().toMSecsSinceEpoch() },
        { "metricFilterCount"_L1, 0 }, { "arn"_L1, QString(groupArn(name) + ":*"_L1) },
        { "logGroupArn"_L1, groupArn(name) }, { "storedBytes"_L1, 0 } };
    if (const auto retention = Input::integer(in, "retentionInDays"_L1))
        group["retentionInDays"_L1] = *retention;
    if (!Input::string(in, "logGroupClass"_L1).isEmpty())
        group["logGroupClass"_L1] = Input::string(in, "logGroupClass"_L1);
    m_context.store->put(Kind::LogGroup, name, group);
    return {};
}

QJsonObject LogsHandler::deleteLogGroup(const QJsonObject& in)
{
    const QString name = Input::requiredString(in, "logGroupName"_L1);
    requireGroup(name);
    m_context.store->remove(Kind::LogGroup, name);
    for (const Kind kind : { Kind::LogStream, Kind::LogEvent }) {
        const Store::Collection& all = m_context.store->collection(kind);
        QStringList keys;
        for (auto it = all.lower_bound(name + separator); it != all.end() && it->first.startsWith(name + separator);
             ++it)
            keys.append(it->first);
        for (const QString& key : keys)
            m_context.store->remove(kind, key);
    }
    return {};
}

QJsonObject LogsHandler::createLogStream(const QJsonObject& in)
{
    const QString group = Input::requiredString(in, "logGroupName"_L1);
    const QString stream = Input::string(in, "logStreamName"_L1);
    if (stream.isEmpty() || stream.size() > 512 || stream.contains(QLatin1Char(':'))
        || stream.contains(QLatin1Char('*')))
        throw invalid(tr("1 validation error detected: Value '%1' at 'logStreamName' failed to satisfy constraint: "
                         "Member must satisfy regular expression pattern: [^:*]*")
                          .arg(stream));
    requireGroup(group);
    if (m_context.store->find(Kind::LogStream, streamKey(group, stream)))
        throw ApiError { QStringLiteral("ResourceAlreadyExistsException"),
            tr("The specified log stream already exists"), 400 };
    m_context.store->put(Kind::LogStream, streamKey(group, stream),
        { { "logStreamName"_L1, stream }, { "creationTime"_L1, m_context.clock->now().toMSecsSinceEpoch() },
            { "arn"_L1, QString(groupArn(group) + ":log-stream:"_L1 + stream) }, { "storedBytes"_L1, 0 },
            { "seq"_L1, 0 } });
    return {};
}

QJsonObject LogsHandler::describeLogGroups(const QJsonObject& in)
{
    const QString prefix = Input::string(in, "logGroupNamePrefix"_L1);
    const qint64 limit = limitOf(in, 50, 50);
    const Input::Page page = Input::page(in, 50, 50, QLatin1String("unusedMax"));
    QJsonArray groups;
    QString next;
    const Store::Collection& all = m_context.store->collection(Kind::LogGroup);
    for (auto it = page.after.isEmpty() ? all.lower_bound(prefix) : all.upper_bound(page.after);
         it != all.end() && it->first.startsWith(prefix); ++it) {
        if (groups.size() == limit) {
            next = Input::encodeToken(groups.last().toObject().value("logGroupName"_L1).toString());
            break;
        }
        groups.append(it->second);
    }
    QJsonObject out { { "logGroups"_L1, groups } };
    if (!next.isEmpty())
        out["nextToken"_L1] = next;
    return out;
}

QJsonObject LogsHandler::describeLogStreams(const QJsonObject& in)
{
    QString group = Input::string(in, "logGroupName"_L1);
    if (group.isEmpty())
        group = Input::string(in, "logGroupIdentifier"_L1).section(QLatin1Char(':'), -1);
    if (group.isEmpty())
        throw invalid(tr("Either logGroupName or logGroupIdentifier must be given."));
    requireGroup(group);
    const QString prefix = Input::string(in, "logStreamNamePrefix"_L1);
    QString orderBy = Input::string(in, "orderBy"_L1);
    if (orderBy.isEmpty())
        orderBy = QStringLiteral("LogStreamName");
    Input::requireOneOf(orderBy, "orderBy"_L1, { QStringLiteral("LogStreamName"), QStringLiteral("LastEventTime") });
    if (orderBy == "LastEventTime"_L1 && !prefix.isEmpty())
        throw invalid(tr("Cannot order by LastEventTime with a logStreamNamePrefix."));
    const bool descending = Input::boolean(in, "descending"_L1).value_or(false);
    const qint64 limit = limitOf(in, 50, 50);
    const Input::Page page = Input::page(in, 50, 50, QLatin1String("unusedMax"));

    QList<QJsonObject> streams;
    const Store::Collection& all = m_context.store->collection(Kind::LogStream);
    const QString start = streamKey(group, prefix);
    for (auto it = all.lower_bound(start); it != all.end() && it->first.startsWith(start); ++it) {
        QJsonObject stream = it->second;
        stream.remove("seq"_L1);
        stream["uploadSequenceToken"_L1] = QString::number(it->second.value("seq"_L1).toInteger() + 1);
        streams.append(stream);
    }
    if (orderBy == "LastEventTime"_L1) {
        std::stable_sort(streams.begin(), streams.end(), [](const QJsonObject& a, const QJsonObject& b) {
            return a.value("lastEventTimestamp"_L1).toInteger() < b.value("lastEventTimestamp"_L1).toInteger();
        });
    }
    if (descending)
        std::reverse(streams.begin(), streams.end());
    const qsizetype from = page.after.isEmpty() ? 0 : page.after.toLongLong();
    QJsonArray out;
    for (qsizetype i = from; i < streams.size() && out.size() < limit; ++i)
        out.append(streams[i]);
    QJsonObject result { { "logStreams"_L1, out } };
    if (from + out.size() < streams.size())
        result["nextToken"_L1] = Input::encodeToken(QString::number(from + out.size()));
    return result;
}

QJsonObject LogsHandler::putLogEvents(const QJsonObject& in)
{
    const QString group = Input::requiredString(in, "logGroupName"_L1);
    const QString stream = Input::requiredString(in, "logStreamName"_L1);
    const QJsonArray events = Input::array(in, "logEvents"_L1);
    if (events.isEmpty() || events.size() > 10000)
        throw invalid(tr("logEvents must contain between 1 and 10000 events."));
    requireGroup(group);
    if (!m_context.store->find(Kind::LogStream, streamKey(group, stream)))
        throw notFound(tr("The specified log stream does not exist."));
    const qint64 now = m_context.clock->now().toMSecsSinceEpoch();
    qint64 previous = std::numeric_limits<qint64>::min();
    qsizetype bytes = 0;
    for (const QJsonValue& value : events) {
        const QJsonObject event = value.toObject();
        const auto timestamp = Input::integer(event, "timestamp"_L1);
        if (!timestamp || !event.value("message"_L1).isString())
            throw invalid(tr("Each log event needs a timestamp and a message."));
        if (*timestamp < previous)
            throw invalid(tr("Log events in a single PutLogEvents request must be in chronological order."));
        previous = *timestamp;
        bytes += event.value("message"_L1).toString().toUtf8().size() + 26;
    }
    if (bytes > 1048576)
        throw invalid(tr("The batch of log events is larger than 1,048,576 bytes."));
    const qint64 tooOld = now - 14LL * 24 * 3600 * 1000, tooNew = now + 2LL * 3600 * 1000;
    qsizetype tooOldEnd = -1, tooNewStart = -1;
    for (qsizetype i = 0; i < events.size(); ++i) {
        const QJsonObject event = events[i].toObject();
        const qint64 timestamp = event.value("timestamp"_L1).toInteger();
        if (timestamp < tooOld) {
            tooOldEnd = i + 1;
            continue;
        }
        if (timestamp > tooNew) {
            if (tooNewStart < 0)
                tooNewStart = i;
            continue;
        }
        appendEvent(*m_context.store, group, stream, timestamp, event.value("message"_L1).toString(), now);
    }
    const QJsonObject* streamRecord = m_context.store->find(Kind::LogStream, streamKey(group, stream));
    QJsonObject out { { "nextSequenceToken"_L1, QString::number(streamRecord->value("seq"_L1).toInteger() + 1) } };
    if (tooOldEnd >= 0 || tooNewStart >= 0) {
        QJsonObject rejected;
        if (tooOldEnd >= 0)
            rejected["tooOldLogEventEndIndex"_L1] = tooOldEnd;
        if (tooNewStart >= 0)
            rejected["tooNewLogEventStartIndex"_L1] = tooNewStart;
        out["rejectedLogEventsInfo"_L1] = rejected;
    }
    return out;
}

QJsonObject LogsHandler::getLogEvents(const QJsonObject& in)
{
    QString group = Input::string(in, "logGroupName"_L1);
    if (group.isEmpty())
        group = Input::string(in, "logGroupIdentifier"_L1).section(QLatin1Char(':'), -1);
    const QString stream = Input::requiredString(in, "logStreamName"_L1);
    requireGroup(group);
    if (!m_context.store->find(Kind::LogStream, streamKey(group, stream)))
        throw notFound(tr("The specified log stream does not exist."));
    const qint64 limit = limitOf(in, 10000, 10000);
    const auto startTime = Input::integer(in, "startTime"_L1);
    const auto endTime = Input::integer(in, "endTime"_L1);
    const bool fromHead = Input::boolean(in, "startFromHead"_L1).value_or(false);
    const QString token = Input::string(in, "nextToken"_L1);

    // The stream's events in the time window, oldest first; tokens are positions in this list.
    QList<const QJsonObject*> window;
    const Store::Collection& all = m_context.store->collection(Kind::LogEvent);
    const QString prefix = eventPrefix(group, stream);
    for (auto it = all.lower_bound(prefix); it != all.end() && it->first.startsWith(prefix); ++it) {
        const qint64 at = it->second.value("timestamp"_L1).toInteger();
        if ((startTime && at < *startTime) || (endTime && at >= *endTime))
            continue;
        window.append(&it->second);
    }
    qsizetype begin = 0, end = 0;
    if (!token.isEmpty()) {
        static const QRegularExpression pattern(QStringLiteral("^([fb])/(\\d{1,56})$"));
        const auto match = pattern.match(token);
        if (!match.hasMatch())
            throw invalid(tr("The specified nextToken is invalid."));
        const qsizetype position = std::min<qsizetype>(match.captured(2).toLongLong(), window.size());
        if (match.captured(1) == "f"_L1) {
            begin = position;
            end = std::min<qsizetype>(position + limit, window.size());
        } else {
            end = position;
            begin = std::max<qsizetype>(0, position - limit);
        }
    } else if (fromHead) {
        begin = 0;
        end = std::min<qsizetype>(limit, window.size());
    } else {
        end = window.size();
        begin = std::max<qsizetype>(0, end - limit);
    }
    QJsonArray events;
    for (qsizetype i = begin; i < end; ++i) {
        const QJsonObject& event = *window[i];
        events.append(QJsonObject { { "timestamp"_L1, event.value("timestamp"_L1) },
            { "message"_L1, event.value("message"_L1) }, { "ingestionTime"_L1, event.value("ingestionTime"_L1) } });
    }
    return { { "events"_L1, events }, { "nextForwardToken"_L1, positionToken('f', end) },
        { "nextBackwardToken"_L1, positionToken('b', begin) } };
}

QJsonObject LogsHandler::filterLogEvents(const QJsonObject& in)
{
    QString group = Input::string(in, "logGroupName"_L1);
    if (group.isEmpty())
        group = Input::string(in, "logGroupIdentifier"_L1).section(QLatin1Char(':'), -1);
    requireGroup(group);
    const QStringList streamNames = Input::stringList(in, "logStreamNames"_L1);
    const QString streamPrefix = Input::string(in, "logStreamNamePrefix"_L1);
    if (!streamNames.isEmpty() && !streamPrefix.isEmpty())
        throw invalid(tr("logStreamNames and logStreamNamePrefix are mutually exclusive."));
    const auto startTime = Input::integer(in, "startTime"_L1);
    const auto endTime = Input::integer(in, "endTime"_L1);
    const QString pattern = Input::string(in, "filterPattern"_L1);
    const qint64 limit = limitOf(in, 10000, 10000);
    const Input::Page page = Input::page(in, 1, 1, QLatin1String("unusedMax"));

    struct Hit {
        qint64 timestamp;
        QString key;
        QString stream;
    };
    QList<Hit> hits;
    const Store::Collection& all = m_context.store->collection(Kind::LogEvent);
    const QString groupPrefix = group + separator;
    for (auto it = all.lower_bound(groupPrefix); it != all.end() && it->first.startsWith(groupPrefix); ++it) {
        const QString stream = it->first.mid(groupPrefix.size()).section(separator, 0, 0);
        if (!streamNames.isEmpty() && !streamNames.contains(stream))
            continue;
        if (!streamPrefix.isEmpty() && !stream.startsWith(streamPrefix))
            continue;
        const qint64 at = it->second.value("timestamp"_L1).toInteger();
        if ((startTime && at < *startTime) || (endTime && at > *endTime))
            continue;
        if (!matchesPattern(it->second.value("message"_L1).toString(), pattern))
            continue;
        hits.append({ at, it->first, stream });
    }
    std::stable_sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) { return a.timestamp < b.timestamp; });
    const qsizetype from = page.after.isEmpty() ? 0 : page.after.toLongLong();
    QJsonArray events;
    qsizetype i = from;
    for (; i < hits.size() && events.size() < limit; ++i) {
        const QJsonObject& event = *m_context.store->find(Kind::LogEvent, hits[i].key);
        events.append(
            QJsonObject { { "logStreamName"_L1, hits[i].stream }, { "timestamp"_L1, event.value("timestamp"_L1) },
                { "message"_L1, event.value("message"_L1) }, { "ingestionTime"_L1, event.value("ingestionTime"_L1) },
                { "eventId"_L1, QString(hits[i].stream + QLatin1Char('-') + event.value("eventId"_L1).toString()) } });
    }
    QJsonArray searched;
    const Store::Collection& streams = m_context.store->collection(Kind::LogStream);
    for (auto it = streams.lower_bound(groupPrefix); it != streams.end() && it->first.startsWith(groupPrefix); ++it) {
        const QString stream = it->second.value("logStreamName"_L1).toString();
        if ((!streamNames.isEmpty() && !streamNames.contains(stream))
            || (!streamPrefix.isEmpty() && !stream.startsWith(streamPrefix)))
            continue;
        searched.append(QJsonObject { { "logStreamName"_L1, stream }, { "searchedCompletely"_L1, true } });
    }
    QJsonObject out { { "events"_L1, events }, { "searchedLogStreams"_L1, searched } };
    if (i < hits.size())
        out["nextToken"_L1] = Input::encodeToken(QString::number(i));
    return out;
}

} // namespace EcsDesk::Local
