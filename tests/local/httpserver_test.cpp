#include "local/http/httpserver.h"

#include "common/testutil.h"

#include <QTcpSocket>
#include <QTimer>

#include <gtest/gtest.h>

using namespace EcsDesk::Local;
using EcsDesk::Testing::waitFor;

namespace {

/// A server whose handler echoes the body; "/slow" is answered only when the test releases it.
struct EchoServer {
    HttpServer server;
    int handled = 0;
    QList<std::function<void()>> held;

    explicit EchoServer(HttpLimits limits = {})
        : server(
            [this](const HttpRequest& request, HttpServer::Responder respond) {
                ++handled;
                HttpResponse response;
                response.body = request.method + ' ' + request.target + ' ' + request.body;
                if (request.target == "/slow")
                    held.append([respond, response] { respond(response); });
                else
                    respond(response);
            },
            limits)
    {
        EXPECT_TRUE(server.listen(QHostAddress::LocalHost, 0));
    }
};

QByteArray post(const QByteArray& target, const QByteArray& body, const QByteArray& extra = {})
{
    return "POST " + target + " HTTP/1.1\r\nHost: x\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n"
        + extra + "\r\n" + body;
}

/// Reads until `count` complete answers (by Content-Length) arrived or the time is up.
QList<QByteArray> readAnswers(QTcpSocket& socket, int count, int timeoutMs = 5000)
{
    QByteArray buffer;
    QList<QByteArray> answers;
    waitFor(
        [&] {
            buffer += socket.readAll();
            while (true) {
                const qsizetype end = buffer.indexOf("\r\n\r\n");
                if (end < 0)
                    break;
                const QByteArray head = buffer.left(end);
                const qsizetype at = head.toLower().indexOf("content-length: ");
                const qsizetype length = at < 0 ? 0 : head.mid(at + 16).split('\r').first().toLongLong();
                if (buffer.size() < end + 4 + length)
                    break;
                answers.append(buffer.left(end + 4 + length));
                buffer.remove(0, end + 4 + length);
            }
            return answers.size() >= count || socket.state() == QAbstractSocket::UnconnectedState;
        },
        timeoutMs);
    return answers;
}

} // namespace

TEST(LocalHttp, KeepAliveAnswersSeveralRequestsInOrder)
{
    EchoServer echo;
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, echo.server.port());
    ASSERT_TRUE(socket.waitForConnected(3000));
    socket.write(post("/a", "one") + post("/b", "two")); // pipelined
    const auto answers = readAnswers(socket, 2);
    ASSERT_EQ(answers.size(), 2);
    EXPECT_TRUE(answers[0].startsWith("HTTP/1.1 200 OK"));
    EXPECT_TRUE(answers[0].endsWith("POST /a one"));
    EXPECT_TRUE(answers[1].endsWith("POST /b two"));
    EXPECT_TRUE(answers[0].contains("Connection: keep-alive"));
    socket.write(post("/c", "three"));
    const auto third = readAnswers(socket, 1);
    ASSERT_EQ(third.size(), 1);
    EXPECT_TRUE(third[0].endsWith("three"));
}

TEST(LocalHttp, HugeHeadersGet431)
{
    HttpLimits limits;
    limits.maxHeaderBytes = 1024;
    EchoServer echo(limits);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, echo.server.port());
    ASSERT_TRUE(socket.waitForConnected(3000));
    socket.write("POST / HTTP/1.1\r\nX-Big: " + QByteArray(4096, 'a') + "\r\n\r\n");
    const auto answers = readAnswers(socket, 1);
    ASSERT_EQ(answers.size(), 1);
    EXPECT_TRUE(answers[0].startsWith("HTTP/1.1 431"));
    EXPECT_EQ(echo.handled, 0);
}

TEST(LocalHttp, GarbageGets400)
{
    EchoServer echo;
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, echo.server.port());
    ASSERT_TRUE(socket.waitForConnected(3000));
    socket.write("\x01\x02 garbage\r\n\r\n");
    const auto answers = readAnswers(socket, 1);
    ASSERT_EQ(answers.size(), 1);
    EXPECT_TRUE(answers[0].startsWith("HTTP/1.1 400"));
    EXPECT_EQ(echo.handled, 0);
}

