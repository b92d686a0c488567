// SPDX-License-Identifier: MIT
#include "api/cloudwatch/cloudwatchclient.h"

#include "api/cloudwatch/alarms.h"
#include "api/core/xmlanswer.h"

#include <QCoreApplication>

namespace EcsDesk::Api {

namespace {
    using Params = QList<std::pair<QString, QString>>;
    const QByteArray version = "2010-08-01";

    void addDimensions(Params& params, const QString& prefix, const QList<MetricDimension>& dimensions)
    {
        for (qsizetype i = 0; i < dimensions.size(); ++i) {
            const QString base = prefix + QLatin1String("Dimensions.member.") + QString::number(i + 1);
            params.append({ base + QLatin1String(".Name"), dimensions[i].name });
            params.append({ base + QLatin1String(".Value"), dimensions[i].value });
        }
    }

    AwsError malformed(const QString& what)
    {
        return AwsError::make(AwsError::Kind::Protocol, QStringLiteral("MalformedResponse"),
            QCoreApplication::translate("CloudWatchClient", "The %1 answer is not understood.").arg(what));
    }

    QDateTime parseTime(const QString& text)
    {
        return QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs).toUTC();
    }

    std::optional<double> number(const XmlNode& node, QStringView name)
    {
        const XmlNode* child = node.child(name);
        if (!child)
            return std::nullopt;
        bool ok = false;
        const double value = child->text.trimmed().toDouble(&ok);
        return ok ? std::optional(value) : std::nullopt;
    }
} // namespace

CloudWatchClient::CloudWatchClient(ClientConfig config)
    : ServiceClient(std::move(config), description())
{
}

ServiceDescription CloudWatchClient::description()
{
    return ServiceDescription { "monitoring", {}, {}, QStringLiteral("monitoring"), QStringLiteral("cloudwatch") };
}

QString CloudWatchClient::timestamp(const QDateTime& time) { return time.toUTC().toString(Qt::ISODate); }

AwsReply* CloudWatchClient::getMetricData(const QList<MetricDataQuery>& queries, const QDateTime& start,
    const QDateTime& end, const QString& nextToken, const QString& scanBy) const
{
    Params params;
    for (qsizetype i = 0; i < queries.size(); ++i) {
        const MetricDataQuery& q = queries[i];
        const QString base = QLatin1String("MetricDataQueries.member.") + QString::number(i + 1) + QLatin1Char('.');
        params.append({ base + QLatin1String("Id"), q.id });
        if (!q.expression.isEmpty()) {
            params.append({ base + QLatin1String("Expression"), q.expression });
        } else {
            const QString stat = base + QLatin1String("MetricStat.");
            params.append({ stat + QLatin1String("Metric.Namespace"), q.metricNamespace });
            params.append({ stat + QLatin1String("Metric.MetricName"), q.metricName });
            addDimensions(params, stat + QLatin1String("Metric."), q.dimensions);
            params.append({ stat + QLatin1String("Period"), QString::number(q.period) });
            params.append({ stat + QLatin1String("Stat"), q.stat });
        }
        if (!q.label.isEmpty())
            params.append({ base + QLatin1String("Label"), q.label });
        params.append(
            { base + QLatin1String("ReturnData"), q.returnData ? QStringLiteral("true") : QStringLiteral("false") });
    }
    params.append({ QStringLiteral("StartTime"), timestamp(start) });
    params.append({ QStringLiteral("EndTime"), timestamp(end) });
    if (!nextToken.isEmpty())
        params.append({ QStringLiteral("NextToken"), nextToken });
    if (!scanBy.isEmpty())
        params.append({ QStringLiteral("ScanBy"), scanBy });
    return callQuery(QStringLiteral("GetMetricData"), version, params);
}

AwsReply* CloudWatchClient::getMetricStatistics(const QString& metricNamespace, const QString& metricName,
    const QList<MetricDimension>& dimensions, const QDateTime& start, const QDateTime& end, int period,
    const QStringList& statistics) const
{
    Params params { { QStringLiteral("Namespace"), metricNamespace }, { QStringLiteral("MetricName"), metricName } };
    addDimensions(params, {}, dimensions);
    params.append({ QStringLiteral("StartTime"), timestamp(start) });
    params.append({ QStringLiteral("EndTime"), timestamp(end) });
    params.append({ QStringLiteral("Period"), QString::number(period) });
    for (qsizetype i = 0; i < statistics.size(); ++i)
        params.append({ QLatin1String("Statistics.member.") + QString::number(i + 1), statistics[i] });
    return callQuery(QStringLiteral("GetMetricStatistics"), version, params);
}

