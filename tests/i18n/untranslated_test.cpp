// SPDX-License-Identifier: MIT
// No English left: the main window (on a local endpoint, a cluster open and a service selected),
// its dialogs, the command palette and the task definition editor are built once in English and
// once in each catalogue (de, vi, zh_CN); every visible string (label and button texts, menu and
// toolbar actions, group box titles, tab texts, view headers, window and dock titles, placeholders,
// combo box items) is compared widget by widget with the English one. A string that reads the same
// as in English and holds an English word fails, unless the catalogue translates it to itself on
// purpose (a glossary term such as "Cluster" in German) or it is a proper name of the allow-list.
// The failure lists each such string with its widget path, for the translators.

#include "accessibility/uisurfaces.h"
#include "translations/translator.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTabBar>
#include <QTextDocumentFragment>
#include <QToolBar>
#include <QTranslator>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

#include <map>

using namespace EcsDesk;

namespace {

/// Proper names and technical terms that stay as they are in every language.
const QStringList allowedWords { QStringLiteral("ECS"), QStringLiteral("Desk"), QStringLiteral("AWS"),
    QStringLiteral("ARN"), QStringLiteral("ARNs"), QStringLiteral("CPU"), QStringLiteral("IDs"), QStringLiteral("JSON"),
    QStringLiteral("Fargate"), QStringLiteral("CloudWatch"), QStringLiteral("Docker"), QStringLiteral("FireLens"),
    QStringLiteral("EFS"), QStringLiteral("awslogs"), QStringLiteral("awsvpc"), QStringLiteral("nginx"),
    QStringLiteral("app"), QStringLiteral("subnet") };

void removeTranslators()
{
    for (QTranslator* translator : qApp->findChildren<QTranslator*>(Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

QString plain(QString text)
{
    if (Qt::mightBeRichText(text))
        text = QTextDocumentFragment::fromHtml(text).toPlainText();
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return text.simplified();
}

/// True when `text` holds an English word: three or more ASCII letters, not all capitals (API
/// values and acronyms such as FARGATE, ACTIVE, EC2) and not an allowed name.
bool hasEnglishWord(const QString& text)
{
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{3,}"));
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        // Part of a longer token with digits or non-ASCII letters (an ID, a Vietnamese word).
        const qsizetype before = match.capturedStart() - 1;
        const qsizetype after = match.capturedEnd();
        if ((before >= 0 && text.at(before).isLetterOrNumber())
            || (after < text.size() && text.at(after).isLetterOrNumber()))
            continue;
        const QString w = match.captured();
        if (w == w.toUpper() || allowedWords.contains(w))
            continue;
        return true;
    }
    return false;
}

/// An ECS API value offered as it is sent (network modes, log drivers, "true"): one lower-case
/// token such as "bridge", "json-file" or "none".
bool isApiValue(const QString& text)
{
    static const QRegularExpression token(QStringLiteral("^[a-z][a-z0-9-]*$"));
    return token.match(text).hasMatch();
}

/// An example of an API field's JSON shown as a placeholder ({ "enabled": true, ... }): its keys
/// are the API's member names, sent as they are in every language.
bool isJsonExample(const QString& text)
{
    const QString trimmed = text.trimmed();
    return (trimmed.startsWith(QLatin1Char('{')) && trimmed.endsWith(QLatin1Char('}')))
        || (trimmed.startsWith(QLatin1Char('[')) && trimmed.endsWith(QLatin1Char(']')));
}

/// The preferences name each language in itself ("Deutsch" in every language).
bool isLanguageName(const QString& text)
{
    QStringList codes = I18n::availableLanguages();
    codes.append(QStringLiteral("en"));
    return std::any_of(
        codes.cbegin(), codes.cend(), [&](const QString& code) { return I18n::nativeLanguageName(code) == text; });
}

/// What one build of the surfaces shows: widget path and kind -> text.
using Shown = std::map<QString, QString>;

void note(Shown& shown, const QString& key, const QString& text)
{
    const QString clean = plain(text);
    if (!clean.isEmpty())
        shown[key] = clean;
}

bool shownInMenuOrToolbar(const QAction* action)
{
    const QList<QObject*> places = action->associatedObjects();
    return std::any_of(places.cbegin(), places.cend(), [](const QObject* o) {
        return qobject_cast<const QMenu*>(o) || qobject_cast<const QMenuBar*>(o) || qobject_cast<const QToolBar*>(o);
    });
}

/// Notes every string `top` (a window or dialog called `name`) shows.
void collectFrom(QWidget* top, const QString& name, Shown& shown)
{
    {
        const Testing::UiSurfaces::Surface surface { name, top };
        note(shown, surface.name + QStringLiteral(" (window title)"), top->windowTitle().remove(QStringLiteral("[*]")));
        QList<QWidget*> widgets = top->findChildren<QWidget*>();
        widgets.prepend(top);
        for (QWidget* widget : std::as_const(widgets)) {
            const QString path = Testing::widgetPath(widget, top, surface.name);
            if (auto* label = qobject_cast<QLabel*>(widget))
                note(shown, path + QStringLiteral(" (text)"), label->text());
            else if (auto* button = qobject_cast<QAbstractButton*>(widget))
                note(shown, path + QStringLiteral(" (text)"), button->text());
            if (auto* group = qobject_cast<QGroupBox*>(widget))
                note(shown, path + QStringLiteral(" (title)"), group->title());
            if (auto* dock = qobject_cast<QDockWidget*>(widget))
                note(shown, path + QStringLiteral(" (title)"), dock->windowTitle());
            if (auto* tabs = qobject_cast<QTabBar*>(widget)) {
                for (int i = 0; i < tabs->count(); ++i)
                    note(shown, path + QStringLiteral(" (tab %1)").arg(i), tabs->tabText(i));
            }
            if (auto* edit = qobject_cast<QLineEdit*>(widget))
                note(shown, path + QStringLiteral(" (placeholder)"), edit->placeholderText());
            if (auto* edit = qobject_cast<QPlainTextEdit*>(widget))
                note(shown, path + QStringLiteral(" (placeholder)"), edit->placeholderText());
            if (auto* combo = qobject_cast<QComboBox*>(widget)) {
                for (int i = 0; i < combo->count(); ++i)
                    note(shown, path + QStringLiteral(" (item %1)").arg(i), combo->itemText(i));
            }
            auto* view = qobject_cast<QAbstractItemView*>(widget);
            if (view && view->model() && !qobject_cast<QHeaderView*>(view)
                && !qobject_cast<QComboBox*>(view->parentWidget() ? view->parentWidget()->parentWidget() : nullptr)) {
                for (int column = 0; column < view->model()->columnCount(); ++column)
                    note(shown, path + QStringLiteral(" (header %1)").arg(column),
                        view->model()->headerData(column, Qt::Horizontal).toString());
            }
        }
        const QList<QAction*> actions = top->findChildren<QAction*>();
        for (QAction* action : actions) {
            if (!action->isSeparator() && shownInMenuOrToolbar(action))
                note(shown, Testing::widgetPath(action, top, surface.name) + QStringLiteral(" (action)"),
                    action->text());
        }
    }
}

Shown collect(Testing::UiSurfaces& surfaces)
{
    Shown shown;
    for (const Testing::UiSurfaces::Surface& surface : surfaces.surfaces()) {
        if (surface.widget)
            collectFrom(surface.widget, surface.name, shown);
    }
    surfaces.visitTransientDialogs([&](const QString& name, QWidget* dialog) { collectFrom(dialog, name, shown); });
    return shown;
}

Shown shownIn(const QString& language)
{
    removeTranslators();
    I18n::installTranslators(*qApp, language);
    Shown shown;
    {
        Testing::UiSurfaces surfaces;
        shown = collect(surfaces);
    }
    removeTranslators();
    return shown;
}

/// The catalogue's finished translations that are the source text itself, as patterns (%1 and %n
/// match anything): the translator chose to keep these words.
QList<QRegularExpression> keptOnPurpose(const QString& language)
{
    QList<QRegularExpression> kept;
    QFile file(Testing::sourceDir() + QStringLiteral("/translations/ecsdesk_%1.ts").arg(language));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << file.fileName().toStdString();
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        if (!xml.readNextStartElement())
            continue;
        if (xml.name() == QLatin1String("source")) {
            source = plain(xml.readElementText());
        } else if (xml.name() == QLatin1String("translation")) {
            const bool unfinished = xml.attributes().hasAttribute(QLatin1String("type"));
            const QString translation = plain(xml.readElementText(QXmlStreamReader::IncludeChildElements));
            if (!unfinished && !source.isEmpty() && translation == source) {
                QString pattern = QRegularExpression::escape(source);
                pattern.replace(QRegularExpression(QStringLiteral("%(\\d|n)")), QStringLiteral(".*"));
                kept.append(QRegularExpression(QRegularExpression::anchoredPattern(pattern)));
            }
        }
    }
    return kept;
}

} // namespace

TEST(NoEnglishLeft, EveryVisibleStringIsTranslatedInEachCatalogue)
{
    const Shown english = shownIn(QStringLiteral("en"));
    ASSERT_GT(english.size(), 200u) << "the walk found too little to be meaningful";
    QStringList report;
    for (const QString& language : I18n::availableLanguages()) {
        const Shown translated = shownIn(language);
        const QList<QRegularExpression> kept = keptOnPurpose(language);
        int compared = 0;
        QStringList left;
        for (const auto& [key, text] : translated) {
            const auto it = english.find(key);
            if (it == english.end())
                continue;
            ++compared;
            if (text != it->second || !hasEnglishWord(text) || isApiValue(text) || isJsonExample(text)
                || isLanguageName(text))
                continue;
            if (std::any_of(kept.cbegin(), kept.cend(),
                    [&](const QRegularExpression& re) { return re.match(text).hasMatch(); }))
                continue;
            left.append(QStringLiteral("%1: \"%2\"").arg(key, text));
        }
        EXPECT_GT(compared, int(english.size() / 2)) << language.toStdString() << ": the widgets did not match up";
        if (!left.isEmpty())
            report.append(QStringLiteral("%1 (%2 strings left in English):\n    %3")
                              .arg(language)
                              .arg(left.size())
                              .arg(left.join(QStringLiteral("\n    "))));
    }
    EXPECT_TRUE(report.isEmpty()) << "Visible strings left in English:\n  "
                                  << report.join(QStringLiteral("\n  ")).toStdString();
}

TEST(NoEnglishLeft, TheCheckRecognisesEnglishAndNames)
{
    EXPECT_TRUE(hasEnglishWord(QStringLiteral("Register and deploy")));
    EXPECT_TRUE(hasEnglishWord(QStringLiteral("1 hour")));
    EXPECT_FALSE(hasEnglishWord(QStringLiteral("JSON")));
    EXPECT_FALSE(hasEnglishWord(QStringLiteral("FARGATE")));
    EXPECT_FALSE(hasEnglishWord(QStringLiteral("ECS Desk — c1")));
    EXPECT_FALSE(hasEnglishWord(QStringLiteral("td1:1")));
    EXPECT_FALSE(hasEnglishWord(QStringLiteral("Tiếng Việt")));
    EXPECT_TRUE(isApiValue(QStringLiteral("json-file")));
    EXPECT_FALSE(isApiValue(QStringLiteral("Show inactive revisions")));
    EXPECT_TRUE(isJsonExample(QStringLiteral("[ { \"name\": \"…\" } ]")));
    EXPECT_FALSE(isJsonExample(QStringLiteral("Enter a JSON object ({ … }).")));
    EXPECT_TRUE(isLanguageName(QStringLiteral("Deutsch")));
}
