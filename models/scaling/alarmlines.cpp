// SPDX-License-Identifier: MIT
#include "models/scaling/alarmlines.h"

#include "api/cloudwatch/cloudwatchclient.h"
#include "api/core/awstransport.h"

#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

namespace EcsDesk::Models {

namespace {
    QString number(double value) { return QString::number(value, 'g', 10); }

    /// The state a StateUpdate item moved to and from: HistoryData's newState/oldState, else the
    /// summary "Alarm updated from OK to ALARM".
    std::pair<QString, QString> transition(const Api::AlarmHistoryItem& item)
    {
        const QJsonObject data = QJsonDocument::fromJson(item.data.toUtf8()).object();
        QString to = data.value(QLatin1String("newState")).toObject().value(QLatin1String("stateValue")).toString();
        QString from = data.value(QLatin1String("oldState")).toObject().value(QLatin1String("stateValue")).toString();
        if (to.isEmpty()) {
            static const QRegularExpression summary(QStringLiteral("from (\\w+) to (\\w+)"));
            const QRegularExpressionMatch match = summary.match(item.summary);
            if (match.hasMatch()) {
                from = match.captured(1);
                to = match.captured(2);
            }
        }
        return { from, to };
    }
} // namespace

QList<ThresholdLine> AlarmLines::fromScaling(const Api::ServiceScaling& scaling)
{
    QList<ThresholdLine> lines;
    for (const Api::ScalingPolicy& policy : scaling.policies) {
        if (policy.policyType == QLatin1String("TargetTrackingScaling") && policy.targetValue) {
            ThresholdLine line;
            if (policy.trackedMetric == QLatin1String("ECSServiceAverageCPUUtilization"))
                line.metricName = QStringLiteral("CPUUtilization");
            else if (policy.trackedMetric == QLatin1String("ECSServiceAverageMemoryUtilization"))
                line.metricName = QStringLiteral("MemoryUtilization");
            else
                line.metricName = policy.trackedMetric.section(QLatin1Char('/'), -1);
            line.value = *policy.targetValue;
            line.label = tr("%1: target %2").arg(policy.name, number(line.value));
            for (const Api::PolicyAlarm& alarm : policy.alarms) {
                if (alarm.name.contains(QLatin1String("-AlarmHigh-")))
                    line.alarmName = alarm.name;
            }
            lines.append(line);
            continue;
        }
        for (const Api::MetricAlarm& alarm : scaling.alarms) {
            if (!alarm.alarmActions.contains(policy.arn) || !alarm.threshold || alarm.usesMetricMath)
                continue;
            ThresholdLine line;
            line.metricName = alarm.metricName;
            line.value = *alarm.threshold;
            line.alarmName = alarm.name;
            line.label = tr("%1: alarm %2 at %3").arg(policy.name, alarm.name, number(line.value));
            lines.append(line);
        }
    }
    return lines;
}

QList<std::pair<qint64, qint64>> AlarmLines::alarmSpans(
    const QList<Api::AlarmHistoryItem>& items, const QString& currentState, qint64 fromMs, qint64 toMs)
{
    QList<Api::AlarmHistoryItem> updates;
    for (const Api::AlarmHistoryItem& item : items) {
        if (item.itemType == QLatin1String("StateUpdate") && item.timestamp.isValid())
            updates.append(item);
    }
    std::sort(updates.begin(), updates.end(),
        [](const Api::AlarmHistoryItem& a, const Api::AlarmHistoryItem& b) { return a.timestamp < b.timestamp; });
    QList<std::pair<qint64, qint64>> spans;
    if (updates.isEmpty()) {
        if (currentState == QLatin1String("ALARM") && fromMs < toMs)
            spans.append({ fromMs, toMs });
        return spans;
    }
    bool inAlarm = transition(updates.first()).first == QLatin1String("ALARM");
    qint64 start = fromMs;
    for (const Api::AlarmHistoryItem& item : updates) {
        const qint64 at = item.timestamp.toMSecsSinceEpoch();
        const QString to = transition(item).second;
        if (to == QLatin1String("ALARM")) {
            if (!inAlarm)
                start = at;
            inAlarm = true;
        } else if (inAlarm) {
            spans.append({ start, at });
            inAlarm = false;
        }
    }
    if (inAlarm)
        spans.append({ start, toMs });
    // Clip to the range; drop what lies outside it.
    QList<std::pair<qint64, qint64>> clipped;
    for (const auto& [from, to] : spans) {
        const qint64 a = std::max(from, fromMs);
        const qint64 b = std::min(to, toMs);
        if (a < b)
            clipped.append({ a, b });
    }
    return clipped;
}

ThresholdLoader::ThresholdLoader(
    const Api::AutoScalingClient* scaling, const Api::CloudWatchClient* cloudWatch, QObject* parent)
    : QObject(parent)
    , m_cloudWatch(cloudWatch)
    , m_scalingLoader(scaling, cloudWatch)
{
    connect(&m_scalingLoader, &Api::ServiceScalingLoader::loaded, this, [this](const Api::ServiceScaling& scaling) {
        m_lines = AlarmLines::fromScaling(scaling);
        m_states.clear();
        for (const Api::MetricAlarm& alarm : scaling.alarms)
            m_states.insert(alarm.name, alarm.stateValue);
        loadHistory(0);
    });
    connect(&m_scalingLoader, &Api::ServiceScalingLoader::failed, this, &ThresholdLoader::failed);
}

ThresholdLoader::~ThresholdLoader()
{
    if (m_reply)
        m_reply->deleteLater();
}

void ThresholdLoader::load(const QString& cluster, const QString& service, qint64 fromMs, qint64 toMs)
{
    ++m_generation;
    if (m_reply)
        m_reply->deleteLater();
    m_reply = nullptr;
    m_from = fromMs;
    m_to = toMs;
    m_scalingLoader.load(cluster, service);
}

void ThresholdLoader::loadHistory(qsizetype index)
{
    while (index < m_lines.size() && m_lines[index].alarmName.isEmpty())
        ++index;
    if (index >= m_lines.size()) {
        Q_EMIT finished(m_lines);
        return;
    }
    Api::AwsReply* reply = m_cloudWatch->describeAlarmHistory(m_lines[index].alarmName, {}, 100);
    m_reply = reply;
    const quint64 generation = m_generation;
    connect(reply, &Api::AwsReply::finished, this, [this, reply, index, generation] {
        reply->deleteLater();
        if (generation != m_generation)
            return;
        m_reply = nullptr;
        if (reply->isOk()) {
            const Api::Outcome<Api::AlarmHistoryPage> page = Api::Alarms::parseAlarmHistory(reply->body());
            if (page.ok())
                m_lines[index].alarmSpans
                    = AlarmLines::alarmSpans(page.value.items, m_states.value(m_lines[index].alarmName), m_from, m_to);
        }
        // A history that does not load leaves the line without spans.
        loadHistory(index + 1);
    });
}

} // namespace EcsDesk::Models
