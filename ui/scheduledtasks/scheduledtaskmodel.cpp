// SPDX-License-Identifier: MIT
#include "ui/scheduledtasks/scheduledtaskmodel.h"

#include "models/itemroles.h"
#include "models/schedule/scheduleform.h"

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
    return Models::ScheduleForm::describeExpression(task.expression, task.timeZone,
        task.source == Api::ScheduledTask::Source::Schedule ? Models::ScheduleForm::Kind::Schedule
                                                            : Models::ScheduleForm::Kind::Rule);
}

QString ScheduledTaskModel::detailsHtml(
    const Api::ScheduledTask& task, const Api::EcsTarget& target, const QDateTime& now)
{
    const QLocale locale;
    const auto esc = [](const QString& text) { return text.toHtmlEscaped(); };
    QStringList lines;
    lines.append(
        QStringLiteral("<b>%1</b> — %2 <tt>%3</tt>").arg(esc(task.name), esc(describe(task)), esc(task.expression)));
    const QString kind = task.source == Api::ScheduledTask::Source::Schedule
        ? tr("Schedule in group %1").arg(esc(task.group))
        : tr("EventBridge rule");
    lines.append(tr("%1, %2").arg(kind, task.enabled ? tr("enabled") : tr("<b>disabled</b>")));
    if (!task.description.isEmpty())
        lines.append(esc(task.description));
    QStringList next;
    const QDateTime after = task.lastRun() && task.lastRun()->time > now ? task.lastRun()->time : now;
    for (const QDateTime& at : task.nextRuns(after, 5))
        next.append(locale.toString(at.toLocalTime(), QLocale::ShortFormat));
    lines.append(tr("Next runs: %1").arg(next.isEmpty() ? tr("none") : next.join(QStringLiteral("; "))));
    QString launch = target.launchType.isEmpty() ? tr("cluster default") : target.launchType;
    if (!target.capacityProviderStrategy.isEmpty()) {
        QStringList providers;
        for (const QJsonValue& value : target.capacityProviderStrategy)
            providers.append(value.toObject().value(QLatin1String("capacityProvider")).toString());
        launch = tr("capacity providers %1").arg(providers.join(QStringLiteral(", ")));
    }
    lines.append(tr("Runs %1 x %2 (%3) in %4, started by %5")
                     .arg(esc(target.taskDefinition.section(QLatin1Char('/'), -1)))
                     .arg(target.taskCount)
                     .arg(esc(launch), esc(target.clusterArn.section(QLatin1Char('/'), -1)), esc(task.startedBy())));
    QJsonObject vpc = target.networkConfiguration.value(QLatin1String("awsvpcConfiguration")).toObject();
    if (vpc.isEmpty())
        vpc = target.networkConfiguration.value(QLatin1String("AwsvpcConfiguration")).toObject();
    if (!vpc.isEmpty()) {
        QStringList subnets;
        QStringList groups;
        for (const QJsonValue& value : vpc.value(QLatin1String("Subnets")).toArray())
            subnets.append(value.toString());
        for (const QJsonValue& value : vpc.value(QLatin1String("SecurityGroups")).toArray())
            groups.append(value.toString());
        lines.append(
            tr("Network: subnets %1; security groups %2; public IP %3")
                .arg(esc(subnets.join(QStringLiteral(", "))),
                    groups.isEmpty() ? tr("default") : esc(groups.join(QStringLiteral(", "))),
                    vpc.value(QLatin1String("AssignPublicIp")).toString() == QLatin1String("ENABLED") ? tr("yes")
                                                                                                      : tr("no")));
    }
    if (!target.group.isEmpty())
        lines.append(tr("Task group: %1").arg(esc(target.group)));
    if (!target.input.isEmpty())
        lines.append(tr("Overrides: <tt>%1</tt>").arg(esc(target.input)));
    QStringList timing;
    if (task.flexibleWindowMinutes > 0)
        timing.append(tr("flexible window %n minute(s)", nullptr, task.flexibleWindowMinutes));
    if (task.startDate.isValid())
        timing.append(tr("from %1").arg(locale.toString(task.startDate.toLocalTime(), QLocale::ShortFormat)));
    if (task.endDate.isValid())
        timing.append(tr("until %1").arg(locale.toString(task.endDate.toLocalTime(), QLocale::ShortFormat)));
    const QJsonObject retry = target.raw.value(QLatin1String("RetryPolicy")).toObject();
    if (!retry.isEmpty())
        timing.append(tr("retries: %1 within %2 s")
                          .arg(retry.value(QLatin1String("MaximumRetryAttempts")).toInt())
                          .arg(retry.value(QLatin1String("MaximumEventAgeInSeconds")).toInt()));
    if (!timing.isEmpty())
        lines.append(timing.join(QStringLiteral("; ")));
    int failures = 0;
    for (const Api::ScheduleInvocation& run : task.invocations)
        failures += run.succeeded ? 0 : 1;
    if (task.invocations.isEmpty())
        lines.append(tr("No runs recorded."));
    else
        lines.append(tr("Last %n run(s), %1 failed:", nullptr, int(task.invocations.size())).arg(failures));
    for (auto it = task.invocations.crbegin(); it != task.invocations.crend(); ++it) {
        const QString when = locale.toString(it->time.toLocalTime(), QLocale::ShortFormat);
        if (it->succeeded) {
            QStringList links;
            for (const QString& arn : it->taskArns)
                links.append(
                    QStringLiteral("<a href=\"%1\">%2</a>").arg(esc(arn), esc(arn.section(QLatin1Char('/'), -1))));
            lines.append(it->attempt > 0
                    ? tr("%1: started %2 (retry %3)").arg(when, links.join(QStringLiteral(", "))).arg(it->attempt)
                    : tr("%1: started %2").arg(when, links.join(QStringLiteral(", "))));
        } else {
            QString line = tr("%1: <span style=\"color:#c0392b\">failed</span>, %2: %3")
                               .arg(when, esc(it->errorCode), esc(it->errorMessage));
            if (it->attempt > 0)
                line += tr(" (retry %1)").arg(it->attempt);
            if (it->nextAttempt.isValid())
                line += tr("; retried at %1").arg(locale.toString(it->nextAttempt.toLocalTime(), QLocale::ShortFormat));
            else if (it->retriesExhausted)
                line += tr("; no retry left");
            lines.append(line);
        }
    }
    return lines.join(QStringLiteral("<br>"));
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
