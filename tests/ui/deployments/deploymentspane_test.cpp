// SPDX-License-Identifier: MIT
// DeploymentsPane offscreen against the local endpoint (simulated time 20x): a service deployed
// once, then updated to a revision whose health check fails. The pane lists both
// deployments, follows the one in progress (its failed tasks with their stopped reasons), shows
// what it changed, and Roll Back (confirmed with the diff) stops it with ROLLBACK: the history
// ends ROLLBACK_SUCCESSFUL, the service is back on its first task definition and the pane stops
// refreshing.

#include "api/ecs/ecsclient.h"
#include "api/ecs/servicedeployments.h"
#include "common/localendpointsupport.h"
#include "common/testutil.h"
#include "integration/app/apptestsupport.h"
#include "models/itemroles.h"
#include "models/servicemodel.h"
#include "ui/actionregistry.h"
#include "ui/deployments/deploymentspane.h"
#include "ui/editor/revisiondiffview.h"
#include "ui/mainwindow.h"
#include "ui/panewidget.h"

#include <QAction>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace EcsDesk;
using namespace EcsDesk::Testing;

namespace {

QString s(const char* text) { return QString::fromUtf8(text); }

QString registerRevision(const Api::EcsClient& ecs, const char* image, bool failingHealth = false)
{
    QJsonObject container { { s("name"), s("app") }, { s("image"), s(image) }, { s("essential"), true } };
    if (failingHealth) {
        // Its tasks never become healthy: the deployment stays in progress, its tasks get replaced.
        container.insert(s("dockerLabels"), QJsonObject { { s("ecsdesk.sim.health"), s("failing") } });
        container.insert(s("healthCheck"),
            QJsonObject { { s("command"), QJsonArray { s("CMD-SHELL"), s("exit 1") } }, { s("interval"), 5 },
                { s("retries"), 2 } });
    }
    const QJsonObject answer = call(ecs.registerTaskDefinition(QJsonObject { { s("family"), s("web") },
        { s("requiresCompatibilities"), QJsonArray { s("FARGATE") } }, { s("networkMode"), s("awsvpc") },
        { s("cpu"), s("256") }, { s("memory"), s("512") }, { s("containerDefinitions"), QJsonArray { container } } }));
    return answer.value(s("taskDefinition")).toObject().value(s("taskDefinitionArn")).toString();
}

/// The newest deployment's status (empty when none), read through the client.
QString newestStatus(const Api::EcsClient& ecs)
{
    Api::ListServiceDeploymentsRequest request;
    request.cluster = s("shop");
    request.service = s("web");
    const auto page = Api::ServiceDeploymentPage::fromJson(call(Api::ServiceDeployments::list(ecs, request)));
    return page.deployments.isEmpty() ? QString() : page.deployments.first().status;
}

} // namespace

