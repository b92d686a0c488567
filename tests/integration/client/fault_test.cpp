// SPDX-License-Identifier: MIT
// The client against a fault-injecting loopback server: throttling bursts, 500s, HTML error pages,
// truncated and malformed JSON, answers slower than the timeout, connection resets, and
// cancellation. Every outcome is correct data or a typed error: no crash, no hang, no partial
// data presented as complete.

#include "api/ecs/clustersnapshotloader.h"
#include "api/ecs/ecsclient.h"
#include "clienttestutil.h"
#include "fakeecs.h"
#include "stubserver.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace EcsDesk;
using namespace EcsDesk::Testing;

namespace {

/// Every fault against both HTTP implementations of the transport.
class FaultTest : public ::testing::TestWithParam<Api::AwsTransport::HttpBackend> {
protected:
    void start(StubServer::Handler handler, int maxAttempts = 4, int timeoutMs = 2000)
    {
        server = std::make_unique<StubServer>(std::move(handler));
        ASSERT_TRUE(server->listen());
        transport = std::make_unique<Api::AwsTransport>();
        transport->setHttpBackend(GetParam());
        Api::RetryPolicy policy;
        policy.maxAttempts = maxAttempts;
        policy.baseDelayMs = 5;
        policy.throttleBaseDelayMs = 5;
        policy.maxBackoffMs = 50;
        policy.throttleBudgetMs = throttleBudgetMs;
        transport->setRetryPolicy(policy);
        transport->setDefaultTimeoutMs(timeoutMs);
        Api::ClientConfig config;
        config.transport = transport.get();
        config.region = "us-east-1";
        config.endpointUrl = server->url();
        config.credentials = std::make_shared<Api::StaticCredentialsProvider>(
            Api::Credentials { QStringLiteral("AKID"), QStringLiteral("secret"), {}, {} }, QStringLiteral("test"));
        ecs = std::make_unique<Api::EcsClient>(config);
    }

    /// Runs one call to its end; `reply` is kept for inspection until the next call.
    Api::AwsReply* finish(Api::AwsReply* reply, int timeoutMs = 20000)
    {
        EXPECT_TRUE(waitFor([reply] { return reply->isFinished(); }, timeoutMs)) << "the call hung";
        reply->deleteLater();
        return reply;
    }

    int throttleBudgetMs = 60000;
    std::unique_ptr<StubServer> server;
    std::unique_ptr<Api::AwsTransport> transport;
    std::unique_ptr<Api::EcsClient> ecs;
};

const QJsonObject clusters { { QStringLiteral("clusterArns"), QJsonArray { QStringLiteral("arn:c") } } };

} // namespace

TEST_P(FaultTest, ThrottlingBurstIsRetriedAndTurnsOnTheRateLimiter)
{
    int n = 0;
    start([&](const StubRequest&) {
        // Throttles dominating the answers (ten in a row) turn the limiter on; a few would not.
        return ++n <= 10
            ? StubResponse::awsError(QStringLiteral("ThrottlingException"), QStringLiteral("Rate exceeded"))
            : StubResponse::json(clusters);
    });
    Api::AwsReply* reply = finish(ecs->listClusters());
    ASSERT_TRUE(reply->isOk()) << describe(reply->error());
    EXPECT_EQ(reply->attempts(), 11);
    EXPECT_EQ(reply->json(), clusters);
    EXPECT_TRUE(transport->rateLimiter("ecs", server->url(), "us-east-1", QStringLiteral("ListClusters")).isEnabled());
}

TEST_P(FaultTest, PersistentThrottlingEndsInATypedRetryableError)
{
    // Throttling is retried within a time budget (here 300 ms), not a count: more attempts than
    // maxAttempts, then the throttling error is the answer.
    throttleBudgetMs = 300;
    start(
        [&](const StubRequest&) {
            return StubResponse::awsError(
                QStringLiteral("com.amazonaws.ecs#ThrottlingException"), QStringLiteral("Rate exceeded"));
        },
        3);
    Api::AwsReply* reply = finish(ecs->listClusters());
    ASSERT_FALSE(reply->isOk());
    EXPECT_EQ(reply->error()->code, QStringLiteral("ThrottlingException"));
    EXPECT_EQ(reply->error()->httpStatus, 400);
    EXPECT_EQ(reply->error()->requestId, QStringLiteral("stub-request-id"));
    EXPECT_TRUE(reply->error()->retryable);
    EXPECT_GT(reply->attempts(), 3);
    EXPECT_EQ(server->requestCount(), reply->attempts());
}

