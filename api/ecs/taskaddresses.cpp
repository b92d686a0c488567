// SPDX-License-Identifier: MIT
#include "api/ecs/taskaddresses.h"

#include <QJsonArray>
#include <QStringList>

namespace EcsDesk::Api {

TaskAddresses TaskAddresses::fromTaskJson(const QJsonObject& task)
{
    TaskAddresses addresses;
    for (const QJsonValue& value : task.value(QLatin1String("attachments")).toArray()) {
        const QJsonObject attachment = value.toObject();
        if (attachment.value(QLatin1String("type")).toString() != QLatin1String("ElasticNetworkInterface"))
            continue;
        for (const QJsonValue& d : attachment.value(QLatin1String("details")).toArray()) {
            const QString name = d.toObject().value(QLatin1String("name")).toString();
            const QString detail = d.toObject().value(QLatin1String("value")).toString();
            if (name == QLatin1String("privateIPv4Address"))
                addresses.privateIp = detail;
            else if (name == QLatin1String("publicIPv4Address"))
                addresses.publicIp = detail;
            else if (name == QLatin1String("networkInterfaceId"))
                addresses.eniId = detail;
            else if (name == QLatin1String("subnetId"))
                addresses.subnetId = detail;
            else if (name == QLatin1String("privateDnsName"))
                addresses.privateDnsName = detail;
        }
        break; // a task has one ENI
    }
    for (const QJsonValue& c : task.value(QLatin1String("containers")).toArray()) {
        const QJsonObject container = c.toObject();
        const QString name = container.value(QLatin1String("name")).toString();
        if (addresses.privateIp.isEmpty()) { // awsvpc answers without the attachment details
            const QJsonArray interfaces = container.value(QLatin1String("networkInterfaces")).toArray();
            if (!interfaces.isEmpty())
                addresses.privateIp
                    = interfaces.first().toObject().value(QLatin1String("privateIpv4Address")).toString();
        }
        for (const QJsonValue& b : container.value(QLatin1String("networkBindings")).toArray()) {
            const QJsonObject binding = b.toObject();
            HostPort port;
            port.container = name;
            port.bindIp = binding.value(QLatin1String("bindIP")).toString();
            port.hostPort = binding.value(QLatin1String("hostPort")).toInt();
            port.containerPort = binding.value(QLatin1String("containerPort")).toInt();
            port.protocol = binding.value(QLatin1String("protocol")).toString(QStringLiteral("tcp"));
            addresses.hostPorts.append(port);
        }
    }
    return addresses;
}

QString TaskAddresses::hostPortsText() const
{
    QStringList parts;
    for (const HostPort& p : hostPorts)
        parts.append(QStringLiteral("%1:%2->%3/%4").arg(p.bindIp).arg(p.hostPort).arg(p.containerPort).arg(p.protocol));
    return parts.join(QLatin1String(", "));
}

QString TaskAddresses::address() const
{
    if (!publicIp.isEmpty())
        return publicIp;
    if (!privateIp.isEmpty())
        return privateIp;
    return hostPortsText();
}

QList<QUrl> TaskAddresses::httpUrls(const QString& host) const
{
    QList<QUrl> urls;
    const QString ip = !publicIp.isEmpty() ? publicIp : privateIp;
    for (const HostPort& p : hostPorts) {
        if (p.protocol != QLatin1String("tcp"))
            continue;
        const QString on = !host.isEmpty() ? host : ip;
        if (on.isEmpty())
            continue;
        QUrl url;
        url.setScheme(QStringLiteral("http"));
        url.setHost(on);
        url.setPort(p.hostPort);
        url.setPath(QStringLiteral("/"));
        if (!urls.contains(url))
            urls.append(url);
    }
    return urls;
}

} // namespace EcsDesk::Api
