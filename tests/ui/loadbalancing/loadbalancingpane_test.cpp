// SPDX-License-Identifier: MIT
// The Load Balancing tab (issue 23) offscreen against the local endpoint: a Fargate service behind
// a target group of an application load balancer gets healthy targets, which the pane lists with
// their tasks, addresses and ports beside the group's health check settings and deregistration
// delay; scale-in shows a draining target. A service without a load balancer says so, an error
// shows in the message bar. In the window: the tab beside Deployments follows the selected service
// and the window's refreshes, and the Tasks view's Target health column shows the task's state.
// New Service's Attach Target Group… lists the target groups and the task definition's container
// ports and puts the choice in the service's loadBalancers.

#include "api/ecs/ecsclient.h"
#include "api/elbv2/elbv2client.h"
#include "common/localendpointsupport.h"
#include "common/testutil.h"
#include "integration/app/apptestsupport.h"
#include "models/itemroles.h"
#include "models/servicemodel.h"
#include "models/taskmodel.h"
#include "models/taskrow.h"
#include "ui/loadbalancing/loadbalancingpane.h"
#include "ui/loadbalancing/targetgrouppicker.h"
#include "ui/mainwindow.h"
#include "ui/messagebar.h"
#include "ui/panewidget.h"
#include "ui/serviceeditor/serviceeditordialog.h"
#include "ui/serviceeditor/servicelisteditor.h"

#include <QAction>
#include <QComboBox>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace EcsDesk;
using namespace EcsDesk::Testing;

namespace {

QString s(const char* text) { return QString::fromUtf8(text); }

const QJsonObject network { { QStringLiteral("awsvpcConfiguration"),
    QJsonObject { { QStringLiteral("subnets"), QJsonArray { QStringLiteral("subnet-0a1b2c3d4e5f60718") } } } } };

/// `failing`: its tasks answer the load balancer's health checks with errors (ecsdesk.sim.health).
QString registerWeb(const Api::EcsClient& ecs, bool failing = false)
{
    QJsonObject container { { s("name"), s("app") }, { s("image"), s("nginx:1.25") }, { s("essential"), true },
        { s("portMappings"),
            QJsonArray { QJsonObject { { s("containerPort"), 8080 }, { s("protocol"), s("tcp") } } } } };
    if (failing)
        container.insert(s("dockerLabels"), QJsonObject { { s("ecsdesk.sim.health"), s("failing") } });
    const QJsonObject answer = call(ecs.registerTaskDefinition(QJsonObject { { s("family"), s("web") },
        { s("requiresCompatibilities"), QJsonArray { s("FARGATE") } }, { s("networkMode"), s("awsvpc") },
        { s("cpu"), s("256") }, { s("memory"), s("512") }, { s("containerDefinitions"), QJsonArray { container } } }));
    return answer.value(s("taskDefinition")).toObject().value(s("taskDefinitionArn")).toString();
}

template <typename T> T parsed(Api::AwsReply* reply, Api::Outcome<T> (*parse)(const QByteArray&))
{
    EXPECT_TRUE(waitFor([reply] { return reply->isFinished(); }, 30000));
    reply->deleteLater();
    EXPECT_TRUE(reply->isOk()) << (reply->error() ? reply->error()->toString().toStdString() : std::string());
    return parse(reply->body()).value;
}

/// A load balancer with a listener forwarding to a new ip target group (quick health checks,
/// deregistration delay 60 s: 6 s of wall time at 10x, long enough to see the draining); the target group's ARN.
QString targetGroupBehindListener(const Api::ElbV2Client& elb)
{
    const auto balancers
        = parsed(elb.createLoadBalancer(s("shop"), { s("subnet-0a1b2c3d4e5f60718"), s("subnet-0b1b2c3d4e5f60719") }),
            &Api::ElbV2::parseLoadBalancers)
              .loadBalancers;
    EXPECT_EQ(balancers.size(), 1);
    Api::TargetGroupSpec spec;
    spec.name = s("shop-web");
    spec.vpcId = s("vpc-1");
    spec.healthCheckPath = s("/health");
    spec.healthCheckIntervalSeconds = 5;
    spec.healthCheckTimeoutSeconds = 2;
    spec.healthyThresholdCount = 2;
    const auto groups = parsed(elb.createTargetGroup(spec), &Api::ElbV2::parseTargetGroups).targetGroups;
    EXPECT_EQ(groups.size(), 1);
    if (balancers.isEmpty() || groups.isEmpty())
        return {};
    call(elb.createListener(balancers.first().arn, s("HTTP"), 80, groups.first().arn));
    call(elb.modifyTargetGroupAttributes(
        groups.first().arn, { { s("deregistration_delay.timeout_seconds"), s("60") } }));
    return groups.first().arn;
}

/// The cluster's tasks as the window's Tasks view holds them (`stoppedToo`: the stopped ones too).
QList<Models::TaskRow> taskRows(const Api::EcsClient& ecs, const QString& cluster, bool stoppedToo = false)
{
    QStringList arns;
    for (const QJsonValue& arn : call(ecs.listTasks(cluster, {})).value(s("taskArns")).toArray())
        arns.append(arn.toString());
    Api::ListTasksFilter stopped;
    stopped.desiredStatus = s("STOPPED");
    if (stoppedToo) {
        for (const QJsonValue& arn : call(ecs.listTasks(cluster, stopped)).value(s("taskArns")).toArray())
            arns.append(arn.toString());
    }
    QList<Models::TaskRow> rows;
    if (arns.isEmpty())
        return rows;
    static Models::StringPool pool;
    for (const QJsonValue& task : call(ecs.describeTasks(cluster, arns)).value(s("tasks")).toArray())
        rows.append(Models::TaskRow::fromTask(Api::Task::fromJson(task.toObject()), pool));
    return rows;
}

QStringList column(const QTreeWidget* tree, int column)
{
    QStringList values;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        values.append(tree->topLevelItem(i)->text(column));
    values.sort();
    return values;
}

/// Reloads the pane until `done` holds (the window's refreshes would do the same); `before` runs
/// before each reload.
bool reloadUntil(Ui::LoadBalancingPane& pane, const std::function<bool()>& done, int timeoutMs,
    const std::function<void()>& before = {})
{
    QSignalSpy refreshed(&pane, &Ui::LoadBalancingPane::refreshed);
    if (before)
        before();
    pane.reload();
    return waitFor(
        [&] {
            if (done())
                return true;
            if (!refreshed.isEmpty()) {
                refreshed.clear();
                if (before)
                    before();
                pane.reload();
            }
            return false;
        },
        timeoutMs);
}

} // namespace

