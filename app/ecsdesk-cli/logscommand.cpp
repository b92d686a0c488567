// `ecsdesk-cli logs`: the headless face of the logs pane's loaders (models/logs): a task's or a
// service's container logs, optionally followed live or searched with a filter pattern.

#include "clicommand.h"

#include "api/auth/connection.h"
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

int run(const QStringList& arguments)
{
    QTextStream err(stderr);
    QTextStream out(stdout);
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("LogsCommand",
        "Print the CloudWatch Logs of a task's or a service's containers (awslogs), "
        "follow them, or search them with a filter pattern."));
    parser.addHelpOption();
    const QCommandLineOption profile(QStringLiteral("profile"),
        QCoreApplication::translate("LogsCommand", "AWS profile to use."),
        QCoreApplication::translate("LogsCommand", "name"));
    const QCommandLineOption region(QStringLiteral("region"), QCoreApplication::translate("LogsCommand", "AWS region."),
        QCoreApplication::translate("LogsCommand", "region"));
    const QCommandLineOption endpoint(QStringLiteral("endpoint-url"),
        QCoreApplication::translate("LogsCommand", "Send every call to this endpoint (moto, local endpoint)."),
        QCoreApplication::translate("LogsCommand", "url"));
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
    parser.addOptions({ profile, region, endpoint, cluster, service, task, follow, filter, since, limit });
    const auto usage = [&err](const QString& message) {
        err << QCoreApplication::translate("LogsCommand", "ecsdesk-cli logs: %1").arg(message) << Qt::endl;
        return 2;
    };
    if (!parser.parse(QStringList { QStringLiteral("ecsdesk-cli logs") } + arguments))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out << Cli::commandHelpText(parser, QStringLiteral("ecsdesk-cli logs"));
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
    QUrl endpointUrl;
    if (parser.isSet(endpoint)) {
        endpointUrl = QUrl(parser.value(endpoint), QUrl::StrictMode);
        if (!endpointUrl.isValid() || endpointUrl.scheme().isEmpty() || endpointUrl.host().isEmpty())
            return usage(QCoreApplication::translate("LogsCommand", "--endpoint-url '%1' is not a URL")
                             .arg(parser.value(endpoint)));
    }

    Api::AwsTransport transport;
    const auto connection
        = Api::ConnectionResolver::resolve({ parser.value(profile), parser.value(region), endpointUrl },
            QProcessEnvironment::systemEnvironment(), &transport);
    if (!connection.ok()) {
        err << QCoreApplication::translate("LogsCommand", "ecsdesk-cli logs: %1").arg(connection.error->toString())
            << Qt::endl;
        return 1;
    }
    const Api::EcsClient ecs(connection.value.clientConfig(&transport, QStringLiteral("ecs")));
    const Api::LogsClient logs(connection.value.clientConfig(&transport, QStringLiteral("cloudwatch_logs")));

    QEventLoop loop;
    std::optional<Api::AwsError> failure;
    QList<Models::LogSource> sources;
    Models::LogSourceResolver resolver(&ecs);
    QObject::connect(&resolver, &Models::LogSourceResolver::finished, &loop, [&](const QList<Models::LogSource>& s) {
        sources = s;
        loop.quit();
    });
    QObject::connect(&resolver, &Models::LogSourceResolver::failed, &loop, [&](const Api::AwsError& e) {
        failure = e;
        loop.quit();
    });
    resolver.resolve(parser.value(cluster), parser.value(service), parser.values(task));
    loop.exec();
    if (failure) {
        err << QCoreApplication::translate("LogsCommand", "ecsdesk-cli logs: %1").arg(failure->toString()) << Qt::endl;
        return 1;
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
        return 1;
    }
    const auto sourceName
        = [](const Models::LogSource& s) -> QString { return s.container + QLatin1Char('/') + s.taskId; };

    if (parser.isSet(filter)) {
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
                search.search(it.key(), parser.value(filter), streams, from, {}, 100000);
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
        std::stable_sort(found.begin(), found.end(),
            [](const auto& a, const auto& b) { return a.first.timestamp < b.first.timestamp; });
        for (const auto& [event, name] : std::as_const(found))
            out << line(event, name) << '\n';
        out.flush();
        return 0;
    }

    // Newest events of every stream, merged by time; then (with --follow) new events as they come.
    std::vector<std::unique_ptr<Models::LogStreamFollower>> followers;
    QList<std::pair<Api::LogEvent, QString>> initial;
    int pending = int(readable.size());
    bool started = false;
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
    if (failure && !parser.isSet(follow))
        return 1;
    if (!parser.isSet(follow))
        return 0;
    started = true;
    for (const auto& follower : followers)
        follower->setFollowing(true);
    loop.exec(); // until interrupted
    return 0;
}

const EcsDesk::Cli::CommandRegistration registration({ QStringLiteral("logs"), "LogsCommand",
    QT_TRANSLATE_NOOP("LogsCommand", "Print, follow or search a task's or service's container logs"), run });

} // namespace
