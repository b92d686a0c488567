// SPDX-License-Identifier: MIT
#include "models/ecr/ecrmodels.h"

using namespace Qt::Literals::StringLiterals;

namespace EcsDesk::Models {

namespace {
    const char* const severityOf[] = { "CRITICAL", "HIGH", "MEDIUM", "LOW" };
}

void EcrRepositoryModel::setRepositories(const QList<Api::EcrRepository>& repositories)
{
    QList<EcrRepositoryRow> rows;
    for (const Api::EcrRepository& repository : repositories) {
        const int old = rowOfKey(repository.arn);
        EcrRepositoryRow row { repository, -1, 0 };
        if (old >= 0) {
            row.imageCount = rowAt(old).imageCount;
            row.totalSize = rowAt(old).totalSize;
        }
        rows.append(row);
    }
    applyRows(rows);
}

void EcrRepositoryModel::setImages(const QString& repositoryName, const QList<Api::EcrImage>& images)
{
    QList<EcrRepositoryRow> rows = this->rows();
    for (EcrRepositoryRow& row : rows) {
        if (row.repository.name != repositoryName)
            continue;
        row.imageCount = int(images.size());
        row.totalSize = 0;
        for (const Api::EcrImage& image : images)
            row.totalSize += image.sizeInBytes;
    }
    applyRows(rows);
}

bool EcrRepositoryModel::columnDiffers(const EcrRepositoryRow& before, const EcrRepositoryRow& after, int column) const
{
    switch (column) {
    case NameColumn:
        return before.repository.name != after.repository.name;
    case UriColumn:
        return before.repository.uri != after.repository.uri;
    case ImagesColumn:
        return before.imageCount != after.imageCount;
    case SizeColumn:
        return before.totalSize != after.totalSize || before.imageCount != after.imageCount;
    case ScanOnPushColumn:
        return before.repository.scanOnPush != after.repository.scanOnPush;
    case MutabilityColumn:
        return before.repository.tagMutability != after.repository.tagMutability;
    default:
        return false;
    }
}

QVariant EcrRepositoryModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const EcrRepositoryRow& row = rowAt(index.row());
    const bool loaded = row.imageCount >= 0;
    if (role == ArnRole)
        return row.repository.arn;
    if (role == SortRole) {
        switch (index.column()) {
        case ImagesColumn:
            return row.imageCount;
        case SizeColumn:
            return row.totalSize;
        default:
            break;
        }
    }
    if (role != Qt::DisplayRole && role != SortRole && role != FilterRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return row.repository.name;
    case UriColumn:
        return row.repository.uri;
    case ImagesColumn:
        return loaded ? QString::number(row.imageCount) : QString();
    case SizeColumn:
        return loaded ? EcrImageModel::sizeText(row.totalSize) : QString();
    case ScanOnPushColumn:
        return row.repository.scanOnPush ? tr("On") : tr("Off");
    case MutabilityColumn:
        return row.repository.tagMutability == "IMMUTABLE"_L1 ? tr("Immutable") : tr("Mutable");
    default:
        return {};
    }
}

QVariant EcrRepositoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    static const char* const names[ColumnCount] = { QT_TR_NOOP("Name"), QT_TR_NOOP("URI"), QT_TR_NOOP("Images"),
        QT_TR_NOOP("Size"), QT_TR_NOOP("Scan on push"), QT_TR_NOOP("Tags") };
    if (section < 0 || section >= ColumnCount)
        return {};
    if (role == ColumnKeyRole)
        return QString::fromLatin1(names[section]);
    return role == Qt::DisplayRole ? tr(names[section]) : QVariant();
}

QJsonObject EcrRepositoryModel::rawJson(const QModelIndex& index) const
{
    return index.isValid() && index.row() < rowCount() ? rowAt(index.row()).repository.raw : QJsonObject();
}

void EcrImageModel::setImages(const QString& repositoryName, const QList<EcrImageRow>& rows)
{
    if (repositoryName != m_repository) {
        m_repository = repositoryName;
        resetRows(rows);
        return;
    }
    applyRows(rows);
}

