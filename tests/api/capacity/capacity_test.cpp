// SPDX-License-Identifier: MIT
// Issue 18, the client: clusters with their capacity providers and default strategy, capacity
// providers typed, PutClusterCapacityProviders/UpdateCluster/CreateCluster requests, and EC2 Auto
// Scaling groups (query protocol). Decoders read AWS's documented answers
// (../shared/fixtures/aws-examples: ecs.json DescribeClusters, autoscaling.json
// DescribeAutoScalingGroups sent as the query protocol's XML) and the answers of a local endpoint.

#include "api/autoscaling/autoscalinggroupsclient.h"
#include "api/ecs/ecsclient.h"
#include "api/ecs/requests.h"
#include "common/capacitysupport.h"
#include "common/localendpointsupport.h"
#include "common/testutil.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QXmlStreamWriter>

#include <gtest/gtest.h>

using namespace EcsDesk;
using namespace EcsDesk::Api;
using namespace EcsDesk::Testing;

namespace {

QString s(const char* text) { return QString::fromUtf8(text); }

/// The first documented answer of `operation` in aws-examples/`file`.
QJsonObject exampleOutput(const QString& fixtures, const char* file, const char* operation)
{
    QFile in(fixtures + s("/aws-examples/") + s(file));
    EXPECT_TRUE(in.open(QIODevice::ReadOnly)) << in.fileName().toStdString();
    const QJsonArray examples = QJsonDocument::fromJson(in.readAll()).object().value(s(operation)).toArray();
    EXPECT_FALSE(examples.isEmpty()) << operation;
    return examples.first().toObject().value(s("output")).toObject();
}

/// A JSON answer as the query protocol sends it: members by name, lists as <member> elements.
void writeXml(QXmlStreamWriter& xml, const QJsonValue& value)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            xml.writeStartElement(it.key());
            writeXml(xml, it.value());
            xml.writeEndElement();
        }
    } else if (value.isArray()) {
        for (const QJsonValue& item : value.toArray()) {
            xml.writeStartElement(s("member"));
            writeXml(xml, item);
            xml.writeEndElement();
        }
    } else if (value.isBool()) {
        xml.writeCharacters(value.toBool() ? s("true") : s("false"));
    } else if (value.isDouble()) {
        xml.writeCharacters(QString::number(value.toDouble(), 'g', 15));
    } else {
        xml.writeCharacters(value.toString());
    }
}

QByteArray queryAnswer(const char* operation, const QJsonObject& result)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.writeStartDocument();
    xml.writeStartElement(s(operation) + s("Response"));
    xml.writeDefaultNamespace(s("http://autoscaling.amazonaws.com/doc/2011-01-01/"));
    xml.writeStartElement(s(operation) + s("Result"));
    writeXml(xml, result);
    xml.writeEndElement();
    xml.writeStartElement(s("ResponseMetadata"));
    xml.writeTextElement(s("RequestId"), s("7c6e177f-f082-11e1-ac58-3714bEXAMPLE"));
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

} // namespace

TEST(CapacityDecoding, DocumentedDescribeClustersAnswerHasNoProvidersAndNoStrategy)
{
    ECSDESK_REQUIRE_FIXTURES(fixtures);
    const QJsonObject answer = exampleOutput(fixtures, "ecs.json", "DescribeClusters");
    const Cluster cluster = Cluster::fromJson(answer.value(s("clusters")).toArray().first().toObject());
    EXPECT_EQ(cluster.name, s("default"));
    EXPECT_EQ(cluster.status, s("ACTIVE"));
    EXPECT_TRUE(cluster.capacityProviders.isEmpty());
    EXPECT_TRUE(cluster.defaultCapacityProviderStrategy.isEmpty());
}

