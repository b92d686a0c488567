// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

namespace EcsDesk::Ui {

/// Draws a resource column (CPU, memory) as a bar of the used share with the text on top.
/// Reads the share (0..1) from `usageRole`; allocates nothing per paint.
class UsageBarDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    UsageBarDelegate(int usageRole, QObject* parent = nullptr);
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    int m_usageRole;
};

} // namespace EcsDesk::Ui
