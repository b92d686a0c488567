// SPDX-License-Identifier: MIT
#include "models/taskmodel.h"

#include "models/itemroles.h"
#include "models/timestampformat.h"

#include <QFutureWatcher>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace EcsDesk::Models {

namespace {
    /// A worker's answer: the diff or, for a reset, the rows.
    struct Prepared {
        bool reset = false;
        RowDiff<TaskRow> diff;
        QList<TaskRow> rows;
        QHash<QString, int> index;
    };

    /// Hands the pages freed by a large answer back to the system (glibc keeps them otherwise).
    void releaseFreedMemory(qsizetype tasks)
    {
#ifdef __GLIBC__
        if (tasks >= 20000)
            malloc_trim(0);
#else
        Q_UNUSED(tasks);
#endif
    }
} // namespace

TaskModel::TaskModel(QObject* parent)
    : KeyedTableModel(parent)
    , m_pool(std::make_shared<StringPool>())
{
}

TaskModel::~TaskModel() = default;

int TaskModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString TaskModel::lastSegment(const QString& arn)
{
    const qsizetype slash = arn.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? arn : arn.mid(slash + 1);
}

QVariant TaskModel::value(const TaskRow& task, int column)
{
    switch (column) {
    case IdColumn:
        return lastSegment(task.arn);
    case LastStatusColumn:
        return task.lastStatus;
    case DesiredStatusColumn:
        return task.desiredStatus;
    case ServiceColumn:
        return task.serviceName;
    case TaskDefinitionColumn:
        return lastSegment(task.taskDefinitionArn);
    case PlacementColumn:
        // The EC2 instance id, as the Container Instances pane shows it; the container instance's
        // own id when the instance is not known (any more), the launch type on Fargate.
        if (!task.ec2InstanceId.isEmpty())
            return task.ec2InstanceId;
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
    case ExitCodeColumn:
        return task.exitCode ? QVariant(*task.exitCode) : QVariant();
    }
    return {};
}

QVariant TaskModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TaskRow& task = rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == StartedColumn)
            return TimestampFormat::display(task.startedAt);
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
            if (!task.ec2InstanceId.isEmpty())
                return task.ec2InstanceId;
            return task.containerInstanceArn.isEmpty() ? task.launchType : task.containerInstanceArn;
        }
        return value(task, index.column());
    case FilterRole:
        if (index.column() == StartedColumn)
            return TimestampFormat::filterText(task.startedAt);
        // `instance:` finds a task by its EC2 instance or its container instance.
        if (index.column() == PlacementColumn && !task.ec2InstanceId.isEmpty())
            return QString(task.ec2InstanceId + QLatin1Char(' ') + lastSegment(task.containerInstanceArn));
        return value(task, index.column()).toString();
    case ExportRole:
        return index.column() == StartedColumn ? QVariant(TimestampFormat::iso(task.startedAt)) : QVariant();
    case ArnRole:
        return task.arn;
    case StoppedRole:
        return task.isStopped();
    case ServiceRole:
        return task.serviceName;
    case ContainerInstanceArnRole:
        return task.containerInstanceArn;
    case Qt::ToolTipRole:
        if (index.column() == StoppedReasonColumn)
            return task.stoppedReason;
        if (index.column() == StartedColumn && task.startedAt.isValid())
            return TimestampFormat::iso(task.startedAt);
        if (index.column() == PlacementColumn && !task.containerInstanceArn.isEmpty())
            return tr("Container instance %1").arg(lastSegment(task.containerInstanceArn));
        return task.arn;
    case Qt::TextAlignmentRole:
        if (index.column() == CpuColumn || index.column() == MemoryColumn || index.column() == ExitCodeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    return {};
}

QVariant TaskModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != ColumnKeyRole))
        return {};
    const char* name = nullptr;
    switch (section) {
    case IdColumn:
        name = QT_TR_NOOP("Task");
        break;
    case LastStatusColumn:
        name = QT_TR_NOOP("Last status");
        break;
    case DesiredStatusColumn:
        name = QT_TR_NOOP("Desired status");
        break;
    case ServiceColumn:
        name = QT_TR_NOOP("Service");
        break;
    case TaskDefinitionColumn:
        name = QT_TR_NOOP("Task definition");
        break;
    case PlacementColumn:
        name = QT_TR_NOOP("Instance");
        break;
    case ZoneColumn:
        name = QT_TR_NOOP("Zone");
        break;
    case CpuColumn:
        name = QT_TR_NOOP("CPU");
        break;
    case MemoryColumn:
        name = QT_TR_NOOP("Memory");
        break;
    case HealthColumn:
        name = QT_TR_NOOP("Health");
        break;
    case StartedColumn:
        name = QT_TR_NOOP("Started");
        break;
    case StoppedReasonColumn:
        name = QT_TR_NOOP("Stopped reason");
        break;
    case ExitCodeColumn:
        name = QT_TR_NOOP("Exit code");
        break;
    }
    if (!name)
        return {};
    return role == ColumnKeyRole ? QVariant(QString::fromLatin1(name)) : QVariant(tr(name));
}

void TaskModel::setClusterContext(
    const QList<Api::ContainerInstance>& containerInstances, const QList<Api::Service>& services)
{
    m_context = TaskContext::fromCluster(containerInstances, services);
}

