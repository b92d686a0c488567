// SPDX-License-Identifier: MIT
#pragma once

#include "api/auth/connection.h"
#include "api/auth/credentials.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace EcsDesk::Ui {

/// How the AWS CLI reaches the connection: its profile, region and endpoints, or keys handed over
/// in the environment (never on the command line).
struct ExecConnection {
    QString profile; ///< --profile; empty: the keys below
    QString region;
    QUrl ecsEndpoint; ///< --endpoint-url for `aws ecs`; empty: AWS's
    QUrl ssmEndpoint; ///< --endpoint-url for `aws ssm`; empty: AWS's
    std::optional<Api::Credentials> credentials; ///< AWS_ACCESS_KEY_ID... in the child's environment
};

/// A local port forwarded through a task (`aws ssm start-session`): to a container port, or to a
/// remote host the task reaches.
struct PortForwardSpec {
    QString cluster; ///< name
    QString taskId;
    QString container;
    QString runtimeId; ///< the container's
    int localPort = 0;
    int remotePort = 0;
    QString remoteHost; ///< empty: the container itself
};

/// Builds and starts the AWS CLI commands of ECS Exec (issue 21): the shell in a terminal emulator
/// and port forwarding sessions. The command lines and environment are separate functions so tests
/// can check them exactly.
class ExecLauncher {
    Q_DECLARE_TR_FUNCTIONS(ExecLauncher)
public:
    /// The AWS CLI's view of a connection: a profile of the AWS config files on AWS's endpoints is
    /// passed as --profile; any other connection (Local, custom, endpoint overrides) needs its keys
    /// in the environment (`needsCredentials`), with --endpoint-url.
    static ExecConnection fromConnection(const Api::Connection& connection, bool* needsCredentials,
        const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment());
    /// --profile/--region/--endpoint-url for `aws ecs` (ssm = false) or `aws ssm`.
    static QStringList connectionArguments(const ExecConnection& connection, bool ssm);
    /// ecs execute-command --cluster C --task T --container N --interactive --command CMD + connection.
    static QStringList shellArguments(const ExecConnection& connection, const QString& cluster, const QString& task,
        const QString& container, const QString& command);
    /// ssm start-session --target ecs:CLUSTER_TASKID_RUNTIMEID --document-name
    /// AWS-StartPortForwardingSession[ToRemoteHost] --parameters {...} + connection.
    static QStringList portForwardArguments(const ExecConnection& connection, const PortForwardSpec& spec);
    /// `base` with the connection's keys (or without any keys when a profile is used) and no pager.
    static QProcessEnvironment environment(const ExecConnection& connection, const QProcessEnvironment& base);

    /// The programs tried in order: $TERMINAL, x-terminal-emulator, gnome-terminal, konsole, xterm.
    static QStringList terminalCandidates(const QProcessEnvironment& environment);
    /// Those of terminalCandidates() found on PATH (their names).
    static QStringList detectedTerminals(const QProcessEnvironment& environment);
    /// The terminal to use: `preferred` when set (a name on PATH or a path), else the first detected;
    /// its full path, empty when none is found.
    static QString resolveTerminal(const QString& preferred, const QProcessEnvironment& environment);
    /// The terminal's arguments to run `program arguments` (gnome-terminal: --, others: -e).
    static QStringList terminalArguments(
        const QString& terminal, const QString& program, const QStringList& programArguments);
    /// `name` found on the PATH of `environment`; empty when not found.
    static QString findProgram(const QString& name, const QProcessEnvironment& environment);

    /// Starts the shell in the terminal, detached; false with `error` set when it cannot start.
    static bool openShell(const ExecConnection& connection, const QString& cluster, const QString& task,
        const QString& container, const QString& command, const QString& preferredTerminal, QString* error,
        const QProcessEnvironment& base = QProcessEnvironment::systemEnvironment());
};

} // namespace EcsDesk::Ui
