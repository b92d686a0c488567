// SPDX-License-Identifier: MIT
#include "local/api/elbv2handler.h"

#include "local/clock.h"
#include "local/simulation/loadbalancing.h"
#include "local/store/store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHostAddress>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace EcsDesk::Local {

namespace {
    QString tr(const char* text) { return QCoreApplication::translate("EcsDesk::Local::ElbV2Handler", text); }

    ApiError validation(const QString& message) { return { u"ValidationError"_s, message, 400 }; }
    ApiError error(const char* code, const QString& message) { return { QString::fromLatin1(code), message, 400 }; }

    // Query-protocol values are strings (the validator checked that they parse).
    QString text(const QJsonObject& in, QLatin1String key) { return in.value(key).toString(); }
    std::optional<int> integer(const QJsonObject& in, QLatin1String key)
    {
        const QJsonValue value = in.value(key);
        if (value.isDouble())
            return value.toInt();
        if (value.isString())
            return value.toString().toInt();
        return std::nullopt;
    }
    QString required(const QJsonObject& in, QLatin1String key)
    {
        const QString value = text(in, key);
        if (value.isEmpty())
            throw validation(tr("A value for '%1' must be specified").arg(key));
        return value;
    }
    QStringList strings(const QJsonObject& in, QLatin1String key)
    {
        QStringList out;
        for (const QJsonValue& value : in.value(key).toArray())
            out.append(value.toString());
        return out;
    }
    QJsonArray objects(const QJsonObject& in, QLatin1String key)
    {
        QJsonArray out;
        for (const QJsonValue& value : in.value(key).toArray()) {
            if (value.isObject())
                out.append(value);
        }
        return out;
    }

    /// One page of a Describe* list (PageSize 1..400, Marker from the previous page's NextMarker),
    /// as `key` with NextMarker when more follow. The marker is the next item's offset, opaque.
    QJsonObject page(const QJsonObject& in, QLatin1String key, const QJsonArray& all)
    {
        qsizetype size = all.size();
        if (in.contains("PageSize"_L1)) {
            const int asked = integer(in, "PageSize"_L1).value_or(0);
            if (asked < 1 || asked > 400)
                throw validation(
                    tr("1 validation error detected: Value '%1' at 'pageSize' failed to satisfy "
                       "constraint: Member must have value %2")
                        .arg(text(in, "PageSize"_L1).isEmpty() ? QString::number(asked) : text(in, "PageSize"_L1),
                            asked < 1 ? tr("greater than or equal to 1") : tr("less than or equal to 400")));
            size = asked;
        }
        qsizetype from = 0;
        if (const QString marker = text(in, "Marker"_L1); !marker.isEmpty()) {
            const QByteArray decoded = QByteArray::fromBase64(marker.toLatin1());
            bool ok = decoded.startsWith("offset:");
            from = ok ? decoded.mid(7).toLongLong(&ok) : 0;
            if (!ok || from < 0 || from > all.size())
                throw validation(tr("The marker '%1' is not valid").arg(marker));
        }
        QJsonArray slice;
        for (qsizetype i = from; i < std::min(all.size(), from + size); ++i)
            slice.append(all.at(i));
        QJsonObject out { { key, slice } };
        if (from + size < all.size())
            out.insert("NextMarker"_L1,
                QString::fromLatin1(QByteArray(QByteArray("offset:") + QByteArray::number(from + size)).toBase64()));
        return out;
    }

    QString hexId()
    {
        return QString::number(QRandomGenerator::global()->generate64() & 0x7fffffffffffffffULL, 16)
            .rightJustified(16, u'0')
            .right(16);
    }

    QString isoTime(const Clock& clock) { return clock.now().toString(Qt::ISODateWithMs); }

    // Names: at most 32 alphanumerics and hyphens, not beginning or ending with a hyphen.
    void checkName(const QString& name, const QString& what)
    {
        static const QRegularExpression allowed(u"^[A-Za-z0-9-]+$"_s);
        if (name.size() > 32)
            throw validation(tr("%1 name '%2' cannot be longer than '32' characters").arg(what, name));
        if (!allowed.match(name).hasMatch())
            throw validation(tr("%1 name '%2' can only contain characters that are alphanumeric characters or "
                                "hyphens(-)")
                                 .arg(what, name));
        if (name.startsWith(u'-') || name.endsWith(u'-'))
            throw validation(tr("%1 name '%2' cannot begin or end with '-'").arg(what, name));
    }

    QJsonObject record(const Store& store, Kind kind, const QString& key)
    {
        const QJsonObject* found = store.find(kind, key);
        return found ? *found : QJsonObject();
    }

    const QStringList targetGroupAttributeKeys { u"deregistration_delay.timeout_seconds"_s, u"stickiness.enabled"_s,
        u"stickiness.type"_s, u"stickiness.lb_cookie.duration_seconds"_s, u"slow_start.duration_seconds"_s,
        u"load_balancing.algorithm.type"_s };

    QJsonObject defaultAttributes(const QString& protocol)
    {
        QJsonObject attributes { { u"deregistration_delay.timeout_seconds"_s, u"300"_s },
            { u"stickiness.enabled"_s, u"false"_s } };
        if (protocol == "HTTP"_L1 || protocol == "HTTPS"_L1) {
            attributes.insert(u"stickiness.type"_s, u"lb_cookie"_s);
            attributes.insert(u"stickiness.lb_cookie.duration_seconds"_s, u"86400"_s);
            attributes.insert(u"slow_start.duration_seconds"_s, u"0"_s);
            attributes.insert(u"load_balancing.algorithm.type"_s, u"round_robin"_s);
        } else {
            attributes.insert(u"stickiness.type"_s, u"source_ip"_s);
        }
        return attributes;
    }

