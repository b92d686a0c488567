// SPDX-License-Identifier: MIT
#include "processserver.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

namespace EcsDesk::Testing {

ProcessServer::ProcessServer(QString program, QStringList arguments, QString listeningPattern)
    : m_program(std::move(program))
    , m_arguments(std::move(arguments))
    , m_listeningPattern(std::move(listeningPattern))
{
}

ProcessServer::~ProcessServer() { stop(); }

quint16 ProcessServer::freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

QString ProcessServer::findProgram(const QString& program) { return QStandardPaths::findExecutable(program); }

bool ProcessServer::start(int timeoutMs)
{
    stop();
    m_error.clear();
    const QString path = findProgram(m_program);
    if (path.isEmpty()) {
        m_error = QStringLiteral("%1 is not installed (not on PATH)").arg(m_program);
        return false;
    }
    const QRegularExpression listening(m_listeningPattern);
    m_port = m_listeningPattern.isEmpty() ? freePort() : 0;
    QStringList arguments;
    for (const QString& argument : std::as_const(m_arguments))
        arguments.append(QString(argument).replace(QLatin1String("{port}"), QString::number(m_port)));

    m_process = std::make_unique<QProcess>();
    // Output goes to a file: a chatty server must never block on a full pipe.
    m_log = std::make_unique<QTemporaryFile>();
    m_log->open();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setStandardOutputFile(m_log->fileName());
    m_process->start(path, arguments);
    if (!m_process->waitForStarted(timeoutMs)) {
        m_error = QStringLiteral("%1 did not start: %2").arg(m_program, m_process->errorString());
        return false;
    }

    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (m_process->state() != QProcess::Running) {
            m_error = QStringLiteral("%1 exited early: %2").arg(m_program, QString::fromLocal8Bit(output()));
            return false;
        }
        if (!m_listeningPattern.isEmpty() && m_port == 0) {
            const QRegularExpressionMatch match = listening.match(QString::fromLocal8Bit(output()));
            if (match.hasMatch())
                m_port = quint16(match.captured(1).toUInt());
        }
        if (m_port != 0) {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, m_port);
            if (socket.waitForConnected(200))
                return true;
        }
        QThread::msleep(50);
    }
    m_error = QStringLiteral("%1 did not listen on port %2 within %3 ms: %4")
                  .arg(m_program)
                  .arg(m_port)
                  .arg(timeoutMs)
                  .arg(QString::fromLocal8Bit(output()));
    stop();
    return false;
}

void ProcessServer::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(5000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
    m_process.reset();
}

bool ProcessServer::isRunning() const { return m_process && m_process->state() == QProcess::Running; }

QUrl ProcessServer::url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)); }

QByteArray ProcessServer::output() const
{
    if (!m_log)
        return {};
    QFile file(m_log->fileName());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

MotoServer::MotoServer()
    : ProcessServer(QStringLiteral("moto_server"),
        { QStringLiteral("-H"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QStringLiteral("{port}") },
        QStringLiteral("Running on http://127\\.0\\.0\\.1:(\\d+)"))
{
}

bool MotoServer::isInstalled() { return !findProgram(QStringLiteral("moto_server")).isEmpty(); }

} // namespace EcsDesk::Testing
