// SPDX-License-Identifier: MIT
#include "models/metrics/valueaxisscale.h"

#include <cmath>

namespace EcsDesk::Models {

ValueAxisScale ValueAxisScale::compute(double dataMin, double dataMax, int maxTicks)
{
    ValueAxisScale scale;
    if (!std::isfinite(dataMin))
        dataMin = 0;
    if (!std::isfinite(dataMax) || dataMax <= dataMin)
        dataMax = dataMin + 1;
    maxTicks = qMax(2, maxTicks);
    // Start one decade below the step that would exactly fit and walk up 1, 2, 5, 10, 20, ...
    const double rough = (dataMax - dataMin) / double(maxTicks - 1);
    double magnitude = std::pow(10.0, std::floor(std::log10(rough)) - 1);
    static constexpr double multiples[] = { 1, 2, 5 };
    for (int attempt = 0; attempt < 64; ++attempt) {
        const double step = multiples[attempt % 3] * magnitude;
        if (attempt % 3 == 2)
            magnitude *= 10;
        const double low = std::floor(dataMin / step + 1e-9) * step;
        const double high = std::ceil(dataMax / step - 1e-9) * step;
        const int ticks = int(std::llround((high - low) / step)) + 1;
        if (ticks > maxTicks)
            continue;
        scale.min = low == 0 ? 0 : low; // no "-0"
        scale.max = high;
        scale.step = step;
        scale.tickCount = qMax(2, ticks);
        if (ticks < 2)
            scale.max = low + step;
        scale.decimals = step >= 1 ? 0 : int(std::ceil(-std::log10(step) - 1e-9));
        return scale;
    }
    return scale;
}

int ValueAxisScale::ticksThatFit(double plotHeight, double labelHeight)
{
    if (labelHeight <= 0)
        return 5;
    return qBound(2, int(plotHeight / (2 * labelHeight)) + 1, 11);
}

} // namespace EcsDesk::Models
