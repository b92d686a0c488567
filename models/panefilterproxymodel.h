#pragma once

#include <QSortFilterProxyModel>

namespace EcsDesk::Models {

/// The sort/filter proxy of every pane. The filter text is split into terms; a `column:value`
/// term matches when that column (its header, case and spaces ignored) contains the value, a
/// plain term when any column does. All terms must match. Optionally rows must also have
/// `requiredRole` true (the tasks pane's "only failed/stopped" quick filter).
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

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    /// Strings (the common case: ARNs, names, statuses) compare without folding the case of the
    /// prefix they share, which for ARNs is most of them; the order is QString::compare's.
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    struct Term {
        int column = -1; ///< -1: any column
        QString text;
    };
    QString m_text;
    QList<Term> m_terms;
    int m_textRole = Qt::DisplayRole;
    int m_requiredRole = -1;
};

} // namespace EcsDesk::Models
