#pragma once

#include "local/api/servicehandler.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QTimer>

namespace EcsDesk::Local {

class EcsHandler;
class Store;

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
    Simulation(EndpointContext context, EcsHandler* ecs, SimulationOptions options = {});
    ~Simulation();
    Simulation(const Simulation&) = delete;
    Simulation& operator=(const Simulation&) = delete;

    /// Ticks on a real-time timer (options.tickIntervalMs).
    void start();
    void stop();

    /// One step at the clock's current time. False with `error` when the store could not save it.
    bool tick(QString* error = nullptr);

    /// Multiplies the simulated CPU and memory use of a service's tasks (1 = as labelled); for
    /// tests and demos of auto scaling.
    void setLoadFactor(const QString& clusterName, const QString& serviceName, double factor);

    /// Simulated CPU and memory use (fractions of the task's reservation) at `epochMs`.
    struct Usage {
        double cpu = 0;
        double memory = 0;
    };
    Usage usageOf(const QJsonObject& task, qint64 epochMs) const;

    /// Records metrics for every RUNNING task over `minutes` minutes starting at minuteMs, as one
    /// statistic set per metric (the usage sampled mid-span). Per-task Container Insights metrics
    /// only when `perTask`.
    void recordMinute(qint64 minuteMs, int minutes = 1, bool perTask = true);

    const SimulationOptions& options() const { return m_options; }

private:
    void stepTask(const QString& key, qint64 nowMs);
    void stepServices(qint64 nowMs);
    void stepService(const QString& key, qint64 nowMs);
    void writeLogs(qint64 fromMs, qint64 toMs);
    bool prepareLogs(const QJsonObject& task, QString* reason);
    void countFailure(const QJsonObject& task);
    void stepAutoScaling(qint64 nowMs);
    void setDesiredCount(const QString& serviceKey, int desired);
    void addEvent(QJsonObject& service, const QString& message, qint64 nowMs);

    EndpointContext m_context;
    EcsHandler* m_ecs;
    SimulationOptions m_options;
    QTimer m_timer;
    QHash<QString, qint64> m_since; ///< task ARN -> when its lastStatus was entered (ms)
    QHash<QString, double> m_load; ///< "cluster/service" -> load factor
    /// "cluster/service" -> the last minutes' (minute, CPU %, memory %), for target tracking.
    QHash<QString, QList<std::tuple<qint64, double, double>>> m_serviceUsage;
    QHash<QString, qint64> m_lastScaleOut, m_lastScaleIn; ///< policy key -> when it last scaled
    QHash<QString, QStringList> m_groups; ///< per tick: task ARN prefix + group -> live task ARNs
    QHash<QString, bool> m_checked; ///< task definition ARN -> an essential container has a health check
    QSet<QString> m_quiet; ///< RUNNING tasks with nothing left to simulate until told to stop
    qint64 m_lastTickMs = 0;
    qint64 m_lastMinuteMs = 0;
};

} // namespace EcsDesk::Local
