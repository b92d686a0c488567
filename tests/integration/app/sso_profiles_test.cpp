// SPDX-License-Identifier: MIT
// Profiles from a temporary HOME's ~/.aws/config and credentials (static keys, an assumed role,
// an IAM Identity Center profile whose cached sign-in has expired) in the window's navigator, each
// with its region; choosing the expired SSO profile says "session expired, sign in again" in
// place, and its button runs `aws sso login --profile X` (a script on PATH standing in for the
// CLI, which needs a browser: it records its arguments and caches a fresh token). After it exits
// with 0 the window reconnects: the SSO portal (a loopback stand-in answering GetRoleCredentials
// with the embedded endpoint's keys) is asked again and the profile's clusters are listed.

#include "api/auth/connection.h"
#include "api/ecs/ecsclient.h"
#include "common/testutil.h"
#include "local/localendpoint.h"
#include "models/clustermodel.h"
#include "ui/mainwindow.h"
#include "ui/messagebar.h"
#include "ui/panewidget.h"
#include "ui/ssologindialog.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace EcsDesk;
using EcsDesk::Testing::waitFor;

namespace {

bool writeFile(const QString& path, const QByteArray& text, bool executable = false)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text) != text.size())
        return false;
    file.close();
    if (executable)
        file.setPermissions(file.permissions() | QFileDevice::ExeOwner | QFileDevice::ExeUser);
    return true;
}

/// The IAM Identity Center portal's GetRoleCredentials, on loopback: answers with `credentials`
/// when the bearer token is `validToken`, else 401 UnauthorizedException, and counts the calls.
class FakeSsoPortal : public QTcpServer {
public:
    FakeSsoPortal(Api::Credentials credentials, QByteArray validToken)
        : m_credentials(std::move(credentials))
        , m_validToken(std::move(validToken))
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_buffer[socket] += socket->readAll();
                    if (!m_buffer[socket].contains("\r\n\r\n"))
                        return;
                    answer(socket, m_buffer.take(socket));
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    int calls = 0;
    QByteArray lastRequestLine;

private:
    void answer(QTcpSocket* socket, const QByteArray& request)
    {
        ++calls;
        lastRequestLine = request.left(request.indexOf("\r\n"));
        QByteArray token;
        for (const QByteArray& line : request.split('\n')) {
            if (line.toLower().startsWith("x-amz-sso_bearer_token:"))
                token = line.mid(line.indexOf(':') + 1).trimmed();
        }
        QByteArray status = "200 OK";
        QByteArray body;
        if (token == m_validToken) {
            body = QJsonDocument(QJsonObject { { QStringLiteral("roleCredentials"),
                                     QJsonObject { { QStringLiteral("accessKeyId"), m_credentials.accessKeyId },
                                         { QStringLiteral("secretAccessKey"), m_credentials.secretAccessKey },
                                         { QStringLiteral("expiration"),
                                             double(QDateTime::currentMSecsSinceEpoch() + 3600 * 1000) } } } })
                       .toJson(QJsonDocument::Compact);
        } else {
            status = "401 Unauthorized";
            body = R"({"message":"Session token not found or invalid"})";
        }
        socket->write("HTTP/1.1 " + status + "\r\nContent-Type: application/json\r\nx-amzn-ErrorType: "
            + (token == m_validToken ? QByteArray("none") : QByteArray("UnauthorizedException"))
            + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
        socket->disconnectFromHost();
    }

    Api::Credentials m_credentials;
    QByteArray m_validToken;
    QHash<QTcpSocket*, QByteArray> m_buffer;
};

} // namespace

