// SPDX-License-Identifier: MIT
// `ecsdesk-cli overview`: the fleet overview (issue 24) for every profile × region × cluster, loaded
// in parallel by Api::FleetLoader. The overview to stdout, errors to stderr; exit 1 when any
// connection, region or cluster failed (the others are printed all the same).

#include "clicommand.h"

#include "api/auth/connection.h"
#include "api/core/awstransport.h"
#include "api/fleet/fleetloader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QProcessEnvironment>

#include <algorithm>

namespace {

using namespace EcsDesk;

int run(const QStringList& arguments)
{
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("OverviewCommand",
        "What needs attention in every cluster of every profile and region: services "
        "below their desired count, failed or rolled-back deployments, tasks stopped "
        "in the last hour by reason, pending and provisioning tasks, capacity and "
        "alarms in ALARM."));
    parser.addHelpOption();
    const QCommandLineOption profile(QStringLiteral("profile"),
        QCoreApplication::translate(
            "OverviewCommand", "AWS profile; repeat for several. Default: the default profile."),
        QCoreApplication::translate("OverviewCommand", "name"));
    const QCommandLineOption region(QStringLiteral("region"),
        QCoreApplication::translate(
            "OverviewCommand", "AWS region; repeat for several. Default: the profile's region."),
        QCoreApplication::translate("OverviewCommand", "region"));
    const QCommandLineOption endpoint(QStringLiteral("endpoint-url"),
        QCoreApplication::translate("OverviewCommand", "Send every call to this endpoint (moto, local endpoint)."),
        QCoreApplication::translate("OverviewCommand", "url"));
    const QCommandLineOption format(QStringLiteral("format"),
        QCoreApplication::translate("OverviewCommand", "Output format: table (default), json or csv."),
        QCoreApplication::translate("OverviewCommand", "format"), QStringLiteral("table"));
    const QCommandLineOption attention(QStringLiteral("attention-only"),
        QCoreApplication::translate("OverviewCommand", "Only the clusters where something needs attention."));
    parser.addOptions({ profile, region, endpoint, format, attention });
    const auto usage = [&err](const QString& message) {
        err << QCoreApplication::translate("OverviewCommand", "ecsdesk-cli overview: %1").arg(message) << Qt::endl;
        return 2;
    };
    if (!parser.parse(QStringList { QStringLiteral("ecsdesk-cli overview") } + arguments))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << Cli::commandHelpText(parser, QStringLiteral("ecsdesk-cli overview"));
        return 0;
    }
    const QString outputFormat = parser.value(format).toLower();
    if (!QStringList { QStringLiteral("table"), QStringLiteral("json"), QStringLiteral("csv") }.contains(outputFormat))
        return usage(QCoreApplication::translate("OverviewCommand", "--format must be table, json or csv, not '%1'")
                         .arg(parser.value(format)));
    QUrl endpointUrl;
    if (parser.isSet(endpoint)) {
        endpointUrl = QUrl(parser.value(endpoint), QUrl::StrictMode);
        if (!endpointUrl.isValid() || endpointUrl.scheme().isEmpty() || endpointUrl.host().isEmpty())
            return usage(QCoreApplication::translate("OverviewCommand", "--endpoint-url '%1' is not a URL")
                             .arg(parser.value(endpoint)));
    }

    Api::AwsTransport transport;
    QStringList profiles = parser.values(profile);
    if (profiles.isEmpty())
        profiles.append(QString());
    QStringList regions = parser.values(region);
    if (regions.isEmpty())
        regions.append(QString());
    QList<Api::FleetTarget> targets;
    QList<Api::FleetFailure> failures;
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString& p : std::as_const(profiles)) {
        for (const QString& r : std::as_const(regions)) {
            const auto connection = Api::ConnectionResolver::resolve({ p, r, endpointUrl }, environment, &transport);
            const QString name = !p.isEmpty()         ? p
                : !connection.value.profile.isEmpty() ? connection.value.profile
                : endpointUrl.isValid()               ? endpointUrl.authority()
                                                      : QStringLiteral("default");
            if (!connection.ok()) {
                failures.append({ name, r, {}, *connection.error });
                err << QCoreApplication::translate("OverviewCommand", "ecsdesk-cli overview: %1 %2: %3")
                           .arg(name, r, connection.error->toString())
                    << Qt::endl;
                continue;
            }
            targets.append({ name, QString::fromLatin1(connection.value.region),
                connection.value.clientConfig(&transport, QStringLiteral("ecs")),
                connection.value.clientConfig(&transport, QStringLiteral("cloudwatch")) });
        }
    }

    QList<Api::FleetRow> rows;
    Api::FleetLoader loader;
    QEventLoop loop;
    QObject::connect(&loader, &Api::FleetLoader::rowReady, &loop, [&](const Api::FleetRow& row) { rows.append(row); });
    QObject::connect(&loader, &Api::FleetLoader::failed, &loop, [&](const Api::FleetFailure& failure) {
        failures.append(failure);
        err << QCoreApplication::translate("OverviewCommand", "ecsdesk-cli overview: %1 %2 %3: %4")
                   .arg(failure.connection, failure.region, failure.cluster, failure.error.toString())
            << Qt::endl;
    });
    QObject::connect(&loader, &Api::FleetLoader::finished, &loop, &QEventLoop::quit);
    if (!targets.isEmpty()) {
        loader.load(targets);
        loop.exec();
    }
    std::sort(rows.begin(), rows.end(), [](const Api::FleetRow& a, const Api::FleetRow& b) {
        return std::tie(a.connection, a.region, a.clusterName) < std::tie(b.connection, b.region, b.clusterName);
    });
    if (parser.isSet(attention))
        rows.removeIf([](const Api::FleetRow& row) { return !row.needsAttention(); });

    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly)) {
        err << QCoreApplication::translate("OverviewCommand", "ecsdesk-cli overview: cannot write to stdout")
            << Qt::endl;
        return 1;
    }
    if (outputFormat == QLatin1String("json"))
        out.write(Api::FleetExport::toJson(rows, failures));
    else if (outputFormat == QLatin1String("csv"))
        out.write(Api::FleetExport::toCsv(rows));
    else
        out.write(Api::FleetExport::toTable(rows).toUtf8());
    out.flush();
    return failures.isEmpty() ? 0 : 1;
}

const EcsDesk::Cli::CommandRegistration registration({ QStringLiteral("overview"), "OverviewCommand",
    QT_TRANSLATE_NOOP("OverviewCommand", "What needs attention in every profile, region and cluster"), run });

} // namespace