TEST(DeploymentsPane, ListsFollowsAndRollsBackADeploymentInProgress)
{
    Local::LocalEndpointOptions options;
    options.timeScale = 20;
    options.stepMs = 100;
    TestEndpoint local(options);
    ASSERT_TRUE(local.isStarted()) << local.error().toStdString();
    const Api::EcsClient ecs(local.config());
    call(ecs.createCluster(s("shop")));
    const QString good = registerRevision(ecs, "nginx:1.25");
    const QString crashing = registerRevision(ecs, "nginx:broken", true);
    // No circuit breaker: the unhealthy deployment stays in progress until it is rolled back.
    call(ecs.createService(s("shop"),
        { { s("serviceName"), s("web") }, { s("taskDefinition"), good }, { s("desiredCount"), 2 },
            { s("launchType"), s("FARGATE") },
            { s("networkConfiguration"),
                QJsonObject { { s("awsvpcConfiguration"),
                    QJsonObject { { s("subnets"), QJsonArray { s("subnet-0a1b2c3d") } } } } } } }));
    ASSERT_TRUE(waitFor([&] { return newestStatus(ecs) == s("SUCCESSFUL"); }, 60000))
        << newestStatus(ecs).toStdString();
    call(ecs.updateService(s("shop"), s("web"), { { s("taskDefinition"), crashing } }));

    Ui::DeploymentsPane pane;
    pane.resize(1100, 800);
    pane.show();
    QSignalSpy refreshed(&pane, &Ui::DeploymentsPane::refreshed);
    QSignalSpy diffShown(&pane, &Ui::DeploymentsPane::diffShown);
    pane.setContext(&ecs, s("shop"), s("web"));
    ASSERT_TRUE(waitFor([&] { return !refreshed.isEmpty(); }, 30000));
    ASSERT_EQ(pane.history().deployments.size(), 2) << pane.statusText().toStdString();
    ASSERT_NE(pane.history().inProgress(), nullptr) << pane.statusText().toStdString();
    EXPECT_TRUE(pane.isFollowingProgress());
    ASSERT_EQ(pane.timeline()->topLevelItemCount(), 2);
    EXPECT_EQ(pane.timeline()->topLevelItem(0)->text(2), s("web:2"));
    EXPECT_EQ(pane.timeline()->topLevelItem(1)->text(1), s("SUCCESSFUL"));
    EXPECT_EQ(pane.timeline()->topLevelItem(1)->text(3), s("user"));

    // The newest deployment is selected: what it changed is the container's image.
    ASSERT_TRUE(waitFor([&] { return !diffShown.isEmpty(); }, 30000)) << pane.diffCaption().toStdString();
    bool imageChanged = false;
    for (const Models::TaskDefinitionChange& change : pane.diffView()->changes())
        imageChanged |= change.path == s("taskDefinition.containerDefinitions[name=app].image")
            && change.newValue.toString() == s("nginx:broken");
    EXPECT_TRUE(imageChanged) << pane.diffCaption().toStdString();

    // The live progress: the service's deployments, and the crashing tasks with their reasons.
    ASSERT_TRUE(waitFor([&] { return pane.failedTasks()->topLevelItemCount() > 0; }, 60000));
    EXPECT_FALSE(pane.failedTasks()->topLevelItem(0)->text(2).isEmpty());
    EXPECT_GE(pane.progress()->topLevelItemCount(), 1);

    // Roll Back: the confirmation shows the way back (image broken -> 1.25), then ROLLBACK.
    Models::DeploymentDiff confirmed;
    QString question;
    pane.setConfirm([&](const QString&, const QString& text, const Models::DeploymentDiff& diff) {
        question = text;
        confirmed = diff;
        return true;
    });
    QSignalSpy sent(&pane, &Ui::DeploymentsPane::rollBackSent);
    pane.rollBack();
    ASSERT_TRUE(waitFor([&] { return !sent.isEmpty(); }, 30000));
    ASSERT_TRUE(sent.first().first().toBool()) << pane.statusText().toStdString();
    EXPECT_TRUE(question.contains(s("web:1"))) << question.toStdString();
    bool backToGood = false;
    for (const Models::TaskDefinitionChange& change : confirmed.taskDefinition)
        backToGood |= change.path == s("containerDefinitions[name=app].image")
            && change.oldValue.toString() == s("nginx:broken") && change.newValue.toString() == s("nginx:1.25");
    EXPECT_TRUE(backToGood) << confirmed.unifiedText().toStdString();

    // The pane follows the rollback until it settles, then stops refreshing.
    ASSERT_TRUE(waitFor(
        [&] {
            return !pane.history().deployments.isEmpty()
                && pane.history().deployments.first().status == s("ROLLBACK_SUCCESSFUL");
        },
        90000))
        << pane.statusText().toStdString();
    EXPECT_FALSE(pane.isFollowingProgress());
    EXPECT_EQ(pane.timeline()->topLevelItem(0)->text(1), s("ROLLBACK_SUCCESSFUL"));
    const QJsonObject service
        = call(ecs.describeServices(s("shop"), { s("web") })).value(s("services")).toArray().first().toObject();
    EXPECT_EQ(service.value(s("taskDefinition")).toString(), good);
}

TEST(DeploymentsPane, ErrorsShowInTheStatusLine)
{
    TestEndpoint local;
    ASSERT_TRUE(local.isStarted()) << local.error().toStdString();
    const Api::EcsClient ecs(local.config());
    Ui::DeploymentsPane pane;
    QSignalSpy refreshed(&pane, &Ui::DeploymentsPane::refreshed);
    pane.setContext(&ecs, s("nowhere"), s("web"));
    ASSERT_TRUE(waitFor([&] { return !refreshed.isEmpty(); }, 30000));
    EXPECT_TRUE(pane.statusText().contains(s("Cluster"))) << pane.statusText().toStdString();
    EXPECT_EQ(pane.timeline()->topLevelItemCount(), 0);
    QSignalSpy sent(&pane, &Ui::DeploymentsPane::rollBackSent);
    pane.rollBack(); // nothing loaded: it loads, fails again and says so
    ASSERT_TRUE(waitFor([&] { return !sent.isEmpty(); }, 30000));
    EXPECT_FALSE(sent.first().first().toBool());
}

