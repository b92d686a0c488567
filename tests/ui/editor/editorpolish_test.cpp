// SPDX-License-Identifier: MIT
// The editor as a daily user meets it: the toolbar does not shift as Undo names the last edit,
// fields do not jump when an inline error appears, the Cluster field names the cluster (its ARN in
// the tooltip), and Ctrl+W closes the window, asking about unsaved edits as closing does.

#include "ui/editor/taskdefinitioneditor.h"

#include "common/testutil.h"
#include "models/taskdef/taskdefinitiondocument.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>

#include <Qsci/qsciscintilla.h>

#include <gtest/gtest.h>

/// Readable rectangles in failure messages.
void PrintTo(const QRect& rect, std::ostream* os)
{
    *os << "(" << rect.x() << "," << rect.y() << " " << rect.width() << "x" << rect.height() << ")";
}

using namespace EcsDesk;
using EcsDesk::Testing::waitFor;

namespace {

const QByteArray webDefinition = R"({
    "family": "web",
    "networkMode": "bridge",
    "requiresCompatibilities": ["EC2"],
    "containerDefinitions": [
        {"name": "web", "image": "nginx:1.25", "essential": true, "memory": 256}
    ]
})";

Ui::TaskDefinitionEditorContext testContext(const QTemporaryDir& dir, const QString& cluster = {})
{
    Ui::TaskDefinitionEditorContext context;
    context.recoveryDir = dir.filePath(QStringLiteral("recovery"));
    context.cluster = cluster;
    return context;
}

void settle()
{
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
}

/// Where each toolbar item sits (left edge and width), in toolbar order.
QList<QRect> toolbarGeometry(Ui::TaskDefinitionEditor& editor)
{
    auto* toolbar = editor.findChild<QToolBar*>(QStringLiteral("editorToolbar"));
    EXPECT_NE(toolbar, nullptr);
    QList<QRect> rects;
    if (!toolbar)
        return rects;
    for (QAction* action : toolbar->actions()) {
        if (QWidget* widget = toolbar->widgetForAction(action))
            rects.append(widget->geometry());
    }
    return rects;
}

/// Answers the next QMessageBox by clicking `button`; returns whether one was shown.
std::shared_ptr<bool> answerNextMessageBox(QMessageBox::StandardButton button)
{
    auto shown = std::make_shared<bool>(false);
    auto* timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, button, shown] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            *shown = true;
            box->button(button)->click();
        }
    });
    timer->start();
    return shown;
}

} // namespace

TEST(EditorPolish, TheToolbarDoesNotShiftWhenUndoNamesTheLastEdit)
{
    QTemporaryDir dir;
    Ui::TaskDefinitionEditor editor(nullptr, testContext(dir));
    ASSERT_TRUE(editor.openDocument(webDefinition));
    editor.show();
    settle();
    const QList<QRect> before = toolbarGeometry(editor);
    ASSERT_GE(before.size(), 4);

    auto* family = qobject_cast<QLineEdit*>(editor.fieldWidget(QStringLiteral("family")));
    ASSERT_NE(family, nullptr);
    QTest::keyClicks(family, QStringLiteral("-frontend-with-a-long-name"));
    editor.flushPendingSync();
    settle();
    ASSERT_TRUE(editor.document()->undoStack()->canUndo());
    EXPECT_EQ(toolbarGeometry(editor), before) << "toolbar items moved or resized after an edit";

    // What Undo would undo is still said: in the tooltip.
    auto* toolbar = editor.findChild<QToolBar*>(QStringLiteral("editorToolbar"));
    QAction* undo = toolbar->actions().value(0);
    ASSERT_NE(undo, nullptr);
    const QString command = editor.document()->undoStack()->undoText();
    ASSERT_FALSE(command.isEmpty());
    EXPECT_TRUE(undo->toolTip().contains(command)) << undo->toolTip().toStdString();
    EXPECT_TRUE(undo->isEnabled());
    undo->trigger();
    EXPECT_EQ(editor.document()->family(), QStringLiteral("web"));
}

