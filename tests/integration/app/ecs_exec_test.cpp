// SPDX-License-Identifier: MIT
// Issue 21 end to end: the window on its embedded endpoint, stub aws, session-manager-plugin and
// terminal programs on PATH (tests/ui/exec/execstubs.h). Open Shell's checklist passes on a task run
// with enableExecuteCommand and launches `aws ecs execute-command ... --endpoint-url` in the terminal
// with the endpoint's keys in the environment only; on a service task without exec it fails with
// Enable ECS Exec, which turns it on with a new deployment (not in read-only mode); Forward a Port
// starts `aws ssm start-session` on the container's runtime id and stops with the window.

#include "api/ecs/ecsclient.h"
#include "apptestsupport.h"
#include "common/execstubs.h"
#include "common/testutil.h"
#include "models/clustermodel.h"
#include "models/exec/execpreflight.h"
#include "models/itemroles.h"
#include "models/taskmodel.h"
#include "ui/actionregistry.h"
#include "ui/appsettings.h"
#include "ui/exec/execactions.h"
#include "ui/exec/execdialogs.h"
#include "ui/exec/portforwards.h"
#include "ui/mainwindow.h"
#include "ui/pagearea.h"
#include "ui/pages/taskpage.h"
#include "ui/panewidget.h"

#include <QAction>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPushButton>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <csignal>

using namespace EcsDesk;
using EcsDesk::Testing::call;
using EcsDesk::Testing::waitFor;
using State = Models::ExecPreflightModel::State;

namespace {

QJsonObject object(const char* text) { return QJsonDocument::fromJson(QByteArray(text)).object(); }

class EcsExec : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_path = qgetenv("PATH");
        qputenv("PATH", (m_stubs.path() + QLatin1Char(':')).toUtf8() + m_path);
        qunsetenv("TERMINAL");
        Ui::AppSettings::instance().setTerminal(QStringLiteral("xterm"));
        Ui::AppSettings::instance().setReadOnlyConnections({});
        window = std::make_unique<Ui::MainWindow>(Testing::testWindowOptions(m_dir.path()));
        window->show();
        ASSERT_TRUE(window->localEndpoint() && window->localEndpoint()->isRunning());
        ecs = std::make_unique<Api::EcsClient>(Testing::endpointConfig(*window->localEndpoint(), &m_transport));
        call(ecs->createCluster(QStringLiteral("demo")));
        call(ecs->registerTaskDefinition(object(R"({"family": "web", "networkMode": "awsvpc",
            "requiresCompatibilities": ["FARGATE"], "cpu": "256", "memory": "512",
            "taskRoleArn": "arn:aws:iam::123456789012:role/web-task",
            "containerDefinitions": [{"name": "app", "image": "nginx:1.25", "essential": true,
                "portMappings": [{"containerPort": 80}]}]})")));
        window->refresh();
        ASSERT_TRUE(waitFor([&] { return window->clusterModel()->rowCount() == 1; }, 20000));
        window->selectCluster(QStringLiteral("demo"));
        ASSERT_TRUE(waitFor([&] { return !window->currentCluster().isEmpty() && !window->isLoading(); }, 20000));
        window->showPane(window->tasksPane());
        page = window->pages()->find<Ui::TaskPage>();
        ASSERT_NE(page, nullptr);
    }
    void TearDown() override
    {
        window.reset();
        ecs.reset();
        Ui::AppSettings::instance().setTerminal(QString());
        qputenv("PATH", m_path);
    }

    QJsonObject network() const { return object(R"({"awsvpcConfiguration": {"subnets": ["subnet-12345678"]}})"); }

    /// Selects the task `arn` once the pane shows it RUNNING with a runtime id.
    void selectRunning(const QString& arn)
    {
        ASSERT_TRUE(waitFor(
            [&] {
                if (!window->isLoading())
                    window->refresh();
                for (int row = 0; row < window->taskModel()->rowCount(); ++row) {
                    const QModelIndex index = window->taskModel()->index(row, 0);
                    const QJsonObject task = window->taskModel()->rawJson(index);
                    if (task.value(QStringLiteral("taskArn")).toString() != arn
                        || task.value(QStringLiteral("lastStatus")).toString() != QStringLiteral("RUNNING")
                        || task.value(QStringLiteral("containers"))
                               .toArray()
                               .first()
                               .toObject()
                               .value(QStringLiteral("runtimeId"))
                               .toString()
                               .isEmpty())
                        continue;
                    window->tasksPane()->selectArn(arn);
                    return true;
                }
                return false;
            },
            90000));
    }

    /// Open Shell on the current task, waiting for its checks.
    Ui::OpenShellFlow* openShellChecked()
    {
        Ui::OpenShellFlow* flow = page->openShell({}, false);
        if (!flow)
            return nullptr;
        bool done = false;
        QObject::connect(flow, &Ui::OpenShellFlow::checked, [&done] { done = true; });
        EXPECT_TRUE(waitFor([&] { return done; }, 30000));
        return flow;
    }

