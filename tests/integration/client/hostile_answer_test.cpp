// SPDX-License-Identifier: MIT
// The client against a hostile server (issue 25 point 12): a page token handed out again would
// make every paginator loop forever, and an answer of the wrong shape ({"clusterArns": 5}) would
// read as an empty success. Both end in a typed error naming the operation (and the field).

#include "api/ecs/clustersnapshotloader.h"
#include "api/ecs/ecsclient.h"
#include "clienttestutil.h"
#include "fakeecs.h"
#include "stubserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace EcsDesk;
using namespace EcsDesk::Testing;

namespace {

class HostileAnswerTest : public ::testing::Test {
protected:
    void start(StubServer::Handler handler)
    {
        server = std::make_unique<StubServer>(std::move(handler));
        ASSERT_TRUE(server->listen());
        transport = std::make_unique<Api::AwsTransport>();
        Api::ClientConfig config;
        config.transport = transport.get();
        config.region = "us-east-1";
        config.endpointUrl = server->url();
        config.credentials = std::make_shared<Api::StaticCredentialsProvider>(
            Api::Credentials { QStringLiteral("AKID"), QStringLiteral("secret"), {}, {} }, QStringLiteral("test"));
        ecs = std::make_unique<Api::EcsClient>(config);
    }

    std::optional<Api::AwsError> call(Api::AwsReply* reply)
    {
        const auto outcome = await(reply, 20000);
        return outcome.error;
    }

    /// Runs a snapshot load to its end: the error, or nullopt when it succeeded.
    std::optional<Api::AwsError> snapshot(const QString& cluster)
    {
        Api::ClusterSnapshotLoader loader(*ecs);
        std::optional<Api::AwsError> failure;
        bool done = false;
        QObject::connect(&loader, &Api::ClusterSnapshotLoader::finished, [&] { done = true; });
        QObject::connect(&loader, &Api::ClusterSnapshotLoader::failed, [&](const Api::AwsError& error) {
            failure = error;
            done = true;
        });
        loader.load(cluster);
        EXPECT_TRUE(waitFor([&] { return done; }, 30000)) << "the snapshot never ended";
        return failure;
    }

    std::unique_ptr<StubServer> server;
    std::unique_ptr<Api::AwsTransport> transport;
    std::unique_ptr<Api::EcsClient> ecs;
};

} // namespace

TEST_F(HostileAnswerTest, ClusterListingStopsOnARepeatedToken)
{
    // Every page names one cluster and the same next token, forever.
    start([](const StubRequest& request) {
        if (request.operation() == QLatin1String("ListClusters"))
            return StubResponse::json({ { QStringLiteral("clusterArns"), QJsonArray { QStringLiteral("arn:c") } },
                { QStringLiteral("nextToken"), QStringLiteral("again") } });
        return StubResponse::json({ { QStringLiteral("clusters"), QJsonArray {} } });
    });
    Api::ClusterListLoader loader(*ecs);
    std::optional<Api::AwsError> failure;
    bool finished = false;
    QObject::connect(&loader, &Api::ClusterListLoader::finished, [&] { finished = true; });
    QObject::connect(&loader, &Api::ClusterListLoader::failed, [&](const Api::AwsError& error) { failure = error; });
    loader.load();
    ASSERT_TRUE(waitFor([&] { return failure.has_value() || finished; }, 30000)) << "the listing loops";
    ASSERT_TRUE(failure.has_value());
    EXPECT_EQ(failure->kind, Api::AwsError::Kind::Protocol);
    EXPECT_EQ(failure->code, QLatin1String("PaginationLoop"));
    EXPECT_TRUE(failure->message.contains(QLatin1String("same page token twice for ListClusters")))
        << failure->message.toStdString();
    EXPECT_LE(server->requestCount(), 3 + 2); // the first page, the repeat, and describes of those pages
}

TEST_F(HostileAnswerTest, EverySnapshotListingStopsOnARepeatedToken)
{
    for (const QString& operation : { QStringLiteral("ListServices"), QStringLiteral("ListTasks"),
             QStringLiteral("ListContainerInstances"), QStringLiteral("ListTaskDefinitionFamilies") }) {
        SCOPED_TRACE(operation.toStdString());
        FakeEcs fake(FakeEcs::Shape {});
        // The fake's answers, but this listing's token comes back unchanged (a cycle 1 -> 2 -> 1
        // for ListTasks: a token seen before, not just the previous one).
        start([&fake, operation](const StubRequest& request) {
            StubResponse response = fake.handle(request);
            if (request.operation() != operation)
                return response;
            QJsonObject answer = QJsonDocument::fromJson(response.body).object();
            const QString sent = request.json().value(QLatin1String("nextToken")).toString();
            answer.insert(
                QStringLiteral("nextToken"), sent == QLatin1String("1") ? QStringLiteral("2") : QStringLiteral("1"));
            return StubResponse::json(answer);
        });
        const auto error = snapshot(fake.clusterName());
        ASSERT_TRUE(error.has_value()) << "a looping listing must not succeed";
        EXPECT_EQ(error->code, QLatin1String("PaginationLoop"));
        EXPECT_TRUE(error->message.contains(operation)) << error->message.toStdString();
    }
}

