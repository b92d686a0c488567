// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>

#include <functional>
#include <optional>
#include <utility>

class QTcpServer;

namespace EcsDesk::Local {

/// One parsed HTTP/1.1 request: request line, headers as sent, and the complete body.
struct HttpRequest {
    QByteArray method;
    QByteArray target; ///< path and query exactly as sent
    /// As parsed by HttpHead, method, target and headers refer into `head` (QByteArray::fromRawData,
    /// no copy each): every copy of the request shares it, so they stay valid while one lives.
    /// A value kept beyond the request must be copied (QByteArray(value.constData(), value.size())).
    QByteArray head;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QHostAddress peer;

    /// First header with this name (case-insensitive), or an empty array.
    QByteArray header(QByteArrayView name) const;
};

/// A request head (request line and header lines, without the blank line that ends it) parsed on
/// its own, as the server does for each request; a socket-free entry point (fuzz/fuzz_http_head.cpp).
struct HttpHead {
    HttpRequest request; ///< method, target and headers; body and peer empty
    qint64 contentLength = 0;
    bool keepAlive = true;
    int errorStatus = 0; ///< 400 or 501 when the head is refused, with errorMessage; 0 when well-formed
    QByteArray errorMessage;

    static HttpHead parse(QByteArrayView head);
};

/// One answer. Content-Length and Connection are added by the server.
struct HttpResponse {
    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
};

/// What a connection may send before it is answered with an error and closed.
struct HttpLimits {
    qsizetype maxHeaderBytes = 16 * 1024; ///< request line plus headers; 431 beyond
    qsizetype maxBodyBytes = 8 * 1024 * 1024; ///< Content-Length beyond this gets 413 before the body is read
    /// Request bodies all connections together may hold (announced by Content-Length, reserved before
    /// the body is read); a request that would go over it gets 503 and its connection is closed.
    qint64 maxBufferedBytes = 64 * 1024 * 1024;
    int headTimeoutMs = 5000; ///< a request head must be complete within this of its first byte (408)
    int requestTimeoutMs = 30000; ///< its body must be complete within this after the head (408)
    int idleTimeoutMs = 120000; ///< keep-alive connections idle longer are closed
    /// At this many connections a new one makes room by closing the oldest idle keep-alive one
    /// (then the oldest with a half-sent head); it is refused only when every connection is busy.
    /// Capped below the process's file descriptor limit.
    int maxConnections = 1024;
};

class HttpConnection;

/// A lean HTTP/1.1 server on QTcpServer: keep-alive, asynchronous answers (the handler gets a
/// responder it may call later, e.g. from a timer), a header and body size limit checked before
/// the body is read, and per-connection timeouts so slow or partial requests never hold others.
/// Requests on one connection are answered in order, one at a time.
class HttpServer : public QObject {
public:
    using Responder = std::function<void(HttpResponse)>;
    using Handler = std::function<void(const HttpRequest&, Responder)>;
    /// Sees each request head (body still empty) before any body byte is read; an answer given
    /// here is sent at once, the body is never read and the connection is closed. Used to refuse
    /// unauthenticated requests without buffering what they send.
    using HeadCheck = std::function<std::optional<HttpResponse>(const HttpRequest&)>;

    explicit HttpServer(Handler handler, HttpLimits limits = {}, QObject* parent = nullptr);
    ~HttpServer() override;

    bool listen(const QHostAddress& address, quint16 port);
    void close();
    quint16 port() const;
    QString errorString() const;
    const HttpLimits& limits() const { return m_limits; }
    void setHeadCheck(HeadCheck check) { m_headCheck = std::move(check); }

    /// Open connections.
    int connectionCount() const { return int(m_connections.size()); }
    /// Bytes of requests held in memory across all connections (buffers, bodies, socket buffers).
    qint64 bufferedBytes() const;

    static QByteArray reasonPhrase(int status);

private:
    friend class HttpConnection;
    void acceptConnections();
    bool makeRoom();
    bool reserve(qint64 bytes);
    void release(qint64 bytes) { m_reservedBytes -= bytes; }

    Handler m_handler;
    HeadCheck m_headCheck;
    HttpLimits m_limits;
    int m_maxConnections = 0;
    qint64 m_reservedBytes = 0;
    QList<HttpConnection*> m_connections; ///< in the order they were accepted
    QTcpServer* m_server;
};

} // namespace EcsDesk::Local