    QString runTask(bool exec)
    {
        QJsonObject input { { QStringLiteral("taskDefinition"), QStringLiteral("web") },
            { QStringLiteral("launchType"), QStringLiteral("FARGATE") },
            { QStringLiteral("networkConfiguration"), network() }, { QStringLiteral("enableExecuteCommand"), exec } };
        const QJsonObject answer = call(ecs->runTask(QStringLiteral("demo"), input));
        return answer.value(QStringLiteral("tasks"))
            .toArray()
            .first()
            .toObject()
            .value(QStringLiteral("taskArn"))
            .toString();
    }

    Testing::ExecStubs m_stubs;
    QByteArray m_path;
    QTemporaryDir m_dir;
    Api::AwsTransport m_transport;
    std::unique_ptr<Ui::MainWindow> window;
    std::unique_ptr<Api::EcsClient> ecs;
    Ui::TaskPage* page = nullptr;
};

} // namespace

TEST_F(EcsExec, OpenShellChecksThenLaunchesTheCliWithTheEndpointAndItsKeys)
{
    const QString arn = runTask(true);
    selectRunning(arn);
    QAction* openShell = window->action(QStringLiteral("openShell"));
    ASSERT_NE(openShell, nullptr);
    EXPECT_FALSE(window->actions()->isMutating(QStringLiteral("openShell")));
    EXPECT_TRUE(waitFor([&] { return openShell->isEnabled(); }, 5000));

    Ui::OpenShellFlow* flow = openShellChecked();
    ASSERT_NE(flow, nullptr);
    for (const Models::ExecPreflightModel::Check& check : flow->model()->checks())
        EXPECT_EQ(check.state, State::Passed) << qPrintable(check.id) << ": " << qPrintable(check.result);
    EXPECT_EQ(flow->model()->check(QStringLiteral("taskRole"))->result,
        QStringLiteral("arn:aws:iam::123456789012:role/web-task"));
    auto* open = flow->dialog()->findChild<QPushButton*>(QStringLiteral("openShell"));
    ASSERT_TRUE(open && open->isEnabled());
    // ECSDESK_SCREENSHOT=path.png saves the checklist (for the docs and a look at its layout).
    if (const QString shot = qEnvironmentVariable("ECSDESK_SCREENSHOT"); !shot.isEmpty())
        flow->dialog()->grab().save(shot);
    open->click();
    ASSERT_TRUE(waitFor([&] { return m_stubs.ran(QStringLiteral("aws")); }, 10000));

    const Local::LocalEndpoint& endpoint = *window->localEndpoint();
    const QStringList expected { QStringLiteral("ecs"), QStringLiteral("execute-command"), QStringLiteral("--cluster"),
        QStringLiteral("demo"), QStringLiteral("--task"), arn, QStringLiteral("--container"), QStringLiteral("app"),
        QStringLiteral("--interactive"), QStringLiteral("--command"), QStringLiteral("/bin/sh"),
        QStringLiteral("--region"), endpoint.region(), QStringLiteral("--endpoint-url"), endpoint.url().toString() };
    EXPECT_EQ(m_stubs.arguments(QStringLiteral("aws")), expected);
    EXPECT_EQ(m_stubs.arguments(QStringLiteral("xterm")),
        QStringList({ QStringLiteral("-e"), m_stubs.program(QStringLiteral("aws")) }) + expected);
    const QStringList environment = m_stubs.environmentOf(QStringLiteral("aws"));
    const Api::Credentials keys = endpoint.credentials();
    EXPECT_TRUE(environment.contains(QStringLiteral("AWS_ACCESS_KEY_ID=") + keys.accessKeyId));
    EXPECT_TRUE(environment.contains(QStringLiteral("AWS_SECRET_ACCESS_KEY=") + keys.secretAccessKey));
    for (const QString& argument : m_stubs.arguments(QStringLiteral("xterm"))) {
        EXPECT_FALSE(argument.contains(keys.secretAccessKey));
        EXPECT_FALSE(argument.contains(keys.accessKeyId));
    }
}

