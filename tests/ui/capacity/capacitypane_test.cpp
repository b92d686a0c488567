// SPDX-License-Identifier: MIT
// The Capacity tab offscreen against the local endpoint: an Auto Scaling group provider with the
// group's numbers, managed scaling and termination protection; the default strategy edited in the
// strategy editor (ECS's rules per row before anything is sent) and applied with
// PutClusterCapacityProviders, then read back with DescribeClusters. Cluster Settings: Container
// Insights and tags edited and read back. New Cluster with providers, strategy, Container Insights
// and tags. Run Task, and Edit Service, on a capacity provider strategy.

#include "api/autoscaling/autoscalinggroupsclient.h"
#include "api/cloudwatch/cloudwatchclient.h"
#include "api/ecs/ecsclient.h"
#include "common/capacitysupport.h"
#include "common/localendpointsupport.h"
#include "common/testutil.h"
#include "models/metrics/metricseriesmodel.h"
#include "models/serviceform.h"
#include "ui/actiondialogs.h"
#include "ui/capacity/capacitypane.h"
#include "ui/capacity/clustersettingsdialog.h"
#include "ui/capacity/strategyeditor.h"
#include "ui/serviceeditor/serviceeditordialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace EcsDesk;
using namespace EcsDesk::Testing;
using Ui::CapacityPane;

namespace {
QString s(const char* text) { return QString::fromUtf8(text); }

bool refreshed(QSignalSpy& spy)
{
    return waitFor([&] { return !spy.isEmpty(); }, 30000);
}

Api::Cluster describeCluster(const Api::EcsClient& ecs, const QString& name)
{
    const QJsonObject answer = call(ecs.describeClusters({ name }));
    return Api::Cluster::fromJson(answer.value(s("clusters")).toArray().first().toObject());
}
} // namespace

