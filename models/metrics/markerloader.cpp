// SPDX-License-Identifier: MIT
#include "models/metrics/markerloader.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace EcsDesk::Models {

MarkerLoader::MarkerLoader(const Api::EcsClient* ecs, const Api::AutoScalingClient* autoScaling, QObject* parent)
    : QObject(parent)
    , m_ecs(ecs)
    , m_autoScaling(autoScaling)
{
}

MarkerLoader::~MarkerLoader() { cancel(); }

void MarkerLoader::cancel()
{
    for (const QPointer<Api::AwsReply>& reply : std::as_const(m_replies)) {
        if (reply) {
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
    }
    m_replies.clear();
    m_pending = 0;
}

QList<TimeMarker> MarkerLoader::deploymentMarkers(const QList<Api::Service>& services)
{
    QList<TimeMarker> markers;
    for (const Api::Service& service : services) {
        for (const Api::Deployment& d : service.deployments) {
            const QString td = d.taskDefinition.section(QLatin1Char('/'), -1);
            if (d.createdAt.isValid())
                markers.append({ TimeMarker::Kind::DeploymentStarted, d.createdAt.toMSecsSinceEpoch(), service.name,
                    tr("%1: deployment started (%2)").arg(service.name, td) });
            const bool finished = d.rolloutState == QLatin1String("COMPLETED") || d.status != QLatin1String("PRIMARY");
            if (finished && d.updatedAt.isValid() && d.updatedAt != d.createdAt)
                markers.append({ TimeMarker::Kind::DeploymentFinished, d.updatedAt.toMSecsSinceEpoch(), service.name,
                    tr("%1: deployment finished (%2)").arg(service.name, td) });
        }
    }
    std::sort(markers.begin(), markers.end(), [](const TimeMarker& a, const TimeMarker& b) { return a.time < b.time; });
    return markers;
}

void MarkerLoader::track(Api::AwsReply* reply)
{
    ++m_pending;
    m_replies.append(reply);
}

void MarkerLoader::done()
{
    if (--m_pending > 0 || m_failed)
        return;
    m_replies.clear();
    std::sort(
        m_markers.begin(), m_markers.end(), [](const TimeMarker& a, const TimeMarker& b) { return a.time < b.time; });
    emit finished(m_markers);
}

void MarkerLoader::load(const QString& cluster, const QStringList& services)
{
    cancel();
    m_markers.clear();
    m_failed = false;
    if (services.isEmpty() || !m_ecs) {
        QMetaObject::invokeMethod(
            this, [this] { emit finished({}); }, Qt::QueuedConnection);
        return;
    }
    for (qsizetype i = 0; i < services.size(); i += 10) { // DescribeServices takes 10 at a time
        Api::AwsReply* reply = m_ecs->describeServices(cluster, services.mid(i, 10));
        track(reply);
        connect(reply, &Api::AwsReply::finished, this, [this, reply] {
            reply->deleteLater();
            if (!reply->isOk()) {
                if (!m_failed) {
                    m_failed = true;
                    cancel();
                    emit failed(*reply->error());
                }
                return;
            }
            const auto typed = Api::EcsJson::objects<Api::Service>(reply->json().value(QLatin1String("services")));
            m_markers.append(deploymentMarkers(typed));
            done();
        });
    }
    if (!m_autoScaling)
        return;
    const QString clusterName = cluster.section(QLatin1Char('/'), -1);
    for (const QString& service : services) {
        const QString name = service.section(QLatin1Char('/'), -1);
        Api::AwsReply* reply
            = m_autoScaling->describeScalingActivities(QStringLiteral("service/%1/%2").arg(clusterName, name));
        track(reply);
        connect(reply, &Api::AwsReply::finished, this, [this, reply, name] {
            reply->deleteLater();
            // No Auto Scaling (or no permission) is not a reason to hide the deployments.
            if (reply->isOk()) {
                const QJsonArray activities = reply->json().value(QLatin1String("ScalingActivities")).toArray();
                for (const QJsonValue& value : activities) {
                    const auto activity = Api::ScalingActivity::fromJson(value.toObject());
                    if (activity.startTime.isValid())
                        m_markers.append({ TimeMarker::Kind::ScalingActivity, activity.startTime.toMSecsSinceEpoch(),
                            name, tr("%1: %2").arg(name, activity.description) });
                }
            }
            done();
        });
    }
}

} // namespace EcsDesk::Models
