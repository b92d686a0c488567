// SPDX-License-Identifier: MIT
#pragma once

#include "api/core/pagetokens.h"
#include "api/logs/logsclient.h"

#include <QObject>
#include <QPointer>

class QTimer;

namespace EcsDesk::Models {

/// Follows one CloudWatch Logs stream with GetLogEvents: start() loads the newest page; each poll
/// asks from the last nextForwardToken, so consecutive polls neither repeat nor skip events; a
/// full page is followed at once by the next. Polling backs off while the stream is idle (2 s
/// doubling to 30 s) and returns to 2 s when events arrive. loadOlder() pages backwards with
/// nextBackwardToken.
class LogStreamFollower : public QObject {
    Q_OBJECT
public:
    static constexpr int minIntervalMs = 2000;
    static constexpr int maxIntervalMs = 30000;

    LogStreamFollower(
        const Api::LogsClient* client, const QString& group, const QString& stream, QObject* parent = nullptr);
    ~LogStreamFollower() override;

    const QString& group() const { return m_group; }
    const QString& stream() const { return m_stream; }

    /// Loads the newest events (up to `limit`); then polls while following.
    void start(int limit = 1000);
    void setFollowing(bool follow);
    bool isFollowing() const { return m_following; }
    /// One forward request now (also what the timer does).
    void poll();
    void loadOlder(int limit = 1000);
    bool reachedStart() const { return m_reachedStart; }
    int intervalMs() const { return m_interval; }
    bool isBusy() const { return !m_forward.isNull(); }

Q_SIGNALS:
    void appended(const QList<EcsDesk::Api::LogEvent>& events);
    void prepended(const QList<EcsDesk::Api::LogEvent>& events);
    void polled(int newEvents); ///< after every forward answer, also empty ones
    void failed(const EcsDesk::Api::AwsError& error);
    /// The log group or stream does not exist yet (ResourceNotFoundException: the task has not
    /// logged anything): not an error; polled(0) follows, polling goes on and loads the stream once
    /// it appears.
    void missing();

private:
    void request(const QString& token, bool fromHead, int limit);
    void schedule();

    const Api::LogsClient* m_client;
    QString m_group;
    QString m_stream;
    QString m_forwardToken;
    QString m_backwardToken;
    QPointer<Api::AwsReply> m_forward;
    QPointer<Api::AwsReply> m_backward;
    QTimer* m_timer;
    int m_interval = minIntervalMs;
    bool m_following = false;
    bool m_started = false;
    bool m_reachedStart = false;
    bool m_missing = false; ///< the last answer was ResourceNotFoundException: poll as start() does
    int m_initialLimit = 1000;
};

/// Runs FilterLogEvents (CloudWatch filter pattern syntax) over a log group, optionally limited to
/// some streams and a time range, following nextToken until done or `maxEvents`. A log group that
/// does not exist yet (ResourceNotFoundException) finishes with no events rather than failing.
class LogSearch : public QObject {
    Q_OBJECT
public:
    explicit LogSearch(const Api::LogsClient* client, QObject* parent = nullptr);
    ~LogSearch() override;

    void search(const QString& group, const QString& pattern, const QStringList& streams = {},
        const QDateTime& start = {}, const QDateTime& end = {}, int maxEvents = 10000);
    void cancel();
    bool truncated() const { return m_truncated; } ///< maxEvents reached with more pages left

Q_SIGNALS:
    void finished(const QList<EcsDesk::Api::LogEvent>& events);
    void failed(const EcsDesk::Api::AwsError& error);

private:
    void next(const QString& token);

    const Api::LogsClient* m_client;
    QPointer<Api::AwsReply> m_reply;
    QString m_group;
    QString m_pattern;
    QStringList m_streams;
    QDateTime m_start;
    QDateTime m_end;
    QList<Api::LogEvent> m_events;
    int m_max = 10000;
    bool m_truncated = false;
    Api::PageTokens m_pageTokens; ///< a nextToken seen twice fails the search instead of looping
};

} // namespace EcsDesk::Models
