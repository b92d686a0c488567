// SPDX-License-Identifier: MIT
#include "ui/exec/execactions.h"

#include "api/core/replyguard.h"
#include "ui/clustersession.h"
#include "ui/exec/execdialogs.h"

#include <QProcess>

using namespace Qt::Literals::StringLiterals;

namespace EcsDesk::Ui {

void withExecConnection(const ClusterSession& session, QObject* context,
    std::function<void(const ExecConnection&)> then, std::function<void(const QString&)> failed)
{
    bool needsCredentials = false;
    ExecConnection exec = ExecLauncher::fromConnection(session.connection(), &needsCredentials);
    if (!needsCredentials || !session.connection().credentials) {
        then(exec);
        return;
    }
    QPointer<QObject> guard(context);
    session.connection().credentials->fetch(
        [guard, exec, then, failed](const Api::Outcome<Api::Credentials>& outcome) mutable {
            if (!guard)
                return;
            // Providers may answer on another thread: continue on the context's.
            QMetaObject::invokeMethod(
                guard.data(),
                [exec, then, failed, outcome]() mutable {
                    if (!outcome.ok()) {
                        failed(outcome.error->toString());
                        return;
                    }
                    exec.credentials = outcome.value;
                    then(exec);
                },
                Qt::AutoConnection);
        });
}

OpenShellFlow::OpenShellFlow(Context context, QWidget* dialogParent)
    : QObject(dialogParent)
    , m_context(std::move(context))
    , m_model(new Models::ExecPreflightModel(this))
{
    const QStringList containers = Models::ExecPreflightModel::containerNames(m_context.task);
    m_dialog = new OpenShellDialog(m_model, containers, m_context.readOnly, dialogParent);
    m_dialog->setObjectName(u"openShellDialog"_s);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose, false);
    Models::ExecPreflightFacts facts;
    facts.task = m_context.task;
    facts.container = m_context.container.isEmpty() ? containers.value(0) : m_context.container;
    m_model->setFacts(facts);
    connect(m_dialog, &OpenShellDialog::containerChanged, this, [this](const QString& container) {
        updateFacts([container](Models::ExecPreflightFacts& f) { f.container = container; });
    });
    connect(m_dialog, &OpenShellDialog::recheckRequested, this, &OpenShellFlow::check);
    connect(m_dialog, &OpenShellDialog::openShellRequested, this, &OpenShellFlow::launch);
    connect(m_dialog, &OpenShellDialog::enableExecRequested, this, &OpenShellFlow::enableExec);
    m_dialog->selectContainer(facts.container);
}

OpenShellFlow::~OpenShellFlow() { delete m_dialog; }

void OpenShellFlow::updateFacts(const std::function<void(Models::ExecPreflightFacts&)>& change)
{
    Models::ExecPreflightFacts facts = m_model->facts();
    change(facts);
    m_model->setFacts(facts);
}

void OpenShellFlow::settle()
{
    if (--m_pending == 0) {
        // The checklist says the rest; a call that failed stays said.
        m_dialog->setStatus(m_errors.join(QLatin1Char('\n')));
        Q_EMIT checked();
    }
}

