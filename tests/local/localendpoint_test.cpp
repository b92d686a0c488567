// SPDX-License-Identifier: MIT
#include "local/localendpoint.h"

#include "api/auth/sigv4.h"
#include "common/testutil.h"

#include <QCoreApplication>
#include <QFile>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

using namespace EcsDesk::Local;
namespace SigV4 = EcsDesk::Api::SigV4;

namespace {

/// Sends one signed ECS call to a running endpoint over a real socket; returns the raw answer.
QByteArray signedCall(const LocalEndpoint& endpoint, const QByteArray& operation, const QByteArray& body)
{
    SigV4::Request request;
    request.method = "POST";
    request.url = endpoint.url();
    request.headers = { { "X-Amz-Target", "AmazonEC2ContainerServiceV20141113." + operation },
        { "Content-Type", "application/x-amz-json-1.1" } };
    request.body = body;
    SigV4::sign(request, endpoint.credentials(), endpoint.region().toLatin1(), "ecs", QDateTime::currentDateTimeUtc());
    QByteArray raw = "POST / HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(endpoint.port()) + "\r\n";
    for (const auto& [name, value] : request.headers)
        raw += name + ": " + value + "\r\n";
    raw += "Connection: close\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, endpoint.port());
    EXPECT_TRUE(socket.waitForConnected(3000));
    socket.write(raw);
    QByteArray answer;
    EcsDesk::Testing::waitFor([&] {
        answer += socket.readAll();
        return socket.state() == QAbstractSocket::UnconnectedState;
    });
    return answer + socket.readAll();
}

} // namespace

TEST(LocalEndpoint, StartsOnAFreeLoopbackPortWithOwnerOnlyCredentials)
{
    QTemporaryDir dir;
    LocalEndpoint endpoint;
    LocalEndpointOptions options;
    options.dataDir = dir.path();
    QString error;
    ASSERT_TRUE(endpoint.start(options, &error)) << error.toStdString();
    EXPECT_TRUE(endpoint.isRunning());
    EXPECT_NE(endpoint.port(), 0);
    EXPECT_EQ(endpoint.url().host(), QStringLiteral("127.0.0.1"));
    EXPECT_EQ(endpoint.region(), QStringLiteral("us-east-1"));
    EXPECT_TRUE(endpoint.credentials().isValid());
    EXPECT_EQ(endpoint.accountId().size(), 12);
    EXPECT_EQ(QFile::permissions(dir.filePath(QStringLiteral("credentials.json"))),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser);

    const QByteArray created = signedCall(endpoint, "CreateCluster", R"({"clusterName":"embedded"})");
    EXPECT_TRUE(created.startsWith("HTTP/1.1 200")) << created.toStdString();
    EXPECT_TRUE(created.contains("x-amzn-RequestId: "));
}

TEST(LocalEndpoint, RestartOnTheSameDataDirKeepsStateAndCredentials)
{
    QTemporaryDir dir;
    LocalEndpointOptions options;
    options.dataDir = dir.path();
    QString error;
    EcsDesk::Api::Credentials first;
    {
        LocalEndpoint endpoint;
        ASSERT_TRUE(endpoint.start(options, &error)) << error.toStdString();
        first = endpoint.credentials();
        ASSERT_TRUE(signedCall(endpoint, "CreateCluster", R"({"clusterName":"kept"})").startsWith("HTTP/1.1 200"));
    }
    LocalEndpoint endpoint;
    ASSERT_TRUE(endpoint.start(options, &error)) << error.toStdString();
    EXPECT_EQ(endpoint.credentials().accessKeyId, first.accessKeyId);
    EXPECT_EQ(endpoint.credentials().secretAccessKey, first.secretAccessKey);
    const QByteArray listed = signedCall(endpoint, "ListClusters", "{}");
    EXPECT_TRUE(listed.contains("cluster/kept")) << listed.toStdString();
}

TEST(LocalEndpoint, DemoSeedIsRequestedOnAnEmptyDataDirOnly)
{
    QTemporaryDir dir;
    LocalEndpointOptions options;
    options.dataDir = dir.path();
    options.seed = QStringLiteral("demo");
    LocalEndpoint endpoint;
    QSignalSpy spy(&endpoint, &LocalEndpoint::seedRequested);
    QString error;
    ASSERT_TRUE(endpoint.start(options, &error));
    EXPECT_TRUE(EcsDesk::Testing::waitFor([&] { return spy.count() == 1; }, 3000));
    EXPECT_EQ(spy.at(0).at(0).toString(), QStringLiteral("demo"));
}

TEST(LocalEndpoint, RejectsBadOptionsWithAClearError)
{
    QTemporaryDir dir;
    LocalEndpoint endpoint;
    LocalEndpointOptions options;
    QString error;
    EXPECT_FALSE(endpoint.start(options, &error));
    EXPECT_FALSE(error.isEmpty());
    options.dataDir = dir.path();
    options.seed = QStringLiteral("everything");
    EXPECT_FALSE(endpoint.start(options, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("everything")));
    options.seed = QStringLiteral("none");
    options.faultRate = 1.5;
    EXPECT_FALSE(endpoint.start(options, &error));
    EXPECT_FALSE(endpoint.isRunning());
}

