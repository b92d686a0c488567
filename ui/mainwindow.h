// SPDX-License-Identifier: MIT
#pragma once

#include "api/ecs/clustersnapshot.h"
#include "ui/pages/resourcepage.h"

#include <QDateTime>
#include <QMainWindow>

#include <functional>
#include <QPointer>
#include <QSet>
#include <QUrl>

class QAction;
class QLabel;
class QProgressBar;
class QSplitter;
class QTabWidget;
class QTimer;
class QTreeWidgetItem;

namespace EcsDesk::Api {
class AwsReply;
struct Connection;
} // namespace EcsDesk::Api
namespace EcsDesk::Host {
class EmbeddedEndpoint;
}
namespace EcsDesk::Local {
class LocalEndpoint;
}
namespace EcsDesk::Models {
class ClusterModel;
class ContainerInstanceModel;
class ServiceModel;
class StoppedTaskGroupModel;
class TaskModel;
class TaskDefinitionTreeModel;
} // namespace EcsDesk::Models

namespace EcsDesk::Ui {

class ActionRegistry;
class ClusterPage;
class ClusterSession;
class ContainerInstancePage;
class ServicePage;
class TaskPage;
class TaskDefinitionPage;
struct CustomConnection;
class DeploymentProgress;
class DetailsPane;
class LogsPane;
class MetricsPane;
class Navigator;
class PaneWidget;
class SsoLoginDialog;
class TaskDefinitionEditor;

/// The application's main window: the navigator (connections -> regions -> clusters), the
/// panes of the selected cluster, the details area, refresh and the actions.
class MainWindow : public QMainWindow, private PageHost {
    Q_OBJECT
public:
    struct Options {
        bool startLocal = true; ///< start the embedded endpoint for the "Local" connection
        QString localDataDir; ///< empty: AppLocalDataLocation/local-endpoint
        QString localSeed = QStringLiteral("demo");
        bool listProfiles = true; ///< list the profiles of ~/.aws/config and credentials
        bool offerEditorRecovery = true; ///< offer unsaved task definitions back after a crash
    };
    /// Where to start, as `ecsdesk --profile NAME [--region R] [--endpoint-url URL] [--cluster C]
    /// [--pane P] [--only-stopped]` asks.
    struct StartOptions {
        QString profile; ///< an AWS config profile; empty: the Local connection
        QString region; ///< overrides the profile's region
        QUrl endpointUrl; ///< overrides every service's endpoint
        QString cluster; ///< name or ARN
        QString pane; ///< clusters, services, tasks, instances or taskdefinitions
        bool onlyStopped = false;
    };
    explicit MainWindow(QWidget* parent = nullptr);
    explicit MainWindow(const Options& options, QWidget* parent = nullptr);
    ~MainWindow() override;

    Models::ClusterModel* clusterModel() const { return m_clusterModel; }
    Models::ServiceModel* serviceModel() const { return m_serviceModel; }
    Models::TaskModel* taskModel() const { return m_taskModel; }
    /// The Tasks pane's "only failed/stopped" tree (stopped tasks by reason).
    Models::StoppedTaskGroupModel* stoppedTaskGroups() const { return m_stoppedGroups; }
    Models::ContainerInstanceModel* containerInstanceModel() const { return m_instanceModel; }
    PaneWidget* clustersPane() const { return m_clustersPane; }
    PaneWidget* servicesPane() const { return m_servicesPane; }
    PaneWidget* tasksPane() const { return m_tasksPane; }
    PaneWidget* instancesPane() const { return m_instancesPane; }
    PaneWidget* taskDefinitionsPane() const { return m_taskDefinitionsPane; }
    Models::TaskDefinitionTreeModel* taskDefinitionModel() const { return m_taskDefinitionModel; }
    DetailsPane* details() const { return m_details; }
    MetricsPane* metricsPane() const { return m_metricsPane; }
    LogsPane* logsPane() const { return m_logsPane; }
    /// Opens the task definition editor on `definition` (a new revision of it), or on a new
    /// definition when null. The editor registers through the current connection.
    TaskDefinitionEditor* openTaskDefinitionEditor(const Api::TaskDefinition* definition);
    /// The embedded endpoint of the Local connection (for tests), null when not started.
    Local::LocalEndpoint* localEndpoint() const;
    /// The window's action `id` (its objectName), from the action registry.
    QAction* action(const QString& id) const;
    /// Every action of the window by id, with the palette's commands.
    ActionRegistry* actions() const { return m_actions; }
    /// Brings a pane to the front (its selection drives the details area).
    void showPane(PaneWidget* pane);

