// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QElapsedTimer>

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

/// Wall-clock time sped up: from the moment it is made, `scale` simulated milliseconds pass per real
/// one (ecsdesk-local --time-scale N). Every timer of the simulation (task lifecycle steps, the
/// metrics minute, scaling cooldowns, scheduled actions) reads it, so at scale 60 a simulated minute
/// takes a second. Request signatures are still checked against wall-clock time.
class ScaledClock : public Clock {
public:
    explicit ScaledClock(double scale, QDateTime start = QDateTime::currentDateTimeUtc())
        : m_start(std::move(start))
        , m_scale(scale)
    {
        m_elapsed.start();
    }
    QDateTime now() const override
    {
        return m_start.addMSecs(qint64(double(m_elapsed.nsecsElapsed()) / 1e6 * m_scale));
    }
    double scale() const { return m_scale; }

private:
    QDateTime m_start;
    double m_scale;
    QElapsedTimer m_elapsed;
};

} // namespace EcsDesk::Local
