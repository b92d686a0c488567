// SPDX-License-Identifier: MIT
#include "api/core/awserror.h"

#include <QCoreApplication>

namespace EcsDesk::Api {

QString AwsError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Service:
        return QStringLiteral("service");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Protocol:
        return QStringLiteral("protocol");
    case Kind::Credentials:
        return QStringLiteral("credentials");
    case Kind::Configuration:
        return QStringLiteral("configuration");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QString();
}

QString AwsError::toString() const
{
    QString text = code.isEmpty() ? message : (message.isEmpty() ? code : code + QLatin1String(": ") + message);
    if (httpStatus != 0 && !requestId.isEmpty())
        text += QLatin1Char(' ')
            + QCoreApplication::translate("AwsError", "(HTTP %1, request id %2)").arg(httpStatus).arg(requestId);
    else if (httpStatus != 0)
        text += QLatin1Char(' ') + QCoreApplication::translate("AwsError", "(HTTP %1)").arg(httpStatus);
    return text;
}

AwsError AwsError::make(Kind kind, const QString& code, const QString& message, bool retryable)
{
    AwsError error;
    error.kind = kind;
    error.code = code;
    error.message = message;
    error.retryable = retryable;
    return error;
}

AwsError AwsError::cancelled()
{
    return make(Kind::Cancelled, QStringLiteral("Cancelled"),
        QCoreApplication::translate("AwsError", "The request was cancelled."));
}

} // namespace EcsDesk::Api
