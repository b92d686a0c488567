// SPDX-License-Identifier: MIT
#include "local/localendpoint.h"
#include "local/store/store.h"
#include "translations/translator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <QTextStream>

#include <csignal>

namespace {
void quitOnSignal(int) { QCoreApplication::quit(); }
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ecsdesk-local"));
    EcsDesk::I18n::installTranslators(app);
    QCoreApplication::setApplicationVersion(QStringLiteral(ECSDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Local Amazon ECS, CloudWatch, CloudWatch Logs and Application Auto Scaling endpoint."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption port(QStringLiteral("port"),
        QCoreApplication::translate("main", "Port (0 = a free port)."), QStringLiteral("port"), QStringLiteral("0"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
        QCoreApplication::translate("main", "Directory for the store and the credentials."), QStringLiteral("dir"),
        QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation));
    const QCommandLineOption region(QStringLiteral("region"), QCoreApplication::translate("main", "Region."),
        QStringLiteral("region"), QStringLiteral("us-east-1"));
    const QCommandLineOption seed(QStringLiteral("seed"),
        QCoreApplication::translate("main", "Initial content of an empty data dir: demo or none."),
        QStringLiteral("seed"), QStringLiteral("none"));
    const QCommandLineOption latency(QStringLiteral("latency-ms"),
        QCoreApplication::translate("main", "Milliseconds added to every answer."), QStringLiteral("ms"),
        QStringLiteral("0"));
    const QCommandLineOption faultRate(QStringLiteral("fault-rate"),
        QCoreApplication::translate("main", "Share of requests (0..1) answered with ThrottlingException or a 500."),
        QStringLiteral("rate"), QStringLiteral("0"));
    const QCommandLineOption throttle(QStringLiteral("throttle"),
        QCoreApplication::translate("main",
            "Throttle requests as the named service does: ecs applies Amazon ECS's token buckets per action "
            "category (ThrottlingException \"Rate exceeded\"). Off by default."),
        QStringLiteral("service"));
    const QCommandLineOption bind(QStringLiteral("bind"),
        QCoreApplication::translate("main", "Address to listen on (default 127.0.0.1)."), QStringLiteral("address"),
        QStringLiteral("127.0.0.1"));
    const QCommandLineOption stepMs(QStringLiteral("step-ms"),
        QCoreApplication::translate(
            "main", "Delay of each task lifecycle step in milliseconds (default: ECS-like delays of 2-6 s)."),
        QStringLiteral("ms"), QStringLiteral("-1"));
    const QCommandLineOption timeScale(QStringLiteral("time-scale"),
        QCoreApplication::translate("main",
            "Run simulated time N times faster than wall-clock time (task lifecycle steps, the metrics minute, "
            "cooldowns, scheduled actions); request signatures still use wall-clock time."),
        QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption noSimulation(QStringLiteral("no-simulation"),
        QCoreApplication::translate("main", "Do not run the simulation: tasks stay where the API put them."));
    const QCommandLineOption repair(QStringLiteral("repair"),
        QCoreApplication::translate("main",
            "Salvage a damaged store: keep every record that can still be read, report what was lost, move the "
            "damaged file aside, then exit."));
    parser.addOptions(
        { port, dataDir, region, seed, latency, faultRate, throttle, bind, stepMs, timeScale, noSimulation, repair });
    parser.process(app);

    QTextStream err(stderr);
    EcsDesk::Local::LocalEndpointOptions options;
    bool okPort = false, okLatency = false, okFault = false, okStep = false, okScale = false;
    options.stepMs = parser.value(stepMs).toLongLong(&okStep);
    options.simulate = !parser.isSet(noSimulation);
    options.timeScale = parser.value(timeScale).toDouble(&okScale);
    const uint portValue = parser.value(port).toUInt(&okPort);
    options.latencyMs = parser.value(latency).toInt(&okLatency);
    options.faultRate = parser.value(faultRate).toDouble(&okFault);
    options.address = QHostAddress(parser.value(bind));
    options.throttle = parser.value(throttle);
    if (!okPort || portValue > 65535 || !okLatency || !okFault || !okStep || options.stepMs < -1 || !okScale
        || options.address.isNull()) {
        err << QCoreApplication::translate(
            "main", "ecsdesk-local: invalid --port, --latency-ms, --fault-rate, --step-ms, --time-scale or --bind")
            << Qt::endl;
        return 2;
    }
    options.port = quint16(portValue);
    options.dataDir = QDir(parser.value(dataDir)).absolutePath();
    options.region = parser.value(region);
    options.seed = parser.value(seed);

    if (parser.isSet(repair)) {
        QString report, error;
        if (!EcsDesk::Local::Store::repair(options.dataDir, &report, &error)) {
            err << QCoreApplication::translate("main", "ecsdesk-local: %1").arg(error) << Qt::endl;
            return 1;
        }
        QTextStream(stdout) << report << Qt::endl
                            << QCoreApplication::translate("main", "Start ecsdesk-local again to serve what was kept.")
                            << Qt::endl;
        return 0;
    }

    EcsDesk::Local::LocalEndpoint endpoint;
    QString error;
    if (!endpoint.start(options, &error)) {
        err << QCoreApplication::translate("main", "ecsdesk-local: %1").arg(error) << Qt::endl;
        return 1;
    }
    std::signal(SIGINT, quitOnSignal);
    std::signal(SIGTERM, quitOnSignal);

    QTextStream out(stdout);
    const QString url = endpoint.url().toString();
    out << QCoreApplication::translate("main", "ecsdesk-local listening on %1 (region %2, data in %3)")
               .arg(url, endpoint.region(), options.dataDir)
        << Qt::endl;
    // Machine-read lines (scripts take the port and the exports from here): never translated.
    out << "port: " << endpoint.port() << Qt::endl;
    out << QCoreApplication::translate("main", "Use it with the AWS CLI:") << Qt::endl;
    out << QStringLiteral(
        "AWS_ACCESS_KEY_ID=%1 AWS_SECRET_ACCESS_KEY=%2 aws ecs list-clusters --endpoint-url %3 --region %4")
               .arg(endpoint.credentials().accessKeyId, endpoint.credentials().secretAccessKey, url, endpoint.region())
        << Qt::endl;
    out << QStringLiteral("export AWS_ACCESS_KEY_ID=%1 AWS_SECRET_ACCESS_KEY=%2 AWS_ENDPOINT_URL=%3 AWS_REGION=%4")
               .arg(endpoint.credentials().accessKeyId, endpoint.credentials().secretAccessKey, url, endpoint.region())
        << Qt::endl;
    return QCoreApplication::exec();
}