// Issue 25 point 11: the account lives in the store; removing a damaged credentials.json makes
// new keys for the same account, so every stored resource is still there.
TEST(LocalEndpoint, NewCredentialsKeepTheStoredAccount)
{
    QTemporaryDir dir;
    LocalEndpointOptions options;
    options.dataDir = dir.path();
    QString error;
    QString account;
    EcsDesk::Api::Credentials first;
    {
        LocalEndpoint endpoint;
        ASSERT_TRUE(endpoint.start(options, &error)) << error.toStdString();
        account = endpoint.accountId();
        first = endpoint.credentials();
        ASSERT_TRUE(signedCall(endpoint, "CreateCluster", R"({"clusterName":"kept"})").startsWith("HTTP/1.1 200"));
    }
    const QString credentials = dir.filePath(QStringLiteral("credentials.json"));
    {
        QFile file(credentials);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("{\"accountId\": \"12");
    }
    {
        LocalEndpoint endpoint;
        EXPECT_FALSE(endpoint.start(options, &error));
        EXPECT_TRUE(error.contains(QStringLiteral("credentials.json"))) << error.toStdString();
        EXPECT_TRUE(error.contains(account)) << "the message says the account is kept: " << error.toStdString();
    }
    ASSERT_TRUE(QFile::remove(credentials));
    LocalEndpoint endpoint;
    ASSERT_TRUE(endpoint.start(options, &error)) << error.toStdString();
    EXPECT_NE(endpoint.credentials().accessKeyId, first.accessKeyId);
    EXPECT_EQ(endpoint.accountId(), account);
    const QByteArray listed = signedCall(endpoint, "ListClusters", "{}");
    EXPECT_TRUE(listed.contains(QByteArray(":" + account.toLatin1() + ":cluster/kept"))) << listed.toStdString();
}

// Issue 25 point 6: a request without a signature is refused from its head; the endpoint does
// not wait for (or buffer) the megabytes its Content-Length announces.
TEST(LocalEndpoint, AnUnsignedRequestIsRefusedWithoutReadingItsBody)
{
    QTemporaryDir dir;
    LocalEndpointOptions options;
    options.dataDir = dir.path();
    options.limits.requestTimeoutMs = 60000;
    LocalEndpoint endpoint;
    QString error;
    ASSERT_TRUE(endpoint.start(options, &error)) << error.toStdString();
    for (const QByteArray& authorization : { QByteArray(), QByteArray("Authorization: AWS4-HMAC-SHA256 nonsense\r\n"),
             QByteArray("Authorization: AWS4-HMAC-SHA256 Credential=AKIAOTHER/20260101/us-east-1/ecs/aws4_request, "
                        "SignedHeaders=host, Signature=00\r\n") }) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, endpoint.port());
        ASSERT_TRUE(socket.waitForConnected(3000));
        socket.write("POST / HTTP/1.1\r\nHost: x\r\nX-Amz-Target: AmazonEC2ContainerServiceV20141113.ListClusters\r\n"
                     "Content-Type: application/x-amz-json-1.1\r\n"
            + authorization + "Content-Length: 8000000\r\n\r\n{");
        QByteArray answer;
        EXPECT_TRUE(EcsDesk::Testing::waitFor(
            [&] {
                answer += socket.readAll();
                return answer.contains("\r\n\r\n") || socket.state() == QAbstractSocket::UnconnectedState;
            },
            20000));
        EXPECT_TRUE(answer.startsWith("HTTP/1.1 4")) << answer.toStdString();
        EXPECT_TRUE(answer.contains("Exception")) << answer.toStdString();
    }
}

// Issue 25 point 7, end to end: idle and half-sent connections up to the cap do not lock a
// signed client out of the endpoint.
TEST(LocalEndpoint, IdleConnectionsDoNotLockOutASignedClient)
{
    QTemporaryDir dir;
    LocalEndpointOptions options;
    options.dataDir = dir.path();
    options.limits.maxConnections = 200;
    LocalEndpoint endpoint;
    QString error;
    ASSERT_TRUE(endpoint.start(options, &error)) << error.toStdString();
    std::vector<std::unique_ptr<QTcpSocket>> idle;
    for (int i = 0; i < 300; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(QHostAddress::LocalHost, endpoint.port());
        ASSERT_TRUE(socket->waitForConnected(3000));
        if (i % 2)
            socket->write("POST / HTTP/1.1\r\nHost: x\r\nX-Amz-Ta");
        idle.push_back(std::move(socket));
        if (i % 25 == 0)
            QCoreApplication::processEvents();
    }
    const QByteArray listed = signedCall(endpoint, "ListClusters", "{}");
    EXPECT_TRUE(listed.startsWith("HTTP/1.1 200")) << listed.toStdString();
}