TEST(CapacityDecoding, ClusterWithProvidersStrategyAndSettings)
{
    // The members botocore's ecs model gives a Cluster (capacityProviders, defaultCapacityProviderStrategy,
    // settings), as DescribeClusters with include SETTINGS answers.
    const QJsonObject json = QJsonDocument::fromJson(R"({
        "clusterArn": "arn:aws:ecs:us-east-1:012345678910:cluster/batch",
        "clusterName": "batch", "status": "ACTIVE",
        "capacityProviders": ["FARGATE", "FARGATE_SPOT"],
        "defaultCapacityProviderStrategy": [
            {"capacityProvider": "FARGATE", "base": 1, "weight": 1},
            {"capacityProvider": "FARGATE_SPOT", "weight": 3}],
        "settings": [{"name": "containerInsights", "value": "enhanced"}]})")
                                 .object();
    const Cluster cluster = Cluster::fromJson(json);
    EXPECT_EQ(cluster.capacityProviders, (QStringList { s("FARGATE"), s("FARGATE_SPOT") }));
    const CapacityProviderStrategy expected { { s("FARGATE"), 1, 1 }, { s("FARGATE_SPOT"), 0, 3 } };
    EXPECT_EQ(cluster.defaultCapacityProviderStrategy, expected);
    EXPECT_EQ(cluster.containerInsights, s("enhanced"));
    EXPECT_EQ(cluster.defaultCapacityProviderStrategy[1].toJson(),
        (QJsonObject { { s("capacityProvider"), s("FARGATE_SPOT") }, { s("weight"), 3 } }));
}

TEST(CapacityDecoding, DocumentedDescribeAutoScalingGroupsAnswer)
{
    ECSDESK_REQUIRE_FIXTURES(fixtures);
    const QJsonObject answer = exampleOutput(fixtures, "autoscaling.json", "DescribeAutoScalingGroups");
    const auto page
        = AutoScalingGroupsClient::parseDescribeAutoScalingGroups(queryAnswer("DescribeAutoScalingGroups", answer));
    ASSERT_TRUE(page.ok()) << page.error->toString().toStdString();
    ASSERT_EQ(page.value.groups.size(), 1);
    const AutoScalingGroup& group = page.value.groups.first();
    EXPECT_EQ(group.name, s("my-auto-scaling-group"));
    EXPECT_TRUE(group.arn.endsWith(s(":autoScalingGroupName/my-auto-scaling-group")));
    EXPECT_EQ(group.minSize, 1);
    EXPECT_EQ(group.maxSize, 5);
    EXPECT_EQ(group.desiredCapacity, 2);
    EXPECT_EQ(group.availabilityZones.size(), 3);
    EXPECT_EQ(group.createdTime, QDateTime(QDate(2023, 3, 9), QTime(22, 15, 11, 611), Qt::UTC));
    ASSERT_EQ(group.instances.size(), 2);
    EXPECT_EQ(group.instances[0].instanceId, s("i-05b4f7d5be44822a6"));
    EXPECT_EQ(group.instances[0].instanceType, s("t3.micro"));
    EXPECT_EQ(group.instances[0].lifecycleState, s("InService"));
    EXPECT_EQ(group.instances[0].healthStatus, s("Healthy"));
    EXPECT_FALSE(group.instances[0].protectedFromScaleIn);
    EXPECT_EQ(group.inServiceCount(), 2);
    EXPECT_TRUE(page.value.nextToken.isEmpty());

    EXPECT_FALSE(AutoScalingGroupsClient::parseDescribeAutoScalingGroups("<html>busy</html>").ok());
}

