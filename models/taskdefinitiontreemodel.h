// SPDX-License-Identifier: MIT
#pragma once

#include "api/ecs/types.h"
#include "models/panemodel.h"

#include <QAbstractItemModel>

#include <memory>
#include <vector>

namespace EcsDesk::Models {

/// The Task Definitions pane: families at the top, their revisions below (ACTIVE and INACTIVE).
/// Refreshed as a diff per level (families and revisions removed, changed, added); a family's
/// node lives at a stable address, so persistent indexes of revisions survive a refresh.
class TaskDefinitionTreeModel : public QAbstractItemModel, public PaneModel {
    Q_OBJECT
public:
    enum Column { NameColumn, StatusColumn, CpuColumn, MemoryColumn, NetworkModeColumn, RegisteredColumn, ColumnCount };
    enum Roles { IsFamilyRole = FirstModelRole };

    explicit TaskDefinitionTreeModel(QObject* parent = nullptr);
    ~TaskDefinitionTreeModel() override;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    /// A revision's DescribeTaskDefinition object; empty for a family row.
    QJsonObject rawJson(const QModelIndex& index) const override;

    /// Merges a fresh list of revisions (any order) as a diff.
    void applyDefinitions(const QList<Api::TaskDefinition>& definitions);
    /// Another context: a reset.
    void setDefinitions(const QList<Api::TaskDefinition>& definitions);

    /// The revision at `index`, nullptr for a family row.
    const Api::TaskDefinition* definition(const QModelIndex& index) const;
    /// The family name of a family or revision row.
    QString family(const QModelIndex& index) const;
    int familyCount() const { return int(m_families.size()); }

private:
    struct Family {
        QString name;
        QList<Api::TaskDefinition> revisions;
    };
    static QVariant revisionValue(const Api::TaskDefinition& definition, int column);
    QVariant familyValue(const Family& family, int column) const;
    int rowOfFamily(const Family* family) const;

    std::vector<std::unique_ptr<Family>> m_families;
};

} // namespace EcsDesk::Models
