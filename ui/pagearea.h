// SPDX-License-Identifier: MIT
#pragma once

#include "ui/pages/resourcepage.h"

class QMenuBar;
class QTabWidget;
class QWidget;

namespace EcsDesk::Ui {

/// The window's resource pages, one tab each, in the order of the page list in pagearea.cpp:
/// adding a kind of resource (capacity providers, schedules, repositories, alarms...) is one line
/// there. The area creates the pages, names their panes for screen readers, builds their menus,
/// toolbar entries and context menus from the registry, and hands each page what concerns it:
/// the session, the open cluster's snapshot, the current row's details.
class PageArea : public QObject {
    Q_OBJECT
public:
    /// Creates every page with `host`; their panes and the tabs are children of `window`.
    PageArea(PageHost* host, QWidget* window);

    QTabWidget* tabs() const { return m_tabs; }
    const QList<ResourcePage*>& pages() const { return m_pages; }
    /// The page `name` (ResourcePage::name()), or null.
    ResourcePage* page(const QString& name) const;
    /// The first page of type `Page`, or null.
    template <class Page> Page* find() const
    {
        for (ResourcePage* p : m_pages) {
            if (auto* found = qobject_cast<Page*>(p))
                return found;
        }
        return nullptr;
    }
    /// The page --pane `name` means (its name or an alias, any case), or null.
    ResourcePage* pageForPaneName(const QString& name) const;
    /// True when some page answers to `name` (checked before a window exists).
    static bool isPaneName(const QString& name);
    /// Every page's name, in tab order (what --pane accepts, besides the aliases).
    static QStringList paneNames();
    /// The cluster list's pane: its messages are about the connection (keychain, credentials).
    PaneWidget* connectionPane() const;
    ResourcePage* currentPage() const;
    PaneWidget* currentPane() const;
    /// Brings `page` to the front.
    void show(ResourcePage* page);

    /// Declares the pages' actions, gives each pane its context menu.
    void declareActions(ActionRegistry& registry);
    /// Adds the pages' menus to `menuBar` (pages sharing a menu id share the menu).
    void addMenus(QMenuBar* menuBar, const ActionRegistry& registry) const;
    /// The pages' toolbar action ids, in page order.
    QStringList toolbarActionIds() const;
    void connectDetails(DetailsPane* details);
    void showDetails(DetailsPane* details) const;
    /// Runs the command palette (Ctrl+K): the registry's commands and the pages' rows.
    void showCommandPalette(ActionRegistry& registry, QWidget* parent);

    /// Empties every page but `except` (the cluster list while another cluster loads).
    void clear(const ResourcePage* except = nullptr);
    /// Hides the panes' messages but connectionPane()'s (its errors too when `connectionToo`).
    void clearMessages(bool connectionToo);
    void setSession(ClusterSession* session);
    void applySnapshot(const Api::ClusterSnapshot& snapshot, bool reset);
    bool isLoading() const;

Q_SIGNALS:
    /// Another page or row is current, or what a page shows changed: details and actions follow.
    void currentChanged();
    /// The selected rows changed: the enabled actions follow.
    void selectionChanged();
    /// A page finished applying a snapshot off the GUI thread.
    void snapshotApplied();

private:
    QList<ResourcePage*> m_pages;
    QTabWidget* m_tabs;
};

} // namespace EcsDesk::Ui
