// SPDX-License-Identifier: MIT
#pragma once

#include "api/auth/credentials.h"
#include "api/core/awstransport.h"
#include "ui/customconnection.h"

#include <QDialog>
#include <QPointer>
#include <QUrl>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace EcsDesk::Api {
class AwsReply;
class AwsTransport;
class KeychainCredentialStore;
class ReplyGuard;
} // namespace EcsDesk::Api

namespace EcsDesk::Ui {

/// "New Connection": name, endpoint URL, region and access keys, with "Test connection"
/// (GetCallerIdentity against AWS, ListClusters against an endpoint URL, which may lack STS).
/// With a credential store, OK stores the keys in the keychain before the dialog closes; when the
/// keychain refuses or is missing the dialog stays open with everything typed, says why, and offers
/// to keep the keys for this session only (in memory).
class ConnectionDialog : public QDialog {
    Q_OBJECT
public:
    explicit ConnectionDialog(QWidget* parent = nullptr);
    ~ConnectionDialog() override;

    CustomConnection connection() const;
    /// Fills name, endpoint and region (a saved connection whose keys are entered again) and
    /// puts the focus in the access key.
    void setConnection(const CustomConnection& connection);
    Api::Credentials credentials() const;
    /// The first problem with the input, empty when fine.
    QString validate() const;
    QString errorText() const;
    QString testResult() const;
    bool isTesting() const { return m_testReply != nullptr; }

    /// Accepting stores the keys in `store` first (see the class comment).
    void setCredentialStore(Api::KeychainCredentialStore* store);
    /// True when the keychain refused the keys and the user chose to keep them for this session.
    bool keysKeptForSessionOnly() const { return m_keptForSession; }
    bool isStoringKeys() const { return m_storing; }
    /// Why the keys could not be stored (empty when they were or no attempt failed).
    QString keychainError() const;
    /// "Keep Keys for This Session Only", shown once the keychain refused the keys.
    QPushButton* sessionOnlyButton() const { return m_sessionOnly; }

    void accept() override;

    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* endpointEdit() const { return m_endpoint; }
    QLineEdit* regionEdit() const { return m_region; }
    QLineEdit* accessKeyEdit() const { return m_accessKey; }
    QLineEdit* secretKeyEdit() const { return m_secretKey; }
    QPushButton* testButton() const { return m_test; }

    /// Starts the test call (also the button's action).
    void testConnection();

Q_SIGNALS:
    void testFinished(bool ok);

private:
    void revalidate();
    void keepKeysForSession();

    QLineEdit* m_name;
    QLineEdit* m_endpoint;
    QLineEdit* m_region;
    QLineEdit* m_accessKey;
    QLineEdit* m_secretKey;
    QLineEdit* m_sessionToken;
    QPushButton* m_test;
    QLabel* m_error;
    QLabel* m_result;
    QLabel* m_keychainError;
    QPushButton* m_sessionOnly;
    QDialogButtonBox* m_buttons;
    Api::AwsTransport* m_transport;
    Api::ReplyGuard* m_replies;
    QPointer<Api::AwsReply> m_testReply;
    QPointer<Api::KeychainCredentialStore> m_store;
    bool m_storing = false;
    bool m_stored = false;
    bool m_keptForSession = false;
};

/// The regions the user enabled per connection (issue 24), kept in the settings: the Fleet
/// Overview loads every enabled region of the connection in use, and the navigator lists them under
/// it. A connection is known by the name its session gives it (Api::Connection::profile: the
/// profile, the custom connection's name, Local).
class ConnectionRegions : public QObject {
    Q_OBJECT
public:
    static ConnectionRegions& instance();

    /// The regions chosen for `connection`; empty when none were (see enabled()).
    QStringList regions(const QString& connection) const;
    /// The regions to show: those chosen, else the connection's own region.
    QStringList enabled(const QString& connection, const QString& ownRegion) const;
    /// Keeps `regions` (duplicates and blanks dropped); empty forgets the choice.
    void setRegions(const QString& connection, const QStringList& regions);
    /// The commercial AWS regions offered for choice.
    static QStringList knownRegions();

Q_SIGNALS:
    void changed(const QString& connection);

private:
    ConnectionRegions() = default;
};

/// "Regions of <connection>": a checkable list of the regions (the known ones, plus any chosen
/// before) and a box to add another; the connection's own region is checked when nothing was chosen.
class ConnectionRegionsDialog : public QDialog {
    Q_OBJECT
public:
    ConnectionRegionsDialog(const QString& connection, const QString& ownRegion, QWidget* parent = nullptr);

    /// The regions checked, in list order.
    QStringList regions() const;
    /// Checks exactly `regions` (adding those not listed).
    void setRegions(const QStringList& regions);
    QListWidget* list() const { return m_list; }
    /// Saves regions() for the connection and closes.
    void accept() override;

private:
    void addRegion(const QString& region, bool checked);

    QString m_connection;
    QListWidget* m_list;
    QLineEdit* m_other;
};

} // namespace EcsDesk::Ui
