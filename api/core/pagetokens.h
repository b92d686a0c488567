// SPDX-License-Identifier: MIT
#pragma once

#include "api/core/awserror.h"

#include <QSet>
#include <QString>

#include <optional>

namespace EcsDesk::Api {

/// The page tokens the listings of one load were given. A server that hands out a token it gave
/// before would make a paginator loop forever (boto3 stops with PaginationError); next() turns
/// that into a typed error, PaginationLoop, that names the operation. One PageTokens serves many
/// listings: `listing` tells them apart (the same token may well come back in another listing).
class PageTokens {
public:
    /// Checks the nextToken of the answer just read. nullopt: carry on (with the next page when
    /// the token is not empty); an error: stop the listing and report it.
    std::optional<AwsError> next(const QString& operation, const QString& listing, const QString& token);
    void clear() { m_seen.clear(); }

    /// The error next() returns: "The server returned the same page token twice for ListClusters ...".
    static AwsError repeatedTokenError(const QString& operation);

private:
    QSet<QString> m_seen;
};

} // namespace EcsDesk::Api
