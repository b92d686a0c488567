// SPDX-License-Identifier: MIT
#include "api/auth/connection.h"

#include "api/sso/ssoclient.h"
#include "api/sts/stsclient.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QPointer>
#include <QProcess>
#include <QTimer>

namespace EcsDesk::Api {

namespace {

    AwsError credentialsError(const QString& code, const QString& message)
    {
        return AwsError::make(AwsError::Kind::Credentials, code, message);
    }
    AwsError configurationError(const QString& code, const QString& message)
    {
        return AwsError::make(AwsError::Kind::Configuration, code, message);
    }

    /// "cloudwatch_logs" -> "CLOUDWATCH_LOGS", as in AWS_ENDPOINT_URL_CLOUDWATCH_LOGS.
    QString envServiceSuffix(const QString& serviceId)
    {
        return serviceId.toUpper().replace(QLatin1Char('-'), QLatin1Char('_'));
    }

    /// Every service the clients call (ServiceDescription::configServiceId), so each one's
    /// AWS_ENDPOINT_URL_<SERVICE> and services-section endpoint applies.
    const QStringList knownServiceIds { QStringLiteral("ecs"), QStringLiteral("cloudwatch"),
        QStringLiteral("cloudwatch_logs"), QStringLiteral("application_auto_scaling"), QStringLiteral("auto_scaling"),
        QStringLiteral("elastic_load_balancing_v2"), QStringLiteral("ecr"), QStringLiteral("scheduler"),
        QStringLiteral("eventbridge"), QStringLiteral("sts"), QStringLiteral("sso") };

    QDateTime parseTime(const QString& text)
    {
        QString normalized = text.trimmed();
        if (normalized.endsWith(QLatin1String("UTC")))
            normalized = normalized.left(normalized.size() - 3).trimmed() + QLatin1Char('Z');
        QDateTime time = QDateTime::fromString(normalized, Qt::ISODateWithMs);
        if (!time.isValid())
            time = QDateTime::fromString(normalized, Qt::ISODate);
        return time.toUTC();
    }
} // namespace

namespace {
    /// Where STS and the SSO portal are for a profile (endpoint overrides apply to them too).
    ClientConfig credentialServiceConfig(const AwsConfigFile& files, const AwsConfigFile::Section& profile,
        const QProcessEnvironment& environment, AwsTransport* transport, const QString& serviceId,
        const QByteArray& serviceRegion, std::shared_ptr<CredentialsProvider> credentials)
    {
        ClientConfig config;
        config.transport = transport;
        config.region = serviceRegion;
        config.credentials = std::move(credentials);
        QUrl url(environment.value(QLatin1String("AWS_ENDPOINT_URL_") + envServiceSuffix(serviceId)));
        if (url.isEmpty())
            url = QUrl(environment.value(QStringLiteral("AWS_ENDPOINT_URL")));
        const QString services = profile.value(QStringLiteral("services"));
        if (url.isEmpty() && !services.isEmpty())
            url = QUrl(files.services(services).value(serviceId + QLatin1String(".endpoint_url")));
        if (url.isEmpty())
            url = QUrl(profile.value(QStringLiteral("endpoint_url")));
        config.endpointUrl = url;
        return config;
    }

    /// A role_arn that AssumeRole handles (it has a source): it beats web identity, as in the CLI.
    bool assumesRoleFromSource(const AwsConfigFile::Section& profile)
    {
        return !profile.value(QStringLiteral("role_arn")).isEmpty()
            && (!profile.value(QStringLiteral("source_profile")).isEmpty()
                || !profile.value(QStringLiteral("credential_source")).isEmpty());
    }