TEST(LoadBalancingPane, ShowsTheTargetGroupAndItsHealthyThenDrainingTargets)
{
    Local::LocalEndpointOptions options;
    options.timeScale = 10;
    options.stepMs = 100;
    TestEndpoint local(options);
    ASSERT_TRUE(local.isStarted()) << local.error().toStdString();
    const Api::EcsClient ecs(local.config());
    const Api::ElbV2Client elb(local.config());
    const QString targetGroup = targetGroupBehindListener(elb);
    ASSERT_FALSE(targetGroup.isEmpty());
    call(ecs.createCluster(s("shop")));
    call(ecs.createService(s("shop"),
        { { s("serviceName"), s("web") }, { s("taskDefinition"), registerWeb(ecs) }, { s("desiredCount"), 2 },
            { s("launchType"), s("FARGATE") }, { s("networkConfiguration"), network },
            { s("healthCheckGracePeriodSeconds"), 10 },
            { s("loadBalancers"),
                QJsonArray { QJsonObject { { s("targetGroupArn"), targetGroup }, { s("containerName"), s("app") },
                    { s("containerPort"), 8080 } } } } }));

    Ui::LoadBalancingPane pane;
    pane.resize(1100, 700);
    pane.show();
    // The window's Tasks view: read between the pane's loads (not inside them, where a blocking call
    // would nest event loops).
    QList<Models::TaskRow> rows;
    const auto readTasks = [&] { rows = taskRows(ecs, s("shop")); };
    pane.setTaskIndexSource([&] { return Models::TargetTaskIndex(rows); });
    QSignalSpy refreshed(&pane, &Ui::LoadBalancingPane::refreshed);
    pane.setContext(&elb, &ecs, s("shop"), s("web"));
    ASSERT_TRUE(waitFor([&] { return !refreshed.isEmpty(); }, 30000));
    EXPECT_TRUE(pane.messageBar()->isHidden()) << pane.messageBar()->text().toStdString();

    // The target group with its settings.
    ASSERT_EQ(pane.targetGroups()->topLevelItemCount(), 1);
    const QTreeWidgetItem* group = pane.targetGroups()->topLevelItem(0);
    EXPECT_EQ(group->text(0), s("shop-web"));
    EXPECT_EQ(group->text(1), s("ip"));
    EXPECT_EQ(group->text(2), s("HTTP 80"));
    EXPECT_EQ(group->text(3), s("app:8080"));
    EXPECT_TRUE(group->text(4).contains(s("/health"))) << group->text(4).toStdString();
    EXPECT_TRUE(group->text(4).contains(s("every 5 s"))) << group->text(4).toStdString();
    EXPECT_TRUE(group->text(4).contains(s("healthy after 2"))) << group->text(4).toStdString();
    EXPECT_EQ(group->text(5), s("60 s"));

    // Both tasks become healthy targets: each row names its task, address and port.
    ASSERT_TRUE(reloadUntil(
        pane,
        [&] {
            return column(pane.targets(), Ui::LoadBalancingPane::HealthColumn)
                == QStringList({ s("healthy"), s("healthy") });
        },
        90000, readTasks))
        << column(pane.targets(), Ui::LoadBalancingPane::HealthColumn).join(s(",")).toStdString() << " "
        << pane.summaryText().toStdString();
    QStringList taskIds;
    QStringList addresses;
    for (const Models::TaskRow& row : taskRows(ecs, s("shop"))) {
        taskIds.append(row.arn.section(QLatin1Char('/'), -1));
        addresses.append(row.address(Models::TaskRow::AddressField::PrivateIp));
    }
    taskIds.sort();
    addresses.sort();
    EXPECT_EQ(column(pane.targets(), Ui::LoadBalancingPane::TaskColumn), taskIds);
    EXPECT_EQ(column(pane.targets(), Ui::LoadBalancingPane::AddressColumn), addresses);
    EXPECT_EQ(column(pane.targets(), Ui::LoadBalancingPane::PortColumn), QStringList({ s("8080"), s("8080") }));
    EXPECT_TRUE(pane.summaryText().contains(s("2 healthy"))) << pane.summaryText().toStdString();
    // The health state is coloured: healthy differs from the ordinary text.
    EXPECT_NE(pane.targets()->topLevelItem(0)->foreground(Ui::LoadBalancingPane::HealthColumn).color(),
        pane.palette().color(QPalette::Text));

    // Scale-in: the stopped task's target drains (60 s of simulated time) and is shown so.
    call(ecs.updateService(s("shop"), s("web"), { { s("desiredCount"), 1 } }));
    EXPECT_TRUE(reloadUntil(
        pane,
        [&] {
            return column(pane.targets(), Ui::LoadBalancingPane::HealthColumn)
                == QStringList({ s("draining"), s("healthy") });
        },
        60000))
        << column(pane.targets(), Ui::LoadBalancingPane::HealthColumn).join(s(",")).toStdString();
}

