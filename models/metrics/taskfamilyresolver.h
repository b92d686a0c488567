// SPDX-License-Identifier: MIT
#pragma once

#include "api/ecs/ecsclient.h"

#include <QObject>
#include <QPointer>

namespace EcsDesk::Models {

/// Finds the task definition family of a task (DescribeTasks): Container Insights publishes a
/// task's metrics with the family as a dimension, and CloudWatch only answers a query that names
/// every dimension. Emits resolved() or failed() once per resolve().
class TaskFamilyResolver : public QObject {
    Q_OBJECT
public:
    explicit TaskFamilyResolver(const Api::EcsClient* ecs, QObject* parent = nullptr);
    ~TaskFamilyResolver() override;

    void resolve(const QString& cluster, const QString& taskId);
    void cancel();
    bool isResolving() const { return !m_reply.isNull(); }

    /// "arn:aws:ecs:...:task-definition/web:7" or "web:7" -> "web".
    static QString familyOf(const QString& taskDefinitionArn);

Q_SIGNALS:
    void resolved(const QString& family);
    void failed(const EcsDesk::Api::AwsError& error);

private:
    const Api::EcsClient* m_ecs;
    QPointer<Api::AwsReply> m_reply;
};

} // namespace EcsDesk::Models
