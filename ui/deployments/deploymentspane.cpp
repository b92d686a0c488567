// SPDX-License-Identifier: MIT
#include "ui/deployments/deploymentspane.h"

#include "api/ecs/ecsclient.h"
#include "ui/editor/revisiondiffview.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace EcsDesk::Ui {

using namespace Qt::Literals::StringLiterals;

namespace {
    QTreeWidget* table(const QString& name, const QString& accessibleName, const QStringList& headers)
    {
        auto* tree = new QTreeWidget;
        tree->setObjectName(name);
        tree->setAccessibleName(accessibleName);
        tree->setRootIsDecorated(false);
        tree->setHeaderLabels(headers);
        tree->setUniformRowHeights(true);
        tree->header()->setStretchLastSection(true);
        return tree;
    }

    QString localTime(const QDateTime& at)
    {
        return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : QString();
    }

    QString lastSegment(const QString& arn) { return arn.section(u'/', -1); }

    /// The column of a timeline row that holds the deployment's ARN (Qt::UserRole).
    constexpr int arnColumn = 0;
} // namespace

DeploymentsPane::DeploymentsPane(QWidget* parent)
    : QWidget(parent)
    , m_timer(new QTimer(this))
    , m_status(new QLabel(this))
    , m_diffCaption(new QLabel(this))
    , m_refresh(new QPushButton(tr("Re&fresh"), this))
    , m_rollBack(new QToolButton(this))
    , m_timeline(table(u"deploymentTimeline"_s, tr("Deployments"),
          { tr("Deployment"), tr("Status"), tr("Task definition"), tr("Trigger"), tr("Created"), tr("Started"),
              tr("Finished"), tr("Tasks"), tr("Reason") }))
    , m_progress(table(u"deploymentProgress"_s, tr("Deployment progress"),
          { tr("Deployment"), tr("Task definition"), tr("Desired"), tr("Running"), tr("Pending"), tr("Failed"),
              tr("Rollout") }))
    , m_failedTasks(table(u"deploymentFailedTasks"_s, tr("Failed tasks"), { tr("Task"), tr("Stopped"), tr("Reason") }))
    , m_events(table(u"deploymentEvents"_s, tr("Service events"), { tr("Time"), tr("Event") }))
    , m_progressBox(new QWidget(this))
    , m_diff(new RevisionDiffView(this))
{
    m_status->setObjectName(u"deploymentsStatus"_s);
    m_status->setWordWrap(true);
    m_diffCaption->setObjectName(u"deploymentsDiffCaption"_s);
    m_diffCaption->setWordWrap(true);
    m_refresh->setObjectName(u"refreshDeployments"_s);
    m_rollBack->setObjectName(u"rollBackButton"_s);
    m_rollBack->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_rollBack->setText(tr("&Roll Back…"));
    m_rollBack->setEnabled(false); // until the window's action is given
    m_diff->setObjectName(u"deploymentsDiff"_s);
    m_timeline->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_timeline->setToolTip(tr("Select one deployment to see what it changed, two to compare them."));
    m_timer->setInterval(progressIntervalMs);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (m_loader && !m_loader->isLoading()) // a slow answer is not started over
            reload();
    });
    connect(m_refresh, &QPushButton::clicked, this, &DeploymentsPane::reload);
    connect(m_timeline, &QTreeWidget::itemSelectionChanged, this, &DeploymentsPane::selectionChanged);

    auto* header = new QHBoxLayout;
    header->addWidget(m_status, 1);
    header->addWidget(m_rollBack);
    header->addWidget(m_refresh);

    auto* progressLayout = new QVBoxLayout(m_progressBox);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    auto* progressSplit = new QSplitter(Qt::Horizontal, m_progressBox);
    progressSplit->addWidget(m_progress);
    progressSplit->addWidget(m_failedTasks);
    progressSplit->addWidget(m_events);
    progressLayout->addWidget(new QLabel(tr("In progress:"), m_progressBox));
    progressLayout->addWidget(progressSplit);
    m_progressBox->setVisible(false);

    auto* diffBox = new QWidget(this);
    auto* diffLayout = new QVBoxLayout(diffBox);
    diffLayout->setContentsMargins(0, 0, 0, 0);
    diffLayout->addWidget(m_diffCaption);
    diffLayout->addWidget(m_diff);

    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_timeline);
    split->addWidget(m_progressBox);
    split->addWidget(diffBox);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(2, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(split, 1);
    setFocusProxy(m_timeline);
}

QString DeploymentsPane::statusText() const { return m_status->text(); }

