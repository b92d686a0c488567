// SPDX-License-Identifier: MIT
#include "api/ecs/clustersnapshotloader.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace EcsDesk::Api {

namespace {
    using Priority = RequestScheduler::Priority;
    const QString running = QStringLiteral("RUNNING");
    const QString stopped = QStringLiteral("STOPPED");

    /// Appends by moving the items (a decoded batch is not needed afterwards): no reference
    /// count traffic on the ~30 implicitly shared members of each task.
    template <typename T> void appendMoved(QList<T>& to, QList<T>&& from)
    {
        if (to.isEmpty() && to.capacity() < from.size()) {
            to = std::move(from);
            return;
        }
        for (T& item : from)
            to.append(std::move(item));
    }
} // namespace

ClusterSnapshotLoader::ClusterSnapshotLoader(EcsClient client, QObject* parent)
    : ClusterSnapshotLoader(std::move(client), Options {}, parent)
{
}

ClusterSnapshotLoader::ClusterSnapshotLoader(EcsClient client, Options options, QObject* parent)
    : QObject(parent)
    , m_client(std::move(client))
    , m_options(options)
{
    qRegisterMetaType<ClusterSnapshot>();
    qRegisterMetaType<SnapshotProgress>();
}

ClusterSnapshotLoader::~ClusterSnapshotLoader() { cancel(); }

void ClusterSnapshotLoader::cancel()
{
    if (!m_scheduler)
        return;
    m_scheduler->disconnect(this);
    m_scheduler->cancelAll();
    m_scheduler->deleteLater();
    m_scheduler = nullptr;
}

void ClusterSnapshotLoader::load(const QString& cluster)
{
    cancel();
    m_clusterName = cluster;
    m_snapshot = ClusterSnapshot {};
    m_clusterKnown = false;
    m_taskListingStarted = false;
    m_familiesDone = false;
    m_listing = m_options.taskListing;
    m_runningByFamily = m_listing == TaskListing::ByFamily;
    m_stoppedByFamily = m_listing == TaskListing::ByFamily && m_options.includeStopped;
    m_families.clear();
    m_taskListsOpen = 0;
    m_pendingTaskArns.clear();
    m_seenTaskArns.clear();
    m_seenTaskDefinitions.clear();
    m_taskBatches.clear();
    m_taskCount = 0;
    m_converter = m_options.streamTasks ? std::exchange(m_nextConverter, {}) : TaskConverter {};
    m_nextConverter = {};
    m_serviceListingDone = false;
    m_serviceDescribesOpen = 0;
    m_servicesLoadedSent = false;
    m_pageTokens.clear();

    m_scheduler = new RequestScheduler(m_options.maxInFlight, this);
    connect(m_scheduler, &RequestScheduler::failed, this, &ClusterSnapshotLoader::fail);
    connect(m_scheduler, &RequestScheduler::idle, this, &ClusterSnapshotLoader::onIdle);
    connect(m_scheduler, &RequestScheduler::progressed, this, &ClusterSnapshotLoader::emitProgress);

    m_scheduler->enqueue(
        Priority::Chain, [this] { return m_client.describeClusters({ m_clusterName }); },
        [this](AwsReply* reply) { onClusterDescribed(reply->json()); });
    listServices({});
    listContainerInstances({});
    if (m_listing != TaskListing::ClusterWide) {
        ++m_taskListsOpen; // the family listing feeds task listing
        listFamilies({});
    }
    // Stopped tasks do not depend on the cluster's description: their cluster-wide listing (a
    // sequential chain of pages) starts now. By family, it starts as the families arrive.
    if (m_options.includeStopped && !m_stoppedByFamily)
        listTasks(ListTasksFilter { {}, {}, {}, {}, stopped, {} }, {});
}

