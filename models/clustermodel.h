// SPDX-License-Identifier: MIT
#pragma once

#include "api/ecs/types.h"
#include "models/keyedtablemodel.h"
#include "models/panemodel.h"

namespace EcsDesk::Models {

/// The Clusters pane: one row per cluster with its counts, keyed by cluster ARN.
class ClusterModel : public KeyedTableModel<Api::Cluster>, public PaneModel {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        StatusColumn,
        ServicesColumn,
        RunningColumn,
        PendingColumn,
        InstancesColumn,
        CapacityProvidersColumn,
        DefaultStrategyColumn,
        ColumnCount
    };
    explicit ClusterModel(QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QJsonObject rawJson(const QModelIndex& index) const override;

    /// Applies a fresh DescribeClusters result as a diff.
    void applySnapshot(QList<Api::Cluster> clusters);
    /// Shows another connection's clusters: a reset, because the context changed.
    void setClusters(QList<Api::Cluster> clusters);

protected:
    QString keyOf(const Api::Cluster& cluster) const override;
    bool columnDiffers(const Api::Cluster& before, const Api::Cluster& after, int column) const override;

private:
    QVariant sortValue(const Api::Cluster& cluster, int column) const;
};

} // namespace EcsDesk::Models
