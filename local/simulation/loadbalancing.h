// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace EcsDesk::Local {

class Store;

/// Target groups' targets as the simulation and ELBv2 see them (issue 23). A target is
/// {Id, Port, AvailabilityZone?, sinceMs, health ("" | "failing"), drainUntilMs?, taskArn?} in
/// its target group's record; its health state is worked out from the clock when read.
namespace LoadBalancing {
    /// The TargetHealth of one stored target at `nowMs`: unused (no load balancer uses the group),
    /// initial (HealthyThresholdCount x HealthCheckIntervalSeconds after registration), healthy or
    /// unhealthy (simulated failing health check), draining (until the deregistration delay ends).
    QJsonObject targetHealth(
        const Store& store, const QJsonObject& groupRecord, const QJsonObject& target, qint64 nowMs);
    /// The same with the group's use by a load balancer known (no scan of listeners and rules).
    QJsonObject targetHealth(const QJsonObject& groupRecord, const QJsonObject& target, qint64 nowMs, bool inUse);
    /// Whether the target group is in use: a listener's default action or a rule forwards to it.
    QJsonArray loadBalancerArns(const Store& store, const QString& targetGroupArn);
    /// Drops targets whose draining ended; true when the record changed.
    bool purgeDrained(QJsonObject& groupRecord, qint64 nowMs);
    /// When the targets of `taskArn` will have drained: the latest drainUntilMs of its targets, or
    /// for a target not marked draining yet (a group the service no longer uses), `sinceMs` (when the
    /// task began to deactivate) plus its group's deregistration delay; -1 when the task is no
    /// target. Costs nothing while there is no target group.
    qint64 drainEndOf(const Store& store, const QString& taskArn, qint64 sinceMs);
    /// The deregistration delay in seconds (attribute deregistration_delay.timeout_seconds, 300).
    int deregistrationDelaySeconds(const QJsonObject& groupRecord);

    struct Sync {
        QStringList changedServices; ///< services whose targets changed health state
        /// Tasks whose target is unhealthy past the service's health check grace period, with
        /// the target group that says so (the scheduler replaces them).
        QList<QPair<QString, QString>> unhealthyTasks;
    };
    /// One simulation step for services with loadBalancers: registers the RUNNING tasks of each
    /// service in its target groups (awsvpc: the ENI's private IP and the container port; bridge
    /// and host: the container instance's EC2 instance id and the host port), marks a task's target
    /// failing when its container carries `ecsdesk.sim.health=failing`, and drains the targets of
    /// tasks that stopped. Costs nothing while there is no target group.
    Sync syncServiceTargets(Store& store, qint64 nowMs);
    /// Whether the service scheduler may count a RUNNING task of a service as healthy: every
    /// target group of the service has the task's target healthy (or unused: no listener).
    bool taskTargetsHealthy(const Store& store, const QJsonArray& serviceLoadBalancers, const QString& taskArn);

    /// AWS/ApplicationELB (application) or AWS/NetworkELB (network) metrics of `minutes` minutes
    /// from `minuteStartMs` (the usage recorder calls it): per load balancer and target group
    /// HealthyHostCount, UnHealthyHostCount, RequestCount, HTTPCode_Target_5XX_Count; per load
    /// balancer RequestCount and TargetResponseTime; per target group RequestCountPerTarget.
    /// Requests: about 600 a minute per healthy target, following the day (+-20 %).
    void recordMinute(Store& store, qint64 minuteStartMs, int minutes);
} // namespace LoadBalancing

} // namespace EcsDesk::Local
