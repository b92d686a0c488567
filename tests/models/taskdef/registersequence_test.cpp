// SPDX-License-Identifier: MIT
#include "models/taskdef/registersequence.h"

#include "api/ecs/ecsclient.h"
#include "common/localendpointsupport.h"
#include "models/taskdef/taskdefinitionjson.h"

#include <QJsonArray>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace EcsDesk;
using EcsDesk::Testing::call;
using EcsDesk::Testing::waitFor;
using Models::RegisterSequence;

namespace {

QJsonObject webDefinition(const QString& image)
{
    return QJsonObject { { QStringLiteral("family"), QStringLiteral("web") },
        { QStringLiteral("containerDefinitions"),
            QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("web") },
                { QStringLiteral("image"), image }, { QStringLiteral("memory"), 128 } } } } };
}

/// The local endpoint with a client, and a cluster "shop" running service "front" on web:1.
class RegisterSequenceTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_endpoint.isStarted()) << m_endpoint.error().toStdString();
        m_client = std::make_unique<Api::EcsClient>(m_endpoint.config());
        call(m_client->createCluster(QStringLiteral("shop")));
        const QJsonObject first = call(m_client->registerTaskDefinition(webDefinition(QStringLiteral("nginx:1.25"))));
        m_firstArn = first.value(QStringLiteral("taskDefinition"))
                         .toObject()
                         .value(QStringLiteral("taskDefinitionArn"))
                         .toString();
        call(m_client->createService(QStringLiteral("shop"),
            QJsonObject { { QStringLiteral("serviceName"), QStringLiteral("front") },
                { QStringLiteral("taskDefinition"), m_firstArn }, { QStringLiteral("desiredCount"), 0 } }));
    }

    Testing::TestEndpoint m_endpoint;
    std::unique_ptr<Api::EcsClient> m_client;
    QString m_firstArn;
};

} // namespace

TEST_F(RegisterSequenceTest, RegisterReportsTheNewRevisionAndDropsReadOnlyFields)
{
    RegisterSequence sequence(m_client.get());
    QSignalSpy registered(&sequence, &RegisterSequence::registered);
    QSignalSpy deploying(&sequence, &RegisterSequence::deploying);
    QSignalSpy finished(&sequence, &RegisterSequence::finished);
    // A DescribeTaskDefinition answer's read-only fields must not reach RegisterTaskDefinition.
    QJsonObject described = webDefinition(QStringLiteral("nginx:1.27"));
    described.insert(QStringLiteral("taskDefinitionArn"), m_firstArn);
    described.insert(QStringLiteral("revision"), 1);
    described.insert(QStringLiteral("status"), QStringLiteral("ACTIVE"));
    ASSERT_TRUE(sequence.start(described));
    EXPECT_TRUE(sequence.isRunning());
    EXPECT_FALSE(sequence.start(described)) << "a second start while the first runs";
    ASSERT_TRUE(waitFor([&] { return finished.count() > 0; }, 20000));
    EXPECT_TRUE(finished.value(0).value(0).toBool());
    EXPECT_FALSE(sequence.isRunning());
    ASSERT_EQ(registered.count(), 1);
    const auto revision = registered.value(0).value(0).value<Models::RegisteredRevision>();
    EXPECT_EQ(revision.revision, 2);
    EXPECT_TRUE(revision.arn.endsWith(QStringLiteral("task-definition/web:2"))) << revision.arn.toStdString();
    EXPECT_EQ(revision.taskDefinition.value(QStringLiteral("containerDefinitions"))
                  .toArray()
                  .at(0)
                  .toObject()
                  .value(QStringLiteral("image"))
                  .toString(),
        QStringLiteral("nginx:1.27"));
    EXPECT_EQ(deploying.count(), 0);
}

