// SPDX-License-Identifier: MIT
#include "local/http/httpserver.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QScopeGuard>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>

#include <sys/resource.h>

#include <algorithm>

namespace EcsDesk::Local {

QByteArray HttpRequest::header(QByteArrayView name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

namespace {
    bool isTokenChar(char c)
    {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
    }
} // namespace

HttpHead HttpHead::parse(QByteArrayView text)
{
    HttpHead head;
    auto refuse = [&head](int status, const QByteArray& message) {
        head.request = HttpRequest {};
        head.errorStatus = status;
        head.errorMessage = message;
        return head;
    };
    // One copy of the head; the method, target, names and values refer into it (every request
    // passes here: a copy for each was most of a request's small allocations, issue 16).
    HttpRequest& request = head.request;
    request.head = text.toByteArray();
    text = request.head;
    auto share = [](QByteArrayView part) { return QByteArray::fromRawData(part.data(), part.size()); };
    qsizetype lineEnd = text.indexOf('\n');
    const QByteArrayView requestLine = (lineEnd < 0 ? text : text.first(lineEnd)).trimmed();
    QByteArrayView words[3];
    qsizetype wordCount = 0;
    for (qsizetype from = 0;;) {
        const qsizetype space = requestLine.indexOf(' ', from);
        if (wordCount == 3) {
            wordCount = 4; // more than three words
            break;
        }
        words[wordCount++] = requestLine.sliced(from, (space < 0 ? requestLine.size() : space) - from);
        if (space < 0)
            break;
        from = space + 1;
    }
    if (wordCount != 3 || words[0].isEmpty() || !words[1].startsWith('/') || !words[2].startsWith("HTTP/1.")) {
        return refuse(400, "malformed request line");
    }
    request.method = share(words[0]);
    request.target = share(words[1]);
    const bool http10 = words[2] == "HTTP/1.0";
    std::optional<qint64> contentLength;
    while (lineEnd >= 0) {
        const qsizetype from = lineEnd + 1;
        lineEnd = text.indexOf('\n', from);
        QByteArrayView line = text.sliced(from, (lineEnd < 0 ? text.size() : lineEnd) - from);
        if (line.endsWith('\r'))
            line.chop(1);
        const qsizetype colon = line.indexOf(':');
        // RFC 9110 5.1: a field name is a token. Anything else (a ';' or ',' in it) would change
        // the meaning of the SignedHeaders list that names it.
        if (colon <= 0 || !std::all_of(line.begin(), line.begin() + colon, isTokenChar))
            return refuse(400, "malformed header line");
        const QByteArrayView name = line.first(colon);
        const QByteArrayView value = line.sliced(colon + 1).trimmed();
        if (name.compare("content-length", Qt::CaseInsensitive) == 0) {
            // RFC 9112 6.3: only digits; several values (repeated fields or a list) must agree.
            for (qsizetype partFrom = 0;;) {
                const qsizetype comma = value.indexOf(',', partFrom);
                const QByteArrayView digits
                    = value.sliced(partFrom, (comma < 0 ? value.size() : comma) - partFrom).trimmed();
                const bool allDigits = !digits.isEmpty() && digits.size() <= 18
                    && std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; });
                if (!allDigits || (contentLength && *contentLength != digits.toLongLong()))
                    return refuse(400, "malformed or conflicting Content-Length");
                contentLength = digits.toLongLong();
                if (comma < 0)
                    break;
                partFrom = comma + 1;
            }
        }
        request.headers.append({ share(name), share(value) });
    }
    const QByteArray connection = request.header("connection").toLower();
    head.keepAlive = http10 ? connection.contains("keep-alive") : !connection.contains("close");
    if (!request.header("transfer-encoding").isEmpty())
        return refuse(501, "transfer-encoding is not supported: send Content-Length");
    head.contentLength = contentLength.value_or(0);
    return head;
}

