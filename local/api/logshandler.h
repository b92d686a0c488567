// SPDX-License-Identifier: MIT
#pragma once

#include "local/api/servicehandler.h"

namespace EcsDesk::Local {

/// CloudWatch Logs (awsJson1_1, Logs_20140328): log groups, streams and events with GetLogEvents'
/// forward/backward tokens and FilterLogEvents. The simulation writes container output with
/// appendEvent().
class LogsHandler : public ServiceHandler {
public:
    using ServiceHandler::ServiceHandler;

    bool hasOperation(const QString& operation) const override;
    QJsonObject handle(const QString& operation, const QJsonObject& input) override;

    static void appendEvent(Store& store, const QString& group, const QString& stream, qint64 timestampMs,
        const QString& message, qint64 ingestionMs);
    /// One event to append with appendEvents().
    struct Event {
        qint64 timestampMs = 0;
        QString message;
        qint64 ingestionMs = 0;
    };
    /// Appends several events to one stream, writing the stream record once.
    static void appendEvents(Store& store, const QString& group, const QString& stream, const QList<Event>& events);
    /// For the simulation (awslogs driver): whether a group exists, and creating a group or stream
    /// as CreateLogGroup / CreateLogStream would (no-ops when they exist).
    static bool hasGroup(const Store& store, const QString& group);
    static void ensureGroup(
        Store& store, const QString& group, const QString& region, const QString& accountId, qint64 nowMs);
    static void ensureStream(Store& store, const QString& group, const QString& stream, const QString& region,
        const QString& accountId, qint64 nowMs);

private:
    QJsonObject createLogGroup(const QJsonObject& in);
    QJsonObject deleteLogGroup(const QJsonObject& in);
    QJsonObject createLogStream(const QJsonObject& in);
    QJsonObject describeLogGroups(const QJsonObject& in);
    QJsonObject describeLogStreams(const QJsonObject& in);
    QJsonObject putLogEvents(const QJsonObject& in);
    QJsonObject getLogEvents(const QJsonObject& in);
    QJsonObject filterLogEvents(const QJsonObject& in);

    QString groupArn(const QString& name) const;
    const QJsonObject& requireGroup(const QString& name) const;
};

} // namespace EcsDesk::Local
