// SPDX-License-Identifier: MIT
#include "ui/connectiondialog.h"

#include "api/auth/credentialsprovider.h"
#include "api/auth/keychaincredentialstore.h"
#include "api/core/replyguard.h"
#include "api/ecs/ecsclient.h"
#include "api/ecs/types.h"
#include "api/sts/stsclient.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace EcsDesk::Ui {

ConnectionDialog::ConnectionDialog(QWidget* parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_endpoint(new QLineEdit(this))
    , m_region(new QLineEdit(QStringLiteral("us-east-1"), this))
    , m_accessKey(new QLineEdit(this))
    , m_secretKey(new QLineEdit(this))
    , m_sessionToken(new QLineEdit(this))
    , m_test(new QPushButton(tr("&Test Connection"), this))
    , m_error(new QLabel(this))
    , m_result(new QLabel(this))
    , m_keychainError(new QLabel(this))
    , m_sessionOnly(new QPushButton(tr("&Keep Keys for This Session Only"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_transport(new Api::AwsTransport(this))
    , m_replies(new Api::ReplyGuard(this))
{
    setWindowTitle(tr("New Connection"));
    m_endpoint->setPlaceholderText(tr("empty for AWS; e.g. http://127.0.0.1:4566/"));
    m_secretKey->setEchoMode(QLineEdit::Password);
    m_sessionToken->setEchoMode(QLineEdit::Password);
    m_sessionToken->setPlaceholderText(tr("optional"));
    m_error->setObjectName(QStringLiteral("dialogError"));
    m_error->setWordWrap(true);
    m_result->setObjectName(QStringLiteral("testResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_keychainError->setObjectName(QStringLiteral("keychainError"));
    m_keychainError->setWordWrap(true);
    m_keychainError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_keychainError->hide();
    m_sessionOnly->setObjectName(QStringLiteral("keepKeysForSession"));
    m_sessionOnly->setToolTip(tr("The keys stay in memory until ECS Desk quits; they are never written to a file."));
    m_sessionOnly->setAutoDefault(false);
    m_sessionOnly->hide();
    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Endpoint URL:"), m_endpoint);
    form->addRow(tr("&Region:"), m_region);
    form->addRow(tr("&Access key ID:"), m_accessKey);
    form->addRow(tr("&Secret access key:"), m_secretKey);
    form->addRow(tr("Session t&oken:"), m_sessionToken);
    auto* note = new QLabel(tr("The keys are stored in the system keychain only."), this);
    note->setEnabled(false);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_test, 0, Qt::AlignLeft);
    layout->addWidget(m_result);
    layout->addWidget(m_error);
    layout->addWidget(m_keychainError);
    layout->addWidget(m_sessionOnly, 0, Qt::AlignLeft);
    layout->addWidget(m_buttons);
    for (QLineEdit* edit : { m_name, m_endpoint, m_region, m_accessKey, m_secretKey })
        connect(edit, &QLineEdit::textChanged, this, &ConnectionDialog::revalidate);
    connect(m_test, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_sessionOnly, &QPushButton::clicked, this, &ConnectionDialog::keepKeysForSession);
    revalidate();
    m_name->setFocus();
}

void ConnectionDialog::setCredentialStore(Api::KeychainCredentialStore* store) { m_store = store; }

QString ConnectionDialog::keychainError() const
{
    return m_keychainError->isHidden() ? QString() : m_keychainError->text();
}

void ConnectionDialog::accept()
{
    if (!validate().isEmpty() || m_storing)
        return;
    if (!m_store || m_stored) {
        QDialog::accept();
        return;
    }
    m_storing = true;
    m_keychainError->hide();
    m_sessionOnly->hide();
    m_result->setText(tr("Storing the keys in the system keychain…"));
    revalidate();
    const QPointer<ConnectionDialog> self(this);
    const QString name = connection().name;
    m_store->store(name, credentials(), [self, name](const std::optional<Api::AwsError>& error) {
        if (!self)
            return;
        self->m_storing = false;
        self->m_result->clear();
        if (!error) {
            self->m_stored = true;
            self->revalidate();
            self->QDialog::accept();
            return;
        }
        // Nothing typed is lost: the dialog stays, says why and offers the session-only keys.
        self->m_keychainError->setText(tr("The keys of %1 could not be stored in the system keychain: %2\nKeep them "
                                          "for this session only, or cancel and set up the keychain.")
                                           .arg(name, error->message.isEmpty() ? error->toString() : error->message));
        self->m_keychainError->show();
        self->m_sessionOnly->show();
        self->m_sessionOnly->setFocus();
        self->revalidate();
    });
}

void ConnectionDialog::keepKeysForSession()
{
    if (!m_store || m_storing || !validate().isEmpty())
        return;
    m_store->keepForSession(connection().name, credentials());
    m_keptForSession = true;
    m_stored = true;
    QDialog::accept();
}

ConnectionDialog::~ConnectionDialog()
{
    if (m_testReply)
        m_testReply->abort();
}

CustomConnection ConnectionDialog::connection() const
{
    return { m_name->text().trimmed(), QUrl(m_endpoint->text().trimmed()), m_region->text().trimmed() };
}

void ConnectionDialog::setConnection(const CustomConnection& connection)
{
    m_name->setText(connection.name);
    m_endpoint->setText(connection.endpointUrl.toString());
    m_region->setText(connection.region);
    m_accessKey->setFocus();
}

Api::Credentials ConnectionDialog::credentials() const
{
    Api::Credentials credentials;
    credentials.accessKeyId = m_accessKey->text().trimmed();
    credentials.secretAccessKey = m_secretKey->text().trimmed();
    credentials.sessionToken = m_sessionToken->text().trimmed();
    return credentials;
}

QString ConnectionDialog::validate() const
{
    static const QRegularExpression region(QStringLiteral("^[a-z]{2}(-[a-z]+)+-[0-9]+$"));
    if (m_name->text().trimmed().isEmpty())
        return tr("Enter a name for the connection.");
    const QString endpoint = m_endpoint->text().trimmed();
    if (!endpoint.isEmpty()) {
        const QUrl url(endpoint, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
            || url.host().isEmpty())
            return tr("The endpoint URL must be an http:// or https:// URL with a host.");
    }
    if (!region.match(m_region->text().trimmed()).hasMatch())
        return tr("\"%1\" is not a region name such as us-east-1.").arg(m_region->text().trimmed());
    if (m_accessKey->text().trimmed().isEmpty() || m_secretKey->text().trimmed().isEmpty())
        return tr("Enter the access key ID and the secret access key.");
    return {};
}

QString ConnectionDialog::errorText() const { return m_error->text(); }
QString ConnectionDialog::testResult() const { return m_result->text(); }

void ConnectionDialog::revalidate()
{
    const QString problem = validate();
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty() && !m_storing);
    m_sessionOnly->setEnabled(problem.isEmpty() && !m_storing);
    m_test->setEnabled(problem.isEmpty() && !m_testReply);
}

void ConnectionDialog::testConnection()
{
    if (!validate().isEmpty() || m_testReply)
        return;
    Api::ClientConfig config;
    config.transport = m_transport;
    config.region = connection().region.toLatin1();
    config.endpointUrl = connection().endpointUrl;
    config.credentials
        = std::make_shared<Api::StaticCredentialsProvider>(credentials(), QStringLiteral("connection test"));
    const bool custom = !config.endpointUrl.isEmpty();
    m_testReply = custom ? Api::EcsClient(config).listClusters() : Api::StsClient(config).getCallerIdentity();
    m_result->setText(tr("Testing…"));
    revalidate();
    m_replies->watch(m_testReply, this, [this, custom](Api::AwsReply* reply) {
        m_testReply = nullptr;
        bool ok = reply->isOk();
        if (!ok) {
            m_result->setText(tr("Failed: %1").arg(Api::replyErrorText(reply)));
        } else if (custom) {
            const int clusters = int(Api::ListClustersResult::fromJson(reply->json()).clusterArns.size());
            m_result->setText(tr("Connected: the endpoint lists %n cluster(s).", "", clusters));
        } else {
            const auto identity = Api::StsClient::parseCallerIdentity(reply->body());
            ok = identity.ok();
            m_result->setText(ok ? tr("Connected as %1 (account %2).").arg(identity.value.arn, identity.value.account)
                                 : tr("Failed: %1").arg(identity.error->toString()));
        }
        revalidate();
        Q_EMIT testFinished(ok);
    });
}

} // namespace EcsDesk::Ui
