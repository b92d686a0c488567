// SPDX-License-Identifier: MIT
#include "models/containerinstancemodel.h"

#include "models/itemroles.h"

namespace EcsDesk::Models {

namespace {
    double usedShare(const Api::ContainerInstance& instance, const QString& resource)
    {
        const qint64 registered = instance.registered(resource);
        if (registered <= 0)
            return 0;
        return double(registered - instance.remaining(resource)) / double(registered);
    }

    QString containerInstanceId(const Api::ContainerInstance& instance)
    {
        return instance.arn.section(QLatin1Char('/'), -1);
    }
} // namespace

ContainerInstanceModel::ContainerInstanceModel(QObject* parent)
    : KeyedTableModel(parent)
{
}

int ContainerInstanceModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ContainerInstanceModel::value(const Api::ContainerInstance& instance, int column)
{
    switch (column) {
    case InstanceColumn:
        return instance.ec2InstanceId;
    case StatusColumn:
        return instance.status;
    case AgentColumn:
        return instance.agentConnected;
    case RunningTasksColumn:
        return instance.runningTasksCount;
    case CpuColumn:
        return usedShare(instance, QStringLiteral("CPU"));
    case MemoryColumn:
        return usedShare(instance, QStringLiteral("MEMORY"));
    }
    return {};
}

QVariant ContainerInstanceModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Api::ContainerInstance& instance = rowAt(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
    case FilterRole:
        if (column == AgentColumn)
            return instance.agentConnected ? tr("connected") : tr("disconnected");
        if (column == CpuColumn || column == MemoryColumn) {
            const QString resource = column == CpuColumn ? QStringLiteral("CPU") : QStringLiteral("MEMORY");
            const qint64 registered = instance.registered(resource);
            return tr("%1 / %2").arg(registered - instance.remaining(resource)).arg(registered);
        }
        // `instance:` finds an instance by its EC2 id or its container instance id.
        if (role == FilterRole && column == InstanceColumn)
            return QString(instance.ec2InstanceId + QLatin1Char(' ') + containerInstanceId(instance));
        return value(instance, column).toString();
    case SortRole:
    case UsageRole:
        return value(instance, column);
    case ArnRole:
        return instance.arn;
    case Qt::ToolTipRole:
        if (column == InstanceColumn)
            return tr("Container instance %1").arg(containerInstanceId(instance));
        return instance.arn;
    }
    return {};
}

QVariant ContainerInstanceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != ColumnKeyRole))
        return {};
    const char* name = nullptr;
    switch (section) {
    case InstanceColumn:
        name = QT_TR_NOOP("Instance");
        break;
    case StatusColumn:
        name = QT_TR_NOOP("Status");
        break;
    case AgentColumn:
        name = QT_TR_NOOP("Agent");
        break;
    case RunningTasksColumn:
        name = QT_TR_NOOP("Running tasks");
        break;
    case CpuColumn:
        name = QT_TR_NOOP("CPU used");
        break;
    case MemoryColumn:
        name = QT_TR_NOOP("Memory used");
        break;
    }
    if (!name)
        return {};
    return role == ColumnKeyRole ? QVariant(QString::fromLatin1(name)) : QVariant(tr(name));
}

void ContainerInstanceModel::applySnapshot(QList<Api::ContainerInstance> instances) { applyRows(std::move(instances)); }

void ContainerInstanceModel::setInstances(QList<Api::ContainerInstance> instances) { resetRows(std::move(instances)); }

QString ContainerInstanceModel::keyOf(const Api::ContainerInstance& instance) const { return instance.arn; }

bool ContainerInstanceModel::columnDiffers(
    const Api::ContainerInstance& before, const Api::ContainerInstance& after, int column) const
{
    return value(before, column) != value(after, column);
}

QJsonObject ContainerInstanceModel::rawJson(const QModelIndex& index) const
{
    return index.isValid() && index.row() < rowCount() ? rowAt(index.row()).raw : QJsonObject();
}

} // namespace EcsDesk::Models