TEST(LoadBalancingPane, ShowsUnhealthyTargetsWithTheirReason)
{
    Local::LocalEndpointOptions options;
    options.timeScale = 10;
    options.stepMs = 100;
    TestEndpoint local(options);
    ASSERT_TRUE(local.isStarted()) << local.error().toStdString();
    const Api::EcsClient ecs(local.config());
    const Api::ElbV2Client elb(local.config());
    const QString targetGroup = targetGroupBehindListener(elb);
    ASSERT_FALSE(targetGroup.isEmpty());
    call(ecs.createCluster(s("shop")));
    call(ecs.createService(s("shop"),
        { { s("serviceName"), s("web") }, { s("taskDefinition"), registerWeb(ecs, true) }, { s("desiredCount"), 1 },
            { s("launchType"), s("FARGATE") }, { s("networkConfiguration"), network },
            { s("loadBalancers"),
                QJsonArray { QJsonObject { { s("targetGroupArn"), targetGroup }, { s("containerName"), s("app") },
                    { s("containerPort"), 8080 } } } } }));

    Ui::LoadBalancingPane pane;
    pane.show();
    QSignalSpy refreshed(&pane, &Ui::LoadBalancingPane::refreshed);
    pane.setContext(&elb, &ecs, s("shop"), s("web"));
    ASSERT_TRUE(waitFor([&] { return !refreshed.isEmpty(); }, 30000));
    const auto unhealthyRow = [&]() -> QTreeWidgetItem* {
        for (int i = 0; i < pane.targets()->topLevelItemCount(); ++i) {
            if (pane.targets()->topLevelItem(i)->text(Ui::LoadBalancingPane::HealthColumn) == s("unhealthy"))
                return pane.targets()->topLevelItem(i);
        }
        return nullptr;
    };
    ASSERT_TRUE(reloadUntil(
        pane, [&] { return unhealthyRow() != nullptr; }, 60000))
        << column(pane.targets(), Ui::LoadBalancingPane::HealthColumn).join(s(",")).toStdString();
    const QTreeWidgetItem* row = unhealthyRow();
    EXPECT_TRUE(row->text(Ui::LoadBalancingPane::ReasonColumn).startsWith(s("Target.ResponseCodeMismatch: ")))
        << row->text(Ui::LoadBalancingPane::ReasonColumn).toStdString();
    EXPECT_NE(row->foreground(Ui::LoadBalancingPane::HealthColumn).color(),
        pane.targets()->topLevelItem(0)->foreground(Ui::LoadBalancingPane::TaskColumn).color());
    EXPECT_TRUE(pane.summaryText().contains(s("unhealthy"))) << pane.summaryText().toStdString();

    // The Tasks view's text for it (its task may be stopped for failing the checks by now).
    Models::TargetTaskIndex index(taskRows(ecs, s("shop"), true));
    const QHash<QString, QString> health = index.healthByTask(pane.shown());
    bool found = false;
    for (const QString& text : health)
        found |= text == s("unhealthy (Target.ResponseCodeMismatch)");
    EXPECT_TRUE(found) << QStringList(health.values()).join(s(",")).toStdString();
}

