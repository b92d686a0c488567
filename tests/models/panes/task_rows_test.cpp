// SPDX-License-Identifier: MIT
// The Tasks pane's compact rows, its worker-thread refresh and the stopped-reason grouping, each
// model and proxy under QAbstractItemModelTester (fatal).

#include "common/testutil.h"
#include "models/panefilterproxymodel.h"
#include "models/stoppedtaskgroupmodel.h"
#include "models/taskmodel.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPersistentModelIndex>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace EcsDesk;
using Models::PaneFilterProxyModel;
using Models::StoppedTaskGroupModel;
using Models::TaskModel;

namespace {

constexpr auto fatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

QString arnOf(const QString& id) { return QStringLiteral("arn:aws:ecs:us-east-1:123456789012:task/demo/") + id; }

/// A task as DescribeTasks answers it (the raw object is the source of every field).
Api::Task task(const QString& id, const QString& last, const QString& reason = {}, int version = 1)
{
    QJsonObject json { { QStringLiteral("taskArn"), arnOf(id) },
        { QStringLiteral("clusterArn"), QStringLiteral("arn:aws:ecs:us-east-1:123456789012:cluster/demo") },
        { QStringLiteral("taskDefinitionArn"),
            QStringLiteral("arn:aws:ecs:us-east-1:123456789012:task-definition/web:7") },
        { QStringLiteral("lastStatus"), last },
        { QStringLiteral("desiredStatus"), last == QLatin1String("STOPPED") ? last : QStringLiteral("RUNNING") },
        { QStringLiteral("launchType"), QStringLiteral("FARGATE") }, { QStringLiteral("cpu"), QStringLiteral("256") },
        { QStringLiteral("memory"), QStringLiteral("512") }, { QStringLiteral("version"), version },
        { QStringLiteral("startedAt"), 1700000000.5 }, { QStringLiteral("group"), QStringLiteral("service:web") },
        { QStringLiteral("attachments"),
            QJsonArray { QJsonObject { { QStringLiteral("type"), QStringLiteral("ElasticNetworkInterface") },
                { QStringLiteral("details"),
                    QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("subnetId") },
                        { QStringLiteral("value"), QStringLiteral("subnet-1") } } } } } } },
        { QStringLiteral("containers"),
            QJsonArray { QJsonObject {
                { QStringLiteral("name"), QStringLiteral("app") }, { QStringLiteral("lastStatus"), last } } } } };
    if (!reason.isEmpty()) {
        json.insert(QStringLiteral("stoppedReason"), reason);
        json.insert(QStringLiteral("stopCode"), QStringLiteral("EssentialContainerExited"));
        QJsonObject container = json.value(QStringLiteral("containers")).toArray().at(0).toObject();
        container.insert(QStringLiteral("exitCode"), 137);
        json.insert(QStringLiteral("containers"), QJsonArray { container });
    }
    return Api::Task::fromJson(json);
}

QModelIndex findTask(const QAbstractItemModel& model, const QString& id)
{
    return model.match(model.index(0, 0), Qt::DisplayRole, id, 1, Qt::MatchExactly | Qt::MatchRecursive).value(0);
}

/// The Tasks pane's grouped view as the pane builds it: tasks, their stopped-reason groups and the
/// sorting filter proxy on top, each under QAbstractItemModelTester (fatal).
struct GroupedTasks {
    GroupedTasks()
    {
        groups.setSourceModel(&model);
        proxy.setSourceModel(&groups);
        proxy.setTextRole(Models::FilterRole);
        proxy.setSortRole(Models::SortRole);
        proxy.sort(TaskModel::IdColumn);
    }
    TaskModel model;
    QAbstractItemModelTester modelTester { &model, fatal };
    StoppedTaskGroupModel groups { TaskModel::StoppedRole, TaskModel::StoppedReasonColumn, Models::SortRole };
    QAbstractItemModelTester groupTester { &groups, fatal };
    PaneFilterProxyModel proxy;
    QAbstractItemModelTester proxyTester { &proxy, fatal };
};

