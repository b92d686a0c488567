// SPDX-License-Identifier: MIT
#pragma once

#include "api/core/awserror.h"
#include "api/scheduler/scheduledtask.h"

#include <QObject>

#include <memory>

namespace EcsDesk::Api {

class SchedulerClient;
class EventsClient;

/// Loads the schedules (EventBridge Scheduler) and scheduled rules (EventBridge) whose ECS targets
/// run in one cluster: ListSchedules pages, GetSchedule for the ones targeting the cluster, then
/// ListRules pages and ListTargetsByRule for each scheduled rule. Emits loaded() once with schedules
/// first (by group and name), then rules, or failed() with the first error.
class ScheduledTasksLoader : public QObject {
    Q_OBJECT
public:
    ScheduledTasksLoader(const SchedulerClient* scheduler, const EventsClient* events, QObject* parent = nullptr);
    ~ScheduledTasksLoader() override;

    /// Starts loading for `cluster` (name or ARN); a load already running is dropped.
    void load(const QString& cluster);

Q_SIGNALS:
    void loaded(const QList<EcsDesk::Api::ScheduledTask>& tasks);
    void failed(const EcsDesk::Api::AwsError& error);

private:
    struct Run;
    void listSchedules(const std::shared_ptr<Run>& run, const QString& token);
    void getSchedules(const std::shared_ptr<Run>& run);
    void listRules(const std::shared_ptr<Run>& run, const QString& token);
    void listTargets(const std::shared_ptr<Run>& run, const QString& token);
    /// Calls `onAnswer` with the answer of `reply` if `run` is still the current load.
    void handle(class AwsReply* reply, const std::shared_ptr<Run>& run,
        const std::function<void(const QJsonObject&)>& onAnswer);

    const SchedulerClient* m_scheduler;
    const EventsClient* m_events;
    std::shared_ptr<Run> m_current;
};

} // namespace EcsDesk::Api
