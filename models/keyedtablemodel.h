// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <algorithm>

namespace EcsDesk::Models {

/// A refresh of a KeyedTableModel, worked out before it is applied: the old rows to remove, the
/// rows that changed (with a bit per changed column) and the rows to append. Computing it only
/// reads the model's rows, so it can run on a worker thread (see KeyedTableModel::diffBase());
/// applying it on the GUI thread touches only the rows that differ.
template <typename Row> struct RowDiff {
    struct Change {
        int oldRow = -1;
        quint64 columns = 0; ///< bit c: column c shows something else
        Row row;
    };
    quint64 baseGeneration = 0; ///< the model state it was computed against
    QList<int> removed; ///< old rows, ascending
    QList<Change> changed; ///< ascending by oldRow
    QList<Row> inserted;
    bool indexChanged = false;
    QHash<QString, int> index; ///< key -> row after the diff, when indexChanged
};

/// Builds a RowDiff against a copy of a model's rows and key index (implicitly shared, so taking
/// the copy costs nothing and the GUI thread may go on reading its rows meanwhile).
template <typename Row> class RowDiffBuilder {
public:
    RowDiffBuilder(QList<Row> base, QHash<QString, int> index, quint64 generation)
        : m_base(std::move(base))
        , m_index(std::move(index))
        , m_kept(m_base.size(), false)
    {
        m_diff.baseGeneration = generation;
    }

    const QList<Row>& base() const { return m_base; }
    /// The old row with `key`, or -1; unlike match() it marks nothing.
    int find(const QString& key) const { return m_index.value(key, -1); }
    /// The old row with `key` (marked as kept), or -1 for a new key or a key seen already.
    int match(const QString& key)
    {
        const int row = m_index.value(key, -1);
        if (row < 0 || m_kept.at(row))
            return -1;
        m_kept[row] = true;
        return row;
    }
    void change(int oldRow, quint64 columns, Row row) { m_diff.changed.append({ oldRow, columns, std::move(row) }); }
    void insert(Row row) { m_diff.inserted.append(std::move(row)); }

    /// The diff; drops the builder's references to the model's rows first, so the model can
    /// change them in place without copying.
    template <typename KeyOf> RowDiff<Row> finish(KeyOf keyOf)
    {
        for (int row = 0; row < m_kept.size(); ++row) {
            if (!m_kept.at(row))
                m_diff.removed.append(row);
        }
        std::sort(m_diff.changed.begin(), m_diff.changed.end(),
            [](const auto& a, const auto& b) { return a.oldRow < b.oldRow; });
        if (!m_diff.removed.isEmpty() || !m_diff.inserted.isEmpty()) {
            m_diff.indexChanged = true;
            m_diff.index.reserve(m_base.size() - m_diff.removed.size() + m_diff.inserted.size());
            int next = 0;
            for (int row = 0; row < m_base.size(); ++row) {
                if (m_kept.at(row))
                    m_diff.index.insert(keyOf(m_base.at(row)), next++);
            }
            for (const Row& row : std::as_const(m_diff.inserted))
                m_diff.index.insert(keyOf(row), next++);
        }
        m_base = {};
        m_index = {};
        return std::move(m_diff);
    }

private:
    QList<Row> m_base;
    QHash<QString, int> m_index;
    QList<bool> m_kept;
    RowDiff<Row> m_diff;
};

/// Base for the flat panes (clusters, services, tasks, ...): rows identified by a key (the ARN),
/// refreshed by merging a fresh list into the current one. Rows that vanished are removed, rows
/// that changed emit dataChanged for the changed columns only (contiguous rows and columns in one
/// signal, so a sort proxy only re-sorts when its sort column changed), new rows are appended.
/// Never a reset, so selection, sorting and scroll position in the views survive a refresh.
template <typename Row> class KeyedTableModel : public QAbstractTableModel {
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }

    const Row& rowAt(int row) const { return m_rows.at(row); }
    const QList<Row>& rows() const { return m_rows; }
    int rowOfKey(const QString& key) const { return m_rowByKey.value(key, -1); }

    /// Statistics of the last refresh, for tests and benchmarks.
    struct DiffStats {
        int removed = 0;
        int changed = 0;
        int inserted = 0;
    };
    DiffStats lastDiff() const { return m_lastDiff; }

    /// What a diff is computed against: the rows, their key index and the state's generation.
    RowDiffBuilder<Row> diffBase() const { return RowDiffBuilder<Row>(m_rows, m_rowByKey, m_generation); }
    /// Changes with every change of rows; a RowDiff computed against another generation is stale.
    quint64 generation() const { return m_generation; }

protected:
    virtual QString keyOf(const Row& row) const = 0;
    /// True when `column` shows something different for the two versions of a row.
    virtual bool columnDiffers(const Row& before, const Row& after, int column) const = 0;
    /// True when nothing about the row changed; a model may answer from a version counter
    /// instead of comparing the whole row (and its raw JSON) field by field.
    virtual bool rowsEqual(const Row& before, const Row& after) const { return before == after; }

