// SPDX-License-Identifier: MIT
// Edit > Preferences: the language choice is saved for the next start (with a note saying so),
// the refresh interval applies at once, Cancel changes nothing.

#include "ui/appsettings.h"
#include "ui/preferencesdialog.h"

#include <QComboBox>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace EcsDesk;

namespace {

class Preferences : public ::testing::Test {
protected:
    void SetUp() override { QSettings().clear(); }
    void TearDown() override { QSettings().clear(); }
};

} // namespace

TEST_F(Preferences, languageIsSavedForTheNextStart)
{
    Ui::PreferencesDialog dialog;
    auto* language = dialog.findChild<QComboBox*>(QStringLiteral("language"));
    auto* note = dialog.findChild<QLabel*>(QStringLiteral("restartNote"));
    ASSERT_TRUE(language && note);
    EXPECT_EQ(dialog.language(), QString()); // follows the system until chosen
    EXPECT_TRUE(note->isHidden());
    EXPECT_EQ(language->count(), 5); // system, English, Deutsch, Tiếng Việt, 简体中文

    language->setCurrentIndex(language->findData(QStringLiteral("vi")));
    EXPECT_TRUE(dialog.needsRestart());
    EXPECT_FALSE(note->isHidden());
    dialog.accept();
    EXPECT_EQ(Ui::AppSettings::instance().language(), QStringLiteral("vi"));

    Ui::PreferencesDialog again;
    EXPECT_EQ(again.language(), QStringLiteral("vi"));
    again.setLanguage(QString());
    again.accept();
    EXPECT_EQ(Ui::AppSettings::instance().language(), QString());
}

TEST_F(Preferences, refreshIntervalAppliesAtOnce)
{
    Ui::AppSettings::instance().setRefreshIntervalSeconds(30);
    QSignalSpy changed(&Ui::AppSettings::instance(), &Ui::AppSettings::refreshIntervalChanged);
    Ui::PreferencesDialog dialog;
    EXPECT_EQ(dialog.refreshIntervalSeconds(), 30);
    dialog.setRefreshIntervalSeconds(0);
    dialog.accept();
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.first().first().toInt(), 0);
    EXPECT_EQ(Ui::AppSettings::instance().refreshIntervalSeconds(), 0);
}

TEST_F(Preferences, cancelChangesNothing)
{
    Ui::AppSettings::instance().setLanguage(QStringLiteral("de"));
    Ui::PreferencesDialog dialog;
    dialog.setLanguage(QStringLiteral("zh_CN"));
    dialog.setRefreshIntervalSeconds(300);
    dialog.reject();
    EXPECT_EQ(Ui::AppSettings::instance().language(), QStringLiteral("de"));
    EXPECT_NE(Ui::AppSettings::instance().refreshIntervalSeconds(), 300);
}

TEST_F(Preferences, keepsAnIntervalItDoesNotOffer)
{
    Ui::AppSettings::instance().setRefreshIntervalSeconds(45);
    Ui::PreferencesDialog dialog;
    EXPECT_EQ(dialog.refreshIntervalSeconds(), 45);
}
