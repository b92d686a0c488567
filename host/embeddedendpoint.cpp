// SPDX-License-Identifier: MIT
#include "host/embeddedendpoint.h"

#include "api/auth/credentialsprovider.h"
#include "local/localendpoint.h"

#include <QDir>
#include <QStandardPaths>
#include <QThread>

namespace EcsDesk::Host {

EmbeddedEndpoint::EmbeddedEndpoint(QObject* parent)
    : QObject(parent)
{
}

EmbeddedEndpoint::~EmbeddedEndpoint()
{
    if (!m_thread)
        return;
    // Stopped in its own thread; deleted there when the thread finishes (deleteLater).
    QMetaObject::invokeMethod(
        m_endpoint, [endpoint = m_endpoint] { endpoint->stop(); }, Qt::BlockingQueuedConnection);
    m_endpoint = nullptr;
    m_thread->quit();
    m_thread->wait();
}

bool EmbeddedEndpoint::start(const Options& options, QString* error)
{
    if (m_thread)
        return isRunning();
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("local endpoint"));
    m_endpoint = new Local::LocalEndpoint;
    m_endpoint->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_endpoint, &QObject::deleteLater);
    m_thread->start();
    Local::LocalEndpointOptions endpointOptions;
    endpointOptions.dataDir = options.dataDir.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QLatin1String("/local-endpoint")
        : options.dataDir;
    endpointOptions.seed = options.seed;
    QDir().mkpath(endpointOptions.dataDir);
    bool started = false;
    Local::LocalEndpoint* endpoint = m_endpoint;
    QMetaObject::invokeMethod(
        endpoint, [&] { started = endpoint->start(endpointOptions, error); }, Qt::BlockingQueuedConnection);
    return started;
}

bool EmbeddedEndpoint::isRunning() const { return m_endpoint && m_endpoint->isRunning(); }

Api::Connection EmbeddedEndpoint::connection(const QString& name) const
{
    Api::Connection connection;
    if (!isRunning())
        return connection;
    connection.profile = name;
    connection.region = m_endpoint->region().toLatin1();
    connection.endpointUrl = m_endpoint->url();
    connection.credentials
        = std::make_shared<Api::StaticCredentialsProvider>(m_endpoint->credentials(), QStringLiteral("local endpoint"));
    return connection;
}

} // namespace EcsDesk::Host
