// SPDX-License-Identifier: MIT
// Issue 18 in the window (the demo account on its embedded endpoint): the Clusters pane's Capacity
// providers and Default strategy columns and the cluster's details show a cluster's providers and
// strategy; the cluster's Capacity tab lists them with the strategy in its editor; Cluster Settings
// opens from the Cluster menu on the cluster's Container Insights.

#include "api/ecs/requests.h"
#include "apptestsupport.h"
#include "models/clustermodel.h"
#include "models/panefilterproxymodel.h"
#include "models/servicemodel.h"
#include "ui/capacity/capacitypane.h"
#include "ui/capacity/clustersettingsdialog.h"
#include "ui/capacity/strategyeditor.h"
#include "ui/detailspane.h"
#include "ui/panewidget.h"

#include <QAction>
#include <QComboBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeView>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace EcsDesk;
using EcsDesk::Testing::call;
using EcsDesk::Testing::waitFor;

namespace {
QString s(const char* text) { return QString::fromUtf8(text); }

int rowOf(const Models::ClusterModel* model, const QString& name)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->rowAt(row).name == name)
            return row;
    }
    return -1;
}
} // namespace

TEST(CapacityWindow, TheClustersPaneShowsProvidersAndDefaultStrategy)
{
    QTemporaryDir dir;
    Ui::MainWindow::Options options = Testing::testWindowOptions(dir.path());
    options.localSeed = s("demo");
    Ui::MainWindow window(options);
    window.resize(1400, 860);
    window.show();
    Models::ClusterModel* clusters = window.clusterModel();
    ASSERT_TRUE(waitFor([&] { return rowOf(clusters, s("batch-fargate")) >= 0; }, 30000));
    ASSERT_NE(window.localEndpoint(), nullptr);

    // The demo's Fargate cluster is on FARGATE and FARGATE_SPOT from the seed, as the console creates
    // one: shown without anything put first (the column was empty for it before).
    const auto cell = [&](int column) {
        const int row = rowOf(clusters, s("batch-fargate"));
        return row < 0 ? QString() : clusters->index(row, column).data().toString();
    };
    ASSERT_TRUE(waitFor([&] { return !cell(Models::ClusterModel::DefaultStrategyColumn).isEmpty(); }, 30000));
    EXPECT_EQ(cell(Models::ClusterModel::CapacityProvidersColumn), s("FARGATE, FARGATE_SPOT"));
    EXPECT_EQ(cell(Models::ClusterModel::DefaultStrategyColumn), s("FARGATE base 1 weight 1, FARGATE_SPOT weight 3"));
    // The production cluster has none: its cells stay empty.
    const int production = rowOf(clusters, s("production"));
    ASSERT_GE(production, 0);
    EXPECT_TRUE(clusters->index(production, Models::ClusterModel::DefaultStrategyColumn).data().toString().isEmpty());

    // The cluster's details say the same.
    Ui::PaneWidget* pane = window.clustersPane();
    window.showPane(pane);
    pane->view()->setCurrentIndex(
        pane->proxy()->mapFromSource(clusters->index(rowOf(clusters, s("batch-fargate")), 0)));
    ASSERT_TRUE(waitFor(
        [&] {
            return window.details()->property(s("Default strategy"))
                == s("FARGATE base 1 weight 1, FARGATE_SPOT weight 3");
        },
        30000))
        << window.details()->property(s("Default strategy")).toStdString();
    EXPECT_EQ(window.details()->property(s("Capacity providers")), s("FARGATE, FARGATE_SPOT"));

    // The cluster's Capacity tab: its providers and the default strategy in the editor.
    auto* capacity = window.findChild<Ui::CapacityPane*>(s("capacityPane"));
    ASSERT_NE(capacity, nullptr);
    QTabWidget* tabs = window.details()->tabs();
    ASSERT_TRUE(tabs->isTabVisible(tabs->indexOf(capacity)));
    tabs->setCurrentWidget(capacity);
    ASSERT_TRUE(waitFor([&] { return capacity->providers()->topLevelItemCount() == 2; }, 30000))
        << capacity->statusText().toStdString();
    EXPECT_EQ(capacity->providers()->topLevelItem(0)->text(Ui::CapacityPane::NameColumn), s("FARGATE"));
    EXPECT_EQ(capacity->providers()->topLevelItem(1)->text(Ui::CapacityPane::TypeColumn), s("Fargate Spot"));
    EXPECT_EQ(capacity->strategyEditor()->strategy(),
        (Api::CapacityProviderStrategy { { s("FARGATE"), 1, 1 }, { s("FARGATE_SPOT"), 0, 3 } }));
    EXPECT_EQ(tabs->tabText(tabs->indexOf(capacity)), s("Capacit&y"));

    // A service's row hides the tab.
    Ui::PaneWidget* services = window.servicesPane();
    window.selectCluster(s("batch-fargate"));
    ASSERT_TRUE(waitFor([&] { return window.serviceModel()->rowCount() > 0; }, 30000));
    window.showPane(services);
    services->view()->setCurrentIndex(services->proxy()->index(0, 0));
    ASSERT_TRUE(waitFor([&] { return !tabs->isTabVisible(tabs->indexOf(capacity)); }, 10000));
}

TEST(CapacityWindow, ClusterSettingsFromTheClusterMenu)
{
    QTemporaryDir dir;
    Ui::MainWindow::Options options = Testing::testWindowOptions(dir.path());
    options.localSeed = s("demo");
    Ui::MainWindow window(options);
    window.resize(1400, 860);
    window.show();
    Models::ClusterModel* clusters = window.clusterModel();
    ASSERT_TRUE(waitFor([&] { return rowOf(clusters, s("production")) >= 0; }, 30000));
    QAction* settings = window.action(s("clusterSettings"));
    ASSERT_NE(settings, nullptr);
    Ui::PaneWidget* pane = window.clustersPane();
    window.showPane(pane);
    pane->view()->setCurrentIndex(pane->proxy()->mapFromSource(clusters->index(rowOf(clusters, s("production")), 0)));
    ASSERT_TRUE(waitFor([&] { return settings->isEnabled(); }, 5000));
    settings->trigger();
    auto* dialog = window.findChild<Ui::ClusterSettingsDialog*>();
    ASSERT_NE(dialog, nullptr);
    // The demo's production cluster has Container Insights enabled.
    ASSERT_TRUE(waitFor([&] { return dialog->okButton()->isEnabled(); }, 30000)) << dialog->statusText().toStdString();
    EXPECT_EQ(dialog->containerInsights()->currentData().toString(), s("enabled"));
    dialog->reject();

    window.setReadOnly(true);
    ASSERT_TRUE(waitFor([&] { return !settings->isEnabled(); }, 5000));
}
