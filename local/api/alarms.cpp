// SPDX-License-Identifier: MIT
#include "local/api/alarms.h"

#include "local/api/cloudwatchhandler.h"
#include "local/store/store.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <functional>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace EcsDesk::Local {

namespace {
    const QChar separator(0x1f);
    std::atomic<quint64> historySequence { 0 };
    std::atomic<quint64> activitySequence { 0 };

    QString padded(qint64 value, int width) { return QStringLiteral("%1").arg(value, width, 10, QLatin1Char('0')); }

    QString isoTime(qint64 ms)
    {
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(u"yyyy-MM-dd'T'HH:mm:ss.zzz'+0000'");
    }

    bool breaches(const QString& comparison, double value, double threshold)
    {
        if (comparison == "GreaterThanOrEqualToThreshold"_L1)
            return value >= threshold;
        if (comparison == "GreaterThanThreshold"_L1)
            return value > threshold;
        if (comparison == "LessThanThreshold"_L1)
            return value < threshold;
        if (comparison == "LessThanOrEqualToThreshold"_L1)
            return value <= threshold;
        return false;
    }

    bool above(const QString& comparison) { return comparison.startsWith("GreaterThan"_L1); }

    QString number(double value) { return QString::number(value, 'f', value == std::floor(value) ? 1 : 3); }

    /// One metric statistic per period: a statistic (SampleCount, Average, Sum, Minimum, Maximum)
    /// or a percentile pNN, which the endpoint takes over the metric's one-minute averages (it keeps
    /// sums, counts and extremes per datapoint time, not every sample).
    struct MetricStat {
        QString nameSpace, metricName, statistic, unit;
        QJsonArray dimensions;
        qint64 periodMs = 0;
        bool valid() const
        {
            static const QStringList statistics { QStringLiteral("SampleCount"), QStringLiteral("Average"),
                QStringLiteral("Sum"), QStringLiteral("Minimum"), QStringLiteral("Maximum") };
            return periodMs > 0 && (statistics.contains(statistic) || percentile(statistic).has_value());
        }
        static std::optional<double> percentile(const QString& statistic)
        {
            static const QRegularExpression pattern(QStringLiteral("^p(\\d{1,2}(\\.\\d+)?|100)$"));
            const QRegularExpressionMatch match = pattern.match(statistic);
            if (!match.hasMatch())
                return std::nullopt;
            return match.captured(1).toDouble();
        }
        /// The datapoints in [startMs, endMs) per period (periods without data left out).
        std::vector<CloudWatchHandler::Datapoint> series(const Store& store, qint64 startMs, qint64 endMs) const
        {
            const std::optional<double> rank = percentile(statistic);
            if (!rank)
                return CloudWatchHandler::series(
                    store, nameSpace, metricName, dimensions, startMs, endMs, periodMs, unit, statistic);
            std::vector<CloudWatchHandler::Datapoint> out;
            const auto minutes = CloudWatchHandler::series(store, nameSpace, metricName, dimensions, startMs, endMs,
                std::min<qint64>(periodMs, 60000), unit, QStringLiteral("Average"));
            for (qint64 from = startMs; from < endMs; from += periodMs) {
                std::vector<double> values;
                double samples = 0;
                for (const auto& minute : minutes) {
                    if (minute.atMs >= from && minute.atMs < from + periodMs) {
                        values.push_back(minute.value);
                        samples += minute.sampleCount;
                    }
                }
                if (values.empty())
                    continue;
                std::sort(values.begin(), values.end());
                // Nearest rank.
                const auto index = qsizetype(std::ceil(*rank / 100.0 * double(values.size()))) - 1;
                out.push_back(
                    { from, values[size_t(std::clamp<qsizetype>(index, 0, qsizetype(values.size()) - 1))], samples });
            }
            return out;
        }
    };

    MetricStat statOf(const QJsonObject& stat)
    {
        const QJsonObject metric = stat.value("Metric"_L1).toObject();
        return { metric.value("Namespace"_L1).toString(), metric.value("MetricName"_L1).toString(),
            stat.value("Stat"_L1).toString(), stat.value("Unit"_L1).toString(), metric.value("Dimensions"_L1).toArray(),
            qint64(stat.value("Period"_L1).toDouble()) * 1000 };
    }

    /// Metric math as far as the endpoint evaluates it: + - * / and parentheses over numbers and the
    /// ids of other queries. Nullopt for anything else (functions such as SUM(METRICS())).
    class Expression {
    public:
        static std::optional<Expression> parse(const QString& text)
        {
            Expression expression;
            expression.m_text = text;
            expression.m_pos = 0;
            if (!expression.parseSum(&expression.m_root) || expression.skip() < text.size())
                return std::nullopt;
            return expression;
        }
        QStringList ids() const
        {
            QStringList out;
            for (const Node& node : m_nodes) {
                if (node.op == 'i')
                    out.append(node.id);
            }
            return out;
        }
        std::optional<double> evaluate(const QHash<QString, double>& values) const { return at(m_root, values); }

