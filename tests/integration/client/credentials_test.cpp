// SPDX-License-Identifier: MIT
// The credential chain, resolved as the AWS CLI does, with a temporary HOME and real files:
// environment keys, profiles, regions, endpoint overrides, credential_process, AssumeRole against
// moto's STS (cached), and IAM Identity Center with a cached token against a local portal stub.

#include "api/auth/connection.h"
#include "api/sts/stsclient.h"
#include "clienttestutil.h"
#include "common/processserver.h"
#include "stubserver.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QUrlQuery>

#include <gtest/gtest.h>

using namespace EcsDesk;
using namespace EcsDesk::Testing;

namespace {

Api::Outcome<Api::Credentials> fetchNow(const std::shared_ptr<Api::CredentialsProvider>& provider)
{
    std::optional<Api::Outcome<Api::Credentials>> result;
    provider->fetch([&result](const Api::Outcome<Api::Credentials>& outcome) { result = outcome; });
    if (!waitFor([&result] { return result.has_value(); }, 30000))
        return Api::Outcome<Api::Credentials>::failure(
            Api::AwsError::make(Api::AwsError::Kind::Timeout, QStringLiteral("TestTimeout"), {}));
    return *result;
}

class CredentialsTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(home.isValid());
        QDir(home.path()).mkpath(QStringLiteral(".aws/sso/cache"));
        env.insert(QStringLiteral("HOME"), home.path());
    }
    void write(const QString& relative, const QByteArray& text)
    {
        QFile file(home.path() + QLatin1Char('/') + relative);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(text);
    }

    QTemporaryDir home;
    QProcessEnvironment env; ///< deliberately empty apart from HOME: nothing leaks from the machine
    Api::AwsTransport transport;
};

} // namespace

TEST_F(CredentialsTest, EnvironmentKeysAndRegionVariables)
{
    env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("AKIDENV"));
    env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QStringLiteral("env-secret"));
    env.insert(QStringLiteral("AWS_SESSION_TOKEN"), QStringLiteral("env-token"));
    env.insert(QStringLiteral("AWS_DEFAULT_REGION"), QStringLiteral("eu-west-1"));
    auto connection = Api::ConnectionResolver::resolve({}, env, &transport);
    ASSERT_TRUE(connection.ok()) << describe(connection.error);
    EXPECT_EQ(connection.value.region, "eu-west-1");
    const auto credentials = fetchNow(connection.value.credentials);
    ASSERT_TRUE(credentials.ok());
    EXPECT_EQ(credentials.value.accessKeyId, QStringLiteral("AKIDENV"));
    EXPECT_EQ(credentials.value.sessionToken, QStringLiteral("env-token"));

    env.insert(QStringLiteral("AWS_REGION"), QStringLiteral("ap-south-1")); // beats AWS_DEFAULT_REGION
    EXPECT_EQ(Api::ConnectionResolver::resolve({}, env, &transport).value.region, "ap-south-1");
    EXPECT_EQ(Api::ConnectionResolver::resolve({ {}, QStringLiteral("us-west-2"), {} }, env, &transport).value.region,
        "us-west-2"); // the flag beats both
}