    // Forward actions: each names a target group that must exist.
    QJsonArray checkedActions(const Store& store, const QJsonArray& actions, const QString& field)
    {
        if (actions.isEmpty())
            throw validation(tr("A value for '%1' must be specified").arg(field));
        QJsonArray out;
        int order = 1;
        for (const QJsonValue& value : actions) {
            QJsonObject action = value.toObject();
            const QString type = action.value("Type"_L1).toString();
            if (type != "forward"_L1 && type != "fixed-response"_L1 && type != "redirect"_L1)
                throw validation(tr("Action type '%1' is not supported").arg(type));
            if (type == "forward"_L1) {
                QString group = action.value("TargetGroupArn"_L1).toString();
                const QJsonArray weighted
                    = action.value("ForwardConfig"_L1).toObject().value("TargetGroups"_L1).toArray();
                if (group.isEmpty() && !weighted.isEmpty())
                    group = weighted.first().toObject().value("TargetGroupArn"_L1).toString();
                if (group.isEmpty())
                    throw validation(tr("A target group ARN must be specified"));
                if (!store.find(Kind::TargetGroup, group))
                    throw error("TargetGroupNotFound", tr("Target group '%1' not found").arg(group));
                action.insert("TargetGroupArn"_L1, group);
                action.insert("ForwardConfig"_L1,
                    QJsonObject {
                        { "TargetGroups"_L1,
                            QJsonArray { QJsonObject { { "TargetGroupArn"_L1, group }, { "Weight"_L1, 1 } } } },
                        { "TargetGroupStickinessConfig"_L1, QJsonObject { { "Enabled"_L1, false } } } });
            }
            if (!action.contains("Order"_L1))
                action.insert("Order"_L1, order);
            else
                action.insert("Order"_L1, action.value("Order"_L1).toVariant().toInt());
            ++order;
            out.append(action);
        }
        return out;
    }

    // The query protocol gives numbers as text; answers carry them typed.
    QJsonObject typedTarget(const QJsonObject& target)
    {
        QJsonObject out { { "Id"_L1, target.value("Id"_L1) } };
        if (target.contains("Port"_L1))
            out.insert("Port"_L1, target.value("Port"_L1).toVariant().toInt());
        if (target.contains("AvailabilityZone"_L1))
            out.insert("AvailabilityZone"_L1, target.value("AvailabilityZone"_L1));
        return out;
    }
} // namespace

bool ElbV2Handler::hasOperation(const QString& operation) const
{
    static const QSet<QString> operations { u"CreateLoadBalancer"_s, u"DescribeLoadBalancers"_s,
        u"DeleteLoadBalancer"_s, u"CreateTargetGroup"_s, u"DescribeTargetGroups"_s, u"ModifyTargetGroup"_s,
        u"DeleteTargetGroup"_s, u"DescribeTargetGroupAttributes"_s, u"ModifyTargetGroupAttributes"_s,
        u"CreateListener"_s, u"DescribeListeners"_s, u"DeleteListener"_s, u"CreateRule"_s, u"DescribeRules"_s,
        u"DeleteRule"_s, u"RegisterTargets"_s, u"DeregisterTargets"_s, u"DescribeTargetHealth"_s };
    return operations.contains(operation);
}

QJsonObject ElbV2Handler::handle(const QString& operation, const QJsonObject& in)
{
    using Op = QJsonObject (ElbV2Handler::*)(const QJsonObject&);
    static const QHash<QString, Op> table {
        { u"CreateLoadBalancer"_s, &ElbV2Handler::createLoadBalancer },
        { u"DescribeLoadBalancers"_s, &ElbV2Handler::describeLoadBalancers },
        { u"DeleteLoadBalancer"_s, &ElbV2Handler::deleteLoadBalancer },
        { u"CreateTargetGroup"_s, &ElbV2Handler::createTargetGroup },
        { u"DescribeTargetGroups"_s, &ElbV2Handler::describeTargetGroups },
        { u"ModifyTargetGroup"_s, &ElbV2Handler::modifyTargetGroup },
        { u"DeleteTargetGroup"_s, &ElbV2Handler::deleteTargetGroup },
        { u"DescribeTargetGroupAttributes"_s, &ElbV2Handler::describeTargetGroupAttributes },
        { u"ModifyTargetGroupAttributes"_s, &ElbV2Handler::modifyTargetGroupAttributes },
        { u"CreateListener"_s, &ElbV2Handler::createListener },
        { u"DescribeListeners"_s, &ElbV2Handler::describeListeners },
        { u"DeleteListener"_s, &ElbV2Handler::deleteListener },
        { u"CreateRule"_s, &ElbV2Handler::createRule },
        { u"DescribeRules"_s, &ElbV2Handler::describeRules },
        { u"DeleteRule"_s, &ElbV2Handler::deleteRule },
        { u"RegisterTargets"_s, &ElbV2Handler::registerTargets },
        { u"DeregisterTargets"_s, &ElbV2Handler::deregisterTargets },
        { u"DescribeTargetHealth"_s, &ElbV2Handler::describeTargetHealth },
    };
    const Op op = table.value(operation);
    if (!op)
        throw ApiError { u"InvalidAction"_s, tr("The action %1 is not valid for this web service.").arg(operation),
            400 };
    return (this->*op)(in);
}

