// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

namespace EcsDesk::Api {

/// Where a task is reached, from its DescribeTasks object: with awsvpc its elastic network
/// interface (attachments[type=ElasticNetworkInterface].details: privateIPv4Address,
/// networkInterfaceId, subnetId, a public address when the answer carries one); with bridge or
/// host networking the host ports of its containers (containers[].networkBindings).
struct TaskAddresses {
    struct HostPort {
        QString container;
        QString bindIp; ///< "0.0.0.0" for every address of the host
        int hostPort = 0;
        int containerPort = 0;
        QString protocol; ///< "tcp" or "udp"
        bool operator==(const HostPort&) const = default;
    };
    QString privateIp;
    QString publicIp;
    QString eniId;
    QString subnetId;
    QString privateDnsName;
    QList<HostPort> hostPorts;

    static TaskAddresses fromTaskJson(const QJsonObject& task);
    bool isEmpty() const { return privateIp.isEmpty() && publicIp.isEmpty() && hostPorts.isEmpty(); }
    /// What Copy Address copies: the public address, else the private one, else the host ports
    /// ("0.0.0.0:8080->80/tcp, ...").
    QString address() const;
    /// The host ports as "0.0.0.0:8080->80/tcp", comma separated.
    QString hostPortsText() const;
    /// http:// URLs of the task: its address with each container port (awsvpc), or `host` with
    /// each host port (bridge/host; the container instance's address, which the task does not say).
    QList<QUrl> httpUrls(const QString& host = {}) const;
    bool operator==(const TaskAddresses&) const = default;
};

} // namespace EcsDesk::Api
