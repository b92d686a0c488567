// SPDX-License-Identifier: MIT
#pragma once

#include <QProcess>
#include <QStringList>
#include <QTemporaryFile>
#include <QUrl>

#include <memory>

namespace EcsDesk::Testing {

/// A server process a test starts on a free loopback port and stops when it goes out of scope.
/// The argument list may contain "{port}", replaced by the chosen port. With `listeningPattern`
/// (a regular expression whose first group is the port), "{port}" becomes 0 and the port is read
/// from what the server prints once it listens: no window in which another process can take a
/// port picked in advance (tests run in parallel, and CI runs beside other builds).
class ProcessServer {
public:
    ProcessServer(QString program, QStringList arguments, QString listeningPattern = {});
    ~ProcessServer();
    ProcessServer(const ProcessServer&) = delete;
    ProcessServer& operator=(const ProcessServer&) = delete;

    /// Starts the process and waits until its port accepts connections. On failure returns false
    /// and errorString() says why (including what the process printed).
    bool start(int timeoutMs = 30000);
    void stop();

    bool isRunning() const;
    quint16 port() const { return m_port; }
    QUrl url() const;
    QString errorString() const { return m_error; }
    /// Everything the process printed so far (stdout and stderr merged).
    QByteArray output() const;

    /// A port that is free on 127.0.0.1 at the moment of the call.
    static quint16 freePort();
    /// The absolute path of `program` on PATH, or an empty string.
    static QString findProgram(const QString& program);

private:
    QString m_program;
    QStringList m_arguments;
    QString m_listeningPattern;
    std::unique_ptr<QProcess> m_process;
    std::unique_ptr<QTemporaryFile> m_log;
    quint16 m_port = 0;
    QString m_error;
};

/// moto_server (moto 5.2), the independent ECS/CloudWatch/Logs emulator, on a free port.
class MotoServer : public ProcessServer {
public:
    MotoServer();
    /// True when moto_server is installed.
    static bool isInstalled();
};

} // namespace EcsDesk::Testing
