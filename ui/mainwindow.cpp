// SPDX-License-Identifier: MIT
#include "ui/mainwindow.h"

#include "api/auth/connection.h"
#include "models/consoleurl.h"
#include "ui/actionregistry.h"
#include "ui/appsettings.h"
#include "ui/clustersession.h"
#include "ui/connectioncontroller.h"
#include "ui/deploymentprogress.h"
#include "ui/detailspane.h"
#include "ui/ecr/ecrrepositoriesview.h"
#include "ui/navigator.h"
#include "ui/observeditemcontroller.h"
#include "ui/pagearea.h"
#include "ui/pages/clusterpage.h"
#include "ui/pages/containerinstancepage.h"
#include "ui/pages/servicepage.h"
#include "ui/pages/taskdefinitionpage.h"
#include "ui/pages/taskpage.h"
#include "ui/panewidget.h"
#include "ui/preferencesdialog.h"
#include "ui/sessioncontroller.h"
#include "ui/taskdefinitioneditorhost.h"
#include "ui/windowstatus.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDockWidget>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>

namespace EcsDesk::Ui {

using namespace Qt::Literals::StringLiterals;

MainWindow::MainWindow(QWidget* parent)
    : MainWindow(Options {}, parent)
{
}

MainWindow::MainWindow(const Options& options, QWidget* parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("ECS Desk"));
    createNavigator();
    m_sessions = new SessionController(m_navigator, this);
    createCentralArea();
    m_connections = new ConnectionController(m_navigator, m_sessions, m_pages->connectionPane()->messageBar(), this);
    m_editors = new TaskDefinitionEditorHost(m_sessions, m_pages, this);
    m_editors->setOfferRecovery(options.offerEditorRecovery);
    m_sessions->setPages(m_pages, m_connections, m_editors);
    m_actions = new ActionRegistry(this);
    declareWindowActions();
    m_pages->declareActions(*m_actions);
    createMenus();

    m_status = new WindowStatus(
        statusBar(), [this] { return isLoading(); }, this);
    connect(m_sessions->deployments(), &DeploymentProgress::changed, this, [this] {
        m_status->setDeployment(m_sessions->deployments()->summary(), m_sessions->deployments()->inProgress());
    });
    connect(m_sessions, &SessionController::updated, m_status, &WindowStatus::setUpdatedAt);
    connect(m_sessions, &SessionController::loadingChanged, m_status, &WindowStatus::update);
    connect(m_sessions, &SessionController::changed, this, [this] {
        showDetails();
        updateActions();
    });
    connect(m_sessions, &SessionController::sessionClosing, m_observed, &ObservedItemController::clear);
    connect(m_sessions, &SessionController::clustersListed, this, &MainWindow::fitNavigatorToNames);
    connect(&AppSettings::instance(), &AppSettings::readOnlyConnectionsChanged, this, &MainWindow::updateActions);

    resize(1280, 800);
    restoreGeometry(AppSettings::instance().windowGeometry());
    restoreState(AppSettings::instance().windowState(), AppSettings::windowStateVersion);
    m_splitter->restoreState(AppSettings::instance().splitterState());

    if (options.startLocal)
        m_connections->startLocal(options.localDataDir, options.localSeed);
    if (options.listProfiles) {
        m_navigator->addProfiles();
        m_connections->addCustomConnections();
    }
    updateActions();
}

MainWindow::~MainWindow()
{
    m_observed->clear(); // the panes let go of the session's clients first
    m_sessions->closeSession(); // cancels its calls before the endpoint goes
    delete m_connections; // stops the endpoint in its thread
}

void MainWindow::createNavigator()
{
    m_navigator = new Navigator(this);
    auto* dock = new QDockWidget(tr("Navigator"), this);
    dock->setObjectName(QStringLiteral("navigatorDock"));
    dock->setWidget(m_navigator);
    addDockWidget(Qt::LeftDockWidgetArea, dock);
}

void MainWindow::createCentralArea()
{
    m_pages = new PageArea(m_sessions, this);
    m_details = new DetailsPane(this);
    m_observed = new ObservedItemController(m_details, m_sessions, this);
    m_pages->connectDetails(m_details);
    connect(m_pages, &PageArea::currentChanged, this, [this] {
        showDetails();
        updateActions();
    });
    connect(m_pages, &PageArea::selectionChanged, this, &MainWindow::updateActions);
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_pages->tabs());
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    setCentralWidget(m_splitter);
}

