// SPDX-License-Identifier: MIT
// The pane models and the filter proxy under QAbstractItemModelTester (fatal): refreshes are
// diffs (rows removed, changed and added in one go) with no reset and the selection preserved.

#include "models/clustermodel.h"
#include "models/containerinstancemodel.h"
#include "models/itemroles.h"
#include "models/panefilterproxymodel.h"
#include "models/panemodel.h"
#include "models/servicemodel.h"
#include "models/taskdefinitiontreemodel.h"
#include "models/taskmodel.h"
#include "models/timestampformat.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QJsonObject>
#include <QLocale>
#include <QSignalSpy>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace EcsDesk;
using Models::PaneFilterProxyModel;

namespace {

constexpr auto fatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

Api::Service service(const QString& name, int desired, const QString& status = QStringLiteral("ACTIVE"))
{
    Api::Service s;
    s.name = name;
    s.arn = QStringLiteral("arn:aws:ecs:us-east-1:123456789012:service/demo/") + name;
    s.status = status;
    s.desiredCount = desired;
    s.runningCount = desired;
    s.launchType = QStringLiteral("FARGATE");
    s.taskDefinition
        = QStringLiteral("arn:aws:ecs:us-east-1:123456789012:task-definition/") + name + QStringLiteral(":3");
    return s;
}

Api::Task task(const QString& id, const QString& last, const QString& reason = {})
{
    Api::Task t;
    t.arn = QStringLiteral("arn:aws:ecs:us-east-1:123456789012:task/demo/") + id;
    t.lastStatus = last;
    t.desiredStatus = last == QLatin1String("STOPPED") ? last : QStringLiteral("RUNNING");
    t.stoppedReason = reason;
    t.launchType = QStringLiteral("FARGATE");
    t.cpu = QStringLiteral("256");
    t.memory = QStringLiteral("512");
    t.taskDefinitionArn = QStringLiteral("arn:aws:ecs:us-east-1:123456789012:task-definition/web:7");
    if (last == QLatin1String("STOPPED")) {
        Api::Container c;
        c.name = QStringLiteral("app");
        c.exitCode = 137;
        t.containers.append(c);
    }
    return t;
}

Api::ContainerInstance instance(const QString& id, qint64 cpuRemaining)
{
    Api::ContainerInstance i;
    i.arn = QStringLiteral("arn:aws:ecs:us-east-1:123456789012:container-instance/demo/") + id;
    i.ec2InstanceId = QStringLiteral("i-") + id;
    i.status = QStringLiteral("ACTIVE");
    i.agentConnected = true;
    Api::Resource cpu;
    cpu.name = QStringLiteral("CPU");
    cpu.type = QStringLiteral("INTEGER");
    cpu.integerValue = 2048;
    i.registeredResources = { cpu };
    cpu.integerValue = cpuRemaining;
    i.remainingResources = { cpu };
    return i;
}

QModelIndex find(const QAbstractItemModel& model, const QString& text)
{
    return model.match(model.index(0, 0), Qt::DisplayRole, text, 1, Qt::MatchExactly).value(0);
}

} // namespace

TEST(ServiceModel, DiffRemovesChangesAndInsertsWithoutResetAndKeepsSelection)
{
    Models::ServiceModel model;
    QAbstractItemModelTester tester(&model, fatal);
    PaneFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(Models::SortRole);
    proxy.sort(Models::ServiceModel::NameColumn);
    QAbstractItemModelTester proxyTester(&proxy, fatal);

    model.setServices(
        { service(QStringLiteral("api"), 2), service(QStringLiteral("web"), 3), service(QStringLiteral("worker"), 1) });
    QItemSelectionModel selection(&proxy);
    selection.setCurrentIndex(
        find(proxy, QStringLiteral("web")), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);

    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    // api removed, web changed (desired 3 -> 5), cron added, worker unchanged.
    model.applySnapshot({ service(QStringLiteral("worker"), 1), service(QStringLiteral("web"), 5),
        service(QStringLiteral("cron"), 0) });

    EXPECT_EQ(resets.count(), 0);
    EXPECT_EQ(model.lastDiff().removed, 1);
    EXPECT_EQ(model.lastDiff().changed, 1);
    EXPECT_EQ(model.lastDiff().inserted, 1);
    ASSERT_EQ(changed.count(), 1);
    // Only the desired count column changed (running count follows it in this fixture).
    EXPECT_EQ(changed.at(0).at(0).value<QModelIndex>().column(), Models::ServiceModel::DesiredColumn);
    EXPECT_EQ(changed.at(0).at(1).value<QModelIndex>().column(), Models::ServiceModel::RunningColumn);
    ASSERT_TRUE(selection.currentIndex().isValid());
    EXPECT_EQ(selection.currentIndex().data().toString(), QStringLiteral("web"));
    EXPECT_EQ(selection.selectedRows().size(), 1);
    const QModelIndex web = proxy.mapToSource(selection.currentIndex());
    EXPECT_EQ(model.index(web.row(), Models::ServiceModel::DesiredColumn).data().toInt(), 5);
    EXPECT_EQ(
        model.index(web.row(), Models::ServiceModel::TaskDefinitionColumn).data().toString(), QStringLiteral("web:3"));
    EXPECT_EQ(proxy.rowCount(), 3);
}

