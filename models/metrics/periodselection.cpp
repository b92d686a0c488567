// SPDX-License-Identifier: MIT
#include "models/metrics/periodselection.h"

#include <array>
#include <limits>

namespace EcsDesk::Models {

namespace {

    constexpr std::array<int, 12> standardPeriods { 60, 300, 900, 3600, 3 * 3600, 6 * 3600, 86400, 3 * 86400, 7 * 86400,
        30 * 86400, 90 * 86400, 365 * 86400 };

    int retentionFloor(qint64 startAgeSeconds)
    {
        if (startAgeSeconds > 63LL * 86400)
            return 3600;
        if (startAgeSeconds > 15LL * 86400)
            return 300;
        return 60;
    }

} // namespace

qint64 PeriodSelection::limit(MetricsApi api)
{
    return api == MetricsApi::GetMetricData ? getMetricDataLimit : getMetricStatisticsLimit;
}

qint64 PeriodSelection::datapoints(qint64 rangeSeconds, int period, int seriesCount)
{
    if (rangeSeconds <= 0 || period <= 0)
        return 0;
    const qint64 perSeries = (rangeSeconds + period - 1) / period;
    return perSeries * qMax(1, seriesCount);
}

int PeriodSelection::choose(
    qint64 rangeSeconds, int seriesCount, int maxPointsPerSeries, qint64 startAgeSeconds, MetricsApi api)
{
    const int floor = retentionFloor(startAgeSeconds);
    // GetMetricStatistics asks for one series per call.
    const int series = api == MetricsApi::GetMetricStatistics ? 1 : qMax(1, seriesCount);
    for (const int period : standardPeriods) {
        if (period < floor)
            continue;
        if (datapoints(rangeSeconds, period, series) > limit(api))
            continue;
        if (maxPointsPerSeries > 0 && datapoints(rangeSeconds, period, 1) > maxPointsPerSeries)
            continue;
        return period;
    }
    // Beyond a year per point: a multiple of a day that fits.
    const qint64 perSeriesLimit
        = qMax<qint64>(1, qMin<qint64>(limit(api) / series, maxPointsPerSeries > 0 ? maxPointsPerSeries : limit(api)));
    const qint64 days = (rangeSeconds / perSeriesLimit + 86399) / 86400;
    return int(qMin<qint64>(days * 86400, std::numeric_limits<int>::max() / 86400 * 86400));
}

} // namespace EcsDesk::Models
