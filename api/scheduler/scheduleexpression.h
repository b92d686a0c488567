// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace EcsDesk::Api {

/// A schedule expression as AWS writes them (Application Auto Scaling's scheduled actions, EventBridge
/// rules and EventBridge Scheduler):  `at(yyyy-mm-ddThh:mm:ss)`, `rate(N minute|minutes|hour|
/// hours|day|days)` or `cron(minutes hours day-of-month month day-of-week year)` with `*`, `?`,
/// numbers, names (JAN-DEC, SUN-SAT = 1-7), ranges, lists and `/` steps. Times are in `timeZone`
/// (an IANA name; UTC when empty).
class ScheduleExpression {
public:
    /// Nullopt with `error` when the expression is not one of the above.
    static std::optional<ScheduleExpression> parse(const QString& expression, const QString& timeZone, QString* error);
    /// As EventBridge (rules and Scheduler) accepts an expression: rate() says `1 minute` but
    /// `5 minutes`, cron() has all six fields with `?` in day-of-month or day-of-week (not both),
    /// and at() is refused unless `allowAt` (rules have no at()). Nullopt with `error` otherwise.
    static std::optional<ScheduleExpression> parseEventBridge(
        const QString& expression, const QString& timeZone, bool allowAt, QString* error);

    /// Up to `count` firing times after `afterMs` (epoch ms), looking at most `horizonDays` ahead.
    QList<qint64> nextFirings(qint64 afterMs, int count, qint64 anchorMs, int horizonDays = 400) const;
    bool isOneTime() const { return m_type == Type::At; }

    /// The first time the schedule fires in (afterMs, untilMs] (epoch milliseconds); `anchorMs`
    /// is where a rate() counts from (the action's start or creation time).
    std::optional<qint64> firstFiring(qint64 afterMs, qint64 untilMs, qint64 anchorMs) const;

private:
    enum class Type { At, Rate, Cron };
    struct Field {
        quint64 bits = 0; ///< allowed values
        bool any = false; ///< `*` or `?`
    };
    bool cronMatches(const QDateTime& local) const;

    Type m_type = Type::At;
    qint64 m_atMs = 0;
    qint64 m_rateMs = 0;
    Field m_minute, m_hour, m_dayOfMonth, m_month, m_dayOfWeek;
    QString m_years; ///< a list/range of years when the year field is given
    Field m_year;
    QTimeZone m_zone;
};

} // namespace EcsDesk::Api
