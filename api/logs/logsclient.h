// SPDX-License-Identifier: MIT
#pragma once

#include "api/core/serviceclient.h"

#include <QDateTime>

namespace EcsDesk::Api {

/// A CloudWatch Logs stream.
struct LogStream {
    QString name;
    QString arn;
    QDateTime creationTime;
    QDateTime firstEventTimestamp;
    QDateTime lastEventTimestamp;
    QJsonObject raw;
    static LogStream fromJson(const QJsonObject& json);
    bool operator==(const LogStream&) const = default;
};

/// One log event (GetLogEvents, FilterLogEvents).
struct LogEvent {
    QDateTime timestamp;
    QDateTime ingestionTime;
    QString message;
    QString logStreamName; ///< FilterLogEvents only
    QString eventId; ///< FilterLogEvents only
    static LogEvent fromJson(const QJsonObject& json);
    bool operator==(const LogEvent&) const = default;
};

/// CloudWatch Logs over awsJson1_1 (`Logs_20140328`, signing name `logs`).
class LogsClient : public ServiceClient {
public:
    explicit LogsClient(ClientConfig config);
    static ServiceDescription description();

    AwsReply* call(const QString& operation, const QJsonObject& input) const { return callJson(operation, input); }
    AwsReply* describeLogStreams(const QString& logGroup, const QString& prefix = {}, bool newestFirst = true,
        const QString& nextToken = {}, int limit = 50) const;
    AwsReply* getLogEvents(const QString& logGroup, const QString& logStream, const QDateTime& start = {},
        const QDateTime& end = {}, const QString& nextToken = {}, bool startFromHead = false, int limit = 0) const;
    AwsReply* filterLogEvents(const QString& logGroup, const QString& filterPattern, const QStringList& streams = {},
        const QDateTime& start = {}, const QDateTime& end = {}, const QString& nextToken = {}, int limit = 0) const;

    static qint64 millis(const QDateTime& time) { return time.toMSecsSinceEpoch(); }
};

} // namespace EcsDesk::Api
