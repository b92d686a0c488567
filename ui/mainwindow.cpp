// SPDX-License-Identifier: MIT
#include "ui/mainwindow.h"

#include "api/auth/awsconfigfile.h"
#include "api/auth/connection.h"
#include "api/auth/keychaincredentialstore.h"
#include "host/embeddedendpoint.h"
#include "models/clustermodel.h"
#include "models/containerinstancemodel.h"
#include "models/panefilterproxymodel.h"
#include "models/servicemodel.h"
#include "models/stoppedtaskgroupmodel.h"
#include "models/taskdefinitiontreemodel.h"
#include "models/taskmodel.h"
#include "ui/actiondialogs.h"
#include "ui/actionregistry.h"
#include "ui/appsettings.h"
#include "ui/clustersession.h"
#include "ui/commandpalette.h"
#include "ui/connectiondialog.h"
#include "ui/deploymentprogress.h"
#include "ui/detailspane.h"
#include "ui/editor/taskdefinitioneditor.h"
#include "ui/fulltextdelegate.h"
#include "ui/logs/logspane.h"
#include "ui/messagebar.h"
#include "ui/metrics/metricspane.h"
#include "ui/navigator.h"
#include "ui/pages/clusterpage.h"
#include "ui/pages/containerinstancepage.h"
#include "ui/pages/servicepage.h"
#include "ui/pages/taskdefinitionpage.h"
#include "ui/pages/taskpage.h"
#include "ui/panewidget.h"
#include "ui/preferencesdialog.h"
#include "ui/ssologindialog.h"

#include <QActionGroup>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QTreeWidget>

namespace EcsDesk::Ui {

using namespace Qt::Literals::StringLiterals;

namespace {

    /// A cluster's name from its ARN or name (the open cluster is known by name until loaded).
    QString clusterName(const QString& arnOrName) { return arnOrName.section(QLatin1Char('/'), -1); }

    /// How long a success message stays before it fades (errors stay).
    constexpr int successMessageMs = 6000;