    private:
        struct Node {
            char op = 'n'; ///< 'n' number, 'i' id, '+', '-', '*', '/', 'u' (unary minus)
            double number = 0;
            QString id;
            int left = -1;
            int right = -1;
        };
        qsizetype skip()
        {
            while (m_pos < m_text.size() && m_text[m_pos].isSpace())
                ++m_pos;
            return m_pos;
        }
        int add(Node node)
        {
            m_nodes.push_back(std::move(node));
            return int(m_nodes.size()) - 1;
        }
        bool parseSum(int* out)
        {
            int left = -1;
            if (!parseProduct(&left))
                return false;
            while (skip() < m_text.size() && (m_text[m_pos] == u'+' || m_text[m_pos] == u'-')) {
                const char op = char(m_text[m_pos++].unicode());
                int right = -1;
                if (!parseProduct(&right))
                    return false;
                left = add({ op, 0, {}, left, right });
            }
            *out = left;
            return true;
        }
        bool parseProduct(int* out)
        {
            int left = -1;
            if (!parseFactor(&left))
                return false;
            while (skip() < m_text.size() && (m_text[m_pos] == u'*' || m_text[m_pos] == u'/')) {
                const char op = char(m_text[m_pos++].unicode());
                int right = -1;
                if (!parseFactor(&right))
                    return false;
                left = add({ op, 0, {}, left, right });
            }
            *out = left;
            return true;
        }
        bool parseFactor(int* out)
        {
            if (skip() >= m_text.size() || m_nodes.size() > 200)
                return false;
            const QChar c = m_text[m_pos];
            if (c == u'-') {
                ++m_pos;
                int operand = -1;
                if (!parseFactor(&operand))
                    return false;
                *out = add({ 'u', 0, {}, operand, -1 });
                return true;
            }
            if (c == u'(') {
                ++m_pos;
                if (!parseSum(out) || skip() >= m_text.size() || m_text[m_pos] != u')')
                    return false;
                ++m_pos;
                return true;
            }
            const qsizetype begin = m_pos;
            if (c.isDigit() || c == u'.') {
                while (m_pos < m_text.size() && (m_text[m_pos].isDigit() || m_text[m_pos] == u'.'))
                    ++m_pos;
                bool ok = false;
                const double value = m_text.mid(begin, m_pos - begin).toDouble(&ok);
                if (!ok)
                    return false;
                *out = add({ 'n', value, {}, -1, -1 });
                return true;
            }
            if (c.isLetter()) {
                while (m_pos < m_text.size() && (m_text[m_pos].isLetterOrNumber() || m_text[m_pos] == u'_'))
                    ++m_pos;
                if (skip() < m_text.size() && m_text[m_pos] == u'(')
                    return false; // a function: not evaluated here
                *out = add({ 'i', 0, m_text.mid(begin, m_pos - begin).trimmed(), -1, -1 });
                return true;
            }
            return false;
        }
        std::optional<double> at(int index, const QHash<QString, double>& values) const
        {
            const Node& node = m_nodes[size_t(index)];
            if (node.op == 'n')
                return node.number;
            if (node.op == 'i') {
                const auto found = values.constFind(node.id);
                return found == values.constEnd() ? std::nullopt : std::optional(*found);
            }
            const std::optional<double> left = at(node.left, values);
            if (!left)
                return std::nullopt;
            if (node.op == 'u')
                return -*left;
            const std::optional<double> right = at(node.right, values);
            if (!right)
                return std::nullopt;
            switch (node.op) {
            case '+':
                return *left + *right;
            case '-':
                return *left - *right;
            case '*':
                return *left * *right;
            default:
                if (*right == 0)
                    return std::nullopt; // CloudWatch drops a division by zero's datapoint
                return *left / *right;
            }
        }

        QString m_text;
        qsizetype m_pos = 0;
        std::vector<Node> m_nodes;
        int m_root = -1;
    };

    /// What an alarm watches: one metric statistic per period, or metric math (queries of metric
    /// statistics and arithmetic expressions over them, one returning data).
    struct Watched {
        QString statistic; ///< for the reason's data
        qint64 periodMs = 0;
        bool valid = false;
        std::function<std::vector<CloudWatchHandler::Datapoint>(const Store&, qint64, qint64)> series;
    };

