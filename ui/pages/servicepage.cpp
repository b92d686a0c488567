// SPDX-License-Identifier: MIT
#include "ui/pages/servicepage.h"

#include "api/ecs/requests.h"
#include "models/servicemodel.h"
#include "models/taskmodel.h"
#include "ui/actiondialogs.h"
#include "ui/actionregistry.h"
#include "ui/clustersession.h"
#include "ui/detailspane.h"
#include "ui/messagebar.h"
#include "ui/panewidget.h"

#include <QCoreApplication>
#include <QInputDialog>

namespace EcsDesk::Ui {

// The texts keep the translation context they had in the window ("EcsDesk::Ui::MainWindow"),
// where the catalogues translate them.

using namespace Qt::Literals::StringLiterals;

ServicePage::ServicePage(PageHost* host, const Models::TaskModel* tasks, QWidget* parent)
    : ResourcePage(host, parent)
    , m_model(new Models::ServiceModel(this))
    , m_tasks(tasks)
{
    setPane(new PaneWidget(name(), m_model, parent));
}

QString ServicePage::title() const { return QCoreApplication::translate("EcsDesk::Ui::MainWindow", "&Services"); }

const Api::Service* ServicePage::activeService() const
{
    const int row = pane()->currentSourceRow();
    if (row < 0 || m_model->rowAt(row).status != QLatin1String("ACTIVE"))
        return nullptr;
    return &m_model->rowAt(row);
}

const Api::Service* ServicePage::currentService() const
{
    const int row = pane()->currentSourceRow();
    return row >= 0 ? &m_model->rowAt(row) : nullptr;
}

QString ServicePage::selectedName() const
{
    const int row = pane()->currentSourceRow();
    return row >= 0 ? m_model->rowAt(row).name : QString();
}

void ServicePage::declareActions(ActionRegistry& registry)
{
    const auto active = [this](const Selection& s) { return s.clusterOpen() && activeService(); };
    const auto subject = [this] { return selectedName(); };
    registry.declare({ u"createService"_s, QCoreApplication::translate("EcsDesk::Ui::MainWindow", "New &Service…"),
        { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N) }, [](const Selection& s) { return s.clusterOpen(); },
        [this] { createService(); } });
    registry.declare(
        { u"setDesiredCount"_s, QCoreApplication::translate("EcsDesk::Ui::MainWindow", "Set &Desired Count…"),
            { QKeySequence(Qt::CTRL | Qt::Key_D) }, active, [this] { setDesiredCount(); }, subject });
    registry.declare(
        { u"updateRevision"_s, QCoreApplication::translate("EcsDesk::Ui::MainWindow", "Update to &Revision…"), {},
            active, [this] { updateRevision(); }, subject });
    registry.declare(
        { u"forceDeployment"_s, QCoreApplication::translate("EcsDesk::Ui::MainWindow", "&Force New Deployment"), {},
            active, [this] { forceNewDeployment(); }, subject });
    registry.declare({ u"deleteService"_s, QCoreApplication::translate("EcsDesk::Ui::MainWindow", "De&lete Service…"),
        {}, active, [this] { deleteService(); }, subject });
}

QStringList ServicePage::contextActionIds() const
{
    return { u"showServiceTasks"_s, u"setDesiredCount"_s, u"updateRevision"_s, u"forceDeployment"_s,
        u"deleteService"_s };
}

void ServicePage::showDetails(DetailsPane* details) const
{
    const int row = pane()->currentSourceRow();
    if (row < 0) {
        details->showNothing();
        return;
    }
    const Api::Service& service = m_model->rowAt(row);
    QList<Models::TaskRow> tasks;
    for (const Models::TaskRow& task : m_tasks->rows()) {
        if (task.serviceName == service.name)
            tasks.append(task);
    }
    details->showService(service, tasks);
}

void ServicePage::clear() { m_model->setServices({}); }

