// SPDX-License-Identifier: MIT
// The window's Alarms page: the open cluster's alarms (not another cluster's) with state, service
// and reason; Set Alarm State to OK, Disable Alarm Actions and the history through the window's actions.
#include "integration/app/apptestsupport.h"

#include "api/cloudwatch/alarms.h"
#include "api/cloudwatch/alarmsloader.h"
#include "api/cloudwatch/cloudwatchclient.h"
#include "api/ecs/ecsclient.h"
#include "models/scaling/alarmmodel.h"
#include "ui/alarms/alarmhistorydialog.h"
#include "ui/alarms/alarmspage.h"
#include "ui/appsettings.h"
#include "ui/panewidget.h"

#include <QAction>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeView>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace EcsDesk;
using EcsDesk::Testing::waitFor;

namespace {

QString s(const char* text) { return QString::fromUtf8(text); }

void finish(Api::AwsReply* reply)
{
    EXPECT_TRUE(waitFor([reply] { return reply->isFinished(); }, 20000));
    reply->deleteLater();
    EXPECT_TRUE(reply->isOk()) << (reply->error() ? reply->error()->toString().toStdString() : std::string());
}

Api::MetricAlarm alarm(const QString& name, const QString& cluster, const QString& service)
{
    Api::MetricAlarm alarm;
    alarm.name = name;
    alarm.metricNamespace = s("AWS/ECS");
    alarm.metricName = s("CPUUtilization");
    alarm.dimensions = { { s("ClusterName"), cluster }, { s("ServiceName"), service } };
    alarm.statistic = s("Average");
    alarm.period = 60;
    alarm.evaluationPeriods = 2;
    alarm.threshold = 80;
    alarm.comparisonOperator = s("GreaterThanThreshold");
    alarm.alarmActions = { s("arn:aws:sns:us-east-1:123456789012:ops") };
    return alarm;
}

QString cell(const Models::AlarmModel* model, int column) { return model->index(0, column).data().toString(); }

} // namespace

TEST(AlarmsPage, ServiceOfTellsTheClusterAndServiceOfAnAlarm)
{
    Api::MetricAlarm byDimension = alarm(s("a"), s("prod"), s("web"));
    EXPECT_EQ(Api::AlarmsLoader::serviceOf(byDimension, s("prod")), s("web"));
    EXPECT_EQ(Api::AlarmsLoader::serviceOf(byDimension, s("arn:aws:ecs:us-east-1:1:cluster/prod")), s("web"));
    EXPECT_EQ(Api::AlarmsLoader::serviceOf(byDimension, s("staging")), std::nullopt);
    Api::MetricAlarm tracking;
    tracking.name = s("TargetTracking-service/prod/api-AlarmHigh-0b1c2d3e");
    EXPECT_EQ(Api::AlarmsLoader::serviceOf(tracking, s("prod")), s("api"));
    Api::MetricAlarm step;
    step.name = s("custom");
    step.alarmActions = { s("arn:aws:autoscaling:us-east-1:1:scalingPolicy:abc:resource/ecs/service/prod/worker:"
                            "policyName/out") };
    EXPECT_EQ(Api::AlarmsLoader::serviceOf(step, s("prod")), s("worker"));
    Api::MetricAlarm onCluster;
    onCluster.dimensions = { { s("ClusterName"), s("prod") } };
    EXPECT_EQ(Api::AlarmsLoader::serviceOf(onCluster, s("prod")), QString());
}

// A refresh merges by alarm name (KeyedTableModel): an alarm of another cluster stays out, a
// changed state signals its cell only, a vanished alarm goes, a new one is appended.
TEST(AlarmsPage, RefreshMergesByAlarmName)
{
    Models::AlarmModel model;
    Api::MetricAlarm high = alarm(s("high"), s("prod"), s("web"));
    high.stateValue = s("OK");
    const Api::MetricAlarm low = alarm(s("low"), s("prod"), s("web"));
    const Api::MetricAlarm other = alarm(s("other"), s("staging"), s("web"));
    model.setAlarms({ high, low, other }, s("prod"));
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.alarm(0).name, s("high"));
    EXPECT_EQ(model.service(1), s("web"));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    high.stateValue = s("ALARM");
    model.setAlarms({ low, high }, s("prod"));
    EXPECT_EQ(inserted.count() + removed.count() + reset.count(), 0);
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.at(0).at(0).toModelIndex(), model.index(0, Models::AlarmModel::State));
    EXPECT_EQ(changed.at(0).at(1).toModelIndex(), model.index(0, Models::AlarmModel::State));
    EXPECT_EQ(cell(&model, Models::AlarmModel::State), s("ALARM"));

    model.setAlarms({ high, alarm(s("new"), s("prod"), s("api")) }, s("prod"));
    EXPECT_EQ(removed.count(), 1);
    EXPECT_EQ(inserted.count(), 1);
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.alarm(0).name, s("high"));
    EXPECT_EQ(model.alarm(1).name, s("new"));
    EXPECT_EQ(model.service(1), s("api"));
    model.clear();
    EXPECT_EQ(model.rowCount(), 0);
}