TEST(CapacityPane, ShowsTheGroupProviderAndAppliesTheDefaultStrategy)
{
    Local::LocalEndpointOptions options;
    options.timeScale = 60;
    TestEndpoint local(options);
    ASSERT_TRUE(local.isStarted()) << local.error().toStdString();
    const Api::EcsClient ecs(local.config());
    const Api::AutoScalingGroupsClient groups(local.config());
    const Api::CloudWatchClient cloudWatch(local.config());
    call(ecs.createCluster(s("cap")));
    createGroupProvider(local.config(), s("cap"), s("asg"), s("cp"), 1, 1, 4);
    // A second group provider, so the strategy has two rows to choose from.
    createGroupProvider(local.config(), s("cap"), s("asg2"), s("cp2"), 0, 0, 2, false);
    Api::PutClusterCapacityProvidersRequest both;
    both.cluster = s("cap");
    both.capacityProviders = { s("cp"), s("cp2") };
    both.defaultCapacityProviderStrategy = { { s("cp"), 0, 1 } };
    call(ecs.putClusterCapacityProviders(both));
    ASSERT_TRUE(waitFor([&] { return describeGroup(groups, s("asg")).inServiceCount() == 1; }, 60000));

    CapacityPane pane;
    pane.resize(1100, 700);
    pane.show();
    QSignalSpy spy(&pane, &CapacityPane::refreshed);
    pane.setContext(&ecs, &groups, &cloudWatch, s("cap"));
    ASSERT_TRUE(refreshed(spy)) << pane.statusText().toStdString();
    EXPECT_TRUE(pane.statusText().isEmpty()) << pane.statusText().toStdString();

    QTreeWidget* table = pane.providers();
    ASSERT_EQ(table->topLevelItemCount(), 2);
    const QTreeWidgetItem* row = table->topLevelItem(0);
    EXPECT_EQ(row->text(CapacityPane::NameColumn), s("cp"));
    EXPECT_EQ(row->text(CapacityPane::TypeColumn), s("Auto Scaling group"));
    EXPECT_EQ(row->text(CapacityPane::StatusColumn), s("ACTIVE"));
    EXPECT_EQ(row->text(CapacityPane::GroupColumn), s("asg"));
    EXPECT_EQ(row->text(CapacityPane::DesiredColumn), s("1"));
    EXPECT_EQ(row->text(CapacityPane::MinimumColumn), s("1"));
    EXPECT_EQ(row->text(CapacityPane::MaximumColumn), s("4"));
    EXPECT_EQ(row->text(CapacityPane::InServiceColumn), s("1 of 1"));
    // Each instance with its lifecycle state in the tooltip.
    const Api::AutoScalingInstance instance = describeGroup(groups, s("asg")).instances.value(0);
    EXPECT_EQ(row->toolTip(CapacityPane::InServiceColumn),
        s("%1 (t3.medium, %2): InService").arg(instance.instanceId, instance.availabilityZone));
    EXPECT_EQ(row->text(CapacityPane::ManagedScalingColumn), s("Enabled, target 100%"));
    EXPECT_EQ(row->text(CapacityPane::TerminationProtectionColumn), s("Enabled"));
    EXPECT_EQ(table->topLevelItem(1)->text(CapacityPane::GroupColumn), s("asg2"));
    EXPECT_EQ(table->topLevelItem(1)->text(CapacityPane::MaximumColumn), s("2"));
    // The reservation chart has a series per Auto Scaling group provider.
    ASSERT_EQ(pane.reservationModel()->columnCount(), 2);
    EXPECT_EQ(pane.reservationModel()->series()[0].label, s("cp"));
    EXPECT_EQ(pane.reservationModel()->series()[1].label, s("cp2"));

    // The editor holds the cluster's default strategy.
    Ui::StrategyEditor* editor = pane.strategyEditor();
    ASSERT_EQ(editor->rowCount(), 1);
    EXPECT_EQ(editor->providerBox(0)->currentText(), s("cp"));
    EXPECT_EQ(editor->weightBox(0)->value(), 1);
    EXPECT_EQ(editor->availableProviders(), (QStringList { s("cp"), s("cp2") }));
    EXPECT_FALSE(pane.applyStrategyButton()->isEnabled()); // nothing changed yet

    // A second row with a base as well: refused on that row, Apply stays off.
    editor->addButton()->click();
    ASSERT_EQ(editor->rowCount(), 2);
    EXPECT_EQ(editor->providerBox(1)->currentText(), s("cp2"));
    editor->baseBox(0)->setValue(2);
    editor->baseBox(1)->setValue(1);
    EXPECT_FALSE(editor->rowError(1)->isHidden());
    EXPECT_EQ(editor->rowError(1)->text(),
        s("You can specify a base value for only one capacity provider in a capacity provider strategy."));
    EXPECT_TRUE(editor->rowError(0)->isHidden());
    EXPECT_FALSE(pane.applyStrategyButton()->isEnabled());

    // Fixed: cp base 2 weight 1, cp2 weight 3.
    editor->baseBox(1)->setValue(0);
    editor->weightBox(1)->setValue(3);
    EXPECT_TRUE(editor->rowError(1)->isHidden());
    EXPECT_TRUE(editor->strategyError()->isHidden());
    ASSERT_TRUE(pane.applyStrategyButton()->isEnabled());
    spy.clear();
    pane.applyStrategyButton()->click();
    ASSERT_TRUE(refreshed(spy)) << pane.statusText().toStdString();
    EXPECT_TRUE(pane.statusText().isEmpty()) << pane.statusText().toStdString();

    const Api::CapacityProviderStrategy expected { { s("cp"), 2, 1 }, { s("cp2"), 0, 3 } };
    EXPECT_EQ(describeCluster(ecs, s("cap")).defaultCapacityProviderStrategy, expected);
    EXPECT_EQ(pane.shownCluster().defaultCapacityProviderStrategy, expected);
    EXPECT_EQ(editor->rowCount(), 2);
    EXPECT_FALSE(pane.applyStrategyButton()->isEnabled());

    // A refresh (here by the pane's timer) shows the group's new size and keeps an unsaved edit.
    const Api::AutoScalingGroupsClient asg(local.config());
    callBody(asg.callQuery(s("UpdateAutoScalingGroup"), "2011-01-01",
        { { s("AutoScalingGroupName"), s("asg2") }, { s("MaxSize"), s("3") } }));
    editor->weightBox(1)->setValue(5);
    ASSERT_TRUE(pane.hasUnsavedEdits());
    spy.clear();
    pane.setRefreshInterval(100);
    ASSERT_TRUE(refreshed(spy)) << pane.statusText().toStdString();
    pane.setRefreshInterval(30000);
    EXPECT_EQ(table->topLevelItem(1)->text(CapacityPane::MaximumColumn), s("3"));
    EXPECT_EQ(editor->weightBox(1)->value(), 5);
    EXPECT_TRUE(pane.applyStrategyButton()->isEnabled());
    editor->weightBox(1)->setValue(3);
    EXPECT_FALSE(pane.hasUnsavedEdits());

    // Every weight 0: the strategy's own error.
    editor->weightBox(0)->setValue(0);
    editor->weightBox(1)->setValue(0);
    EXPECT_FALSE(editor->strategyError()->isHidden());
    EXPECT_FALSE(pane.applyStrategyButton()->isEnabled());

    // Read-only: nothing to apply.
    editor->weightBox(0)->setValue(1);
    ASSERT_TRUE(pane.applyStrategyButton()->isEnabled());
    pane.setReadOnly(true);
    EXPECT_FALSE(pane.applyStrategyButton()->isEnabled());
    EXPECT_FALSE(editor->addButton()->isEnabled());
}

