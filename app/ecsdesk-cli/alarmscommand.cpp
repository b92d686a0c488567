// SPDX-License-Identifier: MIT
// `ecsdesk-cli alarms`: the CloudWatch metric alarms of a cluster (on its ClusterName/ServiceName
// dimensions, target tracking alarms, alarms that run a service's scaling policy) with their state,
// reason and condition; --service and --state narrow them. Text or JSON to stdout, errors to
// stderr; exit 0, or 3 with --fail-on-alarm when one is in ALARM.

#include "awsoptions.h"
#include "clicommand.h"

#include "api/cloudwatch/alarms.h"
#include "api/cloudwatch/alarmsloader.h"
#include "api/cloudwatch/cloudwatchclient.h"
#include "api/core/awstransport.h"
#include "models/scaling/alarmmodel.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

using namespace EcsDesk;

int usageError(const QString& message)
{
    QTextStream(stderr) << QCoreApplication::translate("AlarmsCommand", "ecsdesk-cli alarms: %1").arg(message)
                        << Qt::endl;
    return 2;
}

struct Row {
    Api::MetricAlarm alarm;
    QString service;
};

QString time(const QDateTime& at) { return at.isValid() ? at.toUTC().toString(Qt::ISODate) : QString(); }

QByteArray jsonReport(const QList<Row>& rows)
{
    QJsonArray alarms;
    for (const Row& row : rows) {
        const Api::MetricAlarm& alarm = row.alarm;
        QJsonArray dimensions;
        for (const Api::MetricDimension& dimension : alarm.dimensions)
            dimensions.append(QJsonObject {
                { QStringLiteral("name"), dimension.name }, { QStringLiteral("value"), dimension.value } });
        alarms.append(QJsonObject { { QStringLiteral("name"), alarm.name }, { QStringLiteral("arn"), alarm.arn },
            { QStringLiteral("service"), row.service.isEmpty() ? QJsonValue() : QJsonValue(row.service) },
            { QStringLiteral("state"), alarm.stateValue }, { QStringLiteral("stateReason"), alarm.stateReason },
            { QStringLiteral("stateUpdated"), time(alarm.stateUpdated) },
            { QStringLiteral("condition"), Models::AlarmModel::condition(alarm) },
            { QStringLiteral("namespace"), alarm.metricNamespace }, { QStringLiteral("metric"), alarm.metricName },
            { QStringLiteral("dimensions"), dimensions },
            { QStringLiteral("threshold"), alarm.threshold ? QJsonValue(*alarm.threshold) : QJsonValue() },
            { QStringLiteral("actionsEnabled"), alarm.actionsEnabled },
            { QStringLiteral("alarmActions"), QJsonArray::fromStringList(alarm.alarmActions) } });
    }
    return QJsonDocument(alarms).toJson(QJsonDocument::Indented);
}

QString textReport(const QList<Row>& rows, const QString& cluster)
{
    QString out;
    QTextStream s(&out);
    s << QCoreApplication::translate("AlarmsCommand", "%1 alarm(s) of cluster %2").arg(rows.size()).arg(cluster)
      << '\n';
    for (const Row& row : rows) {
        const Api::MetricAlarm& alarm = row.alarm;
        s << '\n'
          << alarm.name << "  [" << alarm.stateValue << "]  "
          << (row.service.isEmpty() ? QCoreApplication::translate("AlarmsCommand", "cluster")
                                    : QCoreApplication::translate("AlarmsCommand", "service %1").arg(row.service))
          << '\n'
          << "  " << Models::AlarmModel::condition(alarm)
          << (alarm.actionsEnabled ? QString() : QCoreApplication::translate("AlarmsCommand", "; actions disabled"))
          << '\n'
          << "  "
          << QCoreApplication::translate("AlarmsCommand", "since %1: %2")
                 .arg(time(alarm.stateUpdated), alarm.stateReason)
          << '\n';
    }
    return out;
}

