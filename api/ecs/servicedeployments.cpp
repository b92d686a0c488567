// SPDX-License-Identifier: MIT
#include "api/ecs/servicedeployments.h"

#include "api/core/awstransport.h"
#include "api/ecs/ecsclient.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace EcsDesk::Api {

namespace {
    QString str(const QJsonObject& json, QLatin1String key) { return json.value(key).toString(); }
    QDateTime time(const QJsonObject& json, QLatin1String key) { return EcsJson::timestamp(json.value(key)); }
    QStringList strings(const QJsonValue& value)
    {
        QStringList result;
        for (const QJsonValue& item : value.toArray())
            result.append(item.toString());
        return result;
    }
    double epochSeconds(const QDateTime& at) { return double(at.toMSecsSinceEpoch()) / 1000.0; }
    bool mentions(const QString& text, QLatin1String what) { return text.contains(what, Qt::CaseInsensitive); }
} // namespace

ServiceRevisionSummary ServiceRevisionSummary::fromJson(const QJsonObject& json)
{
    return { str(json, "arn"_L1), json.value("requestedTaskCount"_L1).toInt(),
        json.value("runningTaskCount"_L1).toInt(), json.value("pendingTaskCount"_L1).toInt() };
}

ServiceDeploymentBrief ServiceDeploymentBrief::fromJson(const QJsonObject& json)
{
    ServiceDeploymentBrief brief;
    brief.arn = str(json, "serviceDeploymentArn"_L1);
    brief.serviceArn = str(json, "serviceArn"_L1);
    brief.clusterArn = str(json, "clusterArn"_L1);
    brief.createdAt = time(json, "createdAt"_L1);
    brief.startedAt = time(json, "startedAt"_L1);
    brief.finishedAt = time(json, "finishedAt"_L1);
    brief.targetServiceRevisionArn = str(json, "targetServiceRevisionArn"_L1);
    brief.status = str(json, "status"_L1);
    brief.statusReason = str(json, "statusReason"_L1);
    return brief;
}

ServiceDeployment ServiceDeployment::fromJson(const QJsonObject& json)
{
    ServiceDeployment d;
    d.arn = str(json, "serviceDeploymentArn"_L1);
    d.serviceArn = str(json, "serviceArn"_L1);
    d.clusterArn = str(json, "clusterArn"_L1);
    d.createdAt = time(json, "createdAt"_L1);
    d.startedAt = time(json, "startedAt"_L1);
    d.finishedAt = time(json, "finishedAt"_L1);
    d.stoppedAt = time(json, "stoppedAt"_L1);
    d.updatedAt = time(json, "updatedAt"_L1);
    d.sourceServiceRevisions = EcsJson::objects<ServiceRevisionSummary>(json.value("sourceServiceRevisions"_L1));
    if (json.value("targetServiceRevision"_L1).isObject())
        d.targetServiceRevision = ServiceRevisionSummary::fromJson(json.value("targetServiceRevision"_L1).toObject());
    d.status = str(json, "status"_L1);
    d.statusReason = str(json, "statusReason"_L1);
    d.lifecycleStage = str(json, "lifecycleStage"_L1);
    d.deploymentConfiguration = json.value("deploymentConfiguration"_L1).toObject();
    const QJsonObject rollback = json.value("rollback"_L1).toObject();
    d.rollbackReason = str(rollback, "reason"_L1);
    d.rollbackStartedAt = time(rollback, "startedAt"_L1);
    d.rollbackServiceRevisionArn = str(rollback, "serviceRevisionArn"_L1);
    const QJsonObject breaker = json.value("deploymentCircuitBreaker"_L1).toObject();
    d.circuitBreakerStatus = str(breaker, "status"_L1);
    d.circuitBreakerFailureCount = breaker.value("failureCount"_L1).toInt();
    d.circuitBreakerThreshold = breaker.value("threshold"_L1).toInt();
    const QJsonObject alarms = json.value("alarms"_L1).toObject();
    d.alarmsStatus = str(alarms, "status"_L1);
    d.alarmNames = strings(alarms.value("alarmNames"_L1));
    d.triggeredAlarmNames = strings(alarms.value("triggeredAlarmNames"_L1));
    d.raw = json;
    return d;
}