    Watched watchedOf(const QJsonObject& alarm)
    {
        Watched watched;
        if (alarm.contains("MetricName"_L1)) {
            const MetricStat stat { alarm.value("Namespace"_L1).toString(), alarm.value("MetricName"_L1).toString(),
                alarm.contains("ExtendedStatistic"_L1) ? alarm.value("ExtendedStatistic"_L1).toString()
                                                       : alarm.value("Statistic"_L1).toString(),
                alarm.value("Unit"_L1).toString(), alarm.value("Dimensions"_L1).toArray(),
                qint64(alarm.value("Period"_L1).toDouble()) * 1000 };
            watched.statistic = stat.statistic;
            watched.periodMs = stat.periodMs;
            watched.valid = stat.valid();
            watched.series
                = [stat](const Store& store, qint64 from, qint64 to) { return stat.series(store, from, to); };
            return watched;
        }
        // Metric math: every MetricStat query's series, the expressions evaluated per timestamp.
        QHash<QString, MetricStat> stats;
        std::vector<std::pair<QString, Expression>> expressions;
        QString returning;
        for (const QJsonValue& item : alarm.value("Metrics"_L1).toArray()) {
            const QJsonObject query = item.toObject();
            const QString id = query.value("Id"_L1).toString();
            if (!query.contains("ReturnData"_L1) || query.value("ReturnData"_L1).toBool())
                returning = id;
            if (query.contains("MetricStat"_L1)) {
                const MetricStat stat = statOf(query.value("MetricStat"_L1).toObject());
                if (!stat.valid())
                    return watched;
                stats.insert(id, stat);
                watched.periodMs = std::max(watched.periodMs, stat.periodMs);
                if (watched.statistic.isEmpty())
                    watched.statistic = stat.statistic;
            } else {
                std::optional<Expression> expression = Expression::parse(query.value("Expression"_L1).toString());
                if (!expression)
                    return watched; // a function the endpoint does not evaluate
                expressions.emplace_back(id, std::move(*expression));
                if (query.contains("Period"_L1))
                    watched.periodMs = std::max(watched.periodMs, qint64(query.value("Period"_L1).toDouble()) * 1000);
            }
        }
        if (returning.isEmpty() || watched.periodMs <= 0)
            return watched;
        watched.valid = true;
        const qint64 periodMs = watched.periodMs;
        watched.series = [stats, expressions, returning, periodMs](const Store& store, qint64 from, qint64 to) {
            // Values by id and period start; expressions in their order (they may use earlier ones).
            QHash<QString, std::map<qint64, double>> values;
            std::map<qint64, double> samples;
            for (auto it = stats.cbegin(); it != stats.cend(); ++it) {
                MetricStat stat = it.value();
                stat.periodMs = periodMs;
                for (const auto& point : stat.series(store, from, to)) {
                    values[it.key()][point.atMs] = point.value;
                    samples[point.atMs] += point.sampleCount;
                }
            }
            for (const auto& [id, expression] : expressions) {
                std::map<qint64, double>& out = values[id];
                for (qint64 at = from; at < to; at += periodMs) {
                    QHash<QString, double> known;
                    for (const QString& ref : expression.ids()) {
                        const auto series = values.constFind(ref);
                        if (series == values.constEnd())
                            continue;
                        const auto found = series->find(at);
                        if (found != series->end())
                            known.insert(ref, found->second);
                    }
                    if (const std::optional<double> value = expression.evaluate(known))
                        out[at] = *value;
                }
            }
            std::vector<CloudWatchHandler::Datapoint> out;
            for (const auto& [at, value] : values.value(returning))
                out.push_back({ at, value, samples.count(at) ? samples.at(at) : 1.0 });
            return out;
        };
        return watched;
    }
} // namespace

const QJsonObject* AlarmBook::find(const QString& name) const { return m_context.store->find(Kind::Alarm, name); }

QJsonObject AlarmBook::publicView(const QJsonObject& record)
{
    QJsonObject out = record;
    for (const QString& key : record.keys()) {
        if (key.startsWith(QLatin1Char('_')))
            out.remove(key);
    }
    return out;
}

QString AlarmBook::alarmArn(const QString& name) const
{
    return "arn:aws:cloudwatch:"_L1 + m_context.region + QLatin1Char(':') + m_context.accountId + ":alarm:"_L1 + name;
}

QString AlarmBook::serviceArn(const QString& cluster, const QString& service) const
{
    return "arn:aws:ecs:"_L1 + m_context.region + QLatin1Char(':') + m_context.accountId + ":service/"_L1 + cluster
        + QLatin1Char('/') + service;
}

void AlarmBook::addHistory(
    const QString& name, const QString& type, const QString& summary, const QJsonObject& data, qint64 nowMs)
{
    const QJsonObject item { { "AlarmName"_L1, name }, { "AlarmType"_L1, "MetricAlarm"_L1 },
        { "Timestamp"_L1, double(nowMs) / 1000.0 }, { "HistoryItemType"_L1, type }, { "HistorySummary"_L1, summary },
        { "HistoryData"_L1, QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)) } };
    m_context.store->put(Kind::AlarmHistory,
        padded(nowMs, 15) + padded(qint64(++historySequence % 1000000), 6) + separator + name, item);
}