QString DeploymentsPane::diffCaption() const { return m_diffCaption->text(); }

bool DeploymentsPane::isFollowingProgress() const { return m_timer->isActive(); }

void DeploymentsPane::setRollBackAction(QAction* action)
{
    m_rollBack->setDefaultAction(action);
    m_rollBack->setText(tr("&Roll Back…"));
}

void DeploymentsPane::setContext(const Api::EcsClient* client, const QString& cluster, const QString& service)
{
    ++m_generation;
    delete m_loader;
    m_loader = nullptr;
    m_client = client;
    m_cluster = cluster;
    m_service = service;
    m_history = {};
    m_loaded = false;
    m_rollBackWhenLoaded = false;
    m_deploymentsSeen.clear();
    m_taskDefinitions.clear();
    m_timer->stop();
    m_timeline->clear();
    m_progress->clear();
    m_failedTasks->clear();
    m_events->clear();
    m_progressBox->setVisible(false);
    m_diff->showChanges({}, {}, {});
    m_diffShows.clear();
    m_diffCaption->clear();
    m_status->clear();
    if (!client || service.isEmpty())
        return;
    m_loader = new Api::ServiceDeploymentsLoader(client, this);
    connect(m_loader, &Api::ServiceDeploymentsLoader::loaded, this, &DeploymentsPane::display);
    connect(m_loader, &Api::ServiceDeploymentsLoader::failed, this,
        [this](const Api::AwsError& error) { showError(error.toString()); });
    reload();
}

void DeploymentsPane::noteService(const Api::Service& service)
{
    if (!m_loader || service.name != m_service || !m_loaded || m_loader->isLoading())
        return;
    // The service's own deployments tell whether the history is behind: one newer than the
    // newest listed, or one rolling out while the history has none in progress.
    QDateTime newest;
    bool rollingOut = false;
    QStringList seen;
    for (const Api::Deployment& d : service.deployments) {
        if (!newest.isValid() || d.createdAt > newest)
            newest = d.createdAt;
        rollingOut |= d.rolloutState == "IN_PROGRESS"_L1;
        seen.append(d.id + u' ' + d.rolloutState);
    }
    const QDateTime known = m_history.deployments.isEmpty() ? QDateTime() : m_history.deployments.first().createdAt;
    const bool behind = (newest.isValid() && (!known.isValid() || newest > known.addSecs(1)))
        || (rollingOut && !m_history.inProgress());
    const QString signature = seen.join(u';');
    if (behind && signature != m_deploymentsSeen) { // once per change of the service's deployments
        m_deploymentsSeen = signature;
        reload();
    }
}

void DeploymentsPane::reload()
{
    if (!m_loader)
        return;
    if (!m_loaded)
        m_status->setText(tr("Loading the deployments of %1…").arg(m_service));
    m_loader->load(m_cluster, m_service);
}

void DeploymentsPane::showError(const QString& text)
{
    m_status->setText(tr("Deployments: %1").arg(text));
    if (m_rollBackWhenLoaded) {
        m_rollBackWhenLoaded = false;
        Q_EMIT rollBackSent(false);
    }
    Q_EMIT refreshed();
}

void DeploymentsPane::display(const Api::ServiceDeploymentHistory& history)
{
    QStringList selected;
    for (const QTreeWidgetItem* item : m_timeline->selectedItems())
        selected.append(item->data(arnColumn, Qt::UserRole).toString());
    const QString current
        = m_timeline->currentItem() ? m_timeline->currentItem()->data(arnColumn, Qt::UserRole).toString() : QString();
    m_history = history;
    m_loaded = true;
    const QSignalBlocker block(m_timeline);
    m_timeline->clear();
    for (const Models::DeploymentRow& row : Models::DeploymentHistory::rows(history)) {
        auto* item = new QTreeWidgetItem(m_timeline,
            { row.deploymentId, row.status, row.taskDefinition.isEmpty() ? row.revisionId : row.taskDefinition,
                row.trigger, localTime(row.createdAt), localTime(row.startedAt), localTime(row.finishedAt),
                tr("%1 running, %2 pending of %3").arg(row.running).arg(row.pending).arg(row.requested),
                row.rollbackReason.isEmpty() || row.rollbackReason == row.statusReason
                    ? row.statusReason
                    : row.statusReason + u" — "_s + row.rollbackReason });
        item->setData(arnColumn, Qt::UserRole, row.deploymentArn);
        item->setToolTip(8, item->text(8));
        item->setToolTip(arnColumn, row.deploymentArn);
        if (selected.contains(row.deploymentArn))
            item->setSelected(true);
        if (row.deploymentArn == current)
            m_timeline->setCurrentItem(item, 0, QItemSelectionModel::NoUpdate);
    }
    if (m_timeline->selectedItems().isEmpty() && m_timeline->topLevelItemCount() > 0)
        m_timeline->setCurrentItem(m_timeline->topLevelItem(0));
    for (int column = 0; column < 8; ++column)
        m_timeline->resizeColumnToContents(column);

    const Api::ServiceDeployment* moving = history.inProgress();
    if (history.deployments.isEmpty())
        m_status->setText(tr("%1 has no service deployments.").arg(m_service));
    else if (moving)
        m_status->setText(tr("Deployment %1 is %2; refreshing every %3 s.")
                              .arg(lastSegment(moving->arn), moving->status)
                              .arg(progressIntervalMs / 1000));
    else
        m_status->setText(tr("%n deployment(s) of %1.", "", int(history.deployments.size())).arg(m_service));
    updateFollowing();
    selectionChanged();
    Q_EMIT refreshed();
    if (m_rollBackWhenLoaded) {
        m_rollBackWhenLoaded = false;
        runRollBack();
    }
}

