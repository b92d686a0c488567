// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QObject>
#include <QString>

namespace EcsDesk::Api {
class EcsClient;
class ReplyGuard;
} // namespace EcsDesk::Api

namespace EcsDesk::Models {

/// A revision RegisterTaskDefinition created.
struct RegisteredRevision {
    QString arn; ///< taskDefinitionArn
    int revision = 0;
    QJsonObject taskDefinition; ///< the TaskDefinition as ECS returned it
};

/// The deployment UpdateService started for the new revision.
struct StartedDeployment {
    QString cluster;
    QString service; ///< as the user named it
    QString deploymentId; ///< the PRIMARY deployment's id
    QString state; ///< its rolloutState, or its status when ECS gives no rollout state
    QJsonObject serviceObject; ///< the Service as UpdateService returned it
};

/// The editor's "register" and "register and deploy": RegisterTaskDefinition with a definition's
/// registrable form, then (with a deploy target) UpdateService of that service to the new revision.
/// Reports each step as typed signals; holds no widgets, so it is tested without a GUI.
class RegisterSequence : public QObject {
    Q_OBJECT
public:
    explicit RegisterSequence(Api::EcsClient* client, QObject* parent = nullptr);

    /// Registers `definition` (read-only fields are dropped first). With `cluster` and `service`
    /// the service is then updated to the new revision. False without sending anything when there
    /// is no client, a sequence is still running, or only one of cluster and service is given.
    bool start(const QJsonObject& definition, const QString& cluster = {}, const QString& service = {});
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void registered(const EcsDesk::Models::RegisteredRevision& revision);
    void registerFailed(const QString& message);
    /// UpdateService was sent for `revision` (only with a deploy target).
    void deploying(const QString& service, const QString& revisionArn);
    void deploymentStarted(const EcsDesk::Models::StartedDeployment& deployment);
    void deployFailed(const QString& service, const QString& message);
    /// The sequence ended (after the last of the signals above); `ok` when every step succeeded.
    void finished(bool ok);

private:
    void deploy(const RegisteredRevision& revision);
    void finish(bool ok);

    Api::EcsClient* m_client = nullptr;
    Api::ReplyGuard* m_replies = nullptr;
    QString m_cluster;
    QString m_service;
    bool m_running = false;
};

} // namespace EcsDesk::Models
