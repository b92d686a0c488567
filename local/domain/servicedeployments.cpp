// SPDX-License-Identifier: MIT
#include "local/domain/servicedeployments.h"

#include "local/domain/repository.h"
#include "local/store/store.h"

#include <QUuid>

#include <algorithm>
#include <array>

using namespace Qt::Literals::StringLiterals;

namespace EcsDesk::Local {

namespace {
    constexpr std::array<std::pair<ServiceDeploymentStatus, QLatin1String>, 9> deploymentStatuses { {
        { ServiceDeploymentStatus::Pending, "PENDING"_L1 },
        { ServiceDeploymentStatus::InProgress, "IN_PROGRESS"_L1 },
        { ServiceDeploymentStatus::Successful, "SUCCESSFUL"_L1 },
        { ServiceDeploymentStatus::Stopped, "STOPPED"_L1 },
        { ServiceDeploymentStatus::StopRequested, "STOP_REQUESTED"_L1 },
        { ServiceDeploymentStatus::RollbackRequested, "ROLLBACK_REQUESTED"_L1 },
        { ServiceDeploymentStatus::RollbackInProgress, "ROLLBACK_IN_PROGRESS"_L1 },
        { ServiceDeploymentStatus::RollbackSuccessful, "ROLLBACK_SUCCESSFUL"_L1 },
        { ServiceDeploymentStatus::RollbackFailed, "ROLLBACK_FAILED"_L1 },
    } };
    constexpr std::array<std::pair<MonitorStatus, QLatin1String>, 4> monitorStatuses { {
        { MonitorStatus::Triggered, "TRIGGERED"_L1 },
        { MonitorStatus::Monitoring, "MONITORING"_L1 },
        { MonitorStatus::MonitoringComplete, "MONITORING_COMPLETE"_L1 },
        { MonitorStatus::Disabled, "DISABLED"_L1 },
    } };

    template <typename Enum, std::size_t N>
    QString nameIn(const std::array<std::pair<Enum, QLatin1String>, N>& names, Enum value)
    {
        for (const auto& [item, name] : names) {
            if (item == value)
                return name;
        }
        return {};
    }
    template <typename Enum, std::size_t N>
    std::optional<Enum> parseIn(const std::array<std::pair<Enum, QLatin1String>, N>& names, const QString& text)
    {
        for (const auto& [item, name] : names) {
            if (text == name)
                return item;
        }
        return std::nullopt;
    }

