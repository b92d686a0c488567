// SPDX-License-Identifier: MIT
#pragma once

#include "api/cloudwatch/alarms.h"
#include "models/panemodel.h"

#include <QAbstractTableModel>

namespace EcsDesk::Models {

/// The Alarms pane's rows: the CloudWatch metric alarms of the open cluster (Api::AlarmsLoader::
/// serviceOf), with the service they belong to, state, since when, condition, reason and whether
/// their actions are enabled. Refreshes merge by alarm name: only changed cells signal.
class AlarmModel : public QAbstractTableModel, public PaneModel {
    Q_OBJECT
public:
    enum Column { Name, State, Service, Since, Condition, Reason, Actions, ColumnCount };

    explicit AlarmModel(QObject* parent = nullptr);

    /// Shows the alarms of `alarms` that belong to `cluster`.
    void setAlarms(const QList<Api::MetricAlarm>& alarms, const QString& cluster);
    void clear();
    const Api::MetricAlarm& alarm(int row) const { return m_rows.at(row).alarm; }
    QString service(int row) const { return m_rows.at(row).service; }
    /// "CPUUtilization Average ≥ 70, 3 of 3 × 60 s"
    static QString condition(const Api::MetricAlarm& alarm);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    QJsonObject rawJson(const QModelIndex& index) const override;

private:
    struct Row {
        Api::MetricAlarm alarm;
        QString service;
    };
    QVariant display(const Row& row, int column) const;

    QList<Row> m_rows;
};

} // namespace EcsDesk::Models
