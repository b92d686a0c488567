#include "local/localendpoint.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ecsdesk-local"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ECSDESK_VERSION));

    if (!EcsDesk::Local::LocalEndpoint::isAvailable()) {
        QTextStream(stderr) << QCoreApplication::translate("main", "ecsdesk-local: %1")
                                   .arg(EcsDesk::Local::LocalEndpoint::unavailableReason())
                            << Qt::endl;
        return 2;
    }
    return 0;
}
