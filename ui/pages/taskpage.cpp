// SPDX-License-Identifier: MIT
#include "ui/pages/taskpage.h"

#include "api/ecs/clustersnapshot.h"
#include "api/ecs/requests.h"
#include "models/itemroles.h"
#include "models/loadbalancing/targettasks.h"
#include "models/stoppedtaskgroupmodel.h"
#include "models/taskmodel.h"
#include "ui/actiondialogs.h"
#include "ui/actionregistry.h"
#include "ui/appsettings.h"
#include "ui/clustersession.h"
#include "ui/detailspane.h"
#include "ui/exec/execactions.h"
#include "ui/exec/execdialogs.h"
#include "ui/exec/portforwards.h"
#include "ui/messagebar.h"
#include "ui/panewidget.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDesktopServices>

namespace EcsDesk::Ui {

using namespace Qt::Literals::StringLiterals;

TaskPage::TaskPage(PageHost* host, QWidget* parent)
    : ResourcePage(host, parent)
    , m_model(new Models::TaskModel(this))
    , m_stoppedGroups(new Models::StoppedTaskGroupModel(
          Models::TaskModel::StoppedRole, Models::TaskModel::StoppedReasonColumn, Models::SortRole, this))
    , m_forwards(new PortForwards(this))
{
    m_forwards->setObjectName(QStringLiteral("portForwards"));
    auto* pane = new PaneWidget(name(), m_model, parent);
    setPane(pane);
    m_stoppedGroups->setObjectName(QStringLiteral("stoppedTaskGroups"));
    m_onlyStopped = new QCheckBox(tr("Only failed/stopped"), pane);
    m_onlyStopped->setObjectName(QStringLiteral("onlyStopped"));
    m_onlyStopped->setToolTip(tr("Show stopped tasks only, grouped by their stopped reason"));
    connect(m_onlyStopped, &QCheckBox::toggled, this, [this](bool on) {
        // The grouping follows the task model only while it is shown.
        m_stoppedGroups->setSourceModel(on ? m_model : nullptr);
        this->pane()->setGrouping(on ? m_stoppedGroups : nullptr);
        Q_EMIT viewChanged();
    });
    pane->addFilterRowWidget(m_onlyStopped);
    connect(m_model, &Models::TaskModel::snapshotApplied, this, &ResourcePage::snapshotApplied);
    connect(m_model, &Models::TaskModel::snapshotApplied, this, &TaskPage::showTargetHealth);
}

QString TaskPage::title() const { return tr("&Tasks"); }

void TaskPage::setOnlyStopped(bool on) { m_onlyStopped->setChecked(on); }

QString TaskPage::selectedTaskDefinition() const
{
    const int row = pane()->currentSourceRow();
    return row >= 0 ? ClusterSession::familyRevision(m_model->rowAt(row).taskDefinitionArn) : QString();
}

void TaskPage::declareActions(ActionRegistry& registry)
{
    registry.declareMutating({ u"runTask"_s, tr("&Run Task…"), { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R) },
        [](const Selection& s) { return s.clusterOpen(); }, [this] { runTask(); } });
    registry.declareMutating({ u"stopTask"_s, tr("S&top Task…"), { QKeySequence(Qt::CTRL | Qt::Key_Delete) },
        [this](const Selection& s) {
            // Offered only when every selected task can still be stopped.
            const QList<int> rows = pane()->selectedSourceRows();
            return s.clusterOpen() && !rows.isEmpty() && std::all_of(rows.cbegin(), rows.cend(), [this](int row) {
                const Models::TaskRow& task = m_model->rowAt(row);
                return task.lastStatus != QLatin1String("STOPPED") && task.desiredStatus != QLatin1String("STOPPED");
            });
        },
        [this] { stopTasks(); },
        [this] {
            const QList<int> rows = pane()->selectedSourceRows();
            return rows.size() == 1 ? Models::TaskModel::lastSegment(m_model->rowAt(rows.constFirst()).arn) : QString();
        } });
    const auto taskId = [this] {
        const int row = pane()->currentSourceRow();
        return row >= 0 ? Models::TaskModel::lastSegment(m_model->rowAt(row).arn) : QString();
    };
    m_registry = &registry;
    // ECS Exec (issue 21). Open Shell and Forward a Port change no resource (ExecuteCommand and
    // StartSession only open sessions; IAM decides who may), so, as in the console, they stay offered
    // in read-only mode; Enable ECS Exec in the checklist changes the service and is not.
    const auto oneRunningTask = [this](const Selection& s) {
        const QList<int> rows = pane()->selectedSourceRows();
        return s.clusterOpen() && rows.size() == 1
            && m_model->rowAt(rows.constFirst()).lastStatus == QLatin1String("RUNNING");
    };
    registry.declare({ u"openShell"_s, tr("Open &Shell…"), {}, oneRunningTask, [this] { openShell(); }, taskId });
    registry.declare(
        { u"forwardPort"_s, tr("&Forward a Port…"), {}, oneRunningTask, [this] { forwardPort(); }, taskId });
    registry.declare({ u"showPortForwards"_s, tr("Port For&wards…"), {},
        [this](const Selection&) { return m_forwards->rowCount() > 0; }, [this] { showPortForwards(); } });
    registry.declare({ u"copyTaskAddress"_s, tr("Copy &Address"), {},
        [this](const Selection& s) { return s.connected && !currentAddresses().isEmpty(); },
        [this] {
            const QString address = currentAddresses().address();
            if (!address.isEmpty())
                QApplication::clipboard()->setText(address);
        },
        taskId });
    registry.declare({ u"openTaskInBrowser"_s, tr("Open in &Browser"), {},
        [this](const Selection& s) { return s.connected && !currentAddresses().httpUrls().isEmpty(); },
        [this] {
            const QList<QUrl> urls = currentAddresses().httpUrls();
            if (!urls.isEmpty())
                QDesktopServices::openUrl(urls.first());
        },
        taskId });
}

