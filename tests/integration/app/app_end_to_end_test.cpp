// SPDX-License-Identifier: MIT
// The app end to end: the main window with its embedded local endpoint; an account created through
// the API (a separate EcsClient), then driven by QTest: select the cluster, change a service's
// desired count through the action and its dialog, check the endpoint's state through the
// separate client and the Services pane after refresh; stop a task with a reason and see it
// STOPPED (desired status) with that reason.

#include "api/ecs/ecsclient.h"
#include "apptestsupport.h"
#include "common/testutil.h"
#include "local/localendpoint.h"
#include "models/clustermodel.h"
#include "models/panefilterproxymodel.h"
#include "models/servicemodel.h"
#include "models/stoppedtaskgroupmodel.h"
#include "models/taskmodel.h"
#include "ui/actiondialogs.h"
#include "ui/detailspane.h"
#include "ui/mainwindow.h"
#include "ui/messagebar.h"
#include "ui/panewidget.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <gtest/gtest.h>

using namespace EcsDesk;
using EcsDesk::Testing::call;
using EcsDesk::Testing::waitFor;

namespace {

/// Answers the next modal dialog of type D with `fill` then accepts it.
template <typename D> void answerNextDialog(std::function<void(D*)> fill)
{
    auto* timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, fill] {
        if (auto* dialog = qobject_cast<D*>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            fill(dialog);
            dialog->accept();
        }
    });
    timer->start();
}

} // namespace

