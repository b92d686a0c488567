// SPDX-License-Identifier: MIT
// The client against ECS's token buckets (issue 24): a loopback server throttled as
// `ecsdesk-local --throttle ecs` throttles (Local::RequestThrottle). Every call is answered, the
// limiter learns the bucket's refill rate, and the calls waiting for it are released at that rate
// instead of meeting the bucket head-on.

#include "api/ecs/ecsclient.h"
#include "local/http/requestthrottle.h"
#include "stubserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>

#include <gtest/gtest.h>

using namespace EcsDesk;
using namespace EcsDesk::Testing;

TEST(ThrottledClient, CallsBeyondTheBurstAreAllAnsweredAtTheLearnedRate)
{
    Local::RequestThrottle throttle;
    int throttled = 0;
    int admitted = 0;
    StubServer server([&](const StubRequest& request) {
        if (!throttle.admit(request.operation())) {
            ++throttled;
            return StubResponse::awsError(QStringLiteral("ThrottlingException"), QStringLiteral("Rate exceeded"));
        }
        ++admitted;
        return StubResponse::json(
            QJsonObject { { QStringLiteral("clusters"), QJsonArray() }, { QStringLiteral("failures"), QJsonArray() } });
    });
    ASSERT_TRUE(server.listen());
    Api::AwsTransport transport;
    Api::ClientConfig config;
    config.transport = &transport;
    config.region = "us-east-1";
    config.endpointUrl = server.url();
    config.credentials = std::make_shared<Api::StaticCredentialsProvider>(
        Api::Credentials { QStringLiteral("AKID"), QStringLiteral("secret"), {}, {} }, QStringLiteral("test"));
    const Api::EcsClient ecs(config);

    // Cluster read actions: a burst of 50, then 20 a second. 130 calls at once, 32 in flight at a
    // time as the snapshot loader sends them: the burst, then about four seconds of refill.
    constexpr int calls = 130;
    int started = 0;
    int finished = 0;
    int failed = 0;
    std::function<void()> startOne = [&] {
        Api::AwsReply* reply = ecs.describeClusters({ QStringLiteral("c%1").arg(started++) });
        QObject::connect(reply, &Api::AwsReply::finished, [&, reply] {
            failed += reply->isOk() ? 0 : 1;
            ++finished;
            reply->deleteLater();
            if (started < calls)
                startOne();
        });
    };
    for (int i = 0; i < 32; ++i)
        startOne();
    QElapsedTimer guard;
    guard.start();
    while (finished < calls && guard.elapsed() < 60000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);

    ASSERT_EQ(finished, calls) << "calls hung";
    EXPECT_EQ(failed, 0); // no throttling error reaches the caller
    EXPECT_EQ(admitted, calls);
    const Api::AdaptiveRateLimiter& limiter
        = transport.rateLimiter("ecs", server.url(), "us-east-1", QStringLiteral("DescribeClusters"));
    ASSERT_TRUE(limiter.isEnabled());
    EXPECT_NEAR(limiter.learnedRate(), 20.0, 6.0);
    // Met head-on once (the burst runs out with 32 calls in flight), then paced: far fewer
    // throttles than calls. Unpaced, every call beyond the burst was throttled several times.
    EXPECT_LT(throttled, calls);
    // Another category's limiter knows nothing of this one.
    EXPECT_FALSE(transport.rateLimiter("ecs", server.url(), "us-east-1", QStringLiteral("ListServices")).isEnabled());
}
