// SPDX-License-Identifier: MIT
#pragma once

#include "api/auth/connection.h"
#include "api/autoscaling/autoscalingclient.h"
#include "api/cloudwatch/cloudwatchclient.h"
#include "api/core/replyguard.h"
#include "api/ecs/clustersnapshotloader.h"
#include "api/ecs/ecsclient.h"
#include "api/logs/logsclient.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>
#include <optional>

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
    /// Hands back the answers to this session's calls and deletes them; an answer arriving after
    /// the session is gone is dropped.
    Api::ReplyGuard& replies() const { return *m_replies; }
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
    /// Turns the next cluster load's DescribeTasks answers into the caller's rows on the
    /// transport's worker thread (ClusterSnapshotLoader::setTaskConverter): tasksConverted().
    void setTaskConverter(Api::ClusterSnapshotLoader::TaskConverter converter);
    bool isLoading() const;
    QString currentCluster() const { return m_cluster; }

    using ArnsCallback = std::function<void(const QStringList& arns, const std::optional<Api::AwsError>& error)>;
    /// ListTaskDefinitions to the last page (`familyPrefix` and `status` as ECS takes them);
    /// `done` runs unless the session goes first.
    void listTaskDefinitionArns(const QString& familyPrefix, const QString& status, ArnsCallback done);
    /// Every revision of `families` (exact names) that is ACTIVE, and INACTIVE too when asked:
    /// ListTaskDefinitions per family and status, DescribeTaskDefinition once per ARN (kept), the
    /// status from the listing. Answers with taskDefinitionsLoaded; a newer call supersedes it.
    void loadTaskDefinitions(const QSet<QString>& families, bool includeInactive);
    /// "family:revision" of an ARN (or of a short name).
    static QString familyRevision(const QString& arn);
    /// The revisions of `arns` as "family:revision", by family and newest first; only those of
    /// `family` when it is given.
    static QStringList newestFirst(const QStringList& arns, const QString& family = {});

Q_SIGNALS:
    void clustersLoaded(const QList<EcsDesk::Api::Cluster>& clusters);
    void clustersFailed(const EcsDesk::Api::AwsError& error);
    void snapshotLoaded(const EcsDesk::Api::ClusterSnapshot& snapshot);
    /// The cluster load was cancelled (cancel()): tasks streamed so far are of no use.
    void snapshotCancelled();
    /// The open cluster and its services, before its tasks (ClusterSnapshotLoader::servicesLoaded).
    void servicesLoaded(const EcsDesk::Api::ClusterSnapshot& partial);
    /// The services described so far, while more are coming (ClusterSnapshotLoader::servicesArrived).
    void servicesArrived(const QList<EcsDesk::Api::Service>& soFar);
    /// The tasks of one DescribeTasks answer of the cluster load (the loader streams them: the
    /// snapshot of snapshotLoaded() has none, ClusterSnapshot::tasksStreamed).
    void tasksArrived(const QList<EcsDesk::Api::Task>& tasks);
    /// With a task converter: one DescribeTasks answer as the converter made it.
    void tasksConverted(const QVariant& rows);
    void snapshotProgress(const EcsDesk::Api::SnapshotProgress& progress);
    void snapshotFailed(const EcsDesk::Api::AwsError& error);
    void loadingChanged(bool loading);
    void taskDefinitionsLoaded(const QList<EcsDesk::Api::TaskDefinition>& definitions);
    void taskDefinitionsFailed(const EcsDesk::Api::AwsError& error);

private:
    Api::Connection m_connection;
    Api::AwsTransport* m_transport = nullptr;
    std::unique_ptr<Api::EcsClient> m_client;
    Api::CloudWatchClient m_cloudWatch;
    Api::LogsClient m_logs;
    Api::AutoScalingClient m_autoScaling;
    QPointer<Api::ClusterListLoader> m_listLoader;
    Api::ClusterSnapshotLoader* m_snapshotLoader = nullptr;
    Api::ReplyGuard* m_replies = nullptr; ///< the task definition listings and descriptions
    QString m_cluster;
    quint64 m_generation = 0;
    quint64 m_definitionsGeneration = 0;
    QHash<QString, Api::TaskDefinition> m_describedDefinitions; ///< by ARN; a revision never changes
};

} // namespace EcsDesk::Ui
