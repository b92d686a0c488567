#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>

#include <functional>
#include <utility>

class QTcpServer;

namespace EcsDesk::Local {

/// One parsed HTTP/1.1 request: request line, headers as sent, and the complete body.
struct HttpRequest {
    QByteArray method;
    QByteArray target; ///< path and query exactly as sent
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QHostAddress peer;

    /// First header with this name (case-insensitive), or an empty array.
    QByteArray header(QByteArrayView name) const;
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
    int requestTimeoutMs = 30000; ///< a started request must be complete within this (slow clients get 408)
    int idleTimeoutMs = 120000; ///< keep-alive connections idle longer are closed
    int maxConnections = 1024; ///< further connections are closed at once (no file descriptor exhaustion)
};

/// A lean HTTP/1.1 server on QTcpServer: keep-alive, asynchronous answers (the handler gets a
/// responder it may call later, e.g. from a timer), a header and body size limit checked before
/// the body is read, and per-connection timeouts so slow or partial requests never hold others.
/// Requests on one connection are answered in order, one at a time.
class HttpServer : public QObject {
public:
    using Responder = std::function<void(HttpResponse)>;
    using Handler = std::function<void(const HttpRequest&, Responder)>;

    explicit HttpServer(Handler handler, HttpLimits limits = {}, QObject* parent = nullptr);
    ~HttpServer() override;

    bool listen(const QHostAddress& address, quint16 port);
    void close();
    quint16 port() const;
    QString errorString() const;
    const HttpLimits& limits() const { return m_limits; }

    static QByteArray reasonPhrase(int status);

private:
    void acceptConnections();

    Handler m_handler;
    HttpLimits m_limits;
    int m_connections = 0;
    QTcpServer* m_server;
};

} // namespace EcsDesk::Local
