// SPDX-License-Identifier: MIT
#include "ui/pages/containerinstancepage.h"

#include "api/ecs/clustersnapshot.h"
#include "api/ecs/requests.h"
#include "models/containerinstancemodel.h"
#include "models/taskmodel.h"
#include "ui/actiondialogs.h"
#include "ui/actionregistry.h"
#include "ui/clustersession.h"
#include "ui/detailspane.h"
#include "ui/panewidget.h"
#include "ui/usagebardelegate.h"

#include <QTreeView>

namespace EcsDesk::Ui {

using namespace Qt::Literals::StringLiterals;

ContainerInstancePage::ContainerInstancePage(PageHost* host, QWidget* parent)
    : ResourcePage(host, parent)
    , m_model(new Models::ContainerInstanceModel(this))
{
    auto* pane = new PaneWidget(name(), m_model, parent);
    auto* bars = new UsageBarDelegate(Models::ContainerInstanceModel::UsageRole, pane);
    pane->view()->setItemDelegateForColumn(Models::ContainerInstanceModel::CpuColumn, bars);
    pane->view()->setItemDelegateForColumn(Models::ContainerInstanceModel::MemoryColumn, bars);
    setPane(pane);
}

QString ContainerInstancePage::title() const { return tr("Container &Instances"); }

QString ContainerInstancePage::instanceName(int row) const
{
    const Api::ContainerInstance& instance = m_model->rowAt(row);
    return instance.ec2InstanceId.isEmpty() ? Models::TaskModel::lastSegment(instance.arn) : instance.ec2InstanceId;
}

void ContainerInstancePage::declareActions(ActionRegistry& registry)
{
    // Offered only when it applies to every selected instance.
    const auto instancesAre = [this](const char* status) {
        return [this, status](const Selection& s) {
            const QList<int> rows = pane()->selectedSourceRows();
            return s.clusterOpen() && !rows.isEmpty()
                && std::all_of(rows.cbegin(), rows.cend(),
                    [this, status](int row) { return m_model->rowAt(row).status == QLatin1String(status); });
        };
    };
    const auto subject = [this] {
        const QList<int> rows = pane()->selectedSourceRows();
        return rows.size() == 1 ? instanceName(rows.constFirst()) : QString();
    };
    registry.declareMutating({ u"drainInstance"_s, tr("&Drain Instance"), {}, instancesAre("ACTIVE"),
        [this] { setInstancesState(QStringLiteral("DRAINING")); }, subject });
    registry.declareMutating({ u"activateInstance"_s, tr("&Activate Instance"), {}, instancesAre("DRAINING"),
        [this] { setInstancesState(QStringLiteral("ACTIVE")); }, subject });
}

QStringList ContainerInstancePage::contextActionIds() const
{
    return { u"drainInstance"_s, u"activateInstance"_s, u"openInConsole"_s };
}

void ContainerInstancePage::showDetails(DetailsPane* details) const
{
    const int row = currentRow();
    if (row >= 0)
        details->showContainerInstance(m_model->rowAt(row));
}

void ContainerInstancePage::clear() { m_model->setInstances({}); }

PageMenu ContainerInstancePage::menu() const
{
    return { u"instance"_s, tr("&Instance"), { u"drainInstance"_s, u"activateInstance"_s } };
}

void ContainerInstancePage::applySnapshot(const Api::ClusterSnapshot& snapshot, bool reset)
{
    if (reset)
        m_model->setInstances(snapshot.containerInstances);
    else
        m_model->applySnapshot(snapshot.containerInstances);
}

void ContainerInstancePage::setInstancesState(const QString& status)
{
    const QList<int> rows = pane()->selectedSourceRows();
    if (rows.isEmpty() || !host()->session())
        return;
    Api::UpdateContainerInstancesStateRequest request;
    request.status = status;
    QStringList names; // EC2 instance IDs, as the pane shows them
    for (int row : rows) {
        request.containerInstances.append(m_model->rowAt(row).arn);
        names.append(instanceName(row));
    }
    const int count = int(rows.size());
    askThenRun(
        [&] {
            return status != QLatin1String("DRAINING")
                || host()->confirm(tr("Drain Instances"),
                    tr("Drain %n container instance(s)? Their service tasks move elsewhere.", "", count)
                        + QLatin1String("\n\n") + nameList(names));
        },
        [&](const ClusterSession& session, const QString& cluster) {
            request.cluster = cluster;
            host()->runAction(pane(), session.client().updateContainerInstancesState(request),
                tr("%n instance(s) set to %1.", "", count).arg(status));
        });
}

} // namespace EcsDesk::Ui
