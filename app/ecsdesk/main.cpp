#include "ui/mainwindow.h"

#include <QApplication>
#include <QIcon>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ecsdesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("ECS Desk"));
    QApplication::setOrganizationName(QStringLiteral("ECS Desk"));
    QApplication::setOrganizationDomain(QStringLiteral("ecsdesk.dev"));
    QApplication::setApplicationVersion(QStringLiteral(ECSDESK_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/ecsdesk.svg")));

    EcsDesk::Ui::MainWindow window;
    window.show();
    return QApplication::exec();
}
