#include "local/http/httpserver.h"

#include <QPointer>
#include <QScopeGuard>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>

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

    /// One client connection: parses requests as bytes arrive and writes answers in order.
    class HttpConnection : public QObject {
    public:
        HttpConnection(QTcpSocket* socket, const HttpServer::Handler& handler, const HttpLimits& limits)
            : QObject(socket)
            , m_socket(socket)
            , m_handler(handler)
            , m_limits(limits)
        {
            m_timer.setSingleShot(true);
            connect(&m_timer, &QTimer::timeout, this, [this] { onTimeout(); });
            connect(m_socket, &QTcpSocket::readyRead, this, [this] { process(); });
            connect(m_socket, &QTcpSocket::disconnected, m_socket, &QObject::deleteLater);
            connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
                if (m_closeAfterWrite && m_socket->bytesToWrite() == 0)
                    m_socket->disconnectFromHost();
            });
            m_timer.start(m_limits.idleTimeoutMs);
        }

    private:
        enum class State { Head, Body, Waiting, Closing };

        void process()
        {
            if (m_state == State::Waiting || m_state == State::Closing || m_inProcess)
                return; // the socket buffers further bytes until this answer is out
            m_inProcess = true;
            const auto done = qScopeGuard([this] { m_inProcess = false; });
            m_buffer += m_socket->readAll();
            while (m_state == State::Head || m_state == State::Body) {
                if (m_state == State::Head && !parseHead())
                    return;
                if (m_state == State::Body) {
                    if (m_buffer.size() < m_contentLength)
                        return;
                    m_request.body = m_buffer.left(m_contentLength);
                    m_buffer.remove(0, m_contentLength);
                    dispatch();
                }
            }
        }

        // Returns true when a complete head was parsed (state moves to Body), false to wait or stop.
        bool parseHead()
        {
            if (m_buffer.isEmpty())
                return false;
            if (!m_timerForRequest) {
                m_timerForRequest = true;
                m_timer.start(m_limits.requestTimeoutMs);
            }
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end < 0) {
                if (m_buffer.size() > m_limits.maxHeaderBytes)
                    fail(431, "request header fields too large");
                return false;
            }
            if (end > m_limits.maxHeaderBytes) {
                fail(431, "request header fields too large");
                return false;
            }
            const QList<QByteArray> lines = m_buffer.left(end).split('\n');
            m_buffer.remove(0, end + 4);
            m_request = HttpRequest {};
            m_request.peer = m_socket->peerAddress();
            const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
            if (requestLine.size() != 3 || requestLine[0].isEmpty() || !requestLine[1].startsWith('/')
                || !requestLine[2].startsWith("HTTP/1.")) {
                fail(400, "malformed request line");
                return false;
            }
            m_request.method = requestLine[0];
            m_request.target = requestLine[1];
            const bool http10 = requestLine[2] == "HTTP/1.0";
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const QByteArray line = lines[i].endsWith('\r') ? lines[i].chopped(1) : lines[i];
                const qsizetype colon = line.indexOf(':');
                if (colon <= 0 || line.left(colon).contains(' ')) {
                    fail(400, "malformed header line");
                    return false;
                }
                m_request.headers.append({ line.left(colon), line.mid(colon + 1).trimmed() });
            }
            const QByteArray connection = m_request.header("connection").toLower();
            m_keepAlive = http10 ? connection.contains("keep-alive") : !connection.contains("close");
            if (!m_request.header("transfer-encoding").isEmpty()) {
                fail(501, "transfer-encoding is not supported: send Content-Length");
                return false;
            }
            const QByteArray lengthHeader = m_request.header("content-length");
            bool ok = true;
            m_contentLength = lengthHeader.isEmpty() ? 0 : lengthHeader.toLongLong(&ok);
            if (!ok || m_contentLength < 0) {
                fail(400, "malformed Content-Length");
                return false;
            }
            if (m_contentLength > m_limits.maxBodyBytes) {
                fail(413,
                    "request body of " + QByteArray::number(m_contentLength) + " bytes is over the limit of "
                        + QByteArray::number(m_limits.maxBodyBytes));
                return false;
            }
            if (m_request.header("expect").compare("100-continue", Qt::CaseInsensitive) == 0)
                m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            m_state = State::Body;
            return true;
        }

        void dispatch()
        {
            m_state = State::Waiting;
            m_timer.stop();
            const quint64 generation = ++m_generation;
            QPointer<HttpConnection> self(this);
            m_handler(m_request, [self, generation](HttpResponse response) {
                if (self && self->m_generation == generation && self->m_state == State::Waiting)
                    self->respond(std::move(response));
            });
        }

        void respond(HttpResponse response)
        {
            write(response, m_keepAlive);
            if (!m_keepAlive) {
                m_state = State::Closing;
                m_closeAfterWrite = true;
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
        const HttpServer::Handler& m_handler;
        const HttpLimits& m_limits;
        QTimer m_timer;
        QByteArray m_buffer;
        HttpRequest m_request;
        qint64 m_contentLength = 0;
        quint64 m_generation = 0;
        State m_state = State::Head;
        bool m_keepAlive = true;
        bool m_timerForRequest = false;
        bool m_closeAfterWrite = false;
        bool m_inProcess = false;
    };

} // namespace

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

bool HttpServer::listen(const QHostAddress& address, quint16 port) { return m_server->listen(address, port); }

void HttpServer::close() { m_server->close(); }

quint16 HttpServer::port() const { return m_server->serverPort(); }

QString HttpServer::errorString() const { return m_server->errorString(); }

void HttpServer::acceptConnections()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        if (m_connections >= m_limits.maxConnections) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        ++m_connections;
        connect(socket, &QObject::destroyed, this, [this] { --m_connections; });
        socket->setParent(this);
        socket->setReadBufferSize(m_limits.maxHeaderBytes + m_limits.maxBodyBytes + 4096);
        new HttpConnection(socket, m_handler, m_limits);
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
