// SPDX-License-Identifier: MIT
// `ecsdesk-cli metrics`: the headless face of the metrics pane's loader (models/metrics). Series
// to stdout as CSV or JSON, errors to stderr, non-zero exit on failure.

#include "awsoptions.h"
#include "clicommand.h"

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

/// The command line of `metrics`, parsed and checked.
struct Settings {
    Models::MetricsRequest request;
    QDateTime from; ///< UTC
    QDateTime to; ///< UTC
    QDateTime now;
    bool json = false;
};

int usageError(const QString& message)
{
    QTextStream(stderr) << QCoreApplication::translate("MetricsCommand", "ecsdesk-cli metrics: %1").arg(message)
                        << Qt::endl;
    return 2;
}

/// --start/--end or --range into `settings` (from, to); an exit code on a malformed value.
std::optional<int> readTimes(const QCommandLineParser& parser, Settings* settings)
{
    settings->to = settings->now;
    if (parser.isSet(QStringLiteral("end"))) {
        settings->to = QDateTime::fromString(parser.value(QStringLiteral("end")), Qt::ISODate);
        if (!settings->to.isValid())
            return usageError(QCoreApplication::translate("MetricsCommand", "--end '%1' is not an ISO 8601 time")
                                  .arg(parser.value(QStringLiteral("end"))));
    }
    if (parser.isSet(QStringLiteral("start"))) {
        settings->from = QDateTime::fromString(parser.value(QStringLiteral("start")), Qt::ISODate);
        if (!settings->from.isValid())
            return usageError(QCoreApplication::translate("MetricsCommand", "--start '%1' is not an ISO 8601 time")
                                  .arg(parser.value(QStringLiteral("start"))));
    } else {
        const qint64 seconds = parseDuration(parser.value(QStringLiteral("range")));
        if (seconds == 0)
            return usageError(
                QCoreApplication::translate("MetricsCommand", "--range '%1' is not a duration like 1h, 3d or 1w")
                    .arg(parser.value(QStringLiteral("range"))));
        settings->from = settings->to.addSecs(-seconds);
    }
    settings->from = settings->from.toUTC();
    settings->to = settings->to.toUTC();
    if (settings->from >= settings->to)
        return usageError(QCoreApplication::translate("MetricsCommand", "the start must be before the end"));
    return std::nullopt;
}

/// --period (auto: the smallest within GetMetricData's limit) into the request; an exit code when
/// it is malformed or asks for too many datapoints.
std::optional<int> readPeriod(const QCommandLineParser& parser, Settings* settings)
{
    Models::MetricsRequest& request = settings->request;
    const QString period = parser.value(QStringLiteral("period"));
    const int seriesCount = int(qMax<qsizetype>(1, request.services.size()));
    const qint64 rangeSeconds = settings->from.secsTo(settings->to);
    if (period == QLatin1String("auto")) {
        request.period
            = Models::PeriodSelection::choose(rangeSeconds, seriesCount, 0, settings->from.secsTo(settings->now));
        return std::nullopt;
    }
    bool ok = false;
    request.period = period.toInt(&ok);
    if (!ok || request.period <= 0 || request.period % 60 != 0)
        return usageError(QCoreApplication::translate(
            "MetricsCommand", "--period must be auto or a positive multiple of 60, not '%1'")
                              .arg(period));
    if (Models::PeriodSelection::datapoints(rangeSeconds, request.period, seriesCount)
        > Models::PeriodSelection::getMetricDataLimit)
        return usageError(QCoreApplication::translate(
            "MetricsCommand", "--period %1 over this range asks for %2 datapoints; GetMetricData allows %3")
                              .arg(request.period)
                              .arg(Models::PeriodSelection::datapoints(rangeSeconds, request.period, seriesCount))
                              .arg(Models::PeriodSelection::getMetricDataLimit));
    return std::nullopt;
}

