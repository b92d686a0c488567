// SPDX-License-Identifier: MIT
#include "api/scheduler/scheduleexpression.h"

#include <algorithm>
#include <QCoreApplication>
#include <QStringList>
#include <QTimeZone>

namespace EcsDesk::Api {

namespace {
    // The translation context from before the parser moved here from local/simulation, so the catalogues keep it.

    /// One cron field into a bit set of allowed values in [low, high]; names map to numbers.
    bool parseField(
        const QString& text, int low, int high, const QStringList& names, int nameBase, quint64* bits, bool* any)
    {
        *bits = 0;
        *any = text == QLatin1String("*") || text == QLatin1String("?");
        if (*any) {
            for (int v = low; v <= high; ++v)
                *bits |= quint64(1) << v;
            return true;
        }
        auto number = [&](const QString& part, int* value) {
            const int index = names.indexOf(part.toUpper());
            if (index >= 0) {
                *value = index + nameBase;
                return true;
            }
            bool ok = false;
            *value = part.toInt(&ok);
            return ok && *value >= low && *value <= high;
        };
        for (const QString& item : text.split(QLatin1Char(','))) {
            QString range = item;
            int step = 1;
            const qsizetype slash = item.indexOf(QLatin1Char('/'));
            if (slash >= 0) {
                bool ok = false;
                step = item.mid(slash + 1).toInt(&ok);
                if (!ok || step <= 0)
                    return false;
                range = item.left(slash);
            }
            int from = low, to = high;
            if (range == QLatin1String("*")) {
                // the whole range
            } else if (const qsizetype dash = range.indexOf(QLatin1Char('-')); dash > 0) {
                if (!number(range.left(dash), &from) || !number(range.mid(dash + 1), &to) || from > to)
                    return false;
            } else {
                if (!number(range, &from))
                    return false;
                to = slash >= 0 ? high : from;
            }
            for (qint64 v = from; v <= to; v += step) // qint64: `59/2147483647` must not overflow
                *bits |= quint64(1) << v;
        }
        return *bits != 0;
    }
} // namespace

std::optional<ScheduleExpression> ScheduleExpression::parse(
    const QString& expression, const QString& timeZone, QString* error)
{
    ScheduleExpression schedule;
    schedule.m_zone = timeZone.isEmpty() ? QTimeZone::utc() : QTimeZone(timeZone.toUtf8());
    if (!schedule.m_zone.isValid()) {
        *error = QCoreApplication::translate(
            "EcsDesk::Api::ScheduleExpression", "Time zone %1 is not a valid IANA time zone")
                     .arg(timeZone);
        return std::nullopt;
    }
    const qsizetype open = expression.indexOf(QLatin1Char('('));
    if (open <= 0 || !expression.endsWith(QLatin1Char(')'))) {
        *error = QCoreApplication::translate(
            "EcsDesk::Api::ScheduleExpression", "Schedule must be at(...), rate(...) or cron(...), got '%1'")
                     .arg(expression);
        return std::nullopt;
    }
    const QString kind = expression.left(open);
    const QString body = expression.mid(open + 1, expression.size() - open - 2).trimmed();
    if (kind == QLatin1String("at")) {
        QDateTime at = QDateTime::fromString(body, Qt::ISODate);
        if (!at.isValid()) {
            *error = QCoreApplication::translate(
                "EcsDesk::Api::ScheduleExpression", "Invalid at() expression '%1': use yyyy-mm-ddThh:mm:ss")
                         .arg(expression);
            return std::nullopt;
        }
        at.setTimeZone(schedule.m_zone);
        schedule.m_type = Type::At;
        schedule.m_atMs = at.toMSecsSinceEpoch();
        return schedule;
    }
    if (kind == QLatin1String("rate")) {
        const QStringList parts = body.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        bool ok = false;
        const qint64 value = parts.size() == 2 ? parts[0].toLongLong(&ok) : 0;
        const QString unit = parts.size() == 2 ? parts[1] : QString();
        qint64 unitMs = 0;
        if (unit == QLatin1String("minute") || unit == QLatin1String("minutes"))
            unitMs = 60'000;
        else if (unit == QLatin1String("hour") || unit == QLatin1String("hours"))
            unitMs = 3'600'000;
        else if (unit == QLatin1String("day") || unit == QLatin1String("days"))
            unitMs = 86'400'000;
        // Over ~31,700 years the rate never fires, and N * unit must not overflow (fuzz_schedule).
        constexpr qint64 maxRateMs = 1'000'000'000'000'000;
        if (!ok || value <= 0 || unitMs == 0 || value > maxRateMs / unitMs) {
            *error = QCoreApplication::translate(
                "EcsDesk::Api::ScheduleExpression", "Invalid rate() expression '%1': use rate(N minutes|hours|days)")
                         .arg(expression);
            return std::nullopt;
        }
        schedule.m_type = Type::Rate;
        schedule.m_rateMs = value * unitMs;
        return schedule;
    }
    if (kind == QLatin1String("cron")) {
        const QStringList fields = body.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        static const QStringList months { QStringLiteral("JAN"), QStringLiteral("FEB"), QStringLiteral("MAR"),
            QStringLiteral("APR"), QStringLiteral("MAY"), QStringLiteral("JUN"), QStringLiteral("JUL"),
            QStringLiteral("AUG"), QStringLiteral("SEP"), QStringLiteral("OCT"), QStringLiteral("NOV"),
            QStringLiteral("DEC") };
        static const QStringList days { QStringLiteral("SUN"), QStringLiteral("MON"), QStringLiteral("TUE"),
            QStringLiteral("WED"), QStringLiteral("THU"), QStringLiteral("FRI"), QStringLiteral("SAT") };
        bool ok = fields.size() == 5 || fields.size() == 6;
        ok = ok && parseField(fields[0], 0, 59, {}, 0, &schedule.m_minute.bits, &schedule.m_minute.any);
        ok = ok && parseField(fields[1], 0, 23, {}, 0, &schedule.m_hour.bits, &schedule.m_hour.any);
        ok = ok && parseField(fields[2], 1, 31, {}, 0, &schedule.m_dayOfMonth.bits, &schedule.m_dayOfMonth.any);
        ok = ok && parseField(fields[3], 1, 12, months, 1, &schedule.m_month.bits, &schedule.m_month.any);
        ok = ok && parseField(fields[4], 1, 7, days, 1, &schedule.m_dayOfWeek.bits, &schedule.m_dayOfWeek.any);
        schedule.m_year.any = true;
        if (ok && fields.size() == 6 && fields[5] != QLatin1String("*") && fields[5] != QLatin1String("?")) {
            // Years: a list or range of four-digit years, kept as text.
            for (const QChar c : fields[5])
                ok = ok && (c.isDigit() || c == QLatin1Char(',') || c == QLatin1Char('-'));
            schedule.m_years = fields[5];
            schedule.m_year.any = false;
        }
        if (!ok) {
            *error = QCoreApplication::translate("EcsDesk::Api::ScheduleExpression",
                "Invalid cron() expression '%1': use cron(minutes hours day-of-month month day-of-week "
                "year)")
                         .arg(expression);
            return std::nullopt;
        }
        schedule.m_type = Type::Cron;
        return schedule;
    }
    *error = QCoreApplication::translate(
        "EcsDesk::Api::ScheduleExpression", "Schedule must be at(...), rate(...) or cron(...), got '%1'")
                 .arg(expression);
    return std::nullopt;
}

std::optional<ScheduleExpression> ScheduleExpression::parseEventBridge(
    const QString& expression, const QString& timeZone, bool allowAt, QString* error)
{
    const QString trimmed = expression.trimmed();
    const qsizetype open = trimmed.indexOf(QLatin1Char('('));
    const QString kind = open > 0 ? trimmed.left(open) : QString();
    const QString body = open > 0 ? trimmed.mid(open + 1, trimmed.size() - open - 2).trimmed() : QString();
    const QStringList parts = body.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    bool ok
        = kind == QLatin1String("rate") || kind == QLatin1String("cron") || (allowAt && kind == QLatin1String("at"));
    if (ok && kind == QLatin1String("rate")) {
        // EventBridge wants the singular for 1 and the plural otherwise.
        ok = parts.size() == 2
            && (parts[0] == QLatin1String("1") ? !parts[1].endsWith(QLatin1Char('s'))
                                               : parts[1].endsWith(QLatin1Char('s')));
    } else if (ok && kind == QLatin1String("cron")) {
        ok = parts.size() == 6 && ((parts[2] == QLatin1String("?")) != (parts[4] == QLatin1String("?")));
    } else if (ok && kind == QLatin1String("at")) {
        ok = body.size() == 19; // yyyy-mm-ddThh:mm:ss, no zone
    }
    if (!ok) {
        *error = QCoreApplication::translate("EcsDesk::Api::ScheduleExpression", "Invalid Schedule Expression %1.")
                     .arg(expression);
        return std::nullopt;
    }
    const bool zoneValid = timeZone.isEmpty() || QTimeZone(timeZone.toUtf8()).isValid();
    std::optional<ScheduleExpression> parsed = parse(trimmed, timeZone, error);
    if (!parsed && zoneValid)
        *error = QCoreApplication::translate("EcsDesk::Api::ScheduleExpression", "Invalid Schedule Expression %1.")
                     .arg(expression);
    return parsed;
}

QList<qint64> ScheduleExpression::nextFirings(qint64 afterMs, int count, qint64 anchorMs, int horizonDays) const
{
    QList<qint64> out;
    constexpr qint64 chunk = 7LL * 24 * 3600 * 1000; // firstFiring looks at most eight days ahead
    const qint64 horizon = afterMs + qint64(horizonDays) * 24 * 3600 * 1000;
    qint64 from = afterMs;
    while (out.size() < count && from < horizon) {
        const qint64 until = std::min(horizon, from + chunk);
        if (const auto at = firstFiring(from, until, anchorMs)) {
            out.append(*at);
            from = *at;
        } else {
            from = until;
        }
    }
    return out;
}

bool ScheduleExpression::cronMatches(const QDateTime& local) const
{
    const QDate date = local.date();
    const QTime time = local.time();
    auto has = [](const Field& field, int value) { return (field.bits >> value) & 1; };
    if (!has(m_minute, time.minute()) || !has(m_hour, time.hour()) || !has(m_month, date.month()))
        return false;
    // As cron: when both day fields are restricted, either may match; `?` leaves it to the other.
    const bool dayOfMonth = has(m_dayOfMonth, date.day());
    const bool dayOfWeek = has(m_dayOfWeek, date.dayOfWeek() % 7 + 1); // Qt: Monday 1 .. Sunday 7
    bool day = dayOfMonth && dayOfWeek;
    if (!m_dayOfMonth.any && !m_dayOfWeek.any)
        day = dayOfMonth || dayOfWeek;
    if (!day)
        return false;
    if (!m_year.any) {
        bool yearOk = false;
        for (const QString& item : m_years.split(QLatin1Char(','))) {
            const qsizetype dash = item.indexOf(QLatin1Char('-'));
            const int from = (dash > 0 ? item.left(dash) : item).toInt();
            const int to = dash > 0 ? item.mid(dash + 1).toInt() : from;
            yearOk = yearOk || (date.year() >= from && date.year() <= to);
        }
        if (!yearOk)
            return false;
    }
    return true;
}

std::optional<qint64> ScheduleExpression::firstFiring(qint64 afterMs, qint64 untilMs, qint64 anchorMs) const
{
    if (untilMs <= afterMs)
        return std::nullopt;
    switch (m_type) {
    case Type::At:
        if (m_atMs > afterMs && m_atMs <= untilMs)
            return m_atMs;
        return std::nullopt;
    case Type::Rate: {
        // Firings at anchor + k * rate, k >= 1.
        const qint64 from = std::max(afterMs, anchorMs);
        const qint64 k = (from - anchorMs) / m_rateMs + 1;
        const qint64 at = anchorMs + k * m_rateMs;
        if (at <= untilMs)
            return at;
        return std::nullopt;
    }
    case Type::Cron: {
        // Whole minutes in the window, at most eight days of them (a longer pause fires once).
        constexpr qint64 minute = 60'000;
        qint64 at = (afterMs / minute + 1) * minute;
        const qint64 last = std::min(untilMs, at + 8 * 24 * 60 * minute);
        for (; at <= last; at += minute) {
            if (cronMatches(QDateTime::fromMSecsSinceEpoch(at, m_zone)))
                return at;
        }
        return std::nullopt;
    }
    }
    return std::nullopt;
}

} // namespace EcsDesk::Api
