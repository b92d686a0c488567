// SPDX-License-Identifier: MIT
#pragma once

#include "api/ecs/servicedeployments.h"
#include "api/ecs/types.h"
#include "models/deployments/deploymenthistory.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <functional>

class QAction;
class QLabel;
class QPushButton;
class QTimer;
class QToolButton;
class QTreeWidget;

namespace EcsDesk::Api {
class EcsClient;
}

namespace EcsDesk::Ui {

class RevisionDiffView;

/// A service's Deployments tab in the details area: the timeline of its service deployments
/// (revision and task definition, created/started/finished, state, reason, trigger), the
/// structural diff of the service settings and task definitions between two chosen deployments
/// (or one and what runs now), Roll Back behind a confirmation that shows that diff, and while a
/// deployment is in progress its live progress (running/pending/desired per deployment, failed
/// tasks with their stopped reasons, the latest events), refreshed every few seconds until it
/// settles. Reads through Api::ServiceDeploymentsLoader; knows no AWS JSON.
class DeploymentsPane : public QWidget {
    Q_OBJECT
public:
    /// The refresh interval while a deployment is in progress.
    static constexpr int progressIntervalMs = 3000;

    explicit DeploymentsPane(QWidget* parent = nullptr);

    /// Shows `service` of `cluster` (nothing when `client` is null) and loads it.
    void setContext(const Api::EcsClient* client, const QString& cluster, const QString& service);
    void reload();

    /// The window's refreshed snapshot of a service: when it is the one shown and its deployments
    /// changed (a deployment started or finished elsewhere), the history is loaded again.
    void noteService(const Api::Service& service);

    /// The Roll Back button acts through `action` (the window's, so read-only mode disables it).
    void setRollBackAction(QAction* action);
    /// Rolls the service back (after the history is loaded): StopServiceDeployment ROLLBACK of
    /// the deployment in progress, otherwise UpdateService to the selected deployment's revision
    /// (the newest earlier successful one when the selection is the current one), after the
    /// confirmation.
    void rollBack();

    /// What the confirmation shows and returns; the default is a dialog with the diff.
    using Confirm = std::function<bool(const QString& title, const QString& text, const Models::DeploymentDiff& diff)>;
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }

    /// What the pane last showed (tests).
    const Api::ServiceDeploymentHistory& history() const { return m_history; }
    QTreeWidget* timeline() const { return m_timeline; }
    QTreeWidget* progress() const { return m_progress; }
    QTreeWidget* failedTasks() const { return m_failedTasks; }
    QTreeWidget* events() const { return m_events; }
    RevisionDiffView* diffView() const { return m_diff; }
    QString statusText() const;
    QString diffCaption() const;
    /// True while the progress refresh timer runs (a deployment in progress).
    bool isFollowingProgress() const;

Q_SIGNALS:
    /// A load finished (history() holds it) or failed (statusText() says why).
    void refreshed();
    /// The diff shows the current selection (its task definitions were read).
    void diffShown();
    /// A rollback call was answered; `ok` false: statusText() says why.
    void rollBackSent(bool ok);

private:
    void display(const Api::ServiceDeploymentHistory& history);
    void showError(const QString& text);
    void selectionChanged();
    void showDiff(const Api::ServiceRevision& before, const Api::ServiceRevision& after);
    /// Reads the task definitions `arns` (cached), then runs `then`.
    void withTaskDefinitions(const QStringList& arns, std::function<void()> then);
    void loadProgress();
    void displayProgress(const Api::Service& service);
    void displayFailedTasks(QList<Api::Task> tasks);
    void updateFollowing();
    void runRollBack();
    const Api::ServiceRevision* selectedRevision() const;
    /// Sends `reply` for the current context: `then` runs with it unless the context changed.
    void send(Api::AwsReply* reply, std::function<void(Api::AwsReply*)> then);
    bool defaultConfirm(const QString& title, const QString& text, const Models::DeploymentDiff& diff);

    const Api::EcsClient* m_client = nullptr;
    QString m_cluster;
    QString m_service;
    quint64 m_generation = 0;
    Api::ServiceDeploymentsLoader* m_loader = nullptr;
    Api::ServiceDeploymentHistory m_history;
    bool m_loaded = false;
    bool m_rollBackWhenLoaded = false;
    QString m_diffShows; ///< the two revisions the diff shows ("before after")
    QString m_deploymentsSeen; ///< the service's deployments when noteService() last reloaded
    QHash<QString, QJsonObject> m_taskDefinitions; ///< by ARN
    Confirm m_confirm;
    QTimer* m_timer;
    QLabel* m_status;
    QLabel* m_diffCaption;
    QPushButton* m_refresh;
    QToolButton* m_rollBack;
    QTreeWidget* m_timeline;
    QTreeWidget* m_progress;
    QTreeWidget* m_failedTasks;
    QTreeWidget* m_events;
    QWidget* m_progressBox;
    RevisionDiffView* m_diff;
};

} // namespace EcsDesk::Ui
