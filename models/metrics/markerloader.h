// SPDX-License-Identifier: MIT
#pragma once

#include "api/autoscaling/autoscalingclient.h"
#include "api/ecs/ecsclient.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

namespace EcsDesk::Models {

/// An event drawn on a chart's time axis.
struct TimeMarker {
    enum class Kind { DeploymentStarted, DeploymentFinished, ScalingActivity };
    Kind kind = Kind::DeploymentStarted;
    qint64 time = 0; ///< ms since the epoch
    QString service;
    QString text; ///< "web: deployment ecs-svc/123 started (web:7)"
    bool operator==(const TimeMarker&) const = default;
};

/// Loads the markers of services: the start (createdAt) and finish of each deployment in
/// DescribeServices (finish: updatedAt of a deployment whose rollout COMPLETED, or of one no longer
/// PRIMARY), and Application Auto Scaling activities of `service/<cluster>/<service>` when an
/// Auto Scaling client is given. Emits finished() with the markers sorted by time.
class MarkerLoader : public QObject {
    Q_OBJECT
public:
    MarkerLoader(const Api::EcsClient* ecs, const Api::AutoScalingClient* autoScaling, QObject* parent = nullptr);
    ~MarkerLoader() override;

    void load(const QString& cluster, const QStringList& services);
    /// Adds (or with nullptr drops) the Application Auto Scaling activities from the next load on.
    void setAutoScalingClient(const Api::AutoScalingClient* autoScaling) { m_autoScaling = autoScaling; }
    void cancel();

    /// The markers of typed services (DescribeServices), for tests and other callers.
    static QList<TimeMarker> deploymentMarkers(const QList<Api::Service>& services);

Q_SIGNALS:
    void finished(const QList<EcsDesk::Models::TimeMarker>& markers);
    void failed(const EcsDesk::Api::AwsError& error);

private:
    void done();
    void track(Api::AwsReply* reply);

    const Api::EcsClient* m_ecs;
    const Api::AutoScalingClient* m_autoScaling;
    QList<QPointer<Api::AwsReply>> m_replies;
    QList<TimeMarker> m_markers;
    int m_pending = 0;
    bool m_failed = false;
};

} // namespace EcsDesk::Models
