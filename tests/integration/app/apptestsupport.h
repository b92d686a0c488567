#pragma once

// Shared by the app's end-to-end tests: a window on its own embedded endpoint with an empty
// account, and a separate client to that endpoint for setting up and checking state.

#include "api/core/awstransport.h"
#include "api/ecs/ecsclient.h"
#include "common/testutil.h"
#include "local/localendpoint.h"
#include "ui/mainwindow.h"

#include <gtest/gtest.h>

namespace EcsDesk::Testing {

/// Waits for `reply`, expects success and returns its JSON.
inline QJsonObject call(Api::AwsReply* reply)
{
    EXPECT_TRUE(waitFor([reply] { return reply->isFinished(); }, 20000));
    reply->deleteLater();
    EXPECT_TRUE(reply->isOk()) << (reply->error() ? reply->error()->toString().toStdString() : std::string());
    return reply->json();
}

/// Window options for a test: the Local endpoint in `dataDir`, no demo seed, no profiles.
inline Ui::MainWindow::Options testWindowOptions(const QString& dataDir)
{
    Ui::MainWindow::Options options;
    options.localDataDir = dataDir;
    options.localSeed = QStringLiteral("none");
    options.listProfiles = false;
    options.offerEditorRecovery = false;
    return options;
}

/// A client configuration for the window's embedded endpoint, on `transport`.
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

} // namespace EcsDesk::Testing