    /// Merges `fresh` into the model as a diff (see class comment), on the calling thread.
    void applyRows(QList<Row> fresh)
    {
        RowDiffBuilder<Row> builder = diffBase();
        const int columns = columnCount();
        for (Row& row : fresh) {
            const int old = builder.match(keyOf(row));
            if (old < 0) {
                builder.insert(std::move(row));
                continue;
            }
            const Row& current = builder.base().at(old);
            if (rowsEqual(current, row))
                continue;
            quint64 changed = 0;
            for (int column = 0; column < columns; ++column) {
                if (columnDiffers(current, row, column))
                    changed |= quint64(1) << column;
            }
            builder.change(old, changed, std::move(row));
        }
        fresh = {};
        applyDiff(builder.finish([this](const Row& row) { return keyOf(row); }));
    }

    /// Applies a diff computed against the current generation; false (nothing done) when stale.
    bool applyDiff(RowDiff<Row> diff)
    {
        if (diff.baseGeneration != m_generation)
            return false;
        m_lastDiff = {};
        // 1. Remove vanished rows, in contiguous runs from the bottom up.
        for (qsizetype i = diff.removed.size() - 1; i >= 0;) {
            const int last = diff.removed.at(i);
            qsizetype j = i;
            while (j > 0 && diff.removed.at(j - 1) == diff.removed.at(j) - 1)
                --j;
            const int first = diff.removed.at(j);
            beginRemoveRows({}, first, last);
            m_rows.remove(first, last - first + 1);
            endRemoveRows();
            i = j - 1;
        }
        m_lastDiff.removed = int(diff.removed.size());

        // 2. Replace rows that changed; signal contiguous rows' changed columns together.
        int runFirst = -1;
        int runLast = -1;
        quint64 runColumns = 0;
        const auto flush = [&] {
            if (runFirst < 0 || !runColumns)
                return;
            for (int column = 0; column < 64 && (runColumns >> column);) {
                if (!(runColumns & (quint64(1) << column))) {
                    ++column;
                    continue;
                }
                int lastColumn = column;
                while (lastColumn + 1 < 64 && (runColumns & (quint64(1) << (lastColumn + 1))))
                    ++lastColumn;
                Q_EMIT dataChanged(index(runFirst, column), index(runLast, lastColumn));
                column = lastColumn + 1;
            }
        };
        for (auto& change : diff.changed) {
            const int row = change.oldRow
                - int(std::lower_bound(diff.removed.cbegin(), diff.removed.cend(), change.oldRow)
                    - diff.removed.cbegin());
            m_rows[row] = std::move(change.row); // views read the new value when the signal arrives
            if (runFirst >= 0 && row == runLast + 1) {
                runLast = row;
                runColumns |= change.columns;
            } else {
                flush();
                runFirst = runLast = row;
                runColumns = change.columns;
            }
        }
        flush();
        m_lastDiff.changed = int(diff.changed.size());

        // 3. Append rows that are new, in the order the server gave them.
        if (!diff.inserted.isEmpty()) {
            const int first = int(m_rows.size());
            beginInsertRows({}, first, first + int(diff.inserted.size()) - 1);
            m_rows.append(std::move(diff.inserted));
            endInsertRows();
            m_lastDiff.inserted = int(m_rows.size()) - first;
        }
        if (diff.indexChanged)
            m_rowByKey.swap(diff.index); // the old index goes with `diff`
        ++m_generation;
        return true;
    }

    /// Replaces everything: only for a change of context (another cluster, another connection).
    void resetRows(QList<Row> rows)
    {
        QHash<QString, int> index = indexOf(rows, [this](const Row& row) { return keyOf(row); });
        resetRows(std::move(rows), std::move(index));
    }
    /// The same with the key index built already (on a worker thread: see indexOf()).
    void resetRows(QList<Row> rows, QHash<QString, int> index)
    {
        beginResetModel();
        m_rows = std::move(rows);
        m_rowByKey.swap(index);
        ++m_generation;
        m_lastDiff = {};
        endResetModel();
    }

    template <typename KeyOf> static QHash<QString, int> indexOf(const QList<Row>& rows, KeyOf keyOf)
    {
        QHash<QString, int> index;
        index.reserve(rows.size());
        for (int row = 0; row < rows.size(); ++row)
            index.insert(keyOf(rows.at(row)), row);
        return index;
    }

private:
    QList<Row> m_rows;
    QHash<QString, int> m_rowByKey;
    DiffStats m_lastDiff;
    quint64 m_generation = 0;
};

} // namespace EcsDesk::Models