void OpenShellFlow::check()
{
    const int generation = ++m_generation;
    m_errors.clear();
    m_dialog->setStatus(tr("Checking…"));
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const bool plugin = !ExecLauncher::findProgram(u"session-manager-plugin"_s, environment).isEmpty();
    updateFacts([plugin](Models::ExecPreflightFacts& f) {
        f.sessionManagerPluginFound = plugin;
        f.awsCliVersionText.reset();
    });
    m_pending = 1;
    const QString aws = ExecLauncher::findProgram(u"aws"_s, environment);
    if (!aws.isEmpty()) {
        ++m_pending;
        auto* process = new QProcess(this);
        process->setProcessChannelMode(QProcess::MergedChannels);
        connect(process, &QProcess::finished, this, [this, process, generation] {
            const QString text = QString::fromLocal8Bit(process->readAll());
            process->deleteLater();
            if (generation != m_generation)
                return;
            updateFacts([text](Models::ExecPreflightFacts& f) { f.awsCliVersionText = text; });
            settle();
        });
        connect(process, &QProcess::errorOccurred, this, [this, process, generation](QProcess::ProcessError error) {
            if (error != QProcess::FailedToStart)
                return;
            process->deleteLater();
            if (generation == m_generation)
                settle();
        });
        process->start(aws, { u"--version"_s });
    }
    ClusterSession* session = m_context.session.data();
    if (session) {
        const Api::EcsClient& client = session->client();
        const QString taskArn = m_context.task.value("taskArn"_L1).toString();
        const QString taskDefinition = m_context.task.value("taskDefinitionArn"_L1).toString();
        auto watch = [this, generation](Api::AwsReply* reply, std::function<void(const QJsonObject&)> apply) {
            ++m_pending;
            connect(reply, &Api::AwsReply::finished, this, [this, reply, generation, apply] {
                reply->deleteLater();
                if (generation != m_generation)
                    return;
                if (reply->isOk())
                    apply(reply->json());
                else
                    m_errors.append(Api::replyErrorText(reply));
                settle();
            });
        };
        watch(client.describeTasks(m_context.cluster, { taskArn }), [this](const QJsonObject& answer) {
            const QJsonObject task = Models::ExecPreflightModel::taskOf(answer);
            if (!task.isEmpty())
                updateFacts([task](Models::ExecPreflightFacts& f) { f.task = task; });
        });
        watch(client.describeTaskDefinition(taskDefinition), [this](const QJsonObject& answer) {
            const QString role = Models::ExecPreflightModel::taskRoleOf(answer);
            updateFacts([role](Models::ExecPreflightFacts& f) { f.taskRoleArn = role; });
        });
        watch(
            client.describeClusters({ m_context.cluster }, { u"CONFIGURATIONS"_s }), [this](const QJsonObject& answer) {
                const QJsonObject config = Models::ExecPreflightModel::executeCommandConfigurationOf(answer);
                updateFacts([config](Models::ExecPreflightFacts& f) { f.executeCommandConfiguration = config; });
            });
    }
    settle();
}

void OpenShellFlow::launch()
{
    ClusterSession* session = m_context.session.data();
    if (!session)
        return;
    const QString cluster = m_context.cluster.section(QLatin1Char('/'), -1);
    const QString task = m_context.task.value("taskArn"_L1).toString();
    const QString container = m_model->containerName();
    const QString command = m_dialog->command().isEmpty() ? u"/bin/sh"_s : m_dialog->command();
    const QString terminal = m_context.terminal;
    withExecConnection(
        *session, this,
        [this, cluster, task, container, command, terminal](const ExecConnection& connection) {
            QString error;
            const bool ok = ExecLauncher::openShell(connection, cluster, task, container, command, terminal, &error);
            const QString message = ok ? tr("The shell opens in a terminal window.") : error;
            m_dialog->setStatus(message);
            Q_EMIT launched(ok, message);
            if (ok)
                m_dialog->accept();
        },
        [this](const QString& error) {
            const QString message = tr("The connection's keys could not be read: %1").arg(error);
            m_dialog->setStatus(message);
            Q_EMIT launched(false, message);
        });
}

void OpenShellFlow::enableExec()
{
    if (m_context.readOnly || !m_context.session || !m_context.runAction)
        return;
    const QString service = m_model->serviceName();
    if (service.isEmpty())
        return;
    Api::AwsReply* reply = m_context.session->client().updateService(
        m_context.cluster, service, Models::ExecPreflightModel::enableExecChanges());
    m_context.runAction(reply,
        tr("ECS Exec is on for service %1: its new deployment starts tasks you can open a shell in.").arg(service));
    m_dialog->setStatus(tr("Enabling ECS Exec on service %1 (a new deployment replaces its tasks)…").arg(service));
}

} // namespace EcsDesk::Ui
