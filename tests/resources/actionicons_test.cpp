// SPDX-License-Identifier: MIT
// The action icon set: every action of the main window shows an icon, every icon in the
// resources renders to something visible at the sizes menus and toolbars use.

#include "ui/actionicons.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QDir>
#include <QImage>
#include <QMenu>
#include <QPixmap>

#include <gtest/gtest.h>

using namespace EcsDesk;

namespace {

int visiblePixels(const QIcon& icon, int size)
{
    const QImage image = icon.pixmap(size, size).toImage().convertToFormat(QImage::Format_ARGB32);
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            count += qAlpha(image.pixel(x, y)) > 64 ? 1 : 0;
    return count;
}

} // namespace

TEST(ActionIcons, everyResourceIconRenders)
{
    const QStringList icons = QDir(QStringLiteral(":/icons")).entryList({ QStringLiteral("*.svg") });
    ASSERT_GE(icons.size(), 19);
    for (const QString& name : icons) {
        const QIcon icon(QStringLiteral(":/icons/") + name);
        for (int size : { 16, 24, 32 })
            EXPECT_GT(visiblePixels(icon, size), size * size / 20) << name.toStdString() << " at " << size;
    }
}

TEST(ActionIcons, everyWindowActionHasAnIcon)
{
    Ui::MainWindow::Options options;
    options.startLocal = false;
    options.listProfiles = false;
    options.offerEditorRecovery = false;
    Ui::MainWindow window(options);
    int named = 0;
    for (QAction* action : window.findChildren<QAction*>()) {
        if (action->objectName().isEmpty() || action->menu())
            continue;
        ++named;
        EXPECT_FALSE(action->icon().isNull()) << action->objectName().toStdString();
        EXPECT_GT(visiblePixels(action->icon(), 16), 10) << action->objectName().toStdString();
    }
    EXPECT_GE(named, 20);
}

TEST(ActionIcons, unknownActionsHaveNone) { EXPECT_TRUE(Ui::ActionIcons::forAction(QStringLiteral("nope")).isNull()); }
