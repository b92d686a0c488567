// SPDX-License-Identifier: MIT
#pragma once

#include "api/core/awserror.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <optional>

namespace EcsDesk::Cli {

/// One `ecsdesk-cli <name> ...` subcommand. Each command lives in its own .cpp file in this folder
/// and registers itself with a static CommandRegistration, so commands never edit a shared list.
struct Command {
    QString name;
    /// One line for `ecsdesk-cli --help`: the translation context and source text, marked with
    /// QT_TRANSLATE_NOOP and translated when printed (registration runs before any translator).
    const char* summaryContext;
    const char* summary;
    /// Runs with the arguments after the command name; returns the process exit code. Runs inside
    /// a QCoreApplication and may spin its event loop.
    std::function<int(const QStringList& arguments)> run;
};

QList<Command>& commands();

/// "1h", "3h", "12h", "1d", "3d", "1w", "90m", "45s" as seconds, or 0 when malformed.
inline qint64 parseDuration(const QString& text)
{
    if (text.size() < 2)
        return 0;
    bool ok = false;
    const qint64 n = text.left(text.size() - 1).toLongLong(&ok);
    if (!ok || n <= 0)
        return 0;
    switch (text.back().toLatin1()) {
    case 's':
        return n;
    case 'm':
        return n * 60;
    case 'h':
        return n * 3600;
    case 'd':
        return n * 86400;
    case 'w':
        return n * 7 * 86400;
    default:
        return 0;
    }
}

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

/// Runs `start`, then waits for `sender` to emit `done` (its value goes to `onDone`) or `failed`;
/// the error, if any. The one wait of a command on a loader.
template <typename Sender, typename Done, typename OnDone>
std::optional<Api::AwsError> await(Sender* sender, Done done, void (Sender::*failed)(const Api::AwsError&),
    OnDone onDone, const std::function<void()>& start)
{
    QEventLoop loop;
    std::optional<Api::AwsError> failure;
    QObject::connect(sender, done, &loop, onDone); // in the order connected: the value, then quit
    QObject::connect(sender, done, &loop, &QEventLoop::quit);
    QObject::connect(sender, failed, &loop, [&](const Api::AwsError& e) {
        failure = e;
        loop.quit();
    });
    start();
    loop.exec();
    return failure;
}

struct CommandRegistration {
    explicit CommandRegistration(Command command) { commands().append(std::move(command)); }
};

} // namespace EcsDesk::Cli
