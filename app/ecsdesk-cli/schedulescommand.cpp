// SPDX-License-Identifier: MIT
// `ecsdesk-cli schedules`: the schedules (EventBridge Scheduler) and scheduled rules (EventBridge)
// that run task definitions in a cluster, with their expression, next run times, task definition,
// state and last run. Table, JSON or CSV to stdout; errors to stderr, non-zero exit on failure.

#include "awsoptions.h"
#include "clicommand.h"

#include "api/core/awstransport.h"
#include "api/scheduler/scheduledtasksloader.h"
#include "api/scheduler/schedulerclient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

using namespace EcsDesk;

/// The command line of `schedules`, parsed and checked.
struct Settings {
    QString cluster;
    QString format; ///< table, json or csv
    int nextRuns = 3;
};

std::optional<int> parse(
    const QStringList& arguments, QCommandLineParser& parser, const Cli::AwsOptions& aws, Settings* settings)
{
    QTextStream err(stderr);
    const QCommandLineOption cluster(QStringLiteral("cluster"),
        QCoreApplication::translate("SchedulesCommand", "Cluster name or ARN (required)."),
        QCoreApplication::translate("SchedulesCommand", "cluster"));
    const QCommandLineOption format(QStringLiteral("format"),
        QCoreApplication::translate("SchedulesCommand", "Output format: table (default), json or csv."),
        QCoreApplication::translate("SchedulesCommand", "format"), QStringLiteral("table"));
    const QCommandLineOption next(QStringLiteral("next"),
        QCoreApplication::translate("SchedulesCommand", "How many next run times to show (default 3)."),
        QCoreApplication::translate("SchedulesCommand", "n"), QStringLiteral("3"));
    parser.addOptions({ cluster, format, next });
    const auto usage = [&err](const QString& message) {
        err << QCoreApplication::translate("SchedulesCommand", "ecsdesk-cli schedules: %1").arg(message) << Qt::endl;
        return 2;
    };
    if (!parser.parse(QStringList { QStringLiteral("ecsdesk-cli schedules") } + arguments))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << Cli::commandHelpText(parser, QStringLiteral("ecsdesk-cli schedules"));
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return usage(QCoreApplication::translate("SchedulesCommand", "unexpected argument '%1'")
                         .arg(parser.positionalArguments().first()));
    if (parser.value(cluster).isEmpty())
        return usage(QCoreApplication::translate("SchedulesCommand", "--cluster is required"));
    const QString outputFormat = parser.value(format).toLower();
    if (outputFormat != QLatin1String("table") && outputFormat != QLatin1String("json")
        && outputFormat != QLatin1String("csv"))
        return usage(QCoreApplication::translate("SchedulesCommand", "--format must be table, json or csv, not '%1'")
                         .arg(parser.value(format)));
    bool ok = false;
    const int runs = parser.value(next).toInt(&ok);
    if (!ok || runs < 0 || runs > 100)
        return usage(QCoreApplication::translate("SchedulesCommand", "--next takes a number from 0 to 100"));
    if (const QString problem = aws.problem(); !problem.isEmpty())
        return usage(problem);
    settings->cluster = parser.value(cluster);
    settings->format = outputFormat;
    settings->nextRuns = runs;
    return std::nullopt;
}

QString iso(const QDateTime& time) { return time.toUTC().toString(Qt::ISODate); }

/// One line per schedule or rule and target, as the three formats show it.
struct Row {
    QString kind; ///< schedule, rule
    QString name; ///< group/name for schedules
    QString expression;
    QString timeZone;
    QString state;
    QString taskDefinition;
    int taskCount = 1;
    QString launch; ///< launch type or capacity providers
    QStringList nextRuns; ///< ISO UTC
    QString lastRun; ///< ISO UTC
    QString lastStatus; ///< SUCCEEDED, FAILED or empty
    QString lastError;
    QStringList lastTasks;
    QString startedBy;
};

