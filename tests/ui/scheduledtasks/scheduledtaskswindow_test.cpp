// SPDX-License-Identifier: MIT
// The window's Scheduled Tasks page: the open cluster's schedules, and Run Now from the window's action.
#include "integration/app/apptestsupport.h"

#include "api/ecs/ecsclient.h"
#include "ui/appsettings.h"
#include "ui/pages/scheduledtaskpage.h"
#include "ui/panewidget.h"
#include "ui/scheduledtasks/scheduledtaskmodel.h"

#include <QAction>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTreeView>

#include <gtest/gtest.h>

using namespace EcsDesk;
using EcsDesk::Testing::waitFor;

namespace {

QString s(const char* text) { return QString::fromUtf8(text); }

QJsonObject answer(Api::AwsReply* reply)
{
    EXPECT_TRUE(waitFor([reply] { return reply->isFinished(); }, 20000));
    reply->deleteLater();
    EXPECT_TRUE(reply->isOk()) << (reply->error() ? reply->error()->toString().toStdString() : std::string());
    return reply->json();
}

} // namespace

TEST(ScheduledTasksWindow, ThePageListsTheOpenClustersSchedulesAndRunNowStartsTheTask)
{
    QTemporaryDir dir;
    Ui::AppSettings::instance().saveWindow({}, {}, {});
    Ui::MainWindow window(Testing::testWindowOptions(dir.path()));
    window.show();
    ASSERT_TRUE(window.localEndpoint() && window.localEndpoint()->isRunning());
    Api::AwsTransport transport;
    const Api::ClientConfig config = Testing::endpointConfig(*window.localEndpoint(), &transport);
    const Api::EcsClient ecs(config);
    const QString clusterArn
        = answer(ecs.createCluster(s("jobs"))).value(s("cluster")).toObject().value(s("clusterArn")).toString();
    const QString definition = answer(ecs.registerTaskDefinition(QJsonDocument::fromJson(R"json({"family": "report",
        "requiresCompatibilities": ["FARGATE"], "networkMode": "awsvpc", "cpu": "256", "memory": "512",
        "containerDefinitions": [{"name": "app", "image": "busybox", "essential": true}]})json")
                                                                     .object()))
                                   .value(s("taskDefinition"))
                                   .toObject()
                                   .value(s("taskDefinitionArn"))
                                   .toString();
    // CreateSchedule: restJson1 POST /schedules/{Name}, signed for scheduler.
    Api::AwsRequest request;
    request.operation = s("CreateSchedule");
    request.signingName = "scheduler";
    request.region = config.region;
    QUrl url = config.endpointUrl;
    url.setPath(s("/schedules/nightly-report"));
    request.url = url;
    request.method = "POST";
    request.protocol = Api::WireProtocol::RestJson;
    request.headers = { { "Content-Type", "application/json" } };
    request.body
        = QStringLiteral(R"json({"ScheduleExpression": "cron(0 2 * * ? *)", "FlexibleTimeWindow": {"Mode": "OFF"},
        "Target": {"Arn": "%1", "RoleArn": "arn:aws:iam::123456789012:role/scheduler",
            "EcsParameters": {"TaskDefinitionArn": "%2", "LaunchType": "FARGATE",
                "NetworkConfiguration": {"awsvpcConfiguration": {"Subnets": ["subnet-1"]}}}}})json")
              .arg(clusterArn, definition)
              .toUtf8();
    request.credentials = config.credentials;
    answer(transport.send(std::move(request)));

    window.selectCluster(s("jobs"));
    auto* page = window.findChild<Ui::ScheduledTaskPage*>();
    ASSERT_NE(page, nullptr);
    ASSERT_TRUE(waitFor([page] { return page->model()->rowCount() == 1; }, 20000));
    EXPECT_EQ(page->model()->index(0, Ui::ScheduledTaskModel::Schedule).data().toString(), s("Every day at 02:00"));

    page->pane()->view()->setCurrentIndex(page->pane()->fromSource(page->model()->index(0, 0)));
    QAction* runNow = window.action(s("runScheduledTaskNow"));
    ASSERT_NE(runNow, nullptr);
    ASSERT_TRUE(waitFor([runNow] { return runNow->isEnabled(); }, 20000));
    runNow->trigger();
    Api::ListTasksFilter filter;
    filter.startedBy = s("chronos-schedule/nightly-report");
    ASSERT_TRUE(waitFor(
        [&] { return answer(ecs.listTasks(s("jobs"), filter)).value(s("taskArns")).toArray().size() == 1; }, 20000));
}
