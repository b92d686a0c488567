// SPDX-License-Identifier: MIT
#pragma once

#include "ui/customconnection.h"

#include <QObject>
#include <QStringList>

namespace EcsDesk::Ui {

/// Every setting of the app in one place: typed getters and setters over QSettings, each key
/// declared once, a change signal per setting.
class AppSettings : public QObject {
    Q_OBJECT
public:
    static AppSettings& instance();

    /// Version of the saved window state: bump when docks or panes change so old state is ignored.
    static constexpr int windowStateVersion = 2;

    int refreshIntervalSeconds() const; ///< 0: auto-refresh off
    void setRefreshIntervalSeconds(int seconds);

    /// Language code of the interface ("de", "vi", "zh_CN"); empty follows the system. Read once
    /// at start: a change applies after a restart.
    QString language() const;
    void setLanguage(const QString& code);

    QByteArray windowGeometry() const;
    QByteArray windowState() const;
    QByteArray splitterState() const;
    void saveWindow(const QByteArray& geometry, const QByteArray& state, const QByteArray& splitter);

    /// Column widths, order and sort of a pane's table (QHeaderView::saveState), saved for a table
    /// of `columns` columns: empty when none is saved or the pane's columns changed since.
    QByteArray paneHeaderState(const QString& pane, int columns) const;
    void savePaneHeaderState(const QString& pane, int columns, const QByteArray& state);

    /// Custom connections (their keys are in the keychain, not here).
    QList<CustomConnection> customConnections() const;
    void setCustomConnections(const QList<CustomConnection>& connections);

    /// The connections (profile or custom connection names) opened in read-only mode.
    QStringList readOnlyConnections() const;
    void setReadOnlyConnections(const QStringList& names);
    bool isReadOnlyConnection(const QString& name) const { return readOnlyConnections().contains(name); }

    /// The terminal emulator Open Shell runs in (a name on PATH or a path); empty: detected
    /// ($TERMINAL, x-terminal-emulator, gnome-terminal, konsole, xterm).
    QString terminal() const;
    void setTerminal(const QString& program);

Q_SIGNALS:
    void refreshIntervalChanged(int seconds);
    void readOnlyConnectionsChanged();

private:
    AppSettings() = default;
};

} // namespace EcsDesk::Ui
