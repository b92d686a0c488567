// SPDX-License-Identifier: MIT
#include "api/elbv2/elbv2types.h"

#include "api/core/xmlanswer.h"

#include <QCoreApplication>

namespace EcsDesk::Api {

namespace {
    QString text(const XmlNode& node, QStringView name)
    {
        const XmlNode* child = node.child(name);
        return child ? child->text.trimmed() : QString();
    }

    std::optional<int> integer(const XmlNode& node, QStringView name)
    {
        const XmlNode* child = node.child(name);
        if (!child)
            return std::nullopt;
        bool ok = false;
        const int value = child->text.trimmed().toInt(&ok);
        return ok ? std::optional(value) : std::nullopt;
    }

    /// The items of a list element, whatever they are called.
    QList<const XmlNode*> items(const XmlNode* list)
    {
        QList<const XmlNode*> result;
        if (list) {
            for (const XmlNode& item : list->children)
                result.append(&item);
        }
        return result;
    }

    QStringList strings(const XmlNode& node, QStringView name)
    {
        QStringList result;
        for (const XmlNode* item : items(node.child(name)))
            result.append(item->text.trimmed());
        return result;
    }

    AwsError malformed(const QString& what)
    {
        return AwsError::make(AwsError::Kind::Protocol, QStringLiteral("MalformedResponse"),
            QCoreApplication::translate("ElbV2Client", "The %1 answer is not understood.").arg(what));
    }

    /// The <XxxResult> element of an answer (<XxxResponse><XxxResult>...), or nullptr.
    const XmlNode* resultOf(const std::optional<XmlNode>& root)
    {
        if (!root)
            return nullptr;
        if (root->name.endsWith(QLatin1String("Result")))
            return &*root;
        for (const XmlNode& child : root->children) {
            if (child.name.endsWith(QLatin1String("Result")))
                return &child;
        }
        return nullptr;
    }

    /// Decodes the list `listName` of an answer with `decode`, and its NextMarker.
    template <typename Item>
    std::optional<std::pair<QList<Item>, QString>> parseList(
        const QByteArray& xml, QStringView listName, Item (*decode)(const XmlNode&))
    {
        const std::optional<XmlNode> root = XmlNode::parse(xml);
        const XmlNode* result = resultOf(root);
        if (!result)
            return std::nullopt;
        QList<Item> list;
        for (const XmlNode* member : items(result->child(listName)))
            list.append(decode(*member));
        return std::pair { list, text(*result, u"NextMarker") };
    }
} // namespace

TargetGroup TargetGroup::fromXml(const XmlNode& member)
{
    TargetGroup group;
    group.arn = text(member, u"TargetGroupArn");
    group.name = text(member, u"TargetGroupName");
    group.protocol = text(member, u"Protocol");
    group.port = integer(member, u"Port");
    group.vpcId = text(member, u"VpcId");
    group.targetType = text(member, u"TargetType");
    if (group.targetType.isEmpty())
        group.targetType = QStringLiteral("instance"); // AWS's default; its older examples omit it
    group.protocolVersion = text(member, u"ProtocolVersion");
    group.healthCheckEnabled = text(member, u"HealthCheckEnabled") != QLatin1String("false");
    group.healthCheckProtocol = text(member, u"HealthCheckProtocol");
    group.healthCheckPort = text(member, u"HealthCheckPort");
    group.healthCheckPath = text(member, u"HealthCheckPath");
    group.healthCheckIntervalSeconds = integer(member, u"HealthCheckIntervalSeconds").value_or(0);
    group.healthCheckTimeoutSeconds = integer(member, u"HealthCheckTimeoutSeconds").value_or(0);
    group.healthyThresholdCount = integer(member, u"HealthyThresholdCount").value_or(0);
    group.unhealthyThresholdCount = integer(member, u"UnhealthyThresholdCount").value_or(0);
    if (const XmlNode* matcher = member.child(u"Matcher")) {
        group.matcherHttpCode = text(*matcher, u"HttpCode");
        group.matcherGrpcCode = text(*matcher, u"GrpcCode");
    }
    group.loadBalancerArns = strings(member, u"LoadBalancerArns");
    return group;
}

TargetHealthDescription TargetHealthDescription::fromXml(const XmlNode& member)
{
    TargetHealthDescription description;
    if (const XmlNode* target = member.child(u"Target")) {
        description.target.id = text(*target, u"Id");
        description.target.port = integer(*target, u"Port");
        description.target.availabilityZone = text(*target, u"AvailabilityZone");
    }
    description.healthCheckPort = text(member, u"HealthCheckPort");
    if (const XmlNode* health = member.child(u"TargetHealth")) {
        description.health.state = text(*health, u"State");
        description.health.reason = text(*health, u"Reason");
        description.health.description = text(*health, u"Description");
    }
    return description;
}

ElbLoadBalancer ElbLoadBalancer::fromXml(const XmlNode& member)
{
    ElbLoadBalancer balancer;
    balancer.arn = text(member, u"LoadBalancerArn");
    balancer.name = text(member, u"LoadBalancerName");
    balancer.dnsName = text(member, u"DNSName");
    balancer.type = text(member, u"Type");
    balancer.scheme = text(member, u"Scheme");
    balancer.vpcId = text(member, u"VpcId");
    if (const XmlNode* state = member.child(u"State")) {
        balancer.state = text(*state, u"Code");
        balancer.stateReason = text(*state, u"Reason");
    }
    balancer.createdTime = QDateTime::fromString(text(member, u"CreatedTime"), Qt::ISODateWithMs).toUTC();
    for (const XmlNode* zone : items(member.child(u"AvailabilityZones")))
        balancer.availabilityZones.append(text(*zone, u"ZoneName"));
    balancer.securityGroups = strings(member, u"SecurityGroups");
    return balancer;
}

ElbAction ElbAction::fromXml(const XmlNode& member)
{
    ElbAction action;
    action.type = text(member, u"Type");
    action.order = integer(member, u"Order");
    const QString single = text(member, u"TargetGroupArn");
    if (!single.isEmpty())
        action.targetGroupArns.append(single);
    if (const XmlNode* forward = member.child(u"ForwardConfig")) {
        for (const XmlNode* tuple : items(forward->child(u"TargetGroups"))) {
            const QString arn = text(*tuple, u"TargetGroupArn");
            if (!arn.isEmpty() && !action.targetGroupArns.contains(arn))
                action.targetGroupArns.append(arn);
        }
    }
    return action;
}

ElbListener ElbListener::fromXml(const XmlNode& member)
{
    ElbListener listener;
    listener.arn = text(member, u"ListenerArn");
    listener.loadBalancerArn = text(member, u"LoadBalancerArn");
    listener.port = integer(member, u"Port");
    listener.protocol = text(member, u"Protocol");
    for (const XmlNode* action : items(member.child(u"DefaultActions")))
        listener.defaultActions.append(ElbAction::fromXml(*action));
    return listener;
}

ElbRule ElbRule::fromXml(const XmlNode& member)
{
    ElbRule rule;
    rule.arn = text(member, u"RuleArn");
    rule.priority = text(member, u"Priority");
    rule.isDefault = text(member, u"IsDefault") == QLatin1String("true");
    for (const XmlNode* condition : items(member.child(u"Conditions"))) {
        ElbRuleCondition c;
        c.field = text(*condition, u"Field");
        c.values = strings(*condition, u"Values");
        // The typed forms (PathPatternConfig, HostHeaderConfig, ...) carry the values when Values is absent.
        if (c.values.isEmpty()) {
            for (const XmlNode& config : condition->children) {
                if (config.name.endsWith(QLatin1String("Config")))
                    c.values.append(strings(config, u"Values"));
            }
        }
        rule.conditions.append(c);
    }
    for (const XmlNode* action : items(member.child(u"Actions")))
        rule.actions.append(ElbAction::fromXml(*action));
    return rule;
}

namespace ElbV2 {