void AlarmBook::put(const QJsonObject& configuration, qint64 nowMs)
{
    const QString name = configuration.value("AlarmName"_L1).toString();
    const QJsonObject* existing = find(name);
    QJsonObject alarm = configuration;
    alarm["AlarmArn"_L1] = alarmArn(name);
    alarm["AlarmConfigurationUpdatedTimestamp"_L1] = double(nowMs) / 1000.0;
    if (!alarm.contains("ActionsEnabled"_L1))
        alarm["ActionsEnabled"_L1] = true;
    for (const char* list : { "OKActions", "AlarmActions", "InsufficientDataActions" }) {
        if (!alarm.contains(QLatin1String(list)))
            alarm[QLatin1String(list)] = QJsonArray();
    }
    if (!alarm.contains("Dimensions"_L1) && alarm.contains("MetricName"_L1))
        alarm["Dimensions"_L1] = QJsonArray();
    if (existing) {
        for (const char* kept : { "StateValue", "StateReason", "StateReasonData", "StateUpdatedTimestamp",
                 "StateTransitionedTimestamp", "_lastValue" }) {
            if (existing->contains(QLatin1String(kept)))
                alarm[QLatin1String(kept)] = existing->value(QLatin1String(kept));
        }
    } else {
        alarm["StateValue"_L1] = stateInsufficient();
        alarm["StateReason"_L1] = tr("Unchecked: Initial alarm creation");
        alarm["StateUpdatedTimestamp"_L1] = double(nowMs) / 1000.0;
        alarm["StateTransitionedTimestamp"_L1] = double(nowMs) / 1000.0;
    }
    m_context.store->put(Kind::Alarm, name, alarm);
    const QJsonObject data { { "version"_L1, "1.0"_L1 }, { "type"_L1, existing ? "Update"_L1 : "Create"_L1 },
        { existing ? "updatedAlarm"_L1 : "createdAlarm"_L1, publicView(alarm) } };
    addHistory(name, QStringLiteral("ConfigurationUpdate"),
        existing ? tr("Alarm \"%1\" updated").arg(name) : tr("Alarm \"%1\" created").arg(name), data, nowMs);
}

void AlarmBook::remove(const QString& name, qint64 nowMs)
{
    const QJsonObject* existing = find(name);
    if (!existing)
        return;
    const QJsonObject data { { "version"_L1, "1.0"_L1 }, { "type"_L1, "Delete"_L1 },
        { "deletedAlarm"_L1, publicView(*existing) } };
    m_context.store->remove(Kind::Alarm, name);
    addHistory(name, QStringLiteral("ConfigurationUpdate"), tr("Alarm \"%1\" deleted").arg(name), data, nowMs);
}

void AlarmBook::setActionsEnabled(const QString& name, bool enabled, qint64 nowMs)
{
    const QJsonObject* existing = find(name);
    if (!existing || existing->value("ActionsEnabled"_L1).toBool() == enabled)
        return;
    QJsonObject alarm = *existing;
    alarm["ActionsEnabled"_L1] = enabled;
    alarm["AlarmConfigurationUpdatedTimestamp"_L1] = double(nowMs) / 1000.0;
    m_context.store->put(Kind::Alarm, name, alarm);
    addHistory(name, QStringLiteral("ConfigurationUpdate"), tr("Alarm \"%1\" updated").arg(name),
        { { "version"_L1, "1.0"_L1 }, { "type"_L1, "Update"_L1 }, { "updatedAlarm"_L1, publicView(alarm) } }, nowMs);
}

bool AlarmBook::setState(
    const QString& name, const QString& state, const QString& reason, const QString& reasonData, qint64 nowMs)
{
    const QJsonObject* existing = find(name);
    if (!existing)
        return false;
    QJsonObject alarm = *existing;
    const QString oldState = alarm.value("StateValue"_L1).toString();
    const QString oldReason = alarm.value("StateReason"_L1).toString();
    const QJsonObject data = QJsonDocument::fromJson(reasonData.toUtf8()).object();
    const QJsonArray recent = data.value("recentDatapoints"_L1).toArray();
    if (!recent.isEmpty() && recent.last().isDouble())
        alarm["_lastValue"_L1] = recent.last().toDouble();
    alarm["StateReason"_L1] = reason;
    if (reasonData.isEmpty())
        alarm.remove("StateReasonData"_L1);
    else
        alarm["StateReasonData"_L1] = reasonData;
    alarm["StateUpdatedTimestamp"_L1] = double(nowMs) / 1000.0;
    if (oldState == state)
        return false; // no transition: the reason of the last one stays
    alarm["StateValue"_L1] = state;
    alarm["StateTransitionedTimestamp"_L1] = double(nowMs) / 1000.0;
    m_context.store->put(Kind::Alarm, name, alarm);
    QJsonObject newState { { "stateValue"_L1, state }, { "stateReason"_L1, reason } };
    if (!data.isEmpty())
        newState["stateReasonData"_L1] = data;
    addHistory(name, QStringLiteral("StateUpdate"), tr("Alarm updated from %1 to %2").arg(oldState, state),
        { { "version"_L1, "1.0"_L1 },
            { "oldState"_L1, QJsonObject { { "stateValue"_L1, oldState }, { "stateReason"_L1, oldReason } } },
            { "newState"_L1, newState } },
        nowMs);
    if (alarm.value("ActionsEnabled"_L1).toBool())
        runActions(alarm, state, nowMs, true);
    return true;
}

