// SPDX-License-Identifier: MIT
// The main window's behaviour in daily use (issue 14): actions enabled only when they apply to the
// whole selection, a cluster opened by double-click or Enter (the title names it), messages that
// belong to their cluster and connection, a service's tasks, the start options of the command
// line. Each test drives the real MainWindow on its own embedded endpoint.

#include "api/ecs/ecsclient.h"
#include "apptestsupport.h"
#include "common/testutil.h"
#include "local/localendpoint.h"
#include "models/clustermodel.h"
#include "models/containerinstancemodel.h"
#include "models/panefilterproxymodel.h"
#include "models/servicemodel.h"
#include "models/taskdefinitiontreemodel.h"
#include "models/taskmodel.h"
#include "ui/actiondialogs.h"
#include "ui/appsettings.h"
#include "ui/detailspane.h"
#include "ui/editor/taskdefinitioneditor.h"
#include "ui/mainwindow.h"
#include "ui/messagebar.h"
#include "ui/panewidget.h"
#include "ui/serviceeditor/serviceeditordialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace EcsDesk;
using EcsDesk::Testing::call;
using EcsDesk::Testing::waitFor;

namespace {

/// The service editor New Service… opened (with open(), not exec()), once it shows; null if none did.
Ui::ServiceEditorDialog* openedServiceEditor(Ui::MainWindow& window)
{
    Ui::ServiceEditorDialog* dialog = nullptr;
    waitFor(
        [&] {
            dialog = window.findChild<Ui::ServiceEditorDialog*>();
            return dialog && dialog->isVisible();
        },
        20000);
    return dialog && dialog->isVisible() ? dialog : nullptr;
}

/// Closes the editor and waits until it is deleted, so the next one opened is found instead.
void closeServiceEditor(QPointer<Ui::ServiceEditorDialog> editor)
{
    if (!editor)
        return;
    editor->reject();
    waitFor([&] { return editor.isNull(); }, 5000);
}

/// Answers the next modal dialog of type D with `fill` then accepts it (or cancels it).
template <typename D> void answerNextDialog(std::function<void(D*)> fill, bool accept = true)
{
    auto* timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, fill, accept] {
        if (auto* dialog = qobject_cast<D*>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            fill(dialog);
            if (accept)
                dialog->accept();
            else
                dialog->reject();
        }
    });
    timer->start();
}

QJsonObject fargateDefinition(const QString& family)
{
    return QJsonObject {
        { QStringLiteral("family"), family }, { QStringLiteral("networkMode"), QStringLiteral("awsvpc") },
        { QStringLiteral("requiresCompatibilities"), QJsonArray { QStringLiteral("FARGATE") } },
        { QStringLiteral("cpu"), QStringLiteral("256") }, { QStringLiteral("memory"), QStringLiteral("512") },
        { QStringLiteral("containerDefinitions"),
            QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("app") },
                { QStringLiteral("image"), QStringLiteral("nginx:1.25") }, { QStringLiteral("essential"), true } } } }
    };
}

QJsonObject fargateService(const QString& name, const QString& taskDefinition, int count)
{
    const QJsonObject network { { QStringLiteral("awsvpcConfiguration"),
        QJsonObject { { QStringLiteral("subnets"), QJsonArray { QStringLiteral("subnet-12345678") } } } } };
    return QJsonObject { { QStringLiteral("serviceName"), name }, { QStringLiteral("taskDefinition"), taskDefinition },
        { QStringLiteral("desiredCount"), count }, { QStringLiteral("launchType"), QStringLiteral("FARGATE") },
        { QStringLiteral("networkConfiguration"), network } };
}

