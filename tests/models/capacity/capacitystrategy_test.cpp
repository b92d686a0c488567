// SPDX-License-Identifier: MIT
// A capacity provider strategy in words, and checked with ECS's rules and texts (the texts the local
// endpoint's PutClusterCapacityProviders answers with, local/api/ecsaccount.cpp).

#include "models/capacity/capacitystrategy.h"
#include "models/clustermodel.h"

#include <QAbstractItemModelTester>

#include <gtest/gtest.h>

using namespace EcsDesk;
using Models::CapacityStrategy;

namespace {
QString s(const char* text) { return QString::fromUtf8(text); }
} // namespace

TEST(CapacityStrategy, DescribesBaseAndWeight)
{
    EXPECT_EQ(CapacityStrategy::describe({ { s("FARGATE"), 1, 1 }, { s("FARGATE_SPOT"), 0, 3 } }),
        s("FARGATE base 1 weight 1, FARGATE_SPOT weight 3"));
    EXPECT_EQ(CapacityStrategy::describe({}), QString());
}

TEST(CapacityStrategy, AcceptsWhatEcsAccepts)
{
    EXPECT_TRUE(CapacityStrategy::check({}).isEmpty());
    EXPECT_TRUE(CapacityStrategy::check({ { s("FARGATE"), 1, 1 }, { s("FARGATE_SPOT"), 0, 3 } }).isEmpty());
    EXPECT_TRUE(
        CapacityStrategy::check({ { s("cp"), 100000, 0 }, { s("cp2"), 0, 1000 } }, { s("cp"), s("cp2") }).isEmpty());
}

TEST(CapacityStrategy, RefusesWhatEcsRefusesWithItsTexts)
{
    // Two bases: the second row says so.
    auto problems = CapacityStrategy::check({ { s("FARGATE"), 1, 1 }, { s("FARGATE_SPOT"), 2, 1 } });
    EXPECT_TRUE(problems.items[0].isEmpty());
    EXPECT_EQ(problems.items[1],
        s("You can specify a base value for only one capacity provider in a capacity provider strategy."));
    EXPECT_TRUE(problems.strategy.isEmpty());

    // Fargate with an Auto Scaling group provider.
    problems = CapacityStrategy::check({ { s("FARGATE"), 0, 1 }, { s("cp"), 0, 1 } });
    EXPECT_EQ(problems.strategy,
        s("A capacity provider strategy cannot contain a mix of capacity providers using Auto Scaling groups and "
          "Fargate providers. Specify one or the other and try again."));

    // No weight above 0.
    problems = CapacityStrategy::check({ { s("FARGATE"), 2, 0 } });
    EXPECT_EQ(problems.strategy,
        s("At least one capacity provider in a capacity provider strategy must have a weight greater than 0."));
    EXPECT_FALSE(problems.isEmpty());
    EXPECT_EQ(problems.all().size(), 1);

    // Ranges, duplicates, missing and unknown providers.
    problems = CapacityStrategy::check({ { s("FARGATE"), 0, 1001 }, { s("FARGATE_SPOT"), 100001, 1 },
                                           { s("FARGATE"), 0, 1 }, { QString(), 0, 1 }, { s("other"), 0, 1 } },
        { s("FARGATE"), s("FARGATE_SPOT") });
    EXPECT_EQ(problems.items[0], s("The weight must be between 0 and 1000."));
    EXPECT_EQ(problems.items[1], s("The base must be between 0 and 100000."));
    EXPECT_EQ(
        problems.items[2], s("The capacity provider strategy cannot contain a capacity provider more than once."));
    EXPECT_EQ(problems.items[3], s("capacityProvider must be specified in a capacity provider strategy."));
    EXPECT_EQ(problems.items[4], s("The capacity provider other is not associated with the cluster."));

    Api::CapacityProviderStrategy many;
    for (int i = 0; i < 21; ++i)
        many.append({ s("cp%1").arg(i), 0, 1 });
    EXPECT_EQ(CapacityStrategy::check(many).strategy, s("The capacity provider strategy can have at most 20 items."));
}

TEST(CapacityStrategy, TheClustersPaneShowsProvidersAndDefaultStrategy)
{
    Models::ClusterModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    Api::Cluster cluster;
    cluster.arn = s("arn:aws:ecs:us-east-1:123456789012:cluster/batch");
    cluster.name = s("batch");
    cluster.capacityProviders = { s("FARGATE"), s("FARGATE_SPOT") };
    cluster.defaultCapacityProviderStrategy = { { s("FARGATE"), 1, 1 }, { s("FARGATE_SPOT"), 0, 3 } };
    model.applySnapshot({ cluster });
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.headerData(Models::ClusterModel::DefaultStrategyColumn, Qt::Horizontal).toString(),
        s("Default strategy"));
    EXPECT_EQ(
        model.index(0, Models::ClusterModel::CapacityProvidersColumn).data().toString(), s("FARGATE, FARGATE_SPOT"));
    EXPECT_EQ(model.index(0, Models::ClusterModel::DefaultStrategyColumn).data().toString(),
        s("FARGATE base 1 weight 1, FARGATE_SPOT weight 3"));

    // A changed strategy is a change of that cell only.
    int changedColumn = -1;
    QObject::connect(&model, &QAbstractItemModel::dataChanged,
        [&](const QModelIndex& from, const QModelIndex& to) { changedColumn = from == to ? from.column() : -2; });
    cluster.defaultCapacityProviderStrategy = { { s("FARGATE_SPOT"), 0, 1 } };
    model.applySnapshot({ cluster });
    EXPECT_EQ(changedColumn, int(Models::ClusterModel::DefaultStrategyColumn));
    EXPECT_EQ(
        model.index(0, Models::ClusterModel::DefaultStrategyColumn).data().toString(), s("FARGATE_SPOT weight 1"));
}