void ClusterSnapshotLoader::listServices(const QString& nextToken)
{
    m_scheduler->enqueue(
        nextToken.isEmpty() ? Priority::Chain : Priority::Critical,
        [this, nextToken] { return m_client.listServices(m_clusterName, nextToken); },
        [this](AwsReply* reply) {
            const ListPage page = EcsJson::listPage(reply->json(), QLatin1String("serviceArns"));
            if (!acceptToken(QStringLiteral("ListServices"), {}, page.nextToken))
                return;
            if (!page.nextToken.isEmpty())
                listServices(page.nextToken);
            else
                m_serviceListingDone = true;
            for (qsizetype i = 0; i < page.arns.size(); i += EcsClient::maxDescribeServices) {
                const QStringList batch = page.arns.mid(i, EcsClient::maxDescribeServices);
                ++m_serviceDescribesOpen;
                // Ahead of the task describes: a big cluster's services are on show before its tasks.
                m_scheduler->enqueue(
                    Priority::Chain, [this, batch] { return m_client.describeServicesTyped(m_clusterName, batch); },
                    [this](AwsReply* reply) {
                        auto result = reply->takeDecoded<DescribeServicesResult>();
                        m_snapshot.failures += result.failures;
                        for (const Service& service : std::as_const(result.items)) {
                            wantTaskDefinition(service.taskDefinition);
                            for (const Deployment& deployment : service.deployments)
                                wantTaskDefinition(deployment.taskDefinition);
                        }
                        appendMoved(m_snapshot.services, std::move(result.items));
                        --m_serviceDescribesOpen;
                        checkServicesLoaded();
                        if (!m_servicesLoadedSent)
                            Q_EMIT servicesArrived(m_snapshot.services);
                    });
            }
            checkServicesLoaded();
        });
}

void ClusterSnapshotLoader::checkServicesLoaded()
{
    if (m_servicesLoadedSent || !m_clusterKnown || !m_serviceListingDone || m_serviceDescribesOpen > 0)
        return;
    m_servicesLoadedSent = true;
    ClusterSnapshot partial;
    partial.cluster = m_snapshot.cluster;
    partial.services = m_snapshot.services;
    partial.containerInstances = m_snapshot.containerInstances;
    partial.failures = m_snapshot.failures;
    partial.fetchedAt = QDateTime::currentDateTimeUtc();
    partial.tasksStreamed = m_options.streamTasks;
    Q_EMIT servicesLoaded(partial);
    emitProgress();
}

void ClusterSnapshotLoader::listContainerInstances(const QString& nextToken)
{
    m_scheduler->enqueue(
        nextToken.isEmpty() ? Priority::Chain : Priority::Critical,
        [this, nextToken] { return m_client.listContainerInstances(m_clusterName, nextToken); },
        [this](AwsReply* reply) {
            const ListPage page = EcsJson::listPage(reply->json(), QLatin1String("containerInstanceArns"));
            if (!acceptToken(QStringLiteral("ListContainerInstances"), {}, page.nextToken))
                return;
            if (!page.nextToken.isEmpty())
                listContainerInstances(page.nextToken);
            for (qsizetype i = 0; i < page.arns.size(); i += EcsClient::maxDescribeContainerInstances) {
                const QStringList batch = page.arns.mid(i, EcsClient::maxDescribeContainerInstances);
                m_scheduler->enqueue(
                    Priority::Bulk,
                    [this, batch] { return m_client.describeContainerInstancesTyped(m_clusterName, batch); },
                    [this](AwsReply* reply) {
                        auto result = reply->takeDecoded<DescribeContainerInstancesResult>();
                        m_snapshot.failures += result.failures;
                        appendMoved(m_snapshot.containerInstances, std::move(result.items));
                    });
            }
        });
}

void ClusterSnapshotLoader::listFamilies(const QString& nextToken)
{
    m_scheduler->enqueue(
        nextToken.isEmpty() ? Priority::Chain : Priority::Critical,
        [this, nextToken] { return m_client.listTaskDefinitionFamilies({}, QStringLiteral("ALL"), nextToken); },
        [this](AwsReply* reply) {
            const QJsonObject answer = reply->json();
            QStringList families;
            for (const QJsonValue& value : answer.value(QLatin1String("families")).toArray())
                families.append(value.toString());
            const QString nextToken = answer.value(QLatin1String("nextToken")).toString();
            if (!acceptToken(QStringLiteral("ListTaskDefinitionFamilies"), {}, nextToken))
                return;
            if (!nextToken.isEmpty())
                listFamilies(nextToken);
            m_families += families;
            for (const QString& family : std::as_const(families)) {
                if (m_taskListingStarted && m_runningByFamily)
                    listTasks(ListTasksFilter { {}, family, {}, {}, running, {} }, {});
                if (m_stoppedByFamily)
                    listTasks(ListTasksFilter { {}, family, {}, {}, stopped, {} }, {});
            }
            if (nextToken.isEmpty()) {
                m_familiesDone = true;
                taskListDone();
            }
        });
}

