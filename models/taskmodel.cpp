// SPDX-License-Identifier: MIT
#include "models/taskmodel.h"

#include "models/itemroles.h"
#include "models/timestampformat.h"

#include <QFutureWatcher>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>
#include <QThreadPool>

#include <atomic>

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

    /// True when `row` (on show) still describes `task`: ECS increments a task's `version` on
    /// every change; equal statuses too, for servers that do not count.
    bool unchanged(const TaskRow& row, const Api::Task& task)
    {
        return row.version >= 0 && row.version == taskVersion(task) && row.lastStatus == task.lastStatus
            && row.desiredStatus == task.desiredStatus && row.healthStatus == task.healthStatus
            && row.stoppedReason == task.stoppedReason;
    }

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

/// A streamed load: what its batches are converted against and the rows made so far. Only the
/// model's stream thread touches `rows` and `builder` once the load has begun.
struct TaskModel::Stream {
    quint64 request = 0;
    bool reset = false;
    RowDiffBuilder<TaskRow> builder { {}, {}, 0 }; ///< the rows on show at beginLoad()
    std::shared_ptr<StringPool> pool;
    TaskContext context; ///< as known at beginLoad(); rows are given the final one at the end
    QList<TaskRow> rows;
    qsizetype added = 0; ///< GUI thread
    std::atomic<bool> cancelled { false };

    /// Rows of `tasks` (on any thread: reads only what beginLoad() set; the pool locks).
    void convertInto(QList<TaskRow>& into, const QList<Api::Task>& tasks) const
    {
        into.reserve(into.size() + tasks.size());
        for (const Api::Task& task : tasks) {
            if (cancelled.load(std::memory_order_relaxed))
                return;
            const int old = reset ? -1 : builder.find(task.arn);
            if (old >= 0 && unchanged(builder.base().at(old), task))
                into.append(builder.base().at(old)); // shares its strings and packed JSON
            else
                into.append(TaskRow::fromTask(task, *pool, context));
        }
    }
    /// On the stream thread only.
    void convert(QList<Api::Task> tasks) { convertInto(rows, tasks); }
};

TaskModel::TaskModel(QObject* parent)
    : KeyedTableModel(parent)
    , m_pool(std::make_shared<StringPool>())
    , m_streamThread(new QThreadPool(this))
{
    m_streamThread->setMaxThreadCount(1);
}

TaskModel::~TaskModel() { cancelLoad(); } // the stream thread (a child) then ends quickly

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
    case PrivateIpColumn:
        return task.address(TaskRow::AddressField::PrivateIp);
    case PublicIpColumn:
        return task.address(TaskRow::AddressField::PublicIp);
    case EniColumn:
        return task.address(TaskRow::AddressField::Eni);
    case SubnetColumn:
        return task.address(TaskRow::AddressField::Subnet);
    case HostPortsColumn:
        return task.address(TaskRow::AddressField::HostPorts);
    }
    return {};
}

QVariant TaskModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TaskRow& task = rowAt(index.row());
    if (index.column() == TargetHealthColumn
        && (role == Qt::DisplayRole || role == SortRole || role == FilterRole || role == Qt::ToolTipRole))
        return m_targetHealth.value(task.arn);
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
        case PrivateIpColumn:
        case PublicIpColumn: {
            // 10.0.9.2 before 10.0.10.2: IPv4 addresses sort by their number.
            const quint32 ip = task.ipv4(
                index.column() == PrivateIpColumn ? TaskRow::AddressField::PrivateIp : TaskRow::AddressField::PublicIp);
            return ip ? QVariant(ip) : QVariant();
        }
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
    case PrivateIpColumn:
        name = QT_TR_NOOP("Private IP");
        break;
    case PublicIpColumn:
        name = QT_TR_NOOP("Public IP");
        break;
    case EniColumn:
        name = QT_TR_NOOP("ENI");
        break;
    case SubnetColumn:
        name = QT_TR_NOOP("Subnet");
        break;
    case HostPortsColumn:
        name = QT_TR_NOOP("Host ports");
        break;
    case TargetHealthColumn:
        name = QT_TR_NOOP("Target health");
        break;
    }
    if (!name)
        return {};
    return role == ColumnKeyRole ? QVariant(QString::fromLatin1(name)) : QVariant(tr(name));
}