TEST_F(CredentialsTest, ProfilesFromSharedFilesAndTheirErrors)
{
    write(QStringLiteral(".aws/config"),
        "[default]\nregion = eu-central-1\n[profile dev]\nregion = us-east-2\n"
        "endpoint_url = http://127.0.0.1:4566\nservices = local\n"
        "[services local]\ncloudwatch_logs =\n  endpoint_url = http://127.0.0.1:9999\n[profile half]\nregion = "
        "us-east-1\n");
    write(QStringLiteral(".aws/credentials"),
        "[default]\naws_access_key_id = AKIDDEFAULT\naws_secret_access_key = default-secret\n"
        "[dev]\naws_access_key_id = AKIDDEV\naws_secret_access_key = dev-secret\n"
        "[half]\naws_access_key_id = AKIDHALF\n");

    auto byDefault = Api::ConnectionResolver::resolve({}, env, &transport);
    ASSERT_TRUE(byDefault.ok()) << describe(byDefault.error);
    EXPECT_EQ(byDefault.value.region, "eu-central-1");
    EXPECT_EQ(fetchNow(byDefault.value.credentials).value.accessKeyId, QStringLiteral("AKIDDEFAULT"));

    env.insert(QStringLiteral("AWS_PROFILE"), QStringLiteral("dev"));
    auto dev = Api::ConnectionResolver::resolve({}, env, &transport);
    ASSERT_TRUE(dev.ok()) << describe(dev.error);
    EXPECT_EQ(dev.value.region, "us-east-2");
    EXPECT_EQ(fetchNow(dev.value.credentials).value.accessKeyId, QStringLiteral("AKIDDEV"));
    EXPECT_EQ(dev.value.endpointFor(QStringLiteral("ecs")), QUrl(QStringLiteral("http://127.0.0.1:4566")));
    EXPECT_EQ(dev.value.endpointFor(QStringLiteral("cloudwatch_logs")), QUrl(QStringLiteral("http://127.0.0.1:9999")));
    env.insert(QStringLiteral("AWS_ENDPOINT_URL_ECS"), QStringLiteral("http://127.0.0.1:5000"));
    EXPECT_EQ(Api::ConnectionResolver::resolve({}, env, &transport).value.endpointFor(QStringLiteral("ecs")),
        QUrl(QStringLiteral("http://127.0.0.1:5000")));
    // Every service the app calls has its own override (EC2 Auto Scaling, ELBv2, ECR, Scheduler, EventBridge).
    for (const char* service : { "AUTO_SCALING", "ELASTIC_LOAD_BALANCING_V2", "ECR", "SCHEDULER", "EVENTBRIDGE" })
        env.insert(
            QLatin1String("AWS_ENDPOINT_URL_") + QLatin1String(service), QStringLiteral("http://127.0.0.1:5001"));
    const Api::Connection overridden = Api::ConnectionResolver::resolve({}, env, &transport).value;
    for (const char* id : { "auto_scaling", "elastic_load_balancing_v2", "ecr", "scheduler", "eventbridge" })
        EXPECT_EQ(overridden.endpointFor(QLatin1String(id)), QUrl(QStringLiteral("http://127.0.0.1:5001"))) << id;
    EXPECT_EQ(overridden.endpointFor(QStringLiteral("ecs")), QUrl(QStringLiteral("http://127.0.0.1:5000")));
    for (const char* service : { "AUTO_SCALING", "ELASTIC_LOAD_BALANCING_V2", "ECR", "SCHEDULER", "EVENTBRIDGE" })
        env.remove(QLatin1String("AWS_ENDPOINT_URL_") + QLatin1String(service));

    // An explicit profile wins over environment keys (AWS CLI --profile).
    env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("AKIDENV"));
    env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QStringLiteral("env-secret"));
    auto explicitProfile = Api::ConnectionResolver::resolve({ QStringLiteral("default"), {}, {} }, env, &transport);
    EXPECT_EQ(fetchNow(explicitProfile.value.credentials).value.accessKeyId, QStringLiteral("AKIDDEFAULT"));

    auto missing = Api::ConnectionResolver::resolve({ QStringLiteral("nope"), {}, {} }, env, &transport);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error->code, QStringLiteral("ProfileNotFound"));
    EXPECT_EQ(missing.error->kind, Api::AwsError::Kind::Configuration);

    auto half = Api::ConnectionResolver::resolve({ QStringLiteral("half"), {}, {} }, env, &transport);
    ASSERT_FALSE(half.ok());
    EXPECT_EQ(half.error->code, QStringLiteral("PartialCredentials"));

    // AWS_CONFIG_FILE / AWS_SHARED_CREDENTIALS_FILE move the files.
    write(QStringLiteral("other-config"), "[profile elsewhere]\nregion = sa-east-1\n");
    write(QStringLiteral("other-credentials"), "[elsewhere]\naws_access_key_id = AKIDX\naws_secret_access_key = x\n");
    env.insert(QStringLiteral("AWS_CONFIG_FILE"), home.path() + QLatin1String("/other-config"));
    env.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), home.path() + QLatin1String("/other-credentials"));
    auto elsewhere = Api::ConnectionResolver::resolve({ QStringLiteral("elsewhere"), {}, {} }, env, &transport);
    ASSERT_TRUE(elsewhere.ok()) << describe(elsewhere.error);
    EXPECT_EQ(elsewhere.value.region, "sa-east-1");

    QProcessEnvironment bare;
    bare.insert(QStringLiteral("HOME"), home.path() + QLatin1String("/nowhere"));
    bare.insert(QStringLiteral("AWS_REGION"), QStringLiteral("us-east-1"));
    auto none = Api::ConnectionResolver::resolve({}, bare, &transport);
    ASSERT_FALSE(none.ok());
    EXPECT_EQ(none.error->code, QStringLiteral("NoCredentials"));
    bare.remove(QStringLiteral("AWS_REGION"));
    bare.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("A"));
    bare.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QStringLiteral("B"));
    auto noRegion = Api::ConnectionResolver::resolve({}, bare, &transport);
    ASSERT_FALSE(noRegion.ok());
    EXPECT_EQ(noRegion.error->code, QStringLiteral("NoRegion"));
}

