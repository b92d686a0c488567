// SPDX-License-Identifier: MIT
#pragma once

#include "api/ecs/taskaddresses.h"
#include "api/elbv2/servicetargetsloader.h"
#include "ui/exec/execlauncher.h"
#include "ui/pages/resourcepage.h"

class QCheckBox;
class QWidget;

namespace EcsDesk::Models {
class StoppedTaskGroupModel;
class TaskModel;
} // namespace EcsDesk::Models

namespace EcsDesk::Ui {

class ActionRegistry;
class OpenShellFlow;
class PortForwards;

/// The Tasks pane of the open cluster: Run Task, Stop Task on every selected task, and "Only
/// failed/stopped", which groups the stopped tasks by their stopped reason.
class TaskPage : public ResourcePage {
    Q_OBJECT
public:
    TaskPage(PageHost* host, QWidget* parent);

    QString name() const override { return QStringLiteral("tasks"); }
    QString title() const override;
    Models::TaskModel* model() const { return m_model; }
    Models::StoppedTaskGroupModel* stoppedGroups() const { return m_stoppedGroups; }
    /// Shows only the failed/stopped tasks, grouped (the checkbox of the filter row).
    void setOnlyStopped(bool on);
    /// The addresses of the current task (Copy Address, Open in Browser).
    Api::TaskAddresses currentAddresses() const;
    /// The task definition ("family:revision") of the selected task; empty when none.
    QString selectedTaskDefinition() const override;
    void declareActions(ActionRegistry& registry) override;
    QStringList contextActionIds() const override;
    PageMenu menu() const override;
    QStringList toolbarActionIds() const override;
    void showDetails(DetailsPane* details) const override;
    void clear() override;
    /// The tasks are converted and diffed on a worker thread: snapshotApplied() says when done.
    void applySnapshot(const Api::ClusterSnapshot& snapshot, bool reset) override;
    bool isLoading() const override;
    /// The Target health column follows `session`'s load balancers (one DescribeTargetHealth per
    /// target group of the cluster's services per refresh, only when a service has one).
    void setSession(ClusterSession* session) override;
    ObservedItem observedItem() const override;
    QList<PaletteRow> paletteRows() const override;
    /// Open Shell's preflight dialog on the current task; `container` preselected (empty: the first).
    /// Returns the flow (owned by the page until the dialog closes), for tests.
    OpenShellFlow* openShell(const QString& container = {}, bool modal = true);
    /// The active port forwards (Forward a Port…); they stop when the page goes.
    PortForwards* portForwards() const { return m_forwards; }
    /// Starts forwarding as the Forward a Port dialog would with `spec` (cluster, task and runtime id
    /// are the current task's); false with the reason in the message bar when it cannot start.
    bool startPortForward(PortForwardSpec spec);

private:
    void runTask();
    void stopTasks();
    void forwardPort();
    void showPortForwards();
    /// Fills the Target health column from the target groups' last answers.
    void showTargetHealth();

    Models::TaskModel* m_model;
    Models::StoppedTaskGroupModel* m_stoppedGroups;
    QCheckBox* m_onlyStopped;
    ActionRegistry* m_registry = nullptr;
    PortForwards* m_forwards;
    std::unique_ptr<Api::ElbV2Client> m_elb;
    Api::ServiceTargetsLoader* m_targetHealth = nullptr;
    QList<Api::ServiceTargetGroup> m_targetGroups; ///< the last answers, matched again as tasks change
    QString m_targetHealthError; ///< shown once until an answer succeeds
};

} // namespace EcsDesk::Ui
