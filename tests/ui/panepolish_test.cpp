// SPDX-License-Identifier: MIT
// What a user sees of a pane beyond its rows: filter terms that name columns loosely ("status",
// prefixes) or not at all (an inline hint), the "N of M" count, columns sized to their contents
// and remembered, cut text shown whole in a tooltip, and a message bar that moves no row.

#include "common/testutil.h"
#include "models/panefilterproxymodel.h"
#include "models/servicemodel.h"
#include "models/taskmodel.h"
#include "models/timestampformat.h"
#include "ui/detailspane.h"
#include "ui/fulltextdelegate.h"
#include "ui/mainwindow.h"
#include "ui/messagebar.h"
#include "ui/panewidget.h"

#include <QApplication>
#include <QHeaderView>
#include <QHelpEvent>
#include <QLabel>
#include <QLineEdit>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QToolTip>
#include <QTreeView>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace EcsDesk;
using EcsDesk::Testing::waitFor;

namespace {

Api::Task task(const QString& id, const QString& last)
{
    Api::Task t;
    t.arn = QStringLiteral("arn:aws:ecs:us-east-1:123456789012:task/demo/") + id;
    t.lastStatus = last;
    t.desiredStatus = last == QLatin1String("STOPPED") ? last : QStringLiteral("RUNNING");
    t.launchType = QStringLiteral("FARGATE");
    t.taskDefinitionArn = QStringLiteral("arn:aws:ecs:us-east-1:123456789012:task-definition/web:7");
    return t;
}

Api::Service service(const QString& name)
{
    Api::Service s;
    s.name = name;
    s.status = QStringLiteral("ACTIVE");
    s.arn = QStringLiteral("arn:aws:ecs:us-east-1:123456789012:service/demo/") + name;
    return s;
}

std::unique_ptr<Ui::PaneWidget> tasksPane(Models::TaskModel* model)
{
    auto pane = std::make_unique<Ui::PaneWidget>(QStringLiteral("tasks"), model);
    pane->resize(900, 500);
    pane->show();
    return pane;
}

std::unique_ptr<Ui::PaneWidget> servicesPane(Models::ServiceModel* model)
{
    auto pane = std::make_unique<Ui::PaneWidget>(QStringLiteral("services"), model);
    pane->resize(900, 500);
    pane->show();
    return pane;
}

void filter(Ui::PaneWidget* pane, const QString& text)
{
    pane->filterEdit()->setText(text);
    ASSERT_TRUE(waitFor([&] { return pane->proxy()->filterText() == text; }, 3000));
    QCoreApplication::processEvents();
}

void freshSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

} // namespace

TEST(PaneFilter, StatusAliasAndPrefixesNameColumns)
{
    freshSettings();
    Models::TaskModel model;
    auto pane = tasksPane(&model);
    model.setTasks({ task(QStringLiteral("t1"), QStringLiteral("RUNNING")),
        task(QStringLiteral("t2"), QStringLiteral("STOPPED")), task(QStringLiteral("t3"), QStringLiteral("PENDING")) });

    filter(pane.get(), QStringLiteral("status:running")); // the columns are "Last status" and "Desired status"
    EXPECT_EQ(pane->proxy()->rowCount(), 1);
    EXPECT_TRUE(pane->filterHint()->isHidden());
    filter(pane.get(), QStringLiteral("desired:stopped")); // a prefix of "Desired status"
    EXPECT_EQ(pane->proxy()->rowCount(), 1);
    filter(pane.get(), QStringLiteral("Last:pend"));
    EXPECT_EQ(pane->proxy()->rowCount(), 1);
    filter(pane.get(), QStringLiteral("definition:web")); // a word of "Task definition"
    EXPECT_EQ(pane->proxy()->rowCount(), 3);
    EXPECT_TRUE(pane->filterHint()->isHidden());
}

