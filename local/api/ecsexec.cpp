// SPDX-License-Identifier: MIT
// ExecuteCommand (ECS Exec): the session ECS answers with for an interactive command in a running
// task's container that was run with enableExecuteCommand. The local endpoint has no Session
// Manager, so the stream URL and token only have AWS's shape; the errors are ECS's texts.
#include "local/api/ecsdetail.h"
#include "local/api/ecshandler.h"
#include "local/domain/records.h"
#include "local/store/store.h"

#include <QJsonArray>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace EcsDesk::Local {

using namespace EcsDetail;

QJsonObject EcsHandler::executeCommand(const QJsonObject& in)
{
    const QString command = Input::requiredString(in, "command"_L1);
    if (!Input::boolean(in, "interactive"_L1).value_or(false))
        throw ApiError::invalidParameter(tr("Interactive is the only mode supported currently."));
    const ClusterRecord cluster = activeCluster(in);
    const QString key = taskKey(cluster.arn, Input::requiredString(in, "task"_L1));
    const std::optional<TaskRecord> task = m_tasks.repository().task(key);
    if (!task)
        throw ApiError::invalidParameter(tr("The referenced task was not found."));
    const QString wanted = Input::string(in, "container"_L1);
    const ContainerRecord* container = nullptr;
    if (wanted.isEmpty()) {
        if (task->containers.size() != 1)
            throw ApiError::invalidParameter(
                tr("The task has more than one container. Specify a container name and try again."));
        container = &task->containers.first();
    } else {
        for (const ContainerRecord& candidate : task->containers) {
            if (candidate.name == wanted)
                container = &candidate;
        }
        if (!container)
            throw ApiError::invalidParameter(tr("The container %1 was not found in the task.").arg(wanted));
    }
    // A container without a status of its own runs when its task does.
    const bool running = task->lastStatus == TaskStatus::Running
        && (container->is(ContainerStatus::Running) || !container->json.contains("lastStatus"_L1));
    if (!task->enableExecuteCommand || !running)
        throw ApiError::invalidParameter(
            tr("The execute command failed because execute command was not enabled when the task was run or the "
               "execute command agent isn’t running. Wait and try again or run a new task with execute command "
               "enabled and try again."));
    const QString sessionId = QStringLiteral("ecs-execute-command-") + QUuid::createUuid().toString(QUuid::Id128);
    QByteArray tokenBytes = QUuid::createUuid().toRfc4122();
    tokenBytes += QUuid::createUuid().toRfc4122();
    tokenBytes += command.toUtf8().left(16);
    const QString token = QString::fromLatin1(tokenBytes.toBase64());
    const QJsonObject session { { "sessionId"_L1, sessionId },
        { "streamUrl"_L1,
            QStringLiteral("wss://ssmmessages.%1.amazonaws.com/v1/data-channel/%2?role=publish_subscribe")
                .arg(m_context.region, sessionId) },
        { "tokenValue"_L1, token } };
    return { { "clusterArn"_L1, cluster.arn }, { "containerArn"_L1, container->json.value("containerArn"_L1) },
        { "containerName"_L1, container->name }, { "interactive"_L1, true }, { "session"_L1, session },
        { "taskArn"_L1, task->arn } };
}

} // namespace EcsDesk::Local
