// SPDX-License-Identifier: MIT
#include "models/deployments/deploymenthistory.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace EcsDesk::Models {

namespace {
    QString lastSegment(const QString& arn) { return arn.section(u'/', -1); }
    QString isoTime(const QDateTime& at) { return at.isValid() ? at.toUTC().toString(Qt::ISODate) : QString(); }

    QString csvField(const QString& text)
    {
        if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n'))
            return text;
        QString quoted = text;
        quoted.replace(u"\""_s, u"\"\""_s);
        return u'"' + quoted + u'"';
    }

    QList<TaskDefinitionChange> prefixed(const QList<TaskDefinitionChange>& changes, const QString& prefix)
    {
        QList<TaskDefinitionChange> result;
        for (TaskDefinitionChange change : changes) {
            change.path = prefix + change.path;
            result.append(change);
        }
        return result;
    }

    /// containerImages as an object by container name, so the diff names the container.
    void byContainer(QJsonObject& settings)
    {
        const QJsonValue images = settings.value("containerImages"_L1);
        if (!images.isArray())
            return;
        QJsonObject keyed;
        for (const QJsonValue& item : images.toArray()) {
            QJsonObject image = item.toObject();
            const QString name = image.take("containerName"_L1).toString();
            keyed.insert(name, image);
        }
        settings.insert("containerImages"_L1, keyed);
    }

    /// Does `to` name `revision` (its ARN or id, or its task definition)?
    bool names(const QString& to, const Api::ServiceRevision& revision)
    {
        return to == revision.arn || to == lastSegment(revision.arn) || to == revision.taskDefinition
            || to == revision.taskDefinitionName();
    }
} // namespace

QList<DeploymentRow> DeploymentHistory::rows(const Api::ServiceDeploymentHistory& history)
{
    QList<DeploymentRow> result;
    for (const Api::ServiceDeployment& d : history.deployments) {
        DeploymentRow row;
        row.deploymentArn = d.arn;
        row.deploymentId = lastSegment(d.arn);
        row.status = d.status;
        row.statusReason = d.statusReason;
        row.trigger = Api::ServiceDeployment::triggerName(d.trigger());
        row.revisionArn = d.targetRevisionArn();
        row.revisionId = lastSegment(row.revisionArn);
        if (const Api::ServiceRevision* revision = history.revision(row.revisionArn))
            row.taskDefinition = revision->taskDefinitionName();
        row.createdAt = d.createdAt;
        row.startedAt = d.startedAt;
        row.finishedAt = d.finishedAt.isValid() ? d.finishedAt : d.stoppedAt;
        if (d.targetServiceRevision) {
            row.requested = d.targetServiceRevision->requestedTaskCount;
            row.running = d.targetServiceRevision->runningTaskCount;
            row.pending = d.targetServiceRevision->pendingTaskCount;
        }
        row.rollbackReason = d.rollbackReason;
        row.rollbackRevisionArn = d.rollbackServiceRevisionArn;
        row.inProgress = d.inProgress();
        result.append(row);
    }
    return result;
}

QList<TaskDefinitionChange> DeploymentDiff::all() const
{
    return prefixed(service, u"service."_s) + prefixed(taskDefinition, u"taskDefinition."_s);
}

QString DeploymentDiff::unifiedText() const
{
    return TaskDefinitionDiff::toUnifiedText(all(), beforeLabel, afterLabel);
}

DeploymentDiff DeploymentHistory::compare(const Api::ServiceRevision& before, const QJsonObject& beforeTaskDefinition,
    const Api::ServiceRevision& after, const QJsonObject& afterTaskDefinition)
{
    DeploymentDiff diff;
    diff.beforeLabel = before.taskDefinitionName() + u" ("_s + lastSegment(before.arn) + u')';
    diff.afterLabel = after.taskDefinitionName() + u" ("_s + lastSegment(after.arn) + u')';
    QJsonObject a = before.settings();
    QJsonObject b = after.settings();
    // The task definition's ARN is compared through its content; the digests ECS resolved say
    // which image each container ran and stay in the settings.
    a.remove(u"taskDefinition"_s);
    b.remove(u"taskDefinition"_s);
    byContainer(a);
    byContainer(b);
    diff.service = TaskDefinitionDiff::compare(a, b);
    if (before.taskDefinition != after.taskDefinition) {
        if (!beforeTaskDefinition.isEmpty() && !afterTaskDefinition.isEmpty()) {
            diff.taskDefinition = TaskDefinitionDiff::compare(beforeTaskDefinition, afterTaskDefinition);
        }
        if (diff.taskDefinition.isEmpty()) {
            diff.taskDefinition.append({ TaskDefinitionChange::Kind::Changed, u"taskDefinitionArn"_s,
                before.taskDefinition, after.taskDefinition });
        }
    }
    return diff;
}

