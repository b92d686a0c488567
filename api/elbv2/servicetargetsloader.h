// SPDX-License-Identifier: MIT
#pragma once

#include "api/ecs/types.h"
#include "api/elbv2/elbv2client.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace EcsDesk::Api {

/// One target group a service registers its tasks with: the service's binding (container and
/// port), the group's settings (absent when only health was asked for, or when it is gone), its
/// deregistration delay and its targets with their health.
struct ServiceTargetGroup {
    LoadBalancer binding; ///< of the service's loadBalancers
    std::optional<TargetGroup> group;
    int deregistrationDelay = 300;
    QList<TargetHealthDescription> targets;
    bool missing = false; ///< ELB answered TargetGroupNotFound for it (deleted since the service named it)
};

/// Loads the target groups of a service's (or several services') loadBalancers: with details,
/// DescribeTargetGroups (by ARNs, every page) and per group DescribeTargetGroupAttributes; always
/// one DescribeTargetHealth per group. One call after the other; a new load() drops the answers of
/// the previous one. Classic load balancers (a loadBalancerName without a target group) are
/// skipped. A group ELB no longer knows (TargetGroupNotFound) is marked `missing` and the others
/// still load: a batch of ARNs that ELB refuses for one of them is asked for one ARN at a time.
class ServiceTargetsLoader : public QObject {
    Q_OBJECT
public:
    explicit ServiceTargetsLoader(const ElbV2Client* elb, QObject* parent = nullptr);
    ~ServiceTargetsLoader() override;

    /// `withDetails` false: only the targets' health (the Tasks view's column).
    void load(const QList<LoadBalancer>& bindings, bool withDetails = true);
    bool isLoading() const { return m_reply != nullptr; }

Q_SIGNALS:
    void loaded(const QList<EcsDesk::Api::ServiceTargetGroup>& groups);
    void failed(const EcsDesk::Api::AwsError& error);

private:
    using Step = std::function<void(AwsReply*)>;
    /// `recover`: called with an error first; true when it handled it (no `failed`).
    using Recover = std::function<bool(const AwsError&)>;
    void send(AwsReply* reply, Step then, Recover recover = {});
    void describeGroups(qsizetype from, const QString& marker, qsizetype batch = 20);
    void describeGroup(qsizetype index);

    const ElbV2Client* m_elb;
    QList<ServiceTargetGroup> m_result;
    bool m_withDetails = true;
    QPointer<AwsReply> m_reply;
    quint64 m_generation = 0;
};

} // namespace EcsDesk::Api
