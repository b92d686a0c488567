// SPDX-License-Identifier: MIT
// `ecsdesk-cli snapshot`: the headless face of ClusterSnapshotLoader. Snapshot to stdout,
// progress and errors to stderr, non-zero exit on failure.

#include "awsoptions.h"
#include "clicommand.h"

#include "api/core/awstransport.h"
#include "api/ecs/clustersnapshotloader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>

namespace {

using namespace EcsDesk;

/// The command line of `snapshot`, parsed and checked.
struct Settings {
    QStringList clusters; ///< empty: every cluster
    bool csv = false;
    bool progress = true;
    Api::ClusterSnapshotLoader::Options loader;
    int timeoutSecs = 30;
    int attempts = 3;
};

/// Parses `arguments` into `settings`; an exit code when the command ends here (help 0, usage 2).
std::optional<int> parse(
    const QStringList& arguments, QCommandLineParser& parser, const Cli::AwsOptions& aws, Settings* settings)
{
    QTextStream err(stderr);
    const QCommandLineOption cluster(QStringLiteral("cluster"),
        QCoreApplication::translate(
            "SnapshotCommand", "Cluster name or ARN; repeat for several. Default: all clusters."),
        QCoreApplication::translate("SnapshotCommand", "cluster"));
    const QCommandLineOption format(QStringLiteral("format"),
        QCoreApplication::translate("SnapshotCommand", "Output format: json (default) or csv."),
        QCoreApplication::translate("SnapshotCommand", "format"), QStringLiteral("json"));
    const QCommandLineOption noStopped(QStringLiteral("no-stopped"),
        QCoreApplication::translate("SnapshotCommand", "Leave out tasks whose desired status is STOPPED."));
    const QCommandLineOption maxInFlight(QStringLiteral("max-in-flight"),
        QCoreApplication::translate("SnapshotCommand", "Most API calls in flight at once (default 96)."),
        QCoreApplication::translate("SnapshotCommand", "n"), QStringLiteral("96"));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
        QCoreApplication::translate("SnapshotCommand", "Per-request timeout in seconds (default 30)."),
        QCoreApplication::translate("SnapshotCommand", "seconds"), QStringLiteral("30"));
    const Api::RetryPolicy defaults;
    const QCommandLineOption maxAttempts(QStringLiteral("max-attempts"),
        QCoreApplication::translate("SnapshotCommand",
            "Attempts per request against server errors, network failures and timeouts, retries included "
            "(default %1); throttling is retried for up to %2 s.")
            .arg(defaults.maxAttempts)
            .arg(defaults.throttleBudgetMs / 1000),
        QCoreApplication::translate("SnapshotCommand", "n"), QString::number(defaults.maxAttempts));
    const QCommandLineOption quiet(
        QStringLiteral("quiet"), QCoreApplication::translate("SnapshotCommand", "No progress on stderr."));
    parser.addOptions({ cluster, format, noStopped, maxInFlight, timeout, maxAttempts, quiet });
    const auto usage = [&err](const QString& message) {
        err << QCoreApplication::translate("SnapshotCommand", "ecsdesk-cli snapshot: %1").arg(message) << Qt::endl;
        return 2;
    };
    if (!parser.parse(QStringList { QStringLiteral("ecsdesk-cli snapshot") } + arguments))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << Cli::commandHelpText(parser, QStringLiteral("ecsdesk-cli snapshot"));
        return 0;
    }
    const QString outputFormat = parser.value(format).toLower();
    if (outputFormat != QLatin1String("json") && outputFormat != QLatin1String("csv"))
        return usage(QCoreApplication::translate("SnapshotCommand", "--format must be json or csv, not '%1'")
                         .arg(parser.value(format)));
    bool numbersOk = true;
    bool ok = false;
    settings->loader.maxInFlight = parser.value(maxInFlight).toInt(&ok);
    numbersOk &= ok && settings->loader.maxInFlight > 0;
    settings->timeoutSecs = parser.value(timeout).toInt(&ok);
    numbersOk &= ok && settings->timeoutSecs > 0;
    settings->attempts = parser.value(maxAttempts).toInt(&ok);
    numbersOk &= ok && settings->attempts > 0;
    if (!numbersOk)
        return usage(QCoreApplication::translate(
            "SnapshotCommand", "--max-in-flight, --timeout and --max-attempts take positive numbers"));
    if (const QString problem = aws.problem(); !problem.isEmpty())
        return usage(problem);
    settings->clusters = parser.values(cluster);
    settings->csv = outputFormat == QLatin1String("csv");
    settings->progress = !parser.isSet(quiet);
    settings->loader.includeStopped = !parser.isSet(noStopped);
    return std::nullopt;
}

