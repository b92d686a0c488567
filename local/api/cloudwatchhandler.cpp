// SPDX-License-Identifier: MIT
#include "local/api/cloudwatchhandler.h"

#include "local/api/cloudwatchinput.h"

#include "local/clock.h"
#include "local/store/store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace EcsDesk::Local {

namespace {
    QString tr(const char* text) { return QCoreApplication::translate("EcsDesk::Local::CloudWatchHandler", text); }

    const QChar separator(0x1f);

    using CloudWatchInput::invalidValue;
    using CloudWatchInput::missing;
    using CloudWatchInput::numberOf;
    using CloudWatchInput::timeOf;

    QString requiredText(const QJsonObject& in, QLatin1String name)
    {
        const QString value = in.value(name).toString();
        if (value.isEmpty())
            throw missing(name);
        return value;
    }

    QJsonArray sortedDimensions(const QJsonArray& dimensions)
    {
        QList<QJsonObject> list;
        for (const QJsonValue& value : dimensions) {
            const QJsonObject dimension = value.toObject();
            if (dimension.value("Name"_L1).toString().isEmpty())
                throw missing(QStringLiteral("Dimensions.member.N.Name"));
            list.append({ { "Name"_L1, dimension.value("Name"_L1) }, { "Value"_L1, dimension.value("Value"_L1) } });
        }
        if (list.size() > 30)
            throw invalidValue(tr("The collection Dimensions must not have a size greater than 30."));
        std::sort(list.begin(), list.end(), [](const QJsonObject& a, const QJsonObject& b) {
            return a.value("Name"_L1).toString() < b.value("Name"_L1).toString();
        });
        QJsonArray out;
        for (const QJsonObject& dimension : list)
            out.append(dimension);
        return out;
    }

    struct Aggregate {
        double count = 0, sum = 0, minimum = 0, maximum = 0;
        QString unit;
        void add(const QJsonObject& point)
        {
            unit = point.value("u"_L1).toString();
            const double c = point.value("n"_L1).toDouble();
            minimum
                = count == 0 ? point.value("min"_L1).toDouble() : std::min(minimum, point.value("min"_L1).toDouble());
            maximum
                = count == 0 ? point.value("max"_L1).toDouble() : std::max(maximum, point.value("max"_L1).toDouble());
            count += c;
            sum += point.value("sum"_L1).toDouble();
        }
        std::optional<double> statistic(const QString& name) const
        {
            if (name == "SampleCount"_L1)
                return count;
            if (name == "Sum"_L1)
                return sum;
            if (name == "Average"_L1)
                return count > 0 ? sum / count : 0.0;
            if (name == "Minimum"_L1)
                return minimum;
            if (name == "Maximum"_L1)
                return maximum;
            return std::nullopt;
        }
    };

    const QStringList statisticNames { QStringLiteral("SampleCount"), QStringLiteral("Average"), QStringLiteral("Sum"),
        QStringLiteral("Minimum"), QStringLiteral("Maximum") };

    /// Buckets a metric's points between start (inclusive) and end (exclusive) by period.
    std::map<qint64, Aggregate> buckets(
        const Store& store, const QString& prefix, qint64 startMs, qint64 endMs, qint64 periodMs, const QString& unit)
    {
        std::map<qint64, Aggregate> out;
        const Store::Collection& points = store.collection(Kind::MetricDatum);
        const QString from = prefix + QStringLiteral("%1").arg(std::max<qint64>(startMs, 0), 15, 10, QLatin1Char('0'));
        for (auto it = points.lower_bound(from); it != points.end() && it->first.startsWith(prefix); ++it) {
            const qint64 at = it->second.value("t"_L1).toInteger();
            if (at >= endMs)
                break;
            if (!unit.isEmpty() && it->second.value("u"_L1).toString() != unit)
                continue;
            out[startMs + (at - startMs) / periodMs * periodMs].add(it->second);
        }
        return out;
    }
} // namespace

QString CloudWatchHandler::metricKey(const QString& nameSpace, const QString& metricName, const QJsonArray& dimensions)
{
    QString key = nameSpace + separator + metricName + separator;
    for (const QJsonValue& value : dimensions) {
        key += value.toObject().value("Name"_L1).toString() + QLatin1Char('=')
            + value.toObject().value("Value"_L1).toString() + QLatin1Char(';');
    }
    return key + separator;
}

