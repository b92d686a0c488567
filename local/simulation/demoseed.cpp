// SPDX-License-Identifier: MIT
#include "local/simulation/demoseed.h"

#include "local/api/autoscalinghandler.h"
#include "local/api/ecrhandler.h"
#include "local/api/ecshandler.h"
#include "local/api/logshandler.h"
#include "local/api/schedulerhandler.h"
#include "local/clock.h"
#include "local/domain/records.h"
#include "local/domain/repository.h"
#include "local/simulation/engineplacement.h"
#include "local/simulation/simulation.h"
#include "local/store/store.h"

#include <QCryptographicHash>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace EcsDesk::Local {

namespace {
    QJsonObject container(const QString& name, const QString& image, int port, const QString& logGroup,
        const QJsonObject& labels = {}, bool awsvpc = false)
    {
        QJsonObject definition {
            { "name"_L1, name }, { "image"_L1, image }, { "essential"_L1, true },
            { "logConfiguration"_L1,
                QJsonObject { { "logDriver"_L1, "awslogs"_L1 },
                    { "options"_L1,
                        QJsonObject { { "awslogs-group"_L1, logGroup }, { "awslogs-region"_L1, "us-east-1"_L1 },
                            { "awslogs-stream-prefix"_L1, "ecs"_L1 }, { "awslogs-create-group"_L1, "true"_L1 } } } } }
        };
        if (port > 0)
            definition["portMappings"_L1] = QJsonArray { QJsonObject {
                { "containerPort"_L1, port }, { "hostPort"_L1, awsvpc ? port : 0 }, { "protocol"_L1, "tcp"_L1 } } };
        if (!labels.isEmpty())
            definition["dockerLabels"_L1] = labels;
        return definition;
    }

    /// Moves a task straight to RUNNING (started `startedAt` seconds since the epoch).
    void markRunning(Store& store, const QString& key, double startedAt)
    {
        Repository repository(&store);
        TaskRecord task = *repository.task(key);
        task.lastStatus = TaskStatus::Running;
        for (ContainerRecord& container : task.containers)
            container.lastStatus = ContainerStatus::Running;
        // The lifecycle's timestamps and the ENI's status are not typed: they stay in the task's JSON.
        task.json["createdAt"_L1] = startedAt - 12;
        task.json["pullStartedAt"_L1] = startedAt - 10;
        task.json["pullStoppedAt"_L1] = startedAt - 3;
        task.json["startedAt"_L1] = startedAt;
        task.json["connectivityAt"_L1] = startedAt - 1;
        QJsonArray attachments = task.json.value("attachments"_L1).toArray();
        for (qsizetype i = 0; i < attachments.size(); ++i) {
            QJsonObject a = attachments[i].toObject();
            a["status"_L1] = "ATTACHED"_L1;
            attachments[i] = a;
        }
        task.json["attachments"_L1] = attachments;
        repository.putTask(task);
    }

    void markStopped(Store& store, const QString& key, double startedAt, double stoppedAt, int exitCode,
        const QString& stopCode, const QString& reason)
    {
        markRunning(store, key, startedAt);
        Repository repository(&store);
        TaskRecord task = *repository.task(key);
        task.lastStatus = TaskStatus::Stopped;
        task.desiredStatus = TaskStatus::Stopped;
        task.stoppingAt = stoppedAt;
        task.stopCode = stopCode;
        task.stoppedReason = reason;
        task.json["executionStoppedAt"_L1] = stoppedAt;
        task.json["stoppedAt"_L1] = stoppedAt + 5;
        for (ContainerRecord& container : task.containers) {
            container.lastStatus = ContainerStatus::Stopped;
            container.exitCode = exitCode;
            if (exitCode != 0)
                container.json["reason"_L1] = reason;
        }
        repository.putTask(task);
    }

