// SPDX-License-Identifier: MIT
// The log view's model and awslogs source resolution.

#include "models/logs/logmodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using EcsDesk::Models::LogLine;
using EcsDesk::Models::LogModel;
using EcsDesk::Models::LogSource;

TEST(LogSource, ResolvesAwslogsStreamsAndExplainsOtherDrivers)
{
    const QJsonObject td = QJsonDocument::fromJson(R"({"containerDefinitions":[
        {"name":"web","logConfiguration":{"logDriver":"awslogs","options":{"awslogs-group":"/ecs/web",
            "awslogs-region":"us-east-1","awslogs-stream-prefix":"ecs"}}},
        {"name":"router","logConfiguration":{"logDriver":"awsfirelens","options":{"Name":"datadog"}}},
        {"name":"sidecar"},
        {"name":"noprefix","logConfiguration":{"logDriver":"awslogs","options":{"awslogs-group":"/ecs/x"}}},
        {"name":"splunk","logConfiguration":{"logDriver":"splunk","options":{}}}]})")
                               .object();
    const auto sources = LogSource::resolve(td, QStringLiteral("0123abcd"));
    ASSERT_EQ(sources.size(), 5);
    EXPECT_TRUE(sources[0].readable());
    EXPECT_EQ(sources[0].group, QStringLiteral("/ecs/web"));
    EXPECT_EQ(sources[0].stream, QStringLiteral("ecs/web/0123abcd"));
    for (int i = 1; i < 5; ++i) {
        EXPECT_FALSE(sources[i].readable()) << i;
        EXPECT_TRUE(sources[i].problem.contains(sources[i].container)) << sources[i].problem.toStdString();
    }
    EXPECT_TRUE(sources[1].problem.contains(QStringLiteral("FireLens")));
    EXPECT_TRUE(sources[1].problem.contains(QStringLiteral("datadog")));
    EXPECT_TRUE(sources[4].problem.contains(QStringLiteral("splunk")));
    EXPECT_TRUE(LogSource::resolve({}, QStringLiteral("x")).isEmpty());
}

TEST(LogModel, AppendPrependHighlightCopyAndSave)
{
    LogModel model;
    model.setUtc(true);
    const qint32 web = model.sourceIndex(QStringLiteral("web/1"));
    EXPECT_EQ(model.sourceIndex(QStringLiteral("web/1")), web);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.append(
        { { 1700000000000, web, QStringLiteral("GET / 200") }, { 1700000001000, web, QStringLiteral("ERROR boom") } });
    model.prepend({ { 1699999999000, web, QStringLiteral("starting") } });
    ASSERT_EQ(inserted.size(), 2);
    EXPECT_EQ(inserted[1][1].toInt(), 0);
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.data(model.index(0, LogModel::MessageColumn)).toString(), QStringLiteral("starting"));
    EXPECT_EQ(model.data(model.index(1, LogModel::TimeColumn)).toString(), QStringLiteral("2023-11-14 22:13:20.000"));
    EXPECT_EQ(model.data(model.index(1, LogModel::SourceColumn)).toString(), QStringLiteral("web/1"));
    model.setHighlight(QStringLiteral("error"));
    EXPECT_FALSE(model.data(model.index(1, 0), LogModel::HighlightRole).toBool());
    EXPECT_TRUE(model.data(model.index(2, 0), LogModel::HighlightRole).toBool());
    // Which lines match is the model's; how they look is the pane's (models/ has no colours).
    EXPECT_FALSE(model.data(model.index(2, 2), Qt::BackgroundRole).isValid());
    EXPECT_EQ(model.text({ 2 }), QStringLiteral("2023-11-14 22:13:21.000\tweb/1\tERROR boom\n"));
    QTemporaryDir dir;
    QString error;
    ASSERT_TRUE(model.save(dir.filePath(QStringLiteral("out.log")), &error)) << error.toStdString();
    QFile file(dir.filePath(QStringLiteral("out.log")));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll().count('\n'), 3);
    EXPECT_FALSE(model.save(dir.filePath(QStringLiteral("missing/dir/out.log")), &error));
    EXPECT_FALSE(error.isEmpty());
}

