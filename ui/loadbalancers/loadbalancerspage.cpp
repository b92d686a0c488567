// SPDX-License-Identifier: MIT
#include "ui/loadbalancers/loadbalancerspage.h"

#include "api/elbv2/regionloadbalancersloader.h"
#include "models/loadbalancers/loadbalancerroutemodel.h"
#include "ui/actionregistry.h"
#include "ui/clustersession.h"
#include "ui/detailspane.h"
#include "ui/messagebar.h"
#include "ui/panewidget.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QTimer>

namespace EcsDesk::Ui {

using namespace Qt::Literals::StringLiterals;

LoadBalancersPage::LoadBalancersPage(PageHost* host, QWidget* parent)
    : ResourcePage(host, parent)
    , m_model(new Models::LoadBalancerRouteModel(this))
    , m_timer(new QTimer(this))
    , m_status(new QLabel)
    , m_refresh(new QPushButton(tr("Re&fresh")))
{
    setPane(new PaneWidget(name(), m_model, parent));
    m_status->setObjectName(u"loadBalancersStatus"_s);
    m_refresh->setObjectName(u"refreshLoadBalancers"_s);
    m_refresh->setToolTip(tr("Load the region's load balancers, listeners, rules and target groups again"));
    m_refresh->setEnabled(false);
    connect(m_refresh, &QPushButton::clicked, this, &LoadBalancersPage::refresh);
    pane()->addFilterRowWidget(m_status);
    pane()->addFilterRowWidget(m_refresh);
    pane()->installEventFilter(this);
    m_timer->setInterval(60 * 1000);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (pane()->isVisible())
            refresh();
    });
}

LoadBalancersPage::~LoadBalancersPage() = default;

QString LoadBalancersPage::title() const { return tr("Load &Balancers"); }

void LoadBalancersPage::declareActions(ActionRegistry& registry)
{
    registry.declare({ u"refreshLoadBalancers"_s, tr("Refresh &Load Balancers"), {},
        [this](const Selection&) { return m_loader != nullptr; }, [this] { refresh(); } });
}

QStringList LoadBalancersPage::contextActionIds() const { return { u"refreshLoadBalancers"_s }; }

void LoadBalancersPage::showDetails(DetailsPane* details) const
{
    // A route's targets are in the Targets cell's tooltip; Copy JSON has the whole row.
    details->showNothing();
}

void LoadBalancersPage::clear() { }

bool LoadBalancersPage::isRefreshing() const { return m_loader && m_loader->isLoading(); }

void LoadBalancersPage::setSession(ClusterSession* session)
{
    m_loader.reset();
    m_elb.reset();
    m_timer->stop();
    m_model->clear();
    m_status->clear();
    m_session = session;
    m_loaded = QDateTime();
    m_refresh->setEnabled(session != nullptr);
    if (!session)
        return;
    m_elb = std::make_unique<Api::ElbV2Client>(
        session->connection().clientConfig(session->transport(), Api::ElbV2Client::description().configServiceId));
    m_loader = std::make_unique<Api::RegionLoadBalancersLoader>(m_elb.get());
    connect(m_loader.get(), &Api::RegionLoadBalancersLoader::progress, this,
        [this](int done, int total) { m_status->setText(tr("Loading… %1 of %2 calls").arg(done).arg(total)); });
    connect(
        m_loader.get(), &Api::RegionLoadBalancersLoader::loaded, this, [this](const Api::RegionLoadBalancers& region) {
            m_model->setRegion(region);
            QSet<QString> unhealthy;
            for (const Api::RegionTargetGroup& group : region.targetGroups) {
                for (const Api::TargetHealthDescription& target : group.targets) {
                    if (target.health.state == QLatin1String("unhealthy"))
                        unhealthy.insert(group.group.arn);
                }
            }
            //: %1, %2, %3: numbers; %4 a time of day
            m_status->setText(tr("Load balancers: %1, target groups: %2, with unhealthy targets: %3 (at %4)")
                                  .arg(region.loadBalancers.size())
                                  .arg(region.targetGroups.size())
                                  .arg(unhealthy.size())
                                  .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
            Q_EMIT viewChanged();
            Q_EMIT refreshed();
        });
    connect(m_loader.get(), &Api::RegionLoadBalancersLoader::failed, this, [this](const Api::AwsError& error) {
        m_status->setText(tr("Not loaded"));
        pane()->messageBar()->showMessage(
            tr("Could not load the load balancers: %1").arg(error.toString()), MessageBar::Kind::Error);
        Q_EMIT refreshed();
    });
    if (pane()->isVisible())
        refresh();
    m_timer->start();
}

bool LoadBalancersPage::eventFilter(QObject* watched, QEvent* event)
{
    // Shown: load unless a load of the last minute is on show.
    if (watched == pane() && event->type() == QEvent::Show && m_loader
        && (!m_loaded.isValid() || m_loaded.secsTo(QDateTime::currentDateTimeUtc()) >= 60))
        QTimer::singleShot(0, this, &LoadBalancersPage::refresh);
    return ResourcePage::eventFilter(watched, event);
}

void LoadBalancersPage::refresh()
{
    if (!m_loader || m_loader->isLoading())
        return;
    m_loaded = QDateTime::currentDateTimeUtc();
    m_status->setText(tr("Loading…"));
    m_loader->load();
}

} // namespace EcsDesk::Ui
