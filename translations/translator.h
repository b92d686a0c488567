// SPDX-License-Identifier: MIT
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace EcsDesk::I18n {

/// The languages the user interface is translated into, besides English: language codes as in
/// the .ts file names ("de", "vi", "zh_CN").
QStringList availableLanguages();

/// The language's own name for itself ("Deutsch", "Tiếng Việt", "简体中文", "English").
QString nativeLanguageName(const QString& code);

/// Loads ECS Desk's and Qt's own translations into `app`. An empty `language` follows the system
/// locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG); otherwise the code chosen in the preferences.
/// Returns the locale the interface is shown in (English when nothing matched).
QLocale installTranslators(QCoreApplication& app, const QString& language = {});

} // namespace EcsDesk::I18n
