// SPDX-License-Identifier: MIT
// End to end against moto_server (an independent ECS emulator): the ECS client creates a cluster,
// 250 task definitions, 120 services and tasks, lists them with pagination, describes them in
// batches; ClusterSnapshotLoader's snapshot equals what boto3 sees on the same moto instance;
// then everything is deleted again.

#include "api/ecs/clustersnapshotloader.h"
#include "api/ecs/ecsclient.h"
#include "clienttestutil.h"
#include "common/processserver.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>

#include <gtest/gtest.h>

#include <iostream>

using namespace EcsDesk;
using namespace EcsDesk::Testing;

namespace {

class MotoClientTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        if (!MotoServer::isInstalled()) {
            if (runningInCi())
                FAIL() << "moto_server is not installed";
            GTEST_SKIP() << "moto_server is not installed";
        }
        moto = std::make_unique<MotoServer>();
        ASSERT_TRUE(moto->start()) << moto->errorString().toStdString();
        transport = std::make_unique<Api::AwsTransport>();
        // The tests send hundreds of calls at once to one moto process; on a loaded machine the
        // last ones wait in the queue past the 30 s default. Data, not speed, is under test here.
        transport->setDefaultTimeoutMs(180000);
        Api::ClientConfig config;
        config.transport = transport.get();
        config.region = "us-east-1";
        config.endpointUrl = moto->url();
        config.credentials = std::make_shared<Api::StaticCredentialsProvider>(
            Api::Credentials { QStringLiteral("AKIDTESTING"), QStringLiteral("testing-secret"), {}, {} },
            QStringLiteral("test"));
        ecs = std::make_unique<Api::EcsClient>(config);

        // moto advances a task's lastStatus on every describe; freeze it so two readers agree.
        QNetworkAccessManager network;
        QUrl api = moto->url();
        api.setPath(QStringLiteral("/moto-api/state-manager/set-transition"));
        QNetworkRequest request(api);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        QNetworkReply* reply = network.post(
            request, R"({"model_name":"ecs::task","transition":{"progression":"manual","times":1000000}})");
        ASSERT_TRUE(waitFor([reply] { return reply->isFinished(); }));
        ASSERT_EQ(reply->error(), QNetworkReply::NoError) << reply->errorString().toStdString();
        reply->deleteLater();
    }

    /// Sends all calls at once and waits for every answer; returns the failures.
    QStringList all(const QList<Api::AwsReply*>& replies)
    {
        QStringList errors;
        for (Api::AwsReply* reply : replies) {
            const auto outcome = await(reply);
            if (!outcome.ok())
                errors.append(outcome.error->toString());
        }
        return errors;
    }

    /// Pages through a List* call to the end.
    QStringList listAll(const std::function<Api::AwsReply*(const QString&)>& call, QLatin1String key)
    {
        QStringList arns;
        QString token;
        int pages = 0;
        do {
            const auto answer = awaitJson(call(token));
            EXPECT_TRUE(answer.ok()) << describe(answer.error);
            if (!answer.ok())
                break;
            const Api::ListPage page = Api::EcsJson::listPage(answer.value, key);
            arns += page.arns;
            token = page.nextToken;
        } while (!token.isEmpty() && ++pages < 1000);
        return arns;
    }

    std::unique_ptr<MotoServer> moto;
    std::unique_ptr<Api::AwsTransport> transport;
    std::unique_ptr<Api::EcsClient> ecs;
};

QJsonObject containerDefinition(const QString& name)
{
    return QJsonObject { { QStringLiteral("name"), name }, { QStringLiteral("image"), QStringLiteral("nginx:1.25") },
        { QStringLiteral("memory"), 128 }, { QStringLiteral("cpu"), 64 }, { QStringLiteral("essential"), true },
        { QStringLiteral("portMappings"),
            QJsonArray {
                QJsonObject { { QStringLiteral("containerPort"), 80 }, { QStringLiteral("hostPort"), 0 } } } } };
}

