// SPDX-License-Identifier: MIT
#include "models/servicemodel.h"

#include "models/itemroles.h"
#include "models/timestampformat.h"

namespace EcsDesk::Models {

namespace {
    QString primaryRollout(const Api::Service& service)
    {
        for (const Api::Deployment& deployment : service.deployments) {
            if (deployment.status == QLatin1String("PRIMARY"))
                return deployment.rolloutState;
        }
        return {};
    }
} // namespace

ServiceModel::ServiceModel(QObject* parent)
    : KeyedTableModel(parent)
{
}

int ServiceModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString ServiceModel::shortTaskDefinition(const QString& arn)
{
    const qsizetype slash = arn.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? arn : arn.mid(slash + 1);
}

QVariant ServiceModel::value(const Api::Service& service, int column)
{
    switch (column) {
    case NameColumn:
        return service.name;
    case StatusColumn:
        return service.status;
    case DesiredColumn:
        return service.desiredCount;
    case RunningColumn:
        return service.runningCount;
    case PendingColumn:
        return service.pendingCount;
    case LaunchTypeColumn:
        return service.launchType;
    case TaskDefinitionColumn:
        return shortTaskDefinition(service.taskDefinition);
    case RolloutColumn:
        return primaryRollout(service);
    case CreatedColumn:
        return service.createdAt;
    }
    return {};
}

QVariant ServiceModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Api::Service& service = rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == CreatedColumn)
            return TimestampFormat::display(service.createdAt);
        return value(service, index.column());
    case SortRole:
        return value(service, index.column());
    case FilterRole:
        if (index.column() == CreatedColumn)
            return TimestampFormat::filterText(service.createdAt);
        return value(service, index.column()).toString();
    case ExportRole:
        return index.column() == CreatedColumn ? QVariant(TimestampFormat::iso(service.createdAt)) : QVariant();
    case ArnRole:
        return service.arn;
    case Qt::ToolTipRole:
        if (index.column() == CreatedColumn && service.createdAt.isValid())
            return TimestampFormat::iso(service.createdAt);
        return service.arn;
    case Qt::TextAlignmentRole:
        if (index.column() >= DesiredColumn && index.column() <= PendingColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    return {};
}

QVariant ServiceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != ColumnKeyRole))
        return {};
    const char* name = nullptr;
    switch (section) {
    case NameColumn:
        name = QT_TR_NOOP("Name");
        break;
    case StatusColumn:
        name = QT_TR_NOOP("Status");
        break;
    case DesiredColumn:
        name = QT_TR_NOOP("Desired");
        break;
    case RunningColumn:
        name = QT_TR_NOOP("Running");
        break;
    case PendingColumn:
        name = QT_TR_NOOP("Pending");
        break;
    case LaunchTypeColumn:
        name = QT_TR_NOOP("Launch type");
        break;
    case TaskDefinitionColumn:
        name = QT_TR_NOOP("Task definition");
        break;
    case RolloutColumn:
        name = QT_TR_NOOP("Rollout");
        break;
    case CreatedColumn:
        name = QT_TR_NOOP("Created");
        break;
    }
    if (!name)
        return {};
    return role == ColumnKeyRole ? QVariant(QString::fromLatin1(name)) : QVariant(tr(name));
}

void ServiceModel::applySnapshot(QList<Api::Service> services) { applyRows(std::move(services)); }

void ServiceModel::setServices(QList<Api::Service> services) { resetRows(std::move(services)); }

QString ServiceModel::keyOf(const Api::Service& service) const { return service.arn; }

bool ServiceModel::columnDiffers(const Api::Service& before, const Api::Service& after, int column) const
{
    return value(before, column) != value(after, column);
}

QJsonObject ServiceModel::rawJson(const QModelIndex& index) const
{
    return index.isValid() && index.row() < rowCount() ? rowAt(index.row()).raw : QJsonObject();
}

} // namespace EcsDesk::Models
