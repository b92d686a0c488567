// SPDX-License-Identifier: MIT
#pragma once

#include "api/core/serviceclient.h"

namespace EcsDesk::Api {

/// Who the credentials belong to (GetCallerIdentity).
struct CallerIdentity {
    QString account;
    QString arn;
    QString userId;
    bool operator==(const CallerIdentity&) const = default;
};

/// AWS STS over the query protocol (Version 2011-06-15, signing name `sts`).
class StsClient : public ServiceClient {
public:
    explicit StsClient(ClientConfig config);
    static ServiceDescription description();

    AwsReply* assumeRole(const QString& roleArn, const QString& sessionName, int durationSeconds = 0,
        const QString& externalId = {}) const;
    /// AssumeRoleWithWebIdentity: the OIDC token is the proof, so the request is sent unsigned
    /// (the config's credentials are ignored).
    AwsReply* assumeRoleWithWebIdentity(const QString& roleArn, const QString& sessionName,
        const QString& webIdentityToken, int durationSeconds = 0) const;
    AwsReply* getCallerIdentity() const;

    /// Parses an AssumeRole or AssumeRoleWithWebIdentity answer; a Protocol error when the
    /// credentials are missing.
    static Outcome<Credentials> parseAssumeRole(const QByteArray& xml);
    static Outcome<CallerIdentity> parseCallerIdentity(const QByteArray& xml);
};

} // namespace EcsDesk::Api
