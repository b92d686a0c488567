// SPDX-License-Identifier: MIT
#pragma once

#include "api/core/awserror.h"

#include <QString>

#include <array>
#include <deque>

#include <functional>

namespace EcsDesk::Api {

/// When and how often failed calls are retried. Server errors, connection failures and timeouts
/// follow the AWS SDKs' "standard" retry mode: which failures are retried, exponential backoff
/// with full jitter from a 50 ms base (the SDKs' 2026 defaults), capped, a number of attempts and
/// a retry quota so that a failing service is not hammered. Throttling answers are different:
/// they do not count as attempts and take no quota; they are retried, with their own backoff,
/// until a time budget runs out, while the adaptive rate limiter slows the sender (issue 25 point
/// 13: at 30 % faults, 3 attempts failed 7 of 8 snapshots). The random source is injectable for
/// tests.
class RetryPolicy {
public:
    /// Attempts against server errors, connection failures and timeouts, first try included (1
    /// disables their retries). The SDKs' default is 3; but a snapshot is hundreds of calls that
    /// must all succeed: at 15 % server errors (ecsdesk-local --fault-rate 0.3) 3 attempts lose
    /// one call in 180, 6 one in 33,000 (bench_snapshot_faults).
    int maxAttempts = 6;
    int baseDelayMs = 50; ///< transient errors: retry n waits random() * base * 2^(n-1)
    /// Throttling while the limiter is dormant (a scattered throttle, not a bucket running dry):
    /// the same formula from this base. Once throttles dominate, the limiter paces the retries
    /// instead. 50 ms as for server errors: from 100 ms, one call unlucky three or four times
    /// made a 10 ms-latency snapshot take 10-22x its fault-free time (bench_snapshot_faults).
    int throttleBaseDelayMs = 50;
    int maxBackoffMs = 20000;
    /// Throttled calls are retried while the next attempt would start within this many ms of the
    /// call's start; after that the throttling error is the call's answer.
    int throttleBudgetMs = 60000;
    std::function<double()> random; ///< in [0, 1); QRandomGenerator when empty

    /// How long to wait before retry number `retry` (1 for the first retry) after a transient error.
    int delayMs(int retry) const;
    /// How long to wait before the `retry`th retry after throttling answers.
    int throttleDelayMs(int retry) const;

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

/// Client-side adaptive rate limiter, one per service-side token bucket (AwsTransport keeps one per
/// endpoint, region and action category, see rateCategoryKey()). It learns the bucket instead of
/// meeting it head-on again and again. Dormant (no waits) until throttles dominate the recent
/// answers; then it paces the sender with its own token bucket at the rate the service admitted
/// while it throttled (the service's refill rate: with the bucket empty, every admitted request
/// is a refilled token), a little above it so that the service's bucket stays drained and no
/// refill is wasted. Every window (a second, longer for slow buckets) it re-learns: throttles in
/// the window set the rate to what was admitted; a window without throttles in which the sender
/// used its allowance probes higher. The clock (seconds) is injectable for tests.
class AdaptiveRateLimiter {
public:
    explicit AdaptiveRateLimiter(std::function<double()> clock = {});

    /// Reserves a send slot; returns how many milliseconds the caller must wait before sending
    /// (0 when it may send now). Reservations queue up: later callers wait longer.
    int reserve();
    /// Takes a send slot if one is free now (always while dormant).
    bool tryAcquire();
    /// Milliseconds until tryAcquire() can succeed (0 when it can now).
    int msUntilToken();
    /// Feeds back one answer from the service (not network failures). A throttle that is one
    /// among mostly good answers (a random fault, a brief spike) is only backed off by the call
    /// that got it; when throttles dominate the recent answers the service is limiting the rate
    /// and the limiter takes over. Without this gate, 15 % random throttles drove the rate to a
    /// floor of 0.5 requests per second (a 0.3 s snapshot took 72-131 s; issue 25 point 13).
    void onAnswer(bool throttled);

    bool isEnabled() const { return m_enabled; }
    double fillRate() const { return m_fillRate; } ///< requests per second the sender is paced to
    /// What the service admitted per second in the last window that had throttles (0 before one).
    double learnedRate() const { return m_learnedRate; }

    static constexpr double minFillRate = 0.5;
    /// The pace is this much above the learned rate: a few more throttles, no idle refill.
    static constexpr double headroom = 0.1;
    /// A window without throttles, in which the sender used most of its allowance, grows the pace.
    static constexpr double probeGrowth = 1.5;
    /// onAnswer(): the limiter takes over when throttles are at least this share of the last
    /// `shareWindow` answers, and at least `minThrottlesToEngage` of them.
    static constexpr double throttleShareToEngage = 0.5;
    static constexpr int shareWindow = 50;
    static constexpr int minThrottlesToEngage = 10;

private:
    double now() const;
    void refill(double t);
    void engage(double t);
    void learn(double t);

    std::function<double()> m_clock;
    bool m_enabled = false;
    double m_fillRate = minFillRate;
    double m_learnedRate = 0;
    double m_capacity = 1;
    double m_tokens = 0;
    double m_lastRefill = -1;
    // The current learning window.
    double m_windowStart = 0;
    int m_windowAdmitted = 0;
    int m_windowThrottled = 0;
    int m_windowReserved = 0;
    std::deque<double> m_recentSuccesses; ///< times of the admitted answers of the last second
    std::array<bool, shareWindow> m_recent {}; ///< ring of the last answers: throttled or not
    int m_recentCount = 0;
    int m_recentNext = 0;
    int m_recentThrottles = 0;
};

} // namespace EcsDesk::Api
