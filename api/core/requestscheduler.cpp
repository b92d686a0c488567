// SPDX-License-Identifier: MIT
#include "api/core/requestscheduler.h"

namespace EcsDesk::Api {

RequestScheduler::RequestScheduler(int maxInFlight, QObject* parent)
    : QObject(parent)
    , m_maxInFlight(std::max(1, maxInFlight))
{
}

RequestScheduler::~RequestScheduler() { cancelAll(); }

void RequestScheduler::enqueue(Priority priority, Start start, Handler handler, ErrorHandler onError)
{
    if (m_failed)
        return;
    auto& queue = priority == Priority::Critical ? m_critical : priority == Priority::Chain ? m_chain : m_bulk;
    queue.push_back(Job { std::move(start), std::move(handler), std::move(onError) });
    pump();
}

void RequestScheduler::cancelAll()
{
    m_critical.clear();
    m_chain.clear();
    m_bulk.clear();
    const QSet<AwsReply*> inFlight = std::exchange(m_inFlight, {});
    for (AwsReply* reply : inFlight) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void RequestScheduler::fail(const AwsError& error)
{
    if (m_failed)
        return;
    m_failed = true;
    cancelAll();
    Q_EMIT failed(error);
}

void RequestScheduler::pump()
{
    if (m_pumping)
        return;
    m_pumping = true;
    int started = 0;
    // Calls waiting for the rate limiter (or a retry's backoff) are not on the wire: they do not
    // count against the cap. Under throttling, every call then queues at the limiter, which sends
    // at the rate the service admits: the cap must not let the calls of one slow bucket (service
    // reads) hold every slot while another bucket (task reads) idles.
    int active = 0;
    for (const AwsReply* reply : std::as_const(m_inFlight))
        active += reply->isWaiting() ? 0 : 1;
    while (!m_failed && (!m_critical.empty() || (active < m_maxInFlight && (!m_chain.empty() || !m_bulk.empty())))) {
        if (m_critical.empty() && started >= startsPerTurn) {
            // A burst of calls is signed and sent a few at a time, so the event loop sees the
            // answers in between: the next page of a listing (the critical path) does not wait
            // for a hundred describes to go out first.
            if (!m_pumpQueued) {
                m_pumpQueued = true;
                QMetaObject::invokeMethod(
                    this,
                    [this] {
                        m_pumpQueued = false;
                        pump();
                    },
                    Qt::QueuedConnection);
            }
            break;
        }
        ++started;
        auto& queue = !m_critical.empty() ? m_critical : !m_chain.empty() ? m_chain : m_bulk;
        Job job = std::move(queue.front());
        queue.pop_front();
        AwsReply* reply = job.start();
        ++m_started;
        active += reply->isWaiting() ? 0 : 1;
        m_inFlight.insert(reply);
        connect(reply, &AwsReply::finished, this, [this, reply, job = std::move(job)] { onFinished(reply, job); });
        // The transport may delete its replies first when both go down together.
        connect(reply, &QObject::destroyed, this, [this, reply] { m_inFlight.remove(reply); });
    }
    m_pumping = false;
}

void RequestScheduler::onFinished(AwsReply* reply, const Job& job)
{
    if (!m_inFlight.remove(reply))
        return;
    reply->deleteLater();
    ++m_completed;
    if (m_failed)
        return;
    if (!reply->isOk() && job.onError && job.onError(*reply->error())) {
        Q_EMIT progressed();
        pump();
        if (isIdle())
            Q_EMIT idle();
        return;
    }
    if (!reply->isOk()) {
        fail(*reply->error());
        return;
    }
    job.handler(reply);
    if (m_failed)
        return;
    Q_EMIT progressed();
    pump();
    if (isIdle())
        Q_EMIT idle();
}

} // namespace EcsDesk::Api
