// SPDX-License-Identifier: MIT
// Logs against the local endpoint (in-process, real HTTP and SigV4) with events the test puts
// there: follow mode shows every new event once, in order, across polls; filter-pattern results
// equal `/usr/bin/aws logs filter-log-events` on the same data.

#include "api/ecs/ecsclient.h"
#include "api/logs/logsclient.h"
#include "common/testutil.h"
#include "local/localendpoint.h"
#include "models/logs/logfollower.h"
#include "models/logs/logsourceresolver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace EcsDesk;
using namespace EcsDesk::Testing;

namespace {

class LogsLocalTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        Local::LocalEndpointOptions options;
        options.dataDir = dir.path();
        QString error;
        ASSERT_TRUE(endpoint.start(options, &error)) << error.toStdString();
        config.transport = &transport;
        config.region = "us-east-1";
        config.endpointUrl = endpoint.url();
        config.credentials
            = std::make_shared<Api::StaticCredentialsProvider>(endpoint.credentials(), QStringLiteral("local"));
        logs = std::make_unique<Api::LogsClient>(config);
    }

    QJsonObject call(const QString& operation, const QJsonObject& input)
    {
        Api::AwsReply* reply = logs->call(operation, input);
        waitFor([reply] { return reply->isFinished(); }, 30000);
        reply->deleteLater();
        if (!reply->isOk()) {
            ADD_FAILURE() << operation.toStdString() << ": " << reply->error()->toString().toStdString();
            return {};
        }
        return reply->json();
    }

    void put(const QString& group, const QString& stream, const QStringList& messages, qint64 firstMs)
    {
        QJsonArray events;
        for (qsizetype i = 0; i < messages.size(); ++i)
            events.append(QJsonObject {
                { QStringLiteral("timestamp"), double(firstMs + i) }, { QStringLiteral("message"), messages[i] } });
        call(QStringLiteral("PutLogEvents"),
            { { QStringLiteral("logGroupName"), group }, { QStringLiteral("logStreamName"), stream },
                { QStringLiteral("logEvents"), events } });
    }

    QTemporaryDir dir;
    Local::LocalEndpoint endpoint;
    Api::AwsTransport transport;
    Api::ClientConfig config;
    std::unique_ptr<Api::LogsClient> logs;
};

QStringList numbered(const QString& prefix, int from, int count)
{
    QStringList out;
    for (int i = from; i < from + count; ++i)
        out.append(prefix + QString::number(i));
    return out;
}

} // namespace

TEST_F(LogsLocalTest, FollowShowsNewEventsOnceAcrossPolls)
{
    const QString group = QStringLiteral("/ecs/web");
    const QString stream = QStringLiteral("ecs/web/task1");
    call(QStringLiteral("CreateLogGroup"), { { QStringLiteral("logGroupName"), group } });
    call(QStringLiteral("CreateLogStream"),
        { { QStringLiteral("logGroupName"), group }, { QStringLiteral("logStreamName"), stream } });
    const qint64 now = QDateTime::currentMSecsSinceEpoch() - 60000;
    put(group, stream, numbered(QStringLiteral("line "), 0, 5), now);

    Models::LogStreamFollower follower(logs.get(), group, stream);
    QStringList seen;
    int polls = 0;
    QObject::connect(&follower, &Models::LogStreamFollower::appended, [&](const QList<Api::LogEvent>& events) {
        for (const Api::LogEvent& e : events)
            seen.append(e.message);
    });
    QObject::connect(&follower, &Models::LogStreamFollower::polled, [&](int) { ++polls; });
    QObject::connect(&follower, &Models::LogStreamFollower::failed,
        [&](const Api::AwsError& e) { ADD_FAILURE() << e.toString().toStdString(); });
    follower.start();
    ASSERT_TRUE(waitFor([&] { return polls == 1; }, 30000));
    EXPECT_EQ(seen, numbered(QStringLiteral("line "), 0, 5));

    // Several rounds: events arrive between polls, some polls find nothing.
    int next = 5;
    for (int round = 0; round < 6; ++round) {
        const int count = round % 3 == 2 ? 0 : 3 + round;
        if (count > 0)
            put(group, stream, numbered(QStringLiteral("line "), next, count), now + next);
        next += count;
        const int before = polls;
        follower.poll();
        ASSERT_TRUE(waitFor([&] { return polls > before && !follower.isBusy(); }, 30000));
        EXPECT_EQ(seen, numbered(QStringLiteral("line "), 0, next)) << "round " << round;
    }
    // An empty poll twice in a row backs off.
    const int interval = follower.intervalMs();
    const int before = polls;
    follower.poll();
    ASSERT_TRUE(waitFor([&] { return polls > before && !follower.isBusy(); }, 30000));
    EXPECT_EQ(follower.intervalMs(), qMin(Models::LogStreamFollower::maxIntervalMs, interval * 2));
    EXPECT_EQ(seen.size(), next);

    // Live follow mode with the timer: new events arrive without explicit polls.
    follower.setFollowing(true);
    put(group, stream, numbered(QStringLiteral("line "), next, 4), now + next);
    next += 4;
    ASSERT_TRUE(waitFor([&] { return seen.size() == next; }, 90000));
    EXPECT_EQ(seen, numbered(QStringLiteral("line "), 0, next));
    follower.setFollowing(false);
}