    Outcome<TargetGroupPage> parseTargetGroups(const QByteArray& xml)
    {
        const auto list = parseList<TargetGroup>(xml, u"TargetGroups", &TargetGroup::fromXml);
        if (!list)
            return Outcome<TargetGroupPage>::failure(malformed(QStringLiteral("DescribeTargetGroups")));
        return Outcome<TargetGroupPage>::success({ list->first, list->second });
    }

    Outcome<QList<TargetHealthDescription>> parseTargetHealth(const QByteArray& xml)
    {
        const auto list
            = parseList<TargetHealthDescription>(xml, u"TargetHealthDescriptions", &TargetHealthDescription::fromXml);
        if (!list)
            return Outcome<QList<TargetHealthDescription>>::failure(malformed(QStringLiteral("DescribeTargetHealth")));
        return Outcome<QList<TargetHealthDescription>>::success(list->first);
    }

    Outcome<ElbLoadBalancerPage> parseLoadBalancers(const QByteArray& xml)
    {
        const auto list = parseList<ElbLoadBalancer>(xml, u"LoadBalancers", &ElbLoadBalancer::fromXml);
        if (!list)
            return Outcome<ElbLoadBalancerPage>::failure(malformed(QStringLiteral("DescribeLoadBalancers")));
        return Outcome<ElbLoadBalancerPage>::success({ list->first, list->second });
    }

    Outcome<ElbListenerPage> parseListeners(const QByteArray& xml)
    {
        const auto list = parseList<ElbListener>(xml, u"Listeners", &ElbListener::fromXml);
        if (!list)
            return Outcome<ElbListenerPage>::failure(malformed(QStringLiteral("DescribeListeners")));
        return Outcome<ElbListenerPage>::success({ list->first, list->second });
    }

    Outcome<ElbRulePage> parseRules(const QByteArray& xml)
    {
        const auto list = parseList<ElbRule>(xml, u"Rules", &ElbRule::fromXml);
        if (!list)
            return Outcome<ElbRulePage>::failure(malformed(QStringLiteral("DescribeRules")));
        return Outcome<ElbRulePage>::success({ list->first, list->second });
    }

    Outcome<QMap<QString, QString>> parseAttributes(const QByteArray& xml)
    {
        const std::optional<XmlNode> root = XmlNode::parse(xml);
        const XmlNode* result = resultOf(root);
        if (!result)
            return Outcome<QMap<QString, QString>>::failure(malformed(QStringLiteral("DescribeTargetGroupAttributes")));
        QMap<QString, QString> attributes;
        for (const XmlNode* member : items(result->child(u"Attributes")))
            attributes.insert(text(*member, u"Key"), text(*member, u"Value"));
        return Outcome<QMap<QString, QString>>::success(attributes);
    }

    int deregistrationDelay(const QMap<QString, QString>& attributes)
    {
        bool ok = false;
        const int seconds = attributes.value(QStringLiteral("deregistration_delay.timeout_seconds")).toInt(&ok);
        return ok ? seconds : 300;
    }

    QString healthText(const TargetHealth& health)
    {
        if (health.reason.isEmpty() || health.state == QLatin1String("healthy")
            || health.state == QLatin1String("draining"))
            return health.state;
        return QStringLiteral("%1 (%2)").arg(health.state, health.reason);
    }

} // namespace ElbV2

} // namespace EcsDesk::Api
