// SPDX-License-Identifier: MIT
#include "models/exec/execpreflight.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace EcsDesk::Models {

ExecPreflightModel::ExecPreflightModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ExecPreflightModel::setFacts(const ExecPreflightFacts& facts)
{
    beginResetModel();
    m_facts = facts;
    m_checks = evaluate(facts);
    endResetModel();
}

std::optional<ExecPreflightModel::Check> ExecPreflightModel::check(const QString& id) const
{
    for (const Check& c : m_checks) {
        if (c.id == id)
            return c;
    }
    return std::nullopt;
}

bool ExecPreflightModel::canOpenShell() const
{
    return !m_checks.isEmpty()
        && std::none_of(m_checks.cbegin(), m_checks.cend(), [](const Check& c) { return c.state == State::Failed; });
}

bool ExecPreflightModel::canEnableExecOnService() const
{
    const auto enabled = check(u"execEnabled"_s);
    return enabled && enabled->state == State::Failed && !serviceName().isEmpty();
}

QString ExecPreflightModel::serviceName() const
{
    const QString group = m_facts.task.value("group"_L1).toString();
    return group.startsWith("service:"_L1) ? group.mid(8) : QString();
}

QString ExecPreflightModel::containerName() const { return containerOf(m_facts).value("name"_L1).toString(); }

QString ExecPreflightModel::runtimeId() const { return containerOf(m_facts).value("runtimeId"_L1).toString(); }

QJsonObject ExecPreflightModel::containerOf(const ExecPreflightFacts& facts)
{
    const QJsonArray containers = facts.task.value("containers"_L1).toArray();
    if (facts.container.isEmpty())
        return containers.size() == 1 ? containers.first().toObject() : QJsonObject();
    for (const QJsonValue& value : containers) {
        if (value.toObject().value("name"_L1).toString() == facts.container)
            return value.toObject();
    }
    return {};
}

QJsonObject ExecPreflightModel::taskOf(const QJsonObject& describeTasksAnswer)
{
    return describeTasksAnswer.value("tasks"_L1).toArray().first().toObject();
}

QString ExecPreflightModel::taskRoleOf(const QJsonObject& describeTaskDefinitionAnswer)
{
    return describeTaskDefinitionAnswer.value("taskDefinition"_L1).toObject().value("taskRoleArn"_L1).toString();
}

QJsonObject ExecPreflightModel::executeCommandConfigurationOf(const QJsonObject& describeClustersAnswer)
{
    const QJsonObject cluster = describeClustersAnswer.value("clusters"_L1).toArray().first().toObject();
    return cluster.value("configuration"_L1).toObject().value("executeCommandConfiguration"_L1).toObject();
}

QStringList ExecPreflightModel::containerNames(const QJsonObject& task)
{
    QStringList names;
    for (const QJsonValue& value : task.value("containers"_L1).toArray())
        names.append(value.toObject().value("name"_L1).toString());
    return names;
}

QJsonObject ExecPreflightModel::enableExecChanges()
{
    return { { "enableExecuteCommand"_L1, true }, { "forceNewDeployment"_L1, true } };
}