/// One client connection: parses requests as bytes arrive and writes answers in order. It reads
/// from the socket only what the current request needs (its head, then exactly its body), so
/// what a client sends ahead waits in the kernel rather than in memory, and it frees the request
/// once answered.
class HttpConnection : public QObject {
public:
    HttpConnection(QTcpSocket* socket, HttpServer* server)
        : QObject(socket)
        , m_socket(socket)
        , m_server(server)
        , m_limits(server->m_limits)
    {
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, [this] { onTimeout(); });
        connect(m_socket, &QTcpSocket::readyRead, this, [this] { process(); });
        connect(m_socket, &QTcpSocket::disconnected, m_socket, &QObject::deleteLater);
        connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
            if (m_closeAfterWrite && m_socket->bytesToWrite() == 0)
                m_socket->disconnectFromHost();
        });
        m_lastActive.start();
        m_timer.start(m_limits.idleTimeoutMs);
    }

    ~HttpConnection() override
    {
        m_server->release(m_reserved);
        m_server->m_connections.removeOne(this);
    }

    /// A keep-alive connection between requests, nothing of a next one received.
    bool isIdle() const { return m_state == State::Head && m_buffer.isEmpty() && m_socket->bytesAvailable() == 0; }
    /// A request head has begun but is not complete.
    bool isReadingHead() const { return m_state == State::Head && !isIdle(); }
    qint64 idleMs() const { return m_lastActive.elapsed(); }

    qint64 heldBytes() const
    {
        return m_buffer.capacity() + m_request.body.capacity() + m_socket->bytesAvailable() + m_socket->bytesToWrite();
    }

    /// Closed to make room for a new connection.
    void evict()
    {
        m_server->m_connections.removeOne(this);
        m_socket->abort();
        m_socket->deleteLater();
    }

