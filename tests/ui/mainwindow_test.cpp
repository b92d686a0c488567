// The main window, offscreen (or on Xvfb through with-xvfb.sh): menus exist with their shortcuts
// and the window says plainly that it is not connected.

#include "models/clustermodel.h"
#include "ui/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QMenuBar>
#include <QTreeView>

#include <gtest/gtest.h>

using EcsDesk::Ui::MainWindow;

TEST(MainWindow, ShowsMenusAndClusterPane)
{
    MainWindow window;
    window.show();
    QStringList menus;
    for (QAction* action : window.menuBar()->actions())
        menus.append(action->text());
    EXPECT_EQ(menus, (QStringList { QStringLiteral("&File"), QStringLiteral("&Help") }));

    auto* view = window.findChild<QTreeView*>(QStringLiteral("clusterView"));
    ASSERT_NE(view, nullptr);
    QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(view->model()->columnCount(), EcsDesk::Models::ClusterModel::ColumnCount);

    auto* state = window.findChild<QLabel*>(QStringLiteral("connectionState"));
    ASSERT_NE(state, nullptr);
    EXPECT_TRUE(state->text().contains(QLatin1String("Not connected")));
}