    /// Shows a success message that fades after a while, unless another message replaced it.
    void showSuccess(MessageBar* bar, const QString& text)
    {
        const int serial = bar->property("ecsdeskMessageSerial").toInt() + 1;
        bar->setProperty("ecsdeskMessageSerial", serial);
        bar->showMessage(text, MessageBar::Kind::Information);
        QTimer::singleShot(successMessageMs, bar, [bar, serial] {
            if (bar->property("ecsdeskMessageSerial").toInt() == serial && bar->kind() == MessageBar::Kind::Information)
                bar->hide();
        });
    }
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : MainWindow(Options {}, parent)
{
}

MainWindow::MainWindow(const Options& options, QWidget* parent)
    : QMainWindow(parent)
    , m_refreshTimer(new QTimer(this))
    , m_tickTimer(new QTimer(this))
    , m_deployments(new DeploymentProgress(this))
    , m_offerEditorRecovery(options.offerEditorRecovery)
{
    setWindowTitle(tr("ECS Desk"));
    createPanes();
    connect(m_taskModel, &Models::TaskModel::snapshotApplied, this, &MainWindow::onTasksApplied);
    createNavigator();
    createActions();

    m_connectionLabel = new QLabel(tr("Not connected"), this);
    m_connectionLabel->setObjectName(QStringLiteral("connectionState"));
    m_updatedLabel = new QLabel(this);
    m_updatedLabel->setObjectName(QStringLiteral("updatedLabel"));
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(80);
    m_busy->setMaximumHeight(12);
    m_busy->setToolTip(tr("Loading…"));
    m_busy->hide();
    m_deploymentLabel = new QLabel(this);
    m_deploymentLabel->setObjectName(QStringLiteral("deploymentProgress"));
    m_deploymentLabel->hide();
    statusBar()->addWidget(m_connectionLabel, 1);
    statusBar()->addWidget(m_deploymentLabel);
    statusBar()->addPermanentWidget(m_busy);
    statusBar()->addPermanentWidget(m_updatedLabel);

    // An automatic refresh never cancels a load still running (a large cluster could otherwise
    // never finish); F5 does restart it.
    m_refreshTimer->setObjectName(QStringLiteral("refreshTimer"));
    // While a deployment of the open cluster is under way, refresh every few seconds and say how
    // it goes; back to the chosen interval when it is done.
    connect(m_deployments, &DeploymentProgress::changed, this, [this] {
        m_deploymentLabel->setText(m_deployments->summary());
        m_deploymentLabel->setVisible(m_deployments->inProgress());
        updateRefreshTimer();
    });
    connect(m_refreshTimer, &QTimer::timeout, this, [this] {
        if (!isLoading())
            refresh();
    });
    m_tickTimer->setInterval(1000);
    connect(m_tickTimer, &QTimer::timeout, this, &MainWindow::updateStatus);
    m_tickTimer->start();
    connect(&AppSettings::instance(), &AppSettings::refreshIntervalChanged, this, &MainWindow::applyRefreshInterval);
    applyRefreshInterval(AppSettings::instance().refreshIntervalSeconds());

    resize(1280, 800);
    restoreGeometry(AppSettings::instance().windowGeometry());
    restoreState(AppSettings::instance().windowState(), AppSettings::windowStateVersion);
    m_splitter->restoreState(AppSettings::instance().splitterState());

    if (options.startLocal)
        startLocalEndpoint(options);
    if (options.listProfiles) {
        m_navigator->addProfiles();
        addCustomConnections();
    }
    updateActions();
    updateStatus();
}

MainWindow::~MainWindow()
{
    clearObservedItem(); // the panes let go of the session's clients first
    delete m_session; // cancels its calls before the endpoint goes
    delete m_localHost; // stops the endpoint in its thread
}

Local::LocalEndpoint* MainWindow::localEndpoint() const { return m_localHost ? m_localHost->endpoint() : nullptr; }

ClusterSession* MainWindow::session() const { return m_session; }

QString MainWindow::openCluster() const { return m_clusterArn; }

QWidget* MainWindow::dialogParent() { return this; }

bool MainWindow::isCurrent(const QPointer<ClusterSession>& session, const QString& cluster) const
{
    return session && session == m_session && clusterName(cluster) == clusterName(m_clusterArn);
}

QList<ResourcePage*> MainWindow::pages() const
{
    return { m_clusterPage, m_servicePage, m_taskPage, m_instancePage, m_taskDefinitionPage };
}

void MainWindow::editTaskDefinition(const Api::TaskDefinition* definition) { openTaskDefinitionEditor(definition); }

QAction* MainWindow::action(const QString& id) const { return m_actions->action(id); }

void MainWindow::createPanes()
{
    m_clusterPage = new ClusterPage(this, this);
    m_clusterModel = m_clusterPage->model();
    m_clustersPane = m_clusterPage->pane();
    m_taskPage = new TaskPage(this, this);
    m_taskModel = m_taskPage->model();
    m_tasksPane = m_taskPage->pane();
    m_stoppedGroups = m_taskPage->stoppedGroups();
    m_servicePage = new ServicePage(this, m_taskModel, this);
    m_serviceModel = m_servicePage->model();
    m_servicesPane = m_servicePage->pane();
    m_instancePage = new ContainerInstancePage(this, this);
    m_instanceModel = m_instancePage->model();
    m_instancesPane = m_instancePage->pane();
    m_taskDefinitionPage = new TaskDefinitionPage(this, this);
    m_taskDefinitionModel = m_taskDefinitionPage->model();
    m_taskDefinitionsPane = m_taskDefinitionPage->pane();
    connect(m_taskDefinitionPage, &TaskDefinitionPage::revisionsWanted, this, &MainWindow::loadRevisions);

    m_paneTabs = new QTabWidget(this);
    m_paneTabs->setObjectName(QStringLiteral("panes"));
    m_paneTabs->setDocumentMode(true);
    m_paneTabs->addTab(m_clustersPane, m_clusterPage->title());
    m_paneTabs->addTab(m_servicesPane, m_servicePage->title());
    m_paneTabs->addTab(m_tasksPane, m_taskPage->title());
    m_paneTabs->addTab(m_instancesPane, m_instancePage->title());
    m_paneTabs->addTab(m_taskDefinitionsPane, m_taskDefinitionPage->title());
    // Screen readers name each pane's table and filter box after the pane.
    for (int i = 0; i < m_paneTabs->count(); ++i) {
        if (auto* pane = qobject_cast<PaneWidget*>(m_paneTabs->widget(i))) {
            const QString title = m_paneTabs->tabText(i).remove(QLatin1Char('&'));
            pane->view()->setAccessibleName(title);
            pane->filterEdit()->setAccessibleName(tr("Filter %1").arg(title));
        }
    }
    connect(m_paneTabs, &QTabWidget::currentChanged, this, [this] {
        showDetails();
        updateActions();
    });

    m_details = new DetailsPane(this);
    m_metricsPane = new MetricsPane(this);
    m_metricsPane->setObjectName(QStringLiteral("metricsPane"));
    m_logsPane = new LogsPane(this);
    m_logsPane->setObjectName(QStringLiteral("logsPane"));
    m_details->tabs()->addTab(m_metricsPane, tr("&Metrics"));
    m_details->tabs()->addTab(m_logsPane, tr("&Logs"));
    connect(m_details->tabs(), &QTabWidget::currentChanged, this, &MainWindow::applyObservedItem);
    m_details->tabs()->setTabVisible(m_details->tabs()->indexOf(m_metricsPane), false); // until a selection
    m_details->tabs()->setTabVisible(m_details->tabs()->indexOf(m_logsPane), false);
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_paneTabs);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    setCentralWidget(m_splitter);

