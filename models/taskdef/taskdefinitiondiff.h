// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace EcsDesk::Models {

/// One difference between two task definitions. The path names list elements by their key where
/// they have one: `containerDefinitions[name=web].environment[name=MODE].value`,
/// `containerDefinitions[name=web].portMappings[80/tcp].hostPort`; by index otherwise.
struct TaskDefinitionChange {
    enum class Kind { Added, Removed, Changed };

    Kind kind = Kind::Changed;
    QString path;
    QJsonValue oldValue; ///< Undefined when added
    QJsonValue newValue; ///< Undefined when removed

    /// "added" / "removed" / "changed" (not translated: JSON output that scripts read).
    QString kindName() const;
    friend bool operator==(const TaskDefinitionChange&, const TaskDefinitionChange&) = default;
};

/// Structural comparison of two task definitions: containers matched by name, environment,
/// secrets and the like by name, port mappings by container port and protocol, objects by key.
/// Read-only fields (revision, status, ...) are ignored. The change list feeds the CLI's unified
/// text and JSON, and the editor's side-by-side view.
class TaskDefinitionDiff {
    Q_DECLARE_TR_FUNCTIONS(TaskDefinitionDiff)
public:
    static QList<TaskDefinitionChange> compare(const QJsonObject& before, const QJsonObject& after);

    /// A unified-diff-like rendering: `--- before` / `+++ after` headers, then for each change an
    /// `@@ path @@` line and the old value (`-` lines) and new value (`+` lines), indented JSON.
    static QString toUnifiedText(
        const QList<TaskDefinitionChange>& changes, const QString& beforeLabel, const QString& afterLabel);
    /// `[{"kind": "changed", "path": "...", "old": ..., "new": ...}, ...]` ("old"/"new" left out
    /// when absent).
    static QJsonArray toJson(const QList<TaskDefinitionChange>& changes);
};

} // namespace EcsDesk::Models
