// SPDX-License-Identifier: MIT
#include "awsoptions.h"

#include <QCoreApplication>
#include <QProcessEnvironment>

namespace EcsDesk::Cli {

namespace {
    QUrl endpointUrl(const QString& text) { return QUrl(text, QUrl::StrictMode); }
} // namespace

AwsOptions::AwsOptions(QCommandLineParser* parser)
    : m_parser(parser)
    , m_profile(QStringLiteral("profile"), QCoreApplication::translate("AwsOptions", "AWS profile to use."),
          QCoreApplication::translate("AwsOptions", "name"))
    , m_region(QStringLiteral("region"), QCoreApplication::translate("AwsOptions", "AWS region."),
          QCoreApplication::translate("AwsOptions", "region"))
    , m_endpoint(QStringLiteral("endpoint-url"),
          QCoreApplication::translate("AwsOptions", "Send every call to this endpoint (moto, local endpoint)."),
          QCoreApplication::translate("AwsOptions", "url"))
{
    parser->addOptions({ m_profile, m_region, m_endpoint });
}

QString AwsOptions::problem() const
{
    if (!m_parser->isSet(m_endpoint))
        return {};
    const QUrl url = endpointUrl(m_parser->value(m_endpoint));
    if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty())
        return QCoreApplication::translate("AwsOptions", "--endpoint-url '%1' is not a URL")
            .arg(m_parser->value(m_endpoint));
    return {};
}

Api::Outcome<Api::Connection> AwsOptions::connect(Api::AwsTransport* transport) const
{
    const QUrl endpoint = m_parser->isSet(m_endpoint) ? endpointUrl(m_parser->value(m_endpoint)) : QUrl();
    return Api::ConnectionResolver::resolve({ m_parser->value(m_profile), m_parser->value(m_region), endpoint },
        QProcessEnvironment::systemEnvironment(), transport);
}

} // namespace EcsDesk::Cli
