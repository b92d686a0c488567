#include "local/simulation/demoseed.h"

#include "local/api/autoscalinghandler.h"
#include "local/api/ecshandler.h"
#include "local/api/logshandler.h"
#include "local/clock.h"
#include "local/simulation/engineplacement.h"
#include "local/simulation/simulation.h"
#include "local/store/store.h"

#include <QJsonDocument>

namespace EcsDesk::Local {

namespace {
    QLatin1String operator""_l1(const char* text, size_t size) { return QLatin1String(text, qsizetype(size)); }

    QJsonObject container(
        const QString& name, const QString& image, int port, const QString& logGroup, const QJsonObject& labels = {})
    {
        QJsonObject definition {
            { "name"_l1, name }, { "image"_l1, image }, { "essential"_l1, true },
            { "logConfiguration"_l1,
                QJsonObject { { "logDriver"_l1, "awslogs"_l1 },
                    { "options"_l1,
                        QJsonObject { { "awslogs-group"_l1, logGroup }, { "awslogs-region"_l1, "us-east-1"_l1 },
                            { "awslogs-stream-prefix"_l1, "ecs"_l1 }, { "awslogs-create-group"_l1, "true"_l1 } } } } }
        };
        if (port > 0)
            definition["portMappings"_l1] = QJsonArray { QJsonObject {
                { "containerPort"_l1, port }, { "hostPort"_l1, 0 }, { "protocol"_l1, "tcp"_l1 } } };
        if (!labels.isEmpty())
            definition["dockerLabels"_l1] = labels;
        return definition;
    }

    /// Moves a task straight to RUNNING (started `startedAt` seconds since the epoch).
    void markRunning(Store& store, const QString& key, double startedAt)
    {
        QJsonObject task = *store.find(Kind::Task, key);
        task["lastStatus"_l1] = "RUNNING"_l1;
        task["createdAt"_l1] = startedAt - 12;
        task["pullStartedAt"_l1] = startedAt - 10;
        task["pullStoppedAt"_l1] = startedAt - 3;
        task["startedAt"_l1] = startedAt;
        task["connectivityAt"_l1] = startedAt - 1;
        QJsonArray containers = task.value("containers"_l1).toArray();
        for (qsizetype i = 0; i < containers.size(); ++i) {
            QJsonObject c = containers[i].toObject();
            c["lastStatus"_l1] = "RUNNING"_l1;
            containers[i] = c;
        }
        task["containers"_l1] = containers;
        QJsonArray attachments = task.value("attachments"_l1).toArray();
        for (qsizetype i = 0; i < attachments.size(); ++i) {
            QJsonObject a = attachments[i].toObject();
            a["status"_l1] = "ATTACHED"_l1;
            attachments[i] = a;
        }
        task["attachments"_l1] = attachments;
        store.put(Kind::Task, key, task);
    }

