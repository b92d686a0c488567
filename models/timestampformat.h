// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <functional>

namespace EcsDesk::Models {

/// How every pane shows a point in time: local time in the user's locale with its age
/// ("03/12/2026 09:12 (3 min ago)"), ISO 8601 in UTC in the tooltip and in exports, the QDateTime
/// itself for sorting. "Now" comes from a clock that tests replace, so ages are deterministic.
class TimestampFormat {
    Q_DECLARE_TR_FUNCTIONS(EcsDesk::Models::TimestampFormat)
public:
    using Clock = std::function<QDateTime()>;

    /// The current time of the clock (the system clock unless replaced).
    static QDateTime now();
    /// Replaces the clock (tests); an empty function restores the system clock. GUI thread only.
    static void setClock(Clock replacement);

    /// How long before `now` `time` was: "just now", "3 min ago", "2 hours ago", "5 days ago" ...
    static QString age(const QDateTime& time, const QDateTime& now);
    /// Local time in the default locale's short format with its age; empty for an invalid time.
    static QString display(const QDateTime& time, const QDateTime& now);
    static QString display(const QDateTime& time) { return display(time, now()); }
    /// ISO 8601 in UTC ("2016-08-29T16:25:52.130Z", milliseconds only when there are some); empty
    /// for an invalid time. The tooltip, and what exports write.
    static QString iso(const QDateTime& time);
    /// The text a `column:value` filter reads: what is shown and the ISO form.
    static QString filterText(const QDateTime& time);
};

} // namespace EcsDesk::Models
