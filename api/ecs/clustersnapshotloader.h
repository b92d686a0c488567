// SPDX-License-Identifier: MIT
#pragma once

#include "api/core/pagetokens.h"
#include "api/core/requestscheduler.h"
#include "api/ecs/clustersnapshot.h"
#include "api/ecs/ecsclient.h"

#include <QObject>
#include <QSet>
#include <QVariant>

#include <functional>

namespace EcsDesk::Api {

/// How far a snapshot load has come; sent with ClusterSnapshotLoader::progress.
struct SnapshotProgress {
    int requestsStarted = 0;
    int requestsCompleted = 0;
    int services = 0;
    int tasks = 0; ///< described
    int tasksListed = 0; ///< task ARNs listed so far (every task is described once)
    bool servicesLoaded = false; ///< the cluster and every service are in (servicesLoaded() was sent)
    int containerInstances = 0;
    int taskDefinitions = 0;
    bool operator==(const SnapshotProgress&) const = default;
};

/// A DescribeTasks answer turned into the caller's form on the transport's worker thread
/// (ClusterSnapshotLoader::setTaskConverter): what the loader itself needs of it, and the result.
struct ConvertedTasks {
    QList<Failure> failures;
    QStringList taskDefinitionArns; ///< distinct, in order of appearance
    qsizetype count = 0; ///< tasks in the answer
    QVariant rows; ///< what the converter made of them
};

/// Fetches one cluster whole (see ClusterSnapshot). Every List* is paginated to the end with the
/// largest page the API allows; Describe* calls are batched at the API limits and start while
/// listing goes on; task listing is partitioned by task definition family and desired status
/// (every task has exactly one family, so the partition is complete, standalone tasks included)
/// or done cluster-wide for small clusters; every task definition is described once. Calls run
/// with bounded concurrency. load() again, cancel() or destroying the loader cancels the calls in
/// flight. The result is complete or it is an error: never partial data. A listing whose page
/// token comes back a second time fails the load with PaginationLoop (see PageTokens).
class ClusterSnapshotLoader : public QObject {
    Q_OBJECT
public:
    enum class TaskListing {
        Auto, ///< running: cluster-wide when the cluster reports few, else by family; stopped:
              ///< cluster-wide, switching to by-family when there are many
        ByFamily,
        ClusterWide,
    };
    struct Options {
        bool includeStopped = true; ///< also list tasks whose desired status is STOPPED
        int maxInFlight = 96; ///< AwsTransport opens up to 96 connections by default
        TaskListing taskListing = TaskListing::Auto;
        int clusterWideTaskLimit = 300; ///< Auto: running+pending at most this goes cluster-wide
        /// Auto: stopped tasks are listed cluster-wide (usually few); past this many pages the
        /// listing switches to per-family partitions.
        int stoppedPagesBeforePartitioning = 5;
        /// Each DescribeTasks answer goes out at once with tasksArrived() and is not kept: the
        /// finished snapshot has no tasks (ClusterSnapshot::tasksStreamed). The app turns each
        /// answer into compact rows as it arrives, so 100,000 tasks are never all held as parsed
        /// answers (issue 24).
        bool streamTasks = false;
    };

    explicit ClusterSnapshotLoader(EcsClient client, QObject* parent = nullptr);
    ClusterSnapshotLoader(EcsClient client, Options options, QObject* parent = nullptr);
    ~ClusterSnapshotLoader() override;

