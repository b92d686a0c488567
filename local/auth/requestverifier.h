// SPDX-License-Identifier: MIT
#pragma once

#include "api/auth/credentials.h"
#include "local/apierror.h"

#include <optional>
#include <QByteArray>

namespace EcsDesk::Local {

class Clock;
struct HttpRequest;

/// Checks an incoming request's SigV4 signature against the endpoint's one key pair, with the
/// error codes and HTTP statuses AWS uses (awsJson services and the query protocol differ).
class RequestVerifier {
public:
    RequestVerifier(Api::Credentials credentials, QByteArray region, const Clock* clock);

    /// std::nullopt when the request is authentic for `signingName`; the AWS error otherwise.
    std::optional<ApiError> verify(const HttpRequest& request, const QByteArray& signingName, bool queryProtocol) const;

    static constexpr qint64 maxSkewSeconds = 15 * 60;

private:
    Api::Credentials m_credentials;
    QByteArray m_region;
    const Clock* m_clock;
    // The signing key depends only on the scope (date/region/service): derive it once per scope.
    mutable QByteArray m_cachedScope;
    mutable QByteArray m_cachedKey;
};

} // namespace EcsDesk::Local