const QString oom = QStringLiteral("OutOfMemoryError: Container killed due to memory usage");
const QString essential = QStringLiteral("Essential container in task exited");
const QString scaling = QStringLiteral("Scaling activity initiated by deployment");

} // namespace

TEST(TaskRow, KeepsTheWholeServerObjectAndSharesRepeatedStrings)
{
    Models::StringPool pool;
    const Api::Task a = task(QStringLiteral("a"), QStringLiteral("STOPPED"), oom, 4);
    const Api::Task b = task(QStringLiteral("b"), QStringLiteral("STOPPED"), oom, 2);
    const Models::TaskRow rowA = Models::TaskRow::fromTask(a, pool);
    const Models::TaskRow rowB = Models::TaskRow::fromTask(b, pool);
    // Nothing the server said is lost: the object comes back whole, attachments included.
    EXPECT_EQ(rowA.json(), a.raw);
    EXPECT_EQ(rowA.task(), a);
    EXPECT_LT(rowA.packedJson.size(), QJsonDocument(a.raw).toJson(QJsonDocument::Compact).size());
    EXPECT_EQ(rowA.version, 4);
    EXPECT_EQ(rowA.exitCode, 137);
    // Repeated strings are one copy.
    EXPECT_EQ(rowA.stoppedReason.constData(), rowB.stoppedReason.constData());
    EXPECT_EQ(rowA.taskDefinitionArn.constData(), rowB.taskDefinitionArn.constData());
    EXPECT_EQ(rowA.lastStatus.constData(), rowB.lastStatus.constData());
    EXPECT_NE(rowA.arn.constData(), rowB.arn.constData());

    // A task built without a server object (tools, tests) keeps its fields as ECS names them.
    Api::Task plain;
    plain.arn = arnOf(QStringLiteral("p"));
    plain.lastStatus = QStringLiteral("RUNNING");
    plain.startedAt = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
    const Api::Task back = Models::TaskRow::fromTask(plain, pool).task();
    EXPECT_EQ(back.arn, plain.arn);
    EXPECT_EQ(back.lastStatus, plain.lastStatus);
    EXPECT_EQ(back.startedAt, plain.startedAt);
}