/// Every field boto3 reports must be in our raw object with the same value; our raw object may
/// hold more (fields the botocore model does not know), but the ARN sets must be equal.
void expectSameObjects(const QJsonArray& ours, const QJsonArray& boto, const char* what, const char* arnKey)
{
    ASSERT_EQ(ours.size(), boto.size()) << what;
    for (qsizetype i = 0; i < ours.size(); ++i) {
        const QJsonObject a = ours[i].toObject();
        const QJsonObject b = boto[i].toObject();
        ASSERT_EQ(a.value(QLatin1String(arnKey)), b.value(QLatin1String(arnKey))) << what << " #" << i;
        for (auto it = b.begin(); it != b.end(); ++it) {
            EXPECT_EQ(a.value(it.key()), it.value())
                << what << " " << b.value(QLatin1String(arnKey)).toString().toStdString() << " field "
                << it.key().toStdString() << ": ours "
                << QJsonDocument(QJsonObject { { it.key(), a.value(it.key()) } })
                       .toJson(QJsonDocument::Compact)
                       .toStdString()
                << " boto3 "
                << QJsonDocument(QJsonObject { { it.key(), it.value() } }).toJson(QJsonDocument::Compact).toStdString();
        }
    }
}

} // namespace

TEST_F(MotoClientTest, LifecycleSnapshotMatchesBoto3AndCleansUp)
{
    const QString cluster = QStringLiteral("e2e");
    ASSERT_TRUE(awaitJson(ecs->createCluster(cluster, { { QStringLiteral("team"), QStringLiteral("desk") } })).ok());

    // 250 task definitions: 25 families x 10 revisions.
    QList<Api::AwsReply*> replies;
    for (int family = 0; family < 25; ++family)
        for (int revision = 0; revision < 10; ++revision)
            replies.append(ecs->registerTaskDefinition(QJsonObject {
                { QStringLiteral("family"), QStringLiteral("fam-%1").arg(family, 2, 10, QLatin1Char('0')) },
                { QStringLiteral("containerDefinitions"),
                    QJsonArray { containerDefinition(QStringLiteral("app")) } } }));
    ASSERT_EQ(all(replies), QStringList());
    const QStringList definitions
        = listAll([this](const QString& token) { return ecs->listTaskDefinitions({}, {}, token); },
            QLatin1String("taskDefinitionArns"));
    EXPECT_EQ(definitions.size(), 250);
    const QStringList families
        = listAll([this](const QString& token) { return ecs->listTaskDefinitionFamilies({}, {}, token); },
            QLatin1String("families"));
    EXPECT_EQ(families.size(), 25);

    // 120 services over the families.
    replies.clear();
    for (int i = 0; i < 120; ++i)
        replies.append(ecs->createService(cluster,
            QJsonObject { { QStringLiteral("serviceName"), QStringLiteral("svc-%1").arg(i, 3, 10, QLatin1Char('0')) },
                { QStringLiteral("taskDefinition"), QStringLiteral("fam-%1").arg(i % 25, 2, 10, QLatin1Char('0')) },
                { QStringLiteral("desiredCount"), i % 3 } }));
    ASSERT_EQ(all(replies), QStringList());
    const QStringList services = listAll(
        [&](const QString& token) { return ecs->listServices(cluster, token, 100); }, QLatin1String("serviceArns"));
    ASSERT_EQ(services.size(), 120);

    // Describe in batches of 10 (the API limit).
    int described = 0;
    for (qsizetype i = 0; i < services.size(); i += Api::EcsClient::maxDescribeServices) {
        const auto answer
            = awaitJson(ecs->describeServices(cluster, services.mid(i, Api::EcsClient::maxDescribeServices)));
        ASSERT_TRUE(answer.ok()) << describe(answer.error);
        for (const QJsonValue& value : answer.value.value(QLatin1String("services")).toArray()) {
            const Api::Service service = Api::Service::fromJson(value.toObject());
            EXPECT_TRUE(service.name.startsWith(QLatin1String("svc-")));
            EXPECT_FALSE(service.deployments.isEmpty());
            ++described;
        }
    }
    EXPECT_EQ(described, 120);

    // Update a service, tag it, read the tags back, untag.
    const auto updated = awaitJson(ecs->updateService(cluster, QStringLiteral("svc-000"),
        QJsonObject {
            { QStringLiteral("desiredCount"), 4 }, { QStringLiteral("taskDefinition"), QStringLiteral("fam-01") } }));
    ASSERT_TRUE(updated.ok()) << describe(updated.error);
    const Api::Service svc0 = Api::Service::fromJson(updated.value.value(QLatin1String("service")).toObject());
    EXPECT_EQ(svc0.desiredCount, 4);
    EXPECT_TRUE(svc0.taskDefinition.contains(QLatin1String("fam-01"))) << svc0.taskDefinition.toStdString();
    ASSERT_TRUE(awaitJson(ecs->tagResource(svc0.arn, { { QStringLiteral("owner"), QStringLiteral("desk") } })).ok());
    const auto tags = awaitJson(ecs->listTagsForResource(svc0.arn));
    ASSERT_TRUE(tags.ok()) << describe(tags.error);
    EXPECT_EQ(Api::EcsJson::tags(tags.value.value(QLatin1String("tags"))),
        (QList<Api::Tag> { { QStringLiteral("owner"), QStringLiteral("desk") } }));
    ASSERT_TRUE(awaitJson(ecs->untagResource(svc0.arn, { QStringLiteral("owner") })).ok());
    EXPECT_TRUE(awaitJson(ecs->listTagsForResource(svc0.arn)).value.value(QLatin1String("tags")).toArray().isEmpty());
    // moto 5.2 answers DescribeCapacityProviders with an HTML 500 page: a typed error here.
    const auto providers = awaitJson(ecs->describeCapacityProviders({ QStringLiteral("FARGATE") }));
    if (providers.ok()) {
        const auto providerList
            = Api::EcsJson::objects<Api::CapacityProvider>(providers.value.value(QLatin1String("capacityProviders")));
        EXPECT_EQ(providerList.size() + Api::EcsJson::failures(providers.value).size(), 1);
    } else {
        EXPECT_EQ(providers.error->kind, Api::AwsError::Kind::Protocol) << describe(providers.error);
    }

    // Standalone Fargate tasks, one of them stopped.
    const auto run = awaitJson(ecs->runTask(cluster,
        QJsonObject { { QStringLiteral("taskDefinition"), QStringLiteral("fam-03") }, { QStringLiteral("count"), 5 },
            { QStringLiteral("launchType"), QStringLiteral("FARGATE") } }));
    ASSERT_TRUE(run.ok()) << describe(run.error);
    const QJsonArray tasks = run.value.value(QLatin1String("tasks")).toArray();
    ASSERT_EQ(tasks.size(), 5);
    const QString stoppedArn = tasks[0].toObject().value(QLatin1String("taskArn")).toString();
    ASSERT_TRUE(awaitJson(ecs->stopTask(cluster, stoppedArn, QStringLiteral("e2e stop"))).ok());

    // The loader's snapshot, with each task listing strategy.
    auto snapshotWith = [&](Api::ClusterSnapshotLoader::TaskListing listing) {
        Api::ClusterSnapshotLoader::Options options;
        options.taskListing = listing;
        Api::ClusterSnapshotLoader loader(*ecs, options);
        std::optional<Api::ClusterSnapshot> snapshot;
        std::optional<Api::AwsError> error;
        int progressSignals = 0;
        QObject::connect(
            &loader, &Api::ClusterSnapshotLoader::finished, [&](const Api::ClusterSnapshot& s) { snapshot = s; });
        QObject::connect(&loader, &Api::ClusterSnapshotLoader::failed, [&](const Api::AwsError& e) { error = e; });
        QObject::connect(&loader, &Api::ClusterSnapshotLoader::progress, [&] { ++progressSignals; });
        loader.load(cluster);
        EXPECT_TRUE(waitFor([&] { return snapshot || error; }, 60000));
        EXPECT_FALSE(error) << describe(error);
        EXPECT_GT(progressSignals, 0);
        return snapshot.value_or(Api::ClusterSnapshot {});
    };
    const Api::ClusterSnapshot byFamily = snapshotWith(Api::ClusterSnapshotLoader::TaskListing::ByFamily);
    const Api::ClusterSnapshot clusterWide = snapshotWith(Api::ClusterSnapshotLoader::TaskListing::ClusterWide);
    EXPECT_EQ(byFamily.services.size(), 120);
    EXPECT_EQ(byFamily.tasks.size(), 5);
    // The latest revision of each family, once each, plus the one svc-000 still deploys from.
    EXPECT_EQ(byFamily.taskDefinitions.size(), 26);
    EXPECT_EQ(byFamily.toJson().value(QLatin1String("tasks")), clusterWide.toJson().value(QLatin1String("tasks")));

    // boto3 on the same moto instance sees the same.
    QProcess boto;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("AKIDTESTING"));
    env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QStringLiteral("testing-secret"));
    env.insert(QStringLiteral("AWS_EC2_METADATA_DISABLED"), QStringLiteral("true"));
    boto.setProcessEnvironment(env);
    boto.start(QStringLiteral("python3"),
        { sourceDir() + QLatin1String("/tests/integration/client/boto3_snapshot.py"), moto->url().toString(),
            QStringLiteral("us-east-1"), cluster });
    ASSERT_TRUE(boto.waitForFinished(120000));
    ASSERT_EQ(boto.exitCode(), 0) << boto.readAllStandardError().toStdString();
    const QJsonObject expected = QJsonDocument::fromJson(boto.readAllStandardOutput()).object();
    const QJsonObject ours = byFamily.toJson();
    expectSameObjects({ ours.value(QLatin1String("cluster")) }, { expected.value(QLatin1String("cluster")) }, "cluster",
        "clusterArn");
    expectSameObjects(ours.value(QLatin1String("services")).toArray(),
        expected.value(QLatin1String("services")).toArray(), "services", "serviceArn");
    expectSameObjects(ours.value(QLatin1String("tasks")).toArray(), expected.value(QLatin1String("tasks")).toArray(),
        "tasks", "taskArn");
    expectSameObjects(ours.value(QLatin1String("taskDefinitions")).toArray(),
        expected.value(QLatin1String("taskDefinitions")).toArray(), "taskDefinitions", "taskDefinitionArn");
    expectSameObjects(ours.value(QLatin1String("containerInstances")).toArray(),
        expected.value(QLatin1String("containerInstances")).toArray(), "containerInstances", "containerInstanceArn");

    // Clean up: services, task definitions, cluster.
    replies.clear();
    for (const QString& service : services)
        replies.append(ecs->deleteService(cluster, service, true));
    ASSERT_EQ(all(replies), QStringList());
    replies.clear();
    for (const QString& definition : definitions)
        replies.append(ecs->deregisterTaskDefinition(definition));
    ASSERT_EQ(all(replies), QStringList());
    // Deleted services linger as INACTIVE (as in ECS) until they age out.
    for (qsizetype i = 0; i < services.size(); i += Api::EcsClient::maxDescribeServices) {
        const auto answer
            = awaitJson(ecs->describeServices(cluster, services.mid(i, Api::EcsClient::maxDescribeServices)));
        ASSERT_TRUE(answer.ok()) << describe(answer.error);
        for (const QJsonValue& value : answer.value.value(QLatin1String("services")).toArray())
            EXPECT_NE(Api::Service::fromJson(value.toObject()).status, QStringLiteral("ACTIVE"));
    }
    replies.clear();
    for (const QJsonValue& task : tasks)
        replies.append(ecs->stopTask(cluster, task.toObject().value(QLatin1String("taskArn")).toString()));
    ASSERT_EQ(all(replies), QStringList());
    const auto deleted = awaitJson(ecs->deleteCluster(cluster));
    ASSERT_TRUE(deleted.ok()) << describe(deleted.error);
    EXPECT_EQ(Api::Cluster::fromJson(deleted.value.value(QLatin1String("cluster")).toObject()).status,
        QStringLiteral("INACTIVE"));
    EXPECT_TRUE(listAll([this](const QString& token) { return ecs->listTaskDefinitions({}, {}, token); },
        QLatin1String("taskDefinitionArns"))
                    .isEmpty());
}

