// SPDX-License-Identifier: MIT
#include "ui/scheduledtasks/scheduledtaskmodel.h"

#include "models/itemroles.h"

#include <QLocale>

namespace EcsDesk::Ui {

namespace {
    const char* const columnKeys[] = { "Name", "Kind", "Schedule", "Next run", "Task definition", "State", "Last run" };

    QString lastSegment(const QString& arn) { return arn.section(QLatin1Char('/'), -1); }

    QString lastRunText(const Api::ScheduledTask& task)
    {
        const Api::ScheduleInvocation* last = task.lastRun();
        if (!last)
            return ScheduledTaskModel::tr("Never");
        const QString when = QLocale().toString(last->time.toLocalTime(), QLocale::ShortFormat);
        if (last->succeeded)
            return ScheduledTaskModel::tr("%1, started %2").arg(when).arg(last->taskArns.size());
        return ScheduledTaskModel::tr("%1, failed: %2").arg(when, last->errorMessage);
    }
} // namespace

ScheduledTaskModel::ScheduledTaskModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

QString ScheduledTaskModel::describe(const Api::ScheduledTask& task)
{
    const QString expression = task.expression.trimmed();
    const qsizetype open = expression.indexOf(QLatin1Char('('));
    const QString kind = expression.left(open);
    const QString body = expression.mid(open + 1, expression.size() - open - 2).trimmed();
    const QStringList parts = body.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QString text;
    if (kind == QLatin1String("rate") && parts.size() == 2) {
        const int n = parts[0].toInt();
        const QString unit = parts[1];
        if (unit.startsWith(QLatin1String("minute")))
            text = n == 1 ? tr("Every minute") : tr("Every %1 minutes").arg(n);
        else if (unit.startsWith(QLatin1String("hour")))
            text = n == 1 ? tr("Every hour") : tr("Every %1 hours").arg(n);
        else
            text = n == 1 ? tr("Every day") : tr("Every %1 days").arg(n);
    } else if (kind == QLatin1String("at")) {
        const QDateTime at = QDateTime::fromString(body, Qt::ISODate);
        text = tr("Once at %1").arg(QLocale().toString(at, QLocale::ShortFormat));
    } else if (kind == QLatin1String("cron") && parts.size() == 6) {
        bool minuteOk = false;
        bool hourOk = false;
        const int minute = parts[0].toInt(&minuteOk);
        const int hour = parts[1].toInt(&hourOk);
        const bool everyDay = (parts[2] == QLatin1String("*") || parts[2] == QLatin1String("?"))
            && parts[3] == QLatin1String("*") && (parts[4] == QLatin1String("*") || parts[4] == QLatin1String("?"));
        const QString time
            = QStringLiteral("%1:%2").arg(hour, 2, 10, QLatin1Char('0')).arg(minute, 2, 10, QLatin1Char('0'));
        if (minuteOk && hourOk && everyDay)
            text = tr("Every day at %1").arg(time);
        else if (minuteOk && hourOk && parts[2] == QLatin1String("?") && parts[3] == QLatin1String("*"))
            text = tr("At %1 on %2").arg(time, parts[4]);
        else
            text = tr("Cron %1").arg(body);
    } else {
        text = expression;
    }
    if (!task.timeZone.isEmpty() && kind != QLatin1String("rate"))
        text += QLatin1String(" (") + task.timeZone + QLatin1Char(')');
    return text;
}

void ScheduledTaskModel::setScheduledTasks(
    const QList<Api::ScheduledTask>& tasks, const QString& cluster, const QDateTime& now)
{
    QList<Row> rows;
    for (const Api::ScheduledTask& task : tasks) {
        for (const Api::EcsTarget& target : task.targets) {
            if (target.clusterArn != cluster && !target.clusterArn.endsWith(QLatin1String(":cluster/") + cluster))
                continue;
            const QDateTime after = task.lastRun() && task.lastRun()->time > now ? task.lastRun()->time : now;
            const QList<QDateTime> next = task.nextRuns(after, 1);
            rows.append(
                { task.arn + QLatin1Char('#') + target.id, task, target, next.isEmpty() ? QDateTime() : next.first() });
        }
    }
    // A keyed merge: rows that went are removed, rows that stayed change only their changed cells,
    // new rows are appended.
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        const QString key = m_rows.at(i).key;
        if (std::none_of(rows.cbegin(), rows.cend(), [&key](const Row& row) { return row.key == key; })) {
            beginRemoveRows({}, i, i);
            m_rows.removeAt(i);
            endRemoveRows();
        }
    }
    QList<Row> added;
    for (const Row& row : std::as_const(rows)) {
        const auto found
            = std::find_if(m_rows.begin(), m_rows.end(), [&row](const Row& r) { return r.key == row.key; });
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

void ScheduledTaskModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int ScheduledTaskModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int ScheduledTaskModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ScheduledTaskModel::display(const Row& row, int column) const
{
    const Api::ScheduledTask& task = row.task;
    switch (column) {
    case Name:
        return task.source == Api::ScheduledTask::Source::Schedule ? task.group + QLatin1Char('/') + task.name
                                                                   : task.name;
    case Kind:
        return task.source == Api::ScheduledTask::Source::Schedule ? tr("Schedule") : tr("Rule");
    case Schedule:
        return describe(task);
    case NextRun:
        return row.nextRun.isValid() ? QLocale().toString(row.nextRun.toLocalTime(), QLocale::ShortFormat) : tr("None");
    case TaskDefinition:
        return row.target.taskCount > 1
            ? tr("%1 x%2").arg(lastSegment(row.target.taskDefinition)).arg(row.target.taskCount)
            : lastSegment(row.target.taskDefinition);
    case State:
        return task.enabled ? tr("Enabled") : tr("Disabled");
    case LastRun:
        return lastRunText(task);
    }
    return {};
}

QVariant ScheduledTaskModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Schedule)
            return row.task.expression;
        if (index.column() == LastRun && row.task.lastRun() && !row.task.lastRun()->succeeded)
            return QString(row.task.lastRun()->errorCode + QLatin1String(": ") + row.task.lastRun()->errorMessage);
        return display(row, index.column());
    case Models::SortRole:
        if (index.column() == NextRun)
            return row.nextRun.isValid() ? row.nextRun.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
        if (index.column() == LastRun)
            return row.task.lastRun() ? row.task.lastRun()->time.toMSecsSinceEpoch() : qint64(0);
        return display(row, index.column());
    case Models::ArnRole:
        return row.task.arn;
    case Models::FilterRole:
        return QString(display(row, index.column()).toString() + QLatin1Char(' ')
            + (index.column() == Schedule ? row.task.expression : row.target.taskDefinition));
    case Models::ExportRole:
        if (index.column() == NextRun)
            return row.nextRun.isValid() ? row.nextRun.toUTC().toString(Qt::ISODate) : QString();
        if (index.column() == LastRun)
            return row.task.lastRun() ? row.task.lastRun()->time.toUTC().toString(Qt::ISODate) : QString();
        return display(row, index.column());
    }
    return {};
}

QVariant ScheduledTaskModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Models::ColumnKeyRole)
        return QString::fromLatin1(columnKeys[section]);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Kind:
        return tr("Kind");
    case Schedule:
        return tr("Schedule");
    case NextRun:
        return tr("Next run");
    case TaskDefinition:
        return tr("Task definition");
    case State:
        return tr("State");
    case LastRun:
        return tr("Last run");
    }
    return {};
}

QJsonObject ScheduledTaskModel::rawJson(const QModelIndex& index) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    return m_rows.at(index.row()).task.raw;
}

} // namespace EcsDesk::Ui
