// SPDX-License-Identifier: MIT
#include "api/ecs/clustersnapshot.h"

#include <QJsonDocument>

#include <algorithm>

namespace EcsDesk::Api {

namespace {
    template <typename T> QJsonArray sortedRaw(const QList<T>& items)
    {
        QList<const T*> sorted;
        sorted.reserve(items.size());
        for (const T& item : items)
            sorted.append(&item);
        std::sort(sorted.begin(), sorted.end(), [](const T* a, const T* b) { return a->arn < b->arn; });
        QJsonArray array;
        for (const T* item : sorted)
            array.append(item->raw);
        return array;
    }
} // namespace

QJsonObject ClusterSnapshot::toJson() const
{
    QJsonArray failureArray;
    for (const Failure& failure : failures)
        failureArray.append(QJsonObject { { QStringLiteral("arn"), failure.arn },
            { QStringLiteral("reason"), failure.reason }, { QStringLiteral("detail"), failure.detail } });
    return QJsonObject {
        { QStringLiteral("cluster"), cluster.raw },
        { QStringLiteral("services"), sortedRaw(services) },
        { QStringLiteral("tasks"), sortedRaw(tasks) },
        { QStringLiteral("containerInstances"), sortedRaw(containerInstances) },
        { QStringLiteral("taskDefinitions"), sortedRaw(taskDefinitions) },
        { QStringLiteral("failures"), failureArray },
    };
}

namespace SnapshotExport {

    QByteArray toJson(const QList<ClusterSnapshot>& snapshots)
    {
        QJsonArray clusters;
        for (const ClusterSnapshot& snapshot : snapshots)
            clusters.append(snapshot.toJson());
        return QJsonDocument(QJsonObject { { QStringLiteral("clusters"), clusters } }).toJson(QJsonDocument::Indented);
    }

    QString csvField(const QString& value)
    {
        if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n'))
            && !value.contains(QLatin1Char('\r')))
            return value;
        QString quoted = value;
        quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
        return QLatin1Char('"') + quoted + QLatin1Char('"');
    }

    QByteArray toCsv(const QList<ClusterSnapshot>& snapshots)
    {
        QString out = QStringLiteral("kind,cluster,name,arn,status,taskDefinition,desired,running,pending,detail\r\n");
        auto row = [&out](const QStringList& fields) {
            QStringList quoted;
            for (const QString& field : fields)
                quoted.append(csvField(field));
            out += quoted.join(QLatin1Char(',')) + QLatin1String("\r\n");
        };
        const QString none;
        for (const ClusterSnapshot& s : snapshots) {
            const QString cluster = s.cluster.name;
            row({ QStringLiteral("cluster"), cluster, s.cluster.name, s.cluster.arn, s.cluster.status, none, none,
                QString::number(s.cluster.runningTasksCount), QString::number(s.cluster.pendingTasksCount), none });
            for (const Service& svc : s.services)
                row({ QStringLiteral("service"), cluster, svc.name, svc.arn, svc.status, svc.taskDefinition,
                    QString::number(svc.desiredCount), QString::number(svc.runningCount),
                    QString::number(svc.pendingCount), svc.launchType });
            for (const Task& task : s.tasks)
                row({ QStringLiteral("task"), cluster, task.group, task.arn, task.lastStatus, task.taskDefinitionArn,
                    task.desiredStatus, none, none, task.stoppedReason });
            for (const ContainerInstance& ci : s.containerInstances)
                row({ QStringLiteral("containerInstance"), cluster, ci.ec2InstanceId, ci.arn, ci.status, none, none,
                    QString::number(ci.runningTasksCount), QString::number(ci.pendingTasksCount),
                    ci.attribute(QStringLiteral("ecs.availability-zone")) });
            for (const TaskDefinition& td : s.taskDefinitions)
                row({ QStringLiteral("taskDefinition"), cluster,
                    td.family + QLatin1Char(':') + QString::number(td.revision), td.arn, td.status, td.arn, none, none,
                    none, td.requiresCompatibilities.join(QLatin1Char(' ')) });
            for (const Failure& f : s.failures)
                row({ QStringLiteral("failure"), cluster, f.reason, f.arn, none, none, none, none, none, f.detail });
        }
        return out.toUtf8();
    }

} // namespace SnapshotExport

} // namespace EcsDesk::Api
