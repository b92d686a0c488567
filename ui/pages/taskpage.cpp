// SPDX-License-Identifier: MIT
#include "ui/pages/taskpage.h"

#include "api/ecs/requests.h"
#include "models/itemroles.h"
#include "models/stoppedtaskgroupmodel.h"
#include "models/taskmodel.h"
#include "ui/actiondialogs.h"
#include "ui/actionregistry.h"
#include "ui/clustersession.h"
#include "ui/detailspane.h"
#include "ui/panewidget.h"

#include <QCheckBox>
#include <QCoreApplication>

namespace EcsDesk::Ui {

// The texts keep the translation context they had in the window ("EcsDesk::Ui::MainWindow"),
// where the catalogues translate them.

using namespace Qt::Literals::StringLiterals;

TaskPage::TaskPage(PageHost* host, QWidget* parent)
    : ResourcePage(host, parent)
    , m_model(new Models::TaskModel(this))
    , m_stoppedGroups(new Models::StoppedTaskGroupModel(
          Models::TaskModel::StoppedRole, Models::TaskModel::StoppedReasonColumn, Models::SortRole, this))
{
    auto* pane = new PaneWidget(name(), m_model, parent);
    setPane(pane);
    m_stoppedGroups->setObjectName(QStringLiteral("stoppedTaskGroups"));
    m_onlyStopped = new QCheckBox(QCoreApplication::translate("EcsDesk::Ui::MainWindow", "Only failed/stopped"), pane);
    m_onlyStopped->setObjectName(QStringLiteral("onlyStopped"));
    m_onlyStopped->setToolTip(QCoreApplication::translate(
        "EcsDesk::Ui::MainWindow", "Show stopped tasks only, grouped by their stopped reason"));
    connect(m_onlyStopped, &QCheckBox::toggled, this, [this](bool on) {
        // The grouping follows the task model only while it is shown.
        m_stoppedGroups->setSourceModel(on ? m_model : nullptr);
        this->pane()->setGrouping(on ? m_stoppedGroups : nullptr);
        Q_EMIT viewChanged();
    });
    pane->addFilterRowWidget(m_onlyStopped);
}

QString TaskPage::title() const { return QCoreApplication::translate("EcsDesk::Ui::MainWindow", "&Tasks"); }

void TaskPage::setOnlyStopped(bool on) { m_onlyStopped->setChecked(on); }

QString TaskPage::selectedTaskDefinition() const
{
    const int row = pane()->currentSourceRow();
    return row >= 0 ? ClusterSession::familyRevision(m_model->rowAt(row).taskDefinitionArn) : QString();
}

void TaskPage::declareActions(ActionRegistry& registry)
{
    registry.declare({ u"runTask"_s, QCoreApplication::translate("EcsDesk::Ui::MainWindow", "&Run Task…"),
        { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R) }, [](const Selection& s) { return s.clusterOpen(); },
        [this] { runTask(); } });
    registry.declare({ u"stopTask"_s, QCoreApplication::translate("EcsDesk::Ui::MainWindow", "S&top Task…"),
        { QKeySequence(Qt::CTRL | Qt::Key_Delete) },
        [this](const Selection& s) {
            // Offered only when every selected task can still be stopped.
            const QList<int> rows = pane()->selectedSourceRows();
            return s.clusterOpen() && !rows.isEmpty() && std::all_of(rows.cbegin(), rows.cend(), [this](int row) {
                const Models::TaskRow& task = m_model->rowAt(row);
                return task.lastStatus != QLatin1String("STOPPED") && task.desiredStatus != QLatin1String("STOPPED");
            });
        },
        [this] { stopTasks(); },
        [this] {
            const QList<int> rows = pane()->selectedSourceRows();
            return rows.size() == 1 ? Models::TaskModel::lastSegment(m_model->rowAt(rows.constFirst()).arn) : QString();
        } });
}

QStringList TaskPage::contextActionIds() const { return { u"stopTask"_s }; }

void TaskPage::showDetails(DetailsPane* details) const
{
    const int row = pane()->currentSourceRow();
    if (row < 0)
        details->showNothing();
    else
        details->showTask(m_model->task(row));
}

void TaskPage::clear() { m_model->setTasks({}); }

void TaskPage::runTask()
{
    host()->withTaskDefinitionChoices(pane(), [this](const QStringList& choices, const QString& selected) {
        RunTaskDialog dialog(choices, host()->dialogParent());
        if (!selected.isEmpty())
            dialog.selectTaskDefinition(selected);
        const QPointer<ClusterSession> session(host()->session());
        const QString cluster = host()->openCluster();
        if (dialog.exec() != QDialog::Accepted || !session || !host()->isCurrent(session, cluster))
            return;
        Api::RunTaskRequest request = dialog.request();
        request.cluster = cluster;
        host()->runAction(pane(), session->client().runTask(request),
            QCoreApplication::translate("EcsDesk::Ui::MainWindow", "Task started."));
    });
}

void TaskPage::stopTasks()
{
    const QList<int> rows = pane()->selectedSourceRows();
    ClusterSession* session = host()->session();
    if (rows.isEmpty() || !session)
        return;
    QStringList arns;
    QStringList taskIds;
    for (int row : rows) {
        arns.append(m_model->rowAt(row).arn);
        taskIds.append(Models::TaskModel::lastSegment(arns.constLast()));
    }
    StopTaskDialog dialog(taskIds, host()->dialogParent());
    if (dialog.exec() != QDialog::Accepted || !host()->session())
        return;
    for (const QString& arn : std::as_const(arns)) {
        Api::StopTaskRequest request;
        request.cluster = host()->openCluster();
        request.task = arn;
        request.reason = dialog.reason();
        host()->runAction(pane(), host()->session()->client().stopTask(request),
            QCoreApplication::translate("EcsDesk::Ui::MainWindow", "Task %1 is stopping.")
                .arg(Models::TaskModel::lastSegment(arn)));
    }
}

} // namespace EcsDesk::Ui
