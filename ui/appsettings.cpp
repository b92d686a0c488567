// SPDX-License-Identifier: MIT
#include "ui/appsettings.h"

#include <QSettings>

namespace EcsDesk::Ui {

namespace Key {
    const auto refreshInterval = QStringLiteral("refresh/intervalSeconds");
    const auto language = QStringLiteral("ui/language");
    const auto windowVersion = QStringLiteral("window/version");
    const auto windowGeometry = QStringLiteral("window/geometry");
    const auto windowState = QStringLiteral("window/state");
    const auto splitterState = QStringLiteral("window/splitter");
    const auto paneHeader = QStringLiteral("panes/%1/header");
    const auto paneColumns = QStringLiteral("panes/%1/columns");
    const auto connections = QStringLiteral("connections");
    const auto connectionName = QStringLiteral("name");
    const auto connectionEndpoint = QStringLiteral("endpointUrl");
    const auto connectionRegion = QStringLiteral("region");
    const auto readOnlyConnections = QStringLiteral("readOnly/connections");
    const auto terminal = QStringLiteral("exec/terminal");
} // namespace Key

AppSettings& AppSettings::instance()
{
    static AppSettings settings;
    return settings;
}

int AppSettings::refreshIntervalSeconds() const { return QSettings().value(Key::refreshInterval, 30).toInt(); }

void AppSettings::setRefreshIntervalSeconds(int seconds)
{
    if (seconds == refreshIntervalSeconds())
        return;
    QSettings().setValue(Key::refreshInterval, seconds);
    Q_EMIT refreshIntervalChanged(seconds);
}

QString AppSettings::language() const { return QSettings().value(Key::language).toString(); }

void AppSettings::setLanguage(const QString& code)
{
    if (code.isEmpty())
        QSettings().remove(Key::language);
    else
        QSettings().setValue(Key::language, code);
}

static bool windowVersionMatches()
{
    return QSettings().value(Key::windowVersion).toInt() == AppSettings::windowStateVersion;
}

QByteArray AppSettings::windowGeometry() const
{
    return windowVersionMatches() ? QSettings().value(Key::windowGeometry).toByteArray() : QByteArray();
}

QByteArray AppSettings::windowState() const
{
    return windowVersionMatches() ? QSettings().value(Key::windowState).toByteArray() : QByteArray();
}

QByteArray AppSettings::splitterState() const
{
    return windowVersionMatches() ? QSettings().value(Key::splitterState).toByteArray() : QByteArray();
}

void AppSettings::saveWindow(const QByteArray& geometry, const QByteArray& state, const QByteArray& splitter)
{
    QSettings settings;
    settings.setValue(Key::windowVersion, windowStateVersion);
    settings.setValue(Key::windowGeometry, geometry);
    settings.setValue(Key::windowState, state);
    settings.setValue(Key::splitterState, splitter);
}

QByteArray AppSettings::paneHeaderState(const QString& pane, int columns) const
{
    QSettings settings;
    if (settings.value(Key::paneColumns.arg(pane)).toInt() != columns)
        return {};
    return settings.value(Key::paneHeader.arg(pane)).toByteArray();
}

void AppSettings::savePaneHeaderState(const QString& pane, int columns, const QByteArray& state)
{
    QSettings settings;
    settings.setValue(Key::paneColumns.arg(pane), columns);
    settings.setValue(Key::paneHeader.arg(pane), state);
}

QList<CustomConnection> AppSettings::customConnections() const
{
    QSettings settings;
    QList<CustomConnection> connections;
    const int count = settings.beginReadArray(Key::connections);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        connections.append({ settings.value(Key::connectionName).toString(),
            settings.value(Key::connectionEndpoint).toUrl(), settings.value(Key::connectionRegion).toString() });
    }
    settings.endArray();
    return connections;
}

void AppSettings::setCustomConnections(const QList<CustomConnection>& connections)
{
    QSettings settings;
    settings.beginWriteArray(Key::connections, int(connections.size()));
    for (int i = 0; i < connections.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(Key::connectionName, connections.at(i).name);
        settings.setValue(Key::connectionEndpoint, connections.at(i).endpointUrl);
        settings.setValue(Key::connectionRegion, connections.at(i).region);
    }
    settings.endArray();
}

QStringList AppSettings::readOnlyConnections() const
{
    return QSettings().value(Key::readOnlyConnections).toStringList();
}

void AppSettings::setReadOnlyConnections(const QStringList& names)
{
    if (names == readOnlyConnections())
        return;
    QSettings().setValue(Key::readOnlyConnections, names);
    Q_EMIT readOnlyConnectionsChanged();
}

QString AppSettings::terminal() const { return QSettings().value(Key::terminal).toString(); }

void AppSettings::setTerminal(const QString& program)
{
    if (program.trimmed().isEmpty())
        QSettings().remove(Key::terminal);
    else
        QSettings().setValue(Key::terminal, program.trimmed());
}

} // namespace EcsDesk::Ui
