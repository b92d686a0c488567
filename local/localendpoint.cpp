#include "local/localendpoint.h"

#include <QCoreApplication>

namespace EcsDesk::Local {

bool LocalEndpoint::isAvailable() { return false; }

QString LocalEndpoint::unavailableReason()
{
    return QCoreApplication::translate("EcsDesk::Local::LocalEndpoint", "the local endpoint is not implemented yet");
}

} // namespace EcsDesk::Local