TEST(LoadBalancingPane, SaysWhenTheServiceHasNoLoadBalancerAndShowsErrors)
{
    TestEndpoint local;
    ASSERT_TRUE(local.isStarted()) << local.error().toStdString();
    const Api::EcsClient ecs(local.config());
    const Api::ElbV2Client elb(local.config());
    call(ecs.createCluster(s("shop")));
    call(ecs.createService(s("shop"),
        { { s("serviceName"), s("plain") }, { s("taskDefinition"), registerWeb(ecs) }, { s("desiredCount"), 0 },
            { s("launchType"), s("FARGATE") }, { s("networkConfiguration"), network } }));

    Ui::LoadBalancingPane pane;
    pane.show();
    QSignalSpy refreshed(&pane, &Ui::LoadBalancingPane::refreshed);
    pane.setContext(&elb, &ecs, s("shop"), s("plain"));
    ASSERT_TRUE(waitFor([&] { return !refreshed.isEmpty(); }, 30000));
    EXPECT_EQ(pane.summaryText(), s("This service has no load balancer."));
    EXPECT_EQ(pane.targetGroups()->topLevelItemCount(), 0);
    EXPECT_TRUE(pane.messageBar()->isHidden());

    // A cluster that is not there: the message bar says why.
    refreshed.clear();
    pane.setContext(&elb, &ecs, s("nowhere"), s("plain"));
    ASSERT_TRUE(waitFor([&] { return !refreshed.isEmpty(); }, 30000));
    EXPECT_FALSE(pane.messageBar()->isHidden());
    EXPECT_EQ(pane.messageBar()->kind(), Ui::MessageBar::Kind::Error);
    EXPECT_FALSE(pane.messageBar()->text().isEmpty());

    // A target group that is gone beside one that is there: the one there shows with its settings,
    // the gone one says so on its row, and nothing fails as a whole.
    const QString kept = targetGroupBehindListener(elb);
    ASSERT_FALSE(kept.isEmpty());
    Api::Service gone;
    gone.name = s("plain");
    gone.clusterArn = s("arn:aws:ecs:us-east-1:000000000000:cluster/shop");
    gone.loadBalancers = { { s("arn:aws:elasticloadbalancing:us-east-1:000000000000:targetgroup/gone/0123456789abcdef"),
                               {}, s("app"), 8080 },
        { kept, {}, s("app"), 8080 } };
    refreshed.clear();
    pane.setContext(&elb, &ecs, s("shop"), s("plain"));
    ASSERT_TRUE(waitFor([&] { return !refreshed.isEmpty(); }, 30000));
    refreshed.clear();
    pane.noteService(gone);
    ASSERT_TRUE(waitFor([&] { return !refreshed.isEmpty(); }, 30000));
    EXPECT_TRUE(pane.messageBar()->isHidden()) << pane.messageBar()->text().toStdString();
    ASSERT_EQ(pane.targetGroups()->topLevelItemCount(), 2);
    QStringList rows;
    for (int i = 0; i < pane.targetGroups()->topLevelItemCount(); ++i) {
        QStringList cells;
        for (int c = 0; c < pane.targetGroups()->columnCount(); ++c)
            cells.append(pane.targetGroups()->topLevelItem(i)->text(c));
        rows.append(cells.join(s("|")));
    }
    rows.sort();
    EXPECT_TRUE(rows.at(0).startsWith(s("0123456789abcdef|")) && rows.at(0).contains(s("(target group not found)")))
        << rows.join(s("\n")).toStdString();
    EXPECT_TRUE(rows.at(1).startsWith(s("shop-web|ip|HTTP 80|"))) << rows.join(s("\n")).toStdString();
}

