// SPDX-License-Identifier: MIT
#include "models/logs/logfollower.h"

#include <QJsonArray>
#include <QTimer>

namespace EcsDesk::Models {

namespace {

    QList<Api::LogEvent> eventsOf(const QJsonObject& answer)
    {
        QList<Api::LogEvent> events;
        const QJsonArray array = answer.value(QLatin1String("events")).toArray();
        events.reserve(array.size());
        for (const QJsonValue& value : array)
            events.append(Api::LogEvent::fromJson(value.toObject()));
        return events;
    }

    void drop(QPointer<Api::AwsReply>& reply, QObject* receiver)
    {
        if (Api::AwsReply* r = reply.data()) {
            reply.clear();
            r->disconnect(receiver);
            r->abort();
            r->deleteLater();
        }
    }

} // namespace

LogStreamFollower::LogStreamFollower(
    const Api::LogsClient* client, const QString& group, const QString& stream, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_group(group)
    , m_stream(stream)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &LogStreamFollower::poll);
}

LogStreamFollower::~LogStreamFollower()
{
    drop(m_forward, this);
    drop(m_backward, this);
}

void LogStreamFollower::start(int limit)
{
    drop(m_forward, this);
    drop(m_backward, this);
    m_forwardToken.clear();
    m_backwardToken.clear();
    m_reachedStart = false;
    m_started = true;
    m_missing = false;
    m_initialLimit = limit;
    m_interval = minIntervalMs;
    request({}, false, limit);
}

void LogStreamFollower::setFollowing(bool follow)
{
    m_following = follow;
    if (!follow)
        m_timer->stop();
    else if (m_started && !isBusy()) {
        m_interval = minIntervalMs;
        schedule();
    }
}

void LogStreamFollower::schedule()
{
    if (m_following)
        m_timer->start(m_interval);
}

void LogStreamFollower::poll()
{
    if (isBusy())
        return;
    m_timer->stop();
    if (m_missing) // the stream did not exist: load its newest page once it does, as start() does
        request({}, false, m_initialLimit);
    else
        request(m_forwardToken, true, 0);
}

void LogStreamFollower::request(const QString& token, bool fromHead, int limit)
{
    Api::AwsReply* reply = m_client->getLogEvents(m_group, m_stream, {}, {}, token, fromHead, limit);
    m_forward = reply;
    const bool initial = token.isEmpty() && !fromHead;
    connect(reply, &Api::AwsReply::finished, this, [this, reply, token, initial] {
        reply->deleteLater();
        if (m_forward != reply)
            return;
        m_forward.clear();
        if (!reply->isOk()) {
            // A group or stream that does not exist yet (nothing logged so far) is no error.
            m_missing = initial && reply->error()->code == QLatin1String("ResourceNotFoundException");
            if (m_missing) {
                emit missing();
                emit polled(0); // an empty answer, as far as the events go
            } else {
                emit failed(*reply->error());
            }
            m_interval = qMin(maxIntervalMs, m_interval * 2);
            schedule();
            return;
        }
        m_missing = false;
        const QJsonObject answer = reply->json();
        const QList<Api::LogEvent> events = eventsOf(answer);
        const QString forward = answer.value(QLatin1String("nextForwardToken")).toString();
        if (initial)
            m_backwardToken = answer.value(QLatin1String("nextBackwardToken")).toString();
        if (!forward.isEmpty())
            m_forwardToken = forward;
        if (!events.isEmpty())
            emit appended(events);
        emit polled(int(events.size()));
        if (!events.isEmpty() && forward != token && !initial) {
            // A page came: there may be more right away.
            m_interval = minIntervalMs;
            if (m_following)
                m_timer->start(0);
            return;
        }
        if (events.isEmpty())
            m_interval = qMin(maxIntervalMs, m_interval * 2);
        else
            m_interval = minIntervalMs;
        schedule();
    });
}

void LogStreamFollower::loadOlder(int limit)
{
    if (!m_backward.isNull() || m_reachedStart || m_backwardToken.isEmpty())
        return;
    const QString token = m_backwardToken;
    Api::AwsReply* reply = m_client->getLogEvents(m_group, m_stream, {}, {}, token, false, limit);
    m_backward = reply;
    connect(reply, &Api::AwsReply::finished, this, [this, reply, token] {
        reply->deleteLater();
        if (m_backward != reply)
            return;
        m_backward.clear();
        if (!reply->isOk()) {
            emit failed(*reply->error());
            return;
        }
        const QJsonObject answer = reply->json();
        const QList<Api::LogEvent> events = eventsOf(answer);
        const QString backward = answer.value(QLatin1String("nextBackwardToken")).toString();
        // The same token again (or no events) means the start of the stream.
        m_reachedStart = events.isEmpty() || backward.isEmpty() || backward == token;
        m_backwardToken = backward;
        if (!events.isEmpty())
            emit prepended(events);
    });
}

LogSearch::LogSearch(const Api::LogsClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{
}

LogSearch::~LogSearch() { cancel(); }

void LogSearch::cancel() { drop(m_reply, this); }

void LogSearch::search(const QString& group, const QString& pattern, const QStringList& streams, const QDateTime& start,
    const QDateTime& end, int maxEvents)
{
    cancel();
    m_group = group;
    m_pattern = pattern;
    m_streams = streams;
    m_start = start;
    m_end = end;
    m_max = maxEvents;
    m_events.clear();
    m_truncated = false;
    m_pageTokens.clear();
    next({});
}

void LogSearch::next(const QString& token)
{
    Api::AwsReply* reply = m_client->filterLogEvents(m_group, m_pattern, m_streams, m_start, m_end, token);
    m_reply = reply;
    connect(reply, &Api::AwsReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (m_reply != reply)
            return;
        m_reply.clear();
        if (!reply->isOk()) {
            // A log group that does not exist yet has no events to find: not an error.
            if (reply->error()->code == QLatin1String("ResourceNotFoundException"))
                emit finished(m_events);
            else
                emit failed(*reply->error());
            return;
        }
        const QJsonObject answer = reply->json();
        m_events.append(eventsOf(answer));
        const QString token = answer.value(QLatin1String("nextToken")).toString();
        if (const auto loop = m_pageTokens.next(QStringLiteral("FilterLogEvents"), {}, token)) {
            emit failed(*loop);
            return;
        }
        if (!token.isEmpty() && m_events.size() < m_max) {
            next(token);
            return;
        }
        if (m_events.size() > m_max || !token.isEmpty()) {
            m_truncated = !token.isEmpty() || m_events.size() > m_max;
            m_events.resize(qMin<qsizetype>(m_events.size(), m_max));
        }
        emit finished(m_events);
    });
}

} // namespace EcsDesk::Models
