// SPDX-License-Identifier: MIT
#include "models/loadbalancers/loadbalancerroutemodel.h"

#include "models/itemroles.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace EcsDesk::Models {

namespace {
    const char* const columnKeys[] = { "Load balancer", "Type", "State", "Listener", "Rule", "Target group", "Targets",
        "Health check", "DNS name" };

    /// The order a target's state is counted in: what needs attention first.
    const char* const stateOrder[]
        = { "unhealthy", "unhealthy.draining", "initial", "draining", "unavailable", "unused", "healthy" };

    QString listenerText(const Api::ElbListener& listener)
    {
        return listener.port ? QStringLiteral("%1:%2").arg(listener.protocol).arg(*listener.port) : listener.protocol;
    }

    /// One route per target group an action forwards to; one for an action that forwards nowhere.
    void addRoutes(QList<LoadBalancerRouteModel::Route>& routes, const LoadBalancerRouteModel::Route& base,
        const QList<Api::ElbAction>& actions, const QHash<QString, const Api::RegionTargetGroup*>& groups,
        QSet<QString>& used)
    {
        bool added = false;
        for (const Api::ElbAction& action : actions) {
            if (action.targetGroupArns.isEmpty()) {
                if (action.type.startsWith(QLatin1String("authenticate")))
                    continue; // comes before the action that routes
                LoadBalancerRouteModel::Route route = base;
                route.action = action.type;
                route.key += QLatin1Char('|') + action.type;
                routes.append(route);
                added = true;
                continue;
            }
            for (const QString& arn : action.targetGroupArns) {
                LoadBalancerRouteModel::Route route = base;
                route.action = action.type;
                route.targetGroupArn = arn;
                route.targetGroupName = arn.section(QLatin1Char('/'), 1, 1);
                route.key += QLatin1Char('|') + arn;
                if (const Api::RegionTargetGroup* group = groups.value(arn)) {
                    route.targetGroupName = group->group.name;
                    route.targetType = group->group.targetType;
                    route.healthCheck = LoadBalancerRouteModel::healthCheckText(group->group);
                    route.targets = group->targets;
                }
                used.insert(arn);
                routes.append(route);
                added = true;
            }
        }
        if (!added)
            routes.append(base);
    }
} // namespace

LoadBalancerRouteModel::LoadBalancerRouteModel(QObject* parent)
    : KeyedTableModel(parent)
{
}

QString LoadBalancerRouteModel::targetsText(const QList<Api::TargetHealthDescription>& targets)
{
    if (targets.isEmpty())
        return tr("no targets");
    QHash<QString, int> counts;
    for (const Api::TargetHealthDescription& target : targets)
        ++counts[target.health.state];
    QStringList parts;
    const auto part = [&](const QString& state) {
        const int count = counts.take(state);
        if (count > 0)
            //: %1 is a number of targets, %2 an ELB target state (healthy, unhealthy, draining, initial, ...)
            parts.append(tr("%1 %2").arg(count).arg(state));
    };
    for (const char* state : stateOrder)
        part(QLatin1String(state));
    QStringList rest = counts.keys();
    rest.sort();
    for (const QString& state : std::as_const(rest))
        part(state);
    return parts.join(QStringLiteral(", "));
}

QString LoadBalancerRouteModel::healthCheckText(const Api::TargetGroup& group)
{
    if (!group.healthCheckEnabled)
        return tr("off");
    QString what = group.healthCheckProtocol.isEmpty() ? group.protocol : group.healthCheckProtocol;
    if (!group.healthCheckPath.isEmpty())
        what += QLatin1Char(' ') + group.healthCheckPath;
    QString text = tr("%1 every %2 s, healthy after %3, unhealthy after %4")
                       .arg(what)
                       .arg(group.healthCheckIntervalSeconds)
                       .arg(group.healthyThresholdCount)
                       .arg(group.unhealthyThresholdCount);
    if (!group.matcherHttpCode.isEmpty())
        text += tr(", codes %1").arg(group.matcherHttpCode);
    return text;
}

QString LoadBalancerRouteModel::ruleText(const Api::ElbRule& rule)
{
    if (rule.isDefault)
        return tr("default");
    QStringList conditions;
    for (const Api::ElbRuleCondition& condition : rule.conditions)
        conditions.append(condition.field + QLatin1Char(' ') + condition.values.join(QStringLiteral(", ")));
    return QStringLiteral("%1: %2").arg(rule.priority, conditions.join(QStringLiteral("; ")));
}

