// SPDX-License-Identifier: MIT
#pragma once

#include "api/ecs/ecsclient.h"
#include "models/logs/logmodel.h"

#include <QObject>

namespace EcsDesk::Models {

/// Finds the log sources of tasks, or of a service's running tasks: ListTasks (service), then
/// DescribeTasks (100 at a time), then DescribeTaskDefinition once per definition, then
/// LogSource::resolve per task. Emits finished() with the sources (task order, then container
/// order) or failed() with the typed error. The pane and `ecsdesk-cli logs` share it.
class LogSourceResolver : public QObject {
    Q_OBJECT
public:
    explicit LogSourceResolver(const Api::EcsClient* ecs, QObject* parent = nullptr);
    ~LogSourceResolver() override;

    /// tasks: ARNs or ids; empty: the running tasks of `service`.
    void resolve(const QString& cluster, const QString& service, const QStringList& tasks = {});
    void cancel();

Q_SIGNALS:
    void finished(const QList<EcsDesk::Models::LogSource>& sources);
    void failed(const EcsDesk::Api::AwsError& error);

private:
    void describe(const QStringList& tasks);
    void fail(const Api::AwsError& error);
    Api::AwsReply* track(Api::AwsReply* reply);

    const Api::EcsClient* m_ecs;
    QString m_cluster;
    QObject* m_context = nullptr; ///< receiver of the current lookups; replaced by resolve/cancel
};

} // namespace EcsDesk::Models