TEST(PaneFilter, HintWhenATermNamesNoColumnOrSeveral)
{
    freshSettings();
    Models::TaskModel model;
    auto pane = tasksPane(&model);
    model.setTasks({ task(QStringLiteral("t1"), QStringLiteral("RUNNING")) });

    filter(pane.get(), QStringLiteral("colour:red"));
    EXPECT_EQ(pane->proxy()->rowCount(), 0);
    ASSERT_FALSE(pane->filterHint()->isHidden());
    const QString hint = pane->filterHint()->text();
    EXPECT_TRUE(hint.contains(QStringLiteral("colour"))) << hint.toStdString();
    EXPECT_TRUE(hint.contains(QStringLiteral("Last status"))) << hint.toStdString(); // names the columns
    EXPECT_TRUE(hint.contains(QStringLiteral("Stopped reason"))) << hint.toStdString();

    filter(pane.get(), QStringLiteral("st:x")); // Started or Stopped reason
    const QString ambiguous = pane->filterHint()->text();
    EXPECT_TRUE(ambiguous.contains(QStringLiteral("Started"))) << ambiguous.toStdString();
    EXPECT_TRUE(ambiguous.contains(QStringLiteral("Stopped reason"))) << ambiguous.toStdString();

    filter(pane.get(), QString());
    EXPECT_TRUE(pane->filterHint()->isHidden());
    // A value with a colon is still found as text ("web" names no column; the revision is web:7).
    filter(pane.get(), QStringLiteral("web:7"));
    EXPECT_EQ(pane->proxy()->rowCount(), 1);
}

TEST(PaneFilter, CountsShownOfAllRows)
{
    freshSettings();
    Models::TaskModel model;
    auto pane = tasksPane(&model);
    model.setTasks({ task(QStringLiteral("t1"), QStringLiteral("RUNNING")),
        task(QStringLiteral("t2"), QStringLiteral("STOPPED")), task(QStringLiteral("t3"), QStringLiteral("RUNNING")) });
    ASSERT_TRUE(waitFor([&] { return pane->countLabel()->text().startsWith(QStringLiteral("3 row")); }, 3000))
        << pane->countLabel()->text().toStdString();
    filter(pane.get(), QStringLiteral("status:running"));
    ASSERT_TRUE(waitFor([&] { return pane->countLabel()->text() == QStringLiteral("2 of 3"); }, 3000))
        << pane->countLabel()->text().toStdString();
    model.applySnapshot({ task(QStringLiteral("t1"), QStringLiteral("RUNNING")),
        task(QStringLiteral("t2"), QStringLiteral("STOPPED")), task(QStringLiteral("t3"), QStringLiteral("RUNNING")),
        task(QStringLiteral("t4"), QStringLiteral("RUNNING")) });
    ASSERT_TRUE(waitFor([&] { return pane->countLabel()->text() == QStringLiteral("3 of 4"); }, 3000))
        << pane->countLabel()->text().toStdString();
}

TEST(PaneMessageBar, ShowingAMessageMovesNoRow)
{
    freshSettings();
    Models::ServiceModel model;
    auto pane = servicesPane(&model);
    model.setServices({ service(QStringLiteral("api")), service(QStringLiteral("web")) });
    QCoreApplication::processEvents();
    const QRect table = pane->view()->geometry();
    const QRect firstRow = pane->view()->visualRect(pane->proxy()->index(0, 0));

    pane->messageBar()->showMessage(
        QStringLiteral("Service web could not be updated: a long error text that wraps over more than one line "
                       "when the pane is narrow, as AWS's messages often do."),
        Ui::MessageBar::Kind::Error);
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();

    EXPECT_EQ(pane->view()->geometry(), table);
    EXPECT_EQ(pane->view()->visualRect(pane->proxy()->index(0, 0)), firstRow);
    ASSERT_TRUE(pane->messageBar()->isVisible());
    const QRect bar = pane->messageBar()->geometry();
    EXPECT_TRUE(table.contains(bar)) << "the bar lies over the table's bottom";
    EXPECT_EQ(bar.bottom(), table.bottom());
    EXPECT_GE(bar.height(), pane->messageBar()->minimumSizeHint().height());

    pane->resize(500, 400); // follows the table
    QCoreApplication::processEvents();
    EXPECT_EQ(pane->messageBar()->geometry().bottom(), pane->view()->geometry().bottom());
    EXPECT_EQ(pane->messageBar()->geometry().width(), pane->view()->geometry().width());
}

