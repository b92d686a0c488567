// SPDX-License-Identifier: MIT
// The main window, offscreen (or on Xvfb through with-xvfb.sh) and without a connection: menus
// with their shortcuts, the panes, the details tabs, and the actions disabled until connected; the
// pages from the page list with their menus and toolbar entries.

#include "models/clustermodel.h"
#include "ui/mainwindow.h"
#include "ui/pagearea.h"
#include "ui/panewidget.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QTabWidget>
#include <QToolBar>
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

TEST(MainWindow, PagesComeFromThePageListWithTheirMenusAndToolbarEntries)
{
    MainWindow::Options options;
    options.startLocal = false;
    options.listProfiles = false;
    options.offerEditorRecovery = false;
    MainWindow window(options);
    // The tabs are the pages, in the page list's order; --pane knows their names and aliases.
    QStringList names;
    for (const EcsDesk::Ui::ResourcePage* page : window.pages()->pages())
        names.append(page->name());
    // (Pages added later come after these; the checks below hold for the first five.)
    EXPECT_EQ(names.mid(0, 5),
        (QStringList { QStringLiteral("clusters"), QStringLiteral("services"), QStringLiteral("tasks"),
            QStringLiteral("instances"), QStringLiteral("taskDefinitions") }));
    auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("panes"));
    ASSERT_NE(tabs, nullptr);
    ASSERT_EQ(tabs->count(), names.size());
    for (int i = 0; i < tabs->count(); ++i)
        EXPECT_EQ(tabs->widget(i), static_cast<QWidget*>(window.pages()->pages().at(i)->pane()));
    for (const char* name : { "clusters", "services", "tasks", "instances", "containerinstances", "taskdefinitions",
             "definitions", "TaskDefinitions" })
        EXPECT_TRUE(MainWindow::isPaneName(QLatin1String(name))) << name;
    EXPECT_FALSE(MainWindow::isPaneName(QStringLiteral("nope")));
    EXPECT_EQ(window.paneNamed(QStringLiteral("containerinstances")), window.instancesPane());

    // Each page's menu, in page order; the task definitions' actions join the Task menu.
    QStringList menus;
    QMenu* taskMenu = nullptr;
    for (QAction* action : window.menuBar()->actions()) {
        menus.append(action->text());
        if (action->text() == u"&Task")
            taskMenu = action->menu();
    }
    ASSERT_GE(menus.size(), 8);
    EXPECT_EQ(menus.mid(0, 7),
        (QStringList { QStringLiteral("&File"), QStringLiteral("&Edit"), QStringLiteral("&View"),
            QStringLiteral("&Cluster"), QStringLiteral("&Service"), QStringLiteral("&Task"),
            QStringLiteral("&Instance") }));
    EXPECT_EQ(menus.constLast(), QStringLiteral("&Help"));
    ASSERT_NE(taskMenu, nullptr);
    QStringList taskIds;
    for (QAction* action : taskMenu->actions())
        taskIds.append(action->isSeparator() ? QStringLiteral("-") : action->objectName());
    EXPECT_EQ(taskIds.mid(0, 10),
        (QStringList { QStringLiteral("runTask"), QStringLiteral("stopTask"), QStringLiteral("-"),
            QStringLiteral("openShell"), QStringLiteral("forwardPort"), QStringLiteral("showPortForwards"),
            QStringLiteral("-"), QStringLiteral("newTaskDefinition"), QStringLiteral("editTaskDefinition"),
            QStringLiteral("deregisterTaskDefinition") }));
    auto* toolbar = window.findChild<QToolBar*>(QStringLiteral("mainToolbar"));
    ASSERT_NE(toolbar, nullptr);
    QStringList toolbarIds;
    for (QAction* action : toolbar->actions())
        toolbarIds.append(action->objectName());
    EXPECT_EQ(toolbarIds.mid(0, 6),
        (QStringList { QStringLiteral("refresh"), QStringLiteral("createService"), QStringLiteral("setDesiredCount"),
            QStringLiteral("forceDeployment"), QStringLiteral("runTask"), QStringLiteral("stopTask") }));
}
