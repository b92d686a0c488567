// SPDX-License-Identifier: MIT
// Issue 20: the schedule builder in the window on its embedded endpoint: New Scheduled Task creates a
// schedule through the dialog (live preview, validation, a refused request keeps the dialog open with
// what was typed), the page lists it with its details; Disable, Enable and Delete (confirmed) act on it;
// an EventBridge rule made through the dialog is listed too.
#include "integration/app/apptestsupport.h"

#include "api/ecs/ecsclient.h"
#include "api/scheduler/schedulerclient.h"
#include "models/itemroles.h"
#include "ui/appsettings.h"
#include "ui/pages/scheduledtaskpage.h"
#include "ui/panewidget.h"
#include "ui/scheduledtasks/schedulebuilderdialog.h"
#include "ui/scheduledtasks/scheduledtaskmodel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimeEdit>
#include <QTimer>
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

/// Answers the next modal QMessageBox with `button`, keeping its text.
void answerNextMessageBox(QMessageBox::StandardButton button, QString* text)
{
    auto* timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, button, text] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            *text = box->text();
            box->button(button)->click();
        }
    });
    timer->start();
}

int rowOf(Ui::ScheduledTaskModel* model, const QString& name)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, Ui::ScheduledTaskModel::Name).data().toString() == name)
            return row;
    }
    return -1;
}

template <class W> W* child(QWidget* parent, const char* name)
{
    auto* widget = parent->findChild<W*>(QString::fromLatin1(name));
    EXPECT_NE(widget, nullptr) << name;
    return widget;
}

} // namespace

