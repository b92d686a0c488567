#pragma once

#include "api/auth/connection.h"
#include "api/autoscaling/autoscalingclient.h"
#include "api/cloudwatch/cloudwatchclient.h"
#include "api/ecs/clustersnapshotloader.h"
#include "api/ecs/ecsclient.h"
#include "api/logs/logsclient.h"

#include <QObject>
#include <QPointer>

namespace EcsDesk::Ui {

/// One connection's ECS traffic for the window: the cluster list and the snapshot of the
/// selected cluster. Loading another cluster cancels the old load; a generation counter drops
/// any answer that arrives for a context the user has left.
class ClusterSession : public QObject {
    Q_OBJECT
public:
    ClusterSession(const Api::Connection& connection, QObject* parent = nullptr);
    ~ClusterSession() override;

    const Api::EcsClient& client() const { return *m_client; }
    /// The other services of the same connection, for the metrics and logs panes.
    const Api::CloudWatchClient* cloudWatch() const { return &m_cloudWatch; }
    const Api::LogsClient* logs() const { return &m_logs; }
    const Api::AutoScalingClient* autoScaling() const { return &m_autoScaling; }
    const Api::Connection& connection() const { return m_connection; }
    Api::AwsTransport* transport() const { return m_transport; }

    void loadClusters();
    /// Loads `cluster` whole; `sameContext` false means the user switched cluster.
    void loadCluster(const QString& cluster);
    void cancel();
    bool isLoading() const;
    QString currentCluster() const { return m_cluster; }

Q_SIGNALS:
    void clustersLoaded(const QList<EcsDesk::Api::Cluster>& clusters);
    void clustersFailed(const EcsDesk::Api::AwsError& error);
    void snapshotLoaded(const EcsDesk::Api::ClusterSnapshot& snapshot);
    void snapshotFailed(const EcsDesk::Api::AwsError& error);
    void loadingChanged(bool loading);

private:
    Api::Connection m_connection;
    Api::AwsTransport* m_transport = nullptr;
    std::unique_ptr<Api::EcsClient> m_client;
    Api::CloudWatchClient m_cloudWatch;
    Api::LogsClient m_logs;
    Api::AutoScalingClient m_autoScaling;
    QPointer<Api::ClusterListLoader> m_listLoader;
    Api::ClusterSnapshotLoader* m_snapshotLoader = nullptr;
    QString m_cluster;
    quint64 m_generation = 0;
};

} // namespace EcsDesk::Ui