/// A window on its own endpoint, with clusters demo (services web ×2 and worker ×1 on Fargate)
/// and staging (empty), and a separate client for setting up and checking state.
class WindowBehaviour : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        Ui::AppSettings::instance().saveWindow({}, {}, {}); // every test starts as a first start
        window = std::make_unique<Ui::MainWindow>(Testing::testWindowOptions(m_dir.path()));
        window->resize(1400, 860);
        window->show();
        ASSERT_TRUE(window->localEndpoint() && window->localEndpoint()->isRunning());
        ecs = std::make_unique<Api::EcsClient>(Testing::endpointConfig(*window->localEndpoint(), &m_transport));
        call(ecs->createCluster(QStringLiteral("demo")));
        call(ecs->createCluster(QStringLiteral("staging")));
        call(ecs->registerTaskDefinition(fargateDefinition(QStringLiteral("web"))));
        call(ecs->createService(
            QStringLiteral("demo"), fargateService(QStringLiteral("web"), QStringLiteral("web"), 2)));
        call(ecs->createService(
            QStringLiteral("demo"), fargateService(QStringLiteral("worker"), QStringLiteral("web"), 1)));
        window->refresh();
        ASSERT_TRUE(waitFor([&] { return window->clusterModel()->rowCount() == 2; }, 20000));
    }

    void TearDown() override
    {
        window.reset();
        ecs.reset();
    }

    /// Opens `cluster` and waits for its snapshot.
    void open(const QString& cluster, int services)
    {
        const int before = window->snapshotsApplied();
        window->selectCluster(cluster);
        ASSERT_TRUE(waitFor(
            [&] { return window->snapshotsApplied() > before && window->serviceModel()->rowCount() == services; },
            20000));
    }

    QString serviceArn(const QString& name) const
    {
        for (const Api::Service& service : window->serviceModel()->rows()) {
            if (service.name == name)
                return service.arn;
        }
        return {};
    }

    bool enabled(const char* action) const { return window->action(QLatin1String(action))->isEnabled(); }

    QTemporaryDir m_dir;
    Api::AwsTransport m_transport;
    std::unique_ptr<Ui::MainWindow> window;
    std::unique_ptr<Api::EcsClient> ecs;
};

/// RegisterContainerInstance, as the ECS agent calls it; returns the instance's ARN.
QString registerInstance(const Api::EcsClient& ecs, const QString& cluster, const QString& ec2Id)
{
    const QJsonObject identity { { QStringLiteral("instanceId"), ec2Id },
        { QStringLiteral("availabilityZone"), QStringLiteral("us-east-1a") },
        { QStringLiteral("region"), QStringLiteral("us-east-1") },
        { QStringLiteral("instanceType"), QStringLiteral("t3.medium") },
        { QStringLiteral("accountId"), QStringLiteral("123456789012") },
        { QStringLiteral("imageId"), QStringLiteral("ami-0123456789abcdef0") } };
    const QJsonObject answer = call(ecs.call(QStringLiteral("RegisterContainerInstance"),
        QJsonObject { { QStringLiteral("cluster"), cluster },
            { QStringLiteral("instanceIdentityDocument"),
                QString::fromUtf8(QJsonDocument(identity).toJson(QJsonDocument::Compact)) } }));
    return answer.value(QLatin1String("containerInstance"))
        .toObject()
        .value(QLatin1String("containerInstanceArn"))
        .toString();
}

/// Selects exactly the rows of `pane` with these ARNs (ctrl-click on each).
void selectExactly(Ui::PaneWidget* pane, const QStringList& arns)
{
    QTreeView* view = pane->view();
    view->clearSelection();
    bool first = true;
    for (const QString& arn : arns) {
        const QModelIndexList found = view->model()->match(
            view->model()->index(0, 0), Qt::UserRole + 1, arn, 1, Qt::MatchExactly | Qt::MatchRecursive);
        ASSERT_EQ(found.size(), 1) << arn.toStdString();
        view->selectionModel()->setCurrentIndex(found.first(),
            (first ? QItemSelectionModel::ClearAndSelect : QItemSelectionModel::Select) | QItemSelectionModel::Rows);
        first = false;
    }
}

} // namespace

