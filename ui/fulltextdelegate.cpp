// SPDX-License-Identifier: MIT
#include "ui/fulltextdelegate.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHeaderView>
#include <QHelpEvent>
#include <QToolTip>
#include <QTreeView>

namespace EcsDesk::Ui {

namespace {
    bool isSingleToken(const QString& text)
    {
        return !text.isEmpty() && std::none_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace(); });
    }
} // namespace

void FullTextDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    option->textElideMode = isSingleToken(option->text) ? Qt::ElideMiddle : Qt::ElideRight;
}

bool FullTextDelegate::isElided(const QStyleOptionViewItem& base, const QModelIndex& index) const
{
    QStyleOptionViewItem option = base;
    initStyleOption(&option, index);
    if (option.text.isEmpty())
        return false;
    const QWidget* widget = option.widget;
    const QStyle* style = widget ? widget->style() : QApplication::style();
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &option, widget);
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QStringList lines = option.text.split(QLatin1Char('\n'));
    return std::any_of(lines.cbegin(), lines.cend(), [&](const QString& line) {
        return option.fontMetrics.horizontalAdvance(line) > textRect.width() - 2 * margin;
    });
}

QString FullTextDelegate::toolTipFor(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QString own = index.data(Qt::ToolTipRole).toString();
    if (!isElided(option, index))
        return own;
    const QString text = index.data(Qt::DisplayRole).toString();
    if (own.isEmpty() || own == text)
        return text;
    return own.contains(text) ? own : text + QLatin1Char('\n') + own;
}

bool FullTextDelegate::helpEvent(
    QHelpEvent* event, QAbstractItemView* view, const QStyleOptionViewItem& option, const QModelIndex& index)
{
    if (!event || !view || event->type() != QEvent::ToolTip || !index.isValid())
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    const QString tip = toolTipFor(option, index);
    if (tip.isEmpty()) {
        QToolTip::hideText();
        return true;
    }
    QToolTip::showText(event->globalPos(), tip, view->viewport(), option.rect);
    return true;
}

void makeTextReadable(QAbstractItemView* view)
{
    if (!qobject_cast<FullTextDelegate*>(view->itemDelegate()))
        view->setItemDelegate(new FullTextDelegate(view));
}

void fitColumnsToContents(QTreeView* view, int maxWidth)
{
    QHeaderView* header = view->header();
    if (maxWidth <= 0)
        maxWidth = std::max(200, view->viewport()->width() / 3);
    const int columns = header->count();
    for (int column = 0; column < columns; ++column) {
        if (header->stretchLastSection() && column == columns - 1)
            break;
        if (header->isSectionHidden(column))
            continue;
        view->resizeColumnToContents(column);
        // The header's text always fits; contents beyond maxWidth are elided with a tooltip.
        const int headerWidth = header->isHidden() ? 0 : header->sectionSizeHint(column);
        header->resizeSection(column, std::max(headerWidth, std::min(header->sectionSize(column), maxWidth)));
    }
}

} // namespace EcsDesk::Ui
