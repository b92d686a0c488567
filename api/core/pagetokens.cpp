// SPDX-License-Identifier: MIT
#include "api/core/pagetokens.h"

#include <QCoreApplication>

namespace EcsDesk::Api {

std::optional<AwsError> PageTokens::next(const QString& operation, const QString& listing, const QString& token)
{
    if (token.isEmpty())
        return std::nullopt;
    QString key;
    key.reserve(operation.size() + listing.size() + token.size() + 2);
    key += operation;
    key += QLatin1Char('\x1f');
    key += listing;
    key += QLatin1Char('\x1f');
    key += token;
    if (m_seen.contains(key))
        return repeatedTokenError(operation);
    m_seen.insert(key);
    return std::nullopt;
}

AwsError PageTokens::repeatedTokenError(const QString& operation)
{
    return AwsError::make(AwsError::Kind::Protocol, QStringLiteral("PaginationLoop"),
        QCoreApplication::translate("PageTokens",
            "The server returned the same page token twice for %1; stopped listing instead of looping forever.")
            .arg(operation));
}

} // namespace EcsDesk::Api
