// SPDX-License-Identifier: MIT
#include "local/domain/capacityprovider.h"

using namespace Qt::Literals::StringLiterals;

namespace EcsDesk::Local {

namespace {
    QString enabled(bool on) { return on ? QStringLiteral("ENABLED") : QStringLiteral("DISABLED"); }
} // namespace

QString CapacityProviderRecord::autoScalingGroupName() const
{
    const qsizetype at = autoScalingGroupArn.indexOf("autoScalingGroupName/"_L1);
    return at < 0 ? QString() : autoScalingGroupArn.mid(at + 21);
}

CapacityProviderRecord CapacityProviderRecord::fromJson(const QJsonObject& object)
{
    CapacityProviderRecord record;
    record.json = object;
    record.arn = object.value("capacityProviderArn"_L1).toString();
    record.name = object.value("name"_L1).toString();
    record.status = object.value("status"_L1).toString(QStringLiteral("ACTIVE"));
    record.updateStatus = object.value("updateStatus"_L1).toString();
    const QJsonObject group = object.value("autoScalingGroupProvider"_L1).toObject();
    record.autoScalingGroupArn = group.value("autoScalingGroupArn"_L1).toString();
    const QJsonObject scaling = group.value("managedScaling"_L1).toObject();
    record.managedScaling = scaling.value("status"_L1).toString() == "ENABLED"_L1;
    record.targetCapacity = scaling.value("targetCapacity"_L1).toInt(100);
    record.minimumScalingStepSize = scaling.value("minimumScalingStepSize"_L1).toInt(1);
    record.maximumScalingStepSize = scaling.value("maximumScalingStepSize"_L1).toInt(10000);
    record.instanceWarmupPeriod = scaling.value("instanceWarmupPeriod"_L1).toInt(300);
    record.managedTerminationProtection = group.value("managedTerminationProtection"_L1).toString() == "ENABLED"_L1;
    record.managedDraining = group.value("managedDraining"_L1).toString(QStringLiteral("ENABLED")) == "ENABLED"_L1;
    return record;
}

QJsonObject CapacityProviderRecord::toJson() const
{
    QJsonObject object = json;
    object["capacityProviderArn"_L1] = arn;
    object["name"_L1] = name;
    object["status"_L1] = status;
    if (updateStatus.isEmpty())
        object.remove("updateStatus"_L1);
    else
        object["updateStatus"_L1] = updateStatus;
    object["autoScalingGroupProvider"_L1] = QJsonObject { { "autoScalingGroupArn"_L1, autoScalingGroupArn },
        { "managedScaling"_L1,
            QJsonObject { { "status"_L1, enabled(managedScaling) }, { "targetCapacity"_L1, targetCapacity },
                { "minimumScalingStepSize"_L1, minimumScalingStepSize },
                { "maximumScalingStepSize"_L1, maximumScalingStepSize },
                { "instanceWarmupPeriod"_L1, instanceWarmupPeriod } } },
        { "managedTerminationProtection"_L1, enabled(managedTerminationProtection) },
        { "managedDraining"_L1, enabled(managedDraining) } };
    return object;
}

} // namespace EcsDesk::Local