    /// Starts loading `cluster` (name or ARN), cancelling a load still running.
    void load(const QString& cluster);
    /// With Options::streamTasks: each DescribeTasks answer of the next load() is handed to
    /// `converter` on the transport's worker thread, right after it is parsed, and goes out with
    /// tasksConverted() instead of tasksArrived(): the parsed tasks never reach this thread. Used by
    /// the window to turn 100,000 tasks into compact rows as they arrive (issue 24). Cleared by
    /// every load(); empty: tasksArrived().
    using TaskConverter = std::function<QVariant(QList<Task>)>;
    void setTaskConverter(TaskConverter converter) { m_nextConverter = std::move(converter); }
    void cancel();
    bool isRunning() const { return m_scheduler != nullptr; }

Q_SIGNALS:
    void progress(const EcsDesk::Api::SnapshotProgress& progress);
    /// The cluster and all its services are in, usually long before the tasks: `partial` has the
    /// cluster, the services and the container instances described so far, no tasks. Sent once
    /// per load, before finished().
    void servicesLoaded(const EcsDesk::Api::ClusterSnapshot& partial);
    /// The services described so far, after each DescribeServices answer that does not complete
    /// them (servicesLoaded() follows with all of them): a big cluster's first services show at once.
    void servicesArrived(const QList<EcsDesk::Api::Service>& soFar);
    /// With Options::streamTasks: the tasks of one DescribeTasks answer (the loader keeps none).
    void tasksArrived(const QList<EcsDesk::Api::Task>& tasks);
    /// With a task converter: one DescribeTasks answer's rows, as the converter made them.
    void tasksConverted(const QVariant& rows);
    void finished(const EcsDesk::Api::ClusterSnapshot& snapshot);
    void failed(const EcsDesk::Api::AwsError& error);

private:
    void listServices(const QString& nextToken);
    void listContainerInstances(const QString& nextToken);
    void listFamilies(const QString& nextToken);
    void onClusterDescribed(const QJsonObject& answer);
    void startTaskListing();
    void listTasks(const ListTasksFilter& filter, const QString& nextToken, int page = 0);
    void queueTaskArns(const QStringList& arns);
    void flushTaskArns();
    void addTasks(AwsReply* reply);
    /// DescribeTasks of `arns`, through the converter when there is one.
    void describeTasks(const QStringList& arns);
    void taskListDone();
    void wantTaskDefinition(const QString& arn);
    void onIdle();
    void fail(const AwsError& error);
    void emitProgress();
    /// Sends servicesLoaded() once the cluster and every service are in.
    void checkServicesLoaded();
    /// False (and the load failed) when a listing's next page token was seen before.
    bool acceptToken(const QString& operation, const QString& listing, const QString& token);

    EcsClient m_client;
    Options m_options;
    RequestScheduler* m_scheduler = nullptr;
    QString m_clusterName;
    ClusterSnapshot m_snapshot;
    bool m_clusterKnown = false;
    bool m_taskListingStarted = false;
    bool m_familiesDone = false;
    TaskListing m_listing = TaskListing::Auto;
    bool m_runningByFamily = false;
    bool m_stoppedByFamily = false;
    QStringList m_families; ///< families seen so far
    int m_taskListsOpen = 0;
    QStringList m_pendingTaskArns;
    QSet<QString> m_seenTaskArns;
    QSet<QString> m_seenTaskDefinitions;
    QList<QList<Task>> m_taskBatches; ///< DescribeTasks answers, joined into the snapshot at the end
    qsizetype m_taskCount = 0;
    bool m_serviceListingDone = false; ///< the last ListServices page came
    int m_serviceDescribesOpen = 0;
    bool m_servicesLoadedSent = false;
    PageTokens m_pageTokens;
    TaskConverter m_nextConverter; ///< set for the next load()
    TaskConverter m_converter; ///< of the load running
};

/// Lists every cluster of the account and region (ListClusters paginated, DescribeClusters in
/// batches of 100). A page token seen twice fails the load (PageTokens).
class ClusterListLoader : public QObject {
    Q_OBJECT
public:
    explicit ClusterListLoader(EcsClient client, QObject* parent = nullptr);
    void load();

Q_SIGNALS:
    void finished(const QList<EcsDesk::Api::Cluster>& clusters);
    void failed(const EcsDesk::Api::AwsError& error);

private:
    void listPage(const QString& nextToken);

    EcsClient m_client;
    RequestScheduler* m_scheduler = nullptr;
    QList<Cluster> m_clusters;
    PageTokens m_pageTokens;
};

} // namespace EcsDesk::Api
