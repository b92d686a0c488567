#include "local/store/store.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace EcsDesk::Local;

namespace {
QJsonObject doc(int value) { return { { QStringLiteral("v"), value } }; }
} // namespace

TEST(LocalStore, CommittedWritesSurviveReopen)
{
    QTemporaryDir dir;
    {
        Store store;
        QString error;
        ASSERT_TRUE(store.open(dir.path(), &error)) << error.toStdString();
        store.begin();
        store.put(Kind::Cluster, QStringLiteral("a"), doc(1));
        store.put(Kind::Task, QStringLiteral("t"), doc(2));
        ASSERT_TRUE(store.commit(&error));
        store.begin();
        store.remove(Kind::Task, QStringLiteral("t"));
        ASSERT_TRUE(store.commit(&error));
    }
    Store reopened;
    QString error;
    ASSERT_TRUE(reopened.open(dir.path(), &error));
    ASSERT_NE(reopened.find(Kind::Cluster, QStringLiteral("a")), nullptr);
    EXPECT_EQ(reopened.find(Kind::Cluster, QStringLiteral("a"))->value(QStringLiteral("v")).toInt(), 1);
    EXPECT_EQ(reopened.find(Kind::Task, QStringLiteral("t")), nullptr);
}

TEST(LocalStore, RollbackUndoesMemoryAndDisk)
{
    QTemporaryDir dir;
    {
        Store store;
        QString error;
        ASSERT_TRUE(store.open(dir.path(), &error));
        store.begin();
        store.put(Kind::Service, QStringLiteral("s"), doc(1));
        ASSERT_TRUE(store.commit(&error));
        store.begin();
        store.put(Kind::Service, QStringLiteral("s"), doc(2));
        store.put(Kind::Service, QStringLiteral("new"), doc(3));
        store.remove(Kind::Service, QStringLiteral("s"));
        store.rollback();
        ASSERT_NE(store.find(Kind::Service, QStringLiteral("s")), nullptr);
        EXPECT_EQ(store.find(Kind::Service, QStringLiteral("s"))->value(QStringLiteral("v")).toInt(), 1);
        EXPECT_EQ(store.find(Kind::Service, QStringLiteral("new")), nullptr);
    }
    Store reopened;
    QString error;
    ASSERT_TRUE(reopened.open(dir.path(), &error));
    EXPECT_EQ(reopened.collection(Kind::Service).size(), 1u);
}

TEST(LocalStore, ChangedIsEmittedAfterCommitOnly)
{
    QTemporaryDir dir;
    Store store;
    QString error;
    ASSERT_TRUE(store.open(dir.path(), &error));
    QSignalSpy spy(&store, &Store::changed);
    store.begin();
    store.put(Kind::Task, QStringLiteral("x"), doc(1));
    EXPECT_EQ(spy.count(), 0);
    ASSERT_TRUE(store.commit(&error));
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy.at(0).at(1).toString(), QStringLiteral("x"));
    store.begin();
    store.put(Kind::Task, QStringLiteral("y"), doc(1));
    store.rollback();
    EXPECT_EQ(spy.count(), 1);
}

TEST(LocalStore, RefusesANewerSchema)
{
    QTemporaryDir dir;
    {
        Store store;
        QString error;
        ASSERT_TRUE(store.open(dir.path(), &error));
    }
    {
        // Pretend a future version wrote the file.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bump"));
        db.setDatabaseName(dir.filePath(QStringLiteral("endpoint.sqlite")));
        ASSERT_TRUE(db.open());
        QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version=99"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bump"));
    Store store;
    QString error;
    EXPECT_FALSE(store.open(dir.path(), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("99"))) << error.toStdString();
}

TEST(LocalStore, OrderedKeysGiveClusterRanges)
{
    QTemporaryDir dir;
    Store store;
    QString error;
    ASSERT_TRUE(store.open(dir.path(), &error));
    store.begin();
    for (const char* key : { "task/b/2", "task/a/1", "task/b/1", "task/c/1" })
        store.put(Kind::Task, QString::fromLatin1(key), doc(0));
    ASSERT_TRUE(store.commit(&error));
    const auto& tasks = store.collection(Kind::Task);
    QStringList inB;
    for (auto it = tasks.lower_bound(QStringLiteral("task/b/"));
         it != tasks.end() && it->first.startsWith(QStringLiteral("task/b/")); ++it)
        inB.append(it->first);
    EXPECT_EQ(inB, (QStringList { QStringLiteral("task/b/1"), QStringLiteral("task/b/2") }));
}
