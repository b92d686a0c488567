// SPDX-License-Identifier: MIT
#pragma once

#include "api/ecs/types.h"
#include "models/keyedtablemodel.h"
#include "models/panemodel.h"

namespace EcsDesk::Models {

/// The Services pane: one row per service of the selected cluster, keyed by service ARN.
class ServiceModel : public KeyedTableModel<Api::Service>, public PaneModel {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        StatusColumn,
        DesiredColumn,
        RunningColumn,
        PendingColumn,
        LaunchTypeColumn,
        TaskDefinitionColumn,
        RolloutColumn,
        CreatedColumn,
        ColumnCount
    };
    explicit ServiceModel(QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QJsonObject rawJson(const QModelIndex& index) const override;

    /// Applies a fresh snapshot's services as a diff.
    void applySnapshot(QList<Api::Service> services);
    /// Shows another cluster's services: a reset, because the context changed.
    void setServices(QList<Api::Service> services);

    /// "family:revision" of a task definition ARN.
    static QString shortTaskDefinition(const QString& arn);

protected:
    QString keyOf(const Api::Service& service) const override;
    bool columnDiffers(const Api::Service& before, const Api::Service& after, int column) const override;

private:
    static QVariant value(const Api::Service& service, int column);
};

} // namespace EcsDesk::Models
