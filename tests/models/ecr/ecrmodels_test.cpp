// SPDX-License-Identifier: MIT
#include "models/ecr/ecrmodels.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace EcsDesk;
using namespace EcsDesk::Models;
using namespace Qt::Literals::StringLiterals;

namespace {
Api::EcrRepository repository(const QString& name, bool scanOnPush = false)
{
    Api::EcrRepository r;
    r.name = name;
    r.arn = "arn:aws:ecr:us-east-1:123456789012:repository/"_L1 + name;
    r.uri = "123456789012.dkr.ecr.us-east-1.amazonaws.com/"_L1 + name;
    r.tagMutability = u"MUTABLE"_s;
    r.scanOnPush = scanOnPush;
    return r;
}

Api::EcrImage image(const QString& digest, const QStringList& tags, qint64 size, int critical = -1)
{
    Api::EcrImage i;
    i.digest = digest;
    i.tags = tags;
    i.sizeInBytes = size;
    i.pushedAt = QDateTime(QDate(2026, 11, 20), QTime(8, 0), Qt::UTC);
    if (critical >= 0) {
        i.scanStatus = u"COMPLETE"_s;
        if (critical > 0)
            i.findingCounts.insert(u"CRITICAL"_s, critical);
    }
    return i;
}
} // namespace

TEST(EcrRepositoryModel, ShowsCountsAndSizesOnceImagesArriveAndRefreshesAsADiff)
{
    EcrRepositoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRepositories({ repository(u"api"_s, true), repository(u"web"_s) });
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.index(0, EcrRepositoryModel::ImagesColumn).data().toString(), QString());
    EXPECT_EQ(model.index(0, EcrRepositoryModel::ScanOnPushColumn).data().toString(), "On"_L1);
    EXPECT_EQ(model.index(0, 0).data(ArnRole).toString(), "arn:aws:ecr:us-east-1:123456789012:repository/api"_L1);

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setImages(u"api"_s, { image(u"sha256:1"_s, { u"1.0"_s }, 2'500'000), image(u"sha256:2"_s, {}, 500'000) });
    EXPECT_EQ(model.index(0, EcrRepositoryModel::ImagesColumn).data().toString(), "2"_L1);
    EXPECT_EQ(model.index(0, EcrRepositoryModel::SizeColumn).data().toString(), "3.0 MB"_L1);
    EXPECT_EQ(model.index(0, EcrRepositoryModel::SizeColumn).data(SortRole).toLongLong(), 3'000'000);
    EXPECT_EQ(reset.size(), 0);
    EXPECT_EQ(changed.size(), 1);

    // A new listing keeps the counts and removes a vanished repository without a reset.
    model.setRepositories({ repository(u"api"_s, true) });
    EXPECT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.index(0, EcrRepositoryModel::ImagesColumn).data().toString(), "2"_L1);
    EXPECT_EQ(reset.size(), 0);
    EXPECT_EQ(model.headerData(EcrRepositoryModel::UriColumn, Qt::Horizontal, ColumnKeyRole).toString(), "URI"_L1);
}

TEST(EcrImageModel, ShowsTagsFindingsAndUsersAndResetsOnlyForAnotherRepository)
{
    EcrImageModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setImages(u"api"_s,
        { { image(u"sha256:1"_s, { u"1.2"_s, u"latest"_s }, 1'200, 2), { u"api:3 (api)"_s } },
            { image(u"sha256:2"_s, {}, 10), {} } });
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.index(0, EcrImageModel::TagsColumn).data().toString(), "1.2, latest"_L1);
    EXPECT_EQ(model.index(1, EcrImageModel::TagsColumn).data().toString(), "<untagged>"_L1);
    EXPECT_EQ(model.index(0, EcrImageModel::CriticalColumn).data().toString(), "2"_L1);
    EXPECT_EQ(model.index(0, EcrImageModel::HighColumn).data().toString(), "0"_L1);
    EXPECT_EQ(model.index(1, EcrImageModel::CriticalColumn).data().toString(), QString()); // never scanned
    EXPECT_EQ(model.index(0, EcrImageModel::UsedByColumn).data().toString(), "api:3 (api)"_L1);
    EXPECT_EQ(model.index(0, EcrImageModel::SizeColumn).data().toString(), "1.2 kB"_L1);
    EXPECT_EQ(model.index(0, EcrImageModel::PushedColumn).data(ExportRole).toString(), "2026-11-20T08:00:00Z"_L1);

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.setImages(u"api"_s, { { image(u"sha256:1"_s, { u"1.2"_s, u"latest"_s }, 1'200, 2), { u"api:3 (api)"_s } } });
    EXPECT_EQ(reset.size(), 0);
    EXPECT_EQ(removed.size(), 1);
    model.setImages(u"web"_s, {});
    EXPECT_EQ(reset.size(), 1);
    EXPECT_EQ(model.rowCount(), 0);
}
