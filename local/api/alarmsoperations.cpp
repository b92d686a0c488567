// SPDX-License-Identifier: MIT
// CloudWatch's alarm operations; the records and their evaluation are in alarms.cpp (AlarmBook).
#include "local/api/alarms.h"
#include "local/api/cloudwatchhandler.h"
#include "local/api/cloudwatchinput.h"

#include "local/clock.h"
#include "local/store/store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace EcsDesk::Local {

namespace {
    QString tr(const char* text) { return QCoreApplication::translate("EcsDesk::Local::CloudWatchHandler", text); }

    ApiError validation(const QString& message) { return { QStringLiteral("ValidationError"), message, 400 }; }
    using CloudWatchInput::invalidValue;
    using CloudWatchInput::missing;
    using CloudWatchInput::numberOf;
    using CloudWatchInput::timeOf;
    ApiError combination(const QString& message)
    {
        return { QStringLiteral("InvalidParameterCombination"), message, 400 };
    }

    std::optional<bool> booleanOf(const QJsonValue& value)
    {
        if (value.isBool())
            return value.toBool();
        if (value.toString() == "true"_L1)
            return true;
        if (value.toString() == "false"_L1)
            return false;
        return std::nullopt;
    }
    QStringList textList(const QJsonValue& value)
    {
        QStringList out;
        for (const QJsonValue& item : value.toArray())
            out.append(item.toString());
        return out;
    }
    QString requiredText(const QJsonObject& in, QLatin1String name)
    {
        const QString value = in.value(name).toString();
        if (value.isEmpty())
            throw missing(name);
        return value;
    }
    int requiredInteger(const QJsonObject& in, QLatin1String name, int minimum)
    {
        if (!in.contains(name))
            throw missing(name);
        const auto value = numberOf(in.value(name));
        if (!value || std::trunc(*value) != *value || *value < minimum)
            throw invalidValue(
                tr("The value %1 for parameter %2 is invalid.").arg(in.value(name).toVariant().toString(), name));
        return int(*value);
    }

    QJsonArray dimensionsOf(const QJsonValue& value)
    {
        QJsonArray out;
        for (const QJsonValue& item : value.toArray()) {
            const QJsonObject dimension = item.toObject();
            out.append(QJsonObject { { "Name"_L1, dimension.value("Name"_L1).toString() },
                { "Value"_L1, dimension.value("Value"_L1).toString() } });
        }
        return out;
    }

    QString pageToken(const QString& key)
    {
        return QString::fromLatin1(QByteArray("a1:" + key.toUtf8()).toBase64(QByteArray::Base64UrlEncoding));
    }
    QString afterToken(const QJsonObject& in)
    {
        const QString token = in.value("NextToken"_L1).toString();
        if (token.isEmpty())
            return {};
        const auto decoded = QByteArray::fromBase64Encoding(token.toLatin1(), QByteArray::Base64UrlEncoding);
        if (!decoded || !decoded.decoded.startsWith("a1:") || decoded.decoded.size() < 4)
            throw ApiError { QStringLiteral("InvalidNextToken"), tr("The service returned an invalid next token."),
                400 };
        return QString::fromUtf8(decoded.decoded.mid(3));
    }
    int maxRecords(const QJsonObject& in, int byDefault)
    {
        if (!in.contains("MaxRecords"_L1))
            return byDefault;
        const auto value = numberOf(in.value("MaxRecords"_L1));
        if (!value || *value < 1 || *value > 100)
            throw validation(tr("1 validation error detected: Value '%1' at 'maxRecords' failed to satisfy "
                                "constraint: Member must have value less than or equal to 100")
                                 .arg(in.value("MaxRecords"_L1).toVariant().toString()));
        return int(*value);
    }

    void checkActions(const QJsonObject& in, QJsonObject& alarm)
    {
        for (const char* field : { "OKActions", "AlarmActions", "InsufficientDataActions" }) {
            const QLatin1String name(field);
            if (!in.contains(name))
                continue;
            const QStringList actions = textList(in.value(name));
            if (actions.size() > 5)
                throw validation(tr("The collection %1 must not have a size greater than 5.").arg(name));
            for (const QString& action : actions) {
                if (!action.startsWith("arn:"_L1) || action.count(QLatin1Char(':')) < 5)
                    throw validation(tr("Invalid arn syntax: %1").arg(action));
            }
            alarm[name] = QJsonArray::fromStringList(actions);
        }
    }

