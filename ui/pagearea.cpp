// SPDX-License-Identifier: MIT
#include "ui/pagearea.h"

#include "ui/actionregistry.h"
#include "ui/alarms/alarmspage.h"
#include "ui/commandpalette.h"
#include "ui/detailspane.h"
#include "ui/fleet/fleetoverviewpage.h"
#include "ui/loadbalancers/loadbalancerspage.h"
#include "ui/messagebar.h"
#include "ui/pages/clusterpage.h"
#include "ui/pages/containerinstancepage.h"
#include "ui/pages/scheduledtaskpage.h"
#include "ui/pages/servicepage.h"
#include "ui/pages/taskdefinitionpage.h"
#include "ui/pages/taskpage.h"
#include "ui/panewidget.h"

#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QTabWidget>
#include <QTreeView>

namespace EcsDesk::Ui {

namespace {
    /// The pages, in tab order. A new kind of resource is one line here (and its page class).
    QList<ResourcePage*> createPages(PageHost* host, QWidget* window)
    {
        return {
            new ClusterPage(host, window),
            new ServicePage(host, window),
            new TaskPage(host, window),
            new ContainerInstancePage(host, window),
            new TaskDefinitionPage(host, window),
            new ScheduledTaskPage(host, window),
            new AlarmsPage(host, window),
            new LoadBalancersPage(host, window),
            new FleetOverviewPage(host, window),
        };
    }
} // namespace

PageArea::PageArea(PageHost* host, QWidget* window)
    : QObject(window)
    , m_pages(createPages(host, window))
    , m_tabs(new QTabWidget(window))
{
    m_tabs->setObjectName(QStringLiteral("panes"));
    m_tabs->setDocumentMode(true);
    for (ResourcePage* page : std::as_const(m_pages)) {
        page->setParent(this);
        PaneWidget* pane = page->pane();
        m_tabs->addTab(pane, page->title());
        // Screen readers name each pane's table and filter box after the pane.
        const QString title = page->title().remove(QLatin1Char('&'));
        pane->view()->setAccessibleName(title);
        pane->filterEdit()->setAccessibleName(tr("Filter %1").arg(title));
        connect(pane, &PaneWidget::currentRowChanged, this, &PageArea::currentChanged);
        // Enabled states follow the whole selection, not only the current row.
        connect(
            pane->view()->selectionModel(), &QItemSelectionModel::selectionChanged, this, &PageArea::selectionChanged);
        connect(page, &ResourcePage::viewChanged, this, &PageArea::currentChanged);
        connect(page, &ResourcePage::snapshotApplied, this, &PageArea::snapshotApplied);
    }
    connect(m_tabs, &QTabWidget::currentChanged, this, &PageArea::currentChanged);
}

ResourcePage* PageArea::page(const QString& name) const
{
    for (ResourcePage* p : m_pages) {
        if (p->name() == name)
            return p;
    }
    return nullptr;
}

ResourcePage* PageArea::pageForPaneName(const QString& name) const
{
    const QString key = name.trimmed();
    for (ResourcePage* p : m_pages) {
        if (p->name().compare(key, Qt::CaseInsensitive) == 0 || p->aliases().contains(key, Qt::CaseInsensitive))
            return p;
    }
    return nullptr;
}

bool PageArea::isPaneName(const QString& name)
{
    // The pages answer for themselves: a throwaway set of them, without a host.
    QWidget scratch;
    const PageArea area(nullptr, &scratch);
    return area.pageForPaneName(name) != nullptr;
}

QStringList PageArea::paneNames()
{
    QWidget scratch;
    const PageArea area(nullptr, &scratch);
    QStringList names;
    for (const ResourcePage* page : area.m_pages)
        names.append(page->name());
    return names;
}

PaneWidget* PageArea::connectionPane() const { return find<ClusterPage>()->pane(); }

ResourcePage* PageArea::currentPage() const
{
    for (ResourcePage* p : m_pages) {
        if (p->pane() == m_tabs->currentWidget())
            return p;
    }
    return nullptr;
}

PaneWidget* PageArea::currentPane() const { return qobject_cast<PaneWidget*>(m_tabs->currentWidget()); }

void PageArea::show(ResourcePage* page)
{
    if (page)
        m_tabs->setCurrentWidget(page->pane());
}

void PageArea::declareActions(ActionRegistry& registry)
{
    for (ResourcePage* page : std::as_const(m_pages))
        page->declareActions(registry);
    for (ResourcePage* page : std::as_const(m_pages))
        page->pane()->setContextActions(registry.actions(page->contextActionIds()));
}

void PageArea::addMenus(QMenuBar* menuBar, const ActionRegistry& registry) const
{
    QHash<QString, QMenu*> menus;
    for (ResourcePage* page : m_pages) {
        const PageMenu place = page->menu();
        if (place.id.isEmpty())
            continue;
        QMenu*& menu = menus[place.id];
        if (!menu)
            menu = menuBar->addMenu(place.title);
        registry.addTo(menu, place.actionIds);
    }
}

QStringList PageArea::toolbarActionIds() const
{
    QStringList ids;
    for (ResourcePage* page : m_pages)
        ids += page->toolbarActionIds();
    return ids;
}

void PageArea::connectDetails(DetailsPane* details)
{
    for (ResourcePage* page : std::as_const(m_pages))
        page->connectDetails(details);
}

void PageArea::showDetails(DetailsPane* details) const
{
    ResourcePage* page = currentPage();
    if (page && page->pane()->currentSourceRow() >= 0)
        page->showDetails(details);
    else
        details->showNothing();
}

void PageArea::showCommandPalette(ActionRegistry& registry, QWidget* parent)
{
    QList<CommandPalette::Entry> entries;
    for (const ActionRegistry::Command& command : registry.commands())
        entries.append({ command.text, {}, CommandPalette::Command, command.id });
    for (ResourcePage* page : std::as_const(m_pages)) {
        for (const PaletteRow& row : page->paletteRows())
            entries.append({ row.text, row.arn, CommandPalette::Row, {}, page->name() });
    }
    CommandPalette palette(entries, parent);
    if (palette.exec() != QDialog::Accepted)
        return;
    const CommandPalette::Entry entry = palette.chosen();
    if (entry.kind == CommandPalette::Command)
        registry.run(entry.command);
    else if (ResourcePage* p = page(entry.page))
        p->goTo(entry.arn);
}

void PageArea::clear(const ResourcePage* except)
{
    for (ResourcePage* page : std::as_const(m_pages)) {
        if (page != except)
            page->clear();
    }
}

void PageArea::clearMessages(bool connectionToo)
{
    MessageBar* connectionBar = connectionPane()->messageBar();
    for (ResourcePage* page : std::as_const(m_pages)) {
        if (page->pane()->messageBar() != connectionBar)
            page->pane()->messageBar()->hide();
    }
    // The cluster list's errors are about the connection (keychain, credentials, listing); its
    // notes may be about the one being opened ("keys kept for this session") and stay, and its
    // success messages fade by themselves.
    if (connectionToo && connectionBar->kind() == MessageBar::Kind::Error)
        connectionBar->hide();
}

void PageArea::setSession(ClusterSession* session)
{
    for (ResourcePage* page : std::as_const(m_pages)) {
        page->clear();
        page->setSession(session);
    }
}

void PageArea::applySnapshot(const Api::ClusterSnapshot& snapshot, bool reset)
{
    for (ResourcePage* page : std::as_const(m_pages))
        page->applySnapshot(snapshot, reset);
}

bool PageArea::isLoading() const
{
    return std::any_of(m_pages.cbegin(), m_pages.cend(), [](const ResourcePage* page) { return page->isLoading(); });
}

} // namespace EcsDesk::Ui