TEST(SsoAndProfiles, NavigatorListsProfilesAndExpiredSsoSignsInAgainThenReconnects)
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QTemporaryDir home;
    ASSERT_TRUE(home.isValid());

    // The embedded endpoint stands in for ECS behind the SSO profile (its endpoint_url).
    QTemporaryDir data;
    Local::LocalEndpoint endpoint;
    Local::LocalEndpointOptions endpointOptions;
    endpointOptions.dataDir = data.path();
    QString error;
    ASSERT_TRUE(endpoint.start(endpointOptions, &error)) << error.toStdString();
    {
        Api::AwsTransport transport;
        Api::ClientConfig config;
        config.transport = &transport;
        config.region = endpoint.region().toLatin1();
        config.endpointUrl = endpoint.url();
        config.credentials
            = std::make_shared<Api::StaticCredentialsProvider>(endpoint.credentials(), QStringLiteral("test"));
        Api::AwsReply* created = Api::EcsClient(config).createCluster(QStringLiteral("sso-cluster"));
        ASSERT_TRUE(waitFor([created] { return created->isFinished(); }, 20000));
        ASSERT_TRUE(created->isOk());
        created->deleteLater();
    }
    FakeSsoPortal portal(endpoint.credentials(), "fresh-token");
    ASSERT_TRUE(portal.listen(QHostAddress::LocalHost));

    const QString aws = home.path() + QLatin1String("/.aws/");
    ASSERT_TRUE(writeFile(aws + QLatin1String("config"),
        "[profile static]\nregion = eu-west-1\n\n"
        "[profile deploy]\nrole_arn = arn:aws:iam::123456789012:role/Deploy\nsource_profile = static\n"
        "region = us-west-2\n\n"
        "[profile corp-admin]\nsso_session = corp\nsso_account_id = 123456789012\nsso_role_name = Admin\n"
        "region = "
            + endpoint.region().toUtf8() + "\nendpoint_url = " + endpoint.url().toString().toUtf8()
            + "\n\n"
              "[sso-session corp]\nsso_start_url = https://corp.awsapps.com/start\nsso_region = eu-central-1\n"
              "sso_registration_scopes = sso:account:access\n"));
    ASSERT_TRUE(writeFile(aws + QLatin1String("credentials"),
        "[static]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\n"
        "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n"));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home.path());
    const QString cache = Api::ConnectionResolver::ssoCachePath(QStringLiteral("corp"), environment);
    ASSERT_TRUE(writeFile(cache,
        R"({"startUrl": "https://corp.awsapps.com/start", "region": "eu-central-1", "accessToken": "stale-token", )"
        R"("expiresAt": "2024-01-01T00:00:00Z"})"));

    // `aws` on PATH: records its arguments and output, caches a fresh token, exits 0.
    const QString bin = home.path() + QLatin1String("/bin");
    const QString argsFile = home.path() + QLatin1String("/aws-args.txt");
    ASSERT_TRUE(writeFile(bin + QLatin1String("/aws"),
        "#!/bin/sh\nprintf '%s\\n' \"$@\" > '" + argsFile.toUtf8()
            + "'\n"
              "echo 'Attempting to automatically open the SSO authorization page in your default browser.'\n"
              "echo 'Successfully logged into Start URL: https://corp.awsapps.com/start'\n"
              "cat > '"
            + cache.toUtf8()
            + "' <<EOF\n"
              "{\"startUrl\": \"https://corp.awsapps.com/start\", \"region\": \"eu-central-1\", "
              "\"accessToken\": \"fresh-token\", \"expiresAt\": \"2099-01-01T00:00:00Z\"}\nEOF\n",
        true));

    qputenv("HOME", home.path().toUtf8());
    qputenv("PATH", bin.toUtf8() + ':' + qgetenv("PATH"));
    qputenv("AWS_ENDPOINT_URL_SSO", QByteArray("http://127.0.0.1:") + QByteArray::number(portal.serverPort()));
    for (const char* name : { "AWS_CONFIG_FILE", "AWS_SHARED_CREDENTIALS_FILE", "AWS_PROFILE", "AWS_REGION",
             "AWS_DEFAULT_REGION", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_ENDPOINT_URL" })
        qunsetenv(name);

    Ui::MainWindow::Options options;
    options.startLocal = false;
    options.offerEditorRecovery = false;
    Ui::MainWindow window(options);
    window.show();

    // Every profile, with its region.
    auto* navigator = window.findChild<QTreeWidget*>(QStringLiteral("navigator"));
    ASSERT_NE(navigator, nullptr);
    QHash<QString, QTreeWidgetItem*> profiles;
    for (int i = 0; i < navigator->topLevelItemCount(); ++i)
        profiles.insert(navigator->topLevelItem(i)->text(0), navigator->topLevelItem(i));
    const QString corp = QStringLiteral("Profile corp-admin (%1)").arg(endpoint.region());
    EXPECT_TRUE(profiles.contains(QStringLiteral("Profile static (eu-west-1)")))
        << profiles.keys().join(u'|').toStdString();
    EXPECT_TRUE(profiles.contains(QStringLiteral("Profile deploy (us-west-2)")));
    ASSERT_TRUE(profiles.contains(corp));
    EXPECT_EQ(profiles.size(), 3);
    EXPECT_TRUE(profiles.value(corp)->toolTip(0).contains(QLatin1String("SSO")));

    // The expired SSO profile: the message in place, with its action; no modal box.
    navigator->setCurrentItem(profiles.value(corp));
    Ui::MessageBar* bar = window.clustersPane()->messageBar();
    ASSERT_TRUE(waitFor([&] { return bar->isVisible() && bar->actionButton()->isVisible(); }, 20000))
        << bar->text().toStdString();
    EXPECT_EQ(QApplication::activeModalWidget(), nullptr);
    EXPECT_TRUE(bar->text().contains(QLatin1String("expired"))) << bar->text().toStdString();
    EXPECT_TRUE(bar->text().contains(QLatin1String("sign in again"))) << bar->text().toStdString();
    EXPECT_TRUE(bar->text().contains(QLatin1String("corp-admin")));
    EXPECT_EQ(window.clusterModel()->rowCount(), 0);
    EXPECT_EQ(portal.calls, 0); // the expired token was never sent

    // ECSDESK_SCREENSHOT_DIR=dir saves the window with the message, and the sign-in window.
    const QString shots = qEnvironmentVariable("ECSDESK_SCREENSHOT_DIR");
    if (!shots.isEmpty())
        window.grab().save(shots + QLatin1String("/sso-expired.png"));
    bar->actionButton()->click();
    QPointer<Ui::SsoLoginDialog> login = window.findChild<Ui::SsoLoginDialog*>();
    ASSERT_NE(login, nullptr);

    EXPECT_EQ(login->profile(), QStringLiteral("corp-admin"));
    // After `aws` exits 0 the window reconnects and lists the profile's clusters.
    ASSERT_TRUE(waitFor([&] { return window.clusterModel()->rowCount() == 1; }, 30000)) << bar->text().toStdString();
    EXPECT_EQ(window.clusterModel()->rowAt(0).name, QStringLiteral("sso-cluster"));
    EXPECT_GE(portal.calls, 1);
    EXPECT_TRUE(portal.lastRequestLine.contains("role_name=Admin")) << portal.lastRequestLine.toStdString();
    QFile args(argsFile);
    ASSERT_TRUE(args.open(QIODevice::ReadOnly));
    EXPECT_EQ(args.readAll(), QByteArray("sso\nlogin\n--profile\ncorp-admin\n"));
}

TEST(SsoAndProfiles, LoginDialogShowsOutputAndReportsFailure)
{
    QTemporaryDir bin;
    ASSERT_TRUE(writeFile(bin.path() + QLatin1String("/aws"),
        "#!/bin/sh\necho 'Error when retrieving token from sso: Token has expired and refresh failed' >&2\nexit 255\n",
        true));
    Ui::SsoLoginDialog dialog(QStringLiteral("corp-admin"));
    QSignalSpy failed(&dialog, &Ui::SsoLoginDialog::failed);
    QSignalSpy succeeded(&dialog, &Ui::SsoLoginDialog::succeeded);
    dialog.start(bin.path() + QLatin1String("/aws"));
    ASSERT_TRUE(waitFor([&] { return failed.count() == 1; }, 20000));
    EXPECT_EQ(succeeded.count(), 0);
    EXPECT_TRUE(failed.at(0).at(0).toString().contains(QLatin1String("255")));
    EXPECT_TRUE(dialog.output().contains(QLatin1String("Token has expired"))) << dialog.output().toStdString();
    if (const QString shots = qEnvironmentVariable("ECSDESK_SCREENSHOT_DIR"); !shots.isEmpty()) {
        dialog.show();
        dialog.grab().save(shots + QLatin1String("/sso-login-failed.png"));
    }

    // No AWS CLI at all: said so, with the command to run by hand.
    Ui::SsoLoginDialog missing(QStringLiteral("corp-admin"));
    QSignalSpy missingFailed(&missing, &Ui::SsoLoginDialog::failed);
    missing.start(bin.path() + QLatin1String("/no-such-aws"));
    ASSERT_TRUE(waitFor([&] { return missingFailed.count() == 1; }, 20000));
    EXPECT_TRUE(missingFailed.at(0).at(0).toString().contains(QLatin1String("aws sso login --profile corp-admin")));
}
