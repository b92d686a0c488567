// SPDX-License-Identifier: MIT
#pragma once

#include "api/core/serviceclient.h"
#include "api/elbv2/elbv2types.h"

namespace EcsDesk::Api {

/// Settings of a new target group (CreateTargetGroup); unset health check values take AWS's defaults.
struct TargetGroupSpec {
    QString name;
    QString protocol = QStringLiteral("HTTP");
    int port = 80;
    QString vpcId;
    QString targetType = QStringLiteral("ip");
    QString healthCheckPath;
    int healthCheckIntervalSeconds = 0;
    int healthCheckTimeoutSeconds = 0;
    int healthyThresholdCount = 0;
    int unhealthyThresholdCount = 0;
    QString matcherHttpCode;
};

/// Elastic Load Balancing v2 over the query protocol (form POST, XML answer, Version 2015-12-01,
/// signing name `elasticloadbalancing`). Decoders in elbv2types.h (ElbV2::parse...). The writes are
/// the few the app and its tests need.
class ElbV2Client : public ServiceClient {
public:
    explicit ElbV2Client(ClientConfig config);
    static ServiceDescription description();

    /// By ARNs (at most 20), or of one load balancer, or by names; all when every filter is empty.
    AwsReply* describeTargetGroups(const QStringList& arns, const QString& loadBalancerArn = {},
        const QStringList& names = {}, const QString& marker = {}) const;
    /// The health of every target of `targetGroupArn` (or only of `targets`).
    AwsReply* describeTargetHealth(const QString& targetGroupArn, const QList<ElbTarget>& targets = {}) const;
    AwsReply* describeLoadBalancers(
        const QStringList& arns = {}, const QStringList& names = {}, const QString& marker = {}) const;
    AwsReply* describeListeners(
        const QString& loadBalancerArn, const QStringList& listenerArns = {}, const QString& marker = {}) const;
    AwsReply* describeRules(
        const QString& listenerArn, const QStringList& ruleArns = {}, const QString& marker = {}) const;
    AwsReply* describeTargetGroupAttributes(const QString& targetGroupArn) const;

    AwsReply* createLoadBalancer(
        const QString& name, const QStringList& subnets, const QString& type = QStringLiteral("application")) const;
    AwsReply* createTargetGroup(const TargetGroupSpec& spec) const;
    /// A listener whose default action forwards to `targetGroupArn`.
    AwsReply* createListener(
        const QString& loadBalancerArn, const QString& protocol, int port, const QString& targetGroupArn) const;
    AwsReply* registerTargets(const QString& targetGroupArn, const QList<ElbTarget>& targets) const;
    AwsReply* deregisterTargets(const QString& targetGroupArn, const QList<ElbTarget>& targets) const;
    AwsReply* modifyTargetGroupAttributes(
        const QString& targetGroupArn, const QMap<QString, QString>& attributes) const;
};

} // namespace EcsDesk::Api
