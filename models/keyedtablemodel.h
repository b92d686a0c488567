#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QVarLengthArray>

#include <algorithm>

namespace EcsDesk::Models {

/// Base for the flat panes (clusters, services, tasks, ...): rows identified by a key (the ARN),
/// refreshed by merging a fresh list into the current one. Rows that vanished are removed, rows
/// that changed emit dataChanged for the changed columns only, new rows are appended. Never a
/// reset, so selection, sorting and scroll position in the views survive a refresh.
template <typename Row> class KeyedTableModel : public QAbstractTableModel {
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }

    const Row& rowAt(int row) const { return m_rows.at(row); }
    const QList<Row>& rows() const { return m_rows; }
    int rowOfKey(const QString& key) const { return m_rowByKey.value(key, -1); }

    /// Statistics of the last applyRows(), for tests and benchmarks.
    struct DiffStats {
        int removed = 0;
        int changed = 0;
        int inserted = 0;
    };
    DiffStats lastDiff() const { return m_lastDiff; }

protected:
    virtual QString keyOf(const Row& row) const = 0;
    /// True when `column` shows something different for the two versions of a row.
    virtual bool columnDiffers(const Row& before, const Row& after, int column) const = 0;
    /// True when nothing about the row changed; a model may answer from a version counter
    /// instead of comparing the whole row (and its raw JSON) field by field.
    virtual bool rowsEqual(const Row& before, const Row& after) const { return before == after; }

    /// Merges `fresh` into the model as a diff (see class comment). Looks rows up in the index
    /// the model keeps (no hash of the fresh list is built), so a refresh where nothing is added
    /// or removed allocates almost nothing.
    void applyRows(QList<Row> fresh)
    {
        m_lastDiff = {};
        const int oldCount = int(m_rows.size());
        QList<int> oldRowOfFresh(fresh.size(), -1);
        QList<bool> kept(oldCount, false);
        for (qsizetype i = 0; i < fresh.size(); ++i) {
            const int row = m_rowByKey.value(keyOf(fresh.at(i)), -1);
            if (row >= 0 && !kept.at(row)) { // a duplicate key in `fresh` counts as new
                oldRowOfFresh[i] = row;
                kept[row] = true;
            }
        }

        // 1. Remove vanished rows, in contiguous runs from the bottom up.
        for (int row = oldCount - 1; row >= 0;) {
            if (kept.at(row)) {
                --row;
                continue;
            }
            int first = row;
            while (first > 0 && !kept.at(first - 1))
                --first;
            beginRemoveRows({}, first, row);
            m_rows.remove(first, row - first + 1);
            endRemoveRows();
            m_lastDiff.removed += row - first + 1;
            row = first - 1;
        }
        QList<int> removedBefore; // old row -> removed rows above it
        if (m_lastDiff.removed) {
            removedBefore.resize(oldCount);
            int removed = 0;
            for (int row = 0; row < oldCount; ++row) {
                removedBefore[row] = removed;
                removed += kept.at(row) ? 0 : 1;
            }
        }

        // 2. Update rows that stay, signalling only the columns that changed.
        const int columns = columnCount();
        for (qsizetype i = 0; i < fresh.size(); ++i) {
            const int oldRow = oldRowOfFresh.at(i);
            if (oldRow < 0)
                continue;
            const int row = removedBefore.isEmpty() ? oldRow : oldRow - removedBefore.at(oldRow);
            Row& current = m_rows[row];
            Row& next = fresh[i];
            if (rowsEqual(current, next))
                continue;
            QVarLengthArray<std::pair<int, int>, 8> runs; // [first, last] changed columns
            for (int column = 0; column < columns; ++column) {
                if (!columnDiffers(current, next, column))
                    continue;
                if (!runs.isEmpty() && runs.last().second == column - 1)
                    runs.last().second = column;
                else
                    runs.append({ column, column });
            }
            current = std::move(next); // views read the new value when the signal arrives
            for (const auto& [first, last] : runs)
                Q_EMIT dataChanged(index(row, first), index(row, last));
            ++m_lastDiff.changed;
        }

        // 3. Append rows that are new, in the order the server gave them.
        QList<Row> added;
        for (qsizetype i = 0; i < fresh.size(); ++i) {
            if (oldRowOfFresh.at(i) < 0)
                added.append(std::move(fresh[i]));
        }
        if (!added.isEmpty()) {
            const int first = int(m_rows.size());
            beginInsertRows({}, first, first + int(added.size()) - 1);
            m_rows.append(std::move(added));
            endInsertRows();
            m_lastDiff.inserted = int(m_rows.size()) - first;
        }

        if (m_lastDiff.removed || m_lastDiff.inserted) {
            m_rowByKey.clear();
            m_rowByKey.reserve(m_rows.size());
            for (int row = 0; row < m_rows.size(); ++row)
                m_rowByKey.insert(keyOf(m_rows.at(row)), row);
        }
    }

    /// Replaces everything: only for a change of context (another cluster, another connection).
    void resetRows(QList<Row> rows)
    {
        beginResetModel();
        m_rows = std::move(rows);
        m_rowByKey.clear();
        for (int row = 0; row < m_rows.size(); ++row)
            m_rowByKey.insert(keyOf(m_rows.at(row)), row);
        endResetModel();
    }

private:
    QList<Row> m_rows;
    QHash<QString, int> m_rowByKey;
    DiffStats m_lastDiff;
};

} // namespace EcsDesk::Models