    const QStringList statistics { QStringLiteral("SampleCount"), QStringLiteral("Average"), QStringLiteral("Sum"),
        QStringLiteral("Minimum"), QStringLiteral("Maximum") };

    void checkPeriod(double period, const QString& field)
    {
        const bool valid = period == 10 || period == 20 || period == 30 || (period >= 60 && std::fmod(period, 60) == 0)
            || period == 1 || period == 5;
        if (!valid)
            throw validation(tr("The parameter %1 must be 10, 20, 30 or a multiple of 60.").arg(field));
    }

    QJsonArray metricQueriesOf(const QJsonObject& in)
    {
        QJsonArray out;
        int returning = 0;
        for (const QJsonValue& item : in.value("Metrics"_L1).toArray()) {
            const QJsonObject query = item.toObject();
            QJsonObject normalised;
            const QString id = query.value("Id"_L1).toString();
            if (id.isEmpty())
                throw missing(QStringLiteral("Metrics.member.N.Id"));
            normalised["Id"_L1] = id;
            const bool returns = booleanOf(query.value("ReturnData"_L1)).value_or(true);
            normalised["ReturnData"_L1] = returns;
            returning += returns ? 1 : 0;
            for (const char* text : { "Expression", "Label", "AccountId" }) {
                if (query.contains(QLatin1String(text)))
                    normalised[QLatin1String(text)] = query.value(QLatin1String(text)).toString();
            }
            if (query.contains("Period"_L1))
                normalised["Period"_L1] = numberOf(query.value("Period"_L1)).value_or(60);
            if (query.contains("MetricStat"_L1)) {
                const QJsonObject stat = query.value("MetricStat"_L1).toObject();
                const QJsonObject metric = stat.value("Metric"_L1).toObject();
                const double period = numberOf(stat.value("Period"_L1)).value_or(0);
                checkPeriod(period, QStringLiteral("Metrics.member.N.MetricStat.Period"));
                QJsonObject normalisedStat {
                    { "Metric"_L1,
                        QJsonObject { { "Namespace"_L1, metric.value("Namespace"_L1) },
                            { "MetricName"_L1, metric.value("MetricName"_L1) },
                            { "Dimensions"_L1, dimensionsOf(metric.value("Dimensions"_L1)) } } },
                    { "Period"_L1, int(period) }, { "Stat"_L1, stat.value("Stat"_L1).toString() }
                };
                if (stat.contains("Unit"_L1))
                    normalisedStat["Unit"_L1] = stat.value("Unit"_L1).toString();
                normalised["MetricStat"_L1] = normalisedStat;
            } else if (!query.contains("Expression"_L1)) {
                throw validation(tr("Exactly one of MetricStat and Expression must be given for metric %1.").arg(id));
            }
            out.append(normalised);
        }
        if (returning != 1)
            throw validation(tr("Exactly one element of the metrics list should return data."));
        return out;
    }

    bool matchesDimensions(const QJsonArray& wanted, const QJsonArray& have)
    {
        auto sorted = [](const QJsonArray& list) {
            QStringList out;
            for (const QJsonValue& item : list)
                out.append(
                    item.toObject().value("Name"_L1).toString() + u'=' + item.toObject().value("Value"_L1).toString());
            out.sort();
            return out;
        };
        return sorted(wanted) == sorted(have);
    }
} // namespace

