// SPDX-License-Identifier: MIT
#pragma once

// Stub `aws`, `session-manager-plugin` and terminal programs (issue 21's tests): shell scripts in a
// temporary folder that record their arguments (one a line) and environment into that folder. A
// terminal stub then runs the command it was given (after -e, -x or --), so the aws stub records
// too; `aws --version` prints a v2 version; `aws ssm start-session` keeps running (a forward) and
// writes its pid.

#include <QDir>
#include <QFile>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>

namespace EcsDesk::Testing {

class ExecStubs {
public:
    ExecStubs()
    {
        const QString dir = m_dir.path();
        write(QStringLiteral("aws"),
            QStringLiteral("if [ \"$1\" = --version ]; then echo 'aws-cli/2.9.19 Python/3.9.11 Linux/6.1.0 "
                           "exe/x86_64.debian.12 prompt/off'; exit 0; fi\n"
                           "record aws \"$@\"\n"
                           "if [ \"$1\" = ssm ]; then echo $$ > '%1/aws.pid'; echo 'Waiting for connections...'; "
                           "/bin/sleep 300 & echo $! > '%1/sleep.pid'; wait; fi\n")
                .arg(dir));
        write(QStringLiteral("session-manager-plugin"),
            QStringLiteral("echo 'The Session Manager plugin was installed successfully.'\n"));
        for (const QString& terminal : { QStringLiteral("xterm"), QStringLiteral("gnome-terminal"),
                 QStringLiteral("konsole"), QStringLiteral("myterm") }) {
            write(terminal, QStringLiteral("record %1 \"$@\"\nshift\nexec \"$@\"\n").arg(terminal));
        }
    }

    QString path() const { return m_dir.path(); }
    QString program(const QString& name) const { return m_dir.filePath(name); }
    /// An environment whose PATH is the stubs' folder only.
    QProcessEnvironment environment() const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("PATH"), m_dir.path());
        environment.remove(QStringLiteral("TERMINAL"));
        return environment;
    }
    bool ran(const QString& name) const { return QFile::exists(m_dir.filePath(name + QStringLiteral(".args"))); }
    QStringList arguments(const QString& name) const { return lines(name + QStringLiteral(".args")); }
    QStringList environmentOf(const QString& name) const { return lines(name + QStringLiteral(".env")); }
    qint64 pid(const QString& name) const
    {
        const QStringList values = lines(name + QStringLiteral(".pid"));
        return values.isEmpty() ? 0 : values.first().toLongLong();
    }
    void clear() const
    {
        for (const QString& file :
            QDir(m_dir.path())
                .entryList({ QStringLiteral("*.args"), QStringLiteral("*.env"), QStringLiteral("*.pid") }))
            QFile::remove(m_dir.filePath(file));
    }

private:
    void write(const QString& name, const QString& body) const
    {
        QFile file(m_dir.filePath(name));
        file.open(QIODevice::WriteOnly);
        // record NAME: its arguments (written whole at the end) and environment.
        file.write(QStringLiteral("#!/bin/sh\n"
                                  "record() { n=$1; shift; /usr/bin/env > '%1/'$n.env; : > '%1/'$n.args.tmp; "
                                  "for a in \"$@\"; do printf '%s\\n' \"$a\" >> '%1/'$n.args.tmp; done; "
                                  "/bin/mv '%1/'$n.args.tmp '%1/'$n.args; }\n")
                       .arg(m_dir.path())
                       .toUtf8());
        file.write(body.toUtf8());
        file.close();
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    QStringList lines(const QString& file) const
    {
        QFile in(m_dir.filePath(file));
        if (!in.open(QIODevice::ReadOnly))
            return {};
        QStringList result = QString::fromUtf8(in.readAll()).split(QLatin1Char('\n'));
        if (!result.isEmpty() && result.constLast().isEmpty())
            result.removeLast();
        return result;
    }

    QTemporaryDir m_dir;
};

} // namespace EcsDesk::Testing
