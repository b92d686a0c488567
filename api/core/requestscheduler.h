// SPDX-License-Identifier: MIT
#pragma once

#include "api/core/awstransport.h"

#include <QObject>
#include <QSet>

#include <deque>
#include <functional>

namespace EcsDesk::Api {

/// Runs a loader's API calls with bounded concurrency. Calls that extend the sequential chain
/// (List* pages) go before bulk calls (Describe*), so the critical path never waits behind
/// work that could run later. The first failure cancels everything and is reported once.
class RequestScheduler : public QObject {
    Q_OBJECT
public:
    enum class Priority {
        Critical, ///< the next page of a listing in progress: starts at once, beyond the cap
        Chain, ///< the first call of a listing
        Bulk, ///< describes
    };
    using Start = std::function<AwsReply*()>;
    using Handler = std::function<void(AwsReply* reply)>; ///< runs on success only
    /// Optional: sees a call's final error first; returns true when it handled it (the load goes
    /// on), false to fail everything.
    using ErrorHandler = std::function<bool(const AwsError& error)>;

    explicit RequestScheduler(int maxInFlight = 32, QObject* parent = nullptr);
    ~RequestScheduler() override;

    void setMaxInFlight(int max) { m_maxInFlight = std::max(1, max); }
    void enqueue(Priority priority, Start start, Handler handler, ErrorHandler onError = {});
    /// Aborts what is in flight and drops the queue, without signals.
    void cancelAll();
    /// Fails the load from a success handler (an answer that cannot be used, such as a page
    /// token seen before): cancels everything and emits failed() once.
    void fail(const AwsError& error);

    bool isIdle() const { return m_inFlight.isEmpty() && m_critical.empty() && m_chain.empty() && m_bulk.empty(); }
    int startedCount() const { return m_started; }
    int completedCount() const { return m_completed; }

Q_SIGNALS:
    void failed(const EcsDesk::Api::AwsError& error);
    /// Nothing queued and nothing in flight any more.
    void idle();
    void progressed();

private:
    struct Job {
        Start start;
        Handler handler;
        ErrorHandler onError;
    };
    void pump();
    void onFinished(AwsReply* reply, const Job& job);

    static constexpr int startsPerTurn = 8; ///< non-critical calls started per event loop turn

    int m_maxInFlight;
    std::deque<Job> m_critical;
    std::deque<Job> m_chain;
    std::deque<Job> m_bulk;
    QSet<AwsReply*> m_inFlight;
    int m_started = 0;
    int m_completed = 0;
    bool m_failed = false;
    bool m_pumping = false;
    bool m_pumpQueued = false;
};

} // namespace EcsDesk::Api
