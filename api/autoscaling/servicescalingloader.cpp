// SPDX-License-Identifier: MIT
#include "api/autoscaling/servicescalingloader.h"

#include "api/cloudwatch/cloudwatchclient.h"
#include "api/core/awstransport.h"

#include <QJsonArray>

#include <algorithm>

namespace EcsDesk::Api {

ServiceScalingLoader::ServiceScalingLoader(
    const AutoScalingClient* scaling, const CloudWatchClient* cloudWatch, QObject* parent)
    : QObject(parent)
    , m_scaling(scaling)
    , m_cloudWatch(cloudWatch)
{
}

ServiceScalingLoader::~ServiceScalingLoader()
{
    if (m_reply)
        m_reply->deleteLater();
}

void ServiceScalingLoader::send(AwsReply* reply, Step then)
{
    if (m_reply)
        m_reply->deleteLater();
    m_reply = reply;
    const quint64 generation = m_generation;
    connect(reply, &AwsReply::finished, this, [this, reply, generation, then = std::move(then)] {
        reply->deleteLater();
        if (generation != m_generation)
            return; // a newer load() took over
        m_reply = nullptr;
        if (!reply->isOk()) {
            Q_EMIT failed(reply->error() ? *reply->error() : AwsError {});
            return;
        }
        then(reply);
    });
}

void ServiceScalingLoader::describe(const std::function<AwsReply*(const QString&)>& call, const QString& listName,
    std::function<void(const QJsonObject&)> take, std::function<void()> next, const QString& token)
{
    send(call(token), [this, call, listName, take, next](AwsReply* reply) {
        for (const QJsonValue& item : reply->json().value(listName).toArray())
            take(item.toObject());
        const QString following = reply->json().value(QStringLiteral("NextToken")).toString();
        if (following.isEmpty())
            next();
        else
            describe(call, listName, take, next, following);
    });
}

void ServiceScalingLoader::load(const QString& cluster, const QString& service)
{
    ++m_generation;
    if (m_reply)
        m_reply->deleteLater();
    m_reply = nullptr;
    m_result = ServiceScaling();
    m_result.resourceId = AutoScalingClient::ecsResourceId(cluster, service);
    m_alarmNames.clear();
    const QString id = m_result.resourceId;
    auto activities = [this, id] {
        describe([this, id](const QString& token) { return m_scaling->describeScalingActivities(id, token); },
            QStringLiteral("ScalingActivities"),
            [this](const QJsonObject& item) { m_result.activities.append(ScalingActivity::fromJson(item)); },
            [this] {
                for (const ScalingPolicy& policy : std::as_const(m_result.policies)) {
                    for (const PolicyAlarm& alarm : policy.alarms) {
                        if (!m_alarmNames.contains(alarm.name))
                            m_alarmNames.append(alarm.name);
                    }
                }
                loadAlarms(0, {});
            });
    };
    auto scheduled = [this, id, activities] {
        describe([this, id](const QString& token) { return m_scaling->describeScheduledActions(id, token); },
            QStringLiteral("ScheduledActions"),
            [this](const QJsonObject& item) { m_result.scheduledActions.append(ScheduledAction::fromJson(item)); },
            activities);
    };
    auto policies = [this, id, scheduled] {
        describe([this, id](const QString& token) { return m_scaling->describeScalingPolicies(id, token); },
            QStringLiteral("ScalingPolicies"),
            [this](const QJsonObject& item) { m_result.policies.append(ScalingPolicy::fromJson(item)); }, scheduled);
    };
    describe([this, id](const QString& token) { return m_scaling->describeScalableTargets({ id }, token); },
        QStringLiteral("ScalableTargets"),
        [this](const QJsonObject& item) { m_result.target = ScalableTarget::fromJson(item); }, policies);
}

void ServiceScalingLoader::loadAlarms(qsizetype from, const QString& token)
{
    if (from >= m_alarmNames.size()) {
        finish();
        return;
    }
    // DescribeAlarms takes up to 100 names a call.
    send(m_cloudWatch->describeAlarms(m_alarmNames.mid(from, 100), {}, token), [this, from](AwsReply* reply) {
        const auto page = Alarms::parseDescribeAlarms(reply->body());
        if (!page.ok()) {
            Q_EMIT failed(*page.error);
            return;
        }
        m_result.alarms += page.value.alarms;
        if (!page.value.nextToken.isEmpty())
            loadAlarms(from, page.value.nextToken);
        else
            loadAlarms(from + 100, {});
    });
}

void ServiceScalingLoader::finish()
{
    std::sort(m_result.activities.begin(), m_result.activities.end(),
        [](const ScalingActivity& a, const ScalingActivity& b) { return a.startTime > b.startTime; });
    Q_EMIT loaded(m_result);
}

} // namespace EcsDesk::Api