TEST_F(WindowBehaviour, ActionsApplyOnlyToSelectionsTheyFit)
{
    // Tasks: Stop Task for running tasks only.
    open(QStringLiteral("demo"), 2);
    ASSERT_TRUE(waitFor([&] { return window->taskModel()->rowCount() == 3; }, 20000));
    const QString stoppedArn = window->taskModel()->rowAt(0).arn;
    const QString runningArn = window->taskModel()->rowAt(1).arn;
    call(ecs->stopTask(QStringLiteral("demo"), stoppedArn, QStringLiteral("test")));
    ASSERT_TRUE(waitFor(
        [&] {
            window->refresh();
            waitFor([&] { return !window->isLoading(); }, 5000);
            const int row = window->taskModel()->rowOfKey(stoppedArn);
            return row >= 0 && window->taskModel()->rowAt(row).lastStatus == QLatin1String("STOPPED");
        },
        30000));
    window->showPane(window->tasksPane());
    selectExactly(window->tasksPane(), { runningArn });
    EXPECT_TRUE(enabled("stopTask"));
    selectExactly(window->tasksPane(), { stoppedArn });
    EXPECT_FALSE(enabled("stopTask")) << "Stop Task on a STOPPED task";
    selectExactly(window->tasksPane(), { runningArn, stoppedArn });
    EXPECT_FALSE(enabled("stopTask")) << "Stop Task on a selection with a STOPPED task";

    // Container instances: Drain for ACTIVE ones, Activate for DRAINING ones.
    const QString active = registerInstance(*ecs, QStringLiteral("demo"), QStringLiteral("i-0aaaaaaaaaaaaaaa1"));
    const QString draining = registerInstance(*ecs, QStringLiteral("demo"), QStringLiteral("i-0aaaaaaaaaaaaaaa2"));
    call(ecs->updateContainerInstancesState(QStringLiteral("demo"), { draining }, QStringLiteral("DRAINING")));
    const int before = window->snapshotsApplied();
    window->refresh();
    ASSERT_TRUE(waitFor(
        [&] { return window->snapshotsApplied() > before && window->containerInstanceModel()->rowCount() == 2; },
        20000));
    window->showPane(window->instancesPane());
    selectExactly(window->instancesPane(), { active });
    EXPECT_TRUE(enabled("drainInstance"));
    EXPECT_FALSE(enabled("activateInstance")) << "Activate Instance on an ACTIVE instance";
    selectExactly(window->instancesPane(), { draining });
    EXPECT_FALSE(enabled("drainInstance"));
    EXPECT_TRUE(enabled("activateInstance"));
    selectExactly(window->instancesPane(), { active, draining });
    EXPECT_FALSE(enabled("drainInstance"));
    EXPECT_FALSE(enabled("activateInstance"));

    // Clusters: Delete Cluster only for an empty one (ECS refuses the others).
    window->showPane(window->clustersPane());
    for (const Api::Cluster& c : window->clusterModel()->rows()) {
        ASSERT_TRUE(window->clustersPane()->selectArn(c.arn));
        EXPECT_EQ(enabled("deleteCluster"), c.name == QLatin1String("staging")) << c.name.toStdString();
    }
}

TEST_F(WindowBehaviour, SingleClickSelectsDoubleClickOrEnterOpensAndTheTitleNamesIt)
{
    open(QStringLiteral("demo"), 2);
    EXPECT_TRUE(window->windowTitle().contains(QLatin1String("demo"))) << window->windowTitle().toStdString();

    // A single click on staging selects it: the actions still act on demo, as the title says.
    Ui::PaneWidget* clusters = window->clustersPane();
    window->showPane(clusters);
    QString stagingArn;
    for (const Api::Cluster& c : window->clusterModel()->rows()) {
        if (c.name == QLatin1String("staging"))
            stagingArn = c.arn;
    }
    ASSERT_FALSE(stagingArn.isEmpty());
    ASSERT_TRUE(clusters->selectArn(stagingArn));
    QTreeView* view = clusters->view();
    const QRect rect = view->visualRect(view->currentIndex());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    EXPECT_EQ(clusters->currentArn(), stagingArn);
    EXPECT_TRUE(window->currentCluster().endsWith(QLatin1String("/demo")));
    EXPECT_TRUE(window->windowTitle().contains(QLatin1String("demo")));
    EXPECT_FALSE(window->windowTitle().contains(QLatin1String("staging")));

    // Enter opens it.
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Return);
    EXPECT_TRUE(window->currentCluster().endsWith(QLatin1String("/staging"))) << window->currentCluster().toStdString();
    EXPECT_TRUE(window->windowTitle().contains(QLatin1String("staging"))) << window->windowTitle().toStdString();
    ASSERT_TRUE(waitFor([&] { return window->serviceModel()->rowCount() == 0; }, 20000));

    // Double-click opens demo again.
    window->showPane(clusters);
    ASSERT_TRUE(clusters->selectArn(
        window->clusterModel()->rowAt(window->clusterModel()->rowOfKey(stagingArn) == 0 ? 1 : 0).arn));
    const QRect demoRect = view->visualRect(view->currentIndex());
    // A double-click as the window system delivers it: a click, then the double-click.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, demoRect.center());
    EXPECT_TRUE(window->currentCluster().endsWith(QLatin1String("/staging")));
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, demoRect.center());
    EXPECT_TRUE(window->currentCluster().endsWith(QLatin1String("/demo"))) << window->currentCluster().toStdString();
    EXPECT_TRUE(window->windowTitle().contains(QLatin1String("demo")));
    // Open Cluster is also in the pane's context menu and the Cluster menu.
    EXPECT_NE(window->action(QStringLiteral("openCluster")), nullptr);
}