TEST_F(CredentialsTest, CredentialProcess)
{
    write(QStringLiteral("creds.sh"),
        "#!/bin/sh\necho '{\"Version\": 1, \"AccessKeyId\": \"AKIDPROC\", \"SecretAccessKey\": \"proc-secret\", "
        "\"SessionToken\": \"proc-token\", \"Expiration\": \"2099-01-01T00:00:00Z\"}'\n");
    write(QStringLiteral("fails.sh"), "#!/bin/sh\necho 'token expired, run login' >&2\nexit 3\n");
    write(QStringLiteral("garbage.sh"), "#!/bin/sh\necho 'not json'\n");
    for (const char* script : { "creds.sh", "fails.sh", "garbage.sh" })
        QFile::setPermissions(home.path() + QLatin1Char('/') + QLatin1String(script),
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    write(QStringLiteral(".aws/config"),
        QStringLiteral("[profile proc]\nregion = us-east-1\ncredential_process = %1/creds.sh --flag \"quoted arg\"\n"
                       "[profile broken]\nregion = us-east-1\ncredential_process = %1/fails.sh\n"
                       "[profile garbage]\nregion = us-east-1\ncredential_process = %1/garbage.sh\n")
            .arg(home.path())
            .toUtf8());
    auto proc = Api::ConnectionResolver::resolve({ QStringLiteral("proc"), {}, {} }, env, &transport);
    ASSERT_TRUE(proc.ok()) << describe(proc.error);
    const auto credentials = fetchNow(proc.value.credentials);
    ASSERT_TRUE(credentials.ok()) << describe(credentials.error);
    EXPECT_EQ(credentials.value.accessKeyId, QStringLiteral("AKIDPROC"));
    EXPECT_EQ(credentials.value.sessionToken, QStringLiteral("proc-token"));
    EXPECT_EQ(credentials.value.expiration.date().year(), 2099);

    auto broken = Api::ConnectionResolver::resolve({ QStringLiteral("broken"), {}, {} }, env, &transport);
    ASSERT_TRUE(broken.ok());
    const auto failed = fetchNow(broken.value.credentials);
    ASSERT_FALSE(failed.ok());
    EXPECT_EQ(failed.error->code, QStringLiteral("CredentialProcessError"));
    EXPECT_TRUE(failed.error->message.contains(QLatin1String("token expired"))) << failed.error->message.toStdString();

    auto garbage = Api::ConnectionResolver::resolve({ QStringLiteral("garbage"), {}, {} }, env, &transport);
    const auto bad = fetchNow(garbage.value.credentials);
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error->kind, Api::AwsError::Kind::Credentials);
}

