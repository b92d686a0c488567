// SPDX-License-Identifier: MIT
#pragma once

#include "api/core/proxysettings.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>

#include <deque>
#include <utility>

class QTcpSocket;

namespace EcsDesk::Api {

class HttpClient;
class HttpConnection;

/// One HTTP/1.1 request and its answer. Emits finished() exactly once, also when aborted; the
/// owner deletes it afterwards.
class HttpExchange : public QObject {
    Q_OBJECT
public:
    enum class Error {
        None,
        ConnectionFailed, ///< refused, unreachable, name not found, TLS handshake or certificate refused
        Closed, ///< the connection closed or was reset before the answer was complete
        Malformed, ///< not an HTTP/1.x answer (status line, headers or chunks broken)
        TooLarge, ///< headers or body beyond the client's limits
        Aborted,
    };
    ~HttpExchange() override;

    int status() const { return m_status; }
    /// A response header by case-insensitive name; empty when absent.
    QByteArray header(QByteArrayView name) const;
    const QByteArray& body() const { return m_body; }
    Error error() const { return m_error; }
    /// What went wrong, in English (the transport wraps it in a translated sentence).
    QString errorString() const { return m_errorString; }
    bool isFinished() const { return m_finished; }
    /// Stops the exchange: its connection is closed and finished() comes with Error::Aborted.
    void abort();

Q_SIGNALS:
    void finished();

private:
    friend class HttpClient;
    friend class HttpConnection;
    HttpExchange(QByteArray poolKey, QByteArray request, QObject* parent);
    void complete(Error error, const QString& errorString = {});

    QByteArray m_poolKey;
    QByteArray m_request; ///< the serialized request, kept for one resend on a stale connection
    QPointer<HttpConnection> m_connection;
    int m_status = 0;
    QList<std::pair<QByteArray, QByteArray>> m_headers;
    QByteArray m_body;
    Error m_error = Error::None;
    QString m_errorString;
    bool m_finished = false;
    bool m_resent = false;
    bool m_inSend = false; ///< inside HttpClient::send(): finished() waits for the next turn
};

/// A lean HTTP/1.1 client for the AWS wire protocols: persistent connections pooled per scheme,
/// host and port, everything on the thread the client lives on (no helper thread, no per-request
/// objects beyond the exchange), Content-Length, chunked and until-close bodies, https through
/// QSslSocket (the TLS stack QNetworkAccessManager uses too; the certificate chain and the host
/// name are verified with sslConfiguration()), HTTP proxies as ProxySettings says (CONNECT for
/// https, absolute request targets for http). Requests beyond the per-host connection limit wait in order. A request
/// sent on a kept-alive connection that the server had already closed is sent once more on a new one.
class HttpClient : public QObject {
    Q_OBJECT
public:
    explicit HttpClient(QObject* parent = nullptr);
    ~HttpClient() override;

    /// Starts a request; the exchange is parented to the client. `headers` must not contain
    /// Host, Content-Length or Connection: the client writes those.
    HttpExchange* send(const QUrl& url, const QByteArray& method,
        const QList<std::pair<QByteArray, QByteArray>>& headers, const QByteArray& body);

    void setMaxConnectionsPerHost(int max) { m_maxConnectionsPerHost = std::max(1, max); }
    int maxConnectionsPerHost() const { return m_maxConnectionsPerHost; }
    /// Answers larger than this end in Error::TooLarge.
    void setMaxBodyBytes(qsizetype bytes) { m_maxBodyBytes = bytes; }
    qsizetype maxBodyBytes() const { return m_maxBodyBytes; }
    /// TLS settings of new https connections (default: Qt's default configuration, with the
    /// system's certificate authorities).
    void setSslConfiguration(const QSslConfiguration& configuration) { m_sslConfiguration = configuration; }
    const QSslConfiguration& sslConfiguration() const { return m_sslConfiguration; }
    /// Which proxy each URL goes through (default: none; AwsTransport passes the environment's).
    void setProxySettings(const ProxySettings& settings) { m_proxy = settings; }
    /// Connections opened so far (for tests: reuse means few).
    int connectionsOpened() const { return m_connectionsOpened; }

private:
    friend class HttpConnection;
    struct Pool {
        QString host;
        quint16 port = 0;
        bool tls = false;
        QNetworkProxy proxy; ///< how the pool's sockets connect (a CONNECT tunnel for https)
        QList<HttpConnection*> idle;
        int open = 0;
        std::deque<QPointer<HttpExchange>> waiting;
    };
    void dispatch(Pool& pool);
    void connectionIdle(HttpConnection* connection);
    void connectionGone(HttpConnection* connection);
    void resend(HttpExchange* exchange);

    QHash<QByteArray, Pool> m_pools;
    QSet<HttpConnection*> m_connections; ///< open ones (closed ones delete themselves)
    int m_maxConnectionsPerHost = 96;
    qsizetype m_maxBodyBytes = 128 * 1024 * 1024;
    int m_connectionsOpened = 0;
    QSslConfiguration m_sslConfiguration;
    ProxySettings m_proxy;
};

} // namespace EcsDesk::Api
