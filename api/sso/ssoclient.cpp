// SPDX-License-Identifier: MIT
#include "api/sso/ssoclient.h"

#include <QCoreApplication>

namespace EcsDesk::Api {

SsoClient::SsoClient(ClientConfig config)
    : ServiceClient(std::move(config), description())
{
}

ServiceDescription SsoClient::description()
{
    return ServiceDescription { "awsssoportal", {}, {}, QStringLiteral("portal.sso"), QStringLiteral("sso") };
}

AwsReply* SsoClient::getRoleCredentials(
    const QString& accessToken, const QString& accountId, const QString& roleName) const
{
    return callRest(QStringLiteral("GetRoleCredentials"), "GET", QStringLiteral("/federation/credentials"),
        { { QStringLiteral("account_id"), accountId }, { QStringLiteral("role_name"), roleName } },
        { { "x-amz-sso_bearer_token", accessToken.toUtf8() } }, false);
}

Outcome<Credentials> SsoClient::parseRoleCredentials(const QJsonObject& answer)
{
    const QJsonObject role = answer.value(QLatin1String("roleCredentials")).toObject();
    Credentials credentials;
    credentials.accessKeyId = role.value(QLatin1String("accessKeyId")).toString();
    credentials.secretAccessKey = role.value(QLatin1String("secretAccessKey")).toString();
    credentials.sessionToken = role.value(QLatin1String("sessionToken")).toString();
    const qint64 expiration = qint64(role.value(QLatin1String("expiration")).toDouble());
    if (expiration > 0)
        credentials.expiration = QDateTime::fromMSecsSinceEpoch(expiration, Qt::UTC);
    if (!credentials.isValid())
        return Outcome<Credentials>::failure(
            AwsError::make(AwsError::Kind::Protocol, QStringLiteral("MalformedResponse"),
                QCoreApplication::translate("SsoClient", "The SSO portal answer has no role credentials.")));
    return Outcome<Credentials>::success(credentials);
}

} // namespace EcsDesk::Api
