// SPDX-License-Identifier: MIT
#pragma once

#include "local/api/servicehandler.h"

#include <vector>

namespace EcsDesk::Local {

/// CloudWatch metrics (GetMetricData, GetMetricStatistics, ListMetrics, PutMetricData) and metric
/// alarms (PutMetricAlarm, DescribeAlarms, DescribeAlarmsForMetric, DeleteAlarms, DescribeAlarmHistory,
/// SetAlarmState, Enable/DisableAlarmActions; the records live in AlarmBook). The same
/// handler serves the query protocol (string values) and awsJson1_0 (typed values). Data points
/// are kept per metric and timestamp as statistic sets; the simulation records AWS/ECS ones.
class CloudWatchHandler : public ServiceHandler {
public:
    using ServiceHandler::ServiceHandler;

    bool hasOperation(const QString& operation) const override;
    QJsonObject handle(const QString& operation, const QJsonObject& input) override;

    /// The store key prefix of one metric (namespace, name, sorted dimensions).
    static QString metricKey(const QString& nameSpace, const QString& metricName, const QJsonArray& dimensions);
    /// Adds one statistic set at `timestampMs` to a metric (used by PutMetricData and the simulation).
    static void record(Store& store, const QString& nameSpace, const QString& metricName, const QJsonArray& dimensions,
        qint64 timestampMs, double sampleCount, double sum, double minimum, double maximum, const QString& unit);

    /// One datapoint of a statistic per period: the period's start, the value and its sample count.
    struct Datapoint {
        qint64 atMs = 0;
        double value = 0;
        double sampleCount = 0;
    };
    /// A metric's `statistic` (SampleCount, Average, Sum, Minimum, Maximum) per `periodMs` over
    /// [startMs, endMs), periods counted from startMs; periods without data are left out.
    static std::vector<Datapoint> series(const Store& store, const QString& nameSpace, const QString& metricName,
        const QJsonArray& dimensions, qint64 startMs, qint64 endMs, qint64 periodMs, const QString& unit,
        const QString& statistic);

private:
    QJsonObject putMetricData(const QJsonObject& in);
    QJsonObject getMetricStatistics(const QJsonObject& in);
    QJsonObject getMetricData(const QJsonObject& in);
    QJsonObject listMetrics(const QJsonObject& in);
    // Alarms (alarmsoperations.cpp).
    QJsonObject putMetricAlarm(const QJsonObject& in);
    QJsonObject describeAlarms(const QJsonObject& in);
    QJsonObject describeAlarmsForMetric(const QJsonObject& in);
    QJsonObject deleteAlarms(const QJsonObject& in);
    QJsonObject describeAlarmHistory(const QJsonObject& in);
    QJsonObject setAlarmState(const QJsonObject& in);
    QJsonObject setAlarmActions(const QJsonObject& in, bool enabled);
};

} // namespace EcsDesk::Local
