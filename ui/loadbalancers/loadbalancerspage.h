// SPDX-License-Identifier: MIT
#pragma once

#include "ui/pages/resourcepage.h"

#include <QDateTime>

#include <memory>

class QLabel;
class QPushButton;
class QTimer;

namespace EcsDesk::Api {
class ElbV2Client;
class RegionLoadBalancersLoader;
} // namespace EcsDesk::Api

namespace EcsDesk::Models {
class LoadBalancerRouteModel;
}

namespace EcsDesk::Ui {

/// The Load Balancers page (issue 23): the region's load balancers as routes — each listener's
/// rules and the target group each forwards to, with its targets' health and health check —
/// and the target groups no listener uses (Models::LoadBalancerRouteModel over
/// Api::RegionLoadBalancersLoader). Loaded when shown and every minute while on show, with the
/// calls' progress beside the filter; sortable and filterable like every pane.
class LoadBalancersPage : public ResourcePage {
    Q_OBJECT
public:
    LoadBalancersPage(PageHost* host, QWidget* parent);
    ~LoadBalancersPage() override;

    QString name() const override { return QStringLiteral("loadbalancers"); }
    QStringList aliases() const override { return { QStringLiteral("elb"), QStringLiteral("lb") }; }
    QString title() const override;
    void declareActions(ActionRegistry& registry) override;
    QStringList contextActionIds() const override;
    void showDetails(DetailsPane* details) const override;
    void clear() override;
    void setSession(ClusterSession* session) override;

    /// Loads the region's load balancers again (the timer does it every minute while on show).
    void refresh();
    bool isRefreshing() const;
    Models::LoadBalancerRouteModel* model() const { return m_model; }
    /// The progress or result line beside the filter.
    QLabel* statusLabel() const { return m_status; }

Q_SIGNALS:
    /// A load has ended (its rows, or its error, are on show).
    void refreshed();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    Models::LoadBalancerRouteModel* m_model;
    std::unique_ptr<Api::ElbV2Client> m_elb;
    std::unique_ptr<Api::RegionLoadBalancersLoader> m_loader;
    ClusterSession* m_session = nullptr;
    QTimer* m_timer;
    QLabel* m_status;
    QPushButton* m_refresh;
    QDateTime m_loaded; ///< when the last load started; invalid: none for this session
};

} // namespace EcsDesk::Ui
