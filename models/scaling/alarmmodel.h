// SPDX-License-Identifier: MIT
#pragma once

#include "api/cloudwatch/alarms.h"
#include "models/keyedtablemodel.h"
#include "models/panemodel.h"

namespace EcsDesk::Models {

/// An alarm with the service of the cluster it belongs to (empty: the cluster's own).
struct AlarmRow {
    Api::MetricAlarm alarm;
    QString service;
    bool operator==(const AlarmRow&) const = default;
};

/// The Alarms pane's rows: the CloudWatch metric alarms of the open cluster (Api::AlarmsLoader::
/// serviceOf), with the service they belong to, state, since when, condition, reason and whether
/// their actions are enabled. Refreshes merge by alarm name (KeyedTableModel): only changed cells
/// signal.
class AlarmModel : public KeyedTableModel<AlarmRow>, public PaneModel {
    Q_OBJECT
public:
    enum Column { Name, State, Service, Since, Condition, Reason, Actions, ColumnCount };

    explicit AlarmModel(QObject* parent = nullptr);

    /// Shows the alarms of `alarms` that belong to `cluster`.
    void setAlarms(const QList<Api::MetricAlarm>& alarms, const QString& cluster);
    void clear();
    const Api::MetricAlarm& alarm(int row) const { return rowAt(row).alarm; }
    QString service(int row) const { return rowAt(row).service; }
    /// "CPUUtilization Average ≥ 70, 3 of 3 × 60 s"
    static QString condition(const Api::MetricAlarm& alarm);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    QJsonObject rawJson(const QModelIndex& index) const override;

protected:
    QString keyOf(const AlarmRow& row) const override { return row.alarm.name; }
    bool columnDiffers(const AlarmRow& before, const AlarmRow& after, int column) const override
    {
        return display(before, column) != display(after, column);
    }

private:
    QVariant display(const AlarmRow& row, int column) const;
};

} // namespace EcsDesk::Models
