// SPDX-License-Identifier: MIT
// Issue 21: Open Shell's and Forward a Port's command lines, run against stub aws and terminal
// programs that record their arguments and environment: the exact command, the keys in the
// environment and never in argv, the terminal detection, forwards that stop (also when their list
// goes), and the checklist and Forward a Port dialogs offscreen.

#include "common/execstubs.h"
#include "common/testutil.h"
#include "models/exec/execpreflight.h"
#include "ui/appsettings.h"
#include "ui/exec/execdialogs.h"
#include "ui/exec/execlauncher.h"
#include "ui/exec/portforwards.h"
#include "ui/preferencesdialog.h"

#include <QComboBox>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <csignal>

using namespace EcsDesk;
using EcsDesk::Testing::ExecStubs;
using EcsDesk::Testing::waitFor;

namespace {

const QString taskArn = QStringLiteral("arn:aws:ecs:us-east-1:123456789012:task/demo/0f27a31a7d6a406c90b7d226a85077b0");

Ui::ExecConnection keysConnection()
{
    Ui::ExecConnection connection;
    connection.region = QStringLiteral("us-east-1");
    connection.ecsEndpoint = QUrl(QStringLiteral("http://127.0.0.1:4566"));
    connection.ssmEndpoint = QUrl(QStringLiteral("http://127.0.0.1:4566"));
    Api::Credentials keys;
    keys.accessKeyId = QStringLiteral("AKIDEXECTEST0001");
    keys.secretAccessKey = QStringLiteral("exec-secret-never-in-argv");
    keys.sessionToken = QStringLiteral("exec-token-never-in-argv");
    connection.credentials = keys;
    return connection;
}

void expectNoSecret(const QStringList& arguments)
{
    for (const QString& argument : arguments) {
        EXPECT_FALSE(argument.contains(QStringLiteral("exec-secret"))) << qPrintable(argument);
        EXPECT_FALSE(argument.contains(QStringLiteral("exec-token"))) << qPrintable(argument);
        EXPECT_FALSE(argument.contains(QStringLiteral("AKIDEXECTEST"))) << qPrintable(argument);
    }
}

bool alive(qint64 pid) { return pid > 0 && ::kill(pid_t(pid), 0) == 0; }

} // namespace

TEST(ExecLauncher, OpenShellRunsTheAwsCliInTheTerminalWithTheKeysInItsEnvironment)
{
    ExecStubs stubs;
    QString error;
    ASSERT_TRUE(Ui::ExecLauncher::openShell(keysConnection(), QStringLiteral("demo"), taskArn, QStringLiteral("app"),
        QStringLiteral("/bin/bash"), QString(), &error, stubs.environment()))
        << qPrintable(error);
    ASSERT_TRUE(waitFor([&] { return stubs.ran(QStringLiteral("aws")); }, 10000));
    const QStringList awsArguments { QStringLiteral("ecs"), QStringLiteral("execute-command"),
        QStringLiteral("--cluster"), QStringLiteral("demo"), QStringLiteral("--task"), taskArn,
        QStringLiteral("--container"), QStringLiteral("app"), QStringLiteral("--interactive"),
        QStringLiteral("--command"), QStringLiteral("/bin/bash"), QStringLiteral("--region"),
        QStringLiteral("us-east-1"), QStringLiteral("--endpoint-url"), QStringLiteral("http://127.0.0.1:4566") };
    // The first terminal found: x-terminal-emulator and gnome-terminal come before konsole and xterm,
    // and only gnome-terminal is among the stubs of those two.
    EXPECT_EQ(stubs.arguments(QStringLiteral("gnome-terminal")),
        QStringList { QStringLiteral("--") } + QStringList { stubs.program(QStringLiteral("aws")) } + awsArguments);
    EXPECT_EQ(stubs.arguments(QStringLiteral("aws")), awsArguments);
    const QStringList environment = stubs.environmentOf(QStringLiteral("aws"));
    EXPECT_TRUE(environment.contains(QStringLiteral("AWS_ACCESS_KEY_ID=AKIDEXECTEST0001")));
    EXPECT_TRUE(environment.contains(QStringLiteral("AWS_SECRET_ACCESS_KEY=exec-secret-never-in-argv")));
    EXPECT_TRUE(environment.contains(QStringLiteral("AWS_SESSION_TOKEN=exec-token-never-in-argv")));
    expectNoSecret(stubs.arguments(QStringLiteral("aws")));
    expectNoSecret(stubs.arguments(QStringLiteral("gnome-terminal")));
}

