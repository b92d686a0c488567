// SPDX-License-Identifier: MIT
#include "ui/exec/execdialogs.h"

#include "models/exec/execpreflight.h"
#include "ui/exec/portforwards.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace EcsDesk::Ui {

namespace {

    /// The checklist with a state icon before each result (the model has no colours: Qt Core).
    class CheckIcons : public QIdentityProxyModel {
    public:
        using QIdentityProxyModel::QIdentityProxyModel;
        QVariant data(const QModelIndex& index, int role) const override
        {
            if (role != Qt::DecorationRole || index.column() != Models::ExecPreflightModel::ResultColumn)
                return QIdentityProxyModel::data(index, role);
            using State = Models::ExecPreflightModel::State;
            switch (State(QIdentityProxyModel::data(index, Models::ExecPreflightModel::StateRole).toInt())) {
            case State::Passed:
                return QApplication::style()->standardIcon(QStyle::SP_DialogApplyButton);
            case State::Warning:
                return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
            case State::Failed:
                return QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical);
            case State::Unknown:
                return QApplication::style()->standardIcon(QStyle::SP_MessageBoxQuestion);
            }
            return {};
        }
    };

} // namespace

OpenShellDialog::OpenShellDialog(
    Models::ExecPreflightModel* model, const QStringList& containers, bool readOnly, QWidget* parent)
    : QDialog(parent)
    , m_model(model)
    , m_readOnly(readOnly)
    , m_container(new QComboBox(this))
    , m_command(new QLineEdit(u"/bin/sh"_s, this))
    , m_checks(new QTableView(this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Open Shell"));
    m_container->setObjectName(u"container"_s);
    m_container->addItems(containers);
    m_command->setObjectName(u"command"_s);
    m_checks->setObjectName(u"checks"_s);
    auto* icons = new CheckIcons(this);
    icons->setSourceModel(model);
    m_checks->setModel(icons);
    m_checks->setSelectionMode(QAbstractItemView::NoSelection);
    m_checks->setWordWrap(true);
    m_checks->verticalHeader()->hide();
    m_checks->horizontalHeader()->setStretchLastSection(true);
    m_checks->setMinimumWidth(760);
    m_status->setObjectName(u"status"_s);
    m_status->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Container:"), m_container);
    form->addRow(tr("Co&mmand:"), m_command);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_openShell = buttons->addButton(tr("&Open Shell"), QDialogButtonBox::AcceptRole);
    m_openShell->setObjectName(u"openShell"_s);
    m_enableExec = buttons->addButton(tr("&Enable ECS Exec on Service"), QDialogButtonBox::ActionRole);
    m_enableExec->setObjectName(u"enableExec"_s);
    m_enableExec->setToolTip(readOnly ? tr("Not in read-only mode: it changes the service.")
                                      : tr("Turns on enableExecuteCommand and starts a new deployment."));
    m_recheck = buttons->addButton(tr("Check &Again"), QDialogButtonBox::ActionRole);
    m_recheck->setObjectName(u"recheck"_s);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_openShell, &QPushButton::clicked, this, &OpenShellDialog::openShellRequested);
    connect(m_enableExec, &QPushButton::clicked, this, &OpenShellDialog::enableExecRequested);
    connect(m_recheck, &QPushButton::clicked, this, &OpenShellDialog::recheckRequested);
    connect(m_container, &QComboBox::currentTextChanged, this, &OpenShellDialog::containerChanged);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        m_checks->resizeColumnsToContents();
        m_checks->resizeRowsToContents();
        updateButtons();
    });

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_checks, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(900, 420);
    updateButtons();
}

QString OpenShellDialog::container() const { return m_container->currentText(); }

void OpenShellDialog::selectContainer(const QString& container)
{
    const QSignalBlocker blocker(m_container);
    m_container->setCurrentText(container);
}

QString OpenShellDialog::command() const { return m_command->text().trimmed(); }

void OpenShellDialog::setStatus(const QString& text) { m_status->setText(text); }

void OpenShellDialog::updateButtons()
{
    m_openShell->setEnabled(m_model->canOpenShell());
    m_enableExec->setVisible(m_model->canEnableExecOnService());
    m_enableExec->setEnabled(!m_readOnly);
    if (m_model->canOpenShell())
        m_openShell->setDefault(true);
}