TEST(CapacityPane, FargateProvidersAndAClusterWithout)
{
    TestEndpoint local;
    ASSERT_TRUE(local.isStarted()) << local.error().toStdString();
    const Api::EcsClient ecs(local.config());
    Api::CreateClusterRequest create;
    create.clusterName = s("batch");
    create.capacityProviders = { s("FARGATE"), s("FARGATE_SPOT") };
    create.defaultCapacityProviderStrategy = { { s("FARGATE"), 1, 1 }, { s("FARGATE_SPOT"), 0, 3 } };
    call(ecs.createCluster(create));
    call(ecs.createCluster(s("plain")));

    CapacityPane pane;
    pane.resize(1000, 600);
    pane.show();
    QSignalSpy spy(&pane, &CapacityPane::refreshed);
    pane.setContext(&ecs, nullptr, nullptr, s("batch"));
    ASSERT_TRUE(refreshed(spy)) << pane.statusText().toStdString();
    ASSERT_EQ(pane.providers()->topLevelItemCount(), 2);
    EXPECT_EQ(pane.providers()->topLevelItem(0)->text(CapacityPane::TypeColumn), s("Fargate"));
    EXPECT_EQ(pane.providers()->topLevelItem(1)->text(CapacityPane::TypeColumn), s("Fargate Spot"));
    EXPECT_TRUE(pane.providers()->topLevelItem(1)->text(CapacityPane::GroupColumn).isEmpty());
    EXPECT_EQ(pane.findChild<QLabel*>(s("capacitySummary"))->text(),
        s("Default strategy: FARGATE base 1 weight 1, FARGATE_SPOT weight 3."));
    EXPECT_EQ(pane.strategyEditor()->rowCount(), 2);

    // Mixing in an Auto Scaling provider name is refused before sending (the cluster has none).
    spy.clear();
    pane.setContext(&ecs, nullptr, nullptr, s("plain"));
    ASSERT_TRUE(refreshed(spy)) << pane.statusText().toStdString();
    EXPECT_EQ(pane.providers()->topLevelItemCount(), 0);
    EXPECT_EQ(pane.strategyEditor()->rowCount(), 0);
    EXPECT_TRUE(pane.findChild<QLabel*>(s("capacitySummary"))->text().contains(s("no capacity providers")));

    // Give it FARGATE with a strategy: both go in one PutClusterCapacityProviders.
    QListWidget* choices = pane.providerChoices();
    QStringList offered;
    for (int row = 0; row < choices->count(); ++row)
        offered.append(choices->item(row)->text());
    EXPECT_TRUE(offered.contains(s("FARGATE")) && offered.contains(s("FARGATE_SPOT")))
        << offered.join(s(",")).toStdString();
    EXPECT_FALSE(pane.applyStrategyButton()->isEnabled());
    choices->findItems(s("FARGATE"), Qt::MatchExactly).first()->setCheckState(Qt::Checked);
    EXPECT_EQ(pane.chosenProviders(), QStringList { s("FARGATE") });
    EXPECT_TRUE(pane.applyStrategyButton()->isEnabled());
    pane.strategyEditor()->addButton()->click();
    ASSERT_EQ(pane.strategyEditor()->rowCount(), 1);
    EXPECT_EQ(pane.strategyEditor()->providerBox(0)->currentText(), s("FARGATE"));
    spy.clear();
    pane.applyStrategyButton()->click();
    ASSERT_TRUE(refreshed(spy)) << pane.statusText().toStdString();
    const Api::Cluster plain = describeCluster(ecs, s("plain"));
    EXPECT_EQ(plain.capacityProviders, QStringList { s("FARGATE") });
    EXPECT_EQ(plain.defaultCapacityProviderStrategy, (Api::CapacityProviderStrategy { { s("FARGATE"), 0, 1 } }));
    EXPECT_EQ(pane.providers()->topLevelItemCount(), 1);

    // An unknown cluster: the error shows.
    spy.clear();
    pane.setContext(&ecs, nullptr, nullptr, s("nope"));
    ASSERT_TRUE(refreshed(spy));
    EXPECT_FALSE(pane.statusText().isEmpty());
}

