// SPDX-License-Identifier: MIT
#include "ui/fleet/fleetoverviewpage.h"

#include "api/fleet/fleetloader.h"
#include "models/fleetoverviewmodel.h"
#include "ui/actionregistry.h"
#include "ui/clustersession.h"
#include "ui/connectiondialog.h"
#include "ui/detailspane.h"
#include "ui/messagebar.h"
#include "ui/panewidget.h"

#include <QEvent>
#include <QPushButton>
#include <QTimer>
#include <QTreeView>

namespace EcsDesk::Ui {

using namespace Qt::Literals::StringLiterals;

namespace {
    /// The connection's name in the overview: its profile, else the endpoint it talks to.
    QString connectionName(const Api::Connection& connection)
    {
        if (!connection.profile.isEmpty())
            return connection.profile;
        if (connection.endpointUrl.isValid())
            return connection.endpointUrl.authority();
        return QStringLiteral("default");
    }
} // namespace

FleetOverviewPage::FleetOverviewPage(PageHost* host, QWidget* parent)
    : ResourcePage(host, parent)
    , m_model(new Models::FleetOverviewModel(this))
    , m_timer(new QTimer(this))
{
    setPane(new PaneWidget(name(), m_model, parent));
    m_timer->setInterval(60 * 1000);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (pane()->isVisible())
            refresh();
    });
    pane()->installEventFilter(this);
    connect(pane()->view(), &QTreeView::activated, this, [this] { openRow(currentRow()); });
    // The regions of the connection in use (issue 24): every one checked is loaded.
    m_regionsButton = new QPushButton(pane());
    m_regionsButton->setObjectName(QStringLiteral("fleetRegions"));
    m_regionsButton->setAccessibleName(tr("Regions of the connection"));
    m_regionsButton->setEnabled(false);
    connect(m_regionsButton, &QPushButton::clicked, this, &FleetOverviewPage::chooseRegions);
    pane()->addFilterRowWidget(m_regionsButton);
    updateRegionsButton();
    connect(&ConnectionRegions::instance(), &ConnectionRegions::changed, this, [this](const QString& connection) {
        if (!m_session || connection != m_session->connection().profile)
            return;
        updateRegionsButton();
        // A load still running goes on with the old regions; the new ones load right after it.
        m_regionsChanged = true;
        if (!isRefreshing())
            refresh();
    });
}

FleetOverviewPage::~FleetOverviewPage() = default;

QString FleetOverviewPage::title() const { return tr("&Fleet Overview"); }

void FleetOverviewPage::declareActions(ActionRegistry& registry)
{
    registry.declare({ u"openFleetCluster"_s, tr("&Open Cluster"), {},
        [this](const Selection&) { return currentRow() >= 0; }, [this] { openRow(currentRow()); } });
    registry.declare({ u"refreshFleet"_s, tr("Refresh &Fleet Overview"), {},
        [this](const Selection&) { return m_loader != nullptr; }, [this] { refresh(); } });
}

QStringList FleetOverviewPage::contextActionIds() const { return { u"openFleetCluster"_s, u"refreshFleet"_s }; }

void FleetOverviewPage::showDetails(DetailsPane* details) const
{
    // The row's lists (services below desired, stop reasons, alarms) are in its cells' tooltips.
    details->showNothing();
}

void FleetOverviewPage::clear() { }

QStringList FleetOverviewPage::regions() const
{
    if (!m_session)
        return {};
    const Api::Connection& connection = m_session->connection();
    return ConnectionRegions::instance().enabled(connection.profile, QString::fromLatin1(connection.region));
}

void FleetOverviewPage::updateRegionsButton()
{
    const QStringList shown = regions();
    m_regionsButton->setEnabled(m_session != nullptr);
    m_regionsButton->setText(shown.isEmpty() ? tr("&Regions…") : tr("&Regions: %1…").arg(shown.join(u", ")));
    m_regionsButton->setToolTip(tr("Choose the regions of this connection that the overview loads"));
}

void FleetOverviewPage::chooseRegions()
{
    if (!m_session)
        return;
    const Api::Connection& connection = m_session->connection();
    ConnectionRegionsDialog dialog(connection.profile, QString::fromLatin1(connection.region), pane());
    dialog.exec(); // accepting saves the choice, which reloads the overview
}

void FleetOverviewPage::setSession(ClusterSession* session)
{
    m_loader.reset();
    m_timer->stop();
    m_model->clearRows();
    m_session = session;
    updateRegionsButton();
    if (!session)
        return;
    m_loader = std::make_unique<Api::FleetLoader>();
    connect(m_loader.get(), &Api::FleetLoader::rowReady, this, [this](const Api::FleetRow& row) {
        m_model->addRow(row);
        Q_EMIT viewChanged();
    });
    connect(m_loader.get(), &Api::FleetLoader::failed, this, [this](const Api::FleetFailure& failure) {
        m_failedPrefixes.append(failure.connection + QLatin1Char('\n') + failure.region + QLatin1Char('\n'));
        pane()->messageBar()->showMessage(failure.cluster.isEmpty()
                ? tr("%1 %2: %3").arg(failure.connection, failure.region, failure.error.toString())
                : tr("%1 %2 %3: %4").arg(failure.connection, failure.region, failure.cluster, failure.error.toString()),
            MessageBar::Kind::Error);
    });
    connect(m_loader.get(), &Api::FleetLoader::finished, this, [this] {
        m_model->finishLoad(m_failedPrefixes);
        Q_EMIT viewChanged();
        Q_EMIT refreshed();
        if (m_regionsChanged)
            QTimer::singleShot(0, this, &FleetOverviewPage::refresh);
    });
    // Loaded while on show only (a cluster opened meanwhile loads without competing with it).
    m_loaded = QDateTime();
    if (pane()->isVisible())
        refresh();
    m_timer->start();
}

bool FleetOverviewPage::eventFilter(QObject* watched, QEvent* event)
{
    // Shown: load unless a load of the last minute is on show.
    if (watched == pane() && event->type() == QEvent::Show && m_session
        && (!m_loaded.isValid() || m_loaded.secsTo(QDateTime::currentDateTimeUtc()) >= 60))
        QTimer::singleShot(0, this, &FleetOverviewPage::refresh);
    return ResourcePage::eventFilter(watched, event);
}

bool FleetOverviewPage::isRefreshing() const { return m_loader && m_loader->isRunning(); }

void FleetOverviewPage::refresh()
{
    if (!m_loader || !m_session || m_loader->isRunning())
        return;
    // Every enabled region of the connection at once (FleetLoader loads its targets in parallel);
    // rows of a region no longer enabled go at the end of the load, like vanished clusters.
    m_regionsChanged = false;
    const Api::Connection& connection = m_session->connection();
    QList<Api::FleetTarget> targets;
    for (const QString& region : regions()) {
        Api::Connection inRegion = connection;
        inRegion.region = region.toLatin1();
        targets.append(
            { connectionName(connection), region, inRegion.clientConfig(m_session->transport(), QStringLiteral("ecs")),
                inRegion.clientConfig(m_session->transport(), QStringLiteral("cloudwatch")) });
    }
    m_failedPrefixes.clear();
    m_model->beginLoad();
    m_loaded = QDateTime::currentDateTimeUtc();
    m_loader->load(targets);
}

void FleetOverviewPage::openRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const QString cluster = m_model->rowAt(row).clusterArn;
    host()->selectCluster(cluster);
    host()->showPage(QStringLiteral("services"));
}

} // namespace EcsDesk::Ui