private:
    enum class State { Head, Body, Waiting, Closing };
    static constexpr qsizetype keptBufferBytes = 16 * 1024;

    void process()
    {
        if (m_state == State::Waiting || m_state == State::Closing || m_inProcess)
            return; // the socket buffers further bytes until this answer is out
        m_inProcess = true;
        const auto done = qScopeGuard([this] { m_inProcess = false; });
        m_lastActive.start();
        while (m_state == State::Head || m_state == State::Body) {
            if (m_state == State::Head) {
                // Read no more than a head can be; what follows stays in the socket.
                const qsizetype room = m_limits.maxHeaderBytes + 4 - m_buffer.size();
                if (room > 0 && m_buffer.indexOf("\r\n\r\n") < 0)
                    readUpTo(room);
                if (!parseHead())
                    return;
                continue;
            }
            if (m_buffer.size() < m_contentLength)
                readUpTo(m_contentLength - m_buffer.size());
            if (m_buffer.size() < m_contentLength)
                return;
            m_request.body = m_buffer.left(m_contentLength);
            m_buffer.remove(0, m_contentLength);
            // The buffer's room is kept for the next request, unless a large body grew it.
            if (m_buffer.capacity() > keptBufferBytes)
                m_buffer.squeeze();
            dispatch();
        }
    }

    // Appends at most `limit` of the bytes the socket has to m_buffer, with no intermediate copy
    // (QIODevice::read(qint64) would allocate `limit` bytes first, whatever arrived).
    void readUpTo(qsizetype limit)
    {
        const qsizetype count = std::min<qint64>(limit, m_socket->bytesAvailable());
        if (count <= 0)
            return;
        const qsizetype had = m_buffer.size();
        m_buffer.resize(had + count);
        const qint64 got = m_socket->read(m_buffer.data() + had, count);
        m_buffer.resize(had + std::max<qint64>(got, 0));
    }

    // Returns true when a complete head was parsed (state moves to Body), false to wait or stop.
    bool parseHead()
    {
        if (m_buffer.isEmpty())
            return false;
        if (!m_timerForRequest) {
            m_timerForRequest = true;
            m_timer.start(m_limits.headTimeoutMs);
        }
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0) {
            if (m_buffer.size() >= m_limits.maxHeaderBytes + 4)
                fail(431, "request header fields too large");
            return false;
        }
        if (end > m_limits.maxHeaderBytes) {
            fail(431, "request header fields too large");
            return false;
        }
        HttpHead head = HttpHead::parse(QByteArrayView(m_buffer).first(end));
        m_buffer.remove(0, end + 4);
        if (head.errorStatus != 0) {
            fail(head.errorStatus, head.errorMessage);
            return false;
        }
        m_request = std::move(head.request);
        m_request.peer = m_socket->peerAddress();
        m_keepAlive = head.keepAlive;
        m_contentLength = head.contentLength;
        if (m_contentLength > m_limits.maxBodyBytes) {
            fail(413,
                "request body of " + QByteArray::number(m_contentLength) + " bytes is over the limit of "
                    + QByteArray::number(m_limits.maxBodyBytes));
            return false;
        }
        if (m_server->m_headCheck) {
            if (std::optional<HttpResponse> answer = m_server->m_headCheck(m_request)) {
                // Answered from the head: the body is not read, so the connection cannot go on.
                m_keepAlive = false;
                m_buffer.clear();
                m_buffer.squeeze();
                m_state = State::Waiting;
                respond(std::move(*answer));
                QTimer::singleShot(2000, m_socket, [socket = m_socket] { socket->abort(); });
                return false;
            }
        }
        if (!m_server->reserve(m_contentLength)) {
            fail(503, "the server holds too many request bodies; retry later");
            return false;
        }
        m_reserved = m_contentLength;
        if (m_request.header("expect").compare("100-continue", Qt::CaseInsensitive) == 0)
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        m_timer.start(m_limits.requestTimeoutMs);
        m_state = State::Body;
        return true;
    }

    void dispatch()
    {
        m_state = State::Waiting;
        m_timer.stop();
        const quint64 generation = ++m_generation;
        QPointer<HttpConnection> self(this);
        m_server->m_handler(m_request, [self, generation](HttpResponse response) {
            if (self && self->m_generation == generation && self->m_state == State::Waiting)
                self->respond(std::move(response));
        });
    }

    void respond(HttpResponse response)
    {
        write(response, m_keepAlive);
        // Hand the answer to the kernel now: a client that half-closed after its request (FIN)
        // makes the socket close on its next read, which would drop an answer still queued here.
        m_socket->flush();
        m_request = HttpRequest {};
        m_server->release(m_reserved);
        m_reserved = 0;
        m_lastActive.start();
        if (!m_keepAlive) {
            m_state = State::Closing;
            m_closeAfterWrite = true;
            if (m_socket->bytesToWrite() == 0)
                m_socket->disconnectFromHost();
            return;
        }
        m_state = State::Head;
        m_timerForRequest = false;
        m_timer.start(m_limits.idleTimeoutMs);
        // An answer given inside process() (a synchronous handler) lets its loop go on with
        // pipelined bytes; a later (delayed) answer resumes reading what the socket buffered
        // meanwhile, for which no new readyRead comes.
        if (!m_inProcess && (!m_buffer.isEmpty() || m_socket->bytesAvailable() > 0))
            process();
    }

    void write(const HttpResponse& response, bool keepAlive)
    {
        QByteArray out;
        out.reserve(response.body.size() + 256);
        out += "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + HttpServer::reasonPhrase(response.status)
            + "\r\n";
        for (const auto& [name, value] : response.headers)
            out += name + ": " + value + "\r\n";
        out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
        out += keepAlive ? "Connection: keep-alive\r\n\r\n" : "Connection: close\r\n\r\n";
        out += response.body;
        m_socket->write(out);
    }

    void fail(int status, const QByteArray& message)
    {
        HttpResponse response;
        response.status = status;
        response.headers.append({ QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/plain") });
        // AWS clients look for a request id on every answer, protocol-level errors included.
        response.headers.append(
            { QByteArrayLiteral("x-amzn-RequestId"), QUuid::createUuid().toByteArray(QUuid::WithoutBraces) });
        response.body = message + '\n';
        m_buffer.clear();
        m_buffer.squeeze();
        m_request = HttpRequest {};
        m_state = State::Closing;
        m_timer.stop();
        write(response, false);
        m_closeAfterWrite = true;
        m_socket->flush();
        // Do not read what remains; give the client a moment to read the answer, then drop it.
        QTimer::singleShot(2000, m_socket, [socket = m_socket] { socket->abort(); });
    }

    void onTimeout()
    {
        if (m_state == State::Waiting)
            return;
        if (m_timerForRequest && m_state != State::Closing)
            fail(408, "request not completed in time");
        else
            m_socket->abort();
    }

    QTcpSocket* m_socket;
    HttpServer* m_server;
    const HttpLimits& m_limits;
    QTimer m_timer;
    QElapsedTimer m_lastActive;
    QByteArray m_buffer;
    HttpRequest m_request;
    qint64 m_contentLength = 0;
    qint64 m_reserved = 0; ///< of the server's body budget, for the request being read or answered
    quint64 m_generation = 0;
    State m_state = State::Head;
    bool m_keepAlive = true;
    bool m_timerForRequest = false;
    bool m_closeAfterWrite = false;
    bool m_inProcess = false;
};

HttpServer::HttpServer(Handler handler, HttpLimits limits, QObject* parent)
    : QObject(parent)
    , m_handler(std::move(handler))
    , m_limits(limits)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, [this] { acceptConnections(); });
}

