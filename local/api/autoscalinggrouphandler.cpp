// SPDX-License-Identifier: MIT
// EC2 Auto Scaling groups and the EC2 launch templates and instances behind capacity providers.
#include "local/api/autoscalinggrouphandler.h"

#include "local/clock.h"
#include "local/simulation/autoscalinggroups.h"
#include "local/store/store.h"

#include <QJsonArray>
#include <QSet>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace EcsDesk::Local {

namespace {
    ApiError validation(const QString& message) { return { QStringLiteral("ValidationError"), message, 400 }; }

    std::optional<int> number(const QJsonObject& in, QLatin1String key)
    {
        if (!in.contains(key))
            return std::nullopt;
        bool ok = false;
        const int value = in.value(key).toVariant().toString().toInt(&ok);
        if (!ok)
            throw validation(QCoreApplication::translate(
                "EcsDesk::Local::AutoScalingGroupHandler", "Value for %1 must be an integer.")
                                 .arg(key));
        return value;
    }

    QStringList list(const QJsonObject& in, QLatin1String key)
    {
        QStringList values;
        const QJsonValue value = in.value(key);
        if (value.isArray()) {
            for (const QJsonValue& item : value.toArray())
                values.append(item.toString());
        } else if (value.isObject()) {
            for (const QJsonValue& item : value.toObject().value("member"_L1).toArray())
                values.append(item.toString());
        } else if (value.isString()) {
            values.append(value.toString());
        }
        return values;
    }

    bool truth(const QJsonValue& value) { return value.toVariant().toString() == "true"_L1; }

    /// The group as DescribeAutoScalingGroups shows it (the simulation's own fields left out).
    QJsonObject groupView(QJsonObject group)
    {
        group.remove("ecsdesk"_L1);
        return group;
    }
} // namespace

// ---- EC2 Auto Scaling ----------------------------------------------------------------------

bool AutoScalingGroupHandler::hasOperation(const QString& operation) const
{
    static const QSet<QString> operations { u"CreateAutoScalingGroup"_s, u"DescribeAutoScalingGroups"_s,
        u"UpdateAutoScalingGroup"_s, u"DeleteAutoScalingGroup"_s, u"SetDesiredCapacity"_s,
        u"DescribeScalingActivities"_s };
    return operations.contains(operation);
}

QJsonObject AutoScalingGroupHandler::handle(const QString& operation, const QJsonObject& in)
{
    using Op = QJsonObject (AutoScalingGroupHandler::*)(const QJsonObject&);
    static const QHash<QString, Op> table { { u"CreateAutoScalingGroup"_s, &AutoScalingGroupHandler::createGroup },
        { u"DescribeAutoScalingGroups"_s, &AutoScalingGroupHandler::describeGroups },
        { u"UpdateAutoScalingGroup"_s, &AutoScalingGroupHandler::updateGroup },
        { u"DeleteAutoScalingGroup"_s, &AutoScalingGroupHandler::deleteGroup },
        { u"SetDesiredCapacity"_s, &AutoScalingGroupHandler::setDesiredCapacity },
        { u"DescribeScalingActivities"_s, &AutoScalingGroupHandler::describeActivities } };
    return (this->*table.value(operation))(in);
}

QJsonObject AutoScalingGroupHandler::requireGroup(const QString& name) const
{
    const QJsonObject* group = m_context.store->find(Kind::AutoScalingGroup, name);
    if (!group)
        throw validation(tr("AutoScalingGroup name not found - AutoScalingGroup %1 not found").arg(name));
    return *group;
}

