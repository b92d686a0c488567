// SPDX-License-Identifier: MIT
// The transport's own HTTP/1.1 client against a scripted loopback server that writes raw bytes:
// keep-alive reuse, chunked, 100 Continue and until-close bodies, a kept-alive connection the
// server closed (sent again), malformed and oversized answers, resets, refused connections,
// aborts, the per-host connection limit and the request's wire form.

#include "api/core/httpclient.h"
#include "common/testutil.h"

#include "api/core/awstransport.h"
#include "api/core/proxysettings.h"

#include <QNetworkProxy>
#include <QPointer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

using namespace EcsDesk;
using Api::HttpClient;
using Api::HttpExchange;

namespace {

/// A loopback server whose answers the test writes byte for byte. The script sees each complete
/// request (head and Content-Length body) with its connection and the request's number on it.
class ScriptedServer {
public:
    struct Request {
        QByteArray head; ///< request line and headers
        QByteArray body;
    };
    using Script = std::function<void(QTcpSocket* socket, const Request& request, int numberOnConnection)>;

    /// Plain TCP, or TLS with `tls` (a certificate and its key).
    explicit ScriptedServer(Script script, std::optional<QSslConfiguration> tls = std::nullopt)
        : m_script(std::move(script))
    {
        if (tls) {
            auto* server = new QSslServer;
            server->setSslConfiguration(*tls);
            m_server.reset(server);
        } else {
            m_server.reset(new QTcpServer);
        }
        // Announced when a connection is ready: for TLS, after the server's handshake.
        QObject::connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, m_server.get(), [this] {
            while (QTcpSocket* socket = m_server->nextPendingConnection()) {
                ++m_connections;
                ++m_open;
                m_maxOpen = std::max(m_maxOpen, m_open);
                auto buffer = std::make_shared<QByteArray>();
                auto count = std::make_shared<int>(0);
                QObject::connect(socket, &QTcpSocket::disconnected, socket, [this, socket] {
                    --m_open;
                    socket->deleteLater();
                });
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer, count] {
                    *buffer += socket->readAll();
                    for (;;) {
                        const qsizetype end = buffer->indexOf("\r\n\r\n");
                        if (end < 0)
                            return;
                        Request request;
                        request.head = buffer->left(end);
                        qsizetype length = 0;
                        for (const QByteArray& line : request.head.split('\n'))
                            if (line.toLower().startsWith("content-length:"))
                                length = line.mid(15).trimmed().toLongLong();
                        if (buffer->size() < end + 4 + length)
                            return;
                        request.body = buffer->mid(end + 4, length);
                        buffer->remove(0, end + 4 + length);
                        m_requests.append(request);
                        m_script(socket, request, ++*count);
                        if (socket->state() != QAbstractSocket::ConnectedState)
                            return;
                    }
                });
            }
        });
        m_server->listen(QHostAddress::LocalHost);
    }

    QUrl url(const QString& path = QStringLiteral("/")) const
    {
        const bool tls = qobject_cast<QSslServer*>(m_server.get()) != nullptr;
        return QUrl(QStringLiteral("%1://127.0.0.1:%2%3")
                        .arg(tls ? QStringLiteral("https") : QStringLiteral("http"))
                        .arg(m_server->serverPort())
                        .arg(path));
    }
    int connections() const { return m_connections; }
    int maxOpen() const { return m_maxOpen; }
    const QList<Request>& requests() const { return m_requests; }

    static QByteArray answer(const QByteArray& body, const QByteArray& extraHeaders = {})
    {
        return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
            + "\r\n" + extraHeaders + "\r\n" + body;
    }

private:
    std::unique_ptr<QTcpServer> m_server;
    Script m_script;
    int m_connections = 0;
    int m_open = 0;
    int m_maxOpen = 0;
    QList<Request> m_requests;
};

/// Sends and waits; the exchange stays alive (parented to the client) for inspection.
HttpExchange* run(HttpClient& client, const QUrl& url, const QByteArray& body = "{}", const QByteArray& method = "POST",
    int timeoutMs = 10000)
{
    HttpExchange* exchange = client.send(url, method, { { "X-Amz-Target", "Test.Op" } }, body);
    int finishedSignals = 0;
    QObject::connect(exchange, &HttpExchange::finished, exchange, [&finishedSignals] { ++finishedSignals; });
    EXPECT_TRUE(Testing::waitFor([exchange] { return exchange->isFinished(); }, timeoutMs)) << "the exchange hung";
    QCoreApplication::processEvents();
    EXPECT_EQ(finishedSignals, 1);
    return exchange;
}

} // namespace