QJsonObject CloudWatchHandler::putMetricAlarm(const QJsonObject& in)
{
    const QString name = requiredText(in, "AlarmName"_L1);
    if (name.size() > 255)
        throw validation(tr("The parameter AlarmName must be at most 255 characters long."));
    QJsonObject alarm { { "AlarmName"_L1, name } };
    if (in.contains("AlarmDescription"_L1))
        alarm["AlarmDescription"_L1] = in.value("AlarmDescription"_L1).toString();
    alarm["ActionsEnabled"_L1] = booleanOf(in.value("ActionsEnabled"_L1)).value_or(true);
    checkActions(in, alarm);
    const bool single = in.contains("MetricName"_L1);
    const bool math = !in.value("Metrics"_L1).toArray().isEmpty();
    if (single == math)
        throw validation(tr("Exactly one of the parameters MetricName and Metrics must be specified."));
    if (single) {
        alarm["MetricName"_L1] = requiredText(in, "MetricName"_L1);
        alarm["Namespace"_L1] = requiredText(in, "Namespace"_L1);
        const QString statistic = in.value("Statistic"_L1).toString();
        const QString extended = in.value("ExtendedStatistic"_L1).toString();
        if (statistic.isEmpty() == extended.isEmpty())
            throw combination(tr("Exactly one of the parameters Statistic or ExtendedStatistic must be specified."));
        if (!statistic.isEmpty()) {
            if (!statistics.contains(statistic))
                throw invalidValue(tr("The value %1 for parameter Statistic is not supported.").arg(statistic));
            alarm["Statistic"_L1] = statistic;
        } else {
            if (!extended.startsWith(QLatin1Char('p')) && !extended.startsWith("tm"_L1) && !extended.startsWith("wm"_L1)
                && !extended.startsWith("tc"_L1) && !extended.startsWith("ts"_L1) && !extended.startsWith("pr"_L1))
                throw invalidValue(tr("The value %1 for parameter ExtendedStatistic is not supported.").arg(extended));
            alarm["ExtendedStatistic"_L1] = extended;
        }
        alarm["Dimensions"_L1] = dimensionsOf(in.value("Dimensions"_L1));
        if (alarm.value("Dimensions"_L1).toArray().size() > 30)
            throw validation(tr("The collection Dimensions must not have a size greater than 30."));
        const int period = requiredInteger(in, "Period"_L1, 1);
        checkPeriod(period, QStringLiteral("Period"));
        alarm["Period"_L1] = period;
        if (in.contains("Unit"_L1))
            alarm["Unit"_L1] = in.value("Unit"_L1).toString();
    } else {
        alarm["Metrics"_L1] = metricQueriesOf(in);
    }
    const int periods = requiredInteger(in, "EvaluationPeriods"_L1, 1);
    alarm["EvaluationPeriods"_L1] = periods;
    if (in.contains("DatapointsToAlarm"_L1)) {
        const int datapoints = requiredInteger(in, "DatapointsToAlarm"_L1, 1);
        if (datapoints > periods)
            throw validation(tr("DatapointsToAlarm must be less than or equal to EvaluationPeriods."));
        alarm["DatapointsToAlarm"_L1] = datapoints;
    }
    const QString comparison = requiredText(in, "ComparisonOperator"_L1);
    alarm["ComparisonOperator"_L1] = comparison;
    if (in.contains("ThresholdMetricId"_L1)) {
        alarm["ThresholdMetricId"_L1] = in.value("ThresholdMetricId"_L1).toString();
    } else {
        if (!in.contains("Threshold"_L1))
            throw validation(tr("Threshold must be specified for an alarm that does not use ThresholdMetricId."));
        const auto threshold = numberOf(in.value("Threshold"_L1));
        if (!threshold)
            throw invalidValue(
                tr("The value %1 for parameter Threshold is invalid.").arg(in.value("Threshold"_L1).toString()));
        alarm["Threshold"_L1] = *threshold;
    }
    if (in.contains("TreatMissingData"_L1)) {
        const QString treatment = in.value("TreatMissingData"_L1).toString();
        static const QStringList treatments { QStringLiteral("missing"), QStringLiteral("ignore"),
            QStringLiteral("breaching"), QStringLiteral("notBreaching") };
        if (!treatments.contains(treatment))
            throw validation(tr("Option %1 is not supported. Supported options for parameter TreatMissingData are "
                                "missing, ignore, breaching and notBreaching.")
                                 .arg(treatment));
        alarm["TreatMissingData"_L1] = treatment;
    }
    if (in.contains("EvaluateLowSampleCountPercentile"_L1)) {
        const QString option = in.value("EvaluateLowSampleCountPercentile"_L1).toString();
        if (option != "evaluate"_L1 && option != "ignore"_L1)
            throw validation(tr("Option %1 is not supported. Supported options for parameter "
                                "EvaluateLowSampleCountPercentile are evaluate and ignore.")
                                 .arg(option));
        alarm["EvaluateLowSampleCountPercentile"_L1] = option;
    }
    AlarmBook(m_context).put(alarm, m_context.clock->now().toMSecsSinceEpoch());
    return {};
}

