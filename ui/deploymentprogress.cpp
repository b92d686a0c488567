// SPDX-License-Identifier: MIT
#include "ui/deploymentprogress.h"

#include <algorithm>

namespace EcsDesk::Ui {

DeploymentProgress::DeploymentProgress(QObject* parent)
    : QObject(parent)
{
}

bool DeploymentProgress::isDeploying(const Api::Service& service)
{
    if (service.deployments.size() > 1)
        return true;
    return std::any_of(service.deployments.cbegin(), service.deployments.cend(), [](const Api::Deployment& d) {
        return d.status == QLatin1String("PRIMARY") && d.rolloutState == QLatin1String("IN_PROGRESS");
    });
}

void DeploymentProgress::setServices(const QList<Api::Service>& services)
{
    QList<Rollout> deploying;
    for (const Api::Service& service : services) {
        if (!isDeploying(service))
            continue;
        Rollout rollout { service.name, service.runningCount, service.desiredCount };
        // How far the new revision has come: its PRIMARY deployment's tasks.
        for (const Api::Deployment& d : service.deployments) {
            if (d.status == QLatin1String("PRIMARY")) {
                rollout.running = d.runningCount;
                rollout.desired = d.desiredCount;
            }
        }
        deploying.append(rollout);
    }
    std::sort(deploying.begin(), deploying.end(),
        [](const Rollout& a, const Rollout& b) { return a.service.localeAwareCompare(b.service) < 0; });
    if (deploying == m_deploying)
        return;
    m_deploying = deploying;
    Q_EMIT changed();
}

void DeploymentProgress::clear() { setServices({}); }

QString DeploymentProgress::summary() const
{
    QStringList parts;
    for (const Rollout& rollout : m_deploying)
        parts.append(tr("%1: %2 of %3 running", "service: running of desired tasks")
                         .arg(rollout.service)
                         .arg(rollout.running)
                         .arg(rollout.desired));
    return parts.isEmpty() ? QString()
                           : tr("Deploying %1", "the list of deploying services").arg(parts.join(QLatin1String("; ")));
}

} // namespace EcsDesk::Ui
