// SPDX-License-Identifier: MIT
#pragma once

#include "api/core/serviceclient.h"

#include <QDateTime>

namespace EcsDesk::Api {

/// A metric dimension (ClusterName=prod).
struct MetricDimension {
    QString name;
    QString value;
    bool operator==(const MetricDimension&) const = default;
};

/// One query of GetMetricData: a metric and statistic, or an expression over other queries.
struct MetricDataQuery {
    QString id; ///< lower-case start, unique in the request
    QString metricNamespace; ///< "AWS/ECS"
    QString metricName; ///< "CPUUtilization"
    QList<MetricDimension> dimensions;
    int period = 60;
    QString stat = QStringLiteral("Average");
    QString expression; ///< instead of a metric
    QString label;
    bool returnData = true;
    bool operator==(const MetricDataQuery&) const = default;
};

/// One series of a GetMetricData answer.
struct MetricDataResult {
    QString id;
    QString label;
    QList<QDateTime> timestamps;
    QList<double> values;
    QString statusCode; ///< Complete, PartialData, InternalError
    bool operator==(const MetricDataResult&) const = default;
};

/// All series of a GetMetricData answer (one page).
struct MetricData {
    QList<MetricDataResult> results;
    QString nextToken;
    bool operator==(const MetricData&) const = default;
};

/// One point of a GetMetricStatistics answer.
struct Datapoint {
    QDateTime timestamp;
    std::optional<double> average;
    std::optional<double> maximum;
    std::optional<double> minimum;
    std::optional<double> sum;
    std::optional<double> sampleCount;
    QString unit;
    bool operator==(const Datapoint&) const = default;
};

struct MetricAlarm;

/// CloudWatch metrics and alarms over the query protocol (form POST, XML answer, Version 2010-08-01,
/// signing name `monitoring`): the wire form real AWS, moto 5.2 and the local endpoint all answer.
class CloudWatchClient : public ServiceClient {
public:
    explicit CloudWatchClient(ClientConfig config);
    static ServiceDescription description();

    AwsReply* getMetricData(const QList<MetricDataQuery>& queries, const QDateTime& start, const QDateTime& end,
        const QString& nextToken = {}, const QString& scanBy = QStringLiteral("TimestampAscending")) const;
    AwsReply* getMetricStatistics(const QString& metricNamespace, const QString& metricName,
        const QList<MetricDimension>& dimensions, const QDateTime& start, const QDateTime& end, int period,
        const QStringList& statistics) const;
    /// For tests and demo data: one value per call.
    AwsReply* putMetricData(const QString& metricNamespace, const QString& metricName,
        const QList<MetricDimension>& dimensions, double value, const QDateTime& timestamp,
        const QString& unit = QStringLiteral("Percent")) const;

    // Alarms (decoders in alarms.h).
    AwsReply* describeAlarms(
        const QStringList& names = {}, const QString& namePrefix = {}, const QString& nextToken = {}) const;
    AwsReply* describeAlarmsForMetric(
        const QString& metricNamespace, const QString& metricName, const QList<MetricDimension>& dimensions) const;
    AwsReply* describeAlarmHistory(const QString& alarmName, const QString& nextToken = {}, int maxRecords = 0) const;
    AwsReply* setAlarmState(const QString& alarmName, const QString& state, const QString& reason) const;
    AwsReply* deleteAlarms(const QStringList& names) const;
    /// PutMetricAlarm from `alarm`'s configuration (name, description, metric, statistic or
    /// extended statistic, period, evaluation periods, datapoints to alarm, threshold, comparison,
    /// missing-data treatment, actions); its state fields are not sent.
    AwsReply* putMetricAlarm(const MetricAlarm& alarm) const;
    AwsReply* setAlarmActionsEnabled(const QStringList& names, bool enabled) const;

    static Outcome<MetricData> parseMetricData(const QByteArray& xml);
    static Outcome<QList<Datapoint>> parseMetricStatistics(const QByteArray& xml);
    static QString timestamp(const QDateTime& time); ///< ISO 8601 UTC, as the API wants
};

} // namespace EcsDesk::Api
