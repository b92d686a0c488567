// SPDX-License-Identifier: MIT
#include "ui/serviceeditor/servicelisteditor.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace EcsDesk::Ui {

ServiceListEditor::ServiceListEditor(QList<Column> columns, QWidget* parent)
    : QWidget(parent)
    , m_columns(std::move(columns))
    , m_table(new QTableWidget(0, int(m_columns.size()), this))
{
    for (int i = 0; i < m_columns.size(); ++i) {
        auto* header = new QTableWidgetItem(m_columns[i].header);
        header->setToolTip(m_columns[i].hint);
        m_table->setHorizontalHeaderItem(i, header);
    }
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setMinimumHeight(90);
    m_table->setMaximumHeight(160);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);

    auto* add = new QPushButton(tr("&Add"), this);
    auto* remove = new QPushButton(tr("&Remove"), this);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);

    connect(add, &QPushButton::clicked, this, &ServiceListEditor::addRow);
    connect(remove, &QPushButton::clicked, this, &ServiceListEditor::removeCurrentRow);
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_loading)
            Q_EMIT edited();
    });
}

void ServiceListEditor::setArray(const QJsonArray& array)
{
    m_loading = true;
    m_table->setRowCount(int(array.size()));
    for (int row = 0; row < array.size(); ++row) {
        const QJsonObject element = array.at(row).toObject();
        for (int column = 0; column < m_columns.size(); ++column) {
            const QJsonValue value = element.value(m_columns[column].key);
            const QString text = value.isDouble() ? QString::number(value.toInteger()) : value.toString();
            m_table->setItem(row, column, new QTableWidgetItem(text));
        }
    }
    m_loading = false;
}

QJsonArray ServiceListEditor::array() const
{
    QJsonArray out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QJsonObject element;
        for (int column = 0; column < m_columns.size(); ++column) {
            const QTableWidgetItem* item = m_table->item(row, column);
            const QString text = item ? item->text().trimmed() : QString();
            if (text.isEmpty())
                continue;
            bool ok = false;
            const qint64 number = text.toLongLong(&ok);
            // A number column with text that is not one keeps the text: the rulebook and ECS say why.
            element.insert(m_columns[column].key, m_columns[column].integer && ok ? QJsonValue(number) : text);
        }
        out.append(element);
    }
    return out;
}

void ServiceListEditor::addRow()
{
    const int row = m_table->rowCount();
    m_loading = true;
    m_table->insertRow(row);
    for (int column = 0; column < m_columns.size(); ++column)
        m_table->setItem(row, column, new QTableWidgetItem);
    m_loading = false;
    m_table->setCurrentCell(row, 0);
    m_table->editItem(m_table->item(row, 0));
    Q_EMIT edited();
}

void ServiceListEditor::removeCurrentRow()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    m_table->removeRow(row);
    Q_EMIT edited();
}

} // namespace EcsDesk::Ui
