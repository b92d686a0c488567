#include "models/taskdef/registersequence.h"

#include "api/core/awserror.h"
#include "api/core/awstransport.h"
#include "api/ecs/ecsclient.h"
#include "models/taskdef/taskdefinitionjson.h"

#include <QJsonArray>

namespace EcsDesk::Models {

namespace {
    QString errorText(const Api::AwsReply* reply)
    {
        return reply->error() ? reply->error()->message : RegisterSequence::tr("unknown error");
    }
} // namespace

RegisterSequence::RegisterSequence(Api::EcsClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{
}

bool RegisterSequence::start(const QJsonObject& definition, const QString& cluster, const QString& service)
{
    if (!m_client || m_running || cluster.isEmpty() != service.isEmpty())
        return false;
    m_running = true;
    m_cluster = cluster;
    m_service = service;
    Api::AwsReply* reply = m_client->registerTaskDefinition(TaskDefinitionJson::toRegisterInput(definition));
    connect(reply, &Api::AwsReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (!reply->isOk()) {
            Q_EMIT registerFailed(errorText(reply));
            finish(false);
            return;
        }
        RegisteredRevision revision;
        revision.taskDefinition = reply->json().value(QStringLiteral("taskDefinition")).toObject();
        revision.arn = revision.taskDefinition.value(QStringLiteral("taskDefinitionArn")).toString();
        revision.revision = revision.taskDefinition.value(QStringLiteral("revision")).toInt();
        Q_EMIT registered(revision);
        if (m_service.isEmpty())
            finish(true);
        else
            deploy(revision);
    });
    return true;
}

void RegisterSequence::deploy(const RegisteredRevision& revision)
{
    Api::AwsReply* update = m_client->updateService(
        m_cluster, m_service, QJsonObject { { QStringLiteral("taskDefinition"), revision.arn } });
    Q_EMIT deploying(m_service, revision.arn);
    connect(update, &Api::AwsReply::finished, this, [this, update] {
        update->deleteLater();
        if (!update->isOk()) {
            Q_EMIT deployFailed(m_service, errorText(update));
            finish(false);
            return;
        }
        StartedDeployment started;
        started.cluster = m_cluster;
        started.service = m_service;
        started.serviceObject = update->json().value(QStringLiteral("service")).toObject();
        const QJsonObject deployment
            = started.serviceObject.value(QStringLiteral("deployments")).toArray().at(0).toObject();
        started.deploymentId = deployment.value(QStringLiteral("id")).toString();
        started.state = deployment.value(QStringLiteral("rolloutState"))
                            .toString(deployment.value(QStringLiteral("status")).toString());
        Q_EMIT deploymentStarted(started);
        finish(true);
    });
}

void RegisterSequence::finish(bool ok)
{
    m_running = false;
    Q_EMIT finished(ok);
}

} // namespace EcsDesk::Models
