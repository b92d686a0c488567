// SPDX-License-Identifier: MIT
#include "stubserver.h"

#include <QJsonDocument>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

namespace EcsDesk::Testing {

QString StubRequest::operation() const
{
    const QByteArray target = header("x-amz-target");
    if (!target.isEmpty())
        return QString::fromLatin1(target.mid(target.indexOf('.') + 1));
    const QUrlQuery form(QString::fromUtf8(body));
    return form.queryItemValue(QStringLiteral("Action"));
}

QJsonObject StubRequest::json() const { return QJsonDocument::fromJson(body).object(); }

StubResponse StubResponse::json(const QJsonObject& object, int status)
{
    StubResponse response;
    response.status = status;
    response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    response.headers = { { "Content-Type", "application/x-amz-json-1.1" } };
    return response;
}

StubResponse StubResponse::awsError(const QString& type, const QString& message, int status)
{
    StubResponse response
        = json(QJsonObject { { QStringLiteral("__type"), type }, { QStringLiteral("message"), message } }, status);
    response.headers.append(std::pair<QByteArray, QByteArray>("x-amzn-RequestId", "stub-request-id"));
    return response;
}

StubServer::StubServer(Handler handler, QObject* parent)
    : QObject(parent)
    , m_handler(std::move(handler))
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket* socket = m_server->nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                m_buffers.remove(socket);
                socket->deleteLater();
            });
        }
    });
}

StubServer::~StubServer() { m_server->close(); }

bool StubServer::listen() { return m_server->listen(QHostAddress::LocalHost, 0); }

QUrl StubServer::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_server->serverPort());
    url.setPath(QStringLiteral("/"));
    return url;
}

void StubServer::onReadyRead(QTcpSocket* socket)
{
    QByteArray& buffer = m_buffers[socket];
    buffer += socket->readAll();
    for (;;) {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        StubRequest request;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        request.method = requestLine.value(0);
        request.target = requestLine.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                request.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
        }
        const qsizetype length = request.headers.value("content-length").toLongLong();
        if (buffer.size() < headerEnd + 4 + length)
            return;
        request.body = buffer.mid(headerEnd + 4, length);
        buffer.remove(0, headerEnd + 4 + length);
        ++m_requestCount;
        ++m_concurrent;
        m_maxConcurrent = std::max(m_maxConcurrent, m_concurrent);
        const StubResponse response = m_handler(request);
        if (response.delayMs > 0) {
            QPointer<QTcpSocket> guard(socket);
            QTimer::singleShot(response.delayMs, this, [this, guard, response] {
                if (guard)
                    respond(guard, response);
                else
                    --m_concurrent;
            });
        } else {
            respond(socket, response);
        }
    }
}

void StubServer::respond(QTcpSocket* socket, const StubResponse& response)
{
    --m_concurrent;
    switch (response.action) {
    case StubResponse::Action::Hang:
        return;
    case StubResponse::Action::Reset:
        socket->abort();
        return;
    case StubResponse::Action::Answer:
    case StubResponse::Action::Truncate:
        break;
    }
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + " Stub\r\n";
    head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    for (const auto& [name, value] : response.headers)
        head += name + ": " + value + "\r\n";
    head += "\r\n";
    if (response.action == StubResponse::Action::Truncate) {
        socket->write(head + response.body.left(response.body.size() / 2));
        socket->flush();
        socket->disconnectFromHost();
        return;
    }
    socket->write(head + response.body);
}

} // namespace EcsDesk::Testing