    for (PaneWidget* pane : { m_clustersPane, m_servicesPane, m_tasksPane, m_instancesPane, m_taskDefinitionsPane }) {
        connect(pane, &PaneWidget::currentRowChanged, this, [this] {
            showDetails();
            updateActions();
        });
        // Enabled states follow the whole selection, not only the current row.
        connect(
            pane->view()->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateActions);
    }
    for (ResourcePage* page : pages()) {
        connect(page, &ResourcePage::viewChanged, this, [this] {
            showDetails();
            updateActions();
        });
    }
    // A single click only selects a cluster; double-click or Enter opens it (the actions then
    // act on it, and the window title names it).
    connect(m_clustersPane->view(), &QTreeView::activated, this, &MainWindow::openSelectedCluster);
    connect(m_details, &DetailsPane::taskActivated, this, [this](const QString& taskArn) {
        showServiceTasks();
        m_tasksPane->selectArn(taskArn);
    });
}

void MainWindow::clearMessages(bool connectionToo)
{
    for (PaneWidget* pane : { m_servicesPane, m_tasksPane, m_instancesPane, m_taskDefinitionsPane })
        pane->messageBar()->hide();
    // The Clusters pane's errors are about the connection (keychain, credentials, listing); its
    // notes may be about the one being opened ("keys kept for this session") and stay, and its
    // success messages fade by themselves.
    if (connectionToo && m_clustersPane->messageBar()->kind() == MessageBar::Kind::Error)
        m_clustersPane->messageBar()->hide();
}

void MainWindow::leaveCluster()
{
    // Nothing of the cluster left stays on show (rows, details, messages, deployments), so no
    // action can pick up one of its rows while the next cluster loads.
    clearMessages(false);
    m_deployments->clear();
    m_shownClusterArn.clear();
    for (ResourcePage* page : pages()) {
        if (page != m_clusterPage)
            page->clear();
    }
    showDetails();
}

void MainWindow::openSelectedCluster()
{
    const QString arn = m_clustersPane->currentArn();
    if (arn.isEmpty())
        return;
    selectCluster(arn);
    m_paneTabs->setCurrentWidget(m_servicesPane);
}

void MainWindow::showServiceTasks()
{
    const int row = m_servicesPane->currentSourceRow();
    if (row < 0)
        return;
    const QString filter = QLatin1String("service:=") + m_serviceModel->rowAt(row).name;
    m_paneTabs->setCurrentWidget(m_tasksPane);
    m_tasksPane->filterEdit()->setText(filter);
    m_tasksPane->proxy()->setFilterText(filter); // at once, not after the typing delay
    m_tasksPane->view()->setFocus();
}

void MainWindow::updateTitle()
{
    // The title names the cluster the actions act on (the open one), and its connection.
    QString cluster = m_clusterArn.section(QLatin1Char('/'), -1);
    if (!m_session) {
        setWindowTitle(tr("ECS Desk"));
    } else if (cluster.isEmpty()) {
        setWindowTitle(tr("%1 (%2) — ECS Desk", "connection (region)")
                           .arg(m_session->connection().profile, QString::fromLatin1(m_session->connection().region)));
    } else {
        setWindowTitle(
            tr("%1 — %2 (%3) — ECS Desk", "cluster — connection (region)")
                .arg(cluster, m_session->connection().profile, QString::fromLatin1(m_session->connection().region)));
    }
}

void MainWindow::createNavigator()
{
    m_navigator = new Navigator(this);
    connect(m_navigator, &Navigator::selected, this, &MainWindow::onNavigatorSelection);
    auto* dock = new QDockWidget(tr("Navigator"), this);
    dock->setObjectName(QStringLiteral("navigatorDock"));
    dock->setWidget(m_navigator);
    addDockWidget(Qt::LeftDockWidgetArea, dock);
}

void MainWindow::createActions()
{
    m_actions = new ActionRegistry(this);
    declareWindowActions();
    declareResourceActions();

    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    m_actions->addTo(fileMenu, { u"newConnection"_s, u"-"_s, u"exportCsv"_s, u"exportJson"_s, u"-"_s });
    QAction* quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    QMenu* editMenu = menuBar()->addMenu(tr("&Edit"));
    m_actions->addTo(editMenu, { u"copyArn"_s, u"copyJson"_s, u"focusFilter"_s, u"-"_s, u"preferences"_s });
    QMenu* viewMenu = menuBar()->addMenu(tr("&View"));
    m_actions->addTo(viewMenu, { u"refresh"_s, u"commandPalette"_s });
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
    m_actions->addTo(menuBar()->addMenu(tr("&Cluster")), { u"openCluster"_s, u"createCluster"_s, u"deleteCluster"_s });
    m_actions->addTo(menuBar()->addMenu(tr("&Service")),
        { u"createService"_s, u"showServiceTasks"_s, u"setDesiredCount"_s, u"updateRevision"_s, u"forceDeployment"_s,
            u"deleteService"_s });
    m_actions->addTo(menuBar()->addMenu(tr("&Task")),
        { u"runTask"_s, u"stopTask"_s, u"-"_s, u"newTaskDefinition"_s, u"editTaskDefinition"_s,
            u"deregisterTaskDefinition"_s });
    m_actions->addTo(menuBar()->addMenu(tr("&Instance")), { u"drainInstance"_s, u"activateInstance"_s });
    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction* about = helpMenu->addAction(tr("&About ECS Desk"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);

    QToolBar* toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_actions->addTo(toolbar,
        { u"refresh"_s, u"createService"_s, u"setDesiredCount"_s, u"forceDeployment"_s, u"runTask"_s, u"stopTask"_s });

    for (ResourcePage* page : pages())
        page->pane()->setContextActions(m_actions->actions(page->contextActionIds()));
}

void MainWindow::declareWindowActions()
{
    const auto connected = [](const Selection& s) { return s.connected; };
    const auto pane = [this](auto call) {
        return [this, call] {
            if (PaneWidget* p = currentPane())
                call(p);
        };
    };
    m_actions->declare({ u"refresh"_s, tr("&Refresh"), { QKeySequence::Refresh, QKeySequence(Qt::CTRL | Qt::Key_R) },
        connected, [this] { refresh(); } });
    m_actions->declare({ u"commandPalette"_s, tr("&Go to…"), { QKeySequence(Qt::CTRL | Qt::Key_K) }, {},
        [this] { showCommandPalette(); }, {}, false });
    m_actions->declare({ u"exportCsv"_s, tr("Export Pane as &CSV…"), {}, {}, [this] { exportPane(false); } });
    m_actions->declare({ u"exportJson"_s, tr("Export Pane as &JSON…"), {}, {}, [this] { exportPane(true); } });
    m_actions->declare({ u"copyArn"_s, tr("Copy &ARN"), { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C) }, {},
        pane([](PaneWidget* p) { p->copyArn(); }) });
    m_actions->declare({ u"copyJson"_s, tr("Copy &JSON"), { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J) }, {},
        pane([](PaneWidget* p) { p->copyJson(); }) });
    m_actions->declare({ u"focusFilter"_s, tr("&Filter"), { QKeySequence::Find }, {},
        pane([](PaneWidget* p) { p->filterEdit()->setFocus(Qt::ShortcutFocusReason); }), {}, false });
    m_actions->declare({ u"newConnection"_s, tr("New &Connection…"), { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O) },
        {}, [this] { newConnection(); } });
    const QKeySequence preferencesKey = QKeySequence(QKeySequence::Preferences).isEmpty()
        ? QKeySequence(Qt::CTRL | Qt::Key_Comma)
        : QKeySequence(QKeySequence::Preferences);
    QAction* preferences = m_actions->declare({ u"preferences"_s, tr("&Preferences…"), { preferencesKey }, {}, [this] {
                                                   PreferencesDialog dialog(this);
                                                   dialog.exec();
                                               } });
    preferences->setMenuRole(QAction::PreferencesRole);
}

