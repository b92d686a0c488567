// SPDX-License-Identifier: MIT
#pragma once

#include "api/cloudwatch/alarms.h"
#include "api/core/serviceclient.h"
#include "api/ecs/clustersnapshot.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QObject>

#include <memory>

namespace EcsDesk::Api {

/// One account (connection) and region the fleet overview loads: its name as the user knows it
/// (a profile, "Local") and client configurations for ECS and CloudWatch.
struct FleetTarget {
    QString connection;
    QString region;
    ClientConfig ecs;
    ClientConfig cloudWatch;
};

/// What needs attention in one cluster of one connection and region (issue 24).
struct FleetRow {
    QString connection;
    QString region;
    QString clusterName;
    QString clusterArn;
    QString clusterStatus;
    int services = 0;
    QStringList servicesBelowDesired; ///< ACTIVE services running fewer tasks than desired
    /// Services with a deployment whose rolloutState is FAILED (a failed rollout, or one the
    /// deployment circuit breaker stopped and rolled back).
    QStringList failedDeployments;
    QStringList rolledBackDeployments; ///< of those, the ones the circuit breaker rolled back
    int runningTasks = 0;
    int pendingTasks = 0; ///< lastStatus PENDING (and ACTIVATING)
    int provisioningTasks = 0; ///< lastStatus PROVISIONING
    QMap<QString, int> stoppedLastHourByReason; ///< stoppedReason -> tasks stopped in the hour
    int registeredInstances = 0;
    QStringList capacityProviders;
    QStringList alarmsInAlarm; ///< alarms in ALARM with the dimension ClusterName = this cluster

    int stoppedLastHour() const;
    /// Rows of the same cluster (connection, region, ARN).
    QString key() const { return connection + QLatin1Char('\n') + region + QLatin1Char('\n') + clusterArn; }
    /// True when something needs attention.
    bool needsAttention() const;

    /// The row of `snapshot` (loaded with stopped tasks) at `now`, with the region's `alarms`.
    static FleetRow fromSnapshot(const QString& connection, const QString& region, const ClusterSnapshot& snapshot,
        const QList<MetricAlarm>& alarms, const QDateTime& now);
    bool operator==(const FleetRow&) const = default;
};

/// A connection and region that could not be loaded, and why.
struct FleetFailure {
    QString connection;
    QString region;
    QString cluster; ///< empty: listing the clusters or the alarms failed
    AwsError error;
};

/// Exports for `ecsdesk-cli overview`.
namespace FleetExport {
    QByteArray toJson(const QList<FleetRow>& rows, const QList<FleetFailure>& failures);
    QByteArray toCsv(const QList<FleetRow>& rows);
    /// Aligned columns for a terminal.
    QString toTable(const QList<FleetRow>& rows);
} // namespace FleetExport

/// Loads the fleet overview: for every target (connection × region) at once, the clusters
/// (ListClusters / DescribeClusters), the alarms in ALARM (DescribeAlarms, paginated) and each
/// cluster whole (ClusterSnapshotLoader, stopped tasks included, a few clusters of a target at a
/// time). rowReady() comes as each cluster answers; a target or cluster that fails is reported with
/// failed() and the others go on; finished() once all have answered. load() again cancels.
class FleetLoader : public QObject {
    Q_OBJECT
public:
    struct Options {
        int clustersInParallel = 4; ///< per target
        int maxInFlightPerCluster = 16;
    };
    explicit FleetLoader(QObject* parent = nullptr);
    FleetLoader(Options options, QObject* parent = nullptr);
    ~FleetLoader() override;

    void load(const QList<FleetTarget>& targets);
    void cancel();
    bool isRunning() const { return m_open > 0; }

Q_SIGNALS:
    void rowReady(const EcsDesk::Api::FleetRow& row);
    void failed(const EcsDesk::Api::FleetFailure& failure);
    void finished();

private:
    struct TargetState;
    void listAlarms(TargetState* state, const QString& token);
    void startClusters(TargetState* state);
    void clusterDone(TargetState* state);
    void targetDone();

    Options m_options;
    std::vector<std::unique_ptr<TargetState>> m_targets;
    int m_open = 0;
    quint64 m_generation = 0;
};

} // namespace EcsDesk::Api