/// Parses `arguments` into `settings`; an exit code when the command ends here (help 0, usage 2).
std::optional<int> parse(
    const QStringList& arguments, QCommandLineParser& parser, const Cli::AwsOptions& aws, Settings* settings)
{
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
    parser.addOptions({ cluster, service, task, metric, range, start, end, period, stat, format });
    if (!parser.parse(QStringList { QStringLiteral("ecsdesk-cli metrics") } + arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << Cli::commandHelpText(parser, QStringLiteral("ecsdesk-cli metrics"));
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(QCoreApplication::translate("MetricsCommand", "unexpected argument '%1'")
                              .arg(parser.positionalArguments().first()));
    if (parser.value(cluster).isEmpty())
        return usageError(QCoreApplication::translate("MetricsCommand", "--cluster is required"));
    const QString outputFormat = parser.value(format).toLower();
    if (outputFormat != QLatin1String("json") && outputFormat != QLatin1String("csv"))
        return usageError(QCoreApplication::translate("MetricsCommand", "--format must be csv or json, not '%1'")
                              .arg(parser.value(format)));
    const QString metricName = parser.value(metric);
    if (metricName != QLatin1String("CPUUtilization") && metricName != QLatin1String("MemoryUtilization"))
        return usageError(QCoreApplication::translate(
            "MetricsCommand", "--metric must be CPUUtilization or MemoryUtilization, not '%1'")
                              .arg(metricName));
    settings->now = QDateTime::currentDateTimeUtc();
    if (const auto exit = readTimes(parser, settings))
        return exit;
    settings->json = outputFormat == QLatin1String("json");
    Models::MetricsRequest& request = settings->request;
    request.cluster = parser.value(cluster);
    request.services = parser.values(service);
    request.taskId = parser.value(task);
    request.metric = metricName;
    request.stat = parser.value(stat);
    if (const auto exit = readPeriod(parser, settings))
        return exit;
    if (const QString problem = aws.problem(); !problem.isEmpty())
        return usageError(problem);
    return std::nullopt;
}

/// The series as CSV (the metrics pane's table) or JSON.
QByteArray formatSeries(
    const QList<Models::MetricSeries>& series, const Settings& settings, const QDateTime& alignedFrom)
{
    if (!settings.json) {
        Models::MetricSeriesModel model;
        model.setSeries(series, settings.request.period);
        return model.toCsv();
    }
    QJsonArray list;
    for (const Models::MetricSeries& s : series) {
        QJsonArray points;
        for (qsizetype i = 0; i < s.timestamps.size(); ++i)
            points.append(
                QJsonObject { { QStringLiteral("timestamp"),
                                  QDateTime::fromMSecsSinceEpoch(s.timestamps[i], Qt::UTC).toString(Qt::ISODate) },
                    { QStringLiteral("value"), s.values[i] } });
        list.append(QJsonObject { { QStringLiteral("id"), s.id }, { QStringLiteral("label"), s.label },
            { QStringLiteral("datapoints"), points } });
    }
    return QJsonDocument(
        QJsonObject { { QStringLiteral("metric"), settings.request.metric },
            { QStringLiteral("stat"), settings.request.stat }, { QStringLiteral("period"), settings.request.period },
            { QStringLiteral("start"), alignedFrom.toString(Qt::ISODate) },
            { QStringLiteral("end"), settings.to.toString(Qt::ISODate) }, { QStringLiteral("series"), list } })
        .toJson(QJsonDocument::Indented);
}

int run(const QStringList& arguments)
{
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "MetricsCommand", "Print CPU or memory utilization of an ECS cluster, its services or a task as CSV or JSON."));
    parser.addHelpOption();
    const Cli::AwsOptions aws(&parser);
    Settings settings;
    if (const auto exit = parse(arguments, parser, aws, &settings))
        return *exit;
    Models::MetricsRequest& request = settings.request;
    const auto fail = [&err](const QString& message) {
        err << QCoreApplication::translate("MetricsCommand", "ecsdesk-cli metrics: %1").arg(message) << Qt::endl;
        return 1;
    };

    Api::AwsTransport transport;
    const auto connection = aws.connect(&transport);
    if (!connection.ok())
        return fail(connection.error->toString());
    if (!request.taskId.isEmpty()) { // Container Insights names the task's family in its dimensions
        const Api::EcsClient ecs(connection.value.clientConfig(&transport, QStringLiteral("ecs")));
        Models::TaskFamilyResolver resolver(&ecs);
        const auto failure = Cli::await(
            &resolver, &Models::TaskFamilyResolver::resolved, &Models::TaskFamilyResolver::failed,
            [&](const QString& family) { request.taskDefinitionFamily = family; },
            [&] { resolver.resolve(request.cluster, request.taskId); });
        if (failure)
            return fail(failure->toString());
    }
    const Api::CloudWatchClient client(connection.value.clientConfig(&transport, QStringLiteral("cloudwatch")));
    Models::MetricsLoader loader(&client);
    QList<Models::MetricSeries> series;
    const QDateTime alignedFrom
        = QDateTime::fromSecsSinceEpoch(settings.from.toSecsSinceEpoch() / request.period * request.period, Qt::UTC);
    const auto failure = Cli::await(
        &loader, &Models::MetricsLoader::finished, &Models::MetricsLoader::failed,
        [&](const QList<Models::MetricSeries>& s) { series = s; },
        [&] { loader.load(request.queries(), alignedFrom, settings.to); });
    if (failure)
        return fail(failure->toString());

    QFile stdoutFile;
    if (!stdoutFile.open(stdout, QIODevice::WriteOnly))
        return fail(QCoreApplication::translate("MetricsCommand", "cannot write to stdout"));
    stdoutFile.write(formatSeries(series, settings, alignedFrom));
    stdoutFile.flush();
    return 0;
}

const EcsDesk::Cli::CommandRegistration registration({ QStringLiteral("metrics"), "MetricsCommand",
    QT_TRANSLATE_NOOP("MetricsCommand", "Print cluster, service or task metrics as CSV or JSON"), run });

} // namespace