void AlarmBook::evaluateAll(qint64 nowMs)
{
    Store& store = *m_context.store;
    std::vector<QJsonObject> alarms;
    for (const auto& [name, alarm] : store.collection(Kind::Alarm))
        alarms.push_back(alarm);
    for (const QJsonObject& alarm : alarms) {
        const QString name = alarm.value("AlarmName"_L1).toString();
        const Watched watched = watchedOf(alarm);
        const QString comparison = alarm.value("ComparisonOperator"_L1).toString();
        const QString current = alarm.value("StateValue"_L1).toString();
        if (!watched.valid || !comparison.endsWith("Threshold"_L1) || comparison.contains("Band"_L1)
            || comparison.contains("LowerOrGreaterThanUpper"_L1)) {
            if (current != stateInsufficient())
                setState(name, stateInsufficient(),
                    tr("Unchecked: the local endpoint evaluates metric statistics, percentiles and metric math of "
                       "+ - * / over them (not metric math functions or anomaly bands)."),
                    {}, nowMs);
            continue;
        }
        const int periods = std::max(1, alarm.value("EvaluationPeriods"_L1).toInt());
        const int toAlarm = std::clamp(alarm.value("DatapointsToAlarm"_L1).toInt(periods), 1, periods);
        const double threshold = alarm.value("Threshold"_L1).toDouble();
        const QString treatment = alarm.value("TreatMissingData"_L1).toString(QStringLiteral("missing"));
        const qint64 endMs = nowMs / watched.periodMs * watched.periodMs;
        const qint64 startMs = endMs - periods * watched.periodMs;
        const auto points = watched.series(store, startMs, endMs);
        int breaching = 0;
        for (const auto& point : points)
            breaching += breaches(comparison, point.value, threshold) ? 1 : 0;
        const int missing = periods - int(points.size());
        if (treatment == "breaching"_L1)
            breaching += missing;
        QString state;
        if (breaching >= toAlarm)
            state = stateAlarm();
        else if (!points.empty() || treatment == "notBreaching"_L1 || treatment == "breaching"_L1)
            state = stateOk();
        else if (treatment == "ignore"_L1)
            state = current;
        else
            state = stateInsufficient();

        QStringList shown;
        QJsonArray recent, evaluated;
        for (auto it = points.rbegin(); it != points.rend(); ++it) {
            shown.append(QStringLiteral("%1 (%2)").arg(
                number(it->value), QDateTime::fromMSecsSinceEpoch(it->atMs, Qt::UTC).toString(u"dd/MM/yy HH:mm:ss")));
            evaluated.append(QJsonObject { { "timestamp"_L1, isoTime(it->atMs) }, { "sampleCount"_L1, it->sampleCount },
                { "value"_L1, it->value } });
        }
        for (const auto& point : points)
            recent.append(point.value);
        static const QHash<QString, QString> words { { QStringLiteral("GreaterThanOrEqualToThreshold"),
                                                         QStringLiteral("greater than or equal to") },
            { QStringLiteral("GreaterThanThreshold"), QStringLiteral("greater than") },
            { QStringLiteral("LessThanThreshold"), QStringLiteral("less than") },
            { QStringLiteral("LessThanOrEqualToThreshold"), QStringLiteral("less than or equal to") } };
        const QString word = words.value(comparison);
        QString reason;
        if (state == stateInsufficient()) {
            reason = tr("Insufficient Data: %n datapoint(s) were unknown.", nullptr, periods);
        } else if (points.empty()) {
            reason
                = tr("Threshold Crossed: no datapoints were received for %n period(s) and %1 missing datapoints "
                     "were treated as [%2].",
                    nullptr, periods)
                      .arg(missing)
                      .arg(treatment == "breaching"_L1 ? QStringLiteral("Breaching") : QStringLiteral("NonBreaching"));
        } else if (periods == 1) {
            reason = (state == stateAlarm() ? tr("Threshold Crossed: 1 datapoint [%1] was %2 the threshold (%3).")
                                            : tr("Threshold Crossed: 1 datapoint [%1] was not %2 the threshold (%3)."))
                         .arg(shown.join(", "_L1), word, number(threshold));
        } else {
            reason = (state == stateAlarm()
                    ? tr("Threshold Crossed: %1 out of the last %2 datapoints [%3] were %4 the threshold (%5) "
                         "(minimum %6 datapoints for OK -> ALARM transition).")
                    : tr("Threshold Crossed: %1 out of the last %2 datapoints [%3] were not %4 the threshold (%5) "
                         "(minimum %6 datapoints for ALARM -> OK transition)."))
                         .arg(state == stateAlarm() ? breaching : periods - breaching)
                         .arg(periods)
                         .arg(shown.join(", "_L1), word, number(threshold))
                         .arg(toAlarm);
        }
        const QJsonObject reasonData { { "version"_L1, "1.0"_L1 }, { "queryDate"_L1, isoTime(nowMs) },
            { "startDate"_L1, isoTime(startMs) }, { "statistic"_L1, watched.statistic },
            { "period"_L1, watched.periodMs / 1000 }, { "recentDatapoints"_L1, recent }, { "threshold"_L1, threshold },
            { "evaluatedDatapoints"_L1, evaluated } };
        if (!points.empty()) {
            QJsonObject withValue = *store.find(Kind::Alarm, name);
            withValue["_lastValue"_L1] = points.back().value;
            store.put(Kind::Alarm, name, withValue);
        }
        const bool changed = setState(
            name, state, reason, QString::fromUtf8(QJsonDocument(reasonData).toJson(QJsonDocument::Compact)), nowMs);
        // Auto Scaling actions run again each evaluation while the alarm stays in ALARM.
        const QJsonObject* now = store.find(Kind::Alarm, name);
        if (!changed && state == stateAlarm() && now && now->value("ActionsEnabled"_L1).toBool())
            runActions(*now, state, nowMs, false);
    }
}

