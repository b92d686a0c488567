// SPDX-License-Identifier: MIT
#include "local/http/requestthrottle.h"

#include <algorithm>

namespace EcsDesk::Local {

RequestThrottle::RequestThrottle(std::function<double()> clock)
    : m_clock(std::move(clock))
{
    m_started.start();
    const double t = now();
    for (const Api::RateCategory& category : Api::EcsRateCategories::all())
        m_buckets.insert(&category, Bucket { category.burst, t });
}

double RequestThrottle::now() const
{
    if (m_clock)
        return m_clock();
    return double(m_started.nsecsElapsed()) / 1e9;
}

bool RequestThrottle::admit(QStringView operation)
{
    const Api::RateCategory* category = Api::EcsRateCategories::of(operation);
    if (!category) {
        ++m_admitted;
        return true;
    }
    Bucket& bucket = m_buckets[category];
    const double t = now();
    bucket.tokens = std::min(category->burst, bucket.tokens + (t - bucket.last) * category->refillPerSecond);
    bucket.last = t;
    if (bucket.tokens < 1) {
        ++m_throttled;
        return false;
    }
    bucket.tokens -= 1;
    ++m_admitted;
    return true;
}

} // namespace EcsDesk::Local
