// SPDX-License-Identifier: MIT
#pragma once

#include "local/api/servicehandler.h"

namespace EcsDesk::Local {

/// CloudWatch metrics (GetMetricData, GetMetricStatistics, ListMetrics, PutMetricData). The same
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

private:
    QJsonObject putMetricData(const QJsonObject& in);
    QJsonObject getMetricStatistics(const QJsonObject& in);
    QJsonObject getMetricData(const QJsonObject& in);
    QJsonObject listMetrics(const QJsonObject& in);
};

} // namespace EcsDesk::Local
