// SPDX-License-Identifier: MIT
#pragma once

#include "models/taskdef/taskdefinitiondiff.h"

#include <QTabWidget>

#include <functional>

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
    /// What a container image's cells add after the reference (its tag and digest in ECR, from the
    /// editor's image picker); empty: nothing. Applies from the next showChanges().
    void setImageDescriber(std::function<QString(const QString& image)> describe)
    {
        m_describeImage = std::move(describe);
    }

private:
    QList<Models::TaskDefinitionChange> m_changes;
    std::function<QString(const QString&)> m_describeImage;
    QTreeWidget* m_tree = nullptr;
    QPlainTextEdit* m_text = nullptr;
};

} // namespace EcsDesk::Ui
