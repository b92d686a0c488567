// SPDX-License-Identifier: MIT
#include "ui/sessioncontroller.h"

#include "api/auth/connection.h"
#include "api/ecs/clustersnapshot.h"
#include "api/ecs/clustersnapshotloader.h"
#include "models/clustermodel.h"
#include "models/taskmodel.h"
#include "ui/appsettings.h"
#include "ui/clustersession.h"
#include "ui/connectioncontroller.h"
#include "ui/connectiondialog.h"
#include "ui/deploymentprogress.h"
#include "ui/messagebar.h"
#include "ui/navigator.h"
#include "ui/pagearea.h"
#include "ui/pages/clusterpage.h"
#include "ui/pages/servicepage.h"
#include "ui/pages/taskdefinitionpage.h"
#include "ui/pages/taskpage.h"
#include "ui/panewidget.h"
#include "ui/taskdefinitioneditorhost.h"

#include <QLocale>
#include <QMainWindow>
#include <QMessageBox>
#include <QStatusBar>
#include <QTimer>

namespace EcsDesk::Ui {

namespace {
    /// A cluster's name from its ARN or name (the open cluster is known by name until loaded).
    QString clusterName(const QString& arnOrName) { return arnOrName.section(QLatin1Char('/'), -1); }
} // namespace

SessionController::SessionController(Navigator* navigator, QWidget* window)
    : QObject(window)
    , m_window(window)
    , m_navigator(navigator)
    , m_refreshTimer(new QTimer(this))
    , m_deployments(new DeploymentProgress(this))
{
    // An automatic refresh never cancels a load still running (a large cluster could otherwise
    // never finish); F5 does restart it.
    m_refreshTimer->setObjectName(QStringLiteral("refreshTimer"));
    connect(m_refreshTimer, &QTimer::timeout, this, [this] {
        if (!isLoading())
            refresh();
    });
    // While a deployment of the open cluster is under way, refresh every few seconds; back to the
    // chosen interval when it is done.
    connect(m_deployments, &DeploymentProgress::changed, this, &SessionController::updateRefreshTimer);
    connect(&AppSettings::instance(), &AppSettings::refreshIntervalChanged, this, [this](int seconds) {
        m_refreshSeconds = seconds;
        updateRefreshTimer();
    });
    m_refreshSeconds = AppSettings::instance().refreshIntervalSeconds();
    updateRefreshTimer();
    connect(navigator, &Navigator::selected, this, &SessionController::onNavigatorSelection);
    connect(&ConnectionRegions::instance(), &ConnectionRegions::changed, this, [this](const QString& connection) {
        if (m_session && connection == m_session->connection().profile)
            showRegions();
    });
}

SessionController::~SessionController() { closeSession(); }

void SessionController::setPages(PageArea* pages, ConnectionController* connections, TaskDefinitionEditorHost* editors)
{
    m_pages = pages;
    m_connections = connections;
    m_editors = editors;
    connect(pages, &PageArea::snapshotApplied, this, &SessionController::onSnapshotApplied);
    connect(editors, &TaskDefinitionEditorHost::refreshWanted, this, &SessionController::refresh);
}

void SessionController::closeSession()
{
    if (!m_session)
        return;
    Q_EMIT sessionClosing();
    delete m_session; // cancels everything it had in flight
}

ClusterSession* SessionController::session() const { return m_session; }

void SessionController::setSession(ClusterSession* session, QTreeWidgetItem* connectionItem)
{
    closeSession();
    session->setParent(this);
    m_session = session;
    m_sessionItem = connectionItem;
    m_clusterArn.clear();
    m_shownClusterArn.clear();
    m_pages->setSession(session);
    m_pages->clearMessages(true); // they were about the previous connection
    m_deployments->clear();
    connect(session, &ClusterSession::clustersLoaded, this, &SessionController::onClustersLoaded);
    connect(session, &ClusterSession::snapshotLoaded, this, &SessionController::onSnapshot);
    connect(session, &ClusterSession::servicesLoaded, this, &SessionController::onServicesLoaded);
    connect(session, &ClusterSession::servicesArrived, this, &SessionController::onServicesArrived);
    connect(session, &ClusterSession::tasksArrived, this, &SessionController::onTasksArrived);
    connect(session, &ClusterSession::snapshotProgress, this, &SessionController::onSnapshotProgress);
    connect(session, &ClusterSession::tasksConverted, this, [this](const QVariant& rows) {
        if (m_session && isOpenCluster(m_session->currentCluster()))
            m_pages->find<TaskPage>()->model()->addRows(rows);
    });
    connect(session, &ClusterSession::snapshotCancelled, this, &SessionController::abandonTaskStream);
    connect(session, &ClusterSession::snapshotFailed, this, &SessionController::abandonTaskStream);
    connect(session, &ClusterSession::loadingChanged, this, &SessionController::loadingChanged);
    session->loadClusters();
    Q_EMIT changed();
    // After a crash, unsaved task definitions come back once there is a connection to use.
    m_editors->offerRecoveryOnce();
}

void SessionController::onClustersLoaded(const QList<Api::Cluster>& clusters)
{
    auto* clusterPage = m_pages->find<ClusterPage>();
    clusterPage->model()->applySnapshot(clusters);
    if (!m_sessionItem)
        return;
    // Resolve a cluster selected by name before the list was known.
    if (!m_clusterArn.isEmpty() && !m_clusterArn.startsWith(QLatin1String("arn:"))) {
        for (const Api::Cluster& cluster : clusters) {
            if (cluster.name == m_clusterArn)
                m_clusterArn = cluster.arn;
        }
    }
    showRegions();
    m_navigator->setClusters(
        m_sessionItem, QString::fromLatin1(m_session->connection().region), clusters, m_clusterArn);
    Q_EMIT clustersListed();
    Q_EMIT changed();
}

void SessionController::showRegions()
{
    if (!m_session || !m_sessionItem)
        return;
    // The regions enabled for the connection (issue 24), and the one in use whatever they are.
    const QString region = QString::fromLatin1(m_session->connection().region);
    QStringList regions = ConnectionRegions::instance().enabled(m_session->connection().profile, region);
    if (!regions.contains(region))
        regions.prepend(region);
    m_navigator->setRegions(m_sessionItem, regions);
}

void SessionController::selectCluster(const QString& cluster)
{
    if (!m_session || cluster.isEmpty())
        return;
    auto* clusterPage = m_pages->find<ClusterPage>();
    QString arn = cluster;
    if (clusterPage->model()->rowOfKey(cluster) < 0) {
        for (const Api::Cluster& c : clusterPage->model()->rows()) {
            if (c.name == cluster)
                arn = c.arn;
        }
    }
    if (clusterName(m_clusterArn) != clusterName(arn))
        leaveCluster();
    m_clusterArn = arn;
    clusterPage->pane()->selectArn(arn);
    m_navigator->showCluster(arn); // without re-entering
    loadOpenCluster();
    Q_EMIT changed();
}

void SessionController::onNavigatorSelection(QTreeWidgetItem* connectionItem, const QString& clusterArn)
{
    m_connections->use(connectionItem);
    auto* clusterPage = m_pages->find<ClusterPage>();
    if (!clusterArn.isEmpty()) {
        selectCluster(clusterArn);
        if (m_pages->currentPage() == clusterPage)
            showPage(ClusterPage::openedPage());
    } else if (m_session) {
        m_session->cancel(); // switching away cancels the cluster's loads
        if (!m_clusterArn.isEmpty())
            leaveCluster();
        m_clusterArn.clear();
        m_pages->show(clusterPage);
        Q_EMIT changed();
    }
}

void SessionController::leaveCluster()
{
    // Nothing of the cluster left stays on show (rows, details, messages, deployments), so no
    // action can pick up one of its rows while the next cluster loads.
    m_pages->clearMessages(false);
    m_deployments->clear();
    m_shownClusterArn.clear();
    m_pages->clear(m_pages->find<ClusterPage>());
    Q_EMIT changed();
}

bool SessionController::isOpenCluster(const QString& cluster) const
{
    return !m_clusterArn.isEmpty() && clusterName(cluster) == clusterName(m_clusterArn);
}

void SessionController::onServicesLoaded(const Api::ClusterSnapshot& partial)
{
    if (partial.cluster.arn != m_clusterArn && partial.cluster.name != m_clusterArn)
        return;
    // Services before tasks: a big cluster's Services pane is usable while its tasks load. The
    // pages still to come were emptied when the cluster was opened (leaveCluster()), so the whole
    // snapshot then merges into them without another reset, keeping what the user selected here.
    const bool reset = partial.cluster.arn != m_shownClusterArn;
    m_clusterArn = partial.cluster.arn;
    m_shownClusterArn = partial.cluster.arn;
    m_expectedTasks = partial.cluster.runningTasksCount + partial.cluster.pendingTasksCount;
    m_partialServices = false;
    m_pages->find<ServicePage>()->applySnapshot(partial, reset);
    Q_EMIT changed();
}

void SessionController::onServicesArrived(const QList<Api::Service>& soFar)
{
    if (soFar.isEmpty() || !isOpenCluster(soFar.first().clusterArn))
        return;
    const QString arn = soFar.first().clusterArn;
    const bool reset = arn != m_shownClusterArn;
    // A refresh keeps the complete list on show until the new one is complete (a part of it would
    // take away the rows not described yet, and the user's selection with them).
    if (!reset && !m_partialServices)
        return;
    m_partialServices = true;
    m_clusterArn = arn;
    m_shownClusterArn = arn; // the rest of the load merges into what is on show
    Api::ClusterSnapshot partial;
    partial.services = soFar;
    m_pages->find<ServicePage>()->applySnapshot(partial, reset);
}

void SessionController::onTasksArrived(const QList<Api::Task>& tasks)
{
    if (!m_session || !isOpenCluster(m_session->currentCluster()))
        return;
    Models::TaskModel* model = m_pages->find<TaskPage>()->model();
    if (!model->isStreaming())
        model->beginLoad(clusterName(m_shownClusterArn) != clusterName(m_clusterArn));
    model->addTasks(tasks);
}

void SessionController::onSnapshotProgress(const Api::SnapshotProgress& progress)
{
    if (!m_announceLoading || !progress.servicesLoaded || !m_session || !isOpenCluster(m_session->currentCluster()))
        return;
    // Of how many: the tasks listed so far, at least the running and pending ones the cluster counts.
    const QLocale locale;
    m_loadingText
        = tr("Loading tasks… %1 of %2")
              .arg(locale.toString(progress.tasks), locale.toString(std::max(m_expectedTasks, progress.tasksListed)));
    if (auto* window = qobject_cast<QMainWindow*>(m_window))
        window->statusBar()->showMessage(m_loadingText);
}

void SessionController::abandonTaskStream()
{
    m_pages->find<TaskPage>()->model()->cancelLoad();
    if (m_loadingText.isEmpty())
        return;
    m_loadingText.clear();
    if (auto* window = qobject_cast<QMainWindow*>(m_window))
        window->statusBar()->clearMessage();
}

void SessionController::onSnapshot(const Api::ClusterSnapshot& snapshot)
{
    // Only the answer for the cluster still selected counts.
    if (snapshot.cluster.arn != m_clusterArn && snapshot.cluster.name != m_clusterArn)
        return;
    m_loadingText.clear();
    if (auto* window = qobject_cast<QMainWindow*>(m_window))
        window->statusBar()->clearMessage();
    m_clusterArn = snapshot.cluster.arn;
    m_deployments->setServices(snapshot.services);
    const bool reset = snapshot.cluster.arn != m_shownClusterArn;
    m_shownClusterArn = snapshot.cluster.arn;
    // The tasks are converted and diffed on a worker thread; onSnapshotApplied() finishes the refresh.
    m_pages->applySnapshot(snapshot, reset);
    Q_EMIT changed();
}

void SessionController::onSnapshotApplied()
{
    ++m_snapshotsApplied;
    Q_EMIT updated(QDateTime::currentDateTimeUtc());
    Q_EMIT changed();
}

void SessionController::refresh()
{
    if (!m_session)
        return;
    m_session->loadClusters();
    if (!m_clusterArn.isEmpty())
        loadOpenCluster();
    Q_EMIT changed();
}

void SessionController::loadOpenCluster()
{
    abandonTaskStream(); // a load still running is restarted
    Models::TaskModel* model = m_pages->find<TaskPage>()->model();
    m_announceLoading = clusterName(m_shownClusterArn) != clusterName(m_clusterArn);
    model->beginLoad(m_announceLoading);
    m_session->setTaskConverter(model->batchConverter());
    m_session->loadCluster(m_clusterArn);
}

bool SessionController::isLoading() const { return (m_session && m_session->isLoading()) || m_pages->isLoading(); }

void SessionController::updateRefreshTimer()
{
    if (m_refreshSeconds <= 0) {
        m_refreshTimer->stop(); // auto-refresh off: deployments too are refreshed by hand
        return;
    }
    int interval = m_refreshSeconds * 1000;
    if (m_deployments->inProgress())
        interval = std::min(interval, DeploymentProgress::refreshIntervalMs);
    if (!m_refreshTimer->isActive() || m_refreshTimer->interval() != interval)
        m_refreshTimer->start(interval);
}

ResourcePage* SessionController::page(const QString& name) const { return m_pages->page(name); }

PaneWidget* SessionController::showPage(const QString& name)
{
    ResourcePage* p = m_pages->page(name);
    m_pages->show(p);
    return p ? p->pane() : nullptr;
}

bool SessionController::isCurrent(const QPointer<ClusterSession>& session, const QString& cluster) const
{
    return session && session == m_session && clusterName(cluster) == clusterName(m_clusterArn);
}

void SessionController::runAction(PaneWidget* pane, Api::AwsReply* reply, const QString& done)
{
    if (!m_session) {
        reply->deleteLater();
        return;
    }
    // The session's guard drops the answer once the user has moved on to another session, and
    // the pane as context once the pane is gone; the guard deletes the reply either way.
    const QString cluster = clusterName(m_clusterArn);
    const bool aboutConnection = pane == m_pages->connectionPane();
    m_session->replies().watch(reply, pane, [this, pane, done, cluster, aboutConnection](Api::AwsReply* finished) {
        // A message about one cluster never shows while another is open (the clusters pane's
        // messages are about the connection).
        if (!aboutConnection && clusterName(m_clusterArn) != cluster)
            return;
        if (!finished->isOk()) {
            pane->messageBar()->showMessage(Api::replyErrorText(finished), MessageBar::Kind::Error);
            return;
        }
        pane->messageBar()->showSuccess(done);
        refresh();
    });
}

bool SessionController::confirm(const QString& title, const QString& text)
{
    return QMessageBox::question(m_window, title, text, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        == QMessageBox::Yes;
}

QStringList SessionController::knownTaskDefinitions() const
{
    const auto* definitions = m_pages->find<TaskDefinitionPage>();
    return definitions ? definitions->knownTaskDefinitions() : QStringList();
}

void SessionController::withTaskDefinitionChoices(
    PaneWidget* pane, std::function<void(const QStringList& choices, const QString& selected)> then)
{
    if (!m_session)
        return;
    // The account's ACTIVE revisions, whichever cluster uses them; newest first per family.
    const ResourcePage* current = m_pages->currentPage();
    const QString selected = current ? current->selectedTaskDefinition() : QString();
    QPointer<ClusterSession> session(m_session);
    const QString cluster = m_clusterArn;
    m_session->listTaskDefinitionArns({}, QStringLiteral("ACTIVE"),
        [this, pane, session, cluster, selected, then](
            const QStringList& arns, const std::optional<Api::AwsError>& error) {
            if (!isCurrent(session, cluster))
                return; // the user has moved on: no dialog for a cluster left
            QStringList choices;
            if (error) {
                pane->messageBar()->showMessage(
                    tr("Listing the task definitions failed: %1").arg(error->toString()), MessageBar::Kind::Error);
                choices = knownTaskDefinitions();
            } else {
                choices = ClusterSession::newestFirst(arns);
            }
            QString preselected = selected;
            if (!preselected.isEmpty() && !preselected.contains(QLatin1Char(':'))) {
                // A family: its newest ACTIVE revision.
                for (const QString& choice : std::as_const(choices)) {
                    if (choice.section(QLatin1Char(':'), 0, 0) == preselected) {
                        preselected = choice;
                        break;
                    }
                }
            }
            then(choices, preselected);
        });
}

void SessionController::editTaskDefinition(const Api::TaskDefinition* definition) { m_editors->open(definition); }

} // namespace EcsDesk::Ui
