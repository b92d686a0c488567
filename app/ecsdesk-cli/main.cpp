#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ecsdesk-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ECSDESK_VERSION));

    QTextStream(stderr) << QCoreApplication::translate("main", "ecsdesk-cli: no commands are implemented yet")
                        << Qt::endl;
    return 2;
}
