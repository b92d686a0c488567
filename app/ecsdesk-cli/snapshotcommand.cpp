// `ecsdesk-cli snapshot`: the headless face of ClusterSnapshotLoader. Snapshot to stdout,
// progress and errors to stderr, non-zero exit on failure.

#include "clicommand.h"

#include "api/auth/connection.h"
#include "api/core/awstransport.h"
#include "api/ecs/clustersnapshotloader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>

namespace {

using namespace EcsDesk;

int run(const QStringList& arguments)
{
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("SnapshotCommand",
        "Fetch whole ECS clusters (services, tasks, container instances, task "
        "definitions) and print them as JSON or CSV."));
    parser.addHelpOption();
    const QCommandLineOption profile(QStringLiteral("profile"),
        QCoreApplication::translate("SnapshotCommand", "AWS profile to use."),
        QCoreApplication::translate("SnapshotCommand", "name"));
    const QCommandLineOption region(QStringLiteral("region"),
        QCoreApplication::translate("SnapshotCommand", "AWS region."),
        QCoreApplication::translate("SnapshotCommand", "region"));
    const QCommandLineOption endpoint(QStringLiteral("endpoint-url"),
        QCoreApplication::translate("SnapshotCommand", "Send every call to this endpoint (moto, local endpoint)."),
        QCoreApplication::translate("SnapshotCommand", "url"));
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
    parser.addOptions(
        { profile, region, endpoint, cluster, format, noStopped, maxInFlight, timeout, maxAttempts, quiet });
    if (!parser.parse(QStringList { QStringLiteral("ecsdesk-cli snapshot") } + arguments)) {
        err << QCoreApplication::translate("SnapshotCommand", "ecsdesk-cli snapshot: %1").arg(parser.errorText())
            << Qt::endl;
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << EcsDesk::Cli::commandHelpText(parser, QStringLiteral("ecsdesk-cli snapshot"));
        return 0;
    }
    const QString outputFormat = parser.value(format).toLower();
    if (outputFormat != QLatin1String("json") && outputFormat != QLatin1String("csv")) {
        err << QCoreApplication::translate(
            "SnapshotCommand", "ecsdesk-cli snapshot: --format must be json or csv, not '%1'")
                   .arg(parser.value(format))
            << Qt::endl;
        return 2;
    }
    bool numbersOk = true;
    bool ok = false;
    const int inFlight = parser.value(maxInFlight).toInt(&ok);
    numbersOk &= ok && inFlight > 0;
    const int timeoutSecs = parser.value(timeout).toInt(&ok);
    numbersOk &= ok && timeoutSecs > 0;
    const int attempts = parser.value(maxAttempts).toInt(&ok);
    numbersOk &= ok && attempts > 0;
    if (!numbersOk) {
        err << QCoreApplication::translate("SnapshotCommand",
            "ecsdesk-cli snapshot: --max-in-flight, --timeout and --max-attempts take positive numbers")
            << Qt::endl;
        return 2;
    }
    QUrl endpointUrl;
    if (parser.isSet(endpoint)) {
        endpointUrl = QUrl(parser.value(endpoint), QUrl::StrictMode);
        if (!endpointUrl.isValid() || endpointUrl.scheme().isEmpty() || endpointUrl.host().isEmpty()) {
            err << QCoreApplication::translate(
                "SnapshotCommand", "ecsdesk-cli snapshot: --endpoint-url '%1' is not a URL")
                       .arg(parser.value(endpoint))
                << Qt::endl;
            return 2;
        }
    }

    Api::AwsTransport transport;
    transport.setDefaultTimeoutMs(timeoutSecs * 1000);
    transport.setConnectionPools((inFlight + 11) / 6);
    Api::RetryPolicy retry;
    retry.maxAttempts = attempts;
    transport.setRetryPolicy(retry);
    const auto connection
        = Api::ConnectionResolver::resolve({ parser.value(profile), parser.value(region), endpointUrl },
            QProcessEnvironment::systemEnvironment(), &transport);
    if (!connection.ok()) {
        err << QCoreApplication::translate("SnapshotCommand", "ecsdesk-cli snapshot: %1")
                   .arg(connection.error->toString())
            << Qt::endl;
        return 1;
    }
    const Api::EcsClient client(connection.value.clientConfig(&transport, QStringLiteral("ecs")));
    const bool showProgress = !parser.isSet(quiet);

    QEventLoop loop;
    std::optional<Api::AwsError> failure;
    QStringList clusters = parser.values(cluster);
    if (clusters.isEmpty()) {
        Api::ClusterListLoader lister(client);
        QObject::connect(&lister, &Api::ClusterListLoader::finished, &loop, [&](const QList<Api::Cluster>& found) {
            for (const Api::Cluster& c : found)
                clusters.append(c.arn);
            loop.quit();
        });
        QObject::connect(&lister, &Api::ClusterListLoader::failed, &loop, [&](const Api::AwsError& error) {
            failure = error;
            loop.quit();
        });
        lister.load();
        loop.exec();
        if (failure) {
            err << QCoreApplication::translate("SnapshotCommand", "ecsdesk-cli snapshot: listing clusters failed: %1")
                       .arg(failure->toString())
                << Qt::endl;
            return 1;
        }
    }

    Api::ClusterSnapshotLoader::Options options;
    options.includeStopped = !parser.isSet(noStopped);
    options.maxInFlight = inFlight;
    Api::ClusterSnapshotLoader loader(client, options);
    QList<Api::ClusterSnapshot> snapshots;
    QElapsedTimer sinceProgress;
    sinceProgress.start();
    QObject::connect(&loader, &Api::ClusterSnapshotLoader::progress, &loop, [&](const Api::SnapshotProgress& p) {
        if (!showProgress || sinceProgress.elapsed() < 500)
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
        snapshots.append(snapshot);
        loop.quit();
    });
    QObject::connect(&loader, &Api::ClusterSnapshotLoader::failed, &loop, [&](const Api::AwsError& error) {
        failure = error;
        loop.quit();
    });
    for (const QString& name : std::as_const(clusters)) {
        QElapsedTimer elapsed;
        elapsed.start();
        if (showProgress)
            err << QCoreApplication::translate("SnapshotCommand", "Loading cluster %1 ...").arg(name) << Qt::endl;
        loader.load(name);
        loop.exec();
        if (failure) {
            err << QCoreApplication::translate("SnapshotCommand", "ecsdesk-cli snapshot: cluster %1: %2")
                       .arg(name, failure->toString())
                << Qt::endl;
            return 1;
        }
        if (showProgress) {
            const Api::ClusterSnapshot& s = snapshots.last();
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

    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly)) {
        err << QCoreApplication::translate("SnapshotCommand", "ecsdesk-cli snapshot: cannot write to stdout")
            << Qt::endl;
        return 1;
    }
    out.write(outputFormat == QLatin1String("csv") ? Api::SnapshotExport::toCsv(snapshots)
                                                   : Api::SnapshotExport::toJson(snapshots));
    out.flush();
    return 0;
}

const EcsDesk::Cli::CommandRegistration registration({ QStringLiteral("snapshot"), "SnapshotCommand",
    QT_TRANSLATE_NOOP("SnapshotCommand", "Export whole clusters as JSON or CSV"), run });

} // namespace