void AlarmBook::runActions(const QJsonObject& alarm, const QString& state, qint64 nowMs, bool recordHistory)
{
    const QLatin1String list = state == stateAlarm() ? "AlarmActions"_L1
        : state == stateOk()                         ? "OKActions"_L1
                                                     : "InsufficientDataActions"_L1;
    const Store::Collection& policies = m_context.store->collection(Kind::ScalingPolicy);
    for (const QJsonValue& action : alarm.value(list).toArray()) {
        const QString arn = action.toString();
        if (!arn.startsWith("arn:aws:autoscaling:"_L1) || !arn.contains(":scalingPolicy:"_L1))
            continue; // SNS topics, EC2 actions, ...: nothing to deliver to here
        QString policyKey;
        for (const auto& [key, policy] : policies) {
            if (policy.value("PolicyARN"_L1).toString() == arn) {
                policyKey = key;
                break;
            }
        }
        if (policyKey.isEmpty()) {
            if (recordHistory) {
                addHistory(alarm.value("AlarmName"_L1).toString(), QStringLiteral("Action"),
                    tr("Failed to execute action %1").arg(arn),
                    { { "actionState"_L1, "Failed"_L1 }, { "notificationResource"_L1, arn },
                        { "error"_L1, tr("No scaling policy found for the ARN %1").arg(arn) } },
                    nowMs);
            }
            continue;
        }
        // As Application Auto Scaling: step scaling and target tracking policies both run from
        // their alarms (a target tracking policy from its own AlarmHigh and AlarmLow).
        const QJsonObject policy = policies.at(policyKey);
        if (policy.value("PolicyType"_L1).toString() == "TargetTrackingScaling"_L1 && state == stateAlarm()) {
            const double threshold = alarm.value("Threshold"_L1).toDouble();
            executeTrackingPolicy(policyKey, alarm,
                alarm.contains("_lastValue"_L1) ? alarm.value("_lastValue"_L1).toDouble() : threshold, nowMs);
        }
        if (policy.value("PolicyType"_L1).toString() == "StepScaling"_L1 && state == stateAlarm()) {
            const QString comparison = alarm.value("ComparisonOperator"_L1).toString();
            const double threshold = alarm.value("Threshold"_L1).toDouble();
            // Without a datapoint (SetAlarmState without recentDatapoints) the breach counts as
            // just past the threshold.
            const double value = alarm.contains("_lastValue"_L1) ? alarm.value("_lastValue"_L1).toDouble()
                : above(comparison)                              ? threshold
                                                                 : threshold - 1e-9;
            executeStepPolicy(policyKey, alarm, value, nowMs);
        }
        if (recordHistory) {
            addHistory(alarm.value("AlarmName"_L1).toString(), QStringLiteral("Action"),
                tr("Successfully executed action %1").arg(arn),
                { { "actionState"_L1, "Succeeded"_L1 }, { "notificationResource"_L1, arn } }, nowMs);
        }
    }
}