TEST_F(WindowBehaviour, MessagesBelongToTheirClusterAndConnectionAndSuccessFades)
{
    open(QStringLiteral("demo"), 2);
    ASSERT_TRUE(waitFor([&] { return window->taskModel()->rowCount() == 3; }, 20000));
    Ui::PaneWidget* tasks = window->tasksPane();
    window->showPane(tasks);
    ASSERT_TRUE(tasks->selectArn(window->taskModel()->rowAt(0).arn));
    answerNextDialog<Ui::StopTaskDialog>([](Ui::StopTaskDialog* d) { d->setReason(QStringLiteral("test")); });
    window->action(QStringLiteral("stopTask"))->trigger();
    ASSERT_TRUE(waitFor([&] { return tasks->messageBar()->isVisible(); }, 20000));
    EXPECT_TRUE(tasks->messageBar()->text().contains(QLatin1String("is stopping")));
    EXPECT_EQ(tasks->messageBar()->kind(), Ui::MessageBar::Kind::Information);

    // Another cluster: nothing of demo stays on show while it loads (no row an action could pick
    // up, no details), and the message about demo's task does not follow.
    window->showPane(window->servicesPane());
    ASSERT_TRUE(window->servicesPane()->selectArn(serviceArn(QStringLiteral("web"))));
    EXPECT_EQ(window->details()->property(QStringLiteral("Name")), QStringLiteral("web"));
    window->selectCluster(QStringLiteral("staging"));
    EXPECT_EQ(window->serviceModel()->rowCount(), 0);
    EXPECT_EQ(window->taskModel()->rowCount(), 0);
    EXPECT_TRUE(window->details()->property(QStringLiteral("Name")).isEmpty());
    EXPECT_FALSE(enabled("setDesiredCount"));
    open(QStringLiteral("staging"), 0);
    window->showPane(tasks);
    EXPECT_FALSE(tasks->messageBar()->isVisible()) << tasks->messageBar()->text().toStdString();

    // A success message fades by itself; an error stays.
    window->showPane(window->servicesPane());
    window->action(QStringLiteral("createService"))->trigger();
    {
        QPointer<Ui::ServiceEditorDialog> editor = openedServiceEditor(*window);
        ASSERT_NE(editor, nullptr) << "New Service opened no service editor";
        QTest::keyClicks(editor->fieldWidget(QStringLiteral("serviceName")), QStringLiteral("api"));
        qobject_cast<QComboBox*>(editor->fieldWidget(QStringLiteral("taskDefinition")))
            ->setCurrentText(QStringLiteral("web:1"));
        qobject_cast<QComboBox*>(editor->fieldWidget(QStringLiteral("launchType")))
            ->setCurrentText(QStringLiteral("FARGATE"));
        QTest::keyClicks(editor->fieldWidget(QStringLiteral("networkConfiguration.awsvpcConfiguration.subnets")),
            QStringLiteral("subnet-12345678"));
        ASSERT_TRUE(editor->applyButton()->isEnabled())
            << editor->fieldError(QStringLiteral("serviceName")).toStdString();
        editor->applyButton()->click();
        const bool closed = waitFor([&] { return !editor || !editor->isVisible(); }, 20000);
        if (!closed) {
            const std::string message = editor->messageBar()->text().toStdString();
            editor->reject();
            FAIL() << "the service editor stayed open: " << message;
        }
    }
    Ui::MessageBar* servicesBar = window->servicesPane()->messageBar();
    ASSERT_TRUE(waitFor([&] { return servicesBar->isVisible(); }, 20000));
    EXPECT_EQ(servicesBar->kind(), Ui::MessageBar::Kind::Information) << servicesBar->text().toStdString();
    EXPECT_TRUE(waitFor([&] { return !servicesBar->isVisible(); }, 20000)) << "the success message never cleared";

    // Another connection: the Clusters pane's error (e.g. a keychain error) and the Properties of
    // the previous connection's cluster go.
    Ui::PaneWidget* clusters = window->clustersPane();
    window->showPane(clusters);
    ASSERT_TRUE(clusters->selectArn(window->clusterModel()->rowAt(0).arn));
    EXPECT_FALSE(window->details()->property(QStringLiteral("Name")).isEmpty());
    clusters->messageBar()->showMessage(
        QStringLiteral("The keys of x could not be read from the keychain"), Ui::MessageBar::Kind::Error);
    QTemporaryDir home;
    ASSERT_TRUE(home.isValid());
    QFile credentials(home.filePath(QStringLiteral("credentials")));
    ASSERT_TRUE(credentials.open(QIODevice::WriteOnly));
    credentials.write("[other]\naws_access_key_id = " + window->localEndpoint()->credentials().accessKeyId.toUtf8()
        + "\naws_secret_access_key = " + window->localEndpoint()->credentials().secretAccessKey.toUtf8() + "\n");
    credentials.close();
    qputenv("AWS_SHARED_CREDENTIALS_FILE", credentials.fileName().toLocal8Bit());
    qputenv("AWS_CONFIG_FILE", home.filePath(QStringLiteral("config")).toLocal8Bit());
    window->openProfile(QStringLiteral("other"), window->localEndpoint()->region(), window->localEndpoint()->url());
    EXPECT_FALSE(clusters->messageBar()->isVisible()) << clusters->messageBar()->text().toStdString();
    EXPECT_TRUE(window->details()->property(QStringLiteral("Name")).isEmpty())
        << window->details()->property(QStringLiteral("Name")).toStdString();
    ASSERT_TRUE(waitFor([&] { return window->clusterModel()->rowCount() == 2; }, 20000));
    qunsetenv("AWS_SHARED_CREDENTIALS_FILE");
    qunsetenv("AWS_CONFIG_FILE");
}