TEST(HttpClient, KeepsTheConnectionAliveAndWritesAWellFormedRequest)
{
    ScriptedServer server([](QTcpSocket* socket, const ScriptedServer::Request& request, int) {
        socket->write(ScriptedServer::answer(
            "{\"echo\":" + QByteArray::number(request.body.size()) + "}", "x-amzn-RequestId: req-1\r\n"));
    });
    HttpClient client;
    HttpExchange* first = run(client, server.url(QStringLiteral("/path?a=1&b=x%20y")), "{\"k\":1}");
    ASSERT_EQ(first->error(), HttpExchange::Error::None) << first->errorString().toStdString();
    EXPECT_EQ(first->status(), 200);
    EXPECT_EQ(first->body(), "{\"echo\":7}");
    EXPECT_EQ(first->header("X-AMZN-REQUESTID"), "req-1");
    HttpExchange* second = run(client, server.url(), "{}");
    EXPECT_EQ(second->error(), HttpExchange::Error::None);
    EXPECT_EQ(server.connections(), 1) << "the second request must reuse the kept-alive connection";
    EXPECT_EQ(client.connectionsOpened(), 1);

    ASSERT_EQ(server.requests().size(), 2);
    const QByteArray head = server.requests().first().head;
    EXPECT_TRUE(head.startsWith("POST /path?a=1&b=x%20y HTTP/1.1\r\n")) << head.constData();
    const QByteArray host = "\r\nHost: 127.0.0.1:" + QByteArray::number(server.url().port());
    EXPECT_TRUE(head.contains(host)) << head.constData();
    EXPECT_TRUE(head.contains("\r\nContent-Length: 7")) << head.constData();
    EXPECT_TRUE(head.contains("\r\nX-Amz-Target: Test.Op")) << head.constData();
    EXPECT_EQ(server.requests().first().body, "{\"k\":1}");
}

TEST(HttpClient, ChunkedContinueAndUntilCloseBodies)
{
    ScriptedServer server([](QTcpSocket* socket, const ScriptedServer::Request& request, int) {
        if (request.head.startsWith("POST /chunked")) {
            // Split across writes, with a chunk extension and a trailer.
            socket->write("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5;ext=1\r\nhel");
            socket->flush();
            socket->write("lo\r\n6\r\n world\r\n0\r\nX-Trailer: t\r\n\r\n");
        } else if (request.head.startsWith("POST /continue")) {
            socket->write("HTTP/1.1 100 Continue\r\n\r\n" + ScriptedServer::answer("after continue"));
        } else {
            socket->write("HTTP/1.1 200 OK\r\nConnection: close\r\n\r\nuntil the end");
            socket->disconnectFromHost();
        }
    });
    HttpClient client;
    HttpExchange* chunked = run(client, server.url(QStringLiteral("/chunked")));
    ASSERT_EQ(chunked->error(), HttpExchange::Error::None) << chunked->errorString().toStdString();
    EXPECT_EQ(chunked->body(), "hello world");
    HttpExchange* continued = run(client, server.url(QStringLiteral("/continue")));
    ASSERT_EQ(continued->error(), HttpExchange::Error::None) << continued->errorString().toStdString();
    EXPECT_EQ(continued->status(), 200);
    EXPECT_EQ(continued->body(), "after continue");
    HttpExchange* untilClose = run(client, server.url(QStringLiteral("/close")));
    ASSERT_EQ(untilClose->error(), HttpExchange::Error::None) << untilClose->errorString().toStdString();
    EXPECT_EQ(untilClose->body(), "until the end");
    // After a Connection: close answer, the next request opens a new connection.
    HttpExchange* again = run(client, server.url(QStringLiteral("/chunked")));
    EXPECT_EQ(again->body(), "hello world");
    EXPECT_EQ(server.connections(), 2);
}

