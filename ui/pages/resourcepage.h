// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

class QWidget;

namespace EcsDesk::Api {
class AwsReply;
struct ClusterSnapshot;
struct TaskDefinition;
} // namespace EcsDesk::Api

namespace EcsDesk::Ui {

class ActionRegistry;
class ClusterSession;
class DetailsPane;
class PaneWidget;
class ResourcePage;

/// What a resource page needs from the window it is in: the connection in use, the open cluster,
/// the other pages, a confirmation, and how an action's call reports.
class PageHost {
public:
    virtual ~PageHost() = default;
    /// The connection's session; null when not connected.
    virtual ClusterSession* session() const = 0;
    /// The open cluster (ARN, or name until known); empty when none.
    virtual QString openCluster() const = 0;
    /// Opens `cluster` (ARN or name): the pages load it, the actions act on it.
    virtual void selectCluster(const QString& cluster) = 0;
    /// The page called `name` (ResourcePage::name()), or null.
    virtual ResourcePage* page(const QString& name) const = 0;
    /// Brings the page called `name` to the front; its pane, or null.
    virtual PaneWidget* showPage(const QString& name) = 0;
    /// Runs one action call: its error goes to `pane`'s message bar, success refreshes at once.
    virtual void runAction(PaneWidget* pane, Api::AwsReply* reply, const QString& done) = 0;
    virtual bool confirm(const QString& title, const QString& text) = 0;
    /// The parent of the page's dialogs.
    virtual QWidget* dialogParent() = 0;
    /// True while `session` is still the window's and `cluster` still the open cluster: an
    /// answer that comes later for a context the user has left opens no dialog.
    virtual bool isCurrent(const QPointer<ClusterSession>& session, const QString& cluster) const = 0;
    /// The revisions the open cluster uses, "family:revision", sorted (when a listing fails).
    virtual QStringList knownTaskDefinitions() const = 0;
    /// Lists the account's ACTIVE revisions (newest first per family), then runs `then` with them
    /// and the revision of the selection to preselect; a failure shows in `pane`.
    virtual void withTaskDefinitionChoices(
        PaneWidget* pane, std::function<void(const QStringList& choices, const QString& selected)> then)
        = 0;
    /// Opens the task definition editor on a new revision of `definition` (a new definition when null).
    virtual void editTaskDefinition(const Api::TaskDefinition* definition) = 0;
};

/// The resource the Metrics and Logs tabs follow for a selected row.
struct ObservedItem {
    QString key; ///< kind and ARN; empty when nothing is selected
    QString cluster; ///< the cluster's name
    QString service; ///< service name, for a service
    QString taskArn; ///< for a task
    QString taskService; ///< a task's service, from its group
};

/// A row the command palette jumps to ("Service web").
struct PaletteRow {
    QString text;
    QString arn;
};

/// Where a page's actions go in the menu bar: menus with the same id are one menu (the task
/// definition actions go in the Task menu, after a separator).
struct PageMenu {
    QString id;
    QString title; ///< with its mnemonic
    QStringList actionIds; ///< "-" for a separator
};

/// One kind of resource in the window (clusters, container instances, ...): its pane (table,
/// filter, message bar) over its model, the actions it declares into the registry with their
/// menu, toolbar and context menu places, how a selected row shows in the details area, and how
/// the open cluster's snapshot fills it. A new kind of resource is a new page, listed once in
/// PageArea's page list (ui/pagearea.cpp).
class ResourcePage : public QObject {
    Q_OBJECT
public:
    ResourcePage(PageHost* host, QObject* parent = nullptr);

    /// The page's name: on the command line (--pane), as the pane's objectName prefix, for
    /// PageHost::page().
    virtual QString name() const = 0;
    /// Other names --pane takes for it ("containerinstances").
    virtual QStringList aliases() const { return {}; }
    /// The tab's title, with its mnemonic.
    virtual QString title() const = 0;
    PaneWidget* pane() const { return m_pane; }
    /// Declares the page's actions (ids are QAction objectNames) into `registry`.
    virtual void declareActions(ActionRegistry& registry) = 0;
    /// The ids of the pane's context menu.
    virtual QStringList contextActionIds() const = 0;
    /// The page's menu in the menu bar; an empty id: none.
    virtual PageMenu menu() const { return {}; }
    /// The ids the page adds to the main toolbar.
    virtual QStringList toolbarActionIds() const { return {}; }
    /// Shows the pane's current row in `details` (PageArea shows nothing when no row is current).
    virtual void showDetails(DetailsPane* details) const = 0;
    /// Connects to what the details area offers (a task of a service's list activated).
    virtual void connectDetails(DetailsPane*) { }
    /// Empties the page (another cluster or connection).
    virtual void clear() = 0;
    /// A new connection: the page forgets what it kept of the previous one and follows
    /// `session`'s signals where it needs them.
    virtual void setSession(ClusterSession*) { }
    /// Shows the open cluster's snapshot; `reset`: another cluster than shown so far.
    virtual void applySnapshot(const Api::ClusterSnapshot&, bool) { }
    /// True while the page still applies a snapshot (off the GUI thread); it emits snapshotApplied().
    virtual bool isLoading() const { return false; }
    /// What the Metrics and Logs tabs follow for the current row; empty when nothing.
    virtual ObservedItem observedItem() const { return {}; }
    /// The task definition of the current row ("family:revision", or a family) to preselect in
    /// New Service and Run Task; empty when none.
    virtual QString selectedTaskDefinition() const { return {}; }
    /// The rows the command palette jumps to.
    virtual QList<PaletteRow> paletteRows() const { return {}; }
    /// Shows the row `arn` (chosen in the command palette): the page in front, unfiltered.
    virtual void goTo(const QString& arn);

Q_SIGNALS:
    /// What the pane shows changed other than by its selection (a grouping): the window updates
    /// the details and the actions.
    void viewChanged();
    /// A snapshot applied off the GUI thread is on show (see isLoading()).
    void snapshotApplied();

protected:
    using Send = std::function<void(const ClusterSession& session, const QString& cluster)>;
    PageHost* host() const { return m_host; }
    void setPane(PaneWidget* pane) { m_pane = pane; }
    /// The pane's current row in the model, -1 when none.
    int currentRow() const;
    /// The one shape of the pages' dialog actions: asks (`ask` returns false when the user
    /// cancels), then, unless the user has left the session or cluster meanwhile, runs `send`
    /// with them, which hands its calls to host()->runAction().
    void askThenRun(const std::function<bool()>& ask, const Send& send);
    /// The same after listing the account's ACTIVE revisions: `Dialog(choices, parent)` (New
    /// Service, Run Task) with the selection's revision preselected.
    template <class Dialog>
    void askWithTaskDefinitionsThenRun(
        std::function<void(const Dialog& dialog, const ClusterSession& session, const QString& cluster)> send)
    {
        host()->withTaskDefinitionChoices(pane(), [this, send](const QStringList& choices, const QString& selected) {
            Dialog dialog(choices, host()->dialogParent());
            if (!selected.isEmpty())
                dialog.selectTaskDefinition(selected);
            askThenRun([&dialog] { return dialog.exec() == QDialog::Accepted; },
                [&dialog, &send](
                    const ClusterSession& session, const QString& cluster) { send(dialog, session, cluster); });
        });
    }

private:
    PageHost* m_host;
    PaneWidget* m_pane = nullptr;
};

} // namespace EcsDesk::Ui
