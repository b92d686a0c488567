// SPDX-License-Identifier: MIT
// The chart's table model: rows = union of timestamps, columns = series, missing datapoints are
// empty cells and split the series into runs (gaps stay gaps); refresh appends rows only.

#include "models/metrics/metricseriesmodel.h"
#include "models/metrics/metricsloader.h"
#include "models/metrics/taskfamilyresolver.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

using EcsDesk::Models::MetricSeries;
using EcsDesk::Models::MetricSeriesModel;

namespace {
constexpr qint64 minute = 60000;
constexpr qint64 t0 = 1700000040000; // a whole minute
} // namespace

TEST(MetricSeriesModel, RowsAreTheUnionOfTimestampsAndMissingCellsAreEmpty)
{
    MetricSeriesModel model;
    model.setSeries({ { QStringLiteral("a"), QStringLiteral("web"), { t0, t0 + minute, t0 + 2 * minute }, { 1, 2, 3 } },
                        { QStringLiteral("b"), QStringLiteral("api"), { t0 + 2 * minute, t0 }, { 30, 10 } } },
        60);
    ASSERT_EQ(model.rowCount(), 3);
    ASSERT_EQ(model.columnCount(), 2);
    EXPECT_EQ(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("api"));
    EXPECT_EQ(model.data(model.index(0, 1)).toDouble(), 10.0); // newest-first input was sorted
    EXPECT_FALSE(model.data(model.index(1, 1)).isValid()); // a gap, not zero
    EXPECT_EQ(model.data(model.index(2, 1)).toDouble(), 30.0);
    EXPECT_EQ(model.data(model.index(1, 0), MetricSeriesModel::TimestampRole).toLongLong(), t0 + minute);
    EXPECT_EQ(model.toCsv(),
        QByteArray("time,web,api\n2023-11-14T22:14:00Z,1,10\n2023-11-14T22:15:00Z,2,\n2023-11-14T22:16:00Z,3,30\n"));
}

TEST(MetricSeriesModel, GapsSplitTheSeriesIntoRuns)
{
    MetricSeries s { QStringLiteral("a"), {}, { t0, t0 + minute, t0 + 5 * minute, t0 + 6 * minute, t0 + 9 * minute },
        { 1, 2, 3, 4, 5 } };
    const auto runs = MetricSeriesModel::segments(s, 60);
    ASSERT_EQ(runs.size(), 3);
    EXPECT_EQ(runs[0].size(), 2);
    EXPECT_EQ(runs[1].size(), 2);
    EXPECT_EQ(runs[2].size(), 1);
    EXPECT_EQ(runs[1][0], QPointF(double(t0 + 5 * minute), 3));
    // At a 5-minute period the same points are one run up to the 3-minute jump... which is allowed.
    EXPECT_EQ(MetricSeriesModel::segments(s, 300).size(), 1);
    EXPECT_TRUE(MetricSeriesModel::segments(MetricSeries {}, 60).isEmpty());
}

TEST(MetricSeriesModel, RefreshAppendsRowsWithoutAReset)
{
    MetricSeriesModel model;
    model.setSeries({ { QStringLiteral("a"), QStringLiteral("web"), { t0, t0 + minute }, { 1, 2 } } }, 60);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    // The refresh overlaps the last point: it is not duplicated.
    model.appendPoints({ { QStringLiteral("a"), {}, { t0 + minute, t0 + 2 * minute, t0 + 3 * minute }, { 2, 3, 4 } },
        { QStringLiteral("unknown"), {}, { t0 }, { 9 } } });
    EXPECT_EQ(reset.size(), 0);
    ASSERT_EQ(inserted.size(), 1);
    EXPECT_EQ(inserted[0][1].toInt(), 2);
    EXPECT_EQ(inserted[0][2].toInt(), 3);
    EXPECT_EQ(model.series()[0].values, (QList<double> { 1, 2, 3, 4 }));
    EXPECT_EQ(model.rowCount(), 4);
    model.appendPoints({});
    EXPECT_EQ(inserted.size(), 1);
}

TEST(MetricSeriesModel, CsvQuotesLabels)
{
    MetricSeriesModel model;
    model.setSeries({ { QStringLiteral("a"), QStringLiteral("a,\"b\""), { t0 }, { 0.5 } } }, 60);
    EXPECT_EQ(model.toCsv(), QByteArray("time,\"a,\"\"b\"\"\"\n2023-11-14T22:14:00Z,0.5\n"));
}

TEST(MetricsRequest, TaskQueriesUseTheContainerInsightsTaskDimensions)
{
    EcsDesk::Models::MetricsRequest request;
    request.cluster = QStringLiteral("prod");
    request.taskId = QStringLiteral("0123456789abcdef0123456789abcdef");
    request.taskDefinitionFamily = QStringLiteral("shop-web");
    request.metric = QStringLiteral("MemoryUtilization");
    const auto queries = request.queries();
    ASSERT_EQ(queries.size(), 1);
    EXPECT_EQ(queries[0].metricNamespace, QStringLiteral("ECS/ContainerInsights"));
    EXPECT_EQ(queries[0].metricName, QStringLiteral("MemoryUtilized"));
    ASSERT_EQ(queries[0].dimensions.size(), 3);
    EXPECT_EQ(queries[0].dimensions[0].name, QStringLiteral("ClusterName"));
    EXPECT_EQ(queries[0].dimensions[1].name, QStringLiteral("TaskDefinitionFamily"));
    EXPECT_EQ(queries[0].dimensions[1].value, QStringLiteral("shop-web"));
    EXPECT_EQ(queries[0].dimensions[2].name, QStringLiteral("TaskId"));
    EXPECT_EQ(queries[0].dimensions[2].value, request.taskId);

    using EcsDesk::Models::TaskFamilyResolver;
    EXPECT_EQ(
        TaskFamilyResolver::familyOf(QStringLiteral("arn:aws:ecs:us-east-1:123456789012:task-definition/shop-web:7")),
        QStringLiteral("shop-web"));
    EXPECT_EQ(TaskFamilyResolver::familyOf(QStringLiteral("web:12")), QStringLiteral("web"));
    EXPECT_EQ(TaskFamilyResolver::familyOf(QStringLiteral("web")), QStringLiteral("web"));
}
