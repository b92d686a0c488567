// SPDX-License-Identifier: MIT
#include "models/fleetoverviewmodel.h"

#include "models/itemroles.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace EcsDesk::Models {

FleetOverviewModel::FleetOverviewModel(QObject* parent)
    : KeyedTableModel(parent)
{
}

int FleetOverviewModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant FleetOverviewModel::sortValue(const Api::FleetRow& row, int column) const
{
    switch (column) {
    case ConnectionColumn:
        return row.connection;
    case RegionColumn:
        return row.region;
    case ClusterColumn:
        return row.clusterName;
    case ServicesColumn:
        return row.services;
    case BelowDesiredColumn:
        return int(row.servicesBelowDesired.size());
    case FailedDeploymentsColumn:
        return int(row.failedDeployments.size());
    case RunningColumn:
        return row.runningTasks;
    case PendingColumn:
        return row.pendingTasks;
    case ProvisioningColumn:
        return row.provisioningTasks;
    case StoppedColumn:
        return row.stoppedLastHour();
    case InstancesColumn:
        return row.registeredInstances;
    case AlarmsColumn:
        return int(row.alarmsInAlarm.size());
    }
    return {};
}

QString FleetOverviewModel::toolTip(const Api::FleetRow& row, int column) const
{
    switch (column) {
    case BelowDesiredColumn:
        return row.servicesBelowDesired.join(QLatin1String(", "));
    case FailedDeploymentsColumn:
        return row.failedDeployments.join(QLatin1String(", "));
    case StoppedColumn: {
        QStringList reasons;
        for (auto it = row.stoppedLastHourByReason.cbegin(); it != row.stoppedLastHourByReason.cend(); ++it)
            reasons.append(tr("%1: %2").arg(it.value()).arg(it.key()));
        return reasons.join(QLatin1Char('\n'));
    }
    case InstancesColumn:
        return row.capacityProviders.join(QLatin1String(", "));
    case AlarmsColumn:
        return row.alarmsInAlarm.join(QLatin1String(", "));
    }
    return row.clusterArn;
}

QVariant FleetOverviewModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Api::FleetRow& row = rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        return sortValue(row, index.column());
    case ArnRole:
        return row.clusterArn;
    case FilterRole:
        return sortValue(row, index.column()).toString();
    case Qt::TextAlignmentRole:
        if (index.column() >= ServicesColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        return toolTip(row, index.column());
    }
    return {};
}

QVariant FleetOverviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != ColumnKeyRole))
        return {};
    static const char* const names[ColumnCount] = {
        QT_TR_NOOP("Connection"),
        QT_TR_NOOP("Region"),
        QT_TR_NOOP("Cluster"),
        QT_TR_NOOP("Services"),
        QT_TR_NOOP("Below desired"),
        QT_TR_NOOP("Failed deployments"),
        QT_TR_NOOP("Running"),
        QT_TR_NOOP("Pending"),
        QT_TR_NOOP("Provisioning"),
        QT_TR_NOOP("Stopped (1 h)"),
        QT_TR_NOOP("Instances"),
        QT_TR_NOOP("Alarms"),
    };
    if (section < 0 || section >= ColumnCount)
        return {};
    return role == ColumnKeyRole ? QVariant(QString::fromLatin1(names[section])) : QVariant(tr(names[section]));
}

QJsonObject FleetOverviewModel::rawJson(const QModelIndex& index) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const QJsonObject all = QJsonDocument::fromJson(Api::FleetExport::toJson({ rowAt(index.row()) }, {})).object();
    return all.value(QStringLiteral("clusters")).toArray().first().toObject();
}

void FleetOverviewModel::beginLoad() { m_answered.clear(); }

void FleetOverviewModel::addRow(const Api::FleetRow& row)
{
    m_answered.append(row);
    QList<Api::FleetRow> next = rows();
    const int at = rowOfKey(row.key());
    if (at >= 0)
        next[at] = row;
    else
        next.append(row);
    applyRows(std::move(next));
}

void FleetOverviewModel::finishLoad(const QStringList& keepPrefixes)
{
    QList<Api::FleetRow> next = m_answered;
    QSet<QString> answered;
    for (const Api::FleetRow& row : std::as_const(m_answered))
        answered.insert(row.key());
    for (const Api::FleetRow& row : rows()) {
        if (answered.contains(row.key()))
            continue;
        const QString key = row.key();
        if (std::any_of(
                keepPrefixes.cbegin(), keepPrefixes.cend(), [&key](const QString& p) { return key.startsWith(p); }))
            next.append(row);
    }
    m_answered.clear();
    applyRows(std::move(next));
}

void FleetOverviewModel::clearRows() { resetRows({}); }

bool FleetOverviewModel::columnDiffers(const Api::FleetRow& before, const Api::FleetRow& after, int column) const
{
    return sortValue(before, column) != sortValue(after, column) || toolTip(before, column) != toolTip(after, column);
}

} // namespace EcsDesk::Models