TEST(LogModel, MergesInterleavedBatchesInPlaceRunByRun)
{
    LogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const qint32 a = model.sourceIndex(QStringLiteral("web/a"));
    const qint32 b = model.sourceIndex(QStringLiteral("web/b"));
    QList<LogLine> streamA;
    for (int i = 0; i <= 100; ++i)
        streamA.append({ 1000LL * i * 10, a, QStringLiteral("a%1").arg(i) });
    model.merge(streamA);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    // Stream B's poll: 5 s after each of A's first ten lines, one at A's 20th timestamp (goes after
    // it), and one past the end; given out of order.
    QList<LogLine> batch;
    for (int i = 9; i >= 0; --i)
        batch.append({ 1000LL * (i * 10 + 5), b, QStringLiteral("b%1").arg(i) });
    batch.append({ 1000LL * 200, b, QStringLiteral("b-same-time") });
    batch.append({ 1000LL * 5000, b, QStringLiteral("b-last") });
    model.merge(batch);
    EXPECT_EQ(reset.size(), 0);
    ASSERT_EQ(inserted.size(), 12); // each line between other held lines is its own run
    EXPECT_EQ(inserted[0][1].toInt(), 1); // b0 after a0
    EXPECT_EQ(inserted[0][2].toInt(), 1);
    ASSERT_EQ(model.rowCount(), 101 + 12);
    EXPECT_EQ(model.lines()[1].message, QStringLiteral("b0"));
    EXPECT_EQ(model.lines()[19].message, QStringLiteral("b9"));
    EXPECT_EQ(model.lines()[30].message, QStringLiteral("a20"));
    EXPECT_EQ(model.lines()[31].message, QStringLiteral("b-same-time")); // after the held line of that time
    EXPECT_EQ(model.lines().last().message, QStringLiteral("b-last"));

    // Several lines between the same two held lines are one run.
    inserted.clear();
    model.merge({ { 1000LL * 301, b, QStringLiteral("c1") }, { 1000LL * 302, b, QStringLiteral("c2") },
        { 1000LL * 303, b, QStringLiteral("c3") } });
    ASSERT_EQ(inserted.size(), 1);
    EXPECT_EQ(inserted[0][2].toInt() - inserted[0][1].toInt(), 2);

    // An older page goes before held lines of the same time (the stream's earlier events).
    model.merge({ { 0, b, QStringLiteral("older-same-time") } }, true);
    EXPECT_EQ(model.lines().first().message, QStringLiteral("older-same-time"));
    model.merge({ { 1000LL * 10, b, QStringLiteral("older-mid") } }, true);
    EXPECT_EQ(model.lines()[3].message, QStringLiteral("older-mid")); // before a1 (10 s)
    EXPECT_EQ(model.lines()[4].message, QStringLiteral("a1"));
    EXPECT_TRUE(std::is_sorted(model.lines().cbegin(), model.lines().cend(),
        [](const LogLine& x, const LogLine& y) { return x.timestamp < y.timestamp; }));
}

TEST(LogModel, MergeEqualsAStableSortOfEverythingReceived)
{
    LogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QRandomGenerator random(8);
    QList<LogLine> everything;
    qint64 clock = 1700000000000;
    for (int poll = 0; poll < 60; ++poll) {
        // Three streams polled in turn; each batch overlaps the recent past of the others.
        const qint32 source = poll % 3;
        QList<LogLine> batch;
        qint64 t = clock - qint64(random.bounded(5000));
        for (int i = 0; i < int(random.bounded(40)); ++i) {
            t += qint64(random.bounded(300));
            batch.append({ t, source, QStringLiteral("s%1 p%2 #%3").arg(source).arg(poll).arg(i) });
        }
        clock += 1000;
        everything.append(batch);
        model.merge(batch);
    }
    std::stable_sort(everything.begin(), everything.end(),
        [](const LogLine& x, const LogLine& y) { return x.timestamp < y.timestamp; });
    EXPECT_EQ(model.lines(), everything);
}
