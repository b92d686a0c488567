// SPDX-License-Identifier: MIT
#pragma once

#include "api/elbv2/elbv2client.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

namespace EcsDesk::Api {

/// A load balancer with its listeners and each listener's rules.
struct RegionLoadBalancer {
    ElbLoadBalancer loadBalancer;
    QList<ElbListener> listeners;
    QHash<QString, QList<ElbRule>> rules; ///< by listener ARN
};

/// A target group with its targets' health.
struct RegionTargetGroup {
    TargetGroup group;
    QList<TargetHealthDescription> targets;
};

/// Everything the Load Balancers page of a region shows (issue 23).
struct RegionLoadBalancers {
    QList<RegionLoadBalancer> loadBalancers;
    QList<RegionTargetGroup> targetGroups;
};

/// Loads a region's load balancers, listeners, rules and target groups with their targets' health
/// through ELBv2: DescribeLoadBalancers and DescribeTargetGroups (every page), DescribeListeners per
/// load balancer, DescribeRules per listener, DescribeTargetHealth per target group; one call after
/// the other, with progress. A new load() drops the answers of the one running.
class RegionLoadBalancersLoader : public QObject {
    Q_OBJECT
public:
    explicit RegionLoadBalancersLoader(const ElbV2Client* elb, QObject* parent = nullptr);
    ~RegionLoadBalancersLoader() override;

    void load();
    bool isLoading() const { return m_reply != nullptr; }

Q_SIGNALS:
    /// Calls answered so far, and the calls known to remain (grows as listeners are found).
    void progress(int done, int total);
    void loaded(const EcsDesk::Api::RegionLoadBalancers& result);
    void failed(const EcsDesk::Api::AwsError& error);

private:
    using Step = std::function<void(AwsReply*)>;
    void send(AwsReply* reply, Step then);
    void describeLoadBalancers(const QString& marker);
    void describeListeners(qsizetype balancer, const QString& marker);
    void describeRules(qsizetype balancer, qsizetype listener, const QString& marker);
    void describeTargetGroups(const QString& marker);
    void describeTargetHealth(qsizetype group);
    /// Emits `failed` with what the answer's decoder said; false when `outcome` is fine.
    template <typename T> bool refused(const Outcome<T>& outcome);

    const ElbV2Client* m_elb;
    RegionLoadBalancers m_result;
    QPointer<AwsReply> m_reply;
    quint64 m_generation = 0;
    int m_done = 0;
};

} // namespace EcsDesk::Api