void MainWindow::declareResourceActions()
{
    const auto cluster = [this] {
        const int row = m_clustersPane->currentSourceRow();
        return row >= 0 ? m_clusterModel->rowAt(row).name : QString();
    };
    m_actions->declare({ u"openCluster"_s, tr("&Open Cluster"), {},
        [this](const Selection& s) { return s.connected && m_clustersPane->currentSourceRow() >= 0; },
        [this] { openSelectedCluster(); }, cluster });
    for (ResourcePage* page : pages())
        page->declareActions(*m_actions);
    m_actions->declare({ u"showServiceTasks"_s, tr("Show &Tasks"), {},
        [this](const Selection& s) { return s.clusterOpen() && m_servicePage->activeService(); },
        [this] { showServiceTasks(); }, [this] { return m_servicePage->selectedName(); } });
}

void MainWindow::startLocalEndpoint(const Options& options)
{
    m_localItem = m_navigator->addLocal();
    m_localHost = new Host::EmbeddedEndpoint(this);
    QString error;
    const bool started = m_localHost->start({ options.localDataDir, options.localSeed }, &error);
    if (!started) {
        m_navigator->setLocalUnavailable(error);
        m_clustersPane->messageBar()->showMessage(
            tr("The local endpoint did not start: %1").arg(error), MessageBar::Kind::Error);
        return;
    }
    setSession(new ClusterSession(m_localHost->connection(tr("Local")), this), m_localItem);
    m_navigator->setCurrentItem(m_localItem);
}

void MainWindow::addCustomConnections()
{
    for (const CustomConnection& connection : AppSettings::instance().customConnections())
        m_navigator->customItem(
            connection.name, connection.endpointUrl.isEmpty() ? connection.region : connection.endpointUrl.toString());
}

void MainWindow::newConnection() { editConnection(nullptr); }

void MainWindow::editConnection(const CustomConnection* prefill)
{
    // The dialog stores the keys in the keychain before it closes; if the keychain refuses, it
    // stays open with what was typed and may keep the keys for this session only.
    ConnectionDialog dialog(this);
    if (prefill)
        dialog.setConnection(*prefill);
    auto* store = new Api::KeychainCredentialStore(QStringLiteral("ecsdesk"), &dialog);
    dialog.setCredentialStore(store);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const CustomConnection connection = dialog.connection();
    QList<CustomConnection> all = AppSettings::instance().customConnections();
    all.removeIf([&](const CustomConnection& c) { return c.name == connection.name; });
    all.append(connection);
    AppSettings::instance().setCustomConnections(all);
    QTreeWidgetItem* item = m_navigator->customItem(
        connection.name, connection.endpointUrl.isEmpty() ? connection.region : connection.endpointUrl.toString());
    if (m_navigator->currentItem() == item)
        useCustomConnection(item); // already selected: connect with the keys just entered
    else
        m_navigator->setCurrentItem(item);
    if (dialog.keysKeptForSessionOnly())
        m_clustersPane->messageBar()->showMessage(
            tr("The keys of %1 are kept for this session only: the system keychain did not store them. Enter them "
               "again after a restart, or set up the keychain.")
                .arg(connection.name));
}

void MainWindow::useCustomConnection(QTreeWidgetItem* item)
{
    const QString name = Navigator::source(item).name;
    CustomConnection connection;
    for (const CustomConnection& c : AppSettings::instance().customConnections()) {
        if (c.name == name)
            connection = c;
    }
    auto* store = new Api::KeychainCredentialStore(QStringLiteral("ecsdesk"), this);
    // The keychain may ask to be unlocked first: say what the app waits for.
    const QString waiting = tr("Reading the keys of %1 from the system keychain…").arg(name);
    m_clustersPane->messageBar()->showMessage(waiting);
    store->load(name, [this, store, connection, item, waiting](const Api::Outcome<Api::Credentials>& outcome) {
        store->deleteLater();
        if (m_clustersPane->messageBar()->text() == waiting)
            m_clustersPane->messageBar()->hide();
        if (!outcome.ok()) {
            m_clustersPane->messageBar()->showMessage(tr("The keys of %1 could not be read from the keychain: %2")
                                                          .arg(connection.name, outcome.error->toString()),
                MessageBar::Kind::Error, tr("Enter Keys…"), [this, connection] { editConnection(&connection); });
            return;
        }
        if (!m_navigator->isCurrentIn(item))
            return; // the user has moved on
        Api::Connection resolved;
        resolved.profile = connection.name;
        resolved.region = connection.region.toLatin1();
        resolved.endpointUrl = connection.endpointUrl;
        resolved.credentials = std::make_shared<Api::StaticCredentialsProvider>(outcome.value, connection.name);
        setSession(new ClusterSession(resolved, this), item);
    });
}

