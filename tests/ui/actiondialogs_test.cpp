// SPDX-License-Identifier: MIT
// The action dialogs offscreen: valid input enables OK and yields the API request; invalid input
// names the problem and keeps OK disabled.

#include "ui/actiondialogs.h"
#include "ui/commandpalette.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

#include <gtest/gtest.h>

using namespace EcsDesk::Ui;

namespace {
bool okEnabled(const QDialog& dialog)
{
    return dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled();
}
} // namespace

TEST(CreateClusterDialog, ValidatesTheName)
{
    CreateClusterDialog dialog;
    EXPECT_FALSE(okEnabled(dialog));
    EXPECT_FALSE(dialog.errorText().isEmpty());
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("clusterName")), QStringLiteral("bad name!"));
    EXPECT_FALSE(okEnabled(dialog));
    EXPECT_TRUE(dialog.errorText().contains(QStringLiteral("255")));
    dialog.setClusterName(QStringLiteral("prod-eu_1"));
    EXPECT_TRUE(okEnabled(dialog));
    EXPECT_TRUE(dialog.errorText().isEmpty());
    EXPECT_EQ(dialog.clusterName(), QStringLiteral("prod-eu_1"));
    dialog.setClusterName(QString(256, QLatin1Char('a')));
    EXPECT_FALSE(okEnabled(dialog));
}

TEST(StopTaskDialog, LimitsTheReason)
{
    StopTaskDialog dialog({ QStringLiteral("a1"), QStringLiteral("b2") });
    EXPECT_TRUE(okEnabled(dialog));
    dialog.setReason(QString(300, QLatin1Char('x')));
    EXPECT_FALSE(okEnabled(dialog));
    EXPECT_TRUE(dialog.errorText().contains(QStringLiteral("300")));
    dialog.setReason(QStringLiteral("rotating credentials"));
    EXPECT_TRUE(okEnabled(dialog));
    EXPECT_EQ(dialog.reason(), QStringLiteral("rotating credentials"));
}

TEST(DesiredCountDialog, ClampsToTheRange)
{
    DesiredCountDialog dialog(QStringLiteral("web"), 3);
    EXPECT_EQ(dialog.desiredCount(), 3);
    auto* spin = dialog.findChild<QSpinBox*>(QStringLiteral("desiredCount"));
    spin->selectAll();
    QTest::keyClicks(spin, QStringLiteral("-4"));
    EXPECT_GE(dialog.desiredCount(), 0);
    dialog.setDesiredCount(7);
    EXPECT_EQ(dialog.desiredCount(), 7);
    EXPECT_TRUE(okEnabled(dialog));
}

TEST(RunTaskDialog, BuildsOverridesAndRejectsBadEnvironment)
{
    RunTaskDialog dialog({ QStringLiteral("web:1"), QStringLiteral("web:2") });
    EXPECT_TRUE(okEnabled(dialog));
    dialog.environmentEdit()->setPlainText(QStringLiteral("MODE=batch\nnot a pair"));
    EXPECT_FALSE(okEnabled(dialog));
    EXPECT_TRUE(dialog.errorText().contains(QStringLiteral("line 2")));
    dialog.environmentEdit()->setPlainText(QStringLiteral("MODE=batch\nLEVEL=a=b"));
    EXPECT_FALSE(okEnabled(dialog)); // overrides need a container name
    dialog.containerEdit()->setText(QStringLiteral("app"));
    dialog.commandEdit()->setText(QStringLiteral("run --once"));
    dialog.countBox()->setValue(3);
    EXPECT_TRUE(okEnabled(dialog));
    dialog.launchTypeBox()->setCurrentText(QStringLiteral("FARGATE"));
    EXPECT_FALSE(okEnabled(dialog)); // Fargate needs a subnet
    dialog.subnetsEdit()->setText(QStringLiteral("subnet-1, subnet-2"));
    dialog.strategyBox()->setCurrentIndex(1);
    dialog.constraintEdit()->setText(QStringLiteral("distinctInstance"));
    ASSERT_TRUE(okEnabled(dialog));

    const QJsonObject r = dialog.request().toJson();
    EXPECT_EQ(r.value(QStringLiteral("taskDefinition")).toString(), QStringLiteral("web:1"));
    EXPECT_EQ(r.value(QStringLiteral("count")).toInt(), 3);
    EXPECT_EQ(r.value(QStringLiteral("launchType")).toString(), QStringLiteral("FARGATE"));
    const QJsonObject container = r[QStringLiteral("overrides")][QStringLiteral("containerOverrides")][0].toObject();
    EXPECT_EQ(container.value(QStringLiteral("name")).toString(), QStringLiteral("app"));
    EXPECT_EQ(container.value(QStringLiteral("command")).toArray().size(), 2);
    EXPECT_EQ(container[QStringLiteral("environment")][1][QStringLiteral("value")].toString(), QStringLiteral("a=b"));
    EXPECT_EQ(
        r[QStringLiteral("networkConfiguration")][QStringLiteral("awsvpcConfiguration")][QStringLiteral("subnets")]
            .toArray()
            .size(),
        2);
    EXPECT_EQ(r[QStringLiteral("placementStrategy")][0][QStringLiteral("type")].toString(), QStringLiteral("spread"));
    EXPECT_EQ(r[QStringLiteral("placementConstraints")][0][QStringLiteral("type")].toString(),
        QStringLiteral("distinctInstance"));
}

TEST(CreateServiceDialog, ValidatesAndBuildsTheRequest)
{
    CreateServiceDialog dialog({ QStringLiteral("web:4") });
    EXPECT_FALSE(okEnabled(dialog));
    dialog.nameEdit()->setText(QStringLiteral("web service"));
    EXPECT_FALSE(okEnabled(dialog));
    dialog.nameEdit()->setText(QStringLiteral("web"));
    EXPECT_TRUE(okEnabled(dialog));
    dialog.desiredBox()->setValue(4);
    dialog.minimumBox()->setValue(50);
    const QJsonObject r = dialog.request().toJson();
    EXPECT_EQ(r.value(QStringLiteral("serviceName")).toString(), QStringLiteral("web"));
    EXPECT_EQ(r.value(QStringLiteral("desiredCount")).toInt(), 4);
    EXPECT_EQ(r[QStringLiteral("deploymentConfiguration")][QStringLiteral("minimumHealthyPercent")].toInt(), 50);
    EXPECT_FALSE(r.contains(QStringLiteral("networkConfiguration")));
}

TEST(CommandPalette, FiltersAndChooses)
{
    CommandPalette palette({ { QStringLiteral("Cluster demo"), QStringLiteral("arn:c"), 0 },
        { QStringLiteral("Service web"), QStringLiteral("arn:s"), 1 },
        { QStringLiteral("Service worker"), QStringLiteral("arn:w"), 1 } });
    EXPECT_EQ(palette.visibleCount(), 3);
    QTest::keyClicks(palette.searchEdit(), QStringLiteral("work"));
    EXPECT_EQ(palette.visibleCount(), 1);
    QTest::keyClick(palette.searchEdit(), Qt::Key_Return);
    EXPECT_EQ(palette.result(), QDialog::Accepted);
    EXPECT_EQ(palette.chosen().arn, QStringLiteral("arn:w"));
}