QJsonObject AutoScalingGroupHandler::createGroup(const QJsonObject& in)
{
    const QString name = in.value("AutoScalingGroupName"_L1).toString();
    if (name.isEmpty() || name.size() > 255)
        throw validation(tr("1 validation error detected: Value at 'autoScalingGroupName' failed to satisfy "
                            "constraint: Member must have length between 1 and 255"));
    const std::optional<int> minSize = number(in, "MinSize"_L1), maxSize = number(in, "MaxSize"_L1);
    if (!minSize || !maxSize)
        throw validation(tr("MinSize and MaxSize are required."));
    const int desired = number(in, "DesiredCapacity"_L1).value_or(*minSize);
    if (*maxSize < *minSize)
        throw validation(
            tr("Max bound, %1, must be greater than or equal to min bound, %2").arg(*maxSize).arg(*minSize));
    if (desired < *minSize || desired > *maxSize) {
        throw validation(tr("Desired capacity:%1 must be between the specified min size:%2 and max size:%3")
                             .arg(desired)
                             .arg(*minSize)
                             .arg(*maxSize));
    }
    if (m_context.store->find(Kind::AutoScalingGroup, name)) {
        throw ApiError { QStringLiteral("AlreadyExists"),
            tr("AutoScalingGroup by this name already exists - A group with the name %1 already exists").arg(name),
            400 };
    }
    QJsonObject launchTemplate = in.value("LaunchTemplate"_L1).toObject();
    const QJsonObject mixed = in.value("MixedInstancesPolicy"_L1).toObject();
    if (launchTemplate.isEmpty())
        launchTemplate = mixed.value("LaunchTemplate"_L1).toObject().value("LaunchTemplateSpecification"_L1).toObject();
    const QString templateName = launchTemplate.value("LaunchTemplateName"_L1).toString();
    const QString templateId = launchTemplate.value("LaunchTemplateId"_L1).toString();
    const QJsonObject* found = nullptr;
    const Store::Collection& templates = m_context.store->collection(Kind::LaunchTemplate);
    for (auto it = templates.cbegin(); it != templates.cend(); ++it) {
        if ((!templateName.isEmpty() && it->first == templateName)
            || (!templateId.isEmpty() && it->second.value("launchTemplateId"_L1).toString() == templateId))
            found = &it->second;
    }
    if (!found) {
        throw validation(templateName.isEmpty() && templateId.isEmpty()
                ? tr("Valid requests must contain either LaunchTemplate, LaunchConfigurationName, InstanceId or "
                     "MixedInstancesPolicy parameter.")
                : tr("You must use a valid fully-formed launch template. The specified launch template, with "
                     "template %1, does not exist.")
                      .arg(templateName.isEmpty() ? "ID "_L1 + templateId : "name "_L1 + templateName));
    }
    const QJsonObject data = found->value("data"_L1).toObject();
    AutoScalingGroups::GroupSpec spec;
    spec.name = name;
    spec.minSize = *minSize;
    spec.maxSize = *maxSize;
    spec.desiredCapacity = desired;
    spec.instanceType = data.value("InstanceType"_L1).toString(QStringLiteral("t3.medium"));
    spec.userData = data.value("UserData"_L1).toString();
    spec.launchTemplateName = found->value("launchTemplateName"_L1).toString();
    spec.launchTemplateId = found->value("launchTemplateId"_L1).toString();
    // Spot: a mixed instances policy with no On-Demand capacity above a base of 0.
    const QJsonObject distribution = mixed.value("InstancesDistribution"_L1).toObject();
    spec.spot = !mixed.isEmpty()
        && distribution.value("OnDemandPercentageAboveBaseCapacity"_L1).toVariant().toString() == "0"_L1
        && distribution.value("OnDemandBaseCapacity"_L1).toVariant().toString().toInt() == 0;
    spec.newInstancesProtectedFromScaleIn = truth(in.value("NewInstancesProtectedFromScaleIn"_L1));
    AutoScalingGroups::createGroup(m_context, spec);
    return {};
}

QJsonObject AutoScalingGroupHandler::describeGroups(const QJsonObject& in)
{
    const QStringList names = list(in, "AutoScalingGroupNames"_L1);
    QJsonArray groups;
    const Store::Collection& all = m_context.store->collection(Kind::AutoScalingGroup);
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        if (names.isEmpty() || names.contains(it->first))
            groups.append(groupView(it->second));
    }
    return { { "AutoScalingGroups"_L1, groups } };
}

QJsonObject AutoScalingGroupHandler::updateGroup(const QJsonObject& in)
{
    const QString name = in.value("AutoScalingGroupName"_L1).toString();
    QJsonObject group = requireGroup(name);
    const int minSize = number(in, "MinSize"_L1).value_or(group.value("MinSize"_L1).toInt());
    const int maxSize = number(in, "MaxSize"_L1).value_or(group.value("MaxSize"_L1).toInt());
    int desired = group.value("DesiredCapacity"_L1).toInt();
    if (const std::optional<int> given = number(in, "DesiredCapacity"_L1))
        desired = *given;
    else
        desired = std::clamp(desired, minSize, std::max(minSize, maxSize));
    if (maxSize < minSize)
        throw validation(tr("Max bound, %1, must be greater than or equal to min bound, %2").arg(maxSize).arg(minSize));
    if (desired < minSize || desired > maxSize) {
        throw validation(tr("Desired capacity:%1 must be between the specified min size:%2 and max size:%3")
                             .arg(desired)
                             .arg(minSize)
                             .arg(maxSize));
    }
    group["MinSize"_L1] = minSize;
    group["MaxSize"_L1] = maxSize;
    if (in.contains("NewInstancesProtectedFromScaleIn"_L1))
        group["NewInstancesProtectedFromScaleIn"_L1] = truth(in.value("NewInstancesProtectedFromScaleIn"_L1));
    m_context.store->put(Kind::AutoScalingGroup, name, group);
    AutoScalingGroups::setDesiredCapacity(m_context, name, desired,
        tr("At %1 a user request update of AutoScalingGroup constraints to min: %2, max: %3, desired: %4.")
            .arg(m_context.clock->now().toString(Qt::ISODate))
            .arg(minSize)
            .arg(maxSize)
            .arg(desired));
    return {};
}

