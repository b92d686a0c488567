// SPDX-License-Identifier: MIT
#include "api/auth/keychaincredentialstore.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>

#include <qt6keychain/keychain.h>

namespace EcsDesk::Api {

namespace {

    AwsError keychainError(QKeychain::Job* job)
    {
        if (job->error() == QKeychain::EntryNotFound)
            return AwsError::make(AwsError::Kind::Credentials, QStringLiteral("NotInKeychain"),
                QCoreApplication::translate(
                    "KeychainCredentialStore", "No keys are stored in the keychain for this connection."));
        return AwsError::make(AwsError::Kind::Credentials, QStringLiteral("KeychainError"),
            QCoreApplication::translate("KeychainCredentialStore", "The keychain refused the request: %1")
                .arg(job->errorString()));
    }

    /// Keys kept for the session only, by service and connection: this process's memory, nothing else.
    QHash<QString, Credentials>& sessionKeys()
    {
        static QHash<QString, Credentials> keys;
        return keys;
    }

    QString sessionKey(const QString& service, const QString& connection)
    {
        return service + QLatin1Char('\n') + connection;
    }

    /// Reads the keychain once, then answers from memory.
    class KeychainCredentialsProvider : public CredentialsProvider {
    public:
        KeychainCredentialsProvider(QPointer<KeychainCredentialStore> store, QString connection)
            : m_store(std::move(store))
            , m_connection(std::move(connection))
        {
        }
        void fetch(Callback callback) override
        {
            if (m_cached) {
                callback(Outcome<Credentials>::success(*m_cached));
                return;
            }
            if (!m_store) {
                callback(Outcome<Credentials>::failure(
                    AwsError::make(AwsError::Kind::Credentials, QStringLiteral("KeychainError"),
                        QCoreApplication::translate("KeychainCredentialStore", "The keychain store is gone."))));
                return;
            }
            std::weak_ptr<CredentialsProvider> weak = shared_from_this();
            m_store->load(m_connection, [this, weak, callback](const Outcome<Credentials>& outcome) {
                if (weak.lock() && outcome.ok())
                    m_cached = outcome.value;
                callback(outcome);
            });
        }
        QString description() const override
        {
            return QCoreApplication::translate("KeychainCredentialStore", "keychain entry %1").arg(m_connection);
        }

    private:
        QPointer<KeychainCredentialStore> m_store;
        QString m_connection;
        std::optional<Credentials> m_cached;
    };
} // namespace

KeychainCredentialStore::KeychainCredentialStore(QString service, QObject* parent)
    : QObject(parent)
    , m_service(std::move(service))
{
}

void KeychainCredentialStore::store(const QString& connection, const Credentials& credentials, WriteCallback done)
{
    auto* job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never fall back to a plaintext file
    job->setKey(connection);
    const QJsonObject secret { { QStringLiteral("accessKeyId"), credentials.accessKeyId },
        { QStringLiteral("secretAccessKey"), credentials.secretAccessKey },
        { QStringLiteral("sessionToken"), credentials.sessionToken } };
    job->setBinaryData(QJsonDocument(secret).toJson(QJsonDocument::Compact));
    connect(job, &QKeychain::Job::finished, this, [this, done, connection](QKeychain::Job* finished) {
        if (finished->error() == QKeychain::NoError)
            sessionKeys().remove(sessionKey(m_service, connection)); // the keychain has them now
        done(finished->error() == QKeychain::NoError ? std::nullopt : std::optional(keychainError(finished)));
    });
    job->start();
}

void KeychainCredentialStore::keepForSession(const QString& connection, const Credentials& credentials)
{
    sessionKeys().insert(sessionKey(m_service, connection), credentials);
}

bool KeychainCredentialStore::isKeptForSession(const QString& connection) const
{
    return sessionKeys().contains(sessionKey(m_service, connection));
}

void KeychainCredentialStore::load(const QString& connection, ReadCallback done)
{
    const auto kept = sessionKeys().constFind(sessionKey(m_service, connection));
    if (kept != sessionKeys().cend()) {
        // Answered later, as the keychain would be.
        QMetaObject::invokeMethod(
            this, [done, credentials = *kept] { done(Outcome<Credentials>::success(credentials)); },
            Qt::QueuedConnection);
        return;
    }
    auto* job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(connection);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job* finished) {
        if (finished->error() != QKeychain::NoError) {
            done(Outcome<Credentials>::failure(keychainError(finished)));
            return;
        }
        const auto* read = static_cast<QKeychain::ReadPasswordJob*>(finished);
        const QJsonObject secret = QJsonDocument::fromJson(read->binaryData()).object();
        Credentials credentials { secret.value(QLatin1String("accessKeyId")).toString(),
            secret.value(QLatin1String("secretAccessKey")).toString(),
            secret.value(QLatin1String("sessionToken")).toString(), {} };
        if (!credentials.isValid()) {
            done(Outcome<Credentials>::failure(
                AwsError::make(AwsError::Kind::Credentials, QStringLiteral("KeychainError"),
                    QCoreApplication::translate(
                        "KeychainCredentialStore", "The keychain entry for this connection is damaged."))));
            return;
        }
        done(Outcome<Credentials>::success(credentials));
    });
    job->start();
}

void KeychainCredentialStore::remove(const QString& connection, WriteCallback done)
{
    sessionKeys().remove(sessionKey(m_service, connection));
    auto* job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(connection);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job* finished) {
        done(finished->error() == QKeychain::NoError || finished->error() == QKeychain::EntryNotFound
                ? std::nullopt
                : std::optional(keychainError(finished)));
    });
    job->start();
}

std::shared_ptr<CredentialsProvider> KeychainCredentialStore::provider(const QString& connection)
{
    return std::make_shared<KeychainCredentialsProvider>(QPointer<KeychainCredentialStore>(this), connection);
}

} // namespace EcsDesk::Api