TEST(CapacityRequests, PutClusterCapacityProvidersUpdateClusterAndCreateCluster)
{
    PutClusterCapacityProvidersRequest put;
    put.cluster = s("batch");
    put.capacityProviders = { s("FARGATE"), s("FARGATE_SPOT") };
    put.defaultCapacityProviderStrategy = { { s("FARGATE"), 1, 1 }, { s("FARGATE_SPOT"), 0, 3 } };
    EXPECT_EQ(QJsonDocument(put.toJson()).toJson(QJsonDocument::Compact),
        QByteArray(R"({"capacityProviders":["FARGATE","FARGATE_SPOT"],"cluster":"batch",)"
                   R"("defaultCapacityProviderStrategy":[{"base":1,"capacityProvider":"FARGATE","weight":1},)"
                   R"({"capacityProvider":"FARGATE_SPOT","weight":3}]})"));
    // Clearing: both lists are sent empty, as ECS requires them.
    PutClusterCapacityProvidersRequest clear;
    clear.cluster = s("batch");
    EXPECT_EQ(QJsonDocument(clear.toJson()).toJson(QJsonDocument::Compact),
        QByteArray(R"({"capacityProviders":[],"cluster":"batch","defaultCapacityProviderStrategy":[]})"));

    UpdateClusterRequest update;
    update.cluster = s("batch");
    update.containerInsights = s("enhanced");
    EXPECT_EQ(QJsonDocument(update.toJson()).toJson(QJsonDocument::Compact),
        QByteArray(R"({"cluster":"batch","settings":[{"name":"containerInsights","value":"enhanced"}]})"));

    CreateClusterRequest create;
    create.clusterName = s("batch");
    create.capacityProviders = { s("FARGATE") };
    create.defaultCapacityProviderStrategy = { { s("FARGATE"), 0, 1 } };
    create.containerInsights = s("disabled");
    EXPECT_EQ(QJsonDocument(create.toJson()).toJson(QJsonDocument::Compact),
        QByteArray(R"({"capacityProviders":["FARGATE"],"clusterName":"batch",)"
                   R"("defaultCapacityProviderStrategy":[{"capacityProvider":"FARGATE","weight":1}],)"
                   R"("settings":[{"name":"containerInsights","value":"disabled"}]})"));
    CreateClusterRequest plain;
    plain.clusterName = s("plain");
    EXPECT_EQ(plain.toJson(), (QJsonObject { { s("clusterName"), s("plain") } }));
}

