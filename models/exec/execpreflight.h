// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QList>
#include <QVersionNumber>

#include <optional>

namespace EcsDesk::Models {

/// What the ECS Exec preflight looks at (issue 21): the local tools, the task as DescribeTasks
/// answers it, its task role and the cluster's execute command configuration. Unset optionals are
/// not known yet (still loading or the call failed): their checks say so instead of failing.
struct ExecPreflightFacts {
    std::optional<QString> awsCliVersionText; ///< `aws --version` output; nullopt: no aws on PATH
    bool sessionManagerPluginFound = false;
    QJsonObject task; ///< the task of DescribeTasks
    QString container; ///< the container to open the shell in; empty: the task's only container
    std::optional<QString> taskRoleArn; ///< the task definition's (or override's); empty: none
    std::optional<QJsonObject> executeCommandConfiguration; ///< the cluster's; empty object: none set
};

/// The checklist amazon-ecs-exec-checker prints, as a table: each check, its result and, when it
/// fails, how to fix it. Qt Core only; the Open Shell dialog shows it.
class ExecPreflightModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum class State { Passed, Warning, Failed, Unknown };
    enum Column { CheckColumn, ResultColumn, FixColumn, ColumnCount };
    enum Role { StateRole = Qt::UserRole + 1, CheckIdRole };

    struct Check {
        QString id; ///< awsCli, plugin, taskRunning, execEnabled, agent, platformVersion, taskRole, clusterConfig
        State state = State::Unknown;
        QString title;
        QString result;
        QString fix; ///< empty when nothing needs fixing
    };

    /// The first AWS CLI versions with ECS Exec (execute-command).
    static QVersionNumber minimumCliV1() { return QVersionNumber(1, 19, 28); }
    static QVersionNumber minimumCliV2() { return QVersionNumber(2, 1, 30); }

    explicit ExecPreflightModel(QObject* parent = nullptr);

    void setFacts(const ExecPreflightFacts& facts);
    const ExecPreflightFacts& facts() const { return m_facts; }
    const QList<Check>& checks() const { return m_checks; }
    std::optional<Check> check(const QString& id) const;
    /// No check failed (unknown ones do not block: ECS has the last word).
    bool canOpenShell() const;
    /// The task runs without ECS Exec and belongs to a service: Enable ECS Exec on it fixes that.
    bool canEnableExecOnService() const;
    /// The service of the task ("web" for group "service:web"); empty for a standalone task.
    QString serviceName() const;
    /// The container the shell opens in (the chosen one, or the task's only container).
    QString containerName() const;
    /// That container's runtimeId (the ssm target of port forwarding); empty when not started.
    QString runtimeId() const;

    /// The task of a DescribeTasks answer (its first); empty when none.
    static QJsonObject taskOf(const QJsonObject& describeTasksAnswer);
    /// The taskRoleArn of a DescribeTaskDefinition answer ("" when it has none).
    static QString taskRoleOf(const QJsonObject& describeTaskDefinitionAnswer);
    /// The executeCommandConfiguration of a DescribeClusters answer's cluster (with CONFIGURATIONS);
    /// an empty object when none is set.
    static QJsonObject executeCommandConfigurationOf(const QJsonObject& describeClustersAnswer);
    /// The names of a task's containers, in its order.
    static QStringList containerNames(const QJsonObject& task);
    /// The UpdateService changes of Enable ECS Exec: enableExecuteCommand with a new deployment.
    static QJsonObject enableExecChanges();

    /// "aws-cli/2.9.19 Python/3.9.11 ..." -> 2.9.19; nullopt when the text is not `aws --version`'s.
    static std::optional<QVersionNumber> parseAwsCliVersion(const QString& text);
    static bool cliSupportsExec(const QVersionNumber& version);
    /// The checks for these facts (the model's rows).
    static QList<Check> evaluate(const ExecPreflightFacts& facts);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    static QJsonObject containerOf(const ExecPreflightFacts& facts);

    ExecPreflightFacts m_facts;
    QList<Check> m_checks;
};

} // namespace EcsDesk::Models
