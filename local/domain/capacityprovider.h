// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace EcsDesk::Local {

/// An ECS capacity provider backed by an EC2 Auto Scaling group (Kind::CapacityProvider, keyed by
/// ARN). FARGATE and FARGATE_SPOT are built in and never stored. Like the other typed records it
/// keeps the stored JSON (`json`) so that fields it does not type survive a round trip.
struct CapacityProviderRecord {
    QString arn;
    QString name;
    QString status = QStringLiteral("ACTIVE"); ///< ACTIVE or INACTIVE (after DeleteCapacityProvider)
    QString updateStatus; ///< empty until an update or delete
    QString autoScalingGroupArn;
    bool managedScaling = false;
    int targetCapacity = 100;
    int minimumScalingStepSize = 1;
    int maximumScalingStepSize = 10000;
    int instanceWarmupPeriod = 300;
    bool managedTerminationProtection = false;
    bool managedDraining = true;
    QJsonObject json;

    bool isActive() const { return status == QLatin1String("ACTIVE"); }
    /// The Auto Scaling group's name (the ARN's autoScalingGroupName/ part).
    QString autoScalingGroupName() const;

    static CapacityProviderRecord fromJson(const QJsonObject& object);
    QJsonObject toJson() const;
};

} // namespace EcsDesk::Local