void ServicePage::createService()
{
    host()->withTaskDefinitionChoices(pane(), [this](const QStringList& choices, const QString& selected) {
        CreateServiceDialog dialog(choices, host()->dialogParent());
        if (!selected.isEmpty())
            dialog.selectTaskDefinition(selected);
        const QPointer<ClusterSession> session(host()->session());
        const QString cluster = host()->openCluster();
        if (dialog.exec() != QDialog::Accepted || !session || !host()->isCurrent(session, cluster))
            return;
        Api::CreateServiceRequest request = dialog.request();
        request.cluster = cluster;
        host()->runAction(pane(), session->client().createService(request),
            QCoreApplication::translate("EcsDesk::Ui::MainWindow", "Service %1 created.").arg(request.serviceName));
    });
}

void ServicePage::setDesiredCount()
{
    const Api::Service* selected = currentService();
    ClusterSession* session = host()->session();
    if (!selected || !session)
        return;
    const Api::Service service = *selected;
    DesiredCountDialog dialog(service.name, service.desiredCount, host()->dialogParent());
    if (dialog.exec() != QDialog::Accepted)
        return;
    Api::UpdateServiceRequest request;
    request.cluster = host()->openCluster();
    request.service = service.arn;
    request.desiredCount = dialog.desiredCount();
    host()->runAction(pane(), session->client().updateService(request),
        QCoreApplication::translate("EcsDesk::Ui::MainWindow", "Desired count of %1 set to %2.")
            .arg(service.name)
            .arg(dialog.desiredCount()));
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
            bool ok = false;
            const QString chosen = QInputDialog::getItem(host()->dialogParent(),
                QCoreApplication::translate("EcsDesk::Ui::MainWindow", "Update to Revision"),
                QCoreApplication::translate("EcsDesk::Ui::MainWindow", "Task definition for %1 (family:revision):")
                    .arg(service.name),
                choices, std::max<qsizetype>(0, choices.indexOf(current)), true, &ok);
            if (!ok || chosen.trimmed().isEmpty() || !session || !host()->isCurrent(session, cluster))
                return;
            Api::UpdateServiceRequest request;
            request.cluster = host()->openCluster();
            request.service = service.arn;
            request.taskDefinition = chosen.trimmed();
            host()->runAction(pane(), session->client().updateService(request),
                QCoreApplication::translate("EcsDesk::Ui::MainWindow", "%1 is deploying %2.")
                    .arg(service.name, chosen.trimmed()));
        });
}

void ServicePage::forceNewDeployment()
{
    const Api::Service* service = currentService();
    ClusterSession* session = host()->session();
    if (!service || !session)
        return;
    Api::UpdateServiceRequest request;
    request.cluster = host()->openCluster();
    request.service = service->arn;
    request.forceNewDeployment = true;
    host()->runAction(pane(), session->client().updateService(request),
        QCoreApplication::translate("EcsDesk::Ui::MainWindow", "A new deployment of %1 started.").arg(service->name));
}

void ServicePage::deleteService()
{
    const Api::Service* selected = currentService();
    if (!selected || !host()->session())
        return;
    const Api::Service service = *selected;
    if (!host()->confirm(QCoreApplication::translate("EcsDesk::Ui::MainWindow", "Delete Service"),
            QCoreApplication::translate(
                "EcsDesk::Ui::MainWindow", "Delete service %1 and stop its %n task(s)?", "", service.runningCount)
                .arg(service.name)))
        return;
    ClusterSession* session = host()->session();
    if (!session)
        return;
    Api::DeleteServiceRequest request;
    request.cluster = host()->openCluster();
    request.service = service.arn;
    request.force = true;
    host()->runAction(pane(), session->client().deleteService(request),
        QCoreApplication::translate("EcsDesk::Ui::MainWindow", "Service %1 deleted.").arg(service.name));
}

} // namespace EcsDesk::Ui
