// SPDX-License-Identifier: MIT
#include "models/taskdef/registersequence.h"

#include "api/core/replyguard.h"
#include "api/ecs/ecsclient.h"
#include "models/taskdef/taskdefinitionjson.h"

namespace EcsDesk::Models {

RegisterSequence::RegisterSequence(Api::EcsClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_replies(new Api::ReplyGuard(this))
{
}

bool RegisterSequence::start(const QJsonObject& definition, const QString& cluster, const QString& service)
{
    if (!m_client || m_running || cluster.isEmpty() != service.isEmpty())
        return false;
    m_running = true;
    m_cluster = cluster;
    m_service = service;
    Api::AwsReply* reply = m_client->registerTaskDefinition(
        Api::RegisterTaskDefinitionRequest { TaskDefinitionJson::toRegisterInput(definition), {} });
    m_replies->watch(
        reply, this,
        [this](Api::AwsReply* registered) {
            const Api::TaskDefinition definition
                = Api::TaskDefinitionResult::fromJson(registered->json()).taskDefinition;
            RegisteredRevision revision;
            revision.taskDefinition = definition.raw;
            revision.arn = definition.arn;
            revision.revision = definition.revision;
            Q_EMIT this->registered(revision);
            if (m_service.isEmpty())
                finish(true);
            else
                deploy(revision);
        },
        [this](const QString& error) {
            Q_EMIT registerFailed(error);
            finish(false);
        });
    return true;
}

void RegisterSequence::deploy(const RegisteredRevision& revision)
{
    Api::UpdateServiceRequest request;
    request.cluster = m_cluster;
    request.service = m_service;
    request.taskDefinition = revision.arn;
    Api::AwsReply* update = m_client->updateService(request);
    Q_EMIT deploying(m_service, revision.arn);
    m_replies->watch(
        update, this,
        [this](Api::AwsReply* updated) {
            const Api::Service service = Api::ServiceResult::fromJson(updated->json()).service;
            StartedDeployment started;
            started.cluster = m_cluster;
            started.service = m_service;
            started.serviceObject = service.raw;
            const Api::Deployment deployment = service.deployments.value(0);
            started.deploymentId = deployment.id;
            started.state = deployment.rolloutState.isEmpty() ? deployment.status : deployment.rolloutState;
            Q_EMIT deploymentStarted(started);
            finish(true);
        },
        [this](const QString& error) {
            Q_EMIT deployFailed(m_service, error);
            finish(false);
        });
}

void RegisterSequence::finish(bool ok)
{
    m_running = false;
    Q_EMIT finished(ok);
}

} // namespace EcsDesk::Models