TEST(TaskModel, DiffAndStoppedQuickFilter)
{
    Models::TaskModel model;
    QAbstractItemModelTester tester(&model, fatal);
    PaneFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setTextRole(Models::FilterRole);
    proxy.setSortRole(Models::SortRole);
    QAbstractItemModelTester proxyTester(&proxy, fatal);

    model.setTasks({ task(QStringLiteral("t1"), QStringLiteral("RUNNING")),
        task(QStringLiteral("t2"), QStringLiteral("RUNNING")), task(QStringLiteral("t3"), QStringLiteral("PENDING")) });
    QItemSelectionModel selection(&proxy);
    selection.setCurrentIndex(
        find(proxy, QStringLiteral("t2")), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

    // t1 gone, t2 stopped with a reason, t3 unchanged, t4 new.
    model.applySnapshot({ task(QStringLiteral("t2"), QStringLiteral("STOPPED"),
                              QStringLiteral("Essential container exited")),
        task(QStringLiteral("t3"), QStringLiteral("PENDING")), task(QStringLiteral("t4"), QStringLiteral("RUNNING")) });
    EXPECT_EQ(resets.count(), 0);
    EXPECT_EQ(model.lastDiff().removed, 1);
    EXPECT_EQ(model.lastDiff().changed, 1);
    EXPECT_EQ(model.lastDiff().inserted, 1);
    EXPECT_EQ(selection.currentIndex().data().toString(), QStringLiteral("t2"));

    const int t2 = model.rowOfKey(task(QStringLiteral("t2"), {}).arn);
    EXPECT_EQ(model.index(t2, Models::TaskModel::ExitCodeColumn).data().toInt(), 137);
    EXPECT_EQ(model.index(t2, Models::TaskModel::PlacementColumn).data().toString(), QStringLiteral("FARGATE"));
    EXPECT_EQ(model.index(t2, Models::TaskModel::TaskDefinitionColumn).data().toString(), QStringLiteral("web:7"));

    proxy.setRequiredRole(Models::TaskModel::StoppedRole, true);
    ASSERT_EQ(proxy.rowCount(), 1);
    EXPECT_EQ(proxy.index(0, 0).data().toString(), QStringLiteral("t2"));
    proxy.setRequiredRole(Models::TaskModel::StoppedRole, false);
    EXPECT_EQ(proxy.rowCount(), 3);
}

TEST(PaneFilterProxyModel, ColumnTermsAndFreeText)
{
    Models::ServiceModel model;
    PaneFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setTextRole(Models::FilterRole);
    QAbstractItemModelTester proxyTester(&proxy, fatal);
    model.setServices({ service(QStringLiteral("api"), 2),
        service(QStringLiteral("web"), 3, QStringLiteral("DRAINING")), service(QStringLiteral("webhooks"), 1) });

    proxy.setFilterText(QStringLiteral("web"));
    EXPECT_EQ(proxy.rowCount(), 2);
    proxy.setFilterText(QStringLiteral("status:draining"));
    ASSERT_EQ(proxy.rowCount(), 1);
    EXPECT_EQ(proxy.index(0, 0).data().toString(), QStringLiteral("web"));
    proxy.setFilterText(QStringLiteral("launchtype:fargate web"));
    EXPECT_EQ(proxy.rowCount(), 2);
    proxy.setFilterText(QStringLiteral("desired:3"));
    EXPECT_EQ(proxy.rowCount(), 1);
    proxy.setFilterText(QStringLiteral("nosuchthing"));
    EXPECT_EQ(proxy.rowCount(), 0);
    // An unknown column name is free text, so it matches nothing rather than everything.
    proxy.setFilterText(QStringLiteral("colour:blue"));
    EXPECT_EQ(proxy.rowCount(), 0);
    proxy.setFilterText({});
    EXPECT_EQ(proxy.rowCount(), 3);
    // Rows arriving while a filter is set are filtered too.
    proxy.setFilterText(QStringLiteral("name:cron"));
    model.applySnapshot({ service(QStringLiteral("api"), 2), service(QStringLiteral("cron"), 0) });
    EXPECT_EQ(proxy.rowCount(), 1);
}

TEST(ContainerInstanceModel, UsageAndDiff)
{
    Models::ContainerInstanceModel model;
    QAbstractItemModelTester tester(&model, fatal);
    PaneFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy, fatal);
    model.setInstances({ instance(QStringLiteral("a"), 2048), instance(QStringLiteral("b"), 1024) });
    EXPECT_DOUBLE_EQ(model.index(1, Models::ContainerInstanceModel::CpuColumn)
                         .data(Models::ContainerInstanceModel::UsageRole)
                         .toDouble(),
        0.5);
    EXPECT_EQ(
        model.index(1, Models::ContainerInstanceModel::CpuColumn).data().toString(), QStringLiteral("1024 / 2048"));
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.applySnapshot({ instance(QStringLiteral("b"), 0), instance(QStringLiteral("c"), 2048) });
    EXPECT_EQ(resets.count(), 0);
    EXPECT_EQ(model.lastDiff().removed, 1);
    EXPECT_EQ(model.lastDiff().changed, 1);
    EXPECT_EQ(model.lastDiff().inserted, 1);
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.at(0).at(0).value<QModelIndex>().column(), Models::ContainerInstanceModel::CpuColumn);
    EXPECT_DOUBLE_EQ(model.index(0, Models::ContainerInstanceModel::CpuColumn)
                         .data(Models::ContainerInstanceModel::UsageRole)
                         .toDouble(),
        1.0);
}

