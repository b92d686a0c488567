// SPDX-License-Identifier: MIT
#include "local/auth/requestverifier.h"

#include "api/auth/sigv4.h"
#include "local/clock.h"
#include "local/http/httpserver.h"

#include <QCoreApplication>

#include <algorithm>
#include <QMessageAuthenticationCode>

namespace EcsDesk::Local {

namespace {
    /// yyyyMMddTHHmmssZ, parsed by hand: QDateTime::fromString consults the local time zone
    /// database on every call, which was the largest cost of a request.
    QDateTime parseAmzDate(const QByteArray& text)
    {
        if (text.size() != 16 || text[8] != 'T' || text[15] != 'Z')
            return {};
        bool ok[6] = {};
        auto number = [&text](int from, int length, bool* valid) {
            return QByteArrayView(text).sliced(from, length).toInt(valid);
        };
        const QDate date(number(0, 4, &ok[0]), number(4, 2, &ok[1]), number(6, 2, &ok[2]));
        const QTime time(number(9, 2, &ok[3]), number(11, 2, &ok[4]), number(13, 2, &ok[5]));
        if (!std::all_of(std::begin(ok), std::end(ok), [](bool b) { return b; }) || !date.isValid() || !time.isValid())
            return {};
        return QDateTime(date, time, Qt::UTC);
    }

    QString tr(const char* text) { return QCoreApplication::translate("EcsDesk::Local::RequestVerifier", text); }

    /// Compares two signatures in time that depends only on their length, so that the time an
    /// answer takes tells nothing about how many leading characters of a forged signature were right.
    bool equalInConstantTime(const QByteArray& a, const QByteArray& b)
    {
        if (a.size() != b.size())
            return false;
        unsigned char difference = 0;
        for (qsizetype i = 0; i < a.size(); ++i)
            difference |= static_cast<unsigned char>(a[i] ^ b[i]);
        return difference == 0;
    }

