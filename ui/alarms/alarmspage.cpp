// SPDX-License-Identifier: MIT
#include "ui/alarms/alarmspage.h"

#include "api/cloudwatch/alarmsloader.h"
#include "api/cloudwatch/cloudwatchclient.h"
#include "models/scaling/alarmmodel.h"
#include "ui/actionregistry.h"
#include "ui/alarms/alarmhistorydialog.h"
#include "ui/clustersession.h"
#include "ui/detailspane.h"
#include "ui/messagebar.h"
#include "ui/panewidget.h"

namespace EcsDesk::Ui {

using namespace Qt::Literals::StringLiterals;

AlarmsPage::AlarmsPage(PageHost* host, QWidget* parent)
    : ResourcePage(host, parent)
    , m_model(new Models::AlarmModel(this))
{
    setPane(new PaneWidget(name(), m_model, parent));
}

AlarmsPage::~AlarmsPage() = default;

QString AlarmsPage::title() const { return tr("Ala&rms"); }

void AlarmsPage::declareActions(ActionRegistry& registry)
{
    const auto selected = [this](const Selection& s) { return s.clusterOpen() && currentRow() >= 0; };
    const auto subject = [this] {
        const int row = currentRow();
        return row >= 0 ? m_model->alarm(row).name : QString();
    };
    registry.declareMutating({ u"setAlarmStateAlarm"_s, tr("Set Alarm State to &ALARM"), {}, selected,
        [this] { setState(u"ALARM"_s); }, subject });
    registry.declareMutating(
        { u"setAlarmStateOk"_s, tr("Set Alarm State to &OK"), {}, selected, [this] { setState(u"OK"_s); }, subject });
    registry.declareMutating({ u"enableAlarmActions"_s, tr("&Enable Alarm Actions"), {}, selected,
        [this] { setActionsEnabled(true); }, subject });
    registry.declareMutating({ u"disableAlarmActions"_s, tr("&Disable Alarm Actions"), {}, selected,
        [this] { setActionsEnabled(false); }, subject });
    registry.declare(
        { u"showAlarmHistory"_s, tr("Alarm &History…"), {}, selected, [this] { showHistory(); }, subject });
}

QStringList AlarmsPage::contextActionIds() const
{
    return { u"showAlarmHistory"_s, u"-"_s, u"setAlarmStateAlarm"_s, u"setAlarmStateOk"_s, u"-"_s,
        u"enableAlarmActions"_s, u"disableAlarmActions"_s };
}

void AlarmsPage::showDetails(DetailsPane* details) const
{
    // The pane's columns and tooltips carry the alarm; its history opens in a dialog.
    details->showNothing();
}

ObservedItem AlarmsPage::observedItem() const
{
    const int row = currentRow();
    if (row < 0 || m_model->service(row).isEmpty())
        return {};
    // A service's alarm: the Metrics tab shows the service (with its policies' lines).
    ObservedItem item;
    item.cluster = m_cluster.section(QLatin1Char('/'), -1);
    item.service = m_model->service(row);
    item.key = QStringLiteral("service:") + item.cluster + QLatin1Char('/') + item.service;
    return item;
}

void AlarmsPage::clear()
{
    m_model->clear();
    m_cluster.clear();
}

void AlarmsPage::setSession(ClusterSession* session)
{
    m_loader.reset();
    m_session = session;
    if (!session)
        return;
    m_loader = std::make_unique<Api::AlarmsLoader>(session->cloudWatch());
    connect(m_loader.get(), &Api::AlarmsLoader::loaded, this, [this](const QList<Api::MetricAlarm>& alarms) {
        m_model->setAlarms(alarms, m_cluster);
        Q_EMIT viewChanged();
        Q_EMIT alarmsLoaded();
    });
    connect(m_loader.get(), &Api::AlarmsLoader::failed, this, [this](const Api::AwsError& error) {
        pane()->messageBar()->showMessage(
            tr("Could not load the alarms: %1").arg(error.toString()), MessageBar::Kind::Error);
        Q_EMIT alarmsLoaded();
    });
}

void AlarmsPage::applySnapshot(const Api::ClusterSnapshot&, bool reset)
{
    const QString cluster = host()->openCluster();
    if (reset || cluster != m_cluster)
        m_model->clear();
    m_cluster = cluster;
    if (m_loader && !cluster.isEmpty())
        m_loader->load();
}

AlarmHistoryDialog* AlarmsPage::showHistory()
{
    const int row = currentRow();
    if (row < 0 || !m_session)
        return nullptr;
    auto* dialog = new AlarmHistoryDialog(m_session->cloudWatch(), m_model->alarm(row).name, host()->dialogParent());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

void AlarmsPage::setState(const QString& state)
{
    const int row = currentRow();
    if (row < 0)
        return;
    const QString alarm = m_model->alarm(row).name;
    askThenRun([] { return true; },
        [this, alarm, state](const ClusterSession& session, const QString&) {
            host()->runAction(pane(),
                session.cloudWatch()->setAlarmState(alarm, state, tr("Set to %1 in ECS Desk").arg(state)),
                tr("Set %1 to %2.").arg(alarm, state));
        });
}

void AlarmsPage::setActionsEnabled(bool enabled)
{
    const int row = currentRow();
    if (row < 0)
        return;
    const QString alarm = m_model->alarm(row).name;
    askThenRun([] { return true; },
        [this, alarm, enabled](const ClusterSession& session, const QString&) {
            host()->runAction(pane(), session.cloudWatch()->setAlarmActionsEnabled({ alarm }, enabled),
                enabled ? tr("Enabled the actions of %1.").arg(alarm) : tr("Disabled the actions of %1.").arg(alarm));
        });
}

} // namespace EcsDesk::Ui