namespace {
Api::TaskDefinition revision(const QString& family, int number, const QString& status = QStringLiteral("ACTIVE"))
{
    Api::TaskDefinition d;
    d.family = family;
    d.revision = number;
    d.status = status;
    d.arn = QStringLiteral("arn:aws:ecs:us-east-1:123456789012:task-definition/%1:%2").arg(family).arg(number);
    return d;
}
} // namespace

TEST(TaskDefinitionTreeModel, FamiliesAndRevisionsDiffWithoutReset)
{
    Models::TaskDefinitionTreeModel model;
    QAbstractItemModelTester tester(&model, fatal);
    PaneFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setTextRole(Models::FilterRole);
    proxy.setSortRole(Models::SortRole);
    proxy.sort(0);
    QAbstractItemModelTester proxyTester(&proxy, fatal);

    model.setDefinitions({ revision(QStringLiteral("api"), 1), revision(QStringLiteral("web"), 1),
        revision(QStringLiteral("web"), 2), revision(QStringLiteral("cron"), 4) });
    ASSERT_EQ(model.rowCount(), 3);
    const QModelIndex web = model.match(model.index(0, 0), Qt::DisplayRole, QStringLiteral("web")).value(0);
    ASSERT_EQ(model.rowCount(web), 2);
    QPersistentModelIndex web2 = model
                                     .match(model.index(0, 0), Models::ArnRole, revision(QStringLiteral("web"), 2).arn,
                                         1, Qt::MatchExactly | Qt::MatchRecursive)
                                     .value(0);
    ASSERT_TRUE(web2.isValid());
    QItemSelectionModel selection(&proxy);
    selection.setCurrentIndex(
        proxy.mapFromSource(web2), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);

    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    // api gone, web:1 deregistered (INACTIVE), web:3 new, cron unchanged, batch new.
    model.applyDefinitions({ revision(QStringLiteral("web"), 1, QStringLiteral("INACTIVE")),
        revision(QStringLiteral("web"), 2), revision(QStringLiteral("web"), 3), revision(QStringLiteral("cron"), 4),
        revision(QStringLiteral("batch"), 1) });
    EXPECT_EQ(resets.count(), 0);
    EXPECT_EQ(model.rowCount(), 3);
    ASSERT_TRUE(web2.isValid());
    EXPECT_EQ(web2.data().toString(), QStringLiteral("web:2"));
    EXPECT_EQ(model.family(web2), QStringLiteral("web"));
    EXPECT_EQ(model.rowCount(web2.parent()), 3);
    EXPECT_EQ(web2.parent().siblingAtColumn(Models::TaskDefinitionTreeModel::StatusColumn).data().toString(),
        QStringLiteral("2 active, 1 inactive"));
    EXPECT_EQ(proxy.mapToSource(selection.currentIndex()), QModelIndex(web2));

    // A revision that matches keeps its family visible.
    proxy.setFilterText(QStringLiteral("web:3"));
    ASSERT_EQ(proxy.rowCount(), 1);
    EXPECT_EQ(proxy.rowCount(proxy.index(0, 0)), 1);
}

