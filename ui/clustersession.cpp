#include "ui/clustersession.h"

namespace EcsDesk::Ui {

ClusterSession::ClusterSession(const Api::Connection& connection, QObject* parent)
    : QObject(parent)
    , m_connection(connection)
    , m_transport(new Api::AwsTransport(this))
    , m_client(std::make_unique<Api::EcsClient>(connection.clientConfig(m_transport, QStringLiteral("ecs"))))
    , m_cloudWatch(connection.clientConfig(m_transport, QStringLiteral("cloudwatch")))
    , m_logs(connection.clientConfig(m_transport, QStringLiteral("cloudwatch_logs")))
    , m_autoScaling(connection.clientConfig(m_transport, QStringLiteral("application_auto_scaling")))
    , m_snapshotLoader(new Api::ClusterSnapshotLoader(*m_client, this))
{
    connect(
        m_snapshotLoader, &Api::ClusterSnapshotLoader::finished, this, [this](const Api::ClusterSnapshot& snapshot) {
            Q_EMIT snapshotLoaded(snapshot);
            Q_EMIT loadingChanged(isLoading());
        });
    connect(m_snapshotLoader, &Api::ClusterSnapshotLoader::failed, this, [this](const Api::AwsError& error) {
        if (error.code != QLatin1String("Cancelled"))
            Q_EMIT snapshotFailed(error);
        Q_EMIT loadingChanged(isLoading());
    });
}

ClusterSession::~ClusterSession()
{
    // The loaders go before the transport (an earlier child) deletes the replies they hold.
    m_snapshotLoader->cancel();
    delete m_listLoader;
    delete m_snapshotLoader;
}

void ClusterSession::loadClusters()
{
    const quint64 generation = ++m_generation;
    if (m_listLoader)
        m_listLoader->deleteLater();
    auto* loader = new Api::ClusterListLoader(*m_client, this);
    m_listLoader = loader;
    connect(loader, &Api::ClusterListLoader::finished, this,
        [this, loader, generation](const QList<Api::Cluster>& clusters) {
            loader->deleteLater();
            if (generation == m_generation || m_listLoader == loader)
                Q_EMIT clustersLoaded(clusters);
            Q_EMIT loadingChanged(isLoading());
        });
    connect(loader, &Api::ClusterListLoader::failed, this, [this, loader](const Api::AwsError& error) {
        loader->deleteLater();
        if (m_listLoader == loader)
            Q_EMIT clustersFailed(error);
        Q_EMIT loadingChanged(isLoading());
    });
    loader->load();
    Q_EMIT loadingChanged(true);
}

void ClusterSession::loadCluster(const QString& cluster)
{
    m_cluster = cluster;
    m_snapshotLoader->load(cluster); // cancels a load still running
    Q_EMIT loadingChanged(true);
}

void ClusterSession::cancel()
{
    m_snapshotLoader->cancel();
    m_cluster.clear();
    Q_EMIT loadingChanged(isLoading());
}

bool ClusterSession::isLoading() const { return m_snapshotLoader->isRunning() || m_listLoader; }

} // namespace EcsDesk::Ui
