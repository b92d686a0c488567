// SPDX-License-Identifier: MIT
// A pane offscreen: the debounced filter, export of what is shown to CSV and JSON, copy ARN.

#include "common/testutil.h"
#include "models/panefilterproxymodel.h"
#include "models/servicemodel.h"
#include "ui/panewidget.h"

#include <QApplication>
#include <QClipboard>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QTest>

#include <gtest/gtest.h>

using namespace EcsDesk;

namespace {
Api::Service service(const QString& name, const QString& status)
{
    Api::Service s;
    s.name = name;
    s.status = status;
    s.arn = QStringLiteral("arn:aws:ecs:us-east-1:123456789012:service/demo/") + name;
    s.raw = QJsonObject { { QStringLiteral("serviceName"), name }, { QStringLiteral("serviceArn"), s.arn } };
    return s;
}
} // namespace

TEST(PaneWidget, FiltersExportsAndCopies)
{
    Models::ServiceModel model;
    Ui::PaneWidget pane(QStringLiteral("services"), &model);
    pane.show();
    model.setServices({ service(QStringLiteral("api"), QStringLiteral("ACTIVE")),
        service(QStringLiteral("web, \"edge\""), QStringLiteral("DRAINING")),
        service(QStringLiteral("cron"), QStringLiteral("ACTIVE")) });

    QTest::keyClicks(pane.filterEdit(), QStringLiteral("status:active"));
    EXPECT_EQ(pane.proxy()->rowCount(), 3); // debounced: not applied yet
    ASSERT_TRUE(Testing::waitFor([&] { return pane.proxy()->rowCount() == 2; }, 3000));

    const QStringList csv = QString::fromUtf8(pane.exportCsv()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(csv.size(), 3); // header + 2 rows
    EXPECT_TRUE(csv.first().startsWith(QStringLiteral("Name,Status,")));
    EXPECT_TRUE(csv.first().endsWith(QStringLiteral(",arn")));
    const QJsonArray json = QJsonDocument::fromJson(pane.exportJson()).array();
    EXPECT_EQ(json.size(), 2);

    pane.filterEdit()->clear();
    ASSERT_TRUE(Testing::waitFor([&] { return pane.proxy()->rowCount() == 3; }, 3000));
    const QString quoted = QString::fromUtf8(pane.exportCsv());
    EXPECT_TRUE(quoted.contains(QStringLiteral("\"web, \"\"edge\"\"\""))) << quoted.toStdString();

    ASSERT_TRUE(pane.selectArn(service(QStringLiteral("cron"), {}).arn));
    EXPECT_EQ(pane.currentArn(), service(QStringLiteral("cron"), {}).arn);
    pane.copyArn();
    EXPECT_EQ(QApplication::clipboard()->text(), service(QStringLiteral("cron"), {}).arn);
    pane.copyJson();
    EXPECT_EQ(QJsonDocument::fromJson(QApplication::clipboard()->text().toUtf8())
                  .object()
                  .value(QStringLiteral("serviceName"))
                  .toString(),
        QStringLiteral("cron"));
}