    std::optional<double> seconds(const QJsonObject& object, QLatin1String key)
    {
        const QJsonValue value = object.value(key);
        return value.isDouble() ? std::optional<double>(value.toDouble()) : std::nullopt;
    }
    void putSeconds(QJsonObject& object, QLatin1String key, const std::optional<double>& value)
    {
        if (value)
            object[key] = *value;
        else
            object.remove(key);
    }
    void putText(QJsonObject& object, QLatin1String key, const QString& value)
    {
        if (value.isEmpty())
            object.remove(key);
        else
            object[key] = value;
    }
    QStringList strings(const QJsonValue& value)
    {
        QStringList list;
        for (const QJsonValue& item : value.toArray())
            list.append(item.toString());
        return list;
    }
    /// ARN arn:aws:ecs:REGION:ACCOUNT:service/CLUSTER/SERVICE with `service` replaced by `resource`.
    QString sibling(const QString& serviceArn, QLatin1String resource)
    {
        const qsizetype at = serviceArn.indexOf(":service/"_L1);
        if (at < 0)
            return {};
        return serviceArn.left(at + 1) + resource + serviceArn.mid(at + 8);
    }
} // namespace

QString wireName(ServiceDeploymentStatus status) { return nameIn(deploymentStatuses, status); }
QString wireName(MonitorStatus status) { return nameIn(monitorStatuses, status); }
template <> std::optional<ServiceDeploymentStatus> fromWire<ServiceDeploymentStatus>(const QString& name)
{
    return parseIn(deploymentStatuses, name);
}
template <> std::optional<MonitorStatus> fromWire<MonitorStatus>(const QString& name)
{
    return parseIn(monitorStatuses, name);
}

// ---- records -------------------------------------------------------------------------------------

ServiceRevisionSummary ServiceRevisionSummary::fromJson(const QJsonObject& object)
{
    return { object.value("arn"_L1).toString(), object.value("requestedTaskCount"_L1).toInt(),
        object.value("runningTaskCount"_L1).toInt(), object.value("pendingTaskCount"_L1).toInt() };
}

QJsonObject ServiceRevisionSummary::toJson() const
{
    return { { "arn"_L1, arn }, { "requestedTaskCount"_L1, requestedTaskCount },
        { "runningTaskCount"_L1, runningTaskCount }, { "pendingTaskCount"_L1, pendingTaskCount } };
}

ServiceDeploymentRecord ServiceDeploymentRecord::fromJson(const QJsonObject& object)
{
    ServiceDeploymentRecord record;
    record.json = object;
    record.arn = object.value("serviceDeploymentArn"_L1).toString();
    record.serviceArn = object.value("serviceArn"_L1).toString();
    record.clusterArn = object.value("clusterArn"_L1).toString();
    record.status = fromWire<ServiceDeploymentStatus>(object.value("status"_L1).toString())
                        .value_or(ServiceDeploymentStatus::Pending);
    record.statusReason = object.value("statusReason"_L1).toString();
    record.createdAt = seconds(object, "createdAt"_L1);
    record.startedAt = seconds(object, "startedAt"_L1);
    record.finishedAt = seconds(object, "finishedAt"_L1);
    record.stoppedAt = seconds(object, "stoppedAt"_L1);
    record.updatedAt = seconds(object, "updatedAt"_L1);
    for (const QJsonValue& source : object.value("sourceServiceRevisions"_L1).toArray())
        record.sourceServiceRevisions.append(ServiceRevisionSummary::fromJson(source.toObject()));
    record.targetServiceRevision
        = ServiceRevisionSummary::fromJson(object.value("targetServiceRevision"_L1).toObject());
    record.deploymentConfiguration = object.value("deploymentConfiguration"_L1).toObject();
    const QJsonObject breaker = object.value("deploymentCircuitBreaker"_L1).toObject();
    record.circuitBreakerStatus
        = fromWire<MonitorStatus>(breaker.value("status"_L1).toString()).value_or(MonitorStatus::Disabled);
    record.failureCount = breaker.value("failureCount"_L1).toInt();
    record.threshold = breaker.value("threshold"_L1).toInt();
    const QJsonObject alarms = object.value("alarms"_L1).toObject();
    record.alarmsStatus
        = fromWire<MonitorStatus>(alarms.value("status"_L1).toString()).value_or(MonitorStatus::Disabled);
    record.alarmNames = strings(alarms.value("alarmNames"_L1));
    record.triggeredAlarmNames = strings(alarms.value("triggeredAlarmNames"_L1));
    const QJsonObject rollback = object.value("rollback"_L1).toObject();
    record.rollbackReason = rollback.value("reason"_L1).toString();
    record.rollbackStartedAt = seconds(rollback, "startedAt"_L1);
    record.rollbackServiceRevisionArn = rollback.value("serviceRevisionArn"_L1).toString();
    return record;
}

QJsonObject ServiceDeploymentRecord::toJson() const
{
    QJsonObject object = json;
    object["serviceDeploymentArn"_L1] = arn;
    object["serviceArn"_L1] = serviceArn;
    object["clusterArn"_L1] = clusterArn;
    object["status"_L1] = wireName(status);
    putText(object, "statusReason"_L1, statusReason);
    putSeconds(object, "createdAt"_L1, createdAt);
    putSeconds(object, "startedAt"_L1, startedAt);
    putSeconds(object, "finishedAt"_L1, finishedAt);
    putSeconds(object, "stoppedAt"_L1, stoppedAt);
    putSeconds(object, "updatedAt"_L1, updatedAt);
    QJsonArray sources;
    for (const ServiceRevisionSummary& source : sourceServiceRevisions)
        sources.append(source.toJson());
    object["sourceServiceRevisions"_L1] = sources;
    object["targetServiceRevision"_L1] = targetServiceRevision.toJson();
    object["deploymentConfiguration"_L1] = deploymentConfiguration;
    object["deploymentCircuitBreaker"_L1] = QJsonObject { { "status"_L1, wireName(circuitBreakerStatus) },
        { "failureCount"_L1, failureCount }, { "threshold"_L1, threshold } };
    object["alarms"_L1] = QJsonObject { { "status"_L1, wireName(alarmsStatus) },
        { "alarmNames"_L1, QJsonArray::fromStringList(alarmNames) },
        { "triggeredAlarmNames"_L1, QJsonArray::fromStringList(triggeredAlarmNames) } };
    if (rollbackReason.isEmpty()) {
        object.remove("rollback"_L1);
    } else {
        QJsonObject rollback { { "reason"_L1, rollbackReason },
            { "serviceRevisionArn"_L1, rollbackServiceRevisionArn } };
        putSeconds(rollback, "startedAt"_L1, rollbackStartedAt);
        object["rollback"_L1] = rollback;
    }
    return object;
}

bool ServiceDeploymentRecord::isFinished() const
{
    return status == ServiceDeploymentStatus::Successful || status == ServiceDeploymentStatus::Stopped
        || status == ServiceDeploymentStatus::RollbackSuccessful || status == ServiceDeploymentStatus::RollbackFailed;
}

QJsonObject ServiceDeploymentRecord::brief() const
{
    QJsonObject object { { "serviceDeploymentArn"_L1, arn }, { "serviceArn"_L1, serviceArn },
        { "clusterArn"_L1, clusterArn }, { "targetServiceRevisionArn"_L1, targetServiceRevision.arn },
        { "status"_L1, wireName(status) } };
    putText(object, "statusReason"_L1, statusReason);
    putSeconds(object, "createdAt"_L1, createdAt);
    putSeconds(object, "startedAt"_L1, startedAt);
    putSeconds(object, "finishedAt"_L1, finishedAt);
    return object;
}

ServiceRevisionRecord ServiceRevisionRecord::fromJson(const QJsonObject& object)
{
    ServiceRevisionRecord record;
    record.json = object;
    record.arn = object.value("serviceRevisionArn"_L1).toString();
    record.serviceArn = object.value("serviceArn"_L1).toString();
    record.clusterArn = object.value("clusterArn"_L1).toString();
    record.taskDefinitionArn = object.value("taskDefinition"_L1).toString();
    record.createdAt = seconds(object, "createdAt"_L1);
    return record;
}

QJsonObject ServiceRevisionRecord::toJson() const
{
    QJsonObject object = json;
    object["serviceRevisionArn"_L1] = arn;
    object["serviceArn"_L1] = serviceArn;
    object["clusterArn"_L1] = clusterArn;
    putText(object, "taskDefinition"_L1, taskDefinitionArn);
    putSeconds(object, "createdAt"_L1, createdAt);
    return object;
}

// ---- the book ------------------------------------------------------------------------------------

QString ServiceDeployments::revisionArn(const QString& serviceArn, const QString& deploymentId)
{
    return sibling(serviceArn, "service-revision"_L1) + QLatin1Char('/') + lastSegment(deploymentId);
}

QString ServiceDeployments::deploymentArn(const QString& serviceArn, const QString& deploymentId)
{
    return sibling(serviceArn, "service-deployment"_L1) + QLatin1Char('/') + lastSegment(deploymentId);
}

QString ServiceDeployments::deploymentIdOf(const QString& revisionArn)
{
    return "ecs-svc/"_L1 + lastSegment(revisionArn);
}

QString ServiceDeployments::prefixOf(const QString& serviceArn, bool revisions)
{
    return sibling(serviceArn, revisions ? "service-revision"_L1 : "service-deployment"_L1) + QLatin1Char('/');
}

int ServiceDeployments::circuitBreakerThreshold(int desiredCount) { return std::clamp((desiredCount + 1) / 2, 3, 200); }

std::optional<ServiceDeploymentRecord> ServiceDeployments::deployment(const QString& arn) const
{
    const QJsonObject* found = m_store->find(Kind::ServiceDeployment, arn);
    if (!found)
        return std::nullopt;
    return ServiceDeploymentRecord::fromJson(*found);
}

void ServiceDeployments::put(const ServiceDeploymentRecord& deployment)
{
    m_store->put(Kind::ServiceDeployment, deployment.arn, deployment.toJson());
}

std::optional<ServiceRevisionRecord> ServiceDeployments::revision(const QString& arn) const
{
    const QJsonObject* found = m_store->find(Kind::ServiceRevision, arn);
    if (!found)
        return std::nullopt;
    return ServiceRevisionRecord::fromJson(*found);
}

QString ServiceDeployments::recordRevision(const ServiceRecord& service, const DeploymentRecord& deployment, double now)
{
    const QString arn = revisionArn(service.arn, deployment.id);
    if (m_store->find(Kind::ServiceRevision, arn))
        return arn;
    ServiceRevisionRecord revision;
    revision.arn = arn;
    revision.serviceArn = service.arn;
    revision.clusterArn = service.clusterArn;
    revision.taskDefinitionArn = deployment.taskDefinitionArn;
    revision.createdAt = deployment.createdAt.value_or(now);
    QJsonObject& json = revision.json;
    if (!deployment.capacityProviderStrategy.isEmpty())
        json["capacityProviderStrategy"_L1] = deployment.capacityProviderStrategy;
    else if (!deployment.launchType.isEmpty())
        json["launchType"_L1] = deployment.launchType;
    else if (!service.launchType.isEmpty())
        json["launchType"_L1] = service.launchType;
    for (const char* field : { "platformVersion", "platformFamily" }) {
        const QString value
            = deployment.json.value(QLatin1String(field)).toString(service.json.value(QLatin1String(field)).toString());
        if (!value.isEmpty())
            json[QLatin1String(field)] = value;
    }
    json["loadBalancers"_L1] = service.json.value("loadBalancers"_L1).toArray();
    json["serviceRegistries"_L1] = service.json.value("serviceRegistries"_L1).toArray();
    const QJsonObject network
        = deployment.networkConfiguration.isEmpty() ? service.networkConfiguration : deployment.networkConfiguration;
    if (!network.isEmpty())
        json["networkConfiguration"_L1] = network;
    for (const char* field : { "volumeConfigurations", "vpcLatticeConfigurations" }) {
        const QJsonValue value = deployment.json.contains(QLatin1String(field))
            ? deployment.json.value(QLatin1String(field))
            : service.json.value(QLatin1String(field));
        if (value.isArray() && !value.toArray().isEmpty())
            json[QLatin1String(field)] = value;
    }
    if (const QJsonValue connect = service.json.value("serviceConnectConfiguration"_L1); connect.isObject())
        json["serviceConnectConfiguration"_L1] = connect;
    // The images the revision runs, as its task definition names them.
    QJsonArray images;
    if (const QJsonObject* definition = Repository(m_store).taskDefinitionDocument(deployment.taskDefinitionArn)) {
        for (const QJsonValue& container : definition->value("containerDefinitions"_L1).toArray()) {
            images.append(QJsonObject { { "containerName"_L1, container.toObject().value("name"_L1) },
                { "image"_L1, container.toObject().value("image"_L1) } });
        }
    }
    json["containerImages"_L1] = images;
    json["guardDutyEnabled"_L1] = false;
    m_store->put(Kind::ServiceRevision, arn, revision.toJson());
    return arn;
}

ServiceDeploymentRecord ServiceDeployments::start(ServiceRecord& service, double now)
{
    const DeploymentRecord& primary = service.deployments.first();
    // Never created before the one it follows (ListServiceDeployments lists newest first).
    if (const std::optional<ServiceDeploymentRecord> previous
        = deployment(service.json.value("currentServiceDeployment"_L1).toString());
        previous && previous->createdAt && *previous->createdAt >= now)
        now = *previous->createdAt + 0.001;
    // An unfinished earlier service deployment of the service ends here: the new one replaces it.
    if (std::optional<ServiceDeploymentRecord> earlier = current(service)) {
        earlier->status = ServiceDeploymentStatus::Stopped;
        earlier->statusReason = tr("Service deployment stopped: a new service deployment was started.");
        earlier->stoppedAt = now;
        earlier->finishedAt = now;
        earlier->updatedAt = now;
        if (earlier->circuitBreakerStatus == MonitorStatus::Monitoring)
            earlier->circuitBreakerStatus = MonitorStatus::MonitoringComplete;
        if (earlier->alarmsStatus == MonitorStatus::Monitoring)
            earlier->alarmsStatus = MonitorStatus::MonitoringComplete;
        put(*earlier);
    }
    ServiceDeploymentRecord record;
    record.arn = deploymentArn(service.arn, primary.id);
    record.serviceArn = service.arn;
    record.clusterArn = service.clusterArn;
    record.status = ServiceDeploymentStatus::Pending;
    record.createdAt = now;
    record.updatedAt = now;
    record.targetServiceRevision
        = { recordRevision(service, primary, now), service.isDaemon() ? 0 : service.desiredCount, 0, 0 };
    for (qsizetype i = 1; i < service.deployments.size(); ++i) {
        const DeploymentRecord& source = service.deployments[i];
        record.sourceServiceRevisions.append(
            { recordRevision(service, source, now), source.desiredCount, source.runningCount, source.pendingCount });
    }
    record.deploymentConfiguration = service.json.value("deploymentConfiguration"_L1).toObject();
    const QJsonObject breaker = record.deploymentConfiguration.value("deploymentCircuitBreaker"_L1).toObject();
    const bool breakerOn = breaker.value("enable"_L1).toBool();
    record.circuitBreakerStatus = breakerOn ? MonitorStatus::Monitoring : MonitorStatus::Disabled;
    record.threshold = breakerOn ? circuitBreakerThreshold(service.desiredCount) : 0;
    const QJsonObject alarms = record.deploymentConfiguration.value("alarms"_L1).toObject();
    record.alarmNames = strings(alarms.value("alarmNames"_L1));
    record.alarmsStatus = alarms.value("enable"_L1).toBool() && !record.alarmNames.isEmpty() ? MonitorStatus::Monitoring
                                                                                             : MonitorStatus::Disabled;
    put(record);
    service.json["currentServiceDeployment"_L1] = record.arn;
    return record;
}

std::optional<ServiceDeploymentRecord> ServiceDeployments::current(const ServiceRecord& service) const
{
    const QString arn = service.json.value("currentServiceDeployment"_L1).toString();
    if (arn.isEmpty())
        return std::nullopt;
    std::optional<ServiceDeploymentRecord> found = deployment(arn);
    if (!found || found->isFinished())
        return std::nullopt;
    return found;
}

void ServiceDeployments::beginRollback(const ServiceRecord& service, const DeploymentRecord& to, const QString& reason,
    bool requested, bool circuitBreaker, const QStringList& triggeredAlarms, double now)
{
    std::optional<ServiceDeploymentRecord> record = current(service);
    if (!record)
        return;
    record->status
        = requested ? ServiceDeploymentStatus::RollbackRequested : ServiceDeploymentStatus::RollbackInProgress;
    record->statusReason = reason;
    record->rollbackReason = reason;
    record->rollbackStartedAt = now;
    record->rollbackServiceRevisionArn = recordRevision(service, to, now);
    record->updatedAt = now;
    for (const DeploymentRecord& deployment : service.deployments) {
        if (deployment.id == deploymentIdOf(record->targetServiceRevision.arn)
            && record->circuitBreakerStatus == MonitorStatus::Monitoring)
            record->failureCount = deployment.failedTasks;
    }
    if (circuitBreaker)
        record->circuitBreakerStatus = MonitorStatus::Triggered;
    else if (record->circuitBreakerStatus == MonitorStatus::Monitoring)
        record->circuitBreakerStatus = MonitorStatus::MonitoringComplete;
    if (!triggeredAlarms.isEmpty()) {
        record->alarmsStatus = MonitorStatus::Triggered;
        record->triggeredAlarmNames = triggeredAlarms;
    } else if (record->alarmsStatus == MonitorStatus::Monitoring) {
        record->alarmsStatus = MonitorStatus::MonitoringComplete;
    }
    put(*record);
}

std::optional<DeploymentRecord> ServiceDeployments::restore(ServiceRecord& service, const QString& revisionArn,
    const QString& failedReason, const QString& restoredReason, double now) const
{
    const QString id = deploymentIdOf(revisionArn);
    if (service.deployments.isEmpty() || service.deployments.first().id == id)
        return std::nullopt;
    DeploymentRecord restored;
    qsizetype index = -1;
    for (qsizetype i = 1; i < service.deployments.size(); ++i) {
        if (service.deployments[i].id == id)
            index = i;
    }
    if (index > 0) {
        restored = service.deployments.takeAt(index);
    } else {
        const std::optional<ServiceRevisionRecord> revision = this->revision(revisionArn);
        if (!revision)
            return std::nullopt;
        restored.id = id;
        restored.taskDefinitionArn = revision->taskDefinitionArn;
        restored.launchType = revision->json.value("launchType"_L1).toString();
        restored.capacityProviderStrategy = revision->json.value("capacityProviderStrategy"_L1).toArray();
        restored.networkConfiguration = revision->json.value("networkConfiguration"_L1).toObject();
        restored.createdAt = now;
    }
    DeploymentRecord& failing = service.deployments.first();
    failing.status = DeploymentStatus::Active;
    failing.rolloutState = RolloutState::Failed;
    failing.rolloutStateReason = failedReason;
    failing.updatedAt = now;
    restored.status = DeploymentStatus::Primary;
    restored.rolloutState = RolloutState::InProgress;
    restored.rolloutStateReason = restoredReason;
    restored.desiredCount = service.desiredCount;
    restored.updatedAt = now;
    service.deployments.prepend(restored);
    service.taskDefinitionArn = restored.taskDefinitionArn;
    return restored;
}

void ServiceDeployments::forget(const QString& serviceArn)
{
    for (const Kind kind : { Kind::ServiceDeployment, Kind::ServiceRevision }) {
        QStringList keys;
        forRange(m_store->collection(kind), prefixOf(serviceArn, kind == Kind::ServiceRevision), {},
            [&](const QString& key, const QJsonObject&) {
                keys.append(key);
                return true;
            });
        for (const QString& key : keys)
            m_store->remove(kind, key);
    }
}

void ServiceDeployments::addEvent(QJsonObject& serviceJson, const QString& message, double now)
{
    QJsonArray events = serviceJson.value("events"_L1).toArray();
    events.prepend(QJsonObject { { "id"_L1, QUuid::createUuid().toString(QUuid::WithoutBraces) },
        { "createdAt"_L1, now }, { "message"_L1, message } });
    while (events.size() > 100)
        events.removeLast();
    serviceJson["events"_L1] = events;
}

void ServiceDeployments::follow(ServiceRecord& service, double now)
{
    auto summaryOf = [&](const DeploymentRecord& deployment, bool primary) {
        return ServiceRevisionSummary { revisionArn(service.arn, deployment.id),
            primary ? (service.isDaemon() ? deployment.desiredCount : service.desiredCount) : 0,
            deployment.runningCount, deployment.pendingCount };
    };
    // The service's currentServiceRevisions: the revisions its deployments run.
    QJsonArray revisions;
    for (qsizetype i = 0; i < service.deployments.size(); ++i) {
        if (!service.json.value("currentServiceDeployment"_L1).toString().isEmpty())
            revisions.append(summaryOf(service.deployments[i], i == 0).toJson());
    }
    if (!revisions.isEmpty() || service.json.contains("currentServiceRevisions"_L1))
        service.json["currentServiceRevisions"_L1] = revisions;

    std::optional<ServiceDeploymentRecord> record = current(service);
    if (!record || service.deployments.isEmpty())
        return;
    const QJsonObject before = record->toJson();
    const DeploymentRecord& primary = service.deployments.first();
    const DeploymentRecord* target = nullptr;
    const QString targetId = deploymentIdOf(record->targetServiceRevision.arn);
    for (qsizetype i = 0; i < service.deployments.size(); ++i) {
        const DeploymentRecord& deployment = service.deployments[i];
        if (deployment.id == targetId) {
            target = &deployment;
            record->targetServiceRevision = summaryOf(deployment, i == 0);
        }
        for (ServiceRevisionSummary& source : record->sourceServiceRevisions) {
            if (deploymentIdOf(source.arn) == deployment.id)
                source = summaryOf(deployment, i == 0);
        }
    }
    if (!target)
        record->targetServiceRevision = { record->targetServiceRevision.arn, 0, 0, 0 };
    if (target && record->circuitBreakerStatus == MonitorStatus::Monitoring)
        record->failureCount = target->failedTasks;
    auto finishMonitors = [&] {
        if (record->circuitBreakerStatus == MonitorStatus::Monitoring)
            record->circuitBreakerStatus = MonitorStatus::MonitoringComplete;
        if (record->alarmsStatus == MonitorStatus::Monitoring)
            record->alarmsStatus = MonitorStatus::MonitoringComplete;
    };
    const bool primarySteady = service.deployments.size() == 1 && primary.rolloutState == RolloutState::Completed;
    switch (record->status) {
    case ServiceDeploymentStatus::Pending:
        record->status = ServiceDeploymentStatus::InProgress;
        record->startedAt = now;
        break;
    case ServiceDeploymentStatus::InProgress:
        if (target == &primary && primarySteady) {
            record->status = ServiceDeploymentStatus::Successful;
            record->statusReason = tr("Service deployment completed successfully.");
            record->finishedAt = now;
            finishMonitors();
        } else if (target == &primary && primary.rolloutState == RolloutState::Failed) {
            // Failed without a rollback: the deployment stops where it is.
            record->status = ServiceDeploymentStatus::Stopped;
            record->statusReason = primary.rolloutStateReason;
            record->stoppedAt = now;
            record->finishedAt = now;
        }
        break;
    case ServiceDeploymentStatus::StopRequested:
        record->status = ServiceDeploymentStatus::Stopped;
        record->stoppedAt = now;
        record->finishedAt = now;
        finishMonitors();
        break;
    case ServiceDeploymentStatus::RollbackRequested:
        record->status = ServiceDeploymentStatus::RollbackInProgress;
        if (!record->startedAt)
            record->startedAt = now;
        break;
    case ServiceDeploymentStatus::RollbackInProgress:
        if (primary.id == deploymentIdOf(record->rollbackServiceRevisionArn)) {
            if (primarySteady) {
                record->status = ServiceDeploymentStatus::RollbackSuccessful;
                record->finishedAt = now;
                finishMonitors();
            } else if (primary.rolloutState == RolloutState::Failed) {
                record->status = ServiceDeploymentStatus::RollbackFailed;
                record->statusReason = primary.rolloutStateReason;
                record->finishedAt = now;
                finishMonitors();
            }
        }
        break;
    default:
        break;
    }
    QJsonObject after = record->toJson();
    if (after != before) {
        record->updatedAt = now;
        put(*record);
    }
}

} // namespace EcsDesk::Local