QList<Row> rows(const QList<Api::ScheduledTask>& tasks, const QString& cluster, int nextRuns)
{
    QList<Row> out;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const Api::ScheduledTask& task : tasks) {
        for (const Api::EcsTarget& target : task.targets) {
            if (target.clusterArn != cluster && !target.clusterArn.endsWith(QLatin1String(":cluster/") + cluster))
                continue;
            Row row;
            const bool schedule = task.source == Api::ScheduledTask::Source::Schedule;
            row.kind = schedule ? QStringLiteral("schedule") : QStringLiteral("rule");
            row.name = schedule ? task.group + QLatin1Char('/') + task.name : task.name;
            row.expression = task.expression;
            row.timeZone = task.timeZone.isEmpty() ? QStringLiteral("UTC") : task.timeZone;
            row.state = task.enabled ? QStringLiteral("ENABLED") : QStringLiteral("DISABLED");
            row.taskDefinition = target.taskDefinition;
            row.taskCount = target.taskCount;
            QStringList providers;
            for (const QJsonValue& item : target.capacityProviderStrategy)
                providers.append(item.toObject().value(QLatin1String("capacityProvider")).toString());
            row.launch = !providers.isEmpty() ? providers.join(QLatin1Char('+'))
                : target.launchType.isEmpty() ? QStringLiteral("EC2")
                                              : target.launchType;
            // After the newest run too: an endpoint on a faster clock (ecsdesk-local --time-scale) is ahead of ours.
            const QDateTime after = task.lastRun() && task.lastRun()->time > now ? task.lastRun()->time : now;
            for (const QDateTime& at : task.nextRuns(after, nextRuns))
                row.nextRuns.append(iso(at));
            // The newest run of this target (rules keep the target id with each run).
            for (auto it = task.invocations.crbegin(); it != task.invocations.crend(); ++it) {
                if (!schedule && !it->targetId.isEmpty() && it->targetId != target.id)
                    continue;
                row.lastRun = iso(it->time);
                row.lastStatus = it->succeeded ? QStringLiteral("SUCCEEDED") : QStringLiteral("FAILED");
                row.lastError
                    = it->errorCode.isEmpty() ? QString() : it->errorCode + QLatin1String(": ") + it->errorMessage;
                row.lastTasks = it->taskArns;
                break;
            }
            row.startedBy = task.startedBy();
            out.append(row);
        }
    }
    return out;
}

