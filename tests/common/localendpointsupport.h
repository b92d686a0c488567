// SPDX-License-Identifier: MIT
#pragma once

// The local endpoint as tests use it: started in its own temporary data folder on a free loopback
// port, a client configuration for it, and a blocking call() for setting up and checking state.
// Header-only: the tests that include it link ecsdesk_api and ecsdesk_local.

#include "api/core/awstransport.h"
#include "api/core/serviceclient.h"
#include "common/testutil.h"
#include "local/localendpoint.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

namespace EcsDesk::Testing {

/// Waits for `reply`, expects success and returns its JSON.
inline QJsonObject call(Api::AwsReply* reply)
{
    EXPECT_TRUE(waitFor([reply] { return reply->isFinished(); }, 30000));
    reply->deleteLater();
    EXPECT_TRUE(reply->isOk()) << (reply->error() ? reply->error()->toString().toStdString() : std::string());
    return reply->json();
}

/// A client configuration for `endpoint`, on `transport`, with the endpoint's own keys.
inline Api::ClientConfig endpointConfig(const Local::LocalEndpoint& endpoint, Api::AwsTransport* transport)
{
    Api::ClientConfig config;
    config.transport = transport;
    config.region = endpoint.region().toLatin1();
    config.endpointUrl = endpoint.url();
    config.credentials
        = std::make_shared<Api::StaticCredentialsProvider>(endpoint.credentials(), QStringLiteral("test"));
    return config;
}

/// A local endpoint started for one test (check isStarted()), with a transport for its clients;
/// stopped and its data folder removed when it goes out of scope.
class TestEndpoint {
public:
    explicit TestEndpoint(Local::LocalEndpointOptions options = {})
    {
        options.dataDir = m_dir.path();
        m_started = m_endpoint.start(options, &m_error);
    }

    bool isStarted() const { return m_started; }
    QString error() const { return m_error; }
    Local::LocalEndpoint& endpoint() { return m_endpoint; }
    Api::AwsTransport& transport() { return m_transport; }
    Api::ClientConfig config() { return endpointConfig(m_endpoint, &m_transport); }

private:
    QTemporaryDir m_dir;
    Local::LocalEndpoint m_endpoint;
    Api::AwsTransport m_transport; // declared last: gone before the endpoint it talks to
    bool m_started = false;
    QString m_error;
};

} // namespace EcsDesk::Testing