TEST_P(FaultTest, ThrottlingDoesNotUseUpTheAttemptsForServerErrors)
{
    // Issue 25 point 13: at 30 % faults, 3 attempts in all failed 7 of 8 snapshots. Throttles
    // between server errors no longer count: two 500s and three throttles, then the answer, with
    // maxAttempts 3.
    int n = 0;
    start(
        [&](const StubRequest&) {
            ++n;
            if (n == 2 || n == 4)
                return StubResponse::awsError(QStringLiteral("ServerException"), QStringLiteral("boom"), 500);
            if (n <= 5)
                return StubResponse::awsError(QStringLiteral("ThrottlingException"), QStringLiteral("Rate exceeded"));
            return StubResponse::json(clusters);
        },
        3);
    Api::AwsReply* reply = finish(ecs->listClusters());
    ASSERT_TRUE(reply->isOk()) << describe(reply->error());
    EXPECT_EQ(reply->attempts(), 6);

    // A third server error is one too many: the standard mode's count still holds for them.
    n = 0;
    start(
        [&](const StubRequest&) {
            ++n;
            if (n % 2 == 0)
                return StubResponse::awsError(QStringLiteral("ThrottlingException"), QStringLiteral("Rate exceeded"));
            return StubResponse::awsError(QStringLiteral("ServerException"), QStringLiteral("boom"), 500);
        },
        3);
    reply = finish(ecs->listClusters());
    ASSERT_FALSE(reply->isOk());
    EXPECT_EQ(reply->error()->code, QStringLiteral("ServerException"));
    EXPECT_EQ(reply->attempts(), 5); // 500, throttle, 500, throttle, 500
}

TEST_P(FaultTest, ServerErrorsAndHtmlPages)
{
    int n = 0;
    start(
        [&](const StubRequest&) {
            ++n;
            if (n == 1)
                return StubResponse::awsError(QStringLiteral("ServerException"), QStringLiteral("boom"), 500);
            StubResponse html;
            html.status = 503;
            html.body = "<!DOCTYPE html><html><body><h1>503 Service Unavailable</h1></body></html>";
            html.headers = { { "Content-Type", "text/html" } };
            return html;
        },
        3);
    Api::AwsReply* reply = finish(ecs->listClusters());
    ASSERT_FALSE(reply->isOk());
    EXPECT_EQ(reply->error()->kind, Api::AwsError::Kind::Protocol);
    EXPECT_EQ(reply->error()->code, QStringLiteral("Http503"));
    EXPECT_EQ(reply->error()->httpStatus, 503);
    EXPECT_TRUE(reply->error()->retryable);
    EXPECT_EQ(reply->attempts(), 3);

    // A client error is not retried.
    start([](const StubRequest&) {
        return StubResponse::awsError(QStringLiteral("ClientException"), QStringLiteral("bad request"));
    });
    reply = finish(ecs->listClusters());
    EXPECT_EQ(reply->error()->code, QStringLiteral("ClientException"));
    EXPECT_FALSE(reply->error()->retryable);
    EXPECT_EQ(reply->attempts(), 1);
}

TEST_P(FaultTest, TruncatedAndMalformedBodies)
{
    int n = 0;
    start([&](const StubRequest&) {
        StubResponse response = StubResponse::json(clusters);
        if (++n == 1)
            response.action = StubResponse::Action::Truncate;
        return response;
    });
    Api::AwsReply* reply = finish(ecs->listClusters());
    ASSERT_TRUE(reply->isOk()) << describe(reply->error());
    EXPECT_EQ(reply->json(), clusters);
    EXPECT_EQ(reply->attempts(), 2);

    start(
        [](const StubRequest&) {
            StubResponse response = StubResponse::json(clusters);
            response.action = StubResponse::Action::Truncate;
            return response;
        },
        2);
    reply = finish(ecs->listClusters());
    ASSERT_FALSE(reply->isOk());
    EXPECT_EQ(reply->error()->kind, Api::AwsError::Kind::Network);
    EXPECT_EQ(reply->attempts(), 2);

    start([](const StubRequest&) {
        StubResponse response;
        response.body = R"({"clusterArns": ["arn:c", )";
        return response;
    });
    reply = finish(ecs->listClusters());
    ASSERT_FALSE(reply->isOk());
    EXPECT_EQ(reply->error()->kind, Api::AwsError::Kind::Protocol);
    EXPECT_EQ(reply->error()->code, QStringLiteral("MalformedResponse"));
    EXPECT_EQ(reply->error()->httpStatus, 200);

    // A large malformed body goes through the worker-thread parser and fails the same way.
    start([](const StubRequest&) {
        StubResponse response;
        response.body = "{\"clusterArns\": [" + QByteArray(300000, ' ') + "\"x\",";
        return response;
    });
    reply = finish(ecs->listClusters());
    ASSERT_FALSE(reply->isOk());
    EXPECT_EQ(reply->error()->code, QStringLiteral("MalformedResponse"));
}

