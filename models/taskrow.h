// SPDX-License-Identifier: MIT
#pragma once

#include "api/ecs/types.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QSet>
#include <QString>

#include <optional>

namespace EcsDesk::Models {

/// Interns the strings that repeat across thousands of tasks (statuses, zones, task definition,
/// cluster and container instance ARNs, stopped reasons), so each is stored once. Thread-safe: the
/// Tasks pane builds rows on a worker thread.
class StringPool {
public:
    QString intern(const QString& value);
    void clear();
    qsizetype size() const;
    /// Keeps only the strings `keep` returns true for (the ones rows still use), so a long session
    /// whose tasks come and go does not grow the pool without bound.
    template <typename Predicate> void prune(Predicate keep)
    {
        const QMutexLocker locker(&m_mutex);
        m_strings.removeIf([&keep](const QString& value) { return !keep(value); });
    }

private:
    mutable QMutex m_mutex;
    QSet<QString> m_strings;
};

/// What the Tasks pane knows of a cluster beyond its tasks, to name a task's EC2 instance (from the
/// cluster's container instances) and its service (from the services' deployments, for tasks a
/// service started whose `group` does not say: `startedBy` is the deployment's id, "ecs-svc/...").
struct TaskContext {
    QHash<QString, QString> ec2InstanceByContainerInstance; ///< containerInstanceArn -> ec2InstanceId
    QHash<QString, QString> serviceByDeployment; ///< deployment id -> service name

    static TaskContext fromCluster(
        const QList<Api::ContainerInstance>& containerInstances, const QList<Api::Service>& services);
    /// The EC2 instance id of the task's container instance, empty when unknown (Fargate, or an
    /// instance not in the cluster's list any more).
    QString ec2InstanceOf(const Api::Task& task) const;
    /// The name of the service that started the task, empty for a standalone task.
    QString serviceOf(const Api::Task& task) const { return serviceNameIn(task).toString(); }
    /// The same without a copy: a view into the task's group or into this context.
    QStringView serviceNameIn(const Api::Task& task) const { return serviceNameFor(task.group, task.startedBy); }
    /// The same from a task's `group` and `startedBy` (a row built before the context was known).
    QStringView serviceNameFor(const QString& group, const QString& startedBy) const;
    /// The EC2 instance id of a container instance ARN, empty when unknown.
    QString ec2InstanceFor(const QString& containerInstanceArn) const
    {
        return containerInstanceArn.isEmpty() ? QString() : ec2InstanceByContainerInstance.value(containerInstanceArn);
    }
    bool operator==(const TaskContext&) const = default;
};

/// One row of the Tasks pane, compact: what the columns show (interned strings) and the server's
/// whole task object as compressed CBOR, parsed back on demand (details, copy JSON, export), so
/// nothing the server said is lost. About 1 KB per task instead of ~9 KB for an Api::Task with
/// its QJsonObject.
struct TaskRow {
    QString arn;
    QString clusterArn;
    QString taskDefinitionArn;
    QString containerInstanceArn;
    QString ec2InstanceId; ///< of the container instance, when the TaskContext knew it
    QString group;
    QString startedBy; ///< the deployment ("ecs-svc/...") that started it; empty when it names none
    QString serviceName; ///< the service that started the task (see TaskContext::serviceOf)
    QString lastStatus;
    QString desiredStatus;
    QString healthStatus;
    QString launchType;
    QString availabilityZone;
    QString cpu;
    QString memory;
    QString stoppedReason;
    QDateTime startedAt;
    std::optional<int> exitCode; ///< the first non-zero exit code of its containers, if any exited
    qint64 version = -1; ///< ECS's task `version` counter, -1 when the server sent none
    /// Where the task is reached (Api::TaskAddresses), kept without a heap allocation of the row's
    /// own for the usual task: IPv4 addresses as numbers, an "eni-<hex>" id as its number, and the
    /// subnet and host ports (which repeat across tasks) as one interned string, "SUBNET\x1fPORTS"
    /// plus "\x1fENI\x1fPRIVATE\x1fPUBLIC" for values of another form.
    quint32 privateIpv4 = 0; ///< 0: none (or in addressText)
    quint32 publicIpv4 = 0;
    quint64 eniLow = 0; ///< the ENI id's last 16 hex digits
    quint8 eniHigh = 0; ///< the digit before them (17-digit ids)
    quint8 eniDigits = 0; ///< 0: no such ENI id
    QString addressText;
    QByteArray packedJson; ///< the server's task object: CBOR, compressed in qCompress()'s format

    /// Builds the row; strings that repeat come from `pool`.
    static TaskRow fromTask(const Api::Task& task, StringPool& pool, const TaskContext& context = {});
    enum class AddressField { PrivateIp, PublicIp, Eni, Subnet, HostPorts };
    /// One of the task's addresses; empty when it has none.
    QString address(AddressField field) const;
    /// An IPv4 address as a number for sorting (0 when none).
    quint32 ipv4(AddressField field) const { return field == AddressField::PublicIp ? publicIpv4 : privateIpv4; }
    /// Sets the address members from the task's JSON.
    void setAddresses(const QJsonObject& task, StringPool& pool);
    /// The server's task object, parsed back.
    QJsonObject json() const;
    /// The full task, parsed back from json().
    Api::Task task() const;
    bool isStopped() const;
    /// Names the task's EC2 instance and service from `context` (a row built while the cluster's
    /// container instances and services were still loading).
    void applyContext(const TaskContext& context, StringPool& pool);

    bool operator==(const TaskRow&) const = default;
};

/// The JSON kept for a task: the server's object, or for a task built without one (tests, tools)
/// the same fields written the way ECS names them.
QJsonObject taskJson(const Api::Task& task);
/// The first non-zero exit code of the task's containers, if any container exited.
std::optional<int> taskExitCode(const Api::Task& task);
/// ECS's `version` of the task, -1 without one.
qint64 taskVersion(const Api::Task& task);

} // namespace EcsDesk::Models
