// SPDX-License-Identifier: MIT
// Confirmations name what they act on: Drain lists the EC2 instance IDs, Stop Tasks the task IDs
// (the demo account on the window's own embedded endpoint).

#include "apptestsupport.h"
#include "models/clustermodel.h"
#include "models/containerinstancemodel.h"
#include "models/panefilterproxymodel.h"
#include "models/taskmodel.h"
#include "ui/actiondialogs.h"
#include "ui/panewidget.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>

#include <gtest/gtest.h>

using namespace EcsDesk;
using EcsDesk::Testing::waitFor;

namespace {
/// Reads the text of the next modal dialog of type D with `read`, then cancels it.
template <typename D> void readNextDialog(std::function<void(D*)> read)
{
    auto* timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, read] {
        if (auto* dialog = qobject_cast<D*>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            read(dialog);
            dialog->reject();
        }
    });
    timer->start();
}
} // namespace

TEST(Confirmations, DrainAndStopNameTheInstancesAndTasks)
{
    QTemporaryDir dir;
    Ui::MainWindow::Options options = Testing::testWindowOptions(dir.path());
    options.localSeed = QStringLiteral("demo");
    Ui::MainWindow window(options);
    window.resize(1400, 860);
    window.show();
    ASSERT_TRUE(waitFor([&] { return window.clusterModel()->rowCount() >= 1; }, 30000));
    window.selectCluster(QStringLiteral("production"));
    ASSERT_TRUE(
        waitFor([&] { return window.containerInstanceModel()->rowCount() == 6 && window.taskModel()->rowCount() >= 2; },
            30000));

    Ui::PaneWidget* instances = window.instancesPane();
    window.showPane(instances);
    instances->view()->selectAll();
    QStringList ec2Ids;
    for (int row = 0; row < window.containerInstanceModel()->rowCount(); ++row)
        ec2Ids.append(window.containerInstanceModel()->rowAt(row).ec2InstanceId);
    QString drainText;
    readNextDialog<QMessageBox>([&](QMessageBox* box) { drainText = box->text(); });
    QAction* drain = window.action(QStringLiteral("drainInstance"));
    ASSERT_TRUE(waitFor([&] { return drain->isEnabled(); }, 5000));
    drain->trigger();
    for (const QString& id : std::as_const(ec2Ids)) {
        ASSERT_FALSE(id.isEmpty());
        EXPECT_TRUE(drainText.contains(id)) << id.toStdString() << " not in: " << drainText.toStdString();
    }

    Ui::PaneWidget* tasks = window.tasksPane();
    window.showPane(tasks);
    tasks->view()->selectionModel()->select(
        tasks->proxy()->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    tasks->view()->selectionModel()->select(
        tasks->proxy()->index(1, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QStringList taskIds;
    for (int row : tasks->selectedSourceRows())
        taskIds.append(Models::TaskModel::lastSegment(window.taskModel()->rowAt(row).arn));
    ASSERT_EQ(taskIds.size(), 2);
    QString stopText;
    readNextDialog<Ui::StopTaskDialog>([&](Ui::StopTaskDialog* dialog) {
        stopText = dialog->findChild<QLabel*>(QStringLiteral("stopQuestion"))->text();
    });
    QAction* stop = window.action(QStringLiteral("stopTask"));
    ASSERT_TRUE(waitFor([&] { return stop->isEnabled(); }, 5000));
    stop->trigger();
    for (const QString& id : std::as_const(taskIds))
        EXPECT_TRUE(stopText.contains(id)) << id.toStdString() << " not in: " << stopText.toStdString();
}
