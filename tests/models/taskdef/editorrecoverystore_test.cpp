// SPDX-License-Identifier: MIT
#include "models/taskdef/editorrecoverystore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace EcsDesk;
using Models::EditorRecoveryStore;
using Models::RecoveryDraft;

namespace {

RecoveryDraft draft(const QString& family)
{
    RecoveryDraft result;
    result.sourceRevisionArn = QStringLiteral("arn:aws:ecs:us-east-1:123456789012:task-definition/web:3");
    result.source = QJsonObject { { QStringLiteral("family"), QStringLiteral("web") } };
    result.definition = QJsonObject { { QStringLiteral("family"), family } };
    return result;
}

} // namespace

TEST(EditorRecoveryStore, WritesADraftOnlyItsOwnerCanReadAndReadsItBack)
{
    QTemporaryDir dir;
    const EditorRecoveryStore store(dir.filePath(QStringLiteral("not/yet/there")));
    EXPECT_TRUE(store.list().isEmpty());
    const QString file = store.write(draft(QStringLiteral("unsaved")));
    ASSERT_FALSE(file.isEmpty());
    EXPECT_TRUE(file.startsWith(store.directory()));
    EXPECT_EQ(QFile::permissions(file) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    EXPECT_EQ(QFileInfo(file).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), 0);

    const std::optional<RecoveryDraft> read = EditorRecoveryStore::read(file);
    ASSERT_TRUE(read.has_value());
    EXPECT_EQ(read->sourceRevisionArn, draft({}).sourceRevisionArn);
    EXPECT_EQ(read->source, draft({}).source);
    EXPECT_EQ(read->definition.value(QStringLiteral("family")).toString(), QStringLiteral("unsaved"));
    EXPECT_TRUE(read->savedAt.isValid());
}

TEST(EditorRecoveryStore, RewritingKeepsOneFileAndRemovingEmptiesTheList)
{
    QTemporaryDir dir;
    const EditorRecoveryStore store(dir.path());
    const QString file = store.write(draft(QStringLiteral("first")));
    ASSERT_FALSE(file.isEmpty());
    EXPECT_EQ(store.write(draft(QStringLiteral("second")), file), file);
    EXPECT_EQ(store.list(), QStringList { file });
    EXPECT_EQ(EditorRecoveryStore::read(file)->definition.value(QStringLiteral("family")).toString(),
        QStringLiteral("second"));
    const QString other = store.write(draft(QStringLiteral("other")));
    EXPECT_EQ(store.list().size(), 2);
    EXPECT_TRUE(EditorRecoveryStore::remove(file));
    EXPECT_FALSE(QFile::exists(file));
    EXPECT_EQ(store.list(), QStringList { other });
}

TEST(EditorRecoveryStore, FilesWithoutADefinitionAreNotDrafts)
{
    QTemporaryDir dir;
    QFile garbage(dir.filePath(QStringLiteral("garbage.json")));
    ASSERT_TRUE(garbage.open(QIODevice::WriteOnly));
    garbage.write("{ not json");
    garbage.close();
    EXPECT_FALSE(EditorRecoveryStore::read(garbage.fileName()).has_value());
    EXPECT_FALSE(EditorRecoveryStore::read(dir.filePath(QStringLiteral("missing.json"))).has_value());
}

TEST(EditorRecoveryStore, AnUnwritableFolderGivesNoFile)
{
    QTemporaryDir dir;
    QFile blocker(dir.filePath(QStringLiteral("file")));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const EditorRecoveryStore store(dir.filePath(QStringLiteral("file/recovery")));
    EXPECT_TRUE(store.write(draft(QStringLiteral("x"))).isEmpty());
}