HttpServer::~HttpServer()
{
    // Connections refer to m_handler and m_limits: close them before those members go.
    m_server->close();
    const auto sockets = findChildren<QTcpSocket*>(Qt::FindDirectChildrenOnly);
    for (QTcpSocket* socket : sockets) {
        socket->disconnect();
        delete socket;
    }
}

void HttpServer::close() { m_server->close(); }

quint16 HttpServer::port() const { return m_server->serverPort(); }

QString HttpServer::errorString() const { return m_server->errorString(); }

bool HttpServer::listen(const QHostAddress& address, quint16 port)
{
    // Stay clear of the file descriptor limit (the process needs some for itself): at that limit
    // accept() fails and nobody, not even a waiting client, gets in.
    m_maxConnections = std::max(1, m_limits.maxConnections);
    rlimit files {};
    if (getrlimit(RLIMIT_NOFILE, &files) == 0 && files.rlim_cur != RLIM_INFINITY)
        m_maxConnections = int(std::clamp<qint64>(qint64(files.rlim_cur) - 64, 1, m_maxConnections));
    return m_server->listen(address, port);
}

qint64 HttpServer::bufferedBytes() const
{
    qint64 total = 0;
    for (const HttpConnection* connection : m_connections)
        total += connection->heldBytes();
    return total;
}

bool HttpServer::reserve(qint64 bytes)
{
    if (bytes > 0 && m_reservedBytes + bytes > m_limits.maxBufferedBytes)
        return false;
    m_reservedBytes += bytes;
    return true;
}

bool HttpServer::makeRoom()
{
    // Oldest idle keep-alive connection first, then the oldest half-sent head; connections whose
    // request is being read or answered are kept.
    HttpConnection* victim = nullptr;
    for (HttpConnection* connection : std::as_const(m_connections)) {
        if (connection->isIdle() && (!victim || connection->idleMs() > victim->idleMs()))
            victim = connection;
    }
    if (!victim) {
        for (HttpConnection* connection : std::as_const(m_connections)) {
            if (connection->isReadingHead() && (!victim || connection->idleMs() > victim->idleMs()))
                victim = connection;
        }
    }
    if (!victim)
        return false;
    victim->evict();
    return true;
}

void HttpServer::acceptConnections()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        if (m_connections.size() >= m_maxConnections && !makeRoom()) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        socket->setParent(this);
        // Qt's own buffer per socket stays small: a client's bytes wait in the kernel until read.
        socket->setReadBufferSize(64 * 1024);
        m_connections.append(new HttpConnection(socket, this));
    }
}

QByteArray HttpServer::reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 408:
        return "Request Timeout";
    case 413:
        return "Payload Too Large";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

} // namespace EcsDesk::Local
