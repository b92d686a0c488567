// SPDX-License-Identifier: MIT
#include "clicommand.h"

#include "translations/translator.h"

#include <QCoreApplication>

#include <algorithm>

namespace EcsDesk::Cli {
QList<Command>& commands()
{
    static QList<Command> registry;
    return registry;
}
} // namespace EcsDesk::Cli

namespace {

void printUsage(QTextStream& out)
{
    out << QCoreApplication::translate("main", "Usage: ecsdesk-cli <command> [options]") << '\n' << '\n';
    auto list = EcsDesk::Cli::commands();
    std::sort(list.begin(), list.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
    if (list.isEmpty())
        out << QCoreApplication::translate("main", "No commands are implemented yet.") << '\n';
    for (const auto& command : std::as_const(list))
        out << "  " << command.name.leftJustified(12)
            << QCoreApplication::translate(command.summaryContext, command.summary) << '\n';
    out << '\n'
        << QCoreApplication::translate("main", "Run 'ecsdesk-cli <command> --help' for a command's options.") << '\n';
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ecsdesk-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ECSDESK_VERSION));
    EcsDesk::I18n::installTranslators(app);

    QStringList arguments = QCoreApplication::arguments().mid(1);
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (arguments.isEmpty() || arguments.first() == QLatin1String("--help")
        || arguments.first() == QLatin1String("-h")) {
        printUsage(arguments.isEmpty() ? err : out);
        return arguments.isEmpty() ? 2 : 0;
    }
    if (arguments.first() == QLatin1String("--version")) {
        out << "ecsdesk-cli " << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }
    const QString name = arguments.takeFirst();
    for (const auto& command : std::as_const(EcsDesk::Cli::commands())) {
        if (command.name == name)
            return command.run(arguments);
    }
    err << QCoreApplication::translate("main", "ecsdesk-cli: unknown command '%1'").arg(name) << '\n';
    printUsage(err);
    return 2;
}
