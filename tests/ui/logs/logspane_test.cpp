// LogsPane offscreen against the local endpoint: events of every readable source in one view,
// a clear message for a FireLens container instead of an empty view, follow mode, and a filter
// pattern search with highlighted matches; copy text of the selection.

#include "api/ecs/ecsclient.h"
#include "api/logs/logsclient.h"
#include "common/testutil.h"
#include "local/localendpoint.h"
#include "ui/logs/logspane.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace EcsDesk;
using namespace EcsDesk::Testing;

TEST(LogsPane, ShowsFollowsSearchesAndExplainsFireLens)
{
    QTemporaryDir dir;
    Local::LocalEndpoint endpoint;
    Local::LocalEndpointOptions options;
    options.dataDir = dir.path();
    QString error;
    ASSERT_TRUE(endpoint.start(options, &error)) << error.toStdString();
    Api::AwsTransport transport;
    Api::ClientConfig config;
    config.transport = &transport;
    config.region = "us-east-1";
    config.endpointUrl = endpoint.url();
    config.credentials = std::make_shared<Api::StaticCredentialsProvider>(endpoint.credentials(), QStringLiteral("l"));
    Api::LogsClient logs(config);
    const auto call = [&](const QString& op, const QJsonObject& input) {
        Api::AwsReply* reply = logs.call(op, input);
        EXPECT_TRUE(waitFor([reply] { return reply->isFinished(); }, 30000));
        reply->deleteLater();
        EXPECT_TRUE(reply->isOk()) << op.toStdString() << " " << reply->error()->toString().toStdString();
    };
    const QString group = QStringLiteral("/ecs/web");
    const QStringList streams { QStringLiteral("ecs/web/task1"), QStringLiteral("ecs/web/task2") };
    call(QStringLiteral("CreateLogGroup"), { { QStringLiteral("logGroupName"), group } });
    const qint64 t0 = QDateTime::currentMSecsSinceEpoch() - 60000;
    const auto put = [&](const QString& stream, int from, int count, qint64 at) {
        QJsonArray events;
        for (int i = from; i < from + count; ++i)
            events.append(QJsonObject { { QStringLiteral("timestamp"), double(at + i * 10) },
                { QStringLiteral("message"),
                    i % 4 == 0 ? QStringLiteral("ERROR request %1 failed").arg(i)
                               : QStringLiteral("GET /cart %1").arg(i) } });
        call(QStringLiteral("PutLogEvents"),
            { { QStringLiteral("logGroupName"), group }, { QStringLiteral("logStreamName"), stream },
                { QStringLiteral("logEvents"), events } });
    };
    for (const QString& stream : streams)
        call(QStringLiteral("CreateLogStream"),
            { { QStringLiteral("logGroupName"), group }, { QStringLiteral("logStreamName"), stream } });
    put(streams[0], 0, 20, t0);
    put(streams[1], 0, 12, t0 + 5);

    const QJsonObject td = QJsonDocument::fromJson(R"({"containerDefinitions":[
        {"name":"web","logConfiguration":{"logDriver":"awslogs","options":{"awslogs-group":"/ecs/web","awslogs-stream-prefix":"ecs"}}},
        {"name":"log_router","logConfiguration":{"logDriver":"awsfirelens","options":{"Name":"cloudwatch"}}}]})")
                               .object();
    QList<Models::LogSource> sources = Models::LogSource::resolve(td, QStringLiteral("task1"));
    sources.append(Models::LogSource::resolve(td, QStringLiteral("task2")).first());

    Ui::LogsPane pane;
    pane.resize(900, 500);
    pane.show();
    pane.setSources(&logs, sources);
    EXPECT_TRUE(pane.problemText().contains(QStringLiteral("FireLens"))) << pane.problemText().toStdString();
    auto* message = pane.findChild<QLabel*>(QStringLiteral("logsMessage"));
    ASSERT_NE(message, nullptr);
    EXPECT_FALSE(message->isHidden());
    ASSERT_TRUE(waitFor([&] { return pane.model()->rowCount() == 32; }, 30000)) << pane.model()->rowCount();
    const auto& lines = pane.model()->lines();
    EXPECT_TRUE(std::is_sorted(lines.cbegin(), lines.cend(),
        [](const Models::LogLine& a, const Models::LogLine& b) { return a.timestamp < b.timestamp; }));

    // Follow: new events of both streams arrive, once each.
    pane.setFollowing(true);
    put(streams[0], 20, 5, t0);
    put(streams[1], 12, 3, t0 + 5);
    ASSERT_TRUE(waitFor([&] { return pane.model()->rowCount() == 40; }, 90000)) << pane.model()->rowCount();
    pane.setFollowing(false);

    // Search: FilterLogEvents over both streams, matches highlighted.
    QSignalSpy searched(&pane, &Ui::LogsPane::searchFinished);
    pane.search(QStringLiteral("ERROR"));
    ASSERT_TRUE(waitFor([&] { return !searched.isEmpty(); }, 30000));
    EXPECT_EQ(searched.first().first().toInt(), 7 + 4); // i % 4 == 0 in 0..24 and 0..14
    ASSERT_EQ(pane.model()->rowCount(), 11);
    for (int row = 0; row < 11; ++row)
        EXPECT_TRUE(pane.model()->data(pane.model()->index(row, 0), Models::LogModel::HighlightRole).toBool());
    EXPECT_TRUE(pane.model()->text({ 0 }).contains(QStringLiteral("ERROR request")));

    const QString shot = qEnvironmentVariable("ECSDESK_LOGS_SCREENSHOT");
    if (!shot.isEmpty()) {
        EXPECT_TRUE(pane.grab().save(shot, "PNG"));
    }
}
