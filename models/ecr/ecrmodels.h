// SPDX-License-Identifier: MIT
#pragma once

#include "api/ecr/ecrtypes.h"
#include "models/keyedtablemodel.h"
#include "models/panemodel.h"

namespace EcsDesk::Models {

/// A repository with what its images add up to.
struct EcrRepositoryRow {
    Api::EcrRepository repository;
    int imageCount = -1; ///< -1 until its images are loaded
    qint64 totalSize = 0;
    bool operator==(const EcrRepositoryRow&) const = default;
};

/// The Repositories pane: name, URI, image count, total size, scan on push, tag mutability; keyed
/// by ARN and refreshed as a diff.
class EcrRepositoryModel : public KeyedTableModel<EcrRepositoryRow>, public PaneModel {
    Q_OBJECT
public:
    enum Column { NameColumn, UriColumn, ImagesColumn, SizeColumn, ScanOnPushColumn, MutabilityColumn, ColumnCount };
    using KeyedTableModel::KeyedTableModel;

    void setRepositories(const QList<Api::EcrRepository>& repositories);
    /// The count and size of a repository's images once they are loaded.
    void setImages(const QString& repositoryName, const QList<Api::EcrImage>& images);

    int columnCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QJsonObject rawJson(const QModelIndex& index) const override;

protected:
    QString keyOf(const EcrRepositoryRow& row) const override { return row.repository.arn; }
    bool columnDiffers(const EcrRepositoryRow& before, const EcrRepositoryRow& after, int column) const override;
};

/// An image with the task definitions and services that use it.
struct EcrImageRow {
    Api::EcrImage image;
    QStringList usedBy; ///< "family:revision (service, ...)"
    bool operator==(const EcrImageRow&) const = default;
};

/// The images of one repository: tags, digest, pushed, size, findings by severity, last pulled,
/// used by; keyed by digest and refreshed as a diff.
class EcrImageModel : public KeyedTableModel<EcrImageRow>, public PaneModel {
    Q_OBJECT
public:
    enum Column {
        TagsColumn,
        DigestColumn,
        PushedColumn,
        SizeColumn,
        CriticalColumn,
        HighColumn,
        MediumColumn,
        LowColumn,
        LastPulledColumn,
        UsedByColumn,
        ColumnCount
    };
    using KeyedTableModel::KeyedTableModel;

    /// Another repository's images replace the rows; the same repository's are merged.
    void setImages(const QString& repositoryName, const QList<EcrImageRow>& rows);
    QString repositoryName() const { return m_repository; }

    int columnCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QJsonObject rawJson(const QModelIndex& index) const override;

    /// "1.2 MB": sizes as the console shows them (decimal units).
    static QString sizeText(qint64 bytes);

protected:
    QString keyOf(const EcrImageRow& row) const override { return row.image.digest; }
    bool columnDiffers(const EcrImageRow& before, const EcrImageRow& after, int column) const override;

private:
    QString m_repository;
};

} // namespace EcsDesk::Models
