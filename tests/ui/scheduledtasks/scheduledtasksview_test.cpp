// SPDX-License-Identifier: MIT
#include "ui/scheduledtasks/scheduledtasksview.h"

#include "api/ecs/ecsclient.h"
#include "api/scheduler/schedulerclient.h"
#include "common/localendpointsupport.h"
#include "models/itemroles.h"
#include "ui/messagebar.h"
#include "ui/panewidget.h"
#include "ui/scheduledtasks/scheduledtaskmodel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace EcsDesk;
using EcsDesk::Testing::call;
using EcsDesk::Testing::waitFor;

namespace {

QString s(const char* text) { return QString::fromUtf8(text); }

/// CreateSchedule: restJson1 POST /schedules/{Name} with its JSON body, signed for `scheduler`.
void createSchedule(Testing::TestEndpoint& endpoint, const QString& name, const QJsonObject& body)
{
    const Api::ClientConfig config = endpoint.config();
    Api::AwsRequest request;
    request.operation = s("CreateSchedule");
    request.signingName = "scheduler";
    request.region = config.region;
    QUrl url = config.endpointUrl;
    url.setPath(s("/schedules/") + name);
    request.url = url;
    request.method = "POST";
    request.protocol = Api::WireProtocol::RestJson;
    request.headers = { { "Content-Type", "application/json" } };
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    request.credentials = config.credentials;
    call(endpoint.transport().send(std::move(request)));
}

QJsonObject fargateTarget(const QString& clusterArn, const QString& definition)
{
    return QJsonDocument::fromJson(QStringLiteral(R"json({"Arn": "%1",
        "RoleArn": "arn:aws:iam::123456789012:role/scheduler",
        "Input": "{\"containerOverrides\":[{\"name\":\"app\",\"command\":[\"report\",\"--now\"]}]}",
        "EcsParameters": {"TaskDefinitionArn": "%2", "LaunchType": "FARGATE", "TaskCount": 1,
            "NetworkConfiguration": {"awsvpcConfiguration": {"Subnets": ["subnet-1"], "AssignPublicIp": "ENABLED"}}}})json")
                                       .arg(clusterArn, definition)
                                       .toUtf8())
        .object();
}