TEST_F(WindowBehaviour, ShowTasksOfAServiceAndItsTasksTab)
{
    open(QStringLiteral("demo"), 2);
    ASSERT_TRUE(waitFor([&] { return window->taskModel()->rowCount() == 3; }, 20000));
    Ui::PaneWidget* services = window->servicesPane();
    window->showPane(services);
    ASSERT_TRUE(services->selectArn(serviceArn(QStringLiteral("web"))));

    // The service's details list its tasks.
    auto* tasksTab = window->details()->serviceTasks();
    QTabWidget* tabs = window->details()->tabs();
    ASSERT_TRUE(tabs->isTabVisible(tabs->indexOf(tasksTab)));
    EXPECT_EQ(tasksTab->topLevelItemCount(), 2);
    EXPECT_EQ(tabs->tabText(tabs->indexOf(tasksTab)), QStringLiteral("Tasks (2)"));

    // Show Tasks: the Tasks pane, filtered to the service's tasks.
    QAction* show = window->action(QStringLiteral("showServiceTasks"));
    ASSERT_NE(show, nullptr);
    ASSERT_TRUE(show->isEnabled());
    show->trigger();
    Ui::PaneWidget* tasks = window->tasksPane();
    EXPECT_TRUE(tasks->isVisible());
    EXPECT_EQ(tasks->filterEdit()->text(), QStringLiteral("service:=web"));
    EXPECT_EQ(tasks->proxy()->rowCount(), 2);

    // Double-clicking a task in the details shows it in the Tasks pane.
    window->showPane(services);
    ASSERT_TRUE(services->selectArn(serviceArn(QStringLiteral("worker"))));
    ASSERT_EQ(tasksTab->topLevelItemCount(), 1);
    const QString workerTask = tasksTab->topLevelItem(0)->data(0, Qt::UserRole).toString();
    Q_EMIT tasksTab->itemActivated(tasksTab->topLevelItem(0), 0);
    EXPECT_TRUE(tasks->isVisible());
    EXPECT_EQ(tasks->currentArn(), workerTask);
}

TEST_F(WindowBehaviour, StartsWithTheProfileClusterAndPaneAskedFor)
{
    // `ecsdesk --profile cli --region R --endpoint-url URL --cluster demo --pane tasks`, with the
    // profile in a temporary AWS config (its region differs: --region wins).
    QTemporaryDir home;
    ASSERT_TRUE(home.isValid());
    QFile config(home.filePath(QStringLiteral("config")));
    ASSERT_TRUE(config.open(QIODevice::WriteOnly));
    config.write("[profile cli]\nregion = ap-southeast-2\naws_access_key_id = "
        + window->localEndpoint()->credentials().accessKeyId.toUtf8()
        + "\naws_secret_access_key = " + window->localEndpoint()->credentials().secretAccessKey.toUtf8() + "\n");
    config.close();
    qputenv("AWS_CONFIG_FILE", config.fileName().toLocal8Bit());
    qputenv("AWS_SHARED_CREDENTIALS_FILE", home.filePath(QStringLiteral("none")).toLocal8Bit());

    Ui::MainWindow::StartOptions start;
    start.profile = QStringLiteral("cli");
    start.region = window->localEndpoint()->region();
    start.endpointUrl = window->localEndpoint()->url();
    start.cluster = QStringLiteral("demo");
    start.pane = QStringLiteral("tasks");
    EXPECT_TRUE(window->start(start).isEmpty());
    auto* state = window->findChild<QLabel*>(QStringLiteral("connectionState"));
    ASSERT_NE(state, nullptr);
    EXPECT_TRUE(state->text().contains(QLatin1String("cli"))) << state->text().toStdString();
    ASSERT_TRUE(waitFor([&] { return window->taskModel()->rowCount() == 3; }, 20000));
    EXPECT_TRUE(window->currentCluster().endsWith(QLatin1String("/demo"))) << window->currentCluster().toStdString();
    EXPECT_TRUE(window->tasksPane()->isVisible());
    EXPECT_TRUE(window->windowTitle().contains(QLatin1String("demo")));
    EXPECT_TRUE(window->windowTitle().contains(QLatin1String("cli")));
    EXPECT_FALSE(window->start({ {}, {}, {}, {}, QStringLiteral("nonsense"), false }).isEmpty());
    qunsetenv("AWS_CONFIG_FILE");
    qunsetenv("AWS_SHARED_CREDENTIALS_FILE");
}

