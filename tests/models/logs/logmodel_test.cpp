// The log view's model and awslogs source resolution.

#include "models/logs/logmodel.h"

#include <QJsonArray>
#include <QJsonDocument>
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
    EXPECT_TRUE(model.data(model.index(2, 2), Qt::BackgroundRole).isValid());
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
