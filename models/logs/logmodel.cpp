// SPDX-License-Identifier: MIT
#include "models/logs/logmodel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QSaveFile>
#include <QTimeZone>

#include <algorithm>

namespace EcsDesk::Models {

namespace {

    QString formatTime(qint64 ms, bool utc)
    {
        const QDateTime time = QDateTime::fromMSecsSinceEpoch(ms, utc ? Qt::UTC : Qt::LocalTime);
        return time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
    }

} // namespace

QList<LogSource> LogSource::resolve(const QJsonObject& taskDefinition, const QString& taskId)
{
    QList<LogSource> out;
    const QJsonArray containers = taskDefinition.value(QLatin1String("containerDefinitions")).toArray();
    for (const QJsonValue& value : containers) {
        const QJsonObject container = value.toObject();
        LogSource source;
        source.container = container.value(QLatin1String("name")).toString();
        source.taskId = taskId;
        const QJsonObject config = container.value(QLatin1String("logConfiguration")).toObject();
        const QString driver = config.value(QLatin1String("logDriver")).toString();
        const QJsonObject options = config.value(QLatin1String("options")).toObject();
        if (driver.isEmpty()) {
            source.problem = QCoreApplication::translate(
                "LogModel", "Container %1 has no log configuration: its output is not sent to CloudWatch Logs.")
                                 .arg(source.container);
        } else if (driver == QLatin1String("awsfirelens")) {
            source.problem = QCoreApplication::translate("LogModel",
                "Container %1 sends its logs through FireLens (awsfirelens) to %2, not to a "
                "CloudWatch Logs stream ECS Desk can name.")
                                 .arg(source.container,
                                     options.value(QLatin1String("Name")).toString().isEmpty()
                                         ? QCoreApplication::translate(
                                             "LogModel", "a destination set in the router's configuration")
                                         : options.value(QLatin1String("Name")).toString());
        } else if (driver != QLatin1String("awslogs")) {
            source.problem = QCoreApplication::translate(
                "LogModel", "Container %1 uses the %2 log driver: its logs are not in CloudWatch Logs.")
                                 .arg(source.container, driver);
        } else {
            source.group = options.value(QLatin1String("awslogs-group")).toString();
            const QString prefix = options.value(QLatin1String("awslogs-stream-prefix")).toString();
            if (source.group.isEmpty())
                source.problem
                    = QCoreApplication::translate("LogModel", "Container %1 uses awslogs without an awslogs-group.")
                          .arg(source.container);
            else if (prefix.isEmpty())
                source.problem = QCoreApplication::translate("LogModel",
                    "Container %1 uses awslogs without awslogs-stream-prefix, so its stream is named "
                    "by the container's Docker id, which ECS does not report.")
                                     .arg(source.container);
            else
                source.stream = prefix + QLatin1Char('/') + source.container + QLatin1Char('/') + taskId;
        }
        out.append(source);
    }
    return out;
}

LogModel::LogModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

int LogModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_lines.size()); }

int LogModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

bool LogModel::matches(int row) const
{
    return !m_highlight.isEmpty() && row >= 0 && row < m_lines.size()
        && m_lines[row].message.contains(m_highlight, Qt::CaseInsensitive);
}

QVariant LogModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    const LogLine& line = m_lines[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return formatTime(line.timestamp, m_utc);
        case SourceColumn:
            return line.source >= 0 && line.source < m_sources.size() ? m_sources[line.source] : QString();
        case MessageColumn:
            return line.message;
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == MessageColumn ? QVariant(line.message) : QVariant();
    case HighlightRole:
        return matches(index.row());
    case TimestampRole:
        return line.timestamp;
    default:
        return {};
    }
}

QVariant LogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return m_utc ? QCoreApplication::translate("LogModel", "Time (UTC)")
                     : QCoreApplication::translate("LogModel", "Time");
    case SourceColumn:
        return QCoreApplication::translate("LogModel", "Source");
    case MessageColumn:
        return QCoreApplication::translate("LogModel", "Message");
    }
    return {};
}

