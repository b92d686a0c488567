// SPDX-License-Identifier: MIT
#include "api/auth/credentialsprovider.h"

namespace EcsDesk::Api {

StaticCredentialsProvider::StaticCredentialsProvider(Credentials credentials, QString description)
    : m_credentials(std::move(credentials))
    , m_description(std::move(description))
{
}

void StaticCredentialsProvider::fetch(Callback callback) { callback(Outcome<Credentials>::success(m_credentials)); }

CachingCredentialsProvider::CachingCredentialsProvider(
    std::shared_ptr<CredentialsProvider> source, qint64 refreshBeforeSecs)
    : m_source(std::move(source))
    , m_refreshBeforeSecs(refreshBeforeSecs)
{
}

void CachingCredentialsProvider::fetch(Callback callback)
{
    if (m_cached && !m_cached->expiresWithin(m_refreshBeforeSecs, QDateTime::currentDateTimeUtc())) {
        callback(Outcome<Credentials>::success(*m_cached));
        return;
    }
    m_waiting.append(std::move(callback));
    if (m_refreshing)
        return;
    m_refreshing = true;
    std::weak_ptr<CredentialsProvider> weak = shared_from_this();
    m_source->fetch([this, weak](const Outcome<Credentials>& outcome) {
        const auto self = weak.lock();
        if (!self)
            return;
        m_refreshing = false;
        ++m_refreshCount;
        if (outcome.ok())
            m_cached = outcome.value;
        const QList<Callback> waiting = std::exchange(m_waiting, {});
        for (const Callback& waiter : waiting)
            waiter(outcome);
    });
}

} // namespace EcsDesk::Api
