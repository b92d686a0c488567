#pragma once

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

#include <functional>

namespace EcsDesk::Cli {

/// One `ecsdesk-cli <name> ...` subcommand. Each command lives in its own .cpp file in this folder
/// and registers itself with a static CommandRegistration, so commands never edit a shared list.
struct Command {
    QString name;
    QString summary; ///< one line for `ecsdesk-cli --help`, translated
    /// Runs with the arguments after the command name; returns the process exit code. Runs inside
    /// a QCoreApplication and may spin its event loop.
    std::function<int(const QStringList& arguments)> run;
};

QList<Command>& commands();

/// The parser's help text with the usage line naming the subcommand ("ecsdesk-cli snapshot")
/// instead of the path the program was started with.
inline QString commandHelpText(const QCommandLineParser& parser, const QString& command)
{
    QString text = parser.helpText();
    const qsizetype endOfLine = text.indexOf(QLatin1Char('\n'));
    const QString usage = text.left(endOfLine);
    const qsizetype options = usage.indexOf(QLatin1String(" ["));
    text.replace(0, endOfLine,
        usage.section(QLatin1Char(' '), 0, 0) + QLatin1Char(' ') + command
            + (options >= 0 ? usage.mid(options) : QString()));
    return text;
}

struct CommandRegistration {
    explicit CommandRegistration(Command command) { commands().append(std::move(command)); }
};

} // namespace EcsDesk::Cli