void MainWindow::declareWindowActions()
{
    const auto connected = [](const Selection& s) { return s.connected; };
    const auto pane = [this](auto call) {
        return [this, call] {
            if (PaneWidget* p = m_pages->currentPane())
                call(p);
        };
    };
    m_actions->declare({ u"refresh"_s, tr("&Refresh"), { QKeySequence::Refresh, QKeySequence(Qt::CTRL | Qt::Key_R) },
        connected, [this] { refresh(); } });
    m_actions->declare({ u"commandPalette"_s, tr("&Go to…"), { QKeySequence(Qt::CTRL | Qt::Key_K) }, {},
        [this] { m_pages->showCommandPalette(*m_actions, this); }, {}, false });
    m_actions->declare({ u"exportCsv"_s, tr("Export Pane as &CSV…"), {}, {},
        pane([this](PaneWidget* p) { p->exportToFile(PaneWidget::ExportFormat::Csv, this); }) });
    m_actions->declare({ u"exportJson"_s, tr("Export Pane as &JSON…"), {}, {},
        pane([this](PaneWidget* p) { p->exportToFile(PaneWidget::ExportFormat::Json, this); }) });
    m_actions->declare({ u"copyArn"_s, tr("Copy &ARN"), { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C) }, {},
        pane([](PaneWidget* p) { p->copyArn(); }) });
    m_actions->declare({ u"openInConsole"_s, tr("Open in AWS &Console"), {},
        [this](const Selection& s) { return s.connected && consoleUrl().isValid(); },
        [this] {
            const QUrl url = consoleUrl();
            if (url.isValid())
                QDesktopServices::openUrl(url);
        } });
    m_actions->declare({ u"copyJson"_s, tr("Copy &JSON"), { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J) }, {},
        pane([](PaneWidget* p) { p->copyJson(); }) });
    m_actions->declare({ u"focusFilter"_s, tr("&Filter"), { QKeySequence::Find }, {},
        pane([](PaneWidget* p) { p->filterEdit()->setFocus(Qt::ShortcutFocusReason); }), {}, false });
    m_actions->declare({ u"newConnection"_s, tr("New &Connection…"), { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O) },
        {}, [this] { m_connections->editConnection(nullptr); } });
    const QKeySequence preferencesKey = QKeySequence(QKeySequence::Preferences).isEmpty()
        ? QKeySequence(Qt::CTRL | Qt::Key_Comma)
        : QKeySequence(QKeySequence::Preferences);
    m_actions
        ->declare({ u"preferences"_s, tr("&Preferences…"), { preferencesKey }, {},
            [this] {
                PreferencesDialog dialog(this);
                dialog.exec();
            } })
        ->setMenuRole(QAction::PreferencesRole);
    m_actions->declare({ u"showRepositories"_s, tr("ECR &Repositories"),
        { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E) }, connected, [this] { showRepositories(); } });
    m_actions->declare({ u"quit"_s, tr("&Quit"), { QKeySequence::Quit }, {}, [this] { close(); }, {}, false })
        ->setMenuRole(QAction::QuitRole);
    m_actions->declare({ u"about"_s, tr("&About ECS Desk"), {}, {}, [this] { showAbout(); }, {}, false })
        ->setMenuRole(QAction::AboutRole);
}

void MainWindow::showRepositories()
{
    ClusterSession* session = m_sessions->session();
    if (!session)
        return;
    // A window of its own on the connection in use; "Used by" follows the open cluster's snapshots.
    auto* view = new EcrRepositoriesView(this); // goes with the window
    view->setWindowFlag(Qt::Window);
    view->setAttribute(Qt::WA_DeleteOnClose);
    view->setWindowTitle(tr("ECR Repositories"));
    view->resize(1100, 700);
    connect(session, &ClusterSession::snapshotLoaded, view,
        [view](const Api::ClusterSnapshot& snapshot) { view->setUsage(snapshot.taskDefinitions, snapshot.services); });
    connect(session, &QObject::destroyed, view, &QWidget::close);
    view->setClient(Api::EcrClient(session->client().config()));
    view->show();
}

