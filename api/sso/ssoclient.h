// SPDX-License-Identifier: MIT
#pragma once

#include "api/core/serviceclient.h"

namespace EcsDesk::Api {

/// The IAM Identity Center portal (REST-JSON, unsigned; the bearer token authenticates):
/// GetRoleCredentials turns an `aws sso login` token into role credentials.
class SsoClient : public ServiceClient {
public:
    explicit SsoClient(ClientConfig config);
    static ServiceDescription description();

    AwsReply* getRoleCredentials(const QString& accessToken, const QString& accountId, const QString& roleName) const;
    static Outcome<Credentials> parseRoleCredentials(const QJsonObject& answer);
};

} // namespace EcsDesk::Api
