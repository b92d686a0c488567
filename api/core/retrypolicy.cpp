// SPDX-License-Identifier: MIT
#include "api/core/retrypolicy.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace EcsDesk::Api {

int RetryPolicy::delayMs(int retry) const
{
    const double r = random ? random() : QRandomGenerator::global()->generateDouble();
    const double ceiling = std::min<double>(maxBackoffMs, baseDelayMs * std::pow(2.0, std::max(0, retry - 1)));
    return int(std::clamp(r, 0.0, 1.0) * ceiling);
}

int RetryPolicy::throttleDelayMs(int retry) const
{
    const double r = random ? random() : QRandomGenerator::global()->generateDouble();
    const double ceiling = std::min<double>(maxBackoffMs, throttleBaseDelayMs * std::pow(2.0, std::max(0, retry - 1)));
    return int(std::clamp(r, 0.0, 1.0) * ceiling);
}

bool RetryPolicy::isThrottlingCode(const QString& code)
{
    static const QSet<QString> codes { QStringLiteral("Throttling"), QStringLiteral("ThrottlingException"),
        QStringLiteral("ThrottledException"), QStringLiteral("RequestThrottledException"),
        QStringLiteral("TooManyRequestsException"), QStringLiteral("ProvisionedThroughputExceededException"),
        QStringLiteral("TransactionInProgressException"), QStringLiteral("RequestLimitExceeded"),
        QStringLiteral("BandwidthLimitExceeded"), QStringLiteral("LimitExceededException"),
        QStringLiteral("RequestThrottled"), QStringLiteral("SlowDown"), QStringLiteral("PriorRequestNotComplete"),
        QStringLiteral("EC2ThrottledException") };
    return codes.contains(code);
}

bool RetryPolicy::isTransientCode(const QString& code)
{
    static const QSet<QString> codes { QStringLiteral("RequestTimeout"), QStringLiteral("RequestTimeoutException"),
        QStringLiteral("InternalError"), QStringLiteral("ServerException"), QStringLiteral("ServiceUnavailable"),
        QStringLiteral("InternalFailure"), QStringLiteral("ServiceUnavailableException") };
    return codes.contains(code);
}

bool RetryPolicy::isRetryable(const AwsError& error)
{
    switch (error.kind) {
    case AwsError::Kind::Network:
    case AwsError::Kind::Timeout:
        return true;
    case AwsError::Kind::Service:
    case AwsError::Kind::Protocol:
        return isThrottlingCode(error.code) || isTransientCode(error.code) || error.httpStatus == 500
            || error.httpStatus == 502 || error.httpStatus == 503 || error.httpStatus == 504 || error.httpStatus == 429;
    case AwsError::Kind::Credentials:
    case AwsError::Kind::Configuration:
    case AwsError::Kind::Cancelled:
        return false;
    }
    return false;
}

bool RetryQuota::acquire(const AwsError& error)
{
    const int cost = error.kind == AwsError::Kind::Timeout ? timeoutCost : retryCost;
    if (m_available < cost)
        return false;
    m_available -= cost;
    m_lastCost = cost;
    return true;
}

void RetryQuota::onSuccess(bool wasRetry)
{
    m_available = std::min(capacity, m_available + (wasRetry ? m_lastCost : 1));
}

AdaptiveRateLimiter::AdaptiveRateLimiter(std::function<double()> clock)
    : m_clock(std::move(clock))
{
}

double AdaptiveRateLimiter::now() const
{
    if (m_clock)
        return m_clock();
    static const QElapsedTimer monotonic = [] {
        QElapsedTimer timer;
        timer.start();
        return timer;
    }();
    return double(monotonic.nsecsElapsed()) / 1e9;
}

void AdaptiveRateLimiter::refill(double t)
{
    if (m_lastRefill >= 0)
        m_tokens = std::min(m_capacity, m_tokens + (t - m_lastRefill) * m_fillRate);
    m_lastRefill = t;
}

int AdaptiveRateLimiter::reserve()
{
    if (!m_enabled)
        return 0;
    const double t = now();
    refill(t);
    ++m_windowReserved;
    m_tokens -= 1; // a negative balance is the queue of reservations ahead of the next caller
    if (m_tokens >= 0)
        return 0;
    return int(std::ceil(-m_tokens / m_fillRate * 1000.0));
}

bool AdaptiveRateLimiter::tryAcquire()
{
    if (!m_enabled)
        return true;
    refill(now());
    if (m_tokens < 1)
        return false;
    m_tokens -= 1;
    ++m_windowReserved;
    return true;
}

int AdaptiveRateLimiter::msUntilToken()
{
    if (!m_enabled)
        return 0;
    refill(now());
    return m_tokens >= 1 ? 0 : int(std::ceil((1 - m_tokens) / m_fillRate * 1000.0));
}

void AdaptiveRateLimiter::engage(double t)
{
    // The service's bucket is empty now; what it admitted over the last second is the first
    // estimate of its rate (an overestimate while the burst is in it: the next window corrects it).
    m_enabled = true;
    m_fillRate = std::max(minFillRate, double(m_recentSuccesses.size()));
    m_capacity = std::max(1.0, m_fillRate);
    m_tokens = 0;
    m_lastRefill = t;
    m_windowStart = t;
    m_windowAdmitted = m_windowThrottled = m_windowReserved = 0;
}

void AdaptiveRateLimiter::learn(double t)
{
    const double elapsed = t - m_windowStart;
    // Slow buckets (1 token a second) need longer windows to count a few admissions.
    if (elapsed < std::max(1.0, 4.0 / m_fillRate))
        return;
    refill(t);
    const double admitted = m_windowAdmitted / elapsed;
    // Throttles tell the service's rate only when the sender offered at least its pace; a few
    // throttles at a low demand (a burst after a pause) say nothing about the rate.
    const bool offeredItsPace = m_windowAdmitted + m_windowThrottled >= 0.8 * m_fillRate * elapsed;
    if (m_windowThrottled > 0 && offeredItsPace) {
        m_learnedRate = admitted;
        m_fillRate = std::max(minFillRate, admitted * (1 + headroom));
    } else if (m_windowThrottled == 0 && m_windowReserved >= 0.8 * m_fillRate * elapsed) {
        m_fillRate *= probeGrowth;
    }
    m_capacity = std::max(1.0, m_fillRate);
    m_tokens = std::min(m_tokens, m_capacity);
    m_windowStart = t;
    m_windowAdmitted = m_windowThrottled = m_windowReserved = 0;
}

void AdaptiveRateLimiter::onAnswer(bool throttled)
{
    const double t = now();
    if (m_recentCount == shareWindow)
        m_recentThrottles -= m_recent[m_recentNext] ? 1 : 0;
    else
        ++m_recentCount;
    m_recent[m_recentNext] = throttled;
    m_recentThrottles += throttled ? 1 : 0;
    m_recentNext = (m_recentNext + 1) % shareWindow;
    if (!throttled)
        m_recentSuccesses.push_back(t);
    while (!m_recentSuccesses.empty() && m_recentSuccesses.front() < t - 1.0)
        m_recentSuccesses.pop_front();

    if (!m_enabled) {
        if (throttled && m_recentThrottles >= minThrottlesToEngage
            && m_recentThrottles >= throttleShareToEngage * m_recentCount)
            engage(t);
        return;
    }
    ++(throttled ? m_windowThrottled : m_windowAdmitted);
    learn(t);
}

} // namespace EcsDesk::Api
