// SPDX-License-Identifier: MIT
#include "ui/pages/servicepage.h"

#include "api/ecs/clustersnapshot.h"
#include "api/ecs/requests.h"
#include "models/panefilterproxymodel.h"
#include "models/servicemodel.h"
#include "models/taskmodel.h"
#include "ui/actiondialogs.h"
#include "ui/actionregistry.h"
#include "ui/clustersession.h"
#include "ui/deployments/deploymentspane.h"
#include "ui/detailspane.h"
#include "ui/loadbalancing/loadbalancingpane.h"
#include "ui/loadbalancing/targetgrouppicker.h"
#include "ui/messagebar.h"
#include "ui/pages/taskpage.h"
#include "ui/panewidget.h"
#include "ui/serviceeditor/serviceeditordialog.h"

#include <QAction>
#include <QInputDialog>
#include <QLineEdit>
#include <QTabWidget>
#include <QTreeView>

namespace EcsDesk::Ui {

using namespace Qt::Literals::StringLiterals;

ServicePage::ServicePage(PageHost* host, QWidget* parent)
    : ResourcePage(host, parent)
    , m_model(new Models::ServiceModel(this))
{
    setPane(new PaneWidget(name(), m_model, parent));
}

QString ServicePage::title() const { return tr("&Services"); }

const Api::Service* ServicePage::activeService() const
{
    const Api::Service* service = currentService();
    return service && service->status == QLatin1String("ACTIVE") ? service : nullptr;
}

const Api::Service* ServicePage::currentService() const
{
    const int row = currentRow();
    return row >= 0 ? &m_model->rowAt(row) : nullptr;
}

QString ServicePage::selectedName() const
{
    const Api::Service* service = currentService();
    return service ? service->name : QString();
}

void ServicePage::declareActions(ActionRegistry& registry)
{
    const auto active = [this](const Selection& s) { return s.clusterOpen() && activeService(); };
    const auto subject = [this] { return selectedName(); };
    registry.declareMutating(
        { u"createService"_s, tr("New &Service…"), { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N) },
            [](const Selection& s) { return s.clusterOpen(); }, [this] { createService(); } });
    registry.declareMutating(
        { u"editService"_s, tr("&Edit Service…"), {}, active, [this] { editService(); }, subject });
    registry.declareMutating({ u"setDesiredCount"_s, tr("Set &Desired Count…"), { QKeySequence(Qt::CTRL | Qt::Key_D) },
        active, [this] { setDesiredCount(); }, subject });
    registry.declareMutating(
        { u"updateRevision"_s, tr("Update to &Revision…"), {}, active, [this] { updateRevision(); }, subject });
    registry.declareMutating(
        { u"forceDeployment"_s, tr("&Force New Deployment"), {}, active, [this] { forceNewDeployment(); }, subject });
    registry.declareMutating(
        { u"deleteService"_s, tr("De&lete Service…"), {}, active, [this] { deleteService(); }, subject });
    registry.declare({ u"showServiceTasks"_s, tr("Show &Tasks"), {}, active, [this] { showServiceTasks(); }, subject });
    QAction* rollBack = registry.declareMutating(
        { u"rollBackService"_s, tr("Roll &Back…"), {}, active, [this] { rollBackService(); }, subject });
    if (m_deployments)
        m_deployments->setRollBackAction(rollBack);
}

QStringList ServicePage::contextActionIds() const
{
    return { u"showServiceTasks"_s, u"editService"_s, u"setDesiredCount"_s, u"updateRevision"_s, u"forceDeployment"_s,
        u"rollBackService"_s, u"deleteService"_s, u"openInConsole"_s };
}

PageMenu ServicePage::menu() const
{
    return { u"service"_s, tr("&Service"),
        { u"createService"_s, u"showServiceTasks"_s, u"editService"_s, u"setDesiredCount"_s, u"updateRevision"_s,
            u"forceDeployment"_s, u"rollBackService"_s, u"deleteService"_s } };
}

QStringList ServicePage::toolbarActionIds() const
{
    return { u"createService"_s, u"setDesiredCount"_s, u"forceDeployment"_s };
}

void ServicePage::showDetails(DetailsPane* details) const
{
    const Api::Service* service = currentService();
    if (!service) {
        details->showNothing();
        return;
    }
    QList<Models::TaskRow> tasks;
    if (auto* taskPage = qobject_cast<TaskPage*>(host()->page(u"tasks"_s))) {
        for (const Models::TaskRow& task : taskPage->model()->rows()) {
            if (task.serviceName == service->name)
                tasks.append(task);
        }
    }
    details->showService(*service, tasks);
}

