// SPDX-License-Identifier: MIT
// Issue 21 point 4: a task's addresses as Tasks pane columns: private and public IP, ENI and subnet of
// an awsvpc task (sorted as numbers), the host ports of a bridge task (AWS's recorded DescribeTasks).

#include "common/testutil.h"
#include "models/itemroles.h"
#include "models/taskmodel.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace EcsDesk;
using Models::TaskModel;

namespace {

Api::Task awsvpcTask(const QString& id, const QString& ip)
{
    return Api::Task::fromJson(QJsonDocument::fromJson(QStringLiteral(R"({
        "taskArn": "arn:aws:ecs:us-east-1:123456789012:task/demo/%1", "lastStatus": "RUNNING",
        "attachments": [ { "id": "a1", "type": "ElasticNetworkInterface", "status": "ATTACHED", "details": [
            { "name": "subnetId", "value": "subnet-0abc" },
            { "name": "networkInterfaceId", "value": "eni-0123456789abcdef0" },
            { "name": "privateIPv4Address", "value": "%2" },
            { "name": "publicIPv4Address", "value": "54.1.2.3" } ] } ],
        "containers": [ { "name": "web", "networkBindings": [],
            "networkInterfaces": [ { "attachmentId": "a1", "privateIpv4Address": "%2" } ] } ] })")
                                                           .arg(id, ip)
                                                           .toUtf8())
                                   .object());
}

} // namespace

TEST(TaskAddressColumns, AwsvpcTasksShowTheirEniAndSortByAddress)
{
    TaskModel model;
    model.setTasks({ awsvpcTask(QStringLiteral("t1"), QStringLiteral("10.0.10.2")),
        awsvpcTask(QStringLiteral("t2"), QStringLiteral("10.0.9.2")) });
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.headerData(TaskModel::PrivateIpColumn, Qt::Horizontal, Models::ColumnKeyRole).toString(),
        QStringLiteral("Private IP"));
    EXPECT_EQ(model.index(0, TaskModel::PrivateIpColumn).data().toString(), QStringLiteral("10.0.10.2"));
    EXPECT_EQ(model.index(0, TaskModel::PublicIpColumn).data().toString(), QStringLiteral("54.1.2.3"));
    EXPECT_EQ(model.index(0, TaskModel::EniColumn).data().toString(), QStringLiteral("eni-0123456789abcdef0"));
    EXPECT_EQ(model.index(0, TaskModel::SubnetColumn).data().toString(), QStringLiteral("subnet-0abc"));
    EXPECT_TRUE(model.index(0, TaskModel::HostPortsColumn).data().toString().isEmpty());
    EXPECT_GT(model.index(0, TaskModel::PrivateIpColumn).data(Models::SortRole).toULongLong(),
        model.index(1, TaskModel::PrivateIpColumn).data(Models::SortRole).toULongLong());
    EXPECT_EQ(
        model.index(1, TaskModel::PrivateIpColumn).data(Models::FilterRole).toString(), QStringLiteral("10.0.9.2"));
}

TEST(TaskAddressColumns, BridgeTasksShowTheirHostPorts)
{
    ECSDESK_REQUIRE_FIXTURES(fixtures);
    QFile in(fixtures + QLatin1String("/aws-examples/ecs.json"));
    ASSERT_TRUE(in.open(QIODevice::ReadOnly));
    const QJsonObject task = QJsonDocument::fromJson(in.readAll())
                                 .object()
                                 .value(QLatin1String("DescribeTasks"))
                                 .toArray()
                                 .first()
                                 .toObject()
                                 .value(QLatin1String("output"))
                                 .toObject()
                                 .value(QLatin1String("tasks"))
                                 .toArray()
                                 .first()
                                 .toObject();
    TaskModel model;
    model.setTasks({ Api::Task::fromJson(task) });
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.index(0, TaskModel::HostPortsColumn).data().toString(), QStringLiteral("0.0.0.0:80->80/tcp"));
    EXPECT_TRUE(model.index(0, TaskModel::PrivateIpColumn).data().toString().isEmpty());
    EXPECT_TRUE(model.index(0, TaskModel::PrivateIpColumn).data(Models::SortRole).isNull());
}

TEST(TaskAddressColumns, ShortEniIdsAndOtherAddressFormsReadBackAsSent)
{
    const QJsonObject task = QJsonDocument::fromJson(R"({
        "taskArn": "arn:aws:ecs:us-east-1:123456789012:task/demo/t3", "lastStatus": "RUNNING",
        "attachments": [ { "id": "a1", "type": "ElasticNetworkInterface", "status": "ATTACHED", "details": [
            { "name": "networkInterfaceId", "value": "eni-00ab12cd" },
            { "name": "privateIPv4Address", "value": "10.1.2.300" } ] } ] })")
                                 .object();
    TaskModel model;
    model.setTasks({ Api::Task::fromJson(task) });
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.index(0, TaskModel::EniColumn).data().toString(), QStringLiteral("eni-00ab12cd"));
    EXPECT_EQ(model.index(0, TaskModel::PrivateIpColumn).data().toString(), QStringLiteral("10.1.2.300"));
    EXPECT_TRUE(model.index(0, TaskModel::SubnetColumn).data().toString().isEmpty());
    Models::TaskRow row;
    Models::StringPool pool;
    row.setAddresses(QJsonDocument::fromJson(R"({"attachments": [{"type": "ElasticNetworkInterface", "details": [
        {"name": "networkInterfaceId", "value": "eni-custom"}]}]})")
                         .object(),
        pool);
    EXPECT_EQ(row.address(Models::TaskRow::AddressField::Eni), QStringLiteral("eni-custom"));
}
