// SPDX-License-Identifier: MIT
#include "api/elbv2/servicetargetsloader.h"

#include "api/core/awstransport.h"

namespace EcsDesk::Api {

namespace {
    constexpr qsizetype arnsPerCall = 20; // DescribeTargetGroups takes at most 20 ARNs
}

ServiceTargetsLoader::ServiceTargetsLoader(const ElbV2Client* elb, QObject* parent)
    : QObject(parent)
    , m_elb(elb)
{
}

ServiceTargetsLoader::~ServiceTargetsLoader()
{
    if (m_reply)
        m_reply->deleteLater();
}

void ServiceTargetsLoader::load(const QList<LoadBalancer>& bindings, bool withDetails)
{
    ++m_generation;
    if (m_reply)
        m_reply->deleteLater();
    m_reply = nullptr;
    m_result.clear();
    m_withDetails = withDetails;
    QStringList seen;
    for (const LoadBalancer& binding : bindings) {
        if (binding.targetGroupArn.isEmpty() || seen.contains(binding.targetGroupArn))
            continue;
        seen.append(binding.targetGroupArn);
        m_result.append(ServiceTargetGroup { binding, std::nullopt, 300, {} });
    }
    if (m_withDetails)
        describeGroups(0, {}, arnsPerCall);
    else
        describeGroup(0);
}

void ServiceTargetsLoader::send(AwsReply* reply, Step then, Recover recover)
{
    m_reply = reply;
    const quint64 generation = m_generation;
    connect(reply, &AwsReply::finished, this,
        [this, reply, generation, then = std::move(then), recover = std::move(recover)] {
            reply->deleteLater();
            if (generation != m_generation)
                return;
            m_reply = nullptr;
            if (!reply->isOk()) {
                const AwsError error = reply->error() ? *reply->error() : AwsError {};
                if (!recover || !recover(error))
                    Q_EMIT failed(error);
                return;
            }
            then(reply);
        });
}

void ServiceTargetsLoader::describeGroups(qsizetype from, const QString& marker, qsizetype batch)
{
    if (from >= m_result.size()) {
        describeGroup(0);
        return;
    }
    const qsizetype count = std::min(m_result.size() - from, batch);
    QStringList arns;
    for (qsizetype i = from; i < from + count; ++i)
        arns.append(m_result[i].binding.targetGroupArn);
    const auto notFound = [](const AwsError& error) { return error.code == QLatin1String("TargetGroupNotFound"); };
    send(
        m_elb->describeTargetGroups(arns, {}, {}, marker),
        [this, from, count, batch](AwsReply* reply) {
            const Outcome<TargetGroupPage> page = ElbV2::parseTargetGroups(reply->body());
            if (!page.ok()) {
                Q_EMIT failed(*page.error);
                return;
            }
            for (const TargetGroup& group : page.value.targetGroups) {
                for (ServiceTargetGroup& entry : m_result) {
                    if (entry.binding.targetGroupArn == group.arn)
                        entry.group = group;
                }
            }
            if (!page.value.nextMarker.isEmpty())
                describeGroups(from, page.value.nextMarker, batch);
            else
                describeGroups(from + count, {}, batch);
        },
        [this, from, count, batch, notFound](const AwsError& error) {
            if (!notFound(error))
                return false;
            if (count > 1) {
                // One of the batch is gone: ask for each alone, so the others still show.
                describeGroups(from, {}, 1);
            } else {
                m_result[from].missing = true;
                describeGroups(from + 1, {}, batch);
            }
            return true;
        });
}

void ServiceTargetsLoader::describeGroup(qsizetype index)
{
    if (index >= m_result.size()) {
        Q_EMIT loaded(m_result);
        return;
    }
    if (m_result[index].missing) {
        describeGroup(index + 1);
        return;
    }
    const QString arn = m_result[index].binding.targetGroupArn;
    const auto health = [this, index, arn] {
        send(
            m_elb->describeTargetHealth(arn),
            [this, index](AwsReply* reply) {
                const Outcome<QList<TargetHealthDescription>> targets = ElbV2::parseTargetHealth(reply->body());
                if (!targets.ok()) {
                    Q_EMIT failed(*targets.error);
                    return;
                }
                m_result[index].targets = targets.value;
                describeGroup(index + 1);
            },
            [this, index](const AwsError& error) {
                if (error.code != QLatin1String("TargetGroupNotFound"))
                    return false;
                m_result[index].missing = true;
                describeGroup(index + 1);
                return true;
            });
    };
    if (!m_withDetails) {
        health();
        return;
    }
    send(m_elb->describeTargetGroupAttributes(arn), [this, index, health](AwsReply* reply) {
        const Outcome<QMap<QString, QString>> attributes = ElbV2::parseAttributes(reply->body());
        if (!attributes.ok()) {
            Q_EMIT failed(*attributes.error);
            return;
        }
        m_result[index].deregistrationDelay = ElbV2::deregistrationDelay(attributes.value);
        health();
    });
}

} // namespace EcsDesk::Api
