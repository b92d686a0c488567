#pragma once

#include "api/core/awserror.h"

#include <QString>

#include <functional>

namespace EcsDesk::Api {

/// "Standard" retry mode as the AWS SDKs define it: which failures are retried, how long to wait
/// (exponential backoff with full jitter, capped), how many attempts at most, and a retry quota
/// so that a failing service is not hammered. The random source is injectable for tests.
class RetryPolicy {
public:
    int maxAttempts = 3; ///< first try included; 1 disables retries
    int baseDelayMs = 1000; ///< the SDKs' base: attempt n waits random() * base * 2^(n-1)
    int maxBackoffMs = 20000;
    std::function<double()> random; ///< in [0, 1); QRandomGenerator when empty

    /// How long to wait before retry number `retry` (1 for the first retry).
    int delayMs(int retry) const;

    static bool isThrottlingCode(const QString& code);
    static bool isTransientCode(const QString& code);
    /// Whether the error class is retried at all (throttling, transient codes, 5xx, connection
    /// failures, timeouts); the error's own `retryable` flag is set from this.
    static bool isRetryable(const AwsError& error);
};

/// The standard mode's retry quota: each retry costs tokens (more for timeouts), each success
/// gives one back; when the bucket is empty, failures are returned instead of retried.
class RetryQuota {
public:
    static constexpr int capacity = 500;
    static constexpr int retryCost = 5;
    static constexpr int timeoutCost = 10;

    /// Takes the cost of retrying `error`; false when the quota is exhausted.
    bool acquire(const AwsError& error);
    void onSuccess(bool wasRetry);
    int available() const { return m_available; }

private:
    int m_available = capacity;
    int m_lastCost = 0;
};

/// Client-side adaptive rate limiter (the SDKs' "adaptive" mode): a token bucket whose fill rate
/// follows CUBIC congestion control. It is dormant until the first throttling answer, then cuts
/// the rate on each throttle and grows it back along the cubic curve on successes. One per
/// service endpoint. The clock (seconds) is injectable for tests.
class AdaptiveRateLimiter {
public:
    explicit AdaptiveRateLimiter(std::function<double()> clock = {});

    /// Reserves a send slot; returns how many milliseconds the caller must wait before sending
    /// (0 when it may send now). Reservations queue up: later callers wait longer.
    int reserve();
    /// Feeds back the outcome of one answer.
    void onResponse(bool throttled);

    bool isEnabled() const { return m_enabled; }
    double fillRate() const { return m_fillRate; } ///< requests per second
    double measuredRate() const { return m_measuredRate; }

    static constexpr double minFillRate = 0.5;
    static constexpr double beta = 0.7;
    static constexpr double scaleConstant = 0.4;
    static constexpr double smoothing = 0.8;

private:
    double now() const;
    void refill(double t);
    void updateMeasuredRate(double t);
    void setFillRate(double rate, double t);

    std::function<double()> m_clock;
    bool m_enabled = false;
    double m_fillRate = minFillRate;
    double m_capacity = 1;
    double m_tokens = 0;
    double m_lastRefill = -1;
    double m_lastMaxRate = 0;
    double m_lastThrottle = 0;
    double m_timeWindow = 0;
    double m_measuredRate = 0;
    double m_lastTxBucket = -1;
    int m_requestCount = 0;
};

} // namespace EcsDesk::Api
