// SPDX-License-Identifier: MIT
// `ecsdesk-cli snapshot` as a user runs it: against the paginating fake ECS on loopback, JSON and
// CSV to stdout, progress to stderr, and the exit codes for failures and bad usage.

#include "api/ecs/clustersnapshot.h"
#include "clienttestutil.h"
#include "fakeecs.h"
#include "stubserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

#include <gtest/gtest.h>

using namespace EcsDesk;
using namespace EcsDesk::Testing;

namespace {

struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

/// Runs `ecsdesk-cli <command> arguments...` while this thread's event loop keeps serving the stub.
CliRun runCommand(const QString& command, const QStringList& arguments)
{
    QProcess process;
    QProcessEnvironment env;
    env.insert(QStringLiteral("HOME"), QStringLiteral("/nonexistent"));
    env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("AKIDCLI"));
    env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QStringLiteral("cli-secret"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(ECSDESK_CLI_PATH), QStringList { command } + arguments);
    const bool done = waitFor([&process] { return process.state() == QProcess::NotRunning; }, 60000);
    EXPECT_TRUE(done) << "ecsdesk-cli hung";
    return CliRun { process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError() };
}

CliRun runCli(const QStringList& arguments) { return runCommand(QStringLiteral("snapshot"), arguments); }

} // namespace