    void markStopped(Store& store, const QString& key, double startedAt, double stoppedAt, int exitCode,
        const QString& stopCode, const QString& reason)
    {
        markRunning(store, key, startedAt);
        QJsonObject task = *store.find(Kind::Task, key);
        task["lastStatus"_l1] = "STOPPED"_l1;
        task["desiredStatus"_l1] = "STOPPED"_l1;
        task["stoppingAt"_l1] = stoppedAt;
        task["executionStoppedAt"_l1] = stoppedAt;
        task["stoppedAt"_l1] = stoppedAt + 5;
        task["stopCode"_l1] = stopCode;
        task["stoppedReason"_l1] = reason;
        QJsonArray containers = task.value("containers"_l1).toArray();
        for (qsizetype i = 0; i < containers.size(); ++i) {
            QJsonObject c = containers[i].toObject();
            c["lastStatus"_l1] = "STOPPED"_l1;
            c["exitCode"_l1] = exitCode;
            if (exitCode != 0)
                c["reason"_l1] = reason;
            containers[i] = c;
        }
        task["containers"_l1] = containers;
        store.put(Kind::Task, key, task);
    }
} // namespace

bool DemoSeed::seed(Simulation& simulation, const EndpointContext& context, QString* error)
{
    Store& store = *context.store;
    EcsHandler ecs(context);
    // Placed as the endpoint places them (default service strategy: spread over zones, then instances).
    installPlacementEngine(&ecs);
    AutoScalingHandler autoScaling(context);
    const qint64 nowMs = context.clock->now().toMSecsSinceEpoch();
    const double now = double(nowMs) / 1000.0;
    const double dayAgo = now - 24 * 3600;
    bool ok = true;
    QString message;
    const bool committed = store.transact(
        [&] {
            try {
                auto call = [&](const char* operation, const QJsonObject& in) {
                    return ecs.handle(QLatin1String(operation), in);
                };
                // Clusters.
                call("CreateCluster",
                    { { "clusterName"_l1, "production"_l1 },
                        { "settings"_l1,
                            QJsonArray { QJsonObject {
                                { "name"_l1, "containerInsights"_l1 }, { "value"_l1, "enabled"_l1 } } } } });
                call("CreateCluster", { { "clusterName"_l1, "batch-fargate"_l1 } });
                // Six instances across three AZs.
                const char* zones[] = { "us-east-1a", "us-east-1b", "us-east-1c" };
                for (int i = 0; i < 6; ++i) {
                    const QJsonObject identity { { "instanceId"_l1,
                                                     QStringLiteral("i-0demo%1f00d%2").arg(i).arg(i * 7) },
                        { "availabilityZone"_l1, QLatin1String(zones[i % 3]) },
                        { "instanceType"_l1, i < 4 ? "m5.large"_l1 : "c5.xlarge"_l1 } };
                    call("RegisterContainerInstance",
                        { { "cluster"_l1, "production"_l1 },
                            { "instanceIdentityDocument"_l1,
                                QString::fromUtf8(QJsonDocument(identity).toJson(QJsonDocument::Compact)) },
                            { "totalResources"_l1,
                                QJsonArray { QJsonObject { { "name"_l1, "CPU"_l1 }, { "type"_l1, "INTEGER"_l1 },
                                                 { "integerValue"_l1, i < 4 ? 2048 : 4096 } },
                                    QJsonObject { { "name"_l1, "MEMORY"_l1 }, { "type"_l1, "INTEGER"_l1 },
                                        { "integerValue"_l1, i < 4 ? 7680 : 7500 } } } } });
                }
                // Task definition families with several revisions.
                auto registerFamily = [&](const QString& family, const QString& image, int revisions, int cpu,
                                          int memory, int port, const QJsonObject& labels, bool fargate) {
                    QString arn;
                    for (int r = 1; r <= revisions; ++r) {
                        QJsonObject in { { "family"_l1, family },
                            { "containerDefinitions"_l1,
                                QJsonArray { container(family, image + QStringLiteral(":1.%1").arg(r), port,
                                    "/ecs/"_l1 + family, labels) } },
                            { "cpu"_l1, QString::number(cpu) }, { "memory"_l1, QString::number(memory) } };
                        if (fargate) {
                            in["networkMode"_l1] = "awsvpc"_l1;
                            in["requiresCompatibilities"_l1] = QJsonArray { "FARGATE"_l1 };
                        } else {
                            in["networkMode"_l1] = "bridge"_l1;
                        }
                        arn = call("RegisterTaskDefinition", in)
                                  .value("taskDefinition"_l1)
                                  .toObject()
                                  .value("taskDefinitionArn"_l1)
                                  .toString();
                    }
                    return arn;
                };
                registerFamily(QStringLiteral("web"), QStringLiteral("public.ecr.aws/nginx/nginx"), 4, 256, 512, 80,
                    { { "ecsdesk.sim.cpu"_l1, "0.35"_l1 }, { "ecsdesk.sim.memory"_l1, "0.45"_l1 } }, false);
                registerFamily(QStringLiteral("api"), QStringLiteral("example/api"), 3, 512, 1024, 8080,
                    { { "ecsdesk.sim.cpu"_l1, "0.5"_l1 }, { "ecsdesk.sim.memory"_l1, "0.6"_l1 } }, false);
                registerFamily(QStringLiteral("worker"), QStringLiteral("example/worker"), 2, 1024, 2048, 0,
                    { { "ecsdesk.sim.cpu"_l1, "0.55"_l1 }, { "ecsdesk.sim.memory"_l1, "0.7"_l1 },
                        { "ecsdesk.sim.logs-per-minute"_l1, "12"_l1 } },
                    false);
                registerFamily(QStringLiteral("frontend"), QStringLiteral("example/frontend"), 2, 256, 512, 3000,
                    { { "ecsdesk.sim.cpu"_l1, "0.25"_l1 } }, true);
                registerFamily(
                    QStringLiteral("report-job"), QStringLiteral("example/report"), 2, 512, 1024, 0, {}, true);

                const QJsonObject network { { "awsvpcConfiguration"_l1,
                    QJsonObject { { "subnets"_l1, QJsonArray { "subnet-0a1b2c3d4e5f60718"_l1 } },
                        { "assignPublicIp"_l1, "DISABLED"_l1 } } } };
                auto service = [&](const char* cluster, const char* name, const char* family, int count, bool fargate) {
                    QJsonObject in { { "cluster"_l1, QLatin1String(cluster) },
                        { "serviceName"_l1, QLatin1String(name) }, { "taskDefinition"_l1, QLatin1String(family) },
                        { "desiredCount"_l1, count }, { "launchType"_l1, fargate ? "FARGATE"_l1 : "EC2"_l1 },
                        { "deploymentConfiguration"_l1,
                            QJsonObject { { "maximumPercent"_l1, 200 }, { "minimumHealthyPercent"_l1, 100 },
                                { "deploymentCircuitBreaker"_l1,
                                    QJsonObject { { "enable"_l1, true }, { "rollback"_l1, true } } } } } };
                    if (fargate)
                        in["networkConfiguration"_l1] = network;
                    call("CreateService", in);
                };
                service("production", "web", "web", 4, false);
                service("production", "api", "api", 3, false);
                service("production", "worker", "worker", 2, false);
                service("batch-fargate", "frontend", "frontend", 2, true);

                // Every task runs since a day ago (staggered by a few minutes).
                int n = 0;
                QStringList keys;
                for (const auto& [key, fields] : store.taskIndex())
                    keys.append(key);
                const double firstStart = dayAgo - 600;
                for (const QString& key : keys)
                    markRunning(store, key, firstStart + 37 * n++);
                // The services (and their deployments) were created before their first tasks.
                QStringList serviceKeys;
                for (const auto& [key, record] : store.collection(Kind::Service))
                    serviceKeys.append(key);
                for (const QString& key : std::as_const(serviceKeys)) {
                    QJsonObject record = *store.find(Kind::Service, key);
                    const double createdAt = firstStart - 300;
                    record["createdAt"_l1] = createdAt;
                    QJsonArray deployments = record.value("deployments"_l1).toArray();
                    for (qsizetype i = 0; i < deployments.size(); ++i) {
                        QJsonObject deployment = deployments[i].toObject();
                        deployment["createdAt"_l1] = createdAt;
                        deployment["updatedAt"_l1] = createdAt;
                        deployments[i] = deployment;
                    }
                    record["deployments"_l1] = deployments;
                    store.put(Kind::Service, key, record);
                }
                // Finished one-off Fargate tasks: one succeeded, one failed.
                auto runOnce = [&](double startedAt, double stoppedAt, int exitCode, const QString& stopCode,
                                   const QString& reason) {
                    const QJsonObject answer = call("RunTask",
                        { { "cluster"_l1, "batch-fargate"_l1 }, { "taskDefinition"_l1, "report-job"_l1 },
                            { "launchType"_l1, "FARGATE"_l1 }, { "networkConfiguration"_l1, network },
                            { "startedBy"_l1, "nightly-report"_l1 } });
                    const QString key
                        = answer.value("tasks"_l1).toArray().first().toObject().value("taskArn"_l1).toString();
                    markStopped(store, key, startedAt, stoppedAt, exitCode, stopCode, reason);
                };
                runOnce(now - 6 * 3600, now - 6 * 3600 + 420, 0, QStringLiteral("EssentialContainerExited"),
                    QStringLiteral("Essential container in task exited"));
                runOnce(now - 3 * 3600, now - 3 * 3600 + 95, 137, QStringLiteral("EssentialContainerExited"),
                    QStringLiteral("Essential container in task exited"));

                // Log groups exist (awslogs-create-group) for every family.
                for (const char* family : { "web", "api", "worker", "frontend", "report-job" })
                    LogsHandler::ensureGroup(
                        store, "/ecs/"_l1 + QLatin1String(family), context.region, context.accountId, nowMs);

                // The worker under target tracking on CPU.
                autoScaling.handle(QStringLiteral("RegisterScalableTarget"),
                    { { "ServiceNamespace"_l1, "ecs"_l1 }, { "ResourceId"_l1, "service/production/worker"_l1 },
                        { "ScalableDimension"_l1, "ecs:service:DesiredCount"_l1 }, { "MinCapacity"_l1, 2 },
                        { "MaxCapacity"_l1, 8 } });
                autoScaling.handle(QStringLiteral("PutScalingPolicy"),
                    { { "PolicyName"_l1, "worker-cpu-60"_l1 }, { "ServiceNamespace"_l1, "ecs"_l1 },
                        { "ResourceId"_l1, "service/production/worker"_l1 },
                        { "ScalableDimension"_l1, "ecs:service:DesiredCount"_l1 },
                        { "PolicyType"_l1, "TargetTrackingScaling"_l1 },
                        { "TargetTrackingScalingPolicyConfiguration"_l1,
                            QJsonObject { { "TargetValue"_l1, 60.0 },
                                { "PredefinedMetricSpecification"_l1,
                                    QJsonObject {
                                        { "PredefinedMetricType"_l1, "ECSServiceAverageCPUUtilization"_l1 } } },
                                { "ScaleOutCooldown"_l1, 60 }, { "ScaleInCooldown"_l1, 300 } } } });
            } catch (const ApiError& e) {
                ok = false;
                message = e.code + QStringLiteral(": ") + e.message;
                return;
            }
        },
        error);
    if (!committed)
        return false;
    if (!ok) {
        *error = message;
        return false;
    }
    // Services settle (counts, deployment completed, steady state) on the first tick.
    if (!simulation.tick(error))
        return false;
    // 24 hours of history in one transaction: the last two hours per minute (the last hour with
    // per-task Container Insights metrics), older ones as 10-minute statistic sets.
    const qint64 lastMinute = nowMs / 60'000 * 60'000;
    const qint64 twoHoursAgo = lastMinute - 2 * 3600'000LL;
    const qint64 dayAgoMs = twoHoursAgo - 22 * 3600'000LL;
    return store.transact(
        [&] {
            for (qint64 start = dayAgoMs; start < twoHoursAgo; start += 600'000)
                simulation.recordMinute(start, 10, false);
            for (qint64 minute = twoHoursAgo; minute < lastMinute; minute += 60'000)
                simulation.recordMinute(minute, 1, minute >= lastMinute - 3600'000LL);
            // A day of log lines too (a minute's worth every half hour, then the last two hours' per
            // minute), so the logs of the demo's services are never empty.
            for (qint64 start = dayAgoMs; start < twoHoursAgo; start += 1800'000)
                simulation.recordLogs(start, start + 1800'000);
            for (qint64 minute = twoHoursAgo; minute < lastMinute; minute += 60'000)
                simulation.recordLogs(minute, minute + 60'000);
        },
        error);
}

} // namespace EcsDesk::Local
