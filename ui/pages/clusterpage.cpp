// SPDX-License-Identifier: MIT
#include "ui/pages/clusterpage.h"

#include "api/ecs/requests.h"
#include "models/clustermodel.h"
#include "ui/actiondialogs.h"
#include "ui/actionregistry.h"
#include "ui/clustersession.h"
#include "ui/detailspane.h"
#include "ui/panewidget.h"

#include <QCoreApplication>

namespace EcsDesk::Ui {

// The texts keep the translation context they had in the window ("EcsDesk::Ui::MainWindow"),
// where the catalogues translate them.

using namespace Qt::Literals::StringLiterals;

ClusterPage::ClusterPage(PageHost* host, QWidget* parent)
    : ResourcePage(host, parent)
    , m_model(new Models::ClusterModel(this))
{
    setPane(new PaneWidget(name(), m_model, parent));
}

QString ClusterPage::title() const { return QCoreApplication::translate("EcsDesk::Ui::MainWindow", "&Clusters"); }

QString ClusterPage::selectedName() const
{
    const int row = pane()->currentSourceRow();
    return row >= 0 ? m_model->rowAt(row).name : QString();
}

void ClusterPage::declareActions(ActionRegistry& registry)
{
    registry.declare({ u"createCluster"_s, QCoreApplication::translate("EcsDesk::Ui::MainWindow", "&New Cluster…"), {},
        [](const Selection& s) { return s.connected; }, [this] { createCluster(); } });
    registry.declare(
        { u"deleteCluster"_s, QCoreApplication::translate("EcsDesk::Ui::MainWindow", "&Delete Cluster…"), {},
            [this](const Selection& s) {
                // ECS deletes only an empty cluster (no services, container instances or tasks).
                const int row = pane()->currentSourceRow();
                if (!s.connected || row < 0)
                    return false;
                const Api::Cluster& c = m_model->rowAt(row);
                return c.status != QLatin1String("INACTIVE") && c.activeServicesCount == 0
                    && c.registeredContainerInstancesCount == 0 && c.runningTasksCount == 0 && c.pendingTasksCount == 0;
            },
            [this] { deleteCluster(); }, [this] { return selectedName(); } });
}

QStringList ClusterPage::contextActionIds() const
{
    return { u"openCluster"_s, u"createCluster"_s, u"deleteCluster"_s };
}

void ClusterPage::showDetails(DetailsPane* details) const
{
    const int row = pane()->currentSourceRow();
    if (row < 0)
        details->showNothing();
    else
        details->showCluster(m_model->rowAt(row));
}

void ClusterPage::clear() { m_model->setClusters({}); }

void ClusterPage::createCluster()
{
    CreateClusterDialog dialog(host()->dialogParent());
    if (dialog.exec() != QDialog::Accepted || !host()->session())
        return;
    Api::CreateClusterRequest request;
    request.clusterName = dialog.clusterName();
    host()->runAction(pane(), host()->session()->client().createCluster(request),
        QCoreApplication::translate("EcsDesk::Ui::MainWindow", "Cluster %1 created.").arg(dialog.clusterName()));
}

void ClusterPage::deleteCluster()
{
    const int row = pane()->currentSourceRow();
    if (row < 0 || !host()->session())
        return;
    const Api::Cluster cluster = m_model->rowAt(row);
    if (!host()->confirm(QCoreApplication::translate("EcsDesk::Ui::MainWindow", "Delete Cluster"),
            QCoreApplication::translate(
                "EcsDesk::Ui::MainWindow", "Delete cluster %1? It must have no services or container instances.")
                .arg(cluster.name)))
        return;
    Api::DeleteClusterRequest request;
    request.cluster = cluster.arn;
    host()->runAction(pane(), host()->session()->client().deleteCluster(request),
        QCoreApplication::translate("EcsDesk::Ui::MainWindow", "Cluster %1 deleted.").arg(cluster.name));
}

} // namespace EcsDesk::Ui