TEST_F(LogsLocalTest, OlderPagesComeBeforeTheNewestOne)
{
    const QString group = QStringLiteral("/ecs/api");
    const QString stream = QStringLiteral("ecs/api/task1");
    call(QStringLiteral("CreateLogGroup"), { { QStringLiteral("logGroupName"), group } });
    call(QStringLiteral("CreateLogStream"),
        { { QStringLiteral("logGroupName"), group }, { QStringLiteral("logStreamName"), stream } });
    const qint64 now = QDateTime::currentMSecsSinceEpoch() - 600000;
    put(group, stream, numbered(QStringLiteral("e"), 0, 250), now);
    Models::LogStreamFollower follower(logs.get(), group, stream);
    QStringList seen;
    int polls = 0;
    QObject::connect(&follower, &Models::LogStreamFollower::appended, [&](const QList<Api::LogEvent>& events) {
        for (const Api::LogEvent& e : events)
            seen.append(e.message);
    });
    QObject::connect(&follower, &Models::LogStreamFollower::prepended, [&](const QList<Api::LogEvent>& events) {
        QStringList older;
        for (const Api::LogEvent& e : events)
            older.append(e.message);
        seen = older + seen;
    });
    QObject::connect(&follower, &Models::LogStreamFollower::polled, [&](int) { ++polls; });
    follower.start(100);
    ASSERT_TRUE(waitFor([&] { return polls == 1; }, 30000));
    EXPECT_EQ(seen, numbered(QStringLiteral("e"), 150, 100));
    for (int i = 0; i < 5 && !follower.reachedStart(); ++i) {
        const qsizetype before = seen.size();
        follower.loadOlder(100);
        ASSERT_TRUE(waitFor([&] { return seen.size() > before || follower.reachedStart(); }, 30000));
    }
    EXPECT_EQ(seen, numbered(QStringLiteral("e"), 0, 250));
}