TEST_F(CredentialsTest, AssumeRoleAgainstMotoStsIsCached)
{
    if (!MotoServer::isInstalled()) {
        if (runningInCi())
            FAIL() << "moto_server is not installed";
        GTEST_SKIP() << "moto_server is not installed";
    }
    MotoServer moto;
    ASSERT_TRUE(moto.start()) << moto.errorString().toStdString();
    write(QStringLiteral(".aws/config"),
        QStringLiteral("[profile base]\nregion = us-east-1\n"
                       "[profile admin]\nregion = us-east-1\nrole_arn = arn:aws:iam::123456789012:role/desk-admin\n"
                       "source_profile = base\nrole_session_name = desk-test\nendpoint_url = %1\n")
            .arg(moto.url().toString())
            .toUtf8());
    write(QStringLiteral(".aws/credentials"),
        "[base]\naws_access_key_id = AKIDBASE\naws_secret_access_key = base-secret\n");

    auto admin = Api::ConnectionResolver::resolve({ QStringLiteral("admin"), {}, {} }, env, &transport);
    ASSERT_TRUE(admin.ok()) << describe(admin.error);
    const auto first = fetchNow(admin.value.credentials);
    ASSERT_TRUE(first.ok()) << describe(first.error);
    EXPECT_NE(first.value.accessKeyId, QStringLiteral("AKIDBASE"));
    EXPECT_FALSE(first.value.sessionToken.isEmpty());
    EXPECT_TRUE(first.value.expiration > QDateTime::currentDateTimeUtc());

    const qint64 sent = transport.sentCount();
    const auto second = fetchNow(admin.value.credentials);
    EXPECT_EQ(second.value.accessKeyId, first.value.accessKeyId);
    EXPECT_EQ(transport.sentCount(), sent) << "cached credentials must not call STS again";

    // The assumed role signs calls: STS says who we are.
    Api::StsClient sts(admin.value.clientConfig(&transport, QStringLiteral("sts")));
    const auto identity = await(sts.getCallerIdentity());
    ASSERT_TRUE(identity.ok()) << describe(identity.error);
    const auto parsed = Api::StsClient::parseCallerIdentity(identity.value->body());
    ASSERT_TRUE(parsed.ok());
    EXPECT_TRUE(parsed.value.arn.contains(QLatin1String("assumed-role/desk-admin/desk-test")))
        << parsed.value.arn.toStdString();
}

