// SPDX-License-Identifier: MIT
// The wave-2 areas inside the main window: the task definition editor opened from the Task
// Definitions pane ("Edit as New Revision…" registers through the window's connection) and the
// Metrics and Logs tabs following the selected service.

#include "api/ecs/ecsclient.h"
#include "apptestsupport.h"
#include "common/testutil.h"
#include "local/localendpoint.h"
#include "models/servicemodel.h"
#include "models/taskdefinitiontreemodel.h"
#include "ui/detailspane.h"
#include "ui/editor/taskdefinitioneditor.h"
#include "ui/logs/logspane.h"
#include "ui/mainwindow.h"
#include "ui/metrics/metricspane.h"
#include "ui/panewidget.h"

#include <QAction>
#include <QApplication>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace EcsDesk;
using EcsDesk::Testing::call;
using EcsDesk::Testing::waitFor;

TEST(AppIntegration, EditorAndObservabilityTabsFollowTheSelection)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    Ui::MainWindow window(Testing::testWindowOptions(dir.path()));
    window.resize(1400, 860);
    window.show();
    ASSERT_TRUE(window.localEndpoint() && window.localEndpoint()->isRunning());

    Api::AwsTransport transport;
    Api::EcsClient ecs(Testing::endpointConfig(*window.localEndpoint(), &transport));
    call(ecs.createCluster(QStringLiteral("demo")));
    call(ecs.registerTaskDefinition(QJsonObject { { QStringLiteral("family"), QStringLiteral("api") },
        { QStringLiteral("networkMode"), QStringLiteral("awsvpc") },
        { QStringLiteral("requiresCompatibilities"), QJsonArray { QStringLiteral("FARGATE") } },
        { QStringLiteral("cpu"), QStringLiteral("256") }, { QStringLiteral("memory"), QStringLiteral("512") },
        { QStringLiteral("containerDefinitions"),
            QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("app") },
                { QStringLiteral("image"), QStringLiteral("nginx:1.25") },
                { QStringLiteral("essential"), true } } } } }));
    call(ecs.createService(QStringLiteral("demo"),
        QJsonObject { { QStringLiteral("serviceName"), QStringLiteral("api") },
            { QStringLiteral("taskDefinition"), QStringLiteral("api") }, { QStringLiteral("desiredCount"), 1 },
            { QStringLiteral("launchType"), QStringLiteral("FARGATE") },
            { QStringLiteral("networkConfiguration"),
                QJsonObject { { QStringLiteral("awsvpcConfiguration"),
                    QJsonObject { { QStringLiteral("subnets"), QJsonArray { QStringLiteral("subnet-1") } } } } } } }));

    window.refresh();
    ASSERT_TRUE(waitFor([&] { return window.clusterModel() && window.serviceModel(); }));
    window.selectCluster(QStringLiteral("demo"));
    ASSERT_TRUE(waitFor([&] { return window.serviceModel()->rowCount() == 1; }, 20000));
    // The open cluster is the navigator's selection, also when it was chosen by name (as with
    // `ecsdesk --cluster demo`) before the cluster list had arrived.
    auto* navigator = window.findChild<QTreeWidget*>(QStringLiteral("navigator"));
    ASSERT_NE(navigator, nullptr);
    EXPECT_TRUE(waitFor(
        [&] { return navigator->currentItem() && navigator->currentItem()->text(0).startsWith(QLatin1String("demo")); },
        20000))
        << (navigator->currentItem() ? navigator->currentItem()->text(0).toStdString() : std::string("no selection"));

    // The Metrics tab loads for the selected service; the Logs tab is offered for it.
    Ui::PaneWidget* services = window.servicesPane();
    window.showPane(services);
    ASSERT_TRUE(services->selectArn(window.serviceModel()->rowAt(0).arn));
    QTabWidget* tabs = window.details()->tabs();
    EXPECT_TRUE(tabs->isTabVisible(tabs->indexOf(window.logsPane())));
    QSignalSpy metricsLoaded(window.metricsPane(), &Ui::MetricsPane::loaded);
    tabs->setCurrentWidget(window.metricsPane());
    ASSERT_TRUE(waitFor([&] { return metricsLoaded.count() >= 1; }, 20000));

    // Edit as New Revision: the editor opens on the registered revision and registers :2.
    window.showPane(window.taskDefinitionsPane());
    ASSERT_TRUE(waitFor([&] { return window.taskDefinitionModel()->rowCount() >= 1; }, 20000));
    QTreeView* view = window.taskDefinitionsPane()->view();
    ASSERT_NE(view, nullptr);
    view->expandAll();
    const QModelIndex family = view->model()->index(0, 0);
    view->setCurrentIndex(view->model()->index(0, 0, family));
    QAction* edit = window.action(QStringLiteral("editTaskDefinition"));
    ASSERT_TRUE(edit->isEnabled());
    edit->trigger();
    Ui::TaskDefinitionEditor* editor = nullptr;
    for (QWidget* top : QApplication::topLevelWidgets()) {
        if (auto* e = qobject_cast<Ui::TaskDefinitionEditor*>(top))
            editor = e;
    }
    ASSERT_NE(editor, nullptr);
    QSignalSpy registered(editor, &Ui::TaskDefinitionEditor::registered);
    QAction* registerAction = editor->findChild<QAction*>(QStringLiteral("registerAction"));
    ASSERT_NE(registerAction, nullptr);
    ASSERT_TRUE(waitFor([&] { return registerAction->isEnabled(); }, 5000));
    registerAction->trigger();
    ASSERT_TRUE(waitFor([&] { return registered.count() == 1; }, 20000));
    EXPECT_TRUE(registered.at(0).at(0).toString().endsWith(QLatin1String(":task-definition/api:2")))
        << registered.at(0).at(0).toString().toStdString();
    editor->close();
}
