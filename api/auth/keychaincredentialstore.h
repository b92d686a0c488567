// SPDX-License-Identifier: MIT
#pragma once

#include "api/auth/credentialsprovider.h"

#include <QObject>

namespace EcsDesk::Api {

/// Keys a user types into the app live in the OS keychain (Secret Service, macOS Keychain,
/// Windows Credential Manager) through QtKeychain, and nowhere else: never in settings files,
/// never in logs. One entry per connection, holding the access key id, secret and session token.
/// When the keychain refuses them (no Secret Service, a locked or missing keyring), the user may
/// keep them for the session instead: in this process's memory only, gone when the app quits.
class KeychainCredentialStore : public QObject {
    Q_OBJECT
public:
    explicit KeychainCredentialStore(QString service = QStringLiteral("ecsdesk"), QObject* parent = nullptr);

    using WriteCallback = std::function<void(const std::optional<AwsError>& error)>;
    using ReadCallback = std::function<void(const Outcome<Credentials>& outcome)>;

    void store(const QString& connection, const Credentials& credentials, WriteCallback done);
    /// A missing entry is a Credentials error with code "NotInKeychain".
    void load(const QString& connection, ReadCallback done);
    void remove(const QString& connection, WriteCallback done);

    /// Keeps `credentials` of `connection` in memory until the process ends (never in a file);
    /// load() and provider() of any store of the same service answer with them from then on.
    void keepForSession(const QString& connection, const Credentials& credentials);
    bool isKeptForSession(const QString& connection) const;

    /// A provider that reads `connection` from the keychain on first use and keeps it in memory.
    std::shared_ptr<CredentialsProvider> provider(const QString& connection);

private:
    QString m_service;
};

} // namespace EcsDesk::Api