void ClusterSnapshotLoader::onClusterDescribed(const QJsonObject& answer)
{
    const QJsonArray clusters = answer.value(QLatin1String("clusters")).toArray();
    if (clusters.isEmpty()) {
        const QList<Failure> failures = EcsJson::failures(answer);
        AwsError error = AwsError::make(AwsError::Kind::Service, QStringLiteral("ClusterNotFoundException"),
            QCoreApplication::translate("ClusterSnapshotLoader", "Cluster %1 was not found (%2).")
                .arg(m_clusterName, failures.isEmpty() ? QStringLiteral("MISSING") : failures.first().reason));
        error.httpStatus = 400;
        fail(error);
        return;
    }
    m_snapshot.cluster = Cluster::fromJson(clusters.first().toObject());
    m_clusterKnown = true;
    if (m_listing == TaskListing::Auto) {
        const int tasks = m_snapshot.cluster.runningTasksCount + m_snapshot.cluster.pendingTasksCount;
        m_runningByFamily = tasks > m_options.clusterWideTaskLimit;
    }
    m_seenTaskArns.reserve(m_snapshot.cluster.runningTasksCount + m_snapshot.cluster.pendingTasksCount + 1000);
    startTaskListing();
    checkServicesLoaded();
}

void ClusterSnapshotLoader::startTaskListing()
{
    m_taskListingStarted = true;
    if (m_runningByFamily) {
        for (const QString& family : std::as_const(m_families))
            listTasks(ListTasksFilter { {}, family, {}, {}, running, {} }, {});
    } else {
        listTasks(ListTasksFilter { {}, {}, {}, {}, running, {} }, {});
    }
    // Stopped tasks are already being listed (see load()).
    if (m_taskListsOpen == 0)
        flushTaskArns();
}

void ClusterSnapshotLoader::listTasks(const ListTasksFilter& filter, const QString& nextToken, int page)
{
    if (nextToken.isEmpty())
        ++m_taskListsOpen;
    m_scheduler->enqueue(
        nextToken.isEmpty() ? Priority::Chain : Priority::Critical,
        [this, filter, nextToken] { return m_client.listTasks(m_clusterName, filter, nextToken); },
        [this, filter, page](AwsReply* reply) {
            const ListPage answer = EcsJson::listPage(reply->json(), QLatin1String("taskArns"));
            if (!acceptToken(QStringLiteral("ListTasks"), filter.family + QLatin1Char('|') + filter.desiredStatus,
                    answer.nextToken))
                return;
            queueTaskArns(answer.arns);
            const bool clusterWideStopped = filter.family.isEmpty() && filter.desiredStatus == stopped;
            if (!answer.nextToken.isEmpty() && clusterWideStopped && m_listing == TaskListing::Auto
                && page + 1 >= m_options.stoppedPagesBeforePartitioning) {
                // Many stopped tasks: a long sequential chain. Partition by family instead (that
                // listing is complete on its own; tasks seen twice are described once).
                m_stoppedByFamily = true;
                for (const QString& family : std::as_const(m_families))
                    listTasks(ListTasksFilter { {}, family, {}, {}, stopped, {} }, {});
                taskListDone();
                return;
            }
            if (!answer.nextToken.isEmpty())
                listTasks(filter, answer.nextToken, page + 1);
            else
                taskListDone();
        });
}

void ClusterSnapshotLoader::queueTaskArns(const QStringList& arns)
{
    for (const QString& arn : arns) {
        if (m_seenTaskArns.contains(arn))
            continue; // a task that changed desired status between two listings
        m_seenTaskArns.insert(arn);
        m_pendingTaskArns.append(arn);
    }
    while (m_pendingTaskArns.size() >= EcsClient::maxDescribeTasks) {
        const QStringList batch = m_pendingTaskArns.mid(0, EcsClient::maxDescribeTasks);
        m_pendingTaskArns.remove(0, EcsClient::maxDescribeTasks);
        describeTasks(batch);
    }
}