TEST(ClusterSettingsDialog, EditsContainerInsightsAndTags)
{
    TestEndpoint local;
    ASSERT_TRUE(local.isStarted()) << local.error().toStdString();
    const Api::EcsClient ecs(local.config());
    Api::CreateClusterRequest create;
    create.clusterName = s("tagged");
    create.containerInsights = s("disabled");
    create.tags = { { s("team"), s("web") }, { s("stage"), s("test") } };
    call(ecs.createCluster(create));

    Ui::ClusterSettingsDialog dialog(&ecs, s("tagged"));
    QSignalSpy loaded(&dialog, &Ui::ClusterSettingsDialog::loadFinished);
    dialog.show();
    ASSERT_TRUE(waitFor([&] { return !loaded.isEmpty(); }, 30000));
    EXPECT_EQ(dialog.containerInsights()->currentData().toString(), s("disabled"));
    ASSERT_EQ(dialog.tagTable()->rowCount(), 2);
    EXPECT_TRUE(dialog.okButton()->isEnabled());

    // A key twice: refused before sending.
    dialog.addTagButton()->click();
    const int added = dialog.tagTable()->rowCount() - 1;
    dialog.tagTable()->item(added, 0)->setText(s("team"));
    EXPECT_FALSE(dialog.okButton()->isEnabled());
    EXPECT_EQ(dialog.statusText(), s("The tag key team appears more than once."));

    // Enhanced, stage removed, team changed, owner added.
    dialog.tagTable()->item(added, 0)->setText(s("owner"));
    dialog.tagTable()->item(added, 1)->setText(s("ops"));
    for (int row = 0; row < dialog.tagTable()->rowCount(); ++row) {
        if (dialog.tagTable()->item(row, 0)->text() == s("team"))
            dialog.tagTable()->item(row, 1)->setText(s("platform"));
    }
    for (int row = 0; row < dialog.tagTable()->rowCount(); ++row) {
        if (dialog.tagTable()->item(row, 0)->text() == s("stage")) {
            dialog.tagTable()->setCurrentCell(row, 0);
            dialog.removeTagButton()->click();
            break;
        }
    }
    dialog.containerInsights()->setCurrentIndex(dialog.containerInsights()->findData(s("enhanced")));
    ASSERT_TRUE(dialog.okButton()->isEnabled()) << dialog.statusText().toStdString();
    QSignalSpy applied(&dialog, &Ui::ClusterSettingsDialog::applied);
    dialog.okButton()->click();
    ASSERT_TRUE(waitFor([&] { return !applied.isEmpty(); }, 30000)) << dialog.statusText().toStdString();
    EXPECT_EQ(dialog.result(), int(QDialog::Accepted));

    const QJsonObject answer = call(ecs.describeClusters({ s("tagged") }, { s("SETTINGS"), s("TAGS") }));
    const Api::Cluster cluster = Api::Cluster::fromJson(answer.value(s("clusters")).toArray().first().toObject());
    EXPECT_EQ(cluster.containerInsights, s("enhanced"));
    QStringList tags;
    for (const Api::Tag& tag : cluster.tags)
        tags.append(tag.key + s("=") + tag.value);
    tags.sort();
    EXPECT_EQ(tags, (QStringList { s("owner=ops"), s("team=platform") }));
}

