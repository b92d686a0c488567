// SPDX-License-Identifier: MIT
#include "models/metrics/metricsloader.h"

namespace EcsDesk::Models {

namespace {

    constexpr qsizetype maxQueriesPerCall = 500;

    QString queryId(const QString& prefix, qsizetype index) { return prefix + QString::number(index); }

} // namespace

QList<Api::MetricDataQuery> MetricsRequest::queries() const
{
    QList<Api::MetricDataQuery> out;
    const Api::MetricDimension clusterDimension { QStringLiteral("ClusterName"), cluster };
    Api::MetricDataQuery query;
    query.period = period;
    query.stat = stat;
    if (!taskId.isEmpty()) {
        query.id = QStringLiteral("task0");
        query.metricNamespace = QStringLiteral("ECS/ContainerInsights");
        query.metricName = metric == QLatin1String("MemoryUtilization") ? QStringLiteral("MemoryUtilized")
                                                                        : QStringLiteral("CpuUtilized");
        // Container Insights publishes per-task metrics under ClusterName + TaskDefinitionFamily +
        // TaskId; CloudWatch matches the whole dimension set, so the family must be part of it.
        query.dimensions = { clusterDimension };
        if (!taskDefinitionFamily.isEmpty())
            query.dimensions.append({ QStringLiteral("TaskDefinitionFamily"), taskDefinitionFamily });
        query.dimensions.append({ QStringLiteral("TaskId"), taskId });
        query.label = taskId;
        out.append(query);
        return out;
    }
    query.metricNamespace = QStringLiteral("AWS/ECS");
    query.metricName = metric;
    if (services.isEmpty()) {
        query.id = QStringLiteral("cluster0");
        query.dimensions = { clusterDimension };
        query.label = cluster;
        out.append(query);
        return out;
    }
    for (qsizetype i = 0; i < services.size(); ++i) {
        query.id = queryId(QStringLiteral("service"), i);
        query.dimensions = { clusterDimension, { QStringLiteral("ServiceName"), services[i] } };
        query.label = services[i];
        out.append(query);
    }
    return out;
}

MetricsLoader::MetricsLoader(const Api::CloudWatchClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{
}

MetricsLoader::~MetricsLoader() { cancel(); }

void MetricsLoader::cancel()
{
    if (Api::AwsReply* reply = m_reply.data()) {
        m_reply.clear();
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void MetricsLoader::load(const QList<Api::MetricDataQuery>& queries, const QDateTime& start, const QDateTime& end)
{
    cancel();
    m_queries = queries;
    m_start = start;
    m_end = end;
    m_batch = 0;
    m_requests = 0;
    m_pageTokens.clear();
    m_series.clear();
    for (const Api::MetricDataQuery& q : queries)
        m_series.append(MetricSeries { q.id, q.label.isEmpty() ? q.id : q.label, {}, {} });
    if (queries.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this] { emit finished(m_series); }, Qt::QueuedConnection);
        return;
    }
    next({});
}

void MetricsLoader::next(const QString& token)
{
    const QList<Api::MetricDataQuery> batch = m_queries.mid(m_batch, maxQueriesPerCall);
    Api::AwsReply* reply = m_client->getMetricData(batch, m_start, m_end, token);
    ++m_requests;
    m_reply = reply;
    connect(reply, &Api::AwsReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (m_reply != reply)
            return;
        m_reply.clear();
        if (!reply->isOk()) {
            emit failed(*reply->error());
            return;
        }
        const auto page = Api::CloudWatchClient::parseMetricData(reply->body());
        if (!page.ok()) {
            emit failed(*page.error);
            return;
        }
        for (const Api::MetricDataResult& result : page.value.results) {
            const auto it = std::find_if(
                m_series.begin(), m_series.end(), [&](const MetricSeries& s) { return s.id == result.id; });
            if (it == m_series.end())
                continue;
            const qsizetype n = qMin(result.timestamps.size(), result.values.size());
            for (qsizetype i = 0; i < n; ++i) {
                it->timestamps.append(result.timestamps[i].toMSecsSinceEpoch());
                it->values.append(result.values[i]);
            }
        }
        if (const auto loop
            = m_pageTokens.next(QStringLiteral("GetMetricData"), QString::number(m_batch), page.value.nextToken)) {
            emit failed(*loop);
            return;
        }
        if (!page.value.nextToken.isEmpty()) {
            next(page.value.nextToken);
            return;
        }
        m_batch += maxQueriesPerCall;
        if (m_batch < m_queries.size()) {
            next({});
            return;
        }
        // Pages may interleave: sort each series by time (MetricSeriesModel keeps them ascending).
        for (MetricSeries& s : m_series) {
            QList<std::pair<qint64, double>> points;
            points.reserve(s.timestamps.size());
            for (qsizetype i = 0; i < s.timestamps.size(); ++i)
                points.append({ s.timestamps[i], s.values[i] });
            std::sort(points.begin(), points.end());
            for (qsizetype i = 0; i < points.size(); ++i) {
                s.timestamps[i] = points[i].first;
                s.values[i] = points[i].second;
            }
        }
        emit finished(m_series);
    });
}

} // namespace EcsDesk::Models