TEST(EditorPolish, AnInlineErrorDoesNotMoveTheFieldsBelowIt)
{
    QTemporaryDir dir;
    Ui::TaskDefinitionEditor editor(nullptr, testContext(dir));
    ASSERT_TRUE(editor.openDocument(webDefinition));
    editor.resize(1400, 900);
    editor.show();
    const QString reservationPath = QStringLiteral("containerDefinitions[0].memoryReservation");
    auto* reservation = qobject_cast<QLineEdit*>(editor.fieldWidget(reservationPath));
    ASSERT_NE(reservation, nullptr);
    QWidget* below = editor.fieldWidget(QStringLiteral("containerDefinitions[0].command"));
    ASSERT_NE(below, nullptr);
    settle();
    const QPoint reservationAt = reservation->mapTo(&editor, QPoint());
    const QPoint belowAt = below->mapTo(&editor, QPoint());

    QTest::keyClicks(reservation, QStringLiteral("512"));
    editor.flushPendingSync();
    settle();
    ASSERT_FALSE(editor.fieldMessage(reservationPath).isEmpty()) << "512 > memory 256 is reported at the field";
    EXPECT_EQ(reservation->mapTo(&editor, QPoint()), reservationAt);
    EXPECT_EQ(below->mapTo(&editor, QPoint()), belowAt) << "the next field jumped when the error appeared";

    // And back when the error goes.
    reservation->selectAll();
    QTest::keyClicks(reservation, QStringLiteral("128"));
    editor.flushPendingSync();
    settle();
    EXPECT_TRUE(editor.fieldMessage(reservationPath).isEmpty());
    EXPECT_EQ(below->mapTo(&editor, QPoint()), belowAt);
}

TEST(EditorPolish, TheClusterFieldNamesTheClusterWithItsArnInTheTooltip)
{
    QTemporaryDir dir;
    const QString arn = QStringLiteral("arn:aws:ecs:us-east-1:123456789012:cluster/production");
    Ui::TaskDefinitionEditor editor(nullptr, testContext(dir, arn));
    auto* cluster = editor.findChild<QLineEdit*>(QStringLiteral("deployCluster"));
    ASSERT_NE(cluster, nullptr);
    EXPECT_EQ(cluster->text(), QStringLiteral("production"));
    EXPECT_TRUE(cluster->toolTip().contains(arn)) << cluster->toolTip().toStdString();

    // A name typed by the user stays as typed, without the old ARN in the tooltip.
    editor.setDeployTarget(QStringLiteral("staging"), QStringLiteral("web"));
    EXPECT_EQ(cluster->text(), QStringLiteral("staging"));
    EXPECT_FALSE(cluster->toolTip().contains(arn));
}

TEST(EditorPolish, CtrlWClosesTheEditorAndAsksAboutUnsavedEdits)
{
    QTemporaryDir dir;
    Ui::TaskDefinitionEditor editor(nullptr, testContext(dir));
    ASSERT_TRUE(editor.openDocument(webDefinition));
    editor.show();
    editor.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&editor));

    // Nothing unsaved: it closes at once, also with the focus in the JSON pane or a form field.
    QTest::keySequence(&editor, QKeySequence::Close);
    EXPECT_TRUE(waitFor([&] { return !editor.isVisible(); }, 5000)) << "Ctrl+W did not close the editor";
    for (QWidget* focus : { static_cast<QWidget*>(editor.jsonPane()), editor.fieldWidget(QStringLiteral("family")) }) {
        ASSERT_NE(focus, nullptr);
        editor.show();
        editor.activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(&editor));
        focus->setFocus();
        QTest::keySequence(QApplication::focusWidget(), QKeySequence::Close);
        EXPECT_TRUE(waitFor([&] { return !editor.isVisible(); }, 5000))
            << "Ctrl+W with the focus in " << focus->metaObject()->className();
    }

    // Unsaved edits: it asks; Cancel keeps it open, Discard closes it.
    editor.show();
    editor.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&editor));
    editor.document()->setFamily(QStringLiteral("changed"));
    auto asked = answerNextMessageBox(QMessageBox::Cancel);
    QTest::keySequence(&editor, QKeySequence::Close);
    EXPECT_TRUE(waitFor([&] { return *asked; }, 5000)) << "no question about the unsaved edits";
    settle();
    EXPECT_TRUE(editor.isVisible());
    EXPECT_EQ(editor.document()->family(), QStringLiteral("changed"));

    editor.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&editor));
    asked = answerNextMessageBox(QMessageBox::Discard);
    QTest::keySequence(&editor, QKeySequence::Close);
    EXPECT_TRUE(waitFor([&] { return *asked && !editor.isVisible(); }, 5000));
}
