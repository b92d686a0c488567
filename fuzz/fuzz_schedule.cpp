// SPDX-License-Identifier: MIT
// Fuzz target: the schedule expression parser (api/scheduler/scheduleexpression.cpp): at(), rate()
// and cron() as Application Auto Scaling's scheduled actions, EventBridge rules and EventBridge
// Scheduler take them. The input's first line is the expression, an optional second line the time
// zone; a parsed schedule's firings are looked up in a few windows and must fall inside them, in order.

#include "fuzzsupport.h"

#include "api/scheduler/scheduleexpression.h"

using namespace EcsDesk;
using Api::ScheduleExpression;

namespace {

void checkFirings(const ScheduleExpression& schedule)
{
    constexpr qint64 hour = 3'600'000;
    const qint64 start = QDateTime(QDate(2026, 12, 3), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
    struct Window {
        qint64 after, until, anchor;
    };
    const Window windows[] = {
        { start, start + hour, start }, // the simulation's usual step
        { start - 1, start + 26 * hour, start - 7 * 24 * hour }, // a day, a rate anchored a week ago
        { start + 366 * 24 * hour, start + 367 * 24 * hour, start }, // a year on
    };
    for (const Window& window : windows) {
        const auto firing = schedule.firstFiring(window.after, window.until, window.anchor);
        if (firing)
            Fuzz::check(*firing > window.after && *firing <= window.until, "a firing is inside the window asked for");
    }
    qint64 previous = start;
    for (const qint64 at : schedule.nextFirings(start, 3, start, 2)) {
        Fuzz::check(at > previous, "next firings come after the start, in order");
        Fuzz::check(previous == start || at - previous >= 60'000, "firings are at least a minute apart");
        previous = at;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto [expression, rest] = Fuzz::firstLine(Fuzz::bytes(data, size));
    const QString text = QString::fromUtf8(expression);
    const QString zone = QString::fromUtf8(Fuzz::firstLine(rest).first);
    QString error;
    if (const auto schedule = ScheduleExpression::parse(text, zone, &error))
        checkFirings(*schedule);
    else
        Fuzz::check(!error.isEmpty(), "a refused expression says why");
    error.clear();
    if (const auto schedule = ScheduleExpression::parseEventBridge(text, zone, true, &error))
        checkFirings(*schedule);
    else
        Fuzz::check(!error.isEmpty(), "a refused EventBridge expression says why");
    return 0;
}
