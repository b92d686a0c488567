// SPDX-License-Identifier: MIT
#pragma once

#include "api/ecs/types.h"
#include "api/elbv2/servicetargetsloader.h"
#include "models/loadbalancing/targettasks.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace EcsDesk::Api {
class AwsReply;
class EcsClient;
class ElbV2Client;
} // namespace EcsDesk::Api

namespace EcsDesk::Ui {

class MessageBar;

/// A service's Load Balancing tab: each target group of its loadBalancers (name, target type,
/// protocol and port, the container and port it routes to, health check settings, deregistration
/// delay) and their targets (the task they are, address, port, zone, health state with its reason
/// and description; draining targets too). Reads the service (DescribeServices) and then
/// Api::ServiceTargetsLoader; the window's refreshes come through noteService(). Errors show in
/// the message bar.
class LoadBalancingPane : public QWidget {
    Q_OBJECT
public:
    enum TargetColumn { GroupColumn, TaskColumn, AddressColumn, PortColumn, ZoneColumn, HealthColumn, ReasonColumn };

    explicit LoadBalancingPane(QWidget* parent = nullptr);

    /// Shows `service` of `cluster` (nothing when a client is null) and loads it.
    void setContext(
        const Api::ElbV2Client* elb, const Api::EcsClient* ecs, const QString& cluster, const QString& service);
    /// Loads the shown service and its target groups again.
    void reload();
    /// The window's refreshed snapshot of a service: when it is the one shown, its target groups
    /// are loaded again (now when the tab is visible, else when it is shown).
    void noteService(const Api::Service& service);
    /// Where the targets' tasks are looked up (the window's Tasks view); none: the target ids show.
    void setTaskIndexSource(std::function<Models::TargetTaskIndex()> source) { m_taskIndex = std::move(source); }

    /// What the pane last showed (tests).
    const QList<Api::ServiceTargetGroup>& shown() const { return m_shown; }
    QTreeWidget* targetGroups() const { return m_groups; }
    QTreeWidget* targets() const { return m_targets; }
    QString summaryText() const;
    MessageBar* messageBar() const { return m_messageBar; }

Q_SIGNALS:
    /// A load finished (shown() holds it) or failed (the message bar says why).
    void refreshed();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void loadTargets(const QList<Api::LoadBalancer>& bindings);
    void display(const QList<Api::ServiceTargetGroup>& groups);
    void showError(const QString& text);

    const Api::ElbV2Client* m_elb = nullptr;
    const Api::EcsClient* m_ecs = nullptr;
    QString m_cluster;
    QString m_service;
    QList<Api::LoadBalancer> m_bindings;
    QList<Api::ServiceTargetGroup> m_shown;
    Api::ServiceTargetsLoader* m_loader = nullptr;
    QPointer<Api::AwsReply> m_describe;
    quint64 m_generation = 0;
    bool m_stale = false; ///< a refresh came while the tab was hidden
    std::function<Models::TargetTaskIndex()> m_taskIndex;
    MessageBar* m_messageBar;
    QLabel* m_summary;
    QPushButton* m_refresh;
    QTreeWidget* m_groups;
    QTreeWidget* m_targets;
};

} // namespace EcsDesk::Ui
