#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace EcsDesk::Api {

/// An ECS cluster as DescribeClusters reports it. `raw` keeps every field the server sent.
struct Cluster {
    QString arn;
    QString name;
    QString status;
    int activeServicesCount = 0;
    int runningTasksCount = 0;
    int pendingTasksCount = 0;
    int registeredContainerInstancesCount = 0;
    QStringList capacityProviders;
    QJsonObject raw;

    static Cluster fromJson(const QJsonObject& json);
    bool operator==(const Cluster&) const = default;
};

} // namespace EcsDesk::Api
