// SPDX-License-Identifier: MIT
// ClusterSnapshotLoader's progressive load (issue 24): the services go out before the tasks, and
// with Options::streamTasks every DescribeTasks answer goes out as it comes instead of being held
// until the end. Against the fake ECS on a loopback stub.

#include "api/ecs/clustersnapshotloader.h"
#include "api/ecs/ecsclient.h"
#include "clienttestutil.h"
#include "fakeecs.h"
#include "stubserver.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace EcsDesk;
using namespace EcsDesk::Testing;

namespace {

class SnapshotStream : public ::testing::Test {
protected:
    void start(StubServer::Handler handler)
    {
        server = std::make_unique<StubServer>(std::move(handler));
        ASSERT_TRUE(server->listen());
        transport = std::make_unique<Api::AwsTransport>();
        transport->setDefaultTimeoutMs(120000);
        Api::ClientConfig config;
        config.transport = transport.get();
        config.region = "us-east-1";
        config.endpointUrl = server->url();
        config.credentials = std::make_shared<Api::StaticCredentialsProvider>(
            Api::Credentials { QStringLiteral("AKID"), QStringLiteral("secret"), {}, {} }, QStringLiteral("test"));
        ecs = std::make_unique<Api::EcsClient>(config);
    }

    std::unique_ptr<StubServer> server;
    std::unique_ptr<Api::AwsTransport> transport;
    std::unique_ptr<Api::EcsClient> ecs;
};

QStringList arnsOf(const QList<Api::Task>& tasks)
{
    QStringList arns;
    for (const Api::Task& task : tasks)
        arns.append(task.arn);
    arns.sort();
    return arns;
}

} // namespace

TEST_F(SnapshotStream, StreamedTasksAreTheHeldOnesAndTheSnapshotKeepsNone)
{
    FakeEcs::Shape shape;
    shape.services = 130;
    shape.runningPerService = 3;
    shape.families = 7;
    shape.containerInstances = 20;
    FakeEcs fake(shape);
    start([&](const StubRequest& request) { return fake.handle(request); });

    auto load = [&](bool stream, QList<Api::Task>* streamed, int* servicesSignals) {
        Api::ClusterSnapshotLoader::Options options;
        options.streamTasks = stream;
        Api::ClusterSnapshotLoader loader(*ecs, options);
        std::optional<Api::ClusterSnapshot> result;
        std::optional<Api::AwsError> error;
        QObject::connect(&loader, &Api::ClusterSnapshotLoader::tasksArrived,
            [&](const QList<Api::Task>& tasks) { *streamed += tasks; });
        QObject::connect(&loader, &Api::ClusterSnapshotLoader::servicesLoaded, [&](const Api::ClusterSnapshot& p) {
            ++*servicesSignals;
            EXPECT_FALSE(result) << "servicesLoaded after finished";
            EXPECT_EQ(p.services.size(), 130);
            EXPECT_TRUE(p.tasks.isEmpty());
        });
        QObject::connect(
            &loader, &Api::ClusterSnapshotLoader::finished, [&](const Api::ClusterSnapshot& s) { result = s; });
        QObject::connect(&loader, &Api::ClusterSnapshotLoader::failed, [&](const Api::AwsError& e) { error = e; });
        loader.load(fake.clusterName());
        EXPECT_TRUE(waitFor([&] { return result || error; }, 60000)) << "the loader hung";
        EXPECT_FALSE(error) << describe(error);
        return result.value_or(Api::ClusterSnapshot {});
    };

    QList<Api::Task> none;
    int heldServicesSignals = 0;
    const Api::ClusterSnapshot held = load(false, &none, &heldServicesSignals);
    EXPECT_TRUE(none.isEmpty());
    EXPECT_EQ(heldServicesSignals, 1);
    EXPECT_FALSE(held.tasksStreamed);
    ASSERT_EQ(held.tasks.size(), fake.taskCount());
    EXPECT_EQ(held.taskCount, fake.taskCount());

    QList<Api::Task> streamed;
    int servicesSignals = 0;
    const Api::ClusterSnapshot snapshot = load(true, &streamed, &servicesSignals);
    EXPECT_EQ(servicesSignals, 1);
    EXPECT_TRUE(snapshot.tasksStreamed);
    EXPECT_TRUE(snapshot.tasks.isEmpty());
    EXPECT_EQ(snapshot.taskCount, fake.taskCount());
    EXPECT_EQ(arnsOf(streamed), arnsOf(held.tasks));
    EXPECT_EQ(snapshot.services.size(), held.services.size());
    EXPECT_EQ(snapshot.containerInstances.size(), held.containerInstances.size());
    EXPECT_EQ(snapshot.taskDefinitions.size(), held.taskDefinitions.size());
}

TEST_F(SnapshotStream, ServicesGoOutWhileTheTasksAreStillUnanswered)
{
    FakeEcs::Shape shape;
    shape.services = 250; // three ListServices pages, 25 DescribeServices
    shape.runningPerService = 2;
    FakeEcs fake(shape);
    int heldTasks = 0;
    start([&](const StubRequest& request) {
        StubResponse response = fake.handle(request);
        if (request.operation() == QLatin1String("DescribeTasks")) {
            ++heldTasks;
            response.delayMs = 100000; // held back: the loader must not wait for them
        }
        return response;
    });
    Api::ClusterSnapshotLoader::Options options;
    options.streamTasks = true;
    Api::ClusterSnapshotLoader loader(*ecs, options);
    std::optional<Api::ClusterSnapshot> partial;
    int batches = 0;
    Api::SnapshotProgress last;
    QObject::connect(
        &loader, &Api::ClusterSnapshotLoader::servicesLoaded, [&](const Api::ClusterSnapshot& p) { partial = p; });
    QObject::connect(&loader, &Api::ClusterSnapshotLoader::tasksArrived, [&](const QList<Api::Task>&) { ++batches; });
    QObject::connect(&loader, &Api::ClusterSnapshotLoader::progress, [&](const Api::SnapshotProgress& p) { last = p; });
    loader.load(fake.clusterName());
    ASSERT_TRUE(waitFor([&] { return partial.has_value(); }, 30000)) << "no services before the tasks";
    EXPECT_EQ(partial->services.size(), 250);
    EXPECT_EQ(partial->cluster.name, fake.clusterName());
    EXPECT_EQ(batches, 0);
    EXPECT_GT(heldTasks, 0);
    EXPECT_TRUE(loader.isRunning());
    ASSERT_TRUE(waitFor([&] { return last.servicesLoaded && last.tasksListed == fake.taskCount(); }, 30000))
        << last.tasksListed;
    EXPECT_EQ(last.tasks, 0);
    loader.cancel();
}