TEST(TaskModel, VersionCounterDecidesEquality)
{
    Models::TaskModel model;
    QAbstractItemModelTester tester(&model, fatal);
    Api::Task a = task(QStringLiteral("t1"), QStringLiteral("RUNNING"));
    a.raw = QJsonObject { { QStringLiteral("version"), 2 }, { QStringLiteral("extra"), QStringLiteral("x") } };
    model.setTasks({ a });
    // Same version, same statuses: unchanged even if the raw JSON is a different copy.
    Api::Task same = a;
    same.raw = QJsonObject { { QStringLiteral("version"), 2 }, { QStringLiteral("extra"), QStringLiteral("x") } };
    model.applySnapshot({ same });
    EXPECT_EQ(model.lastDiff().changed, 0);
    // A new version with a new health status is a change of that column.
    Api::Task next = a;
    next.healthStatus = QStringLiteral("UNHEALTHY");
    next.raw = QJsonObject { { QStringLiteral("version"), 3 } };
    model.applySnapshot({ next });
    EXPECT_EQ(model.lastDiff().changed, 1);
    EXPECT_EQ(model.index(0, Models::TaskModel::HealthColumn).data().toString(), QStringLiteral("UNHEALTHY"));
    // Without a version the whole row is compared.
    Api::Task plain = task(QStringLiteral("t1"), QStringLiteral("RUNNING"));
    model.applySnapshot({ plain });
    EXPECT_EQ(model.lastDiff().changed, 1);
    model.applySnapshot({ plain });
    EXPECT_EQ(model.lastDiff().changed, 0);
}

namespace {
/// A task of `service` (group "service:NAME"), or with `startedBy` a deployment id and no group,
/// placed on container instance `instanceId` (none: Fargate).
Api::Task placedTask(const QString& id, const QString& group, const QString& instanceId = {},
    const QString& startedBy = {}, int version = 1)
{
    Api::Task t = task(id, QStringLiteral("RUNNING"));
    t.group = group;
    t.startedBy = startedBy;
    if (!instanceId.isEmpty()) {
        t.launchType = QStringLiteral("EC2");
        t.containerInstanceArn = instance(instanceId, 0).arn;
    }
    t.raw = Models::taskJson(t);
    t.raw.insert(QStringLiteral("version"), version);
    return t;
}

Api::Service serviceWithDeployment(const QString& name, const QString& deploymentId)
{
    Api::Service s = service(name, 1);
    Api::Deployment d;
    d.id = deploymentId;
    d.status = QStringLiteral("PRIMARY");
    s.deployments = { d };
    return s;
}
} // namespace

