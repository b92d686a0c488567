// SPDX-License-Identifier: MIT
#pragma once

#include "models/panemodel.h"

#include <QAbstractItemModel>
#include <QJsonArray>
#include <QJsonObject>
#include <QModelIndex>
#include <QWidget>

#include <type_traits>

class QLabel;
class QLineEdit;
class QTimer;
class QTreeView;
class QAbstractProxyModel;
class QMenu;

namespace EcsDesk::Models {
class PaneFilterProxyModel;
}

namespace EcsDesk::Ui {

class MessageBar;

/// One pane (clusters, services, tasks, ...): a filter box (debounced 300 ms, `column:value`
/// terms) with a hint when a term names no column and an "N of M" count, a message bar for errors
/// of its actions laid over the bottom of the table (showing it moves no row), and a sortable view
/// over a PaneFilterProxyModel whose columns fit their contents on first load, keep the user's
/// widths (AppSettings, per pane) and show cut text whole in a tooltip. Exports what is visible to
/// CSV or JSON; copies ARN / JSON of a row.
class PaneWidget : public QWidget {
    Q_OBJECT
public:
    /// A pane named `name` (object names, saved column widths) over `model`: a Qt item model that
    /// is also a Models::PaneModel (the roles of models/itemroles.h, rawJson for Copy/Export JSON).
    template <typename Model>
    PaneWidget(const QString& name, Model* model, QWidget* parent = nullptr)
        : PaneWidget(
            name, static_cast<QAbstractItemModel*>(model), static_cast<const Models::PaneModel*>(model), parent)
    {
        static_assert(std::is_base_of_v<QAbstractItemModel, Model> && std::is_base_of_v<Models::PaneModel, Model>,
            "a pane shows a Qt item model that is a Models::PaneModel");
    }

    QTreeView* view() const { return m_view; }
    Models::PaneFilterProxyModel* proxy() const { return m_proxy; }
    MessageBar* messageBar() const { return m_messageBar; }
    QLineEdit* filterEdit() const { return m_filter; }
    QAbstractItemModel* sourceModel() const { return m_model; }
    /// "3 of 120" next to the filter ("120 rows" without one).
    QLabel* countLabel() const { return m_count; }
    /// Under the filter: which term names no column, and the columns there are. Hidden when fine.
    QLabel* filterHint() const { return m_filterHint; }

    /// Source row of the current item, -1 without one.
    int currentSourceRow() const;
    QModelIndex currentSourceIndex() const;
    QModelIndexList selectedSourceIndexes() const;
    QList<int> selectedSourceRows() const;
    QString currentArn() const;
    /// Makes the row with `arn` current (command palette, tests). False when not shown.
    bool selectArn(const QString& arn);
    /// Actions for the context menu, before Copy ARN / Copy JSON.
    void setContextActions(QList<QAction*> actions) { m_contextActions = std::move(actions); }
    /// Adds a widget to the pane's filter row (quick filters).
    void addFilterRowWidget(QWidget* widget);
    /// Shows the model through `grouping` (a tree proxy over it, e.g. stopped tasks by reason),
    /// or flat again with nullptr. Source rows and indexes the pane reports stay the model's.
    void setGrouping(QAbstractProxyModel* grouping);
    QAbstractProxyModel* grouping() const { return m_grouping; }
    /// The model's index of a view (proxy) index; invalid for a grouping's own rows.
    QModelIndex toSource(const QModelIndex& proxyIndex) const;
    /// The view (proxy) index of a model index; invalid when it is not shown.
    QModelIndex fromSource(const QModelIndex& sourceIndex) const;

    QByteArray exportCsv() const;
    QByteArray exportJson() const;
    enum class ExportFormat { Csv, Json };
    /// Asks where (a save dialog over `dialogParent`), writes the rows shown, says so in the
    /// message bar (or why not).
    void exportToFile(ExportFormat format, QWidget* dialogParent);
    void copyArn() const;
    void copyJson() const;

Q_SIGNALS:
    void currentRowChanged(int sourceRow);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    PaneWidget(const QString& name, QAbstractItemModel* model, const Models::PaneModel* paneModel, QWidget* parent);
    void applyFilter();
    void updateCount();
    void placeMessageBar();
    void saveHeaderState();
    void showContextMenu(const QPoint& pos);
    void collectRows(const QModelIndex& proxyParent, QJsonArray* out) const;
    void collectCsv(const QModelIndex& proxyParent, QStringList* lines) const;

    QString m_name;
    QAbstractItemModel* m_model;
    const Models::PaneModel* m_paneModel;
    Models::PaneFilterProxyModel* m_proxy;
    QTreeView* m_view;
    QLineEdit* m_filter;
    QTimer* m_filterTimer;
    MessageBar* m_messageBar;
    QWidget* m_filterRow;
    QLabel* m_filterHint;
    QLabel* m_count;
    QTimer* m_countTimer;
    bool m_columnsFitted = false;
    bool m_fittingColumns = false;
    QList<QAction*> m_contextActions;
    QAbstractProxyModel* m_grouping = nullptr;
    QList<QMetaObject::Connection> m_groupingConnections;
};

} // namespace EcsDesk::Ui
