// SPDX-License-Identifier: MIT
#pragma once

#include "local/api/servicehandler.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QTimer>

#include <deque>
#include <functional>
#include <map>
#include <memory>

namespace EcsDesk::Local {

class TaskOperations;
class Store;
struct TaskFields;
enum class Kind;

/// How long each task lifecycle step takes (milliseconds of simulation time) and how often the
/// real-time timer ticks. ECSDESK_SIM_STEP_MS overrides every step delay (fromEnvironment()).
struct SimulationOptions {
    qint64 provisioningMs = 4000; ///< PROVISIONING -> PENDING (ENI attached)
    qint64 pendingMs = 6000; ///< PENDING -> ACTIVATING (image pulled)
    qint64 activatingMs = 2000; ///< ACTIVATING -> RUNNING
    qint64 deactivatingMs = 2000; ///< DEACTIVATING -> STOPPING
    qint64 stoppingMs = 3000; ///< STOPPING -> DEPROVISIONING/STOPPED (capped by stopTimeout)
    qint64 deprovisioningMs = 2000; ///< DEPROVISIONING -> STOPPED
    int tickIntervalMs = 1000; ///< real-time ticks
    /// FARGATE_SPOT interruptions per RUNNING Spot task and hour (0: none; ECSDESK_SIM_SPOT_RATE).
    double spotInterruptionsPerHour = 0;
    /// The service scheduler works in slices, as ECS launches a service's tasks in batches: at most
    /// serviceTaskBatch task starts and stops per service and tickTaskBudget across all services
    /// per tick; the rest carries over to the next tick (on the real-time timer, the next event-loop
    /// turn), so scaling to thousands of tasks never holds the request thread in one piece.
    int serviceTaskBatch = 100;
    int tickTaskBudget = 200;
    /// On the real-time timer the services stepped in one turn also stop after this many ms (at
    /// least one is stepped); 0: no time slice.
    int serviceTimeSliceMs = 4;

    /// The defaults, with ECSDESK_SIM_STEP_MS (all step delays) applied when set.
    static SimulationOptions fromEnvironment();
    void setAllSteps(qint64 ms);
};

/// The living cluster behind the local endpoint: on each tick (real time by default, or driven by
/// tests on a ManualClock) it moves tasks through the ECS lifecycle, runs containers (exit codes,
/// essential, dependsOn, health checks, awslogs output), keeps services at their desired count with
/// rolling deployments and the circuit breaker, writes service events in ECS's words and records
/// per-minute CPU and memory metrics. All changes are written through Store transactions.
class Simulation {
    Q_DECLARE_TR_FUNCTIONS(EcsDesk::Local::Simulation)
public:
    Simulation(EndpointContext context, TaskOperations* ecs, SimulationOptions options = {});
    ~Simulation();
    Simulation(const Simulation&) = delete;
    Simulation& operator=(const Simulation&) = delete;

    /// Ticks on a real-time timer (options.tickIntervalMs).
    void start();
    void stop();

    /// One step at the clock's current time, including the minute's deferred metric and log
    /// writes. False with `error` when the store could not save it.
    bool tick(QString* error = nullptr);

    /// Writes left over from minute ticks (per-task metrics, log lines) still waiting. The real-time
    /// timer writes them in slices of about 2 ms per event-loop turn so requests never wait long.
    int backlog() const { return int(m_backlog.size()); }
    /// The longest time one tick or one backlog slice took on the timer path (ms), for benchmarks.
    double longestSliceMs() const { return m_longestSliceMs; }
    /// Writes `maxMs` worth of the backlog (all of it when negative) in one store transaction.
    bool drainBacklog(qint64 maxMs, QString* error = nullptr);
    /// The last timer tick left due tasks or services for another event-loop turn.
    bool stepsPending() const { return m_stepsLeft || m_servicesLeft; }
    /// The service scheduler's budget ran out in the last tick: services carry on in the next one.
    bool servicesPending() const { return m_servicesLeft; }
    /// The most task starts and stops the service scheduler made in one tick (tests, benchmarks).
    int largestSchedulerSlice() const { return m_largestSlice; }

    /// Interrupts a RUNNING task on FARGATE_SPOT now, as AWS reclaiming the capacity does (stopCode
    /// SpotInterruption); a service starts a replacement. False when it is not such a task.
    bool interruptSpotTask(const QString& taskArn, QString* error = nullptr);

    /// Multiplies the simulated CPU and memory use of a service's tasks (1 = as labelled); for
    /// tests and demos of auto scaling.
    void setLoadFactor(const QString& clusterName, const QString& serviceName, double factor);

    /// Simulated CPU and memory use (fractions of the task's reservation) at `epochMs`.
    struct Usage {
        double cpu = 0;
        double memory = 0;
    };
    Usage usageOf(const QJsonObject& task, qint64 epochMs) const;
    Usage usageOf(const QString& taskArn, const QString& group, const QString& definitionArn, qint64 epochMs) const;

    /// Records metrics for every RUNNING task over `minutes` minutes starting at minuteMs, as one
    /// statistic set per metric (the usage sampled mid-span). Per-task Container Insights metrics
    /// only when `perTask`.
    void recordMinute(qint64 minuteMs, int minutes = 1, bool perTask = true);