TEST(TaskModel, ServiceColumnNamesTheServiceAndServiceFilterFindsItsTasks)
{
    Models::TaskModel model;
    QAbstractItemModelTester tester(&model, fatal);
    PaneFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setTextRole(Models::FilterRole);
    proxy.setSortRole(Models::SortRole);
    QAbstractItemModelTester proxyTester(&proxy, fatal);

    // "api" is known only through its deployment id, which ECS puts in the task's startedBy.
    model.setClusterContext({}, { serviceWithDeployment(QStringLiteral("api"), QStringLiteral("ecs-svc/42")) });
    model.setTasks({ placedTask(QStringLiteral("t1"), QStringLiteral("service:web")),
        placedTask(QStringLiteral("t2"), QStringLiteral("service:worker")),
        placedTask(QStringLiteral("t3"), QStringLiteral("family:cron")),
        placedTask(QStringLiteral("t4"), {}, {}, QStringLiteral("ecs-svc/42")),
        placedTask(QStringLiteral("t5"), QStringLiteral("service:web")),
        placedTask(QStringLiteral("t8"), QStringLiteral("service:web-admin")) });

    const auto shown = [&](const QString& id, int column, int role = Qt::DisplayRole) {
        const int row = model.rowOfKey(task(id, {}).arn);
        return model.index(row, column).data(role).toString();
    };
    EXPECT_EQ(model.headerData(Models::TaskModel::ServiceColumn, Qt::Horizontal).toString(), QStringLiteral("Service"));
    EXPECT_EQ(shown(QStringLiteral("t1"), Models::TaskModel::ServiceColumn), QStringLiteral("web"));
    EXPECT_EQ(shown(QStringLiteral("t2"), Models::TaskModel::ServiceColumn), QStringLiteral("worker"));
    EXPECT_EQ(shown(QStringLiteral("t3"), Models::TaskModel::ServiceColumn), QString());
    EXPECT_EQ(shown(QStringLiteral("t4"), Models::TaskModel::ServiceColumn), QStringLiteral("api"));
    EXPECT_EQ(shown(QStringLiteral("t4"), Models::TaskModel::IdColumn, Models::TaskModel::ServiceRole),
        QStringLiteral("api"));

    // What "Show Tasks" on a service does: the Tasks pane filtered by `service:=NAME`, the whole
    // name (service:web also finds web-admin's tasks, as any column:value term finds a part).
    const auto ids = [&] {
        QStringList result;
        for (int row = 0; row < proxy.rowCount(); ++row)
            result.append(proxy.index(row, Models::TaskModel::IdColumn).data().toString());
        result.sort();
        return result;
    };
    proxy.setFilterText(QStringLiteral("service:=web"));
    EXPECT_EQ(ids(), QStringList({ QStringLiteral("t1"), QStringLiteral("t5") }));
    proxy.setFilterText(QStringLiteral("service:web"));
    EXPECT_EQ(ids(), QStringList({ QStringLiteral("t1"), QStringLiteral("t5"), QStringLiteral("t8") }));
    proxy.setFilterText(QStringLiteral("service:=WEB-admin"));
    EXPECT_EQ(ids(), QStringList({ QStringLiteral("t8") }));
    proxy.setFilterText(QStringLiteral("service:api"));
    EXPECT_EQ(ids(), QStringList({ QStringLiteral("t4") }));
    // Rows of the service arriving with a refresh show up under the filter.
    proxy.setFilterText(QStringLiteral("service:=worker"));
    model.applySnapshot({ placedTask(QStringLiteral("t2"), QStringLiteral("service:worker")),
        placedTask(QStringLiteral("t6"), QStringLiteral("service:worker")) });
    EXPECT_EQ(ids(), QStringList({ QStringLiteral("t2"), QStringLiteral("t6") }));

    // A deployment the context learns of later names its unchanged tasks (same ECS version) then.
    const Api::Task batch = placedTask(QStringLiteral("t7"), {}, {}, QStringLiteral("ecs-svc/77"));
    model.applySnapshot({ batch });
    EXPECT_EQ(shown(QStringLiteral("t7"), Models::TaskModel::ServiceColumn), QString());
    model.setClusterContext({}, { serviceWithDeployment(QStringLiteral("batch"), QStringLiteral("ecs-svc/77")) });
    model.applySnapshot({ batch });
    EXPECT_EQ(model.lastDiff().changed, 1);
    EXPECT_EQ(shown(QStringLiteral("t7"), Models::TaskModel::ServiceColumn), QStringLiteral("batch"));
}

