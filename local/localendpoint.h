#pragma once

#include <QString>

namespace EcsDesk::Local {

/// The embedded ECS-compatible endpoint. Not implemented yet: isAvailable() says so, and callers
/// (the standalone binary, the app's Local connection) report it instead of pretending.
class LocalEndpoint {
public:
    static bool isAvailable();
    static QString unavailableReason();
};

} // namespace EcsDesk::Local