void DeploymentsPane::updateFollowing()
{
    const bool moving = m_history.inProgress() != nullptr;
    m_progressBox->setVisible(moving);
    if (moving) {
        if (!m_timer->isActive())
            m_timer->start();
        loadProgress();
    } else {
        m_timer->stop();
    }
}

void DeploymentsPane::send(Api::AwsReply* reply, std::function<void(Api::AwsReply*)> then)
{
    const quint64 generation = m_generation;
    connect(reply, &Api::AwsReply::finished, this, [this, reply, generation, then = std::move(then)] {
        reply->deleteLater();
        if (generation != m_generation)
            return; // another service meanwhile
        then(reply);
    });
}

void DeploymentsPane::loadProgress()
{
    if (!m_client)
        return;
    send(m_client->describeServices(m_cluster, { m_service }), [this](Api::AwsReply* reply) {
        if (!reply->isOk()) {
            m_status->setText(tr("Deployments: %1").arg(reply->error() ? reply->error()->toString() : QString()));
            return;
        }
        const QJsonArray services = reply->json().value("services"_L1).toArray();
        if (!services.isEmpty())
            displayProgress(Api::Service::fromJson(services.first().toObject()));
    });
    Api::ListTasksFilter filter;
    filter.serviceName = m_service;
    filter.desiredStatus = u"STOPPED"_s;
    send(m_client->listTasks(m_cluster, filter), [this](Api::AwsReply* reply) {
        if (!reply->isOk())
            return;
        const Api::ListPage page = Api::EcsJson::listPage(reply->json(), "taskArns"_L1);
        if (page.arns.isEmpty()) {
            displayFailedTasks({});
            return;
        }
        send(m_client->describeTasks(m_cluster, page.arns.mid(0, Api::EcsClient::maxDescribeTasks)),
            [this](Api::AwsReply* described) {
                if (described->isOk())
                    displayFailedTasks(Api::EcsJson::objects<Api::Task>(described->json().value("tasks"_L1)));
            });
    });
}

void DeploymentsPane::displayProgress(const Api::Service& service)
{
    m_progress->clear();
    for (const Api::Deployment& d : service.deployments) {
        auto* item = new QTreeWidgetItem(m_progress,
            { d.status, lastSegment(d.taskDefinition), QString::number(d.desiredCount), QString::number(d.runningCount),
                QString::number(d.pendingCount), QString::number(d.failedTasks),
                d.rolloutStateReason.isEmpty() ? d.rolloutState : d.rolloutState + u": "_s + d.rolloutStateReason });
        item->setToolTip(6, item->text(6));
    }
    m_events->clear();
    for (qsizetype i = 0; i < std::min<qsizetype>(service.events.size(), 20); ++i) {
        const Api::ServiceEvent& event = service.events.at(i);
        auto* item = new QTreeWidgetItem(m_events, { localTime(event.createdAt), event.message });
        item->setToolTip(1, event.message);
    }
}

