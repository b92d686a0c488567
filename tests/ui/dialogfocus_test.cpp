// SPDX-License-Identifier: MIT
// Dialogs open with the focus in their first field (typing a number into Set Desired Count sets
// it), and confirmations name what they act on.

#include "ui/actiondialogs.h"
#include "ui/connectiondialog.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTest>

#include <gtest/gtest.h>

using namespace EcsDesk;
using namespace EcsDesk::Ui;

namespace {
/// Shows `dialog` and returns the widget that has the keyboard focus once it is active.
QWidget* focusOnOpen(QDialog* dialog)
{
    dialog->show();
    QApplication::setActiveWindow(dialog);
    EXPECT_TRUE(QTest::qWaitForWindowActive(dialog));
    return QApplication::focusWidget();
}
} // namespace

TEST(DialogFocus, SetDesiredCountTakesATypedNumber)
{
    DesiredCountDialog dialog(QStringLiteral("web"), 2);
    QWidget* focused = focusOnOpen(&dialog);
    auto* spin = dialog.findChild<QSpinBox*>(QStringLiteral("desiredCount"));
    ASSERT_TRUE(spin);
    EXPECT_TRUE(focused == spin || (focused && focused->parentWidget() == spin))
        << (focused ? focused->metaObject()->className() : "nothing");
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("5"));
    EXPECT_EQ(dialog.desiredCount(), 5);
}

TEST(DialogFocus, EveryActionDialogStartsInItsFirstField)
{
    {
        CreateClusterDialog dialog;
        EXPECT_EQ(focusOnOpen(&dialog), dialog.findChild<QLineEdit*>(QStringLiteral("clusterName")));
    }
    {
        StopTaskDialog dialog({ QStringLiteral("abc") });
        QWidget* focused = focusOnOpen(&dialog);
        EXPECT_EQ(focused, dialog.findChild<QLineEdit*>(QStringLiteral("stopReason")));
        QTest::keyClicks(focused, QStringLiteral("rotating keys")); // replaces the proposed reason
        EXPECT_EQ(dialog.reason(), QStringLiteral("rotating keys"));
    }
    {
        CreateServiceDialog dialog({ QStringLiteral("web:1") });
        EXPECT_EQ(focusOnOpen(&dialog), dialog.nameEdit());
    }
    {
        RunTaskDialog dialog({ QStringLiteral("web:1") });
        EXPECT_EQ(focusOnOpen(&dialog), dialog.taskDefinitionBox());
    }
    {
        ConnectionDialog dialog;
        EXPECT_EQ(focusOnOpen(&dialog), dialog.nameEdit());
    }
}

TEST(Confirmations, StopTasksNamesTheTasks)
{
    QStringList ids;
    for (int i = 1; i <= 12; ++i)
        ids.append(QStringLiteral("0f%1c0ffee").arg(i, 2, 10, QLatin1Char('0')));
    StopTaskDialog dialog(ids);
    const QString text = dialog.findChild<QLabel*>(QStringLiteral("stopQuestion"))->text();
    EXPECT_TRUE(text.contains(QStringLiteral("12 task"))) << text.toStdString();
    for (int i = 0; i < 10; ++i)
        EXPECT_TRUE(text.contains(ids.at(i))) << text.toStdString();
    EXPECT_FALSE(text.contains(ids.at(10)));
    EXPECT_TRUE(text.contains(QStringLiteral("and 2 more"))) << text.toStdString();

    StopTaskDialog one({ QStringLiteral("5b1e0f") });
    EXPECT_TRUE(one.findChild<QLabel*>(QStringLiteral("stopQuestion"))->text().contains(QStringLiteral("5b1e0f")));
}

TEST(Confirmations, NameListShowsTenThenACount)
{
    EXPECT_EQ(nameList({ QStringLiteral("i-1"), QStringLiteral("i-2") }), QStringLiteral("i-1\ni-2"));
    QStringList many;
    for (int i = 0; i < 15; ++i)
        many.append(QStringLiteral("svc-%1").arg(i));
    const QStringList lines = nameList(many).split(QLatin1Char('\n'));
    ASSERT_EQ(lines.size(), 11);
    EXPECT_EQ(lines.last(), QStringLiteral("and 5 more"));
}
