// SPDX-License-Identifier: MIT
// LogsPane offscreen against the local endpoint: events of every readable source in one view,
// a clear message for a FireLens container instead of an empty view, follow mode, and a filter
// pattern search with highlighted matches; copy text of the selection.

#include "api/ecs/ecsclient.h"
#include "api/logs/logsclient.h"
#include "common/localendpointsupport.h"
#include "common/testutil.h"
#include "local/localendpoint.h"
#include "ui/logs/logspane.h"

#include <QImage>
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
    TestEndpoint local;
    ASSERT_TRUE(local.isStarted()) << local.error().toStdString();
    const Api::ClientConfig config = local.config();
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

TEST(LogsPane, FollowMergesInterleavedStreamsWithoutDuplicatesGapsOrResets)
{
    TestEndpoint local;
    ASSERT_TRUE(local.isStarted()) << local.error().toStdString();
    const Api::ClientConfig config = local.config();
    Api::LogsClient logs(config);
    const auto call = [&](const QString& op, const QJsonObject& input) {
        Api::AwsReply* reply = logs.call(op, input);
        EXPECT_TRUE(waitFor([reply] { return reply->isFinished(); }, 30000));
        reply->deleteLater();
        EXPECT_TRUE(reply->isOk()) << op.toStdString() << " " << reply->error()->toString().toStdString();
    };
    const QString group = QStringLiteral("/ecs/api");
    call(QStringLiteral("CreateLogGroup"), { { QStringLiteral("logGroupName"), group } });
    const QJsonObject td = QJsonDocument::fromJson(R"({"containerDefinitions":[
        {"name":"api","logConfiguration":{"logDriver":"awslogs","options":{"awslogs-group":"/ecs/api","awslogs-stream-prefix":"ecs"}}}]})")
                               .object();
    QList<Models::LogSource> sources = Models::LogSource::resolve(td, QStringLiteral("taska"));
    sources.append(Models::LogSource::resolve(td, QStringLiteral("taskb")));
    for (const Models::LogSource& source : std::as_const(sources))
        call(QStringLiteral("CreateLogStream"),
            { { QStringLiteral("logGroupName"), group }, { QStringLiteral("logStreamName"), source.stream } });

    // Both tasks log every 100 ms, task b 50 ms after task a: each poll's batch of one stream
    // interleaves line by line with the other stream's lines of the same second.
    struct Expected {
        qint64 timestamp;
        QString message;
    };
    QList<Expected> expected;
    const qint64 base = QDateTime::currentMSecsSinceEpoch() - 60000;
    const auto put = [&](int stream, int round) {
        QJsonArray events;
        for (int i = 0; i < 5; ++i) {
            const qint64 t = base + round * 1000 + i * 100 + stream * 50;
            const QString text = QStringLiteral("task %1 round %2 line %3").arg(stream).arg(round).arg(i);
            events.append(
                QJsonObject { { QStringLiteral("timestamp"), double(t) }, { QStringLiteral("message"), text } });
            expected.append({ t, text });
        }
        call(QStringLiteral("PutLogEvents"),
            { { QStringLiteral("logGroupName"), group }, { QStringLiteral("logStreamName"), sources[stream].stream },
                { QStringLiteral("logEvents"), events } });
    };
    put(0, 0);
    put(1, 0);

    Ui::LogsPane pane;
    pane.resize(900, 500);
    pane.show();
    pane.setSources(&logs, sources);
    ASSERT_TRUE(waitFor([&] { return pane.model()->rowCount() == 10; }, 30000)) << pane.model()->rowCount();
    pane.setFollowing(true);
    QSignalSpy reset(pane.model(), &QAbstractItemModel::modelReset);
    int insertedInside = 0; // runs that went between lines already shown
    QObject::connect(pane.model(), &QAbstractItemModel::rowsInserted, &pane,
        [&](const QModelIndex&, int, int last) { insertedInside += last < pane.model()->rowCount() - 1 ? 1 : 0; });

    for (int round = 1; round <= 3; ++round) {
        put(round % 2, round); // one stream first, then the other (alternating)
        put(1 - round % 2, round);
        const int want = int(expected.size());
        ASSERT_TRUE(waitFor([&] { return pane.model()->rowCount() >= want; }, 60000))
            << "round " << round << ": " << pane.model()->rowCount();
        std::stable_sort(expected.begin(), expected.end(),
            [](const Expected& a, const Expected& b) { return a.timestamp < b.timestamp; });
        // Every event once, in time order: no duplicate, nothing skipped.
        const auto& lines = pane.model()->lines();
        ASSERT_EQ(lines.size(), expected.size()) << "round " << round;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            EXPECT_EQ(lines[i].timestamp, expected[i].timestamp) << i;
            EXPECT_EQ(lines[i].message, expected[i].message) << i;
        }
    }
    EXPECT_EQ(reset.size(), 0); // merged in place, never re-sorted with a reset
    EXPECT_GT(insertedInside, 0); // batches went between the other stream's lines
}

