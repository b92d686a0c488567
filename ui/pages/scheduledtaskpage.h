// SPDX-License-Identifier: MIT
#pragma once

#include "ui/pages/resourcepage.h"

#include <memory>

class QLabel;
class QWidget;

namespace EcsDesk::Api {
class EventsClient;
class ScheduledTasksLoader;
class SchedulerClient;
} // namespace EcsDesk::Api

namespace EcsDesk::Ui {

class ScheduledTaskModel;

/// The Scheduled Tasks pane of the open cluster: the EventBridge Scheduler schedules and
/// EventBridge rules whose ECS targets run in it (expression in words, next run, task definition,
/// state, last run with its failure), loaded with each load of the cluster, and below the table
/// the selected one's details (next runs, target, retry policy, the recorded runs with their tasks
/// linked to the Tasks page and their failures). Actions: New and Edit (the schedule builder),
/// Enable, Disable, Delete (confirmed) and Run Now, which starts the selected one's task as it
/// would (its parameters, its startedBy). All of them change the account: read-only mode disables them.
class ScheduledTaskPage : public ResourcePage {
    Q_OBJECT
public:
    ScheduledTaskPage(PageHost* host, QWidget* parent);
    ~ScheduledTaskPage() override;

    QString name() const override { return QStringLiteral("schedules"); }
    QStringList aliases() const override { return { QStringLiteral("scheduledtasks") }; }
    QString title() const override;
    ScheduledTaskModel* model() const { return m_model; }
    /// The details of the selected schedule or rule (rich text; task links open the Tasks page).
    QLabel* detailsLabel() const { return m_details; }
    void declareActions(ActionRegistry& registry) override;
    QStringList contextActionIds() const override;
    PageMenu menu() const override;
    void showDetails(DetailsPane* details) const override;
    void clear() override;
    void setSession(ClusterSession* session) override;
    void applySnapshot(const Api::ClusterSnapshot& snapshot, bool reset) override;
    QString selectedTaskDefinition() const override;

Q_SIGNALS:
    /// The schedules and rules of the open cluster arrived (or failed: the pane says why).
    void scheduledTasksLoaded();

private:
    void runNow();
    /// Opens the schedule builder (window-modal, not blocking): for a new schedule, or the selected one.
    void openBuilder(bool edit);
    void setEnabled(bool enabled);
    void deleteSelected();
    void showSelected();
    void reload();

    ScheduledTaskModel* m_model;
    std::unique_ptr<Api::SchedulerClient> m_scheduler;
    std::unique_ptr<Api::EventsClient> m_events;
    std::unique_ptr<Api::ScheduledTasksLoader> m_loader;
    QString m_cluster;
    QString m_clusterArn;
    QLabel* m_details = nullptr;
};

} // namespace EcsDesk::Ui