TEST(AppEndToEnd, DesiredCountAndStopTaskThroughTheWindow)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    Ui::MainWindow window(Testing::testWindowOptions(dir.path()));
    window.resize(1400, 860);
    window.show();
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    ASSERT_NE(window.localEndpoint(), nullptr);
    ASSERT_TRUE(window.localEndpoint()->isRunning());

    // The account, created through a separate client.
    Api::AwsTransport transport;
    Api::EcsClient ecs(Testing::endpointConfig(*window.localEndpoint(), &transport));
    call(ecs.createCluster(QStringLiteral("demo")));
    call(ecs.createCluster(QStringLiteral("staging")));
    call(ecs.registerTaskDefinition(QJsonObject { { QStringLiteral("family"), QStringLiteral("web") },
        { QStringLiteral("networkMode"), QStringLiteral("awsvpc") },
        { QStringLiteral("requiresCompatibilities"), QJsonArray { QStringLiteral("FARGATE") } },
        { QStringLiteral("cpu"), QStringLiteral("256") }, { QStringLiteral("memory"), QStringLiteral("512") },
        { QStringLiteral("containerDefinitions"),
            QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("app") },
                { QStringLiteral("image"), QStringLiteral("nginx:1.25") },
                { QStringLiteral("essential"), true } } } } }));
    const QJsonObject network { { QStringLiteral("awsvpcConfiguration"),
        QJsonObject { { QStringLiteral("subnets"), QJsonArray { QStringLiteral("subnet-12345678") } } } } };
    for (const auto& [name, count] :
        { std::pair { QStringLiteral("web"), 2 }, std::pair { QStringLiteral("worker"), 1 } }) {
        call(ecs.createService(QStringLiteral("demo"),
            QJsonObject { { QStringLiteral("serviceName"), name },
                { QStringLiteral("taskDefinition"), QStringLiteral("web") }, { QStringLiteral("desiredCount"), count },
                { QStringLiteral("launchType"), QStringLiteral("FARGATE") },
                { QStringLiteral("networkConfiguration"), network } }));
    }

    QAbstractItemModelTester serviceTester(
        window.serviceModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester taskTester(window.taskModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);

    // The cluster list (F5) and the cluster.
    QTest::keySequence(&window, QKeySequence::Refresh);
    ASSERT_TRUE(waitFor([&] { return window.clusterModel()->rowCount() == 2; }, 20000));
    window.selectCluster(QStringLiteral("demo"));
    ASSERT_TRUE(
        waitFor([&] { return window.snapshotsApplied() >= 1 && window.serviceModel()->rowCount() == 2; }, 20000));
    ASSERT_EQ(window.taskModel()->rowCount(), 3);

    // Select the web service in the Services pane and change its desired count with the action.
    Ui::PaneWidget* services = window.servicesPane();
    const QString webArn = window.serviceModel()->rowAt(0).name == QLatin1String("web")
        ? window.serviceModel()->rowAt(0).arn
        : window.serviceModel()->rowAt(1).arn;
    window.showPane(services);
    ASSERT_TRUE(services->selectArn(webArn));
    EXPECT_EQ(window.details()->property(QStringLiteral("Name")), QStringLiteral("web"));
    QAction* desired = window.action(QStringLiteral("setDesiredCount"));
    ASSERT_TRUE(desired->isEnabled());
    answerNextDialog<Ui::DesiredCountDialog>([](Ui::DesiredCountDialog* d) { d->setDesiredCount(4); });
    const int before = window.snapshotsApplied();
    desired->trigger();

    // The endpoint's state, through the separate client.
    ASSERT_TRUE(waitFor(
        [&] {
            Api::AwsReply* reply = ecs.describeServices(QStringLiteral("demo"), { QStringLiteral("web") });
            if (!waitFor([reply] { return reply->isFinished(); }))
                return false;
            reply->deleteLater();
            return reply->json()[QStringLiteral("services")][0][QStringLiteral("desiredCount")].toInt() == 4;
        },
        20000));
    // The pane, after the refresh the action started: same row, new value, selection kept.
    ASSERT_TRUE(waitFor([&] { return window.snapshotsApplied() > before; }, 20000));
    const int webRow = window.serviceModel()->rowOfKey(webArn);
    EXPECT_EQ(window.serviceModel()->index(webRow, Models::ServiceModel::DesiredColumn).data().toInt(), 4);
    EXPECT_EQ(services->currentArn(), webArn);
    EXPECT_FALSE(services->messageBar()->isHidden());
    EXPECT_EQ(services->messageBar()->kind(), Ui::MessageBar::Kind::Information);
    ASSERT_TRUE(waitFor([&] { return window.taskModel()->rowCount() == 5; }, 20000));

    // Stop one task with a reason.
    Ui::PaneWidget* tasks = window.tasksPane();
    const QString taskArn = window.taskModel()->rowAt(0).arn;
    window.showPane(tasks);
    ASSERT_TRUE(tasks->selectArn(taskArn));
    answerNextDialog<Ui::StopTaskDialog>(
        [](Ui::StopTaskDialog* d) { d->setReason(QStringLiteral("end-to-end test")); });
    const int beforeStop = window.snapshotsApplied();
    window.action(QStringLiteral("stopTask"))->trigger();
    ASSERT_TRUE(waitFor([&] { return window.snapshotsApplied() > beforeStop; }, 20000));
    ASSERT_TRUE(waitFor(
        [&] {
            const int row = window.taskModel()->rowOfKey(taskArn);
            return row >= 0
                && window.taskModel()->index(row, Models::TaskModel::DesiredStatusColumn).data().toString()
                == QLatin1String("STOPPED");
        },
        20000));
    const int row = window.taskModel()->rowOfKey(taskArn);
    EXPECT_EQ(window.taskModel()->index(row, Models::TaskModel::StoppedReasonColumn).data().toString(),
        QStringLiteral("end-to-end test"));
    EXPECT_EQ(tasks->currentArn(), taskArn);
    EXPECT_EQ(window.details()->property(QStringLiteral("Stopped reason")), QStringLiteral("end-to-end test"));

    // Only failed/stopped: the tasks pane groups the stopped task under its reason; selecting it
    // there still drives the details, and Copy JSON gives the whole server object.
    auto* onlyStopped = window.findChild<QCheckBox*>(QStringLiteral("onlyStopped"));
    ASSERT_NE(onlyStopped, nullptr);
    onlyStopped->setChecked(true);
    ASSERT_NE(tasks->grouping(), nullptr);
    const QModelIndex group = window.stoppedTaskGroups()->groupIndex(QStringLiteral("end-to-end test"));
    ASSERT_TRUE(group.isValid());
    EXPECT_EQ(window.stoppedTaskGroups()->rowCount(group), 1);
    EXPECT_EQ(tasks->proxy()->rowCount(), window.stoppedTaskGroups()->rowCount());
    ASSERT_TRUE(tasks->selectArn(taskArn));
    EXPECT_EQ(tasks->currentArn(), taskArn);
    EXPECT_EQ(window.details()->property(QStringLiteral("Stopped reason")), QStringLiteral("end-to-end test"));
    window.action(QStringLiteral("copyJson"))->trigger();
    const QJsonObject copied = QJsonDocument::fromJson(QApplication::clipboard()->text().toUtf8()).object();
    EXPECT_EQ(copied.value(QStringLiteral("taskArn")).toString(), taskArn);
    EXPECT_EQ(copied.value(QStringLiteral("stoppedReason")).toString(), QStringLiteral("end-to-end test"));
    EXPECT_TRUE(copied.contains(QStringLiteral("containers")));
    onlyStopped->setChecked(false);
    EXPECT_EQ(tasks->grouping(), nullptr);
    EXPECT_EQ(tasks->proxy()->rowCount(), window.taskModel()->rowCount());

    // Update the web service to a new revision, chosen from the family's ACTIVE revisions.
    QJsonObject revision2
        = call(ecs.describeTaskDefinition(QStringLiteral("web:1")))[QStringLiteral("taskDefinition")].toObject();
    call(ecs.registerTaskDefinition(QJsonObject { { QStringLiteral("family"), QStringLiteral("web") },
        { QStringLiteral("networkMode"), QStringLiteral("awsvpc") },
        { QStringLiteral("requiresCompatibilities"), QJsonArray { QStringLiteral("FARGATE") } },
        { QStringLiteral("cpu"), QStringLiteral("512") }, { QStringLiteral("memory"), QStringLiteral("1024") },
        { QStringLiteral("containerDefinitions"), revision2.value(QStringLiteral("containerDefinitions")) } }));
    window.showPane(services);
    ASSERT_TRUE(services->selectArn(webArn));
    QStringList offered;
    answerNextDialog<QInputDialog>([&offered](QInputDialog* d) {
        offered = d->comboBoxItems();
        d->setTextValue(QStringLiteral("web:2"));
    });
    const int beforeRevision = window.snapshotsApplied();
    window.action(QStringLiteral("updateRevision"))->trigger();
    ASSERT_TRUE(waitFor([&] { return window.snapshotsApplied() > beforeRevision; }, 20000));
    EXPECT_TRUE(offered.contains(QStringLiteral("web:1")) && offered.contains(QStringLiteral("web:2")))
        << offered.join(QLatin1Char(' ')).toStdString();
    ASSERT_TRUE(waitFor(
        [&] {
            const int r = window.serviceModel()->rowOfKey(webArn);
            return window.serviceModel()->index(r, Models::ServiceModel::TaskDefinitionColumn).data().toString()
                == QLatin1String("web:2");
        },
        20000));

    // An action's error lands in the pane's message bar: the service is gone under our feet.
    call(ecs.deleteService(QStringLiteral("demo"), QStringLiteral("worker"), true));
    const QString workerArn = window.serviceModel()->rowAt(0).name == QLatin1String("worker")
        ? window.serviceModel()->rowAt(0).arn
        : window.serviceModel()->rowAt(1).arn;
    window.showPane(services);
    ASSERT_TRUE(services->selectArn(workerArn));
    answerNextDialog<Ui::DesiredCountDialog>([](Ui::DesiredCountDialog* d) { d->setDesiredCount(9); });
    window.action(QStringLiteral("setDesiredCount"))->trigger();
    ASSERT_TRUE(waitFor([&] { return services->messageBar()->kind() == Ui::MessageBar::Kind::Error; }, 20000));
    EXPECT_FALSE(services->messageBar()->text().isEmpty());

    if (const QByteArray shot = qgetenv("ECSDESK_SCREENSHOT"); !shot.isEmpty()) {
        window.refresh();
        waitFor([&] { return !window.isLoading(); }, 20000);
        services->messageBar()->hide();
        ASSERT_TRUE(services->selectArn(webArn));
        window.details()->tabs()->setCurrentIndex(1); // the deployments
        QTest::qWait(300);
        EXPECT_TRUE(window.grab().save(QString::fromLocal8Bit(shot)));
    }
}
