// SPDX-License-Identifier: MIT
#pragma once

#include "ui/exec/execlauncher.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTableView;

namespace EcsDesk::Models {
class ExecPreflightModel;
}

namespace EcsDesk::Ui {

class PortForwards;

/// Open Shell: the preflight checklist (each failure with its fix), the container and command, and
/// the buttons Open Shell (when nothing failed), Enable ECS Exec on the service (a one-click fix,
/// not in read-only mode) and Check Again. The page loads the facts and launches.
class OpenShellDialog : public QDialog {
    Q_OBJECT
public:
    OpenShellDialog(
        Models::ExecPreflightModel* model, const QStringList& containers, bool readOnly, QWidget* parent = nullptr);

    QString container() const;
    void selectContainer(const QString& container);
    QString command() const;
    /// A line under the checklist: loading, an error of a call, the launch's outcome.
    void setStatus(const QString& text);

Q_SIGNALS:
    void containerChanged(const QString& container);
    void recheckRequested();
    void enableExecRequested();
    void openShellRequested();

private:
    void updateButtons();

    Models::ExecPreflightModel* m_model;
    bool m_readOnly;
    QComboBox* m_container;
    QLineEdit* m_command;
    QTableView* m_checks;
    QLabel* m_status;
    QPushButton* m_openShell;
    QPushButton* m_enableExec;
    QPushButton* m_recheck;
};

/// Forward a Port: a local port to a container port of the task, or to a remote host:port the
/// task reaches.
class PortForwardDialog : public QDialog {
    Q_OBJECT
public:
    PortForwardDialog(const QStringList& containers, QWidget* parent = nullptr);

    /// container, ports and remote host (the cluster, task and runtime id are the page's).
    PortForwardSpec spec() const;
    void setSpec(const PortForwardSpec& spec);

private:
    void updateOk();

    QComboBox* m_container;
    QRadioButton* m_toContainer;
    QRadioButton* m_toRemoteHost;
    QLineEdit* m_remoteHost;
    QSpinBox* m_remotePort;
    QSpinBox* m_localPort;
    QPushButton* m_ok;
};

/// The active port forwards, each stoppable.
class PortForwardsDialog : public QDialog {
    Q_OBJECT
public:
    PortForwardsDialog(PortForwards* forwards, QWidget* parent = nullptr);

private:
    QTableView* m_table;
};

} // namespace EcsDesk::Ui
