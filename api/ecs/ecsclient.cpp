// SPDX-License-Identifier: MIT
#include "api/ecs/ecsclient.h"

namespace EcsDesk::Api {

namespace {
    QJsonObject withCluster(const QString& cluster)
    {
        QJsonObject input;
        if (!cluster.isEmpty())
            input.insert(QStringLiteral("cluster"), cluster);
        return input;
    }
    void insertIf(QJsonObject& input, const char* key, const QString& value)
    {
        if (!value.isEmpty())
            input.insert(QLatin1String(key), value);
    }
    void paging(QJsonObject& input, const QString& nextToken, int maxResults)
    {
        insertIf(input, "nextToken", nextToken);
        if (maxResults > 0)
            input.insert(QStringLiteral("maxResults"), maxResults);
    }

    // The types of the fields api/ecs/types.cpp reads, checked before it reads them (an answer of
    // another shape is an UnexpectedResponseShape error, never an empty success).
    using Shape = std::shared_ptr<const JsonShape>;
    JsonShape tagShape() { return JsonShape().string(QLatin1String("key")).string(QLatin1String("value")); }
    JsonShape failureShape()
    {
        return JsonShape().string(QLatin1String("arn")).string(QLatin1String("reason")).string(QLatin1String("detail"));
    }
    JsonShape describeShape(QLatin1String key, const JsonShape& item)
    {
        return JsonShape().objectArray(key, item).objectArray(QLatin1String("failures"), failureShape());
    }
    JsonShape strategyShape()
    {
        return JsonShape()
            .string(QLatin1String("capacityProvider"))
            .number(QLatin1String("base"))
            .number(QLatin1String("weight"));
    }
    JsonShape clusterShape()
    {
        return JsonShape()
            .string(QLatin1String("clusterArn"))
            .string(QLatin1String("clusterName"))
            .string(QLatin1String("status"))
            .number(QLatin1String("activeServicesCount"))
            .number(QLatin1String("runningTasksCount"))
            .number(QLatin1String("pendingTasksCount"))
            .number(QLatin1String("registeredContainerInstancesCount"))
            .stringArray(QLatin1String("capacityProviders"))
            .objectArray(QLatin1String("defaultCapacityProviderStrategy"), strategyShape())
            .objectArray(
                QLatin1String("settings"), JsonShape().string(QLatin1String("name")).string(QLatin1String("value")))
            .objectArray(QLatin1String("tags"), tagShape());
    }
    JsonShape serviceShape()
    {
        const JsonShape deployment = JsonShape()
                                         .string(QLatin1String("id"))
                                         .string(QLatin1String("status"))
                                         .string(QLatin1String("taskDefinition"))
                                         .number(QLatin1String("desiredCount"))
                                         .number(QLatin1String("pendingCount"))
                                         .number(QLatin1String("runningCount"))
                                         .number(QLatin1String("failedTasks"))
                                         .string(QLatin1String("rolloutState"))
                                         .string(QLatin1String("launchType"))
                                         .timestamp(QLatin1String("createdAt"))
                                         .timestamp(QLatin1String("updatedAt"));
        const JsonShape event = JsonShape()
                                    .string(QLatin1String("id"))
                                    .timestamp(QLatin1String("createdAt"))
                                    .string(QLatin1String("message"));
        const JsonShape loadBalancer = JsonShape()
                                           .string(QLatin1String("targetGroupArn"))
                                           .string(QLatin1String("loadBalancerName"))
                                           .string(QLatin1String("containerName"))
                                           .number(QLatin1String("containerPort"));
        return JsonShape()
            .string(QLatin1String("serviceArn"))
            .string(QLatin1String("serviceName"))
            .string(QLatin1String("clusterArn"))
            .string(QLatin1String("status"))
            .string(QLatin1String("taskDefinition"))
            .string(QLatin1String("launchType"))
            .string(QLatin1String("schedulingStrategy"))
            .number(QLatin1String("desiredCount"))
            .number(QLatin1String("runningCount"))
            .number(QLatin1String("pendingCount"))
            .objectArray(QLatin1String("deployments"), deployment)
            .objectArray(QLatin1String("events"), event)
            .objectArray(QLatin1String("loadBalancers"), loadBalancer)
            .array(QLatin1String("capacityProviderStrategy"))
            .object(QLatin1String("deploymentConfiguration"))
            .object(QLatin1String("networkConfiguration"))
            .array(QLatin1String("placementConstraints"))
            .array(QLatin1String("placementStrategy"))
            .objectArray(QLatin1String("tags"), tagShape())
            .timestamp(QLatin1String("createdAt"));
    }
    JsonShape taskShape()
    {
        const JsonShape binding = JsonShape()
                                      .string(QLatin1String("bindIP"))
                                      .number(QLatin1String("containerPort"))
                                      .number(QLatin1String("hostPort"))
                                      .string(QLatin1String("protocol"));
        const JsonShape container = JsonShape()
                                        .string(QLatin1String("containerArn"))
                                        .string(QLatin1String("name"))
                                        .string(QLatin1String("image"))
                                        .string(QLatin1String("lastStatus"))
                                        .string(QLatin1String("healthStatus"))
                                        .number(QLatin1String("exitCode"))
                                        .string(QLatin1String("reason"))
                                        .string(QLatin1String("runtimeId"))
                                        .text(QLatin1String("cpu"))
                                        .text(QLatin1String("memory"))
                                        .objectArray(QLatin1String("networkBindings"), binding);
        JsonShape task;
        for (const char* key :
            { "taskArn", "clusterArn", "taskDefinitionArn", "containerInstanceArn", "group", "startedBy", "lastStatus",
                "desiredStatus", "healthStatus", "launchType", "availabilityZone", "stopCode", "stoppedReason" })
            task.string(QLatin1String(key));
        task.text(QLatin1String("cpu")).text(QLatin1String("memory"));
        for (const char* key : { "createdAt", "startedAt", "stoppingAt", "stoppedAt" })
            task.timestamp(QLatin1String(key));
        return task.objectArray(QLatin1String("containers"), container).objectArray(QLatin1String("tags"), tagShape());
    }
    JsonShape containerInstanceShape()
    {
        const JsonShape resource = JsonShape()
                                       .string(QLatin1String("name"))
                                       .string(QLatin1String("type"))
                                       .number(QLatin1String("integerValue"))
                                       .number(QLatin1String("longValue"))
                                       .number(QLatin1String("doubleValue"))
                                       .stringArray(QLatin1String("stringSetValue"));
        const JsonShape attribute = JsonShape()
                                        .string(QLatin1String("name"))
                                        .string(QLatin1String("value"))
                                        .string(QLatin1String("targetType"))
                                        .string(QLatin1String("targetId"));
        return JsonShape()
            .string(QLatin1String("containerInstanceArn"))
            .string(QLatin1String("ec2InstanceId"))
            .string(QLatin1String("status"))
            .string(QLatin1String("statusReason"))
            .boolean(QLatin1String("agentConnected"))
            .number(QLatin1String("runningTasksCount"))
            .number(QLatin1String("pendingTasksCount"))
            .string(QLatin1String("capacityProviderName"))
            .objectArray(QLatin1String("registeredResources"), resource)
            .objectArray(QLatin1String("remainingResources"), resource)
            .objectArray(QLatin1String("attributes"), attribute)
            .objectArray(QLatin1String("tags"), tagShape())
            .timestamp(QLatin1String("registeredAt"));
    }
    JsonShape taskDefinitionShape()
    {
        const JsonShape portMapping = JsonShape()
                                          .number(QLatin1String("containerPort"))
                                          .number(QLatin1String("hostPort"))
                                          .string(QLatin1String("protocol"))
                                          .string(QLatin1String("name"));
        const JsonShape pair = JsonShape().string(QLatin1String("name")).string(QLatin1String("value"));
        const JsonShape container = JsonShape()
                                        .string(QLatin1String("name"))
                                        .string(QLatin1String("image"))
                                        .number(QLatin1String("cpu"))
                                        .number(QLatin1String("memory"))
                                        .number(QLatin1String("memoryReservation"))
                                        .boolean(QLatin1String("essential"))
                                        .stringArray(QLatin1String("command"))
                                        .stringArray(QLatin1String("entryPoint"))
                                        .objectArray(QLatin1String("portMappings"), portMapping)
                                        .objectArray(QLatin1String("environment"), pair)
                                        .object(QLatin1String("logConfiguration"));
        const JsonShape definition = JsonShape()
                                         .string(QLatin1String("taskDefinitionArn"))
                                         .string(QLatin1String("family"))
                                         .number(QLatin1String("revision"))
                                         .string(QLatin1String("status"))
                                         .string(QLatin1String("networkMode"))
                                         .text(QLatin1String("cpu"))
                                         .text(QLatin1String("memory"))
                                         .string(QLatin1String("taskRoleArn"))
                                         .string(QLatin1String("executionRoleArn"))
                                         .stringArray(QLatin1String("requiresCompatibilities"))
                                         .objectArray(QLatin1String("containerDefinitions"), container)
                                         .array(QLatin1String("volumes"))
                                         .array(QLatin1String("placementConstraints"))
                                         .timestamp(QLatin1String("registeredAt"));
        return JsonShape()
            .object(QLatin1String("taskDefinition"), definition)
            .objectArray(QLatin1String("tags"), tagShape());
    }
    Shape listShape(const char* arnsKey)
    {
        return std::make_shared<const JsonShape>(
            JsonShape().stringArray(QLatin1String(arnsKey)).string(QLatin1String("nextToken")));
    }
    const Shape& listClustersShape()
    {
        static const Shape shape = listShape("clusterArns");
        return shape;
    }
    const Shape& listServicesShape()
    {
        static const Shape shape = listShape("serviceArns");
        return shape;
    }
    const Shape& listTasksShape()
    {
        static const Shape shape = listShape("taskArns");
        return shape;
    }
    const Shape& listContainerInstancesShape()
    {
        static const Shape shape = listShape("containerInstanceArns");
        return shape;
    }
    const Shape& listTaskDefinitionsShape()
    {
        static const Shape shape = listShape("taskDefinitionArns");
        return shape;
    }
    const Shape& listFamiliesShape()
    {
        static const Shape shape = listShape("families");
        return shape;
    }
    const Shape& describeClustersShape()
    {
        static const Shape shape
            = std::make_shared<const JsonShape>(describeShape(QLatin1String("clusters"), clusterShape()));
        return shape;
    }
    const Shape& describeServicesShape()
    {
        static const Shape shape
            = std::make_shared<const JsonShape>(describeShape(QLatin1String("services"), serviceShape()));
        return shape;
    }
    const Shape& describeTasksShape()
    {
        static const Shape shape
            = std::make_shared<const JsonShape>(describeShape(QLatin1String("tasks"), taskShape()));
        return shape;
    }
    const Shape& describeContainerInstancesShape()
    {
        static const Shape shape = std::make_shared<const JsonShape>(
            describeShape(QLatin1String("containerInstances"), containerInstanceShape()));
        return shape;
    }
    const Shape& describeTaskDefinitionShape()
    {
        static const Shape shape = std::make_shared<const JsonShape>(taskDefinitionShape());
        return shape;
    }
    JsonShape autoScalingGroupProviderShape()
    {
        return JsonShape()
            .string(QLatin1String("autoScalingGroupArn"))
            .object(QLatin1String("managedScaling"),
                JsonShape()
                    .string(QLatin1String("status"))
                    .number(QLatin1String("targetCapacity"))
                    .number(QLatin1String("minimumScalingStepSize"))
                    .number(QLatin1String("maximumScalingStepSize"))
                    .number(QLatin1String("instanceWarmupPeriod")))
            .string(QLatin1String("managedTerminationProtection"))
            .string(QLatin1String("managedDraining"));
    }
    const Shape& describeCapacityProvidersShape()
    {
        static const Shape shape = std::make_shared<const JsonShape>(
            JsonShape()
                .objectArray(QLatin1String("capacityProviders"),
                    JsonShape()
                        .string(QLatin1String("capacityProviderArn"))
                        .string(QLatin1String("name"))
                        .string(QLatin1String("status"))
                        .string(QLatin1String("updateStatus"))
                        .string(QLatin1String("updateStatusReason"))
                        .object(QLatin1String("autoScalingGroupProvider"), autoScalingGroupProviderShape())
                        .objectArray(QLatin1String("tags"), tagShape()))
                .objectArray(QLatin1String("failures"), failureShape())
                .string(QLatin1String("nextToken")));
        return shape;
    }
} // namespace

EcsClient::EcsClient(ClientConfig config)
    : ServiceClient(std::move(config), description())
{
}

ServiceDescription EcsClient::description()
{
    return ServiceDescription { "ecs", "AmazonEC2ContainerServiceV20141113", "1.1", QStringLiteral("ecs"),
        QStringLiteral("ecs") };
}

AwsReply* EcsClient::listClusters(const QString& nextToken, int maxResults) const
{
    QJsonObject input;
    paging(input, nextToken, maxResults);
    return callJson(QStringLiteral("ListClusters"), input, {}, listClustersShape());
}

AwsReply* EcsClient::describeClusters(const QStringList& clusters, const QStringList& include) const
{
    QJsonObject input { { QStringLiteral("clusters"), QJsonArray::fromStringList(clusters) } };
    if (!include.isEmpty())
        input.insert(QStringLiteral("include"), QJsonArray::fromStringList(include));
    return callJson(QStringLiteral("DescribeClusters"), input, {}, describeClustersShape());
}

AwsReply* EcsClient::createCluster(const QString& name, const QList<Tag>& tags) const
{
    QJsonObject input { { QStringLiteral("clusterName"), name } };
    if (!tags.isEmpty())
        input.insert(QStringLiteral("tags"), EcsJson::tagsToJson(tags));
    return call(QStringLiteral("CreateCluster"), input);
}

AwsReply* EcsClient::deleteCluster(const QString& cluster) const
{
    return call(QStringLiteral("DeleteCluster"), withCluster(cluster));
}

AwsReply* EcsClient::listServices(const QString& cluster, const QString& nextToken, int maxResults) const
{
    QJsonObject input = withCluster(cluster);
    paging(input, nextToken, maxResults);
    return callJson(QStringLiteral("ListServices"), input, {}, listServicesShape());
}

AwsReply* EcsClient::describeServices(const QString& cluster, const QStringList& services, bool includeTags) const
{
    QJsonObject input = withCluster(cluster);
    input.insert(QStringLiteral("services"), QJsonArray::fromStringList(services));
    if (includeTags)
        input.insert(QStringLiteral("include"), QJsonArray { QStringLiteral("TAGS") });
    return callJson(QStringLiteral("DescribeServices"), input, {}, describeServicesShape());
}

AwsReply* EcsClient::createService(const QString& cluster, QJsonObject input) const
{
    insertIf(input, "cluster", cluster);
    return call(QStringLiteral("CreateService"), input);
}

AwsReply* EcsClient::updateService(const QString& cluster, const QString& service, QJsonObject changes) const
{
    insertIf(changes, "cluster", cluster);
    changes.insert(QStringLiteral("service"), service);
    return call(QStringLiteral("UpdateService"), changes);
}

AwsReply* EcsClient::deleteService(const QString& cluster, const QString& service, bool force) const
{
    QJsonObject input = withCluster(cluster);
    input.insert(QStringLiteral("service"), service);
    if (force)
        input.insert(QStringLiteral("force"), true);
    return call(QStringLiteral("DeleteService"), input);
}

AwsReply* EcsClient::listTasks(
    const QString& cluster, const ListTasksFilter& filter, const QString& nextToken, int maxResults) const
{
    QJsonObject input = withCluster(cluster);
    insertIf(input, "serviceName", filter.serviceName);
    insertIf(input, "family", filter.family);
    insertIf(input, "containerInstance", filter.containerInstance);
    insertIf(input, "startedBy", filter.startedBy);
    insertIf(input, "desiredStatus", filter.desiredStatus);
    insertIf(input, "launchType", filter.launchType);
    paging(input, nextToken, maxResults);
    return callJson(QStringLiteral("ListTasks"), input, {}, listTasksShape());
}

AwsReply* EcsClient::describeTasks(const QString& cluster, const QStringList& tasks, bool includeTags) const
{
    QJsonObject input = withCluster(cluster);
    input.insert(QStringLiteral("tasks"), QJsonArray::fromStringList(tasks));
    if (includeTags)
        input.insert(QStringLiteral("include"), QJsonArray { QStringLiteral("TAGS") });
    return callJson(QStringLiteral("DescribeTasks"), input, {}, describeTasksShape());
}

namespace {
    template <typename T> std::function<QVariant(const QJsonObject&)> describeDecoder(QLatin1String key)
    {
        return
            [key](const QJsonObject& answer) { return QVariant::fromValue(EcsJson::describeResult<T>(answer, key)); };
    }
} // namespace

AwsReply* EcsClient::describeTasksTyped(const QString& cluster, const QStringList& tasks) const
{
    QJsonObject input = withCluster(cluster);
    input.insert(QStringLiteral("tasks"), QJsonArray::fromStringList(tasks));
    return callJson(
        QStringLiteral("DescribeTasks"), input, describeDecoder<Task>(QLatin1String("tasks")), describeTasksShape());
}

AwsReply* EcsClient::describeServicesTyped(const QString& cluster, const QStringList& services) const
{
    QJsonObject input = withCluster(cluster);
    input.insert(QStringLiteral("services"), QJsonArray::fromStringList(services));
    return callJson(QStringLiteral("DescribeServices"), input, describeDecoder<Service>(QLatin1String("services")),
        describeServicesShape());
}

AwsReply* EcsClient::describeContainerInstancesTyped(const QString& cluster, const QStringList& instances) const
{
    QJsonObject input = withCluster(cluster);
    input.insert(QStringLiteral("containerInstances"), QJsonArray::fromStringList(instances));
    return callJson(QStringLiteral("DescribeContainerInstances"), input,
        describeDecoder<ContainerInstance>(QLatin1String("containerInstances")), describeContainerInstancesShape());
}

AwsReply* EcsClient::runTask(const QString& cluster, QJsonObject input) const
{
    insertIf(input, "cluster", cluster);
    return call(QStringLiteral("RunTask"), input);
}

AwsReply* EcsClient::stopTask(const QString& cluster, const QString& task, const QString& reason) const
{
    QJsonObject input = withCluster(cluster);
    input.insert(QStringLiteral("task"), task);
    insertIf(input, "reason", reason);
    return call(QStringLiteral("StopTask"), input);
}

AwsReply* EcsClient::listContainerInstances(
    const QString& cluster, const QString& nextToken, int maxResults, const QString& status) const
{
    QJsonObject input = withCluster(cluster);
    insertIf(input, "status", status);
    paging(input, nextToken, maxResults);
    return callJson(QStringLiteral("ListContainerInstances"), input, {}, listContainerInstancesShape());
}

AwsReply* EcsClient::describeContainerInstances(const QString& cluster, const QStringList& instances) const
{
    QJsonObject input = withCluster(cluster);
    input.insert(QStringLiteral("containerInstances"), QJsonArray::fromStringList(instances));
    return callJson(QStringLiteral("DescribeContainerInstances"), input, {}, describeContainerInstancesShape());
}

AwsReply* EcsClient::updateContainerInstancesState(
    const QString& cluster, const QStringList& instances, const QString& status) const
{
    QJsonObject input = withCluster(cluster);
    input.insert(QStringLiteral("containerInstances"), QJsonArray::fromStringList(instances));
    input.insert(QStringLiteral("status"), status);
    return call(QStringLiteral("UpdateContainerInstancesState"), input);
}

AwsReply* EcsClient::listTaskDefinitions(
    const QString& familyPrefix, const QString& status, const QString& nextToken, int maxResults) const
{
    QJsonObject input;
    insertIf(input, "familyPrefix", familyPrefix);
    insertIf(input, "status", status);
    paging(input, nextToken, maxResults);
    return callJson(QStringLiteral("ListTaskDefinitions"), input, {}, listTaskDefinitionsShape());
}

AwsReply* EcsClient::listTaskDefinitionFamilies(
    const QString& familyPrefix, const QString& status, const QString& nextToken, int maxResults) const
{
    QJsonObject input;
    insertIf(input, "familyPrefix", familyPrefix);
    insertIf(input, "status", status);
    paging(input, nextToken, maxResults);
    return callJson(QStringLiteral("ListTaskDefinitionFamilies"), input, {}, listFamiliesShape());
}

AwsReply* EcsClient::describeTaskDefinition(const QString& taskDefinition, bool includeTags) const
{
    QJsonObject input { { QStringLiteral("taskDefinition"), taskDefinition } };
    if (includeTags)
        input.insert(QStringLiteral("include"), QJsonArray { QStringLiteral("TAGS") });
    return callJson(QStringLiteral("DescribeTaskDefinition"), input, {}, describeTaskDefinitionShape());
}

AwsReply* EcsClient::registerTaskDefinition(const QJsonObject& input) const
{
    return call(QStringLiteral("RegisterTaskDefinition"), input);
}

AwsReply* EcsClient::deregisterTaskDefinition(const QString& taskDefinition) const
{
    return call(QStringLiteral("DeregisterTaskDefinition"),
        QJsonObject { { QStringLiteral("taskDefinition"), taskDefinition } });
}

AwsReply* EcsClient::createCluster(const CreateClusterRequest& request) const
{
    return call(QStringLiteral("CreateCluster"), request.toJson());
}

AwsReply* EcsClient::deleteCluster(const DeleteClusterRequest& request) const
{
    return call(QStringLiteral("DeleteCluster"), request.toJson());
}

AwsReply* EcsClient::createService(const CreateServiceRequest& request) const
{
    return call(QStringLiteral("CreateService"), request.toJson());
}

AwsReply* EcsClient::updateService(const UpdateServiceRequest& request) const
{
    return call(QStringLiteral("UpdateService"), request.toJson());
}

AwsReply* EcsClient::deleteService(const DeleteServiceRequest& request) const
{
    return call(QStringLiteral("DeleteService"), request.toJson());
}

AwsReply* EcsClient::runTask(const RunTaskRequest& request) const
{
    return call(QStringLiteral("RunTask"), request.toJson());
}

AwsReply* EcsClient::stopTask(const StopTaskRequest& request) const
{
    return call(QStringLiteral("StopTask"), request.toJson());
}

AwsReply* EcsClient::updateContainerInstancesState(const UpdateContainerInstancesStateRequest& request) const
{
    return call(QStringLiteral("UpdateContainerInstancesState"), request.toJson());
}

AwsReply* EcsClient::registerTaskDefinition(const RegisterTaskDefinitionRequest& request) const
{
    return call(QStringLiteral("RegisterTaskDefinition"), request.toJson());
}

AwsReply* EcsClient::deregisterTaskDefinition(const DeregisterTaskDefinitionRequest& request) const
{
    return call(QStringLiteral("DeregisterTaskDefinition"), request.toJson());
}

AwsReply* EcsClient::describeCapacityProviders(const QStringList& names, const QString& nextToken) const
{
    QJsonObject input;
    if (!names.isEmpty())
        input.insert(QStringLiteral("capacityProviders"), QJsonArray::fromStringList(names));
    insertIf(input, "nextToken", nextToken);
    return callJson(QStringLiteral("DescribeCapacityProviders"), input, {}, describeCapacityProvidersShape());
}

AwsReply* EcsClient::describeCapacityProvidersTyped(const QStringList& names, const QString& nextToken) const
{
    QJsonObject input;
    if (!names.isEmpty())
        input.insert(QStringLiteral("capacityProviders"), QJsonArray::fromStringList(names));
    insertIf(input, "nextToken", nextToken);
    return callJson(
        QStringLiteral("DescribeCapacityProviders"), input,
        [](const QJsonObject& answer) { return QVariant::fromValue(CapacityProvidersPage::fromJson(answer)); },
        describeCapacityProvidersShape());
}

AwsReply* EcsClient::putClusterCapacityProviders(const PutClusterCapacityProvidersRequest& request) const
{
    return call(QStringLiteral("PutClusterCapacityProviders"), request.toJson());
}

AwsReply* EcsClient::updateCluster(const UpdateClusterRequest& request) const
{
    return call(QStringLiteral("UpdateCluster"), request.toJson());
}

AwsReply* EcsClient::listTagsForResource(const QString& arn) const
{
    return call(QStringLiteral("ListTagsForResource"), QJsonObject { { QStringLiteral("resourceArn"), arn } });
}

AwsReply* EcsClient::tagResource(const QString& arn, const QList<Tag>& tags) const
{
    return call(QStringLiteral("TagResource"),
        QJsonObject { { QStringLiteral("resourceArn"), arn }, { QStringLiteral("tags"), EcsJson::tagsToJson(tags) } });
}

AwsReply* EcsClient::untagResource(const QString& arn, const QStringList& keys) const
{
    return call(QStringLiteral("UntagResource"),
        QJsonObject {
            { QStringLiteral("resourceArn"), arn }, { QStringLiteral("tagKeys"), QJsonArray::fromStringList(keys) } });
}

} // namespace EcsDesk::Api