TEST(TaskModel, InstanceColumnShowsTheEc2InstanceLikeTheContainerInstancesPane)
{
    Models::ContainerInstanceModel instances;
    QAbstractItemModelTester instanceTester(&instances, fatal);
    const QList<Api::ContainerInstance> cluster = { instance(QStringLiteral("abc"), 1024) };
    instances.setInstances(cluster);

    Models::TaskModel model;
    QAbstractItemModelTester tester(&model, fatal);
    PaneFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setTextRole(Models::FilterRole);
    QAbstractItemModelTester proxyTester(&proxy, fatal);
    const QList<Api::Task> tasks = { placedTask(QStringLiteral("t1"), {}, QStringLiteral("abc")),
        placedTask(QStringLiteral("t2"), {}, QStringLiteral("gone")), placedTask(QStringLiteral("t3"), {}) };

    // Before the instances are known (and for an instance no longer listed): the container
    // instance's id, as before.
    model.setTasks(tasks);
    const int t1 = model.rowOfKey(tasks[0].arn);
    const int t2 = model.rowOfKey(tasks[1].arn);
    const int t3 = model.rowOfKey(tasks[2].arn);
    EXPECT_EQ(model.index(t1, Models::TaskModel::PlacementColumn).data().toString(), QStringLiteral("abc"));

    // Knowing them, a refresh of unchanged tasks (same ECS version) shows the EC2 instance id.
    model.setClusterContext(cluster, {});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.applySnapshot(tasks);
    EXPECT_EQ(model.lastDiff().changed, 1);
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.at(0).at(0).value<QModelIndex>().column(), Models::TaskModel::PlacementColumn);
    EXPECT_EQ(changed.at(0).at(1).value<QModelIndex>().column(), Models::TaskModel::PlacementColumn);

    const QModelIndex placed = model.index(t1, Models::TaskModel::PlacementColumn);
    EXPECT_EQ(placed.data().toString(), QStringLiteral("i-abc"));
    EXPECT_EQ(
        placed.data().toString(), instances.index(0, Models::ContainerInstanceModel::InstanceColumn).data().toString());
    EXPECT_EQ(placed.data(Qt::ToolTipRole).toString(), QStringLiteral("Container instance abc"));
    EXPECT_EQ(placed.data(Models::TaskModel::ContainerInstanceArnRole).toString(), cluster.first().arn);
    EXPECT_EQ(instances.index(0, Models::ContainerInstanceModel::InstanceColumn).data(Qt::ToolTipRole).toString(),
        QStringLiteral("Container instance abc"));
    EXPECT_EQ(model.index(t2, Models::TaskModel::PlacementColumn).data().toString(), QStringLiteral("gone"));
    EXPECT_EQ(model.index(t3, Models::TaskModel::PlacementColumn).data().toString(), QStringLiteral("FARGATE"));

    // Either id finds the task.
    proxy.setFilterText(QStringLiteral("instance:i-abc"));
    EXPECT_EQ(proxy.rowCount(), 1);
    proxy.setFilterText(QStringLiteral("instance:abc"));
    EXPECT_EQ(proxy.rowCount(), 1);

    // The worker-thread load uses the context too.
    Models::TaskModel loaded;
    QAbstractItemModelTester loadedTester(&loaded, fatal);
    loaded.setClusterContext(cluster, {});
    QSignalSpy applied(&loaded, &Models::TaskModel::snapshotApplied);
    loaded.loadSnapshot(tasks, true);
    ASSERT_TRUE(applied.wait());
    EXPECT_EQ(loaded.index(loaded.rowOfKey(tasks[0].arn), Models::TaskModel::PlacementColumn).data().toString(),
        QStringLiteral("i-abc"));
}

