// SPDX-License-Identifier: MIT
#pragma once

#include "api/core/awserror.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace EcsDesk::Api {

struct XmlNode;

/// An Elastic Load Balancing v2 target group with its health check settings.
struct TargetGroup {
    QString arn;
    QString name;
    QString protocol; ///< HTTP, HTTPS, TCP, UDP, TLS, TCP_UDP, GENEVE; empty for lambda
    std::optional<int> port;
    QString vpcId;
    QString targetType; ///< instance, ip, lambda, alb
    QString protocolVersion; ///< HTTP1, HTTP2, GRPC
    bool healthCheckEnabled = true;
    QString healthCheckProtocol;
    QString healthCheckPort; ///< "traffic-port" or a number
    QString healthCheckPath;
    int healthCheckIntervalSeconds = 0;
    int healthCheckTimeoutSeconds = 0;
    int healthyThresholdCount = 0;
    int unhealthyThresholdCount = 0;
    QString matcherHttpCode; ///< "200", "200-299"
    QString matcherGrpcCode;
    QStringList loadBalancerArns;

    static TargetGroup fromXml(const XmlNode& member);
    bool operator==(const TargetGroup&) const = default;
};

struct TargetGroupPage {
    QList<TargetGroup> targetGroups;
    QString nextMarker;
    bool operator==(const TargetGroupPage&) const = default;
};

/// A registered target: an instance ID or IP address and the port traffic goes to.
struct ElbTarget {
    QString id;
    std::optional<int> port;
    QString availabilityZone;
    bool operator==(const ElbTarget&) const = default;
};

/// A target's health: initial, healthy, unhealthy, unhealthy.draining, unused, draining, unavailable,
/// with a reason code (Target.ResponseCodeMismatch) and description when it is not healthy.
struct TargetHealth {
    QString state;
    QString reason;
    QString description;
    bool operator==(const TargetHealth&) const = default;
};

struct TargetHealthDescription {
    ElbTarget target;
    QString healthCheckPort;
    TargetHealth health;

    static TargetHealthDescription fromXml(const XmlNode& member);
    bool operator==(const TargetHealthDescription&) const = default;
};

/// An application, network or gateway load balancer.
struct ElbLoadBalancer {
    QString arn;
    QString name;
    QString dnsName;
    QString type; ///< application, network, gateway
    QString scheme; ///< internet-facing, internal
    QString vpcId;
    QString state; ///< provisioning, active, active_impaired, failed
    QString stateReason;
    QDateTime createdTime;
    QStringList availabilityZones; ///< zone names
    QStringList securityGroups;

    static ElbLoadBalancer fromXml(const XmlNode& member);
    bool operator==(const ElbLoadBalancer&) const = default;
};

struct ElbLoadBalancerPage {
    QList<ElbLoadBalancer> loadBalancers;
    QString nextMarker;
    bool operator==(const ElbLoadBalancerPage&) const = default;
};

/// One action of a listener or rule; for forward: its target groups (TargetGroupArn or the
/// ForwardConfig's weighted list).
struct ElbAction {
    QString type; ///< forward, redirect, fixed-response, authenticate-oidc, ...
    std::optional<int> order;
    QStringList targetGroupArns;

    static ElbAction fromXml(const XmlNode& member);
    bool operator==(const ElbAction&) const = default;
};

struct ElbListener {
    QString arn;
    QString loadBalancerArn;
    std::optional<int> port;
    QString protocol;
    QList<ElbAction> defaultActions;

    static ElbListener fromXml(const XmlNode& member);
    bool operator==(const ElbListener&) const = default;
};

struct ElbListenerPage {
    QList<ElbListener> listeners;
    QString nextMarker;
    bool operator==(const ElbListenerPage&) const = default;
};

/// A rule condition: a field (path-pattern, host-header, ...) and its values.
struct ElbRuleCondition {
    QString field;
    QStringList values;
    bool operator==(const ElbRuleCondition&) const = default;
};

struct ElbRule {
    QString arn;
    QString priority; ///< a number, or "default"
    bool isDefault = false;
    QList<ElbRuleCondition> conditions;
    QList<ElbAction> actions;

    static ElbRule fromXml(const XmlNode& member);
    bool operator==(const ElbRule&) const = default;
};

struct ElbRulePage {
    QList<ElbRule> rules;
    QString nextMarker;
    bool operator==(const ElbRulePage&) const = default;
};

/// Decoders of ELBv2 answers (query protocol XML, what ElbV2Client receives). Lists are read
/// whatever their items are called (<member> in AWS), as botocore does.
namespace ElbV2 {
    /// DescribeTargetGroups, CreateTargetGroup, ModifyTargetGroup.
    Outcome<TargetGroupPage> parseTargetGroups(const QByteArray& xml);
    Outcome<QList<TargetHealthDescription>> parseTargetHealth(const QByteArray& xml);
    /// DescribeLoadBalancers, CreateLoadBalancer.
    Outcome<ElbLoadBalancerPage> parseLoadBalancers(const QByteArray& xml);
    /// DescribeListeners, CreateListener.
    Outcome<ElbListenerPage> parseListeners(const QByteArray& xml);
    /// DescribeRules, CreateRule.
    Outcome<ElbRulePage> parseRules(const QByteArray& xml);
    /// DescribeTargetGroupAttributes (also DescribeLoadBalancerAttributes): key to value.
    Outcome<QMap<QString, QString>> parseAttributes(const QByteArray& xml);

    /// The deregistration delay of a target group's attributes (300 s when absent, as AWS's default).
    int deregistrationDelay(const QMap<QString, QString>& attributes);
    /// "unhealthy (Target.ResponseCodeMismatch)", "healthy", "draining": the state, and the reason
    /// unless healthy or draining; short, for a table cell.
    QString healthText(const TargetHealth& health);
} // namespace ElbV2

} // namespace EcsDesk::Api