void ClusterSnapshotLoader::flushTaskArns()
{
    if (m_pendingTaskArns.isEmpty())
        return;
    // Pad the final partial batch: queueTaskArns sends full batches, so send the rest directly.
    describeTasks(std::exchange(m_pendingTaskArns, {}));
}

void ClusterSnapshotLoader::describeTasks(const QStringList& arns)
{
    if (!m_converter) {
        m_scheduler->enqueue(
            Priority::Bulk, [this, arns] { return m_client.describeTasksTyped(m_clusterName, arns); },
            [this](AwsReply* reply) { addTasks(reply); });
        return;
    }
    // Parsed, decoded and converted on the transport's worker thread: only the converter's
    // result comes back here.
    const QJsonObject input { { QStringLiteral("cluster"), m_clusterName },
        { QStringLiteral("tasks"), QJsonArray::fromStringList(arns) } };
    auto decoder = [converter = m_converter](const QJsonObject& answer) {
        DescribeTasksResult result = EcsJson::describeResult<Task>(answer, QLatin1String("tasks"));
        ConvertedTasks converted;
        converted.failures = std::move(result.failures);
        converted.count = result.items.size();
        const QString* previous = nullptr;
        for (const Task& task : std::as_const(result.items)) {
            if ((!previous || *previous != task.taskDefinitionArn)
                && !converted.taskDefinitionArns.contains(task.taskDefinitionArn))
                converted.taskDefinitionArns.append(task.taskDefinitionArn);
            previous = &task.taskDefinitionArn;
        }
        converted.rows = converter(std::exchange(result.items, {}));
        return QVariant::fromValue(std::move(converted));
    };
    m_scheduler->enqueue(
        Priority::Bulk,
        [this, input, decoder] { return m_client.call(QStringLiteral("DescribeTasks"), input, decoder); },
        [this](AwsReply* reply) {
            auto converted = reply->takeDecoded<ConvertedTasks>();
            m_snapshot.failures += converted.failures;
            for (const QString& arn : std::as_const(converted.taskDefinitionArns))
                wantTaskDefinition(arn);
            m_taskCount += converted.count;
            Q_EMIT tasksConverted(converted.rows);
        });
}

void ClusterSnapshotLoader::addTasks(AwsReply* reply)
{
    auto result = reply->takeDecoded<DescribeTasksResult>();
    m_snapshot.failures += result.failures;
    const QString* previous = nullptr;
    for (const Task& task : std::as_const(result.items)) {
        // Tasks of one batch mostly share their task definition: skip the set lookup then.
        if (!previous || *previous != task.taskDefinitionArn)
            wantTaskDefinition(task.taskDefinitionArn);
        previous = &task.taskDefinitionArn;
    }
    m_taskCount += result.items.size();
    if (m_options.streamTasks) {
        // The receiver takes its own reference; the batch is freed when it lets go.
        Q_EMIT tasksArrived(std::exchange(result.items, {}));
        return;
    }
    m_taskBatches.append(std::move(result.items)); // joined once, at the end
}

void ClusterSnapshotLoader::taskListDone()
{
    --m_taskListsOpen;
    if (m_taskListsOpen == 0 && m_taskListingStarted)
        flushTaskArns();
}

void ClusterSnapshotLoader::wantTaskDefinition(const QString& arn)
{
    if (arn.isEmpty() || m_seenTaskDefinitions.contains(arn))
        return;
    m_seenTaskDefinitions.insert(arn);
    m_scheduler->enqueue(
        Priority::Bulk, [this, arn] { return m_client.describeTaskDefinition(arn); },
        [this](AwsReply* reply) {
            const QJsonObject definition = reply->json().value(QLatin1String("taskDefinition")).toObject();
            m_snapshot.taskDefinitions.append(TaskDefinition::fromJson(definition));
        },
        [this, arn](const AwsError& error) {
            // A deleted task definition (DeleteTaskDefinitions) that a stopped task still names:
            // reported in failures, like a Describe* MISSING entry, instead of failing the load.
            if (error.kind != AwsError::Kind::Service || error.code != QLatin1String("ClientException"))
                return false;
            m_snapshot.failures.append(Failure { arn, QStringLiteral("MISSING"), error.message });
            return true;
        });
}