TEST(ScheduledTasksView, ListsTheClustersSchedulesAndRulesAndRunsOneNow)
{
    Testing::TestEndpoint endpoint;
    ASSERT_TRUE(endpoint.isStarted()) << endpoint.error().toStdString();
    const Api::EcsClient ecs(endpoint.config());
    const QString clusterArn
        = call(ecs.createCluster(s("jobs"))).value(s("cluster")).toObject().value(s("clusterArn")).toString();
    const QString definition = call(ecs.registerTaskDefinition(QJsonDocument::fromJson(R"json({"family": "report",
        "requiresCompatibilities": ["FARGATE"], "networkMode": "awsvpc", "cpu": "256", "memory": "512",
        "containerDefinitions": [{"name": "app", "image": "busybox", "essential": true}]})json")
                                                                   .object()))
                                   .value(s("taskDefinition"))
                                   .toObject()
                                   .value(s("taskDefinitionArn"))
                                   .toString();
    createSchedule(endpoint, s("hourly-report"),
        { { s("ScheduleExpression"), s("rate(1 hour)") },
            { s("FlexibleTimeWindow"), QJsonObject { { s("Mode"), s("OFF") } } },
            { s("Target"), fargateTarget(clusterArn, definition) } });
    createSchedule(endpoint, s("other-cluster"),
        { { s("ScheduleExpression"), s("rate(1 hour)") },
            { s("FlexibleTimeWindow"), QJsonObject { { s("Mode"), s("OFF") } } },
            { s("Target"),
                fargateTarget(QString(clusterArn).replace(s("cluster/jobs"), s("cluster/other")), definition) } });
    const Api::EventsClient events(endpoint.config());
    call(events.callJson(
        s("PutRule"), { { s("Name"), s("morning") }, { s("ScheduleExpression"), s("cron(30 9 * * ? *)") } }));
    QJsonObject ruleTarget = fargateTarget(clusterArn, definition);
    ruleTarget.insert(s("Id"), s("report"));
    call(
        events.callJson(s("PutTargets"), { { s("Rule"), s("morning") }, { s("Targets"), QJsonArray { ruleTarget } } }));

    Ui::ScheduledTasksView view;
    QAbstractItemModelTester tester(
        view.model(), QAbstractItemModelTester::FailureReportingMode::Fatal); // before the model changes
    QSignalSpy resets(view.model(), &QAbstractItemModel::modelReset);
    QSignalSpy loaded(&view, &Ui::ScheduledTasksView::loaded);
    view.setClients(endpoint.config(), endpoint.config(), &ecs);
    view.resize(900, 600);
    view.show();
    view.setCluster(s("jobs"));
    ASSERT_TRUE(waitFor([&] { return loaded.count() == 1; }, 20000));

    // The two that target the cluster, not the one in another cluster.
    Ui::ScheduledTaskModel* model = view.model();
    ASSERT_EQ(model->rowCount(), 2);
    auto cell = [model](int row, int column) { return model->index(row, column).data().toString(); };
    EXPECT_EQ(cell(0, Ui::ScheduledTaskModel::Name), s("default/hourly-report"));
    EXPECT_EQ(cell(0, Ui::ScheduledTaskModel::Schedule), s("Every hour"));
    EXPECT_EQ(cell(0, Ui::ScheduledTaskModel::TaskDefinition), s("report:1"));
    EXPECT_EQ(cell(0, Ui::ScheduledTaskModel::State), s("Enabled"));
    EXPECT_EQ(cell(0, Ui::ScheduledTaskModel::LastRun), s("Never"));
    EXPECT_EQ(cell(1, Ui::ScheduledTaskModel::Name), s("morning"));
    EXPECT_EQ(cell(1, Ui::ScheduledTaskModel::Kind), s("Rule"));
    EXPECT_EQ(cell(1, Ui::ScheduledTaskModel::Schedule), s("Every day at 09:30 (UTC)")); // rules run in UTC
    EXPECT_FALSE(cell(1, Ui::ScheduledTaskModel::NextRun).isEmpty());
    EXPECT_FALSE(view.runNowAction()->isEnabled()); // nothing selected

    view.select(s("default/hourly-report"));
    EXPECT_TRUE(view.runNowAction()->isEnabled());
    EXPECT_TRUE(view.detailsLabel()->text().contains(s("Next runs")));
    EXPECT_TRUE(view.detailsLabel()->text().contains(s("chronos-schedule/hourly-report")));

    // Run Now: RunTask with the target's parameters and the schedule's startedBy.
    QSignalSpy ran(&view, &Ui::ScheduledTasksView::ranNow);
    view.runNowAction()->trigger();
    ASSERT_TRUE(waitFor([&] { return ran.count() == 1; }, 20000));
    const QStringList started = ran.first().first().toStringList();
    ASSERT_EQ(started.size(), 1) << view.pane()->messageBar()->findChild<QLabel*>()->text().toStdString();
    const QJsonObject task = call(ecs.describeTasks(s("jobs"), started)).value(s("tasks")).toArray().first().toObject();
    EXPECT_EQ(task.value(s("startedBy")).toString(), s("chronos-schedule/hourly-report"));
    EXPECT_EQ(task.value(s("launchType")).toString(), s("FARGATE"));
    EXPECT_EQ(task.value(s("overrides"))
                  .toObject()
                  .value(s("containerOverrides"))
                  .toArray()
                  .first()
                  .toObject()
                  .value(s("command"))
                  .toArray()
                  .size(),
        2);

    // A refresh merges: no reset, the selection stays.
    view.refresh();
    ASSERT_TRUE(waitFor([&] { return loaded.count() == 2; }, 20000));
    EXPECT_EQ(model->rowCount(), 2);
    EXPECT_EQ(resets.count(), 0);
    EXPECT_EQ(view.pane()->currentSourceRow(), 0);
}

} // namespace