void MainWindow::useConnection(QTreeWidgetItem* item)
{
    if (item == m_sessionItem)
        return;
    const ConnectionSource source = Navigator::source(item);
    if (source.kind == ConnectionSource::Custom) {
        useCustomConnection(item);
        return;
    }
    if (source.kind == ConnectionSource::Local) {
        // The local session is recreated from the running endpoint.
        if (!m_localHost || !m_localHost->isRunning())
            return;
        setSession(new ClusterSession(m_localHost->connection(tr("Local")), this), item);
        return;
    }
    Api::ConnectionOptions options;
    options.profile = source.name;
    options.region = source.regionOverride;
    options.endpointUrl = source.endpointUrl;
    // The credentials providers (SSO portal, STS for assumed roles) call through this transport
    // whenever they refresh, so it lives as long as the session that uses them.
    auto* transport = new Api::AwsTransport(this);
    const Api::Outcome<Api::Connection> resolved
        = Api::ConnectionResolver::resolve(options, QProcessEnvironment::systemEnvironment(), transport);
    if (!resolved.ok()) {
        transport->deleteLater();
        m_clustersPane->messageBar()->showMessage(resolved.error->toString(), MessageBar::Kind::Error);
        return;
    }
    auto* session = new ClusterSession(resolved.value, this);
    transport->setParent(session);
    setSession(session, item);
}

void MainWindow::setSession(ClusterSession* session, QTreeWidgetItem* connectionItem)
{
    clearObservedItem();
    delete m_session; // cancels everything it had in flight
    m_session = session;
    m_sessionItem = connectionItem;
    m_clusterArn.clear();
    m_shownClusterArn.clear();
    for (ResourcePage* page : pages())
        page->clear();
    m_taskDefinitionPage->reset();
    clearMessages(true); // they were about the previous connection
    m_deployments->clear();
    showDetails();
    m_connectionLabel->setText(
        tr("%1 — %2").arg(session->connection().profile, QString::fromLatin1(session->connection().region)));
    connect(session, &ClusterSession::clustersLoaded, this, &MainWindow::onClustersLoaded);
    connect(session, &ClusterSession::snapshotLoaded, this, &MainWindow::onSnapshot);
    connect(session, &ClusterSession::loadingChanged, this, &MainWindow::updateStatus);
    connect(session, &ClusterSession::taskDefinitionsLoaded, this,
        [this](const QList<Api::TaskDefinition>& definitions) { m_taskDefinitionPage->setListed(definitions); });
    connect(session, &ClusterSession::taskDefinitionsFailed, this, [this](const Api::AwsError& error) {
        m_taskDefinitionsPane->messageBar()->showMessage(
            tr("Listing the revisions failed: %1").arg(error.toString()), MessageBar::Kind::Error);
    });
    connect(session, &ClusterSession::clustersFailed, this, [this, connectionItem](const Api::AwsError& error) {
        if (error.code.startsWith(QLatin1String("SsoToken"))) {
            // Not a modal question: the message says what happened, its button signs in.
            const QString profile = Navigator::source(connectionItem).name;
            const QString text = error.code == QLatin1String("SsoTokenExpired")
                ? tr("The SSO session of profile %1 has expired: sign in again.").arg(profile)
                : tr("Profile %1 has no SSO sign-in yet: sign in.").arg(profile);
            m_clustersPane->messageBar()->showMessage(text, MessageBar::Kind::Error, tr("Sign In Again…"),
                [this, profile, connectionItem] { signInWithSso(profile, connectionItem); });
            return;
        }
        m_clustersPane->messageBar()->showMessage(error.toString(), MessageBar::Kind::Error);
    });
    connect(session, &ClusterSession::snapshotFailed, this, [this](const Api::AwsError& error) {
        m_servicesPane->messageBar()->showMessage(
            tr("Loading the cluster failed: %1").arg(error.toString()), MessageBar::Kind::Error);
    });
    session->loadClusters();
    updateActions();

    // After a crash, unsaved task definitions come back once there is a connection to use.
    if (m_offerEditorRecovery) {
        m_offerEditorRecovery = false;
        if (!TaskDefinitionEditor::recoveryFiles().isEmpty()) {
            QTimer::singleShot(0, this, [this] {
                TaskDefinitionEditor::offerRecovery([this] { return createTaskDefinitionEditor(); }, QString(), this);
            });
        }
    }
}

