// SPDX-License-Identifier: MIT
// ECS's request throttling table (Api::EcsRateCategories) and the local endpoint's token buckets
// (`ecsdesk-local --throttle ecs`, Local::RequestThrottle) with an injected clock.

#include "api/core/ratecategories.h"
#include "local/http/requestthrottle.h"

#include <gtest/gtest.h>

using namespace EcsDesk;

TEST(EcsRateCategories, ActionsShareTheDocumentedBuckets)
{
    const Api::RateCategory* clusterRead = Api::EcsRateCategories::of(u"DescribeClusters");
    ASSERT_NE(clusterRead, nullptr);
    EXPECT_EQ(Api::EcsRateCategories::of(u"ListClusters"), clusterRead);
    EXPECT_EQ(clusterRead->name, QLatin1String("Cluster read actions"));
    EXPECT_EQ(clusterRead->burst, 50);
    EXPECT_EQ(clusterRead->refillPerSecond, 20);
    const Api::RateCategory* resourceRead = Api::EcsRateCategories::of(u"ListTasks");
    ASSERT_NE(resourceRead, nullptr);
    EXPECT_EQ(Api::EcsRateCategories::of(u"DescribeTasks"), resourceRead);
    EXPECT_EQ(Api::EcsRateCategories::of(u"DescribeContainerInstances"), resourceRead);
    EXPECT_EQ(resourceRead->burst, 100);
    EXPECT_EQ(resourceRead->refillPerSecond, 20);
    const Api::RateCategory* serviceModify = Api::EcsRateCategories::of(u"UpdateService");
    ASSERT_NE(serviceModify, nullptr);
    EXPECT_EQ(serviceModify->burst, 50);
    EXPECT_EQ(serviceModify->refillPerSecond, 5);
    EXPECT_EQ(Api::EcsRateCategories::of(u"NoSuchAction"), nullptr);
    EXPECT_EQ(Api::EcsRateCategories::all().size(), 20u);

    EXPECT_EQ(Api::rateCategoryKey("ecs", u"ListServices"), QByteArray("Service read actions"));
    EXPECT_EQ(Api::rateCategoryKey("ecs", u"ListServices"), Api::rateCategoryKey("ecs", u"DescribeServices"));
    EXPECT_NE(Api::rateCategoryKey("ecs", u"ListServices"), Api::rateCategoryKey("ecs", u"ListTasks"));
    EXPECT_TRUE(Api::rateCategoryKey("logs", u"GetLogEvents").isEmpty());
}

TEST(RequestThrottle, ABucketAllowsItsBurstThenItsRefillRate)
{
    double now = 0;
    Local::RequestThrottle throttle([&now] { return now; });
    // Cluster read actions: 50 at once, shared by DescribeClusters and ListClusters.
    int admitted = 0;
    for (int i = 0; i < 60; ++i)
        admitted += throttle.admit(i % 2 ? u"DescribeClusters" : u"ListClusters") ? 1 : 0;
    EXPECT_EQ(admitted, 50);
    EXPECT_EQ(throttle.throttled(), 10);
    // Another category has its own bucket.
    EXPECT_TRUE(throttle.admit(u"ListServices"));
    // 20 tokens a second: after 0.5 s, ten more calls; a refused call takes no token.
    now = 0.5;
    admitted = 0;
    for (int i = 0; i < 15; ++i)
        admitted += throttle.admit(u"DescribeClusters") ? 1 : 0;
    EXPECT_EQ(admitted, 10);
    // A full bucket holds no more than its capacity.
    now = 100;
    admitted = 0;
    for (int i = 0; i < 100; ++i)
        admitted += throttle.admit(u"ListClusters") ? 1 : 0;
    EXPECT_EQ(admitted, 50);
    // Actions in no category are not throttled.
    for (int i = 0; i < 1000; ++i)
        ASSERT_TRUE(throttle.admit(u"SomethingNew"));
}
