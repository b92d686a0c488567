// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>

class QTreeWidgetItem;
class QWidget;

namespace EcsDesk::Api {
struct Connection;
}
namespace EcsDesk::Host {
class EmbeddedEndpoint;
}
namespace EcsDesk::Local {
class LocalEndpoint;
}

namespace EcsDesk::Ui {

class ClusterSession;
class MessageBar;
class Navigator;
class SessionController;
class SsoLoginDialog;
struct CustomConnection;

/// Turns a connection of the navigator into a session: the Local connection (the embedded
/// endpoint), a profile of the AWS config (resolved as the AWS CLI does; an expired SSO sign-in is
/// offered again in place) or a custom connection (its keys read from the OS keychain). New
/// Connection edits the custom ones. Problems show in `messages` (the Clusters pane's bar).
class ConnectionController : public QObject {
    Q_OBJECT
public:
    ConnectionController(Navigator* navigator, SessionController* sessions, MessageBar* messages, QWidget* window);
    ~ConnectionController() override;

    /// Starts the embedded endpoint (data in `dataDir`, seeded with `seed`) and connects to it.
    void startLocal(const QString& dataDir, const QString& seed);
    Local::LocalEndpoint* localEndpoint() const;
    /// Lists the saved custom connections in the navigator.
    void addCustomConnections();
    /// Connects with the connection of `item` unless it is the one in use.
    void use(QTreeWidgetItem* item);
    /// The New Connection dialog, filled with `prefill` (its keys to enter again) when given.
    void editConnection(const CustomConnection* prefill);

private:
    void useCustomConnection(QTreeWidgetItem* item);
    /// Hands `session` to the window; an SSO sign-in it lacks is offered in the message bar.
    void open(ClusterSession* session, QTreeWidgetItem* item);
    /// Runs `aws sso login --profile X` (output shown, not blocking) and reconnects after it.
    void signInWithSso(const QString& profile, QTreeWidgetItem* connectionItem);

    Navigator* m_navigator;
    SessionController* m_sessions;
    MessageBar* m_messages;
    QWidget* m_window;
    Host::EmbeddedEndpoint* m_localHost = nullptr; ///< runs the Local connection's endpoint
    QPointer<SsoLoginDialog> m_ssoLogin;
};

} // namespace EcsDesk::Ui
