// SPDX-License-Identifier: MIT
#include "ui/exec/portforwards.h"

#include <QProcess>

#include <csignal>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace EcsDesk::Ui {

PortForwards::PortForwards(QObject* parent)
    : QAbstractTableModel(parent)
{
}

PortForwards::~PortForwards() { stopAll(); }

void PortForwards::start(const ExecConnection& connection, const PortForwardSpec& spec, const QProcessEnvironment& base)
{
    auto* process = new QProcess(this);
    const QString aws = ExecLauncher::findProgram(u"aws"_s, base);
    process->setProgram(aws.isEmpty() ? u"aws"_s : aws);
    process->setArguments(ExecLauncher::portForwardArguments(connection, spec));
    process->setProcessEnvironment(ExecLauncher::environment(connection, base));
    process->setProcessChannelMode(QProcess::MergedChannels);
    // Its own process group: stopping it stops the session-manager-plugin the CLI starts too.
    process->setChildProcessModifier([] { ::setpgid(0, 0); });
    beginInsertRows({}, int(m_forwards.size()), int(m_forwards.size()));
    m_forwards.append({ spec, process, tr("Starting"), {} });
    endInsertRows();
    connect(process, &QProcess::started, this, [this, process] {
        const int row = rowOf(process);
        if (row >= 0) {
            m_forwards[row].state = tr("Running");
            changed(row);
        }
    });
    connect(process, &QProcess::readyRead, this, [this, process] {
        const int row = rowOf(process);
        if (row < 0)
            return;
        QString& output = m_forwards[row].output;
        output += QString::fromLocal8Bit(process->readAll());
        if (output.size() > 4000)
            output = output.right(4000);
        changed(row);
    });
    connect(process, &QProcess::errorOccurred, this, [this, process](QProcess::ProcessError error) {
        const int row = rowOf(process);
        if (row >= 0 && error == QProcess::FailedToStart) {
            m_forwards[row].state = tr("Failed to start: %1").arg(process->errorString());
            changed(row);
        }
    });
    connect(process, &QProcess::finished, this, [this, process](int exitCode, QProcess::ExitStatus) {
        const int row = rowOf(process);
        if (row >= 0) {
            m_forwards[row].state = tr("Ended (exit code %1)").arg(exitCode);
            changed(row);
        }
    });
    process->start();
}

void PortForwards::terminate(QProcess* process)
{
    if (process->state() != QProcess::NotRunning) {
        const qint64 pid = process->processId();
        if (pid > 0)
            ::kill(-pid_t(pid), SIGTERM);
        if (!process->waitForFinished(3000)) {
            if (pid > 0)
                ::kill(-pid_t(pid), SIGKILL);
            process->waitForFinished(3000);
        }
    }
}

void PortForwards::stop(int row)
{
    if (row < 0 || row >= m_forwards.size())
        return;
    QProcess* process = m_forwards[row].process;
    process->disconnect(this);
    terminate(process);
    beginRemoveRows({}, row, row);
    m_forwards.removeAt(row);
    endRemoveRows();
    process->deleteLater();
}

void PortForwards::stopAll()
{
    while (!m_forwards.isEmpty())
        stop(int(m_forwards.size()) - 1);
}

int PortForwards::activeCount() const
{
    return int(std::count_if(m_forwards.cbegin(), m_forwards.cend(),
        [](const Forward& f) { return f.process->state() != QProcess::NotRunning; }));
}

QString PortForwards::programOf(int row) const { return m_forwards.value(row).process->program(); }

QStringList PortForwards::argumentsOf(int row) const { return m_forwards.value(row).process->arguments(); }

int PortForwards::rowOf(const QProcess* process) const
{
    for (int i = 0; i < m_forwards.size(); ++i) {
        if (m_forwards[i].process == process)
            return i;
    }
    return -1;
}

void PortForwards::changed(int row) { Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1)); }

int PortForwards::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_forwards.size()); }

int PortForwards::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant PortForwards::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_forwards.size())
        return {};
    const Forward& forward = m_forwards.at(index.row());
    if (role == Qt::ToolTipRole)
        return forward.output.trimmed();
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case LocalPortColumn:
        return tr("localhost:%1").arg(forward.spec.localPort);
    case TargetColumn:
        return forward.spec.remoteHost.isEmpty() ? tr("%1:%2").arg(forward.spec.container).arg(forward.spec.remotePort)
                                                 : tr("%1:%2 (through %3)")
                                                       .arg(forward.spec.remoteHost)
                                                       .arg(forward.spec.remotePort)
                                                       .arg(forward.spec.container);
    case TaskColumn:
        return forward.spec.taskId;
    case StateColumn: {
        const QString last = forward.output.trimmed().section(QLatin1Char('\n'), -1);
        return last.isEmpty() ? forward.state : tr("%1 — %2").arg(forward.state, last);
    }
    default:
        return {};
    }
}

QVariant PortForwards::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LocalPortColumn:
        return tr("Local");
    case TargetColumn:
        return tr("Forwards to");
    case TaskColumn:
        return tr("Task");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}

} // namespace EcsDesk::Ui
