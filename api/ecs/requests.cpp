// SPDX-License-Identifier: MIT
#include "api/ecs/requests.h"

#include <QJsonArray>

namespace EcsDesk::Api {

namespace {
    void insertText(QJsonObject& json, const char* key, const QString& value)
    {
        if (!value.isEmpty())
            json.insert(QLatin1String(key), value);
    }
    void insertList(QJsonObject& json, const char* key, const QStringList& values)
    {
        if (!values.isEmpty())
            json.insert(QLatin1String(key), QJsonArray::fromStringList(values));
    }
    void insertNumber(QJsonObject& json, const char* key, const std::optional<int>& value)
    {
        if (value)
            json.insert(QLatin1String(key), *value);
    }
    template <typename T> void insertObjects(QJsonObject& json, const char* key, const QList<T>& items)
    {
        if (items.isEmpty())
            return;
        QJsonArray array;
        for (const T& item : items)
            array.append(item.toJson());
        json.insert(QLatin1String(key), array);
    }
    void insertTags(QJsonObject& json, const QList<Tag>& tags)
    {
        if (!tags.isEmpty())
            json.insert(QLatin1String("tags"), EcsJson::tagsToJson(tags));
    }
    QJsonObject object(const QJsonObject& answer, const char* key)
    {
        return answer.value(QLatin1String(key)).toObject();
    }
} // namespace

QJsonObject PlacementStrategy::toJson() const
{
    QJsonObject json;
    insertText(json, "type", type);
    insertText(json, "field", field);
    return json;
}

QJsonObject PlacementConstraint::toJson() const
{
    QJsonObject json;
    insertText(json, "type", type);
    insertText(json, "expression", expression);
    return json;
}

QJsonObject AwsVpcConfiguration::toJson() const
{
    QJsonObject vpc { { QLatin1String("subnets"), QJsonArray::fromStringList(subnets) } };
    insertList(vpc, "securityGroups", securityGroups);
    insertText(vpc, "assignPublicIp", assignPublicIp);
    return { { QLatin1String("awsvpcConfiguration"), vpc } };
}

QJsonObject DeploymentConfiguration::toJson() const
{
    QJsonObject json;
    insertNumber(json, "minimumHealthyPercent", minimumHealthyPercent);
    insertNumber(json, "maximumPercent", maximumPercent);
    return json;
}

QJsonObject ContainerOverride::toJson() const
{
    QJsonObject json { { QLatin1String("name"), name } };
    insertList(json, "command", command);
    if (!environment.isEmpty()) {
        QJsonArray variables;
        for (const KeyValuePair& variable : environment)
            variables.append(
                QJsonObject { { QLatin1String("name"), variable.name }, { QLatin1String("value"), variable.value } });
        json.insert(QLatin1String("environment"), variables);
    }
    return json;
}

namespace {
    QJsonArray strategyJson(const CapacityProviderStrategy& strategy)
    {
        QJsonArray array;
        for (const CapacityProviderStrategyItem& item : strategy)
            array.append(item.toJson());
        return array;
    }
    QJsonArray containerInsightsSetting(const QString& value)
    {
        return QJsonArray { QJsonObject {
            { QLatin1String("name"), QLatin1String("containerInsights") }, { QLatin1String("value"), value } } };
    }
} // namespace

QJsonObject CreateClusterRequest::toJson() const
{
    QJsonObject json { { QLatin1String("clusterName"), clusterName } };
    insertTags(json, tags);
    if (!capacityProviders.isEmpty())
        json.insert(QLatin1String("capacityProviders"), QJsonArray::fromStringList(capacityProviders));
    if (!defaultCapacityProviderStrategy.isEmpty())
        json.insert(QLatin1String("defaultCapacityProviderStrategy"), strategyJson(defaultCapacityProviderStrategy));
    if (!containerInsights.isEmpty())
        json.insert(QLatin1String("settings"), containerInsightsSetting(containerInsights));
    return json;
}

QJsonObject PutClusterCapacityProvidersRequest::toJson() const
{
    return { { QLatin1String("cluster"), cluster },
        { QLatin1String("capacityProviders"), QJsonArray::fromStringList(capacityProviders) },
        { QLatin1String("defaultCapacityProviderStrategy"), strategyJson(defaultCapacityProviderStrategy) } };
}

QJsonObject UpdateClusterRequest::toJson() const
{
    QJsonObject json { { QLatin1String("cluster"), cluster } };
    if (!containerInsights.isEmpty())
        json.insert(QLatin1String("settings"), containerInsightsSetting(containerInsights));
    return json;
}

QJsonObject DeleteClusterRequest::toJson() const { return { { QLatin1String("cluster"), cluster } }; }

QJsonObject CreateServiceRequest::toJson() const
{
    QJsonObject json;
    insertText(json, "cluster", cluster);
    json.insert(QLatin1String("serviceName"), serviceName);
    insertText(json, "taskDefinition", taskDefinition);
    insertText(json, "launchType", launchType);
    insertNumber(json, "desiredCount", desiredCount);
    if (deploymentConfiguration)
        json.insert(QLatin1String("deploymentConfiguration"), deploymentConfiguration->toJson());
    if (networkConfiguration)
        json.insert(QLatin1String("networkConfiguration"), networkConfiguration->toJson());
    insertObjects(json, "placementStrategy", placementStrategy);
    insertObjects(json, "placementConstraints", placementConstraints);
    insertTags(json, tags);
    return json;
}

QJsonObject UpdateServiceRequest::toJson() const
{
    QJsonObject json;
    insertText(json, "cluster", cluster);
    json.insert(QLatin1String("service"), service);
    insertNumber(json, "desiredCount", desiredCount);
    insertText(json, "taskDefinition", taskDefinition);
    if (forceNewDeployment)
        json.insert(QLatin1String("forceNewDeployment"), true);
    if (deploymentConfiguration)
        json.insert(QLatin1String("deploymentConfiguration"), deploymentConfiguration->toJson());
    return json;
}

QJsonObject DeleteServiceRequest::toJson() const
{
    QJsonObject json;
    insertText(json, "cluster", cluster);
    json.insert(QLatin1String("service"), service);
    if (force)
        json.insert(QLatin1String("force"), true);
    return json;
}

QJsonObject RunTaskRequest::toJson() const
{
    QJsonObject json;
    insertText(json, "cluster", cluster);
    json.insert(QLatin1String("taskDefinition"), taskDefinition);
    insertNumber(json, "count", count);
    insertText(json, "launchType", launchType);
    if (!capacityProviderStrategy.isEmpty())
        json.insert(QLatin1String("capacityProviderStrategy"), strategyJson(capacityProviderStrategy));
    if (!containerOverrides.isEmpty()) {
        QJsonObject overrides;
        insertObjects(overrides, "containerOverrides", containerOverrides);
        json.insert(QLatin1String("overrides"), overrides);
    }
    if (networkConfiguration)
        json.insert(QLatin1String("networkConfiguration"), networkConfiguration->toJson());
    insertObjects(json, "placementStrategy", placementStrategy);
    insertObjects(json, "placementConstraints", placementConstraints);
    insertText(json, "startedBy", startedBy);
    insertText(json, "group", group);
    return json;
}

QJsonObject StopTaskRequest::toJson() const
{
    QJsonObject json;
    insertText(json, "cluster", cluster);
    json.insert(QLatin1String("task"), task);
    insertText(json, "reason", reason);
    return json;
}

QJsonObject UpdateContainerInstancesStateRequest::toJson() const
{
    QJsonObject json;
    insertText(json, "cluster", cluster);
    json.insert(QLatin1String("containerInstances"), QJsonArray::fromStringList(containerInstances));
    json.insert(QLatin1String("status"), status);
    return json;
}

QJsonObject RegisterTaskDefinitionRequest::toJson() const
{
    QJsonObject json = definition;
    insertTags(json, tags);
    return json;
}

QJsonObject DeregisterTaskDefinitionRequest::toJson() const
{
    return { { QLatin1String("taskDefinition"), taskDefinition } };
}

ListClustersResult ListClustersResult::fromJson(const QJsonObject& answer)
{
    const ListPage page = EcsJson::listPage(answer, QLatin1String("clusterArns"));
    return { page.arns, page.nextToken };
}

ListServicesResult ListServicesResult::fromJson(const QJsonObject& answer)
{
    const ListPage page = EcsJson::listPage(answer, QLatin1String("serviceArns"));
    return { page.arns, page.nextToken };
}

ListTaskDefinitionsResult ListTaskDefinitionsResult::fromJson(const QJsonObject& answer)
{
    const ListPage page = EcsJson::listPage(answer, QLatin1String("taskDefinitionArns"));
    return { page.arns, page.nextToken };
}

ClusterResult ClusterResult::fromJson(const QJsonObject& answer)
{
    return { Cluster::fromJson(object(answer, "cluster")) };
}

ServiceResult ServiceResult::fromJson(const QJsonObject& answer)
{
    return { Service::fromJson(object(answer, "service")) };
}

RunTaskResult RunTaskResult::fromJson(const QJsonObject& answer)
{
    return { EcsJson::objects<Task>(answer.value(QLatin1String("tasks"))), EcsJson::failures(answer) };
}

StopTaskResult StopTaskResult::fromJson(const QJsonObject& answer)
{
    return { Task::fromJson(object(answer, "task")) };
}

ContainerInstancesResult ContainerInstancesResult::fromJson(const QJsonObject& answer)
{
    return { EcsJson::objects<ContainerInstance>(answer.value(QLatin1String("containerInstances"))),
        EcsJson::failures(answer) };
}

TaskDefinitionResult TaskDefinitionResult::fromJson(const QJsonObject& answer)
{
    return { TaskDefinition::fromJson(object(answer, "taskDefinition")),
        EcsJson::tags(answer.value(QLatin1String("tags"))) };
}

} // namespace EcsDesk::Api
