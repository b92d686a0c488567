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
    return call(QStringLiteral("ListClusters"), input);
}

AwsReply* EcsClient::describeClusters(const QStringList& clusters, const QStringList& include) const
{
    QJsonObject input { { QStringLiteral("clusters"), QJsonArray::fromStringList(clusters) } };
    if (!include.isEmpty())
        input.insert(QStringLiteral("include"), QJsonArray::fromStringList(include));
    return call(QStringLiteral("DescribeClusters"), input);
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
    return call(QStringLiteral("ListServices"), input);
}

AwsReply* EcsClient::describeServices(const QString& cluster, const QStringList& services, bool includeTags) const
{
    QJsonObject input = withCluster(cluster);
    input.insert(QStringLiteral("services"), QJsonArray::fromStringList(services));
    if (includeTags)
        input.insert(QStringLiteral("include"), QJsonArray { QStringLiteral("TAGS") });
    return call(QStringLiteral("DescribeServices"), input);
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
    return call(QStringLiteral("ListTasks"), input);
}

AwsReply* EcsClient::describeTasks(const QString& cluster, const QStringList& tasks, bool includeTags) const
{
    QJsonObject input = withCluster(cluster);
    input.insert(QStringLiteral("tasks"), QJsonArray::fromStringList(tasks));
    if (includeTags)
        input.insert(QStringLiteral("include"), QJsonArray { QStringLiteral("TAGS") });
    return call(QStringLiteral("DescribeTasks"), input);
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
    return call(QStringLiteral("DescribeTasks"), input, describeDecoder<Task>(QLatin1String("tasks")));
}

AwsReply* EcsClient::describeServicesTyped(const QString& cluster, const QStringList& services) const
{
    QJsonObject input = withCluster(cluster);
    input.insert(QStringLiteral("services"), QJsonArray::fromStringList(services));
    return call(QStringLiteral("DescribeServices"), input, describeDecoder<Service>(QLatin1String("services")));
}

AwsReply* EcsClient::describeContainerInstancesTyped(const QString& cluster, const QStringList& instances) const
{
    QJsonObject input = withCluster(cluster);
    input.insert(QStringLiteral("containerInstances"), QJsonArray::fromStringList(instances));
    return call(QStringLiteral("DescribeContainerInstances"), input,
        describeDecoder<ContainerInstance>(QLatin1String("containerInstances")));
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
    return call(QStringLiteral("ListContainerInstances"), input);
}

AwsReply* EcsClient::describeContainerInstances(const QString& cluster, const QStringList& instances) const
{
    QJsonObject input = withCluster(cluster);
    input.insert(QStringLiteral("containerInstances"), QJsonArray::fromStringList(instances));
    return call(QStringLiteral("DescribeContainerInstances"), input);
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
    return call(QStringLiteral("ListTaskDefinitions"), input);
}

AwsReply* EcsClient::listTaskDefinitionFamilies(
    const QString& familyPrefix, const QString& status, const QString& nextToken, int maxResults) const
{
    QJsonObject input;
    insertIf(input, "familyPrefix", familyPrefix);
    insertIf(input, "status", status);
    paging(input, nextToken, maxResults);
    return call(QStringLiteral("ListTaskDefinitionFamilies"), input);
}

AwsReply* EcsClient::describeTaskDefinition(const QString& taskDefinition, bool includeTags) const
{
    QJsonObject input { { QStringLiteral("taskDefinition"), taskDefinition } };
    if (includeTags)
        input.insert(QStringLiteral("include"), QJsonArray { QStringLiteral("TAGS") });
    return call(QStringLiteral("DescribeTaskDefinition"), input);
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

AwsReply* EcsClient::describeCapacityProviders(const QStringList& names, const QString& nextToken) const
{
    QJsonObject input;
    if (!names.isEmpty())
        input.insert(QStringLiteral("capacityProviders"), QJsonArray::fromStringList(names));
    insertIf(input, "nextToken", nextToken);
    return call(QStringLiteral("DescribeCapacityProviders"), input);
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
