// SPDX-License-Identifier: MIT
#pragma once

#include "api/autoscaling/autoscalinggroupsclient.h"
#include "ui/pages/resourcepage.h"

#include <QObject>

#include <memory>

namespace EcsDesk::Api {
class ElbV2Client;
}

namespace EcsDesk::Ui {

class CapacityPane;
class DeploymentsPane;
class DetailsPane;
class LoadBalancingPane;
class LogsPane;
class MetricsPane;
class ScalingPane;

/// Which resource the Metrics and Logs tabs of the details area follow: the cluster, service or
/// task of the current row (ResourcePage::observedItem()). Lazily: the visible tab loads; the
/// other loads when it is shown. A refresh of the same selection does not reload the charts.
class ObservedItemController : public QObject {
    Q_OBJECT
public:
    /// Adds the Metrics and Logs tabs to `details`; their data comes through `host`'s session.
    ObservedItemController(DetailsPane* details, const PageHost* host, QObject* parent = nullptr);
    ~ObservedItemController() override;

    MetricsPane* metricsPane() const { return m_metricsPane; }
    LogsPane* logsPane() const { return m_logsPane; }
    ScalingPane* scalingPane() const { return m_scalingPane; }
    DeploymentsPane* deploymentsPane() const { return m_deploymentsPane; }
    /// A cluster's Capacity tab.
    CapacityPane* capacityPane() const { return m_capacityPane; }
    LoadBalancingPane* loadBalancingPane() const { return m_loadBalancingPane; }
    /// Follows `item` (shows or hides the tabs, loads the visible one).
    void follow(const ObservedItem& item);
    /// Lets go of the session's clients (before the session goes).
    void clear();
    /// Read-only connection: the Auto Scaling tab writes nothing.
    void setReadOnly(bool readOnly);

private:
    void apply();

    DetailsPane* m_details;
    const PageHost* m_host;
    MetricsPane* m_metricsPane;
    LogsPane* m_logsPane;
    ScalingPane* m_scalingPane; ///< a service's Auto Scaling tab
    DeploymentsPane* m_deploymentsPane; ///< a service's Deployments tab
    CapacityPane* m_capacityPane; ///< a cluster's Capacity tab
    std::unique_ptr<Api::AutoScalingGroupsClient> m_groups; ///< of the session, for the Capacity tab
    LoadBalancingPane* m_loadBalancingPane; ///< a service's Load Balancing tab
    std::unique_ptr<Api::ElbV2Client> m_elb; ///< of the session, for the Load Balancing tab
    ObservedItem m_observed;
    QString m_metricsShows; ///< the key the Metrics tab shows now
    QString m_logsShows;
    QString m_scalingShows;
    QString m_deploymentsShows;
    QString m_capacityShows;
    QString m_loadBalancingShows;
};

} // namespace EcsDesk::Ui