void CloudWatchHandler::record(Store& store, const QString& nameSpace, const QString& metricName,
    const QJsonArray& dimensions, qint64 timestampMs, double sampleCount, double sum, double minimum, double maximum,
    const QString& unit)
{
    const QJsonArray sorted = sortedDimensions(dimensions);
    const QString key
        = metricKey(nameSpace, metricName, sorted) + QStringLiteral("%1").arg(timestampMs, 15, 10, QLatin1Char('0'));
    QJsonObject point;
    if (const QJsonObject* existing = store.find(Kind::MetricDatum, key)) {
        point = *existing;
        point["n"_L1] = point.value("n"_L1).toDouble() + sampleCount;
        point["sum"_L1] = point.value("sum"_L1).toDouble() + sum;
        point["min"_L1] = std::min(point.value("min"_L1).toDouble(), minimum);
        point["max"_L1] = std::max(point.value("max"_L1).toDouble(), maximum);
    } else {
        point = { { "ns"_L1, nameSpace }, { "m"_L1, metricName }, { "d"_L1, sorted }, { "t"_L1, timestampMs },
            { "n"_L1, sampleCount }, { "sum"_L1, sum }, { "min"_L1, minimum }, { "max"_L1, maximum },
            { "u"_L1, unit.isEmpty() ? QStringLiteral("None") : unit } };
    }
    store.put(Kind::MetricDatum, key, point);
}

std::vector<CloudWatchHandler::Datapoint> CloudWatchHandler::series(const Store& store, const QString& nameSpace,
    const QString& metricName, const QJsonArray& dimensions, qint64 startMs, qint64 endMs, qint64 periodMs,
    const QString& unit, const QString& statistic)
{
    std::vector<Datapoint> out;
    const auto grouped = buckets(
        store, metricKey(nameSpace, metricName, sortedDimensions(dimensions)), startMs, endMs, periodMs, unit);
    for (const auto& [at, aggregate] : grouped) {
        if (const auto value = aggregate.statistic(statistic))
            out.push_back({ at, *value, aggregate.count });
    }
    return out;
}

bool CloudWatchHandler::hasOperation(const QString& operation) const
{
    static const QSet<QString> operations { QStringLiteral("PutMetricData"), QStringLiteral("GetMetricStatistics"),
        QStringLiteral("GetMetricData"), QStringLiteral("ListMetrics"), QStringLiteral("PutMetricAlarm"),
        QStringLiteral("DescribeAlarms"), QStringLiteral("DescribeAlarmsForMetric"), QStringLiteral("DeleteAlarms"),
        QStringLiteral("DescribeAlarmHistory"), QStringLiteral("SetAlarmState"), QStringLiteral("EnableAlarmActions"),
        QStringLiteral("DisableAlarmActions") };
    return operations.contains(operation);
}

QJsonObject CloudWatchHandler::handle(const QString& operation, const QJsonObject& input)
{
    if (operation == "PutMetricData"_L1)
        return putMetricData(input);
    if (operation == "GetMetricStatistics"_L1)
        return getMetricStatistics(input);
    if (operation == "GetMetricData"_L1)
        return getMetricData(input);
    if (operation == "PutMetricAlarm"_L1)
        return putMetricAlarm(input);
    if (operation == "DescribeAlarms"_L1)
        return describeAlarms(input);
    if (operation == "DescribeAlarmsForMetric"_L1)
        return describeAlarmsForMetric(input);
    if (operation == "DeleteAlarms"_L1)
        return deleteAlarms(input);
    if (operation == "DescribeAlarmHistory"_L1)
        return describeAlarmHistory(input);
    if (operation == "SetAlarmState"_L1)
        return setAlarmState(input);
    if (operation == "EnableAlarmActions"_L1 || operation == "DisableAlarmActions"_L1)
        return setAlarmActions(input, operation == "EnableAlarmActions"_L1);
    return listMetrics(input);
}

