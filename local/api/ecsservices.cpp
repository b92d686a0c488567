// SPDX-License-Identifier: MIT
// ECS services: CreateService, UpdateService, DeleteService, ListServices, DescribeServices.
#include "local/api/ecshandler.h"

#include "local/api/ecsdetail.h"
#include "local/clock.h"
#include "local/domain/servicedeployments.h"
#include "local/simulation/loadbalancing.h"
#include "local/store/store.h"
#include "rules/ecsrules.h"

#include <QRandomGenerator>

using namespace Qt::Literals::StringLiterals;

namespace EcsDesk::Local {

using namespace EcsDetail;

namespace {
    QString newDeploymentId()
    {
        QString digits;
        for (int i = 0; i < 19; ++i)
            digits += QChar(u'0' + QRandomGenerator::global()->bounded(10));
        return "ecs-svc/"_L1 + digits;
    }
    /// The settings CreateService and UpdateService store as given (when given).
    void copyOptionalSettings(const QJsonObject& in, QJsonObject& service)
    {
        for (const char* field : { "availabilityZoneRebalancing", "serviceConnectConfiguration", "volumeConfigurations",
                 "vpcLatticeConfigurations" }) {
            const QLatin1String key(field);
            if (in.contains(key) && !in.value(key).isNull())
                service[key] = in.value(key);
        }
    }

    /// The service as it will be after an UpdateService (the stored service with the request's changes),
    /// what the rulebook's service settings check reads.
    QJsonObject afterUpdate(const QJsonObject& stored, const QJsonObject& in)
    {
        QJsonObject service = stored;
        for (auto it = in.begin(); it != in.end(); ++it) {
            if (it.value().isNull() || it.key() == "cluster"_L1 || it.key() == "service"_L1)
                continue;
            if (it.key() == "deploymentConfiguration"_L1) {
                QJsonObject merged = stored.value(it.key()).toObject();
                const QJsonObject changes = it.value().toObject();
                for (auto change = changes.begin(); change != changes.end(); ++change)
                    merged[change.key()] = change.value();
                service[it.key()] = merged;
            } else {
                service[it.key()] = it.value();
            }
        }
        // Moving to a capacity provider strategy leaves the launch type.
        if (!in.value("capacityProviderStrategy"_L1).toArray().isEmpty() && !in.contains("launchType"_L1))
            service.remove("launchType"_L1);
        service.remove("tags"_L1); // UpdateService does not change tags
        return service;
    }

