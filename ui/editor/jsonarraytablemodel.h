// SPDX-License-Identifier: MIT
#pragma once

#include "models/taskdef/jsonpath.h"
#include "models/taskdef/taskdefinitionvalidator.h"

#include <QAbstractTableModel>
#include <QPointer>

#include <functional>

namespace EcsDesk::Models {
class TaskDefinitionDocument;
}

namespace EcsDesk::Ui {

/// A table over one array of objects inside a task definition document (port mappings,
/// environment, volumes, ...): one row per element, one column per (possibly nested) field.
/// Every edit goes through the document, so it is undoable and shows in the JSON pane.
class JsonArrayTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum class Kind { Text, Integer, Boolean };
    struct Column {
        QString header;
        Models::JsonPath field; ///< relative to the element, e.g. `host.sourcePath`
        Kind kind = Kind::Text;
    };

    /// `arrayPath` is asked again on every access (the editor's current container changes).
    JsonArrayTableModel(Models::TaskDefinitionDocument* document, std::function<Models::JsonPath()> arrayPath,
        QList<Column> columns, QObject* parent = nullptr);

    Models::JsonPath arrayPath() const { return m_arrayPath(); }
    /// Re-reads the array; called when the document changed at an overlapping path.
    void refresh();
    /// Validation messages whose path lies inside the array are shown on their cells.
    void setIssues(const QList<Models::ValidationIssue>& issues);

    bool addRow();
    bool removeRow(int row);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    Models::JsonPath cellPath(int row, int column) const;
    QList<Models::ValidationIssue> issuesAt(int row, int column) const;

    QPointer<Models::TaskDefinitionDocument> m_document;
    std::function<Models::JsonPath()> m_arrayPath;
    QList<Column> m_columns;
    int m_rows = 0;
    QList<Models::ValidationIssue> m_issues;
};

/// `base` followed by the segments of `relative`.
Models::JsonPath joinPath(const Models::JsonPath& base, const Models::JsonPath& relative);

} // namespace EcsDesk::Ui