TEST(CreateClusterDialog, ProvidersStrategyContainerInsightsAndTags)
{
    Ui::CreateClusterDialog dialog;
    dialog.setClusterName(s("batch"));
    EXPECT_TRUE(dialog.validate().isEmpty());
    EXPECT_EQ(dialog.request().toJson(), (QJsonObject { { s("clusterName"), s("batch") } }));

    dialog.fargateBox()->setChecked(true);
    dialog.fargateSpotBox()->setChecked(true);
    Ui::StrategyEditor* strategy = dialog.strategyEditor();
    EXPECT_EQ(strategy->availableProviders(), (QStringList { s("FARGATE"), s("FARGATE_SPOT") }));
    strategy->addButton()->click();
    strategy->addButton()->click();
    ASSERT_EQ(strategy->rowCount(), 2);
    EXPECT_EQ(strategy->providerBox(1)->currentText(), s("FARGATE_SPOT"));
    strategy->baseBox(0)->setValue(1);
    strategy->weightBox(1)->setValue(3);
    EXPECT_TRUE(dialog.validate().isEmpty()) << dialog.validate().toStdString();

    // A provider the cluster will not have: refused with the strategy's problem.
    dialog.fargateSpotBox()->setChecked(false);
    EXPECT_EQ(dialog.validate(), s("The capacity provider FARGATE_SPOT is not associated with the cluster."));
    dialog.fargateSpotBox()->setChecked(true);

    dialog.tagsEdit()->setText(s("team=web, stage"));
    EXPECT_EQ(dialog.validate(), s("Write each tag as key=value, separated by commas."));
    dialog.tagsEdit()->setText(s("team=web, stage=prod"));
    dialog.containerInsightsBox()->setCurrentIndex(dialog.containerInsightsBox()->findData(s("enhanced")));
    ASSERT_TRUE(dialog.validate().isEmpty()) << dialog.validate().toStdString();

    // The request as the Clusters page sends it, accepted by the local endpoint and read back.
    TestEndpoint local;
    ASSERT_TRUE(local.isStarted()) << local.error().toStdString();
    const Api::EcsClient ecs(local.config());
    call(ecs.createCluster(dialog.request()));
    const QJsonObject answer = call(ecs.describeClusters({ s("batch") }, { s("SETTINGS"), s("TAGS") }));
    const Api::Cluster cluster = Api::Cluster::fromJson(answer.value(s("clusters")).toArray().first().toObject());
    EXPECT_EQ(cluster.capacityProviders, (QStringList { s("FARGATE"), s("FARGATE_SPOT") }));
    EXPECT_EQ(cluster.defaultCapacityProviderStrategy,
        (Api::CapacityProviderStrategy { { s("FARGATE"), 1, 1 }, { s("FARGATE_SPOT"), 0, 3 } }));
    EXPECT_EQ(cluster.containerInsights, s("enhanced"));
    EXPECT_EQ(cluster.tags.size(), 2);
}

