// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QStandardItemModel;

namespace EcsDesk::Ui {

/// Ctrl+K: type part of a cluster, service or task name and press Enter to jump to it, or part of
/// a command ("Set Desired Count of web…") to run it.
class CommandPalette : public QDialog {
    Q_OBJECT
public:
    enum Kind { Cluster, Service, Task, Command, Row };
    struct Entry {
        QString text;
        QString arn;
        int kind = Cluster; ///< a Kind
        QString command; ///< the action id of a Command
        QString page; ///< the page (ResourcePage::name()) of a Row
    };
    CommandPalette(const QList<Entry>& entries, QWidget* parent = nullptr);

    Entry chosen() const { return m_chosen; }
    QLineEdit* searchEdit() const { return m_search; }
    int visibleCount() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void choose();

    QList<Entry> m_entries;
    Entry m_chosen;
    QLineEdit* m_search;
    QListView* m_list;
    QStandardItemModel* m_model;
    QSortFilterProxyModel* m_proxy;
};

} // namespace EcsDesk::Ui