void LogModel::clear()
{
    beginResetModel();
    m_lines.clear();
    m_sources.clear();
    endResetModel();
}

qint32 LogModel::sourceIndex(const QString& name)
{
    const qsizetype i = m_sources.indexOf(name);
    if (i >= 0)
        return qint32(i);
    m_sources.append(name);
    return qint32(m_sources.size() - 1);
}

void LogModel::append(const QList<LogLine>& lines)
{
    if (lines.isEmpty())
        return;
    beginInsertRows({}, int(m_lines.size()), int(m_lines.size() + lines.size() - 1));
    m_lines.append(lines);
    endInsertRows();
}

void LogModel::prepend(const QList<LogLine>& lines)
{
    if (lines.isEmpty())
        return;
    beginInsertRows({}, 0, int(lines.size() - 1));
    m_lines = lines + m_lines;
    endInsertRows();
}

void LogModel::merge(QList<LogLine> lines, bool older)
{
    if (lines.isEmpty())
        return;
    const auto byTime = [](const LogLine& a, const LogLine& b) { return a.timestamp < b.timestamp; };
    if (!std::is_sorted(lines.cbegin(), lines.cend(), byTime))
        std::stable_sort(lines.begin(), lines.end(), byTime);
    if (m_lines.isEmpty() || lines.first().timestamp > m_lines.last().timestamp
        || (!older && lines.first().timestamp == m_lines.last().timestamp)) {
        append(lines);
        return;
    }
    if (lines.last().timestamp < m_lines.first().timestamp
        || (older && lines.last().timestamp == m_lines.first().timestamp)) {
        prepend(lines);
        return;
    }
    // Where each incoming line goes among the held ones (positions never decrease: both sorted).
    qsizetype searchFrom = 0;
    qsizetype i = 0;
    while (i < lines.size()) {
        const auto first = m_lines.cbegin() + searchFrom;
        const qsizetype at = (older ? std::lower_bound(first, m_lines.cend(), lines[i], byTime)
                                    : std::upper_bound(first, m_lines.cend(), lines[i], byTime))
            - m_lines.cbegin();
        // The run: the following incoming lines that go to the same place (before the next held line).
        qsizetype j = i + 1;
        if (at == m_lines.size()) {
            j = lines.size();
        } else {
            const qint64 next = m_lines[at].timestamp;
            while (j < lines.size() && (older ? lines[j].timestamp <= next : lines[j].timestamp < next))
                ++j;
        }
        beginInsertRows({}, int(at), int(at + (j - i) - 1));
        m_lines.insert(at, j - i, LogLine {});
        std::move(lines.begin() + i, lines.begin() + j, m_lines.begin() + at);
        endInsertRows();
        searchFrom = at + (j - i);
        i = j;
    }
}

void LogModel::setUtc(bool utc)
{
    m_utc = utc;
    if (!m_lines.isEmpty())
        emit dataChanged(index(0, TimeColumn), index(int(m_lines.size() - 1), TimeColumn));
    emit headerDataChanged(Qt::Horizontal, TimeColumn, TimeColumn);
}

void LogModel::setHighlight(const QString& text)
{
    m_highlight = text;
    if (!m_lines.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_lines.size() - 1), ColumnCount - 1));
}

QString LogModel::text(const QList<int>& rows) const
{
    QString out;
    for (const int row : rows) {
        if (row < 0 || row >= m_lines.size())
            continue;
        const LogLine& line = m_lines[row];
        out += formatTime(line.timestamp, m_utc) + QLatin1Char('\t')
            + (line.source >= 0 && line.source < m_sources.size() ? m_sources[line.source] : QString())
            + QLatin1Char('\t') + line.message + QLatin1Char('\n');
    }
    return out;
}

bool LogModel::save(const QString& fileName, QString* error) const
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    for (qsizetype start = 0; start < m_lines.size(); start += 4096) {
        QList<int> rows;
        for (qsizetype i = start; i < qMin(m_lines.size(), start + 4096); ++i)
            rows.append(int(i));
        file.write(text(rows).toUtf8());
    }
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace EcsDesk::Models
