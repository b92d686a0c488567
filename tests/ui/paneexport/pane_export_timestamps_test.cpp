// SPDX-License-Identifier: MIT
// A pane shows timestamps as local time with their age; its CSV export writes them as ISO 8601 in
// UTC (Models::ExportRole), so exported files stay machine-readable and independent of the locale
// and time zone of whoever exported them. Runs with TZ=Europe/Berlin so local time differs from UTC.

#include "models/panefilterproxymodel.h"
#include "models/servicemodel.h"
#include "models/timestampformat.h"
#include "ui/detailspane.h"
#include "ui/panewidget.h"

#include <QAbstractItemView>
#include <QJsonObject>
#include <QLocale>
#include <QTest>
#include <QTimer>
#include <QTimeZone>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace EcsDesk;

TEST(PaneExport, TimestampsExportAsIsoUtcWhileThePaneShowsLocalTimeAndAge)
{
    const QDateTime now(QDate(2026, 12, 3), QTime(9, 15), QTimeZone::utc());
    Models::TimestampFormat::setClock([now] { return now; });

    Models::ServiceModel model;
    Ui::PaneWidget pane(QStringLiteral("services"), &model);
    Api::Service web;
    web.name = QStringLiteral("web");
    web.arn = QStringLiteral("arn:aws:ecs:us-east-1:123456789012:service/demo/web");
    web.createdAt = now.addSecs(-180);
    model.setServices({ web });

    const QModelIndex created = pane.proxy()->index(0, Models::ServiceModel::CreatedColumn);
    const QString shown = created.data().toString();
    EXPECT_EQ(
        shown, QLocale().toString(web.createdAt.toLocalTime(), QLocale::ShortFormat) + QStringLiteral(" (3 min ago)"));
    EXPECT_EQ(created.data(Qt::ToolTipRole).toString(), QStringLiteral("2026-12-03T09:12:00Z"));

    const QStringList csv = QString::fromUtf8(pane.exportCsv()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(csv.size(), 2);
    EXPECT_TRUE(csv.at(1).contains(QStringLiteral(",2026-12-03T09:12:00Z,"))) << csv.at(1).toStdString();
    EXPECT_FALSE(csv.at(1).contains(QStringLiteral("ago"))) << csv.at(1).toStdString();
    EXPECT_TRUE(csv.at(1).startsWith(QStringLiteral("web,"))) << csv.at(1).toStdString();
    Models::TimestampFormat::setClock({});
}

namespace {
/// Counts the paint events a widget receives.
class PaintCounter : public QObject {
public:
    int paints = 0;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return QObject::eventFilter(watched, event);
    }
};
} // namespace

TEST(PaneAges, TheRowsAreRepaintedNowAndThenSoAgesDoNotGoStale)
{
    Models::ServiceModel model;
    Ui::PaneWidget pane(QStringLiteral("services"), &model);
    Api::Service web;
    web.name = QStringLiteral("web");
    web.arn = QStringLiteral("arn:aws:ecs:us-east-1:123456789012:service/demo/web");
    web.createdAt = QDateTime::currentDateTimeUtc().addSecs(-180);
    model.setServices({ web });
    pane.resize(800, 300);
    pane.show();
    auto* view = pane.findChild<QAbstractItemView*>();
    ASSERT_NE(view, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&pane));

    auto* ageTimer = pane.findChild<QTimer*>(QStringLiteral("ageTimer"));
    ASSERT_NE(ageTimer, nullptr) << "no timer repaints the ages";
    EXPECT_TRUE(ageTimer->isActive());
    EXPECT_LE(ageTimer->interval(), 60 * 1000);

    PaintCounter counter;
    view->viewport()->installEventFilter(&counter);
    QTest::qWait(50);
    const int before = counter.paints;
    ageTimer->setInterval(20);
    EXPECT_TRUE(QTest::qWaitFor([&] { return counter.paints > before; }, 5000)) << "the viewport was not repainted";
}

TEST(PaneAges, DetailsShowDeploymentAndEventTimesAsThePanesDo)
{
    const QDateTime now(QDate(2026, 12, 3), QTime(9, 15), QTimeZone::utc());
    Models::TimestampFormat::setClock([now] { return now; });
    Api::Service web;
    web.name = QStringLiteral("web");
    web.arn = QStringLiteral("arn:aws:ecs:us-east-1:123456789012:service/demo/web");
    Api::Deployment deployment;
    deployment.status = QStringLiteral("PRIMARY");
    deployment.updatedAt = now.addSecs(-120);
    web.deployments = { deployment };
    Api::ServiceEvent event;
    event.createdAt = now.addSecs(-300);
    event.message = QStringLiteral("(service web) has reached a steady state.");
    web.events = { event };

    Ui::DetailsPane details;
    details.showService(web);
    auto* related = details.findChild<QTreeWidget*>(QStringLiteral("detailsRelated"));
    auto* events = details.findChild<QTreeWidget*>(QStringLiteral("detailsEvents"));
    ASSERT_NE(related, nullptr);
    ASSERT_NE(events, nullptr);
    ASSERT_EQ(related->topLevelItemCount(), 1);
    ASSERT_EQ(events->topLevelItemCount(), 1);
    const int updated = related->columnCount() - 1;
    EXPECT_EQ(related->topLevelItem(0)->text(updated), Models::TimestampFormat::display(deployment.updatedAt));
    EXPECT_TRUE(related->topLevelItem(0)->text(updated).endsWith(QStringLiteral("(2 min ago)")))
        << related->topLevelItem(0)->text(updated).toStdString();
    EXPECT_TRUE(events->topLevelItem(0)->text(0).endsWith(QStringLiteral("(5 min ago)")));
    EXPECT_EQ(events->topLevelItem(0)->toolTip(0), QStringLiteral("2026-12-03T09:10:00Z"));
    Models::TimestampFormat::setClock({});
}
