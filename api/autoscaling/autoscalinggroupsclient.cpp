// SPDX-License-Identifier: MIT
#include "api/autoscaling/autoscalinggroupsclient.h"

#include "api/core/xmlanswer.h"

#include <QCoreApplication>

#include <algorithm>

namespace EcsDesk::Api {

namespace {
    const QByteArray version = "2011-01-01";

    QString text(const XmlNode& node, QStringView name)
    {
        const XmlNode* child = node.child(name);
        return child ? child->text.trimmed() : QString();
    }
    int integer(const XmlNode& node, QStringView name) { return text(node, name).toInt(); }
    bool boolean(const XmlNode& node, QStringView name) { return text(node, name) == QLatin1String("true"); }
    QList<const XmlNode*> members(const XmlNode& node, QStringView list)
    {
        const XmlNode* child = node.child(list);
        return child ? child->childrenNamed(u"member") : QList<const XmlNode*>();
    }
} // namespace

int AutoScalingGroup::inServiceCount() const
{
    return int(std::count_if(instances.begin(), instances.end(),
        [](const AutoScalingInstance& i) { return i.lifecycleState == QLatin1String("InService"); }));
}

AutoScalingGroupsClient::AutoScalingGroupsClient(ClientConfig config)
    : ServiceClient(std::move(config), description())
{
}

ServiceDescription AutoScalingGroupsClient::description()
{
    return ServiceDescription { "autoscaling", {}, {}, QStringLiteral("autoscaling"), QStringLiteral("auto_scaling") };
}

AwsReply* AutoScalingGroupsClient::describeAutoScalingGroups(const QStringList& names, const QString& nextToken) const
{
    QList<std::pair<QString, QString>> params;
    for (qsizetype i = 0; i < names.size(); ++i)
        params.append({ QLatin1String("AutoScalingGroupNames.member.") + QString::number(i + 1), names[i] });
    if (!nextToken.isEmpty())
        params.append({ QStringLiteral("NextToken"), nextToken });
    return callQuery(QStringLiteral("DescribeAutoScalingGroups"), version, params);
}

Outcome<AutoScalingGroupsPage> AutoScalingGroupsClient::parseDescribeAutoScalingGroups(const QByteArray& xml)
{
    const std::optional<XmlNode> root = XmlNode::parse(xml);
    const XmlNode* result = root ? root->find(u"DescribeAutoScalingGroupsResult") : nullptr;
    if (!result) {
        return Outcome<AutoScalingGroupsPage>::failure(
            AwsError::make(AwsError::Kind::Protocol, QStringLiteral("MalformedResponse"),
                QCoreApplication::translate("AutoScalingGroupsClient", "The %1 answer is not understood.")
                    .arg(QStringLiteral("DescribeAutoScalingGroups"))));
    }
    AutoScalingGroupsPage page;
    page.nextToken = text(*result, u"NextToken");
    for (const XmlNode* member : members(*result, u"AutoScalingGroups")) {
        AutoScalingGroup group;
        group.arn = text(*member, u"AutoScalingGroupARN");
        group.name = text(*member, u"AutoScalingGroupName");
        group.minSize = integer(*member, u"MinSize");
        group.maxSize = integer(*member, u"MaxSize");
        group.desiredCapacity = integer(*member, u"DesiredCapacity");
        for (const XmlNode* zone : members(*member, u"AvailabilityZones"))
            group.availabilityZones.append(zone->text.trimmed());
        group.createdTime = QDateTime::fromString(text(*member, u"CreatedTime"), Qt::ISODateWithMs).toUTC();
        group.newInstancesProtectedFromScaleIn = boolean(*member, u"NewInstancesProtectedFromScaleIn");
        for (const XmlNode* node : members(*member, u"Instances")) {
            AutoScalingInstance instance;
            instance.instanceId = text(*node, u"InstanceId");
            instance.instanceType = text(*node, u"InstanceType");
            instance.availabilityZone = text(*node, u"AvailabilityZone");
            instance.lifecycleState = text(*node, u"LifecycleState");
            instance.healthStatus = text(*node, u"HealthStatus");
            instance.protectedFromScaleIn = boolean(*node, u"ProtectedFromScaleIn");
            group.instances.append(instance);
        }
        page.groups.append(group);
    }
    return Outcome<AutoScalingGroupsPage>::success(page);
}

} // namespace EcsDesk::Api
