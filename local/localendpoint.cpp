// SPDX-License-Identifier: MIT
#include "local/localendpoint.h"

#include "api/auth/sigv4.h"
#include "local/api/ecshandler.h"
#include "local/auth/endpointidentity.h"
#include "local/clock.h"
#include "local/dispatcher.h"
#include "local/simulation/demoseed.h"
#include "local/simulation/engineplacement.h"
#include "local/simulation/simulation.h"
#include "local/store/store.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QTimer>

namespace EcsDesk::Local {

namespace {

    QString accountKey() { return QStringLiteral("account"); }

    /// The account the store's resources belong to: its account record, or for a store written
    /// before there was one, the account in its resources' ARNs (empty for a new store).
    QString accountOfStore(const Store& store)
    {
        if (const QJsonObject* account = store.find(Kind::Meta, accountKey()))
            return account->value(QLatin1String("accountId")).toString();
        for (const Kind kind : { Kind::Cluster, Kind::TaskDefinition, Kind::Service, Kind::Task }) {
            for (const auto& [key, document] : store.collection(kind)) {
                // arn:aws:ecs:region:account:resource
                const QStringList parts = key.split(QLatin1Char(':'));
                if (parts.size() >= 6 && parts[0] == QLatin1String("arn") && parts[4].size() == 12)
                    return parts[4];
                break;
            }
        }
        return {};
    }

} // namespace

LocalEndpoint::LocalEndpoint(QObject* parent)
    : QObject(parent)
    , m_clock(std::make_shared<Clock>())
{
}

LocalEndpoint::~LocalEndpoint() { stop(); }

void LocalEndpoint::setClock(std::shared_ptr<Clock> clock)
{
    m_clock = std::move(clock);
    m_clockSet = true;
}

EcsHandler* LocalEndpoint::ecs() const { return m_dispatcher ? m_dispatcher->ecs() : nullptr; }

bool LocalEndpoint::start(const LocalEndpointOptions& options, QString* error)
{
    stop();
    m_options = options;
    if (options.dataDir.isEmpty()) {
        *error = tr("no data directory given");
        return false;
    }
    if (options.seed != QLatin1String("none") && options.seed != QLatin1String("demo")) {
        *error = tr("unknown seed \"%1\": use demo or none").arg(options.seed);
        return false;
    }
    if (options.faultRate < 0 || options.faultRate > 1 || options.latencyMs < 0) {
        *error = tr("the fault rate must be between 0 and 1 and the latency at least 0");
        return false;
    }
    if (!options.throttle.isEmpty() && options.throttle != QLatin1String("ecs")) {
        *error = tr("unknown throttle \"%1\": use ecs").arg(options.throttle);
        return false;
    }
    if (!(options.timeScale >= 0.001 && options.timeScale <= 100000)) {
        *error = tr("the time scale must be between 0.001 and 100000");
        return false;
    }
    // Simulated time (a faster clock on request); signatures always against wall-clock time.
    m_wallClock = std::make_shared<Clock>();
    if (!m_clockSet)
        m_clock = options.timeScale == 1.0 ? m_wallClock : std::make_shared<ScaledClock>(options.timeScale);
    const Clock* signatureClock = m_clockSet ? m_clock.get() : m_wallClock.get();
    m_store = std::make_unique<Store>();
    if (!m_store->open(options.dataDir, error)) {
        m_store.reset();
        return false;
    }
    // The account lives in the store: credentials.json only holds keys for it (and a copy).
    const QString storedAccountId = accountOfStore(*m_store);
    EndpointIdentity identity;
    if (!EndpointIdentity::loadOrCreate(options.dataDir, storedAccountId, &identity, error)) {
        m_store.reset();
        return false;
    }
    m_accountId = identity.accountId;
    m_credentials = identity.credentials;
    const QJsonObject* account = m_store->find(Kind::Meta, accountKey());
    if (!account || account->value(QLatin1String("accountId")).toString() != m_accountId) {
        const bool saved = m_store->transact(
            [this] {
                m_store->put(Kind::Meta, accountKey(), QJsonObject { { QLatin1String("accountId"), m_accountId } });
            },
            error);
        if (!saved) {
            m_store.reset();
            return false;
        }
    }
    const bool empty = m_store->collection(Kind::Cluster).empty() && m_store->collection(Kind::TaskDefinition).empty();

    EndpointContext context { m_store.get(), m_clock.get(), options.region, m_accountId };
    m_dispatcher = std::make_unique<RequestDispatcher>(
        context, RequestVerifier(m_credentials, options.region.toLatin1(), signatureClock));
    m_dispatcher->setLatencyMs(options.latencyMs);
    m_dispatcher->setFaultRate(options.faultRate);
    if (options.throttle == QLatin1String("ecs"))
        m_dispatcher->setThrottle(std::make_unique<RequestThrottle>());
    RequestDispatcher* dispatcher = m_dispatcher.get();
    m_server
        = std::make_unique<HttpServer>([dispatcher](const HttpRequest& request,
                                           HttpServer::Responder respond) { dispatcher->handle(request, respond); },
            options.limits);
    // An unauthenticated request (no Authorization, a malformed one, or another key id) is
    // refused from its head: its body, up to the size limit, is never read into memory.
    m_server->setHeadCheck([dispatcher, keyId = m_credentials.accessKeyId.toLatin1()](
                               const HttpRequest& head) -> std::optional<HttpResponse> {
        if (Api::SigV4::Authorization::accessKeyIdOf(head.header("authorization")) == keyId)
            return std::nullopt;
        return dispatcher->answer(head);
    });
    if (!m_server->listen(options.address, options.port)) {
        *error = tr("cannot listen on %1:%2: %3")
                     .arg(options.address.toString())
                     .arg(options.port)
                     .arg(m_server->errorString());
        stop();
        return false;
    }
    SimulationOptions simulationOptions = SimulationOptions::fromEnvironment();
    if (options.stepMs >= 0) {
        simulationOptions.setAllSteps(options.stepMs);
        simulationOptions.tickIntervalMs = int(std::clamp<qint64>(options.stepMs / 2, 50, 1000));
    }
    // The ticks come as often in simulated time as without scaling (50 ms of real time at least).
    if (options.timeScale > 1.0)
        simulationOptions.tickIntervalMs
            = std::max(50, int(double(simulationOptions.tickIntervalMs) / options.timeScale));
    installPlacementEngine(&m_dispatcher->ecs()->tasks());
    m_simulation = std::make_unique<Simulation>(context, &m_dispatcher->ecs()->tasks(), simulationOptions);
    if (empty && options.seed == QLatin1String("demo")) {
        QString seedError;
        if (!DemoSeed::seed(*m_simulation, context, &seedError)) {
            *error = tr("cannot seed the demo account: %1").arg(seedError);
            stop();
            return false;
        }
        QTimer::singleShot(0, this, [this, seed = options.seed] { emit seedRequested(seed); });
    }
    if (options.simulate)
        m_simulation->start();
    else
        m_dispatcher->ecs()->setDrainsOverTime(false); // nothing would finish the draining
    return true;
}

void LocalEndpoint::stop()
{
    m_simulation.reset();
    m_server.reset();
    m_dispatcher.reset();
    m_store.reset();
}

bool LocalEndpoint::isRunning() const { return m_server != nullptr; }

quint16 LocalEndpoint::port() const { return m_server ? m_server->port() : 0; }

QUrl LocalEndpoint::url() const
{
    if (!m_server)
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m_options.address.toString());
    url.setPort(m_server->port());
    url.setPath(QStringLiteral("/"));
    return url;
}

} // namespace EcsDesk::Local