TEST(ExecLauncher, TerminalDetectionAndChoice)
{
    ExecStubs stubs;
    QProcessEnvironment environment = stubs.environment();
    EXPECT_EQ(Ui::ExecLauncher::detectedTerminals(environment),
        (QStringList { QStringLiteral("gnome-terminal"), QStringLiteral("konsole"), QStringLiteral("xterm") }));
    environment.insert(QStringLiteral("TERMINAL"), QStringLiteral("myterm"));
    EXPECT_EQ(Ui::ExecLauncher::resolveTerminal(QString(), environment), stubs.program(QStringLiteral("myterm")));
    EXPECT_EQ(Ui::ExecLauncher::resolveTerminal(QStringLiteral("xterm"), environment),
        stubs.program(QStringLiteral("xterm")));
    EXPECT_EQ(Ui::ExecLauncher::terminalArguments(
                  QStringLiteral("/usr/bin/konsole"), QStringLiteral("aws"), { QStringLiteral("ecs") }),
        (QStringList { QStringLiteral("-e"), QStringLiteral("aws"), QStringLiteral("ecs") }));

    // The preference names the terminal: xterm gets -e.
    QString error;
    ASSERT_TRUE(Ui::ExecLauncher::openShell(keysConnection(), QStringLiteral("demo"), taskArn, QString(),
        QStringLiteral("/bin/sh"), QStringLiteral("xterm"), &error, environment))
        << qPrintable(error);
    ASSERT_TRUE(waitFor([&] { return stubs.ran(QStringLiteral("aws")); }, 10000));
    EXPECT_EQ(stubs.arguments(QStringLiteral("xterm")).value(0), QStringLiteral("-e"));
    EXPECT_FALSE(stubs.arguments(QStringLiteral("aws")).contains(QStringLiteral("--container")));

    EXPECT_FALSE(Ui::ExecLauncher::openShell(keysConnection(), QStringLiteral("demo"), taskArn, QString(),
        QStringLiteral("/bin/sh"), QStringLiteral("no-such-terminal"), &error, environment));
    EXPECT_TRUE(error.contains(QStringLiteral("no-such-terminal"))) << qPrintable(error);
    QProcessEnvironment none = environment;
    none.insert(QStringLiteral("PATH"), QStringLiteral("/nonexistent"));
    EXPECT_FALSE(Ui::ExecLauncher::openShell(keysConnection(), QStringLiteral("demo"), taskArn, QString(),
        QStringLiteral("/bin/sh"), QString(), &error, none));
    EXPECT_TRUE(error.contains(QStringLiteral("aws"))) << qPrintable(error);
}

TEST(ExecLauncher, AProfileOfTheConfigFilesIsPassedByNameOthersGetKeys)
{
    QTemporaryDir home;
    QFile config(home.filePath(QStringLiteral("config")));
    ASSERT_TRUE(config.open(QIODevice::WriteOnly));
    config.write("[profile prod]\nregion = eu-west-1\n");
    config.close();
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("AWS_CONFIG_FILE"), config.fileName());
    environment.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), home.filePath(QStringLiteral("none")));
    environment.insert(QStringLiteral("HOME"), home.path());

    Api::Connection profile;
    profile.profile = QStringLiteral("prod");
    profile.region = "eu-west-1";
    bool needsKeys = true;
    const Ui::ExecConnection exec = Ui::ExecLauncher::fromConnection(profile, &needsKeys, environment);
    EXPECT_FALSE(needsKeys);
    EXPECT_EQ(Ui::ExecLauncher::shellArguments(
                  exec, QStringLiteral("web"), QStringLiteral("t1"), QStringLiteral("app"), QStringLiteral("/bin/sh")),
        (QStringList { QStringLiteral("ecs"), QStringLiteral("execute-command"), QStringLiteral("--cluster"),
            QStringLiteral("web"), QStringLiteral("--task"), QStringLiteral("t1"), QStringLiteral("--container"),
            QStringLiteral("app"), QStringLiteral("--interactive"), QStringLiteral("--command"),
            QStringLiteral("/bin/sh"), QStringLiteral("--profile"), QStringLiteral("prod"), QStringLiteral("--region"),
            QStringLiteral("eu-west-1") }));

    Api::Connection local = profile;
    local.profile = QStringLiteral("Local");
    local.endpointUrl = QUrl(QStringLiteral("http://127.0.0.1:9999"));
    EXPECT_TRUE(Ui::ExecLauncher::fromConnection(local, &needsKeys, environment).profile.isEmpty());
    EXPECT_TRUE(needsKeys);
    Api::Connection custom = profile;
    custom.profile = QStringLiteral("my-keys"); // a custom connection: not a profile of the files
    Ui::ExecLauncher::fromConnection(custom, &needsKeys, environment);
    EXPECT_TRUE(needsKeys);
}