QList<TaskRow> TaskModel::convertTasks(QList<Api::Task> tasks, StringPool& pool, const TaskContext& context)
{
    QList<TaskRow> rows;
    rows.reserve(tasks.size());
    const qsizetype count = tasks.size();
    // All rows are built before any task is freed: freeing each task as it is converted would put
    // the row's bytes into the holes it leaves, and the heap would stay resident, fragmented.
    for (const Api::Task& task : std::as_const(tasks))
        rows.append(TaskRow::fromTask(task, pool, context));
    tasks = {};
    releaseFreedMemory(count);
    return rows;
}

RowDiff<TaskRow> TaskModel::diffTasks(
    RowDiffBuilder<TaskRow> builder, QList<Api::Task> tasks, StringPool& pool, const TaskContext& context)
{
    // Strings only vanished rows used (unique stopped reasons, old revisions) leave the pool once
    // it is well past what the rows can use.
    if (pool.size() > 4096 + 2 * builder.base().size()) {
        QSet<const QChar*> used;
        for (const TaskRow& row : builder.base()) {
            for (const QString* s :
                { &row.clusterArn, &row.taskDefinitionArn, &row.containerInstanceArn, &row.ec2InstanceId, &row.group,
                    &row.serviceName, &row.lastStatus, &row.desiredStatus, &row.healthStatus, &row.launchType,
                    &row.availabilityZone, &row.cpu, &row.memory, &row.stoppedReason })
                used.insert(s->constData());
        }
        pool.prune([&used](const QString& value) { return used.contains(value.constData()); });
    }
    for (const Api::Task& task : std::as_const(tasks)) {
        const int old = builder.match(task.arn);
        if (old < 0) {
            builder.insert(TaskRow::fromTask(task, pool, context));
            continue;
        }
        const TaskRow& current = builder.base().at(old);
        // ECS increments a task's `version` on every change: equal versions (and equal statuses,
        // for servers that do not count) mean an unchanged row without converting the task.
        if (current.version >= 0 && current.version == taskVersion(task) && current.lastStatus == task.lastStatus
            && current.desiredStatus == task.desiredStatus && current.healthStatus == task.healthStatus
            && current.stoppedReason == task.stoppedReason && current.ec2InstanceId == context.ec2InstanceOf(task)
            && current.serviceName == context.serviceNameIn(task))
            continue;
        TaskRow row = TaskRow::fromTask(task, pool, context);
        if (row == current)
            continue;
        quint64 columns = 0;
        for (int column = 0; column < ColumnCount; ++column) {
            if (value(current, column) != value(row, column))
                columns |= quint64(1) << column;
        }
        builder.change(old, columns, std::move(row));
    }
    const qsizetype count = tasks.size();
    tasks = {};
    releaseFreedMemory(count);
    return builder.finish([](const TaskRow& row) { return row.arn; });
}

void TaskModel::applySnapshot(QList<Api::Task> tasks)
{
    ++m_request; // a load still running is superseded
    applyDiff(diffTasks(diffBase(), std::move(tasks), *m_pool, m_context));
}

void TaskModel::setTasks(QList<Api::Task> tasks)
{
    ++m_request;
    m_pool->clear(); // the strings of the old context go with its rows
    resetRows(convertTasks(std::move(tasks), *m_pool, m_context));
}

void TaskModel::loadSnapshot(QList<Api::Task> tasks, bool reset)
{
    const quint64 request = ++m_request;
    ++m_pending;
    auto* watcher = new QFutureWatcher<Prepared>(this);
    connect(watcher, &QFutureWatcher<Prepared>::finished, this, [this, watcher, request] {
        watcher->deleteLater();
        --m_pending;
        if (request != m_request)
            return; // superseded
        Prepared prepared = watcher->future().takeResult();
        if (prepared.reset) {
            resetRows(std::move(prepared.rows), std::move(prepared.index));
        } else if (!applyDiff(std::move(prepared.diff))) {
            return; // the rows changed meanwhile: only a newer request can do that, and it wins
        }
        Q_EMIT snapshotApplied();
    });
    std::shared_ptr<StringPool> pool = m_pool;
    if (reset)
        pool->clear();
    RowDiffBuilder<TaskRow> builder = reset ? RowDiffBuilder<TaskRow>({}, {}, 0) : diffBase();
    watcher->setFuture(QtConcurrent::run(
        [reset, pool, context = m_context, builder = std::move(builder), tasks = std::move(tasks)]() mutable {
            Prepared prepared;
            prepared.reset = reset;
            if (reset) {
                prepared.rows = convertTasks(std::exchange(tasks, {}), *pool, context);
                prepared.index = indexOf(prepared.rows, [](const TaskRow& row) { return row.arn; });
            } else
                prepared.diff = diffTasks(std::exchange(builder, RowDiffBuilder<TaskRow>({}, {}, 0)),
                    std::exchange(tasks, {}), *pool, context);
            return prepared;
        }));
}

bool TaskModel::columnDiffers(const TaskRow& before, const TaskRow& after, int column) const
{
    return value(before, column) != value(after, column);
}

QJsonObject TaskModel::rawJson(const QModelIndex& index) const
{
    return index.isValid() && index.row() < rowCount() ? rowAt(index.row()).json() : QJsonObject();
}

} // namespace EcsDesk::Models