TEST_F(RegisterSequenceTest, RegisterAndDeployPointsTheServiceAtTheNewRevision)
{
    RegisterSequence sequence(m_client.get());
    QSignalSpy registered(&sequence, &RegisterSequence::registered);
    QSignalSpy deploying(&sequence, &RegisterSequence::deploying);
    QSignalSpy started(&sequence, &RegisterSequence::deploymentStarted);
    QSignalSpy finished(&sequence, &RegisterSequence::finished);
    ASSERT_TRUE(
        sequence.start(webDefinition(QStringLiteral("nginx:1.27")), QStringLiteral("shop"), QStringLiteral("front")));
    ASSERT_TRUE(waitFor([&] { return finished.count() > 0; }, 20000));
    EXPECT_TRUE(finished.value(0).value(0).toBool());
    ASSERT_EQ(registered.count(), 1);
    ASSERT_EQ(deploying.count(), 1);
    const QString newArn = registered.value(0).value(0).value<Models::RegisteredRevision>().arn;
    EXPECT_EQ(deploying.value(0).value(0).toString(), QStringLiteral("front"));
    EXPECT_EQ(deploying.value(0).value(1).toString(), newArn);
    ASSERT_EQ(started.count(), 1);
    const auto deployment = started.value(0).value(0).value<Models::StartedDeployment>();
    EXPECT_EQ(deployment.service, QStringLiteral("front"));
    EXPECT_FALSE(deployment.deploymentId.isEmpty());
    EXPECT_FALSE(deployment.state.isEmpty());
    EXPECT_EQ(deployment.serviceObject.value(QStringLiteral("taskDefinition")).toString(), newArn);
    const QJsonObject services = call(m_client->describeServices(QStringLiteral("shop"), { QStringLiteral("front") }));
    EXPECT_EQ(services.value(QStringLiteral("services"))
                  .toArray()
                  .at(0)
                  .toObject()
                  .value(QStringLiteral("taskDefinition"))
                  .toString(),
        newArn);
}

TEST_F(RegisterSequenceTest, ARefusedDefinitionFailsWithECSsMessageAndDeploysNothing)
{
    RegisterSequence sequence(m_client.get());
    QSignalSpy failed(&sequence, &RegisterSequence::registerFailed);
    QSignalSpy deploying(&sequence, &RegisterSequence::deploying);
    QSignalSpy finished(&sequence, &RegisterSequence::finished);
    ASSERT_TRUE(sequence.start(QJsonObject { { QStringLiteral("family"), QStringLiteral("web") } },
        QStringLiteral("shop"), QStringLiteral("front")));
    ASSERT_TRUE(waitFor([&] { return finished.count() > 0; }, 20000));
    EXPECT_FALSE(finished.value(0).value(0).toBool());
    ASSERT_EQ(failed.count(), 1);
    EXPECT_FALSE(failed.value(0).value(0).toString().isEmpty());
    EXPECT_EQ(deploying.count(), 0);
}

TEST_F(RegisterSequenceTest, AMissingServiceFailsTheDeployAfterRegistering)
{
    RegisterSequence sequence(m_client.get());
    QSignalSpy registered(&sequence, &RegisterSequence::registered);
    QSignalSpy failed(&sequence, &RegisterSequence::deployFailed);
    QSignalSpy finished(&sequence, &RegisterSequence::finished);
    ASSERT_TRUE(
        sequence.start(webDefinition(QStringLiteral("nginx:1.27")), QStringLiteral("shop"), QStringLiteral("missing")));
    ASSERT_TRUE(waitFor([&] { return finished.count() > 0; }, 20000));
    EXPECT_FALSE(finished.value(0).value(0).toBool());
    EXPECT_EQ(registered.count(), 1);
    ASSERT_EQ(failed.count(), 1);
    EXPECT_EQ(failed.value(0).value(0).toString(), QStringLiteral("missing"));
    EXPECT_FALSE(failed.value(0).value(1).toString().isEmpty());
}

TEST(RegisterSequence, RefusesWithoutAClientOrWithHalfATarget)
{
    RegisterSequence none(nullptr);
    EXPECT_FALSE(none.start(webDefinition(QStringLiteral("nginx"))));
    Api::ClientConfig config;
    Api::EcsClient client(config);
    RegisterSequence half(&client);
    EXPECT_FALSE(half.start(webDefinition(QStringLiteral("nginx")), QStringLiteral("shop")));
    EXPECT_FALSE(half.isRunning());
}
