// SPDX-License-Identifier: MIT
// ECS service deployments and revisions: ListServiceDeployments, DescribeServiceDeployments,
// DescribeServiceRevisions, StopServiceDeployment. The records and their states are the domain's
// (local/domain/servicedeployments.*); the scheduler moves them on.
#include "local/api/ecshandler.h"

#include "local/api/ecsdetail.h"
#include "local/clock.h"
#include "local/domain/servicedeployments.h"
#include "local/store/store.h"

#include <QDateTime>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace EcsDesk::Local {

using namespace EcsDetail;

namespace {
    /// A timestamp member: epoch seconds, or ISO 8601 text (both reach us from the SDKs).
    std::optional<double> timestamp(const QJsonObject& object, QLatin1String key)
    {
        const QJsonValue value = object.value(key);
        if (value.isDouble())
            return value.toDouble();
        if (value.isString()) {
            const QDateTime parsed = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
            if (parsed.isValid())
                return double(parsed.toMSecsSinceEpoch()) / 1000.0;
            bool ok = false;
            const double number = value.toString().toDouble(&ok);
            if (ok)
                return number;
            throw ApiError::invalidParameter(tr("Invalid timestamp for %1.").arg(key));
        }
        return std::nullopt;
    }

    QStringList requiredArns(const QJsonObject& in, QLatin1String field)
    {
        const QStringList arns = Input::stringList(in, field);
        if (arns.isEmpty())
            throw ApiError::invalidParameter(tr("%1 cannot be empty.").arg(field));
        if (arns.size() > 20)
            throw ApiError::invalidParameter(tr("%1 can have at most 20 items.").arg(field));
        return arns;
    }
} // namespace

QJsonObject EcsHandler::listServiceDeployments(const QJsonObject& in)
{
    const ClusterRecord cluster = activeCluster(in);
    const QString key = serviceKey(cluster.arn, Input::requiredString(in, "service"_L1));
    const std::optional<ServiceRecord> service = m_tasks.repository().service(key);
    if (!service || service->status == ServiceStatus::Inactive)
        throw serviceNotFound();
    const Input::Page page = Input::page(in, 20, 100);
    const QStringList statuses = Input::stringList(in, "status"_L1);
    const QJsonObject created = Input::object(in, "createdAt"_L1);
    const std::optional<double> before = timestamp(created, "before"_L1);
    const std::optional<double> after = timestamp(created, "after"_L1);

    std::vector<ServiceDeploymentRecord> matching;
    forRange(m_context.store->collection(Kind::ServiceDeployment), ServiceDeployments::prefixOf(key), {},
        [&](const QString&, const QJsonObject& document) {
            ServiceDeploymentRecord record = ServiceDeploymentRecord::fromJson(document);
            if (!statuses.isEmpty() && !statuses.contains(wireName(record.status)))
                return true;
            const double createdAt = record.createdAt.value_or(0);
            if ((before && createdAt > *before) || (after && createdAt < *after))
                return true;
            matching.push_back(std::move(record));
            return true;
        });
    // Newest first.
    std::sort(matching.begin(), matching.end(), [](const auto& a, const auto& b) {
        if (a.createdAt.value_or(0) != b.createdAt.value_or(0))
            return a.createdAt.value_or(0) > b.createdAt.value_or(0);
        return a.arn < b.arn;
    });
    std::size_t first = 0;
    if (!page.after.isEmpty()) {
        const auto it = std::find_if(
            matching.begin(), matching.end(), [&](const auto& record) { return record.arn == page.after; });
        if (it == matching.end())
            throw ApiError::invalidParameter(tr("Invalid nextToken."));
        first = std::size_t(it - matching.begin()) + 1;
    }
    QJsonArray briefs;
    QJsonObject out;
    for (std::size_t i = first; i < matching.size(); ++i) {
        if (briefs.size() == page.maxResults) {
            out["nextToken"_L1] = Input::encodeToken(matching[i - 1].arn);
            break;
        }
        briefs.append(matching[i].brief());
    }
    out["serviceDeployments"_L1] = briefs;
    return out;
}

QJsonObject EcsHandler::describeServiceDeployments(const QJsonObject& in)
{
    const QStringList arns = requiredArns(in, "serviceDeploymentArns"_L1);
    QJsonArray found, failures;
    for (const QString& arn : arns) {
        if (const QJsonObject* record = m_context.store->find(Kind::ServiceDeployment, arn))
            found.append(*record);
        else
            failures.append(QJsonObject { { "arn"_L1, arn }, { "reason"_L1, "MISSING"_L1 } });
    }
    return { { "serviceDeployments"_L1, found }, { "failures"_L1, failures } };
}

