#include "ui/mainwindow.h"

#include "models/clustermodel.h"

#include <QApplication>
#include <QCloseEvent>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTreeView>

namespace EcsDesk::Ui {

namespace {
    constexpr int windowStateVersion = 1;
}

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_clusterModel(new Models::ClusterModel(this))
{
    setWindowTitle(tr("ECS Desk"));

    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_clusterModel);
    proxy->setSortRole(Models::ClusterModel::SortRole);

    auto* view = new QTreeView(this);
    view->setObjectName(QStringLiteral("clusterView"));
    view->setRootIsDecorated(false);
    view->setUniformRowHeights(true);
    view->setSortingEnabled(true);
    view->setModel(proxy);
    view->header()->setStretchLastSection(true);
    setCentralWidget(view);

    createActions();

    // Honest about what is here: no connection can be made until the AWS client lands.
    auto* state = new QLabel(tr("Not connected: connections are not available in this build yet."), this);
    state->setObjectName(QStringLiteral("connectionState"));
    statusBar()->addWidget(state, 1);

    resize(1100, 700);
    restoreWindowState();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    QAction* quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction* about = helpMenu->addAction(tr("&About ECS Desk"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About ECS Desk"),
        tr("<h3>ECS Desk %1</h3><p>A native desktop cluster manager for Amazon ECS.</p>")
            .arg(QStringLiteral(ECSDESK_VERSION)));
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("MainWindow"));
    if (settings.value(QStringLiteral("version")).toInt() != windowStateVersion)
        return;
    restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("state")).toByteArray(), windowStateVersion);
}

void MainWindow::saveWindowState() const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("MainWindow"));
    settings.setValue(QStringLiteral("version"), windowStateVersion);
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("state"), saveState(windowStateVersion));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveWindowState();
    event->accept();
}

} // namespace EcsDesk::Ui