void MainWindow::createMenus()
{
    m_actions->addTo(menuBar()->addMenu(tr("&File")),
        { u"newConnection"_s, u"-"_s, u"exportCsv"_s, u"exportJson"_s, u"-"_s, u"quit"_s });
    m_actions->addTo(menuBar()->addMenu(tr("&Edit")),
        { u"copyArn"_s, u"copyJson"_s, u"openInConsole"_s, u"focusFilter"_s, u"-"_s, u"preferences"_s });
    QMenu* viewMenu = menuBar()->addMenu(tr("&View"));
    m_actions->addTo(viewMenu, { u"refresh"_s, u"commandPalette"_s, u"showRepositories"_s });
    QMenu* intervalMenu = viewMenu->addMenu(tr("&Auto-refresh"));
    auto* intervals = new QActionGroup(this);
    for (int seconds : { 0, 5, 15, 30, 60, 300 }) {
        QAction* choice = intervalMenu->addAction(seconds == 0 ? tr("Off") : tr("Every %1 s").arg(seconds));
        choice->setCheckable(true);
        choice->setChecked(seconds == AppSettings::instance().refreshIntervalSeconds());
        intervals->addAction(choice);
        connect(choice, &QAction::triggered, this,
            [seconds] { AppSettings::instance().setRefreshIntervalSeconds(seconds); });
        connect(&AppSettings::instance(), &AppSettings::refreshIntervalChanged, choice,
            [choice, seconds](int now) { choice->setChecked(now == seconds); });
    }
    m_pages->addMenus(menuBar(), *m_actions);
    m_actions->addTo(menuBar()->addMenu(tr("&Help")), { u"about"_s });

    QToolBar* toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_actions->addTo(toolbar, QStringList { u"refresh"_s } + m_pages->toolbarActionIds());
}

void MainWindow::fitNavigatorToNames()
{
    // Without a saved layout the dock grows to the names it lists (in the user's language), up to a
    // third of the window, until the user sizes it: their width wins from then on.
    if (!AppSettings::instance().windowState().isEmpty())
        return;
    auto* dock = findChild<QDockWidget*>(QStringLiteral("navigatorDock"));
    if (!dock || dock->width() < m_navigatorWidth) // narrowed by the user since
        return;
    const int wanted = std::min(
        static_cast<const QAbstractItemView*>(m_navigator)->sizeHintForColumn(0) + 2 * m_navigator->frameWidth() + 8,
        std::max(width() / 3, 200));
    if (wanted > dock->width())
        resizeDocks({ dock }, { wanted }, Qt::Horizontal);
    m_navigatorWidth = dock->width();
}

void MainWindow::showDetails()
{
    if (!m_observed)
        return; // still being built
    const ResourcePage* page = m_pages->currentPage();
    m_observed->follow(page ? page->observedItem() : ObservedItem {});
    m_pages->showDetails(m_details);
}

void MainWindow::updateActions()
{
    if (!m_actions || !m_status)
        return; // still being built
    ClusterSession* session = m_sessions->session();
    const bool readOnly = isReadOnly();
    m_actions->setReadOnly(readOnly);
    if (m_observed)
        m_observed->setReadOnly(readOnly);
    m_actions->updateEnabled({ session != nullptr, m_sessions->openCluster() });
    m_status->update();
    // The title names the cluster the actions act on (the open one), and its connection.
    const QString cluster = m_sessions->openCluster().section(QLatin1Char('/'), -1);
    const QString readOnlyMark = readOnly ? tr(" [read-only]", "window title of a read-only connection") : QString();
    if (!session) {
        setWindowTitle(tr("ECS Desk") + readOnlyMark);
        return;
    }
    const QString profile = session->connection().profile;
    const QString region = QString::fromLatin1(session->connection().region);
    m_status->setConnection(readOnly
            ? tr("%1 — %2 — read-only", "status bar: connection — region — read-only").arg(profile, region)
            : tr("%1 — %2").arg(profile, region));
    if (cluster.isEmpty())
        setWindowTitle(tr("%1 (%2) — ECS Desk", "connection (region)").arg(profile, region) + readOnlyMark);
    else
        setWindowTitle(tr("%1 — %2 (%3) — ECS Desk", "cluster — connection (region)").arg(cluster, profile, region)
            + readOnlyMark);
}

QUrl MainWindow::consoleUrl() const
{
    const PaneWidget* pane = m_pages ? m_pages->currentPane() : nullptr;
    return pane ? Models::ConsoleUrl::forArn(pane->currentArn(), m_sessions->openCluster()) : QUrl();
}

