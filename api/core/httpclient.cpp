// SPDX-License-Identifier: MIT
#include "api/core/httpclient.h"

#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

#include <cstring>

namespace EcsDesk::Api {

namespace {
    constexpr qsizetype maxHeaderBytes = 64 * 1024;
    constexpr int idleCloseMs = 20000; ///< below the keep-alive timeouts servers commonly use

    QByteArray poolKeyFor(const QUrl& url)
    {
        const bool tls = url.scheme() == QLatin1String("https");
        return url.scheme().toLatin1() + "://" + url.host().toUtf8() + ':'
            + QByteArray::number(url.port(tls ? 443 : 80));
    }

    bool hasToken(QByteArrayView value, QByteArrayView token)
    {
        for (QByteArrayView part : QByteArray(value.toByteArray()).split(','))
            if (part.trimmed().compare(token, Qt::CaseInsensitive) == 0)
                return true;
        return false;
    }
} // namespace

/// One persistent connection: sends one request at a time and parses its answer.
class HttpConnection : public QObject {
public:
    HttpConnection(HttpClient* client, const QByteArray& poolKey, const QString& host, quint16 port, bool tls,
        const QNetworkProxy& proxy)
        : QObject(client)
        , m_client(client)
        , m_poolKey(poolKey)
    {
        QSslSocket* sslSocket = nullptr;
        if (tls) {
            sslSocket = new QSslSocket(this);
            sslSocket->setSslConfiguration(client->sslConfiguration());
            // Ready for requests after the handshake: the certificate chain and the host name
            // are verified, and any error there fails the connection.
            connect(sslSocket, &QSslSocket::encrypted, this, &HttpConnection::onReady);
            m_socket = sslSocket;
        } else {
            m_socket = new QTcpSocket(this);
            connect(m_socket, &QAbstractSocket::connected, this, &HttpConnection::onReady);
        }
        connect(m_socket, &QIODevice::readyRead, this, &HttpConnection::onReadyRead);
        connect(m_socket, &QAbstractSocket::errorOccurred, this, [this] { onClosed(); });
        connect(m_socket, &QAbstractSocket::disconnected, this, [this] { onClosed(); });
        m_idleTimer.setSingleShot(true);
        connect(&m_idleTimer, &QTimer::timeout, this, [this] { close(); });
        m_socket->setProxy(proxy);
        if (sslSocket)
            sslSocket->connectToHostEncrypted(host, port);
        else
            m_socket->connectToHost(host, port);
        m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    }

    const QByteArray& poolKey() const { return m_poolKey; }
    bool isIdle() const { return !m_exchange && !m_closed; }

    void start(HttpExchange* exchange)
    {
        m_idleTimer.stop();
        m_exchange = exchange;
        exchange->m_connection = this;
        m_reused = m_served > 0;
        m_received = false;
        m_state = State::StatusLine;
        m_buffer.clear();
        if (m_connected)
            writeRequest();
    }

    /// The exchange gave up (aborted or deleted): the answer may still be on its way, so the
    /// connection cannot serve another request.
    void dropExchange()
    {
        m_exchange = nullptr;
        close();
    }

    /// Closes without telling the client (which is going away).
    void shutDown()
    {
        m_closed = true;
        m_idleTimer.stop();
        m_socket->disconnect(this);
        m_socket->abort();
        if (m_exchange)
            m_exchange->m_connection = nullptr;
        m_exchange = nullptr;
    }

    void close()
    {
        if (m_closed)
            return;
        m_closed = true;
        m_idleTimer.stop();
        m_socket->disconnect(this);
        m_socket->abort();
        m_client->connectionGone(this);
        deleteLater();
    }

private:
    void onReady()
    {
        m_connected = true;
        if (m_exchange)
            writeRequest();
    }

    void writeRequest()
    {
        m_socket->write(m_exchange->m_request);
        m_socket->flush(); // now, not when the event loop next polls the socket
    }

    enum class State { StatusLine, Headers, LengthBody, ChunkSize, ChunkData, ChunkEnd, Trailers, UntilClose };

    void onReadyRead()
    {
        if (!m_exchange) {
            // Bytes nobody asked for (or the tail of an answer whose exchange was dropped).
            close();
            return;
        }
        m_received = true;
        if (m_state == State::LengthBody) {
            readLengthBody();
            return;
        }
        m_buffer += m_socket->readAll();
        parse();
    }

