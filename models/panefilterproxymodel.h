// SPDX-License-Identifier: MIT
#pragma once

#include <QSortFilterProxyModel>

namespace EcsDesk::Models {

/// The sort/filter proxy of every pane. The filter text is split into terms; a `column:value`
/// term matches when that column contains the value, a plain term when any column does. All
/// terms must match. The column is named by its header, translated or English (ColumnKeyRole),
/// case and spaces ignored: the whole name, an obvious alias ("status" for "Last status"), or an
/// unambiguous prefix of the name or of one of its words ("desired", "reason"). A term whose name
/// fits no column, or several, is searched as plain text and reported by problems(). Optionally
/// rows must also have `requiredRole` true (the tasks pane's "only failed/stopped" quick filter).
class PaneFilterProxyModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit PaneFilterProxyModel(QObject* parent = nullptr);

    void setFilterText(const QString& text);
    QString filterText() const { return m_text; }
    /// Rows must have `role` true (on column 0) when `enabled`.
    void setRequiredRole(int role, bool enabled);
    /// The role the filter reads (the model's FilterRole; DisplayRole by default).
    void setTextRole(int role) { m_textRole = role; }

    /// A `name:value` term whose name fits no column or more than one.
    struct TermProblem {
        QString name; ///< as typed
        QList<int> candidates; ///< the columns it could mean; empty when none
    };
    /// Problems of the current filter text (empty when every column name was understood).
    QList<TermProblem> problems() const { return m_problems; }
    /// The column `name` (as typed before a colon) names, -1 for none; `candidates` gets every
    /// column it could mean when it is ambiguous.
    int columnForName(const QString& name, QList<int>* candidates = nullptr) const;
    /// The source's header names, as shown.
    QStringList columnNames() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    /// Strings (the common case: ARNs, names, statuses) compare without folding the case of the
    /// prefix they share, which for ARNs is most of them; the order is QString::compare's.
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    struct Term {
        int column = -1; ///< -1: any column
        QString text;
        bool exact = false; ///< "column:=value": the whole cell, not a part of it
    };
    QString m_text;
    QList<Term> m_terms;
    QList<TermProblem> m_problems;
    int m_textRole = Qt::DisplayRole;
    int m_requiredRole = -1;
};

} // namespace EcsDesk::Models
