// SPDX-License-Identifier: MIT
// A task's addresses (issue 21): the ENI of an awsvpc task (private and public IPv4 address, ENI id,
// subnet) and the host ports of a bridge/host task, decoded from DescribeTasks answers: AWS's
// recorded example (../shared/fixtures/aws-examples/ecs.json) and an awsvpc answer of the
// documented shape.

#include "api/ecs/taskaddresses.h"
#include "common/testutil.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using EcsDesk::Api::TaskAddresses;

TEST(TaskAddresses, BridgeTaskOfAwsRecordedAnswerHasItsHostPorts)
{
    ECSDESK_REQUIRE_FIXTURES(fixtures);
    QFile in(fixtures + QLatin1String("/aws-examples/ecs.json"));
    ASSERT_TRUE(in.open(QIODevice::ReadOnly));
    const QJsonArray examples
        = QJsonDocument::fromJson(in.readAll()).object().value(QLatin1String("DescribeTasks")).toArray();
    ASSERT_FALSE(examples.isEmpty());
    const QJsonObject task = examples.first()
                                 .toObject()
                                 .value(QLatin1String("output"))
                                 .toObject()
                                 .value(QLatin1String("tasks"))
                                 .toArray()
                                 .first()
                                 .toObject();
    const TaskAddresses addresses = TaskAddresses::fromTaskJson(task);
    ASSERT_EQ(addresses.hostPorts.size(), 1);
    EXPECT_EQ(addresses.hostPorts.first(),
        (TaskAddresses::HostPort {
            QStringLiteral("ecs-demo"), QStringLiteral("0.0.0.0"), 80, 80, QStringLiteral("tcp") }));
    EXPECT_TRUE(addresses.privateIp.isEmpty());
    EXPECT_EQ(addresses.hostPortsText(), QStringLiteral("0.0.0.0:80->80/tcp"));
    EXPECT_EQ(addresses.address(), QStringLiteral("0.0.0.0:80->80/tcp"));
    EXPECT_EQ(
        addresses.httpUrls(QStringLiteral("10.0.0.5")), QList<QUrl> { QUrl(QStringLiteral("http://10.0.0.5:80/")) });
    EXPECT_TRUE(addresses.httpUrls().isEmpty()) << "the host's address is not in the task";
}

TEST(TaskAddresses, AwsvpcTaskHasItsEniAddresses)
{
    const QJsonObject task = QJsonDocument::fromJson(R"({
        "attachments": [ { "id": "a1", "type": "ElasticNetworkInterface", "status": "ATTACHED", "details": [
            { "name": "subnetId", "value": "subnet-0abc" },
            { "name": "networkInterfaceId", "value": "eni-0123456789abcdef0" },
            { "name": "macAddress", "value": "0a:1b:2c:3d:4e:5f" },
            { "name": "privateDnsName", "value": "ip-10-0-1-23.ec2.internal" },
            { "name": "privateIPv4Address", "value": "10.0.1.23" } ] } ],
        "containers": [ { "name": "web", "networkBindings": [],
            "networkInterfaces": [ { "attachmentId": "a1", "privateIpv4Address": "10.0.1.23" } ] } ]
    })")
                                 .object();
    TaskAddresses addresses = TaskAddresses::fromTaskJson(task);
    EXPECT_EQ(addresses.privateIp, QStringLiteral("10.0.1.23"));
    EXPECT_EQ(addresses.eniId, QStringLiteral("eni-0123456789abcdef0"));
    EXPECT_EQ(addresses.subnetId, QStringLiteral("subnet-0abc"));
    EXPECT_EQ(addresses.privateDnsName, QStringLiteral("ip-10-0-1-23.ec2.internal"));
    EXPECT_TRUE(addresses.publicIp.isEmpty());
    EXPECT_TRUE(addresses.hostPorts.isEmpty());
    EXPECT_EQ(addresses.address(), QStringLiteral("10.0.1.23"));

    // Only the containers' interfaces (no attachment details): the private address still.
    QJsonObject bare = task;
    bare.remove(QLatin1String("attachments"));
    EXPECT_EQ(TaskAddresses::fromTaskJson(bare).privateIp, QStringLiteral("10.0.1.23"));
    EXPECT_TRUE(TaskAddresses::fromTaskJson(QJsonObject {}).isEmpty());
}
