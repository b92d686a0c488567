// SPDX-License-Identifier: MIT
#include "fleetloader.h"

#include "api/cloudwatch/cloudwatchclient.h"
#include "api/ecs/clustersnapshotloader.h"
#include "api/ecs/ecsclient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>

#include <algorithm>

namespace EcsDesk::Api {

namespace {

    bool isRollback(const Deployment& d)
    {
        return d.rolloutStateReason.contains(QLatin1String("rolling back"), Qt::CaseInsensitive)
            || d.rolloutStateReason.contains(QLatin1String("rolled back"), Qt::CaseInsensitive);
    }

    /// The alarms of `alarms` in ALARM with the dimension ClusterName = `cluster`, sorted by name.
    QStringList alarmsOf(const QList<MetricAlarm>& alarms, const QString& cluster)
    {
        QStringList names;
        for (const MetricAlarm& alarm : alarms) {
            if (alarm.stateValue != QLatin1String("ALARM"))
                continue;
            const bool ours
                = std::any_of(alarm.dimensions.cbegin(), alarm.dimensions.cend(), [&cluster](const MetricDimension& d) {
                      return d.name == QLatin1String("ClusterName") && d.value == cluster;
                  });
            if (ours)
                names.append(alarm.name);
        }
        names.sort();
        return names;
    }

} // namespace

int FleetRow::stoppedLastHour() const
{
    int n = 0;
    for (const int count : stoppedLastHourByReason)
        n += count;
    return n;
}

bool FleetRow::needsAttention() const
{
    return !servicesBelowDesired.isEmpty() || !failedDeployments.isEmpty() || !rolledBackDeployments.isEmpty()
        || stoppedLastHour() > 0 || pendingTasks > 0 || provisioningTasks > 0 || !alarmsInAlarm.isEmpty();
}

FleetRow FleetRow::fromSnapshot(const QString& connection, const QString& region, const ClusterSnapshot& snapshot,
    const QList<MetricAlarm>& alarms, const QDateTime& now)
{
    FleetRow row;
    row.connection = connection;
    row.region = region;
    row.clusterName = snapshot.cluster.name;
    row.clusterArn = snapshot.cluster.arn;
    row.clusterStatus = snapshot.cluster.status;
    row.registeredInstances = snapshot.cluster.registeredContainerInstancesCount;
    row.capacityProviders = snapshot.cluster.capacityProviders;
    for (const Service& service : snapshot.services) {
        if (service.status != QLatin1String("ACTIVE"))
            continue;
        ++row.services;
        if (service.runningCount < service.desiredCount)
            row.servicesBelowDesired.append(service.name);
        const bool failed = std::any_of(service.deployments.cbegin(), service.deployments.cend(),
            [](const Deployment& d) { return d.rolloutState == QLatin1String("FAILED"); });
        if (failed)
            row.failedDeployments.append(service.name);
        if (std::any_of(service.deployments.cbegin(), service.deployments.cend(), isRollback))
            row.rolledBackDeployments.append(service.name);
    }
    const QDateTime hourAgo = now.addSecs(-3600);
    for (const Task& task : snapshot.tasks) {
        if (task.lastStatus == QLatin1String("RUNNING"))
            ++row.runningTasks;
        else if (task.lastStatus == QLatin1String("PROVISIONING"))
            ++row.provisioningTasks;
        else if (task.lastStatus == QLatin1String("PENDING") || task.lastStatus == QLatin1String("ACTIVATING"))
            ++row.pendingTasks;
        else if (task.lastStatus == QLatin1String("STOPPED") && task.stoppedAt.isValid() && task.stoppedAt >= hourAgo)
            ++row.stoppedLastHourByReason[task.stoppedReason.isEmpty() ? task.stopCode : task.stoppedReason];
    }
    row.servicesBelowDesired.sort();
    row.failedDeployments.sort();
    row.rolledBackDeployments.sort();
    row.alarmsInAlarm = alarmsOf(alarms, row.clusterName);
    return row;
}

// --- exports ---

namespace FleetExport {

