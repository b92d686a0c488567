// SPDX-License-Identifier: MIT
#pragma once

#include "api/core/awstransport.h"

#include <QJsonObject>
#include <QPointer>
#include <QUrl>

namespace EcsDesk::Api {

/// What identifies one AWS service on the wire.
struct ServiceDescription {
    QByteArray signingName; ///< "ecs"
    QByteArray targetPrefix; ///< "AmazonEC2ContainerServiceV20141113" (JSON protocols)
    QByteArray jsonVersion = "1.1"; ///< awsJson1_<x>
    QString endpointPrefix; ///< host prefix: "ecs" -> ecs.<region>.amazonaws.com
    QString configServiceId; ///< key in a profile's `services` section and AWS_ENDPOINT_URL_<ID>
};

/// Where and as whom a client talks: shared by every client of one connection.
struct ClientConfig {
    QPointer<AwsTransport> transport;
    QByteArray region;
    QUrl endpointUrl; ///< empty: https://<prefix>.<region>.amazonaws.com
    std::shared_ptr<CredentialsProvider> credentials;
    int timeoutMs = 0; ///< 0: the transport's default
};

/// Base of the per-service clients: builds, signs and sends JSON or query-protocol calls.
class ServiceClient {
public:
    ServiceClient(ClientConfig config, ServiceDescription service);
    virtual ~ServiceClient() = default;

    const ClientConfig& config() const { return m_config; }
    const ServiceDescription& service() const { return m_service; }
    QUrl endpoint() const;

    /// awsJson call: POST / with X-Amz-Target <prefix>.<operation>.
    /// `shape`: the types of the answer's fields the caller reads (see AwsRequest::shape).
    AwsReply* callJson(const QString& operation, const QJsonObject& input,
        std::function<QVariant(const QJsonObject&)> decoder = {}, std::shared_ptr<const JsonShape> shape = {}) const;
    /// Query-protocol call: form POST Action=<operation>&Version=<version>&params.
    AwsReply* callQuery(
        const QString& operation, const QByteArray& version, const QList<std::pair<QString, QString>>& params) const;
    /// Any other HTTP call (REST protocols).
    AwsReply* callRest(const QString& operation, const QByteArray& method, const QString& path,
        const QList<std::pair<QString, QString>>& query, const SigV4::HeaderList& headers, bool sign) const;

    static QUrl defaultEndpoint(const QString& endpointPrefix, const QByteArray& region);

private:
    ClientConfig m_config;
    ServiceDescription m_service;
};

} // namespace EcsDesk::Api
