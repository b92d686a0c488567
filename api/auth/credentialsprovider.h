// SPDX-License-Identifier: MIT
#pragma once

#include "api/auth/credentials.h"
#include "api/core/awserror.h"

#include <functional>
#include <memory>

namespace EcsDesk::Api {

/// Source of credentials for signing. fetch() answers asynchronously (or at once when it can);
/// the callback gets credentials or a typed Credentials error. Providers are shared
/// (std::shared_ptr) between clients of one connection and are used on the GUI thread only.
class CredentialsProvider : public std::enable_shared_from_this<CredentialsProvider> {
public:
    using Callback = std::function<void(const Outcome<Credentials>&)>;
    virtual ~CredentialsProvider() = default;
    virtual void fetch(Callback callback) = 0;
    /// "environment", "profile dev (static keys)", "assume role arn:...", for diagnostics.
    virtual QString description() const = 0;
};

/// Fixed credentials: environment variables, static keys from a profile or the keychain.
class StaticCredentialsProvider : public CredentialsProvider {
public:
    StaticCredentialsProvider(Credentials credentials, QString description);
    void fetch(Callback callback) override;
    QString description() const override { return m_description; }

private:
    Credentials m_credentials;
    QString m_description;
};

/// Wraps a provider of temporary credentials: keeps the last ones, refreshes them a few minutes
/// before they expire, and lets concurrent callers share one refresh.
class CachingCredentialsProvider : public CredentialsProvider {
public:
    explicit CachingCredentialsProvider(std::shared_ptr<CredentialsProvider> source, qint64 refreshBeforeSecs = 300);
    void fetch(Callback callback) override;
    QString description() const override { return m_source->description(); }
    int refreshCount() const { return m_refreshCount; }

private:
    std::shared_ptr<CredentialsProvider> m_source;
    qint64 m_refreshBeforeSecs;
    std::optional<Credentials> m_cached;
    QList<Callback> m_waiting;
    bool m_refreshing = false;
    int m_refreshCount = 0;
};

} // namespace EcsDesk::Api
