// SPDX-License-Identifier: MIT
#pragma once

#include "api/elbv2/servicetargetsloader.h"
#include "models/taskrow.h"

#include <QHash>

namespace EcsDesk::Models {

/// Which task a load balancer target is: an `ip` target by the task's private IPv4 address (awsvpc),
/// an `instance` target by the task's EC2 instance and host port (bridge and host networking, dynamic
/// ports included). A task that still runs wins over a stopped one with the same address.
class TargetTaskIndex {
public:
    TargetTaskIndex() = default;
    explicit TargetTaskIndex(const QList<TaskRow>& tasks);

    /// The task's ARN, empty when no task of the list is the target.
    QString taskOf(const Api::ElbTarget& target) const;

    /// Each target's health text (ElbV2::healthText) by task ARN, over every group; a task that is a
    /// target of several groups gets their states joined ("healthy, initial (Elb.RegistrationInProgress)").
    QHash<QString, QString> healthByTask(const QList<Api::ServiceTargetGroup>& groups) const;

    /// The host ports of a HostPorts text ("0.0.0.0:32768->80/tcp, 0.0.0.0:8080->8080/tcp").
    static QList<int> hostPorts(const QString& text);

private:
    QHash<QString, QString> m_byAddress; ///< "10.0.1.5" or "i-0abc:32768" -> task ARN
};

} // namespace EcsDesk::Models