TEST_F(LogsLocalTest, FilterPatternResultsEqualTheAwsCli)
{
    if (!QFile::exists(QStringLiteral("/usr/bin/aws"))) {
        if (runningInCi())
            FAIL() << "/usr/bin/aws is not installed";
        GTEST_SKIP() << "/usr/bin/aws is not installed";
    }
    const QString group = QStringLiteral("/ecs/shop");
    call(QStringLiteral("CreateLogGroup"), { { QStringLiteral("logGroupName"), group } });
    const qint64 now = QDateTime::currentMSecsSinceEpoch() - 120000;
    const QStringList streams { QStringLiteral("ecs/shop/t1"), QStringLiteral("ecs/shop/t2"),
        QStringLiteral("ecs/shop/t3") };
    for (qsizetype s = 0; s < streams.size(); ++s) {
        call(QStringLiteral("CreateLogStream"),
            { { QStringLiteral("logGroupName"), group }, { QStringLiteral("logStreamName"), streams[s] } });
        QStringList messages;
        for (int i = 0; i < 40; ++i)
            messages.append(i % 5 == 0 ? QStringLiteral("ERROR payment failed order=%1 task=%2").arg(i).arg(s)
                    : i % 3 == 0       ? QStringLiteral("WARN slow request %1").arg(i)
                                       : QStringLiteral("INFO GET /cart %1 200").arg(i));
        put(group, streams[s], messages, now + s * 1000);
    }
    for (const QString& pattern : { QStringLiteral("ERROR"), QStringLiteral("\"payment failed\""),
             QStringLiteral("GET 200"), QStringLiteral("nothing-matches") }) {
        for (const QStringList& only : { QStringList {}, QStringList { streams[0], streams[2] } }) {
            Models::LogSearch search(logs.get());
            QList<Api::LogEvent> ours;
            bool done = false;
            QObject::connect(&search, &Models::LogSearch::finished, [&](const QList<Api::LogEvent>& events) {
                ours = events;
                done = true;
            });
            QObject::connect(&search, &Models::LogSearch::failed, [&](const Api::AwsError& e) {
                ADD_FAILURE() << e.toString().toStdString();
                done = true;
            });
            search.search(group, pattern, only);
            ASSERT_TRUE(waitFor([&] { return done; }, 30000));

            QProcess aws;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), endpoint.credentials().accessKeyId);
            env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), endpoint.credentials().secretAccessKey);
            env.insert(QStringLiteral("AWS_EC2_METADATA_DISABLED"), QStringLiteral("true"));
            env.remove(QStringLiteral("AWS_PROFILE"));
            aws.setProcessEnvironment(env);
            QStringList args { QStringLiteral("logs"), QStringLiteral("filter-log-events"),
                QStringLiteral("--endpoint-url"), endpoint.url().toString(), QStringLiteral("--region"),
                QStringLiteral("us-east-1"), QStringLiteral("--log-group-name"), group,
                QStringLiteral("--filter-pattern"), pattern, QStringLiteral("--output"), QStringLiteral("json") };
            if (!only.isEmpty())
                args << QStringLiteral("--log-stream-names") << only;
            aws.start(QStringLiteral("/usr/bin/aws"), args);
            // The endpoint runs in this thread: spin the event loop while the CLI talks to it.
            ASSERT_TRUE(waitFor([&] { return aws.state() == QProcess::NotRunning; }, 120000));
            ASSERT_EQ(aws.exitCode(), 0) << aws.readAllStandardError().toStdString();
            const QJsonArray theirs = QJsonDocument::fromJson(aws.readAllStandardOutput())
                                          .object()
                                          .value(QLatin1String("events"))
                                          .toArray();
            ASSERT_EQ(ours.size(), theirs.size()) << pattern.toStdString();
            for (qsizetype i = 0; i < ours.size(); ++i) {
                const QJsonObject e = theirs[i].toObject();
                EXPECT_EQ(ours[i].message, e.value(QLatin1String("message")).toString());
                EXPECT_EQ(ours[i].logStreamName, e.value(QLatin1String("logStreamName")).toString());
                EXPECT_EQ(ours[i].eventId, e.value(QLatin1String("eventId")).toString());
                EXPECT_EQ(
                    ours[i].timestamp.toMSecsSinceEpoch(), qint64(e.value(QLatin1String("timestamp")).toDouble()));
            }
            if (pattern == QLatin1String("ERROR")) {
                EXPECT_EQ(ours.size(), only.isEmpty() ? 24 : 16);
            }
            if (pattern == QLatin1String("nothing-matches")) {
                EXPECT_TRUE(ours.isEmpty());
            }
        }
    }
}