    QByteArray toJson(const QList<FleetRow>& rows, const QList<FleetFailure>& failures)
    {
        QJsonArray clusters;
        for (const FleetRow& r : rows) {
            QJsonObject stopped;
            for (auto it = r.stoppedLastHourByReason.cbegin(); it != r.stoppedLastHourByReason.cend(); ++it)
                stopped.insert(it.key(), it.value());
            clusters.append(QJsonObject {
                { QStringLiteral("connection"), r.connection },
                { QStringLiteral("region"), r.region },
                { QStringLiteral("cluster"), r.clusterName },
                { QStringLiteral("clusterArn"), r.clusterArn },
                { QStringLiteral("status"), r.clusterStatus },
                { QStringLiteral("services"), r.services },
                { QStringLiteral("servicesBelowDesired"), QJsonArray::fromStringList(r.servicesBelowDesired) },
                { QStringLiteral("failedDeployments"), QJsonArray::fromStringList(r.failedDeployments) },
                { QStringLiteral("rolledBackDeployments"), QJsonArray::fromStringList(r.rolledBackDeployments) },
                { QStringLiteral("runningTasks"), r.runningTasks },
                { QStringLiteral("pendingTasks"), r.pendingTasks },
                { QStringLiteral("provisioningTasks"), r.provisioningTasks },
                { QStringLiteral("stoppedLastHour"), r.stoppedLastHour() },
                { QStringLiteral("stoppedLastHourByReason"), stopped },
                { QStringLiteral("registeredContainerInstances"), r.registeredInstances },
                { QStringLiteral("capacityProviders"), QJsonArray::fromStringList(r.capacityProviders) },
                { QStringLiteral("alarmsInAlarm"), QJsonArray::fromStringList(r.alarmsInAlarm) },
                { QStringLiteral("needsAttention"), r.needsAttention() },
            });
        }
        QJsonArray errors;
        for (const FleetFailure& f : failures)
            errors.append(QJsonObject { { QStringLiteral("connection"), f.connection },
                { QStringLiteral("region"), f.region }, { QStringLiteral("cluster"), f.cluster },
                { QStringLiteral("code"), f.error.code }, { QStringLiteral("message"), f.error.toString() } });
        return QJsonDocument(
            QJsonObject { { QStringLiteral("clusters"), clusters }, { QStringLiteral("errors"), errors } })
            .toJson(QJsonDocument::Indented);
    }

    QByteArray toCsv(const QList<FleetRow>& rows)
    {
        QByteArray out = "connection,region,cluster,services,belowDesired,failedDeployments,rolledBack,running,"
                         "pending,provisioning,stoppedLastHour,stoppedReasons,instances,capacityProviders,"
                         "alarmsInAlarm\n";
        for (const FleetRow& r : rows) {
            QStringList reasons;
            for (auto it = r.stoppedLastHourByReason.cbegin(); it != r.stoppedLastHourByReason.cend(); ++it)
                reasons.append(QStringLiteral("%1 (%2)").arg(it.key()).arg(it.value()));
            const QStringList fields { r.connection, r.region, r.clusterName, QString::number(r.services),
                r.servicesBelowDesired.join(QLatin1Char(' ')), r.failedDeployments.join(QLatin1Char(' ')),
                r.rolledBackDeployments.join(QLatin1Char(' ')), QString::number(r.runningTasks),
                QString::number(r.pendingTasks), QString::number(r.provisioningTasks),
                QString::number(r.stoppedLastHour()), reasons.join(QLatin1String("; ")),
                QString::number(r.registeredInstances), r.capacityProviders.join(QLatin1Char(' ')),
                r.alarmsInAlarm.join(QLatin1Char(' ')) };
            QStringList quoted;
            for (const QString& f : fields)
                quoted.append(SnapshotExport::csvField(f));
            out += quoted.join(QLatin1Char(',')).toUtf8() + '\n';
        }
        return out;
    }