TEST(HttpClient, ARequestOnAConnectionTheServerClosedIsSentAgain)
{
    // The server answers the first request of a connection and drops the connection on the
    // second one without answering: what the client sees when a server's keep-alive timeout
    // closes the connection just as a request goes out on it.
    ScriptedServer server([](QTcpSocket* socket, const ScriptedServer::Request&, int number) {
        if (number == 1)
            socket->write(ScriptedServer::answer("ok"));
        else
            socket->abort();
    });
    HttpClient client;
    EXPECT_EQ(run(client, server.url())->body(), "ok");
    HttpExchange* second = run(client, server.url());
    ASSERT_EQ(second->error(), HttpExchange::Error::None) << second->errorString().toStdString();
    EXPECT_EQ(second->body(), "ok");
    EXPECT_EQ(server.connections(), 2);
}

TEST(HttpClient, BrokenAnswersEndInTypedErrors)
{
    ScriptedServer server([](QTcpSocket* socket, const ScriptedServer::Request& request, int) {
        if (request.head.startsWith("POST /garbage")) {
            socket->write("<html>not http</html>\r\n\r\n");
        } else if (request.head.startsWith("POST /huge")) {
            socket->write("HTTP/1.1 200 OK\r\nContent-Length: 10485760\r\n\r\n{");
        } else if (request.head.startsWith("POST /badlength")) {
            socket->write("HTTP/1.1 200 OK\r\nContent-Length: ten\r\n\r\n{}");
        } else if (request.head.startsWith("POST /badchunk")) {
            socket->write("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n");
        } else if (request.head.startsWith("POST /headers")) {
            socket->write("HTTP/1.1 200 OK\r\nX-Long: " + QByteArray(70 * 1024, 'a') + "\r\n\r\n");
        } else if (request.head.startsWith("POST /reset")) {
            socket->write("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{\"half\":");
            socket->flush();
            QTimer::singleShot(20, socket, [socket] { socket->abort(); });
        } else if (request.head.startsWith("POST /silent")) {
            socket->abort();
        }
    });
    HttpClient client;
    client.setMaxBodyBytes(1024 * 1024);
    const struct {
        const char* path;
        HttpExchange::Error error;
    } cases[] = {
        { "/garbage", HttpExchange::Error::Malformed },
        { "/huge", HttpExchange::Error::TooLarge },
        { "/badlength", HttpExchange::Error::Malformed },
        { "/badchunk", HttpExchange::Error::Malformed },
        { "/headers", HttpExchange::Error::TooLarge },
        { "/reset", HttpExchange::Error::Closed },
        { "/silent", HttpExchange::Error::Closed },
    };
    for (const auto& c : cases) {
        HttpExchange* exchange = run(client, server.url(QLatin1String(c.path)));
        EXPECT_EQ(exchange->error(), c.error) << c.path << ": " << exchange->errorString().toStdString();
        EXPECT_FALSE(exchange->errorString().isEmpty()) << c.path;
        EXPECT_TRUE(exchange->body().isEmpty()) << c.path << ": no partial body";
    }
    // The client is still usable, and no connection that saw garbage was reused.
    ScriptedServer healthy(
        [](QTcpSocket* socket, const ScriptedServer::Request&, int) { socket->write(ScriptedServer::answer("fine")); });
    EXPECT_EQ(run(client, healthy.url())->body(), "fine");
}

TEST(HttpClient, RefusedConnectionsAndUnsupportedSchemes)
{
    QTcpServer closed;
    ASSERT_TRUE(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    HttpClient client;
    HttpExchange* refused = run(client, QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port)));
    EXPECT_EQ(refused->error(), HttpExchange::Error::ConnectionFailed);
    EXPECT_EQ(refused->status(), 0);
    HttpExchange* refusedTls = run(client, QUrl(QStringLiteral("https://127.0.0.1:%1/").arg(port)));
    EXPECT_EQ(refusedTls->error(), HttpExchange::Error::ConnectionFailed);
    HttpExchange* ftp = run(client, QUrl(QStringLiteral("ftp://127.0.0.1:%1/").arg(port)));
    EXPECT_EQ(ftp->error(), HttpExchange::Error::ConnectionFailed);
    EXPECT_TRUE(ftp->errorString().contains(QLatin1String("ftp"))) << ftp->errorString().toStdString();
}

