// SPDX-License-Identifier: MIT
#include "ui/pages/taskdefinitionpage.h"

#include "api/ecs/requests.h"
#include "models/taskdefinitiontreemodel.h"
#include "ui/actionregistry.h"
#include "ui/clustersession.h"
#include "ui/detailspane.h"
#include "ui/messagebar.h"
#include "ui/panewidget.h"

#include <QCheckBox>
#include <QTreeView>

namespace EcsDesk::Ui {

using namespace Qt::Literals::StringLiterals;

TaskDefinitionPage::TaskDefinitionPage(PageHost* host, QWidget* parent)
    : ResourcePage(host, parent)
    , m_model(new Models::TaskDefinitionTreeModel(this))
{
    auto* pane = new PaneWidget(name(), m_model, parent);
    pane->view()->setRootIsDecorated(true);
    setPane(pane);
    auto* showInactive = new QCheckBox(tr("Show inactive revisions"), pane);
    showInactive->setObjectName(QStringLiteral("showInactiveRevisions"));
    showInactive->setToolTip(tr("Also list the deregistered (INACTIVE) revisions of the families"));
    connect(showInactive, &QCheckBox::toggled, this, [this](bool on) {
        m_showInactive = on;
        apply(false);
        Q_EMIT revisionsWanted(); // the INACTIVE ones are listed only when asked for
    });
    pane->addFilterRowWidget(showInactive);
    connect(this, &TaskDefinitionPage::revisionsWanted, this, &TaskDefinitionPage::loadRevisions);
}

QString TaskDefinitionPage::title() const { return tr("Task &Definitions"); }

const Api::TaskDefinition* TaskDefinitionPage::selectedDefinition() const
{
    return m_model->definition(pane()->currentSourceIndex());
}

QString TaskDefinitionPage::selectedTaskDefinition() const
{
    const QModelIndex index = pane()->currentSourceIndex();
    if (const Api::TaskDefinition* d = m_model->definition(index))
        return ClusterSession::familyRevision(d->arn);
    return index.isValid() ? m_model->family(index) : QString(); // a family: its newest revision
}

void TaskDefinitionPage::setUsed(const QList<Api::TaskDefinition>& definitions, bool reset)
{
    m_used = definitions;
    if (reset)
        m_listed.clear(); // they were of the other cluster's families
    apply(reset);
}

void TaskDefinitionPage::setListed(const QList<Api::TaskDefinition>& definitions)
{
    m_listed = definitions;
    apply(false);
}

QSet<QString> TaskDefinitionPage::families() const
{
    QSet<QString> families = m_registeredFamilies;
    for (const Api::TaskDefinition& definition : m_used)
        families.insert(definition.family);
    return families;
}

QStringList TaskDefinitionPage::knownTaskDefinitions() const
{
    QStringList names;
    for (const Api::TaskDefinition& definition : m_used)
        names.append(definition.family + QLatin1Char(':') + QString::number(definition.revision));
    names.sort();
    return names;
}

void TaskDefinitionPage::apply(bool reset)
{
    // The revisions the cluster's services and tasks use, and the listed ones (fresher status).
    QHash<QString, Api::TaskDefinition> byArn;
    for (const Api::TaskDefinition& definition : std::as_const(m_used))
        byArn.insert(definition.arn, definition);
    for (const Api::TaskDefinition& definition : std::as_const(m_listed))
        byArn.insert(definition.arn, definition);
    QList<Api::TaskDefinition> shown;
    for (const Api::TaskDefinition& definition : std::as_const(byArn)) {
        if (m_showInactive || definition.status != QLatin1String("INACTIVE"))
            shown.append(definition);
    }
    if (reset)
        m_model->setDefinitions(shown);
    else
        m_model->applyDefinitions(shown);
    Q_EMIT viewChanged();
}

void TaskDefinitionPage::clear()
{
    m_used.clear();
    m_listed.clear();
    m_model->setDefinitions({});
}

void TaskDefinitionPage::reset()
{
    clear();
    m_registeredFamilies.clear();
}

void TaskDefinitionPage::declareActions(ActionRegistry& registry)
{
    const auto subject = [this] {
        const Api::TaskDefinition* d = selectedDefinition();
        return d ? tr("%1:%2").arg(d->family).arg(d->revision) : QString();
    };
    registry.declareMutating(
        { u"newTaskDefinition"_s, tr("New &Task Definition…"), { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T) },
            [](const Selection& s) { return s.connected; }, [this] { host()->editTaskDefinition(nullptr); } });
    registry.declareMutating(
        { u"editTaskDefinition"_s, tr("&Edit as New Revision…"), { QKeySequence(Qt::CTRL | Qt::Key_E) },
            [this](const Selection& s) { return s.connected && selectedDefinition(); },
            [this] {
                if (const Api::TaskDefinition* d = selectedDefinition())
                    host()->editTaskDefinition(d);
            },
            subject });
    registry.declareMutating({ u"deregisterTaskDefinition"_s, tr("De&register Revision…"), {},
        [this](const Selection& s) {
            const Api::TaskDefinition* d = selectedDefinition();
            return s.connected && d && d->status == QLatin1String("ACTIVE");
        },
        [this] { deregister(); }, subject });
}

PageMenu TaskDefinitionPage::menu() const
{
    // In the Task menu, after the task actions.
    return { u"task"_s, {},
        { u"-"_s, u"newTaskDefinition"_s, u"editTaskDefinition"_s, u"deregisterTaskDefinition"_s } };
}

void TaskDefinitionPage::setSession(ClusterSession* session)
{
    reset();
    connect(session, &ClusterSession::taskDefinitionsLoaded, this,
        [this](const QList<Api::TaskDefinition>& definitions) { setListed(definitions); });
    connect(session, &ClusterSession::taskDefinitionsFailed, this, [this](const Api::AwsError& error) {
        pane()->messageBar()->showMessage(
            tr("Listing the revisions failed: %1").arg(error.toString()), MessageBar::Kind::Error);
    });
}

void TaskDefinitionPage::applySnapshot(const Api::ClusterSnapshot& snapshot, bool reset)
{
    setUsed(snapshot.taskDefinitions, reset);
    loadRevisions();
}

void TaskDefinitionPage::loadRevisions()
{
    // Every revision of the families the cluster uses and of those registered from the app.
    if (!host()->session() || host()->openCluster().isEmpty())
        return;
    host()->session()->loadTaskDefinitions(families(), m_showInactive);
}

QStringList TaskDefinitionPage::contextActionIds() const
{
    return { u"newTaskDefinition"_s, u"editTaskDefinition"_s, u"deregisterTaskDefinition"_s, u"openInConsole"_s };
}

void TaskDefinitionPage::showDetails(DetailsPane* details) const
{
    if (const Api::TaskDefinition* d = selectedDefinition())
        details->showTaskDefinition(*d);
    else
        details->showNothing();
}

void TaskDefinitionPage::deregister()
{
    const Api::TaskDefinition* d = selectedDefinition();
    if (!d || !host()->session())
        return;
    const QString arn = d->arn;
    const QString name = tr("%1:%2").arg(d->family).arg(d->revision);
    if (!host()->confirm(tr("Deregister Task Definition"),
            tr("Deregister %1? Running tasks keep running; no new task or service can use it.").arg(name)))
        return;
    if (!host()->session())
        return;
    Api::DeregisterTaskDefinitionRequest request;
    request.taskDefinition = arn;
    host()->runAction(
        pane(), host()->session()->client().deregisterTaskDefinition(request), tr("%1 deregistered.").arg(name));
}

} // namespace EcsDesk::Ui