QJsonObject AutoScalingGroupHandler::deleteGroup(const QJsonObject& in)
{
    const QString name = in.value("AutoScalingGroupName"_L1).toString();
    const QJsonObject group = requireGroup(name);
    const QJsonObject instances = group.value("ecsdesk"_L1).toObject().value("instances"_L1).toObject();
    if (!instances.isEmpty() && !truth(in.value("ForceDelete"_L1))) {
        throw ApiError { QStringLiteral("ResourceInUse"),
            tr("You cannot delete an AutoScalingGroup while there are instances or pending Spot instance "
               "request(s) still in the group."),
            400 };
    }
    for (auto it = instances.begin(); it != instances.end(); ++it) {
        const QString instanceArn = it.value().toObject().value("containerInstance"_L1).toString();
        if (const QJsonObject* found = m_context.store->find(Kind::ContainerInstance, instanceArn)) {
            QJsonObject instance = *found;
            instance["status"_L1] = "INACTIVE"_L1;
            instance["agentConnected"_L1] = false;
            m_context.store->put(Kind::ContainerInstance, instanceArn, instance);
        }
    }
    m_context.store->remove(Kind::AutoScalingGroup, name);
    return {};
}

QJsonObject AutoScalingGroupHandler::setDesiredCapacity(const QJsonObject& in)
{
    const QString name = in.value("AutoScalingGroupName"_L1).toString();
    const QJsonObject group = requireGroup(name);
    const std::optional<int> desired = number(in, "DesiredCapacity"_L1);
    if (!desired)
        throw validation(tr("DesiredCapacity is required."));
    if (*desired > group.value("MaxSize"_L1).toInt()) {
        throw validation(tr("New SetDesiredCapacity value %1 is above max value %2 for the AutoScalingGroup.")
                             .arg(*desired)
                             .arg(group.value("MaxSize"_L1).toInt()));
    }
    if (*desired < group.value("MinSize"_L1).toInt()) {
        throw validation(tr("New SetDesiredCapacity value %1 is below min value %2 for the AutoScalingGroup.")
                             .arg(*desired)
                             .arg(group.value("MinSize"_L1).toInt()));
    }
    AutoScalingGroups::setDesiredCapacity(m_context, name, *desired,
        tr("At %1 a user request explicitly set group desired capacity changing the desired capacity from %2 to %3.")
            .arg(m_context.clock->now().toString(Qt::ISODate))
            .arg(group.value("DesiredCapacity"_L1).toInt())
            .arg(*desired));
    return {};
}

QJsonObject AutoScalingGroupHandler::describeActivities(const QJsonObject& in)
{
    const QString name = in.value("AutoScalingGroupName"_L1).toString();
    QJsonArray activities;
    const Store::Collection& all = m_context.store->collection(Kind::AutoScalingGroup);
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        if (!name.isEmpty() && it->first != name)
            continue;
        for (const QJsonValue& activity : it->second.value("ecsdesk"_L1).toObject().value("activities"_L1).toArray())
            activities.append(activity);
    }
    const int max = number(in, "MaxRecords"_L1).value_or(100);
    while (activities.size() > max)
        activities.removeLast();
    return { { "Activities"_L1, activities } };
}

// ---- EC2 -----------------------------------------------------------------------------------

bool Ec2Handler::hasOperation(const QString& operation) const
{
    return operation == "CreateLaunchTemplate"_L1 || operation == "DescribeInstances"_L1;
}

QJsonObject Ec2Handler::handle(const QString& operation, const QJsonObject& in)
{
    return operation == "CreateLaunchTemplate"_L1 ? createLaunchTemplate(in) : describeInstances(in);
}