TEST(HttpClient, AbortAndDeletionInFlight)
{
    ScriptedServer server([](QTcpSocket* socket, const ScriptedServer::Request& request, int) {
        if (request.head.startsWith("POST /slow"))
            QTimer::singleShot(300, socket, [socket] { socket->write(ScriptedServer::answer("late")); });
        else
            socket->write(ScriptedServer::answer("quick"));
    });
    HttpClient client;
    HttpExchange* slow = client.send(server.url(QStringLiteral("/slow")), "POST", {}, "{}");
    int finishedSignals = 0;
    QObject::connect(slow, &HttpExchange::finished, slow, [&finishedSignals] { ++finishedSignals; });
    QTest::qWait(50);
    slow->abort();
    EXPECT_EQ(slow->error(), HttpExchange::Error::Aborted);
    EXPECT_EQ(finishedSignals, 1);

    // Deleted while its answer is on the way: nothing crashes, the late answer goes nowhere.
    QPointer<HttpExchange> deleted = client.send(server.url(QStringLiteral("/slow")), "POST", {}, "{}");
    QTest::qWait(50);
    delete deleted.data();
    QTest::qWait(400);
    EXPECT_EQ(finishedSignals, 1);
    EXPECT_EQ(run(client, server.url(QStringLiteral("/quick")))->body(), "quick");
}

TEST(HttpClient, RequestsBeyondTheConnectionLimitWaitTheirTurn)
{
    ScriptedServer server([](QTcpSocket* socket, const ScriptedServer::Request& request, int) {
        const QByteArray id = request.body;
        QTimer::singleShot(30, socket, [socket, id] { socket->write(ScriptedServer::answer(id)); });
    });
    HttpClient client;
    client.setMaxConnectionsPerHost(3);
    QList<HttpExchange*> exchanges;
    for (int i = 0; i < 12; ++i)
        exchanges.append(client.send(server.url(), "POST", {}, QByteArray::number(i)));
    ASSERT_TRUE(Testing::waitFor([&exchanges] {
        return std::all_of(exchanges.cbegin(), exchanges.cend(), [](HttpExchange* e) { return e->isFinished(); });
    }));
    for (int i = 0; i < 12; ++i) {
        EXPECT_EQ(exchanges[i]->error(), HttpExchange::Error::None);
        EXPECT_EQ(exchanges[i]->body(), QByteArray::number(i)) << "each answer belongs to its own request";
    }
    EXPECT_LE(server.maxOpen(), 3);
    EXPECT_EQ(server.connections(), 3);
}

namespace {

/// A self-signed certificate for 127.0.0.1 made by the openssl command line tool, and its key.
struct TestCertificate {
    QSslCertificate certificate;
    QSslKey key;
    QString error;
};

TestCertificate makeCertificate()
{
    TestCertificate result;
    QTemporaryDir dir;
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
        { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
            QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
            QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"),
            QStringLiteral("-keyout"), dir.filePath(QStringLiteral("key.pem")), QStringLiteral("-out"),
            dir.filePath(QStringLiteral("cert.pem")) });
    if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0) {
        result.error = QStringLiteral("openssl failed: ") + QString::fromLocal8Bit(openssl.readAllStandardError());
        return result;
    }
    QFile certificate(dir.filePath(QStringLiteral("cert.pem")));
    QFile key(dir.filePath(QStringLiteral("key.pem")));
    if (!certificate.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly)) {
        result.error = QStringLiteral("cannot read what openssl wrote");
        return result;
    }
    result.certificate = QSslCertificate(&certificate, QSsl::Pem);
    result.key = QSslKey(&key, QSsl::Rsa, QSsl::Pem);
    return result;
}

QSslConfiguration serverConfiguration(const TestCertificate& made)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(made.certificate);
    configuration.setPrivateKey(made.key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    return configuration;
}

/// An unsigned ListClusters through `transport`, waited for; the reply stays the transport's.
Api::AwsReply* listClusters(Api::AwsTransport& transport, const QUrl& url)
{
    Api::AwsRequest request;
    request.operation = QStringLiteral("ListClusters");
    request.url = url;
    request.body = "{}";
    Api::AwsReply* reply = transport.send(request);
    Testing::waitFor([reply] { return reply->isFinished(); }, 30000);
    return reply;
}

Api::RetryPolicy singleAttempt()
{
    Api::RetryPolicy policy;
    policy.maxAttempts = 1;
    return policy;
}