    void readLengthBody()
    {
        QByteArray& body = m_exchange->m_body;
        while (m_bodyRead < body.size()) {
            const qint64 n = m_socket->read(body.data() + m_bodyRead, body.size() - m_bodyRead);
            if (n <= 0)
                return;
            m_bodyRead += n;
        }
        if (m_socket->bytesAvailable() > 0) {
            fail(HttpExchange::Error::Malformed, QStringLiteral("more data than Content-Length announced"));
            return;
        }
        done();
    }

    /// Takes one CRLF-terminated line from the buffer; false when it is not complete yet.
    bool takeLine(QByteArray& line)
    {
        const qsizetype end = m_buffer.indexOf("\r\n", m_offset);
        if (end < 0) {
            if (m_buffer.size() - m_offset > maxHeaderBytes)
                fail(HttpExchange::Error::TooLarge, QStringLiteral("header line too long"));
            return false;
        }
        line = m_buffer.mid(m_offset, end - m_offset);
        m_offset = end + 2;
        return true;
    }

    void parse()
    {
        m_offset = 0;
        while (m_exchange && !m_closed) {
            QByteArray line;
            switch (m_state) {
            case State::StatusLine:
                if (!takeLine(line))
                    return compact();
                if (!parseStatusLine(line))
                    return;
                m_state = State::Headers;
                m_headerBytes = 0;
                m_exchange->m_headers.clear();
                break;
            case State::Headers:
                if (!takeLine(line))
                    return compact();
                m_headerBytes += line.size() + 2;
                if (m_headerBytes > maxHeaderBytes)
                    return fail(HttpExchange::Error::TooLarge, QStringLiteral("headers too large"));
                if (!line.isEmpty()) {
                    const qsizetype colon = line.indexOf(':');
                    if (colon <= 0)
                        return fail(HttpExchange::Error::Malformed, QStringLiteral("malformed header line"));
                    m_exchange->m_headers.append({ line.left(colon).trimmed(), line.mid(colon + 1).trimmed() });
                    break;
                }
                if (!startBody())
                    return;
                break;
            case State::LengthBody: {
                QByteArray& body = m_exchange->m_body;
                const qsizetype take = std::min(body.size() - m_bodyRead, m_buffer.size() - m_offset);
                std::memcpy(body.data() + m_bodyRead, m_buffer.constData() + m_offset, size_t(take));
                m_bodyRead += take;
                m_offset += take;
                if (m_offset < m_buffer.size())
                    return fail(
                        HttpExchange::Error::Malformed, QStringLiteral("more data than Content-Length announced"));
                m_buffer.clear();
                m_offset = 0;
                if (m_bodyRead == body.size())
                    done();
                else
                    readLengthBody();
                return;
            }
            case State::ChunkSize: {
                if (!takeLine(line))
                    return compact();
                const qsizetype semicolon = line.indexOf(';');
                bool ok = false;
                const qint64 size = (semicolon >= 0 ? line.left(semicolon) : line).trimmed().toLongLong(&ok, 16);
                if (!ok || size < 0)
                    return fail(HttpExchange::Error::Malformed, QStringLiteral("malformed chunk size"));
                if (m_exchange->m_body.size() + size > m_client->maxBodyBytes())
                    return fail(HttpExchange::Error::TooLarge, QStringLiteral("answer too large"));
                m_chunkLeft = size;
                m_state = size == 0 ? State::Trailers : State::ChunkData;
                break;
            }
            case State::ChunkData: {
                const qsizetype take = std::min<qsizetype>(m_chunkLeft, m_buffer.size() - m_offset);
                m_exchange->m_body.append(m_buffer.constData() + m_offset, take);
                m_offset += take;
                m_chunkLeft -= take;
                if (m_chunkLeft > 0)
                    return compact();
                m_state = State::ChunkEnd;
                break;
            }
            case State::ChunkEnd:
                if (!takeLine(line))
                    return compact();
                if (!line.isEmpty())
                    return fail(HttpExchange::Error::Malformed, QStringLiteral("chunk not terminated"));
                m_state = State::ChunkSize;
                break;
            case State::Trailers:
                if (!takeLine(line))
                    return compact();
                if (line.isEmpty()) {
                    if (m_offset < m_buffer.size())
                        m_keepAlive = false; // pipelined bytes we never asked for
                    return done();
                }
                break;
            case State::UntilClose:
                if (m_exchange->m_body.size() + (m_buffer.size() - m_offset) > m_client->maxBodyBytes())
                    return fail(HttpExchange::Error::TooLarge, QStringLiteral("answer too large"));
                m_exchange->m_body.append(m_buffer.constData() + m_offset, m_buffer.size() - m_offset);
                m_buffer.clear();
                m_offset = 0;
                return;
            }
        }
    }

