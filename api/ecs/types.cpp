#include "api/ecs/types.h"

#include <QJsonArray>

namespace EcsDesk::Api {

namespace {
    QStringList toStringList(const QJsonValue& value)
    {
        QStringList result;
        const QJsonArray array = value.toArray();
        result.reserve(array.size());
        for (const QJsonValue& item : array)
            result.append(item.toString());
        return result;
    }
} // namespace

Cluster Cluster::fromJson(const QJsonObject& json)
{
    Cluster cluster;
    cluster.arn = json.value(QLatin1String("clusterArn")).toString();
    cluster.name = json.value(QLatin1String("clusterName")).toString();
    cluster.status = json.value(QLatin1String("status")).toString();
    cluster.activeServicesCount = json.value(QLatin1String("activeServicesCount")).toInt();
    cluster.runningTasksCount = json.value(QLatin1String("runningTasksCount")).toInt();
    cluster.pendingTasksCount = json.value(QLatin1String("pendingTasksCount")).toInt();
    cluster.registeredContainerInstancesCount = json.value(QLatin1String("registeredContainerInstancesCount")).toInt();
    cluster.capacityProviders = toStringList(json.value(QLatin1String("capacityProviders")));
    cluster.raw = json;
    return cluster;
}

} // namespace EcsDesk::Api