QSslConfiguration trusting(const TestCertificate& made)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates({ made.certificate });
    return configuration;
}

} // namespace

TEST(HttpClient, HttpsVerifiesTheServerAndKeepsTheConnectionAlive)
{
    if (!QSslSocket::supportsSsl())
        GTEST_SKIP() << "no TLS backend";
    const TestCertificate made = makeCertificate();
    ASSERT_TRUE(made.error.isEmpty()) << made.error.toStdString();
    ASSERT_FALSE(made.certificate.isNull());
    ScriptedServer server(
        [](QTcpSocket* socket, const ScriptedServer::Request& request, int) {
            if (request.head.startsWith("POST /chunked"))
                socket->write("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n4\r\nsafe\r\n0\r\n\r\n");
            else
                socket->write(ScriptedServer::answer("{\"secure\":true}"));
        },
        serverConfiguration(made));

    // A certificate nobody vouches for: the connection is refused, nothing is sent.
    HttpClient untrusting;
    HttpExchange* refused = run(untrusting, server.url());
    EXPECT_EQ(refused->error(), HttpExchange::Error::ConnectionFailed);
    EXPECT_FALSE(refused->errorString().isEmpty());
    EXPECT_TRUE(server.requests().isEmpty()) << "no request may reach an unverified server";

    HttpClient client;
    client.setSslConfiguration(trusting(made));
    HttpExchange* first = run(client, server.url());
    ASSERT_EQ(first->error(), HttpExchange::Error::None) << first->errorString().toStdString();
    EXPECT_EQ(first->body(), "{\"secure\":true}");
    HttpExchange* chunked = run(client, server.url(QStringLiteral("/chunked")));
    ASSERT_EQ(chunked->error(), HttpExchange::Error::None) << chunked->errorString().toStdString();
    EXPECT_EQ(chunked->body(), "safe");
    EXPECT_EQ(client.connectionsOpened(), 1) << "one TLS handshake for both requests";
    const QByteArray host = "\r\nHost: 127.0.0.1:" + QByteArray::number(server.url().port());
    EXPECT_TRUE(server.requests().first().head.contains(host));
}

TEST(HttpClient, TheTransportGivesBothImplementationsTheSameTlsSettings)
{
    if (!QSslSocket::supportsSsl())
        GTEST_SKIP() << "no TLS backend";
    const TestCertificate made = makeCertificate();
    ASSERT_TRUE(made.error.isEmpty()) << made.error.toStdString();
    ScriptedServer server([](QTcpSocket* socket, const ScriptedServer::Request&,
                              int) { socket->write(ScriptedServer::answer("{\"clusterArns\":[]}")); },
        serverConfiguration(made));
    for (const auto backend : { Api::AwsTransport::HttpBackend::Own, Api::AwsTransport::HttpBackend::Qt }) {
        const char* name = backend == Api::AwsTransport::HttpBackend::Own ? "own" : "qt";
        for (const bool trust : { false, true }) {
            Api::AwsTransport transport;
            transport.setHttpBackend(backend);
            transport.setDefaultTimeoutMs(20000);
            transport.setRetryPolicy(singleAttempt());
            if (trust)
                transport.setSslConfiguration(trusting(made));
            Api::AwsReply* reply = listClusters(transport, server.url());
            ASSERT_TRUE(reply->isFinished()) << name;
            if (trust) {
                EXPECT_TRUE(reply->isOk()) << name << ": " << reply->error()->toString().toStdString();
                EXPECT_TRUE(reply->json().contains(QLatin1String("clusterArns"))) << name;
            } else {
                ASSERT_FALSE(reply->isOk()) << name;
                EXPECT_EQ(reply->error()->kind, Api::AwsError::Kind::Network) << name;
            }
        }
    }
}