std::optional<QVersionNumber> ExecPreflightModel::parseAwsCliVersion(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("aws-cli/(\\d+)\\.(\\d+)\\.(\\d+)"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    return QVersionNumber(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
}

bool ExecPreflightModel::cliSupportsExec(const QVersionNumber& version)
{
    if (version.majorVersion() == 1)
        return version >= minimumCliV1();
    return version >= minimumCliV2();
}

QList<ExecPreflightModel::Check> ExecPreflightModel::evaluate(const ExecPreflightFacts& facts)
{
    QList<Check> checks;
    const QJsonObject& task = facts.task;

    Check cli { u"awsCli"_s, State::Passed, tr("AWS CLI"), {}, {} };
    if (!facts.awsCliVersionText) {
        cli.state = State::Failed;
        cli.result = tr("Not found on PATH.");
        cli.fix = tr("Install the AWS CLI version 2 (see \"Installing or updating the latest version of the AWS "
                     "CLI\" in the AWS CLI user guide) and make sure `aws` is on PATH.");
    } else if (const auto version = parseAwsCliVersion(*facts.awsCliVersionText); !version) {
        cli.state = State::Unknown;
        cli.result = tr("Found, but its version could not be read: %1").arg(facts.awsCliVersionText->trimmed());
    } else if (!cliSupportsExec(*version)) {
        cli.state = State::Failed;
        cli.result = tr("Version %1 has no ECS Exec.").arg(version->toString());
        cli.fix = tr("Update the AWS CLI to %1 or later (version 1: %2 or later).")
                      .arg(minimumCliV2().toString(), minimumCliV1().toString());
    } else {
        cli.result = tr("Version %1.").arg(version->toString());
    }
    checks.append(cli);

    Check plugin { u"plugin"_s, State::Passed, tr("Session Manager plugin"), tr("Found."), {} };
    if (!facts.sessionManagerPluginFound) {
        plugin.state = State::Failed;
        plugin.result = tr("session-manager-plugin is not on PATH.");
        plugin.fix = tr("Install the Session Manager plugin for the AWS CLI (see \"Install the Session Manager "
                        "plugin for the AWS CLI\" in the AWS Systems Manager user guide).");
    }
    checks.append(plugin);

    const QString lastStatus = task.value("lastStatus"_L1).toString();
    Check running { u"taskRunning"_s, State::Passed, tr("Task running"), tr("The task is %1.").arg(lastStatus), {} };
    if (lastStatus != "RUNNING"_L1) {
        running.state = State::Failed;
        running.fix = lastStatus == "STOPPED"_L1 || task.value("desiredStatus"_L1).toString() == "STOPPED"_L1
            ? tr("A shell opens only in a running task: choose a running task.")
            : tr("Wait until the task is RUNNING.");
    }
    checks.append(running);

    const QString service = task.value("group"_L1).toString().startsWith("service:"_L1)
        ? task.value("group"_L1).toString().mid(8)
        : QString();
    Check enabled { u"execEnabled"_s, State::Passed, tr("ECS Exec turned on"),
        tr("The task was run with enableExecuteCommand."), {} };
    if (!task.value("enableExecuteCommand"_L1).toBool()) {
        enabled.state = State::Failed;
        enabled.result = tr("The task was run without enableExecuteCommand.");
        enabled.fix = service.isEmpty()
            ? tr("Run a new task with ECS Exec turned on (Run Task, or --enable-execute-command).")
            : tr("Enable ECS Exec on service %1: its new deployment replaces the tasks with ones that have it.")
                  .arg(service);
    }
    checks.append(enabled);

    const QJsonObject container = containerOf(facts);
    Check agent { u"agent"_s, State::Failed, tr("ExecuteCommandAgent"), {}, {} };
    if (container.isEmpty()) {
        agent.result = facts.container.isEmpty() ? tr("The task has more than one container: choose one.")
                                                 : tr("The task has no container %1.").arg(facts.container);
        agent.fix = tr("Choose one of the task's containers.");
    } else {
        QString agentStatus;
        for (const QJsonValue& value : container.value("managedAgents"_L1).toArray()) {
            if (value.toObject().value("name"_L1).toString() == "ExecuteCommandAgent"_L1)
                agentStatus = value.toObject().value("lastStatus"_L1).toString();
        }
        const QString name = container.value("name"_L1).toString();
        if (agentStatus == "RUNNING"_L1) {
            agent.state = State::Passed;
            agent.result = tr("RUNNING in container %1.").arg(name);
        } else if (agentStatus.isEmpty()) {
            agent.result = tr("Container %1 has no ExecuteCommandAgent.").arg(name);
            agent.fix = tr("Turn on ECS Exec for the task (see above); the agent starts with the container.");
        } else {
            agent.result = tr("%1 in container %2.").arg(agentStatus, name);
            agent.fix = agentStatus == "PENDING"_L1
                ? tr("Wait a moment for the agent to start, then check again.")
                : tr("The agent stopped: check that the task role allows ssmmessages:CreateControlChannel, "
                     "CreateDataChannel, OpenControlChannel and OpenDataChannel, then start a new task.");
        }
    }
    checks.append(agent);

    const bool fargate = task.value("launchType"_L1).toString() == "FARGATE"_L1
        || task.value("capacityProviderName"_L1).toString().startsWith("FARGATE"_L1);
    Check platform { u"platformVersion"_s, State::Passed, tr("Fargate platform version"), {}, {} };
    if (!fargate) {
        platform.result = tr("Not a Fargate task: no platform version needed.");
    } else {
        const QString text = task.value("platformVersion"_L1).toString();
        const QVersionNumber version = QVersionNumber::fromString(text);
        if (text.isEmpty() || text == "LATEST"_L1) {
            platform.state = State::Unknown;
            platform.result = text.isEmpty() ? tr("The task names no platform version.") : text;
        } else if (version < QVersionNumber(1, 4, 0)) {
            platform.state = State::Failed;
            platform.result = tr("%1: ECS Exec needs 1.4.0 or later.").arg(text);
            platform.fix = tr("Run the task (or update the service) on platform version 1.4.0 or LATEST.");
        } else {
            platform.result = tr("%1.").arg(text);
        }
    }
    checks.append(platform);

    Check role { u"taskRole"_s, State::Passed, tr("Task role"), {}, {} };
    const QString overrideRole = task.value("overrides"_L1).toObject().value("taskRoleArn"_L1).toString();
    const std::optional<QString> roleArn
        = !overrideRole.isEmpty() ? std::optional<QString>(overrideRole) : facts.taskRoleArn;
    if (!roleArn) {
        role.state = State::Unknown;
        role.result = tr("The task definition was not read.");
    } else if (roleArn->isEmpty()) {
        role.state = State::Failed;
        role.result = tr("The task has no task role.");
        role.fix = tr("Give the task definition a task role (taskRoleArn) that allows ssmmessages:"
                      "CreateControlChannel, CreateDataChannel, OpenControlChannel and OpenDataChannel, and deploy "
                      "it.");
    } else {
        role.result = *roleArn;
    }
    checks.append(role);

    Check config { u"clusterConfig"_s, State::Passed, tr("Cluster execute command configuration"), {}, {} };
    if (!facts.executeCommandConfiguration) {
        config.state = State::Unknown;
        config.result = tr("The cluster's configuration was not read.");
    } else {
        const QJsonObject& exec = *facts.executeCommandConfiguration;
        const QString logging = exec.value("logging"_L1).toString(u"DEFAULT"_s);
        const QString kmsKey = exec.value("kmsKeyId"_L1).toString();
        QStringList parts { tr("Logging: %1.").arg(logging) };
        QStringList fixes;
        if (kmsKey.isEmpty()) {
            parts.append(tr("No KMS key: the session is encrypted with TLS only."));
        } else {
            parts.append(tr("KMS key %1.").arg(kmsKey));
            fixes.append(tr("The task role needs kms:Decrypt on %1.").arg(kmsKey));
        }
        if (logging == "OVERRIDE"_L1) {
            const QJsonObject log = exec.value("logConfiguration"_L1).toObject();
            const QString group = log.value("cloudWatchLogGroupName"_L1).toString();
            const QString bucket = log.value("s3BucketName"_L1).toString();
            if (!group.isEmpty())
                fixes.append(tr("The task role needs logs:CreateLogStream, logs:DescribeLogStreams and "
                                "logs:PutLogEvents on log group %1.")
                                 .arg(group));
            if (!bucket.isEmpty())
                fixes.append(tr("The task role needs s3:PutObject on bucket %1.").arg(bucket));
        }
        config.result = parts.join(QLatin1Char(' '));
        if (!fixes.isEmpty()) {
            config.state = State::Warning;
            config.fix = fixes.join(QLatin1Char(' '));
        }
    }
    checks.append(config);
    return checks;
}

int ExecPreflightModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_checks.size());
}

int ExecPreflightModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ExecPreflightModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_checks.size())
        return {};
    const Check& c = m_checks.at(index.row());
    if (role == StateRole)
        return int(c.state);
    if (role == CheckIdRole)
        return c.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case CheckColumn:
        return c.title;
    case ResultColumn: {
        const QString state = c.state == State::Passed ? tr("OK")
            : c.state == State::Warning                ? tr("Note")
            : c.state == State::Failed                 ? tr("Failed")
                                                       : tr("Unknown");
        return tr("%1: %2").arg(state, c.result);
    }
    case FixColumn:
        return c.fix;
    default:
        return {};
    }
}

QVariant ExecPreflightModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CheckColumn:
        return tr("Check");
    case ResultColumn:
        return tr("Result");
    case FixColumn:
        return tr("How to fix");
    default:
        return {};
    }
}

} // namespace EcsDesk::Models
