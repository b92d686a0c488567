// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

namespace EcsDesk::Models {

/// The value axis of a metrics chart: a range and ticks at "nice" steps (1, 2 or 5 times a power
/// of ten, as 0/20/40/60), never more ticks than the plot has room for, so the labels are round
/// numbers and are never elided. Qt-free so it can be tested without a chart.
struct ValueAxisScale {
    double min = 0;
    double max = 1;
    double step = 1;
    int tickCount = 2; ///< ticks including both ends: (max - min) / step + 1
    int decimals = 0; ///< digits after the point the labels need for this step

    bool operator==(const ValueAxisScale&) const = default;

    /// The smallest nice step that covers [dataMin, dataMax] in at most maxTicks ticks (at least
    /// 2). The range starts at a multiple of the step at or below dataMin and ends at one at or
    /// above dataMax; an empty or inverted range becomes [dataMin, dataMin + 1].
    static ValueAxisScale compute(double dataMin, double dataMax, int maxTicks);
    /// How many ticks fit a plot `plotHeight` pixels high with labels `labelHeight` pixels high:
    /// each label gets its own height and as much again between labels; between 2 and 11.
    static int ticksThatFit(double plotHeight, double labelHeight);
};

} // namespace EcsDesk::Models
