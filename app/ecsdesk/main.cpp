// SPDX-License-Identifier: MIT
#include "translations/translator.h"
#include "ui/appsettings.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QUrl>

#include <cstdio>

namespace {
int usageError(const QString& message)
{
    std::fprintf(stderr, "ecsdesk: %s\n", qUtf8Printable(message));
    return 2;
}
} // namespace

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
    const QCommandLineOption profile(QStringLiteral("profile"),
        QApplication::translate("main", "Connect with this profile of the AWS config at start (as the AWS CLI)."),
        QApplication::translate("main", "name"));
    const QCommandLineOption region(QStringLiteral("region"),
        QApplication::translate("main", "The region to use with --profile instead of the profile's."),
        QApplication::translate("main", "region"));
    const QCommandLineOption endpointUrl(QStringLiteral("endpoint-url"),
        QApplication::translate("main", "Send every request of --profile to this URL (moto, LocalStack, a proxy)."),
        QApplication::translate("main", "url"));
    const QCommandLineOption cluster(QStringLiteral("cluster"),
        QApplication::translate("main", "Open this cluster at start (of --profile, else of the Local connection)."),
        QApplication::translate("main", "name"));
    // The names come from a throwaway set of the pages: built only when the help is printed, not on
    // every start.
    const QStringList arguments = QApplication::arguments();
    const bool help = arguments.contains(QStringLiteral("-h")) || arguments.contains(QStringLiteral("--help"))
        || arguments.contains(QStringLiteral("--help-all"));
    const QString paneNames = help ? EcsDesk::Ui::MainWindow::paneNames().join(QStringLiteral(", ")) : QString();
    const QCommandLineOption pane(QStringLiteral("pane"),
        //: %1: the pane names, comma-separated
        QApplication::translate("main", "Pane to show first: %1.").arg(paneNames),
        QApplication::translate("main", "pane"));
    const QCommandLineOption onlyStopped(QStringLiteral("only-stopped"),
        QApplication::translate("main", "Show only failed/stopped tasks, grouped by stopped reason."));
    const QCommandLineOption readOnly(QStringLiteral("read-only"),
        QApplication::translate("main", "Read-only mode: every action that changes something is disabled."));
    parser.addOptions({ profile, region, endpointUrl, cluster, pane, onlyStopped, readOnly });
    parser.process(app);

    EcsDesk::Ui::MainWindow::StartOptions start;
    start.profile = parser.value(profile);
    start.region = parser.value(region);
    start.cluster = parser.value(cluster);
    start.pane = parser.value(pane);
    start.onlyStopped = parser.isSet(onlyStopped);
    start.readOnly = parser.isSet(readOnly);
    if (parser.isSet(endpointUrl)) {
        start.endpointUrl = QUrl::fromUserInput(parser.value(endpointUrl));
        if (!start.endpointUrl.isValid())
            return usageError(QApplication::translate("main", "Not a URL: %1").arg(parser.value(endpointUrl)));
    }
    if ((parser.isSet(region) || parser.isSet(endpointUrl)) && start.profile.isEmpty())
        return usageError(QApplication::translate("main", "--region and --endpoint-url go with --profile."));
    if (!start.pane.isEmpty() && !EcsDesk::Ui::MainWindow::isPaneName(start.pane))
        return usageError(EcsDesk::Ui::MainWindow::unknownPaneMessage(start.pane));
    EcsDesk::Ui::MainWindow window;
    window.start(start);
    window.show();
    return QApplication::exec();
}
