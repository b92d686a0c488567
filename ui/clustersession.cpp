// SPDX-License-Identifier: MIT
#include "ui/clustersession.h"

#include "api/core/pagetokens.h"

#include <algorithm>

#include <memory>

namespace EcsDesk::Ui {

namespace {
    /// The window's loads stream the tasks into the Tasks pane's rows as they arrive (issue 24).
    Api::ClusterSnapshotLoader::Options snapshotOptions()
    {
        Api::ClusterSnapshotLoader::Options options;
        options.streamTasks = true;
        return options;
    }
} // namespace

ClusterSession::ClusterSession(const Api::Connection& connection, QObject* parent)
    : QObject(parent)
    , m_connection(connection)
    , m_transport(new Api::AwsTransport(this))
    , m_client(std::make_unique<Api::EcsClient>(connection.clientConfig(m_transport, QStringLiteral("ecs"))))
    , m_cloudWatch(connection.clientConfig(m_transport, QStringLiteral("cloudwatch")))
    , m_logs(connection.clientConfig(m_transport, QStringLiteral("cloudwatch_logs")))
    , m_autoScaling(connection.clientConfig(m_transport, QStringLiteral("application_auto_scaling")))
    , m_snapshotLoader(new Api::ClusterSnapshotLoader(*m_client, snapshotOptions(), this))
    , m_replies(new Api::ReplyGuard(this))
{
    connect(
        m_snapshotLoader, &Api::ClusterSnapshotLoader::finished, this, [this](const Api::ClusterSnapshot& snapshot) {
            Q_EMIT snapshotLoaded(snapshot);
            Q_EMIT loadingChanged(isLoading());
        });
    connect(m_snapshotLoader, &Api::ClusterSnapshotLoader::servicesLoaded, this, &ClusterSession::servicesLoaded);
    connect(m_snapshotLoader, &Api::ClusterSnapshotLoader::servicesArrived, this, &ClusterSession::servicesArrived);
    connect(m_snapshotLoader, &Api::ClusterSnapshotLoader::tasksArrived, this, &ClusterSession::tasksArrived);
    connect(m_snapshotLoader, &Api::ClusterSnapshotLoader::tasksConverted, this, &ClusterSession::tasksConverted);
    connect(m_snapshotLoader, &Api::ClusterSnapshotLoader::progress, this, &ClusterSession::snapshotProgress);
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
    Q_EMIT snapshotCancelled();
    Q_EMIT loadingChanged(isLoading());
}

void ClusterSession::setTaskConverter(Api::ClusterSnapshotLoader::TaskConverter converter)
{
    m_snapshotLoader->setTaskConverter(std::move(converter));
}

QString ClusterSession::familyRevision(const QString& arn) { return arn.section(QLatin1Char('/'), -1); }

QStringList ClusterSession::newestFirst(const QStringList& arns, const QString& family)
{
    QList<std::pair<QString, int>> revisions;
    for (const QString& arn : arns) {
        const QString name = familyRevision(arn);
        const QString itsFamily = name.section(QLatin1Char(':'), 0, 0);
        if (family.isEmpty() || itsFamily == family)
            revisions.append({ itsFamily, name.section(QLatin1Char(':'), 1).toInt() });
    }
    std::sort(revisions.begin(), revisions.end(),
        [](const auto& a, const auto& b) { return a.first != b.first ? a.first < b.first : a.second > b.second; });
    QStringList names;
    for (const auto& [itsFamily, revision] : std::as_const(revisions))
        names.append(itsFamily + QLatin1Char(':') + QString::number(revision));
    return names;
}

void ClusterSession::listTaskDefinitionArns(const QString& familyPrefix, const QString& status, ArnsCallback done)
{
    struct Listing {
        QStringList arns;
        std::function<void(const QString&)> page;
        Api::PageTokens tokens; ///< a nextToken seen twice ends the listing with an error
    };
    auto listing = std::make_shared<Listing>();
    // The listing holds its page function, which holds a weak reference back: no cycle.
    listing->page = [this, familyPrefix, status, done, weak = std::weak_ptr<Listing>(listing)](
                        const QString& nextToken) {
        Api::AwsReply* reply = m_client->listTaskDefinitions(familyPrefix, status, nextToken);
        m_replies->watch(reply, this, [done, listing = weak.lock()](Api::AwsReply* reply) {
            if (reply->error()) {
                done(listing->arns, reply->error());
                return;
            }
            const auto page = Api::ListTaskDefinitionsResult::fromJson(reply->json());
            if (const auto loop = listing->tokens.next(QStringLiteral("ListTaskDefinitions"), {}, page.nextToken)) {
                done(listing->arns, loop);
                return;
            }
            listing->arns += page.taskDefinitionArns;
            if (page.nextToken.isEmpty())
                done(listing->arns, std::nullopt);
            else
                listing->page(page.nextToken);
        });
    };
    listing->page({});
}

void ClusterSession::loadTaskDefinitions(const QSet<QString>& families, bool includeInactive)
{
    const quint64 generation = ++m_definitionsGeneration;
    struct Load {
        int open = 0;
        bool failed = false;
        QHash<QString, QString> statusByArn;
        QList<Api::TaskDefinition> described;
    };
    auto load = std::make_shared<Load>();
    auto finish = [this, load, generation] {
        if (--load->open > 0 || load->failed || generation != m_definitionsGeneration)
            return;
        QList<Api::TaskDefinition> definitions;
        for (auto it = load->statusByArn.cbegin(); it != load->statusByArn.cend(); ++it) {
            auto found = m_describedDefinitions.constFind(it.key());
            if (found == m_describedDefinitions.cend())
                continue;
            Api::TaskDefinition definition = *found;
            definition.status = it.value(); // the listing is fresher than the description
            definitions.append(definition);
        }
        Q_EMIT taskDefinitionsLoaded(definitions);
    };
    auto fail = [this, load, generation](const Api::AwsError& error) {
        if (load->failed || generation != m_definitionsGeneration)
            return;
        load->failed = true;
        Q_EMIT taskDefinitionsFailed(error);
    };
    QStringList statuses { QStringLiteral("ACTIVE") };
    if (includeInactive)
        statuses.append(QStringLiteral("INACTIVE"));
    load->open = 1; // until every listing has been started
    for (const QString& family : families) {
        for (const QString& status : std::as_const(statuses)) {
            ++load->open;
            listTaskDefinitionArns(family, status,
                [this, load, family, status, finish, fail](
                    const QStringList& arns, const std::optional<Api::AwsError>& error) {
                    if (error) {
                        fail(*error);
                        return;
                    }
                    for (const QString& arn : arns) {
                        // ECS takes familyPrefix as the full family name; an emulator that
                        // matches a prefix (web -> web-worker) is guarded against here.
                        if (familyRevision(arn).section(QLatin1Char(':'), 0, 0) != family)
                            continue;
                        load->statusByArn.insert(arn, status);
                        if (m_describedDefinitions.contains(arn))
                            continue;
                        ++load->open;
                        Api::AwsReply* reply = m_client->describeTaskDefinition(arn);
                        m_replies->watch(reply, this, [this, arn, finish, fail](Api::AwsReply* reply) {
                            if (reply->error()) {
                                fail(*reply->error());
                                return;
                            }
                            m_describedDefinitions.insert(
                                arn, Api::TaskDefinitionResult::fromJson(reply->json()).taskDefinition);
                            finish();
                        });
                    }
                    finish();
                });
        }
    }
    finish();
}

bool ClusterSession::isLoading() const { return m_snapshotLoader->isRunning() || m_listLoader; }

} // namespace EcsDesk::Ui
