// SPDX-License-Identifier: MIT
// Paginators outside the snapshot loader (issue 25 point 12): a server that hands out the same
// page token again ends the listing with PaginationLoop instead of an endless loop. LogSearch
// (FilterLogEvents) as the user's log search runs it.

#include "api/logs/logsclient.h"
#include "clienttestutil.h"
#include "models/logs/logfollower.h"
#include "stubserver.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace EcsDesk;
using namespace EcsDesk::Testing;

TEST(PaginatorLoop, LogSearchStopsOnARepeatedToken)
{
    // Pages with no events and the same token forever: maxEvents never ends this listing.
    StubServer server([](const StubRequest&) {
        return StubResponse::json(
            { { QStringLiteral("events"), QJsonArray {} }, { QStringLiteral("nextToken"), QStringLiteral("same") } });
    });
    ASSERT_TRUE(server.listen());
    Api::AwsTransport transport;
    Api::ClientConfig config;
    config.transport = &transport;
    config.region = "us-east-1";
    config.endpointUrl = server.url();
    config.credentials = std::make_shared<Api::StaticCredentialsProvider>(
        Api::Credentials { QStringLiteral("AKID"), QStringLiteral("secret"), {}, {} }, QStringLiteral("test"));
    const Api::LogsClient logs(config);
    Models::LogSearch search(&logs);
    std::optional<Api::AwsError> failure;
    bool finished = false;
    QObject::connect(&search, &Models::LogSearch::finished, [&] { finished = true; });
    QObject::connect(&search, &Models::LogSearch::failed, [&](const Api::AwsError& error) { failure = error; });
    search.search(QStringLiteral("/ecs/web"), QStringLiteral("ERROR"));
    ASSERT_TRUE(waitFor([&] { return failure.has_value() || finished; }, 20000)) << "the search loops";
    ASSERT_TRUE(failure.has_value());
    EXPECT_EQ(failure->code, QLatin1String("PaginationLoop"));
    EXPECT_TRUE(failure->message.contains(QLatin1String("FilterLogEvents"))) << failure->message.toStdString();
    EXPECT_EQ(server.requestCount(), 2);
}
