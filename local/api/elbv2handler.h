// SPDX-License-Identifier: MIT
#pragma once

#include "local/api/servicehandler.h"

namespace EcsDesk::Local {

/// Elastic Load Balancing v2 over the query protocol (signing name elasticloadbalancing): load
/// balancers (application, network), target groups (instance and ip targets, health check
/// settings, deregistration delay), listeners, path-pattern rules, target registration and health.
/// Records: Kind::LoadBalancer, TargetGroup, Listener, ListenerRule, by ARN. A target group's
/// record holds {"group": the TargetGroup shape, "attributes": {key: value}, "targets": [...]};
/// target health is worked out when read (LoadBalancing::targetHealth), so registering by hand
/// and the simulation's registrations age the same way.
class ElbV2Handler : public ServiceHandler {
public:
    using ServiceHandler::ServiceHandler;

    bool hasOperation(const QString& operation) const override;
    QJsonObject handle(const QString& operation, const QJsonObject& input) override;

private:
    QJsonObject createLoadBalancer(const QJsonObject& in);
    QJsonObject describeLoadBalancers(const QJsonObject& in);
    QJsonObject deleteLoadBalancer(const QJsonObject& in);
    QJsonObject createTargetGroup(const QJsonObject& in);
    QJsonObject describeTargetGroups(const QJsonObject& in);
    QJsonObject modifyTargetGroup(const QJsonObject& in);
    QJsonObject deleteTargetGroup(const QJsonObject& in);
    QJsonObject describeTargetGroupAttributes(const QJsonObject& in);
    QJsonObject modifyTargetGroupAttributes(const QJsonObject& in);
    QJsonObject createListener(const QJsonObject& in);
    QJsonObject describeListeners(const QJsonObject& in);
    QJsonObject deleteListener(const QJsonObject& in);
    QJsonObject createRule(const QJsonObject& in);
    QJsonObject describeRules(const QJsonObject& in);
    QJsonObject deleteRule(const QJsonObject& in);
    QJsonObject registerTargets(const QJsonObject& in);
    QJsonObject deregisterTargets(const QJsonObject& in);
    QJsonObject describeTargetHealth(const QJsonObject& in);

    QString arn(const QString& resource) const;
    QJsonObject targetGroupOut(const QJsonObject& record) const;
};

} // namespace EcsDesk::Local
