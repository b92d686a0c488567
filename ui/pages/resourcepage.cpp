// SPDX-License-Identifier: MIT
#include "ui/pages/resourcepage.h"

#include "models/panefilterproxymodel.h"
#include "ui/clustersession.h"
#include "ui/panewidget.h"

#include <QLineEdit>
#include <QTreeView>

namespace EcsDesk::Ui {

ResourcePage::ResourcePage(PageHost* host, QObject* parent)
    : QObject(parent)
    , m_host(host)
{
}

int ResourcePage::currentRow() const { return m_pane ? m_pane->currentSourceRow() : -1; }

void ResourcePage::goTo(const QString& arn)
{
    PaneWidget* shown = m_host->showPage(name());
    if (!shown)
        return;
    shown->filterEdit()->clear();
    shown->proxy()->setFilterText({});
    shown->selectArn(arn);
    shown->view()->setFocus();
}

void ResourcePage::askThenRun(const std::function<bool()>& ask, const Send& send)
{
    const QPointer<ClusterSession> session(m_host->session());
    const QString cluster = m_host->openCluster();
    if (!session || !ask() || !session || !m_host->isCurrent(session, cluster))
        return;
    send(*session, cluster);
}

} // namespace EcsDesk::Ui