QList<LoadBalancerRouteModel::Route> LoadBalancerRouteModel::routes(const Api::RegionLoadBalancers& region)
{
    QHash<QString, const Api::RegionTargetGroup*> groups;
    for (const Api::RegionTargetGroup& group : region.targetGroups)
        groups.insert(group.group.arn, &group);
    QSet<QString> used;
    QList<Route> routes;
    for (const Api::RegionLoadBalancer& entry : region.loadBalancers) {
        const Api::ElbLoadBalancer& balancer = entry.loadBalancer;
        Route base;
        base.key = balancer.arn;
        base.loadBalancerArn = balancer.arn;
        base.loadBalancerName = balancer.name;
        base.type = balancer.type;
        base.scheme = balancer.scheme;
        base.state = balancer.state;
        base.dnsName = balancer.dnsName;
        if (entry.listeners.isEmpty()) {
            routes.append(base);
            continue;
        }
        for (const Api::ElbListener& listener : entry.listeners) {
            Route onListener = base;
            onListener.key += QLatin1Char('|') + listener.arn;
            onListener.listenerArn = listener.arn;
            onListener.listener = listenerText(listener);
            const QList<Api::ElbRule> rules = entry.rules.value(listener.arn);
            if (rules.isEmpty()) {
                Route route = onListener;
                route.rule = tr("default");
                addRoutes(routes, route, listener.defaultActions, groups, used);
                continue;
            }
            for (const Api::ElbRule& rule : rules) {
                Route route = onListener;
                route.key += QLatin1Char('|') + rule.arn;
                route.ruleArn = rule.arn;
                route.rule = ruleText(rule);
                addRoutes(routes, route, rule.actions, groups, used);
            }
        }
    }
    // Target groups no listener forwards to: registered targets, but no traffic (state unused).
    for (const Api::RegionTargetGroup& group : region.targetGroups) {
        if (used.contains(group.group.arn))
            continue;
        Route route;
        route.key = QLatin1Char('|') + group.group.arn;
        route.targetGroupArn = group.group.arn;
        route.targetGroupName = group.group.name;
        route.targetType = group.group.targetType;
        route.healthCheck = healthCheckText(group.group);
        route.targets = group.targets;
        routes.append(route);
    }
    for (Route& route : routes) {
        route.healthy = int(
            std::count_if(route.targets.cbegin(), route.targets.cend(), [](const Api::TargetHealthDescription& target) {
                return target.health.state == QLatin1String("healthy");
            }));
    }
    return routes;
}

void LoadBalancerRouteModel::setRegion(const Api::RegionLoadBalancers& region) { applyRows(routes(region)); }

void LoadBalancerRouteModel::clear() { resetRows({}); }

int LoadBalancerRouteModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString LoadBalancerRouteModel::display(const Route& route, int column) const
{
    switch (column) {
    case LoadBalancer:
        return route.loadBalancerArn.isEmpty() ? tr("(none)") : route.loadBalancerName;
    case Type:
        return route.type;
    case State:
        return route.state;
    case Listener:
        return route.listener;
    case Rule:
        return route.rule;
    case TargetGroup:
        if (!route.targetGroupArn.isEmpty())
            return route.targetGroupName;
        return route.action.isEmpty() ? QString() : route.action;
    case Targets:
        return route.targetGroupArn.isEmpty() ? QString() : targetsText(route.targets);
    case HealthCheck:
        return route.healthCheck;
    case DnsName:
        return route.dnsName;
    }
    return {};
}

QVariant LoadBalancerRouteModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Route& route = rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case ExportRole:
        return display(route, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Targets) {
            QStringList lines;
            for (const Api::TargetHealthDescription& target : route.targets) {
                const QString where = target.target.port
                    ? QStringLiteral("%1:%2").arg(target.target.id).arg(*target.target.port)
                    : target.target.id;
                lines.append(QStringLiteral("%1 %2").arg(where, Api::ElbV2::healthText(target.health)));
            }
            return lines.join(QLatin1Char('\n'));
        }
        if (index.column() == LoadBalancer && !route.loadBalancerArn.isEmpty())
            return QStringLiteral("%1\n%2").arg(route.loadBalancerArn, route.scheme);
        if (index.column() == TargetGroup)
            return route.targetGroupArn;
        return display(route, index.column());
    case SortRole:
        if (index.column() == Targets)
            return route.healthy * 10000 + int(route.targets.size());
        return display(route, index.column());
    case ArnRole:
        return route.loadBalancerArn.isEmpty() ? route.targetGroupArn : route.loadBalancerArn;
    case FilterRole:
        return QString(display(route, index.column()) + QLatin1Char(' ')
            + (index.column() == LoadBalancer       ? route.loadBalancerArn
                    : index.column() == TargetGroup ? route.targetGroupArn
                                                    : QString()));
    }
    return {};
}

QVariant LoadBalancerRouteModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == ColumnKeyRole)
        return QString::fromLatin1(columnKeys[section]);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LoadBalancer:
        return tr("Load balancer");
    case Type:
        return tr("Type");
    case State:
        return tr("State");
    case Listener:
        return tr("Listener");
    case Rule:
        return tr("Rule");
    case TargetGroup:
        return tr("Target group");
    case Targets:
        return tr("Targets");
    case HealthCheck:
        return tr("Health check");
    case DnsName:
        return tr("DNS name");
    }
    return {};
}

QJsonObject LoadBalancerRouteModel::rawJson(const QModelIndex& index) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Route& route = rowAt(index.row());
    QJsonObject json;
    const auto put = [&json](const char* key, const QString& value) {
        if (!value.isEmpty())
            json.insert(QLatin1String(key), value);
    };
    put("LoadBalancerArn", route.loadBalancerArn);
    put("LoadBalancerName", route.loadBalancerName);
    put("Type", route.type);
    put("Scheme", route.scheme);
    put("State", route.state);
    put("DNSName", route.dnsName);
    put("ListenerArn", route.listenerArn);
    put("RuleArn", route.ruleArn);
    put("ActionType", route.action);
    put("TargetGroupArn", route.targetGroupArn);
    QJsonArray targets;
    for (const Api::TargetHealthDescription& target : route.targets) {
        QJsonObject health { { QStringLiteral("State"), target.health.state } };
        if (!target.health.reason.isEmpty())
            health.insert(QStringLiteral("Reason"), target.health.reason);
        if (!target.health.description.isEmpty())
            health.insert(QStringLiteral("Description"), target.health.description);
        QJsonObject item { { QStringLiteral("Id"), target.target.id }, { QStringLiteral("TargetHealth"), health } };
        if (target.target.port)
            item.insert(QStringLiteral("Port"), *target.target.port);
        targets.append(item);
    }
    if (!route.targetGroupArn.isEmpty())
        json.insert(QStringLiteral("TargetHealthDescriptions"), targets);
    return json;
}

} // namespace EcsDesk::Models