QString ElbV2Handler::arn(const QString& resource) const
{
    return "arn:aws:elasticloadbalancing:"_L1 + m_context.region + u':' + m_context.accountId + u':' + resource;
}

// ---- load balancers ----

QJsonObject ElbV2Handler::createLoadBalancer(const QJsonObject& in)
{
    Store& store = *m_context.store;
    const QString name = required(in, "Name"_L1);
    checkName(name, tr("Load balancer"));
    if (name.startsWith("internal-"_L1))
        throw validation(tr("Load balancer name '%1' cannot begin with 'internal-'").arg(name));
    const QString type = text(in, "Type"_L1).isEmpty() ? u"application"_s : text(in, "Type"_L1);
    if (type != "application"_L1 && type != "network"_L1)
        throw validation(tr("Load balancer type '%1' is not supported").arg(type));
    const QString scheme = text(in, "Scheme"_L1).isEmpty() ? u"internet-facing"_s : text(in, "Scheme"_L1);
    QStringList subnets = strings(in, "Subnets"_L1);
    for (const QJsonValue& mapping : objects(in, "SubnetMappings"_L1))
        subnets.append(mapping.toObject().value("SubnetId"_L1).toString());
    if (type == "application"_L1 && subnets.size() < 2)
        throw validation(tr("At least two subnets in two different Availability Zones must be specified"));
    if (subnets.isEmpty())
        throw validation(tr("At least one subnet must be specified"));

    for (const auto& [key, existing] : store.collection(Kind::LoadBalancer)) {
        if (existing.value("LoadBalancerName"_L1).toString() != name)
            continue;
        if (existing.value("Type"_L1).toString() == type && existing.value("Scheme"_L1).toString() == scheme)
            return { { "LoadBalancers"_L1, QJsonArray { existing } } }; // idempotent, as AWS is
        throw error("DuplicateLoadBalancerName",
            tr("A load balancer with the same name '%1' exists, but with different settings").arg(name));
    }
    const QString id = hexId();
    const bool network = type == "network"_L1;
    QJsonArray zones;
    const QString zoneLetters = u"abcdef"_s;
    for (qsizetype i = 0; i < subnets.size(); ++i) {
        zones.append(QJsonObject { { "SubnetId"_L1, subnets[i] },
            { "ZoneName"_L1, QString(m_context.region + zoneLetters[int(i % zoneLetters.size())]) } });
    }
    const QString lbArn = arn("loadbalancer/"_L1 + (network ? "net/"_L1 : "app/"_L1) + name + u'/' + id);
    const QString dnsName = network
        ? QString(name + u'-' + id + ".elb."_L1 + m_context.region + ".amazonaws.com"_L1)
        : QString(name + u'-' + QString::number(id.left(8).toULongLong(nullptr, 16) % 1000000000) + u'.'
            + m_context.region + ".elb.amazonaws.com"_L1);
    const QString ipType = text(in, "IpAddressType"_L1).isEmpty() ? u"ipv4"_s : text(in, "IpAddressType"_L1);
    QJsonObject lb { { "LoadBalancerArn"_L1, lbArn }, { "LoadBalancerName"_L1, name }, { "Type"_L1, type },
        { "Scheme"_L1, scheme }, { "DNSName"_L1, dnsName },
        { "CanonicalHostedZoneId"_L1, network ? u"Z18D5FSROUN65G"_s : u"Z1H1FL5HABSF5"_s },
        { "CreatedTime"_L1, isoTime(*m_context.clock) }, { "VpcId"_L1, u"vpc-0ecsdesk0local0001"_s },
        { "AvailabilityZones"_L1, zones }, { "IpAddressType"_L1, ipType } };
    if (!network || in.contains("SecurityGroups"_L1))
        lb.insert("SecurityGroups"_L1, QJsonArray::fromStringList(strings(in, "SecurityGroups"_L1)));
    lb.insert("State"_L1, QJsonObject { { "Code"_L1, u"active"_s } });
    store.put(Kind::LoadBalancer, lbArn, lb);
    lb.insert("State"_L1, QJsonObject { { "Code"_L1, u"provisioning"_s } }); // AWS answers while it provisions
    return { { "LoadBalancers"_L1, QJsonArray { lb } } };
}

QJsonObject ElbV2Handler::describeLoadBalancers(const QJsonObject& in)
{
    const Store& store = *m_context.store;
    const QStringList arns = strings(in, "LoadBalancerArns"_L1);
    const QStringList names = strings(in, "Names"_L1);
    if (!arns.isEmpty() && !names.isEmpty())
        throw validation(tr("Load balancer names and load balancer ARNs cannot be specified at the same time"));
    QJsonArray out;
    if (!arns.isEmpty()) {
        for (const QString& lbArn : arns) {
            const QJsonObject* lb = store.find(Kind::LoadBalancer, lbArn);
            if (!lb)
                throw error("LoadBalancerNotFound", tr("One or more load balancers not found"));
            out.append(*lb);
        }
    } else {
        const QSet<QString> asked(names.begin(), names.end());
        QSet<QString> wanted = asked;
        for (const auto& [key, lb] : store.collection(Kind::LoadBalancer)) {
            const QString name = lb.value("LoadBalancerName"_L1).toString();
            if (asked.isEmpty() || asked.contains(name)) {
                wanted.remove(name);
                out.append(lb);
            }
        }
        if (!wanted.isEmpty())
            throw error("LoadBalancerNotFound",
                tr("Load balancers '[%1]' not found").arg(QStringList(wanted.begin(), wanted.end()).join(", "_L1)));
    }
    return page(in, "LoadBalancers"_L1, out);
}

