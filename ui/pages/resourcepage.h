// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

class QWidget;

namespace EcsDesk::Api {
class AwsReply;
struct TaskDefinition;
} // namespace EcsDesk::Api

namespace EcsDesk::Ui {

class ActionRegistry;
class ClusterSession;
class DetailsPane;
class PaneWidget;

/// What a resource page needs from the window it is in: the connection in use, the open cluster,
/// a confirmation, and how an action's call reports.
class PageHost {
public:
    virtual ~PageHost() = default;
    /// The connection's session; null when not connected.
    virtual ClusterSession* session() const = 0;
    /// The open cluster (ARN, or name until known); empty when none.
    virtual QString openCluster() const = 0;
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

/// One kind of resource in the window (clusters, container instances, ...): its pane (table,
/// filter, message bar) over its model, the actions it declares into the registry with their
/// context menu, and how a selected row shows in the details area. A new kind of resource is a
/// new page.
class ResourcePage : public QObject {
    Q_OBJECT
public:
    ResourcePage(PageHost* host, QObject* parent = nullptr);

    /// The pane's name on the command line (--pane) and as objectName prefix.
    virtual QString name() const = 0;
    /// The tab's title, with its mnemonic.
    virtual QString title() const = 0;
    PaneWidget* pane() const { return m_pane; }
    /// Declares the page's actions (ids are QAction objectNames) into `registry`.
    virtual void declareActions(ActionRegistry& registry) = 0;
    /// The ids of the pane's context menu.
    virtual QStringList contextActionIds() const = 0;
    /// Shows the pane's current row in `details` (nothing when no row is current).
    virtual void showDetails(DetailsPane* details) const = 0;
    /// Empties the page (another cluster or connection).
    virtual void clear() = 0;

Q_SIGNALS:
    /// What the pane shows changed other than by its selection (a grouping): the window updates
    /// the details and the actions.
    void viewChanged();

protected:
    PageHost* host() const { return m_host; }
    void setPane(PaneWidget* pane) { m_pane = pane; }

private:
    PageHost* m_host;
    PaneWidget* m_pane = nullptr;
};

} // namespace EcsDesk::Ui