TEST_F(HostileAnswerTest, AnswersOfTheWrongShapeAreTypedErrors)
{
    QJsonObject answer;
    start([&answer](const StubRequest&) { return StubResponse::json(answer); });

    answer = { { QStringLiteral("clusterArns"), 5 } };
    auto error = call(ecs->listClusters());
    ASSERT_TRUE(error.has_value()) << "{\"clusterArns\": 5} is not an empty list";
    EXPECT_EQ(error->kind, Api::AwsError::Kind::Protocol);
    EXPECT_EQ(error->code, QLatin1String("UnexpectedResponseShape"));
    EXPECT_FALSE(error->retryable);
    EXPECT_TRUE(error->message.contains(QLatin1String("ListClusters"))) << error->message.toStdString();
    EXPECT_TRUE(error->message.contains(QLatin1String("clusterArns"))) << error->message.toStdString();

    answer = { { QStringLiteral("serviceArns"), QJsonArray { QStringLiteral("arn:s"), 7 } } };
    error = call(ecs->listServices(QStringLiteral("c")));
    ASSERT_TRUE(error.has_value());
    EXPECT_TRUE(error->message.contains(QLatin1String("serviceArns[1]"))) << error->message.toStdString();

    answer = { { QStringLiteral("taskArns"), QJsonArray {} }, { QStringLiteral("nextToken"), 12 } };
    error = call(ecs->listTasks(QStringLiteral("c"), {}));
    ASSERT_TRUE(error.has_value());
    EXPECT_TRUE(error->message.contains(QLatin1String("nextToken"))) << error->message.toStdString();

    answer = { { QStringLiteral("tasks"),
        QJsonArray { QJsonObject { { QStringLiteral("taskArn"), QStringLiteral("arn:t") },
            { QStringLiteral("containers"), QStringLiteral("none") } } } } };
    error = call(ecs->describeTasksTyped(QStringLiteral("c"), { QStringLiteral("arn:t") }));
    ASSERT_TRUE(error.has_value());
    EXPECT_TRUE(error->message.contains(QLatin1String("DescribeTasks"))) << error->message.toStdString();
    EXPECT_TRUE(error->message.contains(QLatin1String("tasks[0].containers"))) << error->message.toStdString();

    answer = { { QStringLiteral("clusters"), QJsonObject {} } };
    error = call(ecs->describeClusters({ QStringLiteral("c") }));
    ASSERT_TRUE(error.has_value());
    EXPECT_TRUE(error->message.contains(QLatin1String("clusters"))) << error->message.toStdString();

    answer = { { QStringLiteral("taskDefinition"),
        QJsonObject { { QStringLiteral("family"), QStringLiteral("web") },
            { QStringLiteral("revision"), QStringLiteral("1") } } } };
    error = call(ecs->describeTaskDefinition(QStringLiteral("web:1")));
    ASSERT_TRUE(error.has_value());
    EXPECT_TRUE(error->message.contains(QLatin1String("taskDefinition.revision"))) << error->message.toStdString();

    // What AWS leaves out, or sends as null, is fine; so is an empty answer of the right shape.
    answer = { { QStringLiteral("clusterArns"), QJsonArray {} }, { QStringLiteral("nextToken"), QJsonValue() } };
    error = call(ecs->listClusters());
    EXPECT_FALSE(error.has_value()) << describe(error);
    answer = {};
    error = call(ecs->listServices(QStringLiteral("c")));
    EXPECT_FALSE(error.has_value()) << describe(error);
}

TEST_F(HostileAnswerTest, ASnapshotWithAWrongShapeFailsInsteadOfDroppingData)
{
    FakeEcs fake(FakeEcs::Shape {});
    start([&fake](const StubRequest& request) {
        if (request.operation() == QLatin1String("ListServices"))
            return StubResponse::json({ { QStringLiteral("serviceArns"), QStringLiteral("arn:s") } });
        return fake.handle(request);
    });
    const auto error = snapshot(fake.clusterName());
    ASSERT_TRUE(error.has_value()) << "a snapshot without its services is not a success";
    EXPECT_EQ(error->code, QLatin1String("UnexpectedResponseShape"));
    EXPECT_TRUE(error->message.contains(QLatin1String("ListServices"))) << error->message.toStdString();
    EXPECT_TRUE(error->message.contains(QLatin1String("serviceArns"))) << error->message.toStdString();
}