void ServicePage::connectDetails(DetailsPane* details)
{
    m_details = details;
    m_deployments = details->findChild<DeploymentsPane*>(u"deploymentsPane"_s);
    m_loadBalancing = details->findChild<LoadBalancingPane*>(u"loadBalancingPane"_s);
    // A task of the service's list: the Tasks page shows it among the service's tasks.
    connect(details, &DetailsPane::taskActivated, this, [this](const QString& taskArn) {
        showServiceTasks();
        if (ResourcePage* tasks = host()->page(u"tasks"_s))
            tasks->pane()->selectArn(taskArn);
    });
}

void ServicePage::rollBackService()
{
    if (!m_details || !m_deployments || !activeService())
        return;
    // The Deployments tab shows the service's history (it loads it now if it has not) and asks.
    m_details->tabs()->setCurrentWidget(m_deployments);
    m_deployments->setFocus();
    m_deployments->rollBack();
}

void ServicePage::clear() { m_model->setServices({}); }

void ServicePage::setSession(ClusterSession* session)
{
    connect(session, &ClusterSession::snapshotFailed, this, [this](const Api::AwsError& error) {
        pane()->messageBar()->showMessage(
            tr("Loading the cluster failed: %1").arg(error.toString()), MessageBar::Kind::Error);
    });
}

void ServicePage::applySnapshot(const Api::ClusterSnapshot& snapshot, bool reset)
{
    if (reset)
        m_model->setServices(snapshot.services);
    else
        m_model->applySnapshot(snapshot.services);
    if (m_deployments) {
        // A deployment started or finished: the Deployments tab loads its history again.
        for (const Api::Service& service : snapshot.services)
            m_deployments->noteService(service);
    }
    if (m_loadBalancing) {
        // The Load Balancing tab reads its target groups' health again with the window's refresh.
        for (const Api::Service& service : snapshot.services)
            m_loadBalancing->noteService(service);
    }
}

ObservedItem ServicePage::observedItem() const
{
    const Api::Service* service = currentService();
    if (!service)
        return {};
    return { QLatin1String("service:") + service->arn, service->clusterArn.section(QLatin1Char('/'), -1), service->name,
        {}, {} };
}

QString ServicePage::selectedTaskDefinition() const
{
    const Api::Service* service = currentService();
    return service ? ClusterSession::familyRevision(service->taskDefinition) : QString();
}

QList<PaletteRow> ServicePage::paletteRows() const
{
    QList<PaletteRow> rows;
    for (const Api::Service& s : m_model->rows())
        rows.append({ tr("Service %1").arg(s.name), s.arn });
    return rows;
}

void ServicePage::showServiceTasks()
{
    const Api::Service* service = currentService();
    if (!service)
        return;
    const QString filter = QLatin1String("service:=") + service->name;
    PaneWidget* tasks = host()->showPage(u"tasks"_s);
    if (!tasks)
        return;
    tasks->filterEdit()->setText(filter);
    tasks->proxy()->setFilterText(filter); // at once, not after the typing delay
    tasks->view()->setFocus();
}

void ServicePage::createService()
{
    host()->withTaskDefinitionChoices(pane(), [this](const QStringList& choices, const QString& selected) {
        Models::ServiceForm form = Models::ServiceForm::forCreate(host()->openCluster());
        if (!selected.isEmpty())
            form.setValue(u"taskDefinition"_s, selected);
        runServiceEditor(std::move(form), choices, tr("Service %1 created."));
    });
}

void ServicePage::editService()
{
    const Api::Service* selected = activeService();
    if (!selected || !host()->session())
        return;
    Models::ServiceForm form = Models::ServiceForm::forUpdate(selected->raw);
    host()->withTaskDefinitionChoices(pane(), [this, form](const QStringList& choices, const QString&) {
        runServiceEditor(form, choices, tr("Service %1 updated."));
    });
}

void ServicePage::runServiceEditor(Models::ServiceForm form, const QStringList& choices, const QString& done)
{
    // The dialog sends its one call itself (it stays open with AWS's error when it fails); once
    // it succeeded, a DescribeServices of the service through runAction reports `done` and
    // refreshes the cluster. It is opened, not exec()ed: this runs inside a reply's callback, and
    // the dialog's own call must not run in a nested event loop below that reply's socket.
    const QPointer<ClusterSession> session(host()->session());
    const QString cluster = host()->openCluster();
    auto* dialog = new ServiceEditorDialog(
        std::move(form),
        [this, session, cluster](const QString& operation, const QJsonObject& input) -> Api::AwsReply* {
            if (!host()->isCurrent(session, cluster))
                return nullptr;
            return session->client().call(operation, input);
        },
        choices, host()->dialogParent());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Attach Target Group…: the region's target groups and the task definition's container ports.
    dialog->setTargetGroupPicker([this, session, cluster, dialog](
                                     const QString& taskDefinition, std::function<void(const QJsonObject&)> add) {
        if (!host()->isCurrent(session, cluster))
            return;
        auto* picker = new TargetGroupPicker(
            session->connection().clientConfig(session->transport(), Api::ElbV2Client::description().configServiceId),
            &session->client(), taskDefinition, dialog);
        picker->setAttribute(Qt::WA_DeleteOnClose);
        connect(picker, &QDialog::accepted, dialog, [picker, add] {
            const Api::LoadBalancer chosen = picker->binding();
            add(QJsonObject { { u"targetGroupArn"_s, chosen.targetGroupArn },
                { u"containerName"_s, chosen.containerName }, { u"containerPort"_s, chosen.containerPort } });
        });
        picker->open();
    });
    connect(dialog, &ServiceEditorDialog::applied, this,
        [this, dialog, session, cluster, done](const Api::Service& service) {
            if (!host()->isCurrent(session, cluster))
                return;
            const QString name = service.name.isEmpty() ? dialog->form().serviceName() : service.name;
            host()->runAction(pane(), session->client().describeServices(cluster, { name }), done.arg(name));
        });
    dialog->open();
}