QString EcrImageModel::sizeText(qint64 bytes)
{
    if (bytes >= 1'000'000'000)
        return tr("%1 GB").arg(double(bytes) / 1e9, 0, 'f', 2);
    if (bytes >= 1'000'000)
        return tr("%1 MB").arg(double(bytes) / 1e6, 0, 'f', 1);
    if (bytes >= 1000)
        return tr("%1 kB").arg(double(bytes) / 1e3, 0, 'f', 1);
    return tr("%n byte(s)", nullptr, int(bytes));
}

bool EcrImageModel::columnDiffers(const EcrImageRow& before, const EcrImageRow& after, int column) const
{
    switch (column) {
    case TagsColumn:
        return before.image.tags != after.image.tags;
    case DigestColumn:
        return before.image.digest != after.image.digest;
    case PushedColumn:
        return before.image.pushedAt != after.image.pushedAt;
    case SizeColumn:
        return before.image.sizeInBytes != after.image.sizeInBytes;
    case CriticalColumn:
    case HighColumn:
    case MediumColumn:
    case LowColumn:
        return before.image.findingCounts != after.image.findingCounts
            || before.image.scanStatus != after.image.scanStatus;
    case LastPulledColumn:
        return before.image.lastPulledAt != after.image.lastPulledAt;
    case UsedByColumn:
        return before.usedBy != after.usedBy;
    default:
        return false;
    }
}

QVariant EcrImageModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const EcrImageRow& row = rowAt(index.row());
    const Api::EcrImage& image = row.image;
    const int column = index.column();
    if (role == ArnRole)
        return image.digest;
    const bool severity = column >= CriticalColumn && column <= LowColumn;
    if (role == SortRole) {
        if (column == PushedColumn)
            return image.pushedAt;
        if (column == LastPulledColumn)
            return image.lastPulledAt;
        if (column == SizeColumn)
            return image.sizeInBytes;
        if (severity)
            return image.findings(QLatin1String(severityOf[column - CriticalColumn]));
    }
    if (role == ExportRole) {
        if (column == PushedColumn)
            return image.pushedAt.toUTC().toString(Qt::ISODate);
        if (column == LastPulledColumn)
            return image.lastPulledAt.isValid() ? image.lastPulledAt.toUTC().toString(Qt::ISODate) : QString();
        if (column == SizeColumn)
            return QString::number(image.sizeInBytes);
    }
    if (role != Qt::DisplayRole && role != SortRole && role != FilterRole && role != ExportRole)
        return {};
    switch (column) {
    case TagsColumn:
        return image.tags.isEmpty() ? tr("<untagged>") : image.tags.join(", "_L1);
    case DigestColumn:
        return image.digest;
    case PushedColumn:
        return image.pushedAt.toLocalTime().toString(Qt::ISODate);
    case SizeColumn:
        return sizeText(image.sizeInBytes);
    case CriticalColumn:
    case HighColumn:
    case MediumColumn:
    case LowColumn:
        return image.scanStatus.isEmpty()
            ? QString()
            : QString::number(image.findings(QLatin1String(severityOf[column - CriticalColumn])));
    case LastPulledColumn:
        return image.lastPulledAt.isValid() ? image.lastPulledAt.toLocalTime().toString(Qt::ISODate) : QString();
    case UsedByColumn:
        return row.usedBy.join("; "_L1);
    default:
        return {};
    }
}

QVariant EcrImageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    static const char* const names[ColumnCount] = { QT_TR_NOOP("Tags"), QT_TR_NOOP("Digest"), QT_TR_NOOP("Pushed"),
        QT_TR_NOOP("Size"), QT_TR_NOOP("Critical"), QT_TR_NOOP("High"), QT_TR_NOOP("Medium"), QT_TR_NOOP("Low"),
        QT_TR_NOOP("Last pulled"), QT_TR_NOOP("Used by") };
    if (section < 0 || section >= ColumnCount)
        return {};
    if (role == ColumnKeyRole)
        return QString::fromLatin1(names[section]);
    return role == Qt::DisplayRole ? tr(names[section]) : QVariant();
}

QJsonObject EcrImageModel::rawJson(const QModelIndex& index) const
{
    return index.isValid() && index.row() < rowCount() ? rowAt(index.row()).image.raw : QJsonObject();
}

} // namespace EcsDesk::Models
