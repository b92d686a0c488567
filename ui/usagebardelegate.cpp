// SPDX-License-Identifier: MIT
#include "ui/usagebardelegate.h"

#include <QApplication>
#include <QPainter>

namespace EcsDesk::Ui {

UsageBarDelegate::UsageBarDelegate(int usageRole, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_usageRole(usageRole)
{
}

void UsageBarDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const double share = std::clamp(index.data(m_usageRole).toDouble(), 0.0, 1.0);
    const QRect frame = option.rect.adjusted(2, 3, -2, -3);
    painter->save();
    QColor track = option.palette.color(QPalette::Mid);
    track.setAlphaF(0.35f);
    painter->fillRect(frame, track);
    QColor fill = share > 0.9 ? QColor(220, 50, 47) : option.palette.color(QPalette::Highlight);
    fill.setAlphaF(0.6f);
    painter->fillRect(QRect(frame.topLeft(), QSize(int(frame.width() * share), frame.height())), fill);
    painter->restore();
    QStyleOptionViewItem text = option;
    text.displayAlignment = Qt::AlignCenter;
    QStyledItemDelegate::paint(painter, text, index);
}

} // namespace EcsDesk::Ui
