// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

namespace EcsDesk::Models {

/// Which CloudWatch call a period is chosen for: each has its own datapoint limit.
enum class MetricsApi {
    GetMetricData, ///< 100,800 datapoints per call, over all queries
    GetMetricStatistics, ///< 1,440 datapoints per call
};

/// Chooses the CloudWatch period (seconds) for a time range: the smallest of the standard periods
/// (1, 5, 15 min, 1, 3, 6 h, 1 d, ...) that keeps every series within the chart's width in pixels
/// and the whole request within the API's datapoint limit, and that CloudWatch still keeps for
/// data that old (1-minute data for 15 days, 5-minute for 63 days, 1-hour after that).
class PeriodSelection {
public:
    static constexpr qint64 getMetricDataLimit = 100800;
    static constexpr qint64 getMetricStatisticsLimit = 1440;

    /// rangeSeconds: end - start; seriesCount: queries in one request (GetMetricData);
    /// maxPointsPerSeries: typically the plot width in pixels (0: no chart limit);
    /// startAgeSeconds: now - start.
    static int choose(qint64 rangeSeconds, int seriesCount, int maxPointsPerSeries, qint64 startAgeSeconds,
        MetricsApi api = MetricsApi::GetMetricData);

    /// Datapoints a request asks for: ceil(range / period) per series.
    static qint64 datapoints(qint64 rangeSeconds, int period, int seriesCount);
    static qint64 limit(MetricsApi api);
};

} // namespace EcsDesk::Models
