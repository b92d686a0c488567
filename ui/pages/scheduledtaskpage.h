// SPDX-License-Identifier: MIT
#pragma once

#include "ui/pages/resourcepage.h"

#include <memory>

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
/// state, last run with its failure), loaded with each load of the cluster; Run Now starts the
/// selected one's task as it would (its parameters, its startedBy).
class ScheduledTaskPage : public ResourcePage {
    Q_OBJECT
public:
    ScheduledTaskPage(PageHost* host, QWidget* parent);
    ~ScheduledTaskPage() override;

    QString name() const override { return QStringLiteral("schedules"); }
    QStringList aliases() const override { return { QStringLiteral("scheduledtasks") }; }
    QString title() const override;
    ScheduledTaskModel* model() const { return m_model; }
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

    ScheduledTaskModel* m_model;
    std::unique_ptr<Api::SchedulerClient> m_scheduler;
    std::unique_ptr<Api::EventsClient> m_events;
    std::unique_ptr<Api::ScheduledTasksLoader> m_loader;
    QString m_cluster;
};

} // namespace EcsDesk::Ui
