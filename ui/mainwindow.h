// SPDX-License-Identifier: MIT
#pragma once

#include <QMainWindow>
#include <QUrl>

class QAction;
class QSplitter;

namespace EcsDesk::Api {
struct TaskDefinition;
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
class ConnectionController;
class DetailsPane;
class LogsPane;
class MetricsPane;
class Navigator;
class ObservedItemController;
class PageArea;
class PaneWidget;
class SessionController;
class TaskDefinitionEditor;
class TaskDefinitionEditorHost;
class WindowStatus;

/// The application's main window. It composes: the navigator (connections -> regions ->
/// clusters) in a dock, the resource pages (PageArea) over the details area, the status bar, and
/// the menus and toolbar built from the action registry. What happens lives in the parts:
/// SessionController (the connection and open cluster, refresh), ConnectionController (turning a
/// connection into a session), the pages (their actions and rows), ObservedItemController (what
/// the Metrics and Logs tabs follow) and TaskDefinitionEditorHost (the editor windows).
class MainWindow : public QMainWindow {
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
        QString pane; ///< a page's name (clusters, services, tasks, instances, taskdefinitions...)
        bool onlyStopped = false;
        bool readOnly = false; ///< `--read-only`: every connection read-only
    };
    explicit MainWindow(QWidget* parent = nullptr);
    explicit MainWindow(const Options& options, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// The pages' models and panes, for tests and scripts.
    Models::ClusterModel* clusterModel() const;
    Models::ServiceModel* serviceModel() const;
    Models::TaskModel* taskModel() const;
    /// The Tasks pane's "only failed/stopped" tree (stopped tasks by reason).
    Models::StoppedTaskGroupModel* stoppedTaskGroups() const;
    Models::ContainerInstanceModel* containerInstanceModel() const;
    Models::TaskDefinitionTreeModel* taskDefinitionModel() const;
    PaneWidget* clustersPane() const { return paneNamed(QStringLiteral("clusters")); }
    PaneWidget* servicesPane() const { return paneNamed(QStringLiteral("services")); }
    PaneWidget* tasksPane() const { return paneNamed(QStringLiteral("tasks")); }
    PaneWidget* instancesPane() const { return paneNamed(QStringLiteral("instances")); }
    PaneWidget* taskDefinitionsPane() const { return paneNamed(QStringLiteral("taskdefinitions")); }
    PageArea* pages() const { return m_pages; }
    DetailsPane* details() const { return m_details; }
    MetricsPane* metricsPane() const;
    LogsPane* logsPane() const;
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
    /// The pane of the page `name` or its alias (clusters, services, tasks, instances,
    /// taskdefinitions...), or null.
    PaneWidget* paneNamed(const QString& name) const;
    /// True when paneNamed() knows `name` (for checking the command line before the window exists).
    static bool isPaneName(const QString& name);
    /// "Unknown pane NAME: use clusters, services, ..." naming every page.
    static QString unknownPaneMessage(const QString& name);
    /// Every page's name, in tab order.
    static QStringList paneNames();
    /// Shows the clusters of the Local connection (or any other) and selects `cluster` once known.
    void selectCluster(const QString& clusterArnOrName);
    QString currentCluster() const;
    /// Read-only mode for every connection (`ecsdesk --read-only`); connections named in
    /// Preferences are read-only anyway.
    void setReadOnly(bool readOnly);
    /// True when the open connection is read-only: every action that changes something is disabled.
    bool isReadOnly() const;
    /// The AWS Console page of the current pane's current row (Open in AWS Console), invalid when none.
    QUrl consoleUrl() const;
    /// Reloads the cluster list and the selected cluster (F5).
    void refresh();
    bool isLoading() const;
    /// Completed snapshot loads (tests wait on it).
    int snapshotsApplied() const;

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createCentralArea();
    void createNavigator();
    void declareWindowActions();
    /// Opens the Repositories view (ECR) of the connection in use.
    void showRepositories();
    void createMenus();
    void fitNavigatorToNames();
    /// The details, the actions, the title and the status follow the selection and the session.
    void showDetails();
    void updateActions();
    void showAbout();

    Navigator* m_navigator = nullptr;
    int m_navigatorWidth = -1; ///< the navigator dock's width as last fitted; -1: not yet
    SessionController* m_sessions = nullptr;
    PageArea* m_pages = nullptr;
    ConnectionController* m_connections = nullptr;
    TaskDefinitionEditorHost* m_editors = nullptr;
    DetailsPane* m_details = nullptr;
    ObservedItemController* m_observed = nullptr;
    QSplitter* m_splitter = nullptr;
    ActionRegistry* m_actions = nullptr;
    WindowStatus* m_status = nullptr;
    bool m_forceReadOnly = false;
};

} // namespace EcsDesk::Ui