TEST(ScheduleBuilder, CreatesEnablesDisablesAndDeletesASchedule)
{
    QTemporaryDir dir;
    Ui::AppSettings::instance().saveWindow({}, {}, {});
    Ui::MainWindow window(Testing::testWindowOptions(dir.path()));
    window.show();
    ASSERT_TRUE(window.localEndpoint() && window.localEndpoint()->isRunning());
    Api::AwsTransport transport;
    const Api::ClientConfig config = Testing::endpointConfig(*window.localEndpoint(), &transport);
    const Api::EcsClient ecs(config);
    const Api::SchedulerClient scheduler(config);
    const QString clusterArn
        = answer(ecs.createCluster(s("jobs"))).value(s("cluster")).toObject().value(s("clusterArn")).toString();
    answer(ecs.registerTaskDefinition(QJsonDocument::fromJson(R"json({"family": "report",
        "requiresCompatibilities": ["FARGATE"], "networkMode": "awsvpc", "cpu": "256", "memory": "512",
        "containerDefinitions": [{"name": "app", "image": "busybox", "essential": true}]})json")
                                          .object()));
    // A schedule called "taken" exists already: creating another one by that name is refused.
    answer(scheduler.createSchedule(s("taken"),
        QJsonDocument::fromJson(QStringLiteral(R"json({"ScheduleExpression": "rate(1 hour)",
            "FlexibleTimeWindow": {"Mode": "OFF"}, "Target": {"Arn": "%1",
            "RoleArn": "arn:aws:iam::123456789012:role/ecsEventsRole",
            "EcsParameters": {"TaskDefinitionArn": "arn:aws:ecs:us-east-1:123456789012:task-definition/report:1",
                "LaunchType": "FARGATE", "NetworkConfiguration": {"awsvpcConfiguration": {"Subnets": ["subnet-1"]}}}}})json")
                                    .arg(clusterArn)
                                    .toUtf8())
            .object()));

    window.selectCluster(s("jobs"));
    auto* page = window.findChild<Ui::ScheduledTaskPage*>();
    ASSERT_NE(page, nullptr);
    Ui::ScheduledTaskModel* model = page->model();
    ASSERT_TRUE(waitFor([model] { return model->rowCount() == 1; }, 20000));

    QAction* create = window.action(s("newScheduledTask"));
    ASSERT_NE(create, nullptr);
    ASSERT_TRUE(waitFor([create] { return create->isEnabled(); }, 20000));
    create->trigger();
    Ui::ScheduleBuilderDialog* dialog = nullptr;
    ASSERT_TRUE(waitFor([&] { return (dialog = window.findChild<Ui::ScheduleBuilderDialog*>()) != nullptr; }, 20000));
    ASSERT_TRUE(waitFor([dialog] { return dialog->isVisible(); }, 5000));
    QPointer<Ui::ScheduleBuilderDialog> alive(dialog);
    QPushButton* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    EXPECT_FALSE(ok->isEnabled()); // no name yet
    EXPECT_TRUE(dialog->problemsText().contains(s("Enter a name.")));

    child<QLineEdit>(dialog, "scheduleName")->setText(s("taken"));
    child<QComboBox>(dialog, "schedulePreset")->setCurrentIndex(int(Models::ScheduleForm::Preset::DailyAt));
    child<QTimeEdit>(dialog, "scheduleTime")->setTime(QTime(2, 30));
    child<QComboBox>(dialog, "scheduleTimeZone")->setCurrentText(s("Europe/Berlin"));
    EXPECT_EQ(child<QLineEdit>(dialog, "scheduleExpression")->text(), s("cron(30 2 * * ? *)"));
    EXPECT_TRUE(dialog->previewText().contains(s("Every day at 02:30 (Europe/Berlin)")))
        << dialog->previewText().toStdString();
    // The next runs, previewed in the schedule's zone.
    EXPECT_TRUE(dialog->previewText().contains(s("Next runs (Europe/Berlin): ")))
        << dialog->previewText().toStdString();
    EXPECT_EQ(dialog->previewText().count(QRegularExpression(s("\\d{4}-\\d\\d-\\d\\d 02:30"))), 5)
        << dialog->previewText().toStdString();
    EXPECT_TRUE(child<QLineEdit>(dialog, "scheduleRole")->placeholderText().endsWith(s(":role/ecsEventsRole")));
    EXPECT_EQ(child<QComboBox>(dialog, "scheduleTaskDefinition")->currentText(), s("report:1"));
    child<QComboBox>(dialog, "scheduleLaunch")->setCurrentIndex(int(Models::ScheduleForm::Launch::Fargate));
    EXPECT_TRUE(dialog->problemsText().contains(s("Fargate tasks need at least one subnet.")));
    child<QLineEdit>(dialog, "scheduleSubnets")->setText(s("subnet-0a1b, subnet-0c2d"));
    child<QPlainTextEdit>(dialog, "scheduleInput")->setPlainText(s("{\"containerOverrides\": ["));
    EXPECT_TRUE(dialog->problemsText().contains(s("The input is not JSON"))) << dialog->problemsText().toStdString();
    EXPECT_FALSE(ok->isEnabled());
    child<QPlainTextEdit>(dialog, "scheduleInput")
        ->setPlainText(s("{\"containerOverrides\": [{\"name\": \"app\", \"command\": [\"report\", \"--daily\"]}]}"));
    ASSERT_TRUE(dialog->problemsText().isEmpty()) << dialog->problemsText().toStdString();
    ASSERT_TRUE(ok->isEnabled());

    // The service refuses the taken name: the dialog stays open with everything typed.
    ok->click();
    ASSERT_TRUE(waitFor([&] { return !dialog->errorText().isEmpty(); }, 20000));
    EXPECT_TRUE(dialog->errorText().contains(s("already exists"))) << dialog->errorText().toStdString();
    ASSERT_TRUE(alive && dialog->isVisible());
    EXPECT_EQ(child<QLineEdit>(dialog, "scheduleName")->text(), s("taken"));
    EXPECT_EQ(child<QLineEdit>(dialog, "scheduleSubnets")->text(), s("subnet-0a1b, subnet-0c2d"));

    child<QLineEdit>(dialog, "scheduleName")->setText(s("daily-report"));
    ASSERT_TRUE(waitFor([ok] { return ok->isEnabled(); }, 5000));
    ok->click();
    ASSERT_TRUE(waitFor([&] { return !alive || !alive->isVisible(); }, 20000));

    // Listed, with its details under the table.
    ASSERT_TRUE(waitFor([model] { return rowOf(model, s("default/daily-report")) >= 0; }, 20000));
    int row = rowOf(model, s("default/daily-report"));
    EXPECT_EQ(
        model->index(row, Ui::ScheduledTaskModel::Schedule).data().toString(), s("Every day at 02:30 (Europe/Berlin)"));
    EXPECT_EQ(model->index(row, Ui::ScheduledTaskModel::State).data().toString(), s("Enabled"));
    const QJsonObject stored = answer(scheduler.getSchedule(s("daily-report"), s("default")));
    const QJsonObject ecsParameters = stored.value(s("Target")).toObject().value(s("EcsParameters")).toObject();
    EXPECT_EQ(ecsParameters.value(s("LaunchType")).toString(), s("FARGATE"));
    EXPECT_EQ(ecsParameters.value(s("NetworkConfiguration"))
                  .toObject()
                  .value(s("awsvpcConfiguration"))
                  .toObject()
                  .value(s("Subnets"))
                  .toArray()
                  .size(),
        2);
    EXPECT_EQ(stored.value(s("ScheduleExpressionTimezone")).toString(), s("Europe/Berlin"));
    page->pane()->view()->setCurrentIndex(page->pane()->fromSource(model->index(row, 0)));
    EXPECT_TRUE(page->detailsLabel()->text().contains(s("Next runs"))) << page->detailsLabel()->text().toStdString();
    EXPECT_TRUE(page->detailsLabel()->text().contains(s("subnet-0a1b")));

    // Run Now starts the task; a task link of the details opens it in the Tasks page.
    QAction* runNow = window.action(s("runScheduledTaskNow"));
    ASSERT_TRUE(waitFor([runNow] { return runNow->isEnabled(); }, 5000));
    runNow->trigger();
    Api::ListTasksFilter filter;
    filter.startedBy = s("chronos-schedule/daily-report");
    QString taskArn;
    ASSERT_TRUE(waitFor(
        [&] {
            taskArn = answer(ecs.listTasks(s("jobs"), filter)).value(s("taskArns")).toArray().first().toString();
            return !taskArn.isEmpty();
        },
        20000));
    Ui::PaneWidget* tasksPane = window.tasksPane();
    ASSERT_TRUE(waitFor(
        [&] {
            Q_EMIT page->detailsLabel()->linkActivated(taskArn);
            const QModelIndex current = tasksPane->view()->currentIndex();
            return tasksPane->isVisible() && current.data(Models::ArnRole).toString() == taskArn;
        },
        20000));
    window.showPane(page->pane());
    row = rowOf(model, s("default/daily-report"));
    page->pane()->view()->setCurrentIndex(page->pane()->fromSource(model->index(row, 0)));

    // Disable, then Enable.
    QAction* disable = window.action(s("disableScheduledTask"));
    QAction* enable = window.action(s("enableScheduledTask"));
    ASSERT_TRUE(disable && enable);
    ASSERT_TRUE(waitFor([disable] { return disable->isEnabled(); }, 5000));
    EXPECT_FALSE(enable->isEnabled());
    disable->trigger();
    ASSERT_TRUE(waitFor(
        [&] {
            const int r = rowOf(model, s("default/daily-report"));
            return r >= 0 && model->index(r, Ui::ScheduledTaskModel::State).data().toString() == s("Disabled");
        },
        20000));
    EXPECT_EQ(
        answer(scheduler.getSchedule(s("daily-report"), s("default"))).value(s("State")).toString(), s("DISABLED"));
    // Disabling sent the whole schedule back: the target is unchanged.
    EXPECT_EQ(
        answer(scheduler.getSchedule(s("daily-report"), s("default"))).value(s("Target")), stored.value(s("Target")));
    row = rowOf(model, s("default/daily-report"));
    page->pane()->view()->setCurrentIndex(page->pane()->fromSource(model->index(row, 0)));
    ASSERT_TRUE(waitFor([enable] { return enable->isEnabled(); }, 5000));
    enable->trigger();
    ASSERT_TRUE(waitFor(
        [&] {
            const int r = rowOf(model, s("default/daily-report"));
            return r >= 0 && model->index(r, Ui::ScheduledTaskModel::State).data().toString() == s("Enabled");
        },
        20000));

    // Delete, confirmed.
    row = rowOf(model, s("default/daily-report"));
    page->pane()->view()->setCurrentIndex(page->pane()->fromSource(model->index(row, 0)));
    QAction* remove = window.action(s("deleteScheduledTask"));
    ASSERT_TRUE(waitFor([remove] { return remove->isEnabled(); }, 5000));
    QString question;
    answerNextMessageBox(QMessageBox::Yes, &question);
    remove->trigger();
    EXPECT_TRUE(question.contains(s("daily-report"))) << question.toStdString();
    ASSERT_TRUE(waitFor([&] { return rowOf(model, s("default/daily-report")) < 0; }, 20000));
    EXPECT_EQ(rowOf(model, s("default/taken")), 0);
}

