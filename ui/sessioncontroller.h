// SPDX-License-Identifier: MIT
#pragma once

#include "ui/pages/resourcepage.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

class QTimer;
class QTreeWidgetItem;

namespace EcsDesk::Api {
struct Cluster;
struct ClusterSnapshot;
struct Service;
struct SnapshotProgress;
struct Task;
} // namespace EcsDesk::Api

namespace EcsDesk::Ui {

class ConnectionController;
class DeploymentProgress;
class Navigator;
class PageArea;
class TaskDefinitionEditorHost;

/// The window's connection in use and its open cluster: sets a new ClusterSession, lists the
/// clusters into the Clusters page and the navigator, opens the cluster chosen there, hands each
/// loaded snapshot to the pages, refreshes (F5, the chosen interval, faster while a deployment is
/// under way). It is the pages' PageHost: their actions' calls report through it.
class SessionController : public QObject, public PageHost {
    Q_OBJECT
public:
    SessionController(Navigator* navigator, QWidget* window);
    ~SessionController() override;

    /// The pages, the connections and the editors it works with (set once, before any session).
    void setPages(PageArea* pages, ConnectionController* connections, TaskDefinitionEditorHost* editors);
    /// Makes `session` the window's (the previous one goes, cancelling its calls); `connectionItem`
    /// is its item in the navigator.
    void setSession(ClusterSession* session, QTreeWidgetItem* connectionItem);
    /// Deletes the session (the window closes).
    void closeSession();
    QTreeWidgetItem* sessionItem() const { return m_sessionItem; }
    /// Forgets which item the session belongs to: selecting it again reconnects (after an SSO sign-in).
    void forgetSessionItem() { m_sessionItem = nullptr; }
    /// The navigator's selection: its connection (connected when another) and cluster.
    void onNavigatorSelection(QTreeWidgetItem* connectionItem, const QString& clusterArn);
    /// Reloads the cluster list and the open cluster.
    void refresh();
    bool isLoading() const;
    int snapshotsApplied() const { return m_snapshotsApplied; }
    /// "Loading tasks… n of m" while the open cluster's tasks load after its services; else empty.
    QString loadingText() const { return m_loadingText; }
    DeploymentProgress* deployments() const { return m_deployments; }

    // PageHost
    ClusterSession* session() const override;
    QString openCluster() const override { return m_clusterArn; }
    void selectCluster(const QString& cluster) override;
    ResourcePage* page(const QString& name) const override;
    PaneWidget* showPage(const QString& name) override;
    void runAction(PaneWidget* pane, Api::AwsReply* reply, const QString& done) override;
    bool confirm(const QString& title, const QString& text) override;
    QWidget* dialogParent() override { return m_window; }
    bool isCurrent(const QPointer<ClusterSession>& session, const QString& cluster) const override;
    QStringList knownTaskDefinitions() const override;
    void withTaskDefinitionChoices(
        PaneWidget* pane, std::function<void(const QStringList& choices, const QString& selected)> then) override;
    void editTaskDefinition(const Api::TaskDefinition* definition) override;

Q_SIGNALS:
    /// The session is about to go: let go of its clients.
    void sessionClosing();
    /// The connection, the open cluster or what the pages show changed: the window updates the
    /// details, actions, title and status.
    void changed();
    /// The session started or finished loading.
    void loadingChanged();
    /// The navigator lists the connection's clusters.
    void clustersListed();
    /// The pages finished showing a snapshot at `at`.
    void updated(const QDateTime& at);

private:
    void onClustersLoaded(const QList<Api::Cluster>& clusters);
    /// Lists the connection's enabled regions in the navigator (ConnectionRegions).
    void showRegions();
    void onSnapshot(const Api::ClusterSnapshot& snapshot);
    void onSnapshotApplied();
    /// The open cluster's services are in: the Services pane shows them before the tasks.
    void onServicesLoaded(const Api::ClusterSnapshot& partial);
    /// The first services of a big cluster, on show while the rest come.
    void onServicesArrived(const QList<Api::Service>& soFar);
    /// A batch of the open cluster's tasks: into the Tasks pane's streamed load.
    void onTasksArrived(const QList<Api::Task>& tasks);
    void onSnapshotProgress(const Api::SnapshotProgress& progress);
    /// Loads the open cluster, its tasks streamed into the Tasks pane as compact rows made on the
    /// transport's worker thread as each answer is parsed (issue 24).
    void loadOpenCluster();
    /// The streamed tasks of a load that will not finish are dropped; the progress text goes.
    void abandonTaskStream();
    /// True when `cluster` (ARN or name) is the open cluster.
    bool isOpenCluster(const QString& cluster) const;
    /// Empties the pages, details and messages of the cluster being left.
    void leaveCluster();
    void updateRefreshTimer();

    QWidget* m_window;
    Navigator* m_navigator;
    PageArea* m_pages = nullptr;
    ConnectionController* m_connections = nullptr;
    TaskDefinitionEditorHost* m_editors = nullptr;
    QTimer* m_refreshTimer;
    int m_refreshSeconds = 0; ///< the chosen auto-refresh interval, 0: off
    DeploymentProgress* m_deployments;
    QPointer<ClusterSession> m_session;
    QTreeWidgetItem* m_sessionItem = nullptr;
    QString m_clusterArn; ///< the open cluster (ARN, or name until known)
    QString m_shownClusterArn; ///< the cluster the pages show
    int m_snapshotsApplied = 0;
    QString m_loadingText;
    int m_expectedTasks = 0; ///< running and pending, as the open cluster counted them
    bool m_partialServices = false; ///< the Services pane shows the first services of a load
    /// The load under way is the cluster's first: the status bar says how many tasks are in. A refresh
    /// keeps its rows (and the status bar's connection and deployment progress, which a message hides).
    bool m_announceLoading = false;
};

} // namespace EcsDesk::Ui