AwsReply* CloudWatchClient::putMetricData(const QString& metricNamespace, const QString& metricName,
    const QList<MetricDimension>& dimensions, double value, const QDateTime& time, const QString& unit) const
{
    Params params { { QStringLiteral("Namespace"), metricNamespace },
        { QStringLiteral("MetricData.member.1.MetricName"), metricName },
        { QStringLiteral("MetricData.member.1.Value"), QString::number(value, 'g', 17) },
        { QStringLiteral("MetricData.member.1.Timestamp"), timestamp(time) },
        { QStringLiteral("MetricData.member.1.Unit"), unit } };
    addDimensions(params, QStringLiteral("MetricData.member.1."), dimensions);
    return callQuery(QStringLiteral("PutMetricData"), version, params);
}

AwsReply* CloudWatchClient::describeAlarms(
    const QStringList& names, const QString& namePrefix, const QString& nextToken) const
{
    Params params;
    for (qsizetype i = 0; i < names.size(); ++i)
        params.append({ QLatin1String("AlarmNames.member.") + QString::number(i + 1), names[i] });
    if (!namePrefix.isEmpty())
        params.append({ QStringLiteral("AlarmNamePrefix"), namePrefix });
    if (!nextToken.isEmpty())
        params.append({ QStringLiteral("NextToken"), nextToken });
    return callQuery(QStringLiteral("DescribeAlarms"), version, params);
}

AwsReply* CloudWatchClient::describeAlarmsForMetric(
    const QString& metricNamespace, const QString& metricName, const QList<MetricDimension>& dimensions) const
{
    Params params { { QStringLiteral("Namespace"), metricNamespace }, { QStringLiteral("MetricName"), metricName } };
    addDimensions(params, {}, dimensions);
    return callQuery(QStringLiteral("DescribeAlarmsForMetric"), version, params);
}

AwsReply* CloudWatchClient::describeAlarmHistory(
    const QString& alarmName, const QString& nextToken, int maxRecords) const
{
    Params params;
    if (!alarmName.isEmpty())
        params.append({ QStringLiteral("AlarmName"), alarmName });
    if (maxRecords > 0)
        params.append({ QStringLiteral("MaxRecords"), QString::number(maxRecords) });
    if (!nextToken.isEmpty())
        params.append({ QStringLiteral("NextToken"), nextToken });
    return callQuery(QStringLiteral("DescribeAlarmHistory"), version, params);
}

AwsReply* CloudWatchClient::setAlarmState(const QString& alarmName, const QString& state, const QString& reason) const
{
    return callQuery(QStringLiteral("SetAlarmState"), version,
        { { QStringLiteral("AlarmName"), alarmName }, { QStringLiteral("StateValue"), state },
            { QStringLiteral("StateReason"), reason } });
}

AwsReply* CloudWatchClient::deleteAlarms(const QStringList& names) const
{
    Params params;
    for (qsizetype i = 0; i < names.size(); ++i)
        params.append({ QLatin1String("AlarmNames.member.") + QString::number(i + 1), names[i] });
    return callQuery(QStringLiteral("DeleteAlarms"), version, params);
}

AwsReply* CloudWatchClient::putMetricAlarm(const MetricAlarm& alarm) const
{
    Params params { { QStringLiteral("AlarmName"), alarm.name } };
    if (!alarm.description.isEmpty())
        params.append({ QStringLiteral("AlarmDescription"), alarm.description });
    params.append(
        { QStringLiteral("ActionsEnabled"), alarm.actionsEnabled ? QStringLiteral("true") : QStringLiteral("false") });
    const auto list = [&params](const QString& name, const QStringList& values) {
        for (qsizetype i = 0; i < values.size(); ++i)
            params.append({ name + QLatin1String(".member.") + QString::number(i + 1), values[i] });
    };
    list(QStringLiteral("AlarmActions"), alarm.alarmActions);
    list(QStringLiteral("OKActions"), alarm.okActions);
    list(QStringLiteral("InsufficientDataActions"), alarm.insufficientDataActions);
    params.append({ QStringLiteral("Namespace"), alarm.metricNamespace });
    params.append({ QStringLiteral("MetricName"), alarm.metricName });
    addDimensions(params, {}, alarm.dimensions);
    if (!alarm.extendedStatistic.isEmpty())
        params.append({ QStringLiteral("ExtendedStatistic"), alarm.extendedStatistic });
    else
        params.append({ QStringLiteral("Statistic"), alarm.statistic });
    if (!alarm.unit.isEmpty())
        params.append({ QStringLiteral("Unit"), alarm.unit });
    params.append({ QStringLiteral("Period"), QString::number(alarm.period) });
    params.append({ QStringLiteral("EvaluationPeriods"), QString::number(alarm.evaluationPeriods) });
    if (alarm.datapointsToAlarm > 0)
        params.append({ QStringLiteral("DatapointsToAlarm"), QString::number(alarm.datapointsToAlarm) });
    params.append({ QStringLiteral("Threshold"), QString::number(alarm.threshold.value_or(0), 'g', 17) });
    params.append({ QStringLiteral("ComparisonOperator"), alarm.comparisonOperator });
    if (!alarm.treatMissingData.isEmpty())
        params.append({ QStringLiteral("TreatMissingData"), alarm.treatMissingData });
    return callQuery(QStringLiteral("PutMetricAlarm"), version, params);
}

