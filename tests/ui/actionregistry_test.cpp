// SPDX-License-Identifier: MIT
// The action registry: actions declared once by id, enabled by their predicates, menus and
// toolbars built from ids, and the command palette's commands ("Set Desired Count of web…").

#include "ui/actionregistry.h"
#include "ui/commandpalette.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QLineEdit>
#include <QMenu>
#include <QTest>
#include <QToolBar>
#include <QWidget>

#include <gtest/gtest.h>

using EcsDesk::Ui::ActionRegistry;
using EcsDesk::Ui::CommandPalette;
using EcsDesk::Ui::Selection;

namespace {
QStringList texts(const QList<ActionRegistry::Command>& commands)
{
    QStringList list;
    for (const ActionRegistry::Command& command : commands)
        list.append(command.text);
    return list;
}
} // namespace

TEST(ActionRegistry, EnabledStatesFollowThePredicatesOfTheSelection)
{
    QWidget window;
    ActionRegistry registry(&window);
    QAction* refresh = registry.declare({ QStringLiteral("refresh"), QStringLiteral("&Refresh"), {},
        [](const Selection& s) { return s.connected; }, [] {} });
    QAction* runTask = registry.declare({ QStringLiteral("runTask"), QStringLiteral("&Run Task…"), {},
        [](const Selection& s) { return s.clusterOpen(); }, [] {} });
    EXPECT_EQ(registry.action(QStringLiteral("refresh")), refresh);
    EXPECT_EQ(refresh->objectName(), QStringLiteral("refresh"));
    EXPECT_FALSE(refresh->icon().isNull()) << "the icon comes with the id";
    registry.updateEnabled({ true, {} });
    EXPECT_TRUE(refresh->isEnabled());
    EXPECT_FALSE(runTask->isEnabled());
    registry.updateEnabled({ true, QStringLiteral("demo") });
    EXPECT_TRUE(runTask->isEnabled());
    registry.updateEnabled({});
    EXPECT_FALSE(refresh->isEnabled());
    EXPECT_FALSE(runTask->isEnabled());
}

TEST(ActionRegistry, MenusAndToolbarsAreBuiltFromIds)
{
    QWidget window;
    ActionRegistry registry(&window);
    for (const char* id : { "a", "b", "c" })
        registry.declare({ QLatin1String(id), QLatin1String(id), {}, {}, [] {} });
    QMenu menu;
    registry.addTo(&menu, { QStringLiteral("a"), QStringLiteral("-"), QStringLiteral("c") });
    ASSERT_EQ(menu.actions().size(), 3);
    EXPECT_EQ(menu.actions().at(0), registry.action(QStringLiteral("a")));
    EXPECT_TRUE(menu.actions().at(1)->isSeparator());
    EXPECT_EQ(menu.actions().at(2), registry.action(QStringLiteral("c")));
    QToolBar toolBar;
    registry.addTo(&toolBar, { QStringLiteral("b") });
    EXPECT_EQ(toolBar.actions(), QList<QAction*> { registry.action(QStringLiteral("b")) });
    EXPECT_TRUE(window.actions().contains(registry.action(QStringLiteral("c")))) << "shortcuts work in the window";
}

