// SPDX-License-Identifier: MIT
#include "models/taskdef/editorrecoverystore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

namespace EcsDesk::Models {

namespace {
    const QString sourceArnKey = QStringLiteral("sourceRevisionArn");
    const QString savedAtKey = QStringLiteral("savedAt");
    const QString sourceKey = QStringLiteral("source");
    const QString definitionKey = QStringLiteral("definition");
} // namespace

EditorRecoveryStore::EditorRecoveryStore(const QString& directory)
    : m_directory(directory.isEmpty() ? defaultDirectory() : directory)
{
}

QString EditorRecoveryStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/editor-recovery");
}

QString EditorRecoveryStore::write(const RecoveryDraft& draft, const QString& fileName) const
{
    QString target = fileName;
    if (target.isEmpty()) {
        if (!QDir().mkpath(m_directory))
            return {};
        target = m_directory + QLatin1Char('/') + QUuid::createUuid().toString(QUuid::WithoutBraces)
            + QStringLiteral(".json");
    }
    const QJsonObject copy { { sourceArnKey, draft.sourceRevisionArn },
        { savedAtKey, QDateTime::currentDateTimeUtc().toString(Qt::ISODate) }, { sourceKey, draft.source },
        { definitionKey, draft.definition } };
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(QJsonDocument(copy).toJson()) < 0 || !file.commit())
        return {};
    return target;
}

std::optional<RecoveryDraft> EditorRecoveryStore::read(const QString& fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject copy = QJsonDocument::fromJson(file.readAll()).object();
    if (!copy.value(definitionKey).isObject())
        return std::nullopt;
    RecoveryDraft draft;
    draft.sourceRevisionArn = copy.value(sourceArnKey).toString();
    draft.source = copy.value(sourceKey).toObject();
    draft.definition = copy.value(definitionKey).toObject();
    draft.savedAt = QDateTime::fromString(copy.value(savedAtKey).toString(), Qt::ISODate);
    return draft;
}

QStringList EditorRecoveryStore::list() const
{
    const QDir dir(m_directory);
    QStringList files;
    for (const QString& name : dir.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Time))
        files.append(dir.filePath(name));
    return files;
}

bool EditorRecoveryStore::remove(const QString& fileName)
{
    return fileName.isEmpty() || QFile::remove(fileName) || !QFile::exists(fileName);
}

} // namespace EcsDesk::Models