QJsonObject ElbV2Handler::deleteLoadBalancer(const QJsonObject& in)
{
    Store& store = *m_context.store;
    const QString lbArn = required(in, "LoadBalancerArn"_L1);
    if (!store.find(Kind::LoadBalancer, lbArn))
        return {}; // AWS: deleting a missing load balancer succeeds
    QStringList listeners;
    for (const auto& [key, listener] : store.collection(Kind::Listener)) {
        if (listener.value("LoadBalancerArn"_L1).toString() == lbArn)
            listeners.append(key);
    }
    for (const QString& listener : listeners)
        deleteListener({ { "ListenerArn"_L1, listener } });
    store.remove(Kind::LoadBalancer, lbArn);
    return {};
}

// ---- target groups ----

QJsonObject ElbV2Handler::targetGroupOut(const QJsonObject& record) const
{
    QJsonObject group = record.value("group"_L1).toObject();
    group.insert("LoadBalancerArns"_L1,
        LoadBalancing::loadBalancerArns(*m_context.store, group.value("TargetGroupArn"_L1).toString()));
    return group;
}

QJsonObject ElbV2Handler::createTargetGroup(const QJsonObject& in)
{
    Store& store = *m_context.store;
    const QString name = required(in, "Name"_L1);
    checkName(name, tr("Target group"));
    const QString targetType = text(in, "TargetType"_L1).isEmpty() ? u"instance"_s : text(in, "TargetType"_L1);
    const bool lambda = targetType == "lambda"_L1;
    const QString protocol = text(in, "Protocol"_L1);
    const std::optional<int> port = integer(in, "Port"_L1);
    const QString vpc = text(in, "VpcId"_L1);
    if (!lambda) {
        if (protocol.isEmpty())
            throw validation(tr("A protocol must be specified"));
        if (!port)
            throw validation(tr("A port must be specified"));
        if (vpc.isEmpty())
            throw validation(tr("A VPC ID must be specified"));
    }
    const bool http = protocol == "HTTP"_L1 || protocol == "HTTPS"_L1;
    const QString checkProtocol = text(in, "HealthCheckProtocol"_L1).isEmpty() ? (http ? protocol : u"TCP"_s)
                                                                               : text(in, "HealthCheckProtocol"_L1);
    const bool httpCheck = checkProtocol == "HTTP"_L1 || checkProtocol == "HTTPS"_L1;
    QJsonObject group { { "TargetGroupName"_L1, name }, { "TargetType"_L1, targetType },
        { "HealthCheckEnabled"_L1, text(in, "HealthCheckEnabled"_L1) != "false"_L1 },
        { "HealthCheckIntervalSeconds"_L1, integer(in, "HealthCheckIntervalSeconds"_L1).value_or(http ? 30 : 30) },
        { "HealthCheckTimeoutSeconds"_L1, integer(in, "HealthCheckTimeoutSeconds"_L1).value_or(http ? 5 : 10) },
        { "HealthyThresholdCount"_L1, integer(in, "HealthyThresholdCount"_L1).value_or(5) },
        { "UnhealthyThresholdCount"_L1, integer(in, "UnhealthyThresholdCount"_L1).value_or(2) },
        { "HealthCheckProtocol"_L1, checkProtocol },
        { "HealthCheckPort"_L1,
            text(in, "HealthCheckPort"_L1).isEmpty() ? u"traffic-port"_s : text(in, "HealthCheckPort"_L1) } };
    if (!lambda) {
        group.insert("Protocol"_L1, protocol);
        group.insert("Port"_L1, *port);
        group.insert("VpcId"_L1, vpc);
        group.insert("IpAddressType"_L1, u"ipv4"_s);
        if (http)
            group.insert("ProtocolVersion"_L1,
                text(in, "ProtocolVersion"_L1).isEmpty() ? u"HTTP1"_s : text(in, "ProtocolVersion"_L1));
    }
    if (httpCheck) {
        group.insert(
            "HealthCheckPath"_L1, text(in, "HealthCheckPath"_L1).isEmpty() ? u"/"_s : text(in, "HealthCheckPath"_L1));
        const QString code = in.value("Matcher"_L1).toObject().value("HttpCode"_L1).toString();
        group.insert("Matcher"_L1, QJsonObject { { "HttpCode"_L1, code.isEmpty() ? u"200"_s : code } });
    }
    if (group.value("HealthCheckTimeoutSeconds"_L1).toInt() >= group.value("HealthCheckIntervalSeconds"_L1).toInt())
        throw validation(tr("Health check interval must be greater than the timeout."));

    for (const auto& [key, existing] : store.collection(Kind::TargetGroup)) {
        QJsonObject other = existing.value("group"_L1).toObject();
        if (other.value("TargetGroupName"_L1).toString() != name)
            continue;
        group.insert("TargetGroupArn"_L1, other.value("TargetGroupArn"_L1));
        if (other == group) // the same settings: AWS answers with the existing group
            return { { "TargetGroups"_L1, QJsonArray { targetGroupOut(existing) } } };
        throw error("DuplicateTargetGroupName",
            tr("A target group with the same name '%1' exists, but with different settings").arg(name));
    }
    group.insert("TargetGroupArn"_L1, arn("targetgroup/"_L1 + name + u'/' + hexId()));
    const QJsonObject stored { { "group"_L1, group }, { "attributes"_L1, defaultAttributes(protocol) },
        { "targets"_L1, QJsonArray() } };
    store.put(Kind::TargetGroup, group.value("TargetGroupArn"_L1).toString(), stored);
    return { { "TargetGroups"_L1, QJsonArray { targetGroupOut(stored) } } };
}

