// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <functional>

class QTcpServer;
class QTcpSocket;

namespace EcsDesk::Testing {

/// One HTTP request the stub received.
struct StubRequest {
    QByteArray method;
    QByteArray target; ///< path and query as sent
    QHash<QByteArray, QByteArray> headers; ///< lower-case names
    QByteArray body;

    QByteArray header(const QByteArray& name) const { return headers.value(name.toLower()); }
    /// "ListServices" from X-Amz-Target, or the query protocol's Action.
    QString operation() const;
    QJsonObject json() const;
};

/// What the stub does with a request: answer (after an optional delay, on a timer, never a
/// sleep), or misbehave the way broken networks and servers do.
struct StubResponse {
    enum class Action {
        Answer,
        Reset, ///< drop the connection without answering
        Truncate, ///< promise the whole body in Content-Length, send half, close
        Hang, ///< never answer
    };
    int status = 200;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    int delayMs = 0;
    Action action = Action::Answer;

    static StubResponse json(const QJsonObject& object, int status = 200);
    static StubResponse awsError(const QString& type, const QString& message, int status = 400);
};

/// A tiny HTTP/1.1 server on a free 127.0.0.1 port (keep-alive, Content-Length bodies). The test
/// supplies the handler; requests are counted; it stops when destroyed.
class StubServer : public QObject {
    Q_OBJECT
public:
    using Handler = std::function<StubResponse(const StubRequest&)>;
    explicit StubServer(Handler handler, QObject* parent = nullptr);
    ~StubServer() override;

    bool listen();
    QUrl url() const;
    int requestCount() const { return m_requestCount; }
    /// Largest number of requests being answered at the same time.
    int maxConcurrent() const { return m_maxConcurrent; }

private:
    void onReadyRead(QTcpSocket* socket);
    void respond(QTcpSocket* socket, const StubResponse& response);

    Handler m_handler;
    QTcpServer* m_server;
    QHash<QTcpSocket*, QByteArray> m_buffers;
    int m_requestCount = 0;
    int m_concurrent = 0;
    int m_maxConcurrent = 0;
};

} // namespace EcsDesk::Testing
