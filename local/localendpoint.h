// SPDX-License-Identifier: MIT
#pragma once

#include "api/auth/credentials.h"
#include "local/http/httpserver.h"

#include <QHostAddress>
#include <QObject>
#include <QUrl>

#include <memory>

namespace EcsDesk::Local {

class Clock;
class EcsHandler;
class RequestDispatcher;
class Simulation;
class Store;

/// How to run an endpoint.
struct LocalEndpointOptions {
    QString dataDir; ///< required: the store and the credentials live here
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 0; ///< 0 picks a free port
    QString region = QStringLiteral("us-east-1");
    QString seed = QStringLiteral("none"); ///< "none" or "demo"
    int latencyMs = 0; ///< added to every answer (by a timer)
    double faultRate = 0.0; ///< share of requests answered with ThrottlingException or a 500
    /// "ecs": ECS's documented token buckets per action category (RequestThrottle); empty: off
    QString throttle;
    HttpLimits limits;
    bool simulate = true; ///< run the simulation (task lifecycle, services, metrics) on a real-time timer
    qint64 stepMs = -1; ///< every task lifecycle step's delay; -1: the defaults (or ECSDESK_SIM_STEP_MS)
    /// Simulated time runs this many times faster than wall-clock time (a ScaledClock; ignored when a
    /// clock was set with setClock). Request signatures are checked against wall-clock time.
    double timeScale = 1.0;
};

/// The embedded ECS-compatible endpoint: an HTTP server on loopback answering ECS, CloudWatch,
/// CloudWatch Logs and Application Auto Scaling with its own account and credentials. The app
/// starts one in-process for its Local connection; ecsdesk-local runs one standalone.
class LocalEndpoint : public QObject {
    Q_OBJECT
public:
    explicit LocalEndpoint(QObject* parent = nullptr);
    ~LocalEndpoint() override;

    /// Opens the store in options.dataDir and starts listening. False and `error` on failure.
    bool start(const LocalEndpointOptions& options, QString* error);
    void stop();
    bool isRunning() const;

    QUrl url() const;
    quint16 port() const;
    QString region() const { return m_options.region; }
    QString accountId() const { return m_accountId; }
    Api::Credentials credentials() const { return m_credentials; }

    /// For the simulation: the store (observe Store::changed), the ECS handler (placement hook)
    /// and the clock (replace with setClock before start()).
    Store* store() const { return m_store.get(); }
    EcsHandler* ecs() const;
    void setClock(std::shared_ptr<Clock> clock);
    const Clock* clock() const { return m_clock.get(); }
    /// The simulation (nullptr before start()); its timer runs when options.simulate is set.
    Simulation* simulation() const { return m_simulation.get(); }

    /// Kept for callers written before the endpoint existed.
    static bool isAvailable() { return true; }
    static QString unavailableReason() { return {}; }

signals:
    /// The demo seed hook: emitted once after start() on an empty data dir with seed "demo".
    void seedRequested(const QString& seed);

private:
    LocalEndpointOptions m_options;
    QString m_accountId;
    Api::Credentials m_credentials;
    std::shared_ptr<Clock> m_clock;
    bool m_clockSet = false; ///< setClock was called: options.timeScale does not replace it
    std::shared_ptr<Clock> m_wallClock; ///< for request signatures when the simulated clock is scaled
    std::unique_ptr<Store> m_store;
    std::unique_ptr<RequestDispatcher> m_dispatcher;
    std::unique_ptr<HttpServer> m_server;
    std::unique_ptr<Simulation> m_simulation;
};

} // namespace EcsDesk::Local
