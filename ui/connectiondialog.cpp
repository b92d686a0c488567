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
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
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

namespace {
    const auto regionsKey = QStringLiteral("connections/regions"); ///< connection name -> regions
    const QRegularExpression regionPattern(QStringLiteral("^[a-z]{2}(-[a-z]+)+-[0-9]+$"));
} // namespace

ConnectionRegions& ConnectionRegions::instance()
{
    static ConnectionRegions regions;
    return regions;
}

QStringList ConnectionRegions::regions(const QString& connection) const
{
    return QSettings().value(regionsKey).toMap().value(connection).toStringList();
}

QStringList ConnectionRegions::enabled(const QString& connection, const QString& ownRegion) const
{
    const QStringList chosen = regions(connection);
    if (!chosen.isEmpty())
        return chosen;
    return ownRegion.isEmpty() ? QStringList() : QStringList { ownRegion };
}

void ConnectionRegions::setRegions(const QString& connection, const QStringList& regions)
{
    QStringList kept;
    for (const QString& region : regions) {
        const QString trimmed = region.trimmed();
        if (!trimmed.isEmpty() && !kept.contains(trimmed))
            kept.append(trimmed);
    }
    if (kept == this->regions(connection))
        return;
    QSettings settings;
    QVariantMap all = settings.value(regionsKey).toMap();
    if (kept.isEmpty())
        all.remove(connection);
    else
        all.insert(connection, kept);
    settings.setValue(regionsKey, all);
    Q_EMIT changed(connection);
}

QStringList ConnectionRegions::knownRegions()
{
    return { QStringLiteral("us-east-1"), QStringLiteral("us-east-2"), QStringLiteral("us-west-1"),
        QStringLiteral("us-west-2"), QStringLiteral("af-south-1"), QStringLiteral("ap-east-1"),
        QStringLiteral("ap-south-1"), QStringLiteral("ap-south-2"), QStringLiteral("ap-northeast-1"),
        QStringLiteral("ap-northeast-2"), QStringLiteral("ap-northeast-3"), QStringLiteral("ap-southeast-1"),
        QStringLiteral("ap-southeast-2"), QStringLiteral("ap-southeast-3"), QStringLiteral("ap-southeast-4"),
        QStringLiteral("ca-central-1"), QStringLiteral("eu-central-1"), QStringLiteral("eu-central-2"),
        QStringLiteral("eu-west-1"), QStringLiteral("eu-west-2"), QStringLiteral("eu-west-3"),
        QStringLiteral("eu-south-1"), QStringLiteral("eu-south-2"), QStringLiteral("eu-north-1"),
        QStringLiteral("il-central-1"), QStringLiteral("me-south-1"), QStringLiteral("me-central-1"),
        QStringLiteral("sa-east-1") };
}

ConnectionRegionsDialog::ConnectionRegionsDialog(const QString& connection, const QString& ownRegion, QWidget* parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_list(new QListWidget(this))
    , m_other(new QLineEdit(this))
{
    setWindowTitle(tr("Regions of %1").arg(connection));
    m_list->setObjectName(QStringLiteral("regionList"));
    m_list->setAccessibleName(tr("Regions"));
    m_other->setObjectName(QStringLiteral("otherRegion"));
    m_other->setAccessibleName(tr("Another region"));
    m_other->setPlaceholderText(tr("Another region, e.g. us-gov-west-1"));
    auto* add = new QPushButton(tr("&Add"), this);
    add->setAccessibleName(tr("Add the region"));
    connect(add, &QPushButton::clicked, this, [this] {
        const QString region = m_other->text().trimmed();
        if (!regionPattern.match(region).hasMatch())
            return;
        addRegion(region, true);
        m_other->clear();
    });
    connect(m_other, &QLineEdit::returnPressed, add, &QPushButton::click);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectionRegionsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* note = new QLabel(
        tr("The Fleet Overview loads every region checked here; the navigator lists them under the connection."), this);
    note->setWordWrap(true);
    auto* otherRow = new QHBoxLayout;
    otherRow->addWidget(m_other);
    otherRow->addWidget(add);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_list);
    layout->addLayout(otherRow);
    layout->addWidget(buttons);
    for (const QString& region : ConnectionRegions::knownRegions())
        addRegion(region, false);
    setRegions(ConnectionRegions::instance().enabled(connection, ownRegion));
}

void ConnectionRegionsDialog::addRegion(const QString& region, bool checked)
{
    QListWidgetItem* item = nullptr;
    for (int i = 0; i < m_list->count() && !item; ++i) {
        if (m_list->item(i)->text() == region)
            item = m_list->item(i);
    }
    if (!item) {
        item = new QListWidgetItem(region, m_list);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    }
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

QStringList ConnectionRegionsDialog::regions() const
{
    QStringList checked;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            checked.append(m_list->item(i)->text());
    }
    return checked;
}

void ConnectionRegionsDialog::setRegions(const QStringList& regions)
{
    for (int i = 0; i < m_list->count(); ++i)
        m_list->item(i)->setCheckState(Qt::Unchecked);
    for (const QString& region : regions)
        addRegion(region, true);
}

void ConnectionRegionsDialog::accept()
{
    ConnectionRegions::instance().setRegions(m_connection, regions());
    QDialog::accept();
}

} // namespace EcsDesk::Ui