QJsonObject CloudWatchHandler::describeAlarms(const QJsonObject& in)
{
    const QStringList names = textList(in.value("AlarmNames"_L1));
    const QString prefix = in.value("AlarmNamePrefix"_L1).toString();
    if (!names.isEmpty() && !prefix.isEmpty())
        throw combination(tr("AlarmNames and AlarmNamePrefix cannot be specified together."));
    if (names.size() > 100)
        throw validation(tr("The collection AlarmNames must not have a size greater than 100."));
    const QStringList types = textList(in.value("AlarmTypes"_L1));
    const QString state = in.value("StateValue"_L1).toString();
    const QString actionPrefix = in.value("ActionPrefix"_L1).toString();
    const int max = maxRecords(in, 50);
    const QString after = afterToken(in);
    QJsonArray alarms;
    QString next;
    const bool metricAlarms = types.isEmpty() || types.contains("MetricAlarm"_L1);
    const Store::Collection& all = m_context.store->collection(Kind::Alarm);
    QString lastReturned;
    for (auto it = after.isEmpty() ? all.lower_bound(prefix) : all.upper_bound(after); metricAlarms && it != all.end();
         ++it) {
        if (!prefix.isEmpty() && !it->first.startsWith(prefix))
            break;
        if (!names.isEmpty() && !names.contains(it->first))
            continue;
        const QJsonObject& alarm = it->second;
        if (!state.isEmpty() && alarm.value("StateValue"_L1).toString() != state)
            continue;
        if (!actionPrefix.isEmpty()) {
            bool found = false;
            for (const char* list : { "OKActions", "AlarmActions", "InsufficientDataActions" }) {
                for (const QString& action : textList(alarm.value(QLatin1String(list))))
                    found = found || action.startsWith(actionPrefix);
            }
            if (!found)
                continue;
        }
        if (alarms.size() == max) {
            next = pageToken(lastReturned);
            break;
        }
        alarms.append(AlarmBook::publicView(alarm));
        lastReturned = it->first;
    }
    QJsonObject out { { "MetricAlarms"_L1, alarms }, { "CompositeAlarms"_L1, QJsonArray() } };
    if (!next.isEmpty())
        out["NextToken"_L1] = next;
    return out;
}

QJsonObject CloudWatchHandler::describeAlarmsForMetric(const QJsonObject& in)
{
    const QString name = requiredText(in, "MetricName"_L1);
    const QString nameSpace = requiredText(in, "Namespace"_L1);
    const QString statistic = in.value("Statistic"_L1).toString();
    const QString extended = in.value("ExtendedStatistic"_L1).toString();
    const auto period = numberOf(in.value("Period"_L1));
    const QString unit = in.value("Unit"_L1).toString();
    const bool byDimensions = in.contains("Dimensions"_L1);
    const QJsonArray dimensions = dimensionsOf(in.value("Dimensions"_L1));
    QJsonArray alarms;
    for (const auto& [key, alarm] : m_context.store->collection(Kind::Alarm)) {
        if (alarm.value("MetricName"_L1).toString() != name || alarm.value("Namespace"_L1).toString() != nameSpace)
            continue;
        if ((!statistic.isEmpty() && alarm.value("Statistic"_L1).toString() != statistic)
            || (!extended.isEmpty() && alarm.value("ExtendedStatistic"_L1).toString() != extended)
            || (period && alarm.value("Period"_L1).toDouble() != *period)
            || (!unit.isEmpty() && alarm.value("Unit"_L1).toString() != unit)
            || (byDimensions && !matchesDimensions(dimensions, alarm.value("Dimensions"_L1).toArray())))
            continue;
        alarms.append(AlarmBook::publicView(alarm));
    }
    return { { "MetricAlarms"_L1, alarms } };
}

QJsonObject CloudWatchHandler::deleteAlarms(const QJsonObject& in)
{
    const QStringList names = textList(in.value("AlarmNames"_L1));
    if (names.isEmpty())
        throw missing(QStringLiteral("AlarmNames"));
    if (names.size() > 100)
        throw validation(tr("The collection AlarmNames must not have a size greater than 100."));
    // As CloudWatch: names that do not exist are skipped without an error.
    AlarmBook book(m_context);
    const qint64 now = m_context.clock->now().toMSecsSinceEpoch();
    for (const QString& name : names)
        book.remove(name, now);
    return {};
}

