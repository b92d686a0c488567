// SPDX-License-Identifier: MIT
#pragma once

#include "api/auth/credentials.h"

#include <QString>

namespace EcsDesk::Local {

/// The endpoint's own account: an account id and the one key pair every request must be signed
/// with. Generated on first start and kept in the data directory readable by the owner only.
/// The account id is also kept in the store (its resources' ARNs name it), which is what counts:
/// new credentials made after credentials.json was removed keep the stored account.
struct EndpointIdentity {
    QString accountId;
    Api::Credentials credentials;

    /// Loads `dataDir`/credentials.json, creating it (mode 0600) when absent. `storedAccountId`
    /// (empty for a new store) is the account the store belongs to: a new file gets it, and a file
    /// naming another account is corrected to it.
    static bool loadOrCreate(
        const QString& dataDir, const QString& storedAccountId, EndpointIdentity* identity, QString* error);
};

} // namespace EcsDesk::Local
