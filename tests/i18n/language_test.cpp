// SPDX-License-Identifier: MIT
// The app in the user's language: the test runs with LANGUAGE=zh_CN (set by CMake), loads the
// translations the way main() does, and asserts on the texts the widgets really show.

#include "translations/translator.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QMenu>
#include <QMenuBar>
#include <QTranslator>

#include <gtest/gtest.h>

using namespace EcsDesk;

namespace {

void removeTranslators()
{
    for (QTranslator* translator : qApp->findChildren<QTranslator*>(Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

QStringList menuTitles(const Ui::MainWindow& window)
{
    QStringList titles;
    for (QAction* action : window.menuBar()->actions())
        titles << action->text();
    return titles;
}

Ui::MainWindow::Options offlineWindow()
{
    Ui::MainWindow::Options options;
    options.startLocal = false;
    options.listProfiles = false;
    options.offerEditorRecovery = false;
    return options;
}

} // namespace

TEST(Language, followsTheSystemLocale)
{
    ASSERT_EQ(qgetenv("LANGUAGE"), "zh_CN") << "run through ctest, which sets LANGUAGE";
    const QLocale shown = I18n::installTranslators(*qApp);
    EXPECT_EQ(shown.language(), QLocale::Chinese);

    Ui::MainWindow window(offlineWindow());
    const QStringList titles = menuTitles(window);
    ASSERT_GE(titles.size(), 5);
    EXPECT_EQ(titles.first(), QStringLiteral("文件(&F)"));
    EXPECT_TRUE(titles.contains(QStringLiteral("帮助(&H)"))) << titles.join(QLatin1Char('|')).toStdString();
    // Every menu and every action in it is translated: each shows Chinese characters.
    for (QAction* menu : window.menuBar()->actions()) {
        for (QAction* action : menu->menu()->actions()) {
            if (action->isSeparator() || action->text().isEmpty())
                continue;
            const QString text = action->text();
            const bool chinese = std::any_of(
                text.cbegin(), text.cend(), [](QChar c) { return c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff; });
            EXPECT_TRUE(chinese) << "untranslated: " << menu->text().toStdString() << " > " << text.toStdString();
        }
    }
    // Qt's own texts come along (QDialogButtonBox etc.).
    EXPECT_NE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
    removeTranslators();
}

TEST(Language, preferenceOverridesTheSystem)
{
    const QLocale shown = I18n::installTranslators(*qApp, QStringLiteral("de"));
    EXPECT_EQ(shown.language(), QLocale::German);
    Ui::MainWindow window(offlineWindow());
    EXPECT_EQ(menuTitles(window).first(), QStringLiteral("&Datei"));
    removeTranslators();

    I18n::installTranslators(*qApp, QStringLiteral("vi"));
    Ui::MainWindow vietnamese(offlineWindow());
    EXPECT_NE(menuTitles(vietnamese).first(), QStringLiteral("&File"));
    removeTranslators();
}

TEST(Language, englishStaysEnglish)
{
    const QLocale shown = I18n::installTranslators(*qApp, QStringLiteral("en"));
    EXPECT_EQ(shown.language(), QLocale::English);
    Ui::MainWindow window(offlineWindow());
    EXPECT_EQ(menuTitles(window).first(), QStringLiteral("&File"));
    // English plurals come from its plural-only catalogue.
    EXPECT_EQ(
        QCoreApplication::translate("EcsDesk::Ui::Navigator", "%n task(s)", nullptr, 1), QStringLiteral("1 task"));
    EXPECT_EQ(
        QCoreApplication::translate("EcsDesk::Ui::Navigator", "%n task(s)", nullptr, 3), QStringLiteral("3 tasks"));
    removeTranslators();
}

TEST(Language, namesEachLanguageInItself)
{
    EXPECT_EQ(I18n::nativeLanguageName(QStringLiteral("de")), QStringLiteral("Deutsch"));
    EXPECT_EQ(I18n::nativeLanguageName(QStringLiteral("vi")), QStringLiteral("Tiếng Việt"));
    EXPECT_EQ(I18n::nativeLanguageName(QStringLiteral("zh_CN")), QStringLiteral("简体中文"));
}