    void compact()
    {
        if (m_offset > 0) {
            m_buffer.remove(0, m_offset);
            m_offset = 0;
        }
    }

    bool parseStatusLine(const QByteArray& line)
    {
        // "HTTP/1.1 200 OK"
        if (!line.startsWith("HTTP/1.") || line.size() < 12 || line.at(8) != ' ') {
            fail(HttpExchange::Error::Malformed, QStringLiteral("not an HTTP/1.x answer"));
            return false;
        }
        bool ok = false;
        const int status = line.mid(9, 3).toInt(&ok);
        if (!ok || status < 100 || status > 599) {
            fail(HttpExchange::Error::Malformed, QStringLiteral("malformed status line"));
            return false;
        }
        m_http10 = line.at(7) == '0';
        m_exchange->m_status = status;
        return true;
    }

    bool startBody()
    {
        HttpExchange* exchange = m_exchange;
        const int status = exchange->m_status;
        if (status >= 100 && status < 200) {
            m_state = State::StatusLine; // 100 Continue and friends: the real answer follows
            return true;
        }
        const QByteArray connection = exchange->header("connection");
        m_keepAlive = m_http10 ? hasToken(connection, "keep-alive") : !hasToken(connection, "close");
        exchange->m_body.clear();
        if (exchange->m_request.startsWith("HEAD ") || status == 204 || status == 304) {
            done();
            return false;
        }
        if (hasToken(exchange->header("transfer-encoding"), "chunked")) {
            m_state = State::ChunkSize;
            return true;
        }
        const QByteArray length = exchange->header("content-length");
        if (length.isEmpty()) {
            m_keepAlive = false;
            m_state = State::UntilClose;
            return true;
        }
        bool ok = false;
        const qint64 size = length.trimmed().toLongLong(&ok);
        if (!ok || size < 0) {
            fail(HttpExchange::Error::Malformed, QStringLiteral("malformed Content-Length"));
            return false;
        }
        if (size > m_client->maxBodyBytes()) {
            fail(HttpExchange::Error::TooLarge,
                QStringLiteral("answer of %1 bytes is larger than the limit of %2")
                    .arg(size)
                    .arg(m_client->maxBodyBytes()));
            return false;
        }
        exchange->m_body.resize(size);
        m_bodyRead = 0;
        if (size == 0) {
            done();
            return false;
        }
        m_state = State::LengthBody;
        return true;
    }

    void done()
    {
        HttpExchange* exchange = m_exchange;
        m_exchange = nullptr;
        exchange->m_connection = nullptr;
        ++m_served;
        if (m_keepAlive && m_socket->bytesAvailable() == 0) {
            m_buffer.clear();
            m_idleTimer.start(idleCloseMs);
            m_client->connectionIdle(this);
        } else {
            close();
        }
        exchange->complete(HttpExchange::Error::None);
    }

    void fail(HttpExchange::Error error, const QString& message)
    {
        HttpExchange* exchange = m_exchange;
        m_exchange = nullptr;
        close();
        if (exchange) {
            exchange->m_connection = nullptr;
            exchange->complete(error, message);
        }
    }

    void onClosed()
    {
        if (m_closed)
            return;
        if (!m_exchange) {
            close(); // an idle connection the server closed
            return;
        }
        if (m_socket->bytesAvailable() > 0)
            onReadyRead(); // what arrived with the close comes first
        if (!m_exchange || m_closed)
            return;
        if (m_state == State::UntilClose) {
            m_keepAlive = false;
            done();
            return;
        }
        HttpExchange* exchange = m_exchange;
        const QString reason = m_socket->errorString();
        const bool stale = m_reused && !m_received && !exchange->m_resent;
        const bool neverConnected = !m_connected;
        m_exchange = nullptr;
        exchange->m_connection = nullptr;
        close();
        if (stale) {
            // The server closed the kept-alive connection before reading the request: nothing
            // was processed, so the request goes again on a new connection (as browsers do).
            exchange->m_resent = true;
            m_client->resend(exchange);
            return;
        }
        exchange->complete(
            neverConnected ? HttpExchange::Error::ConnectionFailed : HttpExchange::Error::Closed, reason);
    }