ServiceDeploymentBrief ServiceDeployment::brief() const
{
    return { arn, serviceArn, clusterArn, createdAt, startedAt, finishedAt, targetRevisionArn(), status, statusReason };
}

bool ServiceDeployment::isInProgressStatus(const QString& status)
{
    static const QStringList moving { u"PENDING"_s, u"IN_PROGRESS"_s, u"STOP_REQUESTED"_s, u"ROLLBACK_REQUESTED"_s,
        u"ROLLBACK_IN_PROGRESS"_s };
    return moving.contains(status);
}

bool ServiceDeployment::inProgress() const { return isInProgressStatus(status); }

bool ServiceDeployment::rolledBack() const { return status.startsWith("ROLLBACK"_L1) || !rollbackReason.isEmpty(); }

ServiceDeployment::Trigger ServiceDeployment::trigger() const
{
    if (circuitBreakerStatus == "TRIGGERED"_L1)
        return Trigger::CircuitBreaker;
    if (alarmsStatus == "TRIGGERED"_L1 || !triggeredAlarmNames.isEmpty())
        return Trigger::Alarm;
    const QString why = rollbackReason + u' ' + statusReason;
    if (mentions(why, "circuit breaker"_L1) || mentions(why, "circuit-breaker"_L1))
        return Trigger::CircuitBreaker;
    if (mentions(why, "alarm"_L1))
        return Trigger::Alarm;
    if (mentions(why, "auto scaling"_L1) || mentions(why, "autoscaling"_L1))
        return Trigger::AutoScaling;
    return Trigger::User;
}

QString ServiceDeployment::triggerName(Trigger trigger)
{
    switch (trigger) {
    case Trigger::CircuitBreaker:
        return u"circuit-breaker"_s;
    case Trigger::Alarm:
        return u"alarm"_s;
    case Trigger::AutoScaling:
        return u"auto-scaling"_s;
    case Trigger::User:
        break;
    }
    return u"user"_s;
}

ServiceRevision ServiceRevision::fromJson(const QJsonObject& json)
{
    ServiceRevision r;
    r.arn = str(json, "serviceRevisionArn"_L1);
    r.serviceArn = str(json, "serviceArn"_L1);
    r.clusterArn = str(json, "clusterArn"_L1);
    r.taskDefinition = str(json, "taskDefinition"_L1);
    r.launchType = str(json, "launchType"_L1);
    r.platformVersion = str(json, "platformVersion"_L1);
    r.platformFamily = str(json, "platformFamily"_L1);
    for (const QJsonValue& item : json.value("containerImages"_L1).toArray()) {
        const QJsonObject image = item.toObject();
        r.containerImages.append(
            { str(image, "containerName"_L1), str(image, "image"_L1), str(image, "imageDigest"_L1) });
    }
    r.createdAt = time(json, "createdAt"_L1);
    r.raw = json;
    return r;
}

QJsonObject ServiceRevision::settings() const
{
    QJsonObject result = raw;
    for (const QLatin1String key : { "serviceRevisionArn"_L1, "serviceArn"_L1, "clusterArn"_L1, "createdAt"_L1 })
        result.remove(key);
    return result;
}

QJsonObject ServiceRevision::updateServiceInput() const
{
    QJsonObject input { { u"taskDefinition"_s, taskDefinition } };
    // The revision's settings that UpdateService takes under the same name.
    for (const QLatin1String key : { "capacityProviderStrategy"_L1, "networkConfiguration"_L1, "loadBalancers"_L1,
             "serviceRegistries"_L1, "platformVersion"_L1, "serviceConnectConfiguration"_L1, "volumeConfigurations"_L1,
             "vpcLatticeConfigurations"_L1 }) {
        const QJsonValue value = raw.value(key);
        if (!value.isUndefined() && !value.isNull())
            input.insert(key, value);
    }
    return input;
}