TEST(CreateClusterDialog, TakesAnAutoScalingGroupProviderByName)
{
    TestEndpoint local;
    ASSERT_TRUE(local.isStarted()) << local.error().toStdString();
    // A group provider of the account, on no cluster yet.
    Testing::createGroupProvider(local.config(), s("ec2-batch"), s("asg-batch"), s("cp-batch"), 0, 0, 4, false);

    Ui::CreateClusterDialog dialog;
    dialog.setClusterName(s("ec2-batch"));
    dialog.groupProvidersEdit()->setText(s("cp-batch, bad name"));
    EXPECT_EQ(dialog.validate(),
        s("A capacity provider name has up to 255 letters, digits, hyphens and underscores: bad name"));
    dialog.groupProvidersEdit()->setText(s("cp-batch"));
    Ui::StrategyEditor* strategy = dialog.strategyEditor();
    EXPECT_EQ(strategy->availableProviders(), (QStringList { s("cp-batch") }));
    strategy->addButton()->click();
    ASSERT_EQ(strategy->rowCount(), 1);
    strategy->weightBox(0)->setValue(1);
    // A strategy may not mix Fargate and group providers, as ECS says.
    dialog.fargateBox()->setChecked(true);
    strategy->addButton()->click();
    strategy->providerBox(1)->setCurrentText(s("FARGATE"));
    EXPECT_FALSE(dialog.validate().isEmpty());
    strategy->removeRow(1);
    ASSERT_TRUE(dialog.validate().isEmpty()) << dialog.validate().toStdString();

    const Api::EcsClient ecs(local.config());
    call(ecs.createCluster(dialog.request()));
    const QJsonObject answer = call(ecs.describeClusters({ s("ec2-batch") }, {}));
    const Api::Cluster cluster = Api::Cluster::fromJson(answer.value(s("clusters")).toArray().first().toObject());
    EXPECT_EQ(cluster.capacityProviders, (QStringList { s("FARGATE"), s("cp-batch") }));
    EXPECT_EQ(cluster.defaultCapacityProviderStrategy, (Api::CapacityProviderStrategy { { s("cp-batch"), 0, 1 } }));
}

TEST(RunTaskDialog, RunsOnACapacityProviderStrategy)
{
    TestEndpoint local;
    ASSERT_TRUE(local.isStarted()) << local.error().toStdString();
    const Api::EcsClient ecs(local.config());
    Api::CreateClusterRequest create;
    create.clusterName = s("batch");
    create.capacityProviders = { s("FARGATE"), s("FARGATE_SPOT") };
    call(ecs.createCluster(create));
    call(ecs.registerTaskDefinition(QJsonObject { { s("family"), s("report") }, { s("networkMode"), s("awsvpc") },
        { s("requiresCompatibilities"), QJsonArray { s("FARGATE") } }, { s("cpu"), s("256") },
        { s("memory"), s("512") },
        { s("containerDefinitions"),
            QJsonArray { QJsonObject {
                { s("name"), s("report") }, { s("image"), s("busybox") }, { s("essential"), true } } } } }));

    Ui::RunTaskDialog dialog({ s("report:1") });
    Ui::StrategyEditor* strategy = dialog.capacityStrategyEditor();
    EXPECT_TRUE(dialog.launchTypeBox()->isEnabled());
    strategy->addButton()->click();
    ASSERT_EQ(strategy->rowCount(), 1);
    EXPECT_FALSE(dialog.launchTypeBox()->isEnabled());
    strategy->providerBox(0)->setCurrentText(s("FARGATE_SPOT"));
    EXPECT_EQ(dialog.validate(), s("Fargate tasks need at least one subnet."));
    dialog.subnetsEdit()->setText(s("subnet-1"));
    // A group provider typed by name cannot join a Fargate strategy.
    strategy->addButton()->click();
    strategy->providerBox(1)->setCurrentText(s("my-asg-provider"));
    EXPECT_TRUE(dialog.validate().startsWith(s("A capacity provider strategy cannot contain a mix")))
        << dialog.validate().toStdString();
    strategy->removeRow(1);
    ASSERT_TRUE(dialog.validate().isEmpty()) << dialog.validate().toStdString();

    Api::RunTaskRequest request = dialog.request();
    EXPECT_TRUE(request.launchType.isEmpty());
    EXPECT_EQ(request.capacityProviderStrategy, (Api::CapacityProviderStrategy { { s("FARGATE_SPOT"), 0, 1 } }));
    request.cluster = s("batch");
    const QJsonObject started = call(ecs.runTask(request));
    const QJsonArray tasks = started.value(s("tasks")).toArray();
    ASSERT_EQ(tasks.size(), 1) << QJsonDocument(started).toJson().toStdString();
    EXPECT_EQ(tasks.first().toObject().value(s("capacityProviderName")).toString(), s("FARGATE_SPOT"));
    EXPECT_EQ(tasks.first().toObject().value(s("launchType")).toString(), s("FARGATE"));
}