int run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("AlarmsCommand",
        "Print the CloudWatch alarms of a cluster and its services: state, reason "
        "and condition."));
    parser.addHelpOption();
    const Cli::AwsOptions aws(&parser);
    const QCommandLineOption cluster(QStringLiteral("cluster"),
        QCoreApplication::translate("AlarmsCommand", "Cluster name (required)."),
        QCoreApplication::translate("AlarmsCommand", "cluster"));
    const QCommandLineOption service(QStringLiteral("service"),
        QCoreApplication::translate("AlarmsCommand", "Only this service's alarms."),
        QCoreApplication::translate("AlarmsCommand", "service"));
    const QCommandLineOption state(QStringLiteral("state"),
        QCoreApplication::translate("AlarmsCommand", "Only alarms in this state: ALARM, OK or INSUFFICIENT_DATA."),
        QCoreApplication::translate("AlarmsCommand", "state"));
    const QCommandLineOption failOnAlarm(QStringLiteral("fail-on-alarm"),
        QCoreApplication::translate("AlarmsCommand", "Exit with 3 when an alarm shown is in ALARM."));
    const QCommandLineOption format(QStringLiteral("format"),
        QCoreApplication::translate("AlarmsCommand", "Output format: text (default) or json."),
        QCoreApplication::translate("AlarmsCommand", "format"), QStringLiteral("text"));
    parser.addOptions({ cluster, service, state, failOnAlarm, format });
    if (!parser.parse(QStringList { QStringLiteral("ecsdesk-cli alarms") } + arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << Cli::commandHelpText(parser, QStringLiteral("ecsdesk-cli alarms"));
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(QCoreApplication::translate("AlarmsCommand", "unexpected argument '%1'")
                              .arg(parser.positionalArguments().first()));
    if (parser.value(cluster).isEmpty())
        return usageError(QCoreApplication::translate("AlarmsCommand", "--cluster is required"));
    const QString outputFormat = parser.value(format).toLower();
    if (outputFormat != QLatin1String("json") && outputFormat != QLatin1String("text"))
        return usageError(QCoreApplication::translate("AlarmsCommand", "--format must be text or json, not '%1'")
                              .arg(parser.value(format)));
    const QString wantedState = parser.value(state).toUpper();
    if (!wantedState.isEmpty()
        && !QStringList { QStringLiteral("ALARM"), QStringLiteral("OK"), QStringLiteral("INSUFFICIENT_DATA") }.contains(
            wantedState))
        return usageError(
            QCoreApplication::translate("AlarmsCommand", "--state must be ALARM, OK or INSUFFICIENT_DATA, not '%1'")
                .arg(parser.value(state)));
    if (const QString problem = aws.problem(); !problem.isEmpty())
        return usageError(problem);

    QTextStream err(stderr);
    const auto fail = [&err](const QString& message) {
        err << QCoreApplication::translate("AlarmsCommand", "ecsdesk-cli alarms: %1").arg(message) << Qt::endl;
        return 1;
    };
    Api::AwsTransport transport;
    const auto connection = aws.connect(&transport);
    if (!connection.ok())
        return fail(connection.error->toString());
    const Api::CloudWatchClient cloudWatch(connection.value.clientConfig(&transport, QStringLiteral("cloudwatch")));
    Api::AlarmsLoader loader(&cloudWatch);
    QList<Api::MetricAlarm> alarms;
    std::optional<Api::AwsError> error;
    QEventLoop loop;
    QObject::connect(&loader, &Api::AlarmsLoader::loaded, &loop, [&](const QList<Api::MetricAlarm>& loaded) {
        alarms = loaded;
        loop.quit();
    });
    QObject::connect(&loader, &Api::AlarmsLoader::failed, &loop, [&](const Api::AwsError& failure) {
        error = failure;
        loop.quit();
    });
    loader.load();
    loop.exec();
    if (error)
        return fail(error->toString());

    QList<Row> rows;
    bool anyInAlarm = false;
    for (const Api::MetricAlarm& alarm : std::as_const(alarms)) {
        const std::optional<QString> owner = Api::AlarmsLoader::serviceOf(alarm, parser.value(cluster));
        if (!owner || (parser.isSet(service) && *owner != parser.value(service))
            || (!wantedState.isEmpty() && alarm.stateValue != wantedState))
            continue;
        rows.append({ alarm, *owner });
        anyInAlarm = anyInAlarm || alarm.stateValue == QLatin1String("ALARM");
    }
    QFile stdoutFile;
    if (!stdoutFile.open(stdout, QIODevice::WriteOnly))
        return fail(QCoreApplication::translate("AlarmsCommand", "cannot write to stdout"));
    stdoutFile.write(
        outputFormat == QLatin1String("json") ? jsonReport(rows) : textReport(rows, parser.value(cluster)).toUtf8());
    stdoutFile.flush();
    return parser.isSet(failOnAlarm) && anyInAlarm ? 3 : 0;
}

const EcsDesk::Cli::CommandRegistration registration({ QStringLiteral("alarms"), "AlarmsCommand",
    QT_TRANSLATE_NOOP("AlarmsCommand", "Print the CloudWatch alarms of a cluster and its services"), run });

} // namespace
