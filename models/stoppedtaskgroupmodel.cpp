// SPDX-License-Identifier: MIT
#include "models/stoppedtaskgroupmodel.h"

#include <algorithm>

namespace EcsDesk::Models {

StoppedTaskGroupModel::StoppedTaskGroupModel(int stoppedRole, int reasonColumn, int sortRole, QObject* parent)
    : QAbstractProxyModel(parent)
    , m_stoppedRole(stoppedRole)
    , m_reasonColumn(reasonColumn)
    , m_sortRole(sortRole)
{
}

StoppedTaskGroupModel::~StoppedTaskGroupModel() = default;

void StoppedTaskGroupModel::setSourceModel(QAbstractItemModel* model)
{
    beginResetModel();
    for (const QMetaObject::Connection& connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    QAbstractProxyModel::setSourceModel(model);
    if (model) {
        m_connections = {
            connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { beginResetModel(); }),
            connect(model, &QAbstractItemModel::modelReset, this,
                [this] {
                    rebuild();
                    endResetModel();
                }),
            connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this, [this] { beginResetModel(); }),
            connect(model, &QAbstractItemModel::layoutChanged, this,
                [this] {
                    rebuild();
                    endResetModel();
                }),
            connect(
                model, &QAbstractItemModel::rowsAboutToBeRemoved, this, &StoppedTaskGroupModel::onRowsAboutToBeRemoved),
            connect(model, &QAbstractItemModel::rowsRemoved, this, &StoppedTaskGroupModel::onRowsRemoved),
            connect(model, &QAbstractItemModel::rowsInserted, this, &StoppedTaskGroupModel::onRowsInserted),
            connect(model, &QAbstractItemModel::dataChanged, this, &StoppedTaskGroupModel::onDataChanged),
        };
    }
    rebuild();
    endResetModel();
}

bool StoppedTaskGroupModel::isStopped(int sourceRow) const
{
    return sourceModel()->index(sourceRow, 0).data(m_stoppedRole).toBool();
}

QString StoppedTaskGroupModel::reasonOf(int sourceRow) const
{
    return sourceModel()->index(sourceRow, m_reasonColumn).data().toString();
}

int StoppedTaskGroupModel::rowOfGroup(const Group* group) const
{
    for (size_t i = 0; i < m_groups.size(); ++i) {
        if (m_groups[i].get() == group)
            return int(i);
    }
    return -1;
}

void StoppedTaskGroupModel::rebuild()
{
    m_groups.clear();
    m_groupOfRow.clear();
    if (!sourceModel())
        return;
    const int rows = sourceModel()->rowCount();
    m_groupOfRow.fill(nullptr, rows);
    QHash<QString, Group*> byReason;
    for (int row = 0; row < rows; ++row) {
        if (!isStopped(row))
            continue;
        const QString reason = reasonOf(row);
        Group*& group = byReason[reason];
        if (!group) {
            m_groups.push_back(std::make_unique<Group>());
            group = m_groups.back().get();
            group->reason = reason;
        }
        group->rows.append(row);
        m_groupOfRow[row] = group;
    }
}

void StoppedTaskGroupModel::addRow(int sourceRow)
{
    const QString reason = reasonOf(sourceRow);
    Group* group = findGroup(reason);
    if (!group) {
        const int row = int(m_groups.size());
        beginInsertRows({}, row, row);
        m_groups.push_back(std::make_unique<Group>());
        group = m_groups.back().get();
        group->reason = reason;
        group->rows.append(sourceRow);
        m_groupOfRow[sourceRow] = group;
        endInsertRows();
        return;
    }
    const int position = positionIn(group, sourceRow);
    beginInsertRows(createIndex(rowOfGroup(group), 0, nullptr), position, position);
    group->rows.insert(position, sourceRow);
    m_groupOfRow[sourceRow] = group;
    endInsertRows();
    groupCountChanged(group);
}

