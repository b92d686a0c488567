// SPDX-License-Identifier: MIT
#pragma once

#include "api/cloudwatch/alarms.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace EcsDesk::Api {

/// Loads every metric alarm of the account and region (DescribeAlarms, every page) and tells
/// which belong to an ECS cluster.
class AlarmsLoader : public QObject {
    Q_OBJECT
public:
    explicit AlarmsLoader(const CloudWatchClient* cloudWatch, QObject* parent = nullptr);
    ~AlarmsLoader() override;

    void load();
    bool isLoading() const { return m_reply != nullptr; }

    /// The service of `cluster` an alarm watches or acts on: a ServiceName dimension next to
    /// ClusterName, a target tracking alarm's name (TargetTracking-service/CLUSTER/SERVICE-...),
    /// or a scaling policy ARN of service/CLUSTER/SERVICE in its actions. An empty string for an
    /// alarm on the cluster alone; nullopt when the alarm has nothing to do with `cluster`.
    static std::optional<QString> serviceOf(const MetricAlarm& alarm, const QString& cluster);

Q_SIGNALS:
    void loaded(const QList<EcsDesk::Api::MetricAlarm>& alarms);
    void failed(const EcsDesk::Api::AwsError& error);

private:
    void page(const QString& token);

    const CloudWatchClient* m_cloudWatch;
    QList<MetricAlarm> m_alarms;
    QPointer<AwsReply> m_reply;
    quint64 m_generation = 0;
};

} // namespace EcsDesk::Api
