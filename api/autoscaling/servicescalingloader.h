// SPDX-License-Identifier: MIT
#pragma once

#include "api/autoscaling/autoscalingclient.h"
#include "api/cloudwatch/alarms.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace EcsDesk::Api {

class CloudWatchClient;

/// Everything about one ECS service's auto scaling: its scalable target (absent when the service
/// is not registered), policies, the CloudWatch alarms the policies name, scheduled actions and
/// scaling activities (newest first).
struct ServiceScaling {
    QString resourceId; ///< service/<cluster>/<service>
    std::optional<ScalableTarget> target;
    QList<ScalingPolicy> policies;
    QList<MetricAlarm> alarms;
    QList<ScheduledAction> scheduledActions;
    QList<ScalingActivity> activities;
};

/// Loads a ServiceScaling: DescribeScalableTargets, DescribeScalingPolicies,
/// DescribeScheduledActions, DescribeScalingActivities (every page) and DescribeAlarms for the
/// policies' alarms, one call after the other. A new load() drops the answers of the previous one.
class ServiceScalingLoader : public QObject {
    Q_OBJECT
public:
    ServiceScalingLoader(
        const AutoScalingClient* scaling, const CloudWatchClient* cloudWatch, QObject* parent = nullptr);
    ~ServiceScalingLoader() override;

    void load(const QString& cluster, const QString& service);
    bool isLoading() const { return m_reply != nullptr; }

Q_SIGNALS:
    void loaded(const EcsDesk::Api::ServiceScaling& scaling);
    void failed(const EcsDesk::Api::AwsError& error);

private:
    using Step = std::function<void(AwsReply*)>;
    void send(AwsReply* reply, Step then);
    void describe(const std::function<AwsReply*(const QString&)>& call, const QString& listName,
        std::function<void(const QJsonObject&)> take, std::function<void()> next, const QString& token = {});
    void loadAlarms(qsizetype from, const QString& token);
    void finish();

    const AutoScalingClient* m_scaling;
    const CloudWatchClient* m_cloudWatch;
    ServiceScaling m_result;
    QStringList m_alarmNames;
    QPointer<AwsReply> m_reply;
    quint64 m_generation = 0;
};

} // namespace EcsDesk::Api