TEST_F(EcsExec, AServiceTaskWithoutExecFailsAndEnableEcsExecTurnsItOn)
{
    QJsonObject service { { QStringLiteral("serviceName"), QStringLiteral("api") },
        { QStringLiteral("taskDefinition"), QStringLiteral("web") }, { QStringLiteral("desiredCount"), 1 },
        { QStringLiteral("launchType"), QStringLiteral("FARGATE") },
        { QStringLiteral("networkConfiguration"), network() } };
    call(ecs->createService(QStringLiteral("demo"), service));
    QString arn;
    ASSERT_TRUE(waitFor(
        [&] {
            const QJsonArray arns
                = call(ecs->listTasks(QStringLiteral("demo"), {})).value(QStringLiteral("taskArns")).toArray();
            arn = arns.isEmpty() ? QString() : arns.first().toString();
            return !arn.isEmpty();
        },
        30000));
    selectRunning(arn);

    window->setReadOnly(true);
    {
        // Read-only: Open Shell is still offered (it changes no resource); its fix is not.
        EXPECT_TRUE(waitFor([&] { return window->action(QStringLiteral("openShell"))->isEnabled(); }, 5000));
        Ui::OpenShellFlow* flow = openShellChecked();
        ASSERT_NE(flow, nullptr);
        EXPECT_EQ(flow->model()->check(QStringLiteral("execEnabled"))->state, State::Failed);
        auto* enable = flow->dialog()->findChild<QPushButton*>(QStringLiteral("enableExec"));
        EXPECT_TRUE(enable->isVisible());
        EXPECT_FALSE(enable->isEnabled());
        flow->dialog()->reject();
    }
    window->setReadOnly(false);

    Ui::OpenShellFlow* flow = openShellChecked();
    ASSERT_NE(flow, nullptr);
    EXPECT_EQ(flow->model()->check(QStringLiteral("execEnabled"))->state, State::Failed);
    EXPECT_EQ(flow->model()->check(QStringLiteral("agent"))->state, State::Failed);
    auto* open = flow->dialog()->findChild<QPushButton*>(QStringLiteral("openShell"));
    EXPECT_FALSE(open->isEnabled());
    auto* enable = flow->dialog()->findChild<QPushButton*>(QStringLiteral("enableExec"));
    ASSERT_TRUE(enable->isVisible() && enable->isEnabled());
    if (const QString shot = qEnvironmentVariable("ECSDESK_SCREENSHOT_FAILED"); !shot.isEmpty())
        flow->dialog()->grab().save(shot);
    enable->click();
    ASSERT_TRUE(waitFor(
        [&] {
            const QJsonObject described
                = call(ecs->describeServices(QStringLiteral("demo"), { QStringLiteral("api") }));
            const QJsonObject api = described.value(QStringLiteral("services")).toArray().first().toObject();
            return api.value(QStringLiteral("enableExecuteCommand")).toBool()
                && api.value(QStringLiteral("deployments")).toArray().size() >= 2;
        },
        20000));
    EXPECT_FALSE(m_stubs.ran(QStringLiteral("aws")));
    flow->dialog()->reject();
}

TEST_F(EcsExec, ForwardAPortStartsAnSsmSessionOnTheContainersRuntimeId)
{
    const QString arn = runTask(true);
    selectRunning(arn);
    QAction* forward = window->action(QStringLiteral("forwardPort"));
    ASSERT_NE(forward, nullptr);
    EXPECT_TRUE(waitFor([&] { return forward->isEnabled(); }, 5000));
    const QJsonObject task = call(ecs->describeTasks(QStringLiteral("demo"), { arn }))
                                 .value(QStringLiteral("tasks"))
                                 .toArray()
                                 .first()
                                 .toObject();
    const QString runtimeId = task.value(QStringLiteral("containers"))
                                  .toArray()
                                  .first()
                                  .toObject()
                                  .value(QStringLiteral("runtimeId"))
                                  .toString();
    ASSERT_FALSE(runtimeId.isEmpty());

    Ui::PortForwardSpec spec;
    spec.container = QStringLiteral("app");
    spec.localPort = 18080;
    spec.remotePort = 80;
    ASSERT_TRUE(page->startPortForward(spec));
    ASSERT_TRUE(waitFor([&] { return m_stubs.pid(QStringLiteral("sleep")) > 0; }, 10000));
    const QString taskId = arn.section(QLatin1Char('/'), -1);
    const QStringList arguments = m_stubs.arguments(QStringLiteral("aws"));
    EXPECT_EQ(arguments.mid(0, 6),
        (QStringList { QStringLiteral("ssm"), QStringLiteral("start-session"), QStringLiteral("--target"),
            QStringLiteral("ecs:demo_%1_%2").arg(taskId, runtimeId), QStringLiteral("--document-name"),
            QStringLiteral("AWS-StartPortForwardingSession") }))
        << qPrintable(arguments.join(QLatin1Char(' ')));
    EXPECT_TRUE(arguments.contains(QStringLiteral("--endpoint-url")));
    EXPECT_EQ(page->portForwards()->rowCount(), 1);
    EXPECT_TRUE(waitFor([&] { return window->action(QStringLiteral("showPortForwards"))->isEnabled(); }, 5000));
    const qint64 sleeper = m_stubs.pid(QStringLiteral("sleep"));
    ASSERT_GT(sleeper, 0);
    window.reset(); // the app quits: its forwards stop
    EXPECT_TRUE(waitFor([&] { return ::kill(pid_t(sleeper), 0) != 0; }, 5000));
}
