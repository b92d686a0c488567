// SPDX-License-Identifier: MIT
#include "ui/editor/jsonarraytablemodel.h"

#include "models/taskdef/taskdefinitiondocument.h"

#include <QBrush>
#include <QColor>
#include <QJsonArray>
#include <QJsonObject>

namespace EcsDesk::Ui {

using Models::JsonPath;

JsonPath joinPath(const JsonPath& base, const JsonPath& relative)
{
    JsonPath result = base;
    for (const JsonPath::Segment& segment : relative.segments())
        result = segment.isIndex() ? result.index(segment.index) : result.key(segment.key);
    return result;
}

JsonArrayTableModel::JsonArrayTableModel(Models::TaskDefinitionDocument* document, std::function<JsonPath()> arrayPath,
    QList<Column> columns, QObject* parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_arrayPath(std::move(arrayPath))
    , m_columns(std::move(columns))
{
    refresh();
}

void JsonArrayTableModel::refresh()
{
    beginResetModel();
    m_rows = m_document ? int(m_document->value(m_arrayPath()).toArray().size()) : 0;
    endResetModel();
}

void JsonArrayTableModel::setIssues(const QList<Models::ValidationIssue>& issues)
{
    const QString prefix = m_arrayPath().toString();
    m_issues.clear();
    for (const Models::ValidationIssue& issue : issues) {
        if (issue.path == prefix || issue.path.startsWith(QString(prefix + QLatin1Char('['))))
            m_issues.append(issue);
    }
    if (m_rows > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_rows - 1, int(m_columns.size()) - 1));
}

bool JsonArrayTableModel::addRow() { return m_document && m_document->appendElement(m_arrayPath(), QJsonObject {}); }

bool JsonArrayTableModel::removeRow(int row) { return m_document && m_document->removeElement(m_arrayPath(), row); }

int JsonArrayTableModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : m_rows; }

int JsonArrayTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

JsonPath JsonArrayTableModel::cellPath(int row, int column) const
{
    return joinPath(m_arrayPath().index(row), m_columns.at(column).field);
}

QList<Models::ValidationIssue> JsonArrayTableModel::issuesAt(int row, int column) const
{
    const QString cell = cellPath(row, column).toString();
    const QString element = m_arrayPath().index(row).toString();
    QList<Models::ValidationIssue> result;
    for (const Models::ValidationIssue& issue : m_issues) {
        if (issue.path == cell || issue.path.startsWith(QString(cell + QLatin1Char('.')))
            || issue.path.startsWith(QString(cell + QLatin1Char('['))) || (column == 0 && issue.path == element))
            result.append(issue);
    }
    return result;
}

QVariant JsonArrayTableModel::data(const QModelIndex& index, int role) const
{
    if (!m_document || !index.isValid() || index.row() >= m_rows)
        return {};
    const Column& column = m_columns.at(index.column());
    const QJsonValue value = m_document->value(cellPath(index.row(), index.column()));
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        if (column.kind == Kind::Boolean)
            return {};
        if (value.isDouble())
            return QString::number(value.toDouble());
        if (value.isString())
            return value.toString();
        if (value.isBool())
            return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        return {};
    case Qt::CheckStateRole:
        if (column.kind == Kind::Boolean)
            return value.toBool() ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ToolTipRole: {
        QStringList messages;
        for (const Models::ValidationIssue& issue : issuesAt(index.row(), index.column()))
            messages.append(issue.message);
        return messages.isEmpty() ? QVariant() : QVariant(messages.join(QLatin1Char('\n')));
    }
    case Qt::BackgroundRole: {
        const QList<Models::ValidationIssue> issues = issuesAt(index.row(), index.column());
        if (issues.isEmpty())
            return {};
        const bool error = Models::TaskDefinitionValidator::hasErrors(issues);
        return QBrush(error ? QColor(255, 205, 210) : QColor(255, 243, 196));
    }
    default:
        return {};
    }
}

bool JsonArrayTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!m_document || !index.isValid())
        return false;
    const Column& column = m_columns.at(index.column());
    const JsonPath path = cellPath(index.row(), index.column());
    if (column.kind == Kind::Boolean && role == Qt::CheckStateRole)
        return m_document->setValue(path, value.value<Qt::CheckState>() == Qt::Checked);
    if (role != Qt::EditRole)
        return false;
    const QString text = value.toString().trimmed();
    if (text.isEmpty())
        return m_document->setValue(path, QJsonValue(QJsonValue::Undefined));
    if (column.kind == Kind::Integer) {
        bool ok = false;
        const int number = text.toInt(&ok);
        // Not a number: kept as text so that the validator says what is wrong.
        return m_document->setValue(path, ok ? QJsonValue(number) : QJsonValue(text));
    }
    return m_document->setValue(path, text);
}

QVariant JsonArrayTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return section < m_columns.size() ? QVariant(m_columns.at(section).header) : QVariant();
    return section + 1;
}

Qt::ItemFlags JsonArrayTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_columns.at(index.column()).kind == Kind::Boolean)
        return flags | Qt::ItemIsUserCheckable;
    return flags | Qt::ItemIsEditable;
}

} // namespace EcsDesk::Ui
