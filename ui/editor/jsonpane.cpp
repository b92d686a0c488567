// SPDX-License-Identifier: MIT
#include "ui/editor/jsonpane.h"

#include "ui/editor/taskdefinitioneditor.h"

#include "models/taskdef/taskdefinitiondocument.h"

#include <QColor>
#include <QFont>
#include <QJsonObject>
#include <QTimer>

#include <algorithm>

#include <Qsci/qscilexerjson.h>

namespace EcsDesk::Ui {

// The editor's parts translate in the editor's context (TaskDefinitionEditor::tr), where their
// strings have always been and are translated.

using Models::JsonPath;

namespace {
    constexpr int debounceMs = 300;
    constexpr int errorMarker = 0;
    constexpr int errorIndicator = 0;
} // namespace

JsonPane::JsonPane(Models::TaskDefinitionDocument* document, QWidget* parent)
    : QsciScintilla(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("jsonPane"));
    setAccessibleName(TaskDefinitionEditor::tr("JSON"));
    setUtf8(true);
    auto* lexer = new QsciLexerJSON(this);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::TypeWriter);
    lexer->setDefaultFont(mono);
    lexer->setFont(mono);
    setLexer(lexer);
    setMarginType(0, QsciScintilla::NumberMargin);
    setMarginWidth(0, QStringLiteral("00000"));
    setMarginType(1, QsciScintilla::SymbolMargin);
    setMarginWidth(1, 14);
    setFolding(QsciScintilla::BoxedTreeFoldStyle, 2);
    setAutoIndent(true);
    setIndentationWidth(4);
    setBraceMatching(QsciScintilla::SloppyBraceMatch);
    markerDefine(QsciScintilla::RightTriangle, errorMarker);
    setMarkerBackgroundColor(QColor(211, 47, 47), errorMarker);
    indicatorDefine(QsciScintilla::SquiggleIndicator, errorIndicator);
    setIndicatorForegroundColor(QColor(211, 47, 47), errorIndicator);

    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(debounceMs);
    connect(m_timer, &QTimer::timeout, this, &JsonPane::applyText);
    connect(this, &QsciScintilla::textChanged, this, &JsonPane::onTextEdited);
    connect(m_document, &Models::TaskDefinitionDocument::changed, this, &JsonPane::onDocumentChanged);
}

void JsonPane::onDocumentChanged()
{
    if (!m_applying)
        m_stale = true;
}

void JsonPane::resetToDocument()
{
    m_stale = true;
    clearError();
    m_timer->stop();
    m_dirty = false;
}

void JsonPane::refreshIfStale()
{
    if (!m_stale || !m_document)
        return;
    if (!m_error.isEmpty())
        return; // the pane holds text the user is fixing: never overwrite it (it would be lost)
    m_stale = false;
    const QString text = QString::fromUtf8(m_document->toJson());
    if (!m_dirty && text == m_text)
        return;
    m_text = text;
    int line = 0;
    int index = 0;
    getCursorPosition(&line, &index);
    const int firstLine = firstVisibleLine();
    m_settingText = true;
    setText(text);
    m_settingText = false;
    setCursorPosition(std::min(line, std::max(0, lines() - 1)), index);
    setFirstVisibleLine(firstLine);
    m_dirty = false;
    m_timer->stop();
    clearError();
}

void JsonPane::onTextEdited()
{
    if (m_settingText)
        return;
    m_dirty = true;
    m_timer->start();
}

bool JsonPane::flush()
{
    if (!m_timer->isActive())
        return false;
    m_timer->stop();
    applyText();
    return true;
}

void JsonPane::applyText()
{
    if (!m_dirty || !m_document)
        return;
    m_dirty = false;
    const QString paneText = text();
    if (paneText == m_text) { // typed and undone before the debounce ran out
        clearError();
        return;
    }
    m_text = paneText;
    m_applying = true;
    const Models::TaskDefinitionImport result = m_document->applyText(paneText.toUtf8());
    m_applying = false;
    if (!result.ok) {
        showError(result.describeError(), result.line, result.column);
        return;
    }
    clearError();
    Q_EMIT applied();
}

void JsonPane::showError(const QString& message, int line, int column)
{
    clearErrorMarks();
    m_error = message;
    m_errorLine = line;
    m_errorColumn = column;
    if (line > 0) {
        markerAdd(line - 1, errorMarker);
        const int start = std::max(0, column - 1);
        const int lineLength = int(text(line - 1).size());
        const int end = std::max(start + 1, std::min(lineLength, start + 1));
        fillIndicatorRange(line - 1, start, line - 1, end, errorIndicator);
        fillIndicatorRange(line - 1, 0, line - 1, std::max(1, lineLength - 1), errorIndicator);
    }
    Q_EMIT errorChanged(message);
}

void JsonPane::clearErrorMarks()
{
    markerDeleteAll(errorMarker);
    const int last = std::max(0, lines() - 1);
    clearIndicatorRange(0, 0, last, int(text(last).size()), errorIndicator);
}

void JsonPane::clearError()
{
    if (m_error.isEmpty())
        return;
    m_error.clear();
    m_errorLine = 0;
    m_errorColumn = 0;
    clearErrorMarks();
    Q_EMIT errorChanged({});
}

int JsonPane::lineOf(const QString& pathText) const
{
    if (!m_document)
        return 0;
    const JsonPath path = JsonPath::parse(pathText);
    const QString all = text();
    qsizetype position = 0;
    JsonPath walked;
    for (const JsonPath::Segment& segment : path.segments()) {
        if (segment.isIndex()) {
            walked = walked.index(segment.index);
            const QString name = m_document->value(walked).toObject().value(QStringLiteral("name")).toString();
            if (!name.isEmpty()) {
                const qsizetype found = all.indexOf(QStringLiteral("\"name\": \"%1\"").arg(name), position);
                if (found >= 0)
                    position = found;
            }
            continue;
        }
        walked = walked.key(segment.key);
        const qsizetype found = all.indexOf(QString(QLatin1Char('"') + segment.key + QStringLiteral("\":")), position);
        if (found < 0)
            break;
        position = found;
    }
    return int(all.left(position).count(QLatin1Char('\n')));
}

} // namespace EcsDesk::Ui
