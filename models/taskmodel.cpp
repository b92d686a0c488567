#include "models/taskmodel.h"

namespace EcsDesk::Models {

TaskModel::TaskModel(QObject* parent)
    : KeyedTableModel(parent)
{
}

int TaskModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString TaskModel::lastSegment(const QString& arn)
{
    const qsizetype slash = arn.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? arn : arn.mid(slash + 1);
}

std::optional<int> TaskModel::exitCode(const Api::Task& task)
{
    std::optional<int> result;
    for (const Api::Container& container : task.containers) {
        if (!container.exitCode)
            continue;
        if (!result || *container.exitCode != 0)
            result = container.exitCode;
        if (*result != 0)
            break;
    }
    return result;
}

QVariant TaskModel::value(const Api::Task& task, int column)
{
    switch (column) {
    case IdColumn:
        return lastSegment(task.arn);
    case LastStatusColumn:
        return task.lastStatus;
    case DesiredStatusColumn:
        return task.desiredStatus;
    case TaskDefinitionColumn:
        return lastSegment(task.taskDefinitionArn);
    case PlacementColumn:
        return task.containerInstanceArn.isEmpty() ? task.launchType : lastSegment(task.containerInstanceArn);
    case ZoneColumn:
        return task.availabilityZone;
    case CpuColumn:
        return task.cpu.toInt();
    case MemoryColumn:
        return task.memory.toInt();
    case HealthColumn:
        return task.healthStatus;
    case StartedColumn:
        return task.startedAt;
    case StoppedReasonColumn:
        return task.stoppedReason;
    case ExitCodeColumn: {
        const std::optional<int> code = exitCode(task);
        return code ? QVariant(*code) : QVariant();
    }
    }
    return {};
}

QVariant TaskModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Api::Task& task = rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == StartedColumn)
            return task.startedAt.isValid() ? task.startedAt.toLocalTime().toString(Qt::ISODate) : QString();
        return value(task, index.column());
    case SortRole:
        // The ARNs share their prefix within a cluster, so they sort like the ids they end with;
        // returning them shares the row's string instead of allocating one per comparison.
        switch (index.column()) {
        case IdColumn:
            return task.arn;
        case TaskDefinitionColumn:
            return task.taskDefinitionArn;
        case PlacementColumn:
            return task.containerInstanceArn.isEmpty() ? task.launchType : task.containerInstanceArn;
        }
        return value(task, index.column());
    case FilterRole:
        return value(task, index.column()).toString();
    case ArnRole:
        return task.arn;
    case StoppedRole:
        return task.lastStatus == QLatin1String("STOPPED") || task.desiredStatus == QLatin1String("STOPPED");
    case Qt::ToolTipRole:
        return index.column() == StoppedReasonColumn ? task.stoppedReason : task.arn;
    case Qt::TextAlignmentRole:
        if (index.column() == CpuColumn || index.column() == MemoryColumn || index.column() == ExitCodeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    return {};
}

QVariant TaskModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("Task");
    case LastStatusColumn:
        return tr("Last status");
    case DesiredStatusColumn:
        return tr("Desired status");
    case TaskDefinitionColumn:
        return tr("Task definition");
    case PlacementColumn:
        return tr("Instance");
    case ZoneColumn:
        return tr("Zone");
    case CpuColumn:
        return tr("CPU");
    case MemoryColumn:
        return tr("Memory");
    case HealthColumn:
        return tr("Health");
    case StartedColumn:
        return tr("Started");
    case StoppedReasonColumn:
        return tr("Stopped reason");
    case ExitCodeColumn:
        return tr("Exit code");
    }
    return {};
}

void TaskModel::applySnapshot(QList<Api::Task> tasks) { applyRows(std::move(tasks)); }

void TaskModel::setTasks(QList<Api::Task> tasks) { resetRows(std::move(tasks)); }

bool TaskModel::rowsEqual(const Api::Task& before, const Api::Task& after) const
{
    const QJsonValue version = before.raw.value(QLatin1String("version"));
    if (version.isUndefined() || version != after.raw.value(QLatin1String("version")))
        return before == after;
    return before.lastStatus == after.lastStatus && before.desiredStatus == after.desiredStatus
        && before.healthStatus == after.healthStatus && before.stoppedReason == after.stoppedReason;
}

QString TaskModel::keyOf(const Api::Task& task) const { return task.arn; }

bool TaskModel::columnDiffers(const Api::Task& before, const Api::Task& after, int column) const
{
    return value(before, column) != value(after, column);
}

} // namespace EcsDesk::Models