TEST(LoadBalancingPane, TheWindowsTabAndTheTasksViewShowTheTargetHealth)
{
    qputenv("ECSDESK_SIM_STEP_MS", "100");
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    Ui::MainWindow window(Testing::testWindowOptions(dir.path()));
    window.resize(1400, 900);
    window.show();
    ASSERT_TRUE(window.localEndpoint() && window.localEndpoint()->isRunning());
    Api::AwsTransport transport;
    const Api::EcsClient ecs(Testing::endpointConfig(*window.localEndpoint(), &transport));
    const Api::ElbV2Client elb(Testing::endpointConfig(*window.localEndpoint(), &transport));
    const QString targetGroup = targetGroupBehindListener(elb);
    ASSERT_FALSE(targetGroup.isEmpty());
    call(ecs.createCluster(s("shop")));
    const QString definition = registerWeb(ecs);
    call(ecs.createService(s("shop"),
        { { s("serviceName"), s("web") }, { s("taskDefinition"), definition }, { s("desiredCount"), 1 },
            { s("launchType"), s("FARGATE") }, { s("networkConfiguration"), network },
            { s("loadBalancers"),
                QJsonArray { QJsonObject { { s("targetGroupArn"), targetGroup }, { s("containerName"), s("app") },
                    { s("containerPort"), 8080 } } } } }));
    call(ecs.createService(s("shop"),
        { { s("serviceName"), s("plain") }, { s("taskDefinition"), definition }, { s("desiredCount"), 0 },
            { s("launchType"), s("FARGATE") }, { s("networkConfiguration"), network } }));

    window.refresh();
    window.selectCluster(s("shop"));
    ASSERT_TRUE(waitFor([&] { return window.serviceModel()->rowCount() == 2 && !window.isLoading(); }, 30000));
    const auto rowOf = [&](const QString& name) {
        for (int row = 0; row < window.serviceModel()->rowCount(); ++row) {
            if (window.serviceModel()->rowAt(row).name == name)
                return window.serviceModel()->index(row, 0).data(Models::ArnRole).toString();
        }
        return QString();
    };
    window.showPane(window.servicesPane());
    ASSERT_TRUE(window.servicesPane()->selectArn(rowOf(s("web"))));
    auto* tabs = window.findChild<QTabWidget*>(s("detailsTabs"));
    ASSERT_NE(tabs, nullptr);
    auto* pane = window.findChild<Ui::LoadBalancingPane*>(s("loadBalancingPane"));
    ASSERT_NE(pane, nullptr);
    EXPECT_TRUE(tabs->isTabVisible(tabs->indexOf(pane)));
    tabs->setCurrentWidget(pane);

    // The window's refreshes bring the target from initial to healthy; it names the service's task.
    const auto refreshUntil = [&](const std::function<bool()>& done) {
        QElapsedTimer sinceRefresh;
        sinceRefresh.start();
        return waitFor(
            [&] {
                if (done())
                    return true;
                if (sinceRefresh.elapsed() > 2000 && !window.isLoading()) {
                    window.refresh();
                    sinceRefresh.restart();
                }
                return false;
            },
            120000);
    };
    ASSERT_TRUE(refreshUntil([&] {
        return column(pane->targets(), Ui::LoadBalancingPane::HealthColumn) == QStringList { s("healthy") };
    })) << pane->summaryText().toStdString()
        << " " << column(pane->targets(), Ui::LoadBalancingPane::HealthColumn).join(s(",")).toStdString();
    EXPECT_EQ(pane->targetGroups()->topLevelItem(0)->text(0), s("shop-web"));

    // The Tasks view: the service's running task is a healthy target.
    Models::TaskModel* tasks = window.taskModel();
    const auto runningTaskHealth = [&] {
        for (int row = 0; row < tasks->rowCount(); ++row) {
            if (!tasks->rowAt(row).isStopped())
                return tasks->index(row, Models::TaskModel::TargetHealthColumn).data().toString();
        }
        return QString();
    };
    ASSERT_TRUE(refreshUntil([&] { return runningTaskHealth() == s("healthy"); })) << runningTaskHealth().toStdString();
    EXPECT_EQ(tasks->headerData(Models::TaskModel::TargetHealthColumn, Qt::Horizontal).toString(), s("Target health"));
    QString running;
    for (int row = 0; row < tasks->rowCount(); ++row) {
        if (!tasks->rowAt(row).isStopped())
            running = tasks->rowAt(row).arn;
    }
    EXPECT_EQ(pane->targets()->topLevelItem(0)->text(Ui::LoadBalancingPane::TaskColumn),
        Models::TaskModel::lastSegment(running));

    // Edit Service…: Attach Target Group… opens the picker on the window's connection, with the
    // service's task definition's container ports.
    QAction* edit = window.action(s("editService"));
    ASSERT_NE(edit, nullptr);
    edit->trigger();
    Ui::ServiceEditorDialog* editor = nullptr;
    ASSERT_TRUE(waitFor(
        [&] {
            editor = window.findChild<Ui::ServiceEditorDialog*>();
            return editor && editor->isVisible();
        },
        20000));
    ASSERT_FALSE(editor->attachTargetGroupButton()->isHidden());
    editor->attachTargetGroupButton()->click();
    auto* picker = editor->findChild<Ui::TargetGroupPicker*>();
    ASSERT_NE(picker, nullptr);
    ASSERT_TRUE(waitFor(
        [&] { return picker->containerPorts()->count() > 0 && picker->targetGroups()->topLevelItemCount() > 0; },
        30000))
        << picker->messageBar()->text().toStdString();
    EXPECT_EQ(picker->targetGroups()->topLevelItem(0)->text(0), s("shop-web"));
    EXPECT_EQ(picker->containerPorts()->currentText(), s("app:8080"));
    picker->reject();
    editor->reject();

    // A service without a load balancer: the tab says so.
    QSignalSpy refreshed(pane, &Ui::LoadBalancingPane::refreshed);
    window.showPane(window.servicesPane());
    ASSERT_TRUE(window.servicesPane()->selectArn(rowOf(s("plain"))));
    tabs->setCurrentWidget(pane);
    ASSERT_TRUE(waitFor([&] { return !refreshed.isEmpty(); }, 30000));
    EXPECT_EQ(pane->summaryText(), s("This service has no load balancer."));
    EXPECT_EQ(pane->targets()->topLevelItemCount(), 0);
}