namespace {

/// Proxy settings as a user's environment would give them, loopback included (the test's servers
/// all listen on 127.0.0.1, which is otherwise never proxied).
Api::ProxySettings proxies(const QList<std::pair<QString, QString>>& variables)
{
    QProcessEnvironment environment;
    for (const auto& [name, value] : variables)
        environment.insert(name, value);
    Api::ProxySettings settings = Api::ProxySettings::fromEnvironment(environment);
    settings.setBypassLoopback(false);
    return settings;
}

/// A minimal HTTP proxy: CONNECT opens a tunnel to the named host and port; a request with an
/// absolute URL is answered by the proxy itself, naming the request line it got.
ScriptedServer::Script proxyScript(QList<QByteArray>& heads)
{
    return [&heads](QTcpSocket* socket, const ScriptedServer::Request& request, int) {
        heads.append(request.head);
        if (!request.head.startsWith("CONNECT ")) {
            socket->write(ScriptedServer::answer("proxied " + request.head.left(request.head.indexOf("\r\n"))));
            return;
        }
        const QList<QByteArray> authority = request.head.split(' ').value(1).split(':');
        QObject::disconnect(socket, &QIODevice::readyRead, nullptr, nullptr);
        auto* upstream = new QTcpSocket(socket);
        QObject::connect(upstream, &QTcpSocket::connected, socket,
            [socket] { socket->write("HTTP/1.1 200 Connection established\r\n\r\n"); });
        QObject::connect(
            socket, &QIODevice::readyRead, upstream, [socket, upstream] { upstream->write(socket->readAll()); });
        QObject::connect(
            upstream, &QIODevice::readyRead, socket, [socket, upstream] { socket->write(upstream->readAll()); });
        QObject::connect(upstream, &QTcpSocket::disconnected, socket, [socket] { socket->disconnectFromHost(); });
        upstream->connectToHost(QString::fromLatin1(authority.value(0)), authority.value(1).toUShort());
    };
}

} // namespace

TEST(ProxySettings, ReadsTheEnvironmentLikeTheAwsCli)
{
    const QUrl ecs(QStringLiteral("https://ecs.eu-west-1.amazonaws.com/"));
    const QUrl plain(QStringLiteral("http://moto.internal:5000/"));
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("HTTPS_PROXY"), QStringLiteral("http://upper:1"));
    environment.insert(QStringLiteral("https_proxy"), QStringLiteral("http://al%40ice:s3cr%3At@proxy.corp:3128"));
    environment.insert(QStringLiteral("HTTP_PROXY"), QStringLiteral("plainproxy:8080"));
    environment.insert(QStringLiteral("NO_PROXY"), QStringLiteral(" .internal:5000, 10.0.0.0/8 ,*.example.org"));
    const Api::ProxySettings settings = Api::ProxySettings::fromEnvironment(environment);

    const auto tls = settings.proxyFor(ecs);
    ASSERT_TRUE(tls.has_value()) << "the lower-case variable wins";
    EXPECT_EQ(tls->host, QStringLiteral("proxy.corp"));
    EXPECT_EQ(tls->port, 3128);
    EXPECT_EQ(tls->user, QStringLiteral("al@ice"));
    EXPECT_EQ(tls->password, QStringLiteral("s3cr:t"));
    EXPECT_EQ(settings.networkProxyFor(ecs).type(), QNetworkProxy::HttpProxy);

    EXPECT_FALSE(settings.proxyFor(plain).has_value()) << "no_proxy .internal:5000";
    const auto other = settings.proxyFor(QUrl(QStringLiteral("http://moto.internal:5001/")));
    ASSERT_TRUE(other.has_value()) << "another port is not excluded";
    EXPECT_EQ(other->host, QStringLiteral("plainproxy"));
    EXPECT_EQ(other->port, 8080);
    EXPECT_FALSE(settings.proxyFor(QUrl(QStringLiteral("https://10.1.2.3/"))).has_value()) << "CIDR";
    EXPECT_TRUE(settings.proxyFor(QUrl(QStringLiteral("https://11.1.2.3/"))).has_value());
    EXPECT_FALSE(settings.proxyFor(QUrl(QStringLiteral("https://api.example.org/"))).has_value());
    EXPECT_FALSE(settings.proxyFor(QUrl(QStringLiteral("https://example.org/"))).has_value());
    EXPECT_TRUE(settings.proxyFor(QUrl(QStringLiteral("https://badexample.org/"))).has_value());
    EXPECT_FALSE(settings.proxyFor(QUrl(QStringLiteral("http://127.0.0.1:4566/"))).has_value())
        << "loopback (the embedded endpoint) is never proxied";
    EXPECT_FALSE(settings.proxyFor(QUrl(QStringLiteral("http://localhost:4566/"))).has_value());
    EXPECT_EQ(settings.networkProxyFor(plain).type(), QNetworkProxy::NoProxy);

    QProcessEnvironment star;
    star.insert(QStringLiteral("https_proxy"), QStringLiteral("http://proxy.corp:3128"));
    star.insert(QStringLiteral("no_proxy"), QStringLiteral("*"));
    EXPECT_FALSE(Api::ProxySettings::fromEnvironment(star).proxyFor(ecs).has_value());

    QProcessEnvironment emptied;
    emptied.insert(QStringLiteral("HTTPS_PROXY"), QStringLiteral("http://upper:1"));
    emptied.insert(QStringLiteral("https_proxy"), QString());
    EXPECT_TRUE(Api::ProxySettings::fromEnvironment(emptied).isEmpty()) << "an empty lower-case variable turns it off";

    QProcessEnvironment tlsProxy;
    tlsProxy.insert(QStringLiteral("https_proxy"), QStringLiteral("https://proxy.corp:443"));
    const Api::ProxySettings refused = Api::ProxySettings::fromEnvironment(tlsProxy);
    EXPECT_FALSE(refused.proxyFor(ecs).has_value());
    EXPECT_TRUE(refused.problemFor(ecs).contains(QLatin1String("https://proxy.corp:443")))
        << refused.problemFor(ecs).toStdString();
    EXPECT_TRUE(refused.problemFor(plain).isEmpty());
}