void StoppedTaskGroupModel::removeRow(int sourceRow)
{
    Group* group = m_groupOfRow.at(sourceRow);
    if (!group)
        return;
    const int groupRow = rowOfGroup(group);
    if (group->rows.size() == 1) {
        beginRemoveRows({}, groupRow, groupRow);
        m_groupOfRow[sourceRow] = nullptr;
        m_groups.erase(m_groups.begin() + groupRow);
        endRemoveRows();
        return;
    }
    const int position = positionIn(group, sourceRow);
    beginRemoveRows(createIndex(groupRow, 0, nullptr), position, position);
    group->rows.remove(position);
    m_groupOfRow[sourceRow] = nullptr;
    endRemoveRows();
    groupCountChanged(group);
}

void StoppedTaskGroupModel::moveRow(int sourceRow)
{
    Group* from = m_groupOfRow.at(sourceRow);
    const QString reason = reasonOf(sourceRow);
    Group* to = findGroup(reason);
    if (!to) {
        // The new reason's group comes first (empty for a moment), then the task moves into it.
        const int row = int(m_groups.size());
        beginInsertRows({}, row, row);
        m_groups.push_back(std::make_unique<Group>());
        to = m_groups.back().get();
        to->reason = reason;
        endInsertRows();
    }
    const int fromPosition = positionIn(from, sourceRow);
    const int toPosition = positionIn(to, sourceRow);
    beginMoveRows(createIndex(rowOfGroup(from), 0, nullptr), fromPosition, fromPosition,
        createIndex(rowOfGroup(to), 0, nullptr), toPosition);
    from->rows.remove(fromPosition);
    to->rows.insert(toPosition, sourceRow);
    m_groupOfRow[sourceRow] = to;
    endMoveRows();
    groupCountChanged(to);
    if (from->rows.isEmpty()) {
        const int fromRow = rowOfGroup(from);
        beginRemoveRows({}, fromRow, fromRow);
        m_groups.erase(m_groups.begin() + fromRow);
        endRemoveRows();
    } else {
        groupCountChanged(from);
    }
}

void StoppedTaskGroupModel::groupCountChanged(const Group* group)
{
    const int row = rowOfGroup(group);
    Q_EMIT dataChanged(createIndex(row, 0, nullptr), createIndex(row, columnCount() - 1, nullptr));
}

void StoppedTaskGroupModel::onRowsAboutToBeRemoved(const QModelIndex& parent, int first, int last)
{
    if (parent.isValid())
        return;
    for (int row = last; row >= first; --row)
        removeRow(row);
}

void StoppedTaskGroupModel::onRowsRemoved(const QModelIndex& parent, int first, int last)
{
    if (parent.isValid())
        return;
    const int count = last - first + 1;
    m_groupOfRow.remove(first, count);
    // Positions within the groups stay: only the source row numbers behind them move up.
    for (const auto& group : m_groups) {
        for (int& row : group->rows) {
            if (row > last)
                row -= count;
        }
    }
}

void StoppedTaskGroupModel::onRowsInserted(const QModelIndex& parent, int first, int last)
{
    if (parent.isValid())
        return;
    const int count = last - first + 1;
    for (const auto& group : m_groups) {
        for (int& row : group->rows) {
            if (row >= first)
                row += count;
        }
    }
    m_groupOfRow.insert(first, count, nullptr);
    for (int row = first; row <= last; ++row) {
        if (isStopped(row))
            addRow(row);
    }
}

void StoppedTaskGroupModel::onDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight)
{
    if (!topLeft.isValid() || topLeft.parent().isValid())
        return;
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        Group* group = m_groupOfRow.at(row);
        const bool stopped = isStopped(row);
        if (!stopped) {
            removeRow(row); // a task that runs again (not in ECS, but a server may say so)
            continue;
        }
        if (!group) {
            addRow(row);
            continue;
        }
        if (group->reason != reasonOf(row)) {
            moveRow(row); // a move, not remove + insert: the view keeps the task selected
            continue;
        }
        const int position = positionIn(group, row);
        Q_EMIT dataChanged(
            createIndex(position, topLeft.column(), group), createIndex(position, bottomRight.column(), group));
    }
}

