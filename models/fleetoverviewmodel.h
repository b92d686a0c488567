// SPDX-License-Identifier: MIT
#pragma once

#include "api/fleet/fleetloader.h"
#include "models/keyedtablemodel.h"
#include "models/panemodel.h"

namespace EcsDesk::Models {

/// The Fleet Overview pane (issue 24): one row per connection × region × cluster with what needs
/// attention, keyed by FleetRow::key(). Rows arrive one at a time while a load runs (addRow) and
/// the load's end removes the clusters that did not answer again (finishLoad): diffs, never a reset.
class FleetOverviewModel : public KeyedTableModel<Api::FleetRow>, public PaneModel {
    Q_OBJECT
public:
    enum Column {
        ConnectionColumn,
        RegionColumn,
        ClusterColumn,
        ServicesColumn,
        BelowDesiredColumn,
        FailedDeploymentsColumn,
        RunningColumn,
        PendingColumn,
        ProvisioningColumn,
        StoppedColumn,
        InstancesColumn,
        AlarmsColumn,
        ColumnCount
    };
    explicit FleetOverviewModel(QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QJsonObject rawJson(const QModelIndex& index) const override;

    /// A load starts: the rows that answer are collected for finishLoad().
    void beginLoad();
    /// A row that answered: added, or its changed cells updated.
    void addRow(const Api::FleetRow& row);
    /// The load ended: the rows that did not answer in it go, except those of `keep` (the
    /// connections and regions that failed, whose rows are kept as last seen).
    void finishLoad(const QStringList& keepPrefixes = {});
    void clearRows();

protected:
    QString keyOf(const Api::FleetRow& row) const override { return row.key(); }
    bool columnDiffers(const Api::FleetRow& before, const Api::FleetRow& after, int column) const override;

private:
    QVariant sortValue(const Api::FleetRow& row, int column) const;
    QString toolTip(const Api::FleetRow& row, int column) const;
    QList<Api::FleetRow> m_answered;
};

} // namespace EcsDesk::Models
