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
    : KeyedTableModel(parent)
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
    QList<AlarmRow> rows;
    for (const Api::MetricAlarm& alarm : alarms) {
        if (const std::optional<QString> service = Api::AlarmsLoader::serviceOf(alarm, cluster))
            rows.append({ alarm, *service });
    }
    applyRows(std::move(rows));
}

void AlarmModel::clear()
{
    if (rowCount() > 0)
        resetRows({});
}

int AlarmModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant AlarmModel::display(const AlarmRow& row, int column) const
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
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const AlarmRow& row = rowAt(index.row());
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
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Api::MetricAlarm& alarm = rowAt(index.row()).alarm;
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