    /// Web identity credentials (cached) for `settings`, or a typed configuration error.
    Outcome<std::shared_ptr<CredentialsProvider>> webIdentity(WebIdentityCredentialsProvider::Settings settings,
        const AwsConfigFile& files, const AwsConfigFile::Section& profile, const QProcessEnvironment& environment,
        AwsTransport* transport, const QByteArray& region)
    {
        using Result = Outcome<std::shared_ptr<CredentialsProvider>>;
        if (settings.roleArn.isEmpty())
            return Result::failure(configurationError(QStringLiteral("InvalidConfig"),
                QCoreApplication::translate("ConnectionResolver",
                    "A web identity token file (%1) is configured but no role: set role_arn in the profile or "
                    "AWS_ROLE_ARN.")
                    .arg(settings.tokenFile)));
        if (!transport)
            return Result::failure(configurationError(QStringLiteral("InvalidConfig"),
                QCoreApplication::translate(
                    "ConnectionResolver", "Assuming a role with web identity needs a network transport.")));
        if (settings.sessionName.isEmpty())
            settings.sessionName = QStringLiteral("ecsdesk-%1").arg(QDateTime::currentSecsSinceEpoch());
        const QByteArray stsRegion = region.isEmpty() ? QByteArray("us-east-1") : region;
        auto provider = std::make_shared<WebIdentityCredentialsProvider>(std::move(settings),
            credentialServiceConfig(files, profile, environment, transport, QStringLiteral("sts"), stsRegion, nullptr));
        return Result::success(std::make_shared<CachingCredentialsProvider>(provider));
    }
} // namespace

QUrl Connection::endpointFor(const QString& serviceId) const
{
    const QUrl specific = serviceEndpoints.value(serviceId);
    return specific.isEmpty() ? endpointUrl : specific;
}

ClientConfig Connection::clientConfig(AwsTransport* transport, const QString& serviceId) const
{
    ClientConfig config;
    config.transport = transport;
    config.region = region;
    config.endpointUrl = endpointFor(serviceId);
    config.credentials = credentials;
    return config;
}

QString ConnectionResolver::ssoCachePath(const QString& cacheKey, const QProcessEnvironment& environment)
{
    const QString home = environment.value(QStringLiteral("HOME"), QDir::homePath());
    const QByteArray hash = QCryptographicHash::hash(cacheKey.toUtf8(), QCryptographicHash::Sha1).toHex();
    return home + QLatin1String("/.aws/sso/cache/") + QString::fromLatin1(hash) + QLatin1String(".json");
}

Outcome<std::shared_ptr<CredentialsProvider>> ConnectionResolver::profileCredentials(const AwsConfigFile& files,
    const QString& profileName, const QProcessEnvironment& environment, AwsTransport* transport,
    const QByteArray& region, int depth)
{
    using Result = Outcome<std::shared_ptr<CredentialsProvider>>;
    if (depth > 8)
        return Result::failure(configurationError(QStringLiteral("InfiniteLoopInRoleChain"),
            QCoreApplication::translate(
                "ConnectionResolver", "The source_profile chain of profile %1 is too long or loops.")
                .arg(profileName)));
    if (!files.hasProfile(profileName))
        return Result::failure(configurationError(QStringLiteral("ProfileNotFound"),
            QCoreApplication::translate("ConnectionResolver", "The config profile (%1) could not be found in %2 or %3.")
                .arg(profileName, files.configPath(), files.credentialsPath())));
    const AwsConfigFile::Section profile = files.profile(profileName);
    auto get = [&profile](const char* key) { return profile.value(QLatin1String(key)); };

    auto serviceConfig = [&](const QString& serviceId, const QByteArray& serviceRegion,
                             std::shared_ptr<CredentialsProvider> credentials) {
        return credentialServiceConfig(
            files, profile, environment, transport, serviceId, serviceRegion, std::move(credentials));
    };

    if (!assumesRoleFromSource(profile) && !get("web_identity_token_file").isEmpty()) {
        WebIdentityCredentialsProvider::Settings settings;
        settings.roleArn = get("role_arn");
        settings.sessionName = get("role_session_name");
        settings.tokenFile = get("web_identity_token_file");
        settings.durationSeconds = get("duration_seconds").toInt();
        return webIdentity(std::move(settings), files, profile, environment, transport, region);
    }

    if (!get("role_arn").isEmpty()) {
        std::shared_ptr<CredentialsProvider> source;
        if (!get("source_profile").isEmpty()) {
            const QString sourceName = get("source_profile");
            // A source profile that is itself this profile uses its static keys.
            Result sourceResult;
            if (sourceName == profileName) {
                if (get("aws_access_key_id").isEmpty())
                    return Result::failure(credentialsError(QStringLiteral("PartialCredentials"),
                        QCoreApplication::translate(
                            "ConnectionResolver", "Profile %1 is its own source_profile but has no keys.")
                            .arg(profileName)));
                sourceResult = Result::success(std::make_shared<StaticCredentialsProvider>(
                    Credentials {
                        get("aws_access_key_id"), get("aws_secret_access_key"), get("aws_session_token"), {} },
                    QCoreApplication::translate("ConnectionResolver", "profile %1 (static keys)").arg(profileName)));
            } else {
                sourceResult = profileCredentials(files, sourceName, environment, transport, region, depth + 1);
            }
            if (!sourceResult.ok())
                return sourceResult;
            source = sourceResult.value;
        } else if (get("credential_source") == QLatin1String("Environment")) {
            const Credentials env { environment.value(QStringLiteral("AWS_ACCESS_KEY_ID")),
                environment.value(QStringLiteral("AWS_SECRET_ACCESS_KEY")),
                environment.value(QStringLiteral("AWS_SESSION_TOKEN")), {} };
            if (!env.isValid())
                return Result::failure(credentialsError(QStringLiteral("NoCredentials"),
                    QCoreApplication::translate("ConnectionResolver",
                        "Profile %1 uses credential_source Environment but AWS_ACCESS_KEY_ID is not set.")
                        .arg(profileName)));
            source = std::make_shared<StaticCredentialsProvider>(
                env, QCoreApplication::translate("ConnectionResolver", "environment"));
        } else {
            return Result::failure(configurationError(QStringLiteral("InvalidConfig"),
                QCoreApplication::translate("ConnectionResolver",
                    "Profile %1 has role_arn but neither source_profile nor a supported credential_source.")
                    .arg(profileName)));
        }
        if (!transport)
            return Result::failure(configurationError(QStringLiteral("InvalidConfig"),
                QCoreApplication::translate("ConnectionResolver", "Assuming a role needs a network transport.")));
        AssumeRoleCredentialsProvider::Role role;
        role.roleArn = get("role_arn");
        role.sessionName = get("role_session_name");
        if (role.sessionName.isEmpty())
            role.sessionName = QStringLiteral("ecsdesk-%1").arg(QDateTime::currentSecsSinceEpoch());
        role.externalId = get("external_id");
        role.durationSeconds = get("duration_seconds").toInt();
        const QByteArray stsRegion = region.isEmpty() ? QByteArray("us-east-1") : region;
        auto provider = std::make_shared<AssumeRoleCredentialsProvider>(
            role, source, serviceConfig(QStringLiteral("sts"), stsRegion, source));
        return Result::success(std::make_shared<CachingCredentialsProvider>(provider));
    }

    QString ssoStartUrl = get("sso_start_url");
    QString ssoRegion = get("sso_region");
    QString cacheKey = ssoStartUrl;
    if (!get("sso_session").isEmpty()) {
        const AwsConfigFile::Section session = files.ssoSession(get("sso_session"));
        if (session.isEmpty())
            return Result::failure(configurationError(QStringLiteral("InvalidConfig"),
                QCoreApplication::translate(
                    "ConnectionResolver", "Profile %1 refers to sso-session %2, which is not in the config file.")
                    .arg(profileName, get("sso_session"))));
        ssoStartUrl = session.value(QStringLiteral("sso_start_url"));
        ssoRegion = session.value(QStringLiteral("sso_region"));
        cacheKey = get("sso_session");
    }
    if (!ssoStartUrl.isEmpty()) {
        if (get("sso_account_id").isEmpty() || get("sso_role_name").isEmpty() || ssoRegion.isEmpty())
            return Result::failure(configurationError(QStringLiteral("InvalidConfig"),
                QCoreApplication::translate("ConnectionResolver",
                    "Profile %1 is an SSO profile but lacks sso_account_id, sso_role_name or sso_region.")
                    .arg(profileName)));
        if (!transport)
            return Result::failure(configurationError(QStringLiteral("InvalidConfig"),
                QCoreApplication::translate("ConnectionResolver", "Signing in with SSO needs a network transport.")));
        SsoCredentialsProvider::Settings settings { profileName, ssoCachePath(cacheKey, environment),
            get("sso_account_id"), get("sso_role_name") };
        auto provider = std::make_shared<SsoCredentialsProvider>(
            settings, serviceConfig(QStringLiteral("sso"), ssoRegion.toLatin1(), nullptr));
        return Result::success(std::make_shared<CachingCredentialsProvider>(provider));
    }

    if (!get("aws_access_key_id").isEmpty() || !get("aws_secret_access_key").isEmpty()) {
        const Credentials keys { get("aws_access_key_id"), get("aws_secret_access_key"), get("aws_session_token"), {} };
        if (!keys.isValid())
            return Result::failure(credentialsError(QStringLiteral("PartialCredentials"),
                QCoreApplication::translate(
                    "ConnectionResolver", "Profile %1 has only one of aws_access_key_id and aws_secret_access_key.")
                    .arg(profileName)));
        return Result::success(std::make_shared<StaticCredentialsProvider>(
            keys, QCoreApplication::translate("ConnectionResolver", "profile %1 (static keys)").arg(profileName)));
    }

    if (!get("credential_process").isEmpty())
        return Result::success(std::make_shared<CachingCredentialsProvider>(
            std::make_shared<ProcessCredentialsProvider>(get("credential_process"))));

    return Result::failure(credentialsError(QStringLiteral("NoCredentials"),
        QCoreApplication::translate("ConnectionResolver",
            "Profile %1 has no credentials: no keys, role_arn, SSO settings or credential_process.")
            .arg(profileName)));
}

Outcome<Connection> ConnectionResolver::resolve(
    const ConnectionOptions& options, const QProcessEnvironment& environment, AwsTransport* transport)
{
    const AwsConfigFile files = AwsConfigFile::load(environment);
    Connection connection;
    const bool explicitProfile = !options.profile.isEmpty();
    connection.profile = explicitProfile
        ? options.profile
        : environment.value(QStringLiteral("AWS_PROFILE"), environment.value(QStringLiteral("AWS_DEFAULT_PROFILE")));
    if (connection.profile.isEmpty())
        connection.profile = QStringLiteral("default");
    const bool profileNamed = explicitProfile || environment.contains(QStringLiteral("AWS_PROFILE"))
        || environment.contains(QStringLiteral("AWS_DEFAULT_PROFILE"));
    if (profileNamed && !files.hasProfile(connection.profile))
        return Outcome<Connection>::failure(configurationError(QStringLiteral("ProfileNotFound"),
            QCoreApplication::translate("ConnectionResolver", "The config profile (%1) could not be found in %2 or %3.")
                .arg(connection.profile, files.configPath(), files.credentialsPath())));
    const AwsConfigFile::Section profile = files.profile(connection.profile);

    // Region: flag, AWS_REGION, AWS_DEFAULT_REGION, the profile.
    QString region = options.region;
    if (region.isEmpty())
        region = environment.value(QStringLiteral("AWS_REGION"));
    if (region.isEmpty())
        region = environment.value(QStringLiteral("AWS_DEFAULT_REGION"));
    if (region.isEmpty())
        region = profile.value(QStringLiteral("region"));
    if (region.isEmpty())
        return Outcome<Connection>::failure(configurationError(QStringLiteral("NoRegion"),
            QCoreApplication::translate(
                "ConnectionResolver", "No region is set: pass --region, set AWS_REGION or add region to profile %1.")
                .arg(connection.profile)));
    connection.region = region.toLatin1();

    // Endpoints: flag, AWS_ENDPOINT_URL_<SERVICE>, AWS_ENDPOINT_URL, services section, endpoint_url.
    if (!options.endpointUrl.isEmpty()) {
        connection.endpointUrl = options.endpointUrl;
    } else {
        const bool ignoreConfigured = environment.value(QStringLiteral("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS"))
                                          .compare(QLatin1String("true"), Qt::CaseInsensitive)
            == 0;
        if (!ignoreConfigured) {
            const AwsConfigFile::Section services = files.services(profile.value(QStringLiteral("services")));
            for (const QString& id : knownServiceIds) {
                QUrl url(environment.value(QLatin1String("AWS_ENDPOINT_URL_") + envServiceSuffix(id)));
                if (url.isEmpty())
                    url = QUrl(services.value(id + QLatin1String(".endpoint_url")));
                if (!url.isEmpty())
                    connection.serviceEndpoints.insert(id, url);
            }
            connection.endpointUrl = QUrl(environment.value(QStringLiteral("AWS_ENDPOINT_URL")));
            if (connection.endpointUrl.isEmpty())
                connection.endpointUrl = QUrl(profile.value(QStringLiteral("endpoint_url")));
            // AWS_ENDPOINT_URL beats a services-section entry but not AWS_ENDPOINT_URL_<SERVICE>.
            if (!environment.value(QStringLiteral("AWS_ENDPOINT_URL")).isEmpty()) {
                for (const QString& id : knownServiceIds)
                    if (environment.value(QLatin1String("AWS_ENDPOINT_URL_") + envServiceSuffix(id)).isEmpty())
                        connection.serviceEndpoints.remove(id);
            }
        }
    }

    // Credentials: environment keys (unless a profile was given explicitly), then the profile.
    const Credentials env { environment.value(QStringLiteral("AWS_ACCESS_KEY_ID")),
        environment.value(QStringLiteral("AWS_SECRET_ACCESS_KEY")),
        environment.value(QStringLiteral("AWS_SESSION_TOKEN")), {} };
    if (!explicitProfile && env.isValid()) {
        connection.credentials = std::make_shared<StaticCredentialsProvider>(
            env, QCoreApplication::translate("ConnectionResolver", "environment"));
        return Outcome<Connection>::success(connection);
    }
    // Web identity from the environment (as the CLI: not with an explicit profile, and after a
    // profile's AssumeRole); each variable falls back to the profile's setting.
    const QString tokenFile = environment.value(QStringLiteral("AWS_WEB_IDENTITY_TOKEN_FILE"));
    if (!explicitProfile && !tokenFile.isEmpty() && !assumesRoleFromSource(profile)) {
        WebIdentityCredentialsProvider::Settings settings;
        settings.tokenFile = tokenFile;
        settings.roleArn = environment.value(QStringLiteral("AWS_ROLE_ARN"), profile.value(QStringLiteral("role_arn")));
        settings.sessionName = environment.value(
            QStringLiteral("AWS_ROLE_SESSION_NAME"), profile.value(QStringLiteral("role_session_name")));
        auto provider = webIdentity(std::move(settings), files, profile, environment, transport, connection.region);
        if (!provider.ok())
            return Outcome<Connection>::failure(*provider.error);
        connection.credentials = provider.value;
        return Outcome<Connection>::success(connection);
    }
    if (!profileNamed && !files.hasProfile(connection.profile))
        return Outcome<Connection>::failure(credentialsError(QStringLiteral("NoCredentials"),
            QCoreApplication::translate("ConnectionResolver",
                "No AWS credentials: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or configure a profile.")));
    auto provider = profileCredentials(files, connection.profile, environment, transport, connection.region);
    if (!provider.ok())
        return Outcome<Connection>::failure(*provider.error);
    connection.credentials = provider.value;
    return Outcome<Connection>::success(connection);
}

ProcessCredentialsProvider::ProcessCredentialsProvider(QString command, int timeoutMs)
    : m_command(std::move(command))
    , m_timeoutMs(timeoutMs)
{
}

QString ProcessCredentialsProvider::description() const
{
    return QCoreApplication::translate("ConnectionResolver", "credential_process %1").arg(m_command);
}

Outcome<Credentials> ProcessCredentialsProvider::parseOutput(const QByteArray& output)
{
    QJsonParseError parseError;
    const QJsonObject json = QJsonDocument::fromJson(output, &parseError).object();
    if (parseError.error != QJsonParseError::NoError)
        return Outcome<Credentials>::failure(credentialsError(QStringLiteral("CredentialProcessError"),
            QCoreApplication::translate("ConnectionResolver", "credential_process printed invalid JSON: %1")
                .arg(parseError.errorString())));
    if (json.value(QLatin1String("Version")).toInt() != 1)
        return Outcome<Credentials>::failure(credentialsError(QStringLiteral("CredentialProcessError"),
            QCoreApplication::translate("ConnectionResolver", "credential_process must print Version 1.")));
    Credentials credentials;
    credentials.accessKeyId = json.value(QLatin1String("AccessKeyId")).toString();
    credentials.secretAccessKey = json.value(QLatin1String("SecretAccessKey")).toString();
    credentials.sessionToken = json.value(QLatin1String("SessionToken")).toString();
    if (json.contains(QLatin1String("Expiration")))
        credentials.expiration = parseTime(json.value(QLatin1String("Expiration")).toString());
    if (!credentials.isValid())
        return Outcome<Credentials>::failure(credentialsError(QStringLiteral("CredentialProcessError"),
            QCoreApplication::translate(
                "ConnectionResolver", "credential_process did not print AccessKeyId and SecretAccessKey.")));
    return Outcome<Credentials>::success(credentials);
}

void ProcessCredentialsProvider::fetch(Callback callback)
{
    QStringList arguments = QProcess::splitCommand(m_command);
    if (arguments.isEmpty()) {
        callback(Outcome<Credentials>::failure(credentialsError(QStringLiteral("CredentialProcessError"),
            QCoreApplication::translate("ConnectionResolver", "credential_process is empty."))));
        return;
    }
    auto* process = new QProcess;
    auto* timer = new QTimer(process);
    timer->setSingleShot(true);
    auto done = std::make_shared<bool>(false);
    auto finish = [process, done, callback](const Outcome<Credentials>& outcome) {
        if (*done)
            return;
        *done = true;
        process->disconnect();
        if (process->state() != QProcess::NotRunning) {
            process->kill();
            process->waitForFinished(1000);
        }
        process->deleteLater();
        callback(outcome);
    };
    QObject::connect(timer, &QTimer::timeout, process, [finish, this] {
        finish(Outcome<Credentials>::failure(credentialsError(QStringLiteral("CredentialProcessError"),
            QCoreApplication::translate("ConnectionResolver", "credential_process did not finish within %1 ms.")
                .arg(m_timeoutMs))));
    });
    QObject::connect(process, &QProcess::errorOccurred, process, [finish, process](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            finish(Outcome<Credentials>::failure(credentialsError(QStringLiteral("CredentialProcessError"),
                QCoreApplication::translate("ConnectionResolver", "credential_process could not start: %1")
                    .arg(process->errorString()))));
    });
    QObject::connect(
        process, &QProcess::finished, process, [finish, process](int exitCode, QProcess::ExitStatus status) {
            if (status != QProcess::NormalExit || exitCode != 0) {
                const QString stderrText = QString::fromUtf8(process->readAllStandardError()).trimmed();
                finish(Outcome<Credentials>::failure(credentialsError(QStringLiteral("CredentialProcessError"),
                    QCoreApplication::translate("ConnectionResolver", "credential_process exited with code %1: %2")
                        .arg(exitCode)
                        .arg(stderrText))));
                return;
            }
            finish(parseOutput(process->readAllStandardOutput()));
        });
    const QString program = arguments.takeFirst();
    timer->start(m_timeoutMs);
    process->start(program, arguments);
}

AssumeRoleCredentialsProvider::AssumeRoleCredentialsProvider(
    Role role, std::shared_ptr<CredentialsProvider> source, ClientConfig stsConfig)
    : m_role(std::move(role))
    , m_stsConfig(std::move(stsConfig))
{
    m_stsConfig.credentials = std::move(source);
}

QString AssumeRoleCredentialsProvider::description() const
{
    return QCoreApplication::translate("ConnectionResolver", "assume role %1").arg(m_role.roleArn);
}

void AssumeRoleCredentialsProvider::fetch(Callback callback)
{
    if (!m_stsConfig.transport) {
        callback(Outcome<Credentials>::failure(credentialsError(QStringLiteral("NoTransport"),
            QCoreApplication::translate("ConnectionResolver", "The network transport is gone."))));
        return;
    }
    StsClient sts(m_stsConfig);
    AwsReply* reply = sts.assumeRole(m_role.roleArn, m_role.sessionName, m_role.durationSeconds, m_role.externalId);
    const QString roleArn = m_role.roleArn;
    QObject::connect(reply, &AwsReply::finished, reply, [reply, callback, roleArn] {
        reply->deleteLater();
        if (!reply->isOk()) {
            AwsError error = *reply->error();
            if (error.kind == AwsError::Kind::Service)
                error.message = QCoreApplication::translate("ConnectionResolver", "Assuming role %1 failed: %2")
                                    .arg(roleArn, error.message);
            callback(Outcome<Credentials>::failure(error));
            return;
        }
        callback(StsClient::parseAssumeRole(reply->body()));
    });
}

WebIdentityCredentialsProvider::WebIdentityCredentialsProvider(Settings settings, ClientConfig stsConfig)
    : m_settings(std::move(settings))
    , m_stsConfig(std::move(stsConfig))
{
}

QString WebIdentityCredentialsProvider::description() const
{
    return QCoreApplication::translate("ConnectionResolver", "assume role %1 with web identity")
        .arg(m_settings.roleArn);
}

void WebIdentityCredentialsProvider::fetch(Callback callback)
{
    // Read at every fetch: the token is short-lived and rotated in place (EKS, CI runners).
    QFile file(m_settings.tokenFile);
    if (!file.open(QIODevice::ReadOnly)) {
        callback(Outcome<Credentials>::failure(credentialsError(QStringLiteral("WebIdentityTokenMissing"),
            QCoreApplication::translate("ConnectionResolver", "The web identity token file %1 cannot be read: %2.")
                .arg(m_settings.tokenFile, file.errorString()))));
        return;
    }
    const QString token = QString::fromUtf8(file.readAll().trimmed());
    if (token.isEmpty()) {
        callback(Outcome<Credentials>::failure(credentialsError(QStringLiteral("WebIdentityTokenMissing"),
            QCoreApplication::translate("ConnectionResolver", "The web identity token file %1 is empty.")
                .arg(m_settings.tokenFile))));
        return;
    }
    if (!m_stsConfig.transport) {
        callback(Outcome<Credentials>::failure(credentialsError(QStringLiteral("NoTransport"),
            QCoreApplication::translate("ConnectionResolver", "The network transport is gone."))));
        return;
    }
    StsClient sts(m_stsConfig);
    AwsReply* reply
        = sts.assumeRoleWithWebIdentity(m_settings.roleArn, m_settings.sessionName, token, m_settings.durationSeconds);
    const QString roleArn = m_settings.roleArn;
    QObject::connect(reply, &AwsReply::finished, reply, [reply, callback, roleArn] {
        reply->deleteLater();
        if (!reply->isOk()) {
            AwsError error = *reply->error();
            if (error.kind == AwsError::Kind::Service)
                error.message = QCoreApplication::translate(
                    "ConnectionResolver", "Assuming role %1 with a web identity token failed: %2")
                                    .arg(roleArn, error.message);
            callback(Outcome<Credentials>::failure(error));
            return;
        }
        callback(StsClient::parseAssumeRole(reply->body()));
    });
}

SsoCredentialsProvider::SsoCredentialsProvider(Settings settings, ClientConfig portalConfig)
    : m_settings(std::move(settings))
    , m_portalConfig(std::move(portalConfig))
{
}

QString SsoCredentialsProvider::description() const
{
    return QCoreApplication::translate("ConnectionResolver", "SSO %1 / %2")
        .arg(m_settings.accountId, m_settings.roleName);
}

void SsoCredentialsProvider::fetch(Callback callback)
{
    const QString signIn
        = QCoreApplication::translate("ConnectionResolver", "run 'aws sso login --profile %1' to sign in again")
              .arg(m_settings.profile);
    QFile file(m_settings.cachePath);
    if (!file.open(QIODevice::ReadOnly)) {
        callback(Outcome<Credentials>::failure(credentialsError(QStringLiteral("SsoTokenMissing"),
            QCoreApplication::translate("ConnectionResolver", "No SSO sign-in was found: %1.").arg(signIn))));
        return;
    }
    const QJsonObject token = QJsonDocument::fromJson(file.readAll()).object();
    const QString accessToken = token.value(QLatin1String("accessToken")).toString();
    const QDateTime expiresAt = parseTime(token.value(QLatin1String("expiresAt")).toString());
    if (accessToken.isEmpty() || !expiresAt.isValid()) {
        callback(Outcome<Credentials>::failure(credentialsError(QStringLiteral("SsoTokenMissing"),
            QCoreApplication::translate("ConnectionResolver", "The cached SSO sign-in is unreadable: %1.")
                .arg(signIn))));
        return;
    }
    if (expiresAt <= QDateTime::currentDateTimeUtc()) {
        callback(Outcome<Credentials>::failure(credentialsError(QStringLiteral("SsoTokenExpired"),
            QCoreApplication::translate("ConnectionResolver", "The SSO session expired at %1: %2.")
                .arg(expiresAt.toString(Qt::ISODate), signIn))));
        return;
    }
    if (!m_portalConfig.transport) {
        callback(Outcome<Credentials>::failure(credentialsError(QStringLiteral("NoTransport"),
            QCoreApplication::translate("ConnectionResolver", "The network transport is gone."))));
        return;
    }
    SsoClient portal(m_portalConfig);
    AwsReply* reply = portal.getRoleCredentials(accessToken, m_settings.accountId, m_settings.roleName);
    QObject::connect(reply, &AwsReply::finished, reply, [reply, callback, signIn] {
        reply->deleteLater();
        if (!reply->isOk()) {
            AwsError error = *reply->error();
            if (error.code == QLatin1String("UnauthorizedException")) {
                error.kind = AwsError::Kind::Credentials;
                error.code = QStringLiteral("SsoTokenExpired");
                error.message
                    = QCoreApplication::translate("ConnectionResolver", "The SSO portal refused the sign-in: %1.")
                          .arg(signIn);
            }
            callback(Outcome<Credentials>::failure(error));
            return;
        }
        callback(SsoClient::parseRoleCredentials(reply->json()));
    });
}

} // namespace EcsDesk::Api