/// Appends the ARN of every cluster to `clusters`; false (after saying why) when listing fails.
bool listClusters(const Api::EcsClient& client, QStringList* clusters)
{
    Api::ClusterListLoader lister(client);
    const auto failure = Cli::await(
        &lister, &Api::ClusterListLoader::finished, &Api::ClusterListLoader::failed,
        [clusters](const QList<Api::Cluster>& found) {
            for (const Api::Cluster& c : found)
                clusters->append(c.arn);
        },
        [&lister] { lister.load(); });
    if (failure)
        QTextStream(stderr) << QCoreApplication::translate(
            "SnapshotCommand", "ecsdesk-cli snapshot: listing clusters failed: %1")
                                   .arg(failure->toString())
                            << Qt::endl;
    return !failure;
}

/// Loads each cluster of `settings` in turn, with progress on stderr; false (after saying why) when
/// one fails.
bool loadSnapshots(const Api::EcsClient& client, const Settings& settings, QList<Api::ClusterSnapshot>* snapshots)
{
    QTextStream err(stderr);
    QEventLoop loop;
    std::optional<Api::AwsError> failure;
    Api::ClusterSnapshotLoader loader(client, settings.loader);
    QElapsedTimer sinceProgress;
    sinceProgress.start();
    QObject::connect(&loader, &Api::ClusterSnapshotLoader::progress, &loop, [&](const Api::SnapshotProgress& p) {
        if (!settings.progress || sinceProgress.elapsed() < 500)
            return;
        sinceProgress.restart();
        err << QCoreApplication::translate(
            "SnapshotCommand", "  %1/%2 calls, %3 services, %4 tasks, %5 instances, %6 task definitions")
                   .arg(p.requestsCompleted)
                   .arg(p.requestsStarted)
                   .arg(p.services)
                   .arg(p.tasks)
                   .arg(p.containerInstances)
                   .arg(p.taskDefinitions)
            << Qt::endl;
    });
    QObject::connect(&loader, &Api::ClusterSnapshotLoader::finished, &loop, [&](const Api::ClusterSnapshot& snapshot) {
        snapshots->append(snapshot);
        loop.quit();
    });
    QObject::connect(&loader, &Api::ClusterSnapshotLoader::failed, &loop, [&](const Api::AwsError& error) {
        failure = error;
        loop.quit();
    });
    for (const QString& name : settings.clusters) {
        QElapsedTimer elapsed;
        elapsed.start();
        if (settings.progress)
            err << QCoreApplication::translate("SnapshotCommand", "Loading cluster %1 ...").arg(name) << Qt::endl;
        loader.load(name);
        loop.exec();
        if (failure) {
            err << QCoreApplication::translate("SnapshotCommand", "ecsdesk-cli snapshot: cluster %1: %2")
                       .arg(name, failure->toString())
                << Qt::endl;
            return false;
        }
        if (settings.progress) {
            const Api::ClusterSnapshot& s = snapshots->last();
            err << QCoreApplication::translate("SnapshotCommand",
                "Cluster %1: %2 services, %3 tasks, %4 container instances, %5 task definitions, %6 calls, "
                "%7 ms")
                       .arg(s.cluster.name)
                       .arg(s.services.size())
                       .arg(s.tasks.size())
                       .arg(s.containerInstances.size())
                       .arg(s.taskDefinitions.size())
                       .arg(s.requestCount)
                       .arg(elapsed.elapsed())
                << Qt::endl;
        }
    }
    return true;
}

int run(const QStringList& arguments)
{
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("SnapshotCommand",
        "Fetch whole ECS clusters (services, tasks, container instances, task "
        "definitions) and print them as JSON or CSV."));
    parser.addHelpOption();
    const Cli::AwsOptions aws(&parser);
    Settings settings;
    if (const std::optional<int> exit = parse(arguments, parser, aws, &settings))
        return *exit;

    Api::AwsTransport transport;
    transport.setDefaultTimeoutMs(settings.timeoutSecs * 1000);
    transport.setConnectionPools((settings.loader.maxInFlight + 11) / 6);
    Api::RetryPolicy retry;
    retry.maxAttempts = settings.attempts;
    transport.setRetryPolicy(retry);
    const auto connection = aws.connect(&transport);
    if (!connection.ok()) {
        err << QCoreApplication::translate("SnapshotCommand", "ecsdesk-cli snapshot: %1")
                   .arg(connection.error->toString())
            << Qt::endl;
        return 1;
    }
    const Api::EcsClient client(connection.value.clientConfig(&transport, QStringLiteral("ecs")));
    if (settings.clusters.isEmpty() && !listClusters(client, &settings.clusters))
        return 1;
    QList<Api::ClusterSnapshot> snapshots;
    if (!loadSnapshots(client, settings, &snapshots))
        return 1;

    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly)) {
        err << QCoreApplication::translate("SnapshotCommand", "ecsdesk-cli snapshot: cannot write to stdout")
            << Qt::endl;
        return 1;
    }
    out.write(settings.csv ? Api::SnapshotExport::toCsv(snapshots) : Api::SnapshotExport::toJson(snapshots));
    out.flush();
    return 0;
}

const EcsDesk::Cli::CommandRegistration registration({ QStringLiteral("snapshot"), "SnapshotCommand",
    QT_TRANSLATE_NOOP("SnapshotCommand", "Export whole clusters as JSON or CSV"), run });

} // namespace