TEST(TargetGroupPicker, NewServiceAttachesATargetGroupWithAContainerPortOfItsTaskDefinition)
{
    TestEndpoint local;
    ASSERT_TRUE(local.isStarted()) << local.error().toStdString();
    const Api::EcsClient ecs(local.config());
    const Api::ElbV2Client elb(local.config());
    const QString targetGroup = targetGroupBehindListener(elb);
    ASSERT_FALSE(targetGroup.isEmpty());
    call(ecs.createCluster(s("prod")));
    const QJsonObject container { { s("name"), s("app") }, { s("image"), s("nginx:1.25") }, { s("memory"), 256 },
        { s("portMappings"),
            QJsonArray {
                QJsonObject { { s("containerPort"), 8080 }, { s("hostPort"), 0 }, { s("protocol"), s("tcp") } } } } };
    call(ecs.registerTaskDefinition(
        QJsonObject { { s("family"), s("web") }, { s("containerDefinitions"), QJsonArray { container } } }));

    Ui::ServiceEditorDialog dialog(Models::ServiceForm::forCreate(s("prod")),
        [&ecs](const QString& operation, const QJsonObject& input) { return ecs.call(operation, input); },
        { s("web:1") });
    EXPECT_TRUE(dialog.attachTargetGroupButton()->isHidden()); // no picker: no button
    QPointer<Ui::TargetGroupPicker> picker;
    dialog.setTargetGroupPicker([&](const QString& taskDefinition, std::function<void(const QJsonObject&)> add) {
        picker = new Ui::TargetGroupPicker(local.config(), &ecs, taskDefinition, &dialog);
        QObject::connect(picker, &QDialog::accepted, &dialog, [chosen = picker.data(), add] {
            const Api::LoadBalancer binding = chosen->binding();
            add({ { s("targetGroupArn"), binding.targetGroupArn }, { s("containerName"), binding.containerName },
                { s("containerPort"), binding.containerPort } });
        });
        picker->open();
    });
    dialog.show();
    QTest::keyClicks(qobject_cast<QLineEdit*>(dialog.fieldWidget(s("serviceName"))), s("api"));
    qobject_cast<QComboBox*>(dialog.fieldWidget(s("taskDefinition")))->setCurrentText(s("web:1"));
    EXPECT_FALSE(dialog.attachTargetGroupButton()->isHidden());

    dialog.attachTargetGroupButton()->click();
    ASSERT_FALSE(picker.isNull());
    QSignalSpy loaded(picker.data(), &Ui::TargetGroupPicker::loaded);
    ASSERT_TRUE(waitFor([&] { return !loaded.isEmpty(); }, 30000));
    EXPECT_TRUE(picker->messageBar()->isHidden()) << picker->messageBar()->text().toStdString();
    ASSERT_EQ(picker->targetGroups()->topLevelItemCount(), 1);
    EXPECT_EQ(picker->targetGroups()->topLevelItem(0)->text(0), s("shop-web"));
    EXPECT_EQ(picker->targetGroups()->topLevelItem(0)->text(1), s("ip"));
    EXPECT_EQ(picker->targetGroups()->topLevelItem(0)->text(3), s("shop"));
    ASSERT_EQ(picker->containerPorts()->count(), 1);
    EXPECT_EQ(picker->containerPorts()->currentText(), s("app:8080"));
    EXPECT_TRUE(picker->selectTargetGroup(s("shop-web")));
    picker->accept();

    auto* table = qobject_cast<Ui::ServiceListEditor*>(dialog.fieldWidget(s("loadBalancers")));
    ASSERT_NE(table, nullptr);
    ASSERT_EQ(table->array().size(), 1);
    EXPECT_EQ(table->array().first().toObject().value(s("targetGroupArn")).toString(), targetGroup);
    EXPECT_TRUE(dialog.preview()->toPlainText().contains(targetGroup)) << dialog.preview()->toPlainText().toStdString();

    ASSERT_TRUE(dialog.applyButton()->isEnabled());
    QSignalSpy applied(&dialog, &Ui::ServiceEditorDialog::applied);
    dialog.applyButton()->click();
    ASSERT_TRUE(waitFor([&] { return !applied.isEmpty(); }, 30000)) << dialog.messageBar()->text().toStdString();
    const QJsonArray services = call(ecs.describeServices(s("prod"), { s("api") })).value(s("services")).toArray();
    ASSERT_EQ(services.size(), 1);
    const QJsonArray balancers = services.first().toObject().value(s("loadBalancers")).toArray();
    ASSERT_EQ(balancers.size(), 1);
    EXPECT_EQ(balancers.first().toObject().value(s("targetGroupArn")).toString(), targetGroup);
    EXPECT_EQ(balancers.first().toObject().value(s("containerName")).toString(), s("app"));
    EXPECT_EQ(balancers.first().toObject().value(s("containerPort")).toInt(), 8080);
}
