// `ecsdesk-cli metrics`: the headless face of the metrics pane's loader (models/metrics). Series
// to stdout as CSV or JSON, errors to stderr, non-zero exit on failure.

#include "clicommand.h"

#include "api/auth/connection.h"
#include "api/cloudwatch/cloudwatchclient.h"
#include "api/core/awstransport.h"
#include "models/metrics/metricsloader.h"
#include "models/metrics/periodselection.h"
#include "models/metrics/taskfamilyresolver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace {

using namespace EcsDesk;
using EcsDesk::Cli::parseDuration;

int run(const QStringList& arguments)
{
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "MetricsCommand", "Print CPU or memory utilization of an ECS cluster, its services or a task as CSV or JSON."));
    parser.addHelpOption();
    const QCommandLineOption profile(QStringLiteral("profile"),
        QCoreApplication::translate("MetricsCommand", "AWS profile to use."),
        QCoreApplication::translate("MetricsCommand", "name"));
    const QCommandLineOption region(QStringLiteral("region"),
        QCoreApplication::translate("MetricsCommand", "AWS region."),
        QCoreApplication::translate("MetricsCommand", "region"));
    const QCommandLineOption endpoint(QStringLiteral("endpoint-url"),
        QCoreApplication::translate("MetricsCommand", "Send every call to this endpoint (moto, local endpoint)."),
        QCoreApplication::translate("MetricsCommand", "url"));
    const QCommandLineOption cluster(QStringLiteral("cluster"),
        QCoreApplication::translate("MetricsCommand", "Cluster name (required)."),
        QCoreApplication::translate("MetricsCommand", "cluster"));
    const QCommandLineOption service(QStringLiteral("service"),
        QCoreApplication::translate("MetricsCommand", "Service name; repeat to overlay several. Default: the cluster."),
        QCoreApplication::translate("MetricsCommand", "service"));
    const QCommandLineOption task(QStringLiteral("task"),
        QCoreApplication::translate("MetricsCommand", "Task id: Container Insights metrics of one task."),
        QCoreApplication::translate("MetricsCommand", "id"));
    const QCommandLineOption metric(QStringLiteral("metric"),
        QCoreApplication::translate("MetricsCommand", "CPUUtilization (default) or MemoryUtilization."),
        QCoreApplication::translate("MetricsCommand", "name"), QStringLiteral("CPUUtilization"));
    const QCommandLineOption range(QStringLiteral("range"),
        QCoreApplication::translate(
            "MetricsCommand", "How far back from now: 1h (default), 3h, 12h, 1d, 3d, 1w, 90m ..."),
        QCoreApplication::translate("MetricsCommand", "duration"), QStringLiteral("1h"));
    const QCommandLineOption start(QStringLiteral("start"),
        QCoreApplication::translate("MetricsCommand", "Start time (ISO 8601), instead of --range."),
        QCoreApplication::translate("MetricsCommand", "time"));
    const QCommandLineOption end(QStringLiteral("end"),
        QCoreApplication::translate("MetricsCommand", "End time (ISO 8601; default now)."),
        QCoreApplication::translate("MetricsCommand", "time"));
    const QCommandLineOption period(QStringLiteral("period"),
        QCoreApplication::translate("MetricsCommand",
            "Seconds per datapoint, a multiple of 60, or auto (default: the smallest within the API limit)."),
        QCoreApplication::translate("MetricsCommand", "seconds"), QStringLiteral("auto"));
    const QCommandLineOption stat(QStringLiteral("stat"),
        QCoreApplication::translate("MetricsCommand", "Average (default), Minimum, Maximum, Sum, SampleCount, p90 ..."),
        QCoreApplication::translate("MetricsCommand", "statistic"), QStringLiteral("Average"));
    const QCommandLineOption format(QStringLiteral("format"),
        QCoreApplication::translate("MetricsCommand", "Output format: csv (default) or json."),
        QCoreApplication::translate("MetricsCommand", "format"), QStringLiteral("csv"));
    parser.addOptions(
        { profile, region, endpoint, cluster, service, task, metric, range, start, end, period, stat, format });
    const auto usage = [&err](const QString& message) {
        err << QCoreApplication::translate("MetricsCommand", "ecsdesk-cli metrics: %1").arg(message) << Qt::endl;
        return 2;
    };
    if (!parser.parse(QStringList { QStringLiteral("ecsdesk-cli metrics") } + arguments))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << Cli::commandHelpText(parser, QStringLiteral("ecsdesk-cli metrics"));
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return usage(QCoreApplication::translate("MetricsCommand", "unexpected argument '%1'")
                         .arg(parser.positionalArguments().first()));
    if (parser.value(cluster).isEmpty())
        return usage(QCoreApplication::translate("MetricsCommand", "--cluster is required"));
    const QString outputFormat = parser.value(format).toLower();
    if (outputFormat != QLatin1String("json") && outputFormat != QLatin1String("csv"))
        return usage(QCoreApplication::translate("MetricsCommand", "--format must be csv or json, not '%1'")
                         .arg(parser.value(format)));
    const QString metricName = parser.value(metric);
    if (metricName != QLatin1String("CPUUtilization") && metricName != QLatin1String("MemoryUtilization"))
        return usage(QCoreApplication::translate(
            "MetricsCommand", "--metric must be CPUUtilization or MemoryUtilization, not '%1'")
                         .arg(metricName));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QDateTime to = now;
    if (parser.isSet(end)) {
        to = QDateTime::fromString(parser.value(end), Qt::ISODate);
        if (!to.isValid())
            return usage(QCoreApplication::translate("MetricsCommand", "--end '%1' is not an ISO 8601 time")
                             .arg(parser.value(end)));
    }
    QDateTime from;
    if (parser.isSet(start)) {
        from = QDateTime::fromString(parser.value(start), Qt::ISODate);
        if (!from.isValid())
            return usage(QCoreApplication::translate("MetricsCommand", "--start '%1' is not an ISO 8601 time")
                             .arg(parser.value(start)));
    } else {
        const qint64 seconds = parseDuration(parser.value(range));
        if (seconds == 0)
            return usage(
                QCoreApplication::translate("MetricsCommand", "--range '%1' is not a duration like 1h, 3d or 1w")
                    .arg(parser.value(range)));
        from = to.addSecs(-seconds);
    }
    from = from.toUTC();
    to = to.toUTC();
    if (from >= to)
        return usage(QCoreApplication::translate("MetricsCommand", "the start must be before the end"));

    Models::MetricsRequest request;
    request.cluster = parser.value(cluster);
    request.services = parser.values(service);
    request.taskId = parser.value(task);
    request.metric = metricName;
    request.stat = parser.value(stat);
    const int seriesCount = int(qMax<qsizetype>(1, request.services.size()));
    const qint64 rangeSeconds = from.secsTo(to);
    if (parser.value(period) == QLatin1String("auto")) {
        request.period = Models::PeriodSelection::choose(rangeSeconds, seriesCount, 0, from.secsTo(now));
    } else {
        bool ok = false;
        request.period = parser.value(period).toInt(&ok);
        if (!ok || request.period <= 0 || request.period % 60 != 0)
            return usage(QCoreApplication::translate(
                "MetricsCommand", "--period must be auto or a positive multiple of 60, not '%1'")
                             .arg(parser.value(period)));
        if (Models::PeriodSelection::datapoints(rangeSeconds, request.period, seriesCount)
            > Models::PeriodSelection::getMetricDataLimit)
            return usage(QCoreApplication::translate(
                "MetricsCommand", "--period %1 over this range asks for %2 datapoints; GetMetricData allows %3")
                             .arg(request.period)
                             .arg(Models::PeriodSelection::datapoints(rangeSeconds, request.period, seriesCount))
                             .arg(Models::PeriodSelection::getMetricDataLimit));
    }
    QUrl endpointUrl;
    if (parser.isSet(endpoint)) {
        endpointUrl = QUrl(parser.value(endpoint), QUrl::StrictMode);
        if (!endpointUrl.isValid() || endpointUrl.scheme().isEmpty() || endpointUrl.host().isEmpty())
            return usage(QCoreApplication::translate("MetricsCommand", "--endpoint-url '%1' is not a URL")
                             .arg(parser.value(endpoint)));
    }

    Api::AwsTransport transport;
    const auto connection
        = Api::ConnectionResolver::resolve({ parser.value(profile), parser.value(region), endpointUrl },
            QProcessEnvironment::systemEnvironment(), &transport);
    if (!connection.ok()) {
        err << QCoreApplication::translate("MetricsCommand", "ecsdesk-cli metrics: %1")
                   .arg(connection.error->toString())
            << Qt::endl;
        return 1;
    }
    const Api::CloudWatchClient client(connection.value.clientConfig(&transport, QStringLiteral("cloudwatch")));
    Models::MetricsLoader loader(&client);
    QEventLoop loop;
    std::optional<Api::AwsError> failure;
    if (!request.taskId.isEmpty()) { // Container Insights names the task's family in its dimensions
        const Api::EcsClient ecs(connection.value.clientConfig(&transport, QStringLiteral("ecs")));
        Models::TaskFamilyResolver resolver(&ecs);
        QObject::connect(&resolver, &Models::TaskFamilyResolver::resolved, &loop, [&](const QString& family) {
            request.taskDefinitionFamily = family;
            loop.quit();
        });
        QObject::connect(&resolver, &Models::TaskFamilyResolver::failed, &loop, [&](const Api::AwsError& e) {
            failure = e;
            loop.quit();
        });
        resolver.resolve(request.cluster, request.taskId);
        loop.exec();
        if (failure) {
            err << QCoreApplication::translate("MetricsCommand", "ecsdesk-cli metrics: %1").arg(failure->toString())
                << Qt::endl;
            return 1;
        }
    }
    QList<Models::MetricSeries> series;
    QObject::connect(&loader, &Models::MetricsLoader::finished, &loop, [&](const QList<Models::MetricSeries>& s) {
        series = s;
        loop.quit();
    });
    QObject::connect(&loader, &Models::MetricsLoader::failed, &loop, [&](const Api::AwsError& e) {
        failure = e;
        loop.quit();
    });
    const QDateTime alignedFrom
        = QDateTime::fromSecsSinceEpoch(from.toSecsSinceEpoch() / request.period * request.period, Qt::UTC);
    loader.load(request.queries(), alignedFrom, to);
    loop.exec();
    if (failure) {
        err << QCoreApplication::translate("MetricsCommand", "ecsdesk-cli metrics: %1").arg(failure->toString())
            << Qt::endl;
        return 1;
    }

    QByteArray out;
    if (outputFormat == QLatin1String("csv")) {
        Models::MetricSeriesModel model;
        model.setSeries(series, request.period);
        out = model.toCsv();
    } else {
        QJsonArray list;
        for (const Models::MetricSeries& s : std::as_const(series)) {
            QJsonArray points;
            for (qsizetype i = 0; i < s.timestamps.size(); ++i)
                points.append(
                    QJsonObject { { QStringLiteral("timestamp"),
                                      QDateTime::fromMSecsSinceEpoch(s.timestamps[i], Qt::UTC).toString(Qt::ISODate) },
                        { QStringLiteral("value"), s.values[i] } });
            list.append(QJsonObject { { QStringLiteral("id"), s.id }, { QStringLiteral("label"), s.label },
                { QStringLiteral("datapoints"), points } });
        }
        out = QJsonDocument(
            QJsonObject { { QStringLiteral("metric"), metricName }, { QStringLiteral("stat"), request.stat },
                { QStringLiteral("period"), request.period },
                { QStringLiteral("start"), alignedFrom.toString(Qt::ISODate) },
                { QStringLiteral("end"), to.toString(Qt::ISODate) }, { QStringLiteral("series"), list } })
                  .toJson(QJsonDocument::Indented);
    }
    QFile stdoutFile;
    if (!stdoutFile.open(stdout, QIODevice::WriteOnly)) {
        err << QCoreApplication::translate("MetricsCommand", "ecsdesk-cli metrics: cannot write to stdout") << Qt::endl;
        return 1;
    }
    stdoutFile.write(out);
    stdoutFile.flush();
    return 0;
}

const EcsDesk::Cli::CommandRegistration registration({ QStringLiteral("metrics"), "MetricsCommand",
    QT_TRANSLATE_NOOP("MetricsCommand", "Print cluster, service or task metrics as CSV or JSON"), run });

} // namespace