QJsonObject ElbV2Handler::describeTargetGroups(const QJsonObject& in)
{
    const Store& store = *m_context.store;
    const QStringList arns = strings(in, "TargetGroupArns"_L1);
    const QStringList names = strings(in, "Names"_L1);
    const QString lbArn = text(in, "LoadBalancerArn"_L1);
    if (!lbArn.isEmpty() && !store.find(Kind::LoadBalancer, lbArn))
        throw error("LoadBalancerNotFound", tr("One or more load balancers not found"));
    QJsonArray out;
    if (!arns.isEmpty()) {
        for (const QString& groupArn : arns) {
            const QJsonObject* record = store.find(Kind::TargetGroup, groupArn);
            if (!record)
                throw error("TargetGroupNotFound", tr("One or more target groups not found"));
            out.append(targetGroupOut(*record));
        }
        return page(in, "TargetGroups"_L1, out);
    }
    const QSet<QString> asked(names.begin(), names.end());
    QSet<QString> wanted = asked;
    for (const auto& [key, record] : store.collection(Kind::TargetGroup)) {
        const QJsonObject group = targetGroupOut(record);
        const QString name = group.value("TargetGroupName"_L1).toString();
        if (!asked.isEmpty() && !asked.contains(name))
            continue;
        wanted.remove(name);
        if (!lbArn.isEmpty() && !group.value("LoadBalancerArns"_L1).toArray().contains(lbArn))
            continue;
        out.append(group);
    }
    if (!wanted.isEmpty())
        throw error("TargetGroupNotFound", tr("One or more target groups not found"));
    return page(in, "TargetGroups"_L1, out);
}

QJsonObject ElbV2Handler::modifyTargetGroup(const QJsonObject& in)
{
    Store& store = *m_context.store;
    const QString groupArn = required(in, "TargetGroupArn"_L1);
    QJsonObject stored = record(store, Kind::TargetGroup, groupArn);
    if (stored.isEmpty())
        throw error("TargetGroupNotFound", tr("One or more target groups not found"));
    QJsonObject group = stored.value("group"_L1).toObject();
    for (const char* key : { "HealthCheckIntervalSeconds", "HealthCheckTimeoutSeconds", "HealthyThresholdCount",
             "UnhealthyThresholdCount" }) {
        if (const auto value = integer(in, QLatin1String(key)))
            group.insert(QLatin1String(key), *value);
    }
    for (const char* key : { "HealthCheckProtocol", "HealthCheckPort", "HealthCheckPath" }) {
        if (!text(in, QLatin1String(key)).isEmpty())
            group.insert(QLatin1String(key), text(in, QLatin1String(key)));
    }
    if (in.contains("HealthCheckEnabled"_L1))
        group.insert("HealthCheckEnabled"_L1, text(in, "HealthCheckEnabled"_L1) != "false"_L1);
    const QString code = in.value("Matcher"_L1).toObject().value("HttpCode"_L1).toString();
    if (!code.isEmpty())
        group.insert("Matcher"_L1, QJsonObject { { "HttpCode"_L1, code } });
    if (group.value("HealthCheckTimeoutSeconds"_L1).toInt() >= group.value("HealthCheckIntervalSeconds"_L1).toInt())
        throw validation(tr("Health check interval must be greater than the timeout."));
    stored.insert("group"_L1, group);
    store.put(Kind::TargetGroup, groupArn, stored);
    return { { "TargetGroups"_L1, QJsonArray { targetGroupOut(stored) } } };
}

QJsonObject ElbV2Handler::deleteTargetGroup(const QJsonObject& in)
{
    Store& store = *m_context.store;
    const QString groupArn = required(in, "TargetGroupArn"_L1);
    if (!store.find(Kind::TargetGroup, groupArn))
        return {}; // AWS: deleting a missing target group succeeds
    if (!LoadBalancing::loadBalancerArns(store, groupArn).isEmpty())
        throw error("ResourceInUse", tr("Target group '%1' is currently in use by a listener or a rule").arg(groupArn));
    store.remove(Kind::TargetGroup, groupArn);
    return {};
}

QJsonObject ElbV2Handler::describeTargetGroupAttributes(const QJsonObject& in)
{
    const QString groupArn = required(in, "TargetGroupArn"_L1);
    const QJsonObject stored = record(*m_context.store, Kind::TargetGroup, groupArn);
    if (stored.isEmpty())
        throw error("TargetGroupNotFound", tr("One or more target groups not found"));
    QJsonArray out;
    const QJsonObject attributes = stored.value("attributes"_L1).toObject();
    for (auto it = attributes.begin(); it != attributes.end(); ++it)
        out.append(QJsonObject { { "Key"_L1, it.key() }, { "Value"_L1, it.value() } });
    return { { "Attributes"_L1, out } };
}