void MainWindow::setReadOnly(bool readOnly)
{
    m_forceReadOnly = readOnly;
    updateActions();
}

bool MainWindow::isReadOnly() const
{
    if (m_forceReadOnly)
        return true;
    const ClusterSession* session = m_sessions->session();
    return session && AppSettings::instance().isReadOnlyConnection(session->connection().profile);
}

Models::ClusterModel* MainWindow::clusterModel() const { return m_pages->find<ClusterPage>()->model(); }
Models::ServiceModel* MainWindow::serviceModel() const { return m_pages->find<ServicePage>()->model(); }
Models::TaskModel* MainWindow::taskModel() const { return m_pages->find<TaskPage>()->model(); }
Models::StoppedTaskGroupModel* MainWindow::stoppedTaskGroups() const
{
    return m_pages->find<TaskPage>()->stoppedGroups();
}
Models::ContainerInstanceModel* MainWindow::containerInstanceModel() const
{
    return m_pages->find<ContainerInstancePage>()->model();
}
Models::TaskDefinitionTreeModel* MainWindow::taskDefinitionModel() const
{
    return m_pages->find<TaskDefinitionPage>()->model();
}
MetricsPane* MainWindow::metricsPane() const { return m_observed->metricsPane(); }
LogsPane* MainWindow::logsPane() const { return m_observed->logsPane(); }
Local::LocalEndpoint* MainWindow::localEndpoint() const { return m_connections->localEndpoint(); }
QAction* MainWindow::action(const QString& id) const { return m_actions->action(id); }
QString MainWindow::currentCluster() const { return m_sessions->openCluster(); }
void MainWindow::selectCluster(const QString& cluster) { m_sessions->selectCluster(cluster); }
void MainWindow::refresh() { m_sessions->refresh(); }
bool MainWindow::isLoading() const { return m_sessions->isLoading(); }
int MainWindow::snapshotsApplied() const { return m_sessions->snapshotsApplied(); }
void MainWindow::showPane(PaneWidget* pane) { m_pages->tabs()->setCurrentWidget(pane); }
bool MainWindow::isPaneName(const QString& name) { return PageArea::isPaneName(name); }

QStringList MainWindow::paneNames() { return PageArea::paneNames(); }

QString MainWindow::unknownPaneMessage(const QString& name)
{
    //: %1: the name given to --pane; %2: the pane names it accepts, comma-separated
    return tr("Unknown pane %1: use one of %2.").arg(name, PageArea::paneNames().join(QStringLiteral(", ")));
}

TaskDefinitionEditor* MainWindow::openTaskDefinitionEditor(const Api::TaskDefinition* definition)
{
    return m_editors->open(definition);
}

PaneWidget* MainWindow::paneNamed(const QString& name) const
{
    const ResourcePage* page = m_pages->pageForPaneName(name);
    return page ? page->pane() : nullptr;
}

QString MainWindow::start(const StartOptions& start)
{
    if (start.readOnly)
        setReadOnly(true);
    QString problem;
    PaneWidget* pane = nullptr;
    if (!start.pane.isEmpty()) {
        pane = paneNamed(start.pane);
        if (!pane)
            problem = unknownPaneMessage(start.pane);
    }
    if (!start.profile.isEmpty())
        openProfile(start.profile, start.region, start.endpointUrl);
    if (start.onlyStopped)
        m_pages->find<TaskPage>()->setOnlyStopped(true);
    if (!start.cluster.isEmpty())
        selectCluster(start.cluster);
    if (pane)
        showPane(pane); // after the cluster, which would show its services
    return problem;
}

void MainWindow::openProfile(const QString& profile, const QString& region, const QUrl& endpointUrl)
{
    // The profile's item from the AWS config, or one made for it.
    m_navigator->setCurrentItem(m_navigator->profileItem(profile, region, endpointUrl)); // selecting it connects
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About ECS Desk"),
        tr("<h3>ECS Desk %1</h3><p>A native desktop cluster manager for Amazon ECS.</p>")
            .arg(QStringLiteral(ECSDESK_VERSION)));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    AppSettings::instance().saveWindow(
        saveGeometry(), saveState(AppSettings::windowStateVersion), m_splitter->saveState());
    event->accept();
}

} // namespace EcsDesk::Ui
