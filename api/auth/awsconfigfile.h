// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QProcessEnvironment>
#include <QString>

namespace EcsDesk::Api {

/// The AWS CLI's shared files, parsed: the config file (`[default]`, `[profile x]`,
/// `[sso-session x]`, `[services x]`) and the credentials file (`[x]`). Nested values
/// (`ecs =` followed by indented `endpoint_url = ...`) are stored as "ecs.endpoint_url".
/// Locations follow AWS_CONFIG_FILE / AWS_SHARED_CREDENTIALS_FILE, else ~/.aws/.
class AwsConfigFile {
public:
    using Section = QHash<QString, QString>;

    static AwsConfigFile load(const QProcessEnvironment& environment);
    /// Parses INI text; `credentialsStyle` means section names are plain profile names.
    static QHash<QString, Section> parse(const QString& text, bool credentialsStyle);

    bool hasProfile(const QString& name) const;
    /// The profile's settings: the config file's, overridden by the credentials file's.
    Section profile(const QString& name) const;
    Section ssoSession(const QString& name) const { return m_config.value(QLatin1String("sso-session ") + name); }
    Section services(const QString& name) const { return m_config.value(QLatin1String("services ") + name); }
    QStringList profileNames() const;

    QString configPath() const { return m_configPath; }
    QString credentialsPath() const { return m_credentialsPath; }

private:
    QHash<QString, Section> m_config; ///< keys "profile x" (and "default"), "sso-session x", "services x"
    QHash<QString, Section> m_credentials; ///< keys: profile names
    QString m_configPath;
    QString m_credentialsPath;
};

} // namespace EcsDesk::Api