namespace {
using Models::TimestampFormat;

/// Fixes TimestampFormat's "now" for a test, and restores the system clock after it.
struct FixedClock {
    explicit FixedClock(const QDateTime& now)
    {
        TimestampFormat::setClock([now] { return now; });
    }
    ~FixedClock() { TimestampFormat::setClock({}); }
    FixedClock(const FixedClock&) = delete;
    FixedClock& operator=(const FixedClock&) = delete;
};

const QDateTime now(QDate(2026, 12, 3), QTime(9, 15), QTimeZone::utc());
const QDateTime threeMinutesAgo = now.addSecs(-180);

/// What a timestamp cell must show, tip and export: local time in the locale with its age, ISO UTC.
void expectTimestampCell(const QModelIndex& cell, const QDateTime& time, int sortRole, const QString& age)
{
    SCOPED_TRACE(cell.model()->headerData(cell.column(), Qt::Horizontal).toString().toStdString());
    const QString local = QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
    EXPECT_EQ(cell.data().toString(), local + QStringLiteral(" (") + age + QLatin1Char(')'));
    EXPECT_EQ(cell.data(Qt::ToolTipRole).toString(), TimestampFormat::iso(time));
    EXPECT_EQ(cell.data(Models::ExportRole).toString(), TimestampFormat::iso(time));
    EXPECT_EQ(cell.data(sortRole).toDateTime(), time);
}
} // namespace

TEST(TimestampFormat, AgesIsoAndTheInjectedClock)
{
    const FixedClock clock(now);
    EXPECT_EQ(TimestampFormat::now(), now);
    EXPECT_EQ(TimestampFormat::age(now.addSecs(-20), now), QStringLiteral("just now"));
    EXPECT_EQ(TimestampFormat::age(now.addSecs(5), now), QStringLiteral("just now")); // a clock slightly ahead
    EXPECT_EQ(TimestampFormat::age(now.addSecs(-60), now), QStringLiteral("1 min ago"));
    EXPECT_EQ(TimestampFormat::age(threeMinutesAgo, now), QStringLiteral("3 min ago"));
    // Plural forms come from the catalogues (English's too); the source text names the unit.
    EXPECT_TRUE(TimestampFormat::age(now.addSecs(-2 * 3600 - 59), now).startsWith(QLatin1String("2 hour")));
    EXPECT_TRUE(TimestampFormat::age(now.addDays(-5), now).startsWith(QLatin1String("5 day")));
    EXPECT_TRUE(TimestampFormat::age(now.addDays(-95), now).startsWith(QLatin1String("3 month")));
    EXPECT_TRUE(TimestampFormat::age(now.addDays(-3700), now).startsWith(QLatin1String("10 year")));
    EXPECT_EQ(TimestampFormat::age(QDateTime(), now), QString());

    EXPECT_EQ(TimestampFormat::iso(threeMinutesAgo), QStringLiteral("2026-12-03T09:12:00Z"));
    EXPECT_EQ(TimestampFormat::iso(QDateTime(QDate(2016, 8, 29), QTime(16, 25, 52, 130), QTimeZone::utc())),
        QStringLiteral("2016-08-29T16:25:52.130Z"));
    EXPECT_EQ(TimestampFormat::iso(threeMinutesAgo.toOffsetFromUtc(2 * 3600)), QStringLiteral("2026-12-03T09:12:00Z"));
    EXPECT_EQ(TimestampFormat::display(QDateTime()), QString());
    EXPECT_TRUE(TimestampFormat::display(threeMinutesAgo).endsWith(QLatin1String(" (3 min ago)")));
}

