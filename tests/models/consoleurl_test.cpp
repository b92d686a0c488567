// SPDX-License-Identifier: MIT
// Open in AWS Console (issue 21): the ECS console v2 page of each kind of resource, in the region
// and partition of its ARN (aws, aws-cn, aws-us-gov), for ARNs of the new and the old format.

#include "models/consoleurl.h"

#include <gtest/gtest.h>

using namespace EcsDesk::Models;

namespace {
std::string url(const QString& arn, const QString& cluster = {})
{
    return ConsoleUrl::forArn(arn, cluster).toString().toStdString();
}
} // namespace

TEST(ConsoleUrl, EachResourceHasItsPageInTheEcsConsole)
{
    EXPECT_EQ(url(QStringLiteral("arn:aws:ecs:eu-west-1:123456789012:cluster/demo")),
        "https://eu-west-1.console.aws.amazon.com/ecs/v2/clusters/demo/services?region=eu-west-1");
    EXPECT_EQ(url(QStringLiteral("arn:aws:ecs:eu-west-1:123456789012:service/demo/web")),
        "https://eu-west-1.console.aws.amazon.com/ecs/v2/clusters/demo/services/web?region=eu-west-1");
    EXPECT_EQ(url(QStringLiteral("arn:aws:ecs:us-east-1:123456789012:task/demo/0123456789abcdef0123456789abcdef")),
        "https://us-east-1.console.aws.amazon.com/ecs/v2/clusters/demo/tasks/0123456789abcdef0123456789abcdef"
        "?region=us-east-1");
    EXPECT_EQ(url(QStringLiteral("arn:aws:ecs:us-east-1:123456789012:container-instance/demo/a1b2c3d4")),
        "https://us-east-1.console.aws.amazon.com/ecs/v2/clusters/demo/infrastructure/container-instances/a1b2c3d4"
        "?region=us-east-1");
    EXPECT_EQ(url(QStringLiteral("arn:aws:ecs:us-east-1:123456789012:task-definition/web:7")),
        "https://us-east-1.console.aws.amazon.com/ecs/v2/task-definitions/web/7?region=us-east-1");
}

TEST(ConsoleUrl, OldArnsTakeTheClusterFromTheCaller)
{
    EXPECT_EQ(url(QStringLiteral("arn:aws:ecs:us-east-1:123456789012:service/web"),
                  QStringLiteral("arn:aws:ecs:us-east-1:123456789012:cluster/prod")),
        "https://us-east-1.console.aws.amazon.com/ecs/v2/clusters/prod/services/web?region=us-east-1");
    EXPECT_EQ(url(QStringLiteral("arn:aws:ecs:us-east-1:123456789012:task/f00d"), QStringLiteral("prod")),
        "https://us-east-1.console.aws.amazon.com/ecs/v2/clusters/prod/tasks/f00d?region=us-east-1");
    EXPECT_FALSE(ConsoleUrl::forArn(QStringLiteral("arn:aws:ecs:us-east-1:123456789012:task/f00d")).isValid())
        << "no cluster: no page";
}

TEST(ConsoleUrl, ChinaAndGovCloudHaveTheirOwnConsoles)
{
    EXPECT_EQ(url(QStringLiteral("arn:aws-cn:ecs:cn-north-1:123456789012:cluster/demo")),
        "https://console.amazonaws.cn/ecs/v2/clusters/demo/services?region=cn-north-1");
    EXPECT_EQ(url(QStringLiteral("arn:aws-us-gov:ecs:us-gov-west-1:123456789012:service/demo/web")),
        "https://console.amazonaws-us-gov.com/ecs/v2/clusters/demo/services/web?region=us-gov-west-1");
    EXPECT_EQ(ConsoleUrl::partitionOfRegion(QStringLiteral("cn-northwest-1")), QStringLiteral("aws-cn"));
    EXPECT_EQ(ConsoleUrl::partitionOfRegion(QStringLiteral("us-gov-east-1")), QStringLiteral("aws-us-gov"));
    EXPECT_EQ(ConsoleUrl::partitionOfRegion(QStringLiteral("eu-central-1")), QStringLiteral("aws"));
}

TEST(ConsoleUrl, OtherArnsHaveNoPage)
{
    EXPECT_FALSE(ConsoleUrl::forArn(QStringLiteral("arn:aws:s3:::bucket")).isValid());
    EXPECT_FALSE(
        ConsoleUrl::forArn(QStringLiteral("arn:aws:ecs:us-east-1:123456789012:capacity-provider/x")).isValid());
    EXPECT_FALSE(ConsoleUrl::forArn(QStringLiteral("web")).isValid());
}
