// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace EcsDesk::Ui {

/// Edit > Preferences: the interface language (from the next start) and the auto-refresh
/// interval, the read-only connections and Open Shell's terminal emulator (at once). Reads from and writes to
/// AppSettings; Cancel changes nothing.
class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget* parent = nullptr);

    /// The language code chosen ("" follows the system).
    QString language() const;
    void setLanguage(const QString& code);
    int refreshIntervalSeconds() const;
    void setRefreshIntervalSeconds(int seconds);
    /// The connections (profile or custom connection names) opened read-only.
    QStringList readOnlyConnections() const;
    void setReadOnlyConnections(const QStringList& names);
    /// The terminal emulator of Open Shell ("" detects one).
    QString terminal() const;
    void setTerminal(const QString& program);
    /// True when the chosen language differs from the one the app runs in (a restart is needed).
    bool needsRestart() const;

    void accept() override;

private:
    void updateRestartNote();

    QComboBox* m_language;
    QComboBox* m_interval;
    QLineEdit* m_readOnly;
    QComboBox* m_terminal;
    QLabel* m_restartNote;
    QString m_startLanguage;
};

} // namespace EcsDesk::Ui
