// SPDX-License-Identifier: MIT
#pragma once

#include "api/elbv2/regionloadbalancersloader.h"
#include "models/keyedtablemodel.h"
#include "models/panemodel.h"

namespace EcsDesk::Models {

/// One route of a region's load balancers: a listener's rule (or default action) and the target
/// group it forwards to, or a load balancer without listeners, or a target group no listener uses.
struct LoadBalancerRoute {
    QString key; ///< load balancer, listener, rule and target group ARNs
    QString loadBalancerArn, loadBalancerName, type, scheme, state, dnsName;
    QString listenerArn, listener; ///< "HTTP:80"
    QString ruleArn, rule; ///< "default", "10: path-pattern /api/*"
    QString action; ///< forward, redirect, fixed-response, ...
    QString targetGroupArn, targetGroupName;
    QString targetType, healthCheck;
    QList<Api::TargetHealthDescription> targets;
    int healthy = 0;
    bool operator==(const LoadBalancerRoute&) const = default;
};

/// The Load Balancers page's rows (issue 23): one LoadBalancerRoute per route, with the target
/// group's targets' health and health check. Refreshes merge by route (KeyedTableModel): only
/// changed cells signal.
class LoadBalancerRouteModel : public KeyedTableModel<LoadBalancerRoute>, public PaneModel {
    Q_OBJECT
public:
    enum Column { LoadBalancer, Type, State, Listener, Rule, TargetGroup, Targets, HealthCheck, DnsName, ColumnCount };
    using Route = LoadBalancerRoute;

    explicit LoadBalancerRouteModel(QObject* parent = nullptr);

    /// The routes of `region` (keeps unchanged rows, removes vanished ones).
    void setRegion(const Api::RegionLoadBalancers& region);
    void clear();
    const Route& route(int row) const { return rowAt(row); }
    /// Every route of `region`, in the order the page lists them.
    static QList<Route> routes(const Api::RegionLoadBalancers& region);
    /// "2 healthy, 1 draining"; "no targets".
    static QString targetsText(const QList<Api::TargetHealthDescription>& targets);
    /// "HTTP /health every 30 s, healthy after 5, unhealthy after 2, codes 200"
    static QString healthCheckText(const Api::TargetGroup& group);
    /// "10: path-pattern /api/*", "default"
    static QString ruleText(const Api::ElbRule& rule);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    QJsonObject rawJson(const QModelIndex& index) const override;

protected:
    QString keyOf(const Route& route) const override { return route.key; }
    bool columnDiffers(const Route& before, const Route& after, int column) const override
    {
        return display(before, column) != display(after, column);
    }

private:
    QString display(const Route& route, int column) const;
};

} // namespace EcsDesk::Models
