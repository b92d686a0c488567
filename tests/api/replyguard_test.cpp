// SPDX-License-Identifier: MIT
// ReplyGuard: replies are handed back only while their sender still wants them, and every reply is
// deleted, wanted or not. Real replies from the local endpoint.

#include "api/core/replyguard.h"
#include "api/ecs/ecsclient.h"
#include "common/localendpointsupport.h"

#include <QPointer>

#include <gtest/gtest.h>

using namespace EcsDesk;
using EcsDesk::Testing::TestEndpoint;
using EcsDesk::Testing::waitFor;

namespace {

/// Waits until `reply` is gone (finished and deleted).
bool deleted(const QPointer<Api::AwsReply>& reply)
{
    return waitFor([&reply] { return reply.isNull(); }, 30000);
}

} // namespace

TEST(ReplyGuard, AWantedAnswerIsHandedBackThenDeleted)
{
    TestEndpoint local;
    ASSERT_TRUE(local.isStarted()) << local.error().toStdString();
    Api::EcsClient ecs(local.config());
    Api::ReplyGuard guard;

    bool handed = false;
    QPointer<Api::AwsReply> reply = ecs.createCluster(Api::CreateClusterRequest { QStringLiteral("shop"), {} });
    guard.watch(reply, nullptr, [&handed](Api::AwsReply* finished) {
        handed = true;
        EXPECT_TRUE(finished->isOk());
        EXPECT_EQ(Api::ClusterResult::fromJson(finished->json()).cluster.name, QStringLiteral("shop"));
    });
    EXPECT_EQ(guard.pending(), 1);
    EXPECT_TRUE(deleted(reply));
    EXPECT_TRUE(handed);
    EXPECT_EQ(guard.pending(), 0);
}

TEST(ReplyGuard, AReplyArrivingAfterTheSessionChangedIsDroppedAndDeleted)
{
    TestEndpoint local;
    ASSERT_TRUE(local.isStarted()) << local.error().toStdString();
    Api::EcsClient ecs(local.config());
    Api::ReplyGuard guard;

    bool handed = false;
    QPointer<Api::AwsReply> reply = ecs.listClusters();
    guard.watch(reply, nullptr, [&handed](Api::AwsReply*) { handed = true; });
    guard.invalidate(); // the user switched to another connection
    EXPECT_EQ(guard.pending(), 0);
    EXPECT_TRUE(deleted(reply));
    EXPECT_FALSE(handed);

    // Replies sent after the change are wanted again.
    QPointer<Api::AwsReply> next = ecs.listClusters();
    guard.watch(next, nullptr, [&handed](Api::AwsReply*) { handed = true; });
    EXPECT_TRUE(deleted(next));
    EXPECT_TRUE(handed);
}

TEST(ReplyGuard, AGoneContextOrGuardDropsTheAnswerButStillDeletesTheReply)
{
    TestEndpoint local;
    ASSERT_TRUE(local.isStarted()) << local.error().toStdString();
    Api::EcsClient ecs(local.config());

    bool handed = false;
    auto* guard = new Api::ReplyGuard;
    auto* page = new QObject;
    QPointer<Api::AwsReply> forPage = ecs.listClusters();
    guard->watch(forPage, page, [&handed](Api::AwsReply*) { handed = true; });
    delete page; // the page was closed
    EXPECT_TRUE(deleted(forPage));
    EXPECT_FALSE(handed);

    QPointer<Api::AwsReply> orphan = ecs.listClusters();
    guard->watch(orphan, nullptr, [&handed](Api::AwsReply*) { handed = true; });
    delete guard; // the window went away
    EXPECT_TRUE(deleted(orphan));
    EXPECT_FALSE(handed);
}

TEST(ReplyGuard, FailuresComeWithOneErrorText)
{
    TestEndpoint local;
    ASSERT_TRUE(local.isStarted()) << local.error().toStdString();
    Api::EcsClient ecs(local.config());
    Api::ReplyGuard guard;

    bool succeeded = false;
    QString error;
    QPointer<Api::AwsReply> reply = ecs.deleteCluster(Api::DeleteClusterRequest { QStringLiteral("no-such-cluster") });
    guard.watch(
        reply, nullptr, [&succeeded](Api::AwsReply*) { succeeded = true; },
        [&error](const QString& text) { error = text; });
    EXPECT_TRUE(deleted(reply));
    EXPECT_FALSE(succeeded);
    EXPECT_TRUE(error.contains(QLatin1String("ClusterNotFoundException"))) << error.toStdString();
    EXPECT_EQ(Api::replyErrorText(nullptr), QStringLiteral("unknown error"));
}
