// SPDX-License-Identifier: MIT
#include "models/taskdefinitiontreemodel.h"

#include "models/itemroles.h"
#include "models/timestampformat.h"

#include <QHash>
#include <QMap>

namespace EcsDesk::Models {

TaskDefinitionTreeModel::TaskDefinitionTreeModel(QObject* parent)
    : QAbstractItemModel(parent)
{
}

TaskDefinitionTreeModel::~TaskDefinitionTreeModel() = default;

int TaskDefinitionTreeModel::rowOfFamily(const Family* family) const
{
    for (size_t i = 0; i < m_families.size(); ++i) {
        if (m_families[i].get() == family)
            return int(i);
    }
    return -1;
}

QModelIndex TaskDefinitionTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < int(m_families.size()) ? createIndex(row, column, nullptr) : QModelIndex();
    if (parent.internalPointer() || parent.row() >= int(m_families.size()))
        return {}; // revisions have no children
    Family* family = m_families[size_t(parent.row())].get();
    return row < family->revisions.size() ? createIndex(row, column, family) : QModelIndex();
}

QModelIndex TaskDefinitionTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || !child.internalPointer())
        return {};
    const int row = rowOfFamily(static_cast<const Family*>(child.internalPointer()));
    return row < 0 ? QModelIndex() : createIndex(row, 0, nullptr);
}

int TaskDefinitionTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_families.size());
    if (parent.internalPointer() || parent.column() != 0)
        return 0;
    return int(m_families[size_t(parent.row())]->revisions.size());
}

int TaskDefinitionTreeModel::columnCount(const QModelIndex&) const { return ColumnCount; }

const Api::TaskDefinition* TaskDefinitionTreeModel::definition(const QModelIndex& index) const
{
    if (!index.isValid() || !index.internalPointer())
        return nullptr;
    const auto* family = static_cast<const Family*>(index.internalPointer());
    return &family->revisions.at(index.row());
}

QString TaskDefinitionTreeModel::family(const QModelIndex& index) const
{
    if (!index.isValid())
        return {};
    if (index.internalPointer())
        return static_cast<const Family*>(index.internalPointer())->name;
    return m_families[size_t(index.row())]->name;
}

QVariant TaskDefinitionTreeModel::revisionValue(const Api::TaskDefinition& d, int column)
{
    switch (column) {
    case NameColumn:
        return d.revision;
    case StatusColumn:
        return d.status;
    case CpuColumn:
        return d.cpu;
    case MemoryColumn:
        return d.memory;
    case NetworkModeColumn:
        return d.networkMode;
    case RegisteredColumn:
        return d.registeredAt;
    }
    return {};
}

QVariant TaskDefinitionTreeModel::familyValue(const Family& family, int column) const
{
    switch (column) {
    case NameColumn:
        return family.name;
    case StatusColumn: {
        int active = 0;
        for (const Api::TaskDefinition& d : family.revisions)
            active += d.status == QLatin1String("ACTIVE") ? 1 : 0;
        return tr("%1 active, %2 inactive").arg(active).arg(family.revisions.size() - active);
    }
    }
    return {};
}

QVariant TaskDefinitionTreeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Api::TaskDefinition* d = definition(index);
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
    case FilterRole:
        if (!d)
            return familyValue(*m_families[size_t(index.row())], column).toString();
        if (column == NameColumn)
            return tr("%1:%2").arg(d->family).arg(d->revision);
        if (column == RegisteredColumn)
            return role == FilterRole ? TimestampFormat::filterText(d->registeredAt)
                                      : TimestampFormat::display(d->registeredAt);
        return revisionValue(*d, column).toString();
    case SortRole:
        return d ? revisionValue(*d, column) : familyValue(*m_families[size_t(index.row())], column);
    case ArnRole:
        return d ? d->arn : QString();
    case IsFamilyRole:
        return d == nullptr;
    case ExportRole:
        return d && column == RegisteredColumn ? QVariant(TimestampFormat::iso(d->registeredAt)) : QVariant();
    case Qt::ToolTipRole:
        if (d && column == RegisteredColumn && d->registeredAt.isValid())
            return TimestampFormat::iso(d->registeredAt);
        return d ? d->arn : family(index);
    }
    return {};
}

