// SPDX-License-Identifier: MIT
#pragma once

#include "api/auth/awsconfigfile.h"
#include "api/auth/credentialsprovider.h"
#include "api/core/serviceclient.h"

#include <QHash>
#include <QProcessEnvironment>
#include <QUrl>

namespace EcsDesk::Api {

/// What the user chose explicitly (command-line flags or the connection dialog); empty fields
/// fall back to the environment and the shared config files, as the AWS CLI does.
struct ConnectionOptions {
    QString profile; ///< explicit profile (--profile): environment keys are then ignored
    QString region;
    QUrl endpointUrl; ///< overrides every service's endpoint
};

/// A resolved connection: region, credentials provider and endpoint overrides. Clients of all
/// services are configured from it.
struct Connection {
    QString profile;
    QByteArray region;
    std::shared_ptr<CredentialsProvider> credentials;
    QUrl endpointUrl; ///< for every service (flag, AWS_ENDPOINT_URL or the profile's endpoint_url)
    QHash<QString, QUrl> serviceEndpoints; ///< by config service id: "ecs", "cloudwatch", "sts" ...

    QUrl endpointFor(const QString& serviceId) const;
    ClientConfig clientConfig(AwsTransport* transport, const QString& serviceId) const;
};

/// Resolves a Connection the way the AWS CLI does: AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY /
/// AWS_SESSION_TOKEN, AWS_PROFILE, AWS_REGION / AWS_DEFAULT_REGION, AWS_CONFIG_FILE,
/// AWS_SHARED_CREDENTIALS_FILE, AWS_ENDPOINT_URL[_<SERVICE>]; in a profile: role_arn with
/// source_profile or credential_source (STS AssumeRole, cached and refreshed before expiry);
/// web identity: AWS_WEB_IDENTITY_TOKEN_FILE / AWS_ROLE_ARN / AWS_ROLE_SESSION_NAME (not with an
/// explicit profile) or web_identity_token_file with role_arn in the profile (STS
/// AssumeRoleWithWebIdentity, cached and refreshed before expiry);
/// sso_session / sso_start_url (the `aws sso login` token cache, SSO GetRoleCredentials), static
/// keys, credential_process; endpoint_url and a `services` section.
class ConnectionResolver {
public:
    static Outcome<Connection> resolve(const ConnectionOptions& options,
        const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment(),
        AwsTransport* transport = nullptr);

    /// The credentials provider for `profile` alone (no environment keys), used for
    /// source_profile chains too.
    static Outcome<std::shared_ptr<CredentialsProvider>> profileCredentials(const AwsConfigFile& files,
        const QString& profile, const QProcessEnvironment& environment, AwsTransport* transport,
        const QByteArray& region, int depth = 0);

    /// ~/.aws/sso/cache/<sha1(key)>.json for an sso-session name or a legacy start URL.
    static QString ssoCachePath(const QString& cacheKey, const QProcessEnvironment& environment);
};

/// Runs a profile's credential_process (split like a shell command, no shell) and reads its JSON
/// (Version 1, AccessKeyId, SecretAccessKey, SessionToken, Expiration).
class ProcessCredentialsProvider : public CredentialsProvider {
public:
    explicit ProcessCredentialsProvider(QString command, int timeoutMs = 60000);
    void fetch(Callback callback) override;
    QString description() const override;

    static Outcome<Credentials> parseOutput(const QByteArray& output);

private:
    QString m_command;
    int m_timeoutMs;
};

/// Assumes a role with STS using the source credentials.
class AssumeRoleCredentialsProvider : public CredentialsProvider {
public:
    struct Role {
        QString roleArn;
        QString sessionName;
        QString externalId;
        int durationSeconds = 0;
    };
    AssumeRoleCredentialsProvider(Role role, std::shared_ptr<CredentialsProvider> source, ClientConfig stsConfig);
    void fetch(Callback callback) override;
    QString description() const override;

private:
    Role m_role;
    ClientConfig m_stsConfig; ///< credentials = the source provider
};

/// Web identity federation (EKS IRSA, GitHub Actions OIDC ...): reads the OIDC token from a file
/// at every fetch (it is rotated underneath) and exchanges it with STS AssumeRoleWithWebIdentity,
/// an unsigned call. Wrapped in a CachingCredentialsProvider by the resolver.
class WebIdentityCredentialsProvider : public CredentialsProvider {
public:
    struct Settings {
        QString roleArn;
        QString sessionName;
        QString tokenFile;
        int durationSeconds = 0;
    };
    WebIdentityCredentialsProvider(Settings settings, ClientConfig stsConfig);
    void fetch(Callback callback) override;
    QString description() const override;

private:
    Settings m_settings;
    ClientConfig m_stsConfig; ///< its credentials are not used: the call is unsigned
};

/// IAM Identity Center: reads the token `aws sso login` cached, then calls GetRoleCredentials.
/// An expired or missing token is a Credentials error telling the user to sign in again.
class SsoCredentialsProvider : public CredentialsProvider {
public:
    struct Settings {
        QString profile;
        QString cachePath; ///< ~/.aws/sso/cache/<sha1>.json
        QString accountId;
        QString roleName;
    };
    SsoCredentialsProvider(Settings settings, ClientConfig portalConfig);
    void fetch(Callback callback) override;
    QString description() const override;

private:
    Settings m_settings;
    ClientConfig m_portalConfig;
};

} // namespace EcsDesk::Api