void MainWindow::signInWithSso(const QString& profile, QTreeWidgetItem* connectionItem)
{
    if (m_ssoLogin)
        m_ssoLogin->close(); // one sign-in at a time: the newest wins
    auto* dialog = new SsoLoginDialog(profile, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_ssoLogin = dialog;
    connect(dialog, &SsoLoginDialog::succeeded, this, [this, dialog, connectionItem] {
        dialog->close();
        // Reconnect: a new session resolves the profile again and reads the fresh token.
        if (m_sessionItem == connectionItem)
            m_sessionItem = nullptr;
        if (m_navigator->currentItem() != connectionItem)
            m_navigator->setCurrentItem(connectionItem); // selecting it connects
        else
            useConnection(connectionItem);
    });
    connect(dialog, &SsoLoginDialog::failed, this, [this](const QString& message) {
        m_clustersPane->messageBar()->showMessage(message, MessageBar::Kind::Error);
    });
    dialog->show();
    dialog->start();
}

void MainWindow::onClustersLoaded(const QList<Api::Cluster>& clusters)
{
    m_clusterModel->applySnapshot(clusters);
    if (!m_sessionItem)
        return;
    // Resolve a cluster selected by name before the list was known.
    if (!m_clusterArn.isEmpty() && !m_clusterArn.startsWith(QLatin1String("arn:"))) {
        for (const Api::Cluster& cluster : clusters) {
            if (cluster.name == m_clusterArn)
                m_clusterArn = cluster.arn;
        }
    }
    m_navigator->setClusters(
        m_sessionItem, QString::fromLatin1(m_session->connection().region), clusters, m_clusterArn);
    fitNavigatorToNames();
    updateStatus();
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

void MainWindow::selectCluster(const QString& cluster)
{
    if (!m_session || cluster.isEmpty())
        return;
    QString arn = cluster;
    const int row = m_clusterModel->rowOfKey(cluster);
    if (row < 0) {
        for (const Api::Cluster& c : m_clusterModel->rows()) {
            if (c.name == cluster)
                arn = c.arn;
        }
    }
    if (clusterName(m_clusterArn) != clusterName(arn))
        leaveCluster();
    m_clusterArn = arn;
    m_clustersPane->selectArn(arn);
    m_navigator->showCluster(arn); // without re-entering
    m_session->loadCluster(arn);
    updateActions();
}

void MainWindow::onNavigatorSelection(QTreeWidgetItem* connectionItem, const QString& clusterArn)
{
    useConnection(connectionItem);
    if (!clusterArn.isEmpty()) {
        selectCluster(clusterArn);
        if (m_paneTabs->currentWidget() == m_clustersPane)
            m_paneTabs->setCurrentWidget(m_servicesPane);
    } else if (m_session) {
        m_session->cancel(); // switching away cancels the cluster's loads
        if (!m_clusterArn.isEmpty())
            leaveCluster();
        m_clusterArn.clear();
        m_paneTabs->setCurrentWidget(m_clustersPane);
        updateActions();
    }
}

void MainWindow::onSnapshot(const Api::ClusterSnapshot& snapshot)
{
    // Only the answer for the cluster still selected counts.
    if (snapshot.cluster.arn != m_clusterArn && snapshot.cluster.name != m_clusterArn)
        return;
    m_clusterArn = snapshot.cluster.arn;
    // Only the task definitions are kept (for the dialogs); the tasks live in the task model alone,
    // compacted there, so no second full copy of them stays around.
    m_deployments->setServices(snapshot.services);
    const bool reset = snapshot.cluster.arn != m_shownClusterArn;
    if (reset) {
        m_shownClusterArn = snapshot.cluster.arn;
        m_serviceModel->setServices(snapshot.services);
        m_instanceModel->setInstances(snapshot.containerInstances);
    } else {
        m_serviceModel->applySnapshot(snapshot.services);
        m_instanceModel->applySnapshot(snapshot.containerInstances);
    }
    m_taskDefinitionPage->setUsed(snapshot.taskDefinitions, reset);
    loadRevisions();
    // The tasks are converted and diffed on a worker thread; onTasksApplied() finishes the refresh.
    // The instances and services name each task's EC2 instance and service.
    m_taskModel->setClusterContext(snapshot.containerInstances, snapshot.services);
    m_taskModel->loadSnapshot(snapshot.tasks, reset);
    QList<Api::Cluster> clusters = m_clusterModel->rows();
    for (Api::Cluster& cluster : clusters) {
        if (cluster.arn == snapshot.cluster.arn)
            cluster = snapshot.cluster;
    }
    m_clusterModel->applySnapshot(clusters);
    showDetails();
    updateActions();
    updateStatus();
}

void MainWindow::loadRevisions()
{
    // Every revision of the families the cluster uses and of those registered from the app.
    if (!m_session || m_clusterArn.isEmpty())
        return;
    m_session->loadTaskDefinitions(m_taskDefinitionPage->families(), m_taskDefinitionPage->showsInactive());
}

void MainWindow::onTasksApplied()
{
    m_updatedAt = QDateTime::currentDateTimeUtc();
    ++m_snapshotsApplied;
    showDetails();
    updateActions();
    updateStatus();
}

void MainWindow::refresh()
{
    if (!m_session)
        return;
    m_session->loadClusters();
    if (!m_clusterArn.isEmpty())
        m_session->loadCluster(m_clusterArn);
    updateStatus();
}

bool MainWindow::isLoading() const { return (m_session && m_session->isLoading()) || m_taskModel->isLoading(); }

void MainWindow::showPane(PaneWidget* pane) { m_paneTabs->setCurrentWidget(pane); }

bool MainWindow::isPaneName(const QString& name)
{
    static const QStringList names { QStringLiteral("clusters"), QStringLiteral("services"), QStringLiteral("tasks"),
        QStringLiteral("instances"), QStringLiteral("containerinstances"), QStringLiteral("taskdefinitions"),
        QStringLiteral("definitions") };
    return names.contains(name.trimmed().toLower());
}

PaneWidget* MainWindow::paneNamed(const QString& name) const
{
    const QString key = name.trimmed().toLower();
    if (key == QLatin1String("clusters"))
        return m_clustersPane;
    if (key == QLatin1String("services"))
        return m_servicesPane;
    if (key == QLatin1String("tasks"))
        return m_tasksPane;
    if (key == QLatin1String("instances") || key == QLatin1String("containerinstances"))
        return m_instancesPane;
    if (key == QLatin1String("taskdefinitions") || key == QLatin1String("definitions"))
        return m_taskDefinitionsPane;
    return nullptr;
}

QString MainWindow::start(const StartOptions& start)
{
    QString problem;
    PaneWidget* pane = nullptr;
    if (!start.pane.isEmpty()) {
        pane = paneNamed(start.pane);
        if (!pane)
            problem
                = tr("Unknown pane %1: use clusters, services, tasks, instances or taskdefinitions.").arg(start.pane);
    }
    if (!start.profile.isEmpty())
        openProfile(start.profile, start.region, start.endpointUrl);
    if (start.onlyStopped) {
        m_taskPage->setOnlyStopped(true);
    }
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

PaneWidget* MainWindow::currentPane() const { return qobject_cast<PaneWidget*>(m_paneTabs->currentWidget()); }

void MainWindow::showDetails()
{
    updateObservedItem();
    PaneWidget* pane = currentPane();
    const int row = pane ? pane->currentSourceRow() : -1;
    if (row < 0) {
        m_details->showNothing();
        return;
    }
    if (pane == m_clustersPane)
        m_clusterPage->showDetails(m_details);
    else if (pane == m_servicesPane)
        m_servicePage->showDetails(m_details);
    else if (pane == m_tasksPane)
        m_taskPage->showDetails(m_details);
    else if (pane == m_instancesPane)
        m_instancePage->showDetails(m_details);
    else
        m_taskDefinitionPage->showDetails(m_details);
}

void MainWindow::updateActions()
{
    m_actions->updateEnabled({ m_session != nullptr, m_clusterArn });
    updateTitle();
}

namespace {
    /// Owns the network and ECS client of one editor window, so the editor keeps working when
    /// the main window switches connection, and lets go after the editor is gone.
    class EditorConnection : public QObject {
    public:
        explicit EditorConnection(const Api::Connection& connection)
            : m_transport(new Api::AwsTransport(this))
            , m_client(connection.clientConfig(m_transport, QStringLiteral("ecs")))
        {
        }
        Api::EcsClient* client() { return &m_client; }

    private:
        Api::AwsTransport* m_transport;
        Api::EcsClient m_client;
    };
} // namespace

TaskDefinitionEditor* MainWindow::createTaskDefinitionEditor()
{
    if (!m_session)
        return nullptr;
    auto* connection = new EditorConnection(m_session->connection());
    TaskDefinitionEditorContext context;
    context.cluster = m_clusterArn;
    if (currentPane() == m_servicesPane && m_servicesPane->currentSourceRow() >= 0)
        context.service = m_serviceModel->rowAt(m_servicesPane->currentSourceRow()).name;
    auto* editor = new TaskDefinitionEditor(connection->client(), context);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &QObject::destroyed, connection, &QObject::deleteLater);
    // A registered revision or a deployment shows in the panes at once.
    connect(editor, &TaskDefinitionEditor::registered, this, [this](const QString& arn) {
        m_taskDefinitionPage->addRegisteredFamily(ClusterSession::familyRevision(arn).section(QLatin1Char(':'), 0, 0));
        refresh();
    });
    connect(editor, &TaskDefinitionEditor::deploymentStarted, this, [this] { refresh(); });
    return editor;
}

TaskDefinitionEditor* MainWindow::openTaskDefinitionEditor(const Api::TaskDefinition* definition)
{
    TaskDefinitionEditor* editor = createTaskDefinitionEditor();
    if (!editor)
        return nullptr;
    if (definition)
        editor->openDocument(QJsonDocument(definition->raw).toJson(), definition->arn);
    else
        editor->newDocument();
    editor->show();
    return editor;
}

void MainWindow::updateObservedItem()
{
    ObservedItem item;
    PaneWidget* pane = currentPane();
    const int row = pane ? pane->currentSourceRow() : -1;
    if (row >= 0 && pane == m_clustersPane) {
        const Api::Cluster& cluster = m_clusterModel->rowAt(row);
        item.key = QLatin1String("cluster:") + cluster.arn;
        item.cluster = cluster.name;
    } else if (row >= 0 && pane == m_servicesPane) {
        const Api::Service& service = m_serviceModel->rowAt(row);
        item.key = QLatin1String("service:") + service.arn;
        item.cluster = service.clusterArn.section(QLatin1Char('/'), -1);
        item.service = service.name;
    } else if (row >= 0 && pane == m_tasksPane) {
        const Models::TaskRow& task = m_taskModel->rowAt(row);
        item.key = QLatin1String("task:") + task.arn;
        item.cluster = task.clusterArn.section(QLatin1Char('/'), -1);
        item.taskArn = task.arn;
        if (task.group.startsWith(QLatin1String("service:")))
            item.taskService = task.group.mid(8);
    }
    if (item.key == m_observed.key)
        return; // a refresh of the same selection does not reload the charts
    m_observed = item;
    QTabWidget* tabs = m_details->tabs();
    tabs->setTabVisible(tabs->indexOf(m_metricsPane), !item.key.isEmpty());
    tabs->setTabVisible(tabs->indexOf(m_logsPane), !item.service.isEmpty() || !item.taskArn.isEmpty());
    applyObservedItem();
}

void MainWindow::applyObservedItem()
{
    if (!m_session)
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
        m_metricsPane->setAutoScalingClient(m_session->autoScaling());
        m_metricsPane->setContext(m_session->cloudWatch(), &m_session->client(), m_observed.cluster, services, taskId);
    } else if (current == m_logsPane && m_logsShows != m_observed.key) {
        m_logsShows = m_observed.key;
        const QStringList tasks = m_observed.taskArn.isEmpty() ? QStringList() : QStringList { m_observed.taskArn };
        m_logsPane->setContext(m_session->logs(), &m_session->client(), m_observed.cluster, m_observed.service, tasks);
    }
}

void MainWindow::clearObservedItem()
{
    m_metricsPane->setContext(nullptr, nullptr, {}, {});
    m_metricsPane->setAutoScalingClient(nullptr);
    m_logsPane->setContext(nullptr, nullptr, {}, {});
    m_observed = {};
    m_metricsShows.clear();
    m_logsShows.clear();
}

void MainWindow::updateStatus()
{
    const bool loading = isLoading();
    m_busy->setVisible(loading);
    if (!m_updatedAt.isValid()) {
        m_updatedLabel->setText(loading ? tr("Loading…") : QString());
        return;
    }
    const qint64 seconds = m_updatedAt.secsTo(QDateTime::currentDateTimeUtc());
    m_updatedLabel->setText(tr("Updated %1 s ago").arg(seconds));
}

void MainWindow::applyRefreshInterval(int seconds)
{
    m_refreshSeconds = seconds;
    updateRefreshTimer();
}

void MainWindow::updateRefreshTimer()
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

void MainWindow::runAction(PaneWidget* pane, Api::AwsReply* reply, const QString& done)
{
    if (!m_session) {
        reply->deleteLater();
        return;
    }
    // The session's guard drops the answer once the user has moved on to another session, and
    // the pane as context once the pane is gone; the guard deletes the reply either way.
    const QString cluster = m_clusterArn.section(QLatin1Char('/'), -1);
    m_session->replies().watch(reply, pane, [this, pane, done, cluster](Api::AwsReply* finished) {
        // A message about one cluster never shows while another is open (the clusters pane's
        // messages are about the connection).
        if (pane != m_clustersPane && m_clusterArn.section(QLatin1Char('/'), -1) != cluster)
            return;
        if (!finished->isOk()) {
            pane->messageBar()->showMessage(Api::replyErrorText(finished), MessageBar::Kind::Error);
            return;
        }
        showSuccess(pane->messageBar(), done);
        refresh();
    });
}

bool MainWindow::confirm(const QString& title, const QString& text)
{
    return QMessageBox::question(this, title, text, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        == QMessageBox::Yes;
}

QStringList MainWindow::knownTaskDefinitions() const { return m_taskDefinitionPage->knownTaskDefinitions(); }

QString MainWindow::selectedTaskDefinition() const
{
    PaneWidget* pane = currentPane();
    const int row = pane ? pane->currentSourceRow() : -1;
    if (pane == m_servicesPane && row >= 0)
        return ClusterSession::familyRevision(m_serviceModel->rowAt(row).taskDefinition);
    if (pane == m_tasksPane && row >= 0)
        return ClusterSession::familyRevision(m_taskModel->rowAt(row).taskDefinitionArn);
    if (pane == m_taskDefinitionsPane)
        return m_taskDefinitionPage->selectedTaskDefinition();
    return {};
}

void MainWindow::withTaskDefinitionChoices(
    PaneWidget* pane, std::function<void(const QStringList& choices, const QString& selected)> then)
{
    if (!m_session)
        return;
    // The account's ACTIVE revisions, whichever cluster uses them; newest first per family.
    const QString selected = selectedTaskDefinition();
    QPointer<ClusterSession> session(m_session);
    const QString cluster = m_clusterArn;
    m_session->listTaskDefinitionArns({}, QStringLiteral("ACTIVE"),
        [this, pane, session, cluster, selected, then](
            const QStringList& arns, const std::optional<Api::AwsError>& error) {
            if (session != m_session || clusterName(cluster) != clusterName(m_clusterArn))
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

void MainWindow::exportPane(bool json)
{
    PaneWidget* pane = currentPane();
    if (!pane)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Pane"), {}, json ? tr("JSON files (*.json)") : tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(json ? pane->exportJson() : pane->exportCsv()) < 0) {
        pane->messageBar()->showMessage(
            tr("Could not write %1: %2").arg(path, file.errorString()), MessageBar::Kind::Error);
        return;
    }
    showSuccess(pane->messageBar(), tr("Exported %n row(s) to %1.", "", pane->proxy()->rowCount()).arg(path));
}

void MainWindow::showCommandPalette()
{
    QList<CommandPalette::Entry> entries;
    for (const ActionRegistry::Command& command : m_actions->commands())
        entries.append({ command.text, {}, CommandPalette::Command, command.id });
    for (const Api::Cluster& c : m_clusterModel->rows())
        entries.append({ tr("Cluster %1").arg(c.name), c.arn, CommandPalette::Cluster });
    for (const Api::Service& s : m_serviceModel->rows())
        entries.append({ tr("Service %1").arg(s.name), s.arn, CommandPalette::Service });
    for (const Models::TaskRow& t : m_taskModel->rows())
        entries.append(
            { tr("Task %1 (%2)").arg(Models::TaskModel::lastSegment(t.arn), t.group), t.arn, CommandPalette::Task });
    CommandPalette palette(entries, this);
    if (palette.exec() != QDialog::Accepted)
        return;
    const CommandPalette::Entry entry = palette.chosen();
    if (entry.kind == CommandPalette::Command) {
        m_actions->run(entry.command);
    } else if (entry.kind == CommandPalette::Cluster) {
        m_paneTabs->setCurrentWidget(m_clustersPane);
        selectCluster(entry.arn);
    } else {
        PaneWidget* pane = entry.kind == CommandPalette::Service ? m_servicesPane : m_tasksPane;
        m_paneTabs->setCurrentWidget(pane);
        pane->filterEdit()->clear();
        pane->proxy()->setFilterText({});
        pane->selectArn(entry.arn);
        pane->view()->setFocus();
    }
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
