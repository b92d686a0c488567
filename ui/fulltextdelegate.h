// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

class QAbstractItemView;
class QTreeView;

namespace EcsDesk::Ui {

/// The item delegate of every table and tree whose cells may be cut: a single token (an ID, an
/// ARN, a name, a timestamp) is elided in the middle so both ends stay readable, prose at its end;
/// a cell whose text does not fit shows the whole text as its tooltip (before the model's own
/// tooltip, if any). Use it through makeTextReadable().
class FullTextDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    /// True when `index`'s text is cut in a cell `option.rect` wide.
    bool isElided(const QStyleOptionViewItem& option, const QModelIndex& index) const;
    /// The tooltip shown for `index` in a cell `option.rect` wide (empty: none).
    QString toolTipFor(const QStyleOptionViewItem& option, const QModelIndex& index) const;

    bool helpEvent(QHelpEvent* event, QAbstractItemView* view, const QStyleOptionViewItem& option,
        const QModelIndex& index) override;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

/// Installs a FullTextDelegate on `view` (per-column delegates it has keep their columns).
/// The navigator, the editor's tables and the details pane's lists call this too.
void makeTextReadable(QAbstractItemView* view);

/// Sizes every column but a stretched last one to its contents and its header (never narrower than
/// the header's text), each at most `maxWidth` pixels (0: a third of the view's width, 200 at least).
void fitColumnsToContents(QTreeView* view, int maxWidth = 0);

} // namespace EcsDesk::Ui