QString ServiceRevision::taskDefinitionName() const { return taskDefinition.section(u'/', -1); }

const ServiceRevision* ServiceDeploymentHistory::revision(const QString& arn) const
{
    const auto it = revisions.constFind(arn);
    return it == revisions.cend() ? nullptr : &*it;
}

const ServiceDeployment* ServiceDeploymentHistory::inProgress() const
{
    for (const ServiceDeployment& deployment : deployments) {
        if (deployment.inProgress())
            return &deployment;
    }
    return nullptr;
}

QJsonObject ListServiceDeploymentsRequest::toJson() const
{
    QJsonObject input { { u"service"_s, service } };
    if (!cluster.isEmpty())
        input.insert(u"cluster"_s, cluster);
    if (!status.isEmpty())
        input.insert(u"status"_s, QJsonArray::fromStringList(status));
    QJsonObject created;
    if (createdAfter.isValid())
        created.insert(u"after"_s, epochSeconds(createdAfter));
    if (createdBefore.isValid())
        created.insert(u"before"_s, epochSeconds(createdBefore));
    if (!created.isEmpty())
        input.insert(u"createdAt"_s, created);
    if (!nextToken.isEmpty())
        input.insert(u"nextToken"_s, nextToken);
    if (maxResults)
        input.insert(u"maxResults"_s, *maxResults);
    return input;
}

ServiceDeploymentPage ServiceDeploymentPage::fromJson(const QJsonObject& json)
{
    return { EcsJson::objects<ServiceDeploymentBrief>(json.value("serviceDeployments"_L1)), str(json, "nextToken"_L1) };
}

namespace ServiceDeployments {
    AwsReply* list(const EcsClient& client, const ListServiceDeploymentsRequest& request)
    {
        return client.call(u"ListServiceDeployments"_s, request.toJson());
    }

    AwsReply* describe(const EcsClient& client, const QStringList& deploymentArns)
    {
        return client.call(u"DescribeServiceDeployments"_s,
            QJsonObject { { u"serviceDeploymentArns"_s, QJsonArray::fromStringList(deploymentArns) } });
    }

    AwsReply* describeRevisions(const EcsClient& client, const QStringList& revisionArns)
    {
        return client.call(u"DescribeServiceRevisions"_s,
            QJsonObject { { u"serviceRevisionArns"_s, QJsonArray::fromStringList(revisionArns) } });
    }

    AwsReply* stop(const EcsClient& client, const QString& deploymentArn, StopType type)
    {
        return client.call(u"StopServiceDeployment"_s,
            QJsonObject { { u"serviceDeploymentArn"_s, deploymentArn },
                { u"stopType"_s, type == StopType::Rollback ? u"ROLLBACK"_s : u"ABORT"_s } });
    }

    DescribeResult<ServiceDeployment> deploymentsFromJson(const QJsonObject& answer)
    {
        return EcsJson::describeResult<ServiceDeployment>(answer, "serviceDeployments"_L1);
    }

    DescribeResult<ServiceRevision> revisionsFromJson(const QJsonObject& answer)
    {
        return EcsJson::describeResult<ServiceRevision>(answer, "serviceRevisions"_L1);
    }
} // namespace ServiceDeployments