QJsonObject CloudWatchHandler::putMetricData(const QJsonObject& in)
{
    const QString nameSpace = requiredText(in, "Namespace"_L1);
    if (nameSpace.startsWith("AWS/"_L1))
        throw invalidValue(tr("The value %1 for parameter Namespace is invalid.").arg(nameSpace));
    const QJsonArray data = in.value("MetricData"_L1).toArray();
    if (data.isEmpty())
        throw missing(QStringLiteral("MetricData"));
    if (data.size() > 1000)
        throw invalidValue(tr("The collection MetricData must not have a size greater than 1000."));
    const qint64 now = m_context.clock->now().toMSecsSinceEpoch();
    for (const QJsonValue& value : data) {
        const QJsonObject datum = value.toObject();
        const QString name = requiredText(datum, "MetricName"_L1);
        const qint64 at = datum.contains("Timestamp"_L1) ? timeOf(datum.value("Timestamp"_L1)).value_or(-1) : now;
        if (at < 0)
            throw invalidValue(tr("The parameter MetricData.member.N.Timestamp must be a timestamp."));
        const QString unit = datum.value("Unit"_L1).toString();
        if (datum.contains("StatisticValues"_L1)) {
            const QJsonObject set = datum.value("StatisticValues"_L1).toObject();
            const auto n = numberOf(set.value("SampleCount"_L1)), sum = numberOf(set.value("Sum"_L1)),
                       minimum = numberOf(set.value("Minimum"_L1)), maximum = numberOf(set.value("Maximum"_L1));
            if (!n || !sum || !minimum || !maximum)
                throw missing(QStringLiteral("StatisticValues (SampleCount, Sum, Minimum, Maximum)"));
            record(*m_context.store, nameSpace, name, datum.value("Dimensions"_L1).toArray(), at, *n, *sum, *minimum,
                *maximum, unit);
        } else if (datum.contains("Values"_L1)) {
            const QJsonArray values = datum.value("Values"_L1).toArray();
            const QJsonArray counts = datum.value("Counts"_L1).toArray();
            if (!counts.isEmpty() && counts.size() != values.size())
                throw invalidValue(tr("The Values and Counts lists must have the same length."));
            for (qsizetype i = 0; i < values.size(); ++i) {
                const auto v = numberOf(values[i]);
                const double c = counts.isEmpty() ? 1.0 : numberOf(counts[i]).value_or(1.0);
                if (!v)
                    throw invalidValue(tr("The parameter MetricData.member.N.Values must be numbers."));
                record(*m_context.store, nameSpace, name, datum.value("Dimensions"_L1).toArray(), at, c, *v * c, *v, *v,
                    unit);
            }
        } else {
            const auto v = numberOf(datum.value("Value"_L1));
            if (!v)
                throw invalidValue(tr("The parameter MetricData.member.N.Value is required and must be a number."));
            record(*m_context.store, nameSpace, name, datum.value("Dimensions"_L1).toArray(), at, 1, *v, *v, *v, unit);
        }
    }
    return {};
}

QJsonObject CloudWatchHandler::getMetricStatistics(const QJsonObject& in)
{
    const QString nameSpace = requiredText(in, "Namespace"_L1);
    const QString name = requiredText(in, "MetricName"_L1);
    const auto start = timeOf(in.value("StartTime"_L1));
    const auto end = timeOf(in.value("EndTime"_L1));
    if (!start)
        throw missing(QStringLiteral("StartTime"));
    if (!end)
        throw missing(QStringLiteral("EndTime"));
    if (*end <= *start)
        throw invalidValue(tr("The parameter StartTime must be less than the parameter EndTime."));
    const auto period = numberOf(in.value("Period"_L1));
    if (!period)
        throw missing(QStringLiteral("Period"));
    if (*period < 1 || (*period >= 60 && std::fmod(*period, 60) != 0))
        throw invalidValue(tr("The parameter Period must be a multiple of 60."));
    QStringList statistics;
    for (const QJsonValue& value : in.value("Statistics"_L1).toArray()) {
        if (!statisticNames.contains(value.toString()))
            throw invalidValue(tr("The parameter Statistics contains an invalid value: %1.").arg(value.toString()));
        statistics.append(value.toString());
    }
    if (statistics.isEmpty() && in.value("ExtendedStatistics"_L1).toArray().isEmpty())
        throw missing(QStringLiteral("Statistics"));
    const qint64 periodMs = qint64(*period * 1000);
    if ((*end - *start) / periodMs > 1440) {
        throw ApiError { QStringLiteral("InvalidParameterCombination"),
            tr("You have requested up to %1 datapoints, which exceeds the limit of 1,440.")
                .arg((*end - *start) / periodMs),
            400 };
    }
    const QString unit = in.value("Unit"_L1).toString();
    QJsonArray datapoints;
    const auto grouped
        = buckets(*m_context.store, metricKey(nameSpace, name, sortedDimensions(in.value("Dimensions"_L1).toArray())),
            *start, *end, periodMs, unit);
    for (const auto& [at, aggregate] : grouped) {
        QJsonObject point { { "Timestamp"_L1, double(at) / 1000.0 } };
        for (const QString& statistic : statistics)
            point[statistic] = *aggregate.statistic(statistic);
        point["Unit"_L1] = unit.isEmpty() ? aggregate.unit : unit;
        datapoints.append(point);
    }
    return { { "Label"_L1, name }, { "Datapoints"_L1, datapoints } };
}

