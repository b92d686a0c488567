// SPDX-License-Identifier: MIT
// `ecsdesk-cli logs`: the headless face of the logs pane's loaders (models/logs): a task's or a
// service's container logs, optionally followed live or searched with a filter pattern.

#include "awsoptions.h"
#include "clicommand.h"

#include "api/core/awstransport.h"
#include "api/ecs/ecsclient.h"
#include "api/logs/logsclient.h"
#include "models/logs/logfollower.h"
#include "models/logs/logsourceresolver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>

#include <memory>

namespace {

using namespace EcsDesk;
using EcsDesk::Cli::parseDuration;

QString line(const Api::LogEvent& event, const QString& source)
{
    return event.timestamp.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")) + QLatin1Char(' ') + source
        + QLatin1Char(' ') + event.message;
}

/// The command line of `logs`, parsed and checked.
struct Settings {
    QString cluster;
    QString service;
    QStringList tasks;
    bool search = false; ///< --filter: search instead of printing the newest events
    QString filter; ///< the filter pattern
    bool follow = false;
    QDateTime from; ///< with --since
    int newest = 100;
};

QString sourceName(const Models::LogSource& s) { return s.container + QLatin1Char('/') + s.taskId; }

/// Parses `arguments` into `settings`; an exit code when the command ends here (help 0, usage 2).
std::optional<int> parse(
    const QStringList& arguments, QCommandLineParser& parser, const Cli::AwsOptions& aws, Settings* settings)
{
    QTextStream err(stderr);
    const QCommandLineOption cluster(QStringLiteral("cluster"),
        QCoreApplication::translate("LogsCommand", "Cluster name or ARN (required)."),
        QCoreApplication::translate("LogsCommand", "cluster"));
    const QCommandLineOption service(QStringLiteral("service"),
        QCoreApplication::translate("LogsCommand", "Service: its running tasks."),
        QCoreApplication::translate("LogsCommand", "service"));
    const QCommandLineOption task(QStringLiteral("task"),
        QCoreApplication::translate("LogsCommand", "Task id or ARN; repeat for several."),
        QCoreApplication::translate("LogsCommand", "task"));
    const QCommandLineOption follow(QStringLiteral("follow"),
        QCoreApplication::translate("LogsCommand", "Keep printing new events (Ctrl+C stops)."));
    const QCommandLineOption filter(QStringLiteral("filter"),
        QCoreApplication::translate("LogsCommand", "CloudWatch Logs filter pattern (FilterLogEvents)."),
        QCoreApplication::translate("LogsCommand", "pattern"));
    const QCommandLineOption since(QStringLiteral("since"),
        QCoreApplication::translate("LogsCommand", "With --filter: only events this recent (1h, 2d ...)."),
        QCoreApplication::translate("LogsCommand", "duration"));
    const QCommandLineOption limit(QStringLiteral("limit"),
        QCoreApplication::translate("LogsCommand", "Newest events per stream without --filter (default 100)."),
        QCoreApplication::translate("LogsCommand", "n"), QStringLiteral("100"));
    parser.addOptions({ cluster, service, task, follow, filter, since, limit });
    const auto usage = [&err](const QString& message) {
        err << QCoreApplication::translate("LogsCommand", "ecsdesk-cli logs: %1").arg(message) << Qt::endl;
        return 2;
    };
    if (!parser.parse(QStringList { QStringLiteral("ecsdesk-cli logs") } + arguments))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << Cli::commandHelpText(parser, QStringLiteral("ecsdesk-cli logs"));
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return usage(QCoreApplication::translate("LogsCommand", "unexpected argument '%1'")
                         .arg(parser.positionalArguments().first()));
    if (parser.value(cluster).isEmpty())
        return usage(QCoreApplication::translate("LogsCommand", "--cluster is required"));
    if (parser.value(service).isEmpty() == parser.values(task).isEmpty())
        return usage(QCoreApplication::translate("LogsCommand", "give either --service or --task"));
    if (parser.isSet(follow) && parser.isSet(filter))
        return usage(QCoreApplication::translate("LogsCommand", "--follow and --filter cannot be combined"));
    bool ok = false;
    const int newest = parser.value(limit).toInt(&ok);
    if (!ok || newest <= 0 || newest > 10000)
        return usage(QCoreApplication::translate("LogsCommand", "--limit takes a number from 1 to 10000"));
    QDateTime from;
    if (parser.isSet(since)) {
        const qint64 seconds = parseDuration(parser.value(since));
        if (seconds == 0)
            return usage(QCoreApplication::translate("LogsCommand", "--since '%1' is not a duration like 30m, 1h or 2d")
                             .arg(parser.value(since)));
        from = QDateTime::currentDateTimeUtc().addSecs(-seconds);
    }
    if (const QString problem = aws.problem(); !problem.isEmpty())
        return usage(problem);
    settings->cluster = parser.value(cluster);
    settings->service = parser.value(service);
    settings->tasks = parser.values(task);
    settings->search = parser.isSet(filter);
    settings->filter = parser.value(filter);
    settings->follow = parser.isSet(follow);
    settings->from = from;
    settings->newest = newest;
    return std::nullopt;
}

/// The containers of the tasks that write to CloudWatch Logs (notes on stderr for the others);
/// nullopt (after saying why) when there are none or the tasks cannot be read.
std::optional<QList<Models::LogSource>> readableSources(const Api::EcsClient& ecs, const Settings& settings)
{
    QTextStream err(stderr);
    QList<Models::LogSource> sources;
    Models::LogSourceResolver resolver(&ecs);
    const auto failure = Cli::await(
        &resolver, &Models::LogSourceResolver::finished, &Models::LogSourceResolver::failed,
        [&sources](const QList<Models::LogSource>& s) { sources = s; },
        [&] { resolver.resolve(settings.cluster, settings.service, settings.tasks); });
    if (failure) {
        err << QCoreApplication::translate("LogsCommand", "ecsdesk-cli logs: %1").arg(failure->toString()) << Qt::endl;
        return std::nullopt;
    }
    QList<Models::LogSource> readable;
    for (const Models::LogSource& source : std::as_const(sources)) {
        if (source.readable())
            readable.append(source);
        else
            err << QCoreApplication::translate("LogsCommand", "note: %1").arg(source.problem) << Qt::endl;
    }
    if (readable.isEmpty()) {
        err << QCoreApplication::translate(
            "LogsCommand", "ecsdesk-cli logs: no container of these tasks writes to CloudWatch Logs (awslogs)")
            << Qt::endl;
        return std::nullopt;
    }
    return readable;
}

/// --filter: one FilterLogEvents search per log group, the matches printed in time order.
int searchLogs(const Api::LogsClient& logs, const QList<Models::LogSource>& readable, const Settings& settings)
{
    QTextStream err(stderr);
    QTextStream out(stdout);
    QEventLoop loop;
    std::optional<Api::AwsError> failure;
    const QDateTime& from = settings.from;
    // One FilterLogEvents search per log group, over that group's streams (100 at most per call).
    QMap<QString, QList<Models::LogSource>> byGroup;
    for (const Models::LogSource& s : std::as_const(readable))
        byGroup[s.group].append(s);
    QList<std::pair<Api::LogEvent, QString>> found;
    for (auto it = byGroup.cbegin(); it != byGroup.cend(); ++it) {
        for (qsizetype i = 0; i < it.value().size(); i += 100) {
            QStringList streams;
            QHash<QString, QString> names;
            for (const Models::LogSource& s : it.value().mid(i, 100)) {
                streams.append(s.stream);
                names.insert(s.stream, sourceName(s));
            }
            Models::LogSearch search(&logs);
            QObject::connect(&search, &Models::LogSearch::finished, &loop, [&](const QList<Api::LogEvent>& events) {
                for (const Api::LogEvent& e : events)
                    found.append({ e, names.value(e.logStreamName, e.logStreamName) });
                loop.quit();
            });
            QObject::connect(&search, &Models::LogSearch::failed, &loop, [&](const Api::AwsError& e) {
                failure = e;
                loop.quit();
            });
            search.search(it.key(), settings.filter, streams, from, {}, 100000);
            loop.exec();
            if (failure) {
                err << QCoreApplication::translate("LogsCommand", "ecsdesk-cli logs: %1").arg(failure->toString())
                    << Qt::endl;
                return 1;
            }
            if (search.truncated())
                err << QCoreApplication::translate("LogsCommand", "note: more than %1 matches; showing the first")
                           .arg(100000)
                    << Qt::endl;
        }
    }
    std::stable_sort(
        found.begin(), found.end(), [](const auto& a, const auto& b) { return a.first.timestamp < b.first.timestamp; });
    for (const auto& [event, name] : std::as_const(found))
        out << line(event, name) << '\n';
    out.flush();
    return 0;
}

/// The newest events of every stream merged by time; with --follow, new events as they come.
int printLogs(const Api::LogsClient& logs, const QList<Models::LogSource>& readable, const Settings& settings)
{
    QTextStream err(stderr);
    QTextStream out(stdout);
    QEventLoop loop;
    std::optional<Api::AwsError> failure;
    const int newest = settings.newest;
    std::vector<std::unique_ptr<Models::LogStreamFollower>> followers;
    QList<std::pair<Api::LogEvent, QString>> initial;
    int pending = int(readable.size());
    bool started = false;
    int missingStreams = 0;
    for (const Models::LogSource& source : std::as_const(readable)) {
        auto follower = std::make_unique<Models::LogStreamFollower>(&logs, source.group, source.stream);
        const QString name = sourceName(source);
        QObject::connect(
            follower.get(), &Models::LogStreamFollower::appended, &loop, [&, name](const QList<Api::LogEvent>& events) {
                for (const Api::LogEvent& e : events) {
                    if (started)
                        out << line(e, name) << '\n';
                    else
                        initial.append({ e, name });
                }
                out.flush();
            });
        QObject::connect(follower.get(), &Models::LogStreamFollower::polled, &loop, [&](int) {
            if (!started && --pending == 0)
                loop.quit();
        });
        // A stream that does not exist yet (the task has logged nothing so far) is said, not
        // passed over in silence: with no event at all the user would not know why.
        QObject::connect(follower.get(), &Models::LogStreamFollower::missing, &loop, [&, source] {
            if (started)
                return;
            ++missingStreams;
            err << QCoreApplication::translate("LogsCommand", "note: no log stream %1 in log group %2 yet")
                       .arg(source.stream, source.group)
                << Qt::endl;
        });
        QObject::connect(follower.get(), &Models::LogStreamFollower::failed, &loop, [&, name](const Api::AwsError& e) {
            err << QCoreApplication::translate("LogsCommand", "ecsdesk-cli logs: %1: %2").arg(name, e.toString())
                << Qt::endl;
            if (!started) {
                failure = e;
                if (--pending == 0)
                    loop.quit();
            }
        });
        follower->start(newest);
        followers.push_back(std::move(follower));
    }
    loop.exec();
    std::stable_sort(initial.begin(), initial.end(),
        [](const auto& a, const auto& b) { return a.first.timestamp < b.first.timestamp; });
    for (const auto& [event, name] : std::as_const(initial))
        out << line(event, name) << '\n';
    out.flush();
    if (failure && !settings.follow)
        return 1;
    if (!settings.follow && missingStreams == int(readable.size())) {
        // As `aws logs get-log-events` on a missing stream: an error, not an empty success.
        err << QCoreApplication::translate(
            "LogsCommand", "ecsdesk-cli logs: none of these log streams exists yet (nothing logged so far)")
            << Qt::endl;
        return 1;
    }
    if (!settings.follow)
        return 0;
    started = true;
    for (const auto& follower : followers)
        follower->setFollowing(true);
    loop.exec(); // until interrupted
    return 0;
}

int run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("LogsCommand",
        "Print the CloudWatch Logs of a task's or a service's containers (awslogs), "
        "follow them, or search them with a filter pattern."));
    parser.addHelpOption();
    const Cli::AwsOptions aws(&parser);
    Settings settings;
    if (const auto exit = parse(arguments, parser, aws, &settings))
        return *exit;

    Api::AwsTransport transport;
    const auto connection = aws.connect(&transport);
    if (!connection.ok()) {
        QTextStream(stderr)
            << QCoreApplication::translate("LogsCommand", "ecsdesk-cli logs: %1").arg(connection.error->toString())
            << Qt::endl;
        return 1;
    }
    const Api::EcsClient ecs(connection.value.clientConfig(&transport, QStringLiteral("ecs")));
    const Api::LogsClient logs(connection.value.clientConfig(&transport, QStringLiteral("cloudwatch_logs")));
    const auto readable = readableSources(ecs, settings);
    if (!readable)
        return 1;
    return settings.search ? searchLogs(logs, *readable, settings) : printLogs(logs, *readable, settings);
}

const EcsDesk::Cli::CommandRegistration registration({ QStringLiteral("logs"), "LogsCommand",
    QT_TRANSLATE_NOOP("LogsCommand", "Print, follow or search a task's or service's container logs"), run });

} // namespace
