// SPDX-License-Identifier: MIT
#include "ui/scheduledtasks/scheduledtasksview.h"

#include "api/core/awstransport.h"
#include "api/core/replyguard.h"
#include "api/ecs/ecsclient.h"
#include "api/scheduler/scheduledtasksloader.h"
#include "api/scheduler/schedulerclient.h"
#include "ui/messagebar.h"
#include "ui/panewidget.h"
#include "ui/scheduledtasks/scheduledtaskmodel.h"

#include <QAction>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace EcsDesk::Ui {

ScheduledTasksView::ScheduledTasksView(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("scheduledTasksView"));
    m_model = new ScheduledTaskModel(this);

    auto* toolbar = new QToolBar(tr("Scheduled Tasks"), this);
    m_refresh = toolbar->addAction(tr("Refresh"), this, &ScheduledTasksView::refresh);
    m_refresh->setObjectName(QStringLiteral("scheduledTasksRefresh"));
    m_runNow = toolbar->addAction(tr("Run Now"), this, &ScheduledTasksView::runNow);
    m_runNow->setObjectName(QStringLiteral("scheduledTasksRunNow"));
    m_runNow->setToolTip(tr("Run the selected schedule's or rule's task now, as it would run it"));
    m_runNow->setEnabled(false);

    m_pane = new PaneWidget(QStringLiteral("scheduledTasks"), m_model);
    m_pane->setContextActions({ m_runNow });
    m_details = new QLabel;
    m_details->setObjectName(QStringLiteral("scheduledTaskDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    connect(m_details, &QLabel::linkActivated, this, [this](const QString& link) { Q_EMIT taskActivated(link); });

    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_pane);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(toolbar);
    layout->addWidget(splitter, 1);

    connect(m_pane, &PaneWidget::currentRowChanged, this, [this] { showDetails(); });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] { showDetails(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { showDetails(); });
}

ScheduledTasksView::~ScheduledTasksView() = default;

void ScheduledTasksView::setClients(
    const Api::ClientConfig& scheduler, const Api::ClientConfig& events, const Api::EcsClient* ecs)
{
    m_scheduler = std::make_unique<Api::SchedulerClient>(scheduler);
    m_events = std::make_unique<Api::EventsClient>(events);
    m_ecs = ecs;
    m_loader = std::make_unique<Api::ScheduledTasksLoader>(m_scheduler.get(), m_events.get());
    connect(m_loader.get(), &Api::ScheduledTasksLoader::loaded, this, [this](const QList<Api::ScheduledTask>& tasks) {
        m_model->setScheduledTasks(tasks, m_cluster, QDateTime::currentDateTimeUtc());
        showDetails();
        Q_EMIT loaded();
    });
    connect(m_loader.get(), &Api::ScheduledTasksLoader::failed, this, [this](const Api::AwsError& error) {
        m_pane->messageBar()->showMessage(
            tr("Could not load the scheduled tasks: %1").arg(error.toString()), MessageBar::Kind::Error);
        Q_EMIT loaded();
    });
}

void ScheduledTasksView::setCluster(const QString& cluster)
{
    if (cluster != m_cluster)
        m_model->clear();
    m_cluster = cluster;
    refresh();
}

void ScheduledTasksView::refresh()
{
    if (m_loader && !m_cluster.isEmpty())
        m_loader->load(m_cluster);
}

int ScheduledTasksView::currentRow() const { return m_pane->currentSourceRow(); }

void ScheduledTasksView::select(const QString& name)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->data(m_model->index(row, ScheduledTaskModel::Name), Qt::DisplayRole).toString() == name) {
            m_pane->view()->setCurrentIndex(m_pane->fromSource(m_model->index(row, 0)));
            return;
        }
    }
}

void ScheduledTasksView::runNow()
{
    const int row = currentRow();
    if (row < 0 || !m_ecs)
        return;
    const Api::ScheduledTask task = m_model->task(row);
    const Api::RunTaskRequest request = task.runNowRequest(m_model->target(row));
    Api::AwsReply* reply = m_ecs->runTask(request);
    QPointer<ScheduledTasksView> self(this);
    connect(reply, &Api::AwsReply::finished, this, [self, reply, name = task.name] {
        reply->deleteLater();
        if (!self)
            return;
        QStringList started;
        QStringList reasons;
        if (reply->isOk()) {
            for (const QJsonValue& value : reply->json().value(QLatin1String("tasks")).toArray())
                started.append(value.toObject().value(QLatin1String("taskArn")).toString());
            for (const QJsonValue& value : reply->json().value(QLatin1String("failures")).toArray())
                reasons.append(value.toObject().value(QLatin1String("reason")).toString());
        }
        if (!reply->isOk())
            self->m_pane->messageBar()->showMessage(
                tr("Run Now of %1 failed: %2").arg(name, Api::replyErrorText(reply)), MessageBar::Kind::Error);
        else if (started.isEmpty())
            self->m_pane->messageBar()->showMessage(
                tr("Run Now of %1 placed no task: %2").arg(name, reasons.join(QStringLiteral(", "))),
                MessageBar::Kind::Error);
        else
            self->m_pane->messageBar()->showSuccess(
                tr("Run Now of %1 started %2").arg(name, started.join(QStringLiteral(", "))));
        Q_EMIT self->ranNow(started);
    });
}

void ScheduledTasksView::showDetails()
{
    const int row = currentRow();
    m_runNow->setEnabled(row >= 0 && m_ecs);
    if (row < 0 || row >= m_model->rowCount()) {
        m_details->clear();
        return;
    }
    m_details->setText(
        ScheduledTaskModel::detailsHtml(m_model->task(row), m_model->target(row), QDateTime::currentDateTimeUtc()));
}

} // namespace EcsDesk::Ui
