#pragma once

#include "api/auth/credentials.h"

#include <QString>

namespace EcsDesk::Local {

/// The endpoint's own account: an account id and the one key pair every request must be signed
/// with. Generated on first start and kept in the data directory readable by the owner only.
struct EndpointIdentity {
    QString accountId;
    Api::Credentials credentials;

    /// Loads `dataDir`/credentials.json, creating it (mode 0600) when absent.
    static bool loadOrCreate(const QString& dataDir, EndpointIdentity* identity, QString* error);
};

} // namespace EcsDesk::Local
