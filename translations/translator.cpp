// SPDX-License-Identifier: MIT
#include "translations/translator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace EcsDesk::I18n {

namespace {
    // Qt ships no catalogue of its own texts for Vietnamese (no qtbase_vi): ECS Desk's catalogues
    // carry the standard button texts its dialogs and message boxes show, in Qt's context, so that
    // they are translated in every language (for the others Qt's own catalogue answers first).
    [[maybe_unused]] constexpr const char* standardButtonTexts[] = {
        QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
        QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
        QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
        QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
        QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
        QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
        QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
        QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    };
} // namespace

QStringList availableLanguages() { return { QStringLiteral("de"), QStringLiteral("vi"), QStringLiteral("zh_CN") }; }

QString nativeLanguageName(const QString& code)
{
    const QLocale locale(code);
    if (locale.language() == QLocale::Chinese)
        return QStringLiteral("简体中文");
    QString name = locale.nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}

QLocale installTranslators(QCoreApplication& app, const QString& language)
{
    // The user's languages in order of preference; English (the source language) ends the search,
    // so "en:de" stays English rather than falling through to German.
    const QStringList wanted = language.isEmpty() ? QLocale::system().uiLanguages() : QStringList { language };
    for (const QString& candidate : wanted) {
        const QLocale locale(candidate);
        if (locale.language() == QLocale::English || locale.language() == QLocale::C)
            break;
        auto* own = new QTranslator(&app);
        if (!own->load(locale, QStringLiteral("ecsdesk"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
            delete own;
            continue;
        }
        QCoreApplication::installTranslator(own);
        // Qt's own texts (standard buttons, dialogs); Debian ships them in qt6-translations-l10n.
        auto* qt = new QTranslator(&app);
        if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        else
            delete qt;
        return QLocale(own->language());
    }
    // English: the source texts, plus the catalogue of its plural forms ("1 task", "2 tasks").
    auto* english = new QTranslator(&app);
    if (english->load(QStringLiteral(":/i18n/ecsdesk_en.qm")))
        QCoreApplication::installTranslator(english);
    else
        delete english;
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

} // namespace EcsDesk::I18n
