// SPDX-License-Identifier: MIT
#include "models/loadbalancing/targettasks.h"

#include <QRegularExpression>

namespace EcsDesk::Models {

TargetTaskIndex::TargetTaskIndex(const QList<TaskRow>& tasks)
{
    // Stopped tasks first: a running task with the same address replaces them.
    for (const bool stopped : { true, false }) {
        for (const TaskRow& task : tasks) {
            if (task.isStopped() != stopped)
                continue;
            const QString ip = task.address(TaskRow::AddressField::PrivateIp);
            if (!ip.isEmpty())
                m_byAddress.insert(ip, task.arn);
            if (!task.ec2InstanceId.isEmpty()) {
                for (const int port : hostPorts(task.address(TaskRow::AddressField::HostPorts)))
                    m_byAddress.insert(task.ec2InstanceId + QLatin1Char(':') + QString::number(port), task.arn);
            }
        }
    }
}

QList<int> TargetTaskIndex::hostPorts(const QString& text)
{
    static const QRegularExpression binding(QStringLiteral(":(\\d+)->"));
    QList<int> ports;
    for (auto it = binding.globalMatch(text); it.hasNext();)
        ports.append(it.next().captured(1).toInt());
    return ports;
}

QString TargetTaskIndex::taskOf(const Api::ElbTarget& target) const
{
    if (target.id.startsWith(QLatin1String("i-")))
        return target.port ? m_byAddress.value(target.id + QLatin1Char(':') + QString::number(*target.port))
                           : QString();
    return m_byAddress.value(target.id);
}

QHash<QString, QString> TargetTaskIndex::healthByTask(const QList<Api::ServiceTargetGroup>& groups) const
{
    QHash<QString, QStringList> states;
    for (const Api::ServiceTargetGroup& group : groups) {
        for (const Api::TargetHealthDescription& target : group.targets) {
            const QString task = taskOf(target.target);
            if (task.isEmpty())
                continue;
            const QString text = Api::ElbV2::healthText(target.health);
            QStringList& list = states[task];
            if (!list.contains(text))
                list.append(text);
        }
    }
    QHash<QString, QString> result;
    for (auto it = states.begin(); it != states.end(); ++it)
        result.insert(it.key(), it.value().join(QStringLiteral(", ")));
    return result;
}

} // namespace EcsDesk::Models