TEST(PaneColumns, FitContentsAndHeadersOnFirstLoadAndRememberTheUsersWidths)
{
    freshSettings();
    Models::ServiceModel model;
    {
        auto pane = servicesPane(&model);
        model.setServices({ service(QStringLiteral("checkout-frontend-production")) });
        QHeaderView* header = pane->view()->header();
        ASSERT_TRUE(waitFor([&] { return pane->countLabel()->text().startsWith(QStringLiteral("1 row")); }, 3000));
        for (int column = 0; column < header->count() - 1; ++column)
            EXPECT_GE(header->sectionSize(column), header->sectionSizeHint(column))
                << model.headerData(column, Qt::Horizontal).toString().toStdString() << " is cut";
        const int nameWidth
            = pane->view()->fontMetrics().horizontalAdvance(QStringLiteral("checkout-frontend-production"));
        EXPECT_GT(header->sectionSize(Models::ServiceModel::NameColumn), nameWidth);

        header->resizeSection(Models::ServiceModel::NameColumn, 77); // the user's width
    }
    auto again = servicesPane(&model);
    QCoreApplication::processEvents();
    EXPECT_EQ(again->view()->header()->sectionSize(Models::ServiceModel::NameColumn), 77);
}

TEST(PaneColumns, CutTextShowsWholeInItsTooltip)
{
    freshSettings();
    Models::TaskModel model;
    auto pane = tasksPane(&model);
    const QString id = QStringLiteral("0123456789abcdef0123456789abcdef");
    model.setTasks({ task(id, QStringLiteral("RUNNING")) });
    QCoreApplication::processEvents();
    QTreeView* view = pane->view();
    auto* delegate = qobject_cast<Ui::FullTextDelegate*>(view->itemDelegate());
    ASSERT_TRUE(delegate);

    const auto toolTipAt = [&](int column) {
        const QModelIndex index = pane->proxy()->index(0, column);
        const QRect rect = view->visualRect(index);
        QHelpEvent event(QEvent::ToolTip, rect.center(), view->viewport()->mapToGlobal(rect.center()));
        QApplication::sendEvent(view->viewport(), &event);
        return QToolTip::isVisible() ? QToolTip::text() : QString();
    };
    view->header()->resizeSection(Models::TaskModel::IdColumn, 60);
    EXPECT_TRUE(toolTipAt(Models::TaskModel::IdColumn).contains(id))
        << "the whole ID (the model's tooltip, the ARN, has it)";
    view->header()->resizeSection(Models::TaskModel::LastStatusColumn, 20);
    EXPECT_TRUE(toolTipAt(Models::TaskModel::LastStatusColumn).startsWith(QStringLiteral("RUNNING\n")))
        << "the cut text first, then the model's own tooltip";
    QToolTip::hideText();
    view->header()->resizeSection(Models::TaskModel::IdColumn, 600);
    const QString wide = toolTipAt(Models::TaskModel::IdColumn);
    EXPECT_TRUE(wide.isEmpty() || wide == model.index(0, 0).data(Qt::ToolTipRole).toString()) << wide.toStdString();
    QToolTip::hideText();
    view->header()->resizeSection(Models::TaskModel::LastStatusColumn, 300);
    EXPECT_EQ(toolTipAt(Models::TaskModel::LastStatusColumn),
        model.index(0, Models::TaskModel::LastStatusColumn).data(Qt::ToolTipRole).toString()); // not cut
}

