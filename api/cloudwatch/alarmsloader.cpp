// SPDX-License-Identifier: MIT
#include "api/cloudwatch/alarmsloader.h"

#include "api/core/awstransport.h"

namespace EcsDesk::Api {

AlarmsLoader::AlarmsLoader(const CloudWatchClient* cloudWatch, QObject* parent)
    : QObject(parent)
    , m_cloudWatch(cloudWatch)
{
}

AlarmsLoader::~AlarmsLoader()
{
    if (m_reply)
        m_reply->deleteLater();
}

void AlarmsLoader::load()
{
    ++m_generation;
    if (m_reply)
        m_reply->deleteLater();
    m_reply = nullptr;
    m_alarms.clear();
    page({});
}

void AlarmsLoader::page(const QString& token)
{
    AwsReply* reply = m_cloudWatch->describeAlarms({}, {}, token);
    m_reply = reply;
    const quint64 generation = m_generation;
    connect(reply, &AwsReply::finished, this, [this, reply, generation] {
        reply->deleteLater();
        if (generation != m_generation)
            return;
        m_reply = nullptr;
        if (!reply->isOk()) {
            Q_EMIT failed(reply->error() ? *reply->error() : AwsError {});
            return;
        }
        Outcome<MetricAlarmPage> parsed = Alarms::parseDescribeAlarms(reply->body());
        if (!parsed.ok()) {
            Q_EMIT failed(*parsed.error);
            return;
        }
        m_alarms.append(parsed.value.alarms);
        if (parsed.value.nextToken.isEmpty())
            Q_EMIT loaded(m_alarms);
        else
            page(parsed.value.nextToken);
    });
}

std::optional<QString> AlarmsLoader::serviceOf(const MetricAlarm& alarm, const QString& cluster)
{
    const QString name = cluster.section(QLatin1Char('/'), -1);
    bool onCluster = false;
    QString service;
    for (const MetricDimension& dimension : alarm.dimensions) {
        if (dimension.name == QLatin1String("ClusterName") && dimension.value == name)
            onCluster = true;
        else if (dimension.name == QLatin1String("ServiceName"))
            service = dimension.value;
    }
    if (onCluster)
        return service;
    const QString resource = QLatin1String("service/") + name + QLatin1Char('/');
    const QString tracking = QLatin1String("TargetTracking-") + resource;
    if (alarm.name.startsWith(tracking)) {
        const QString rest = alarm.name.mid(tracking.size());
        const qsizetype high = rest.indexOf(QLatin1String("-AlarmHigh-"));
        const qsizetype low = rest.indexOf(QLatin1String("-AlarmLow-"));
        const qsizetype end = high >= 0 ? high : low;
        if (end > 0)
            return rest.left(end);
    }
    for (const QStringList* actions : { &alarm.alarmActions, &alarm.okActions, &alarm.insufficientDataActions }) {
        for (const QString& action : *actions) {
            const qsizetype at = action.indexOf(QLatin1String(":resource/ecs/") + resource);
            if (at < 0)
                continue;
            const QString rest = action.mid(at + 14 + resource.size());
            return rest.section(QLatin1Char(':'), 0, 0);
        }
    }
    return std::nullopt;
}

} // namespace EcsDesk::Api
