// SPDX-License-Identifier: MIT
#pragma once

#include "api/ecs/types.h"

#include <QObject>

namespace EcsDesk::Ui {

/// Watches the open cluster's deployments from each snapshot: which services are rolling out
/// (a PRIMARY deployment IN_PROGRESS, or more than one deployment) and how far they have come, so
/// the window refreshes every few seconds while one is under way and says how it goes.
class DeploymentProgress : public QObject {
    Q_OBJECT
public:
    /// The refresh interval while a deployment is in progress.
    static constexpr int refreshIntervalMs = 3000;

    explicit DeploymentProgress(QObject* parent = nullptr);

    /// The open cluster's services, after each refresh.
    void setServices(const QList<Api::Service>& services);
    /// Another cluster or connection: nothing is known to be deploying.
    void clear();

    bool inProgress() const { return !m_deploying.isEmpty(); }
    /// "Deploying web: 2 of 4 running", one clause per deploying service; empty when none.
    QString summary() const;

    /// True while `service` is rolling out a deployment.
    static bool isDeploying(const Api::Service& service);

Q_SIGNALS:
    void changed();

private:
    struct Rollout {
        QString service;
        int running = 0;
        int desired = 0;
        bool operator==(const Rollout&) const = default;
    };
    QList<Rollout> m_deploying;
};

} // namespace EcsDesk::Ui
