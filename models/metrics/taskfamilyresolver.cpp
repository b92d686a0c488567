// SPDX-License-Identifier: MIT
#include "models/metrics/taskfamilyresolver.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace EcsDesk::Models {

TaskFamilyResolver::TaskFamilyResolver(const Api::EcsClient* ecs, QObject* parent)
    : QObject(parent)
    , m_ecs(ecs)
{
}

TaskFamilyResolver::~TaskFamilyResolver() { cancel(); }

void TaskFamilyResolver::cancel()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    m_reply.clear();
}

QString TaskFamilyResolver::familyOf(const QString& taskDefinitionArn)
{
    const QString nameAndRevision = taskDefinitionArn.section(QLatin1Char('/'), -1);
    const qsizetype colon = nameAndRevision.lastIndexOf(QLatin1Char(':'));
    return colon < 0 ? nameAndRevision : nameAndRevision.left(colon);
}

void TaskFamilyResolver::resolve(const QString& cluster, const QString& taskId)
{
    cancel();
    if (!m_ecs) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                emit failed(Api::AwsError::make(Api::AwsError::Kind::Configuration, QStringLiteral("NoClient"),
                    tr("No ECS connection to look up the task.")));
            },
            Qt::QueuedConnection);
        return;
    }
    Api::AwsReply* reply = m_ecs->describeTasks(cluster, { taskId });
    m_reply = reply;
    connect(reply, &Api::AwsReply::finished, this, [this, reply, taskId] {
        reply->deleteLater();
        m_reply.clear();
        if (!reply->isOk()) {
            emit failed(*reply->error());
            return;
        }
        const QJsonArray tasks = reply->json().value(QLatin1String("tasks")).toArray();
        const QString arn = tasks.isEmpty()
            ? QString()
            : tasks.first().toObject().value(QLatin1String("taskDefinitionArn")).toString();
        if (arn.isEmpty()) {
            const QJsonArray failures = reply->json().value(QLatin1String("failures")).toArray();
            const QString reason = failures.isEmpty()
                ? QStringLiteral("MISSING")
                : failures.first().toObject().value(QLatin1String("reason")).toString();
            emit failed(Api::AwsError::make(Api::AwsError::Kind::Service, QStringLiteral("TaskNotFound"),
                tr("Task %1 was not found (%2).").arg(taskId, reason)));
            return;
        }
        emit resolved(familyOf(arn));
    });
}

} // namespace EcsDesk::Models