void ClusterSnapshotLoader::onIdle()
{
    if (!m_scheduler)
        return;
    flushTaskArns(); // defensive: nothing may be left unsent
    if (!m_scheduler->isIdle())
        return;
    if (!m_clusterKnown) {
        fail(AwsError::make(AwsError::Kind::Protocol, QStringLiteral("IncompleteSnapshot"),
            QCoreApplication::translate("ClusterSnapshotLoader", "The cluster description never arrived.")));
        return;
    }
    m_snapshot.tasks.reserve(m_taskCount);
    for (QList<Task>& batch : m_taskBatches)
        appendMoved(m_snapshot.tasks, std::move(batch));
    m_taskBatches.clear();
    checkServicesLoaded(); // a cluster without a single ListServices answer cannot get here
    m_snapshot.fetchedAt = QDateTime::currentDateTimeUtc();
    m_snapshot.requestCount = m_scheduler->startedCount();
    m_snapshot.tasksStreamed = m_options.streamTasks;
    m_snapshot.taskCount = m_taskCount;
    const ClusterSnapshot snapshot = std::exchange(m_snapshot, {});
    m_scheduler->deleteLater();
    m_scheduler->disconnect(this);
    m_scheduler = nullptr;
    Q_EMIT finished(snapshot);
}

void ClusterSnapshotLoader::fail(const AwsError& error)
{
    if (!m_scheduler)
        return;
    cancel();
    m_snapshot = {};
    m_taskBatches.clear();
    Q_EMIT failed(error);
}

bool ClusterSnapshotLoader::acceptToken(const QString& operation, const QString& listing, const QString& token)
{
    const std::optional<AwsError> error = m_pageTokens.next(operation, listing, token);
    if (!error)
        return true;
    m_scheduler->fail(*error); // reported through fail()
    return false;
}

void ClusterSnapshotLoader::emitProgress()
{
    if (!m_scheduler)
        return;
    Q_EMIT progress(SnapshotProgress { m_scheduler->startedCount(), m_scheduler->completedCount(),
        int(m_snapshot.services.size()), int(m_taskCount), int(m_seenTaskArns.size()), m_servicesLoadedSent,
        int(m_snapshot.containerInstances.size()), int(m_snapshot.taskDefinitions.size()) });
}

ClusterListLoader::ClusterListLoader(EcsClient client, QObject* parent)
    : QObject(parent)
    , m_client(std::move(client))
{
}

void ClusterListLoader::load()
{
    if (m_scheduler) {
        m_scheduler->disconnect(this);
        m_scheduler->cancelAll();
        m_scheduler->deleteLater();
    }
    m_clusters.clear();
    m_pageTokens.clear();
    m_scheduler = new RequestScheduler(16, this);
    connect(m_scheduler, &RequestScheduler::failed, this, [this](const AwsError& error) {
        m_scheduler->deleteLater();
        m_scheduler = nullptr;
        Q_EMIT failed(error);
    });
    connect(m_scheduler, &RequestScheduler::idle, this, [this] {
        std::sort(
            m_clusters.begin(), m_clusters.end(), [](const Cluster& a, const Cluster& b) { return a.name < b.name; });
        m_scheduler->deleteLater();
        m_scheduler = nullptr;
        Q_EMIT finished(std::exchange(m_clusters, {}));
    });
    listPage({});
}

void ClusterListLoader::listPage(const QString& nextToken)
{
    m_scheduler->enqueue(
        Priority::Chain, [this, nextToken] { return m_client.listClusters(nextToken); },
        [this](AwsReply* reply) {
            const ListPage page = EcsJson::listPage(reply->json(), QLatin1String("clusterArns"));
            if (const auto error = m_pageTokens.next(QStringLiteral("ListClusters"), {}, page.nextToken)) {
                m_scheduler->fail(*error);
                return;
            }
            if (!page.nextToken.isEmpty())
                listPage(page.nextToken);
            for (qsizetype i = 0; i < page.arns.size(); i += EcsClient::maxDescribeClusters) {
                const QStringList batch = page.arns.mid(i, EcsClient::maxDescribeClusters);
                m_scheduler->enqueue(
                    Priority::Bulk, [this, batch] { return m_client.describeClusters(batch); },
                    [this](AwsReply* reply) {
                        for (const QJsonValue& value : reply->json().value(QLatin1String("clusters")).toArray())
                            m_clusters.append(Cluster::fromJson(value.toObject()));
                    });
            }
        });
}

} // namespace EcsDesk::Api