QVariant TaskDefinitionTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != ColumnKeyRole))
        return {};
    const char* name = nullptr;
    switch (section) {
    case NameColumn:
        name = QT_TR_NOOP("Family / revision");
        break;
    case StatusColumn:
        name = QT_TR_NOOP("Status");
        break;
    case CpuColumn:
        name = QT_TR_NOOP("CPU");
        break;
    case MemoryColumn:
        name = QT_TR_NOOP("Memory");
        break;
    case NetworkModeColumn:
        name = QT_TR_NOOP("Network mode");
        break;
    case RegisteredColumn:
        name = QT_TR_NOOP("Registered");
        break;
    }
    if (!name)
        return {};
    return role == ColumnKeyRole ? QVariant(QString::fromLatin1(name)) : QVariant(tr(name));
}

void TaskDefinitionTreeModel::setDefinitions(const QList<Api::TaskDefinition>& definitions)
{
    beginResetModel();
    m_families.clear();
    QMap<QString, QList<Api::TaskDefinition>> byFamily;
    for (const Api::TaskDefinition& d : definitions)
        byFamily[d.family].append(d);
    for (auto it = byFamily.cbegin(); it != byFamily.cend(); ++it)
        m_families.push_back(std::make_unique<Family>(Family { it.key(), it.value() }));
    endResetModel();
}

void TaskDefinitionTreeModel::applyDefinitions(const QList<Api::TaskDefinition>& definitions)
{
    QMap<QString, QList<Api::TaskDefinition>> byFamily;
    for (const Api::TaskDefinition& d : definitions)
        byFamily[d.family].append(d);

    // 1. Families that vanished, bottom up.
    for (int row = int(m_families.size()) - 1; row >= 0; --row) {
        if (byFamily.contains(m_families[size_t(row)]->name))
            continue;
        beginRemoveRows({}, row, row);
        m_families.erase(m_families.begin() + row);
        endRemoveRows();
    }
    // 2. Revisions of the families that stay.
    for (int row = 0; row < int(m_families.size()); ++row) {
        Family& family = *m_families[size_t(row)];
        const QModelIndex parent = createIndex(row, 0, nullptr);
        const QVariant statusBefore = familyValue(family, StatusColumn);
        QHash<QString, Api::TaskDefinition> fresh;
        for (const Api::TaskDefinition& d : byFamily.value(family.name))
            fresh.insert(d.arn, d);
        for (int r = int(family.revisions.size()) - 1; r >= 0; --r) {
            if (fresh.contains(family.revisions.at(r).arn))
                continue;
            beginRemoveRows(parent, r, r);
            family.revisions.removeAt(r);
            endRemoveRows();
        }
        for (int r = 0; r < family.revisions.size(); ++r) {
            Api::TaskDefinition next = fresh.take(family.revisions.at(r).arn);
            if (next == family.revisions.at(r))
                continue;
            family.revisions[r] = std::move(next);
            Q_EMIT dataChanged(index(r, 0, parent), index(r, ColumnCount - 1, parent));
        }
        if (!fresh.isEmpty()) {
            QList<Api::TaskDefinition> added;
            for (const Api::TaskDefinition& d : byFamily.value(family.name)) {
                if (fresh.contains(d.arn))
                    added.append(d);
            }
            const int first = int(family.revisions.size());
            beginInsertRows(parent, first, first + int(added.size()) - 1);
            family.revisions.append(added);
            endInsertRows();
        }
        if (familyValue(family, StatusColumn) != statusBefore)
            Q_EMIT dataChanged(index(row, StatusColumn), index(row, StatusColumn));
        byFamily.remove(family.name);
    }
    // 3. New families.
    if (!byFamily.isEmpty()) {
        const int first = int(m_families.size());
        beginInsertRows({}, first, first + int(byFamily.size()) - 1);
        for (auto it = byFamily.cbegin(); it != byFamily.cend(); ++it)
            m_families.push_back(std::make_unique<Family>(Family { it.key(), it.value() }));
        endInsertRows();
    }
}

QJsonObject TaskDefinitionTreeModel::rawJson(const QModelIndex& index) const
{
    const Api::TaskDefinition* d = definition(index);
    return d ? d->raw : QJsonObject();
}

} // namespace EcsDesk::Models
