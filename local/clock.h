#pragma once

#include <QDateTime>

namespace EcsDesk::Local {

/// The endpoint's notion of "now". The simulation and tests inject their own to fast-forward.
class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const { return QDateTime::currentDateTimeUtc(); }

    /// Epoch seconds with a millisecond fraction, as AWS JSON protocols write timestamps.
    double epochSeconds() const { return static_cast<double>(now().toMSecsSinceEpoch()) / 1000.0; }
};

/// A clock that stands still until told to move: for tests and simulations.
class ManualClock : public Clock {
public:
    explicit ManualClock(QDateTime start)
        : m_now(std::move(start))
    {
    }
    QDateTime now() const override { return m_now; }
    void advance(qint64 msecs) { m_now = m_now.addMSecs(msecs); }
    void set(const QDateTime& now) { m_now = now; }

private:
    QDateTime m_now;
};

} // namespace EcsDesk::Local