void DeploymentsPane::displayFailedTasks(QList<Api::Task> tasks)
{
    // The tasks that stopped since the deployment in progress began.
    const Api::ServiceDeployment* moving = m_history.inProgress();
    const QDateTime since = moving ? moving->createdAt : QDateTime();
    tasks.removeIf(
        [&since](const Api::Task& t) { return since.isValid() && t.stoppedAt.isValid() && t.stoppedAt < since; });
    std::sort(
        tasks.begin(), tasks.end(), [](const Api::Task& a, const Api::Task& b) { return a.stoppedAt > b.stoppedAt; });
    m_failedTasks->clear();
    for (qsizetype i = 0; i < std::min<qsizetype>(tasks.size(), 20); ++i) {
        const Api::Task& task = tasks.at(i);
        QString reason = task.stoppedReason;
        for (const Api::Container& container : task.containers) {
            if (container.exitCode && *container.exitCode != 0)
                reason += tr(" (%1 exited with %2)").arg(container.name).arg(*container.exitCode);
        }
        auto* item = new QTreeWidgetItem(m_failedTasks, { lastSegment(task.arn), localTime(task.stoppedAt), reason });
        item->setToolTip(2, reason);
    }
}

void DeploymentsPane::selectionChanged()
{
    QList<const Api::ServiceDeployment*> chosen;
    for (const QTreeWidgetItem* item : m_timeline->selectedItems()) {
        const QString arn = item->data(arnColumn, Qt::UserRole).toString();
        for (const Api::ServiceDeployment& d : std::as_const(m_history.deployments)) {
            if (d.arn == arn)
                chosen.append(&d);
        }
    }
    const Api::ServiceRevision* before = nullptr;
    const Api::ServiceRevision* after = nullptr;
    if (chosen.size() == 2) {
        std::sort(chosen.begin(), chosen.end(), [](const Api::ServiceDeployment* a, const Api::ServiceDeployment* b) {
            return a->createdAt < b->createdAt;
        });
        before = m_history.revision(chosen.at(0)->targetRevisionArn());
        after = m_history.revision(chosen.at(1)->targetRevisionArn());
        m_diffCaption->setText(
            tr("From deployment %1 to %2:").arg(lastSegment(chosen.at(0)->arn), lastSegment(chosen.at(1)->arn)));
    } else if (chosen.size() == 1) {
        after = m_history.revision(chosen.first()->targetRevisionArn());
        if (!chosen.first()->sourceServiceRevisions.isEmpty())
            before = m_history.revision(chosen.first()->sourceServiceRevisions.first().arn);
        m_diffCaption->setText(before
                ? tr("What deployment %1 changed:").arg(lastSegment(chosen.first()->arn))
                : tr("Deployment %1 replaced no earlier revision.").arg(lastSegment(chosen.first()->arn)));
    } else {
        m_diffCaption->setText(tr("Select one deployment to see what it changed, two to compare them."));
    }
    if (!before || !after) {
        m_diffShows.clear();
        m_diff->showChanges({}, {}, {});
        return;
    }
    showDiff(*before, *after);
}

void DeploymentsPane::showDiff(const Api::ServiceRevision& before, const Api::ServiceRevision& after)
{
    const QString pair = before.arn + u' ' + after.arn;
    if (pair == m_diffShows)
        return; // a refresh of the same choice keeps the view (and its scroll)
    m_diffShows = pair;
    const quint64 generation = m_generation;
    withTaskDefinitions({ before.taskDefinition, after.taskDefinition }, [this, before, after, generation] {
        if (generation != m_generation)
            return;
        const Models::DeploymentDiff diff = Models::DeploymentHistory::compare(before,
            m_taskDefinitions.value(before.taskDefinition), after, m_taskDefinitions.value(after.taskDefinition));
        m_diff->showChanges(diff.all(), diff.beforeLabel, diff.afterLabel);
        Q_EMIT diffShown();
    });
}

void DeploymentsPane::withTaskDefinitions(const QStringList& arns, std::function<void()> then)
{
    for (const QString& arn : arns) {
        if (arn.isEmpty() || m_taskDefinitions.contains(arn) || !m_client)
            continue;
        send(m_client->describeTaskDefinition(arn), [this, arn, arns, then](Api::AwsReply* reply) {
            // A definition that cannot be read compares by its ARN.
            m_taskDefinitions.insert(
                arn, reply->isOk() ? reply->json().value("taskDefinition"_L1).toObject() : QJsonObject());
            withTaskDefinitions(arns, then);
        });
        return;
    }
    then();
}

const Api::ServiceRevision* DeploymentsPane::selectedRevision() const
{
    const QTreeWidgetItem* item = m_timeline->currentItem();
    if (!item)
        return nullptr;
    const QString arn = item->data(arnColumn, Qt::UserRole).toString();
    for (const Api::ServiceDeployment& d : m_history.deployments) {
        if (d.arn == arn)
            return m_history.revision(d.targetRevisionArn());
    }
    return nullptr;
}