void TaskModel::setTargetHealth(QHash<QString, QString> byTask)
{
    std::swap(m_targetHealth, byTask); // byTask: the old states now
    for (int row = 0; row < rowCount(); ++row) {
        const QString& arn = rowAt(row).arn;
        if (m_targetHealth.value(arn) != byTask.value(arn)) {
            const QModelIndex cell = index(row, TargetHealthColumn);
            Q_EMIT dataChanged(cell, cell, { Qt::DisplayRole, SortRole, FilterRole, Qt::ToolTipRole });
        }
    }
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

void TaskModel::prunePool(StringPool& pool, const QList<TaskRow>& rows)
{
    // Strings only vanished rows used (unique stopped reasons, old revisions) leave the pool once
    // it is well past what the rows can use.
    if (pool.size() <= 4096 + 2 * rows.size())
        return;
    QSet<const QChar*> used;
    for (const TaskRow& row : rows) {
        for (const QString* s :
            { &row.clusterArn, &row.taskDefinitionArn, &row.containerInstanceArn, &row.ec2InstanceId, &row.group,
                &row.startedBy, &row.serviceName, &row.lastStatus, &row.desiredStatus, &row.healthStatus,
                &row.launchType, &row.availabilityZone, &row.cpu, &row.memory, &row.stoppedReason, &row.addressText })
            used.insert(s->constData());
    }
    pool.prune([&used](const QString& value) { return used.contains(value.constData()); });
}

RowDiff<TaskRow> TaskModel::diffTasks(
    RowDiffBuilder<TaskRow> builder, QList<Api::Task> tasks, StringPool& pool, const TaskContext& context)
{
    prunePool(pool, builder.base());
    for (const Api::Task& task : std::as_const(tasks)) {
        const int old = builder.match(task.arn);
        if (old < 0) {
            builder.insert(TaskRow::fromTask(task, pool, context));
            continue;
        }
        const TaskRow& current = builder.base().at(old);
        // An unchanged task is skipped without converting it.
        if (unchanged(current, task) && current.ec2InstanceId == context.ec2InstanceOf(task)
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
    cancelLoad();
    ++m_request; // a load still running is superseded
    applyDiff(diffTasks(diffBase(), std::move(tasks), *m_pool, m_context));
}

void TaskModel::setTasks(QList<Api::Task> tasks)
{
    cancelLoad();
    ++m_request;
    m_pool->clear(); // the strings of the old context go with its rows
    resetRows(convertTasks(std::move(tasks), *m_pool, m_context));
}

template <typename Future> void TaskModel::watchPrepared(Future future, quint64 request)
{
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
    watcher->setFuture(std::move(future));
}

void TaskModel::loadSnapshot(QList<Api::Task> tasks, bool reset)
{
    if (m_stream) {
        // The end of a streamed load: the rest of the tasks, the final context, then the diff.
        std::shared_ptr<Stream> stream = std::exchange(m_stream, nullptr);
        stream->reset = stream->reset || reset;
        watchPrepared(QtConcurrent::run(m_streamThread,
                          [stream, context = m_context, tasks = std::move(tasks)]() mutable {
                              stream->convert(std::exchange(tasks, {}));
                              Prepared prepared;
                              prepared.reset = stream->reset;
                              QList<TaskRow> rows = std::exchange(stream->rows, {});
                              for (TaskRow& row : rows)
                                  row.applyContext(context, *stream->pool);
                              if (prepared.reset) {
                                  prepared.index = indexOf(rows, [](const TaskRow& row) { return row.arn; });
                                  prepared.rows = std::move(rows);
                                  releaseFreedMemory(prepared.rows.size());
                                  return prepared;
                              }
                              RowDiffBuilder<TaskRow>& builder = stream->builder;
                              prunePool(*stream->pool, rows); // the new rows are the whole cluster now
                              for (TaskRow& row : rows) {
                                  const int old = builder.match(row.arn);
                                  if (old < 0) {
                                      builder.insert(std::move(row));
                                      continue;
                                  }
                                  const TaskRow& current = builder.base().at(old);
                                  if (row == current)
                                      continue;
                                  quint64 columns = 0;
                                  for (int column = 0; column < ColumnCount; ++column) {
                                      if (value(current, column) != value(row, column))
                                          columns |= quint64(1) << column;
                                  }
                                  builder.change(old, columns, std::move(row));
                              }
                              const qsizetype count = rows.size();
                              rows = {};
                              releaseFreedMemory(count);
                              prepared.diff = builder.finish([](const TaskRow& row) { return row.arn; });
                              return prepared;
                          }),
            stream->request);
        return;
    }
    const quint64 request = ++m_request;
    std::shared_ptr<StringPool> pool = m_pool;
    if (reset)
        pool->clear();
    RowDiffBuilder<TaskRow> builder = reset ? RowDiffBuilder<TaskRow>({}, {}, 0) : diffBase();
    watchPrepared(QtConcurrent::run([reset, pool, context = m_context, builder = std::move(builder),
                                        tasks = std::move(tasks)]() mutable {
        Prepared prepared;
        prepared.reset = reset;
        if (reset) {
            prepared.rows = convertTasks(std::exchange(tasks, {}), *pool, context);
            prepared.index = indexOf(prepared.rows, [](const TaskRow& row) { return row.arn; });
        } else
            prepared.diff = diffTasks(
                std::exchange(builder, RowDiffBuilder<TaskRow>({}, {}, 0)), std::exchange(tasks, {}), *pool, context);
        return prepared;
    }),
        request);
}

void TaskModel::beginLoad(bool reset)
{
    cancelLoad();
    auto stream = std::make_shared<Stream>();
    stream->request = ++m_request; // a load still running is superseded
    stream->reset = reset;
    if (reset)
        m_pool->clear(); // the rows on show keep their strings; new rows share none of the old ones
    else
        stream->builder = diffBase();
    stream->pool = m_pool;
    stream->context = m_context;
    m_stream = std::move(stream);
}

void TaskModel::addTasks(QList<Api::Task> tasks)
{
    if (!m_stream || tasks.isEmpty())
        return;
    m_stream->added += tasks.size();
    m_streamThread->start([stream = m_stream, tasks = std::move(tasks)]() mutable {
        stream->convert(std::exchange(tasks, {})); // the batch's parsed JSON goes here
    });
}

std::function<QVariant(QList<Api::Task>)> TaskModel::batchConverter() const
{
    if (!m_stream)
        return {};
    return [stream = std::shared_ptr<const Stream>(m_stream)](QList<Api::Task> tasks) {
        TaskRowBatch batch;
        batch.load = stream->request;
        stream->convertInto(batch.rows, tasks);
        tasks = {}; // the parsed answer goes here, on the converting thread
        return QVariant::fromValue(std::move(batch));
    };
}

void TaskModel::addRows(const QVariant& batch)
{
    if (!m_stream || batch.metaType() != QMetaType::fromType<TaskRowBatch>())
        return;
    const auto* rows = static_cast<const TaskRowBatch*>(batch.constData());
    if (rows->load != m_stream->request || rows->rows.isEmpty())
        return;
    m_stream->added += rows->rows.size();
    m_streamThread->start([stream = m_stream, rows = rows->rows] {
        if (!stream->cancelled.load(std::memory_order_relaxed))
            stream->rows.append(rows);
    });
}

void TaskModel::cancelLoad()
{
    if (!m_stream)
        return;
    m_stream->cancelled = true;
    m_stream.reset();
}

qsizetype TaskModel::streamedTasks() const { return m_stream ? m_stream->added : 0; }

bool TaskModel::columnDiffers(const TaskRow& before, const TaskRow& after, int column) const
{
    return value(before, column) != value(after, column);
}

QJsonObject TaskModel::rawJson(const QModelIndex& index) const
{
    return index.isValid() && index.row() < rowCount() ? rowAt(index.row()).json() : QJsonObject();
}

} // namespace EcsDesk::Models
