// SPDX-License-Identifier: MIT
// The Tasks pane's "only failed/stopped" tree in a real view (offscreen): groups by stopped reason,
// a refresh that moves tasks across groups keeps the groups the user expanded or collapsed and the
// selected task; the pane still reports the task model's rows, copies the task's whole JSON and
// exports the tasks (not the group rows) to CSV.

#include "common/testutil.h"
#include "models/panefilterproxymodel.h"
#include "models/stoppedtaskgroupmodel.h"
#include "models/taskmodel.h"
#include "ui/panewidget.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTreeView>

#include <gtest/gtest.h>

using namespace EcsDesk;
using Models::StoppedTaskGroupModel;
using Models::TaskModel;

namespace {

Api::Task task(const QString& id, const QString& last, const QString& reason = {}, int version = 1)
{
    QJsonObject json { { QStringLiteral("taskArn"),
                           QString(QStringLiteral("arn:aws:ecs:us-east-1:123456789012:task/demo/") + id) },
        { QStringLiteral("lastStatus"), last },
        { QStringLiteral("desiredStatus"), last == QLatin1String("STOPPED") ? last : QStringLiteral("RUNNING") },
        { QStringLiteral("launchType"), QStringLiteral("FARGATE") }, { QStringLiteral("version"), version } };
    json.insert(QStringLiteral("overrides"), QJsonObject { { QStringLiteral("cpu"), QStringLiteral("256") } });
    if (!reason.isEmpty())
        json.insert(QStringLiteral("stoppedReason"), reason);
    return Api::Task::fromJson(json);
}

QModelIndex groupOf(const Ui::PaneWidget& pane, const QString& reason)
{
    for (int row = 0; row < pane.proxy()->rowCount(); ++row) {
        const QModelIndex index = pane.proxy()->index(row, 0);
        if (index.data(StoppedTaskGroupModel::GroupReasonRole).toString() == reason)
            return index;
    }
    return {};
}

const QString oom = QStringLiteral("OutOfMemoryError");
const QString essential = QStringLiteral("Essential container in task exited");
const QString health = QStringLiteral("Task failed ELB health checks");

} // namespace

TEST(StoppedGrouping, RefreshKeepsExpansionAndSelectionInTheView)
{
    TaskModel model;
    StoppedTaskGroupModel groups(TaskModel::StoppedRole, TaskModel::StoppedReasonColumn, Models::SortRole);
    Ui::PaneWidget pane(QStringLiteral("tasks"), &model);
    pane.resize(900, 500);
    pane.show();
    model.setTasks({ task(QStringLiteral("a1"), QStringLiteral("STOPPED"), oom),
        task(QStringLiteral("a2"), QStringLiteral("STOPPED"), oom),
        task(QStringLiteral("b1"), QStringLiteral("STOPPED"), essential),
        task(QStringLiteral("b2"), QStringLiteral("STOPPED"), essential),
        task(QStringLiteral("r1"), QStringLiteral("RUNNING")) });
    groups.setSourceModel(&model);
    pane.setGrouping(&groups);
    QAbstractItemModelTester tester(pane.proxy(), QAbstractItemModelTester::FailureReportingMode::Fatal);

    ASSERT_EQ(pane.proxy()->rowCount(), 2);
    // Groups start expanded, spanning the columns; the user collapses one.
    const QModelIndex oomGroup = groupOf(pane, oom);
    const QModelIndex essentialGroup = groupOf(pane, essential);
    ASSERT_TRUE(oomGroup.isValid() && essentialGroup.isValid());
    EXPECT_TRUE(pane.view()->isExpanded(oomGroup));
    EXPECT_TRUE(pane.view()->isFirstColumnSpanned(oomGroup.row(), {}));
    pane.view()->collapse(essentialGroup);

    // Select a2: the pane reports the task model's row.
    ASSERT_TRUE(pane.selectArn(task(QStringLiteral("a2"), {}).raw.value(QStringLiteral("taskArn")).toString()));
    EXPECT_EQ(pane.currentSourceRow(), model.rowOfKey(task(QStringLiteral("a2"), {}).arn));
    pane.copyJson();
    EXPECT_EQ(QJsonDocument::fromJson(QApplication::clipboard()->text().toUtf8()).object(),
        task(QStringLiteral("a2"), QStringLiteral("STOPPED"), oom).raw);

    // A refresh across groups: a1 gone, b1 moves to a new reason, r1 stops out of memory, c1 new.
    model.applySnapshot({ task(QStringLiteral("a2"), QStringLiteral("STOPPED"), oom),
        task(QStringLiteral("b1"), QStringLiteral("STOPPED"), health, 2),
        task(QStringLiteral("b2"), QStringLiteral("STOPPED"), essential),
        task(QStringLiteral("r1"), QStringLiteral("STOPPED"), oom, 2),
        task(QStringLiteral("c1"), QStringLiteral("STOPPED"), health) });
    QCoreApplication::processEvents();

    ASSERT_EQ(pane.proxy()->rowCount(), 3);
    const QModelIndex oomAfter = groupOf(pane, oom);
    const QModelIndex essentialAfter = groupOf(pane, essential);
    const QModelIndex healthAfter = groupOf(pane, health);
    EXPECT_EQ(pane.proxy()->rowCount(oomAfter), 2);
    EXPECT_EQ(pane.proxy()->rowCount(essentialAfter), 1);
    EXPECT_EQ(pane.proxy()->rowCount(healthAfter), 2);
    EXPECT_TRUE(pane.view()->isExpanded(oomAfter));
    EXPECT_FALSE(pane.view()->isExpanded(essentialAfter)); // stays collapsed
    EXPECT_TRUE(pane.view()->isExpanded(healthAfter)); // a new group opens
    EXPECT_TRUE(pane.view()->isFirstColumnSpanned(healthAfter.row(), {}));
    // The selection stayed on a2.
    EXPECT_EQ(pane.currentArn(), task(QStringLiteral("a2"), {}).arn);
    EXPECT_EQ(pane.view()->selectionModel()->selectedRows().size(), 1);

    // CSV: the tasks the tree shows, not its group rows.
    const QStringList csv = QString::fromUtf8(pane.exportCsv()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    EXPECT_EQ(csv.size(), 1 + 5);

    // Another cluster (a reset of the task model): its groups span and open too.
    model.setTasks({ task(QStringLiteral("x1"), QStringLiteral("STOPPED"), essential),
        task(QStringLiteral("x2"), QStringLiteral("STOPPED"), oom) });
    ASSERT_EQ(pane.proxy()->rowCount(), 2);
    for (int row = 0; row < 2; ++row) {
        EXPECT_TRUE(pane.view()->isExpanded(pane.proxy()->index(row, 0)));
        EXPECT_TRUE(pane.view()->isFirstColumnSpanned(row, {}));
    }
    model.applySnapshot({ task(QStringLiteral("a2"), QStringLiteral("STOPPED"), oom),
        task(QStringLiteral("b1"), QStringLiteral("STOPPED"), health, 2),
        task(QStringLiteral("b2"), QStringLiteral("STOPPED"), essential),
        task(QStringLiteral("r1"), QStringLiteral("STOPPED"), oom, 2),
        task(QStringLiteral("c1"), QStringLiteral("STOPPED"), health) });

    // Back to the flat list: every task again.
    pane.setGrouping(nullptr);
    groups.setSourceModel(nullptr);
    EXPECT_EQ(pane.proxy()->rowCount(), 5);
    EXPECT_FALSE(pane.view()->rootIsDecorated());
}
