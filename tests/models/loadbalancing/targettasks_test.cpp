// SPDX-License-Identifier: MIT
// Issue 23: a load balancer target is matched to its task (an ip target by the awsvpc task's private
// address, an instance target by the bridge task's EC2 instance and host port; a running task wins
// over a stopped one with the same address), and the Tasks pane's Target health column shows the
// state, signalling only the cells that change.

#include "models/itemroles.h"
#include "models/loadbalancing/targettasks.h"
#include "models/taskmodel.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace EcsDesk;
using Models::TaskModel;

namespace {

QString s(const char* text) { return QString::fromUtf8(text); }

Api::Task awsvpcTask(const QString& id, const QString& ip, const QString& status = QStringLiteral("RUNNING"))
{
    return Api::Task::fromJson(QJsonDocument::fromJson(QStringLiteral(R"({
        "taskArn": "arn:aws:ecs:us-east-1:123456789012:task/demo/%1", "lastStatus": "%3", "desiredStatus": "%3",
        "attachments": [ { "id": "a1", "type": "ElasticNetworkInterface", "status": "ATTACHED", "details": [
            { "name": "privateIPv4Address", "value": "%2" } ] } ],
        "containers": [ { "name": "web", "networkBindings": [],
            "networkInterfaces": [ { "attachmentId": "a1", "privateIpv4Address": "%2" } ] } ] })")
                                                           .arg(id, ip, status)
                                                           .toUtf8())
                                   .object());
}

Api::Task bridgeTask(const QString& id, int hostPort)
{
    return Api::Task::fromJson(QJsonDocument::fromJson(QStringLiteral(R"({
        "taskArn": "arn:aws:ecs:us-east-1:123456789012:task/demo/%1", "lastStatus": "RUNNING",
        "containerInstanceArn": "arn:aws:ecs:us-east-1:123456789012:container-instance/demo/ci1",
        "containers": [ { "name": "web", "networkBindings": [
            { "bindIP": "0.0.0.0", "containerPort": 80, "hostPort": %2, "protocol": "tcp" } ] } ] })")
                                                           .arg(id)
                                                           .arg(hostPort)
                                                           .toUtf8())
                                   .object());
}

Api::ServiceTargetGroup group(const QList<std::pair<Api::ElbTarget, Api::TargetHealth>>& targets)
{
    Api::ServiceTargetGroup result;
    result.binding.targetGroupArn = s("arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/1");
    for (const auto& [target, health] : targets)
        result.targets.append({ target, {}, health });
    return result;
}

} // namespace

TEST(TargetTaskIndex, MatchesIpAndInstanceTargetsToTheirTasks)
{
    Models::StringPool pool;
    QList<Models::TaskRow> rows { Models::TaskRow::fromTask(awsvpcTask(s("old"), s("10.0.1.5"), s("STOPPED")), pool),
        Models::TaskRow::fromTask(awsvpcTask(s("web1"), s("10.0.1.5")), pool),
        Models::TaskRow::fromTask(awsvpcTask(s("web2"), s("10.0.1.6")), pool),
        Models::TaskRow::fromTask(bridgeTask(s("b1"), 32768), pool),
        Models::TaskRow::fromTask(bridgeTask(s("b2"), 32769), pool) };
    rows[3].ec2InstanceId = s("i-0abc");
    rows[4].ec2InstanceId = s("i-0abc");
    EXPECT_EQ(Models::TargetTaskIndex::hostPorts(s("0.0.0.0:32768->80/tcp, 0.0.0.0:8080->8080/tcp")),
        QList<int>({ 32768, 8080 }));

    const Models::TargetTaskIndex index(rows);
    EXPECT_EQ(index.taskOf({ s("10.0.1.5"), 8080, {} }), rows[1].arn); // running, not the stopped one
    EXPECT_EQ(index.taskOf({ s("10.0.1.6"), 8080, {} }), rows[2].arn);
    EXPECT_EQ(index.taskOf({ s("i-0abc"), 32769, {} }), rows[4].arn);
    EXPECT_TRUE(index.taskOf({ s("i-0abc"), 8080, {} }).isEmpty());
    EXPECT_TRUE(index.taskOf({ s("10.0.9.9"), 8080, {} }).isEmpty());

    const QHash<QString, QString> health = index.healthByTask({ group({
        { { s("10.0.1.5"), 8080, {} }, { s("healthy"), {}, {} } },
        { { s("10.0.1.6"), 8080, {} },
            { s("unhealthy"), s("Target.ResponseCodeMismatch"), s("Health checks failed with these codes: [500]") } },
        { { s("i-0abc"), 32768, {} },
            { s("draining"), s("Target.DeregistrationInProgress"), s("Target deregistration is in progress") } },
    }) });
    EXPECT_EQ(health.value(rows[1].arn), s("healthy"));
    EXPECT_EQ(health.value(rows[2].arn), s("unhealthy (Target.ResponseCodeMismatch)"));
    EXPECT_EQ(health.value(rows[3].arn), s("draining"));
    EXPECT_FALSE(health.contains(rows[4].arn));
}

TEST(TargetHealthColumn, ShowsTheStateAndSignalsOnlyChangedCells)
{
    TaskModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setTasks({ awsvpcTask(s("web1"), s("10.0.1.5")), awsvpcTask(s("web2"), s("10.0.1.6")) });
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.headerData(TaskModel::TargetHealthColumn, Qt::Horizontal, Models::ColumnKeyRole).toString(),
        s("Target health"));
    EXPECT_TRUE(model.index(0, TaskModel::TargetHealthColumn).data().toString().isEmpty());

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const QString web1 = model.index(0, 0).data(Models::ArnRole).toString();
    model.setTargetHealth({ { web1, s("initial (Elb.RegistrationInProgress)") } });
    ASSERT_EQ(changed.size(), 1);
    EXPECT_EQ(changed.first().first().toModelIndex(), model.index(0, TaskModel::TargetHealthColumn));
    EXPECT_EQ(
        model.index(0, TaskModel::TargetHealthColumn).data().toString(), s("initial (Elb.RegistrationInProgress)"));
    EXPECT_EQ(model.index(0, TaskModel::TargetHealthColumn).data(Models::FilterRole).toString(),
        s("initial (Elb.RegistrationInProgress)"));

    changed.clear();
    model.setTargetHealth({ { web1, s("initial (Elb.RegistrationInProgress)") } });
    EXPECT_TRUE(changed.isEmpty()); // nothing changed
    model.setTargetHealth({ { web1, s("healthy") } });
    EXPECT_EQ(changed.size(), 1);
    changed.clear();
    model.setTargetHealth({});
    EXPECT_EQ(changed.size(), 1);
    EXPECT_TRUE(model.index(0, TaskModel::TargetHealthColumn).data().toString().isEmpty());
}
