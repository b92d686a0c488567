// SPDX-License-Identifier: MIT
#pragma once

#include "api/ecs/types.h"
#include "models/keyedtablemodel.h"
#include "models/panemodel.h"
#include "models/taskrow.h"

#include <QHash>

#include <functional>
#include <memory>

class QThreadPool;

namespace EcsDesk::Models {
/// Rows a streamed load's converter made of one DescribeTasks answer (TaskModel::batchConverter()).
struct TaskRowBatch {
    quint64 load = 0; ///< the streamed load they are for
    QList<TaskRow> rows;
};
} // namespace EcsDesk::Models

namespace EcsDesk::Models {

/// The Tasks pane: running and stopped tasks of the selected cluster, keyed by task ARN. Rows are
/// compact TaskRows (interned strings, the server's JSON compressed); data() only reads or slices
/// them, so it stays cheap with 100,000 rows. loadSnapshot() builds the rows and the diff on a
/// worker thread and applies only the differences on the GUI thread.
class TaskModel : public KeyedTableModel<TaskRow>, public PaneModel {
    Q_OBJECT
public:
    enum Column {
        IdColumn,
        LastStatusColumn,
        DesiredStatusColumn,
        ServiceColumn,
        TaskDefinitionColumn,
        PlacementColumn,
        ZoneColumn,
        CpuColumn,
        MemoryColumn,
        HealthColumn,
        StartedColumn,
        StoppedReasonColumn,
        ExitCodeColumn,
        PrivateIpColumn, ///< awsvpc: the ENI's private IPv4 address
        PublicIpColumn,
        EniColumn,
        SubnetColumn,
        HostPortsColumn, ///< bridge/host: "0.0.0.0:8080->80/tcp, ..."
        TargetHealthColumn, ///< the task's health as a load balancer target (setTargetHealth)
        ColumnCount
    };
    enum Roles {
        StoppedRole = FirstModelRole,
        ServiceRole, ///< the name of the service that started the task, empty for a standalone task
        ContainerInstanceArnRole, ///< the task's container instance, empty on Fargate
    };

    explicit TaskModel(QObject* parent = nullptr);
    ~TaskModel() override;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    /// The task as the server sent it (parsed back from the row's compressed copy).
    QJsonObject rawJson(const QModelIndex& index) const override;

    /// The cluster's container instances and services, which name a task's EC2 instance (the
    /// Instance column) and service (the Service column). Used from the next applySnapshot(),
    /// setTasks() or loadSnapshot() on: set it before handing over the same snapshot's tasks.
    void setClusterContext(
        const QList<Api::ContainerInstance>& containerInstances, const QList<Api::Service>& services);
    void setClusterContext(TaskContext context) { m_context = std::move(context); }
    const TaskContext& clusterContext() const { return m_context; }

    /// Merges a fresh list as a diff, on the calling thread.
    void applySnapshot(QList<Api::Task> tasks);
    /// Replaces all rows (another cluster), on the calling thread.
    void setTasks(QList<Api::Task> tasks);
    /// Like applySnapshot() (or setTasks() when `reset`), but converts the tasks and works out the
    /// diff on a worker thread; the GUI thread then applies only what changed and emits
    /// snapshotApplied(). A newer call or a setTasks() supersedes a load still running.
    /// While a streamed load is open (beginLoad()), ends it: `tasks` (usually none) join the
    /// streamed ones and the whole is diffed (or reset) with the cluster context set by then.
    void loadSnapshot(QList<Api::Task> tasks, bool reset = false);
    bool isLoading() const { return m_pending > 0 || m_stream != nullptr; }

    /// A streamed load of a big cluster (issue 24): after beginLoad(), each addTasks() batch (a
    /// DescribeTasks answer) is turned into compact rows on a worker thread at once and its parsed
    /// JSON freed, so a load never holds all the parsed answers; tasks whose ECS `version` and
    /// statuses did not change reuse the row on show. loadSnapshot() ends the load. A newer
    /// beginLoad(), cancelLoad(), setTasks() or applySnapshot() abandons it; the rows on show stay
    /// as they are until the end.
    void beginLoad(bool reset);
    void addTasks(QList<Api::Task> tasks);
    /// The conversion of addTasks() as a function for any thread (the transport's worker, as each
    /// answer is parsed: Api::ClusterSnapshotLoader::setTaskConverter), returning a TaskRowBatch
    /// for addRows(); for the streamed load begun last. Null without one.
    std::function<QVariant(QList<Api::Task>)> batchConverter() const;
    /// Rows of batchConverter(); those of another load are dropped.
    void addRows(const QVariant& batch);
    void cancelLoad();
    bool isStreaming() const { return m_stream != nullptr; }
    /// Tasks handed to addTasks() since beginLoad().
    qsizetype streamedTasks() const;

    /// The Target health column: each task's health as a load balancer target by task ARN
    /// ("healthy", "unhealthy (Target.ResponseCodeMismatch)", "draining"); empty for a task that is
    /// no target. Only the cells that change are signalled.
    void setTargetHealth(QHash<QString, QString> byTask);
    QString targetHealth(const QString& taskArn) const { return m_targetHealth.value(taskArn); }

    /// The server's object of a row, parsed back (details, copy JSON, export).
    QJsonObject json(int row) const { return rowAt(row).json(); }
    /// The full task of a row, parsed back from its JSON.
    Api::Task task(int row) const { return rowAt(row).task(); }
    /// Distinct strings the rows share (statuses, ARNs, reasons ...).
    qsizetype internedStrings() const { return m_pool->size(); }

    /// The last path segment of an ARN (task id, container instance id).
    static QString lastSegment(const QString& arn);
    /// The first non-zero exit code of the task's containers, if any container exited.
    static std::optional<int> exitCode(const Api::Task& task) { return taskExitCode(task); }

Q_SIGNALS:
    /// A loadSnapshot() was applied.
    void snapshotApplied();

protected:
    QString keyOf(const TaskRow& row) const override { return row.arn; }
    bool columnDiffers(const TaskRow& before, const TaskRow& after, int column) const override;

private:
    /// Converts `tasks` and diffs them against `builder`'s rows; runs on any thread. Tasks whose
    /// ECS `version` and statuses did not change are skipped without converting them.
    static RowDiff<TaskRow> diffTasks(
        RowDiffBuilder<TaskRow> builder, QList<Api::Task> tasks, StringPool& pool, const TaskContext& context);
    static QList<TaskRow> convertTasks(QList<Api::Task> tasks, StringPool& pool, const TaskContext& context);
    static QVariant value(const TaskRow& row, int column);
    /// Drops from `pool` the strings none of `rows` uses, once it is well past what they can use.
    static void prunePool(StringPool& pool, const QList<TaskRow>& rows);
    struct Stream;
    /// Runs a finished load's result on the GUI thread (reset or diff), unless superseded.
    template <typename Future> void watchPrepared(Future future, quint64 request);

    std::shared_ptr<StringPool> m_pool;
    TaskContext m_context;
    QHash<QString, QString> m_targetHealth; ///< by task ARN
    quint64 m_request = 0; ///< the newest loadSnapshot()/setTasks()
    int m_pending = 0;
    std::shared_ptr<Stream> m_stream; ///< the streamed load in progress
    QThreadPool* m_streamThread; ///< one thread: a stream's batches in order, then its end
};

} // namespace EcsDesk::Models
