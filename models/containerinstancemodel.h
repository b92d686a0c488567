// SPDX-License-Identifier: MIT
#pragma once

#include "api/ecs/types.h"
#include "models/keyedtablemodel.h"
#include "models/panemodel.h"

namespace EcsDesk::Models {

/// The Container Instances pane, keyed by container instance ARN. The CPU and memory columns
/// carry the used share in UsageRole so a delegate can draw them as bars.
class ContainerInstanceModel : public KeyedTableModel<Api::ContainerInstance>, public PaneModel {
    Q_OBJECT
public:
    enum Column { InstanceColumn, StatusColumn, AgentColumn, RunningTasksColumn, CpuColumn, MemoryColumn, ColumnCount };
    enum Roles { UsageRole = FirstModelRole };

    explicit ContainerInstanceModel(QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QJsonObject rawJson(const QModelIndex& index) const override;

    void applySnapshot(QList<Api::ContainerInstance> instances);
    void setInstances(QList<Api::ContainerInstance> instances);

protected:
    QString keyOf(const Api::ContainerInstance& instance) const override;
    bool columnDiffers(
        const Api::ContainerInstance& before, const Api::ContainerInstance& after, int column) const override;

private:
    static QVariant value(const Api::ContainerInstance& instance, int column);
};

} // namespace EcsDesk::Models