TEST(HttpClient, GoesThroughAnHttpProxy)
{
    QList<QByteArray> proxyHeads;
    ScriptedServer proxy(proxyScript(proxyHeads));
    ScriptedServer origin([](QTcpSocket* socket, const ScriptedServer::Request&, int) {
        socket->write(ScriptedServer::answer("direct"));
    });
    const QString proxyUrl = QStringLiteral("http://alice:p%40ss@127.0.0.1:%1").arg(proxy.url().port());

    // Plain http: the absolute URL goes to the proxy, with the proxy's credentials.
    HttpClient client;
    client.setProxySettings(proxies({ { QStringLiteral("http_proxy"), proxyUrl } }));
    HttpExchange* proxied = run(client, origin.url(QStringLiteral("/path?q=1")));
    ASSERT_EQ(proxied->error(), HttpExchange::Error::None) << proxied->errorString().toStdString();
    const QByteArray requestLine
        = "POST http://127.0.0.1:" + QByteArray::number(origin.url().port()) + "/path?q=1 HTTP/1.1";
    EXPECT_EQ(proxied->body(), "proxied " + requestLine);
    ASSERT_EQ(proxyHeads.size(), 1);
    const QByteArray authorization = "\r\nProxy-Authorization: Basic " + QByteArray("alice:p@ss").toBase64();
    EXPECT_TRUE(proxyHeads.first().contains(authorization)) << proxyHeads.first().constData();
    EXPECT_TRUE(origin.requests().isEmpty());

    // no_proxy: straight to the server.
    HttpClient bypassing;
    bypassing.setProxySettings(proxies(
        { { QStringLiteral("http_proxy"), proxyUrl }, { QStringLiteral("no_proxy"), QStringLiteral("127.0.0.1") } }));
    EXPECT_EQ(run(bypassing, origin.url())->body(), "direct");
    EXPECT_EQ(proxyHeads.size(), 1);

    // The same through QNetworkAccessManager, given the same settings by the transport.
    Api::AwsTransport transport;
    transport.setHttpBackend(Api::AwsTransport::HttpBackend::Qt);
    transport.setProxySettings(proxies({ { QStringLiteral("http_proxy"), proxyUrl } }));
    ASSERT_TRUE(listClusters(transport, origin.url())->isFinished());
    EXPECT_EQ(proxyHeads.size(), 2) << "QNetworkAccessManager must use the proxy too";
    if (proxyHeads.size() == 2) {
        EXPECT_TRUE(proxyHeads.last().startsWith("POST http://127.0.0.1:")) << proxyHeads.last().constData();
    }
}

