// SPDX-License-Identifier: MIT
// A custom connection through the window, inside a private D-Bus session with a real
// gnome-keyring: New Connection…, the keys go to the keychain (never to the settings file), the
// connection is selected, its keys are read back from the keychain and its clusters are listed.
// Run again as test_app_custom_connection_no_keychain with no reachable D-Bus session: the
// keychain is missing, the dialog keeps what was typed, says why, and the keys are kept for the
// session only (in memory, never in the settings file).

#include "api/ecs/ecsclient.h"
#include "common/testutil.h"
#include "local/localendpoint.h"
#include "models/clustermodel.h"
#include "ui/appsettings.h"
#include "ui/connectiondialog.h"
#include "ui/mainwindow.h"
#include "ui/messagebar.h"
#include "ui/panewidget.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace EcsDesk;
using EcsDesk::Testing::waitFor;

namespace {
/// No keychain: test_app_custom_connection_no_keychain gives a D-Bus address where there is no bus;
/// run by hand without any D-Bus session, the same.
bool keychainMissing()
{
    const QByteArray address = qgetenv("DBUS_SESSION_BUS_ADDRESS");
    return address.isEmpty() || address == "unix:path=/nonexistent/ecsdesk-test-bus";
}
} // namespace

TEST(CustomConnection, KeysInTheKeychainAndClustersListed)
{
    if (keychainMissing())
        GTEST_SKIP() << "needs the keyring of test_app_custom_connection";
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

TEST(CustomConnection, MissingKeychainKeepsTheConnectionAndTheKeysForTheSession)
{
    if (!keychainMissing())
        GTEST_SKIP() << "runs as test_app_custom_connection_no_keychain";
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
    Api::AwsReply* created = Api::EcsClient(config).createCluster(QStringLiteral("session-cluster"));
    ASSERT_TRUE(waitFor([created] { return created->isFinished(); }));
    ASSERT_TRUE(created->isOk());

    Ui::MainWindow::Options windowOptions;
    windowOptions.startLocal = false;
    Ui::MainWindow window(windowOptions);
    window.show();

    QString refusal;
    bool typedKept = false;
    auto* timer = new QTimer(&window);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [&] {
        auto* dialog = qobject_cast<Ui::ConnectionDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        if (dialog->nameEdit()->text().isEmpty()) {
            dialog->nameEdit()->setText(QStringLiteral("no keychain"));
            dialog->endpointEdit()->setText(endpoint.url().toString());
            dialog->regionEdit()->setText(endpoint.region());
            dialog->accessKeyEdit()->setText(endpoint.credentials().accessKeyId);
            dialog->secretKeyEdit()->setText(endpoint.credentials().secretAccessKey);
            dialog->accept(); // OK: the keychain is asked and refuses
            return;
        }
        if (dialog->isStoringKeys() || dialog->keychainError().isEmpty())
            return;
        timer->stop();
        refusal = dialog->keychainError();
        typedKept = dialog->isVisible() && dialog->nameEdit()->text() == QStringLiteral("no keychain")
            && dialog->secretKeyEdit()->text() == endpoint.credentials().secretAccessKey;
        ASSERT_TRUE(dialog->sessionOnlyButton()->isVisible());
        dialog->sessionOnlyButton()->click();
    });
    timer->start();
    window.action(QStringLiteral("newConnection"))->trigger();

    EXPECT_TRUE(typedKept) << "the dialog closed or lost what was typed";
    EXPECT_TRUE(refusal.contains(QStringLiteral("could not be stored"))) << refusal.toStdString();
    // The connection is there and works with the keys kept in memory.
    ASSERT_TRUE(waitFor([&] { return window.clusterModel()->rowCount() == 1; }, 20000));
    EXPECT_EQ(window.clusterModel()->rowAt(0).name, QStringLiteral("session-cluster"));
    ASSERT_EQ(Ui::AppSettings::instance().customConnections().size(), 1);
    EXPECT_EQ(Ui::AppSettings::instance().customConnections().first().name, QStringLiteral("no keychain"));

    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << settings.fileName().toStdString();
    const QByteArray stored = file.readAll();
    EXPECT_TRUE(stored.contains("no keychain"));
    EXPECT_FALSE(stored.contains(endpoint.credentials().secretAccessKey.toUtf8()));
    EXPECT_FALSE(stored.contains(endpoint.credentials().accessKeyId.toUtf8()));
    QSettings().clear();
}

TEST(CustomConnection, SavedConnectionWithoutKeysOffersToEnterThem)
{
    if (!keychainMissing())
        GTEST_SKIP() << "runs as test_app_custom_connection_no_keychain";
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
    Api::AwsReply* created = Api::EcsClient(config).createCluster(QStringLiteral("saved-cluster"));
    ASSERT_TRUE(waitFor([created] { return created->isFinished(); }));
    ASSERT_TRUE(created->isOk());
    // Saved in an earlier session whose keys were kept in memory only.
    Ui::AppSettings::instance().setCustomConnections(
        { { QStringLiteral("saved"), endpoint.url(), endpoint.region() } });

    Ui::MainWindow::Options windowOptions;
    windowOptions.startLocal = false;
    Ui::MainWindow window(windowOptions);
    window.show();
    auto* navigator = window.findChild<QTreeWidget*>(QStringLiteral("navigator"));
    ASSERT_TRUE(navigator);
    QTreeWidgetItem* saved = nullptr;
    for (int i = 0; i < navigator->topLevelItemCount(); ++i) {
        if (navigator->topLevelItem(i)->text(0) == QStringLiteral("saved"))
            saved = navigator->topLevelItem(i);
    }
    ASSERT_TRUE(saved);
    navigator->setCurrentItem(saved);
    Ui::MessageBar* bar = window.clustersPane()->messageBar();
    ASSERT_TRUE(waitFor([&] { return bar->text().contains(QStringLiteral("could not be read")); }, 20000))
        << bar->text().toStdString();
    ASSERT_TRUE(bar->actionButton()->isVisible());

    QString prefilled;
    auto* timer = new QTimer(&window);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [&] {
        auto* dialog = qobject_cast<Ui::ConnectionDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        if (prefilled.isEmpty()) {
            prefilled = dialog->nameEdit()->text() + QLatin1Char('|') + dialog->endpointEdit()->text();
            dialog->accessKeyEdit()->setText(endpoint.credentials().accessKeyId);
            dialog->secretKeyEdit()->setText(endpoint.credentials().secretAccessKey);
            dialog->accept();
            return;
        }
        if (!dialog->sessionOnlyButton()->isVisible())
            return;
        timer->stop();
        dialog->sessionOnlyButton()->click();
    });
    timer->start();
    bar->actionButton()->click(); // "Enter Keys…"

    EXPECT_EQ(prefilled, QStringLiteral("saved|") + endpoint.url().toString());
    ASSERT_TRUE(waitFor([&] { return window.clusterModel()->rowCount() == 1; }, 20000));
    EXPECT_EQ(window.clusterModel()->rowAt(0).name, QStringLiteral("saved-cluster"));
    EXPECT_EQ(Ui::AppSettings::instance().customConnections().size(), 1);
    QSettings().clear();
}
