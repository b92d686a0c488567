#include "translations/translator.h"
#include "ui/appsettings.h"
#include "ui/mainwindow.h"
#include "ui/panewidget.h"

#include <QCheckBox>

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTabWidget>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ecsdesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("ECS Desk"));
    QApplication::setOrganizationName(QStringLiteral("ECS Desk"));
    QApplication::setOrganizationDomain(QStringLiteral("ecsdesk.dev"));
    QApplication::setApplicationVersion(QStringLiteral(ECSDESK_VERSION));
    EcsDesk::I18n::installTranslators(app, EcsDesk::Ui::AppSettings::instance().language());
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/ecsdesk.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Native desktop cluster manager for Amazon ECS."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption cluster(QStringLiteral("cluster"),
        QApplication::translate("main", "Open this cluster of the Local connection at start."),
        QApplication::translate("main", "name"));
    const QCommandLineOption pane(QStringLiteral("pane"),
        QApplication::translate("main", "Pane to show first: clusters, services, tasks, instances or definitions."),
        QApplication::translate("main", "pane"));
    const QCommandLineOption onlyStopped(QStringLiteral("only-stopped"),
        QApplication::translate("main", "Show only failed/stopped tasks, grouped by stopped reason."));
    parser.addOptions({ cluster, pane, onlyStopped });
    parser.process(app);

    EcsDesk::Ui::MainWindow window;
    const QString first = parser.value(pane).toLower();
    if (first == QLatin1String("services"))
        window.showPane(window.servicesPane());
    else if (first == QLatin1String("tasks"))
        window.showPane(window.tasksPane());
    else if (first == QLatin1String("instances"))
        window.showPane(window.instancesPane());
    else if (first == QLatin1String("definitions"))
        window.showPane(window.taskDefinitionsPane());
    if (parser.isSet(onlyStopped)) {
        if (auto* box = window.findChild<QCheckBox*>(QStringLiteral("onlyStopped")))
            box->setChecked(true);
    }
    if (parser.isSet(cluster))
        window.selectCluster(parser.value(cluster));
    window.show();
    return QApplication::exec();
}
