#include "ui/connectiondialog.h"

#include "api/auth/credentialsprovider.h"
#include "api/ecs/ecsclient.h"
#include "api/ecs/types.h"
#include "api/sts/stsclient.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonArray>
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
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_transport(new Api::AwsTransport(this))
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
    layout->addWidget(m_buttons);
    for (QLineEdit* edit : { m_name, m_endpoint, m_region, m_accessKey, m_secretKey })
        connect(edit, &QLineEdit::textChanged, this, &ConnectionDialog::revalidate);
    connect(m_test, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (validate().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    revalidate();
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
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
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
    Api::AwsReply* reply = m_testReply;
    connect(reply, &Api::AwsReply::finished, this, [this, reply, custom] {
        reply->deleteLater();
        m_testReply = nullptr;
        bool ok = reply->isOk();
        if (!ok) {
            m_result->setText(tr("Failed: %1").arg(reply->error()->toString()));
        } else if (custom) {
            const int clusters = int(reply->json().value(QStringLiteral("clusterArns")).toArray().size());
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
