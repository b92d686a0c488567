// SPDX-License-Identifier: MIT
#include "ui/ssologindialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QVBoxLayout>

namespace EcsDesk::Ui {

SsoLoginDialog::SsoLoginDialog(const QString& profile, QWidget* parent)
    : QDialog(parent)
    , m_profile(profile)
    , m_process(new QProcess(this))
    , m_output(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
    , m_close(nullptr)
{
    setObjectName(QStringLiteral("ssoLoginDialog"));
    setWindowTitle(tr("Sign In — Profile %1").arg(profile));
    m_output->setObjectName(QStringLiteral("ssoLoginOutput"));
    m_output->setReadOnly(true);
    m_output->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_status->setObjectName(QStringLiteral("ssoLoginStatus"));
    m_status->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_close = buttons->button(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_output, 1);
    layout->addWidget(buttons);
    resize(640, 320);

    m_process->setProcessChannelMode(QProcess::MergedChannels);
    connect(m_process, &QProcess::readyRead, this,
        [this] { m_output->appendPlainText(QString::fromLocal8Bit(m_process->readAll()).trimmed()); });
    connect(m_process, &QProcess::finished, this,
        [this](int exitCode, QProcess::ExitStatus status) { finish(exitCode, status == QProcess::CrashExit); });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return; // the others end in finished()
        const QString message = tr("The AWS CLI could not be started (%1). Install AWS CLI v2 and run \"aws sso "
                                   "login --profile %2\" in a terminal.")
                                    .arg(m_process->errorString(), m_profile);
        m_status->setText(message);
        Q_EMIT failed(message);
    });
}

SsoLoginDialog::~SsoLoginDialog()
{
    if (m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(2000);
    }
}

void SsoLoginDialog::start(const QString& program)
{
    const QStringList arguments { QStringLiteral("sso"), QStringLiteral("login"), QStringLiteral("--profile"),
        m_profile };
    m_status->setText(
        tr("Running \"%1 %2\": finish the sign-in in your browser.").arg(program, arguments.join(QLatin1Char(' '))));
    m_process->start(program, arguments);
}

QString SsoLoginDialog::output() const { return m_output->toPlainText(); }

bool SsoLoginDialog::isRunning() const { return m_process->state() != QProcess::NotRunning; }

void SsoLoginDialog::finish(int exitCode, bool crashed)
{
    if (!crashed && exitCode == 0) {
        m_status->setText(tr("Signed in. Reconnecting profile %1…").arg(m_profile));
        Q_EMIT succeeded();
        return;
    }
    const QString message = crashed
        ? tr("The sign-in of profile %1 was interrupted.").arg(m_profile)
        : tr("The sign-in of profile %1 failed (exit code %2).").arg(m_profile).arg(exitCode);
    m_status->setText(message);
    Q_EMIT failed(message);
}

} // namespace EcsDesk::Ui