void ServicePage::sendUpdate(
    const Api::Service& service, const std::function<void(Api::UpdateServiceRequest&)>& fill, const QString& done)
{
    ClusterSession* session = host()->session();
    if (!session)
        return;
    Api::UpdateServiceRequest request;
    request.cluster = host()->openCluster();
    request.service = service.arn;
    fill(request);
    host()->runAction(pane(), session->client().updateService(request), done);
}

void ServicePage::setDesiredCount()
{
    const Api::Service* selected = currentService();
    if (!selected || !host()->session())
        return;
    const Api::Service service = *selected;
    DesiredCountDialog dialog(service.name, service.desiredCount, host()->dialogParent());
    askThenRun([&dialog] { return dialog.exec() == QDialog::Accepted; },
        [&](const ClusterSession&, const QString&) {
            sendUpdate(
                service, [&](Api::UpdateServiceRequest& r) { r.desiredCount = dialog.desiredCount(); },
                tr("Desired count of %1 set to %2.").arg(service.name).arg(dialog.desiredCount()));
        });
}

void ServicePage::updateRevision()
{
    const Api::Service* selected = currentService();
    if (!selected || !host()->session())
        return;
    const Api::Service service = *selected;
    const QString current = Models::ServiceModel::shortTaskDefinition(service.taskDefinition);
    const QString family = current.section(QLatin1Char(':'), 0, 0);
    // The family's ACTIVE revisions (every page, not only the first 100), newest first, then the
    // choice. ListTaskDefinitions takes the full family name; the check on the family guards
    // against an emulator that matches it as a prefix.
    const QPointer<ClusterSession> session(host()->session());
    const QString cluster = host()->openCluster();
    session->listTaskDefinitionArns(family, QStringLiteral("ACTIVE"),
        [this, session, cluster, family, service, current](
            const QStringList& arns, const std::optional<Api::AwsError>& error) {
            if (!host()->isCurrent(session, cluster))
                return;
            if (error) {
                pane()->messageBar()->showMessage(error->toString(), MessageBar::Kind::Error);
                return;
            }
            QStringList choices = ClusterSession::newestFirst(arns, family);
            if (choices.isEmpty())
                choices = host()->knownTaskDefinitions();
            QString chosen;
            askThenRun(
                [&] {
                    bool ok = false;
                    chosen = QInputDialog::getItem(host()->dialogParent(), tr("Update to Revision"),
                        tr("Task definition for %1 (family:revision):").arg(service.name), choices,
                        std::max<qsizetype>(0, choices.indexOf(current)), true, &ok)
                                 .trimmed();
                    return ok && !chosen.isEmpty();
                },
                [&](const ClusterSession&, const QString&) {
                    sendUpdate(
                        service, [&](Api::UpdateServiceRequest& r) { r.taskDefinition = chosen; },
                        tr("%1 is deploying %2.").arg(service.name, chosen));
                });
        });
}

void ServicePage::forceNewDeployment()
{
    if (const Api::Service* service = currentService()) {
        sendUpdate(
            *service, [](Api::UpdateServiceRequest& r) { r.forceNewDeployment = true; },
            tr("A new deployment of %1 started.").arg(service->name));
    }
}

void ServicePage::deleteService()
{
    const Api::Service* selected = currentService();
    if (!selected || !host()->session())
        return;
    const Api::Service service = *selected;
    askThenRun(
        [&] {
            return host()->confirm(tr("Delete Service"),
                tr("Delete service %1 and stop its %n task(s)?", "", service.runningCount).arg(service.name));
        },
        [&](const ClusterSession& session, const QString& cluster) {
            Api::DeleteServiceRequest request;
            request.cluster = cluster;
            request.service = service.arn;
            request.force = true;
            host()->runAction(
                pane(), session.client().deleteService(request), tr("Service %1 deleted.").arg(service.name));
        });
}

} // namespace EcsDesk::Ui
