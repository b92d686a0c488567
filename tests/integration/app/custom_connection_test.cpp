// A custom connection through the window, inside a private D-Bus session with a real
// gnome-keyring: New Connection…, the keys go to the keychain (never to the settings file), the
// connection is selected, its keys are read back from the keychain and its clusters are listed.

#include "api/ecs/ecsclient.h"
#include "common/testutil.h"
#include "local/localendpoint.h"
#include "models/clustermodel.h"
#include "ui/connectiondialog.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <gtest/gtest.h>

using namespace EcsDesk;
using EcsDesk::Testing::waitFor;

TEST(CustomConnection, KeysInTheKeychainAndClustersListed)
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    qputenv("AWS_CONFIG_FILE", "/nonexistent/config");
    qputenv("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent/credentials");

    QTemporaryDir dir;
    Local::LocalEndpoint endpoint;
    Local::LocalEndpointOptions options;
    options.dataDir = dir.path();
    QString error;
    ASSERT_TRUE(endpoint.start(options, &error)) << error.toStdString();
    Api::AwsTransport transport;
    Api::ClientConfig config;
    config.transport = &transport;
    config.region = endpoint.region().toLatin1();
    config.endpointUrl = endpoint.url();
    config.credentials
        = std::make_shared<Api::StaticCredentialsProvider>(endpoint.credentials(), QStringLiteral("test"));
    Api::AwsReply* created = Api::EcsClient(config).createCluster(QStringLiteral("custom-cluster"));
    ASSERT_TRUE(waitFor([created] { return created->isFinished(); }));
    ASSERT_TRUE(created->isOk());

    Ui::MainWindow::Options windowOptions;
    windowOptions.startLocal = false;
    Ui::MainWindow window(windowOptions);
    window.show();

    auto* timer = new QTimer(&window);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [&] {
        if (auto* dialog = qobject_cast<Ui::ConnectionDialog*>(QApplication::activeModalWidget())) {
            timer->stop();
            dialog->nameEdit()->setText(QStringLiteral("my endpoint"));
            dialog->endpointEdit()->setText(endpoint.url().toString());
            dialog->regionEdit()->setText(endpoint.region());
            dialog->accessKeyEdit()->setText(endpoint.credentials().accessKeyId);
            dialog->secretKeyEdit()->setText(endpoint.credentials().secretAccessKey);
            dialog->accept();
        }
    });
    timer->start();
    window.action(QStringLiteral("newConnection"))->trigger();

    ASSERT_TRUE(waitFor([&] { return window.clusterModel()->rowCount() == 1; }, 20000));
    EXPECT_EQ(window.clusterModel()->rowAt(0).name, QStringLiteral("custom-cluster"));

    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << settings.fileName().toStdString();
    const QByteArray stored = file.readAll();
    EXPECT_TRUE(stored.contains("my endpoint"));
    EXPECT_FALSE(stored.contains(endpoint.credentials().secretAccessKey.toUtf8()));
    EXPECT_FALSE(stored.contains(endpoint.credentials().accessKeyId.toUtf8()));
    QSettings().clear();
}