bool AlarmBook::executeStepPolicy(const QString& policyKey, const QJsonObject& alarm, double value, qint64 nowMs)
{
    Store& store = *m_context.store;
    QJsonObject policy = *store.find(Kind::ScalingPolicy, policyKey);
    const QString resourceId = policy.value("ResourceId"_L1).toString();
    const QStringList parts = resourceId.split(QLatin1Char('/'));
    if (policy.value("ServiceNamespace"_L1).toString() != "ecs"_L1 || parts.size() != 3)
        return false;
    const QString dimension = policy.value("ScalableDimension"_L1).toString();
    const QJsonObject* target
        = store.find(Kind::ScalableTarget, "ecs"_L1 + separator + resourceId + separator + dimension);
    const QString serviceKey = serviceArn(parts[1], parts[2]);
    const QJsonObject* service = store.find(Kind::Service, serviceKey);
    if (!target || !service || service->value("status"_L1).toString() != "ACTIVE"_L1)
        return false;
    const QJsonObject configuration = policy.value("StepScalingPolicyConfiguration"_L1).toObject();
    const qint64 cooldown = configuration.value("Cooldown"_L1).toInt(300) * 1000LL;
    if (policy.contains("_lastStepMs"_L1) && nowMs - qint64(policy.value("_lastStepMs"_L1).toDouble()) < cooldown)
        return false;
    // The step whose bounds (relative to the threshold; lower inclusive, upper exclusive) hold the breach.
    const double breach = value - alarm.value("Threshold"_L1).toDouble();
    std::optional<double> adjustment;
    for (const QJsonValue& item : configuration.value("StepAdjustments"_L1).toArray()) {
        const QJsonObject step = item.toObject();
        const QJsonValue lower = step.value("MetricIntervalLowerBound"_L1);
        const QJsonValue upper = step.value("MetricIntervalUpperBound"_L1);
        if ((lower.isDouble() && breach < lower.toDouble()) || (upper.isDouble() && breach >= upper.toDouble()))
            continue;
        adjustment = step.value("ScalingAdjustment"_L1).toDouble();
        break;
    }
    if (!adjustment)
        return false;
    const int current = service->value("desiredCount"_L1).toInt();
    const QString type = configuration.value("AdjustmentType"_L1).toString();
    int desired = current;
    if (type == "ExactCapacity"_L1) {
        desired = int(*adjustment);
    } else if (type == "PercentChangeInCapacity"_L1) {
        double change = current * *adjustment / 100.0;
        change = change < 0 ? std::floor(change) : std::ceil(change);
        const int magnitude = configuration.value("MinAdjustmentMagnitude"_L1).toInt(0);
        if (magnitude > 0 && std::abs(change) < magnitude)
            change = change < 0 ? -magnitude : magnitude;
        desired = current + int(change);
    } else {
        desired = current + int(*adjustment);
    }
    const int minCapacity = target->value("MinCapacity"_L1).toInt();
    const int maxCapacity = std::max(minCapacity, target->value("MaxCapacity"_L1).toInt());
    desired = std::clamp(desired, minCapacity, maxCapacity);
    const QJsonObject suspended = target->value("SuspendedState"_L1).toObject();
    if ((desired > current && suspended.value("DynamicScalingOutSuspended"_L1).toBool())
        || (desired < current && suspended.value("DynamicScalingInSuspended"_L1).toBool()))
        return false;
    policy["_lastStepMs"_L1] = double(nowMs);
    store.put(Kind::ScalingPolicy, policyKey, policy);
    if (desired == current)
        return false;
    setDesiredCount(store, serviceKey, desired);
    recordActivity(store, resourceId, dimension, tr("Setting desired count to %1.").arg(desired),
        tr("monitor alarm %1 in state ALARM triggered policy %2")
            .arg(alarm.value("AlarmName"_L1).toString(), policy.value("PolicyName"_L1).toString()),
        tr("Successfully set desired count to %1. Change successfully fulfilled by ecs.").arg(desired), nowMs);
    return true;
}

