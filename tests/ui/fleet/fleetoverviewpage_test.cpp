// SPDX-License-Identifier: MIT
// The Fleet Overview page in the main window on the demo account (the Local connection): a row per
// demo cluster with the real counts of its services, running tasks and instances (not 0 / 0),
// sortable and filterable, and activating a row opens that cluster.

#include "common/testutil.h"
#include "local/localendpoint.h"
#include "models/fleetoverviewmodel.h"
#include "models/servicemodel.h"
#include "ui/fleet/fleetoverviewpage.h"
#include "ui/mainwindow.h"
#include "ui/panewidget.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTreeView>

#include <gtest/gtest.h>

using namespace EcsDesk;
using namespace EcsDesk::Testing;

TEST(FleetOverviewPage, ShowsTheDemoClustersWithRealNumbersAndOpensOne)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    Ui::MainWindow::Options options;
    options.localDataDir = dir.path();
    options.listProfiles = false;
    options.offerEditorRecovery = false;
    Ui::MainWindow window(options);
    window.show();
    ASSERT_TRUE(window.localEndpoint() && window.localEndpoint()->isRunning());
    auto* page = window.findChild<Ui::FleetOverviewPage*>();
    ASSERT_TRUE(page);
    window.showPane(page->pane()); // the overview loads while on show
    Models::FleetOverviewModel* model = page->model();
    // Rows appear as each cluster answers; the load ends with every demo cluster.
    ASSERT_TRUE(waitFor([&] { return model->rowCount() >= 2 && !page->isRefreshing(); }, 30000));

    int production = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->rowAt(row).clusterName == QStringLiteral("production"))
            production = row;
    }
    ASSERT_GE(production, 0);
    const auto number = [&](int row, int column) { return model->index(row, column).data().toInt(); };
    EXPECT_GT(number(production, Models::FleetOverviewModel::ServicesColumn), 0);
    EXPECT_GT(number(production, Models::FleetOverviewModel::RunningColumn), 0);
    EXPECT_GT(number(production, Models::FleetOverviewModel::InstancesColumn), 0);
    EXPECT_EQ(model->index(production, Models::FleetOverviewModel::RegionColumn).data().toString(),
        QStringLiteral("us-east-1"));

    // A refresh is a diff: the same rows, nothing inserted or removed.
    const int rows = model->rowCount();
    QSignalSpy refreshed(page, &Ui::FleetOverviewPage::refreshed);
    page->refresh();
    ASSERT_TRUE(waitFor([&] { return !refreshed.isEmpty(); }, 30000));
    EXPECT_EQ(model->rowCount(), rows);
    EXPECT_EQ(model->lastDiff().inserted, 0);
    EXPECT_EQ(model->lastDiff().removed, 0);

    // Filterable and sortable like every pane.
    Ui::PaneWidget* pane = page->pane();
    pane->filterEdit()->setText(QStringLiteral("production"));
    EXPECT_TRUE(waitFor([&] { return pane->view()->model()->rowCount() == 1; }, 5000));
    pane->filterEdit()->clear();
    EXPECT_TRUE(waitFor([&] { return pane->view()->model()->rowCount() == rows; }, 5000));
    EXPECT_TRUE(pane->view()->isSortingEnabled());

    // Activating (double-click, Enter) the row opens the cluster.
    ASSERT_TRUE(pane->selectArn(model->rowAt(production).clusterArn));
    Q_EMIT pane->view()->activated(pane->view()->currentIndex());
    ASSERT_TRUE(waitFor([&] { return window.serviceModel() && window.serviceModel()->rowCount() > 0; }, 30000));
    EXPECT_TRUE(window.serviceModel()->rowAt(0).clusterArn.endsWith(QStringLiteral("/production")));
}