TEST(PortForwards, ForwardsRunAsChildProcessesAndStop)
{
    ExecStubs stubs;
    Ui::PortForwardSpec spec;
    spec.cluster = QStringLiteral("demo");
    spec.taskId = QStringLiteral("0f27a31a7d6a406c90b7d226a85077b0");
    spec.container = QStringLiteral("app");
    spec.runtimeId = QStringLiteral("0f27a31a7d6a406c90b7d226a85077b0-2531612879");
    spec.localPort = 8080;
    spec.remotePort = 80;
    auto forwards = std::make_unique<Ui::PortForwards>();
    forwards->start(keysConnection(), spec, stubs.environment());
    ASSERT_EQ(forwards->rowCount(), 1);
    ASSERT_TRUE(waitFor([&] { return stubs.pid(QStringLiteral("sleep")) > 0; }, 10000));
    EXPECT_EQ(stubs.arguments(QStringLiteral("aws")),
        (QStringList { QStringLiteral("ssm"), QStringLiteral("start-session"), QStringLiteral("--target"),
            QStringLiteral("ecs:demo_0f27a31a7d6a406c90b7d226a85077b0_0f27a31a7d6a406c90b7d226a85077b0-2531612879"),
            QStringLiteral("--document-name"), QStringLiteral("AWS-StartPortForwardingSession"),
            QStringLiteral("--parameters"), QStringLiteral("{\"localPortNumber\":[\"8080\"],\"portNumber\":[\"80\"]}"),
            QStringLiteral("--region"), QStringLiteral("us-east-1"), QStringLiteral("--endpoint-url"),
            QStringLiteral("http://127.0.0.1:4566") }));
    expectNoSecret(stubs.arguments(QStringLiteral("aws")));
    EXPECT_TRUE(stubs.environmentOf(QStringLiteral("aws"))
                    .contains(QStringLiteral("AWS_SECRET_ACCESS_KEY=exec-secret-never-in-argv")));
    EXPECT_EQ(forwards->activeCount(), 1);
    EXPECT_TRUE(waitFor([&] {
        return forwards->index(0, Ui::PortForwards::StateColumn).data().toString().contains(QStringLiteral("Waiting"));
    }));
    const qint64 sleeper = stubs.pid(QStringLiteral("sleep"));
    ASSERT_TRUE(alive(sleeper));
    forwards->stop(0);
    EXPECT_EQ(forwards->rowCount(), 0);
    // The whole process group stopped: the CLI and what it started (the session-manager-plugin).
    EXPECT_TRUE(waitFor([&] { return !alive(sleeper); }, 5000));

    // To a remote host; the forwards end with their list (the app quitting).
    stubs.clear();
    spec.remoteHost = QStringLiteral("db.internal");
    spec.remotePort = 5432;
    spec.localPort = 15432;
    forwards->start(keysConnection(), spec, stubs.environment());
    ASSERT_TRUE(waitFor([&] { return stubs.pid(QStringLiteral("sleep")) > 0; }, 10000));
    const QStringList arguments = stubs.arguments(QStringLiteral("aws"));
    EXPECT_EQ(arguments.value(5), QStringLiteral("AWS-StartPortForwardingSessionToRemoteHost"));
    EXPECT_EQ(QJsonDocument::fromJson(arguments.value(7).toUtf8()).object(),
        QJsonDocument::fromJson(R"({"host":["db.internal"],"portNumber":["5432"],"localPortNumber":["15432"]})")
            .object());
    const qint64 second = stubs.pid(QStringLiteral("sleep"));
    ASSERT_TRUE(alive(second));
    forwards.reset();
    EXPECT_TRUE(waitFor([&] { return !alive(second); }, 5000));
}

