// SPDX-License-Identifier: MIT
#include "ui/observeditemcontroller.h"

#include "api/elbv2/elbv2client.h"
#include "models/taskmodel.h"
#include "ui/capacity/capacitypane.h"
#include "ui/clustersession.h"
#include "ui/deployments/deploymentspane.h"
#include "ui/detailspane.h"
#include "ui/loadbalancing/loadbalancingpane.h"
#include "ui/logs/logspane.h"
#include "ui/metrics/metricspane.h"
#include "ui/pages/taskpage.h"
#include "ui/scaling/scalingpane.h"

#include <QTabWidget>

namespace EcsDesk::Ui {

ObservedItemController::ObservedItemController(DetailsPane* details, const PageHost* host, QObject* parent)
    : QObject(parent)
    , m_details(details)
    , m_host(host)
    , m_metricsPane(new MetricsPane(details))
    , m_logsPane(new LogsPane(details))
    , m_scalingPane(new ScalingPane(details))
    , m_deploymentsPane(new DeploymentsPane(details))
    , m_capacityPane(new CapacityPane(details))
    , m_loadBalancingPane(new LoadBalancingPane(details))
{
    m_metricsPane->setObjectName(QStringLiteral("metricsPane"));
    m_logsPane->setObjectName(QStringLiteral("logsPane"));
    QTabWidget* tabs = details->tabs();
    tabs->addTab(m_metricsPane, tr("&Metrics"));
    tabs->addTab(m_logsPane, tr("&Logs"));
    m_scalingPane->setObjectName(QStringLiteral("scalingPane"));
    tabs->addTab(m_scalingPane, tr("Auto &Scaling"));
    tabs->setTabVisible(tabs->indexOf(m_scalingPane), false);
    m_deploymentsPane->setObjectName(QStringLiteral("deploymentsPane"));
    tabs->addTab(m_deploymentsPane, tr("De&ployments"));
    tabs->setTabVisible(tabs->indexOf(m_deploymentsPane), false);
    m_capacityPane->setObjectName(QStringLiteral("capacityPane"));
    tabs->addTab(m_capacityPane, tr("Capacit&y"));
    tabs->setTabVisible(tabs->indexOf(m_capacityPane), false);
    m_loadBalancingPane->setObjectName(QStringLiteral("loadBalancingPane"));
    tabs->addTab(m_loadBalancingPane, tr("Load &Balancing"));
    tabs->setTabVisible(tabs->indexOf(m_loadBalancingPane), false);
    // The targets' tasks: looked up among the Tasks view's rows.
    m_loadBalancingPane->setTaskIndexSource([host] {
        const auto* tasks = qobject_cast<const TaskPage*>(host->page(QStringLiteral("tasks")));
        return tasks ? Models::TargetTaskIndex(tasks->model()->rows()) : Models::TargetTaskIndex();
    });
    connect(tabs, &QTabWidget::currentChanged, this, &ObservedItemController::apply);
    tabs->setTabVisible(tabs->indexOf(m_metricsPane), false); // until a selection
    tabs->setTabVisible(tabs->indexOf(m_logsPane), false);
}

void ObservedItemController::follow(const ObservedItem& item)
{
    if (item.key == m_observed.key)
        return; // a refresh of the same selection does not reload the charts
    m_observed = item;
    QTabWidget* tabs = m_details->tabs();
    tabs->setTabVisible(tabs->indexOf(m_metricsPane), !item.key.isEmpty());
    tabs->setTabVisible(tabs->indexOf(m_logsPane), !item.service.isEmpty() || !item.taskArn.isEmpty());
    tabs->setTabVisible(tabs->indexOf(m_scalingPane), !item.service.isEmpty());
    tabs->setTabVisible(tabs->indexOf(m_deploymentsPane), !item.service.isEmpty());
    tabs->setTabVisible(tabs->indexOf(m_capacityPane), item.key.startsWith(QLatin1String("cluster:")));
    tabs->setTabVisible(tabs->indexOf(m_loadBalancingPane), !item.service.isEmpty());
    apply();
}

ObservedItemController::~ObservedItemController() = default;

void ObservedItemController::apply()
{
    ClusterSession* session = m_host->session();
    if (!session)
        return;
    QWidget* current = m_details->tabs()->currentWidget();
    if (current == m_metricsPane && m_metricsShows != m_observed.key) {
        m_metricsShows = m_observed.key;
        const QString taskId = m_observed.taskArn.section(QLatin1Char('/'), -1);
        QStringList services;
        if (!m_observed.service.isEmpty())
            services.append(m_observed.service);
        else if (!m_observed.taskService.isEmpty())
            services.append(m_observed.taskService);
        m_metricsPane->setAutoScalingClient(session->autoScaling());
        m_metricsPane->setContext(session->cloudWatch(), &session->client(), m_observed.cluster, services, taskId);
    } else if (current == m_logsPane && m_logsShows != m_observed.key) {
        m_logsShows = m_observed.key;
        const QStringList tasks = m_observed.taskArn.isEmpty() ? QStringList() : QStringList { m_observed.taskArn };
        m_logsPane->setContext(session->logs(), &session->client(), m_observed.cluster, m_observed.service, tasks);
    } else if (current == m_scalingPane && m_scalingShows != m_observed.key) {
        m_scalingShows = m_observed.key;
        m_scalingPane->setContext(
            session->autoScaling(), session->cloudWatch(), m_observed.cluster, m_observed.service);
    } else if (current == m_deploymentsPane && m_deploymentsShows != m_observed.key) {
        m_deploymentsShows = m_observed.key;
        m_deploymentsPane->setContext(&session->client(), m_observed.cluster, m_observed.service);
    } else if (current == m_capacityPane && m_capacityShows != m_observed.key) {
        m_capacityShows = m_observed.key;
        if (!m_groups) {
            m_groups = std::make_unique<Api::AutoScalingGroupsClient>(session->connection().clientConfig(
                session->transport(), Api::AutoScalingGroupsClient::description().configServiceId));
        }
        m_capacityPane->setContext(&session->client(), m_groups.get(), session->cloudWatch(), m_observed.cluster);
    } else if (current == m_loadBalancingPane && m_loadBalancingShows != m_observed.key) {
        m_loadBalancingShows = m_observed.key;
        if (!m_elb)
            m_elb = std::make_unique<Api::ElbV2Client>(session->connection().clientConfig(
                session->transport(), Api::ElbV2Client::description().configServiceId));
        m_loadBalancingPane->setContext(m_elb.get(), &session->client(), m_observed.cluster, m_observed.service);
    }
}

void ObservedItemController::setReadOnly(bool readOnly)
{
    m_scalingPane->setReadOnly(readOnly);
    m_capacityPane->setReadOnly(readOnly);
}

void ObservedItemController::clear()
{
    m_metricsPane->setContext(nullptr, nullptr, {}, {});
    m_metricsPane->setAutoScalingClient(nullptr);
    m_logsPane->setContext(nullptr, nullptr, {}, {});
    m_scalingPane->setContext(nullptr, nullptr, {}, {});
    m_deploymentsPane->setContext(nullptr, {}, {});
    m_capacityPane->setContext(nullptr, nullptr, nullptr, {});
    m_groups.reset();
    m_loadBalancingPane->setContext(nullptr, nullptr, {}, {});
    m_elb.reset();
    m_observed = {};
    m_metricsShows.clear();
    m_logsShows.clear();
    m_scalingShows.clear();
    m_deploymentsShows.clear();
    m_capacityShows.clear();
    m_loadBalancingShows.clear();
}

} // namespace EcsDesk::Ui
