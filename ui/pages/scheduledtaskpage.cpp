// SPDX-License-Identifier: MIT
#include "ui/pages/scheduledtaskpage.h"

#include "api/ecs/clustersnapshot.h"
#include "api/ecs/ecsclient.h"
#include "api/scheduler/scheduledtasksloader.h"
#include "api/scheduler/schedulerclient.h"
#include "ui/actionregistry.h"
#include "ui/clustersession.h"
#include "ui/detailspane.h"
#include "ui/messagebar.h"
#include "ui/panewidget.h"
#include "ui/scheduledtasks/scheduledtaskmodel.h"

namespace EcsDesk::Ui {

using namespace Qt::Literals::StringLiterals;

ScheduledTaskPage::ScheduledTaskPage(PageHost* host, QWidget* parent)
    : ResourcePage(host, parent)
    , m_model(new ScheduledTaskModel(this))
{
    setPane(new PaneWidget(name(), m_model, parent));
}

ScheduledTaskPage::~ScheduledTaskPage() = default;

QString ScheduledTaskPage::title() const { return tr("Sc&heduled Tasks"); }

void ScheduledTaskPage::declareActions(ActionRegistry& registry)
{
    registry.declareMutating({ u"runScheduledTaskNow"_s, tr("Run Scheduled Task &Now"), {},
        [this](const Selection& s) { return s.clusterOpen() && currentRow() >= 0; }, [this] { runNow(); },
        [this] {
            const int row = currentRow();
            return row >= 0 ? m_model->task(row).name : QString();
        } });
}

QStringList ScheduledTaskPage::contextActionIds() const { return { u"runScheduledTaskNow"_s }; }

PageMenu ScheduledTaskPage::menu() const { return { u"task"_s, tr("&Task"), { u"-"_s, u"runScheduledTaskNow"_s } }; }

void ScheduledTaskPage::showDetails(DetailsPane* details) const
{
    // The pane's columns and tooltips carry the schedule; the details area has no view for it yet.
    details->showNothing();
}

void ScheduledTaskPage::clear()
{
    m_model->clear();
    m_cluster.clear();
}

void ScheduledTaskPage::setSession(ClusterSession* session)
{
    m_loader.reset();
    m_scheduler.reset();
    m_events.reset();
    if (!session)
        return;
    m_scheduler = std::make_unique<Api::SchedulerClient>(
        session->connection().clientConfig(session->transport(), QStringLiteral("scheduler")));
    m_events = std::make_unique<Api::EventsClient>(
        session->connection().clientConfig(session->transport(), QStringLiteral("eventbridge")));
    m_loader = std::make_unique<Api::ScheduledTasksLoader>(m_scheduler.get(), m_events.get());
    connect(m_loader.get(), &Api::ScheduledTasksLoader::loaded, this, [this](const QList<Api::ScheduledTask>& tasks) {
        m_model->setScheduledTasks(tasks, m_cluster, QDateTime::currentDateTimeUtc());
        Q_EMIT viewChanged();
        Q_EMIT scheduledTasksLoaded();
    });
    connect(m_loader.get(), &Api::ScheduledTasksLoader::failed, this, [this](const Api::AwsError& error) {
        pane()->messageBar()->showMessage(
            tr("Could not load the scheduled tasks: %1").arg(error.toString()), MessageBar::Kind::Error);
        Q_EMIT scheduledTasksLoaded();
    });
}

void ScheduledTaskPage::applySnapshot(const Api::ClusterSnapshot&, bool reset)
{
    const QString cluster = host()->openCluster();
    if (reset || cluster != m_cluster)
        m_model->clear();
    m_cluster = cluster;
    if (m_loader && !cluster.isEmpty())
        m_loader->load(cluster);
}

QString ScheduledTaskPage::selectedTaskDefinition() const
{
    const int row = currentRow();
    return row >= 0 ? m_model->target(row).taskDefinition.section(QLatin1Char('/'), -1) : QString();
}

void ScheduledTaskPage::runNow()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const Api::ScheduledTask task = m_model->task(row);
    const Api::EcsTarget target = m_model->target(row);
    askThenRun([] { return true; },
        [this, task, target](const ClusterSession& session, const QString&) {
            host()->runAction(
                pane(), session.client().runTask(task.runNowRequest(target)), tr("Started %1 now.").arg(task.name));
        });
}

} // namespace EcsDesk::Ui