TEST_F(LogsLocalTest, ResolvesATasksStreamsAndTheCliPrintsAndFiltersThem)
{
    Api::EcsClient ecs(config);
    const auto ecsCall = [&](const QString& operation, const QJsonObject& input) {
        Api::AwsReply* reply = ecs.call(operation, input);
        waitFor([reply] { return reply->isFinished(); }, 30000);
        reply->deleteLater();
        if (!reply->isOk()) {
            ADD_FAILURE() << operation.toStdString() << ": " << reply->error()->toString().toStdString();
            return QJsonObject {};
        }
        return reply->json();
    };
    ecsCall(QStringLiteral("CreateCluster"), { { QStringLiteral("clusterName"), QStringLiteral("prod") } });
    const QJsonObject td = QJsonDocument::fromJson(R"({"family":"web","networkMode":"awsvpc","cpu":"256","memory":"512",
        "requiresCompatibilities":["FARGATE"],"executionRoleArn":"arn:aws:iam::123456789012:role/ecsTaskExecutionRole",
        "containerDefinitions":[
        {"name":"web","image":"nginx","essential":true,"logConfiguration":{"logDriver":"awslogs",
            "options":{"awslogs-group":"/ecs/web","awslogs-region":"us-east-1","awslogs-stream-prefix":"ecs"}}},
        {"name":"log_router","image":"fluent-bit","essential":false,
            "logConfiguration":{"logDriver":"awsfirelens","options":{"Name":"datadog"}}}]})")
                               .object();
    ecsCall(QStringLiteral("RegisterTaskDefinition"), td);
    const QJsonObject ran = ecsCall(QStringLiteral("RunTask"),
        { { QStringLiteral("cluster"), QStringLiteral("prod") },
            { QStringLiteral("taskDefinition"), QStringLiteral("web") },
            { QStringLiteral("launchType"), QStringLiteral("FARGATE") },
            { QStringLiteral("networkConfiguration"),
                QJsonObject { { QStringLiteral("awsvpcConfiguration"),
                    QJsonObject { { QStringLiteral("subnets"), QJsonArray { QStringLiteral("subnet-1") } } } } } } });
    const QJsonArray tasks = ran.value(QLatin1String("tasks")).toArray();
    ASSERT_EQ(tasks.size(), 1) << QJsonDocument(ran).toJson().toStdString();
    const QString taskArn = tasks.first().toObject().value(QLatin1String("taskArn")).toString();
    const QString taskId = taskArn.section(QLatin1Char('/'), -1);

    Models::LogSourceResolver resolver(&ecs);
    QList<Models::LogSource> sources;
    bool done = false;
    QObject::connect(&resolver, &Models::LogSourceResolver::finished, [&](const QList<Models::LogSource>& s) {
        sources = s;
        done = true;
    });
    QObject::connect(&resolver, &Models::LogSourceResolver::failed, [&](const Api::AwsError& e) {
        ADD_FAILURE() << e.toString().toStdString();
        done = true;
    });
    resolver.resolve(QStringLiteral("prod"), {}, { taskArn });
    ASSERT_TRUE(waitFor([&] { return done; }, 30000));
    ASSERT_EQ(sources.size(), 2);
    EXPECT_EQ(sources[0].group, QStringLiteral("/ecs/web"));
    EXPECT_EQ(sources[0].stream, QStringLiteral("ecs/web/") + taskId);
    EXPECT_FALSE(sources[1].readable());

    const QString stream = sources[0].stream;
    const auto cli = [&](const QStringList& args, QString* out, QString* err) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), endpoint.credentials().accessKeyId);
        env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), endpoint.credentials().secretAccessKey);
        env.insert(QStringLiteral("AWS_EC2_METADATA_DISABLED"), QStringLiteral("true"));
        env.remove(QStringLiteral("AWS_PROFILE"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(ECSDESK_CLI_PATH),
            QStringList { QStringLiteral("logs"), QStringLiteral("--endpoint-url"), endpoint.url().toString(),
                QStringLiteral("--region"), QStringLiteral("us-east-1"), QStringLiteral("--cluster"),
                QStringLiteral("prod"), QStringLiteral("--task"), taskId }
                + args);
        // The endpoint runs in this thread: spin the event loop while the CLI talks to it.
        EXPECT_TRUE(waitFor([&] { return process.state() == QProcess::NotRunning; }, 60000));
        *out = QString::fromUtf8(process.readAllStandardOutput());
        *err = QString::fromUtf8(process.readAllStandardError());
        return process.exitCode();
    };
    QString out;
    QString err;
    // Nothing logged yet: the CLI says which stream is missing and fails, as `aws logs` does.
    EXPECT_EQ(cli({}, &out, &err), 1) << out.toStdString();
    EXPECT_TRUE(out.isEmpty()) << out.toStdString();
    EXPECT_TRUE(err.contains(stream)) << err.toStdString();

    call(QStringLiteral("CreateLogGroup"), { { QStringLiteral("logGroupName"), QStringLiteral("/ecs/web") } });
    call(QStringLiteral("CreateLogStream"),
        { { QStringLiteral("logGroupName"), QStringLiteral("/ecs/web") },
            { QStringLiteral("logStreamName"), stream } });
    put(QStringLiteral("/ecs/web"), stream,
        { QStringLiteral("started"), QStringLiteral("ERROR disk full"), QStringLiteral("GET / 200") },
        QDateTime::currentMSecsSinceEpoch() - 5000);

    ASSERT_EQ(cli({}, &out, &err), 0) << err.toStdString();
    const QStringList lines = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 3) << out.toStdString();
    EXPECT_TRUE(lines[1].endsWith(QStringLiteral(" web/") + taskId + QStringLiteral(" ERROR disk full")))
        << lines[1].toStdString();
    EXPECT_TRUE(err.contains(QStringLiteral("FireLens"))) << err.toStdString();
    ASSERT_EQ(cli({ QStringLiteral("--filter"), QStringLiteral("ERROR") }, &out, &err), 0) << err.toStdString();
    EXPECT_EQ(out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 1) << out.toStdString();
    EXPECT_EQ(cli({ QStringLiteral("--follow"), QStringLiteral("--filter"), QStringLiteral("x") }, &out, &err), 2);
}