    /// Writes at once the log lines that RUNNING tasks' awslogs containers print over
    /// [fromMs, toMs) (as many as in one minute; the demo seed's history). Log streams that do not
    /// exist yet are created as of fromMs.
    void recordLogs(qint64 fromMs, qint64 toMs);
    /// Writes a slice of the backlog on the real-time path (what the timer runs).
    void timerTick();

    const SimulationOptions& options() const { return m_options; }

private:
    bool step(QString* error, bool deferWrites);
    void recordMinute(qint64 minuteMs, int minutes, bool perTask, qint64 autoScaleAtMs);
    void onChanged(Kind kind, const QString& key);
    void prime();
    void scheduleDrain();
    void stepTask(const QString& key, qint64 nowMs);
    void stepServices(qint64 nowMs);
    /// False when the service still needs steps without any record changing (placement retries).
    bool stepService(const QString& key, qint64 nowMs);
    bool stepDrainingService(const QString& key, qint64 nowMs);
    /// Task starts and stops the service being stepped may still make in this tick.
    int serviceSlice() const;
    void writeLogs(qint64 fromMs, qint64 toMs);
    /// Visits every task, then calls `done`: at once, or on the real-time path in slices of about
    /// 2 ms from the backlog.
    struct TaskScan {
        QString last;
        bool started = false;
        std::function<void(const QString&, const TaskFields&)> visit;
        std::function<void()> done;
    };
    void scanTasks(std::function<void(const QString&, const TaskFields&)> visit, std::function<void()> done);
    void continueScan(const std::shared_ptr<TaskScan>& scan);
    bool prepareLogs(const QJsonObject& task, QString* reason);
    void countFailure(const QJsonObject& task);
    void stepAutoScaling(qint64 nowMs);
    void setDesiredCount(const QString& serviceKey, int desired);
    void stepScheduledActions(qint64 fromMs, qint64 nowMs);
    void recordActivity(const QString& resourceId, const QString& dimension, const QString& description,
        const QString& cause, const QString& statusMessage, qint64 nowMs);
    void addEvent(QJsonObject& service, const QString& message, qint64 nowMs);

    EndpointContext m_context;
    TaskOperations* m_ecs; ///< the domain operations (start, stop, look up); no wire handler
    SimulationOptions m_options;
    QTimer m_timer;
    QHash<QString, qint64> m_since; ///< task ARN -> when its lastStatus was entered (ms)
    QHash<QString, double> m_load; ///< "cluster/service" -> load factor
    /// "cluster/service" -> the last minutes' (minute, CPU %, memory %), for target tracking.
    QHash<QString, QList<std::tuple<qint64, double, double>>> m_serviceUsage;
    QHash<QString, QSet<QString>> m_groups; ///< task ARN prefix + group -> tasks with desiredStatus RUNNING
    QHash<QString, QString> m_taskGroup; ///< task ARN -> its key in m_groups
    mutable QHash<QString, QPair<double, double>> m_usageBase; ///< definition + group -> (CPU, memory) level
    struct TaskInfo {
        double cpuReserved = 1;
        double memoryReserved = 1;
        QString cluster;
        bool spot = false; ///< on the FARGATE_SPOT capacity provider
    };
    QHash<QString, TaskInfo> m_taskInfo; ///< task ARN -> its reservation, until the record changes
    QHash<QString, bool> m_logging; ///< task definition ARN -> a container logs through awslogs
    QHash<QString, bool> m_checked; ///< task definition ARN -> an essential container has a health check
    /// Tasks that need a look now: not STOPPED, not waiting out a step delay (those are in the due
    /// queue) and not RUNNING with nothing left to simulate until told to stop. Kept from
    /// Store::changed, so a tick touches only them.
    QSet<QString> m_active;
    QHash<QString, qint64> m_due; ///< waiting task -> when its current step delay ends (ms)
    std::multimap<qint64, QString> m_dueQueue; ///< the same, by time (stale entries are skipped)
    bool m_stepsLeft = false; ///< the last timer tick left due tasks or services for the next turn
    bool m_servicesLeft = false; ///< the scheduler's budget ran out; services go on in the next turn
    int m_sliceLeft = 0; ///< task starts and stops the scheduler may still make in this tick
    int m_largestSlice = 0; ///< the most it made in one tick
    bool m_continuing = false; ///< a timerTick() for the next event-loop turn is queued
    QString m_serviceCursor; ///< the service stepped last, so carried-over slices go round them all
    bool m_anyDraining = false; ///< some container instance is DRAINING (per stepServices)
    QSet<QString> m_dirtyServices; ///< services whose tasks, record or instances changed
    bool m_allServicesDirty = true;
    bool m_alarmsChanged = false; ///< a CloudWatch alarm changed: services whose deployment watches it are stepped
    bool m_primed = false;
    bool m_deferring = false; ///< recordMinute/writeLogs queue per-task writes in m_backlog
    std::deque<std::function<void()>> m_backlog; ///< deferred writes, oldest first
    QTimer m_drainTimer;
    double m_longestSliceMs = 0;
    qint64 m_lastTickMs = 0;
    qint64 m_lastMinuteMs = 0;
};

} // namespace EcsDesk::Local