TEST_F(CredentialsTest, SsoCachedTokenValidAndExpired)
{
    const QString token = QStringLiteral("sso-access-token");
    QStringList seen;
    StubServer portal([&](const StubRequest& request) {
        seen.append(QString::fromLatin1(request.method + ' ' + request.target));
        if (request.header("x-amz-sso_bearer_token") != token.toUtf8())
            return StubResponse::awsError(QStringLiteral("UnauthorizedException"), QStringLiteral("bad token"), 401);
        const QUrlQuery query(QUrl(QString::fromLatin1(request.target)).query());
        if (query.queryItemValue(QStringLiteral("account_id")) != QLatin1String("111122223333"))
            return StubResponse::awsError(QStringLiteral("ForbiddenException"), QStringLiteral("no"), 403);
        return StubResponse::json(QJsonObject { { QStringLiteral("roleCredentials"),
            QJsonObject { { QStringLiteral("accessKeyId"), QStringLiteral("AKIDSSO") },
                { QStringLiteral("secretAccessKey"), QStringLiteral("sso-secret") },
                { QStringLiteral("sessionToken"), QStringLiteral("sso-session") },
                { QStringLiteral("expiration"), double(QDateTime::currentMSecsSinceEpoch() + 3600000) } } } });
    });
    ASSERT_TRUE(portal.listen());
    write(QStringLiteral(".aws/config"),
        QStringLiteral("[profile corp]\nregion = eu-west-1\nsso_session = corp\nsso_account_id = 111122223333\n"
                       "sso_role_name = Admin\nservices = stub\n"
                       "[sso-session corp]\nsso_start_url = https://corp.awsapps.com/start\nsso_region = eu-west-1\n"
                       "[services stub]\nsso =\n  endpoint_url = %1\n"
                       "[profile legacy]\nregion = eu-west-1\nsso_start_url = https://legacy.awsapps.com/start\n"
                       "sso_region = eu-west-1\nsso_account_id = 111122223333\nsso_role_name = Admin\n")
            .arg(portal.url().toString())
            .toUtf8());
    const QString cache = Api::ConnectionResolver::ssoCachePath(QStringLiteral("corp"), env);
    EXPECT_TRUE(cache.endsWith(QLatin1String("/.aws/sso/cache/")
        + QLatin1String(QCryptographicHash::hash("corp", QCryptographicHash::Sha1).toHex()) + QLatin1String(".json")));
    auto writeToken = [&](const QDateTime& expiresAt) {
        QFile file(cache);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(QJsonObject { { QStringLiteral("accessToken"), token },
                                     { QStringLiteral("expiresAt"), expiresAt.toString(Qt::ISODate) } })
                       .toJson());
    };

    writeToken(QDateTime::currentDateTimeUtc().addSecs(3600));
    auto corp = Api::ConnectionResolver::resolve({ QStringLiteral("corp"), {}, {} }, env, &transport);
    ASSERT_TRUE(corp.ok()) << describe(corp.error);
    const auto credentials = fetchNow(corp.value.credentials);
    ASSERT_TRUE(credentials.ok()) << describe(credentials.error);
    EXPECT_EQ(credentials.value.accessKeyId, QStringLiteral("AKIDSSO"));
    EXPECT_EQ(credentials.value.sessionToken, QStringLiteral("sso-session"));
    ASSERT_EQ(seen.size(), 1);
    EXPECT_TRUE(seen[0].startsWith(QLatin1String("GET /federation/credentials?"))) << seen[0].toStdString();

    writeToken(QDateTime::currentDateTimeUtc().addSecs(-60));
    auto expired = Api::ConnectionResolver::resolve({ QStringLiteral("corp"), {}, {} }, env, &transport);
    const auto refused = fetchNow(expired.value.credentials);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error->kind, Api::AwsError::Kind::Credentials);
    EXPECT_EQ(refused.error->code, QStringLiteral("SsoTokenExpired"));
    EXPECT_TRUE(refused.error->message.contains(QLatin1String("aws sso login --profile corp")));
    EXPECT_EQ(seen.size(), 1) << "an expired token must not be sent";

    auto legacy = Api::ConnectionResolver::resolve({ QStringLiteral("legacy"), {}, {} }, env, &transport);
    ASSERT_TRUE(legacy.ok());
    const auto noLogin = fetchNow(legacy.value.credentials);
    ASSERT_FALSE(noLogin.ok());
    EXPECT_EQ(noLogin.error->code, QStringLiteral("SsoTokenMissing"));
}

