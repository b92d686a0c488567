// SPDX-License-Identifier: MIT
#include "api/elbv2/elbv2client.h"

namespace EcsDesk::Api {

namespace {
    using Params = QList<std::pair<QString, QString>>;
    const QByteArray version = "2015-12-01";

    void addList(Params& params, const QString& name, const QStringList& values)
    {
        for (qsizetype i = 0; i < values.size(); ++i)
            params.append({ name + QLatin1String(".member.") + QString::number(i + 1), values[i] });
    }

    void addTargets(Params& params, const QList<ElbTarget>& targets)
    {
        for (qsizetype i = 0; i < targets.size(); ++i) {
            const QString base = QLatin1String("Targets.member.") + QString::number(i + 1) + QLatin1Char('.');
            params.append({ base + QLatin1String("Id"), targets[i].id });
            if (targets[i].port)
                params.append({ base + QLatin1String("Port"), QString::number(*targets[i].port) });
            if (!targets[i].availabilityZone.isEmpty())
                params.append({ base + QLatin1String("AvailabilityZone"), targets[i].availabilityZone });
        }
    }

    void addOptional(Params& params, const QString& name, const QString& value)
    {
        if (!value.isEmpty())
            params.append({ name, value });
    }

    void addOptional(Params& params, const QString& name, int value)
    {
        if (value > 0)
            params.append({ name, QString::number(value) });
    }
} // namespace

ElbV2Client::ElbV2Client(ClientConfig config)
    : ServiceClient(std::move(config), description())
{
}

ServiceDescription ElbV2Client::description()
{
    return ServiceDescription { "elasticloadbalancing", {}, {}, QStringLiteral("elasticloadbalancing"),
        QStringLiteral("elastic_load_balancing_v2") };
}

AwsReply* ElbV2Client::describeTargetGroups(
    const QStringList& arns, const QString& loadBalancerArn, const QStringList& names, const QString& marker) const
{
    Params params;
    addList(params, QStringLiteral("TargetGroupArns"), arns);
    addOptional(params, QStringLiteral("LoadBalancerArn"), loadBalancerArn);
    addList(params, QStringLiteral("Names"), names);
    addOptional(params, QStringLiteral("Marker"), marker);
    return callQuery(QStringLiteral("DescribeTargetGroups"), version, params);
}

AwsReply* ElbV2Client::describeTargetHealth(const QString& targetGroupArn, const QList<ElbTarget>& targets) const
{
    Params params { { QStringLiteral("TargetGroupArn"), targetGroupArn } };
    addTargets(params, targets);
    return callQuery(QStringLiteral("DescribeTargetHealth"), version, params);
}

AwsReply* ElbV2Client::describeLoadBalancers(
    const QStringList& arns, const QStringList& names, const QString& marker) const
{
    Params params;
    addList(params, QStringLiteral("LoadBalancerArns"), arns);
    addList(params, QStringLiteral("Names"), names);
    addOptional(params, QStringLiteral("Marker"), marker);
    return callQuery(QStringLiteral("DescribeLoadBalancers"), version, params);
}

AwsReply* ElbV2Client::describeListeners(
    const QString& loadBalancerArn, const QStringList& listenerArns, const QString& marker) const
{
    Params params;
    addOptional(params, QStringLiteral("LoadBalancerArn"), loadBalancerArn);
    addList(params, QStringLiteral("ListenerArns"), listenerArns);
    addOptional(params, QStringLiteral("Marker"), marker);
    return callQuery(QStringLiteral("DescribeListeners"), version, params);
}

AwsReply* ElbV2Client::describeRules(
    const QString& listenerArn, const QStringList& ruleArns, const QString& marker) const
{
    Params params;
    addOptional(params, QStringLiteral("ListenerArn"), listenerArn);
    addList(params, QStringLiteral("RuleArns"), ruleArns);
    addOptional(params, QStringLiteral("Marker"), marker);
    return callQuery(QStringLiteral("DescribeRules"), version, params);
}

AwsReply* ElbV2Client::describeTargetGroupAttributes(const QString& targetGroupArn) const
{
    return callQuery(QStringLiteral("DescribeTargetGroupAttributes"), version,
        { { QStringLiteral("TargetGroupArn"), targetGroupArn } });
}

AwsReply* ElbV2Client::createLoadBalancer(const QString& name, const QStringList& subnets, const QString& type) const
{
    Params params { { QStringLiteral("Name"), name }, { QStringLiteral("Type"), type } };
    addList(params, QStringLiteral("Subnets"), subnets);
    return callQuery(QStringLiteral("CreateLoadBalancer"), version, params);
}

AwsReply* ElbV2Client::createTargetGroup(const TargetGroupSpec& spec) const
{
    Params params { { QStringLiteral("Name"), spec.name }, { QStringLiteral("Protocol"), spec.protocol },
        { QStringLiteral("Port"), QString::number(spec.port) }, { QStringLiteral("TargetType"), spec.targetType } };
    addOptional(params, QStringLiteral("VpcId"), spec.vpcId);
    addOptional(params, QStringLiteral("HealthCheckPath"), spec.healthCheckPath);
    addOptional(params, QStringLiteral("HealthCheckIntervalSeconds"), spec.healthCheckIntervalSeconds);
    addOptional(params, QStringLiteral("HealthCheckTimeoutSeconds"), spec.healthCheckTimeoutSeconds);
    addOptional(params, QStringLiteral("HealthyThresholdCount"), spec.healthyThresholdCount);
    addOptional(params, QStringLiteral("UnhealthyThresholdCount"), spec.unhealthyThresholdCount);
    addOptional(params, QStringLiteral("Matcher.HttpCode"), spec.matcherHttpCode);
    return callQuery(QStringLiteral("CreateTargetGroup"), version, params);
}

AwsReply* ElbV2Client::createListener(
    const QString& loadBalancerArn, const QString& protocol, int port, const QString& targetGroupArn) const
{
    return callQuery(QStringLiteral("CreateListener"), version,
        { { QStringLiteral("LoadBalancerArn"), loadBalancerArn }, { QStringLiteral("Protocol"), protocol },
            { QStringLiteral("Port"), QString::number(port) },
            { QStringLiteral("DefaultActions.member.1.Type"), QStringLiteral("forward") },
            { QStringLiteral("DefaultActions.member.1.TargetGroupArn"), targetGroupArn } });
}

AwsReply* ElbV2Client::registerTargets(const QString& targetGroupArn, const QList<ElbTarget>& targets) const
{
    Params params { { QStringLiteral("TargetGroupArn"), targetGroupArn } };
    addTargets(params, targets);
    return callQuery(QStringLiteral("RegisterTargets"), version, params);
}

AwsReply* ElbV2Client::deregisterTargets(const QString& targetGroupArn, const QList<ElbTarget>& targets) const
{
    Params params { { QStringLiteral("TargetGroupArn"), targetGroupArn } };
    addTargets(params, targets);
    return callQuery(QStringLiteral("DeregisterTargets"), version, params);
}

AwsReply* ElbV2Client::modifyTargetGroupAttributes(
    const QString& targetGroupArn, const QMap<QString, QString>& attributes) const
{
    Params params { { QStringLiteral("TargetGroupArn"), targetGroupArn } };
    int i = 0;
    for (auto it = attributes.begin(); it != attributes.end(); ++it) {
        const QString base = QLatin1String("Attributes.member.") + QString::number(++i) + QLatin1Char('.');
        params.append({ base + QLatin1String("Key"), it.key() });
        params.append({ base + QLatin1String("Value"), it.value() });
    }
    return callQuery(QStringLiteral("ModifyTargetGroupAttributes"), version, params);
}

} // namespace EcsDesk::Api
