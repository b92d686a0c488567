// SPDX-License-Identifier: MIT
#include "api/cloudwatch/alarms.h"

#include "api/core/xmlanswer.h"
#include "api/ecs/types.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace EcsDesk::Api {

namespace {
    QString text(const XmlNode& node, QStringView name)
    {
        const XmlNode* child = node.child(name);
        return child ? child->text.trimmed() : QString();
    }
    QDateTime time(const XmlNode& node, QStringView name)
    {
        const QString value = text(node, name);
        return value.isEmpty() ? QDateTime() : QDateTime::fromString(value, Qt::ISODateWithMs).toUTC();
    }
    int integer(const XmlNode& node, QStringView name) { return text(node, name).toInt(); }
    // Lists are <member> elements in AWS's answers; like botocore, take any child element.
    QStringList texts(const XmlNode& node, QStringView name)
    {
        QStringList out;
        if (const XmlNode* list = node.child(name)) {
            for (const XmlNode& item : list->children)
                out.append(item.text.trimmed());
        }
        return out;
    }
    QString str(const QJsonObject& json, const char* key) { return json.value(QLatin1String(key)).toString(); }
    QStringList strings(const QJsonObject& json, const char* key)
    {
        QStringList out;
        for (const QJsonValue& value : json.value(QLatin1String(key)).toArray())
            out.append(value.toString());
        return out;
    }
    AwsError malformed(const QString& what)
    {
        return AwsError::make(AwsError::Kind::Protocol, QStringLiteral("MalformedResponse"),
            QCoreApplication::translate("CloudWatchClient", "The %1 answer is not understood.").arg(what));
    }
} // namespace

MetricAlarm MetricAlarm::fromXml(const XmlNode& member)
{
    MetricAlarm alarm;
    alarm.name = text(member, u"AlarmName");
    alarm.arn = text(member, u"AlarmArn");
    alarm.description = text(member, u"AlarmDescription");
    alarm.stateValue = text(member, u"StateValue");
    alarm.stateReason = text(member, u"StateReason");
    alarm.stateReasonData = text(member, u"StateReasonData");
    alarm.stateUpdated = time(member, u"StateUpdatedTimestamp");
    alarm.stateTransitioned = time(member, u"StateTransitionedTimestamp");
    alarm.configurationUpdated = time(member, u"AlarmConfigurationUpdatedTimestamp");
    alarm.metricNamespace = text(member, u"Namespace");
    alarm.metricName = text(member, u"MetricName");
    if (const XmlNode* dimensions = member.child(u"Dimensions")) {
        for (const XmlNode& dimension : dimensions->children)
            alarm.dimensions.append({ text(dimension, u"Name"), text(dimension, u"Value") });
    }
    alarm.statistic = text(member, u"Statistic");
    alarm.extendedStatistic = text(member, u"ExtendedStatistic");
    alarm.unit = text(member, u"Unit");
    alarm.period = integer(member, u"Period");
    alarm.evaluationPeriods = integer(member, u"EvaluationPeriods");
    alarm.datapointsToAlarm = integer(member, u"DatapointsToAlarm");
    bool ok = false;
    const double threshold = text(member, u"Threshold").toDouble(&ok);
    if (ok)
        alarm.threshold = threshold;
    alarm.comparisonOperator = text(member, u"ComparisonOperator");
    alarm.treatMissingData = text(member, u"TreatMissingData");
    alarm.actionsEnabled = text(member, u"ActionsEnabled") != QLatin1String("false");
    alarm.alarmActions = texts(member, u"AlarmActions");
    alarm.okActions = texts(member, u"OKActions");
    alarm.insufficientDataActions = texts(member, u"InsufficientDataActions");
    const XmlNode* metrics = member.child(u"Metrics");
    alarm.usesMetricMath = metrics && !metrics->children.isEmpty();
    return alarm;
}