QModelIndex StoppedTaskGroupModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= columnCount())
        return {};
    if (!parent.isValid())
        return row < int(m_groups.size()) ? createIndex(row, column, nullptr) : QModelIndex();
    if (parent.internalPointer() || parent.column() != 0 || parent.row() >= int(m_groups.size()))
        return {};
    Group* group = m_groups[size_t(parent.row())].get();
    return row < group->rows.size() ? createIndex(row, column, group) : QModelIndex();
}

QModelIndex StoppedTaskGroupModel::parent(const QModelIndex& child) const
{
    const auto* group = static_cast<const Group*>(child.internalPointer());
    if (!child.isValid() || !group)
        return {};
    return createIndex(rowOfGroup(group), 0, nullptr);
}

int StoppedTaskGroupModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalPointer() || parent.column() != 0)
        return 0;
    return int(m_groups[size_t(parent.row())]->rows.size());
}

int StoppedTaskGroupModel::columnCount(const QModelIndex&) const
{
    return sourceModel() ? sourceModel()->columnCount() : 0;
}

bool StoppedTaskGroupModel::hasChildren(const QModelIndex& parent) const { return rowCount(parent) > 0; }

QVariant StoppedTaskGroupModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalPointer())
        return sourceModel()->data(mapToSource(index), role);
    const Group& group = *m_groups[size_t(index.row())];
    const int count = int(group.rows.size());
    const QString reason = group.reason.isEmpty() ? tr("(no reason given)") : group.reason;
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == 0 ? tr("%1 — %n task(s)", nullptr, count).arg(reason) : QVariant();
    case Qt::ToolTipRole:
        return tr("%n task(s) stopped with: %1", nullptr, count).arg(reason);
    case IsGroupRole:
        return true;
    case GroupCountRole:
        return count;
    case GroupReasonRole:
        return group.reason;
    }
    if (role == m_sortRole)
        return group.reason; // groups keep their order by reason whatever the sort column
    if (role == m_stoppedRole)
        return true;
    return {};
}

QVariant StoppedTaskGroupModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return sourceModel() && orientation == Qt::Horizontal ? sourceModel()->headerData(section, orientation, role)
                                                          : QVariant();
}

Qt::ItemFlags StoppedTaskGroupModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return index.internalPointer() ? sourceModel()->flags(mapToSource(index))
                                   : Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QModelIndex StoppedTaskGroupModel::mapToSource(const QModelIndex& proxyIndex) const
{
    const auto* group = static_cast<const Group*>(proxyIndex.internalPointer());
    if (!proxyIndex.isValid() || !group || !sourceModel())
        return {};
    return sourceModel()->index(group->rows.at(proxyIndex.row()), proxyIndex.column());
}

QModelIndex StoppedTaskGroupModel::mapFromSource(const QModelIndex& sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.row() >= m_groupOfRow.size())
        return {};
    Group* group = m_groupOfRow.at(sourceIndex.row());
    if (!group)
        return {};
    const int position = positionIn(group, sourceIndex.row());
    return createIndex(position, sourceIndex.column(), group);
}

QModelIndex StoppedTaskGroupModel::groupIndex(const QString& reason) const
{
    const Group* group = findGroup(reason);
    return group ? createIndex(rowOfGroup(group), 0, nullptr) : QModelIndex();
}

StoppedTaskGroupModel::Group* StoppedTaskGroupModel::findGroup(const QString& reason) const
{
    for (const auto& group : m_groups) {
        if (group->reason == reason)
            return group.get();
    }
    return nullptr;
}

int StoppedTaskGroupModel::positionIn(const Group* group, int sourceRow)
{
    return int(std::lower_bound(group->rows.cbegin(), group->rows.cend(), sourceRow) - group->rows.cbegin());
}

} // namespace EcsDesk::Models