void DeploymentsPane::rollBack()
{
    if (!m_loader) {
        m_status->setText(tr("Select an active service to roll back."));
        Q_EMIT rollBackSent(false);
        return;
    }
    if (!m_loaded || m_loader->isLoading()) {
        m_rollBackWhenLoaded = true;
        if (!m_loader->isLoading())
            reload();
        return;
    }
    runRollBack();
}

void DeploymentsPane::runRollBack()
{
    // The selected deployment's revision when it is an earlier one; else the default plan.
    Models::RollbackPlan plan;
    if (!m_history.inProgress()) {
        if (const Api::ServiceRevision* chosen = selectedRevision())
            plan = Models::DeploymentHistory::planRollback(m_history, chosen->arn);
    }
    if (plan.kind == Models::RollbackPlan::Kind::None)
        plan = Models::DeploymentHistory::planRollback(m_history);
    if (plan.kind == Models::RollbackPlan::Kind::None) {
        m_status->setText(plan.problem);
        Q_EMIT rollBackSent(false);
        return;
    }
    const Api::ServiceRevision* from = m_history.revision(plan.fromRevisionArn);
    const Api::ServiceRevision* to = m_history.revision(plan.toRevisionArn);
    QStringList arns;
    if (from)
        arns.append(from->taskDefinition);
    if (to)
        arns.append(to->taskDefinition);
    const quint64 generation = m_generation;
    withTaskDefinitions(arns, [this, plan, generation] {
        if (generation != m_generation)
            return;
        const Api::ServiceRevision* from = m_history.revision(plan.fromRevisionArn);
        const Api::ServiceRevision* to = m_history.revision(plan.toRevisionArn);
        Models::DeploymentDiff diff;
        if (from && to)
            diff = Models::DeploymentHistory::compare(
                *from, m_taskDefinitions.value(from->taskDefinition), *to, m_taskDefinitions.value(to->taskDefinition));
        const QString target = to ? to->taskDefinitionName() : lastSegment(plan.toRevisionArn);
        const QString text = plan.kind == Models::RollbackPlan::Kind::StopDeployment
            ? tr("Deployment %1 of %2 is in progress. Stop it and roll back to %3?")
                  .arg(lastSegment(plan.deploymentArn), m_service,
                      target.isEmpty() ? tr("the previous revision") : target)
            : tr("Update %1 back to revision %2 (%3)?").arg(m_service, lastSegment(plan.toRevisionArn), target);
        const bool accepted
            = m_confirm ? m_confirm(tr("Roll Back"), text, diff) : defaultConfirm(tr("Roll Back"), text, diff);
        if (!accepted || !m_client) {
            Q_EMIT rollBackSent(false);
            return;
        }
        Api::AwsReply* reply = plan.kind == Models::RollbackPlan::Kind::StopDeployment
            ? Api::ServiceDeployments::stop(*m_client, plan.deploymentArn, Api::ServiceDeployments::StopType::Rollback)
            : m_client->updateService(m_cluster, m_service, plan.updateInput);
        m_status->setText(tr("Rolling back %1…").arg(m_service));
        send(reply, [this](Api::AwsReply* answer) {
            if (!answer->isOk()) {
                m_status->setText(
                    tr("Roll back failed: %1").arg(answer->error() ? answer->error()->toString() : QString()));
                Q_EMIT rollBackSent(false);
                return;
            }
            m_status->setText(tr("Rollback of %1 started.").arg(m_service));
            Q_EMIT rollBackSent(true);
            reload();
        });
    });
}

bool DeploymentsPane::defaultConfirm(const QString& title, const QString& text, const Models::DeploymentDiff& diff)
{
    QDialog dialog(this);
    dialog.setObjectName(u"rollBackDialog"_s);
    dialog.setWindowTitle(title);
    auto* layout = new QVBoxLayout(&dialog);
    auto* question = new QLabel(text, &dialog);
    question->setWordWrap(true);
    layout->addWidget(question);
    layout->addWidget(
        new QLabel(diff.isEmpty() ? tr("The two revisions do not differ.") : tr("What changes:"), &dialog));
    auto* view = new RevisionDiffView(&dialog);
    view->showChanges(diff.all(), diff.beforeLabel, diff.afterLabel);
    layout->addWidget(view, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, &dialog);
    QPushButton* accept = buttons->addButton(tr("&Roll Back"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true); // Enter does not roll back by accident
    accept->setAutoDefault(false);
    dialog.resize(720, 480);
    return dialog.exec() == QDialog::Accepted;
}

} // namespace EcsDesk::Ui