const Api::ServiceRevision* DeploymentHistory::currentRevision(const Api::ServiceDeploymentHistory& history)
{
    for (const Api::ServiceDeployment& d : history.deployments) {
        if (d.status == "ROLLBACK_SUCCESSFUL"_L1 && !d.rollbackServiceRevisionArn.isEmpty())
            return history.revision(d.rollbackServiceRevisionArn);
        if (d.status == "STOPPED"_L1 || d.status == "ROLLBACK_FAILED"_L1)
            continue; // what it replaced may still run: look further back
        return history.revision(d.targetRevisionArn());
    }
    return nullptr;
}

RollbackPlan DeploymentHistory::planRollback(const Api::ServiceDeploymentHistory& history, const QString& to)
{
    RollbackPlan plan;
    if (const Api::ServiceDeployment* moving = history.inProgress()) {
        plan.kind = RollbackPlan::Kind::StopDeployment;
        plan.deploymentArn = moving->arn;
        plan.fromRevisionArn = moving->targetRevisionArn();
        if (!moving->sourceServiceRevisions.isEmpty())
            plan.toRevisionArn = moving->sourceServiceRevisions.first().arn;
        return plan;
    }
    const Api::ServiceRevision* current = currentRevision(history);
    plan.fromRevisionArn = current ? current->arn : QString();
    const Api::ServiceRevision* target = nullptr;
    const QString wanted = to.trimmed();
    if (!wanted.isEmpty()) {
        for (const Api::ServiceDeployment& d : history.deployments) {
            const Api::ServiceRevision* revision = history.revision(d.targetRevisionArn());
            if (!revision)
                continue;
            if (wanted == d.arn || wanted == lastSegment(d.arn) || names(wanted, *revision)) {
                target = revision;
                break;
            }
        }
        if (!target) {
            plan.problem = tr("No deployment of %1 deployed revision %2.").arg(history.service, wanted);
            return plan;
        }
    } else {
        for (const Api::ServiceDeployment& d : history.deployments) {
            if (d.status != "SUCCESSFUL"_L1)
                continue;
            const Api::ServiceRevision* revision = history.revision(d.targetRevisionArn());
            if (revision && (!current || revision->arn != current->arn)
                && (!current || revision->settings() != current->settings())) {
                target = revision;
                break;
            }
        }
        if (!target) {
            plan.problem = tr("%1 has no earlier successful deployment to roll back to.").arg(history.service);
            return plan;
        }
    }
    if (current && target->arn == current->arn) {
        plan.problem = tr("%1 already runs revision %2.").arg(history.service, lastSegment(target->arn));
        return plan;
    }
    plan.kind = RollbackPlan::Kind::UpdateService;
    plan.toRevisionArn = target->arn;
    plan.updateInput = target->updateServiceInput();
    return plan;
}

QString DeploymentHistory::toCsv(const QList<DeploymentRow>& rows)
{
    QString out = u"deployment,status,trigger,taskDefinition,serviceRevision,createdAt,startedAt,finishedAt,"
                  "requested,running,pending,statusReason,rollbackReason\n"_s;
    for (const DeploymentRow& row : rows) {
        const QStringList fields { row.deploymentId, row.status, row.trigger, row.taskDefinition, row.revisionId,
            isoTime(row.createdAt), isoTime(row.startedAt), isoTime(row.finishedAt), QString::number(row.requested),
            QString::number(row.running), QString::number(row.pending), row.statusReason, row.rollbackReason };
        QStringList quoted;
        for (const QString& field : fields)
            quoted.append(csvField(field));
        out += quoted.join(u',') + u'\n';
    }
    return out;
}

QJsonArray DeploymentHistory::toJson(const QList<DeploymentRow>& rows)
{
    QJsonArray result;
    for (const DeploymentRow& row : rows) {
        result.append(QJsonObject { { u"serviceDeploymentArn"_s, row.deploymentArn }, { u"status"_s, row.status },
            { u"statusReason"_s, row.statusReason }, { u"trigger"_s, row.trigger },
            { u"taskDefinition"_s, row.taskDefinition }, { u"serviceRevisionArn"_s, row.revisionArn },
            { u"createdAt"_s, isoTime(row.createdAt) }, { u"startedAt"_s, isoTime(row.startedAt) },
            { u"finishedAt"_s, isoTime(row.finishedAt) }, { u"requestedTaskCount"_s, row.requested },
            { u"runningTaskCount"_s, row.running }, { u"pendingTaskCount"_s, row.pending },
            { u"rollbackReason"_s, row.rollbackReason },
            { u"rollbackServiceRevisionArn"_s, row.rollbackRevisionArn } });
    }
    return result;
}

} // namespace EcsDesk::Models