TEST_F(WindowBehaviour, RefreshesQuicklyWhileADeploymentRollsAndShowsItsProgress)
{
    Ui::AppSettings::instance().setRefreshIntervalSeconds(30);
    auto* timer = window->findChild<QTimer*>(QStringLiteral("refreshTimer"));
    ASSERT_NE(timer, nullptr);
    auto* progress = window->findChild<QLabel*>(QStringLiteral("deploymentProgress"));
    ASSERT_NE(progress, nullptr);

    // The services were just created: their first deployments are rolling out.
    open(QStringLiteral("demo"), 2);
    EXPECT_TRUE(progress->isVisible());
    EXPECT_TRUE(progress->text().startsWith(QLatin1String("Deploying "))) << progress->text().toStdString();
    EXPECT_TRUE(progress->text().contains(QLatin1String("web: "))) << progress->text().toStdString();
    EXPECT_TRUE(progress->text().contains(QLatin1String(" of 2 running"))) << progress->text().toStdString();
    EXPECT_EQ(timer->interval(), 3000);

    // Without anyone pressing F5, the window follows the rollout to its end, then goes back to
    // the chosen interval.
    ASSERT_TRUE(waitFor([&] { return !progress->isVisible(); }, 90000)) << progress->text().toStdString();
    EXPECT_EQ(timer->interval(), 30000);
    const int web = window->serviceModel()->rowOfKey(serviceArn(QStringLiteral("web")));
    EXPECT_EQ(window->serviceModel()->rowAt(web).runningCount, 2);
}

namespace {

/// "family:revision (STATUS)" of every revision the Task Definitions pane lists.
QStringList shownRevisions(Ui::MainWindow& window)
{
    QStringList shown;
    Models::TaskDefinitionTreeModel* model = window.taskDefinitionModel();
    for (int f = 0; f < model->rowCount(); ++f) {
        const QModelIndex family = model->index(f, 0);
        for (int r = 0; r < model->rowCount(family); ++r) {
            if (const Api::TaskDefinition* d = model->definition(model->index(r, 0, family)))
                shown.append(QStringLiteral("%1:%2 (%3)").arg(d->family).arg(d->revision).arg(d->status));
        }
    }
    shown.sort();
    return shown;
}

QStringList items(const QComboBox* box)
{
    QStringList all;
    for (int i = 0; i < box->count(); ++i)
        all.append(box->itemText(i));
    return all;
}

} // namespace