    /// An OCI image manifest for a demo image: deterministic layers and sizes, and the findings its
    /// simulated scan reports (the ecsdesk.sim.findings annotation; empty means none).
    QString demoManifest(const QString& repository, const QString& version, const QString& findings)
    {
        auto digest = [&](const QString& part) {
            return QString("sha256:"_L1
                + QString::fromLatin1(QCryptographicHash::hash(
                    QString(repository + QLatin1Char(':') + version + part).toUtf8(), QCryptographicHash::Sha256)
                                          .toHex()));
        };
        const qint64 base = 28'000'000 + qint64(qHash(repository) % 9) * 4'000'000;
        QJsonArray layers;
        for (int i = 0; i < 4; ++i)
            layers.append(QJsonObject { { "mediaType"_L1, "application/vnd.oci.image.layer.v1.tar+gzip"_L1 },
                { "size"_L1, i == 0 ? base : qint64(1'200'000 * (i + 1) + version.size() * 31'337) },
                { "digest"_L1, digest(QString::number(i)) } });
        const QJsonObject manifest { { "schemaVersion"_L1, 2 },
            { "mediaType"_L1, "application/vnd.oci.image.manifest.v1+json"_L1 },
            { "config"_L1,
                QJsonObject { { "mediaType"_L1, "application/vnd.oci.image.config.v1+json"_L1 }, { "size"_L1, 6'843 },
                    { "digest"_L1, digest(QStringLiteral("config")) } } },
            { "layers"_L1, layers },
            { "annotations"_L1,
                QJsonObject {
                    { "org.opencontainers.image.version"_L1, version }, { "ecsdesk.sim.findings"_L1, findings } } } };
        return QString::fromUtf8(QJsonDocument(manifest).toJson(QJsonDocument::Compact));
    }

    /// ECR repositories for the demo's own images, with weeks of pushes: tag 1.N is what revision N
    /// of the family runs; each repository has a newer tag than the services run (and "latest" on it),
    /// api has untagged leftovers and a lifecycle policy, api:1.2 and frontend:1.1 critical findings.
    void seedRepositories(EcrHandler& ecr, double now, double firstStart)
    {
        struct Push {
            const char* version;
            double daysAgo;
            const char* findings;
        };
        struct Repository {
            const char* name;
            bool scanOnPush;
            bool immutable;
            std::vector<Push> pushes;
            int deployed; ///< index of the push the services run
        };
        const Repository repositories[] = {
            { "api", true, false,
                { { "", 51, "LOW=2" }, { "", 46, "MEDIUM=1,LOW=3" }, { "1.0", 42, "MEDIUM=2" },
                    { "1.1", 35, "HIGH=1,LOW=2" }, { "1.2", 21, "CRITICAL=1,HIGH=3,MEDIUM=2" },
                    { "1.3", 10, "MEDIUM=1,LOW=1" }, { "1.4", 1, "LOW=1" } },
                5 },
            { "worker", true, false,
                { { "1.0", 30, "MEDIUM=1" }, { "1.1", 24, "HIGH=2" }, { "1.2", 12, "LOW=2" }, { "1.3", 2, "" } }, 2 },
            { "frontend", true, true,
                { { "1.0", 28, "" }, { "1.1", 19, "CRITICAL=2,HIGH=1" }, { "1.2", 6, "MEDIUM=1" },
                    { "1.3", 3, "INFORMATIONAL=2" } },
                2 },
            { "report", false, false, { { "1.0", 40, "" }, { "1.1", 20, "" }, { "1.2", 9, "" } }, 2 },
        };
        for (const Repository& repository : repositories) {
            const QString name = QLatin1String(repository.name);
            ecr.handle(QStringLiteral("CreateRepository"),
                { { "repositoryName"_L1, name },
                    { "imageTagMutability"_L1, repository.immutable ? "IMMUTABLE"_L1 : "MUTABLE"_L1 },
                    { "imageScanningConfiguration"_L1, QJsonObject { { "scanOnPush"_L1, repository.scanOnPush } } },
                    { "tags"_L1,
                        QJsonArray { QJsonObject { { "Key"_L1, "team"_L1 }, { "Value"_L1, "platform"_L1 } } } } });
            for (std::size_t i = 0; i < repository.pushes.size(); ++i) {
                const Push& push = repository.pushes[i];
                const QString version = QLatin1String(push.version);
                const double pushedAt = now - push.daysAgo * 86400.0 - 3600.0 * double(i % 3);
                const QString manifest = demoManifest(
                    name, version.isEmpty() ? QString::number(i) : version, QLatin1String(push.findings));
                const QString digest = ecr.pushImage(name, manifest, version, pushedAt)
                                           .value("image"_L1)
                                           .toObject()
                                           .value("imageId"_L1)
                                           .toObject()
                                           .value("imageDigest"_L1)
                                           .toString();
                if (repository.scanOnPush)
                    ecr.scanImage(name, digest, pushedAt + 90);
                if (int(i) == repository.deployed)
                    ecr.recordPull(name, digest, firstStart);
                else if (!version.isEmpty() && int(i) < repository.deployed)
                    ecr.recordPull(name, digest, pushedAt + 3600);
                if (i + 1 == repository.pushes.size() && !repository.immutable)
                    ecr.pushImage(name, manifest, QStringLiteral("latest"), pushedAt);
            }
        }
        ecr.handle(QStringLiteral("PutLifecyclePolicy"),
            { { "repositoryName"_L1, "api"_L1 },
                { "lifecyclePolicyText"_L1,
                    QStringLiteral(
                        "{\"rules\":[{\"rulePriority\":1,\"description\":\"Expire untagged images after 14 "
                        "days\",\"selection\":{\"tagStatus\":\"untagged\",\"countType\":\"sinceImagePushed\","
                        "\"countUnit\":\"days\",\"countNumber\":14},\"action\":{\"type\":\"expire\"}},"
                        "{\"rulePriority\":2,\"description\":\"Keep the last 4 releases\",\"selection\":{"
                        "\"tagStatus\":\"tagged\",\"tagPrefixList\":[\"1.\"],\"countType\":"
                        "\"imageCountMoreThan\",\"countNumber\":4},\"action\":{\"type\":\"expire\"}}]}") } });
    }
    /// Scheduled tasks (issue 20): a nightly report at 02:00 Berlin time on batch-fargate (the
    /// report-job family on Fargate) and a cleanup job every 5 minutes on production (a small EC2
    /// family whose container exits after 45 s), both EventBridge Scheduler schedules.
    void seedSchedules(const EndpointContext& context, EcsHandler& ecs)
    {
        ecs.handle(QStringLiteral("RegisterTaskDefinition"),
            { { "family"_L1, "cleanup"_L1 }, { "networkMode"_L1, "bridge"_L1 }, { "cpu"_L1, "128"_L1 },
                { "memory"_L1, "128"_L1 },
                { "containerDefinitions"_L1,
                    QJsonArray { container(QStringLiteral("cleanup"),
                        QStringLiteral("public.ecr.aws/docker/library/busybox:1.36"), 0, QStringLiteral("/ecs/cleanup"),
                        { { "ecsdesk.sim.exit-after"_L1, "45"_L1 } }) } } });
        const QString clusterPrefix
            = "arn:aws:ecs:"_L1 + context.region + QLatin1Char(':') + context.accountId + ":cluster/"_L1;
        const QString role = "arn:aws:iam::"_L1 + context.accountId + ":role/ecsEventsRole"_L1;
        const QString definitionPrefix
            = "arn:aws:ecs:"_L1 + context.region + QLatin1Char(':') + context.accountId + ":task-definition/"_L1;
        const QString batchCluster = clusterPrefix + "batch-fargate"_L1;
        const QString productionCluster = clusterPrefix + "production"_L1;
        const QString reportDefinition = definitionPrefix + "report-job:2"_L1;
        const QString cleanupDefinition = definitionPrefix + "cleanup:1"_L1;
        SchedulerHandler scheduler(context);
        scheduler.handle(QStringLiteral("CreateSchedule"),
            { { "Name"_L1, "nightly-report"_L1 }, { "ScheduleExpression"_L1, "cron(0 2 * * ? *)"_L1 },
                { "ScheduleExpressionTimezone"_L1, "Europe/Berlin"_L1 },
                { "Description"_L1, "The daily usage report"_L1 },
                { "FlexibleTimeWindow"_L1,
                    QJsonObject { { "Mode"_L1, "FLEXIBLE"_L1 }, { "MaximumWindowInMinutes"_L1, 15 } } },
                { "Target"_L1,
                    QJsonObject { { "Arn"_L1, batchCluster }, { "RoleArn"_L1, role },
                        { "Input"_L1,
                            QStringLiteral("{\"containerOverrides\":[{\"name\":\"report-job\",\"command\":"
                                           "[\"report\",\"--yesterday\"]}]}") },
                        { "EcsParameters"_L1,
                            QJsonObject { { "TaskDefinitionArn"_L1, reportDefinition }, { "TaskCount"_L1, 1 },
                                { "LaunchType"_L1, "FARGATE"_L1 },
                                { "NetworkConfiguration"_L1,
                                    QJsonObject { { "awsvpcConfiguration"_L1,
                                        QJsonObject { { "Subnets"_L1, QJsonArray { "subnet-0a1b2c3d4e5f60718"_L1 } },
                                            { "AssignPublicIp"_L1, "DISABLED"_L1 } } } } } } } } } });
        scheduler.handle(QStringLiteral("CreateSchedule"),
            { { "Name"_L1, "cache-cleanup"_L1 }, { "ScheduleExpression"_L1, "rate(5 minutes)"_L1 },
                { "FlexibleTimeWindow"_L1, QJsonObject { { "Mode"_L1, "OFF"_L1 } } },
                { "Target"_L1,
                    QJsonObject { { "Arn"_L1, productionCluster }, { "RoleArn"_L1, role },
                        { "EcsParameters"_L1,
                            QJsonObject { { "TaskDefinitionArn"_L1, cleanupDefinition }, { "TaskCount"_L1, 1 },
                                { "LaunchType"_L1, "EC2"_L1 }, { "Group"_L1, "maintenance"_L1 } } },
                        { "RetryPolicy"_L1,
                            QJsonObject {
                                { "MaximumRetryAttempts"_L1, 2 }, { "MaximumEventAgeInSeconds"_L1, 600 } } } } } });
    }
} // namespace

bool DemoSeed::seed(Simulation& simulation, const EndpointContext& context, QString* error)
{
    Store& store = *context.store;
    EcsHandler ecs(context);
    // Placed as the endpoint places them (default service strategy: spread over zones, then instances).
    installPlacementEngine(&ecs.tasks());
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
                    { { "clusterName"_L1, "production"_L1 },
                        { "settings"_L1,
                            QJsonArray { QJsonObject {
                                { "name"_L1, "containerInsights"_L1 }, { "value"_L1, "enabled"_L1 } } } } });
                // Fargate with Spot: FARGATE_SPOT takes three of every four tasks beyond the first
                // of a strategy-less RunTask or schedule (issue 18); the services below set a launch type.
                call("CreateCluster",
                    { { "clusterName"_L1, "batch-fargate"_L1 },
                        { "capacityProviders"_L1, QJsonArray { "FARGATE"_L1, "FARGATE_SPOT"_L1 } },
                        { "defaultCapacityProviderStrategy"_L1,
                            QJsonArray { QJsonObject { { "capacityProvider"_L1, "FARGATE"_L1 }, { "base"_L1, 1 },
                                             { "weight"_L1, 1 } },
                                QJsonObject { { "capacityProvider"_L1, "FARGATE_SPOT"_L1 }, { "weight"_L1, 3 } } } } });
                // Six instances across three AZs.
                const char* zones[] = { "us-east-1a", "us-east-1b", "us-east-1c" };
                for (int i = 0; i < 6; ++i) {
                    const QJsonObject identity { { "instanceId"_L1,
                                                     QStringLiteral("i-0demo%1f00d%2").arg(i).arg(i * 7) },
                        { "availabilityZone"_L1, QLatin1String(zones[i % 3]) },
                        { "instanceType"_L1, i < 4 ? "m5.large"_L1 : "c5.xlarge"_L1 } };
                    call("RegisterContainerInstance",
                        { { "cluster"_L1, "production"_L1 },
                            { "instanceIdentityDocument"_L1,
                                QString::fromUtf8(QJsonDocument(identity).toJson(QJsonDocument::Compact)) },
                            { "totalResources"_L1,
                                QJsonArray { QJsonObject { { "name"_L1, "CPU"_L1 }, { "type"_L1, "INTEGER"_L1 },
                                                 { "integerValue"_L1, i < 4 ? 2048 : 4096 } },
                                    QJsonObject { { "name"_L1, "MEMORY"_L1 }, { "type"_L1, "INTEGER"_L1 },
                                        { "integerValue"_L1, i < 4 ? 7680 : 7500 } } } } });
                }
                // ECR repositories with the images the families below run (issue 22).
                EcrHandler ecr(context);
                seedRepositories(ecr, now, dayAgo - 600);
                const QString registry = EcrHandler::repositoryUri(context.accountId, context.region, QString());
                // Task definition families with several revisions.
                auto registerFamily = [&](const QString& family, const QString& image, int revisions, int cpu,
                                          int memory, int port, const QJsonObject& labels, bool fargate) {
                    QString arn;
                    for (int r = 1; r <= revisions; ++r) {
                        QJsonObject in { { "family"_L1, family },
                            { "containerDefinitions"_L1,
                                QJsonArray { container(family, image + QStringLiteral(":1.%1").arg(r), port,
                                    "/ecs/"_L1 + family, labels, fargate) } },
                            { "cpu"_L1, QString::number(cpu) }, { "memory"_L1, QString::number(memory) } };
                        if (fargate) {
                            in["networkMode"_L1] = "awsvpc"_L1;
                            in["requiresCompatibilities"_L1] = QJsonArray { "FARGATE"_L1 };
                            // Fargate needs an execution role for the awslogs driver, as ECS says.
                            in["executionRoleArn"_L1]
                                = QString("arn:aws:iam::"_L1 + context.accountId + ":role/ecsTaskExecutionRole"_L1);
                        } else {
                            in["networkMode"_L1] = "bridge"_L1;
                        }
                        arn = call("RegisterTaskDefinition", in)
                                  .value("taskDefinition"_L1)
                                  .toObject()
                                  .value("taskDefinitionArn"_L1)
                                  .toString();
                    }
                    return arn;
                };
                registerFamily(QStringLiteral("web"), QStringLiteral("public.ecr.aws/nginx/nginx"), 4, 256, 512, 80,
                    { { "ecsdesk.sim.cpu"_L1, "0.35"_L1 }, { "ecsdesk.sim.memory"_L1, "0.45"_L1 } }, false);
                registerFamily(QStringLiteral("api"), registry + "api"_L1, 3, 512, 1024, 8080,
                    { { "ecsdesk.sim.cpu"_L1, "0.5"_L1 }, { "ecsdesk.sim.memory"_L1, "0.6"_L1 } }, false);
                registerFamily(QStringLiteral("worker"), registry + "worker"_L1, 2, 1024, 2048, 0,
                    { { "ecsdesk.sim.cpu"_L1, "0.55"_L1 }, { "ecsdesk.sim.memory"_L1, "0.7"_L1 },
                        { "ecsdesk.sim.logs-per-minute"_L1, "12"_L1 } },
                    false);
                registerFamily(QStringLiteral("frontend"), registry + "frontend"_L1, 2, 256, 512, 3000,
                    { { "ecsdesk.sim.cpu"_L1, "0.25"_L1 } }, true);
                registerFamily(QStringLiteral("report-job"), registry + "report"_L1, 2, 512, 1024, 0, {}, true);

                const QJsonObject network { { "awsvpcConfiguration"_L1,
                    QJsonObject { { "subnets"_L1, QJsonArray { "subnet-0a1b2c3d4e5f60718"_L1 } },
                        { "assignPublicIp"_L1, "DISABLED"_L1 } } } };
                auto service = [&](const char* cluster, const char* name, const char* family, int count, bool fargate) {
                    QJsonObject in { { "cluster"_L1, QLatin1String(cluster) },
                        { "serviceName"_L1, QLatin1String(name) }, { "taskDefinition"_L1, QLatin1String(family) },
                        { "desiredCount"_L1, count }, { "launchType"_L1, fargate ? "FARGATE"_L1 : "EC2"_L1 },
                        { "deploymentConfiguration"_L1,
                            QJsonObject { { "maximumPercent"_L1, 200 }, { "minimumHealthyPercent"_L1, 100 },
                                { "deploymentCircuitBreaker"_L1,
                                    QJsonObject { { "enable"_L1, true }, { "rollback"_L1, true } } } } } };
                    if (fargate)
                        in["networkConfiguration"_L1] = network;
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
                Repository repository(&store);
                for (const QString& key : std::as_const(serviceKeys)) {
                    ServiceRecord service = *repository.service(key);
                    const double createdAt = firstStart - 300;
                    service.json["createdAt"_L1] = createdAt;
                    for (DeploymentRecord& deployment : service.deployments)
                        deployment.createdAt = deployment.updatedAt = createdAt;
                    repository.putService(service);
                }
                // Finished one-off Fargate tasks: one succeeded, one failed.
                auto runOnce = [&](double startedAt, double stoppedAt, int exitCode, const QString& stopCode,
                                   const QString& reason) {
                    const QJsonObject answer = call("RunTask",
                        { { "cluster"_L1, "batch-fargate"_L1 }, { "taskDefinition"_L1, "report-job"_L1 },
                            { "launchType"_L1, "FARGATE"_L1 }, { "networkConfiguration"_L1, network },
                            { "startedBy"_L1, "nightly-report"_L1 } });
                    const QString key
                        = answer.value("tasks"_L1).toArray().first().toObject().value("taskArn"_L1).toString();
                    markStopped(store, key, startedAt, stoppedAt, exitCode, stopCode, reason);
                };
                runOnce(now - 6 * 3600, now - 6 * 3600 + 420, 0, QStringLiteral("EssentialContainerExited"),
                    QStringLiteral("Essential container in task exited"));
                runOnce(now - 3 * 3600, now - 3 * 3600 + 95, 137, QStringLiteral("EssentialContainerExited"),
                    QStringLiteral("Essential container in task exited"));

                seedSchedules(context, ecs);
                // Log groups exist (awslogs-create-group) for every family.
                for (const char* family : { "web", "api", "worker", "frontend", "report-job", "cleanup" })
                    LogsHandler::ensureGroup(
                        store, "/ecs/"_L1 + QLatin1String(family), context.region, context.accountId, nowMs);

                // The worker under target tracking on CPU.
                autoScaling.handle(QStringLiteral("RegisterScalableTarget"),
                    { { "ServiceNamespace"_L1, "ecs"_L1 }, { "ResourceId"_L1, "service/production/worker"_L1 },
                        { "ScalableDimension"_L1, "ecs:service:DesiredCount"_L1 }, { "MinCapacity"_L1, 2 },
                        { "MaxCapacity"_L1, 8 } });
                autoScaling.handle(QStringLiteral("PutScalingPolicy"),
                    { { "PolicyName"_L1, "worker-cpu-60"_L1 }, { "ServiceNamespace"_L1, "ecs"_L1 },
                        { "ResourceId"_L1, "service/production/worker"_L1 },
                        { "ScalableDimension"_L1, "ecs:service:DesiredCount"_L1 },
                        { "PolicyType"_L1, "TargetTrackingScaling"_L1 },
                        { "TargetTrackingScalingPolicyConfiguration"_L1,
                            QJsonObject { { "TargetValue"_L1, 60.0 },
                                { "PredefinedMetricSpecification"_L1,
                                    QJsonObject {
                                        { "PredefinedMetricType"_L1, "ECSServiceAverageCPUUtilization"_L1 } } },
                                { "ScaleOutCooldown"_L1, 60 }, { "ScaleInCooldown"_L1, 300 } } } });
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