QJsonObject CloudWatchHandler::getMetricData(const QJsonObject& in)
{
    const QJsonArray queries = in.value("MetricDataQueries"_L1).toArray();
    if (queries.isEmpty())
        throw missing(QStringLiteral("MetricDataQueries"));
    if (queries.size() > 500)
        throw invalidValue(tr("The collection MetricDataQueries must not have a size greater than 500."));
    const auto start = timeOf(in.value("StartTime"_L1));
    const auto end = timeOf(in.value("EndTime"_L1));
    if (!start)
        throw missing(QStringLiteral("StartTime"));
    if (!end)
        throw missing(QStringLiteral("EndTime"));
    if (*end <= *start)
        throw ApiError { QStringLiteral("ValidationError"),
            tr("The parameter StartTime must be less than the parameter EndTime."), 400 };
    QString scanBy = in.value("ScanBy"_L1).toString();
    if (scanBy.isEmpty())
        scanBy = QStringLiteral("TimestampDescending");
    if (scanBy != "TimestampDescending"_L1 && scanBy != "TimestampAscending"_L1)
        throw ApiError { QStringLiteral("ValidationError"),
            tr("ScanBy must be TimestampDescending or TimestampAscending."), 400 };
    QJsonArray results, messages;
    QSet<QString> ids;
    for (const QJsonValue& value : queries) {
        const QJsonObject query = value.toObject();
        const QString id = query.value("Id"_L1).toString();
        static const QRegularExpression idPattern(QStringLiteral("^[a-z][a-zA-Z0-9_]{0,254}$"));
        if (!idPattern.match(id).hasMatch())
            throw ApiError { QStringLiteral("ValidationError"),
                tr("The value %1 for parameter MetricDataQueries.member.N.Id is invalid: it must start with a "
                   "lower-case "
                   "letter and contain only letters, numbers and underscores.")
                    .arg(id),
                400 };
        if (ids.contains(id))
            throw ApiError { QStringLiteral("ValidationError"),
                tr("The value %1 for parameter Id is not unique.").arg(id), 400 };
        ids.insert(id);
        const QJsonValue returnData = query.value("ReturnData"_L1);
        if (returnData == QJsonValue(false) || returnData == QJsonValue(QStringLiteral("false")))
            continue;
        QJsonObject result { { "Id"_L1, id }, { "StatusCode"_L1, "Complete"_L1 } };
        QJsonArray timestamps, values;
        if (query.contains("MetricStat"_L1)) {
            const QJsonObject stat = query.value("MetricStat"_L1).toObject();
            const QJsonObject metric = stat.value("Metric"_L1).toObject();
            const auto period = numberOf(stat.value("Period"_L1));
            if (!period || *period < 1)
                throw ApiError { QStringLiteral("ValidationError"), tr("MetricStat.Period must be at least 1."), 400 };
            const QString statName = stat.value("Stat"_L1).toString();
            if (!statisticNames.contains(statName))
                throw ApiError { QStringLiteral("ValidationError"), tr("Unsupported statistic %1.").arg(statName),
                    400 };
            result["Label"_L1] = query.contains("Label"_L1) ? query.value("Label"_L1).toString()
                                                            : metric.value("MetricName"_L1).toString();
            const auto grouped = buckets(*m_context.store,
                metricKey(metric.value("Namespace"_L1).toString(), metric.value("MetricName"_L1).toString(),
                    sortedDimensions(metric.value("Dimensions"_L1).toArray())),
                *start, *end, qint64(*period * 1000), stat.value("Unit"_L1).toString());
            for (const auto& [at, aggregate] : grouped) {
                timestamps.append(double(at) / 1000.0);
                values.append(*aggregate.statistic(statName));
            }
            if (scanBy == "TimestampDescending"_L1) {
                QJsonArray t, v;
                for (qsizetype i = timestamps.size() - 1; i >= 0; --i) {
                    t.append(timestamps[i]);
                    v.append(values[i]);
                }
                timestamps = t;
                values = v;
            }
        } else if (query.contains("Expression"_L1)) {
            result["Label"_L1] = query.value("Label"_L1).toString(id);
            result["StatusCode"_L1] = "InternalError"_L1;
            result["Messages"_L1] = QJsonArray { QJsonObject { { "Code"_L1, "Unsupported"_L1 },
                { "Value"_L1, tr("Metric math expressions are not supported by the local endpoint.") } } };
        } else {
            throw ApiError { QStringLiteral("ValidationError"),
                tr("Exactly one of MetricStat and Expression must be given for query %1.").arg(id), 400 };
        }
        result["Timestamps"_L1] = timestamps;
        result["Values"_L1] = values;
        results.append(result);
    }
    return { { "MetricDataResults"_L1, results }, { "Messages"_L1, messages } };
}