TEST(AlarmsPage, ListsTheOpenClustersAlarmsAndActsOnThem)
{
    QTemporaryDir dir;
    Ui::AppSettings::instance().saveWindow({}, {}, {});
    Ui::MainWindow window(Testing::testWindowOptions(dir.path()));
    window.show();
    ASSERT_TRUE(window.localEndpoint() && window.localEndpoint()->isRunning());
    Api::AwsTransport transport;
    const Api::ClientConfig config = Testing::endpointConfig(*window.localEndpoint(), &transport);
    const Api::EcsClient ecs(config);
    const Api::CloudWatchClient cloudWatch(config);
    finish(ecs.createCluster(s("prod")));
    finish(cloudWatch.putMetricAlarm(alarm(s("web-cpu-high"), s("prod"), s("web"))));
    finish(cloudWatch.putMetricAlarm(alarm(s("other-cpu-high"), s("staging"), s("web"))));
    finish(cloudWatch.setAlarmState(s("web-cpu-high"), s("ALARM"), s("Testing the Alarms page")));

    window.selectCluster(s("prod"));
    auto* page = window.findChild<Ui::AlarmsPage*>();
    ASSERT_NE(page, nullptr);
    const Models::AlarmModel* model = page->model();
    ASSERT_TRUE(waitFor([model] { return model->rowCount() == 1; }, 20000));
    EXPECT_EQ(cell(model, Models::AlarmModel::Name), s("web-cpu-high"));
    EXPECT_EQ(cell(model, Models::AlarmModel::State), s("ALARM"));
    EXPECT_EQ(cell(model, Models::AlarmModel::Service), s("web"));
    EXPECT_EQ(cell(model, Models::AlarmModel::Reason), s("Testing the Alarms page"));
    EXPECT_EQ(cell(model, Models::AlarmModel::Condition), s("CPUUtilization Average > 80, 2 of 2 × 60 s"));
    EXPECT_EQ(cell(model, Models::AlarmModel::Actions), s("Enabled"));

    page->pane()->view()->setCurrentIndex(page->pane()->fromSource(model->index(0, 0)));
    QAction* setOk = window.action(s("setAlarmStateOk"));
    ASSERT_NE(setOk, nullptr);
    ASSERT_TRUE(waitFor([setOk] { return setOk->isEnabled(); }, 20000));
    setOk->trigger();
    ASSERT_TRUE(waitFor([model] { return cell(model, Models::AlarmModel::State) == s("OK"); }, 20000));

    QAction* disable = window.action(s("disableAlarmActions"));
    ASSERT_NE(disable, nullptr);
    disable->trigger();
    ASSERT_TRUE(waitFor([model] { return cell(model, Models::AlarmModel::Actions) == s("Disabled"); }, 20000));

    Ui::AlarmHistoryDialog* history = page->showHistory();
    ASSERT_NE(history, nullptr);
    ASSERT_TRUE(waitFor([history] { return history->items()->topLevelItemCount() >= 3; }, 20000));
    QStringList summaries;
    for (const Api::AlarmHistoryItem& item : history->history())
        summaries.append(item.summary);
    EXPECT_TRUE(summaries.contains(s("Alarm updated from ALARM to OK"))) << summaries.join(s("|")).toStdString();
    history->close();

    // Read-only: the actions that change an alarm are disabled, the history is not.
    window.setReadOnly(true);
    EXPECT_FALSE(setOk->isEnabled());
    EXPECT_FALSE(disable->isEnabled());
    EXPECT_TRUE(window.action(s("showAlarmHistory"))->isEnabled());
}
