// SPDX-License-Identifier: MIT
#pragma once

#include "local/api/servicehandler.h"

#include <QCoreApplication>

namespace EcsDesk::Local {

/// EC2 Auto Scaling over the query protocol (signing name autoscaling), the part that capacity
/// providers need: Create/Describe/Update/DeleteAutoScalingGroup, SetDesiredCapacity and
/// DescribeScalingActivities over the simulated groups (local/simulation/autoscalinggroups.h).
class AutoScalingGroupHandler : public ServiceHandler {
    Q_DECLARE_TR_FUNCTIONS(EcsDesk::Local::AutoScalingGroupHandler)
public:
    using ServiceHandler::ServiceHandler;

    bool hasOperation(const QString& operation) const override;
    QJsonObject handle(const QString& operation, const QJsonObject& input) override;

private:
    QJsonObject createGroup(const QJsonObject& in);
    QJsonObject describeGroups(const QJsonObject& in);
    QJsonObject updateGroup(const QJsonObject& in);
    QJsonObject deleteGroup(const QJsonObject& in);
    QJsonObject setDesiredCapacity(const QJsonObject& in);
    QJsonObject describeActivities(const QJsonObject& in);
    QJsonObject requireGroup(const QString& name) const;
};

/// Amazon EC2 over the query protocol (signing name ec2), the part that capacity providers need:
/// CreateLaunchTemplate (instance type, user data; Kind::LaunchTemplate) and DescribeInstances
/// (the simulated groups' instances).
class Ec2Handler : public ServiceHandler {
    Q_DECLARE_TR_FUNCTIONS(EcsDesk::Local::Ec2Handler)
public:
    using ServiceHandler::ServiceHandler;

    bool hasOperation(const QString& operation) const override;
    QJsonObject handle(const QString& operation, const QJsonObject& input) override;

private:
    QJsonObject createLaunchTemplate(const QJsonObject& in);
    QJsonObject describeInstances(const QJsonObject& in);
};

} // namespace EcsDesk::Local