Api::TaskAddresses TaskPage::currentAddresses() const
{
    const int row = pane()->currentSourceRow();
    if (row < 0)
        return {};
    return Api::TaskAddresses::fromTaskJson(m_model->rawJson(m_model->index(row, 0)));
}

QStringList TaskPage::contextActionIds() const
{
    return { u"stopTask"_s, u"openShell"_s, u"forwardPort"_s, u"copyTaskAddress"_s, u"openTaskInBrowser"_s,
        u"openInConsole"_s };
}

PageMenu TaskPage::menu() const
{
    return { u"task"_s, tr("&Task"),
        { u"runTask"_s, u"stopTask"_s, u"-"_s, u"openShell"_s, u"forwardPort"_s, u"showPortForwards"_s } };
}

QStringList TaskPage::toolbarActionIds() const { return { u"runTask"_s, u"stopTask"_s }; }

void TaskPage::applySnapshot(const Api::ClusterSnapshot& snapshot, bool reset)
{
    // The instances and services name each task's EC2 instance and service.
    m_model->setClusterContext(snapshot.containerInstances, snapshot.services);
    m_model->loadSnapshot(snapshot.tasks, reset);
    // The target health of the services behind load balancers, once per refresh.
    QList<Api::LoadBalancer> bindings;
    for (const Api::Service& service : snapshot.services) {
        for (const Api::LoadBalancer& binding : service.loadBalancers) {
            if (!binding.targetGroupArn.isEmpty())
                bindings.append(binding);
        }
    }
    if (reset || bindings.isEmpty()) {
        m_targetGroups.clear();
        showTargetHealth();
    }
    if (m_targetHealth && !bindings.isEmpty() && (reset || !m_targetHealth->isLoading()))
        m_targetHealth->load(bindings, false);
}

void TaskPage::setSession(ClusterSession* session)
{
    delete m_targetHealth;
    m_targetHealth = nullptr;
    m_elb.reset();
    m_targetGroups.clear();
    m_targetHealthError.clear();
    if (!session)
        return;
    m_elb = std::make_unique<Api::ElbV2Client>(
        session->connection().clientConfig(session->transport(), Api::ElbV2Client::description().configServiceId));
    m_targetHealth = new Api::ServiceTargetsLoader(m_elb.get(), this);
    connect(
        m_targetHealth, &Api::ServiceTargetsLoader::loaded, this, [this](const QList<Api::ServiceTargetGroup>& groups) {
            m_targetGroups = groups;
            m_targetHealthError.clear();
            showTargetHealth();
        });
    connect(m_targetHealth, &Api::ServiceTargetsLoader::failed, this, [this](const Api::AwsError& error) {
        // Once per error, not on every refresh (a missing elasticloadbalancing permission stays).
        const QString text = tr("Reading the target health of the load balancers failed: %1").arg(error.toString());
        if (text == m_targetHealthError)
            return;
        m_targetHealthError = text;
        pane()->messageBar()->showMessage(text, MessageBar::Kind::Error);
    });
}

void TaskPage::showTargetHealth()
{
    if (m_targetGroups.isEmpty()) {
        m_model->setTargetHealth({});
        return;
    }
    m_model->setTargetHealth(Models::TargetTaskIndex(m_model->rows()).healthByTask(m_targetGroups));
}

bool TaskPage::isLoading() const { return m_model->isLoading(); }

ObservedItem TaskPage::observedItem() const
{
    const int row = currentRow();
    if (row < 0)
        return {};
    const Models::TaskRow& task = m_model->rowAt(row);
    ObservedItem item { QLatin1String("task:") + task.arn, task.clusterArn.section(QLatin1Char('/'), -1), {}, task.arn,
        {} };
    if (task.group.startsWith(QLatin1String("service:")))
        item.taskService = task.group.mid(8);
    return item;
}

QList<PaletteRow> TaskPage::paletteRows() const
{
    QList<PaletteRow> rows;
    for (const Models::TaskRow& t : m_model->rows())
        rows.append({ tr("Task %1 (%2)").arg(Models::TaskModel::lastSegment(t.arn), t.group), t.arn });
    return rows;
}