TEST(ScheduleBuilder, CreatesAnEventBridgeRuleAndDeletesIt)
{
    QTemporaryDir dir;
    Ui::AppSettings::instance().saveWindow({}, {}, {});
    Ui::MainWindow window(Testing::testWindowOptions(dir.path()));
    window.show();
    Api::AwsTransport transport;
    const Api::ClientConfig config = Testing::endpointConfig(*window.localEndpoint(), &transport);
    const Api::EcsClient ecs(config);
    answer(ecs.createCluster(s("jobs")));
    answer(ecs.registerTaskDefinition(QJsonDocument::fromJson(R"json({"family": "cleanup",
        "containerDefinitions": [{"name": "app", "image": "busybox", "essential": true, "memory": 128}]})json")
                                          .object()));
    window.selectCluster(s("jobs"));
    auto* page = window.findChild<Ui::ScheduledTaskPage*>();
    Ui::ScheduledTaskModel* model = page->model();
    QAction* create = window.action(s("newScheduledTask"));
    ASSERT_TRUE(waitFor([create] { return create->isEnabled(); }, 20000));
    create->trigger();
    Ui::ScheduleBuilderDialog* dialog = nullptr;
    ASSERT_TRUE(waitFor([&] { return (dialog = window.findChild<Ui::ScheduleBuilderDialog*>()) != nullptr; }, 20000));
    QPointer<Ui::ScheduleBuilderDialog> alive(dialog);
    child<QComboBox>(dialog, "scheduleKind")->setCurrentIndex(1);
    child<QLineEdit>(dialog, "scheduleName")->setText(s("cleanup-rule"));
    child<QComboBox>(dialog, "schedulePreset")->setCurrentIndex(int(Models::ScheduleForm::Preset::OnceAt));
    EXPECT_TRUE(dialog->problemsText().contains(s("EventBridge rules have no at(): make it a schedule.")));
    child<QComboBox>(dialog, "schedulePreset")->setCurrentIndex(int(Models::ScheduleForm::Preset::Every5Minutes));
    child<QComboBox>(dialog, "scheduleLaunch")->setCurrentIndex(int(Models::ScheduleForm::Launch::Ec2));
    ASSERT_TRUE(dialog->problemsText().isEmpty()) << dialog->problemsText().toStdString();
    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    ASSERT_TRUE(waitFor([&] { return !alive || !alive->isVisible(); }, 20000));
    ASSERT_TRUE(waitFor([model] { return rowOf(model, s("cleanup-rule")) >= 0; }, 20000));
    const int row = rowOf(model, s("cleanup-rule"));
    EXPECT_EQ(model->index(row, Ui::ScheduledTaskModel::Kind).data().toString(), s("Rule"));
    EXPECT_EQ(model->index(row, Ui::ScheduledTaskModel::Schedule).data().toString(), s("Every 5 minutes"));

    page->pane()->view()->setCurrentIndex(page->pane()->fromSource(model->index(row, 0)));
    QAction* remove = window.action(s("deleteScheduledTask"));
    ASSERT_TRUE(waitFor([remove] { return remove->isEnabled(); }, 5000));
    QString question;
    answerNextMessageBox(QMessageBox::Yes, &question);
    remove->trigger();
    ASSERT_TRUE(waitFor([&] { return rowOf(model, s("cleanup-rule")) < 0; }, 20000));
    const Api::EventsClient events(config);
    EXPECT_TRUE(answer(events.listRules()).value(s("Rules")).toArray().isEmpty());
}

