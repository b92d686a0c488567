// SPDX-License-Identifier: MIT
#pragma once

#include "api/core/serviceclient.h"
#include "api/scheduler/scheduledtask.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QAction;
class QLabel;

namespace EcsDesk::Api {
class EcsClient;
class EventsClient;
class ScheduledTasksLoader;
class SchedulerClient;
} // namespace EcsDesk::Api

namespace EcsDesk::Ui {

class PaneWidget;
class ScheduledTaskModel;

/// The Scheduled Tasks view of a cluster: each EventBridge Scheduler schedule and EventBridge rule
/// whose ECS target runs in it, with the expression in words, the next run, the task definition,
/// state and last run; the selected one's next run times, target and recent runs with their
/// failures below; Refresh and Run Now (RunTask with the target's parameters and the startedBy the
/// schedule or rule would set).
class ScheduledTasksView : public QWidget {
    Q_OBJECT
public:
    explicit ScheduledTasksView(QWidget* parent = nullptr);
    ~ScheduledTasksView() override;

    /// The clients of the connection: Scheduler and EventBridge to list, ECS (not owned, must
    /// outlive the view or be replaced) to run.
    void setClients(const Api::ClientConfig& scheduler, const Api::ClientConfig& events, const Api::EcsClient* ecs);
    /// Shows `cluster` (name or ARN) and loads it.
    void setCluster(const QString& cluster);
    void refresh();
    /// Runs the selected row's target now.
    void runNow();
    /// Selects the row of the schedule or rule called `name` ("group/name" for schedules).
    void select(const QString& name);

    PaneWidget* pane() const { return m_pane; }
    ScheduledTaskModel* model() const { return m_model; }
    QLabel* detailsLabel() const { return m_details; }
    QAction* runNowAction() const { return m_runNow; }
    QAction* refreshAction() const { return m_refresh; }

Q_SIGNALS:
    /// A load finished (shown in the pane, or its error in the message bar).
    void loaded();
    /// Run Now started these tasks (or failed: an empty list, the error in the message bar).
    void ranNow(const QStringList& taskArns);
    /// The user asked to see a task of a run (the task's ARN).
    void taskActivated(const QString& taskArn);

private:
    void showDetails();
    int currentRow() const;

    std::unique_ptr<Api::SchedulerClient> m_scheduler;
    std::unique_ptr<Api::EventsClient> m_events;
    std::unique_ptr<Api::ScheduledTasksLoader> m_loader;
    const Api::EcsClient* m_ecs = nullptr;
    QString m_cluster;
    ScheduledTaskModel* m_model = nullptr;
    PaneWidget* m_pane = nullptr;
    QLabel* m_details = nullptr;
    QAction* m_runNow = nullptr;
    QAction* m_refresh = nullptr;
};

} // namespace EcsDesk::Ui
