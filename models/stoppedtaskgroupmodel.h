// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractProxyModel>

#include <memory>
#include <vector>

namespace EcsDesk::Models {

/// The Tasks pane's "only failed/stopped" view: a tree over the flat TaskModel with one parent row
/// per stopped reason (its text and how many tasks stopped that way) and the stopped tasks as its
/// children; running tasks are left out. It follows the task model's diffs row by row (no reset):
/// a task that stops joins its reason's group, a vanished task leaves it, an emptied group goes,
/// so a view keeps its expanded groups and its selection across refreshes. Sort and filter it
/// with a PaneFilterProxyModel on top (groups sort by reason; children by the chosen column).
class StoppedTaskGroupModel : public QAbstractProxyModel {
    Q_OBJECT
public:
    enum Roles { IsGroupRole = Qt::UserRole + 64, GroupCountRole, GroupReasonRole };

    /// `stoppedRole` (on column 0) says whether a source row is stopped; `reasonColumn` holds
    /// its stopped reason; groups answer `sortRole` with their reason.
    StoppedTaskGroupModel(int stoppedRole, int reasonColumn, int sortRole, QObject* parent = nullptr);
    ~StoppedTaskGroupModel() override;

    void setSourceModel(QAbstractItemModel* model) override;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QModelIndex mapToSource(const QModelIndex& proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex& sourceIndex) const override;

    /// The group row of `reason`, invalid when no task stopped that way.
    QModelIndex groupIndex(const QString& reason) const;

private:
    struct Group {
        QString reason;
        QList<int> rows; ///< source rows, ascending
    };

    bool isStopped(int sourceRow) const;
    QString reasonOf(int sourceRow) const;
    int rowOfGroup(const Group* group) const;
    Group* findGroup(const QString& reason) const;
    /// Where `sourceRow` is, or would go, among the group's rows (kept ascending).
    static int positionIn(const Group* group, int sourceRow);
    void addRow(int sourceRow);
    void removeRow(int sourceRow);
    void moveRow(int sourceRow); ///< a stopped task whose reason changed, to its new group
    void groupCountChanged(const Group* group);
    void rebuild();
    void onRowsAboutToBeRemoved(const QModelIndex& parent, int first, int last);
    void onRowsRemoved(const QModelIndex& parent, int first, int last);
    void onRowsInserted(const QModelIndex& parent, int first, int last);
    void onDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight);

    int m_stoppedRole;
    int m_reasonColumn;
    int m_sortRole;
    std::vector<std::unique_ptr<Group>> m_groups;
    QList<Group*> m_groupOfRow; ///< by source row; nullptr for tasks not stopped
    QList<QMetaObject::Connection> m_connections;
};

} // namespace EcsDesk::Models
