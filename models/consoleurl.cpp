// SPDX-License-Identifier: MIT
#include "models/consoleurl.h"

#include <QStringList>
#include <QUrlQuery>

namespace EcsDesk::Models::ConsoleUrl {

QString partitionOfRegion(const QString& region)
{
    if (region.startsWith(QLatin1String("cn-")))
        return QStringLiteral("aws-cn");
    if (region.startsWith(QLatin1String("us-gov-")))
        return QStringLiteral("aws-us-gov");
    return QStringLiteral("aws");
}

QUrl base(const QString& partition, const QString& region)
{
    if (partition == QLatin1String("aws-cn"))
        return QUrl(QStringLiteral("https://console.amazonaws.cn"));
    if (partition == QLatin1String("aws-us-gov"))
        return QUrl(QStringLiteral("https://console.amazonaws-us-gov.com"));
    return QUrl(QStringLiteral("https://%1.console.aws.amazon.com").arg(region));
}

namespace {
    QString clusterName(const QString& cluster) { return cluster.section(QLatin1Char('/'), -1); }
} // namespace

QUrl forArn(const QString& arn, const QString& cluster)
{
    // arn:PARTITION:ecs:REGION:ACCOUNT:TYPE/...
    const QStringList fields = arn.split(QLatin1Char(':'));
    if (fields.size() < 6 || fields.at(0) != QLatin1String("arn") || fields.at(2) != QLatin1String("ecs"))
        return {};
    const QString partition = fields.at(1);
    const QString region = fields.at(3);
    const QString resource = fields.mid(5).join(QLatin1Char(':'));
    const QString type = resource.section(QLatin1Char('/'), 0, 0);
    const QStringList parts = resource.section(QLatin1Char('/'), 1).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (region.isEmpty() || parts.isEmpty())
        return {};
    // New ARN format: TYPE/CLUSTER/ID; old: TYPE/ID with the cluster from the caller.
    const QString inCluster = parts.size() >= 2 ? parts.at(0) : clusterName(cluster);
    const QString id = parts.last();
    QString path;
    if (type == QLatin1String("cluster")) {
        path = QStringLiteral("/ecs/v2/clusters/%1/services").arg(id);
    } else if (type == QLatin1String("task-definition")) {
        const QString family = id.section(QLatin1Char(':'), 0, 0);
        const QString revision = id.section(QLatin1Char(':'), 1);
        path = revision.isEmpty() ? QStringLiteral("/ecs/v2/task-definitions/%1").arg(family)
                                  : QStringLiteral("/ecs/v2/task-definitions/%1/%2").arg(family, revision);
    } else if (inCluster.isEmpty()) {
        return {};
    } else if (type == QLatin1String("service")) {
        path = QStringLiteral("/ecs/v2/clusters/%1/services/%2").arg(inCluster, id);
    } else if (type == QLatin1String("task")) {
        path = QStringLiteral("/ecs/v2/clusters/%1/tasks/%2").arg(inCluster, id);
    } else if (type == QLatin1String("container-instance")) {
        path = QStringLiteral("/ecs/v2/clusters/%1/infrastructure/container-instances/%2").arg(inCluster, id);
    } else {
        return {};
    }
    QUrl url = base(partition, region);
    url.setPath(path);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("region"), region);
    url.setQuery(query);
    return url;
}

} // namespace EcsDesk::Models::ConsoleUrl