TEST(ScheduleBuilder, EditKeepsWhatTheFormDoesNotShowAndReadOnlyDisablesTheChanges)
{
    QTemporaryDir dir;
    Ui::AppSettings::instance().saveWindow({}, {}, {});
    Ui::MainWindow window(Testing::testWindowOptions(dir.path()));
    window.show();
    Api::AwsTransport transport;
    const Api::ClientConfig config = Testing::endpointConfig(*window.localEndpoint(), &transport);
    const Api::EcsClient ecs(config);
    const Api::SchedulerClient scheduler(config);
    const QString clusterArn
        = answer(ecs.createCluster(s("jobs"))).value(s("cluster")).toObject().value(s("clusterArn")).toString();
    answer(ecs.registerTaskDefinition(QJsonDocument::fromJson(R"json({"family": "cleanup",
        "containerDefinitions": [{"name": "app", "image": "busybox", "essential": true, "memory": 128}]})json")
                                          .object()));
    // Tags and PropagateTags are not in the form: Edit sends them back unchanged.
    answer(scheduler.createSchedule(s("hourly"),
        QJsonDocument::fromJson(QStringLiteral(R"json({"ScheduleExpression": "cron(0 * * * ? *)",
            "FlexibleTimeWindow": {"Mode": "OFF"}, "Target": {"Arn": "%1",
            "RoleArn": "arn:aws:iam::123456789012:role/ecsEventsRole",
            "EcsParameters": {"TaskDefinitionArn": "arn:aws:ecs:us-east-1:123456789012:task-definition/cleanup:1",
                "LaunchType": "EC2", "Tags": [{"team": "data"}], "PropagateTags": "TASK_DEFINITION"}}})json")
                                    .arg(clusterArn)
                                    .toUtf8())
            .object()));
    window.selectCluster(s("jobs"));
    auto* page = window.findChild<Ui::ScheduledTaskPage*>();
    Ui::ScheduledTaskModel* model = page->model();
    ASSERT_TRUE(waitFor([model] { return model->rowCount() == 1; }, 20000));
    page->pane()->view()->setCurrentIndex(page->pane()->fromSource(model->index(0, 0)));
    QAction* edit = window.action(s("editScheduledTask"));
    ASSERT_TRUE(waitFor([edit] { return edit->isEnabled(); }, 5000));
    edit->trigger();
    Ui::ScheduleBuilderDialog* dialog = nullptr;
    ASSERT_TRUE(waitFor([&] { return (dialog = window.findChild<Ui::ScheduleBuilderDialog*>()) != nullptr; }, 20000));
    QPointer<Ui::ScheduleBuilderDialog> alive(dialog);
    EXPECT_TRUE(child<QLineEdit>(dialog, "scheduleName")->isReadOnly());
    EXPECT_EQ(child<QComboBox>(dialog, "schedulePreset")->currentIndex(), int(Models::ScheduleForm::Preset::Hourly));
    EXPECT_EQ(child<QComboBox>(dialog, "scheduleLaunch")->currentIndex(), int(Models::ScheduleForm::Launch::Ec2));
    EXPECT_EQ(child<QComboBox>(dialog, "scheduleTaskDefinition")->currentText(), s("cleanup:1"));
    child<QComboBox>(dialog, "schedulePreset")->setCurrentIndex(int(Models::ScheduleForm::Preset::WeekdaysAt));
    child<QTimeEdit>(dialog, "scheduleTime")->setTime(QTime(4, 15));
    ASSERT_TRUE(dialog->problemsText().isEmpty()) << dialog->problemsText().toStdString();
    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    ASSERT_TRUE(waitFor([&] { return !alive || !alive->isVisible(); }, 20000));
    ASSERT_TRUE(waitFor(
        [model] {
            return model->rowCount() == 1
                && model->index(0, Ui::ScheduledTaskModel::Schedule).data().toString()
                == s("Monday to Friday at 04:15");
        },
        20000))
        << model->index(0, Ui::ScheduledTaskModel::Schedule).data().toString().toStdString();
    const QJsonObject stored = answer(scheduler.getSchedule(s("hourly"), s("default")));
    EXPECT_EQ(stored.value(s("ScheduleExpression")).toString(), s("cron(15 4 ? * MON-FRI *)"));
    const QJsonObject ecsParameters = stored.value(s("Target")).toObject().value(s("EcsParameters")).toObject();
    EXPECT_EQ(ecsParameters.value(s("PropagateTags")).toString(), s("TASK_DEFINITION"));
    EXPECT_EQ(ecsParameters.value(s("Tags")).toArray().size(), 1);

    // Read-only: none of the page's changes is offered.
    window.setReadOnly(true);
    page->pane()->view()->setCurrentIndex(page->pane()->fromSource(model->index(0, 0)));
    for (const char* id : { "newScheduledTask", "editScheduledTask", "enableScheduledTask", "disableScheduledTask",
             "deleteScheduledTask", "runScheduledTaskNow" })
        EXPECT_FALSE(window.action(s(id))->isEnabled()) << id;
}