TEST_F(MotoClientTest, ErrorsAreTypedIncludingMissingClusterAndUnknownOperations)
{
    Api::ClusterSnapshotLoader loader(*ecs);
    std::optional<Api::AwsError> error;
    bool finished = false;
    QObject::connect(&loader, &Api::ClusterSnapshotLoader::failed, [&](const Api::AwsError& e) { error = e; });
    QObject::connect(&loader, &Api::ClusterSnapshotLoader::finished, [&] { finished = true; });
    loader.load(QStringLiteral("no-such-cluster"));
    ASSERT_TRUE(waitFor([&] { return error || finished; }, 30000));
    ASSERT_TRUE(error);
    EXPECT_FALSE(finished);
    EXPECT_EQ(error->code, QStringLiteral("ClusterNotFoundException")) << error->toString().toStdString();

    const auto missing = awaitJson(ecs->describeServices(QStringLiteral("no-such-cluster"), { QStringLiteral("x") }));
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error->code, QStringLiteral("ClusterNotFoundException"));
    EXPECT_EQ(missing.error->httpStatus, 400);
    EXPECT_FALSE(missing.error->retryable);

    // moto answers some requests with an HTML page: a typed error, never a crash.
    const auto unknown = awaitJson(ecs->call(QStringLiteral("NoSuchOperation"), {}));
    ASSERT_FALSE(unknown.ok());
    EXPECT_FALSE(unknown.error->code.isEmpty());
    EXPECT_NE(unknown.error->httpStatus, 200);
    std::cout << "unknown operation: " << unknown.error->toString().toStdString() << " kind "
              << Api::AwsError::kindName(unknown.error->kind).toStdString() << std::endl;
}