TEST_F(WindowBehaviour, TaskDefinitionsPaneListsEveryActiveRevisionInactiveBehindAToggle)
{
    // web:2 is registered but used by nothing; web-worker (another family) is not the cluster's.
    call(ecs->registerTaskDefinition(fargateDefinition(QStringLiteral("web"))));
    call(ecs->registerTaskDefinition(fargateDefinition(QStringLiteral("web-worker"))));
    open(QStringLiteral("demo"), 2);
    const QStringList expected { QStringLiteral("web:1 (ACTIVE)"), QStringLiteral("web:2 (ACTIVE)") };
    EXPECT_TRUE(waitFor([&] { return shownRevisions(*window) == expected; }, 20000))
        << shownRevisions(*window).join(QLatin1String(", ")).toStdString();

    // A revision registered while the window is open shows after a refresh.
    call(ecs->registerTaskDefinition(fargateDefinition(QStringLiteral("web"))));
    window->refresh();
    EXPECT_TRUE(waitFor([&] { return shownRevisions(*window).contains(QStringLiteral("web:3 (ACTIVE)")); }, 20000))
        << shownRevisions(*window).join(QLatin1String(", ")).toStdString();

    // A deregistered revision (INACTIVE) shows only with "Show inactive revisions".
    call(ecs->deregisterTaskDefinition(QStringLiteral("web:2")));
    window->refresh();
    EXPECT_TRUE(waitFor(
        [&] { return !shownRevisions(*window).join(QLatin1Char(' ')).contains(QLatin1String("web:2")); }, 20000))
        << shownRevisions(*window).join(QLatin1String(", ")).toStdString();
    auto* showInactive = window->findChild<QCheckBox*>(QStringLiteral("showInactiveRevisions"));
    ASSERT_NE(showInactive, nullptr);
    showInactive->setChecked(true);
    EXPECT_TRUE(waitFor([&] { return shownRevisions(*window).contains(QStringLiteral("web:2 (INACTIVE)")); }, 20000))
        << shownRevisions(*window).join(QLatin1String(", ")).toStdString();
    // Deregister applies to ACTIVE revisions only.
    window->showPane(window->taskDefinitionsPane());
    QTreeView* view = window->taskDefinitionsPane()->view();
    view->expandAll();
    const QModelIndexList inactive = view->model()->match(view->model()->index(0, 0), Models::ArnRole,
        QVariant::fromValue(QStringLiteral("*task-definition/web:2")), 1, Qt::MatchWildcard | Qt::MatchRecursive);
    ASSERT_EQ(inactive.size(), 1);
    view->setCurrentIndex(inactive.first());
    EXPECT_FALSE(enabled("deregisterTaskDefinition"));
    showInactive->setChecked(false);
    EXPECT_FALSE(shownRevisions(*window).join(QLatin1Char(' ')).contains(QLatin1String("web:2")));
}

TEST_F(WindowBehaviour, NewServiceAndRunTaskOfferTheAccountsRevisionsPreselectedFromTheSelection)
{
    call(ecs->registerTaskDefinition(fargateDefinition(QStringLiteral("api"))));
    call(ecs->registerTaskDefinition(fargateDefinition(QStringLiteral("web"))));
    call(ecs->updateService(QStringLiteral("demo"), QStringLiteral("worker"),
        QJsonObject { { QStringLiteral("taskDefinition"), QStringLiteral("web:2") } }));

    // A new, empty cluster: New Service offers the account's revisions.
    open(QStringLiteral("staging"), 0);
    window->showPane(window->servicesPane());
    QStringList offered;
    QString current;
    bool searchable = false;
    window->action(QStringLiteral("createService"))->trigger();
    if (QPointer<Ui::ServiceEditorDialog> editor = openedServiceEditor(*window)) {
        auto* box = qobject_cast<QComboBox*>(editor->fieldWidget(QStringLiteral("taskDefinition")));
        offered = items(box);
        current = box->currentText();
        searchable = box->completer() && box->completer()->filterMode() == Qt::MatchContains;
        closeServiceEditor(editor);
    }
    ASSERT_TRUE(waitFor([&] { return !offered.isEmpty(); }, 20000)) << "New Service offered nothing";
    EXPECT_EQ(offered, (QStringList { QStringLiteral("api:1"), QStringLiteral("web:2"), QStringLiteral("web:1") }));
    EXPECT_TRUE(searchable);

    // Run Task preselects the selected service's revision, not the first.
    open(QStringLiteral("demo"), 2);
    window->showPane(window->servicesPane());
    ASSERT_TRUE(waitFor(
        [&] {
            const int row = window->serviceModel()->rowOfKey(serviceArn(QStringLiteral("worker")));
            return window->serviceModel()->rowAt(row).taskDefinition.endsWith(QLatin1String("/web:2"));
        },
        20000));
    ASSERT_TRUE(window->servicesPane()->selectArn(serviceArn(QStringLiteral("worker"))));
    offered.clear();
    answerNextDialog<Ui::RunTaskDialog>(
        [&](Ui::RunTaskDialog* d) {
            offered = items(d->taskDefinitionBox());
            current = d->taskDefinitionBox()->currentText();
        },
        false);
    window->action(QStringLiteral("runTask"))->trigger();
    ASSERT_TRUE(waitFor([&] { return !offered.isEmpty(); }, 20000));
    EXPECT_TRUE(offered.contains(QStringLiteral("api:1")));
    EXPECT_EQ(current, QStringLiteral("web:2"));

    ASSERT_TRUE(window->servicesPane()->selectArn(serviceArn(QStringLiteral("web"))));
    offered.clear();
    window->action(QStringLiteral("createService"))->trigger();
    if (QPointer<Ui::ServiceEditorDialog> editor = openedServiceEditor(*window)) {
        auto* box = qobject_cast<QComboBox*>(editor->fieldWidget(QStringLiteral("taskDefinition")));
        offered = items(box);
        current = box->currentText();
        closeServiceEditor(editor);
    }
    ASSERT_FALSE(offered.isEmpty()) << "New Service offered nothing";
    EXPECT_EQ(current, QStringLiteral("web:1"));
}

