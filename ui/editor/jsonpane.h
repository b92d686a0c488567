// SPDX-License-Identifier: MIT
#pragma once

#include <QPointer>

#include <Qsci/qsciscintilla.h>

class QTimer;

namespace EcsDesk::Models {
class JsonPath;
class TaskDefinitionDocument;
} // namespace EcsDesk::Models

namespace EcsDesk::Ui {

/// The task definition editor's live JSON pane: shows the document as indented JSON (keeping the
/// cursor and scroll position when it changes) and applies what the user types to the document
/// 300 ms after typing stops, as one undo step. Text that does not parse is marked at the error
/// and left alone until it is fixed; errorChanged() tells the editor to lock its form meanwhile.
class JsonPane : public QsciScintilla {
    Q_OBJECT
public:
    explicit JsonPane(Models::TaskDefinitionDocument* document, QWidget* parent = nullptr);

    /// Rewrites the text from the document when the document changed since (unless the text has
    /// an error the user is fixing).
    void refreshIfStale();
    /// Forgets pending text and errors after the document was replaced; the next refresh rewrites.
    void resetToDocument();
    /// Applies typed text now instead of after the debounce; true when there was some.
    bool flush();

    QString error() const { return m_error; } ///< "" when the text parses
    int errorLine() const { return m_errorLine; } ///< 1-based, 0 when none
    int errorColumn() const { return m_errorColumn; } ///< 1-based, 0 when none
    /// The 0-based line where the value at `path` (e.g. "containerDefinitions[0].image") starts,
    /// found by walking the keys (and container names) through the text; 0 when not found.
    int lineOf(const QString& path) const;

Q_SIGNALS:
    /// The text stopped (or started) parsing: `message` says where and why, "" once it is fixed.
    void errorChanged(const QString& message);
    /// Typed text was applied to the document.
    void applied();

private:
    void onDocumentChanged();
    void onTextEdited();
    void applyText();
    void showError(const QString& message, int line, int column);
    void clearErrorMarks();
    void clearError();

    QPointer<Models::TaskDefinitionDocument> m_document;
    QTimer* m_timer = nullptr;
    bool m_settingText = false;
    bool m_applying = false;
    bool m_dirty = false;
    bool m_stale = true;
    QString m_text; ///< the text as last set or applied
    QString m_error;
    int m_errorLine = 0;
    int m_errorColumn = 0;
};

} // namespace EcsDesk::Ui
