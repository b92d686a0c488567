#pragma once

#include "api/ecs/types.h"
#include "models/keyedtablemodel.h"

namespace EcsDesk::Models {

/// The Tasks pane: running and stopped tasks of the selected cluster, keyed by task ARN.
/// data() only slices strings the row already holds, so it stays cheap with 100,000 rows.
class TaskModel : public KeyedTableModel<Api::Task> {
    Q_OBJECT
public:
    enum Column {
        IdColumn,
        LastStatusColumn,
        DesiredStatusColumn,
        TaskDefinitionColumn,
        PlacementColumn,
        ZoneColumn,
        CpuColumn,
        MemoryColumn,
        HealthColumn,
        StartedColumn,
        StoppedReasonColumn,
        ExitCodeColumn,
        ColumnCount
    };
    enum Roles { SortRole = Qt::UserRole, ArnRole, FilterRole, StoppedRole };

    explicit TaskModel(QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void applySnapshot(QList<Api::Task> tasks);
    void setTasks(QList<Api::Task> tasks);

    /// The last path segment of an ARN (task id, container instance id).
    static QString lastSegment(const QString& arn);
    /// The first non-zero exit code of the task's containers, if any container exited.
    static std::optional<int> exitCode(const Api::Task& task);

protected:
    QString keyOf(const Api::Task& task) const override;
    bool columnDiffers(const Api::Task& before, const Api::Task& after, int column) const override;
    /// ECS increments a task's `version` on every change: equal versions (and equal statuses, for
    /// servers that do not count) mean an unchanged row without comparing the raw JSON.
    bool rowsEqual(const Api::Task& before, const Api::Task& after) const override;

private:
    static QVariant value(const Api::Task& task, int column);
};

} // namespace EcsDesk::Models