TEST(ExecDialogs, TheChecklistOffersOpenShellOnlyWhenNothingFailed)
{
    Models::ExecPreflightModel model;
    Models::ExecPreflightFacts facts;
    facts.awsCliVersionText = QStringLiteral("aws-cli/2.9.19 Python/3.9.11");
    facts.sessionManagerPluginFound = true;
    facts.task = QJsonDocument::fromJson(R"({"group": "service:web", "lastStatus": "RUNNING", "launchType": "EC2",
        "enableExecuteCommand": false, "containers": [{"name": "app"}]})")
                     .object();
    facts.taskRoleArn = QStringLiteral("arn:aws:iam::1:role/r");
    facts.executeCommandConfiguration = QJsonObject();
    model.setFacts(facts);
    Ui::OpenShellDialog dialog(&model, { QStringLiteral("app") }, false);
    dialog.show();
    auto* open = dialog.findChild<QPushButton*>(QStringLiteral("openShell"));
    auto* enable = dialog.findChild<QPushButton*>(QStringLiteral("enableExec"));
    ASSERT_TRUE(open && enable);
    EXPECT_FALSE(open->isEnabled());
    EXPECT_TRUE(enable->isVisible() && enable->isEnabled());
    int enableClicks = 0;
    QObject::connect(&dialog, &Ui::OpenShellDialog::enableExecRequested, [&] { ++enableClicks; });
    enable->click();
    EXPECT_EQ(enableClicks, 1);

    facts.task = QJsonDocument::fromJson(R"({"group": "service:web", "lastStatus": "RUNNING", "launchType": "EC2",
        "enableExecuteCommand": true, "containers": [{"name": "app", "managedAgents": [
        {"name": "ExecuteCommandAgent", "lastStatus": "RUNNING"}]}]})")
                     .object();
    model.setFacts(facts);
    EXPECT_TRUE(open->isEnabled());
    EXPECT_FALSE(enable->isVisible());

    // Read-only: the fix that changes the service is shown but not offered.
    facts.task[QStringLiteral("enableExecuteCommand")] = false;
    Ui::OpenShellDialog readOnly(&model, { QStringLiteral("app") }, true);
    readOnly.show();
    model.setFacts(facts);
    auto* readOnlyEnable = readOnly.findChild<QPushButton*>(QStringLiteral("enableExec"));
    EXPECT_TRUE(readOnlyEnable->isVisible());
    EXPECT_FALSE(readOnlyEnable->isEnabled());
}

TEST(ExecDialogs, ForwardAPortDialogBuildsTheSpec)
{
    Ui::PortForwardDialog dialog({ QStringLiteral("app"), QStringLiteral("sidecar") });
    dialog.show();
    dialog.findChild<QComboBox*>(QStringLiteral("container"))->setCurrentText(QStringLiteral("sidecar"));
    dialog.findChild<QSpinBox*>(QStringLiteral("remotePort"))->setValue(3000);
    dialog.findChild<QSpinBox*>(QStringLiteral("localPort"))->setValue(13000);
    Ui::PortForwardSpec spec = dialog.spec();
    EXPECT_EQ(spec.container, QStringLiteral("sidecar"));
    EXPECT_EQ(spec.remotePort, 3000);
    EXPECT_EQ(spec.localPort, 13000);
    EXPECT_TRUE(spec.remoteHost.isEmpty());

    auto* ok = dialog.findChild<QPushButton*>();
    Q_UNUSED(ok);
    dialog.findChild<QRadioButton*>(QStringLiteral("toRemoteHost"))->setChecked(true);
    auto* host = dialog.findChild<QLineEdit*>(QStringLiteral("remoteHost"));
    EXPECT_TRUE(host->isEnabled());
    host->setText(QStringLiteral("db.internal"));
    spec = dialog.spec();
    EXPECT_EQ(spec.remoteHost, QStringLiteral("db.internal"));
}

TEST(ExecDialogs, PreferencesChooseTheTerminal)
{
    Ui::AppSettings::instance().setTerminal(QString());
    {
        Ui::PreferencesDialog dialog;
        EXPECT_TRUE(dialog.terminal().isEmpty()); // Detect
        auto* box = dialog.findChild<QComboBox*>(QStringLiteral("terminal"));
        ASSERT_NE(box, nullptr);
        box->setEditText(QStringLiteral("/opt/kitty/bin/kitty"));
        EXPECT_EQ(dialog.terminal(), QStringLiteral("/opt/kitty/bin/kitty"));
        dialog.accept();
    }
    EXPECT_EQ(Ui::AppSettings::instance().terminal(), QStringLiteral("/opt/kitty/bin/kitty"));
    {
        Ui::PreferencesDialog dialog;
        EXPECT_EQ(dialog.terminal(), QStringLiteral("/opt/kitty/bin/kitty"));
        dialog.setTerminal(QString());
        dialog.accept();
    }
    EXPECT_TRUE(Ui::AppSettings::instance().terminal().isEmpty());
}