    /// ECS checks each target group of `loadBalancers` with Elastic Load Balancing: it must exist
    /// and a load balancer must use it (a listener or rule forwarding to it), with ECS's texts.
    void checkTargetGroups(const Store& store, const QJsonArray& loadBalancers)
    {
        for (const QJsonValue& value : loadBalancers) {
            const QString arn = value.toObject().value("targetGroupArn"_L1).toString();
            if (arn.isEmpty())
                continue;
            if (!store.find(Kind::TargetGroup, arn))
                throw ApiError::invalidParameter(
                    tr("Unable to assume role and validate the specified targetGroupArn. Please verify "
                       "that the ECS service role being passed has the proper permissions."));
            if (LoadBalancing::loadBalancerArns(store, arn).isEmpty())
                throw ApiError::invalidParameter(
                    tr("The target group with targetGroupArn %1 does not have an associated load balancer.").arg(arn));
        }
    }
} // namespace

QJsonObject EcsHandler::createService(const QJsonObject& in)
{
    // desiredCount (0..5000, none for DAEMON), DAEMON's placement strategy and launch type, the deployment
    // configuration, capacity provider strategy, network, placement, load balancers and tags: the rulebook.
    if (const auto rejected = Rules::firstRejection(Rules::checkCreateService(in) + Rules::checkServiceSettings(in)))
        throw ApiError { rejected->code, rejected->message, 400 };
    const ClusterRecord cluster = activeCluster(in);
    const QString name = Input::requiredString(in, "serviceName"_L1);
    if (!isValidName(name))
        throw ApiError::invalidParameter(
            tr("Service name can only contain letters, numbers, underscores and hyphens and be up to 255 characters."));
    QString scheduling = Input::string(in, "schedulingStrategy"_L1);
    if (scheduling.isEmpty())
        scheduling = QStringLiteral("REPLICA");
    Input::requireOneOf(scheduling, "schedulingStrategy"_L1, { QStringLiteral("REPLICA"), QStringLiteral("DAEMON") });
    const SchedulingStrategy strategyKind = *fromWire<SchedulingStrategy>(scheduling);
    const bool daemon = strategyKind == SchedulingStrategy::Daemon;
    const QJsonObject controller = Input::object(in, "deploymentController"_L1);
    const QString controllerType = controller.value("type"_L1).toString().isEmpty()
        ? QStringLiteral("ECS")
        : controller.value("type"_L1).toString();
    Input::requireOneOf(controllerType, "deploymentController.type"_L1,
        { QStringLiteral("ECS"), QStringLiteral("CODE_DEPLOY"), QStringLiteral("EXTERNAL") });
    const QString taskDefinitionRef = Input::string(in, "taskDefinition"_L1);
    if (taskDefinitionRef.isEmpty() && controllerType != "EXTERNAL"_L1)
        throw ApiError::invalidParameter(tr("TaskDefinition can not be blank."));
    const std::optional<qint64> desiredIn = Input::integer(in, "desiredCount"_L1);
    if (!daemon && !desiredIn && controllerType == "ECS"_L1)
        throw ApiError::invalidParameter(tr("desiredCount is required for the replica scheduling strategy."));
    const int desired = int(desiredIn.value_or(0));
    const QJsonArray tags = Input::array(in, "tags"_L1);
    validateTags(tags);
    checkTargetGroups(*m_context.store, Input::array(in, "loadBalancers"_L1));

    const QString key = serviceKey(cluster.arn, name);
    if (const std::optional<ServiceRecord> existing = m_tasks.repository().service(key)) {
        if (existing->status == ServiceStatus::Active)
            throw ApiError::invalidParameter(tr("Creation of service was not idempotent."));
        if (existing->status == ServiceStatus::Draining)
            throw ApiError::invalidParameter(tr("Unable to Start a service that is still Draining."));
    }
    const QJsonObject network = Input::object(in, "networkConfiguration"_L1);
    std::optional<TaskDefinitionRecord> taskDefinition;
    if (!taskDefinitionRef.isEmpty()) {
        taskDefinition = TaskDefinitionRecord::fromJson(requireTaskDefinition(taskDefinitionRef));
        if (!taskDefinition->isActive())
            throw ApiError::invalidParameter(tr("TaskDefinition is inactive"));
        if (taskDefinition->networkMode == "awsvpc"_L1 && network.isEmpty())
            throw ApiError::invalidParameter(
                tr("Network Configuration must be provided when networkMode 'awsvpc' is specified."));
    }
    QString launchType = Input::string(in, "launchType"_L1);
    const QJsonArray strategy = Input::array(in, "capacityProviderStrategy"_L1);
    if (!launchType.isEmpty() && !strategy.isEmpty())
        throw ApiError::invalidParameter(
            tr("Specifying both a launch type and capacity provider strategy is not supported. Remove one and try "
               "again."));
    if (launchType.isEmpty() && strategy.isEmpty())
        launchType = QStringLiteral("EC2");
    if (!launchType.isEmpty()) {
        Input::requireOneOf(launchType, "launchType"_L1,
            { QStringLiteral("EC2"), QStringLiteral("FARGATE"), QStringLiteral("EXTERNAL") });
        if (taskDefinition && !taskDefinition->compatibilities.contains(launchType))
            throw ApiError::invalidParameter(tr("Task definition does not support launch_type %1.").arg(launchType));
    }
    QJsonObject deploymentConfiguration = Input::object(in, "deploymentConfiguration"_L1);
    if (!deploymentConfiguration.contains("maximumPercent"_L1))
        deploymentConfiguration["maximumPercent"_L1] = daemon ? 100 : 200;
    if (!deploymentConfiguration.contains("minimumHealthyPercent"_L1))
        deploymentConfiguration["minimumHealthyPercent"_L1] = daemon ? 0 : 100;
    if (!deploymentConfiguration.contains("deploymentCircuitBreaker"_L1))
        deploymentConfiguration["deploymentCircuitBreaker"_L1]
            = QJsonObject { { "enable"_L1, false }, { "rollback"_L1, false } };

    const double now = m_context.clock->epochSeconds();
    const QString taskDefinitionArn = taskDefinition ? taskDefinition->arn : QString();
    DeploymentRecord deployment;
    deployment.id = newDeploymentId();
    deployment.status = DeploymentStatus::Primary;
    deployment.taskDefinitionArn = taskDefinitionArn;
    deployment.desiredCount = desired;
    deployment.rolloutState = RolloutState::InProgress;
    deployment.rolloutStateReason = tr("ECS deployment %1 in progress.").arg(deployment.id);
    deployment.createdAt = now;
    deployment.updatedAt = now;
    deployment.launchType = launchType;
    deployment.capacityProviderStrategy = launchType.isEmpty() ? strategy : QJsonArray();
    deployment.networkConfiguration = network;

    ServiceRecord service;
    service.arn = key;
    service.name = name;
    service.clusterArn = cluster.arn;
    service.status = ServiceStatus::Active;
    service.schedulingStrategy = strategyKind;
    service.desiredCount = desired;
    service.taskDefinitionArn = taskDefinitionArn;
    service.launchType = launchType;
    service.capacityProviderStrategy = launchType.isEmpty() ? strategy : QJsonArray();
    service.networkConfiguration = network;
    service.placementConstraints = Input::array(in, "placementConstraints"_L1);
    service.placementStrategy = Input::array(in, "placementStrategy"_L1);
    service.deployments = { deployment };
    // The fields of the Service shape the domain does not type.
    service.json = QJsonObject { { "loadBalancers"_L1, Input::array(in, "loadBalancers"_L1) },
        { "serviceRegistries"_L1, Input::array(in, "serviceRegistries"_L1) }, { "desiredCount"_L1, desired },
        { "runningCount"_L1, 0 }, { "pendingCount"_L1, 0 }, { "deploymentConfiguration"_L1, deploymentConfiguration },
        { "events"_L1, QJsonArray() }, { "createdAt"_L1, now },
        { "placementConstraints"_L1, service.placementConstraints },
        { "placementStrategy"_L1, service.placementStrategy }, { "schedulingStrategy"_L1, scheduling },
        { "deploymentController"_L1, QJsonObject { { "type"_L1, controllerType } } },
        { "createdBy"_L1, m_context.principalArn() },
        { "enableECSManagedTags"_L1, Input::boolean(in, "enableECSManagedTags"_L1).value_or(false) },
        { "propagateTags"_L1,
            Input::string(in, "propagateTags"_L1).isEmpty() ? QStringLiteral("NONE")
                                                            : Input::string(in, "propagateTags"_L1) },
        { "enableExecuteCommand"_L1, Input::boolean(in, "enableExecuteCommand"_L1).value_or(false) } };
    if (launchType == "FARGATE"_L1) {
        service.json["platformVersion"_L1] = "LATEST"_L1;
        service.json["platformFamily"_L1] = "Linux"_L1;
    }
    if (const auto grace = Input::integer(in, "healthCheckGracePeriodSeconds"_L1))
        service.json["healthCheckGracePeriodSeconds"_L1] = *grace;
    if (const QString role = Input::string(in, "role"_L1); !role.isEmpty())
        service.json["roleArn"_L1] = role;
    if (const QString version = Input::string(in, "platformVersion"_L1); !version.isEmpty())
        service.json["platformVersion"_L1] = version;
    copyOptionalSettings(in, service.json);
    ServiceDeployments(m_context.store).start(service, now);
    m_tasks.repository().putService(service);
    setTags(key, tags);
    m_tasks.reconcileService(key);
    QJsonObject view = *m_context.store->find(Kind::Service, key);
    view["tags"_L1] = tags;
    return { { "service"_L1, view } };
}

QJsonObject EcsHandler::updateService(const QJsonObject& in)
{
    const ClusterRecord cluster = activeCluster(in);
    const QString key = serviceKey(cluster.arn, Input::requiredString(in, "service"_L1));
    std::optional<ServiceRecord> service = m_tasks.repository().service(key);
    if (!service)
        throw serviceNotFound();
    if (service->status != ServiceStatus::Active)
        throw ApiError { QStringLiteral("ServiceNotActiveException"), tr("Service was not ACTIVE."), 400 };
    // desiredCount (0..5000, none for DAEMON) and DAEMON's placement strategy: the rulebook.
    // ... and the settings of the service as the update leaves it.
    if (const auto rejected = Rules::firstRejection(Rules::checkUpdateService(in, wireName(service->schedulingStrategy))
            + Rules::checkServiceSettings(afterUpdate(service->toJson(), in))))
        throw ApiError { rejected->code, rejected->message, 400 };
    if (in.contains("loadBalancers"_L1))
        checkTargetGroups(*m_context.store, Input::array(in, "loadBalancers"_L1));
    const double now = m_context.clock->epochSeconds();
    // Changes that need new tasks start a new deployment (as a new task definition does).
    bool settingsChanged = false;
    const QJsonObject stored = service->toJson();
    for (const char* field : { "loadBalancers", "serviceRegistries", "platformVersion", "volumeConfigurations",
             "serviceConnectConfiguration", "vpcLatticeConfigurations" }) {
        const QLatin1String key(field);
        if (in.contains(key) && !in.value(key).isNull() && in.value(key) != stored.value(key))
            settingsChanged = true;
    }
    const QJsonArray strategy = Input::array(in, "capacityProviderStrategy"_L1);
    if (!strategy.isEmpty() && strategy != service->capacityProviderStrategy) {
        service->capacityProviderStrategy = strategy;
        service->launchType.clear();
        service->json.remove("launchType"_L1);
        settingsChanged = true;
    }
    if (const QString version = Input::string(in, "platformVersion"_L1); !version.isEmpty())
        service->json["platformVersion"_L1] = version;
    if (const QString propagate = Input::string(in, "propagateTags"_L1); !propagate.isEmpty())
        service->json["propagateTags"_L1] = propagate;
    if (const auto managed = Input::boolean(in, "enableECSManagedTags"_L1))
        service->json["enableECSManagedTags"_L1] = *managed;
    copyOptionalSettings(in, service->json);
    if (const auto desired = Input::integer(in, "desiredCount"_L1))
        service->desiredCount = int(*desired);
    const QJsonObject configuration = Input::object(in, "deploymentConfiguration"_L1);
    if (!configuration.isEmpty()) {
        QJsonObject merged = service->json.value("deploymentConfiguration"_L1).toObject();
        for (auto it = configuration.begin(); it != configuration.end(); ++it)
            merged[it.key()] = it.value();
        service->json["deploymentConfiguration"_L1] = merged;
    }
    const QJsonObject network = Input::object(in, "networkConfiguration"_L1);
    if (!network.isEmpty())
        service->networkConfiguration = network;
    if (in.contains("placementConstraints"_L1))
        service->placementConstraints = Input::array(in, "placementConstraints"_L1);
    if (in.contains("placementStrategy"_L1))
        service->placementStrategy = Input::array(in, "placementStrategy"_L1);
    for (const char* field : { "loadBalancers", "serviceRegistries" }) {
        if (in.contains(QLatin1String(field)))
            service->json[QLatin1String(field)] = Input::array(in, QLatin1String(field));
    }
    if (const auto grace = Input::integer(in, "healthCheckGracePeriodSeconds"_L1))
        service->json["healthCheckGracePeriodSeconds"_L1] = *grace;
    if (const auto exec = Input::boolean(in, "enableExecuteCommand"_L1))
        service->json["enableExecuteCommand"_L1] = *exec;

    const QString taskDefinitionRef = Input::string(in, "taskDefinition"_L1);
    const bool force = Input::boolean(in, "forceNewDeployment"_L1).value_or(false);
    QString newDefinitionArn = service->taskDefinitionArn;
    if (!taskDefinitionRef.isEmpty()) {
        const TaskDefinitionRecord definition
            = TaskDefinitionRecord::fromJson(requireTaskDefinition(taskDefinitionRef));
        if (!definition.isActive())
            throw ApiError::invalidParameter(tr("TaskDefinition is inactive"));
        newDefinitionArn = definition.arn;
    }
    bool newDeployment = false;
    if (force || newDefinitionArn != service->taskDefinitionArn || !network.isEmpty() || settingsChanged) {
        // A new PRIMARY deployment (a copy of the old one's settings); the previous PRIMARY and ACTIVE
        // ones become ACTIVE and the simulation rolls them.
        QList<DeploymentRecord> rolled;
        DeploymentRecord primary = service->deployments.isEmpty() ? DeploymentRecord() : service->deployments[0];
        primary.id = newDeploymentId();
        primary.status = DeploymentStatus::Primary;
        primary.taskDefinitionArn = newDefinitionArn;
        primary.pendingCount = 0;
        primary.runningCount = 0;
        primary.failedTasks = 0;
        primary.createdAt = now;
        primary.updatedAt = now;
        primary.rolloutState = RolloutState::InProgress;
        primary.rolloutStateReason = tr("ECS deployment %1 in progress.").arg(primary.id);
        if (!network.isEmpty())
            primary.networkConfiguration = network;
        if (!service->capacityProviderStrategy.isEmpty()) {
            primary.capacityProviderStrategy = service->capacityProviderStrategy;
            primary.launchType.clear();
            primary.json.remove("launchType"_L1);
        }
        rolled.append(primary);
        for (DeploymentRecord old : service->deployments) {
            if (old.status == DeploymentStatus::Primary || old.status == DeploymentStatus::Active) {
                old.status = DeploymentStatus::Active;
                old.updatedAt = now;
                rolled.append(old);
            }
        }
        service->deployments = rolled;
        service->taskDefinitionArn = newDefinitionArn;
        newDeployment = true;
    }
    if (!service->deployments.isEmpty()) {
        service->deployments[0].desiredCount = service->desiredCount;
        service->deployments[0].updatedAt = now;
    }
    if (newDeployment)
        ServiceDeployments(m_context.store).start(*service, now);
    m_tasks.repository().putService(*service);
    m_tasks.reconcileService(key);
    return { { "service"_L1, *m_context.store->find(Kind::Service, key) } };
}

QJsonObject EcsHandler::deleteService(const QJsonObject& in)
{
    const ClusterRecord cluster = activeCluster(in);
    const QString key = serviceKey(cluster.arn, Input::requiredString(in, "service"_L1));
    std::optional<ServiceRecord> service = m_tasks.repository().service(key);
    if (!service || service->status == ServiceStatus::Inactive)
        throw serviceNotFound();
    const bool force = Input::boolean(in, "force"_L1).value_or(false);
    if (!force && service->desiredCount > 0 && !service->isDaemon())
        throw ApiError::invalidParameter(tr("The service cannot be stopped while it is scaled above 0."));
    service->status = ServiceStatus::Draining;
    service->desiredCount = 0;
    // ECS deletes a deleted service's service deployments and revisions.
    ServiceDeployments(m_context.store).forget(service->arn);
    service->json.remove("currentServiceDeployment"_L1);
    service->json.remove("currentServiceRevisions"_L1);
    m_tasks.repository().putService(*service);
    m_tasks.reconcileService(key);
    const QJsonObject answer = *m_context.store->find(Kind::Service, key);
    if (m_tasks.drainsOverTime())
        return { { "service"_L1, answer } }; // the simulation makes it INACTIVE once its tasks stopped
    // Without the simulation, draining finishes at once here (every task was told to stop); the record stays INACTIVE
    // so DescribeServices still finds it, as ECS does for a while.
    ServiceRecord inactive = *m_tasks.repository().service(key);
    inactive.status = ServiceStatus::Inactive;
    m_tasks.repository().putService(inactive);
    return { { "service"_L1, answer } };
}

QJsonObject EcsHandler::listServices(const QJsonObject& in)
{
    const ClusterRecord cluster = activeCluster(in);
    const Input::Page page = Input::page(in, 10, 100);
    const QString launchType = Input::string(in, "launchType"_L1);
    const QString scheduling = Input::string(in, "schedulingStrategy"_L1);
    QJsonArray arns;
    QString next;
    forRange(m_context.store->collection(Kind::Service), Repository::resourcePrefix(cluster.arn, "service"_L1),
        page.after, [&](const QString& key, const QJsonObject& document) {
            const ServiceRecord service = ServiceRecord::fromJson(document);
            if (service.status == ServiceStatus::Inactive)
                return true;
            if (!launchType.isEmpty() && service.launchType != launchType)
                return true;
            if (!scheduling.isEmpty() && wireName(service.schedulingStrategy) != scheduling)
                return true;
            if (arns.size() == page.maxResults) {
                next = Input::encodeToken(arns.last().toString());
                return false;
            }
            arns.append(key);
            return true;
        });
    QJsonObject out { { "serviceArns"_L1, arns } };
    if (!next.isEmpty())
        out["nextToken"_L1] = next;
    return out;
}

QJsonObject EcsHandler::describeServices(const QJsonObject& in)
{
    const QString clusterArn = activeCluster(in).arn;
    const QStringList names = Input::stringList(in, "services"_L1);
    if (names.isEmpty())
        throw ApiError::invalidParameter(tr("Services cannot be empty."));
    if (names.size() > 10)
        throw ApiError::invalidParameter(tr("services can have at most 10 items."));
    const bool withTags = Input::stringList(in, "include"_L1).contains("TAGS"_L1);
    QJsonArray services, failures;
    for (const QString& name : names) {
        const QString key = serviceKey(clusterArn, name);
        if (const QJsonObject* service = m_context.store->find(Kind::Service, key)) {
            if (withTags) {
                QJsonObject view = *service;
                view["tags"_L1] = tagsOf(key);
                services.append(view);
            } else {
                services.append(*service);
            }
        } else {
            failures.append(
                QJsonObject { { "arn"_L1, name.startsWith("arn:"_L1) ? name : key }, { "reason"_L1, "MISSING"_L1 } });
        }
    }
    return { { "services"_L1, services }, { "failures"_L1, failures } };
}

} // namespace EcsDesk::Local
