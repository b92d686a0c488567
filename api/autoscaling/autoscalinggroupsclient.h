// SPDX-License-Identifier: MIT
#pragma once

#include "api/core/awserror.h"
#include "api/core/serviceclient.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace EcsDesk::Api {

/// One instance of an EC2 Auto Scaling group.
struct AutoScalingInstance {
    QString instanceId;
    QString instanceType;
    QString availabilityZone;
    QString lifecycleState; ///< Pending, InService, Terminating, ...
    QString healthStatus; ///< Healthy, Unhealthy
    bool protectedFromScaleIn = false;
    bool operator==(const AutoScalingInstance&) const = default;
};

/// An EC2 Auto Scaling group as DescribeAutoScalingGroups reports it (what a capacity provider shows).
struct AutoScalingGroup {
    QString arn;
    QString name;
    int minSize = 0;
    int maxSize = 0;
    int desiredCapacity = 0;
    QStringList availabilityZones;
    QDateTime createdTime;
    bool newInstancesProtectedFromScaleIn = false;
    QList<AutoScalingInstance> instances;
    /// Instances whose lifecycle state is InService.
    int inServiceCount() const;
    bool operator==(const AutoScalingGroup&) const = default;
};

/// One page of DescribeAutoScalingGroups.
struct AutoScalingGroupsPage {
    QList<AutoScalingGroup> groups;
    QString nextToken;
    bool operator==(const AutoScalingGroupsPage&) const = default;
};

/// Amazon EC2 Auto Scaling over the query protocol (form POST, XML answer, Version 2011-01-01,
/// signing name `autoscaling`): the groups behind ECS capacity providers. Not to be confused with
/// AutoScalingClient, which is Application Auto Scaling (a service's desired count).
class AutoScalingGroupsClient : public ServiceClient {
public:
    explicit AutoScalingGroupsClient(ClientConfig config);
    static ServiceDescription description();

    static constexpr int maxGroupNames = 50; ///< AutoScalingGroupNames per call

    /// Every group when `names` is empty; read the answer with parseDescribeAutoScalingGroups(body()).
    AwsReply* describeAutoScalingGroups(const QStringList& names = {}, const QString& nextToken = {}) const;

    static Outcome<AutoScalingGroupsPage> parseDescribeAutoScalingGroups(const QByteArray& xml);
};

} // namespace EcsDesk::Api
