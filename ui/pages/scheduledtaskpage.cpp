// SPDX-License-Identifier: MIT
#include "ui/pages/scheduledtaskpage.h"

#include "api/core/awstransport.h"
#include "api/core/replyguard.h"
#include "api/ecs/clustersnapshot.h"
#include "api/ecs/ecsclient.h"
#include "api/scheduler/scheduledtasksloader.h"
#include "api/scheduler/schedulerclient.h"
#include "models/schedule/scheduleform.h"
#include "ui/actionregistry.h"
#include "ui/clustersession.h"
#include "ui/detailspane.h"
#include "ui/messagebar.h"
#include "ui/panewidget.h"
#include "ui/scheduledtasks/schedulebuilderdialog.h"
#include "ui/scheduledtasks/scheduledtaskmodel.h"

#include <QLabel>
#include <QPointer>
#include <QTreeView>
#include <QVBoxLayout>

namespace EcsDesk::Ui {

using namespace Qt::Literals::StringLiterals;

ScheduledTaskPage::ScheduledTaskPage(PageHost* host, QWidget* parent)
    : ResourcePage(host, parent)
    , m_model(new ScheduledTaskModel(this))
{
    auto* pane = new PaneWidget(name(), m_model, parent);
    setPane(pane);
    // The selected schedule's details under the table (the window's details area has no view for it).
    m_details = new QLabel(pane);
    m_details->setObjectName(u"scheduledTaskDetails"_s);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setMinimumHeight(m_details->fontMetrics().lineSpacing() * 6);
    if (auto* layout = qobject_cast<QVBoxLayout*>(pane->layout()))
        layout->addWidget(m_details);
    connect(m_details, &QLabel::linkActivated, this, [this](const QString& taskArn) {
        if (ResourcePage* tasks = this->host()->page(u"tasks"_s))
            tasks->goTo(taskArn);
    });
    connect(pane, &PaneWidget::currentRowChanged, this, [this] { showSelected(); });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] { showSelected(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { showSelected(); });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] { showSelected(); });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, [this] { showSelected(); });
}

ScheduledTaskPage::~ScheduledTaskPage() = default;

QString ScheduledTaskPage::title() const { return tr("Sc&heduled Tasks"); }

void ScheduledTaskPage::declareActions(ActionRegistry& registry)
{
    const auto selectedName = [this] {
        const int row = currentRow();
        return row >= 0 ? m_model->task(row).name : QString();
    };
    const auto selected = [this](const Selection& s) { return s.clusterOpen() && currentRow() >= 0; };
    registry.declareMutating({ u"newScheduledTask"_s, tr("New Sc&heduled Task..."), {},
        // The cluster's ARN (the target's Arn) is known once its snapshot arrived.
        [this](const Selection& s) { return s.clusterOpen() && m_scheduler && !m_clusterArn.isEmpty(); },
        [this] { openBuilder(false); } });
    registry.declareMutating({ u"editScheduledTask"_s, tr("&Edit Scheduled Task..."), {}, selected,
        [this] { openBuilder(true); }, selectedName });
    registry.declareMutating({ u"enableScheduledTask"_s, tr("Ena&ble Scheduled Task"), {},
        [this](const Selection& s) {
            const int row = currentRow();
            return s.clusterOpen() && row >= 0 && row < m_model->rowCount() && !m_model->task(row).enabled;
        },
        [this] { setEnabled(true); }, selectedName });
    registry.declareMutating({ u"disableScheduledTask"_s, tr("Disa&ble Scheduled Task"), {},
        [this](const Selection& s) {
            const int row = currentRow();
            return s.clusterOpen() && row >= 0 && row < m_model->rowCount() && m_model->task(row).enabled;
        },
        [this] { setEnabled(false); }, selectedName });
    registry.declareMutating({ u"deleteScheduledTask"_s, tr("&Delete Scheduled Task..."), {}, selected,
        [this] { deleteSelected(); }, selectedName });
    registry.declareMutating(
        { u"runScheduledTaskNow"_s, tr("Run Scheduled Task &Now"), {}, selected, [this] { runNow(); }, selectedName });
}

QStringList ScheduledTaskPage::contextActionIds() const
{
    return { u"runScheduledTaskNow"_s, u"-"_s, u"editScheduledTask"_s, u"enableScheduledTask"_s,
        u"disableScheduledTask"_s, u"deleteScheduledTask"_s, u"-"_s, u"newScheduledTask"_s };
}

PageMenu ScheduledTaskPage::menu() const
{
    return { u"task"_s, tr("&Task"),
        { u"-"_s, u"newScheduledTask"_s, u"editScheduledTask"_s, u"enableScheduledTask"_s, u"disableScheduledTask"_s,
            u"deleteScheduledTask"_s, u"runScheduledTaskNow"_s } };
}

void ScheduledTaskPage::showDetails(DetailsPane* details) const
{
    // The page shows the selected schedule's details under its own table.
    details->showNothing();
}