TEST_F(CredentialsTest, WebIdentityFromEnvironmentAndProfilesAgainstMotoSts)
{
    if (!MotoServer::isInstalled()) {
        if (runningInCi())
            FAIL() << "moto_server is not installed";
        GTEST_SKIP() << "moto_server is not installed";
    }
    MotoServer moto;
    ASSERT_TRUE(moto.start()) << moto.errorString().toStdString();
    write(QStringLiteral("token"), "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJjaSJ9.signature\n");
    const QString tokenFile = home.path() + QLatin1String("/token");

    // The environment variables of EKS (IRSA) and CI runners.
    QProcessEnvironment irsa = env;
    irsa.insert(QStringLiteral("AWS_WEB_IDENTITY_TOKEN_FILE"), tokenFile);
    irsa.insert(QStringLiteral("AWS_ROLE_ARN"), QStringLiteral("arn:aws:iam::123456789012:role/web-deployer"));
    irsa.insert(QStringLiteral("AWS_ROLE_SESSION_NAME"), QStringLiteral("ci-run"));
    irsa.insert(QStringLiteral("AWS_REGION"), QStringLiteral("us-east-1"));
    irsa.insert(QStringLiteral("AWS_ENDPOINT_URL"), moto.url().toString());
    auto connection = Api::ConnectionResolver::resolve({}, irsa, &transport);
    ASSERT_TRUE(connection.ok()) << describe(connection.error);
    EXPECT_TRUE(connection.value.credentials->description().contains(QLatin1String("web identity")));
    const auto first = fetchNow(connection.value.credentials);
    ASSERT_TRUE(first.ok()) << describe(first.error);
    EXPECT_FALSE(first.value.accessKeyId.isEmpty());
    EXPECT_FALSE(first.value.sessionToken.isEmpty());
    EXPECT_TRUE(first.value.expiration > QDateTime::currentDateTimeUtc());
    const qint64 sent = transport.sentCount();
    const auto second = fetchNow(connection.value.credentials);
    EXPECT_EQ(second.value.accessKeyId, first.value.accessKeyId);
    EXPECT_EQ(transport.sentCount(), sent) << "cached credentials must not call STS again";

    // They sign calls: STS says who we are.
    auto whoAmI = [this](const Api::Connection& c) {
        Api::StsClient sts(c.clientConfig(&transport, QStringLiteral("sts")));
        const auto identity = await(sts.getCallerIdentity());
        EXPECT_TRUE(identity.ok()) << describe(identity.error);
        return identity.ok() ? Api::StsClient::parseCallerIdentity(identity.value->body()).value.arn : QString();
    };
    EXPECT_TRUE(whoAmI(connection.value).contains(QLatin1String("assumed-role/web-deployer/ci-run")))
        << whoAmI(connection.value).toStdString();

    // The same from a profile; a role chained on top of it with source_profile. An explicit
    // profile ignores the environment's token file (here: one that does not exist).
    write(QStringLiteral(".aws/config"),
        QStringLiteral("[profile web]\nregion = us-east-1\nrole_arn = arn:aws:iam::123456789012:role/web-reader\n"
                       "web_identity_token_file = %1\nrole_session_name = from-profile\nendpoint_url = %2\n"
                       "[profile chained]\nregion = us-east-1\nrole_arn = arn:aws:iam::123456789012:role/second\n"
                       "source_profile = web\nrole_session_name = chained\nendpoint_url = %2\n")
            .arg(tokenFile, moto.url().toString())
            .toUtf8());
    QProcessEnvironment elsewhere = env;
    elsewhere.insert(QStringLiteral("AWS_WEB_IDENTITY_TOKEN_FILE"), home.path() + QLatin1String("/missing"));
    auto web = Api::ConnectionResolver::resolve({ QStringLiteral("web"), {}, {} }, elsewhere, &transport);
    ASSERT_TRUE(web.ok()) << describe(web.error);
    EXPECT_TRUE(whoAmI(web.value).contains(QLatin1String("assumed-role/web-reader/from-profile")))
        << whoAmI(web.value).toStdString();
    auto chained = Api::ConnectionResolver::resolve({ QStringLiteral("chained"), {}, {} }, env, &transport);
    ASSERT_TRUE(chained.ok()) << describe(chained.error);
    EXPECT_TRUE(whoAmI(chained.value).contains(QLatin1String("assumed-role/second/chained")))
        << whoAmI(chained.value).toStdString();

    // Without a role to assume: a typed configuration error, before any network call.
    QProcessEnvironment noRole = irsa;
    noRole.remove(QStringLiteral("AWS_ROLE_ARN"));
    const auto invalid = Api::ConnectionResolver::resolve({}, noRole, &transport);
    ASSERT_FALSE(invalid.ok());
    EXPECT_EQ(invalid.error->kind, Api::AwsError::Kind::Configuration);
    EXPECT_EQ(invalid.error->code, QStringLiteral("InvalidConfig"));
}

