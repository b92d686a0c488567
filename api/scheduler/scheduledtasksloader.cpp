// SPDX-License-Identifier: MIT
#include "api/scheduler/scheduledtasksloader.h"

#include "api/core/awstransport.h"
#include "api/scheduler/schedulerclient.h"

#include <QJsonArray>

namespace EcsDesk::Api {

struct ScheduledTasksLoader::Run {
    QString cluster;
    QList<std::pair<QString, QString>> schedules; ///< (group, name) of the schedules to read
    QList<ScheduledTask> found;
    QList<QJsonObject> rules; ///< scheduled rules still to read the targets of
    QJsonObject rule; ///< the rule whose targets are being read
    QJsonArray targets;
};

ScheduledTasksLoader::ScheduledTasksLoader(
    const SchedulerClient* scheduler, const EventsClient* events, QObject* parent)
    : QObject(parent)
    , m_scheduler(scheduler)
    , m_events(events)
{
}

ScheduledTasksLoader::~ScheduledTasksLoader() = default;

void ScheduledTasksLoader::load(const QString& cluster)
{
    m_current = std::make_shared<Run>();
    m_current->cluster = cluster;
    listSchedules(m_current, {});
}

void ScheduledTasksLoader::handle(
    AwsReply* reply, const std::shared_ptr<Run>& run, const std::function<void(const QJsonObject&)>& onAnswer)
{
    connect(reply, &AwsReply::finished, this, [this, reply, run, onAnswer] {
        reply->deleteLater();
        if (run != m_current)
            return; // a newer load replaced this one
        if (reply->error()) {
            m_current.reset();
            Q_EMIT failed(*reply->error());
            return;
        }
        onAnswer(reply->json());
    });
}

void ScheduledTasksLoader::listSchedules(const std::shared_ptr<Run>& run, const QString& token)
{
    handle(m_scheduler->listSchedules(token), run, [this, run](const QJsonObject& answer) {
        for (const QJsonValue& value : answer.value(QLatin1String("Schedules")).toArray()) {
            const QJsonObject summary = value.toObject();
            // The summary names the target's ARN: read only the schedules that run in the cluster.
            ScheduledTask probe;
            probe.targets.append(EcsTarget {
                {}, summary.value(QLatin1String("Target")).toObject().value(QLatin1String("Arn")).toString() });
            if (probe.targetsCluster(run->cluster))
                run->schedules.append({ summary.value(QLatin1String("GroupName")).toString(),
                    summary.value(QLatin1String("Name")).toString() });
        }
        const QString next = answer.value(QLatin1String("NextToken")).toString();
        if (!next.isEmpty())
            listSchedules(run, next);
        else
            getSchedules(run);
    });
}

void ScheduledTasksLoader::getSchedules(const std::shared_ptr<Run>& run)
{
    if (run->schedules.isEmpty()) {
        listRules(run, {});
        return;
    }
    const auto [group, name] = run->schedules.takeFirst();
    handle(m_scheduler->getSchedule(name, group), run, [this, run](const QJsonObject& answer) {
        run->found.append(ScheduledTask::fromSchedule(answer));
        getSchedules(run);
    });
}

void ScheduledTasksLoader::listRules(const std::shared_ptr<Run>& run, const QString& token)
{
    handle(m_events->listRules(token), run, [this, run](const QJsonObject& answer) {
        for (const QJsonValue& value : answer.value(QLatin1String("Rules")).toArray()) {
            if (value.toObject().contains(QLatin1String("ScheduleExpression")))
                run->rules.append(value.toObject());
        }
        const QString next = answer.value(QLatin1String("NextToken")).toString();
        if (!next.isEmpty()) {
            listRules(run, next);
            return;
        }
        listTargets(run, {});
    });
}

void ScheduledTasksLoader::listTargets(const std::shared_ptr<Run>& run, const QString& token)
{
    if (token.isEmpty()) {
        // The previous rule is complete: keep it if it runs in the cluster, then go to the next.
        if (!run->rule.isEmpty()) {
            const ScheduledTask task = ScheduledTask::fromRule(run->rule, run->targets);
            if (task.targetsCluster(run->cluster))
                run->found.append(task);
        }
        run->targets = {};
        if (run->rules.isEmpty()) {
            const QList<ScheduledTask> found = std::move(run->found);
            m_current.reset();
            Q_EMIT loaded(found);
            return;
        }
        run->rule = run->rules.takeFirst();
    }
    const QString rule = run->rule.value(QLatin1String("Name")).toString();
    handle(m_events->listTargetsByRule(rule, token), run, [this, run](const QJsonObject& answer) {
        for (const QJsonValue& value : answer.value(QLatin1String("Targets")).toArray())
            run->targets.append(value);
        listTargets(run, answer.value(QLatin1String("NextToken")).toString());
    });
}

} // namespace EcsDesk::Api