void TaskPage::showDetails(DetailsPane* details) const
{
    const int row = currentRow();
    if (row >= 0)
        details->showTask(m_model->task(row));
}

void TaskPage::clear() { m_model->setTasks({}); }

void TaskPage::runTask()
{
    askWithTaskDefinitionsThenRun<RunTaskDialog>(
        [this](const RunTaskDialog& dialog, const ClusterSession& session, const QString& cluster) {
            Api::RunTaskRequest request = dialog.request();
            request.cluster = cluster;
            host()->runAction(pane(), session.client().runTask(request), tr("Task started."));
        });
}

void TaskPage::stopTasks()
{
    const QList<int> rows = pane()->selectedSourceRows();
    if (rows.isEmpty() || !host()->session())
        return;
    QStringList arns;
    QStringList taskIds;
    for (int row : rows) {
        arns.append(m_model->rowAt(row).arn);
        taskIds.append(Models::TaskModel::lastSegment(arns.constLast()));
    }
    StopTaskDialog dialog(taskIds, host()->dialogParent());
    askThenRun([&dialog] { return dialog.exec() == QDialog::Accepted; },
        [&](const ClusterSession& session, const QString& cluster) {
            for (const QString& arn : std::as_const(arns)) {
                Api::StopTaskRequest request;
                request.cluster = cluster;
                request.task = arn;
                request.reason = dialog.reason();
                host()->runAction(pane(), session.client().stopTask(request),
                    tr("Task %1 is stopping.").arg(Models::TaskModel::lastSegment(arn)));
            }
        });
}

OpenShellFlow* TaskPage::openShell(const QString& container, bool modal)
{
    const int row = pane()->currentSourceRow();
    if (row < 0 || !host()->session())
        return nullptr;
    OpenShellFlow::Context context;
    context.session = host()->session();
    context.cluster = host()->openCluster();
    context.task = m_model->rawJson(m_model->index(row, 0));
    context.container = container;
    context.readOnly = m_registry && m_registry->isReadOnly();
    context.terminal = AppSettings::instance().terminal();
    context.runAction = [this](Api::AwsReply* reply, const QString& done) { host()->runAction(pane(), reply, done); };
    auto* flow = new OpenShellFlow(context, host()->dialogParent());
    connect(flow->dialog(), &QDialog::finished, flow, &QObject::deleteLater);
    flow->check();
    if (modal)
        flow->dialog()->exec();
    else
        flow->dialog()->show();
    return flow;
}

bool TaskPage::startPortForward(PortForwardSpec spec)
{
    const int row = pane()->currentSourceRow();
    ClusterSession* session = host()->session();
    if (row < 0 || !session)
        return false;
    const QJsonObject task = m_model->rawJson(m_model->index(row, 0));
    Models::ExecPreflightFacts facts;
    facts.task = task;
    facts.container = spec.container;
    Models::ExecPreflightModel preflight;
    preflight.setFacts(facts);
    spec.cluster = host()->openCluster().section(QLatin1Char('/'), -1);
    spec.taskId = Models::TaskModel::lastSegment(task.value(QLatin1String("taskArn")).toString());
    spec.runtimeId = preflight.runtimeId();
    if (spec.runtimeId.isEmpty()) {
        pane()->messageBar()->showMessage(
            tr("Container %1 has no runtime id yet: wait until it runs.").arg(spec.container), MessageBar::Kind::Error);
        return false;
    }
    QPointer<PortForwards> forwards(m_forwards);
    withExecConnection(
        *session, this,
        [this, forwards, spec](const ExecConnection& connection) {
            if (!forwards)
                return;
            forwards->start(connection, spec);
            pane()->messageBar()->showMessage(
                tr("Forwarding localhost:%1 to %2:%3 (Task > Port Forwards… lists and stops it).")
                    .arg(spec.localPort)
                    .arg(spec.remoteHost.isEmpty() ? spec.container : spec.remoteHost)
                    .arg(spec.remotePort),
                MessageBar::Kind::Information, tr("Port Forwards…"), [this] { showPortForwards(); });
        },
        [this](const QString& error) {
            pane()->messageBar()->showMessage(
                tr("The connection's keys could not be read: %1").arg(error), MessageBar::Kind::Error);
        });
    return true;
}

void TaskPage::forwardPort()
{
    const int row = pane()->currentSourceRow();
    if (row < 0)
        return;
    const QJsonObject task = m_model->rawJson(m_model->index(row, 0));
    PortForwardDialog dialog(Models::ExecPreflightModel::containerNames(task), host()->dialogParent());
    if (dialog.exec() == QDialog::Accepted)
        startPortForward(dialog.spec());
}

void TaskPage::showPortForwards()
{
    PortForwardsDialog dialog(m_forwards, host()->dialogParent());
    dialog.exec();
}

} // namespace EcsDesk::Ui
