// SPDX-License-Identifier: MIT
// The main window, offscreen (or on Xvfb through with-xvfb.sh) and without a connection: menus
// with their shortcuts, the panes, the details tabs, and the actions disabled until connected.

#include "models/clustermodel.h"
#include "ui/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLabel>
#include <QMenuBar>
#include <QTabWidget>
#include <QTreeView>

#include <gtest/gtest.h>

using EcsDesk::Ui::MainWindow;

TEST(MainWindow, ShowsMenusPanesAndDetails)
{
    MainWindow::Options options;
    options.startLocal = false;
    options.listProfiles = false;
    MainWindow window(options);
    window.show();
    QStringList menus;
    for (QAction* action : window.menuBar()->actions())
        menus.append(action->text());
    EXPECT_TRUE(menus.contains(QStringLiteral("&File")));
    EXPECT_TRUE(menus.contains(QStringLiteral("&Service")));
    EXPECT_TRUE(menus.contains(QStringLiteral("&Help")));

    for (const char* name : { "clustersView", "servicesView", "tasksView", "instancesView" }) {
        auto* view = window.findChild<QTreeView*>(QLatin1String(name));
        ASSERT_NE(view, nullptr) << name;
        QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        EXPECT_TRUE(view->uniformRowHeights());
    }
    EXPECT_NE(window.findChild<QTabWidget*>(QStringLiteral("detailsTabs")), nullptr);

    auto* state = window.findChild<QLabel*>(QStringLiteral("connectionState"));
    ASSERT_NE(state, nullptr);
    EXPECT_TRUE(state->text().contains(QLatin1String("Not connected")));

    ASSERT_NE(window.action(QStringLiteral("refresh")), nullptr);
    EXPECT_EQ(window.action(QStringLiteral("refresh"))->shortcut(), QKeySequence(QKeySequence::Refresh));
    EXPECT_FALSE(window.action(QStringLiteral("setDesiredCount"))->isEnabled());
    EXPECT_FALSE(window.action(QStringLiteral("newTaskDefinition"))->isEnabled());
    EXPECT_FALSE(window.action(QStringLiteral("editTaskDefinition"))->isEnabled());
}
