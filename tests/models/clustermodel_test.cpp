// SPDX-License-Identifier: MIT
// ClusterModel under QAbstractItemModelTester (fatal): refreshes are diffs, never resets.

#include "models/clustermodel.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QSortFilterProxyModel>

#include <gtest/gtest.h>

using EcsDesk::Api::Cluster;
using EcsDesk::Models::ClusterModel;

namespace {

Cluster cluster(const QString& name, int running, int services = 1)
{
    Cluster c;
    c.name = name;
    c.arn = QStringLiteral("arn:aws:ecs:us-east-1:123456789012:cluster/") + name;
    c.status = QStringLiteral("ACTIVE");
    c.runningTasksCount = running;
    c.activeServicesCount = services;
    return c;
}

class ClusterModelTest : public ::testing::Test {
protected:
    ClusterModel model;
    QSortFilterProxyModel proxy;
    QAbstractItemModelTester modelTester { &model, QAbstractItemModelTester::FailureReportingMode::Fatal };

    void SetUp() override
    {
        proxy.setSourceModel(&model);
        proxy.setSortRole(EcsDesk::Models::SortRole);
        proxy.sort(ClusterModel::NameColumn);
    }
};

} // namespace

TEST_F(ClusterModelTest, RefreshRemovesChangesAndInsertsWithoutReset)
{
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.applySnapshot({ cluster(QStringLiteral("alpha"), 1), cluster(QStringLiteral("beta"), 2),
        cluster(QStringLiteral("gamma"), 3), cluster(QStringLiteral("delta"), 4) });
    ASSERT_EQ(model.rowCount(), 4);

    QItemSelectionModel selection(&proxy);
    const QModelIndex gammaInProxy = proxy.match(proxy.index(0, 0), Qt::DisplayRole, QStringLiteral("gamma")).value(0);
    ASSERT_TRUE(gammaInProxy.isValid());
    selection.select(gammaInProxy, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);

    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy removals(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);

    // beta vanishes, gamma's running count changes, epsilon is new, alpha and delta are unchanged.
    model.applySnapshot({ cluster(QStringLiteral("alpha"), 1), cluster(QStringLiteral("gamma"), 30),
        cluster(QStringLiteral("delta"), 4), cluster(QStringLiteral("epsilon"), 5) });

    EXPECT_EQ(resets.count(), 0);
    EXPECT_EQ(removals.count(), 1);
    EXPECT_EQ(inserts.count(), 1);
    ASSERT_EQ(changes.count(), 1);
    const QModelIndex topLeft = changes.at(0).at(0).toModelIndex();
    const QModelIndex bottomRight = changes.at(0).at(1).toModelIndex();
    EXPECT_EQ(topLeft.column(), ClusterModel::RunningColumn);
    EXPECT_EQ(bottomRight.column(), ClusterModel::RunningColumn);
    EXPECT_EQ(model.rowAt(topLeft.row()).name, QStringLiteral("gamma"));
    EXPECT_EQ(model.data(topLeft).toInt(), 30);

    EXPECT_EQ(model.rowCount(), 4);
    EXPECT_EQ(model.lastDiff().removed, 1);
    EXPECT_EQ(model.lastDiff().changed, 1);
    EXPECT_EQ(model.lastDiff().inserted, 1);
    EXPECT_EQ(model.rowOfKey(cluster(QStringLiteral("beta"), 0).arn), -1);
    EXPECT_GE(model.rowOfKey(cluster(QStringLiteral("epsilon"), 0).arn), 0);

    // The selection followed gamma through the diff.
    const QModelIndexList selected = selection.selectedRows();
    ASSERT_EQ(selected.size(), 1);
    EXPECT_EQ(selected.first().data().toString(), QStringLiteral("gamma"));
    EXPECT_EQ(selected.first().siblingAtColumn(ClusterModel::RunningColumn).data().toInt(), 30);
}

TEST_F(ClusterModelTest, IdenticalRefreshEmitsNothing)
{
    const QList<Cluster> clusters = { cluster(QStringLiteral("a"), 1), cluster(QStringLiteral("b"), 2) };
    model.applySnapshot(clusters);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
    model.applySnapshot(clusters);
    EXPECT_EQ(changes.count(), 0);
    EXPECT_EQ(layout.count(), 0);
}

TEST_F(ClusterModelTest, RemovesScatteredRowsAndRefillsFromEmpty)
{
    QList<Cluster> clusters;
    for (int i = 0; i < 50; ++i)
        clusters.append(cluster(QStringLiteral("c%1").arg(i), i));
    model.applySnapshot(clusters);
    QList<Cluster> even;
    for (int i = 0; i < 50; i += 2)
        even.append(clusters.at(i));
    model.applySnapshot(even);
    ASSERT_EQ(model.rowCount(), 25);
    for (int row = 0; row < model.rowCount(); ++row)
        EXPECT_EQ(model.rowOfKey(model.rowAt(row).arn), row);
    model.applySnapshot({});
    EXPECT_EQ(model.rowCount(), 0);
    model.applySnapshot(clusters);
    EXPECT_EQ(model.rowCount(), 50);
}

TEST_F(ClusterModelTest, ProxySortsOnRawValues)
{
    model.applySnapshot(
        { cluster(QStringLiteral("x"), 10), cluster(QStringLiteral("y"), 9), cluster(QStringLiteral("z"), 100) });
    proxy.sort(ClusterModel::RunningColumn, Qt::AscendingOrder);
    EXPECT_EQ(proxy.index(0, ClusterModel::NameColumn).data().toString(), QStringLiteral("y"));
    EXPECT_EQ(proxy.index(2, ClusterModel::NameColumn).data().toString(), QStringLiteral("z"));
}
