// SPDX-License-Identifier: MIT
#pragma once

#include "ui/pages/resourcepage.h"

#include <memory>

class QWidget;

namespace EcsDesk::Api {
class AlarmsLoader;
class CloudWatchClient;
} // namespace EcsDesk::Api

namespace EcsDesk::Models {
class AlarmModel;
} // namespace EcsDesk::Models

namespace EcsDesk::Ui {

class AlarmHistoryDialog;

/// The Alarms pane of the open cluster (issue 19): the CloudWatch metric alarms on the cluster and
/// its services (ClusterName/ServiceName dimensions, target tracking alarms, alarms that run a
/// service's scaling policy) with state, service, since when, condition, reason and whether their
/// actions are enabled, loaded with each load of the cluster; `service:web` filters one service's.
/// Actions: set the state to ALARM or OK (its actions run as CloudWatch runs them), enable or
/// disable the actions, show the history.
class AlarmsPage : public ResourcePage {
    Q_OBJECT
public:
    AlarmsPage(PageHost* host, QWidget* parent);
    ~AlarmsPage() override;

    QString name() const override { return QStringLiteral("alarms"); }
    QString title() const override;
    Models::AlarmModel* model() const { return m_model; }
    void declareActions(ActionRegistry& registry) override;
    QStringList contextActionIds() const override;
    void showDetails(DetailsPane* details) const override;
    void clear() override;
    void setSession(ClusterSession* session) override;
    void applySnapshot(const Api::ClusterSnapshot& snapshot, bool reset) override;
    ObservedItem observedItem() const override;

    /// Opens the current alarm's history (non-modal); the dialog, or null without a row.
    AlarmHistoryDialog* showHistory();

Q_SIGNALS:
    /// The open cluster's alarms arrived (or failed: the pane says why).
    void alarmsLoaded();

private:
    void setState(const QString& state);
    void setActionsEnabled(bool enabled);

    Models::AlarmModel* m_model;
    ClusterSession* m_session = nullptr;
    std::unique_ptr<Api::AlarmsLoader> m_loader;
    QString m_cluster;
};

} // namespace EcsDesk::Ui
