// SPDX-License-Identifier: MIT
// Issue 21: the Open Shell preflight checklist, check by check, on tasks shaped as DescribeTasks
// answers them (AWS's documented ExecuteCommandAgent managed agent).

#include "models/exec/execpreflight.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace EcsDesk::Models;
using State = ExecPreflightModel::State;

namespace {

QJsonObject json(const char* text) { return QJsonDocument::fromJson(QByteArray(text)).object(); }

/// A Fargate task run with enableExecuteCommand whose agent runs (AWS's DescribeTasks shape).
QJsonObject execTask()
{
    return json(R"({
        "taskArn": "arn:aws:ecs:us-east-1:123456789012:task/demo/0f27a31a7d6a406c90b7d226a85077b0",
        "group": "service:web", "lastStatus": "RUNNING", "desiredStatus": "RUNNING",
        "launchType": "FARGATE", "platformVersion": "1.4.0", "enableExecuteCommand": true,
        "containers": [{"name": "app", "lastStatus": "RUNNING",
            "runtimeId": "0f27a31a7d6a406c90b7d226a85077b0-2531612879",
            "managedAgents": [{"lastStartedAt": 1614631784.574, "name": "ExecuteCommandAgent",
                "lastStatus": "RUNNING"}]}]})");
}

ExecPreflightFacts passingFacts()
{
    ExecPreflightFacts facts;
    facts.awsCliVersionText
        = QStringLiteral("aws-cli/2.9.19 Python/3.9.11 Linux/6.1.0 exe/x86_64.debian.12 prompt/off");
    facts.sessionManagerPluginFound = true;
    facts.task = execTask();
    facts.container = QStringLiteral("app");
    facts.taskRoleArn = QStringLiteral("arn:aws:iam::123456789012:role/web-task");
    facts.executeCommandConfiguration = QJsonObject {};
    return facts;
}

State stateOf(const ExecPreflightFacts& facts, const char* id)
{
    for (const ExecPreflightModel::Check& check : ExecPreflightModel::evaluate(facts)) {
        if (check.id == QLatin1String(id))
            return check.state;
    }
    ADD_FAILURE() << "no check " << id;
    return State::Unknown;
}

} // namespace

TEST(ExecPreflight, ParsesTheAwsCliVersionOfV1AndV2)
{
    EXPECT_EQ(ExecPreflightModel::parseAwsCliVersion(QStringLiteral("aws-cli/2.9.19 Python/3.9.11 Linux/6.1.0")),
        QVersionNumber(2, 9, 19));
    EXPECT_EQ(
        ExecPreflightModel::parseAwsCliVersion(QStringLiteral("aws-cli/1.45.3 Python/3.11.7 Linux/6.1 botocore/1.43")),
        QVersionNumber(1, 45, 3));
    EXPECT_FALSE(ExecPreflightModel::parseAwsCliVersion(QStringLiteral("command not found")));
    EXPECT_TRUE(ExecPreflightModel::cliSupportsExec(QVersionNumber(2, 1, 30)));
    EXPECT_FALSE(ExecPreflightModel::cliSupportsExec(QVersionNumber(2, 1, 29)));
    EXPECT_TRUE(ExecPreflightModel::cliSupportsExec(QVersionNumber(1, 19, 28)));
    EXPECT_FALSE(ExecPreflightModel::cliSupportsExec(QVersionNumber(1, 19, 27)));
}

TEST(ExecPreflight, EverythingInPlacePassesAndAllowsTheShell)
{
    ExecPreflightModel model;
    model.setFacts(passingFacts());
    ASSERT_EQ(model.rowCount(), 8);
    for (const ExecPreflightModel::Check& check : model.checks())
        EXPECT_EQ(check.state, State::Passed) << qPrintable(check.id) << ": " << qPrintable(check.result);
    EXPECT_TRUE(model.canOpenShell());
    EXPECT_FALSE(model.canEnableExecOnService());
    EXPECT_EQ(model.containerName(), QStringLiteral("app"));
    EXPECT_EQ(model.runtimeId(), QStringLiteral("0f27a31a7d6a406c90b7d226a85077b0-2531612879"));
    EXPECT_EQ(model.serviceName(), QStringLiteral("web"));
}

TEST(ExecPreflight, MissingToolsFailWithTheirFix)
{
    ExecPreflightFacts facts = passingFacts();
    facts.awsCliVersionText.reset();
    facts.sessionManagerPluginFound = false;
    ExecPreflightModel model;
    model.setFacts(facts);
    EXPECT_EQ(model.check(QStringLiteral("awsCli"))->state, State::Failed);
    EXPECT_FALSE(model.check(QStringLiteral("awsCli"))->fix.isEmpty());
    EXPECT_EQ(model.check(QStringLiteral("plugin"))->state, State::Failed);
    EXPECT_TRUE(model.check(QStringLiteral("plugin"))->fix.contains(QStringLiteral("Session Manager plugin")));
    EXPECT_FALSE(model.canOpenShell());

    facts = passingFacts();
    facts.awsCliVersionText = QStringLiteral("aws-cli/2.1.29 Python/3.8.8 Linux/5.4");
    model.setFacts(facts);
    EXPECT_EQ(model.check(QStringLiteral("awsCli"))->state, State::Failed);
    EXPECT_TRUE(model.check(QStringLiteral("awsCli"))->fix.contains(QStringLiteral("2.1.30")));
}