TEST(ActionRegistry, ThePaletteListsTheEnabledCommandsWithWhatTheyActOnAndRunsThem)
{
    QWidget window;
    ActionRegistry registry(&window);
    QString service = QStringLiteral("web");
    int desiredCountRuns = 0;
    registry.declare({ QStringLiteral("setDesiredCount"), QStringLiteral("Set &Desired Count…"), {},
        [&](const Selection& s) { return s.clusterOpen() && !service.isEmpty(); }, [&] { ++desiredCountRuns; },
        [&] { return service; } });
    registry.declare({ QStringLiteral("forceDeployment"), QStringLiteral("&Force New Deployment"), {},
        [&](const Selection& s) { return s.clusterOpen() && !service.isEmpty(); }, [] {}, [&] { return service; } });
    registry.declare({ QStringLiteral("createCluster"), QStringLiteral("&New Cluster…"), {},
        [](const Selection& s) { return s.connected; }, [] {} });
    registry.declare({ QStringLiteral("commandPalette"), QStringLiteral("&Go to…"), {}, {}, [] {}, {}, false });

    registry.updateEnabled({ true, {} });
    EXPECT_EQ(texts(registry.commands()), QStringList { QStringLiteral("New Cluster…") });
    EXPECT_FALSE(registry.run(QStringLiteral("setDesiredCount"))) << "disabled";

    registry.updateEnabled({ true, QStringLiteral("demo") });
    EXPECT_EQ(texts(registry.commands()),
        (QStringList { QStringLiteral("Set Desired Count of web…"), QStringLiteral("Force New Deployment of web"),
            QStringLiteral("New Cluster…") }));

    // Chosen in the palette, the command runs.
    QList<CommandPalette::Entry> entries;
    for (const ActionRegistry::Command& command : registry.commands())
        entries.append({ command.text, {}, CommandPalette::Command, command.id });
    entries.append({ QStringLiteral("Service web"), QStringLiteral("arn:s"), CommandPalette::Service });
    CommandPalette palette(entries);
    QTest::keyClicks(palette.searchEdit(), QStringLiteral("desired"));
    EXPECT_EQ(palette.visibleCount(), 1);
    QTest::keyClick(palette.searchEdit(), Qt::Key_Return);
    ASSERT_EQ(palette.chosen().kind, CommandPalette::Command);
    EXPECT_TRUE(registry.run(palette.chosen().command));
    EXPECT_EQ(desiredCountRuns, 1);

    service.clear(); // the selection went away since the palette opened
    EXPECT_FALSE(registry.run(QStringLiteral("setDesiredCount")));
    EXPECT_EQ(desiredCountRuns, 1);
}

TEST(ActionRegistry, TheWindowDeclaresItsActionsThere)
{
    EcsDesk::Ui::MainWindow::Options options;
    options.startLocal = false;
    options.listProfiles = false;
    EcsDesk::Ui::MainWindow window(options);
    // Without a connection the palette offers what needs none, and nothing about services.
    const QStringList commands = texts(window.actions()->commands());
    EXPECT_TRUE(commands.contains(QStringLiteral("New Connection…"))) << commands.join(u',').toStdString();
    EXPECT_FALSE(commands.contains(QStringLiteral("Set Desired Count…")));
    EXPECT_EQ(
        window.action(QStringLiteral("setDesiredCount")), window.actions()->action(QStringLiteral("setDesiredCount")));
}

TEST(ActionRegistry, QuitAndAboutAreDeclaredThereLikeEveryOtherAction)
{
    EcsDesk::Ui::MainWindow::Options options;
    options.startLocal = false;
    options.listProfiles = false;
    options.offerEditorRecovery = false;
    EcsDesk::Ui::MainWindow window(options);
    QAction* quit = window.actions()->action(QStringLiteral("quit"));
    QAction* about = window.actions()->action(QStringLiteral("about"));
    ASSERT_NE(quit, nullptr);
    ASSERT_NE(about, nullptr);
    EXPECT_EQ(quit->text(), QStringLiteral("&Quit"));
    EXPECT_EQ(quit->shortcut(), QKeySequence(QKeySequence::Quit));
    EXPECT_EQ(quit->menuRole(), QAction::QuitRole);
    EXPECT_FALSE(quit->icon().isNull());
    EXPECT_EQ(about->menuRole(), QAction::AboutRole);
    EXPECT_FALSE(about->icon().isNull());
    // The menus show the registry's actions, not copies of them.
    EXPECT_TRUE(quit->associatedObjects().size() >= 1);
    bool inFileMenu = false;
    for (QObject* place : quit->associatedObjects())
        inFileMenu = inFileMenu || (qobject_cast<QMenu*>(place) && qobject_cast<QMenu*>(place)->title() == u"&File");
    EXPECT_TRUE(inFileMenu);
    // Neither is a command of the palette.
    const QStringList commands = texts(window.actions()->commands());
    EXPECT_FALSE(commands.contains(QStringLiteral("Quit")) || commands.contains(QStringLiteral("&Quit")));
}
