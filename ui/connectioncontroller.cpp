// SPDX-License-Identifier: MIT
#include "ui/connectioncontroller.h"

#include "api/auth/awsconfigfile.h"
#include "api/auth/connection.h"
#include "api/auth/keychaincredentialstore.h"
#include "host/embeddedendpoint.h"
#include "ui/appsettings.h"
#include "ui/clustersession.h"
#include "ui/connectiondialog.h"
#include "ui/messagebar.h"
#include "ui/navigator.h"
#include "ui/sessioncontroller.h"
#include "ui/ssologindialog.h"

#include <QProcessEnvironment>

namespace EcsDesk::Ui {

ConnectionController::ConnectionController(
    Navigator* navigator, SessionController* sessions, MessageBar* messages, QWidget* window)
    : QObject(window)
    , m_navigator(navigator)
    , m_sessions(sessions)
    , m_messages(messages)
    , m_window(window)
{
}

ConnectionController::~ConnectionController()
{
    delete m_localHost; // stops the endpoint in its thread (the window closed the session first)
}

Local::LocalEndpoint* ConnectionController::localEndpoint() const
{
    return m_localHost ? m_localHost->endpoint() : nullptr;
}

void ConnectionController::startLocal(const QString& dataDir, const QString& seed)
{
    QTreeWidgetItem* localItem = m_navigator->addLocal();
    m_localHost = new Host::EmbeddedEndpoint(this);
    QString error;
    if (!m_localHost->start({ dataDir, seed }, &error)) {
        m_navigator->setLocalUnavailable(error);
        m_messages->showMessage(tr("The local endpoint did not start: %1").arg(error), MessageBar::Kind::Error);
        return;
    }
    open(new ClusterSession(m_localHost->connection(tr("Local")), this), localItem);
    m_navigator->setCurrentItem(localItem);
}

void ConnectionController::addCustomConnections()
{
    for (const CustomConnection& connection : AppSettings::instance().customConnections())
        m_navigator->customItem(
            connection.name, connection.endpointUrl.isEmpty() ? connection.region : connection.endpointUrl.toString());
}

void ConnectionController::editConnection(const CustomConnection* prefill)
{
    // The dialog stores the keys in the keychain before it closes; if the keychain refuses, it
    // stays open with what was typed and may keep the keys for this session only.
    ConnectionDialog dialog(m_window);
    if (prefill)
        dialog.setConnection(*prefill);
    auto* store = new Api::KeychainCredentialStore(QStringLiteral("ecsdesk"), &dialog);
    dialog.setCredentialStore(store);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const CustomConnection connection = dialog.connection();
    QList<CustomConnection> all = AppSettings::instance().customConnections();
    all.removeIf([&](const CustomConnection& c) { return c.name == connection.name; });
    all.append(connection);
    AppSettings::instance().setCustomConnections(all);
    QTreeWidgetItem* item = m_navigator->customItem(
        connection.name, connection.endpointUrl.isEmpty() ? connection.region : connection.endpointUrl.toString());
    if (m_navigator->currentItem() == item)
        useCustomConnection(item); // already selected: connect with the keys just entered
    else
        m_navigator->setCurrentItem(item);
    if (dialog.keysKeptForSessionOnly())
        m_messages->showMessage(
            tr("The keys of %1 are kept for this session only: the system keychain did not store them. Enter them "
               "again after a restart, or set up the keychain.")
                .arg(connection.name));
}

void ConnectionController::useCustomConnection(QTreeWidgetItem* item)
{
    const QString name = Navigator::source(item).name;
    CustomConnection connection;
    for (const CustomConnection& c : AppSettings::instance().customConnections()) {
        if (c.name == name)
            connection = c;
    }
    auto* store = new Api::KeychainCredentialStore(QStringLiteral("ecsdesk"), this);
    // The keychain may ask to be unlocked first: say what the app waits for.
    const QString waiting = tr("Reading the keys of %1 from the system keychain…").arg(name);
    m_messages->showMessage(waiting);
    store->load(name, [this, store, connection, item, waiting](const Api::Outcome<Api::Credentials>& outcome) {
        store->deleteLater();
        if (m_messages->text() == waiting)
            m_messages->hide();
        if (!outcome.ok()) {
            m_messages->showMessage(tr("The keys of %1 could not be read from the keychain: %2")
                                        .arg(connection.name, outcome.error->toString()),
                MessageBar::Kind::Error, tr("Enter Keys…"), [this, connection] { editConnection(&connection); });
            return;
        }
        if (!m_navigator->isCurrentIn(item))
            return; // the user has moved on
        Api::Connection resolved;
        resolved.profile = connection.name;
        // The region chosen in the navigator (one of the connection's enabled regions), else its own.
        const QString region = Navigator::regionOf(m_navigator->currentItem());
        resolved.region = (region.isEmpty() ? connection.region : region).toLatin1();
        resolved.endpointUrl = connection.endpointUrl;
        resolved.credentials = std::make_shared<Api::StaticCredentialsProvider>(outcome.value, connection.name);
        open(new ClusterSession(resolved, this), item);
    });
}

void ConnectionController::use(QTreeWidgetItem* item)
{
    // A region of the connection other than the session's (issue 24) connects anew in it.
    const QString region = Navigator::regionOf(m_navigator->currentItem());
    const ClusterSession* current = m_sessions->session();
    if (item == m_sessions->sessionItem()
        && (region.isEmpty() || !current || region == QString::fromLatin1(current->connection().region)))
        return;
    const ConnectionSource source = Navigator::source(item);
    if (source.kind == ConnectionSource::Custom) {
        useCustomConnection(item);
        return;
    }
    if (source.kind == ConnectionSource::Local) {
        // The local session is recreated from the running endpoint.
        if (m_localHost && m_localHost->isRunning()) {
            Api::Connection local = m_localHost->connection(tr("Local"));
            if (!region.isEmpty())
                local.region = region.toLatin1(); // the embedded endpoint answers its own region only
            open(new ClusterSession(local, this), item);
        }
        return;
    }
    Api::ConnectionOptions options;
    options.profile = source.name;
    options.region = region.isEmpty() ? source.regionOverride : region;
    options.endpointUrl = source.endpointUrl;
    // The credentials providers (SSO portal, STS for assumed roles) call through this transport
    // whenever they refresh, so it lives as long as the session that uses them.
    auto* transport = new Api::AwsTransport(this);
    const Api::Outcome<Api::Connection> resolved
        = Api::ConnectionResolver::resolve(options, QProcessEnvironment::systemEnvironment(), transport);
    if (!resolved.ok()) {
        transport->deleteLater();
        m_messages->showMessage(resolved.error->toString(), MessageBar::Kind::Error);
        return;
    }
    auto* session = new ClusterSession(resolved.value, this);
    transport->setParent(session);
    open(session, item);
}

void ConnectionController::open(ClusterSession* session, QTreeWidgetItem* item)
{
    connect(session, &ClusterSession::clustersFailed, this, [this, item](const Api::AwsError& error) {
        if (error.code.startsWith(QLatin1String("SsoToken"))) {
            // Not a modal question: the message says what happened, its button signs in.
            const QString profile = Navigator::source(item).name;
            const QString text = error.code == QLatin1String("SsoTokenExpired")
                ? tr("The SSO session of profile %1 has expired: sign in again.").arg(profile)
                : tr("Profile %1 has no SSO sign-in yet: sign in.").arg(profile);
            m_messages->showMessage(text, MessageBar::Kind::Error, tr("Sign In Again…"),
                [this, profile, item] { signInWithSso(profile, item); });
            return;
        }
        m_messages->showMessage(error.toString(), MessageBar::Kind::Error);
    });
    m_sessions->setSession(session, item);
}

void ConnectionController::signInWithSso(const QString& profile, QTreeWidgetItem* connectionItem)
{
    if (m_ssoLogin)
        m_ssoLogin->close(); // one sign-in at a time: the newest wins
    auto* dialog = new SsoLoginDialog(profile, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_ssoLogin = dialog;
    connect(dialog, &SsoLoginDialog::succeeded, this, [this, dialog, connectionItem] {
        dialog->close();
        // Reconnect: a new session resolves the profile again and reads the fresh token.
        if (m_sessions->sessionItem() == connectionItem)
            m_sessions->forgetSessionItem();
        if (m_navigator->currentItem() != connectionItem)
            m_navigator->setCurrentItem(connectionItem); // selecting it connects
        else
            use(connectionItem);
    });
    connect(dialog, &SsoLoginDialog::failed, this,
        [this](const QString& message) { m_messages->showMessage(message, MessageBar::Kind::Error); });
    dialog->show();
    dialog->start();
}

} // namespace EcsDesk::Ui
