// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace EcsDesk::Models {

/// One crash-recovery draft of the task definition editor: the definition as edited and the
/// registered revision it started from.
struct RecoveryDraft {
    QString sourceRevisionArn; ///< "" when the editor started from a file or a new definition
    QJsonObject source; ///< the registrable form of that revision (the diff's "before")
    QJsonObject definition; ///< the definition with the unsaved edits
    QDateTime savedAt; ///< UTC; filled in by write()
};

/// The folder of crash-recovery drafts the task definition editor leaves while it has unsaved
/// edits: writes, reads, lists and removes them. Each draft is one JSON file readable by its owner
/// only (0600), written atomically. No widgets: the editor and the app's start-up both use it.
class EditorRecoveryStore {
public:
    /// `directory` empty: <AppDataLocation>/editor-recovery.
    explicit EditorRecoveryStore(const QString& directory = {});

    static QString defaultDirectory();
    QString directory() const { return m_directory; }

    /// Writes `draft` to `fileName`, or with an empty `fileName` to a new file in the folder
    /// (created when missing). Returns the file written, "" when it cannot be written.
    QString write(const RecoveryDraft& draft, const QString& fileName = {}) const;
    /// The draft in `fileName`; nullopt when it cannot be read or holds no definition.
    static std::optional<RecoveryDraft> read(const QString& fileName);
    /// The drafts in the folder, newest first.
    QStringList list() const;
    /// Removes a draft; true when it is gone.
    static bool remove(const QString& fileName);

private:
    QString m_directory;
};

} // namespace EcsDesk::Models
