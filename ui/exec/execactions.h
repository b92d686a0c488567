// SPDX-License-Identifier: MIT
#pragma once

#include "models/exec/execpreflight.h"
#include "ui/exec/execlauncher.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <functional>

namespace EcsDesk::Api {
class AwsReply;
}

namespace EcsDesk::Ui {

class ClusterSession;
class OpenShellDialog;

/// Hands `then` the connection as the AWS CLI should see it, with its keys fetched when the CLI
/// needs them (Local, custom connections); `failed` gets the reason they could not be read.
void withExecConnection(const ClusterSession& session, QObject* context,
    std::function<void(const ExecConnection&)> then, std::function<void(const QString&)> failed);

/// Open Shell on one task (issue 21): the preflight dialog, the facts it loads (aws --version,
/// session-manager-plugin, DescribeTasks, DescribeTaskDefinition, DescribeClusters with
/// CONFIGURATIONS), Enable ECS Exec on the service and the launch in a terminal emulator.
class OpenShellFlow : public QObject {
    Q_OBJECT
public:
    struct Context {
        QPointer<ClusterSession> session;
        QString cluster; ///< ARN or name
        QJsonObject task; ///< as the pane has it
        QString container; ///< preselected; empty: the first
        bool readOnly = false;
        QString terminal; ///< the Preferences' choice
        /// Runs UpdateService (Enable ECS Exec) the way the page runs its actions.
        std::function<void(Api::AwsReply* reply, const QString& done)> runAction;
    };

    OpenShellFlow(Context context, QWidget* dialogParent);
    ~OpenShellFlow() override;

    OpenShellDialog* dialog() const { return m_dialog; }
    Models::ExecPreflightModel* model() const { return m_model; }
    /// Loads the facts again and updates the checklist.
    void check();
    /// Launches the shell (Open Shell's button): true when the terminal started.
    void launch();

Q_SIGNALS:
    /// The facts are all in (or failed): the checklist is final until the next check().
    void checked();
    void launched(bool ok, const QString& message);

private:
    void updateFacts(const std::function<void(Models::ExecPreflightFacts&)>& change);
    void settle();
    void enableExec();

    Context m_context;
    Models::ExecPreflightModel* m_model;
    OpenShellDialog* m_dialog;
    QStringList m_errors; ///< of the calls of the current check
    int m_pending = 0;
    int m_generation = 0;
};

} // namespace EcsDesk::Ui
