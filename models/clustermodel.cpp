// SPDX-License-Identifier: MIT
#include "models/clustermodel.h"

#include "models/capacity/capacitystrategy.h"
#include "models/itemroles.h"

namespace EcsDesk::Models {

ClusterModel::ClusterModel(QObject* parent)
    : KeyedTableModel(parent)
{
}

int ClusterModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ClusterModel::sortValue(const Api::Cluster& cluster, int column) const
{
    switch (column) {
    case NameColumn:
        return cluster.name;
    case StatusColumn:
        return cluster.status;
    case ServicesColumn:
        return cluster.activeServicesCount;
    case RunningColumn:
        return cluster.runningTasksCount;
    case PendingColumn:
        return cluster.pendingTasksCount;
    case InstancesColumn:
        return cluster.registeredContainerInstancesCount;
    case CapacityProvidersColumn:
        return cluster.capacityProviders.join(QLatin1String(", "));
    case DefaultStrategyColumn:
        return CapacityStrategy::describe(cluster.defaultCapacityProviderStrategy);
    }
    return {};
}

QVariant ClusterModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Api::Cluster& cluster = rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        return sortValue(cluster, index.column());
    case ArnRole:
        return cluster.arn;
    case FilterRole:
        return sortValue(cluster, index.column()).toString();
    case Qt::TextAlignmentRole:
        if (index.column() >= ServicesColumn && index.column() <= InstancesColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        return cluster.arn;
    }
    return {};
}

QVariant ClusterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != ColumnKeyRole))
        return {};
    const char* name = nullptr;
    switch (section) {
    case NameColumn:
        name = QT_TR_NOOP("Name");
        break;
    case StatusColumn:
        name = QT_TR_NOOP("Status");
        break;
    case ServicesColumn:
        name = QT_TR_NOOP("Services");
        break;
    case RunningColumn:
        name = QT_TR_NOOP("Running tasks");
        break;
    case PendingColumn:
        name = QT_TR_NOOP("Pending tasks");
        break;
    case InstancesColumn:
        name = QT_TR_NOOP("Container instances");
        break;
    case CapacityProvidersColumn:
        name = QT_TR_NOOP("Capacity providers");
        break;
    case DefaultStrategyColumn:
        name = QT_TR_NOOP("Default strategy");
        break;
    }
    if (!name)
        return {};
    return role == ColumnKeyRole ? QVariant(QString::fromLatin1(name)) : QVariant(tr(name));
}

void ClusterModel::applySnapshot(QList<Api::Cluster> clusters) { applyRows(std::move(clusters)); }

void ClusterModel::setClusters(QList<Api::Cluster> clusters) { resetRows(std::move(clusters)); }

QString ClusterModel::keyOf(const Api::Cluster& cluster) const { return cluster.arn; }

bool ClusterModel::columnDiffers(const Api::Cluster& before, const Api::Cluster& after, int column) const
{
    return sortValue(before, column) != sortValue(after, column);
}

QJsonObject ClusterModel::rawJson(const QModelIndex& index) const
{
    return index.isValid() && index.row() < rowCount() ? rowAt(index.row()).raw : QJsonObject();
}

} // namespace EcsDesk::Models
