#pragma once

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

struct CommandRegistration {
    explicit CommandRegistration(Command command) { commands().append(std::move(command)); }
};

} // namespace EcsDesk::Cli