void ScheduledTaskPage::showSelected()
{
    const int row = currentRow();
    if (row < 0 || row >= m_model->rowCount()) {
        m_details->clear();
        return;
    }
    m_details->setText(
        ScheduledTaskModel::detailsHtml(m_model->task(row), m_model->target(row), QDateTime::currentDateTimeUtc()));
}

void ScheduledTaskPage::clear()
{
    m_model->clear();
    m_cluster.clear();
    m_clusterArn.clear();
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

void ScheduledTaskPage::applySnapshot(const Api::ClusterSnapshot& snapshot, bool reset)
{
    const QString cluster = host()->openCluster();
    if (reset || cluster != m_cluster)
        m_model->clear();
    m_cluster = cluster;
    m_clusterArn = snapshot.cluster.arn.isEmpty() ? (cluster.startsWith("arn:"_L1) ? cluster : m_clusterArn)
                                                  : snapshot.cluster.arn;
    reload();
}

void ScheduledTaskPage::reload()
{
    if (m_loader && !m_cluster.isEmpty())
        m_loader->load(m_cluster);
}

QString ScheduledTaskPage::selectedTaskDefinition() const
{
    const int row = currentRow();
    return row >= 0 ? m_model->target(row).taskDefinition.section(QLatin1Char('/'), -1) : QString();
}

void ScheduledTaskPage::openBuilder(bool edit)
{
    const int row = currentRow();
    if ((edit && row < 0) || !m_scheduler)
        return;
    Models::ScheduleForm form;
    if (edit) {
        form = Models::ScheduleForm::fromScheduledTask(m_model->task(row), m_model->target(row));
    } else {
        form.clusterArn = m_clusterArn;
        form.taskDefinition = selectedTaskDefinition();
    }
    const QPointer<ClusterSession> session(host()->session());
    const QString cluster = host()->openCluster();
    host()->withTaskDefinitionChoices(
        pane(), [this, form, edit, session, cluster](const QStringList& choices, const QString& selected) {
            if (!session || !host()->isCurrent(session, cluster) || !m_scheduler)
                return;
            Models::ScheduleForm start = form;
            if (start.taskDefinition.isEmpty())
                start.taskDefinition = selected.isEmpty() ? choices.value(0) : selected;
            auto* dialog = new ScheduleBuilderDialog(
                start, choices, edit, m_scheduler.get(), m_events.get(), host()->dialogParent());
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &ScheduleBuilderDialog::saved, this, [this](const Models::ScheduleForm& saved) {
                pane()->messageBar()->showSuccess(tr("Scheduled task %1 saved.").arg(saved.name));
                reload();
            });
            dialog->open();
        });
}

void ScheduledTaskPage::setEnabled(bool enabled)
{
    const int row = currentRow();
    if (row < 0 || !m_scheduler)
        return;
    const Api::ScheduledTask task = m_model->task(row);
    askThenRun([] { return true; },
        [this, task, enabled](const ClusterSession&, const QString&) {
            Api::AwsReply* reply = nullptr;
            if (task.source == Api::ScheduledTask::Source::Schedule)
                reply = m_scheduler->updateSchedule(task.name, task.updateScheduleRequest(enabled));
            else
                reply = enabled ? m_events->enableRule(task.name) : m_events->disableRule(task.name);
            host()->runAction(pane(), reply,
                enabled ? tr("Scheduled task %1 enabled.").arg(task.name)
                        : tr("Scheduled task %1 disabled.").arg(task.name));
        });
}

void ScheduledTaskPage::deleteSelected()
{
    const int row = currentRow();
    if (row < 0 || !m_scheduler)
        return;
    const Api::ScheduledTask task = m_model->task(row);
    askThenRun(
        [this, &task] {
            return host()->confirm(tr("Delete Scheduled Task"),
                task.source == Api::ScheduledTask::Source::Schedule
                    ? tr("Delete schedule %1? Its task stops running at %2.")
                          .arg(task.name, ScheduledTaskModel::describe(task))
                    : tr("Delete rule %1 and its %n target(s)?", nullptr, int(task.targets.size())).arg(task.name));
        },
        [this, task](const ClusterSession&, const QString&) {
            const QString done = tr("Scheduled task %1 deleted.").arg(task.name);
            if (task.source == Api::ScheduledTask::Source::Schedule) {
                host()->runAction(pane(), m_scheduler->deleteSchedule(task.name, task.group), done);
                return;
            }
            // A rule with targets cannot be deleted: its targets go first.
            QStringList ids;
            for (const Api::EcsTarget& target : task.targets)
                ids.append(target.id);
            if (ids.isEmpty()) {
                host()->runAction(pane(), m_events->deleteRule(task.name), done);
                return;
            }
            Api::AwsReply* removal = m_events->removeTargets(task.name, ids);
            connect(removal, &Api::AwsReply::finished, this, [this, removal, task, done] {
                removal->deleteLater();
                if (!removal->isOk() || !m_events) {
                    pane()->messageBar()->showMessage(
                        tr("Could not delete %1: %2").arg(task.name, Api::replyErrorText(removal)),
                        MessageBar::Kind::Error);
                    return;
                }
                host()->runAction(pane(), m_events->deleteRule(task.name), done);
            });
        });
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