TEST_P(FaultTest, SlowAnswersTimeOutAndResetsAreRetried)
{
    int n = 0;
    start(
        [&](const StubRequest&) {
            StubResponse response = StubResponse::json(clusters);
            if (++n == 1)
                response.delayMs = 3000; // past the timeout: abandoned, retried
            return response;
        },
        3, 300);
    Api::AwsReply* reply = finish(ecs->listClusters());
    ASSERT_TRUE(reply->isOk()) << describe(reply->error());
    EXPECT_EQ(reply->attempts(), 2);

    start(
        [](const StubRequest&) {
            StubResponse response;
            response.action = StubResponse::Action::Hang;
            return response;
        },
        2, 200);
    reply = finish(ecs->listClusters());
    ASSERT_FALSE(reply->isOk());
    EXPECT_EQ(reply->error()->kind, Api::AwsError::Kind::Timeout);
    EXPECT_TRUE(reply->error()->retryable);
    EXPECT_EQ(reply->attempts(), 2);

    n = 0;
    start([&](const StubRequest&) {
        StubResponse response = StubResponse::json(clusters);
        if (++n <= 2)
            response.action = StubResponse::Action::Reset;
        return response;
    });
    reply = finish(ecs->listClusters());
    ASSERT_TRUE(reply->isOk()) << describe(reply->error());
    // Qt itself re-sends once when a kept-alive connection drops before any answer.
    EXPECT_GE(reply->attempts(), 2);
    EXPECT_EQ(server->requestCount(), 3);
}

TEST_P(FaultTest, AbortCancelsAHangingCall)
{
    start([](const StubRequest&) {
        StubResponse response;
        response.action = StubResponse::Action::Hang;
        return response;
    });
    Api::AwsReply* reply = ecs->listClusters();
    int finishedSignals = 0;
    QObject::connect(reply, &Api::AwsReply::finished, [&] { ++finishedSignals; });
    ASSERT_TRUE(waitFor([&] { return server->requestCount() == 1; }));
    reply->abort();
    EXPECT_TRUE(reply->isFinished());
    EXPECT_EQ(reply->error()->kind, Api::AwsError::Kind::Cancelled);
    QTest::qWait(50);
    EXPECT_EQ(finishedSignals, 1);
    reply->deleteLater();
}

TEST_P(FaultTest, SnapshotThroughRandomFaultsEqualsTheCleanSnapshot)
{
    FakeEcs::Shape shape;
    shape.services = 130; // two ListServices pages
    shape.runningPerService = 3;
    shape.stoppedPerService = 1;
    shape.families = 7; // > 100 tasks per (family, RUNNING): several ListTasks pages
    shape.containerInstances = 120;
    FakeEcs fake(shape);

    auto snapshot = [&](Api::ClusterSnapshotLoader::TaskListing listing, int stoppedPages = 5) {
        Api::ClusterSnapshotLoader::Options options;
        options.taskListing = listing;
        options.stoppedPagesBeforePartitioning = stoppedPages;
        options.maxInFlight = 8;
        Api::ClusterSnapshotLoader loader(*ecs, options);
        std::optional<Api::ClusterSnapshot> result;
        std::optional<Api::AwsError> error;
        QObject::connect(
            &loader, &Api::ClusterSnapshotLoader::finished, [&](const Api::ClusterSnapshot& s) { result = s; });
        QObject::connect(&loader, &Api::ClusterSnapshotLoader::failed, [&](const Api::AwsError& e) { error = e; });
        loader.load(fake.clusterName());
        EXPECT_TRUE(waitFor([&] { return result || error; }, 60000)) << "the loader hung";
        EXPECT_FALSE(result && error);
        return std::make_pair(result, error);
    };

    start([&](const StubRequest& request) { return fake.handle(request); });
    const auto [clean, cleanError] = snapshot(Api::ClusterSnapshotLoader::TaskListing::ByFamily);
    ASSERT_TRUE(clean) << describe(cleanError);
    EXPECT_EQ(clean->services.size(), 130);
    EXPECT_EQ(clean->tasks.size(), fake.taskCount());
    EXPECT_EQ(clean->containerInstances.size(), 120);
    EXPECT_EQ(clean->taskDefinitions.size(), 7);
    EXPECT_TRUE(clean->failures.isEmpty());
    const auto [wide, wideError] = snapshot(Api::ClusterSnapshotLoader::TaskListing::ClusterWide);
    ASSERT_TRUE(wide) << describe(wideError);
    EXPECT_EQ(wide->toJson(), clean->toJson());
    // Auto: stopped tasks cluster-wide, switching to per-family partitions after one page.
    const auto [switched, switchedError] = snapshot(Api::ClusterSnapshotLoader::TaskListing::Auto, 1);
    ASSERT_TRUE(switched) << describe(switchedError);
    EXPECT_EQ(switched->toJson(), clean->toJson());

    // Every fault class, sprinkled over the calls; retries make the result whole again.
    int n = 0;
    start(
        [&](const StubRequest& request) {
            ++n;
            StubResponse response = fake.handle(request);
            if (n >= 5 && n <= 8) // a throttling burst early in the refresh
                return StubResponse::awsError(QStringLiteral("ThrottlingException"), QStringLiteral("Rate exceeded"));
            switch (n % 9) {
            case 3:
                return StubResponse::awsError(QStringLiteral("ServerException"), QStringLiteral("boom"), 500);
            case 5:
                response.action = StubResponse::Action::Truncate;
                return response;
            case 7:
                response.action = StubResponse::Action::Reset;
                return response;
            default:
                return response;
            }
        },
        8, 2000);
    const auto [faulty, faultyError] = snapshot(Api::ClusterSnapshotLoader::TaskListing::ByFamily);
    ASSERT_TRUE(faulty) << describe(faultyError);
    EXPECT_EQ(faulty->toJson(), clean->toJson());

    // A call that keeps failing fails the whole load with its typed error, and nothing else.
    start(
        [&](const StubRequest& request) {
            if (request.operation() == QLatin1String("DescribeTasks"))
                return StubResponse::awsError(QStringLiteral("ServerException"), QStringLiteral("down"), 500);
            return fake.handle(request);
        },
        2, 2000);
    const auto [broken, brokenError] = snapshot(Api::ClusterSnapshotLoader::TaskListing::ByFamily);
    EXPECT_FALSE(broken);
    ASSERT_TRUE(brokenError);
    EXPECT_EQ(brokenError->code, QStringLiteral("ServerException"));
    EXPECT_EQ(brokenError->httpStatus, 500);
}