TEST(LocalHttp, OversizedBodyGets413BeforeTheBodyIsRead)
{
    HttpLimits limits;
    limits.maxBodyBytes = 1000;
    EchoServer echo(limits);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, echo.server.port());
    ASSERT_TRUE(socket.waitForConnected(3000));
    socket.write("POST / HTTP/1.1\r\nContent-Length: 50000000\r\n\r\n"); // no body sent at all
    const auto answers = readAnswers(socket, 1);
    ASSERT_EQ(answers.size(), 1);
    EXPECT_TRUE(answers[0].startsWith("HTTP/1.1 413"));
    EXPECT_TRUE(answers[0].contains("x-amzn-RequestId: "));
    EXPECT_EQ(echo.handled, 0);
}

TEST(LocalHttp, PartialAndSlowRequestsDoNotStallOthers)
{
    HttpLimits limits;
    limits.requestTimeoutMs = 1500;
    EchoServer echo(limits);
    // A slowloris client: half a request line, then nothing.
    QTcpSocket stalled;
    stalled.connectToHost(QHostAddress::LocalHost, echo.server.port());
    ASSERT_TRUE(stalled.waitForConnected(3000));
    stalled.write("POST / HTTP/1.1\r\nContent-Len");
    // A client waiting on a slow (timer-delayed) answer.
    QTcpSocket slow;
    slow.connectToHost(QHostAddress::LocalHost, echo.server.port());
    ASSERT_TRUE(slow.waitForConnected(3000));
    slow.write(post("/slow", "s"));
    // Others are answered meanwhile.
    QTcpSocket fast;
    fast.connectToHost(QHostAddress::LocalHost, echo.server.port());
    ASSERT_TRUE(fast.waitForConnected(3000));
    fast.write(post("/fast", "f"));
    const auto fastAnswer = readAnswers(fast, 1);
    ASSERT_EQ(fastAnswer.size(), 1) << "a fast request waited behind a slow or stalled one";
    EXPECT_TRUE(fastAnswer[0].endsWith("/fast f"));
    ASSERT_EQ(echo.held.size(), 1); // the slow one is still unanswered
    echo.held.takeFirst()();
    const auto slowAnswer = readAnswers(slow, 1);
    ASSERT_EQ(slowAnswer.size(), 1);
    EXPECT_TRUE(slowAnswer[0].endsWith("/slow s"));
    // The stalled request is answered 408 and dropped after the request timeout.
    const auto timedOut = readAnswers(stalled, 1, 5000);
    ASSERT_EQ(timedOut.size(), 1);
    EXPECT_TRUE(timedOut[0].startsWith("HTTP/1.1 408"));
}

TEST(LocalHttp, ConnectionCloseIsHonoured)
{
    EchoServer echo;
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, echo.server.port());
    ASSERT_TRUE(socket.waitForConnected(3000));
    socket.write(post("/x", "y", "Connection: close\r\n"));
    const auto answers = readAnswers(socket, 1);
    ASSERT_EQ(answers.size(), 1);
    EXPECT_TRUE(answers[0].contains("Connection: close"));
    EXPECT_TRUE(waitFor([&] { return socket.state() == QAbstractSocket::UnconnectedState; }, 3000));
}

TEST(LocalHttp, ConnectionsBeyondTheLimitAreClosedAndOthersStillServed)
{
    HttpLimits limits;
    limits.maxConnections = 2;
    EchoServer echo(limits);
    QTcpSocket first, second, third;
    for (QTcpSocket* socket : { &first, &second, &third }) {
        socket->connectToHost(QHostAddress::LocalHost, echo.server.port());
        ASSERT_TRUE(socket->waitForConnected(3000));
    }
    EXPECT_TRUE(waitFor([&] { return third.state() == QAbstractSocket::UnconnectedState; }, 5000));
    first.write(post("/a", "1"));
    const auto answers = readAnswers(first, 1);
    ASSERT_EQ(answers.size(), 1);
    EXPECT_TRUE(answers[0].endsWith("/a 1"));
}