// A task that has not logged yet: its group or stream does not exist (ResourceNotFoundException).
// The pane says "No log events yet" instead of an error, and shows the lines once they come.
TEST(LogsPane, MissingGroupOrStreamReadsNoLogEventsYetThenShowsTheLines)
{
    TestEndpoint local;
    ASSERT_TRUE(local.isStarted()) << local.error().toStdString();
    const Api::ClientConfig config = local.config();
    Api::LogsClient logs(config);
    const auto call = [&](const QString& op, const QJsonObject& input) {
        Api::AwsReply* reply = logs.call(op, input);
        EXPECT_TRUE(waitFor([reply] { return reply->isFinished(); }, 30000));
        reply->deleteLater();
        EXPECT_TRUE(reply->isOk()) << op.toStdString() << " " << reply->error()->toString().toStdString();
    };
    // Group /ecs/new exists without the task's stream; group /ecs/none does not exist at all.
    call(QStringLiteral("CreateLogGroup"), { { QStringLiteral("logGroupName"), QStringLiteral("/ecs/new") } });
    const QJsonObject td = QJsonDocument::fromJson(R"({"containerDefinitions":[
        {"name":"app","logConfiguration":{"logDriver":"awslogs","options":{"awslogs-group":"/ecs/new","awslogs-stream-prefix":"ecs"}}},
        {"name":"side","logConfiguration":{"logDriver":"awslogs","options":{"awslogs-group":"/ecs/none","awslogs-stream-prefix":"ecs"}}}]})")
                               .object();
    const QList<Models::LogSource> sources = Models::LogSource::resolve(td, QStringLiteral("task1"));
    ASSERT_EQ(sources.size(), 2);

    Ui::LogsPane pane;
    pane.resize(900, 500);
    pane.show();
    pane.setSources(&logs, sources);
    auto* message = pane.findChild<QLabel*>(QStringLiteral("logsMessage"));
    ASSERT_NE(message, nullptr);
    ASSERT_TRUE(waitFor([&] { return message->text().contains(QStringLiteral("No log events yet")); }, 30000))
        << message->text().toStdString();
    EXPECT_FALSE(message->isHidden());
    EXPECT_TRUE(pane.problemText().isEmpty()) << pane.problemText().toStdString();
    EXPECT_FALSE(message->text().contains(QStringLiteral("ResourceNotFoundException")))
        << message->text().toStdString();
    EXPECT_EQ(pane.model()->rowCount(), 0);
    // Searching streams that do not exist finds nothing, without an error.
    QSignalSpy searched(&pane, &Ui::LogsPane::searchFinished);
    pane.search(QStringLiteral("ERROR"));
    ASSERT_TRUE(waitFor([&] { return !searched.isEmpty(); }, 30000));
    EXPECT_EQ(searched.first().first().toInt(), 0);
    EXPECT_TRUE(pane.problemText().isEmpty()) << pane.problemText().toStdString();
    pane.search(QString());

    // The task logs: the stream appears and its lines show; the notice goes.
    call(QStringLiteral("CreateLogStream"),
        { { QStringLiteral("logGroupName"), QStringLiteral("/ecs/new") },
            { QStringLiteral("logStreamName"), sources[0].stream } });
    QJsonArray events;
    const qint64 t0 = QDateTime::currentMSecsSinceEpoch() - 10000;
    for (int i = 0; i < 3; ++i)
        events.append(QJsonObject { { QStringLiteral("timestamp"), double(t0 + i) },
            { QStringLiteral("message"), QStringLiteral("started %1").arg(i) } });
    call(QStringLiteral("PutLogEvents"),
        { { QStringLiteral("logGroupName"), QStringLiteral("/ecs/new") },
            { QStringLiteral("logStreamName"), sources[0].stream }, { QStringLiteral("logEvents"), events } });
    pane.setFollowing(true);
    ASSERT_TRUE(waitFor([&] { return pane.model()->rowCount() == 3; }, 60000)) << pane.model()->rowCount();
    EXPECT_FALSE(message->text().contains(QStringLiteral("No log events yet"))) << message->text().toStdString();
    EXPECT_TRUE(pane.problemText().isEmpty()) << pane.problemText().toStdString();
}

TEST(LogsPane, SearchMatchesArePaintedInThePanesHighlightColour)
{
    Ui::LogsPane pane;
    pane.resize(900, 300);
    pane.show();
    // The pane fills its model from CloudWatch Logs; here the lines go in directly.
    auto* model = const_cast<Models::LogModel*>(pane.model());
    const qint32 web = model->sourceIndex(QStringLiteral("web/1"));
    model->merge(
        { { 1700000000000, web, QStringLiteral("ERROR boom") }, { 1700000001000, web, QStringLiteral("ok") } });
    model->setHighlight(QStringLiteral("error"));

    QTableView* view = pane.view();
    const QRect match = view->visualRect(model->index(0, Models::LogModel::MessageColumn));
    const QRect other = view->visualRect(model->index(1, Models::LogModel::MessageColumn));
    const QImage shot = view->viewport()->grab().toImage();
    const QPoint past(match.right() - 4, 0); // right of the message text: only background
    EXPECT_EQ(shot.pixelColor(past.x(), match.center().y()), Ui::LogsPane::highlightColour(view->palette()));
    EXPECT_NE(shot.pixelColor(past.x(), other.center().y()), Ui::LogsPane::highlightColour(view->palette()));
}