QJsonObject ElbV2Handler::modifyTargetGroupAttributes(const QJsonObject& in)
{
    Store& store = *m_context.store;
    const QString groupArn = required(in, "TargetGroupArn"_L1);
    QJsonObject stored = record(store, Kind::TargetGroup, groupArn);
    if (stored.isEmpty())
        throw error("TargetGroupNotFound", tr("One or more target groups not found"));
    QJsonObject attributes = stored.value("attributes"_L1).toObject();
    for (const QJsonValue& value : objects(in, "Attributes"_L1)) {
        const QString key = value.toObject().value("Key"_L1).toString();
        const QString text = value.toObject().value("Value"_L1).toString();
        if (!targetGroupAttributeKeys.contains(key))
            throw validation(tr("Target group attribute key '%1' is not recognized").arg(key));
        if (key == "deregistration_delay.timeout_seconds"_L1) {
            bool ok = false;
            const int seconds = text.toInt(&ok);
            if (!ok || seconds < 0 || seconds > 3600)
                throw validation(
                    tr("'deregistration_delay.timeout_seconds' must be a number between 0 and 3600").arg(key));
        }
        attributes.insert(key, text);
    }
    stored.insert("attributes"_L1, attributes);
    store.put(Kind::TargetGroup, groupArn, stored);
    return describeTargetGroupAttributes(in);
}

// ---- listeners and rules ----

QJsonObject ElbV2Handler::createListener(const QJsonObject& in)
{
    Store& store = *m_context.store;
    const QString lbArn = required(in, "LoadBalancerArn"_L1);
    const QJsonObject lb = record(store, Kind::LoadBalancer, lbArn);
    if (lb.isEmpty())
        throw error("LoadBalancerNotFound", tr("One or more load balancers not found"));
    const bool network = lb.value("Type"_L1).toString() == "network"_L1;
    const QString protocol
        = text(in, "Protocol"_L1).isEmpty() ? (network ? u"TCP"_s : u"HTTP"_s) : text(in, "Protocol"_L1);
    const std::optional<int> port = integer(in, "Port"_L1);
    if (!port)
        throw validation(tr("A port must be specified"));
    if (!network && protocol != "HTTP"_L1 && protocol != "HTTPS"_L1)
        throw validation(tr("Listener protocol '%1' must be one of 'HTTPS, HTTP'").arg(protocol));
    for (const auto& [key, listener] : store.collection(Kind::Listener)) {
        if (listener.value("LoadBalancerArn"_L1).toString() == lbArn && listener.value("Port"_L1).toInt() == *port)
            throw error("DuplicateListener",
                tr("A listener already exists on this port for this load balancer '%1'").arg(lbArn));
    }
    const QJsonArray actions = checkedActions(store, objects(in, "DefaultActions"_L1), u"DefaultActions"_s);
    // listener/app/NAME/LBID/ID from loadbalancer/app/NAME/LBID
    const QString lbPath = lbArn.section(u':', 5).section(u'/', 1);
    const QJsonObject listener { { "ListenerArn"_L1, arn("listener/"_L1 + lbPath + u'/' + hexId()) },
        { "LoadBalancerArn"_L1, lbArn }, { "Port"_L1, *port }, { "Protocol"_L1, protocol },
        { "DefaultActions"_L1, actions } };
    store.put(Kind::Listener, listener.value("ListenerArn"_L1).toString(), listener);
    return { { "Listeners"_L1, QJsonArray { listener } } };
}

QJsonObject ElbV2Handler::describeListeners(const QJsonObject& in)
{
    const Store& store = *m_context.store;
    const QString lbArn = text(in, "LoadBalancerArn"_L1);
    const QStringList arns = strings(in, "ListenerArns"_L1);
    if (lbArn.isEmpty() && arns.isEmpty())
        throw validation(tr("You must specify either listener ARNs or a load balancer ARN"));
    if (!lbArn.isEmpty() && !store.find(Kind::LoadBalancer, lbArn))
        throw error("LoadBalancerNotFound", tr("One or more load balancers not found"));
    QJsonArray out;
    for (const QString& listenerArn : arns) {
        const QJsonObject* listener = store.find(Kind::Listener, listenerArn);
        if (!listener)
            throw error("ListenerNotFound", tr("One or more listeners not found"));
        out.append(*listener);
    }
    if (arns.isEmpty()) {
        for (const auto& [key, listener] : store.collection(Kind::Listener)) {
            if (listener.value("LoadBalancerArn"_L1).toString() == lbArn)
                out.append(listener);
        }
    }
    return page(in, "Listeners"_L1, out);
}

QJsonObject ElbV2Handler::deleteListener(const QJsonObject& in)
{
    Store& store = *m_context.store;
    const QString listenerArn = required(in, "ListenerArn"_L1);
    if (!store.find(Kind::Listener, listenerArn))
        throw error("ListenerNotFound", tr("One or more listeners not found"));
    QStringList rules;
    for (const auto& [key, rule] : store.collection(Kind::ListenerRule)) {
        if (rule.value("ListenerArn"_L1).toString() == listenerArn)
            rules.append(key);
    }
    for (const QString& rule : rules)
        store.remove(Kind::ListenerRule, rule);
    store.remove(Kind::Listener, listenerArn);
    return {};
}