TEST(PaneColumns, NavigatorShowsCutNamesWhole)
{
    freshSettings();
    Ui::MainWindow::Options options;
    options.startLocal = false;
    options.listProfiles = false;
    options.offerEditorRecovery = false;
    Ui::MainWindow window(options);
    auto* navigator = window.findChild<QTreeView*>(QStringLiteral("navigator"));
    ASSERT_TRUE(navigator);
    auto* delegate = qobject_cast<Ui::FullTextDelegate*>(navigator->itemDelegate());
    ASSERT_TRUE(delegate) << "the navigator elides names without a tooltip";
}

TEST(PaneColumns, DetailsShowCutValuesAndEventsWhole)
{
    Ui::DetailsPane details;
    for (const char* name : { "detailsProperties", "detailsEvents", "detailsRelated" }) {
        auto* view = details.findChild<QTreeView*>(QLatin1String(name));
        ASSERT_TRUE(view) << name;
        EXPECT_TRUE(qobject_cast<Ui::FullTextDelegate*>(view->itemDelegate())) << name;
    }
}

// The details pane shows times with their age; the ages move on while the selection stays (they
// were baked into the text once), and a service's tasks sort newest first by time, not by text.
TEST(PaneColumns, DetailsAgesMoveOnAndTasksSortByTime)
{
    const QDateTime start = QDateTime(QDate(2026, 12, 3), QTime(12, 0), Qt::UTC);
    QDateTime now = start;
    Models::TimestampFormat::setClock([&now] { return now; });
    const auto restore = qScopeGuard([] { Models::TimestampFormat::setClock({}); });

    Ui::DetailsPane details;
    Api::Task task;
    task.arn = QStringLiteral("arn:aws:ecs:us-east-1:123456789012:task/c/abc");
    task.startedAt = start.addSecs(-120);
    details.showTask(task);
    EXPECT_EQ(details.property(QStringLiteral("Started")), Models::TimestampFormat::display(task.startedAt, start));

    now = start.addSecs(3 * 3600);
    details.refreshAges();
    const QString later = Models::TimestampFormat::display(task.startedAt, now);
    EXPECT_NE(later, Models::TimestampFormat::display(task.startedAt, start));
    EXPECT_EQ(details.property(QStringLiteral("Started")), later);
    auto* timer = details.findChild<QTimer*>(QStringLiteral("detailsAgeTimer"));
    ASSERT_TRUE(timer);
    EXPECT_TRUE(timer->isActive());

    // 9 November sorts after 10 November as text ("09/..." vs "10/..." or "11/9" vs "11/10")
    Api::Service service;
    service.name = QStringLiteral("web");
    QList<Models::TaskRow> tasks(3);
    tasks[0].arn = QStringLiteral("arn:aws:ecs:us-east-1:123456789012:task/c/older");
    tasks[0].lastStatus = tasks[0].desiredStatus = QStringLiteral("RUNNING");
    tasks[0].startedAt = QDateTime(QDate(2026, 11, 9), QTime(8, 0), Qt::UTC);
    tasks[1].arn = QStringLiteral("arn:aws:ecs:us-east-1:123456789012:task/c/newer");
    tasks[1].lastStatus = tasks[1].desiredStatus = QStringLiteral("RUNNING");
    tasks[1].startedAt = QDateTime(QDate(2026, 11, 10), QTime(8, 0), Qt::UTC);
    tasks[2].arn = QStringLiteral("arn:aws:ecs:us-east-1:123456789012:task/c/newest");
    tasks[2].lastStatus = tasks[2].desiredStatus = QStringLiteral("RUNNING");
    tasks[2].startedAt = QDateTime(QDate(2026, 12, 1), QTime(8, 0), Qt::UTC);
    details.showService(service, tasks);
    QTreeWidget* list = details.serviceTasks();
    ASSERT_EQ(list->topLevelItemCount(), 3);
    EXPECT_EQ(list->topLevelItem(0)->text(0), QStringLiteral("newest"));
    EXPECT_EQ(list->topLevelItem(1)->text(0), QStringLiteral("newer"));
    EXPECT_EQ(list->topLevelItem(2)->text(0), QStringLiteral("older"));
}