bool AlarmBook::executeTrackingPolicy(const QString& policyKey, const QJsonObject& alarm, double value, qint64 nowMs)
{
    Store& store = *m_context.store;
    QJsonObject policy = *store.find(Kind::ScalingPolicy, policyKey);
    const QString resourceId = policy.value("ResourceId"_L1).toString();
    const QStringList parts = resourceId.split(QLatin1Char('/'));
    if (policy.value("ServiceNamespace"_L1).toString() != "ecs"_L1 || parts.size() != 3)
        return false;
    const QString dimension = policy.value("ScalableDimension"_L1).toString();
    const QJsonObject* target
        = store.find(Kind::ScalableTarget, "ecs"_L1 + separator + resourceId + separator + dimension);
    const QString serviceKey = serviceArn(parts[1], parts[2]);
    const QJsonObject* service = store.find(Kind::Service, serviceKey);
    if (!target || !service || service->value("status"_L1).toString() != "ACTIVE"_L1)
        return false;
    const QString alarmName = alarm.value("AlarmName"_L1).toString();
    const bool high = alarmName.contains("-AlarmHigh-"_L1);
    if (!high && !alarmName.contains("-AlarmLow-"_L1))
        return false; // another alarm naming a target tracking policy: AWS ignores it too
    const QJsonObject configuration = policy.value("TargetTrackingScalingPolicyConfiguration"_L1).toObject();
    const double targetValue = configuration.value("TargetValue"_L1).toDouble();
    if (!(targetValue > 0))
        return false;
    const QJsonObject suspended = target->value("SuspendedState"_L1).toObject();
    const qint64 outCooldown = configuration.value("ScaleOutCooldown"_L1).toInt(300) * 1000LL;
    const qint64 inCooldown = configuration.value("ScaleInCooldown"_L1).toInt(300) * 1000LL;
    const auto since = [&policy, nowMs](const char* key) {
        return policy.contains(QLatin1String(key)) ? nowMs - qint64(policy.value(QLatin1String(key)).toDouble())
                                                   : std::numeric_limits<qint64>::max();
    };
    const int current = service->value("desiredCount"_L1).toInt();
    const int minCapacity = target->value("MinCapacity"_L1).toInt();
    const int maxCapacity = std::max(minCapacity, target->value("MaxCapacity"_L1).toInt());
    // The capacity that carries the load at the target: current × metric / target.
    const int proportional = int(std::ceil(current * value / targetValue - 1e-9));
    int desired = current;
    if (high) {
        if (suspended.value("DynamicScalingOutSuspended"_L1).toBool() || since("_lastScaleOutMs") < outCooldown)
            return false;
        desired = std::max(current + 1, proportional);
    } else {
        if (configuration.value("DisableScaleIn"_L1).toBool()
            || suspended.value("DynamicScalingInSuspended"_L1).toBool() || since("_lastScaleInMs") < inCooldown
            || since("_lastScaleOutMs") < inCooldown)
            return false;
        desired = std::min(current - 1, std::max(proportional, 0));
    }
    desired = std::clamp(desired, minCapacity, maxCapacity);
    if (desired == current)
        return false;
    policy[QLatin1String(high ? "_lastScaleOutMs" : "_lastScaleInMs")] = double(nowMs);
    store.put(Kind::ScalingPolicy, policyKey, policy);
    setDesiredCount(store, serviceKey, desired);
    recordActivity(store, resourceId, dimension, tr("Setting desired count to %1.").arg(desired),
        tr("monitor alarm %1 in state ALARM triggered policy %2")
            .arg(alarmName, policy.value("PolicyName"_L1).toString()),
        tr("Successfully set desired count to %1. Change successfully fulfilled by ecs.").arg(desired), nowMs);
    return true;
}

void AlarmBook::recordActivity(Store& store, const QString& resourceId, const QString& dimension,
    const QString& description, const QString& cause, const QString& statusMessage, qint64 nowMs)
{
    const QString activityId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QJsonObject activity { { "ActivityId"_L1, activityId }, { "ServiceNamespace"_L1, "ecs"_L1 },
        { "ResourceId"_L1, resourceId }, { "ScalableDimension"_L1, dimension }, { "Description"_L1, description },
        { "Cause"_L1, cause }, { "StartTime"_L1, double(nowMs) / 1000.0 },
        { "EndTime"_L1, double(nowMs) / 1000.0 + 0.5 }, { "StatusCode"_L1, "Successful"_L1 },
        { "StatusMessage"_L1, statusMessage } };
    // Ordered by time, then by the order recorded within the same millisecond.
    store.put(Kind::ScalingActivity,
        "ecs"_L1 + separator + resourceId + separator + padded(nowMs, 15)
            + padded(qint64(++activitySequence % 1000000), 6) + activityId,
        activity);
}

void AlarmBook::setDesiredCount(Store& store, const QString& serviceKey, int desired)
{
    QJsonObject service = *store.find(Kind::Service, serviceKey);
    service["desiredCount"_L1] = desired;
    QJsonArray deployments = service.value("deployments"_L1).toArray();
    if (!deployments.isEmpty()) {
        QJsonObject primary = deployments[0].toObject();
        primary["desiredCount"_L1] = desired;
        deployments[0] = primary;
        service["deployments"_L1] = deployments;
    }
    store.put(Kind::Service, serviceKey, service);
}

} // namespace EcsDesk::Local