TEST(CapacityLocal, ProvidersStrategyAndGroupAgainstTheLocalEndpoint)
{
    Local::LocalEndpointOptions options;
    options.timeScale = 60; // the group's instances boot in simulated minutes
    TestEndpoint local(options);
    ASSERT_TRUE(local.isStarted()) << local.error().toStdString();
    const EcsClient ecs(local.config());
    const AutoScalingGroupsClient groups(local.config());

    CreateClusterRequest create;
    create.clusterName = s("batch");
    create.capacityProviders = { s("FARGATE"), s("FARGATE_SPOT") };
    create.defaultCapacityProviderStrategy = { { s("FARGATE"), 1, 1 }, { s("FARGATE_SPOT"), 0, 3 } };
    create.containerInsights = s("enhanced");
    const ClusterResult created = ClusterResult::fromJson(call(ecs.createCluster(create)));
    EXPECT_EQ(created.cluster.capacityProviders, create.capacityProviders);
    EXPECT_EQ(created.cluster.defaultCapacityProviderStrategy, create.defaultCapacityProviderStrategy);

    // DescribeClusters through the checked shape: the strategy and the setting come back typed.
    const QJsonObject described = call(ecs.describeClusters({ s("batch") }, { s("SETTINGS") }));
    const Cluster batch = Cluster::fromJson(described.value(s("clusters")).toArray().first().toObject());
    EXPECT_EQ(batch.capacityProviders, create.capacityProviders);
    EXPECT_EQ(batch.defaultCapacityProviderStrategy, create.defaultCapacityProviderStrategy);
    EXPECT_EQ(batch.containerInsights, s("enhanced"));

    UpdateClusterRequest update;
    update.cluster = s("batch");
    update.containerInsights = s("disabled");
    call(ecs.updateCluster(update));
    const QJsonObject again = call(ecs.describeClusters({ s("batch") }, { s("SETTINGS") }));
    EXPECT_EQ(
        Cluster::fromJson(again.value(s("clusters")).toArray().first().toObject()).containerInsights, s("disabled"));

    // A refused strategy: ECS's error comes back typed.
    PutClusterCapacityProvidersRequest mixed;
    mixed.cluster = s("batch");
    mixed.capacityProviders = { s("FARGATE") };
    mixed.defaultCapacityProviderStrategy = { { s("FARGATE"), 1, 1 }, { s("FARGATE_SPOT"), 1, 1 } };
    AwsReply* refused = ecs.putClusterCapacityProviders(mixed);
    ASSERT_TRUE(waitFor([refused] { return refused->isFinished(); }, 30000));
    refused->deleteLater();
    ASSERT_TRUE(refused->error().has_value());
    EXPECT_FALSE(refused->error()->message.isEmpty());

    // An Auto Scaling group provider on another cluster.
    call(ecs.createCluster(s("ec2")));
    const QString groupArn = createGroupProvider(local.config(), s("ec2"), s("asg"), s("cp"), 1, 1, 3);
    AwsReply* typed = ecs.describeCapacityProvidersTyped({ s("cp"), s("FARGATE"), s("nope") });
    ASSERT_TRUE(waitFor([typed] { return typed->isFinished(); }, 30000));
    typed->deleteLater();
    ASSERT_TRUE(typed->isOk()) << typed->error()->toString().toStdString();
    const auto page = typed->takeDecoded<CapacityProvidersPage>();
    ASSERT_EQ(page.providers.size(), 2);
    const CapacityProvider& cp = page.providers[0].name == s("cp") ? page.providers[0] : page.providers[1];
    const CapacityProvider& fargate = page.providers[0].name == s("cp") ? page.providers[1] : page.providers[0];
    EXPECT_EQ(cp.status, s("ACTIVE"));
    EXPECT_EQ(cp.autoScalingGroupArn, groupArn);
    EXPECT_EQ(cp.autoScalingGroupName(), s("asg"));
    EXPECT_FALSE(cp.isFargate());
    EXPECT_EQ(cp.managedScaling.status, s("ENABLED"));
    EXPECT_EQ(cp.managedScaling.targetCapacity, 100);
    EXPECT_GE(cp.managedScaling.maximumScalingStepSize, 1);
    EXPECT_EQ(cp.managedTerminationProtection, s("ENABLED"));
    EXPECT_TRUE(fargate.isFargate());
    EXPECT_TRUE(fargate.autoScalingGroupArn.isEmpty());
    ASSERT_EQ(page.failures.size(), 1);
    EXPECT_EQ(page.failures[0].reason, s("MISSING"));

    const QJsonObject ec2 = call(ecs.describeClusters({ s("ec2") }));
    const Cluster ec2Cluster = Cluster::fromJson(ec2.value(s("clusters")).toArray().first().toObject());
    EXPECT_EQ(ec2Cluster.capacityProviders, QStringList { s("cp") });
    EXPECT_EQ(ec2Cluster.defaultCapacityProviderStrategy, (CapacityProviderStrategy { { s("cp"), 0, 1 } }));

    // The group: its sizes, and its instance once in service.
    AutoScalingGroup group = describeGroup(groups, s("asg"));
    EXPECT_EQ(group.arn, groupArn);
    EXPECT_EQ(group.minSize, 1);
    EXPECT_EQ(group.maxSize, 3);
    EXPECT_EQ(group.desiredCapacity, 1);
    EXPECT_TRUE(group.newInstancesProtectedFromScaleIn);
    ASSERT_TRUE(waitFor(
        [&] {
            group = describeGroup(groups, s("asg"));
            return group.inServiceCount() == 1;
        },
        60000));
    EXPECT_EQ(group.instances[0].instanceType, s("t3.medium"));
    EXPECT_TRUE(group.instances[0].instanceId.startsWith(s("i-")));
    const auto all
        = AutoScalingGroupsClient::parseDescribeAutoScalingGroups(callBody(groups.describeAutoScalingGroups()));
    ASSERT_TRUE(all.ok());
    EXPECT_EQ(all.value.groups.size(), 1);
}