    HttpClient* m_client;
    QByteArray m_poolKey;
    QTcpSocket* m_socket = nullptr;
    QTimer m_idleTimer;
    HttpExchange* m_exchange = nullptr;
    State m_state = State::StatusLine;
    QByteArray m_buffer;
    qsizetype m_offset = 0;
    qsizetype m_headerBytes = 0;
    qsizetype m_bodyRead = 0;
    qint64 m_chunkLeft = 0;
    int m_served = 0;
    bool m_connected = false;
    bool m_reused = false;
    bool m_received = false;
    bool m_keepAlive = true;
    bool m_http10 = false;
    bool m_closed = false;
};

HttpExchange::HttpExchange(QByteArray poolKey, QByteArray request, QObject* parent)
    : QObject(parent)
    , m_poolKey(std::move(poolKey))
    , m_request(std::move(request))
{
}

HttpExchange::~HttpExchange()
{
    if (m_connection)
        m_connection->dropExchange();
}

QByteArray HttpExchange::header(QByteArrayView name) const
{
    for (const auto& [key, value] : m_headers)
        if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

void HttpExchange::abort()
{
    if (m_finished)
        return;
    if (m_connection) {
        HttpConnection* connection = m_connection;
        m_connection = nullptr;
        connection->dropExchange();
    }
    complete(Error::Aborted, QStringLiteral("aborted"));
}

void HttpExchange::complete(Error error, const QString& errorString)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    m_errorString = errorString;
    if (error != Error::None)
        m_body.clear();
    if (m_inSend) {
        // A socket that failed on its first write, inside send(): the caller connects first.
        QMetaObject::invokeMethod(this, &HttpExchange::finished, Qt::QueuedConnection);
        return;
    }
    Q_EMIT finished();
}

HttpClient::HttpClient(QObject* parent)
    : QObject(parent)
    , m_sslConfiguration(QSslConfiguration::defaultConfiguration())
{
}

HttpClient::~HttpClient()
{
    // Connections go first and quietly (they must not call back into a client being destroyed);
    // the exchanges, children too, follow.
    const QSet<HttpConnection*> connections = std::exchange(m_connections, {});
    for (HttpConnection* connection : connections)
        connection->shutDown();
    qDeleteAll(connections);
    m_pools.clear();
}

HttpExchange* HttpClient::send(const QUrl& url, const QByteArray& method,
    const QList<std::pair<QByteArray, QByteArray>>& headers, const QByteArray& body)
{
    const bool tls = url.scheme() == QLatin1String("https");
    const quint16 defaultPort = tls ? 443 : 80;
    QByteArray target = url.path(QUrl::FullyEncoded).toLatin1();
    if (target.isEmpty())
        target = "/";
    if (url.hasQuery())
        target += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    // Through a proxy, https is tunnelled (CONNECT, by the socket) and plain http is sent to the
    // proxy with the absolute URL as the request target.
    const std::optional<ProxySettings::Proxy> proxy = m_proxy.proxyFor(url);
    QByteArray proxyAuthorization;
    if (proxy && !tls) {
        QByteArray origin = "http://" + url.host(QUrl::FullyEncoded).toLatin1();
        if (url.port(defaultPort) != defaultPort)
            origin += ':' + QByteArray::number(url.port());
        target = origin + target;
        if (!proxy->user.isEmpty())
            proxyAuthorization = "Basic " + (proxy->user + QLatin1Char(':') + proxy->password).toUtf8().toBase64();
    }

    QByteArray request;
    request.reserve(256 + body.size() + headers.size() * 64);
    request += method + ' ' + target + " HTTP/1.1\r\n";
    if (!proxyAuthorization.isEmpty())
        request += "Proxy-Authorization: " + proxyAuthorization + "\r\n";
    bool hasHost = false;
    for (const auto& [name, value] : headers) {
        const QByteArrayView view(name);
        if (view.compare("content-length", Qt::CaseInsensitive) == 0
            || view.compare("connection", Qt::CaseInsensitive) == 0)
            continue;
        hasHost = hasHost || view.compare("host", Qt::CaseInsensitive) == 0;
        request += name + ": " + value + "\r\n";
    }
    if (!hasHost) {
        request += "Host: " + url.host(QUrl::FullyEncoded).toLatin1();
        if (url.port(defaultPort) != defaultPort)
            request += ':' + QByteArray::number(url.port());
        request += "\r\n";
    }
    if (!body.isEmpty() || method == "POST" || method == "PUT")
        request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    request += "\r\n";
    request += body;

    QByteArray key = poolKeyFor(url);
    if (proxy)
        key += " via " + proxy->host.toUtf8() + ':' + QByteArray::number(proxy->port);
    auto* exchange = new HttpExchange(key, std::move(request), this);
    Pool& pool = m_pools[key];
    if (pool.host.isEmpty()) {
        pool.tls = tls;
        if (proxy && !tls) {
            pool.host = proxy->host; // the proxy is the server
            pool.port = proxy->port;
            pool.proxy = QNetworkProxy(QNetworkProxy::NoProxy);
        } else {
            pool.host = url.host();
            pool.port = quint16(url.port(defaultPort));
            pool.proxy = proxy ? m_proxy.networkProxyFor(url) : QNetworkProxy(QNetworkProxy::DefaultProxy);
        }
    }
    QString refusal;
    if (!tls && url.scheme() != QLatin1String("http"))
        refusal = QStringLiteral("unsupported URL scheme \"%1\"").arg(url.scheme());
    else if (tls && !QSslSocket::supportsSsl())
        refusal = QStringLiteral("TLS is not available (no TLS backend)");
    else
        refusal = m_proxy.problemFor(url);
    if (!refusal.isEmpty()) {
        QTimer::singleShot(
            0, exchange, [exchange, refusal] { exchange->complete(HttpExchange::Error::ConnectionFailed, refusal); });
        return exchange;
    }
    // On the wire at once when a connection is free.
    pool.waiting.emplace_back(exchange);
    exchange->m_inSend = true;
    dispatch(pool);
    exchange->m_inSend = false;
    return exchange;
}

void HttpClient::dispatch(Pool& pool)
{
    while (!pool.waiting.empty()) {
        QPointer<HttpExchange> exchange = pool.waiting.front();
        if (!exchange || exchange->isFinished()) {
            pool.waiting.pop_front();
            continue;
        }
        HttpConnection* connection = nullptr;
        while (!pool.idle.isEmpty() && !connection) {
            HttpConnection* candidate = pool.idle.takeLast(); // the most recently used is the warmest
            if (candidate->isIdle())
                connection = candidate;
        }
        if (!connection) {
            if (pool.open >= m_maxConnectionsPerHost)
                return;
            ++pool.open;
            ++m_connectionsOpened;
            connection = new HttpConnection(this, exchange->m_poolKey, pool.host, pool.port, pool.tls, pool.proxy);
            m_connections.insert(connection);
        }
        pool.waiting.pop_front();
        connection->start(exchange);
    }
}

void HttpClient::connectionIdle(HttpConnection* connection)
{
    auto it = m_pools.find(connection->poolKey());
    if (it == m_pools.end())
        return;
    it->idle.append(connection);
    dispatch(*it);
}

void HttpClient::connectionGone(HttpConnection* connection)
{
    m_connections.remove(connection);
    auto it = m_pools.find(connection->poolKey());
    if (it == m_pools.end())
        return;
    it->idle.removeAll(connection);
    --it->open;
    // A waiting request may now open a connection of its own; not from inside the closing
    // connection's call stack.
    const QByteArray key = connection->poolKey();
    QTimer::singleShot(0, this, [this, key] {
        auto pool = m_pools.find(key);
        if (pool != m_pools.end())
            dispatch(*pool);
    });
}

void HttpClient::resend(HttpExchange* exchange)
{
    auto it = m_pools.find(exchange->m_poolKey);
    if (it == m_pools.end())
        return;
    it->waiting.emplace_front(exchange);
    dispatch(*it);
}

} // namespace EcsDesk::Api