QJsonObject CloudWatchHandler::listMetrics(const QJsonObject& in)
{
    const QString nameSpace = in.value("Namespace"_L1).toString();
    const QString name = in.value("MetricName"_L1).toString();
    const QJsonArray filters = in.value("Dimensions"_L1).toArray();
    Input::Page page;
    page.maxResults = 500;
    if (const QString token = in.value("NextToken"_L1).toString(); !token.isEmpty())
        page = Input::page(QJsonObject { { "NextToken"_L1, token } }, 500, 500, "MaxRecords"_L1, "NextToken"_L1);
    QJsonArray metrics;
    QString last, lastReturned, next;
    const Store::Collection& points = m_context.store->collection(Kind::MetricDatum);
    auto it = page.after.isEmpty() ? points.begin() : points.upper_bound(page.after + QChar(0xffff));
    for (; it != points.end(); ++it) {
        const QString prefix = it->first.left(it->first.size() - 15);
        if (prefix == last)
            continue;
        last = prefix;
        const QJsonObject& point = it->second;
        if (!nameSpace.isEmpty() && point.value("ns"_L1).toString() != nameSpace)
            continue;
        if (!name.isEmpty() && point.value("m"_L1).toString() != name)
            continue;
        const QJsonArray dimensions = point.value("d"_L1).toArray();
        bool matches = true;
        for (const QJsonValue& filter : filters) {
            const QString filterName = filter.toObject().value("Name"_L1).toString();
            const QJsonValue filterValue = filter.toObject().value("Value"_L1);
            bool found = false;
            for (const QJsonValue& dimension : dimensions) {
                found = found
                    || (dimension.toObject().value("Name"_L1).toString() == filterName
                        && (filterValue.isUndefined() || dimension.toObject().value("Value"_L1) == filterValue));
            }
            matches = matches && found;
        }
        if (!matches)
            continue;
        if (metrics.size() == page.maxResults) {
            next = Input::encodeToken(lastReturned);
            break;
        }
        metrics.append(QJsonObject { { "Namespace"_L1, point.value("ns"_L1) }, { "MetricName"_L1, point.value("m"_L1) },
            { "Dimensions"_L1, dimensions } });
        lastReturned = prefix;
    }
    QJsonObject out { { "Metrics"_L1, metrics } };
    if (!next.isEmpty())
        out["NextToken"_L1] = next;
    return out;
}

} // namespace EcsDesk::Local