    QString toTable(const QList<FleetRow>& rows)
    {
        const QStringList header { QCoreApplication::translate("EcsDesk::Api::FleetExport", "CONNECTION"),
            QCoreApplication::translate("EcsDesk::Api::FleetExport", "REGION"),
            QCoreApplication::translate("EcsDesk::Api::FleetExport", "CLUSTER"),
            QCoreApplication::translate("EcsDesk::Api::FleetExport", "SERVICES"),
            QCoreApplication::translate("EcsDesk::Api::FleetExport", "BELOW"),
            QCoreApplication::translate("EcsDesk::Api::FleetExport", "FAILED"),
            QCoreApplication::translate("EcsDesk::Api::FleetExport", "RUNNING"),
            QCoreApplication::translate("EcsDesk::Api::FleetExport", "PENDING"),
            QCoreApplication::translate("EcsDesk::Api::FleetExport", "PROVISIONING"),
            QCoreApplication::translate("EcsDesk::Api::FleetExport", "STOPPED 1H"),
            QCoreApplication::translate("EcsDesk::Api::FleetExport", "INSTANCES"),
            QCoreApplication::translate("EcsDesk::Api::FleetExport", "ALARMS") };
        QList<QStringList> lines { header };
        for (const FleetRow& r : rows)
            lines.append({ r.connection, r.region, r.clusterName, QString::number(r.services),
                QString::number(r.servicesBelowDesired.size()), QString::number(r.failedDeployments.size()),
                QString::number(r.runningTasks), QString::number(r.pendingTasks), QString::number(r.provisioningTasks),
                QString::number(r.stoppedLastHour()), QString::number(r.registeredInstances),
                QString::number(r.alarmsInAlarm.size()) });
        QList<qsizetype> widths(header.size(), 0);
        for (const QStringList& line : lines)
            for (qsizetype i = 0; i < line.size(); ++i)
                widths[i] = std::max(widths[i], line[i].size());
        QString out;
        for (const QStringList& line : lines) {
            QStringList cells;
            for (qsizetype i = 0; i < line.size(); ++i)
                cells.append(i + 1 < line.size() ? line[i].leftJustified(widths[i]) : line[i]);
            out += cells.join(QLatin1String("  ")) + QLatin1Char('\n');
        }
        return out;
    }

} // namespace FleetExport

// --- loader ---

struct FleetLoader::TargetState {
    FleetTarget target;
    EcsClient ecs;
    CloudWatchClient cloudWatch;
    ClusterListLoader* lister = nullptr;
    QList<Cluster> clusters;
    qsizetype nextCluster = 0;
    int clustersRunning = 0;
    bool clustersListed = false;
    bool alarmsDone = false;
    bool done = false;
    QList<MetricAlarm> alarms;
    QList<FleetRow> waitingForAlarms; ///< rows loaded before the alarms answered
    QList<QPointer<QObject>> inFlight;