TEST_F(CredentialsTest, WebIdentityIsUnsignedRereadsTheTokenAndRefreshesBeforeExpiry)
{
    QStringList tokens;
    QList<bool> signedRequests;
    qint64 validForSecs = 240; // inside the 5 minute refresh window: every fetch refreshes
    StubServer sts([&](const StubRequest& request) {
        const QUrlQuery form(QString::fromUtf8(request.body));
        if (form.queryItemValue(QStringLiteral("Action")) != QLatin1String("AssumeRoleWithWebIdentity"))
            return StubResponse::awsError(QStringLiteral("InvalidAction"), QStringLiteral("no"), 400);
        signedRequests.append(
            !request.header("authorization").isEmpty() || !request.header("x-amz-security-token").isEmpty());
        const QString token = form.queryItemValue(QStringLiteral("WebIdentityToken"), QUrl::FullyDecoded);
        tokens.append(token);
        StubResponse response;
        response.headers = { { "Content-Type", "text/xml" } };
        if (token == QLatin1String("revoked")) {
            response.status = 400;
            response.body = "<ErrorResponse><Error><Type>Sender</Type><Code>InvalidIdentityToken</Code>"
                            "<Message>Token is expired</Message></Error><RequestId>req-1</RequestId></ErrorResponse>";
            return response;
        }
        const QString expiration = QDateTime::currentDateTimeUtc().addSecs(validForSecs).toString(Qt::ISODate);
        response.body
            = QStringLiteral("<AssumeRoleWithWebIdentityResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">"
                             "<AssumeRoleWithWebIdentityResult><Credentials><AccessKeyId>ASIAWEB%1</AccessKeyId>"
                             "<SecretAccessKey>web-secret</SecretAccessKey><SessionToken>web-session</SessionToken>"
                             "<Expiration>%2</Expiration></Credentials></AssumeRoleWithWebIdentityResult>"
                             "</AssumeRoleWithWebIdentityResponse>")
                  .arg(tokens.size())
                  .arg(expiration)
                  .toUtf8();
        return response;
    });
    ASSERT_TRUE(sts.listen());
    const QString tokenFile = home.path() + QLatin1String("/token");
    env.insert(QStringLiteral("AWS_WEB_IDENTITY_TOKEN_FILE"), tokenFile);
    env.insert(QStringLiteral("AWS_ROLE_ARN"), QStringLiteral("arn:aws:iam::123456789012:role/web"));
    env.insert(QStringLiteral("AWS_REGION"), QStringLiteral("eu-west-1"));
    env.insert(QStringLiteral("AWS_ENDPOINT_URL_STS"), sts.url().toString());
    auto connection = Api::ConnectionResolver::resolve({}, env, &transport);
    ASSERT_TRUE(connection.ok()) << describe(connection.error);

    // No token file yet: a typed error, and nothing is sent.
    const auto missing = fetchNow(connection.value.credentials);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error->kind, Api::AwsError::Kind::Credentials);
    EXPECT_EQ(missing.error->code, QStringLiteral("WebIdentityTokenMissing"));
    EXPECT_TRUE(tokens.isEmpty());

    write(QStringLiteral("token"), "first-token\n");
    const auto first = fetchNow(connection.value.credentials);
    ASSERT_TRUE(first.ok()) << describe(first.error);
    EXPECT_EQ(first.value.accessKeyId, QStringLiteral("ASIAWEB1"));
    // Expiring within the refresh window: the next fetch refreshes, with the rotated token.
    write(QStringLiteral("token"), "rotated-token");
    validForSecs = 3600;
    const auto second = fetchNow(connection.value.credentials);
    ASSERT_TRUE(second.ok()) << describe(second.error);
    EXPECT_EQ(second.value.accessKeyId, QStringLiteral("ASIAWEB2"));
    const auto third = fetchNow(connection.value.credentials);
    EXPECT_EQ(third.value.accessKeyId, QStringLiteral("ASIAWEB2")) << "valid for an hour: cached";
    EXPECT_EQ(tokens, (QStringList { QStringLiteral("first-token"), QStringLiteral("rotated-token") }));
    EXPECT_EQ(signedRequests, (QList<bool> { false, false })) << "AssumeRoleWithWebIdentity is unsigned";

    // STS refusing the token: its typed error, naming the role.
    write(QStringLiteral("token"), "revoked");
    auto fresh = Api::ConnectionResolver::resolve({}, env, &transport);
    ASSERT_TRUE(fresh.ok());
    const auto refused = fetchNow(fresh.value.credentials);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error->kind, Api::AwsError::Kind::Service);
    EXPECT_EQ(refused.error->code, QStringLiteral("InvalidIdentityToken"));
    EXPECT_EQ(refused.error->httpStatus, 400);
    EXPECT_TRUE(refused.error->message.contains(QLatin1String("role/web"))) << refused.error->message.toStdString();
}
