// SPDX-License-Identifier: MIT
#pragma once

#include "models/taskdef/taskdefinitiondiff.h"

#include <QTabWidget>

class QPlainTextEdit;
class QTreeWidget;

namespace EcsDesk::Ui {

/// The task definition editor's "Differences" view: the changes between two versions of a
/// definition side by side (one coloured row per changed path) and as unified text.
class RevisionDiffView : public QTabWidget {
    Q_OBJECT
public:
    explicit RevisionDiffView(QWidget* parent = nullptr);

    /// Shows `changes`; `before` and `after` name the two versions (column headers, text header).
    void showChanges(const QList<Models::TaskDefinitionChange>& changes, const QString& before, const QString& after);
    QList<Models::TaskDefinitionChange> changes() const { return m_changes; }

private:
    QList<Models::TaskDefinitionChange> m_changes;
    QTreeWidget* m_tree = nullptr;
    QPlainTextEdit* m_text = nullptr;
};

} // namespace EcsDesk::Ui
