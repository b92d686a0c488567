// SPDX-License-Identifier: MIT
#include "ui/pages/clusterpage.h"

#include "api/ecs/clustersnapshot.h"
#include "api/ecs/requests.h"
#include "models/clustermodel.h"
#include "ui/actiondialogs.h"
#include "ui/actionregistry.h"
#include "ui/capacity/clustersettingsdialog.h"
#include "ui/clustersession.h"
#include "ui/detailspane.h"
#include "ui/messagebar.h"
#include "ui/panewidget.h"

#include <QTreeView>

namespace EcsDesk::Ui {

using namespace Qt::Literals::StringLiterals;

ClusterPage::ClusterPage(PageHost* host, QWidget* parent)
    : ResourcePage(host, parent)
    , m_model(new Models::ClusterModel(this))
{
    setPane(new PaneWidget(name(), m_model, parent));
    // A single click only selects a cluster; double-click or Enter opens it (the actions then
    // act on it, and the window title names it).
    connect(pane()->view(), &QTreeView::activated, this, &ClusterPage::openSelectedCluster);
}

QString ClusterPage::title() const { return tr("&Clusters"); }

QString ClusterPage::selectedName() const
{
    const int row = pane()->currentSourceRow();
    return row >= 0 ? m_model->rowAt(row).name : QString();
}

void ClusterPage::declareActions(ActionRegistry& registry)
{
    registry.declare({ u"openCluster"_s, tr("&Open Cluster"), {},
        [this](const Selection& s) { return s.connected && currentRow() >= 0; }, [this] { openSelectedCluster(); },
        [this] { return selectedName(); } });
    registry.declareMutating({ u"createCluster"_s, tr("&New Cluster…"), {},
        [](const Selection& s) { return s.connected; }, [this] { createCluster(); } });
    registry.declareMutating({ u"deleteCluster"_s, tr("&Delete Cluster…"), {},
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
    registry.declareMutating({ u"clusterSettings"_s, tr("Cluster &Settings…"), {},
        [this](const Selection& s) {
            const int row = pane()->currentSourceRow();
            return s.connected && row >= 0 && m_model->rowAt(row).status != QLatin1String("INACTIVE");
        },
        [this] { editClusterSettings(); }, [this] { return selectedName(); } });
}

QStringList ClusterPage::contextActionIds() const
{
    return { u"openCluster"_s, u"createCluster"_s, u"clusterSettings"_s, u"deleteCluster"_s, u"openInConsole"_s };
}

PageMenu ClusterPage::menu() const
{
    return { u"cluster"_s, tr("&Cluster"),
        { u"openCluster"_s, u"createCluster"_s, u"clusterSettings"_s, u"deleteCluster"_s } };
}

void ClusterPage::applySnapshot(const Api::ClusterSnapshot& snapshot, bool)
{
    QList<Api::Cluster> clusters = m_model->rows();
    for (Api::Cluster& cluster : clusters) {
        if (cluster.arn == snapshot.cluster.arn)
            cluster = snapshot.cluster;
    }
    m_model->applySnapshot(clusters);
}

ObservedItem ClusterPage::observedItem() const
{
    const int row = currentRow();
    if (row < 0)
        return {};
    const Api::Cluster& cluster = m_model->rowAt(row);
    return { QLatin1String("cluster:") + cluster.arn, cluster.name, {}, {}, {} };
}

QList<PaletteRow> ClusterPage::paletteRows() const
{
    QList<PaletteRow> rows;
    for (const Api::Cluster& c : m_model->rows())
        rows.append({ tr("Cluster %1").arg(c.name), c.arn });
    return rows;
}

void ClusterPage::goTo(const QString& arn)
{
    host()->showPage(name());
    host()->selectCluster(arn);
}

void ClusterPage::openSelectedCluster()
{
    const QString arn = pane()->currentArn();
    if (arn.isEmpty())
        return;
    host()->selectCluster(arn);
    host()->showPage(openedPage());
}

void ClusterPage::showDetails(DetailsPane* details) const
{
    const int row = currentRow();
    if (row >= 0)
        details->showCluster(m_model->rowAt(row));
}

void ClusterPage::clear() { m_model->setClusters({}); }

void ClusterPage::createCluster()
{
    CreateClusterDialog dialog(host()->dialogParent());
    if (dialog.exec() != QDialog::Accepted || !host()->session())
        return;
    const Api::CreateClusterRequest request = dialog.request();
    host()->runAction(pane(), host()->session()->client().createCluster(request),
        tr("Cluster %1 created.").arg(dialog.clusterName()));
}

void ClusterPage::editClusterSettings()
{
    const int row = pane()->currentSourceRow();
    ClusterSession* session = host()->session();
    if (row < 0 || !session)
        return;
    const Api::Cluster cluster = m_model->rowAt(row);
    // The dialog reads and writes itself; opened, not exec()ed, so its calls never run in a nested
    // event loop. It holds the session's client: it closes with the session.
    auto* dialog = new ClusterSettingsDialog(&session->client(), cluster.arn, host()->dialogParent());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(session, &QObject::destroyed, dialog, &QDialog::reject);
    connect(dialog, &ClusterSettingsDialog::applied, this, [this, name = cluster.name] {
        pane()->messageBar()->showSuccess(tr("Settings of cluster %1 saved.").arg(name));
    });
    dialog->open();
}

void ClusterPage::deleteCluster()
{
    const int row = pane()->currentSourceRow();
    if (row < 0 || !host()->session())
        return;
    const Api::Cluster cluster = m_model->rowAt(row);
    if (!host()->confirm(tr("Delete Cluster"),
            tr("Delete cluster %1? It must have no services or container instances.").arg(cluster.name)))
        return;
    Api::DeleteClusterRequest request;
    request.cluster = cluster.arn;
    host()->runAction(
        pane(), host()->session()->client().deleteCluster(request), tr("Cluster %1 deleted.").arg(cluster.name));
}

} // namespace EcsDesk::Ui