TEST(CliSnapshot, ExportsJsonAndCsvAndFailsCleanly)
{
    FakeEcs::Shape shape;
    shape.services = 25;
    shape.runningPerService = 4;
    FakeEcs fake(shape);
    StubServer server([&fake](const StubRequest& request) { return fake.handle(request); });
    ASSERT_TRUE(server.listen());
    const QString endpoint = server.url().toString();

    const CliRun json = runCli({ QStringLiteral("--region"), QStringLiteral("us-east-1"),
        QStringLiteral("--endpoint-url"), endpoint, QStringLiteral("--cluster"), fake.clusterName() });
    ASSERT_EQ(json.exitCode, 0) << json.err.toStdString();
    const QJsonObject document = QJsonDocument::fromJson(json.out).object();
    const QJsonArray clusters = document.value(QLatin1String("clusters")).toArray();
    ASSERT_EQ(clusters.size(), 1);
    const QJsonObject cluster = clusters.first().toObject();
    EXPECT_EQ(cluster.value(QLatin1String("services")).toArray().size(), 25);
    EXPECT_EQ(cluster.value(QLatin1String("tasks")).toArray().size(), fake.taskCount());
    EXPECT_EQ(cluster.value(QLatin1String("taskDefinitions")).toArray().size(), shape.families);
    EXPECT_TRUE(json.err.contains("Cluster bench:")) << json.err.toStdString(); // progress on stderr

    const CliRun csv = runCli({ QStringLiteral("--region"), QStringLiteral("us-east-1"),
        QStringLiteral("--endpoint-url"), endpoint, QStringLiteral("--cluster"), fake.clusterName(),
        QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--quiet") });
    ASSERT_EQ(csv.exitCode, 0) << csv.err.toStdString();
    const QList<QByteArray> rows = csv.out.trimmed().split('\n');
    EXPECT_TRUE(rows.first().startsWith("kind,cluster,name,arn,status"));
    EXPECT_EQ(rows.size(), 1 + 1 + 25 + fake.taskCount() + shape.containerInstances + shape.families);
    EXPECT_TRUE(csv.err.isEmpty()) << csv.err.toStdString();

    const CliRun missing = runCli({ QStringLiteral("--region"), QStringLiteral("us-east-1"),
        QStringLiteral("--endpoint-url"), endpoint, QStringLiteral("--cluster"), QStringLiteral("nope") });
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.out.isEmpty()) << "no partial output on failure";
    EXPECT_TRUE(missing.err.contains("ClusterNotFoundException")) << missing.err.toStdString();

    const CliRun usage = runCli({ QStringLiteral("--format"), QStringLiteral("xml") });
    EXPECT_EQ(usage.exitCode, 2);
    const CliRun noRegion = runCli({ QStringLiteral("--endpoint-url"), endpoint });
    EXPECT_EQ(noRegion.exitCode, 1);
    EXPECT_TRUE(noRegion.err.contains("NoRegion")) << noRegion.err.toStdString();
}

TEST(CliSnapshot, AHostileServerEndsInAClearErrorNotAnEndlessLoop)
{
    // Issue 25 point 12: ListClusters answering the same nextToken forever made the CLI loop
    // (174,700 calls in 40 s); an answer of the wrong shape read as an empty success.
    FakeEcs fake(FakeEcs::Shape {});
    bool wrongShape = false;
    StubServer server([&](const StubRequest& request) {
        if (request.operation() == QLatin1String("ListClusters"))
            return StubResponse::json({ { QStringLiteral("clusterArns"), QJsonArray { QStringLiteral("arn:c") } },
                { QStringLiteral("nextToken"), QStringLiteral("again") } });
        if (wrongShape && request.operation() == QLatin1String("ListServices"))
            return StubResponse::json({ { QStringLiteral("serviceArns"), 5 } });
        return fake.handle(request);
    });
    ASSERT_TRUE(server.listen());
    const QString endpoint = server.url().toString();

    const CliRun loop = runCli(
        { QStringLiteral("--region"), QStringLiteral("us-east-1"), QStringLiteral("--endpoint-url"), endpoint });
    EXPECT_EQ(loop.exitCode, 1);
    EXPECT_TRUE(loop.out.isEmpty()) << "no partial output on failure";
    EXPECT_TRUE(loop.err.contains("The server returned the same page token twice for ListClusters"))
        << loop.err.toStdString();
    EXPECT_LT(server.requestCount(), 10);

    wrongShape = true;
    const CliRun shape = runCli({ QStringLiteral("--region"), QStringLiteral("us-east-1"),
        QStringLiteral("--endpoint-url"), endpoint, QStringLiteral("--cluster"), fake.clusterName() });
    EXPECT_EQ(shape.exitCode, 1);
    EXPECT_TRUE(shape.out.isEmpty()) << "no partial output on failure";
    EXPECT_TRUE(shape.err.contains("ListServices: the answer's field serviceArns is a number"))
        << shape.err.toStdString();
}

TEST(CliOptions, EveryAwsCommandTakesTheSameConnectionOptions)
{
    // snapshot, metrics and logs share one --profile/--region/--endpoint-url set and connection setup.
    const QList<std::pair<QString, QStringList>> commands {
        { QStringLiteral("snapshot"), {} },
        { QStringLiteral("metrics"), { QStringLiteral("--cluster"), QStringLiteral("demo") } },
        { QStringLiteral("logs"),
            { QStringLiteral("--cluster"), QStringLiteral("demo"), QStringLiteral("--task"), QStringLiteral("t1") } },
    };
    QStringList firstHelp;
    for (const auto& [command, required] : commands) {
        SCOPED_TRACE(command.toStdString());
        const CliRun help = runCommand(command, { QStringLiteral("--help") });
        EXPECT_EQ(help.exitCode, 0);
        QStringList connectionLines;
        for (const QByteArray& line : help.out.split('\n')) {
            if (line.contains("--profile") || line.contains("--region") || line.contains("--endpoint-url"))
                connectionLines.append(QString::fromUtf8(line).simplified());
        }
        EXPECT_EQ(connectionLines.size(), 3) << help.out.toStdString();
        if (firstHelp.isEmpty())
            firstHelp = connectionLines;
        EXPECT_EQ(connectionLines, firstHelp);

        const CliRun badUrl = runCommand(
            command, required + QStringList { QStringLiteral("--endpoint-url"), QStringLiteral("not a url") });
        EXPECT_EQ(badUrl.exitCode, 2);
        EXPECT_EQ(badUrl.err.trimmed(),
            QStringLiteral("ecsdesk-cli %1: --endpoint-url 'not a url' is not a URL").arg(command).toUtf8());

        // Resolved like the AWS CLI: keys from the environment, but no region anywhere.
        const CliRun noRegion = runCommand(
            command, required + QStringList { QStringLiteral("--endpoint-url"), QStringLiteral("http://127.0.0.1:9") });
        EXPECT_EQ(noRegion.exitCode, 1);
        EXPECT_TRUE(noRegion.err.contains("NoRegion")) << noRegion.err.toStdString();
    }
}