QJsonObject EcsHandler::describeServiceRevisions(const QJsonObject& in)
{
    const QStringList arns = requiredArns(in, "serviceRevisionArns"_L1);
    QJsonArray found, failures;
    for (const QString& arn : arns) {
        if (const QJsonObject* record = m_context.store->find(Kind::ServiceRevision, arn))
            found.append(*record);
        else
            failures.append(QJsonObject { { "arn"_L1, arn }, { "reason"_L1, "MISSING"_L1 } });
    }
    return { { "serviceRevisions"_L1, found }, { "failures"_L1, failures } };
}

QJsonObject EcsHandler::stopServiceDeployment(const QJsonObject& in)
{
    const QString arn = Input::requiredString(in, "serviceDeploymentArn"_L1);
    QString stopType = Input::string(in, "stopType"_L1);
    if (stopType.isEmpty())
        stopType = QStringLiteral("ROLLBACK");
    Input::requireOneOf(stopType, "stopType"_L1, { QStringLiteral("ABORT"), QStringLiteral("ROLLBACK") });
    ServiceDeployments book(m_context.store);
    std::optional<ServiceDeploymentRecord> record = book.deployment(arn);
    if (!record) {
        throw ApiError { QStringLiteral("ServiceDeploymentNotFoundException"),
            tr("The service deployment %1 does not exist.").arg(arn), 400 };
    }
    if (record->isFinished()) {
        throw ApiError { QStringLiteral("ConflictException"),
            tr("The service deployment %1 has already finished with status %2 and cannot be stopped.")
                .arg(arn, wireName(record->status)),
            400 };
    }
    // Already being stopped or rolled back: it carries on.
    if (record->status == ServiceDeploymentStatus::StopRequested
        || record->status == ServiceDeploymentStatus::RollbackRequested
        || record->status == ServiceDeploymentStatus::RollbackInProgress)
        return { { "serviceDeploymentArn"_L1, arn } };
    std::optional<ServiceRecord> service = m_tasks.repository().service(record->serviceArn);
    if (!service || service->status != ServiceStatus::Active)
        throw ApiError { QStringLiteral("ServiceNotActiveException"), tr("Service was not ACTIVE."), 400 };
    const double now = m_context.clock->epochSeconds();
    const QString serviceName = service->name;
    const QString failingId = service->deployments.isEmpty() ? QString() : service->deployments.first().id;
    if (stopType == "ROLLBACK"_L1) {
        if (record->sourceServiceRevisions.isEmpty()) {
            throw ApiError { QStringLiteral("ConflictException"),
                tr("The service deployment %1 has no source service revision to roll back to.").arg(arn), 400 };
        }
        const QString reason = tr("Service deployment rolled back because of a stop request (StopServiceDeployment).");
        const std::optional<DeploymentRecord> restored
            = book.restore(*service, record->sourceServiceRevisions.first().arn, reason,
                tr("ECS deployment rolling back on request to deploymentId %1.")
                    .arg(ServiceDeployments::deploymentIdOf(record->sourceServiceRevisions.first().arn)),
                now);
        if (!restored)
            throw ApiError { QStringLiteral("ConflictException"),
                tr("The service deployment %1 cannot be rolled back.").arg(arn), 400 };
        book.beginRollback(*service, *restored, reason, true, false, {}, now);
        ServiceDeployments::addEvent(service->json,
            tr("(service %1) (deployment %2) rolling back to deployment %3.").arg(serviceName, failingId, restored->id),
            now);
    } else {
        // ABORT: the deployment stops where it is; no new tasks start and the older ones stay.
        record->status = ServiceDeploymentStatus::StopRequested;
        record->statusReason = tr("Service deployment stopped because of a stop request (StopServiceDeployment).");
        record->updatedAt = now;
        book.put(*record);
        if (!service->deployments.isEmpty()) {
            DeploymentRecord& primary = service->deployments.first();
            primary.rolloutState = RolloutState::Failed;
            primary.rolloutStateReason = record->statusReason;
            primary.updatedAt = now;
        }
        ServiceDeployments::addEvent(
            service->json, tr("(service %1) (deployment %2) deployment stopped.").arg(serviceName, failingId), now);
    }
    m_tasks.repository().putService(*service);
    return { { "serviceDeploymentArn"_L1, arn } };
}

} // namespace EcsDesk::Local