    /// The first header that changes the meaning of a request but is not covered by the signature:
    /// an unsigned X-Amz-Target would let a captured CreateCluster be replayed as DeleteCluster.
    QByteArray firstUnsignedProtectedHeader(const HttpRequest& request, const QList<QByteArray>& signedHeaders)
    {
        for (const auto& [name, value] : request.headers) {
            Q_UNUSED(value)
            const QByteArrayView view(name);
            const bool protectedHeader
                = view.first(std::min<qsizetype>(view.size(), 6)).compare("x-amz-", Qt::CaseInsensitive) == 0
                || view.compare("content-type", Qt::CaseInsensitive) == 0;
            if (!protectedHeader)
                continue;
            const QByteArray lower = name.toLower();
            if (!signedHeaders.contains(lower))
                return lower;
        }
        return {};
    }
} // namespace

RequestVerifier::RequestVerifier(Api::Credentials credentials, QByteArray region, const Clock* clock)
    : m_credentials(std::move(credentials))
    , m_region(std::move(region))
    , m_clock(clock)
{
}

std::optional<ApiError> RequestVerifier::verify(
    const HttpRequest& request, const QByteArray& signingName, bool queryProtocol) const
{
    const int status = queryProtocol ? 403 : 400;
    const QByteArray header = request.header("authorization");
    if (header.isEmpty()) {
        return ApiError { queryProtocol ? QStringLiteral("MissingAuthenticationToken")
                                        : QStringLiteral("MissingAuthenticationTokenException"),
            tr("Missing Authentication Token"), status };
    }
    const auto authorization = Api::SigV4::Authorization::parse(header);
    if (!authorization) {
        return ApiError { QStringLiteral("IncompleteSignatureException"),
            tr("Authorization header requires 'Credential', 'Signature' and 'SignedHeaders' parameters of the "
               "AWS4-HMAC-SHA256 algorithm."),
            status };
    }
    const QByteArray amzDate = request.header("x-amz-date");
    const QDateTime signedAtUtc = parseAmzDate(amzDate);
    if (!signedAtUtc.isValid()) {
        return ApiError { QStringLiteral("IncompleteSignatureException"),
            tr("Authorization header requires existence of a valid 'X-Amz-Date' header."), status };
    }
    if (authorization->accessKeyId != m_credentials.accessKeyId.toLatin1()) {
        return ApiError { queryProtocol ? QStringLiteral("InvalidClientTokenId")
                                        : QStringLiteral("UnrecognizedClientException"),
            tr("The security token included in the request is invalid."), status };
    }
    if (!request.header("x-amz-security-token").isEmpty()) {
        return ApiError { queryProtocol ? QStringLiteral("InvalidClientTokenId")
                                        : QStringLiteral("UnrecognizedClientException"),
            tr("The security token included in the request is invalid."), status };
    }
    const QDateTime now = m_clock->now();
    const qint64 skew = signedAtUtc.secsTo(now);
    if (skew > maxSkewSeconds || skew < -maxSkewSeconds) {
        const QString nowText = QString::fromLatin1(Api::SigV4::amzDate(now));
        const QString message = skew > 0
            ? tr("Signature expired: %1 is now earlier than %2 (%3 - 15 min.)")
                  .arg(QString::fromLatin1(amzDate),
                      QString::fromLatin1(Api::SigV4::amzDate(now.addSecs(-maxSkewSeconds))), nowText)
            : tr("Signature not yet current: %1 is still later than %2 (%3 + 15 min.)")
                  .arg(QString::fromLatin1(amzDate),
                      QString::fromLatin1(Api::SigV4::amzDate(now.addSecs(maxSkewSeconds))), nowText);
        return ApiError { queryProtocol ? QStringLiteral("SignatureDoesNotMatch")
                                        : QStringLiteral("InvalidSignatureException"),
            message, status };
    }
    if (authorization->scope.date != amzDate.left(8)) {
        return ApiError { queryProtocol ? QStringLiteral("SignatureDoesNotMatch")
                                        : QStringLiteral("InvalidSignatureException"),
            tr("Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '%1' != "
               "'%2', from '%3'.")
                .arg(QString::fromLatin1(authorization->scope.date), QString::fromLatin1(amzDate.left(8)),
                    QString::fromLatin1(amzDate)),
            status };
    }
    if (authorization->scope.service != signingName) {
        return ApiError {
            queryProtocol ? QStringLiteral("SignatureDoesNotMatch") : QStringLiteral("InvalidSignatureException"),
            tr("Credential should be scoped to correct service: '%1'. ").arg(QString::fromLatin1(signingName)), status
        };
    }
    if (authorization->scope.region != m_region) {
        return ApiError { queryProtocol ? QStringLiteral("SignatureDoesNotMatch")
                                        : QStringLiteral("InvalidSignatureException"),
            tr("Credential should be scoped to a valid region, not '%1'. ")
                .arg(QString::fromLatin1(authorization->scope.region)),
            status };
    }
    if (!authorization->signedHeaders.contains("host")) {
        return ApiError { queryProtocol ? QStringLiteral("SignatureDoesNotMatch")
                                        : QStringLiteral("InvalidSignatureException"),
            tr("'Host' must be a 'SignedHeader' in the AWS Authorization."), status };
    }

    const QByteArray unsignedHeader = firstUnsignedProtectedHeader(request, authorization->signedHeaders);
    if (!unsignedHeader.isEmpty()) {
        return ApiError { queryProtocol ? QStringLiteral("SignatureDoesNotMatch")
                                        : QStringLiteral("InvalidSignatureException"),
            tr("'%1' must be a 'SignedHeader' in the AWS Authorization.").arg(QString::fromLatin1(unsignedHeader)),
            status };
    }

    // The signature covers the body that arrived: its hash is computed here, never taken from the
    // request. A payload hash header that names another body (or UNSIGNED-PAYLOAD, which these
    // services do not accept) is refused, so a captured signature cannot carry a different body.
    const QByteArray payloadHash = Api::SigV4::sha256Hex(request.body);
    const QByteArray claimedHash = request.header("x-amz-content-sha256");
    if (!claimedHash.isEmpty() && claimedHash.toLower() != payloadHash) {
        return ApiError { queryProtocol ? QStringLiteral("SignatureDoesNotMatch")
                                        : QStringLiteral("InvalidSignatureException"),
            tr("The provided 'x-amz-content-sha256' header does not match what was computed."), status };
    }
    const QByteArray canonical = Api::SigV4::canonicalRequest(
        request.method, request.target, request.headers, authorization->signedHeaders, payloadHash);
    const QByteArray scope = authorization->scope.toString();
    if (scope != m_cachedScope) {
        m_cachedKey = Api::SigV4::signingKey(m_credentials.secretAccessKey, authorization->scope);
        m_cachedScope = scope;
    }
    const QByteArray expected = QMessageAuthenticationCode::hash(
        Api::SigV4::stringToSign(amzDate, authorization->scope, canonical), m_cachedKey, QCryptographicHash::Sha256)
                                    .toHex();
    if (!equalInConstantTime(expected, authorization->signature)) {
        return ApiError { queryProtocol ? QStringLiteral("SignatureDoesNotMatch")
                                        : QStringLiteral("InvalidSignatureException"),
            tr("The request signature we calculated does not match the signature you provided. Check your AWS "
               "Secret Access Key and signing method. Consult the service documentation for details."),
            status };
    }
    return std::nullopt;
}

} // namespace EcsDesk::Local