QByteArray toJson(const QList<Row>& rows)
{
    QJsonArray array;
    for (const Row& row : rows) {
        QJsonObject last;
        if (!row.lastRun.isEmpty()) {
            last = { { QStringLiteral("time"), row.lastRun }, { QStringLiteral("status"), row.lastStatus },
                { QStringLiteral("taskArns"), QJsonArray::fromStringList(row.lastTasks) } };
            if (!row.lastError.isEmpty())
                last.insert(QStringLiteral("error"), row.lastError);
        }
        array.append(QJsonObject { { QStringLiteral("kind"), row.kind }, { QStringLiteral("name"), row.name },
            { QStringLiteral("expression"), row.expression }, { QStringLiteral("timeZone"), row.timeZone },
            { QStringLiteral("state"), row.state }, { QStringLiteral("taskDefinition"), row.taskDefinition },
            { QStringLiteral("taskCount"), row.taskCount }, { QStringLiteral("launch"), row.launch },
            { QStringLiteral("startedBy"), row.startedBy },
            { QStringLiteral("nextRuns"), QJsonArray::fromStringList(row.nextRuns) },
            { QStringLiteral("lastRun"), last.isEmpty() ? QJsonValue() : QJsonValue(last) } });
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

QString csvField(const QString& text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')))
        return text;
    return QLatin1Char('"') + QString(text).replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
}

QByteArray toCsv(const QList<Row>& rows)
{
    QString out = QStringLiteral("kind,name,expression,timeZone,state,taskDefinition,taskCount,launch,nextRuns,"
                                 "lastRun,lastStatus,lastError\n");
    for (const Row& row : rows) {
        const QStringList fields { row.kind, row.name, row.expression, row.timeZone, row.state, row.taskDefinition,
            QString::number(row.taskCount), row.launch, row.nextRuns.join(QLatin1Char(' ')), row.lastRun,
            row.lastStatus, row.lastError };
        QStringList quoted;
        for (const QString& field : fields)
            quoted.append(csvField(field));
        out += quoted.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return out.toUtf8();
}

QByteArray toTable(const QList<Row>& rows)
{
    const QStringList header { QCoreApplication::translate("SchedulesCommand", "KIND"),
        QCoreApplication::translate("SchedulesCommand", "NAME"),
        QCoreApplication::translate("SchedulesCommand", "EXPRESSION"),
        QCoreApplication::translate("SchedulesCommand", "STATE"),
        QCoreApplication::translate("SchedulesCommand", "TASK DEFINITION"),
        QCoreApplication::translate("SchedulesCommand", "NEXT RUN (UTC)"),
        QCoreApplication::translate("SchedulesCommand", "LAST RUN (UTC)") };
    QList<QStringList> lines { header };
    for (const Row& row : rows) {
        const QString expression
            = row.timeZone == QLatin1String("UTC") ? row.expression : row.expression + QLatin1Char(' ') + row.timeZone;
        QString last = row.lastRun.isEmpty() ? QCoreApplication::translate("SchedulesCommand", "never")
                                             : row.lastRun + QLatin1Char(' ') + row.lastStatus;
        if (!row.lastError.isEmpty())
            last += QLatin1String(" (") + row.lastError + QLatin1Char(')');
        lines.append({ row.kind, row.name, expression, row.state,
            row.taskCount > 1 ? row.taskDefinition + QLatin1String(" x") + QString::number(row.taskCount)
                              : row.taskDefinition,
            row.nextRuns.isEmpty() ? QStringLiteral("-") : row.nextRuns.join(QLatin1String(", ")), last });
    }
    QList<qsizetype> widths(header.size(), 0);
    for (const QStringList& line : lines) {
        for (qsizetype i = 0; i + 1 < line.size(); ++i)
            widths[i] = std::max(widths[i], line[i].size());
    }
    QString out;
    for (const QStringList& line : lines) {
        for (qsizetype i = 0; i < line.size(); ++i)
            out += i + 1 < line.size() ? line[i].leftJustified(widths[i] + 2) : line[i];
        out += QLatin1Char('\n');
    }
    if (rows.isEmpty())
        out += QCoreApplication::translate("SchedulesCommand", "No schedule or rule runs a task in this cluster.")
            + QLatin1Char('\n');
    return out.toUtf8();
}

int run(const QStringList& arguments)
{
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("SchedulesCommand",
        "List the EventBridge Scheduler schedules and EventBridge rules that run "
        "task definitions in a cluster: expression, next runs, task definition, "
        "state and last run."));
    parser.addHelpOption();
    const Cli::AwsOptions aws(&parser);
    Settings settings;
    if (const std::optional<int> exit = parse(arguments, parser, aws, &settings))
        return *exit;

    Api::AwsTransport transport;
    const auto connection = aws.connect(&transport);
    if (!connection.ok()) {
        err << QCoreApplication::translate("SchedulesCommand", "ecsdesk-cli schedules: %1")
                   .arg(connection.error->toString())
            << Qt::endl;
        return 1;
    }
    const Api::SchedulerClient scheduler(connection.value.clientConfig(&transport, QStringLiteral("scheduler")));
    const Api::EventsClient events(connection.value.clientConfig(&transport, QStringLiteral("eventbridge")));
    Api::ScheduledTasksLoader loader(&scheduler, &events);
    QList<Api::ScheduledTask> tasks;
    const auto failure = Cli::await(
        &loader, &Api::ScheduledTasksLoader::loaded, &Api::ScheduledTasksLoader::failed,
        [&tasks](const QList<Api::ScheduledTask>& loaded) { tasks = loaded; }, [&] { loader.load(settings.cluster); });
    if (failure) {
        err << QCoreApplication::translate("SchedulesCommand", "ecsdesk-cli schedules: %1").arg(failure->toString())
            << Qt::endl;
        return 1;
    }
    const QList<Row> lines = rows(tasks, settings.cluster, settings.nextRuns);
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly)) {
        err << QCoreApplication::translate("SchedulesCommand", "ecsdesk-cli schedules: cannot write to stdout")
            << Qt::endl;
        return 1;
    }
    out.write(settings.format == QLatin1String("json") ? toJson(lines)
            : settings.format == QLatin1String("csv")  ? toCsv(lines)
                                                       : toTable(lines));
    out.flush();
    return 0;
}

const EcsDesk::Cli::CommandRegistration registration({ QStringLiteral("schedules"), "SchedulesCommand",
    QT_TRANSLATE_NOOP("SchedulesCommand", "List the schedules and rules that run tasks in a cluster"), run });

} // namespace