TEST(PaneModels, TimestampColumnsShowLocalTimeWithAgeAndExportIso)
{
    const FixedClock clock(now);

    Models::ServiceModel services;
    QAbstractItemModelTester serviceTester(&services, fatal);
    Api::Service web = service(QStringLiteral("web"), 1);
    web.createdAt = threeMinutesAgo;
    services.setServices({ web });
    expectTimestampCell(services.index(0, Models::ServiceModel::CreatedColumn), threeMinutesAgo, Models::SortRole,
        QStringLiteral("3 min ago"));
    EXPECT_FALSE(services.index(0, Models::ServiceModel::NameColumn).data(Models::ExportRole).isValid());

    Models::TaskModel tasks;
    QAbstractItemModelTester taskTester(&tasks, fatal);
    Api::Task running = task(QStringLiteral("t1"), QStringLiteral("RUNNING"));
    running.startedAt = now.addSecs(-30);
    tasks.setTasks({ running, task(QStringLiteral("t2"), QStringLiteral("PENDING")) });
    expectTimestampCell(tasks.index(tasks.rowOfKey(running.arn), Models::TaskModel::StartedColumn), running.startedAt,
        Models::SortRole, QStringLiteral("just now"));
    // Not started yet: nothing shown, nothing exported.
    const QModelIndex pending
        = tasks.index(tasks.rowOfKey(task(QStringLiteral("t2"), {}).arn), Models::TaskModel::StartedColumn);
    EXPECT_EQ(pending.data().toString(), QString());
    EXPECT_EQ(pending.data(Models::ExportRole).toString(), QString());

    Models::TaskDefinitionTreeModel definitions;
    QAbstractItemModelTester definitionTester(&definitions, fatal);
    Api::TaskDefinition web3 = revision(QStringLiteral("web"), 3);
    web3.registeredAt = now.addSecs(-3 * 60 - 5);
    definitions.setDefinitions({ web3 });
    const QModelIndex family = definitions.index(0, 0);
    expectTimestampCell(definitions.index(0, Models::TaskDefinitionTreeModel::RegisteredColumn, family),
        web3.registeredAt, Models::SortRole, QStringLiteral("3 min ago"));

    // The filter reads what is shown and the ISO form.
    PaneFilterProxyModel proxy;
    proxy.setSourceModel(&services);
    proxy.setTextRole(Models::FilterRole);
    proxy.setFilterText(QStringLiteral("created:2026-12-03T09:12"));
    EXPECT_EQ(proxy.rowCount(), 1);
    proxy.setFilterText(QStringLiteral("created:2015-"));
    EXPECT_EQ(proxy.rowCount(), 0);
}

namespace {
/// The shared contract of a pane model: its ARN and sort/filter values under the roles of
/// models/itemroles.h, and the server's object through Models::PaneModel::rawJson.
void expectPaneContract(const QAbstractItemModel& model, const Models::PaneModel& pane, const QModelIndex& row,
    const QString& arn, const QJsonObject& raw)
{
    EXPECT_EQ(row.siblingAtColumn(0).data(Models::ArnRole).toString(), arn);
    EXPECT_TRUE(row.data(Models::SortRole).isValid());
    EXPECT_FALSE(row.data(Models::FilterRole).toString().isEmpty());
    EXPECT_FALSE(model.headerData(0, Qt::Horizontal, Models::ColumnKeyRole).toString().isEmpty());
    EXPECT_EQ(pane.rawJson(row), raw);
    EXPECT_EQ(pane.rawJson(QModelIndex()), QJsonObject());
}
} // namespace

TEST(PaneModels, EveryPaneModelAnswersTheSharedRolesAndItsServerJson)
{
    const auto raw = [](const QString& arn) { return QJsonObject { { QStringLiteral("arn"), arn } }; };

    Models::ClusterModel clusters;
    Api::Cluster cluster;
    cluster.name = QStringLiteral("demo");
    cluster.arn = QStringLiteral("arn:aws:ecs:us-east-1:123456789012:cluster/demo");
    cluster.raw = raw(cluster.arn);
    clusters.setClusters({ cluster });
    expectPaneContract(clusters, clusters, clusters.index(0, 0), cluster.arn, cluster.raw);

    Models::ServiceModel services;
    Api::Service web = service(QStringLiteral("web"), 2);
    web.raw = raw(web.arn);
    services.setServices({ web });
    expectPaneContract(services, services, services.index(0, 0), web.arn, web.raw);

    Models::TaskModel tasks;
    Api::Task running = task(QStringLiteral("t1"), QStringLiteral("RUNNING"));
    running.raw = raw(running.arn);
    tasks.setTasks({ running });
    expectPaneContract(tasks, tasks, tasks.index(0, 0), running.arn, running.raw);

    Models::ContainerInstanceModel instances;
    Api::ContainerInstance host = instance(QStringLiteral("c1"), 1024);
    host.raw = raw(host.arn);
    instances.setInstances({ host });
    expectPaneContract(instances, instances, instances.index(0, 0), host.arn, host.raw);

    Models::TaskDefinitionTreeModel definitions;
    Api::TaskDefinition web1 = revision(QStringLiteral("web"), 1);
    web1.raw = raw(web1.arn);
    definitions.setDefinitions({ web1 });
    const QModelIndex family = definitions.index(0, 0);
    EXPECT_EQ(definitions.rawJson(family), QJsonObject()); // a family has no server object
    expectPaneContract(definitions, definitions, definitions.index(0, 0, family), web1.arn, web1.raw);
}
