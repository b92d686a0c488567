// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QProcess;
class QPushButton;

namespace EcsDesk::Ui {

/// Runs `aws sso login --profile X` for an expired or missing IAM Identity Center sign-in, without
/// blocking the window: the command's output is shown as it comes (it prints the URL and code the
/// browser asks for), and succeeded() tells the window to reconnect when it exits with 0.
class SsoLoginDialog : public QDialog {
    Q_OBJECT
public:
    explicit SsoLoginDialog(const QString& profile, QWidget* parent = nullptr);
    ~SsoLoginDialog() override;

    /// Starts the sign-in (`program` is the AWS CLI, found on PATH).
    void start(const QString& program = QStringLiteral("aws"));
    QString profile() const { return m_profile; }
    QString output() const;
    bool isRunning() const;

Q_SIGNALS:
    void succeeded();
    void failed(const QString& message);

private:
    void finish(int exitCode, bool crashed);

    QString m_profile;
    QProcess* m_process;
    QPlainTextEdit* m_output;
    QLabel* m_status;
    QPushButton* m_close;
};

} // namespace EcsDesk::Ui
