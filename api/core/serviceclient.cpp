// SPDX-License-Identifier: MIT
#include "api/core/serviceclient.h"

#include <QJsonDocument>
#include <QUrlQuery>

namespace EcsDesk::Api {

ServiceClient::ServiceClient(ClientConfig config, ServiceDescription service)
    : m_config(std::move(config))
    , m_service(std::move(service))
{
}

QUrl ServiceClient::defaultEndpoint(const QString& endpointPrefix, const QByteArray& region)
{
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(endpointPrefix + QLatin1Char('.') + QString::fromLatin1(region) + QLatin1String(".amazonaws.com"));
    url.setPath(QStringLiteral("/"));
    return url;
}

QUrl ServiceClient::endpoint() const
{
    if (m_config.endpointUrl.isEmpty())
        return defaultEndpoint(m_service.endpointPrefix, m_config.region);
    QUrl url = m_config.endpointUrl;
    if (url.path().isEmpty())
        url.setPath(QStringLiteral("/"));
    return url;
}

AwsReply* ServiceClient::callJson(const QString& operation, const QJsonObject& input,
    std::function<QVariant(const QJsonObject&)> decoder, std::shared_ptr<const JsonShape> shape) const
{
    AwsRequest request;
    request.operation = operation;
    request.signingName = m_service.signingName;
    request.region = m_config.region;
    request.url = endpoint();
    request.body = QJsonDocument(input).toJson(QJsonDocument::Compact);
    request.headers = { { "Content-Type", "application/x-amz-json-" + m_service.jsonVersion },
        { "X-Amz-Target", m_service.targetPrefix + '.' + operation.toLatin1() } };
    request.credentials = m_config.credentials;
    request.timeoutMs = m_config.timeoutMs;
    request.decoder = std::move(decoder);
    request.shape = std::move(shape);
    return m_config.transport->send(std::move(request));
}

AwsReply* ServiceClient::callQuery(
    const QString& operation, const QByteArray& version, const QList<std::pair<QString, QString>>& params) const
{
    QByteArray body = "Action=" + SigV4::uriEncode(operation.toUtf8(), false) + "&Version=" + version;
    for (const auto& [name, value] : params)
        body += '&' + SigV4::uriEncode(name.toUtf8(), false) + '=' + SigV4::uriEncode(value.toUtf8(), false);
    AwsRequest request;
    request.operation = operation;
    request.signingName = m_service.signingName;
    request.region = m_config.region;
    request.url = endpoint();
    request.body = body;
    request.protocol = WireProtocol::Query;
    request.headers = { { "Content-Type", "application/x-www-form-urlencoded; charset=utf-8" } };
    request.credentials = m_config.credentials;
    request.timeoutMs = m_config.timeoutMs;
    return m_config.transport->send(std::move(request));
}

AwsReply* ServiceClient::callRest(const QString& operation, const QByteArray& method, const QString& path,
    const QList<std::pair<QString, QString>>& query, const SigV4::HeaderList& headers, bool sign) const
{
    QUrl url = endpoint();
    QString base = url.path();
    if (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + path);
    QUrlQuery urlQuery;
    for (const auto& [name, value] : query)
        urlQuery.addQueryItem(QString::fromLatin1(SigV4::uriEncode(name.toUtf8(), false)),
            QString::fromLatin1(SigV4::uriEncode(value.toUtf8(), false)));
    url.setQuery(urlQuery.query(QUrl::FullyEncoded), QUrl::StrictMode);
    AwsRequest request;
    request.operation = operation;
    request.signingName = m_service.signingName;
    request.region = m_config.region;
    request.url = url;
    request.method = method;
    request.protocol = WireProtocol::RestJson;
    request.headers = headers;
    if (sign)
        request.credentials = m_config.credentials;
    request.timeoutMs = m_config.timeoutMs;
    return m_config.transport->send(std::move(request));
}

} // namespace EcsDesk::Api
