// SPDX-License-Identifier: MIT
#pragma once

#include "api/auth/connection.h"

#include <QObject>

class QThread;

namespace EcsDesk::Local {
class LocalEndpoint;
}

namespace EcsDesk::Host {

/// Hosts the embedded ECS-compatible endpoint of the app's "Local" connection: starts it on a
/// thread of its own (its HTTP front, store and simulation never stall the window), stops it
/// there, and hands out the one connection to it (region, URL and keys).
class EmbeddedEndpoint : public QObject {
    Q_OBJECT
public:
    struct Options {
        QString dataDir; ///< empty: AppLocalDataLocation/local-endpoint
        QString seed = QStringLiteral("demo");
    };
    explicit EmbeddedEndpoint(QObject* parent = nullptr);
    /// Stops the endpoint in its thread and waits for the thread.
    ~EmbeddedEndpoint() override;

    /// Starts the endpoint; false and `error` when it could not (the store did not open...).
    bool start(const Options& options, QString* error);
    bool isRunning() const;
    /// The connection to the running endpoint, named `name` (shown as the connection's profile).
    Api::Connection connection(const QString& name) const;
    /// The endpoint itself (lives in the endpoint thread), for tests; null before start().
    Local::LocalEndpoint* endpoint() const { return m_endpoint; }

private:
    Local::LocalEndpoint* m_endpoint = nullptr; ///< lives in m_thread
    QThread* m_thread = nullptr;
};

} // namespace EcsDesk::Host