    explicit TargetState(FleetTarget t)
        : target(std::move(t))
        , ecs(target.ecs)
        , cloudWatch(target.cloudWatch)
    {
    }
};

FleetLoader::FleetLoader(QObject* parent)
    : FleetLoader(Options {}, parent)
{
}

FleetLoader::FleetLoader(Options options, QObject* parent)
    : QObject(parent)
    , m_options(options)
{
}

FleetLoader::~FleetLoader() { cancel(); }

void FleetLoader::cancel()
{
    ++m_generation;
    for (const auto& state : m_targets)
        for (const QPointer<QObject>& object : state->inFlight) {
            if (object) {
                QObject::disconnect(object.data(), nullptr, this, nullptr);
                delete object.data();
            }
        }
    m_targets.clear();
    m_open = 0;
}

void FleetLoader::load(const QList<FleetTarget>& targets)
{
    cancel();
    m_open = int(targets.size());
    if (targets.isEmpty()) {
        QMetaObject::invokeMethod(this, &FleetLoader::finished, Qt::QueuedConnection);
        return;
    }
    for (const FleetTarget& target : targets)
        m_targets.push_back(std::make_unique<TargetState>(target));
    for (const auto& owned : m_targets) {
        TargetState* state = owned.get();
        state->lister = new ClusterListLoader(state->ecs, this);
        state->inFlight.append(state->lister);
        connect(state->lister, &ClusterListLoader::finished, this, [this, state](const QList<Cluster>& clusters) {
            state->clusters = clusters;
            state->clustersListed = true;
            state->lister->deleteLater();
            startClusters(state);
        });
        connect(state->lister, &ClusterListLoader::failed, this, [this, state](const AwsError& error) {
            state->lister->deleteLater();
            Q_EMIT failed({ state->target.connection, state->target.region, {}, error });
            state->clustersListed = true;
            state->clusters.clear();
            startClusters(state);
        });
        state->lister->load();
        listAlarms(state, {});
    }
}

void FleetLoader::listAlarms(TargetState* state, const QString& token)
{
    AwsReply* reply = state->cloudWatch.describeAlarms({}, {}, token);
    state->inFlight.append(reply);
    const quint64 generation = m_generation;
    connect(reply, &AwsReply::finished, this, [this, state, reply, generation] {
        reply->deleteLater();
        if (generation != m_generation)
            return;
        std::optional<AwsError> error = reply->error();
        Outcome<MetricAlarmPage> page;
        if (!error) {
            page = Alarms::parseDescribeAlarms(reply->body());
            error = page.error;
        }
        if (!error) {
            state->alarms += page.value.alarms;
            if (!page.value.nextToken.isEmpty()) {
                listAlarms(state, page.value.nextToken);
                return;
            }
        } else {
            Q_EMIT failed({ state->target.connection, state->target.region, {}, *error });
        }
        state->alarmsDone = true;
        for (FleetRow& row : state->waitingForAlarms) {
            row.alarmsInAlarm = alarmsOf(state->alarms, row.clusterName);
            Q_EMIT rowReady(row);
        }
        state->waitingForAlarms.clear();
        clusterDone(state);
    });
}

void FleetLoader::startClusters(TargetState* state)
{
    while (state->clustersRunning < m_options.clustersInParallel && state->nextCluster < state->clusters.size()) {
        const Cluster cluster = state->clusters.at(state->nextCluster++);
        ClusterSnapshotLoader::Options options;
        options.includeStopped = true;
        options.maxInFlight = m_options.maxInFlightPerCluster;
        auto* loader = new ClusterSnapshotLoader(state->ecs, options, this);
        state->inFlight.append(loader);
        ++state->clustersRunning;
        connect(loader, &ClusterSnapshotLoader::finished, this, [this, state, loader](const ClusterSnapshot& snapshot) {
            loader->deleteLater();
            --state->clustersRunning;
            FleetRow row = FleetRow::fromSnapshot(state->target.connection, state->target.region, snapshot,
                state->alarms, QDateTime::currentDateTimeUtc());
            if (state->alarmsDone)
                Q_EMIT rowReady(row);
            else
                state->waitingForAlarms.append(row);
            startClusters(state);
        });
        connect(loader, &ClusterSnapshotLoader::failed, this, [this, state, loader, cluster](const AwsError& error) {
            loader->deleteLater();
            --state->clustersRunning;
            Q_EMIT failed({ state->target.connection, state->target.region, cluster.name, error });
            startClusters(state);
        });
        loader->load(cluster.arn);
    }
    clusterDone(state);
}

void FleetLoader::clusterDone(TargetState* state)
{
    if (state->done || !state->alarmsDone || !state->clustersListed || state->clustersRunning > 0
        || state->nextCluster < state->clusters.size())
        return;
    state->done = true;
    targetDone();
}

void FleetLoader::targetDone()
{
    if (--m_open == 0)
        Q_EMIT finished();
}

} // namespace EcsDesk::Api