    /// Opens the connection, cluster and pane asked for at start; returns a problem with them
    /// (an unknown pane name), empty when none.
    QString start(const StartOptions& start);
    /// Connects with an AWS config profile (region and endpoint overridden when given).
    void openProfile(const QString& profile, const QString& region = {}, const QUrl& endpointUrl = {});
    /// The pane called `name` (clusters, services, tasks, instances, taskdefinitions), or null.
    PaneWidget* paneNamed(const QString& name) const;
    /// True when paneNamed() knows `name` (for checking the command line before the window exists).
    static bool isPaneName(const QString& name);
    /// Shows the clusters of the Local connection (or any other) and selects `cluster` once known.
    void selectCluster(const QString& clusterArnOrName);
    QString currentCluster() const { return m_clusterArn; }
    /// Reloads the cluster list and the selected cluster (F5).
    void refresh();
    bool isLoading() const;
    /// Completed snapshot loads (tests wait on it).
    int snapshotsApplied() const { return m_snapshotsApplied; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createPanes();
    void createActions();
    void declareWindowActions();
    void declareResourceActions();
    void createNavigator();
    void startLocalEndpoint(const Options& options);
    void addCustomConnections();
    void newConnection();
    /// The New Connection dialog, filled with `prefill` (its keys to enter again) when given.
    void editConnection(const CustomConnection* prefill);
    void useCustomConnection(QTreeWidgetItem* item);
    void useConnection(QTreeWidgetItem* connectionItem);
    void setSession(ClusterSession* session, QTreeWidgetItem* connectionItem);
    void onClustersLoaded(const QList<Api::Cluster>& clusters);
    void fitNavigatorToNames();
    /// Runs `aws sso login --profile X` (output shown, not blocking) and reconnects after it.
    void signInWithSso(const QString& profile, QTreeWidgetItem* connectionItem);
    void onSnapshot(const Api::ClusterSnapshot& snapshot);
    void onTasksApplied();
    void onNavigatorSelection(QTreeWidgetItem* connectionItem, const QString& clusterArn);
    /// Opens the cluster selected in the Clusters pane (double-click, Enter, Open Cluster).
    void openSelectedCluster();
    /// The Tasks pane, filtered to the selected service's tasks.
    void showServiceTasks();
    void updateTitle();
    /// Empties the panes, details and messages of the cluster being left.
    void leaveCluster();
    /// Hides the panes' messages (the Clusters pane's error, about the connection, too if asked).
    void clearMessages(bool connectionToo);
    void showDetails();
    /// Points the Metrics and Logs tabs at the selected cluster, service or task (lazily: the
    /// visible tab loads; the other loads when it is shown).
    void updateObservedItem();
    void applyObservedItem();
    void clearObservedItem();
    TaskDefinitionEditor* createTaskDefinitionEditor();
    void updateActions();
    void updateStatus();
    void applyRefreshInterval(int seconds);
    void updateRefreshTimer();

    /// Runs one action call: its error goes to `pane`'s message bar, success refreshes at once.
    // PageHost
    ClusterSession* session() const override;
    QString openCluster() const override;
    void runAction(PaneWidget* pane, Api::AwsReply* reply, const QString& done) override;
    bool confirm(const QString& title, const QString& text) override;
    QWidget* dialogParent() override;
    bool isCurrent(const QPointer<ClusterSession>& session, const QString& cluster) const override;
    void editTaskDefinition(const Api::TaskDefinition* definition) override;
    /// The resource pages, in tab order.
    QList<ResourcePage*> pages() const;
    PaneWidget* currentPane() const;
    QStringList knownTaskDefinitions() const override;
    /// The task definition ("family:revision", or a family) of the selected service, task or
    /// revision, to preselect in New Service and Run Task.
    QString selectedTaskDefinition() const;
    /// Lists the account's ACTIVE revisions, then runs `then` with them and the preselection.
    void withTaskDefinitionChoices(
        PaneWidget* pane, std::function<void(const QStringList& choices, const QString& selected)> then) override;
    /// Lists the revisions of the cluster's families and of those registered from the app.
    void loadRevisions();

    void exportPane(bool json);
    void showCommandPalette();
    void showAbout();

    ClusterPage* m_clusterPage = nullptr;
    ContainerInstancePage* m_instancePage = nullptr;
    ServicePage* m_servicePage = nullptr;
    TaskPage* m_taskPage = nullptr;
    TaskDefinitionPage* m_taskDefinitionPage = nullptr;
    Models::ClusterModel* m_clusterModel = nullptr; ///< m_clusterPage's
    Models::ServiceModel* m_serviceModel = nullptr;
    Models::TaskModel* m_taskModel = nullptr;
    Models::StoppedTaskGroupModel* m_stoppedGroups = nullptr;
    Models::ContainerInstanceModel* m_instanceModel = nullptr;
    Models::TaskDefinitionTreeModel* m_taskDefinitionModel = nullptr;
    PaneWidget* m_clustersPane = nullptr;
    PaneWidget* m_servicesPane = nullptr;
    PaneWidget* m_tasksPane = nullptr;
    PaneWidget* m_instancesPane = nullptr;
    PaneWidget* m_taskDefinitionsPane = nullptr;
    QTabWidget* m_paneTabs = nullptr;
    DetailsPane* m_details = nullptr;
    ActionRegistry* m_actions = nullptr;
    MetricsPane* m_metricsPane = nullptr;
    LogsPane* m_logsPane = nullptr;
    QSplitter* m_splitter = nullptr;
    Navigator* m_navigator = nullptr;
    int m_navigatorWidth = -1; ///< the navigator dock's width as last fitted; -1: not yet
    QTreeWidgetItem* m_localItem = nullptr;
    QLabel* m_updatedLabel = nullptr;
    QLabel* m_connectionLabel = nullptr;
    QProgressBar* m_busy = nullptr;
    QTimer* m_refreshTimer = nullptr;
    QTimer* m_tickTimer = nullptr;
    int m_refreshSeconds = 0; ///< the chosen auto-refresh interval, 0: off
    DeploymentProgress* m_deployments = nullptr;
    QLabel* m_deploymentLabel = nullptr;

    Host::EmbeddedEndpoint* m_localHost = nullptr; ///< runs the Local connection's endpoint
    QPointer<ClusterSession> m_session;
    QPointer<SsoLoginDialog> m_ssoLogin;
    QTreeWidgetItem* m_sessionItem = nullptr;
    QString m_clusterArn; ///< selected cluster (ARN or name until known)
    QString m_shownClusterArn; ///< the cluster the panes show
    QDateTime m_updatedAt;
    int m_snapshotsApplied = 0;
    bool m_offerEditorRecovery = true;

    /// What the Metrics and Logs tabs should show, and what each of them shows now.
    struct ObservedItem {
        QString key; ///< kind and ARN; empty when nothing is selected
        QString cluster;
        QString service; ///< service name, for a service
        QString taskArn; ///< for a task
        QString taskService; ///< a task's service, from its group
    };
    ObservedItem m_observed;
    QString m_metricsShows;
    QString m_logsShows;
};

} // namespace EcsDesk::Ui