TEST_F(WindowBehaviour, AFamilyRegisteredFromTheAppShowsInTheTaskDefinitionsPane)
{
    // api is used by nothing in the cluster; a revision of it registered from the editor shows,
    // with the family's other ACTIVE revisions.
    const QJsonObject api = call(ecs->registerTaskDefinition(fargateDefinition(QStringLiteral("api"))))
                                .value(QLatin1String("taskDefinition"))
                                .toObject();
    open(QStringLiteral("demo"), 2);
    ASSERT_TRUE(waitFor([&] { return shownRevisions(*window).size() == 1; }, 20000));
    EXPECT_EQ(shownRevisions(*window), QStringList { QStringLiteral("web:1 (ACTIVE)") });

    const Api::TaskDefinition definition = Api::TaskDefinition::fromJson(api);
    Ui::TaskDefinitionEditor* editor = window->openTaskDefinitionEditor(&definition);
    ASSERT_NE(editor, nullptr);
    QSignalSpy registered(editor, &Ui::TaskDefinitionEditor::registered);
    QAction* registerAction = editor->findChild<QAction*>(QStringLiteral("registerAction"));
    ASSERT_NE(registerAction, nullptr);
    ASSERT_TRUE(waitFor([&] { return registerAction->isEnabled(); }, 5000));
    registerAction->trigger();
    ASSERT_TRUE(waitFor([&] { return registered.count() == 1; }, 20000));
    editor->close();
    const QStringList expected { QStringLiteral("api:1 (ACTIVE)"), QStringLiteral("api:2 (ACTIVE)"),
        QStringLiteral("web:1 (ACTIVE)") };
    EXPECT_TRUE(waitFor([&] { return shownRevisions(*window) == expected; }, 20000))
        << shownRevisions(*window).join(QLatin1String(", ")).toStdString();
}

TEST_F(WindowBehaviour, UpdateToRevisionOffersTheServicesFamilyOnlyNewestFirst)
{
    // A regression check of the listing (every page, newest first): web's revisions only, not those
    // of web-worker, which merely shares the start of its name.
    call(ecs->registerTaskDefinition(fargateDefinition(QStringLiteral("web-worker"))));
    call(ecs->registerTaskDefinition(fargateDefinition(QStringLiteral("web"))));
    open(QStringLiteral("demo"), 2);
    window->showPane(window->servicesPane());
    ASSERT_TRUE(window->servicesPane()->selectArn(serviceArn(QStringLiteral("web"))));
    QStringList offered;
    answerNextDialog<QInputDialog>([&](QInputDialog* d) { offered = d->comboBoxItems(); }, false);
    window->action(QStringLiteral("updateRevision"))->trigger();
    ASSERT_TRUE(waitFor([&] { return !offered.isEmpty(); }, 20000));
    EXPECT_EQ(offered, (QStringList { QStringLiteral("web:2"), QStringLiteral("web:1") }));
}

TEST_F(WindowBehaviour, TheNavigatorIsAsWideAsTheNamesItLists)
{
    // A long cluster name, in a window with no saved layout: the navigator grows to show it whole.
    call(ecs->createCluster(QStringLiteral("payments-production-eu-central-blue")));
    window->refresh();
    auto* navigator = window->findChild<QAbstractItemView*>(QStringLiteral("navigator"));
    ASSERT_NE(navigator, nullptr);
    ASSERT_TRUE(waitFor([&] { return window->clusterModel()->rowCount() == 3; }, 20000));
    QApplication::processEvents();
    EXPECT_TRUE(waitFor([&] { return navigator->viewport()->width() >= navigator->sizeHintForColumn(0); }, 5000))
        << "navigator " << navigator->viewport()->width() << " px for " << navigator->sizeHintForColumn(0)
        << " px of names";
}
