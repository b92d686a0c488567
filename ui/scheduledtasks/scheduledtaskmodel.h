// SPDX-License-Identifier: MIT
#pragma once

#include "api/scheduler/scheduledtask.h"
#include "models/panemodel.h"

#include <QAbstractTableModel>
#include <QDateTime>

namespace EcsDesk::Ui {

/// The Scheduled Tasks pane's rows: one per schedule or rule target in the open cluster, with the
/// expression in words, the next run, the task definition, state and last run. Refreshes merge by key
/// (ARN and target id): only changed cells signal.
class ScheduledTaskModel : public QAbstractTableModel, public Models::PaneModel {
    Q_OBJECT
public:
    enum Column { Name, Kind, Schedule, NextRun, TaskDefinition, State, LastRun, ColumnCount };

    explicit ScheduledTaskModel(QObject* parent = nullptr);

    /// Shows `tasks`' targets in `cluster`, next runs counted from `now`.
    void setScheduledTasks(const QList<Api::ScheduledTask>& tasks, const QString& cluster, const QDateTime& now);
    void clear();

    /// The schedule or rule of `row`, and which of its targets the row is.
    const Api::ScheduledTask& task(int row) const { return m_rows.at(row).task; }
    const Api::EcsTarget& target(int row) const { return m_rows.at(row).target; }

    /// The expression as a sentence (Models::ScheduleForm::describeExpression): "Every minute",
    /// "Monday to Friday at 09:30 (America/New_York)", "Every day at 03:00 (UTC)" for a rule, "Once at ...".
    static QString describe(const Api::ScheduledTask& task);
    /// The details of a schedule or rule and one target as rich text: the expression in words, state,
    /// the next run times after `now`, the target (task definition, count, launch, network, group,
    /// startedBy), window, dates and retry policy, and the recorded runs newest first, each started
    /// task a link whose href is its ARN, failures with their error.
    static QString detailsHtml(const Api::ScheduledTask& task, const Api::EcsTarget& target, const QDateTime& now);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    QJsonObject rawJson(const QModelIndex& index) const override;

private:
    struct Row {
        QString key;
        Api::ScheduledTask task;
        Api::EcsTarget target;
        QDateTime nextRun;
    };
    QVariant display(const Row& row, int column) const;

    QList<Row> m_rows;
};

} // namespace EcsDesk::Ui
