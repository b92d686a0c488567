// SPDX-License-Identifier: MIT
#pragma once

#include "api/cloudwatch/cloudwatchclient.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

namespace EcsDesk::Api {

struct XmlNode;

/// A CloudWatch metric alarm as DescribeAlarms answers it (query protocol XML or awsJson1_0).
struct MetricAlarm {
    QString name;
    QString arn;
    QString description;
    QString stateValue; ///< OK, ALARM, INSUFFICIENT_DATA
    QString stateReason;
    QString stateReasonData; ///< JSON text
    QDateTime stateUpdated;
    QDateTime stateTransitioned;
    QDateTime configurationUpdated;
    QString metricNamespace;
    QString metricName;
    QList<MetricDimension> dimensions;
    QString statistic; ///< Average, Sum, ... (empty with an extended statistic or metric math)
    QString extendedStatistic; ///< p90, ...
    QString unit;
    int period = 0; ///< seconds
    int evaluationPeriods = 0;
    int datapointsToAlarm = 0; ///< 0: as many as evaluationPeriods
    std::optional<double> threshold;
    QString comparisonOperator; ///< GreaterThanThreshold, ...
    QString treatMissingData; ///< missing, ignore, breaching, notBreaching (empty: missing)
    bool actionsEnabled = true;
    QStringList alarmActions;
    QStringList okActions;
    QStringList insufficientDataActions;
    bool usesMetricMath = false; ///< the alarm has Metrics instead of one metric

    static MetricAlarm fromXml(const XmlNode& member);
    static MetricAlarm fromJson(const QJsonObject& json);
    /// The datapoints that must breach (datapointsToAlarm, or evaluationPeriods when not set).
    int requiredDatapoints() const { return datapointsToAlarm > 0 ? datapointsToAlarm : evaluationPeriods; }
    bool operator==(const MetricAlarm&) const = default;
};

/// One page of DescribeAlarms / DescribeAlarmsForMetric.
struct MetricAlarmPage {
    QList<MetricAlarm> alarms;
    QString nextToken;
    bool operator==(const MetricAlarmPage&) const = default;
};

/// One item of DescribeAlarmHistory: a state change, a configuration change or an action.
struct AlarmHistoryItem {
    QString alarmName;
    QString alarmType; ///< MetricAlarm, CompositeAlarm
    QDateTime timestamp;
    QString itemType; ///< StateUpdate, ConfigurationUpdate, Action
    QString summary; ///< "Alarm updated from OK to ALARM"
    QString data; ///< JSON text

    static AlarmHistoryItem fromXml(const XmlNode& member);
    static AlarmHistoryItem fromJson(const QJsonObject& json);
    bool operator==(const AlarmHistoryItem&) const = default;
};

struct AlarmHistoryPage {
    QList<AlarmHistoryItem> items;
    QString nextToken;
    bool operator==(const AlarmHistoryPage&) const = default;
};

/// Decoders of the alarm answers (query protocol XML, what CloudWatchClient receives; the JSON
/// forms through fromJson).
namespace Alarms {
    /// DescribeAlarmsResult or DescribeAlarmsForMetricResult.
    Outcome<MetricAlarmPage> parseDescribeAlarms(const QByteArray& xml);
    Outcome<AlarmHistoryPage> parseAlarmHistory(const QByteArray& xml);
} // namespace Alarms

} // namespace EcsDesk::Api