MetricAlarm MetricAlarm::fromJson(const QJsonObject& json)
{
    MetricAlarm alarm;
    alarm.name = str(json, "AlarmName");
    alarm.arn = str(json, "AlarmArn");
    alarm.description = str(json, "AlarmDescription");
    alarm.stateValue = str(json, "StateValue");
    alarm.stateReason = str(json, "StateReason");
    alarm.stateReasonData = str(json, "StateReasonData");
    alarm.stateUpdated = EcsJson::timestamp(json.value(QLatin1String("StateUpdatedTimestamp")));
    alarm.stateTransitioned = EcsJson::timestamp(json.value(QLatin1String("StateTransitionedTimestamp")));
    alarm.configurationUpdated = EcsJson::timestamp(json.value(QLatin1String("AlarmConfigurationUpdatedTimestamp")));
    alarm.metricNamespace = str(json, "Namespace");
    alarm.metricName = str(json, "MetricName");
    for (const QJsonValue& value : json.value(QLatin1String("Dimensions")).toArray())
        alarm.dimensions.append({ str(value.toObject(), "Name"), str(value.toObject(), "Value") });
    alarm.statistic = str(json, "Statistic");
    alarm.extendedStatistic = str(json, "ExtendedStatistic");
    alarm.unit = str(json, "Unit");
    alarm.period = json.value(QLatin1String("Period")).toInt();
    alarm.evaluationPeriods = json.value(QLatin1String("EvaluationPeriods")).toInt();
    alarm.datapointsToAlarm = json.value(QLatin1String("DatapointsToAlarm")).toInt();
    if (json.value(QLatin1String("Threshold")).isDouble())
        alarm.threshold = json.value(QLatin1String("Threshold")).toDouble();
    alarm.comparisonOperator = str(json, "ComparisonOperator");
    alarm.treatMissingData = str(json, "TreatMissingData");
    alarm.actionsEnabled = json.value(QLatin1String("ActionsEnabled")).toBool(true);
    alarm.alarmActions = strings(json, "AlarmActions");
    alarm.okActions = strings(json, "OKActions");
    alarm.insufficientDataActions = strings(json, "InsufficientDataActions");
    alarm.usesMetricMath = !json.value(QLatin1String("Metrics")).toArray().isEmpty();
    return alarm;
}

AlarmHistoryItem AlarmHistoryItem::fromXml(const XmlNode& member)
{
    return AlarmHistoryItem { text(member, u"AlarmName"), text(member, u"AlarmType"), time(member, u"Timestamp"),
        text(member, u"HistoryItemType"), text(member, u"HistorySummary"), text(member, u"HistoryData") };
}

AlarmHistoryItem AlarmHistoryItem::fromJson(const QJsonObject& json)
{
    return AlarmHistoryItem { str(json, "AlarmName"), str(json, "AlarmType"),
        EcsJson::timestamp(json.value(QLatin1String("Timestamp"))), str(json, "HistoryItemType"),
        str(json, "HistorySummary"), str(json, "HistoryData") };
}

namespace Alarms {
    Outcome<MetricAlarmPage> parseDescribeAlarms(const QByteArray& xml)
    {
        const std::optional<XmlNode> root = XmlNode::parse(xml);
        const XmlNode* result = root ? root->find(u"DescribeAlarmsResult") : nullptr;
        if (!result && root)
            result = root->find(u"DescribeAlarmsForMetricResult");
        if (!result)
            return Outcome<MetricAlarmPage>::failure(malformed(QStringLiteral("DescribeAlarms")));
        MetricAlarmPage page;
        page.nextToken = text(*result, u"NextToken");
        if (const XmlNode* alarms = result->child(u"MetricAlarms")) {
            for (const XmlNode& member : alarms->children)
                page.alarms.append(MetricAlarm::fromXml(member));
        }
        return Outcome<MetricAlarmPage>::success(page);
    }

    Outcome<AlarmHistoryPage> parseAlarmHistory(const QByteArray& xml)
    {
        const std::optional<XmlNode> root = XmlNode::parse(xml);
        const XmlNode* result = root ? root->find(u"DescribeAlarmHistoryResult") : nullptr;
        if (!result)
            return Outcome<AlarmHistoryPage>::failure(malformed(QStringLiteral("DescribeAlarmHistory")));
        AlarmHistoryPage page;
        page.nextToken = text(*result, u"NextToken");
        if (const XmlNode* items = result->child(u"AlarmHistoryItems")) {
            for (const XmlNode& member : items->children)
                page.items.append(AlarmHistoryItem::fromXml(member));
        }
        return Outcome<AlarmHistoryPage>::success(page);
    }
} // namespace Alarms

} // namespace EcsDesk::Api
