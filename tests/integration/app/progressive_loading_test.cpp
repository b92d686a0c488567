// SPDX-License-Identifier: MIT
// Progressive loading of a big cluster (issue 24): the window opens a 2,000-service cluster of a
// loopback ECS stub whose DescribeTasks answers are held back. The Services pane must have every
// row, sortable and selectable, and the status bar must say how the tasks come, before a single
// task has arrived; once the answers flow, the tasks come in and the selection stays.

#include "common/testutil.h"
#include "fakeecs.h"
#include "models/itemroles.h"
#include "models/panefilterproxymodel.h"
#include "models/servicemodel.h"
#include "models/taskmodel.h"
#include "stubserver.h"
#include "ui/mainwindow.h"
#include "ui/messagebar.h"
#include "ui/panewidget.h"

#include <QFile>
#include <QJsonArray>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTreeView>

#include <gtest/gtest.h>

using namespace EcsDesk;
using namespace EcsDesk::Testing;

TEST(ProgressiveLoading, ServicesPaneIsUsableBeforeTheTasksArrive)
{
    FakeEcs::Shape shape;
    shape.services = 2000;
    // One task each: the held DescribeTasks (this window's and the Fleet Overview's) must leave
    // connections free for the rest of the load.
    shape.runningPerService = 1;
    shape.stoppedPerService = 0;
    shape.standaloneTasks = 3;
    shape.containerInstances = 20;
    shape.families = 40;
    FakeEcs fake(shape);
    bool holdTasks = true;
    int heldTasks = 0;
    StubServer server([&](const StubRequest& request) {
        if (request.operation() == QLatin1String("ListClusters")) // the fake knows its one cluster only
            return StubResponse::json({ { QStringLiteral("clusterArns"), QJsonArray { fake.clusterArn() } } });
        StubResponse response = fake.handle(request);
        if (holdTasks && request.operation() == QLatin1String("DescribeTasks")) {
            ++heldTasks;
            response.delayMs = 600000; // not before the test has looked
        }
        return response;
    });
    ASSERT_TRUE(server.listen());

    QTemporaryDir home;
    ASSERT_TRUE(home.isValid());
    QFile config(home.filePath(QStringLiteral("config")));
    ASSERT_TRUE(config.open(QIODevice::WriteOnly));
    config.write("[profile big]\nregion = us-east-1\naws_access_key_id = AKID\naws_secret_access_key = secret\n");
    config.close();
    qputenv("AWS_CONFIG_FILE", config.fileName().toLocal8Bit());
    qputenv("AWS_SHARED_CREDENTIALS_FILE", home.filePath(QStringLiteral("none")).toLocal8Bit());

    Ui::MainWindow::Options options;
    options.startLocal = false;
    options.listProfiles = false;
    options.offerEditorRecovery = false;
    Ui::MainWindow window(options);
    window.show();
    Ui::MainWindow::StartOptions start;
    start.profile = QStringLiteral("big");
    start.endpointUrl = server.url();
    start.cluster = fake.clusterName();
    start.pane = QStringLiteral("services");
    ASSERT_TRUE(window.start(start).isEmpty());

    ASSERT_TRUE(waitFor([&] { return window.serviceModel()->rowCount() == 2000; }, 60000))
        << window.serviceModel()->rowCount() << " rows; " << server.requestCount() << " requests; "
        << window.clustersPane()->messageBar()->text().toStdString() << "; open "
        << window.currentCluster().toStdString() << "; " << window.statusBar()->currentMessage().toStdString() << "; "
        << QStringList(fake.calls().keys()).join(u',').toStdString() << " DescribeServices "
        << fake.calls().value(QStringLiteral("DescribeServices")) << " ListServices "
        << fake.calls().value(QStringLiteral("ListServices"));
    // Every service is on show while every DescribeTasks answer is still held back.
    EXPECT_GT(heldTasks, 0);
    EXPECT_EQ(window.taskModel()->rowCount(), 0);
    EXPECT_TRUE(window.isLoading());
    ASSERT_TRUE(
        waitFor([&] { return window.statusBar()->currentMessage().startsWith(QLatin1String("Loading tasks")); }, 30000))
        << window.statusBar()->currentMessage().toStdString();
    EXPECT_TRUE(window.statusBar()->currentMessage().contains(QLatin1String("0 of 2,003")))
        << window.statusBar()->currentMessage().toStdString();

    // Sortable: descending by name puts svc-1999-like names first.
    Ui::PaneWidget* pane = window.servicesPane();
    pane->view()->sortByColumn(Models::ServiceModel::NameColumn, Qt::DescendingOrder);
    const QString first = pane->proxy()->index(0, Models::ServiceModel::NameColumn).data().toString();
    const QString second = pane->proxy()->index(1, Models::ServiceModel::NameColumn).data().toString();
    EXPECT_GT(first.compare(second, Qt::CaseInsensitive), 0) << first.toStdString() << " " << second.toStdString();
    const QString chosen = pane->proxy()->index(5, 0).data(Models::ArnRole).toString();
    ASSERT_TRUE(pane->selectArn(chosen));

    // The answers flow again (a refresh asks anew): the tasks arrive, the services stay selected.
    holdTasks = false;
    window.refresh();
    ASSERT_TRUE(waitFor([&] { return window.taskModel()->rowCount() == fake.taskCount(); }, 120000))
        << window.taskModel()->rowCount();
    ASSERT_TRUE(waitFor([&] { return !window.isLoading(); }, 60000));
    EXPECT_TRUE(window.statusBar()->currentMessage().isEmpty()) << window.statusBar()->currentMessage().toStdString();
    EXPECT_EQ(pane->currentArn(), chosen);
    EXPECT_EQ(window.serviceModel()->rowCount(), 2000);
    qunsetenv("AWS_CONFIG_FILE");
    qunsetenv("AWS_SHARED_CREDENTIALS_FILE");
}