AwsReply* CloudWatchClient::setAlarmActionsEnabled(const QStringList& names, bool enabled) const
{
    Params params;
    for (qsizetype i = 0; i < names.size(); ++i)
        params.append({ QLatin1String("AlarmNames.member.") + QString::number(i + 1), names[i] });
    return callQuery(
        enabled ? QStringLiteral("EnableAlarmActions") : QStringLiteral("DisableAlarmActions"), version, params);
}

Outcome<MetricData> CloudWatchClient::parseMetricData(const QByteArray& xml)
{
    const std::optional<XmlNode> root = XmlNode::parse(xml);
    const XmlNode* result = root ? root->find(u"GetMetricDataResult") : nullptr;
    if (!result)
        return Outcome<MetricData>::failure(malformed(QStringLiteral("GetMetricData")));
    MetricData data;
    data.nextToken = result->child(u"NextToken") ? result->child(u"NextToken")->text.trimmed() : QString();
    const XmlNode* series = result->child(u"MetricDataResults");
    if (series) {
        for (const XmlNode* member : series->childrenNamed(u"member")) {
            MetricDataResult r;
            r.id = member->child(u"Id") ? member->child(u"Id")->text.trimmed() : QString();
            r.label = member->child(u"Label") ? member->child(u"Label")->text.trimmed() : QString();
            r.statusCode = member->child(u"StatusCode") ? member->child(u"StatusCode")->text.trimmed() : QString();
            // List items are <member> in AWS; like botocore, accept any element name (the local
            // endpoint answers <Timestamp>/<Value>).
            if (const XmlNode* stamps = member->child(u"Timestamps"))
                for (const XmlNode& t : stamps->children)
                    r.timestamps.append(parseTime(t.text));
            if (const XmlNode* values = member->child(u"Values"))
                for (const XmlNode& v : values->children)
                    r.values.append(v.text.trimmed().toDouble());
            if (r.timestamps.size() != r.values.size())
                return Outcome<MetricData>::failure(malformed(QStringLiteral("GetMetricData")));
            data.results.append(r);
        }
    }
    return Outcome<MetricData>::success(data);
}

Outcome<QList<Datapoint>> CloudWatchClient::parseMetricStatistics(const QByteArray& xml)
{
    const std::optional<XmlNode> root = XmlNode::parse(xml);
    const XmlNode* result = root ? root->find(u"GetMetricStatisticsResult") : nullptr;
    if (!result)
        return Outcome<QList<Datapoint>>::failure(malformed(QStringLiteral("GetMetricStatistics")));
    QList<Datapoint> points;
    if (const XmlNode* datapoints = result->child(u"Datapoints")) {
        for (const XmlNode* member : datapoints->childrenNamed(u"member")) {
            Datapoint p;
            p.timestamp = member->child(u"Timestamp") ? parseTime(member->child(u"Timestamp")->text) : QDateTime();
            p.average = number(*member, u"Average");
            p.maximum = number(*member, u"Maximum");
            p.minimum = number(*member, u"Minimum");
            p.sum = number(*member, u"Sum");
            p.sampleCount = number(*member, u"SampleCount");
            p.unit = member->child(u"Unit") ? member->child(u"Unit")->text.trimmed() : QString();
            points.append(p);
        }
    }
    std::sort(
        points.begin(), points.end(), [](const Datapoint& a, const Datapoint& b) { return a.timestamp < b.timestamp; });
    return Outcome<QList<Datapoint>>::success(points);
}

} // namespace EcsDesk::Api
