// SPDX-License-Identifier: MIT
#include "api/core/retrypolicy.h"

#include <QDateTime>
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
    return double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
}

void AdaptiveRateLimiter::refill(double t)
{
    if (m_lastRefill < 0) {
        m_lastRefill = t;
        return;
    }
    m_tokens = std::min(m_capacity, m_tokens + (t - m_lastRefill) * m_fillRate);
    m_lastRefill = t;
}

int AdaptiveRateLimiter::reserve()
{
    if (!m_enabled)
        return 0;
    const double t = now();
    refill(t);
    m_tokens -= 1; // a negative balance is the queue of reservations ahead of the next caller
    if (m_tokens >= 0)
        return 0;
    return int(std::ceil(-m_tokens / m_fillRate * 1000.0));
}

void AdaptiveRateLimiter::updateMeasuredRate(double t)
{
    const double bucket = std::floor(t * 2.0) / 2.0; // half-second buckets
    ++m_requestCount;
    if (m_lastTxBucket < 0) {
        m_lastTxBucket = bucket;
        return;
    }
    if (bucket > m_lastTxBucket) {
        const double currentRate = m_requestCount / (bucket - m_lastTxBucket);
        m_measuredRate = currentRate * smoothing + m_measuredRate * (1 - smoothing);
        m_requestCount = 0;
        m_lastTxBucket = bucket;
    }
}

void AdaptiveRateLimiter::setFillRate(double rate, double t)
{
    refill(t);
    m_fillRate = std::max(rate, minFillRate);
    m_capacity = std::max(rate, 1.0);
    m_tokens = std::min(m_tokens, m_capacity);
}

void AdaptiveRateLimiter::onAnswer(bool throttled)
{
    if (m_recentCount == shareWindow)
        m_recentThrottles -= m_recent[m_recentNext] ? 1 : 0;
    else
        ++m_recentCount;
    m_recent[m_recentNext] = throttled;
    m_recentThrottles += throttled ? 1 : 0;
    m_recentNext = (m_recentNext + 1) % shareWindow;
    onResponse(
        throttled && m_recentThrottles >= minThrottlesToCut && m_recentThrottles >= throttleShareToCut * m_recentCount);
}

void AdaptiveRateLimiter::onResponse(bool throttled)
{
    const double t = now();
    updateMeasuredRate(t);
    double newRate;
    if (throttled) {
        // Before the first full half-second bucket, estimate the rate from the partial one, so an
        // early throttle does not collapse the rate to the floor.
        double measured = m_measuredRate;
        if (measured <= 0 && m_lastTxBucket >= 0)
            measured = m_requestCount / std::max(0.1, t - m_lastTxBucket);
        const double rateToUse = m_enabled ? std::min(measured, m_fillRate) : measured;
        m_lastMaxRate = std::max(rateToUse, minFillRate);
        m_timeWindow = std::cbrt(m_lastMaxRate * (1 - beta) / scaleConstant);
        m_lastThrottle = t;
        newRate = m_lastMaxRate * beta;
        m_enabled = true;
    } else {
        if (!m_enabled)
            return;
        newRate = scaleConstant * std::pow(t - m_lastThrottle - m_timeWindow, 3) + m_lastMaxRate;
    }
    setFillRate(std::min(newRate, std::max(2 * m_measuredRate, minFillRate * 2)), t);
}

} // namespace EcsDesk::Api