QJsonObject ElbV2Handler::createRule(const QJsonObject& in)
{
    Store& store = *m_context.store;
    const QString listenerArn = required(in, "ListenerArn"_L1);
    if (!store.find(Kind::Listener, listenerArn))
        throw error("ListenerNotFound", tr("One or more listeners not found"));
    const std::optional<int> priority = integer(in, "Priority"_L1);
    if (!priority)
        throw validation(tr("A value for 'Priority' must be specified"));
    for (const auto& [key, rule] : store.collection(Kind::ListenerRule)) {
        if (rule.value("ListenerArn"_L1).toString() == listenerArn
            && rule.value("Priority"_L1).toString() == QString::number(*priority))
            throw error("PriorityInUse", tr("Priority '%1' is currently in use").arg(*priority));
    }
    const QJsonArray conditions = objects(in, "Conditions"_L1);
    if (conditions.isEmpty())
        throw validation(tr("A condition must be specified"));
    QJsonArray outConditions;
    for (const QJsonValue& value : conditions) {
        QJsonObject condition = value.toObject();
        const QString field = condition.value("Field"_L1).toString();
        QJsonArray values = condition.value("Values"_L1).toArray();
        const QString config = field == "path-pattern"_L1 ? u"PathPatternConfig"_s
            : field == "host-header"_L1                   ? u"HostHeaderConfig"_s
                                                          : QString();
        if (config.isEmpty())
            throw validation(tr("Condition field '%1' is not supported").arg(field));
        if (values.isEmpty())
            values = condition.value(config).toObject().value("Values"_L1).toArray();
        if (values.isEmpty())
            throw validation(tr("A condition value must be specified for field '%1'").arg(field));
        outConditions.append(QJsonObject {
            { "Field"_L1, field }, { "Values"_L1, values }, { config, QJsonObject { { "Values"_L1, values } } } });
    }
    const QJsonArray actions = checkedActions(store, objects(in, "Actions"_L1), u"Actions"_s);
    const QString listenerPath = listenerArn.section(u':', 5).section(u'/', 1);
    const QJsonObject rule { { "RuleArn"_L1, arn("listener-rule/"_L1 + listenerPath + u'/' + hexId()) },
        { "ListenerArn"_L1, listenerArn }, { "Priority"_L1, QString::number(*priority) },
        { "Conditions"_L1, outConditions }, { "Actions"_L1, actions }, { "IsDefault"_L1, false } };
    store.put(Kind::ListenerRule, rule.value("RuleArn"_L1).toString(), rule);
    QJsonObject shown = rule;
    shown.remove("ListenerArn"_L1);
    return { { "Rules"_L1, QJsonArray { shown } } };
}

QJsonObject ElbV2Handler::describeRules(const QJsonObject& in)
{
    const Store& store = *m_context.store;
    const QString listenerArn = text(in, "ListenerArn"_L1);
    const QStringList arns = strings(in, "RuleArns"_L1);
    if (listenerArn.isEmpty() && arns.isEmpty())
        throw validation(tr("You must specify either listener rule ARNs or a listener ARN"));
    QJsonArray out;
    auto shown = [](QJsonObject rule) {
        rule.remove("ListenerArn"_L1);
        return rule;
    };
    for (const QString& ruleArn : arns) {
        const QJsonObject* rule = store.find(Kind::ListenerRule, ruleArn);
        if (!rule)
            throw error("RuleNotFound", tr("One or more rules not found"));
        out.append(shown(*rule));
    }
    if (!listenerArn.isEmpty()) {
        const QJsonObject* listener = store.find(Kind::Listener, listenerArn);
        if (!listener)
            throw error("ListenerNotFound", tr("One or more listeners not found"));
        std::vector<QJsonObject> rules;
        for (const auto& [key, rule] : store.collection(Kind::ListenerRule)) {
            if (rule.value("ListenerArn"_L1).toString() == listenerArn)
                rules.push_back(shown(rule));
        }
        std::sort(rules.begin(), rules.end(), [](const QJsonObject& a, const QJsonObject& b) {
            return a.value("Priority"_L1).toString().toInt() < b.value("Priority"_L1).toString().toInt();
        });
        for (const QJsonObject& rule : rules)
            out.append(rule);
        // The listener's default rule comes last, as AWS lists it.
        const QString listenerPath = listenerArn.section(u':', 5).section(u'/', 1);
        out.append(QJsonObject { { "RuleArn"_L1, arn("listener-rule/"_L1 + listenerPath + "/default"_L1) },
            { "Priority"_L1, u"default"_s }, { "Conditions"_L1, QJsonArray() },
            { "Actions"_L1, listener->value("DefaultActions"_L1) }, { "IsDefault"_L1, true } });
    }
    return page(in, "Rules"_L1, out);
}

QJsonObject ElbV2Handler::deleteRule(const QJsonObject& in)
{
    Store& store = *m_context.store;
    const QString ruleArn = required(in, "RuleArn"_L1);
    if (!store.find(Kind::ListenerRule, ruleArn))
        throw error("RuleNotFound", tr("One or more rules not found"));
    store.remove(Kind::ListenerRule, ruleArn);
    return {};
}

// ---- targets ----

