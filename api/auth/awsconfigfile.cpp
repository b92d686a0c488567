// SPDX-License-Identifier: MIT
#include "api/auth/awsconfigfile.h"

#include <QDir>
#include <QFile>
#include <QSet>

namespace EcsDesk::Api {

namespace {
    QString readText(const QString& path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return QString();
        return QString::fromUtf8(file.readAll());
    }

    QString expandHome(const QString& path, const QProcessEnvironment& environment)
    {
        if (path.startsWith(QLatin1String("~/")))
            return environment.value(QStringLiteral("HOME"), QDir::homePath()) + path.mid(1);
        return path;
    }
} // namespace

QHash<QString, AwsConfigFile::Section> AwsConfigFile::parse(const QString& text, bool credentialsStyle)
{
    QHash<QString, Section> sections;
    QString current;
    bool inSection = false;
    QString nestedKey;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (QString line : lines) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')) || trimmed.startsWith(QLatin1Char(';')))
            continue;
        if (trimmed.startsWith(QLatin1Char('[')) && trimmed.endsWith(QLatin1Char(']'))) {
            QString name = trimmed.mid(1, trimmed.size() - 2).simplified();
            if (!credentialsStyle && name != QLatin1String("default") && !name.startsWith(QLatin1String("profile "))
                && !name.startsWith(QLatin1String("sso-session ")) && !name.startsWith(QLatin1String("services "))) {
                inSection = false; // unknown section kind: ignored, like the CLI
                continue;
            }
            if (!credentialsStyle && name == QLatin1String("default"))
                name = QStringLiteral("profile default");
            current = name;
            sections[current];
            inSection = true;
            nestedKey.clear();
            continue;
        }
        if (!inSection)
            continue;
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        if (equals < 0)
            continue;
        const bool indented = line.startsWith(QLatin1Char(' ')) || line.startsWith(QLatin1Char('\t'));
        const QString key = line.left(equals).trimmed().toLower();
        QString value = line.mid(equals + 1).trimmed();
        if (indented && !nestedKey.isEmpty()) {
            sections[current].insert(nestedKey + QLatin1Char('.') + key, value);
            continue;
        }
        nestedKey = value.isEmpty() ? key : QString();
        sections[current].insert(key, value);
    }
    return sections;
}

AwsConfigFile AwsConfigFile::load(const QProcessEnvironment& environment)
{
    const QString home = environment.value(QStringLiteral("HOME"), QDir::homePath());
    AwsConfigFile files;
    files.m_configPath = expandHome(
        environment.value(QStringLiteral("AWS_CONFIG_FILE"), home + QLatin1String("/.aws/config")), environment);
    files.m_credentialsPath = expandHome(
        environment.value(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), home + QLatin1String("/.aws/credentials")),
        environment);
    files.m_config = parse(readText(files.m_configPath), false);
    files.m_credentials = parse(readText(files.m_credentialsPath), true);
    return files;
}

bool AwsConfigFile::hasProfile(const QString& name) const
{
    return m_config.contains(QLatin1String("profile ") + name) || m_credentials.contains(name);
}

AwsConfigFile::Section AwsConfigFile::profile(const QString& name) const
{
    Section merged = m_config.value(QLatin1String("profile ") + name);
    const Section credentials = m_credentials.value(name);
    for (auto it = credentials.begin(); it != credentials.end(); ++it)
        merged.insert(it.key(), it.value());
    return merged;
}

QStringList AwsConfigFile::profileNames() const
{
    QSet<QString> names;
    for (auto it = m_config.begin(); it != m_config.end(); ++it)
        if (it.key().startsWith(QLatin1String("profile ")))
            names.insert(it.key().mid(8));
    for (auto it = m_credentials.begin(); it != m_credentials.end(); ++it)
        names.insert(it.key());
    QStringList sorted(names.begin(), names.end());
    sorted.sort();
    return sorted;
}

} // namespace EcsDesk::Api
