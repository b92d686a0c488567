// SPDX-License-Identifier: MIT
#include "api/sts/stsclient.h"

#include "api/core/xmlanswer.h"

#include <QCoreApplication>

namespace EcsDesk::Api {

StsClient::StsClient(ClientConfig config)
    : ServiceClient(std::move(config), description())
{
}

ServiceDescription StsClient::description()
{
    return ServiceDescription { "sts", {}, {}, QStringLiteral("sts"), QStringLiteral("sts") };
}

AwsReply* StsClient::assumeRole(
    const QString& roleArn, const QString& sessionName, int durationSeconds, const QString& externalId) const
{
    QList<std::pair<QString, QString>> params { { QStringLiteral("RoleArn"), roleArn },
        { QStringLiteral("RoleSessionName"), sessionName } };
    if (durationSeconds > 0)
        params.append({ QStringLiteral("DurationSeconds"), QString::number(durationSeconds) });
    if (!externalId.isEmpty())
        params.append({ QStringLiteral("ExternalId"), externalId });
    return callQuery(QStringLiteral("AssumeRole"), "2011-06-15", params);
}

AwsReply* StsClient::assumeRoleWithWebIdentity(
    const QString& roleArn, const QString& sessionName, const QString& webIdentityToken, int durationSeconds) const
{
    QList<std::pair<QString, QString>> params { { QStringLiteral("RoleArn"), roleArn },
        { QStringLiteral("RoleSessionName"), sessionName }, { QStringLiteral("WebIdentityToken"), webIdentityToken } };
    if (durationSeconds > 0)
        params.append({ QStringLiteral("DurationSeconds"), QString::number(durationSeconds) });
    ClientConfig anonymous = config();
    anonymous.credentials = nullptr;
    return StsClient(anonymous).callQuery(QStringLiteral("AssumeRoleWithWebIdentity"), "2011-06-15", params);
}

AwsReply* StsClient::getCallerIdentity() const
{
    return callQuery(QStringLiteral("GetCallerIdentity"), "2011-06-15", {});
}

Outcome<Credentials> StsClient::parseAssumeRole(const QByteArray& xml)
{
    const std::optional<XmlNode> root = XmlNode::parse(xml);
    const XmlNode* credentials = root ? root->find(u"Credentials") : nullptr;
    if (!credentials)
        return Outcome<Credentials>::failure(
            AwsError::make(AwsError::Kind::Protocol, QStringLiteral("MalformedResponse"),
                QCoreApplication::translate("StsClient", "The AssumeRole answer has no credentials.")));
    Credentials result;
    result.accessKeyId = credentials->findText(u"AccessKeyId");
    result.secretAccessKey = credentials->findText(u"SecretAccessKey");
    result.sessionToken = credentials->findText(u"SessionToken");
    result.expiration = QDateTime::fromString(credentials->findText(u"Expiration"), Qt::ISODateWithMs).toUTC();
    return Outcome<Credentials>::success(result);
}

Outcome<CallerIdentity> StsClient::parseCallerIdentity(const QByteArray& xml)
{
    const std::optional<XmlNode> root = XmlNode::parse(xml);
    if (!root || !root->find(u"Arn"))
        return Outcome<CallerIdentity>::failure(
            AwsError::make(AwsError::Kind::Protocol, QStringLiteral("MalformedResponse"),
                QCoreApplication::translate("StsClient", "The GetCallerIdentity answer is not understood.")));
    return Outcome<CallerIdentity>::success(
        CallerIdentity { root->findText(u"Account"), root->findText(u"Arn"), root->findText(u"UserId") });
}

} // namespace EcsDesk::Api