TEST(TaskModel, WorkerThreadRefreshIsADiffKeepingSelection)
{
    TaskModel model;
    QAbstractItemModelTester tester(&model, fatal);
    PaneFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setTextRole(Models::FilterRole);
    proxy.setSortRole(Models::SortRole);
    proxy.sort(TaskModel::IdColumn);
    QAbstractItemModelTester proxyTester(&proxy, fatal);

    QSignalSpy applied(&model, &TaskModel::snapshotApplied);
    model.loadSnapshot(
        { task(QStringLiteral("t1"), QStringLiteral("RUNNING")), task(QStringLiteral("t2"), QStringLiteral("RUNNING")),
            task(QStringLiteral("t3"), QStringLiteral("RUNNING")),
            task(QStringLiteral("t4"), QStringLiteral("RUNNING")) },
        true);
    ASSERT_TRUE(Testing::waitFor([&] { return applied.count() == 1; }, 10000));
    ASSERT_EQ(model.rowCount(), 4);

    QItemSelectionModel selection(&proxy);
    selection.setCurrentIndex(
        findTask(proxy, QStringLiteral("t3")), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy relayouts(&proxy, &QAbstractItemModel::layoutChanged);

    // A load superseded by a newer one is never applied.
    model.loadSnapshot({ task(QStringLiteral("t1"), QStringLiteral("RUNNING")) });
    // t1 gone; t2 and t3 stopped (contiguous rows: one signal for the status columns); t4 the
    // same version (not even converted); t5 new.
    model.loadSnapshot({ task(QStringLiteral("t2"), QStringLiteral("STOPPED"), oom, 2),
        task(QStringLiteral("t3"), QStringLiteral("STOPPED"), oom, 2),
        task(QStringLiteral("t4"), QStringLiteral("RUNNING")), task(QStringLiteral("t5"), QStringLiteral("PENDING")) });
    EXPECT_TRUE(model.isLoading());
    ASSERT_TRUE(Testing::waitFor([&] { return applied.count() == 2; }, 10000));
    QCoreApplication::processEvents();
    EXPECT_EQ(applied.count(), 2);
    EXPECT_FALSE(model.isLoading());
    EXPECT_EQ(resets.count(), 0);
    EXPECT_EQ(model.lastDiff().removed, 1);
    EXPECT_EQ(model.lastDiff().changed, 2);
    EXPECT_EQ(model.lastDiff().inserted, 1);
    EXPECT_EQ(model.rowCount(), 4);
    EXPECT_EQ(model.rowOfKey(arnOf(QStringLiteral("t1"))), -1);
    EXPECT_EQ(model.rowOfKey(arnOf(QStringLiteral("t5"))), 3);
    // Rows 0-1 changed: the status columns are one range, the stopped reason and exit code another.
    ASSERT_EQ(changed.count(), 2);
    for (const QList<QVariant>& signal : changed) {
        EXPECT_EQ(signal.at(0).value<QModelIndex>().row(), 0);
        EXPECT_EQ(signal.at(1).value<QModelIndex>().row(), 1);
    }
    EXPECT_EQ(changed.at(0).at(0).value<QModelIndex>().column(), TaskModel::LastStatusColumn);
    EXPECT_EQ(changed.at(0).at(1).value<QModelIndex>().column(), TaskModel::DesiredStatusColumn);
    EXPECT_EQ(changed.at(1).at(0).value<QModelIndex>().column(), TaskModel::StoppedReasonColumn);
    EXPECT_EQ(changed.at(1).at(1).value<QModelIndex>().column(), TaskModel::ExitCodeColumn);
    // Sorted by id, which did not change: the proxy did not re-sort.
    EXPECT_EQ(relayouts.count(), 0);
    ASSERT_TRUE(selection.currentIndex().isValid());
    EXPECT_EQ(selection.currentIndex().data().toString(), QStringLiteral("t3"));
    EXPECT_EQ(model.index(model.rowOfKey(arnOf(QStringLiteral("t3"))), TaskModel::StoppedReasonColumn).data(), oom);
    EXPECT_EQ(model.json(model.rowOfKey(arnOf(QStringLiteral("t3")))),
        task(QStringLiteral("t3"), QStringLiteral("STOPPED"), oom, 2).raw);

    // Another cluster: a reset, also built on the worker.
    model.loadSnapshot({ task(QStringLiteral("x"), QStringLiteral("RUNNING")) }, true);
    ASSERT_TRUE(Testing::waitFor([&] { return applied.count() == 3; }, 10000));
    EXPECT_EQ(resets.count(), 1);
    EXPECT_EQ(model.rowCount(), 1);
}

TEST(StoppedTaskGroupModel, GroupsByReasonAndFollowsDiffsAcrossGroups)
{
    GroupedTasks grouped;
    TaskModel& model = grouped.model;
    StoppedTaskGroupModel& groups = grouped.groups;
    PaneFilterProxyModel& proxy = grouped.proxy;

    model.setTasks({ task(QStringLiteral("a1"), QStringLiteral("STOPPED"), oom),
        task(QStringLiteral("a2"), QStringLiteral("STOPPED"), oom),
        task(QStringLiteral("b1"), QStringLiteral("STOPPED"), essential),
        task(QStringLiteral("r1"), QStringLiteral("RUNNING")), task(QStringLiteral("r2"), QStringLiteral("RUNNING")),
        task(QStringLiteral("c1"), QStringLiteral("STOPPED"), scaling) });

    // One parent per reason with its count; running tasks left out.
    ASSERT_EQ(groups.rowCount(), 3);
    const QModelIndex oomGroup = groups.groupIndex(oom);
    ASSERT_TRUE(oomGroup.isValid());
    EXPECT_EQ(groups.rowCount(oomGroup), 2);
    EXPECT_EQ(oomGroup.data(StoppedTaskGroupModel::GroupCountRole).toInt(), 2);
    EXPECT_TRUE(oomGroup.data().toString().startsWith(oom));
    EXPECT_TRUE(oomGroup.data().toString().contains(QLatin1String("2")));
    EXPECT_FALSE(groups.mapToSource(oomGroup).isValid());
    const QModelIndex a2 = groups.index(1, TaskModel::IdColumn, oomGroup);
    EXPECT_EQ(a2.data().toString(), QStringLiteral("a2"));
    EXPECT_EQ(groups.mapFromSource(groups.mapToSource(a2)), a2);
    EXPECT_FALSE(groups.mapFromSource(model.index(model.rowOfKey(arnOf(QStringLiteral("r1"))), 0)).isValid());

    // Groups sort by reason through the proxy; the filter keeps groups with matching tasks.
    ASSERT_EQ(proxy.rowCount(), 3);
    EXPECT_EQ(proxy.index(0, 0).data(StoppedTaskGroupModel::GroupReasonRole).toString(), essential);
    EXPECT_EQ(proxy.index(1, 0).data(StoppedTaskGroupModel::GroupReasonRole).toString(), oom);
    proxy.setFilterText(QStringLiteral("task:a2"));
    ASSERT_EQ(proxy.rowCount(), 1);
    EXPECT_EQ(proxy.rowCount(proxy.index(0, 0)), 1);
    EXPECT_EQ(proxy.index(0, 0, proxy.index(0, 0)).data().toString(), QStringLiteral("a2"));
    proxy.setFilterText({});

    // A selection and a persistent index on a task of a group that stays.
    QItemSelectionModel selection(&proxy);
    const QModelIndex a2Proxy = proxy.mapFromSource(a2);
    selection.setCurrentIndex(a2Proxy, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const QPersistentModelIndex keptGroup(proxy.mapFromSource(oomGroup));
    QSignalSpy resets(&groups, &QAbstractItemModel::modelReset);
    QSignalSpy proxyResets(&proxy, &QAbstractItemModel::modelReset);

    // One refresh: a1 gone (its group keeps a2), b1 gone (its group goes), r1 stopped out of memory
    // (joins a group), r2 stopped with a new reason (a new group), c1's reason unchanged, d1 new
    // and already stopped (joins an existing group), a2 unchanged.
    model.applySnapshot({ task(QStringLiteral("a2"), QStringLiteral("STOPPED"), oom),
        task(QStringLiteral("r1"), QStringLiteral("STOPPED"), oom, 2),
        task(QStringLiteral("r2"), QStringLiteral("STOPPED"), QStringLiteral("Task failed ELB health checks"), 2),
        task(QStringLiteral("c1"), QStringLiteral("STOPPED"), scaling),
        task(QStringLiteral("d1"), QStringLiteral("STOPPED"), scaling) });
    EXPECT_EQ(resets.count(), 0);
    EXPECT_EQ(proxyResets.count(), 0);
    EXPECT_EQ(model.lastDiff().removed, 2);

    ASSERT_EQ(groups.rowCount(), 3);
    EXPECT_FALSE(groups.groupIndex(essential).isValid());
    EXPECT_EQ(groups.rowCount(groups.groupIndex(oom)), 2);
    EXPECT_EQ(groups.groupIndex(oom).data(StoppedTaskGroupModel::GroupCountRole).toInt(), 2);
    EXPECT_EQ(groups.rowCount(groups.groupIndex(scaling)), 2);
    EXPECT_EQ(groups.rowCount(groups.groupIndex(QStringLiteral("Task failed ELB health checks"))), 1);
    // Every child maps to a stopped task with its group's reason.
    for (int g = 0; g < groups.rowCount(); ++g) {
        const QModelIndex group = groups.index(g, 0);
        for (int c = 0; c < groups.rowCount(group); ++c) {
            const QModelIndex source = groups.mapToSource(groups.index(c, 0, group));
            ASSERT_TRUE(source.isValid());
            EXPECT_EQ(source.siblingAtColumn(TaskModel::StoppedReasonColumn).data().toString(),
                group.data(StoppedTaskGroupModel::GroupReasonRole).toString());
        }
    }
    // The selection and the group stayed.
    ASSERT_TRUE(selection.currentIndex().isValid());
    EXPECT_EQ(selection.currentIndex().data().toString(), QStringLiteral("a2"));
    ASSERT_TRUE(keptGroup.isValid());
    EXPECT_EQ(keptGroup.data(StoppedTaskGroupModel::GroupReasonRole).toString(), oom);

    // The task model resetting (another cluster) resets the groups.
    model.setTasks({ task(QStringLiteral("z"), QStringLiteral("STOPPED"), essential) });
    EXPECT_EQ(resets.count(), 1);
    ASSERT_EQ(groups.rowCount(), 1);
    EXPECT_EQ(groups.rowCount(groups.index(0, 0)), 1);
    groups.setSourceModel(nullptr);
    EXPECT_EQ(groups.rowCount(), 0);
}

TEST(StoppedTaskGroupModel, ATaskWhoseReasonChangesMovesWithItsSelection)
{
    GroupedTasks grouped;
    TaskModel& model = grouped.model;
    StoppedTaskGroupModel& groups = grouped.groups;
    PaneFilterProxyModel& proxy = grouped.proxy;
    model.setTasks({ task(QStringLiteral("a1"), QStringLiteral("STOPPED"), oom),
        task(QStringLiteral("a2"), QStringLiteral("STOPPED"), oom),
        task(QStringLiteral("b1"), QStringLiteral("STOPPED"), essential) });
    QItemSelectionModel selection(&proxy);
    selection.setCurrentIndex(proxy.mapFromSource(findTask(groups, QStringLiteral("a2"))),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    ASSERT_EQ(selection.currentIndex().data().toString(), QStringLiteral("a2"));

    // a2's reason is corrected by the server into an existing group; b1's into a new one, which
    // empties its old group.
    model.applySnapshot({ task(QStringLiteral("a1"), QStringLiteral("STOPPED"), oom),
        task(QStringLiteral("a2"), QStringLiteral("STOPPED"), essential, 2),
        task(QStringLiteral("b1"), QStringLiteral("STOPPED"), scaling, 2) });
    ASSERT_TRUE(selection.currentIndex().isValid()) << "the selected task stays selected in its new group";
    EXPECT_EQ(selection.currentIndex().data().toString(), QStringLiteral("a2"));
    EXPECT_EQ(selection.currentIndex().parent().data(StoppedTaskGroupModel::GroupReasonRole).toString(), essential);
    EXPECT_TRUE(selection.isRowSelected(selection.currentIndex().row(), selection.currentIndex().parent()));
    ASSERT_EQ(groups.rowCount(), 3);
    EXPECT_EQ(groups.rowCount(groups.groupIndex(oom)), 1);
    EXPECT_EQ(groups.groupIndex(oom).data(StoppedTaskGroupModel::GroupCountRole).toInt(), 1);
    EXPECT_EQ(groups.rowCount(groups.groupIndex(essential)), 1);
    EXPECT_EQ(groups.rowCount(groups.groupIndex(scaling)), 1);
    EXPECT_EQ(findTask(groups, QStringLiteral("b1")).parent().data(StoppedTaskGroupModel::GroupReasonRole).toString(),
        scaling);
}

TEST(PaneFilterProxyModel, StringSortMatchesCaseInsensitiveCompare)
{
    // The proxy skips the prefix two strings share before folding case: the order must be the same.
    QStringList values { QStringLiteral("arn:aws:ecs:task/demo/b1"), QStringLiteral("arn:aws:ecs:task/demo/B0"),
        QStringLiteral("arn:aws:ecs:task/demo/a"), QStringLiteral("Web"), QStringLiteral("web2"),
        QStringLiteral("alpha"), QStringLiteral("Alpha"), QString(), QStringLiteral("arn:aws:ecs:task/demo/") };
    TaskModel model;
    QList<Api::Task> tasks;
    for (int i = 0; i < values.size(); ++i) {
        Api::Task t = task(QString::number(i), QStringLiteral("STOPPED"), values.at(i));
        tasks.append(t);
    }
    model.setTasks(tasks);
    PaneFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(Models::SortRole);
    proxy.sort(TaskModel::StoppedReasonColumn);
    QAbstractItemModelTester tester(&proxy, fatal);
    for (int row = 1; row < proxy.rowCount(); ++row) {
        const QString before = proxy.index(row - 1, TaskModel::StoppedReasonColumn).data().toString();
        const QString after = proxy.index(row, TaskModel::StoppedReasonColumn).data().toString();
        EXPECT_LE(QString::compare(before, after, Qt::CaseInsensitive), 0)
            << before.toStdString() << " / " << after.toStdString();
    }
}

TEST(TaskModel, InternedStringsStayBoundedWhileTasksComeAndGo)
{
    TaskModel model;
    model.setTasks({ task(QStringLiteral("keep"), QStringLiteral("STOPPED"), oom) });
    // 60 refreshes of 100 tasks, each stopped with a reason of its own, gone by the next refresh.
    for (int round = 0; round < 60; ++round) {
        QList<Api::Task> tasks { task(QStringLiteral("keep"), QStringLiteral("STOPPED"), oom) };
        for (int i = 0; i < 100; ++i) {
            const QString id = QStringLiteral("r%1-%2").arg(round).arg(i);
            tasks.append(task(id, QStringLiteral("STOPPED"), QStringLiteral("stopped by user %1").arg(id)));
        }
        model.applySnapshot(tasks);
        EXPECT_LT(model.internedStrings(), 4096 + 2 * 101 + 200 + 20);
    }
    EXPECT_EQ(model.rowCount(), 101);
    const int keep = model.rowOfKey(arnOf(QStringLiteral("keep")));
    EXPECT_EQ(model.index(keep, TaskModel::StoppedReasonColumn).data().toString(), oom);
}

TEST(TaskModel, StreamedLoadConvertsBatchesAsTheyComeAndEndsInTheSameDiff)
{
    // Issue 24: a big cluster's tasks come in DescribeTasks batches; each is turned into rows at
    // once (its parsed JSON freed), the pane changes only when the load ends.
    TaskModel model;
    QAbstractItemModelTester tester(&model, fatal);
    PaneFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setTextRole(Models::FilterRole);
    proxy.setSortRole(Models::SortRole);
    proxy.sort(TaskModel::IdColumn);
    QAbstractItemModelTester proxyTester(&proxy, fatal);
    QSignalSpy applied(&model, &TaskModel::snapshotApplied);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

    model.beginLoad(true);
    EXPECT_TRUE(model.isStreaming());
    EXPECT_TRUE(model.isLoading());
    model.addTasks({ task(QStringLiteral("t1"), QStringLiteral("RUNNING")),
        task(QStringLiteral("t2"), QStringLiteral("RUNNING")) });
    model.addTasks({ task(QStringLiteral("t3"), QStringLiteral("RUNNING")),
        task(QStringLiteral("t4"), QStringLiteral("RUNNING")) });
    EXPECT_EQ(model.streamedTasks(), 4);
    QCoreApplication::processEvents();
    EXPECT_EQ(model.rowCount(), 0); // nothing on show before the end
    model.loadSnapshot({}, true);
    EXPECT_FALSE(model.isStreaming());
    ASSERT_TRUE(Testing::waitFor([&] { return applied.count() == 1; }, 10000));
    EXPECT_EQ(model.rowCount(), 4);
    EXPECT_EQ(resets.count(), 1);

    QItemSelectionModel selection(&proxy);
    selection.setCurrentIndex(
        findTask(proxy, QStringLiteral("t3")), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    // A refresh, streamed: t1 gone, t2 and t3 stopped, t4 unchanged, t5 new.
    model.beginLoad(false);
    model.addTasks({ task(QStringLiteral("t2"), QStringLiteral("STOPPED"), oom, 2),
        task(QStringLiteral("t3"), QStringLiteral("STOPPED"), oom, 2) });
    model.addTasks({ task(QStringLiteral("t4"), QStringLiteral("RUNNING")),
        task(QStringLiteral("t5"), QStringLiteral("PENDING")) });
    model.loadSnapshot({});
    ASSERT_TRUE(Testing::waitFor([&] { return applied.count() == 2; }, 10000));
    EXPECT_EQ(resets.count(), 1);
    EXPECT_EQ(model.lastDiff().removed, 1);
    EXPECT_EQ(model.lastDiff().changed, 2);
    EXPECT_EQ(model.lastDiff().inserted, 1);
    EXPECT_EQ(model.rowOfKey(arnOf(QStringLiteral("t1"))), -1);
    ASSERT_TRUE(selection.currentIndex().isValid());
    EXPECT_EQ(selection.currentIndex().data().toString(), QStringLiteral("t3"));
    EXPECT_EQ(model.json(model.rowOfKey(arnOf(QStringLiteral("t3")))),
        task(QStringLiteral("t3"), QStringLiteral("STOPPED"), oom, 2).raw);
    for (const QList<QVariant>& signal : changed)
        EXPECT_NE(signal.at(0).value<QModelIndex>().row(), model.rowOfKey(arnOf(QStringLiteral("t4"))));

    // Abandoned loads change nothing: cancelled, or superseded by a newer one.
    model.beginLoad(false);
    model.addTasks({ task(QStringLiteral("gone"), QStringLiteral("RUNNING")) });
    model.cancelLoad();
    model.beginLoad(false);
    model.addTasks({ task(QStringLiteral("old"), QStringLiteral("RUNNING")) });
    model.beginLoad(false);
    model.addTasks({ task(QStringLiteral("t2"), QStringLiteral("STOPPED"), oom, 2),
        task(QStringLiteral("t3"), QStringLiteral("STOPPED"), oom, 2),
        task(QStringLiteral("t4"), QStringLiteral("RUNNING")), task(QStringLiteral("t5"), QStringLiteral("PENDING")) });
    model.loadSnapshot({});
    ASSERT_TRUE(Testing::waitFor([&] { return applied.count() == 3; }, 10000));
    QCoreApplication::processEvents();
    EXPECT_EQ(applied.count(), 3);
    EXPECT_EQ(model.rowCount(), 4);
    EXPECT_EQ(model.rowOfKey(arnOf(QStringLiteral("gone"))), -1);
    EXPECT_EQ(model.rowOfKey(arnOf(QStringLiteral("old"))), -1);
    EXPECT_EQ(model.lastDiff().changed + model.lastDiff().inserted + model.lastDiff().removed, 0);
}

TEST(TaskModel, StreamedRowsGetTheContextKnownAtTheEnd)
{
    // Tasks may be described before the cluster's services and instances are: the service (from a
    // deployment id in startedBy) and the EC2 instance are named when the load ends.
    QJsonObject json = task(QStringLiteral("s1"), QStringLiteral("RUNNING")).raw;
    json.remove(QStringLiteral("group"));
    json.insert(QStringLiteral("startedBy"), QStringLiteral("ecs-svc/42"));
    json.insert(QStringLiteral("containerInstanceArn"),
        QStringLiteral("arn:aws:ecs:us-east-1:123456789012:container-instance/demo/ci1"));
    json.insert(QStringLiteral("launchType"), QStringLiteral("EC2"));
    TaskModel model;
    QAbstractItemModelTester tester(&model, fatal);
    QSignalSpy applied(&model, &TaskModel::snapshotApplied);
    model.beginLoad(true);
    model.addTasks({ Api::Task::fromJson(json) });
    Api::Service service;
    service.name = QStringLiteral("web");
    Api::Deployment deployment;
    deployment.id = QStringLiteral("ecs-svc/42");
    service.deployments.append(deployment);
    Api::ContainerInstance instance;
    instance.arn = json.value(QStringLiteral("containerInstanceArn")).toString();
    instance.ec2InstanceId = QStringLiteral("i-0abc");
    model.setClusterContext({ instance }, { service });
    model.loadSnapshot({}, true);
    ASSERT_TRUE(Testing::waitFor([&] { return applied.count() == 1; }, 10000));
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.index(0, TaskModel::ServiceColumn).data().toString(), QStringLiteral("web"));
    EXPECT_EQ(model.index(0, TaskModel::PlacementColumn).data().toString(), QStringLiteral("i-0abc"));
}
