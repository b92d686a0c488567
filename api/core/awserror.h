// SPDX-License-Identifier: MIT
#pragma once

#include <QMetaType>
#include <QString>

#include <optional>

namespace EcsDesk::Api {

/// Every failure the client reports: a service error, a transport failure, a bad answer, missing
/// credentials or a cancelled call. Copyable, comparable, safe to show to the user.
struct AwsError {
    enum class Kind {
        Service, ///< the service answered with an error (code, message, HTTP status)
        Network, ///< connection refused, reset, TLS, DNS ...
        Timeout, ///< no complete answer within the request timeout
        Protocol, ///< the answer could not be understood (malformed JSON, HTML, truncated body)
        Credentials, ///< no usable credentials, expired SSO token, failed credential_process ...
        Configuration, ///< unknown profile, missing region, bad option
        Cancelled, ///< the caller cancelled (a superseded refresh)
    };

    Kind kind = Kind::Service;
    QString code; ///< "ThrottlingException", "ClusterNotFoundException", "NetworkError" ...
    QString message;
    int httpStatus = 0; ///< 0 when no HTTP answer arrived
    QString requestId;
    bool retryable = false;

    /// One line for logs and the status bar: "ClusterNotFoundException: Cluster not found. (HTTP
    /// 400, request id ...)".
    QString toString() const;
    static QString kindName(Kind kind);

    static AwsError make(Kind kind, const QString& code, const QString& message, bool retryable = false);
    static AwsError cancelled();

    bool operator==(const AwsError&) const = default;
};

/// A value or the error that prevented it.
template <typename T> struct Outcome {
    T value {};
    std::optional<AwsError> error;

    bool ok() const { return !error.has_value(); }
    static Outcome success(T v) { return Outcome { std::move(v), std::nullopt }; }
    static Outcome failure(AwsError e) { return Outcome { T {}, std::move(e) }; }
};

} // namespace EcsDesk::Api

Q_DECLARE_METATYPE(EcsDesk::Api::AwsError)