TEST(ExecPreflight, ATaskWithoutExecOffersEnablingItOnItsService)
{
    ExecPreflightFacts facts = passingFacts();
    facts.task[QStringLiteral("enableExecuteCommand")] = false;
    QJsonArray containers = facts.task.value(QStringLiteral("containers")).toArray();
    QJsonObject container = containers.first().toObject();
    container.remove(QStringLiteral("managedAgents"));
    containers[0] = container;
    facts.task[QStringLiteral("containers")] = containers;
    ExecPreflightModel model;
    model.setFacts(facts);
    EXPECT_EQ(model.check(QStringLiteral("execEnabled"))->state, State::Failed);
    EXPECT_TRUE(model.check(QStringLiteral("execEnabled"))->fix.contains(QStringLiteral("web")));
    EXPECT_EQ(model.check(QStringLiteral("agent"))->state, State::Failed);
    EXPECT_TRUE(model.canEnableExecOnService());
    EXPECT_FALSE(model.canOpenShell());
    EXPECT_EQ(
        ExecPreflightModel::enableExecChanges(), json(R"({"enableExecuteCommand": true, "forceNewDeployment": true})"));

    facts.task[QStringLiteral("group")] = QStringLiteral("family:web");
    model.setFacts(facts);
    EXPECT_FALSE(model.canEnableExecOnService()); // a standalone task: run a new one
    EXPECT_TRUE(model.check(QStringLiteral("execEnabled"))->fix.contains(QStringLiteral("Run a new task")));
}

TEST(ExecPreflight, AgentPlatformRoleAndClusterConfiguration)
{
    ExecPreflightFacts facts = passingFacts();
    facts.task = json(R"({"lastStatus": "RUNNING", "launchType": "FARGATE", "platformVersion": "1.3.0",
        "enableExecuteCommand": true, "containers": [{"name": "app", "managedAgents": [
        {"name": "ExecuteCommandAgent", "lastStatus": "PENDING"}]}]})");
    facts.taskRoleArn = QString();
    facts.executeCommandConfiguration = json(R"({"kmsKeyId": "arn:aws:kms:us-east-1:123456789012:key/abc",
        "logging": "OVERRIDE", "logConfiguration": {"cloudWatchLogGroupName": "/ecs/exec"}})");
    ExecPreflightModel model;
    model.setFacts(facts);
    EXPECT_EQ(model.check(QStringLiteral("agent"))->state, State::Failed);
    EXPECT_TRUE(model.check(QStringLiteral("agent"))->fix.contains(QStringLiteral("Wait")));
    EXPECT_EQ(model.check(QStringLiteral("platformVersion"))->state, State::Failed);
    EXPECT_TRUE(model.check(QStringLiteral("platformVersion"))->fix.contains(QStringLiteral("1.4.0")));
    EXPECT_EQ(model.check(QStringLiteral("taskRole"))->state, State::Failed);
    const auto config = model.check(QStringLiteral("clusterConfig"));
    EXPECT_EQ(config->state, State::Warning);
    EXPECT_TRUE(config->fix.contains(QStringLiteral("kms:Decrypt"))) << qPrintable(config->fix);
    EXPECT_TRUE(config->fix.contains(QStringLiteral("/ecs/exec"))) << qPrintable(config->fix);

    // An override's task role counts; EC2 tasks have no platform version; unknown facts do not fail.
    facts.task[QStringLiteral("overrides")] = json(R"({"taskRoleArn": "arn:aws:iam::1:role/r"})");
    facts.task[QStringLiteral("launchType")] = QStringLiteral("EC2");
    facts.executeCommandConfiguration.reset();
    model.setFacts(facts);
    EXPECT_EQ(model.check(QStringLiteral("taskRole"))->state, State::Passed);
    EXPECT_EQ(model.check(QStringLiteral("platformVersion"))->state, State::Passed);
    EXPECT_EQ(model.check(QStringLiteral("clusterConfig"))->state, State::Unknown);
    facts.taskRoleArn.reset();
    facts.task.remove(QStringLiteral("overrides"));
    EXPECT_EQ(stateOf(facts, "taskRole"), State::Unknown);
}

TEST(ExecPreflight, ContainerChoiceAndStoppedTasks)
{
    ExecPreflightFacts facts = passingFacts();
    facts.container = QStringLiteral("sidecar");
    EXPECT_EQ(stateOf(facts, "agent"), State::Failed); // no such container
    facts.container.clear();
    EXPECT_EQ(stateOf(facts, "agent"), State::Passed); // the only container
    facts.task[QStringLiteral("lastStatus")] = QStringLiteral("STOPPED");
    EXPECT_EQ(stateOf(facts, "taskRunning"), State::Failed);
}

TEST(ExecPreflight, ReadsTheAnswersOfTheDescribeCalls)
{
    EXPECT_EQ(ExecPreflightModel::taskRoleOf(json(R"({"taskDefinition": {"taskRoleArn": "arn:r"}})")),
        QStringLiteral("arn:r"));
    EXPECT_EQ(ExecPreflightModel::taskRoleOf(json(R"({"taskDefinition": {"family": "web"}})")), QString());
    EXPECT_EQ(ExecPreflightModel::executeCommandConfigurationOf(
                  json(R"({"clusters": [{"configuration": {"executeCommandConfiguration": {"logging": "NONE"}}}]})")),
        json(R"({"logging": "NONE"})"));
    EXPECT_EQ(ExecPreflightModel::containerNames(json(R"({"containers": [{"name": "a"}, {"name": "b"}]})")),
        (QStringList { QStringLiteral("a"), QStringLiteral("b") }));
    EXPECT_EQ(ExecPreflightModel::taskOf(json(R"({"tasks": [{"taskArn": "t"}], "failures": []})"))
                  .value(QStringLiteral("taskArn"))
                  .toString(),
        QStringLiteral("t"));
}