TEST(DeploymentsPane, TheWindowsRollBackOpensTheTabAndReadOnlyDisablesIt)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    Ui::MainWindow window(Testing::testWindowOptions(dir.path()));
    window.show();
    ASSERT_TRUE(window.localEndpoint() && window.localEndpoint()->isRunning());
    Api::AwsTransport transport;
    const Api::EcsClient ecs(Testing::endpointConfig(*window.localEndpoint(), &transport));
    call(ecs.createCluster(s("shop")));
    const QString good = registerRevision(ecs, "nginx:1.25");
    call(ecs.createService(s("shop"),
        { { s("serviceName"), s("web") }, { s("taskDefinition"), good }, { s("desiredCount"), 1 },
            { s("launchType"), s("FARGATE") },
            { s("networkConfiguration"),
                QJsonObject { { s("awsvpcConfiguration"),
                    QJsonObject { { s("subnets"), QJsonArray { s("subnet-0a1b2c3d") } } } } } } }));
    ASSERT_TRUE(waitFor([&] { return newestStatus(ecs) == s("SUCCESSFUL"); }, 90000))
        << newestStatus(ecs).toStdString();
    window.refresh();
    window.selectCluster(s("shop"));
    ASSERT_TRUE(waitFor([&] { return window.serviceModel()->rowCount() == 1 && !window.isLoading(); }, 30000));
    window.showPane(window.servicesPane());
    ASSERT_TRUE(window.servicesPane()->selectArn(window.serviceModel()->index(0, 0).data(Models::ArnRole).toString()));

    QAction* rollBack = window.action(s("rollBackService"));
    ASSERT_NE(rollBack, nullptr);
    EXPECT_TRUE(window.actions()->isMutating(s("rollBackService")));
    EXPECT_TRUE(rollBack->isEnabled());
    auto* pane = window.findChild<Ui::DeploymentsPane*>(s("deploymentsPane"));
    ASSERT_NE(pane, nullptr);
    auto* button = pane->findChild<QToolButton*>(s("rollBackButton"));
    ASSERT_NE(button, nullptr);
    EXPECT_EQ(button->defaultAction(), rollBack);
    EXPECT_TRUE(button->isEnabled());

    // The action shows the service's Deployments tab, loads its history and says why there is
    // nothing to roll back to (one deployment only).
    bool asked = false;
    pane->setConfirm([&](const QString&, const QString&, const Models::DeploymentDiff&) { return !(asked = true); });
    QSignalSpy sent(pane, &Ui::DeploymentsPane::rollBackSent);
    rollBack->trigger();
    auto* tabs = window.findChild<QTabWidget*>(s("detailsTabs"));
    ASSERT_NE(tabs, nullptr);
    EXPECT_EQ(tabs->currentWidget(), pane);
    ASSERT_TRUE(waitFor([&] { return !sent.isEmpty(); }, 30000));
    EXPECT_FALSE(sent.first().first().toBool());
    EXPECT_FALSE(asked);
    EXPECT_EQ(pane->history().service, s("web"));
    EXPECT_TRUE(pane->statusText().contains(s("no earlier successful deployment"))) << pane->statusText().toStdString();

    // A deployment started elsewhere shows after the window's next refresh.
    call(ecs.updateService(s("shop"), s("web"), { { s("forceNewDeployment"), true } }));
    window.refresh();
    EXPECT_TRUE(waitFor([&] { return pane->history().deployments.size() == 2; }, 30000))
        << pane->statusText().toStdString();

    // Read-only: the action and the tab's button are disabled.
    Ui::MainWindow::StartOptions start;
    start.readOnly = true;
    window.start(start);
    EXPECT_FALSE(rollBack->isEnabled());
    EXPECT_FALSE(button->isEnabled());
    EXPECT_FALSE(window.actions()->run(s("rollBackService")));
}
