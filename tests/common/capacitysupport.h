// SPDX-License-Identifier: MIT
#pragma once

// Issue 18 tests: an EC2 Auto Scaling group behind an ECS capacity provider on a local endpoint,
// made through the wire as the AWS CLI would (CreateLaunchTemplate, CreateAutoScalingGroup,
// CreateCapacityProvider, PutClusterCapacityProviders). Header-only; link ecsdesk_api.

#include "api/autoscaling/autoscalinggroupsclient.h"
#include "api/core/awstransport.h"
#include "api/ecs/ecsclient.h"
#include "common/testutil.h"

#include <QJsonArray>

#include <gtest/gtest.h>

namespace EcsDesk::Testing {

/// Waits for `reply` (any protocol), expects success and returns its body.
inline QByteArray callBody(Api::AwsReply* reply)
{
    EXPECT_TRUE(waitFor([reply] { return reply->isFinished(); }, 30000));
    reply->deleteLater();
    EXPECT_TRUE(reply->isOk()) << (reply->error() ? reply->error()->toString().toStdString() : std::string());
    return reply->body();
}

/// The group `group` of `groups`, as DescribeAutoScalingGroups reports it.
inline Api::AutoScalingGroup describeGroup(const Api::AutoScalingGroupsClient& groups, const QString& group)
{
    const auto page = Api::AutoScalingGroupsClient::parseDescribeAutoScalingGroups(
        callBody(groups.describeAutoScalingGroups({ group })));
    EXPECT_TRUE(page.ok());
    return page.value.groups.value(0);
}

/// A launch template whose user data names `cluster`, group `group` on it (`minSize`..`maxSize`,
/// `desired`; managed scaling takes an idle group down to its minimum within a simulated minute), capacity provider
/// `provider` on the group with managed scaling (target 100) and termination protection, and (when `associate`)
/// `cluster`'s providers set to `provider` alone with weight 1. Returns the group's ARN.
inline QString createGroupProvider(const Api::ClientConfig& config, const QString& cluster, const QString& group,
    const QString& provider, int minSize, int desired, int maxSize, bool associate = true)
{
    const Api::ServiceClient ec2(
        config, Api::ServiceDescription { "ec2", {}, {}, QStringLiteral("ec2"), QStringLiteral("ec2") });
    const QByteArray userData
        = QByteArray("#!/bin/bash\necho ECS_CLUSTER=") + cluster.toUtf8() + QByteArray(" >> /etc/ecs/ecs.config\n");
    callBody(ec2.callQuery(QStringLiteral("CreateLaunchTemplate"), "2016-11-15",
        { { QStringLiteral("LaunchTemplateName"), QStringLiteral("lt-") + group },
            { QStringLiteral("LaunchTemplateData.InstanceType"), QStringLiteral("t3.medium") },
            { QStringLiteral("LaunchTemplateData.UserData"), QString::fromLatin1(userData.toBase64()) } }));
    const Api::AutoScalingGroupsClient groups(config);
    callBody(groups.callQuery(QStringLiteral("CreateAutoScalingGroup"), "2011-01-01",
        { { QStringLiteral("AutoScalingGroupName"), group }, { QStringLiteral("MinSize"), QString::number(minSize) },
            { QStringLiteral("MaxSize"), QString::number(maxSize) },
            { QStringLiteral("DesiredCapacity"), QString::number(desired) },
            { QStringLiteral("LaunchTemplate.LaunchTemplateName"), QStringLiteral("lt-") + group },
            { QStringLiteral("NewInstancesProtectedFromScaleIn"), QStringLiteral("true") } }));
    const QString arn = describeGroup(groups, group).arn;
    EXPECT_FALSE(arn.isEmpty());
    const Api::EcsClient ecs(config);
    callBody(ecs.call(QStringLiteral("CreateCapacityProvider"),
        { { QStringLiteral("name"), provider },
            { QStringLiteral("autoScalingGroupProvider"),
                QJsonObject { { QStringLiteral("autoScalingGroupArn"), arn },
                    { QStringLiteral("managedScaling"),
                        QJsonObject { { QStringLiteral("status"), QStringLiteral("ENABLED") },
                            { QStringLiteral("targetCapacity"), 100 } } },
                    { QStringLiteral("managedTerminationProtection"), QStringLiteral("ENABLED") } } } }));
    if (!associate)
        return arn;
    Api::PutClusterCapacityProvidersRequest put;
    put.cluster = cluster;
    put.capacityProviders = { provider };
    put.defaultCapacityProviderStrategy = { { provider, 0, 1 } };
    callBody(ecs.putClusterCapacityProviders(put));
    return arn;
}

} // namespace EcsDesk::Testing
