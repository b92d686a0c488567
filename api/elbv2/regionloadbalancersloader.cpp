// SPDX-License-Identifier: MIT
#include "api/elbv2/regionloadbalancersloader.h"

#include "api/core/awstransport.h"

namespace EcsDesk::Api {

RegionLoadBalancersLoader::RegionLoadBalancersLoader(const ElbV2Client* elb, QObject* parent)
    : QObject(parent)
    , m_elb(elb)
{
}

RegionLoadBalancersLoader::~RegionLoadBalancersLoader()
{
    if (m_reply)
        m_reply->deleteLater();
}

void RegionLoadBalancersLoader::load()
{
    ++m_generation;
    if (m_reply)
        m_reply->deleteLater();
    m_reply = nullptr;
    m_result = {};
    m_done = 0;
    describeLoadBalancers({});
}

template <typename T> bool RegionLoadBalancersLoader::refused(const Outcome<T>& outcome)
{
    if (outcome.ok())
        return false;
    Q_EMIT failed(*outcome.error);
    return true;
}

void RegionLoadBalancersLoader::send(AwsReply* reply, Step then)
{
    m_reply = reply;
    const quint64 generation = m_generation;
    connect(reply, &AwsReply::finished, this, [this, reply, generation, then = std::move(then)] {
        reply->deleteLater();
        if (generation != m_generation)
            return;
        m_reply = nullptr;
        if (!reply->isOk()) {
            Q_EMIT failed(reply->error() ? *reply->error() : AwsError {});
            return;
        }
        ++m_done;
        // What remains: one call per load balancer's listeners and per target group, at least.
        int total = m_done + 1;
        for (const RegionLoadBalancer& balancer : std::as_const(m_result.loadBalancers))
            total += int(balancer.listeners.size());
        Q_EMIT progress(m_done, std::max(total, m_done + int(m_result.targetGroups.size())));
        then(reply);
    });
}

void RegionLoadBalancersLoader::describeLoadBalancers(const QString& marker)
{
    send(m_elb->describeLoadBalancers({}, {}, marker), [this](AwsReply* reply) {
        const Outcome<ElbLoadBalancerPage> page = ElbV2::parseLoadBalancers(reply->body());
        if (refused(page))
            return;
        for (const ElbLoadBalancer& balancer : page.value.loadBalancers)
            m_result.loadBalancers.append({ balancer, {}, {} });
        if (!page.value.nextMarker.isEmpty())
            describeLoadBalancers(page.value.nextMarker);
        else
            describeListeners(0, {});
    });
}

void RegionLoadBalancersLoader::describeListeners(qsizetype balancer, const QString& marker)
{
    if (balancer >= m_result.loadBalancers.size()) {
        describeTargetGroups({});
        return;
    }
    const QString arn = m_result.loadBalancers.at(balancer).loadBalancer.arn;
    send(m_elb->describeListeners(arn, {}, marker), [this, balancer](AwsReply* reply) {
        const Outcome<ElbListenerPage> page = ElbV2::parseListeners(reply->body());
        if (refused(page))
            return;
        m_result.loadBalancers[balancer].listeners.append(page.value.listeners);
        if (!page.value.nextMarker.isEmpty())
            describeListeners(balancer, page.value.nextMarker);
        else
            describeRules(balancer, 0, {});
    });
}

void RegionLoadBalancersLoader::describeRules(qsizetype balancer, qsizetype listener, const QString& marker)
{
    RegionLoadBalancer& entry = m_result.loadBalancers[balancer];
    if (listener >= entry.listeners.size()) {
        describeListeners(balancer + 1, {});
        return;
    }
    // Network load balancers have no rules: their listener's default action is the route.
    if (entry.loadBalancer.type != QLatin1String("application")) {
        describeRules(balancer, listener + 1, {});
        return;
    }
    const QString arn = entry.listeners.at(listener).arn;
    send(m_elb->describeRules(arn, {}, marker), [this, balancer, listener, arn](AwsReply* reply) {
        const Outcome<ElbRulePage> page = ElbV2::parseRules(reply->body());
        if (refused(page))
            return;
        m_result.loadBalancers[balancer].rules[arn].append(page.value.rules);
        if (!page.value.nextMarker.isEmpty())
            describeRules(balancer, listener, page.value.nextMarker);
        else
            describeRules(balancer, listener + 1, {});
    });
}

void RegionLoadBalancersLoader::describeTargetGroups(const QString& marker)
{
    send(m_elb->describeTargetGroups({}, {}, {}, marker), [this](AwsReply* reply) {
        const Outcome<TargetGroupPage> page = ElbV2::parseTargetGroups(reply->body());
        if (refused(page))
            return;
        for (const TargetGroup& group : page.value.targetGroups)
            m_result.targetGroups.append({ group, {} });
        if (!page.value.nextMarker.isEmpty())
            describeTargetGroups(page.value.nextMarker);
        else
            describeTargetHealth(0);
    });
}

void RegionLoadBalancersLoader::describeTargetHealth(qsizetype group)
{
    if (group >= m_result.targetGroups.size()) {
        Q_EMIT loaded(m_result);
        return;
    }
    send(m_elb->describeTargetHealth(m_result.targetGroups.at(group).group.arn), [this, group](AwsReply* reply) {
        const Outcome<QList<TargetHealthDescription>> targets = ElbV2::parseTargetHealth(reply->body());
        if (refused(targets))
            return;
        m_result.targetGroups[group].targets = targets.value;
        describeTargetHealth(group + 1);
    });
}

} // namespace EcsDesk::Api
