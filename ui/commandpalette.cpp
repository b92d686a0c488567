// SPDX-License-Identifier: MIT
#include "ui/commandpalette.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace EcsDesk::Ui {

CommandPalette::CommandPalette(const QList<Entry>& entries, QWidget* parent)
    : QDialog(parent)
    , m_entries(entries)
    , m_search(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_model(new QStandardItemModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setWindowTitle(tr("Go to"));
    resize(520, 360);
    for (int i = 0; i < entries.size(); ++i) {
        auto* item = new QStandardItem(entries.at(i).text);
        item->setData(i, Qt::UserRole);
        item->setEditable(false);
        m_model->appendRow(item);
    }
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_list->setModel(m_proxy);
    m_list->setUniformItemSizes(true);
    m_search->setObjectName(QStringLiteral("paletteSearch"));
    m_search->setAccessibleName(tr("Search"));
    m_list->setAccessibleName(tr("Matches"));
    m_search->setPlaceholderText(tr("Cluster, service or task name"));
    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterFixedString(text);
        m_list->setCurrentIndex(m_proxy->index(0, 0));
    });
    connect(m_search, &QLineEdit::returnPressed, this, &CommandPalette::choose);
    connect(m_list, &QListView::activated, this, &CommandPalette::choose);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_list);
    m_list->setCurrentIndex(m_proxy->index(0, 0));
}

int CommandPalette::visibleCount() const { return m_proxy->rowCount(); }

bool CommandPalette::eventFilter(QObject* watched, QEvent* event)
{
    // Up/Down in the search box move through the list.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up) {
            const int row = std::clamp(
                m_list->currentIndex().row() + (key == Qt::Key_Down ? 1 : -1), 0, std::max(0, m_proxy->rowCount() - 1));
            m_list->setCurrentIndex(m_proxy->index(row, 0));
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void CommandPalette::choose()
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid())
        return;
    m_chosen = m_entries.at(current.data(Qt::UserRole).toInt());
    accept();
}

} // namespace EcsDesk::Ui