TEST_P(FaultTest, ADeletedTaskDefinitionIsReportedNotFatal)
{
    FakeEcs::Shape shape;
    shape.danglingTasks = 2;
    FakeEcs fake(shape);
    start([&](const StubRequest& request) { return fake.handle(request); });
    Api::ClusterSnapshotLoader loader(*ecs);
    std::optional<Api::ClusterSnapshot> result;
    std::optional<Api::AwsError> error;
    QObject::connect(
        &loader, &Api::ClusterSnapshotLoader::finished, [&](const Api::ClusterSnapshot& s) { result = s; });
    QObject::connect(&loader, &Api::ClusterSnapshotLoader::failed, [&](const Api::AwsError& e) { error = e; });
    loader.load(fake.clusterName());
    ASSERT_TRUE(waitFor([&] { return result || error; }, 30000));
    ASSERT_TRUE(result) << describe(error);
    EXPECT_EQ(result->tasks.size(), fake.taskCount());
    ASSERT_EQ(result->failures.size(), 1);
    EXPECT_TRUE(result->failures.first().arn.endsWith(QLatin1String("task-definition/deleted-family:1")));
    EXPECT_EQ(result->failures.first().reason, QStringLiteral("MISSING"));
    EXPECT_EQ(result->taskDefinitions.size(), shape.families);
}

TEST_P(FaultTest, ANewLoadSupersedesTheRunningOne)
{
    FakeEcs::Shape shape;
    FakeEcs fake(shape);
    start([&](const StubRequest& request) {
        StubResponse response = fake.handle(request);
        response.delayMs = 20;
        return response;
    });
    Api::ClusterSnapshotLoader loader(*ecs);
    int finished = 0;
    int failed = 0;
    QObject::connect(&loader, &Api::ClusterSnapshotLoader::finished, [&] { ++finished; });
    QObject::connect(&loader, &Api::ClusterSnapshotLoader::failed, [&] { ++failed; });
    loader.load(fake.clusterName());
    ASSERT_TRUE(waitFor([&] { return server->requestCount() >= 3; }));
    loader.load(fake.clusterName()); // the first load's calls are aborted, its answers dropped
    ASSERT_TRUE(waitFor([&] { return finished + failed > 0; }, 30000));
    QTest::qWait(200);
    EXPECT_EQ(finished, 1);
    EXPECT_EQ(failed, 0);

    loader.load(fake.clusterName());
    loader.cancel();
    QTest::qWait(200);
    EXPECT_EQ(finished, 1);
    EXPECT_FALSE(loader.isRunning());
}

INSTANTIATE_TEST_SUITE_P(HttpBackends, FaultTest,
    ::testing::Values(Api::AwsTransport::HttpBackend::Own, Api::AwsTransport::HttpBackend::Qt),
    [](const ::testing::TestParamInfo<Api::AwsTransport::HttpBackend>& info) {
        return info.param == Api::AwsTransport::HttpBackend::Own ? std::string("OwnHttp") : std::string("QtNetwork");
    });