TEST(HttpClient, TunnelsHttpsThroughAProxy)
{
    if (!QSslSocket::supportsSsl())
        GTEST_SKIP() << "no TLS backend";
    const TestCertificate made = makeCertificate();
    ASSERT_TRUE(made.error.isEmpty()) << made.error.toStdString();
    ScriptedServer origin([](QTcpSocket* socket, const ScriptedServer::Request&,
                              int) { socket->write(ScriptedServer::answer("{\"tunnelled\":true}")); },
        serverConfiguration(made));
    QList<QByteArray> proxyHeads;
    ScriptedServer proxy(proxyScript(proxyHeads));

    HttpClient client;
    client.setSslConfiguration(trusting(made));
    client.setProxySettings(
        proxies({ { QStringLiteral("https_proxy"), QStringLiteral("127.0.0.1:%1").arg(proxy.url().port()) } }));
    HttpExchange* exchange = run(client, origin.url());
    ASSERT_EQ(exchange->error(), HttpExchange::Error::None) << exchange->errorString().toStdString();
    EXPECT_EQ(exchange->body(), "{\"tunnelled\":true}");
    ASSERT_EQ(proxyHeads.size(), 1);
    const QByteArray connect = "CONNECT 127.0.0.1:" + QByteArray::number(origin.url().port());
    EXPECT_TRUE(proxyHeads.first().startsWith(connect)) << proxyHeads.first().constData();
    EXPECT_EQ(origin.requests().size(), 1);

    // A TLS proxy (https://) cannot be used: the call is refused with a configuration error.
    Api::AwsTransport transport;
    transport.setProxySettings(proxies({ { QStringLiteral("https_proxy"), QStringLiteral("https://127.0.0.1:1") } }));
    Api::AwsReply* reply = listClusters(transport, origin.url());
    ASSERT_TRUE(reply->isFinished());
    ASSERT_FALSE(reply->isOk());
    EXPECT_EQ(reply->error()->kind, Api::AwsError::Kind::Configuration);
    EXPECT_EQ(reply->error()->code, QStringLiteral("UnsupportedProxy"));
}

TEST(HttpClient, AwsCaBundleReplacesTheSystemAuthorities)
{
    if (!QSslSocket::supportsSsl())
        GTEST_SKIP() << "no TLS backend";
    const TestCertificate made = makeCertificate();
    ASSERT_TRUE(made.error.isEmpty()) << made.error.toStdString();
    ScriptedServer server([](QTcpSocket* socket, const ScriptedServer::Request&,
                              int) { socket->write(ScriptedServer::answer("{\"clusterArns\":[]}")); },
        serverConfiguration(made));
    QTemporaryDir dir;
    QFile bundle(dir.filePath(QStringLiteral("bundle.pem")));
    ASSERT_TRUE(bundle.open(QIODevice::WriteOnly));
    bundle.write(made.certificate.toPem());
    bundle.close();
    QFile empty(dir.filePath(QStringLiteral("empty.pem")));
    ASSERT_TRUE(empty.open(QIODevice::WriteOnly));
    empty.write("not a certificate\n");
    empty.close();

    auto call = [&server](const QString& caBundle, Api::AwsTransport::HttpBackend backend) {
        qputenv("AWS_CA_BUNDLE", caBundle.toLocal8Bit());
        Api::AwsTransport transport; // reads the environment when it is made
        qunsetenv("AWS_CA_BUNDLE");
        transport.setHttpBackend(backend);
        transport.setRetryPolicy(singleAttempt());
        Api::AwsReply* reply = listClusters(transport, server.url());
        EXPECT_TRUE(reply->isFinished());
        return reply->error();
    };
    for (const auto backend : { Api::AwsTransport::HttpBackend::Own, Api::AwsTransport::HttpBackend::Qt }) {
        const char* name = backend == Api::AwsTransport::HttpBackend::Own ? "own" : "qt";
        const auto trusted = call(bundle.fileName(), backend);
        EXPECT_FALSE(trusted.has_value()) << name << ": " << trusted->toString().toStdString();
        const auto unusable = call(empty.fileName(), backend);
        ASSERT_TRUE(unusable.has_value()) << name;
        EXPECT_EQ(unusable->kind, Api::AwsError::Kind::Configuration) << name;
        EXPECT_EQ(unusable->code, QStringLiteral("InvalidCaBundle")) << name;
        EXPECT_TRUE(unusable->message.contains(QLatin1String("empty.pem"))) << unusable->message.toStdString();
    }
}
