// SPDX-License-Identifier: MIT
#pragma once

#include "api/auth/credentials.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QUrl>

#include <utility>

namespace EcsDesk::Api {

/// AWS Signature Version 4: signs outgoing requests (the client) and verifies incoming ones
/// (the local endpoint). Follows the canonical form botocore's SigV4Auth produces, which real
/// AWS accepts: double-encoded canonical path, query pairs sorted as sent, all headers signed
/// except expect/user-agent/x-amzn-trace-id, whitespace in values folded.
namespace SigV4 {

    using HeaderList = QList<std::pair<QByteArray, QByteArray>>;

    /// One HTTP request as it will go (or came) over the wire.
    struct Request {
        QByteArray method; ///< "POST", "GET", ...
        QUrl url; ///< scheme, host, port, path and query exactly as sent
        HeaderList headers; ///< names in any case; Host is derived from the URL when absent
        QByteArray body;
    };

    /// The "20261121/us-east-1/ecs/aws4_request" part of a signature.
    struct Scope {
        QByteArray date; ///< yyyyMMdd
        QByteArray region;
        QByteArray service;

        QByteArray toString() const;
    };

    /// The fields of an `Authorization: AWS4-HMAC-SHA256 ...` header.
    struct Authorization {
        QByteArray accessKeyId;
        Scope scope;
        QList<QByteArray> signedHeaders; ///< lower case, in the order given
        QByteArray signature; ///< lower-case hex

        /// Parses the header value; returns std::nullopt when it is not a well-formed SigV4 header.
        static std::optional<Authorization> parse(const QByteArray& headerValue);
        /// The access key id of a well-formed header (what parse() would give), or an empty array.
        static QByteArray accessKeyIdOf(const QByteArray& headerValue);
    };

    constexpr QByteArrayView algorithm = "AWS4-HMAC-SHA256";

    QByteArray amzDate(const QDateTime& utc); ///< yyyyMMddTHHmmssZ
    QByteArray sha256Hex(QByteArrayView data);

    /// RFC 3986 percent-encoding as AWS wants it: unreserved characters kept, everything else %XX.
    QByteArray uriEncode(QByteArrayView raw, bool keepSlash);

    /// The canonical request for `request`, signing exactly `signedHeaderNames` (lower case) when
    /// given, or every signable header when empty.
    QByteArray canonicalRequest(
        const Request& request, const QList<QByteArray>& signedHeaderNames, const QByteArray& payloadHash);
    QList<QByteArray> signableHeaderNames(const Request& request);
    /// The canonical request for a request as a server received it: `target` is the request
    /// line's path and query exactly as sent (a host named by no header is "local").
    QByteArray canonicalRequest(const QByteArray& method, const QByteArray& target, const HeaderList& headers,
        const QList<QByteArray>& signedHeaderNames, const QByteArray& payloadHash);

    QByteArray stringToSign(const QByteArray& amzDate, const Scope& scope, const QByteArray& canonicalRequest);
    QByteArray signingKey(const QString& secretAccessKey, const Scope& scope);
    QByteArray signature(const QString& secretAccessKey, const Scope& scope, const QByteArray& stringToSign);

    /// Adds X-Amz-Date, X-Amz-Security-Token (when the credentials have one) and Authorization to
    /// `request.headers`, replacing earlier ones (so a retry can be signed again).
    void sign(Request& request, const Credentials& credentials, const QByteArray& region, const QByteArray& service,
        const QDateTime& nowUtc);

    /// Header value lookup, case-insensitive; the first match.
    QByteArray headerValue(const HeaderList& headers, QByteArrayView name);

} // namespace SigV4
} // namespace EcsDesk::Api