ServiceDeploymentsLoader::ServiceDeploymentsLoader(const EcsClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{
}

ServiceDeploymentsLoader::~ServiceDeploymentsLoader()
{
    if (m_reply)
        m_reply->deleteLater();
}

void ServiceDeploymentsLoader::send(AwsReply* reply, Step then)
{
    if (m_reply)
        m_reply->deleteLater();
    m_reply = reply;
    const quint64 generation = m_generation;
    connect(reply, &AwsReply::finished, this, [this, reply, generation, then = std::move(then)] {
        reply->deleteLater();
        if (generation != m_generation)
            return; // a newer load() took over
        m_reply = nullptr;
        if (!reply->isOk()) {
            Q_EMIT failed(reply->error() ? *reply->error() : AwsError {});
            return;
        }
        then(reply);
    });
}

void ServiceDeploymentsLoader::load(const QString& cluster, const QString& service, int limit)
{
    ++m_generation;
    if (m_reply)
        m_reply->deleteLater();
    m_reply = nullptr;
    m_result = ServiceDeploymentHistory();
    m_result.cluster = cluster;
    m_result.service = service;
    m_briefs.clear();
    m_revisionArns.clear();
    m_limit = std::max(1, limit);
    listPage({});
}

void ServiceDeploymentsLoader::listPage(const QString& token)
{
    ListServiceDeploymentsRequest request;
    request.cluster = m_result.cluster;
    request.service = m_result.service;
    request.nextToken = token;
    request.maxResults = EcsClient::maxListResults;
    send(ServiceDeployments::list(*m_client, request), [this](AwsReply* reply) {
        const ServiceDeploymentPage page = ServiceDeploymentPage::fromJson(reply->json());
        m_briefs += page.deployments;
        if (!page.nextToken.isEmpty()) {
            listPage(page.nextToken);
            return;
        }
        std::stable_sort(m_briefs.begin(), m_briefs.end(),
            [](const ServiceDeploymentBrief& a, const ServiceDeploymentBrief& b) { return a.createdAt > b.createdAt; });
        if (m_briefs.size() > m_limit)
            m_briefs.resize(m_limit);
        describeDeployments(0);
    });
}

void ServiceDeploymentsLoader::describeDeployments(qsizetype from)
{
    if (from >= m_briefs.size()) {
        QSet<QString> seen;
        for (const ServiceDeployment& d : std::as_const(m_result.deployments)) {
            QStringList arns { d.targetRevisionArn(), d.rollbackServiceRevisionArn };
            for (const ServiceRevisionSummary& source : d.sourceServiceRevisions)
                arns.append(source.arn);
            for (const QString& arn : std::as_const(arns)) {
                if (!arn.isEmpty() && !seen.contains(arn)) {
                    seen.insert(arn);
                    m_revisionArns.append(arn);
                }
            }
        }
        describeRevisions(0);
        return;
    }
    QStringList arns;
    for (qsizetype i = from; i < std::min(from + ServiceDeployments::maxDescribe, m_briefs.size()); ++i)
        arns.append(m_briefs.at(i).arn);
    send(ServiceDeployments::describe(*m_client, arns), [this, from](AwsReply* reply) {
        const auto answer = ServiceDeployments::deploymentsFromJson(reply->json());
        m_result.deployments += answer.items;
        m_result.failures += answer.failures;
        describeDeployments(from + ServiceDeployments::maxDescribe);
    });
}

void ServiceDeploymentsLoader::describeRevisions(qsizetype from)
{
    if (from >= m_revisionArns.size()) {
        std::stable_sort(m_result.deployments.begin(), m_result.deployments.end(),
            [](const ServiceDeployment& a, const ServiceDeployment& b) { return a.createdAt > b.createdAt; });
        Q_EMIT loaded(m_result);
        return;
    }
    send(ServiceDeployments::describeRevisions(*m_client, m_revisionArns.mid(from, ServiceDeployments::maxDescribe)),
        [this, from](AwsReply* reply) {
            const auto answer = ServiceDeployments::revisionsFromJson(reply->json());
            for (const ServiceRevision& revision : answer.items)
                m_result.revisions.insert(revision.arn, revision);
            m_result.failures += answer.failures;
            describeRevisions(from + ServiceDeployments::maxDescribe);
        });
}

} // namespace EcsDesk::Api
