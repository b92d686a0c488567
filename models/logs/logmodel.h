// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QList>

namespace EcsDesk::Models {

/// One log line, kept compact so 100,000 of them stay small: the time, an index into the model's
/// source names and the message.
struct LogLine {
    qint64 timestamp = 0; ///< ms since the epoch
    qint32 source = 0; ///< index into LogModel::sources()
    QString message;
    bool operator==(const LogLine&) const = default;
};

} // namespace EcsDesk::Models

Q_DECLARE_TYPEINFO(EcsDesk::Models::LogLine, Q_RELOCATABLE_TYPE); // inserting in the middle moves memory

namespace EcsDesk::Models {

/// Where a container's logs are, resolved from its task definition (awslogs driver:
/// awslogs-group, and stream `<awslogs-stream-prefix>/<container>/<task id>`), or why they cannot
/// be read (another log driver such as FireLens / awsfirelens, splunk, or no log configuration).
struct LogSource {
    QString container;
    QString taskId;
    QString group;
    QString stream; ///< empty without a stream prefix: ECS then names streams by task id only on EC2
    QString problem; ///< set when the logs cannot be read from CloudWatch Logs; a translated sentence
    bool readable() const { return problem.isEmpty() && !group.isEmpty(); }
    bool operator==(const LogSource&) const = default;

    /// The sources of a task: one per container of `taskDefinition` (DescribeTaskDefinition's
    /// taskDefinition object). taskId: the last part of the task ARN.
    static QList<LogSource> resolve(const QJsonObject& taskDefinition, const QString& taskId);
};

/// The log view's model: columns time, source (container/task) and message; rows in time order.
/// Lines are appended (follow mode) or prepended (older pages) in blocks. Lines matching the
/// highlight text are marked with HighlightRole; the view chooses their colour (Ui::LogsPane).
class LogModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TimeColumn, SourceColumn, MessageColumn, ColumnCount };
    enum Role { HighlightRole = Qt::UserRole + 1, TimestampRole };

    explicit LogModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void clear();
    /// The index of a source name ("web/3f2a..."), added when new.
    qint32 sourceIndex(const QString& name);
    const QStringList& sources() const { return m_sources; }
    void append(const QList<LogLine>& lines);
    void prepend(const QList<LogLine>& lines);
    /// Inserts a batch (from one or more streams, any order) in time order without re-sorting what
    /// is held: the batch is sorted, each line's place found by binary search, and every contiguous
    /// run inserted with one beginInsertRows/endInsertRows. O(k log k + k log n) comparisons plus
    /// one move of the lines after each run. `older`: lines of an older page go before held lines
    /// with the same timestamp (a stream's earlier events), otherwise after them.
    void merge(QList<LogLine> lines, bool older = false);
    const QList<LogLine>& lines() const { return m_lines; }

    void setUtc(bool utc);
    /// Plain text (case-insensitive) matched against messages; empty: no highlight.
    void setHighlight(const QString& text);
    bool matches(int row) const;

    /// "time<TAB>source<TAB>message" per line, the form Copy and Save write.
    QString text(const QList<int>& rows) const;
    bool save(const QString& fileName, QString* error) const;

private:
    QList<LogLine> m_lines;
    QStringList m_sources;
    QString m_highlight;
    bool m_utc = false;
};

} // namespace EcsDesk::Models
