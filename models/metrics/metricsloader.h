// SPDX-License-Identifier: MIT
#pragma once

#include "api/cloudwatch/cloudwatchclient.h"
#include "api/core/pagetokens.h"
#include "models/metrics/metricseriesmodel.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

namespace EcsDesk::Models {

/// What to chart: a metric of a cluster, of some of its services, or of one task.
struct MetricsRequest {
    QString cluster;
    QStringList services; ///< empty: the cluster itself
    QString taskId; ///< set: the task's Container Insights metrics
    QString taskDefinitionFamily; ///< the task's family: a dimension of its metrics (TaskFamilyResolver)
    QString metric = QStringLiteral("CPUUtilization"); ///< CPUUtilization or MemoryUtilization
    QString stat = QStringLiteral("Average"); ///< Average, Minimum, Maximum, Sum, SampleCount, p90, ...
    int period = 60;

    /// The GetMetricData queries: AWS/ECS with ClusterName (and ServiceName per service), or
    /// ECS/ContainerInsights CpuUtilized/MemoryUtilized with ClusterName, TaskDefinitionFamily and
    /// TaskId for a task (the dimensions Container Insights publishes task metrics under).
    QList<Api::MetricDataQuery> queries() const;
};

/// Fetches GetMetricData for a set of queries: in batches of 500 queries (the API's limit),
/// following nextToken to the end, merging the pages per query id. Emits finished() with one
/// series per query (ascending time) or failed() with the typed error; never partial data.
/// load() again or cancel() aborts the calls in flight.
class MetricsLoader : public QObject {
    Q_OBJECT
public:
    explicit MetricsLoader(const Api::CloudWatchClient* client, QObject* parent = nullptr);
    ~MetricsLoader() override;

    void load(const QList<Api::MetricDataQuery>& queries, const QDateTime& start, const QDateTime& end);
    void cancel();
    bool isLoading() const { return !m_reply.isNull(); }
    int requestCount() const { return m_requests; } ///< GetMetricData calls of the last load

Q_SIGNALS:
    void finished(const QList<EcsDesk::Models::MetricSeries>& series);
    void failed(const EcsDesk::Api::AwsError& error);

private:
    void next(const QString& token);

    const Api::CloudWatchClient* m_client;
    QPointer<Api::AwsReply> m_reply;
    QList<Api::MetricDataQuery> m_queries;
    QList<MetricSeries> m_series;
    QDateTime m_start;
    QDateTime m_end;
    qsizetype m_batch = 0;
    int m_requests = 0;
    Api::PageTokens m_pageTokens; ///< a NextToken seen twice fails the load instead of looping
};

} // namespace EcsDesk::Models
