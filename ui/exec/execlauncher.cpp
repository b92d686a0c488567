// SPDX-License-Identifier: MIT
#include "ui/exec/execlauncher.h"

#include "api/auth/awsconfigfile.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace EcsDesk::Ui {

ExecConnection ExecLauncher::fromConnection(
    const Api::Connection& connection, bool* needsCredentials, const QProcessEnvironment& environment)
{
    ExecConnection exec;
    exec.region = QString::fromLatin1(connection.region);
    exec.ecsEndpoint = connection.endpointFor(u"ecs"_s);
    exec.ssmEndpoint = connection.endpointFor(u"ssm"_s);
    const bool customEndpoint = !exec.ecsEndpoint.isEmpty() || !exec.ssmEndpoint.isEmpty();
    if (!customEndpoint && !connection.profile.isEmpty()
        && Api::AwsConfigFile::load(environment).hasProfile(connection.profile)) {
        exec.profile = connection.profile;
        *needsCredentials = false;
    } else {
        *needsCredentials = true;
    }
    return exec;
}

QStringList ExecLauncher::connectionArguments(const ExecConnection& connection, bool ssm)
{
    QStringList arguments;
    if (!connection.profile.isEmpty())
        arguments << u"--profile"_s << connection.profile;
    if (!connection.region.isEmpty())
        arguments << u"--region"_s << connection.region;
    const QUrl& endpoint = ssm ? connection.ssmEndpoint : connection.ecsEndpoint;
    if (endpoint.isValid() && !endpoint.isEmpty())
        arguments << u"--endpoint-url"_s << endpoint.toString();
    return arguments;
}

QStringList ExecLauncher::shellArguments(const ExecConnection& connection, const QString& cluster, const QString& task,
    const QString& container, const QString& command)
{
    QStringList arguments { u"ecs"_s, u"execute-command"_s, u"--cluster"_s, cluster, u"--task"_s, task };
    if (!container.isEmpty())
        arguments << u"--container"_s << container;
    arguments << u"--interactive"_s << u"--command"_s << command;
    return arguments + connectionArguments(connection, false);
}

QStringList ExecLauncher::portForwardArguments(const ExecConnection& connection, const PortForwardSpec& spec)
{
    QJsonObject parameters { { u"portNumber"_s, QJsonArray { QString::number(spec.remotePort) } },
        { u"localPortNumber"_s, QJsonArray { QString::number(spec.localPort) } } };
    if (!spec.remoteHost.isEmpty())
        parameters.insert(u"host"_s, QJsonArray { spec.remoteHost });
    const QString target = u"ecs:%1_%2_%3"_s.arg(spec.cluster, spec.taskId, spec.runtimeId);
    QStringList arguments { u"ssm"_s, u"start-session"_s, u"--target"_s, target, u"--document-name"_s,
        spec.remoteHost.isEmpty() ? u"AWS-StartPortForwardingSession"_s
                                  : u"AWS-StartPortForwardingSessionToRemoteHost"_s,
        u"--parameters"_s, QString::fromUtf8(QJsonDocument(parameters).toJson(QJsonDocument::Compact)) };
    return arguments + connectionArguments(connection, true);
}

QProcessEnvironment ExecLauncher::environment(const ExecConnection& connection, const QProcessEnvironment& base)
{
    QProcessEnvironment environment = base;
    environment.insert(u"AWS_PAGER"_s, QString());
    if (connection.credentials) {
        // The connection's keys, not whatever profile or keys the app was started with.
        environment.remove(u"AWS_PROFILE"_s);
        environment.remove(u"AWS_DEFAULT_PROFILE"_s);
        environment.insert(u"AWS_ACCESS_KEY_ID"_s, connection.credentials->accessKeyId);
        environment.insert(u"AWS_SECRET_ACCESS_KEY"_s, connection.credentials->secretAccessKey);
        if (connection.credentials->sessionToken.isEmpty())
            environment.remove(u"AWS_SESSION_TOKEN"_s);
        else
            environment.insert(u"AWS_SESSION_TOKEN"_s, connection.credentials->sessionToken);
    }
    if (!connection.region.isEmpty())
        environment.insert(u"AWS_REGION"_s, connection.region);
    return environment;
}

QString ExecLauncher::findProgram(const QString& name, const QProcessEnvironment& environment)
{
    if (name.contains(QLatin1Char('/'))) {
        const QFileInfo info(name);
        return info.isFile() && info.isExecutable() ? info.absoluteFilePath() : QString();
    }
    const QStringList path = environment.value(u"PATH"_s).split(QLatin1Char(':'), Qt::SkipEmptyParts);
    return QStandardPaths::findExecutable(name, path);
}

QStringList ExecLauncher::terminalCandidates(const QProcessEnvironment& environment)
{
    QStringList candidates;
    const QString terminal = environment.value(u"TERMINAL"_s).trimmed();
    if (!terminal.isEmpty())
        candidates.append(terminal);
    for (const QString& name :
        { u"x-terminal-emulator"_s, u"gnome-terminal"_s, u"konsole"_s, u"xfce4-terminal"_s, u"xterm"_s }) {
        if (!candidates.contains(name))
            candidates.append(name);
    }
    return candidates;
}

QStringList ExecLauncher::detectedTerminals(const QProcessEnvironment& environment)
{
    QStringList found;
    for (const QString& name : terminalCandidates(environment)) {
        if (!findProgram(name, environment).isEmpty())
            found.append(name);
    }
    return found;
}

QString ExecLauncher::resolveTerminal(const QString& preferred, const QProcessEnvironment& environment)
{
    if (!preferred.trimmed().isEmpty())
        return findProgram(preferred.trimmed(), environment);
    for (const QString& name : terminalCandidates(environment)) {
        const QString path = findProgram(name, environment);
        if (!path.isEmpty())
            return path;
    }
    return {};
}

QStringList ExecLauncher::terminalArguments(
    const QString& terminal, const QString& program, const QStringList& programArguments)
{
    const QString name = QFileInfo(terminal).fileName();
    // gnome-terminal takes the command after "--" (its -e is deprecated and takes one string);
    // konsole, xfce4-terminal's -x, xterm, x-terminal-emulator and most others take -e PROGRAM ARGS.
    QStringList arguments;
    if (name == "gnome-terminal"_L1 || name == "kgx"_L1)
        arguments << u"--"_s;
    else if (name == "xfce4-terminal"_L1)
        arguments << u"-x"_s;
    else
        arguments << u"-e"_s;
    return arguments << program << programArguments;
}

bool ExecLauncher::openShell(const ExecConnection& connection, const QString& cluster, const QString& task,
    const QString& container, const QString& command, const QString& preferredTerminal, QString* error,
    const QProcessEnvironment& base)
{
    const QString aws = findProgram(u"aws"_s, base);
    if (aws.isEmpty()) {
        *error = tr("The AWS CLI (aws) is not on PATH.");
        return false;
    }
    const QString terminal = resolveTerminal(preferredTerminal, base);
    if (terminal.isEmpty()) {
        *error = preferredTerminal.trimmed().isEmpty()
            ? tr("No terminal emulator found: set $TERMINAL or choose one in Preferences.")
            : tr("The terminal %1 was not found.").arg(preferredTerminal);
        return false;
    }
    QProcess process;
    process.setProgram(terminal);
    process.setArguments(
        terminalArguments(terminal, aws, shellArguments(connection, cluster, task, container, command)));
    process.setProcessEnvironment(environment(connection, base));
    if (!process.startDetached()) {
        *error = tr("%1 could not be started.").arg(terminal);
        return false;
    }
    return true;
}

} // namespace EcsDesk::Ui