QJsonObject CloudWatchHandler::describeAlarmHistory(const QJsonObject& in)
{
    const QString name = in.value("AlarmName"_L1).toString();
    const QString type = in.value("HistoryItemType"_L1).toString();
    const QStringList types = textList(in.value("AlarmTypes"_L1));
    const auto start = in.contains("StartDate"_L1) ? timeOf(in.value("StartDate"_L1)) : std::optional<qint64>(0);
    const auto end = in.contains("EndDate"_L1) ? timeOf(in.value("EndDate"_L1))
                                               : std::optional<qint64>(std::numeric_limits<qint64>::max());
    if (!start || !end)
        throw invalidValue(tr("The parameters StartDate and EndDate must be timestamps."));
    const QString scanBy = in.value("ScanBy"_L1).toString(QStringLiteral("TimestampDescending"));
    const bool ascending = scanBy == "TimestampAscending"_L1;
    const int max = maxRecords(in, 100);
    const QString after = afterToken(in);
    const Store::Collection& all = m_context.store->collection(Kind::AlarmHistory);
    QJsonArray items;
    QString next, lastReturned;
    auto visit = [&](const QString& key, const QJsonObject& item) {
        if (!types.isEmpty() && !types.contains("MetricAlarm"_L1))
            return true;
        if (!name.isEmpty() && item.value("AlarmName"_L1).toString() != name)
            return true;
        if (!type.isEmpty() && item.value("HistoryItemType"_L1).toString() != type)
            return true;
        const qint64 at = qint64(item.value("Timestamp"_L1).toDouble() * 1000);
        if (at < *start || at > *end)
            return true;
        if (items.size() == max) {
            next = pageToken(lastReturned);
            return false;
        }
        items.append(item);
        lastReturned = key;
        return true;
    };
    if (ascending) {
        for (auto it = after.isEmpty() ? all.begin() : all.upper_bound(after); it != all.end(); ++it) {
            if (!visit(it->first, it->second))
                break;
        }
    } else {
        auto it = after.isEmpty() ? all.end() : all.lower_bound(after);
        while (it != all.begin()) {
            --it;
            if (!visit(it->first, it->second))
                break;
        }
    }
    QJsonObject out { { "AlarmHistoryItems"_L1, items } };
    if (!next.isEmpty())
        out["NextToken"_L1] = next;
    return out;
}

QJsonObject CloudWatchHandler::setAlarmState(const QJsonObject& in)
{
    const QString name = requiredText(in, "AlarmName"_L1);
    const QString state = requiredText(in, "StateValue"_L1);
    const QString reason = requiredText(in, "StateReason"_L1);
    const QString reasonData = in.value("StateReasonData"_L1).toString();
    if (!reasonData.isEmpty()) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(reasonData.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !document.isObject())
            throw ApiError { QStringLiteral("InvalidFormat"), tr("The parameter StateReasonData is not valid JSON."),
                400 };
    }
    if (state != AlarmBook::stateAlarm() && state != AlarmBook::stateOk() && state != AlarmBook::stateInsufficient())
        throw validation(tr("1 validation error detected: Value '%1' at 'stateValue' failed to satisfy constraint: "
                            "Member must satisfy enum value set: [INSUFFICIENT_DATA, ALARM, OK]")
                             .arg(state));
    AlarmBook book(m_context);
    if (!book.find(name))
        throw ApiError { QStringLiteral("ResourceNotFound"), tr("Alarm %1 not found").arg(name), 404 };
    book.setState(name, state, reason, reasonData, m_context.clock->now().toMSecsSinceEpoch());
    return {};
}

QJsonObject CloudWatchHandler::setAlarmActions(const QJsonObject& in, bool enabled)
{
    const QStringList names = textList(in.value("AlarmNames"_L1));
    if (names.isEmpty())
        throw missing(QStringLiteral("AlarmNames"));
    if (names.size() > 100)
        throw validation(tr("The collection AlarmNames must not have a size greater than 100."));
    AlarmBook book(m_context);
    const qint64 now = m_context.clock->now().toMSecsSinceEpoch();
    for (const QString& name : names)
        book.setActionsEnabled(name, enabled, now);
    return {};
}

} // namespace EcsDesk::Local
