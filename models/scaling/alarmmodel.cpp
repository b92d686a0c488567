// SPDX-License-Identifier: MIT
#include "models/scaling/alarmmodel.h"

#include "api/cloudwatch/alarmsloader.h"
#include "models/itemroles.h"

#include <QJsonArray>
#include <QLocale>

#include <algorithm>

namespace EcsDesk::Models {

namespace {
    const char* const columnKeys[] = { "Alarm", "State", "Service", "Since", "Condition", "Reason", "Actions" };

    QString number(double value) { return QString::number(value, 'g', 10); }
} // namespace

AlarmModel::AlarmModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

QString AlarmModel::condition(const Api::MetricAlarm& alarm)
{
    static const QHash<QString, QString> operators {
        { QStringLiteral("GreaterThanOrEqualToThreshold"), QStringLiteral("≥") },
        { QStringLiteral("GreaterThanThreshold"), QStringLiteral(">") },
        { QStringLiteral("LessThanThreshold"), QStringLiteral("<") },
        { QStringLiteral("LessThanOrEqualToThreshold"), QStringLiteral("≤") },
    };
    return tr("%1 %2 %3 %4, %5 of %6 × %7 s")
        .arg(alarm.usesMetricMath ? tr("metric math") : alarm.metricName,
            alarm.statistic.isEmpty() ? alarm.extendedStatistic : alarm.statistic,
            operators.value(alarm.comparisonOperator, alarm.comparisonOperator),
            alarm.threshold ? number(*alarm.threshold) : QStringLiteral("?"))
        .arg(alarm.requiredDatapoints())
        .arg(alarm.evaluationPeriods)
        .arg(alarm.period);
}

void AlarmModel::setAlarms(const QList<Api::MetricAlarm>& alarms, const QString& cluster)
{
    QList<Row> rows;
    for (const Api::MetricAlarm& alarm : alarms) {
        if (const std::optional<QString> service = Api::AlarmsLoader::serviceOf(alarm, cluster))
            rows.append({ alarm, *service });
    }
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        const QString name = m_rows.at(i).alarm.name;
        if (std::none_of(rows.cbegin(), rows.cend(), [&name](const Row& row) { return row.alarm.name == name; })) {
            beginRemoveRows({}, i, i);
            m_rows.removeAt(i);
            endRemoveRows();
        }
    }
    QList<Row> added;
    for (const Row& row : std::as_const(rows)) {
        const auto found = std::find_if(
            m_rows.begin(), m_rows.end(), [&row](const Row& r) { return r.alarm.name == row.alarm.name; });
        if (found == m_rows.end()) {
            added.append(row);
            continue;
        }
        const int index = int(found - m_rows.begin());
        int first = -1;
        int last = -1;
        for (int column = 0; column < ColumnCount; ++column) {
            if (display(*found, column) != display(row, column)) {
                first = first < 0 ? column : first;
                last = column;
            }
        }
        *found = row;
        if (first >= 0)
            Q_EMIT dataChanged(this->index(index, first), this->index(index, last));
    }
    if (!added.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + added.size() - 1));
        m_rows.append(added);
        endInsertRows();
    }
}

void AlarmModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int AlarmModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int AlarmModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant AlarmModel::display(const Row& row, int column) const
{
    const Api::MetricAlarm& alarm = row.alarm;
    switch (column) {
    case Name:
        return alarm.name;
    case State:
        return alarm.stateValue;
    case Service:
        return row.service.isEmpty() ? tr("(cluster)") : row.service;
    case Since:
        return alarm.stateUpdated.isValid() ? QLocale().toString(alarm.stateUpdated.toLocalTime(), QLocale::ShortFormat)
                                            : QString();
    case Condition:
        return condition(alarm);
    case Reason:
        return alarm.stateReason;
    case Actions:
        return alarm.alarmActions.isEmpty() && alarm.okActions.isEmpty() && alarm.insufficientDataActions.isEmpty()
            ? tr("None")
            : alarm.actionsEnabled ? tr("Enabled")
                                   : tr("Disabled");
    }
    return {};
}

QVariant AlarmModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Actions)
            return QStringList(row.alarm.alarmActions + row.alarm.okActions + row.alarm.insufficientDataActions)
                .join(QLatin1Char('\n'));
        return display(row, index.column());
    case SortRole:
        if (index.column() == Since)
            return row.alarm.stateUpdated.isValid() ? row.alarm.stateUpdated.toMSecsSinceEpoch() : qint64(0);
        return display(row, index.column());
    case ArnRole:
        return row.alarm.arn;
    case FilterRole:
        return QString(display(row, index.column()).toString() + QLatin1Char(' ')
            + (index.column() == Name ? row.alarm.arn : QString()));
    case ExportRole:
        if (index.column() == Since)
            return row.alarm.stateUpdated.isValid() ? row.alarm.stateUpdated.toUTC().toString(Qt::ISODate) : QString();
        return display(row, index.column());
    }
    return {};
}

QVariant AlarmModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == ColumnKeyRole)
        return QString::fromLatin1(columnKeys[section]);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Alarm");
    case State:
        return tr("State");
    case Service:
        return tr("Service");
    case Since:
        return tr("Since");
    case Condition:
        return tr("Condition");
    case Reason:
        return tr("Reason");
    case Actions:
        return tr("Actions");
    }
    return {};
}

QJsonObject AlarmModel::rawJson(const QModelIndex& index) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Api::MetricAlarm& alarm = m_rows.at(index.row()).alarm;
    QJsonArray dimensions;
    for (const Api::MetricDimension& dimension : alarm.dimensions)
        dimensions.append(
            QJsonObject { { QStringLiteral("Name"), dimension.name }, { QStringLiteral("Value"), dimension.value } });
    QJsonObject out { { QStringLiteral("AlarmName"), alarm.name }, { QStringLiteral("AlarmArn"), alarm.arn },
        { QStringLiteral("StateValue"), alarm.stateValue }, { QStringLiteral("StateReason"), alarm.stateReason },
        { QStringLiteral("StateUpdatedTimestamp"), alarm.stateUpdated.toUTC().toString(Qt::ISODateWithMs) },
        { QStringLiteral("Namespace"), alarm.metricNamespace }, { QStringLiteral("MetricName"), alarm.metricName },
        { QStringLiteral("Dimensions"), dimensions }, { QStringLiteral("Period"), alarm.period },
        { QStringLiteral("EvaluationPeriods"), alarm.evaluationPeriods },
        { QStringLiteral("ComparisonOperator"), alarm.comparisonOperator },
        { QStringLiteral("ActionsEnabled"), alarm.actionsEnabled },
        { QStringLiteral("AlarmActions"), QJsonArray::fromStringList(alarm.alarmActions) },
        { QStringLiteral("OKActions"), QJsonArray::fromStringList(alarm.okActions) } };
    if (!alarm.statistic.isEmpty())
        out.insert(QStringLiteral("Statistic"), alarm.statistic);
    if (!alarm.extendedStatistic.isEmpty())
        out.insert(QStringLiteral("ExtendedStatistic"), alarm.extendedStatistic);
    if (alarm.threshold)
        out.insert(QStringLiteral("Threshold"), *alarm.threshold);
    if (alarm.datapointsToAlarm > 0)
        out.insert(QStringLiteral("DatapointsToAlarm"), alarm.datapointsToAlarm);
    if (!alarm.treatMissingData.isEmpty())
        out.insert(QStringLiteral("TreatMissingData"), alarm.treatMissingData);
    return out;
}

} // namespace EcsDesk::Models