QJsonObject Ec2Handler::createLaunchTemplate(const QJsonObject& in)
{
    const QString name = in.value("LaunchTemplateName"_L1).toString();
    if (name.size() < 3 || name.size() > 128) {
        throw ApiError { QStringLiteral("InvalidLaunchTemplateName.MalformedException"),
            tr("A launch template name must be between 3 and 128 characters, and may contain letters, numbers, "
               "and the following characters: - ( ) . / _.'"),
            400 };
    }
    if (m_context.store->find(Kind::LaunchTemplate, name)) {
        throw ApiError { QStringLiteral("InvalidLaunchTemplateName.AlreadyExistsException"),
            tr("Launch template name already in use."), 400 };
    }
    const QJsonObject data = in.value("LaunchTemplateData"_L1).toObject();
    const QString type = data.value("InstanceType"_L1).toString();
    if (!type.isEmpty() && !AutoScalingGroups::instanceResources(type)) {
        throw ApiError { QStringLiteral("InvalidParameterValue"),
            tr("The instance type '%1' is not supported by the local endpoint (t3, m5, c5 and r5 sizes are).")
                .arg(type),
            400 };
    }
    const QJsonObject launchTemplate {
        { "launchTemplateId"_L1, QString("lt-"_L1 + QUuid::createUuid().toString(QUuid::Id128).left(17)) },
        { "launchTemplateName"_L1, name }, { "createTime"_L1, m_context.clock->now().toString(Qt::ISODateWithMs) },
        { "createdBy"_L1, m_context.principalArn() }, { "defaultVersionNumber"_L1, 1 }, { "latestVersionNumber"_L1, 1 }
    };
    QJsonObject record = launchTemplate;
    record["data"_L1] = data;
    m_context.store->put(Kind::LaunchTemplate, name, record);
    return { { "launchTemplate"_L1, launchTemplate } };
}

QJsonObject Ec2Handler::describeInstances(const QJsonObject& in)
{
    QStringList wanted;
    for (const QJsonValue& id : in.value("InstanceId"_L1).toArray())
        wanted.append(id.toString());
    QJsonArray reservations;
    const Store::Collection& groups = m_context.store->collection(Kind::AutoScalingGroup);
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        const QJsonObject own = it->second.value("ecsdesk"_L1).toObject();
        const QJsonObject instances = own.value("instances"_L1).toObject();
        for (auto instance = instances.begin(); instance != instances.end(); ++instance) {
            if (!wanted.isEmpty() && !wanted.contains(instance.key()))
                continue;
            const QJsonObject state = instance.value().toObject();
            const QString lifecycle = state.value("state"_L1).toString();
            const QJsonObject instanceState = lifecycle == "Pending"_L1
                ? QJsonObject { { "code"_L1, 0 }, { "name"_L1, "pending"_L1 } }
                : QJsonObject { { "code"_L1, 16 }, { "name"_L1, "running"_L1 } };
            QJsonObject item { { "instanceId"_L1, instance.key() }, { "imageId"_L1, "ami-0ecsdesk0ecs00001"_L1 },
                { "instanceState"_L1, instanceState }, { "instanceType"_L1, state.value("type"_L1) },
                { "launchTime"_L1,
                    QDateTime::fromMSecsSinceEpoch(qint64(state.value("launchedMs"_L1).toDouble()), Qt::UTC)
                        .toString(Qt::ISODateWithMs) },
                { "placement"_L1, QJsonObject { { "availabilityZone"_L1, state.value("zone"_L1) } } },
                { "tagSet"_L1,
                    QJsonArray {
                        QJsonObject { { "key"_L1, "aws:autoscaling:groupName"_L1 }, { "value"_L1, it->first } } } } };
            if (own.value("spot"_L1).toBool())
                item["instanceLifecycle"_L1] = "spot"_L1;
            reservations.append(QJsonObject { { "reservationId"_L1, QString("r-"_L1 + instance.key().mid(2)) },
                { "ownerId"_L1, m_context.accountId }, { "instancesSet"_L1, QJsonArray { item } } });
        }
    }
    for (const QString& id : wanted) {
        bool found = false;
        for (const QJsonValue& reservation : reservations)
            found = found || reservation[u"instancesSet"_s][0][u"instanceId"_s].toString() == id;
        if (!found) {
            throw ApiError { QStringLiteral("InvalidInstanceID.NotFound"),
                tr("The instance ID '%1' does not exist").arg(id), 400 };
        }
    }
    return { { "reservationSet"_L1, reservations } };
}

} // namespace EcsDesk::Local