PortForwardDialog::PortForwardDialog(const QStringList& containers, QWidget* parent)
    : QDialog(parent)
    , m_container(new QComboBox(this))
    , m_toContainer(new QRadioButton(tr("To the &container's port"), this))
    , m_toRemoteHost(new QRadioButton(tr("To a &remote host through the task"), this))
    , m_remoteHost(new QLineEdit(this))
    , m_remotePort(new QSpinBox(this))
    , m_localPort(new QSpinBox(this))
{
    setWindowTitle(tr("Forward a Port"));
    m_container->setObjectName(u"container"_s);
    m_container->addItems(containers);
    m_toContainer->setObjectName(u"toContainer"_s);
    m_toRemoteHost->setObjectName(u"toRemoteHost"_s);
    m_toContainer->setChecked(true);
    m_remoteHost->setObjectName(u"remoteHost"_s);
    m_remoteHost->setPlaceholderText(tr("mydb.cluster-abc.eu-west-1.rds.amazonaws.com"));
    m_remoteHost->setEnabled(false);
    m_remotePort->setObjectName(u"remotePort"_s);
    m_remotePort->setRange(1, 65535);
    m_remotePort->setValue(80);
    m_localPort->setObjectName(u"localPort"_s);
    m_localPort->setRange(1, 65535);
    m_localPort->setValue(8080);

    auto* form = new QFormLayout;
    form->addRow(tr("&Container:"), m_container);
    form->addRow(m_toContainer);
    form->addRow(m_toRemoteHost);
    form->addRow(tr("Remote &host:"), m_remoteHost);
    form->addRow(tr("&Port:"), m_remotePort);
    form->addRow(tr("&Local port:"), m_localPort);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Forward"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_toRemoteHost, &QRadioButton::toggled, m_remoteHost, &QLineEdit::setEnabled);
    connect(m_toRemoteHost, &QRadioButton::toggled, this, &PortForwardDialog::updateOk);
    connect(m_remoteHost, &QLineEdit::textChanged, this, &PortForwardDialog::updateOk);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    updateOk();
}

PortForwardSpec PortForwardDialog::spec() const
{
    PortForwardSpec spec;
    spec.container = m_container->currentText();
    spec.localPort = m_localPort->value();
    spec.remotePort = m_remotePort->value();
    if (m_toRemoteHost->isChecked())
        spec.remoteHost = m_remoteHost->text().trimmed();
    return spec;
}

void PortForwardDialog::setSpec(const PortForwardSpec& spec)
{
    if (!spec.container.isEmpty())
        m_container->setCurrentText(spec.container);
    m_localPort->setValue(spec.localPort);
    m_remotePort->setValue(spec.remotePort);
    m_toRemoteHost->setChecked(!spec.remoteHost.isEmpty());
    m_toContainer->setChecked(spec.remoteHost.isEmpty());
    m_remoteHost->setText(spec.remoteHost);
}

void PortForwardDialog::updateOk()
{
    m_ok->setEnabled(
        m_container->count() > 0 && (!m_toRemoteHost->isChecked() || !m_remoteHost->text().trimmed().isEmpty()));
}

PortForwardsDialog::PortForwardsDialog(PortForwards* forwards, QWidget* parent)
    : QDialog(parent)
    , m_table(new QTableView(this))
{
    setWindowTitle(tr("Port Forwards"));
    m_table->setObjectName(u"forwards"_s);
    m_table->setModel(forwards);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* stop = buttons->addButton(tr("&Stop"), QDialogButtonBox::ActionRole);
    stop->setObjectName(u"stop"_s);
    auto* stopAll = buttons->addButton(tr("Stop &All"), QDialogButtonBox::ActionRole);
    stopAll->setObjectName(u"stopAll"_s);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(stop, &QPushButton::clicked, this, [this, forwards] {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid())
            forwards->stop(current.row());
    });
    connect(stopAll, &QPushButton::clicked, forwards, &PortForwards::stopAll);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(720, 300);
}

} // namespace EcsDesk::Ui