TEST(ServiceEditorStrategy, TheServiceEditorEditsTheStrategyWithTheStrategyEditor)
{
    TestEndpoint local;
    ASSERT_TRUE(local.isStarted()) << local.error().toStdString();
    const Api::EcsClient ecs(local.config());
    Api::CreateClusterRequest create;
    create.clusterName = s("batch");
    create.capacityProviders = { s("FARGATE"), s("FARGATE_SPOT") };
    call(ecs.createCluster(create));
    call(ecs.registerTaskDefinition(QJsonObject { { s("family"), s("web") }, { s("networkMode"), s("awsvpc") },
        { s("requiresCompatibilities"), QJsonArray { s("FARGATE") } }, { s("cpu"), s("256") },
        { s("memory"), s("512") },
        { s("containerDefinitions"),
            QJsonArray {
                QJsonObject { { s("name"), s("web") }, { s("image"), s("nginx") }, { s("essential"), true } } } } }));
    call(ecs.createService(s("batch"),
        QJsonObject { { s("serviceName"), s("web") }, { s("taskDefinition"), s("web:1") }, { s("desiredCount"), 1 },
            { s("capacityProviderStrategy"),
                QJsonArray { QJsonObject { { s("capacityProvider"), s("FARGATE") }, { s("weight"), 1 } } } },
            { s("networkConfiguration"),
                QJsonObject { { s("awsvpcConfiguration"),
                    QJsonObject { { s("subnets"), QJsonArray { s("subnet-1") } } } } } } }));
    const QJsonObject described = call(ecs.describeServices(s("batch"), { s("web") }));
    const QJsonObject service = described.value(s("services")).toArray().first().toObject();

    Ui::ServiceEditorDialog dialog(Models::ServiceForm::forUpdate(service),
        [&ecs](const QString& operation, const QJsonObject& input) { return ecs.call(operation, input); },
        { s("web:1") });
    dialog.show();
    auto* strategy = qobject_cast<Ui::StrategyEditor*>(dialog.fieldWidget(s("capacityProviderStrategy")));
    ASSERT_NE(strategy, nullptr);
    ASSERT_EQ(strategy->rowCount(), 1);
    EXPECT_EQ(strategy->providerBox(0)->currentText(), s("FARGATE"));
    EXPECT_EQ(strategy->weightBox(0)->value(), 1);

    strategy->addButton()->click();
    ASSERT_EQ(strategy->rowCount(), 2);
    EXPECT_EQ(strategy->providerBox(1)->currentText(), s("FARGATE_SPOT"));
    strategy->weightBox(1)->setValue(3);
    strategy->baseBox(0)->setValue(1);
    ASSERT_TRUE(dialog.applyButton()->isEnabled()) << dialog.fieldError(s("capacityProviderStrategy")).toStdString();
    QSignalSpy applied(&dialog, &Ui::ServiceEditorDialog::applied);
    dialog.applyButton()->click();
    ASSERT_TRUE(waitFor([&] { return !applied.isEmpty(); }, 30000));

    const QJsonObject after = call(ecs.describeServices(s("batch"), { s("web") }));
    const QJsonArray stored
        = after.value(s("services")).toArray().first().toObject().value(s("capacityProviderStrategy")).toArray();
    Api::CapacityProviderStrategy read;
    for (const QJsonValue& item : stored)
        read.append(Api::CapacityProviderStrategyItem::fromJson(item.toObject()));
    EXPECT_EQ(read, (Api::CapacityProviderStrategy { { s("FARGATE"), 1, 1 }, { s("FARGATE_SPOT"), 0, 3 } }));
}
