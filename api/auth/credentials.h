// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QString>

namespace EcsDesk::Api {

/// A set of AWS credentials: long-term keys, or temporary ones with a session token and an expiry.
struct Credentials {
    QString accessKeyId;
    QString secretAccessKey;
    QString sessionToken;
    QDateTime expiration; ///< invalid for credentials that do not expire

    bool isValid() const { return !accessKeyId.isEmpty() && !secretAccessKey.isEmpty(); }
    bool expiresWithin(qint64 seconds, const QDateTime& nowUtc) const
    {
        return expiration.isValid() && nowUtc.secsTo(expiration) <= seconds;
    }
};

} // namespace EcsDesk::Api
