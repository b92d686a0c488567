// SPDX-License-Identifier: MIT
#include "models/timestampformat.h"

#include <QLocale>

namespace EcsDesk::Models {

namespace {
    TimestampFormat::Clock& clock()
    {
        static TimestampFormat::Clock instance;
        return instance;
    }
} // namespace

QDateTime TimestampFormat::now() { return clock() ? clock()() : QDateTime::currentDateTimeUtc(); }

void TimestampFormat::setClock(Clock replacement) { clock() = std::move(replacement); }

QString TimestampFormat::age(const QDateTime& time, const QDateTime& now)
{
    if (!time.isValid() || !now.isValid())
        return {};
    const qint64 seconds = time.secsTo(now);
    if (seconds < 60) // a few seconds, or a clock a little ahead of this one
        return tr("just now", "age of a point in time");
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return tr("%n min ago", "age of a point in time, in minutes", int(minutes));
    const qint64 hours = minutes / 60;
    if (hours < 24)
        return tr("%n hour(s) ago", "age of a point in time", int(hours));
    const qint64 days = hours / 24;
    if (days < 60)
        return tr("%n day(s) ago", "age of a point in time", int(days));
    if (days < 730)
        return tr("%n month(s) ago", "age of a point in time", int(days / 30));
    return tr("%n year(s) ago", "age of a point in time", int(days / 365));
}

QString TimestampFormat::display(const QDateTime& time, const QDateTime& now)
{
    if (!time.isValid())
        return {};
    return tr("%1 (%2)", "a local date and time, then its age: 03/12/2026 09:12 (3 min ago)")
        .arg(QLocale().toString(time.toLocalTime(), QLocale::ShortFormat), age(time, now));
}

QString TimestampFormat::iso(const QDateTime& time)
{
    if (!time.isValid())
        return {};
    const QDateTime utc = time.toUTC();
    return utc.toString(utc.time().msec() ? Qt::ISODateWithMs : Qt::ISODate);
}

QString TimestampFormat::filterText(const QDateTime& time)
{
    if (!time.isValid())
        return {};
    return display(time) + QLatin1Char(' ') + iso(time);
}

} // namespace EcsDesk::Models
