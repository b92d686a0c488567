// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonArray>
#include <QList>
#include <QWidget>

class QTableWidget;

namespace EcsDesk::Ui {

/// A small table over one list of objects of the service form (load balancers, capacity provider
/// strategy, placement constraints, tags...): one row per element, one column per member, Add and
/// Remove buttons. Empty cells are left out of the element; integer columns hold numbers.
class ServiceListEditor : public QWidget {
    Q_OBJECT
public:
    struct Column {
        QString key;
        QString header;
        bool integer = false;
        QString hint; ///< the header's tool tip: the values the member takes
    };

    explicit ServiceListEditor(QList<Column> columns, QWidget* parent = nullptr);

    void setArray(const QJsonArray& array);
    QJsonArray array() const;
    QTableWidget* table() const { return m_table; }
    /// Appends an empty row and starts editing its first cell.
    void addRow();
    void removeCurrentRow();

Q_SIGNALS:
    /// The user changed a cell, added or removed a row.
    void edited();

private:
    QList<Column> m_columns;
    QTableWidget* m_table;
    bool m_loading = false;
};

} // namespace EcsDesk::Ui
