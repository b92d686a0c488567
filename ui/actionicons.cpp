// SPDX-License-Identifier: MIT
#include "ui/actionicons.h"

#include <QHash>

namespace EcsDesk::Ui::ActionIcons {

namespace {
    const QHash<QString, QString>& iconNames()
    {
        static const QHash<QString, QString> names {
            { QStringLiteral("refresh"), QStringLiteral("refresh") },
            { QStringLiteral("commandPalette"), QStringLiteral("palette") },
            { QStringLiteral("showRepositories"), QStringLiteral("open") },
            { QStringLiteral("exportCsv"), QStringLiteral("export") },
            { QStringLiteral("exportJson"), QStringLiteral("export") },
            { QStringLiteral("copyArn"), QStringLiteral("copy") },
            { QStringLiteral("copyJson"), QStringLiteral("copy") },
            { QStringLiteral("focusFilter"), QStringLiteral("filter") },
            { QStringLiteral("createCluster"), QStringLiteral("add") },
            { QStringLiteral("deleteCluster"), QStringLiteral("delete") },
            { QStringLiteral("clusterSettings"), QStringLiteral("preferences") },
            { QStringLiteral("createService"), QStringLiteral("add") },
            { QStringLiteral("setDesiredCount"), QStringLiteral("scale") },
            { QStringLiteral("updateRevision"), QStringLiteral("revision") },
            { QStringLiteral("forceDeployment"), QStringLiteral("deploy") },
            { QStringLiteral("deleteService"), QStringLiteral("delete") },
            { QStringLiteral("rollBackService"), QStringLiteral("rollback") },
            { QStringLiteral("editService"), QStringLiteral("edit") },
            { QStringLiteral("runTask"), QStringLiteral("run") },
            { QStringLiteral("runScheduledTaskNow"), QStringLiteral("run") },
            { QStringLiteral("newScheduledTask"), QStringLiteral("add") },
            { QStringLiteral("editScheduledTask"), QStringLiteral("edit") },
            { QStringLiteral("enableScheduledTask"), QStringLiteral("activate") },
            { QStringLiteral("disableScheduledTask"), QStringLiteral("stop") },
            { QStringLiteral("deleteScheduledTask"), QStringLiteral("delete") },
            { QStringLiteral("stopTask"), QStringLiteral("stop") },
            { QStringLiteral("drainInstance"), QStringLiteral("drain") },
            { QStringLiteral("activateInstance"), QStringLiteral("activate") },
            { QStringLiteral("deregisterTaskDefinition"), QStringLiteral("delete") },
            { QStringLiteral("newTaskDefinition"), QStringLiteral("new-definition") },
            { QStringLiteral("editTaskDefinition"), QStringLiteral("edit") },
            { QStringLiteral("newConnection"), QStringLiteral("connection") },
            { QStringLiteral("preferences"), QStringLiteral("preferences") },
            { QStringLiteral("openCluster"), QStringLiteral("open") },
            { QStringLiteral("showServiceTasks"), QStringLiteral("tasks") },
            { QStringLiteral("openInConsole"), QStringLiteral("open") },
            { QStringLiteral("copyTaskAddress"), QStringLiteral("copy") },
            { QStringLiteral("openTaskInBrowser"), QStringLiteral("open") },
            { QStringLiteral("openShell"), QStringLiteral("terminal") },
            { QStringLiteral("forwardPort"), QStringLiteral("forward") },
            { QStringLiteral("showPortForwards"), QStringLiteral("forward") },
            { QStringLiteral("openFleetCluster"), QStringLiteral("open") },
            { QStringLiteral("refreshFleet"), QStringLiteral("refresh") },
            { QStringLiteral("refreshLoadBalancers"), QStringLiteral("refresh") },
            { QStringLiteral("setAlarmStateAlarm"), QStringLiteral("stop") },
            { QStringLiteral("setAlarmStateOk"), QStringLiteral("activate") },
            { QStringLiteral("enableAlarmActions"), QStringLiteral("run") },
            { QStringLiteral("disableAlarmActions"), QStringLiteral("stop") },
            { QStringLiteral("showAlarmHistory"), QStringLiteral("open") },
            { QStringLiteral("quit"), QStringLiteral("quit") },
            { QStringLiteral("about"), QStringLiteral("ecsdesk") },
        };
        return names;
    }
} // namespace

QIcon forAction(const QString& actionName)
{
    const QString name = iconNames().value(actionName);
    return name.isEmpty() ? QIcon() : QIcon(QLatin1String(":/icons/") + name + QLatin1String(".svg"));
}

} // namespace EcsDesk::Ui::ActionIcons