QJsonObject ElbV2Handler::registerTargets(const QJsonObject& in)
{
    Store& store = *m_context.store;
    const QString groupArn = required(in, "TargetGroupArn"_L1);
    QJsonObject stored = record(store, Kind::TargetGroup, groupArn);
    if (stored.isEmpty())
        throw error("TargetGroupNotFound", tr("One or more target groups not found"));
    const QJsonObject group = stored.value("group"_L1).toObject();
    const QJsonArray targets = objects(in, "Targets"_L1);
    if (targets.isEmpty())
        throw validation(tr("A value for 'Targets' must be specified"));
    const qint64 now = m_context.clock->now().toMSecsSinceEpoch();
    QJsonArray current = stored.value("targets"_L1).toArray();
    for (const QJsonValue& value : targets) {
        QJsonObject target = typedTarget(value.toObject());
        const QString id = target.value("Id"_L1).toString();
        if (group.value("TargetType"_L1).toString() == "ip"_L1) {
            QHostAddress address;
            if (!address.setAddress(id) || address.protocol() != QAbstractSocket::IPv4Protocol)
                throw validation(tr("The IP address '%1' is not a valid IPv4 address").arg(id));
        } else if (group.value("TargetType"_L1).toString() == "instance"_L1 && !id.startsWith("i-"_L1)) {
            throw error("InvalidTarget", tr("The following targets are not valid instances: '%1'").arg(id));
        }
        if (!target.contains("Port"_L1))
            target.insert("Port"_L1, group.value("Port"_L1));
        target.insert("sinceMs"_L1, double(now));
        bool replaced = false;
        for (qsizetype i = 0; i < current.size(); ++i) {
            const QJsonObject existing = current[i].toObject();
            if (existing.value("Id"_L1) == target.value("Id"_L1)
                && existing.value("Port"_L1) == target.value("Port"_L1)) {
                // Registering a registered target again keeps it; a draining one comes back.
                if (existing.contains("drainUntilMs"_L1))
                    current[i] = target;
                replaced = true;
            }
        }
        if (!replaced)
            current.append(target);
    }
    stored.insert("targets"_L1, current);
    store.put(Kind::TargetGroup, groupArn, stored);
    return {};
}

QJsonObject ElbV2Handler::deregisterTargets(const QJsonObject& in)
{
    Store& store = *m_context.store;
    const QString groupArn = required(in, "TargetGroupArn"_L1);
    QJsonObject stored = record(store, Kind::TargetGroup, groupArn);
    if (stored.isEmpty())
        throw error("TargetGroupNotFound", tr("One or more target groups not found"));
    const qint64 now = m_context.clock->now().toMSecsSinceEpoch();
    const qint64 drainUntil = now + qint64(LoadBalancing::deregistrationDelaySeconds(stored)) * 1000;
    QJsonArray current = stored.value("targets"_L1).toArray();
    for (const QJsonValue& value : objects(in, "Targets"_L1)) {
        const QJsonObject target = typedTarget(value.toObject());
        bool found = false;
        for (qsizetype i = 0; i < current.size(); ++i) {
            QJsonObject existing = current[i].toObject();
            if (existing.value("Id"_L1) != target.value("Id"_L1)
                || (target.contains("Port"_L1) && existing.value("Port"_L1) != target.value("Port"_L1)))
                continue;
            found = true;
            if (!existing.contains("drainUntilMs"_L1)) {
                existing.insert("drainUntilMs"_L1, double(drainUntil));
                current[i] = existing;
            }
        }
        if (!found)
            throw error("InvalidTarget",
                tr("The following targets are not registered in target group '%1': '%2'")
                    .arg(groupArn, target.value("Id"_L1).toString()));
    }
    stored.insert("targets"_L1, current);
    LoadBalancing::purgeDrained(stored, now);
    store.put(Kind::TargetGroup, groupArn, stored);
    return {};
}

QJsonObject ElbV2Handler::describeTargetHealth(const QJsonObject& in)
{
    const Store& store = *m_context.store;
    const QString groupArn = required(in, "TargetGroupArn"_L1);
    const QJsonObject stored = record(store, Kind::TargetGroup, groupArn);
    if (stored.isEmpty())
        throw error("TargetGroupNotFound", tr("One or more target groups not found"));
    const qint64 now = m_context.clock->now().toMSecsSinceEpoch();
    const QString checkPort = stored.value("group"_L1).toObject().value("HealthCheckPort"_L1).toString();
    const QJsonArray asked = objects(in, "Targets"_L1);
    QJsonArray out;
    auto describe = [&](const QJsonObject& target) {
        const QJsonObject health = LoadBalancing::targetHealth(store, stored, target, now);
        if (health.isEmpty())
            return;
        QJsonObject description { { "Target"_L1, typedTarget(target) }, { "TargetHealth"_L1, health } };
        description.insert("HealthCheckPort"_L1,
            checkPort == "traffic-port"_L1 ? QString::number(target.value("Port"_L1).toInt()) : checkPort);
        out.append(description);
    };
    for (const QJsonValue& value : stored.value("targets"_L1).toArray()) {
        const QJsonObject target = value.toObject();
        bool wanted = asked.isEmpty();
        for (const QJsonValue& ask : asked) {
            const QJsonObject want = typedTarget(ask.toObject());
            wanted = wanted
                || (want.value("Id"_L1) == target.value("Id"_L1)
                    && (!want.contains("Port"_L1) || want.value("Port"_L1) == target.value("Port"_L1)));
        }
        if (wanted)
            describe(target);
    }
    // Asked-for targets that are not registered: unused/Target.NotRegistered, as AWS answers.
    for (const QJsonValue& ask : asked) {
        const QJsonObject want = typedTarget(ask.toObject());
        bool registered = false;
        for (const QJsonValue& value : out)
            registered
                = registered || value.toObject().value("Target"_L1).toObject().value("Id"_L1) == want.value("Id"_L1);
        if (!registered) {
            out.append(QJsonObject { { "Target"_L1, want },
                { "TargetHealth"_L1,
                    QJsonObject { { "State"_L1, u"unused"_s }, { "Reason"_L1, u"Target.NotRegistered"_s },
                        { "Description"_L1, u"Target is not registered to the target group"_s } } } });
        }
    }
    return { { "TargetHealthDescriptions"_L1, out } };
}

} // namespace EcsDesk::Local
