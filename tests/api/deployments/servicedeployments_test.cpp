// SPDX-License-Identifier: MIT
// Api::ServiceDeployment / ServiceRevision decoded from the answers the ECS documentation shows
// (fixtures/SOURCES.md), the request ListServiceDeployments sends, and Models::DeploymentHistory's
// rows, diff and rollback plan over a history built from those answers.

#include "api/ecs/servicedeployments.h"
#include "common/testutil.h"
#include "models/deployments/deploymenthistory.h"

#include <QFile>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace EcsDesk;

namespace {

QString s(const char* text) { return QString::fromUtf8(text); }

QJsonObject fixture(const char* name)
{
    QFile in(Testing::sourceDir() + s("/tests/api/deployments/fixtures/") + s(name));
    EXPECT_TRUE(in.open(QIODevice::ReadOnly)) << name;
    return QJsonDocument::fromJson(in.readAll()).object();
}

const QString revision1 = s("arn:aws:ecs:us-east-1:123456789012:service-revision/example-cluster/example-service/"
                            "1485800978477494678");
const QString revision2 = s("arn:aws:ecs:us-east-1:123456789012:service-revision/example-cluster/example-service/"
                            "2093412771140553309");

} // namespace

TEST(ServiceDeployments, ListPageFromTheDocumentedAnswer)
{
    const auto page = Api::ServiceDeploymentPage::fromJson(fixture("list-service-deployments.json"));
    ASSERT_EQ(page.deployments.size(), 1);
    EXPECT_TRUE(page.nextToken.isEmpty());
    const Api::ServiceDeploymentBrief& brief = page.deployments.first();
    EXPECT_EQ(brief.arn.section(u'/', -1), s("ejGvqq2ilnbKT9qj0vLJe"));
    EXPECT_EQ(brief.status, s("SUCCESSFUL"));
    EXPECT_EQ(brief.targetServiceRevisionArn, revision1);
    EXPECT_EQ(brief.clusterArn, s("arn:aws:ecs:us-east-1:123456789012:cluster/example-cluster"));
    // "2024-10-31T08:03:32.510000-04:00" (the CLI's rendering) is 12:03:32.510 UTC.
    EXPECT_EQ(brief.startedAt, QDateTime(QDate(2024, 10, 31), QTime(12, 3, 32, 510), Qt::UTC));
    EXPECT_EQ(brief.finishedAt, QDateTime(QDate(2024, 10, 31), QTime(12, 5, 4, 527), Qt::UTC));
    EXPECT_LT(brief.createdAt, brief.startedAt);
}

TEST(ServiceDeployments, DescribeFromTheDocumentedAnswer)
{
    const auto answer = Api::ServiceDeployments::deploymentsFromJson(fixture("describe-service-deployments.json"));
    ASSERT_EQ(answer.items.size(), 1);
    EXPECT_TRUE(answer.failures.isEmpty());
    const Api::ServiceDeployment& d = answer.items.first();
    EXPECT_EQ(d.status, s("SUCCESSFUL"));
    EXPECT_FALSE(d.inProgress());
    EXPECT_FALSE(d.rolledBack());
    EXPECT_TRUE(d.sourceServiceRevisions.isEmpty());
    ASSERT_TRUE(d.targetServiceRevision.has_value());
    EXPECT_EQ(d.targetServiceRevision->arn, revision1);
    EXPECT_EQ(d.targetServiceRevision->requestedTaskCount, 1);
    EXPECT_EQ(d.targetServiceRevision->runningTaskCount, 1);
    EXPECT_EQ(d.targetServiceRevision->pendingTaskCount, 0);
    EXPECT_EQ(d.circuitBreakerStatus, s("MONITORING_COMPLETE"));
    EXPECT_EQ(d.circuitBreakerThreshold, 3);
    EXPECT_EQ(d.alarmsStatus, s("DISABLED"));
    EXPECT_EQ(d.deploymentConfiguration.value(s("maximumPercent")).toInt(), 200);
    EXPECT_EQ(d.trigger(), Api::ServiceDeployment::Trigger::User);
    EXPECT_EQ(d.brief().targetServiceRevisionArn, revision1);
    EXPECT_TRUE(d.updatedAt.isValid());
}

TEST(ServiceDeployments, CircuitBreakerRollbackFromWireTimestamps)
{
    const auto answer
        = Api::ServiceDeployments::deploymentsFromJson(fixture("describe-service-deployments-rollback.json"));
    ASSERT_EQ(answer.items.size(), 1);
    ASSERT_EQ(answer.failures.size(), 1);
    EXPECT_EQ(answer.failures.first().reason, s("MISSING"));
    const Api::ServiceDeployment& d = answer.items.first();
    EXPECT_EQ(d.status, s("ROLLBACK_SUCCESSFUL"));
    EXPECT_TRUE(d.rolledBack());
    EXPECT_EQ(d.trigger(), Api::ServiceDeployment::Trigger::CircuitBreaker);
    EXPECT_EQ(Api::ServiceDeployment::triggerName(d.trigger()), s("circuit-breaker"));
    EXPECT_EQ(d.rollbackServiceRevisionArn, revision1);
    EXPECT_EQ(d.circuitBreakerFailureCount, 3);
    EXPECT_EQ(d.createdAt.toMSecsSinceEpoch(), 1730390000125);
    EXPECT_EQ(d.rollbackStartedAt.toMSecsSinceEpoch(), 1730390300000);
    ASSERT_EQ(d.sourceServiceRevisions.size(), 1);
    EXPECT_EQ(d.sourceServiceRevisions.first().runningTaskCount, 2);
}

TEST(ServiceDeployments, TriggersFromStatusAndReasons)
{
    Api::ServiceDeployment d;
    d.status = s("ROLLBACK_IN_PROGRESS");
    EXPECT_TRUE(d.inProgress());
    d.alarmsStatus = s("TRIGGERED");
    d.triggeredAlarmNames = { s("high-5xx") };
    EXPECT_EQ(d.trigger(), Api::ServiceDeployment::Trigger::Alarm);
    Api::ServiceDeployment scaled;
    scaled.statusReason = s("Started by Application Auto Scaling");
    EXPECT_EQ(scaled.trigger(), Api::ServiceDeployment::Trigger::AutoScaling);
    for (const char* status : { "PENDING", "IN_PROGRESS", "STOP_REQUESTED", "ROLLBACK_REQUESTED" })
        EXPECT_TRUE(Api::ServiceDeployment::isInProgressStatus(s(status))) << status;
    for (const char* status : { "SUCCESSFUL", "STOPPED", "ROLLBACK_SUCCESSFUL", "ROLLBACK_FAILED" })
        EXPECT_FALSE(Api::ServiceDeployment::isInProgressStatus(s(status))) << status;
}

TEST(ServiceDeployments, RevisionFromTheDocumentedAnswer)
{
    const auto answer = Api::ServiceDeployments::revisionsFromJson(fixture("describe-service-revisions.json"));
    ASSERT_EQ(answer.items.size(), 1);
    const Api::ServiceRevision& r = answer.items.first();
    EXPECT_EQ(r.arn, revision1);
    EXPECT_EQ(r.taskDefinition, s("arn:aws:ecs:us-east-1:123456789012:task-definition/webserver:5"));
    EXPECT_EQ(r.taskDefinitionName(), s("webserver:5"));
    EXPECT_EQ(r.platformVersion, s("1.4.0"));
    ASSERT_EQ(r.containerImages.size(), 2);
    EXPECT_EQ(r.containerImages.at(1).containerName, s("web"));
    EXPECT_EQ(r.containerImages.at(1).image, s("nginx"));
    EXPECT_TRUE(r.containerImages.at(1).imageDigest.startsWith(s("sha256:28402db6")));
    EXPECT_FALSE(r.settings().contains(s("serviceRevisionArn")));
    EXPECT_FALSE(r.settings().contains(s("createdAt")));

    // UpdateService takes back the task definition and the settings it knows, nothing else.
    const QJsonObject input = r.updateServiceInput();
    EXPECT_EQ(input.value(s("taskDefinition")).toString(), r.taskDefinition);
    EXPECT_EQ(input.value(s("capacityProviderStrategy")).toArray().first().toObject().value(s("capacityProvider")),
        s("FARGATE"));
    EXPECT_EQ(input.value(s("networkConfiguration"))
                  .toObject()
                  .value(s("awsvpcConfiguration"))
                  .toObject()
                  .value(s("assignPublicIp"))
                  .toString(),
        s("ENABLED"));
    EXPECT_EQ(input.value(s("platformVersion")).toString(), s("1.4.0"));
    EXPECT_TRUE(input.contains(s("serviceConnectConfiguration")));
    for (const char* absent : { "containerImages", "guardDutyEnabled", "platformFamily", "serviceArn", "createdAt" })
        EXPECT_FALSE(input.contains(s(absent))) << absent;
}

TEST(ServiceDeployments, ListRequestCarriesItsFilters)
{
    Api::ListServiceDeploymentsRequest request;
    request.cluster = s("prod");
    request.service = s("web");
    request.status = { s("IN_PROGRESS"), s("ROLLBACK_IN_PROGRESS") };
    request.createdAfter = QDateTime::fromMSecsSinceEpoch(1730390000500, Qt::UTC);
    request.maxResults = 100;
    request.nextToken = s("t2");
    const QJsonObject json = request.toJson();
    EXPECT_EQ(json.value(s("cluster")).toString(), s("prod"));
    EXPECT_EQ(json.value(s("service")).toString(), s("web"));
    EXPECT_EQ(json.value(s("status")).toArray().size(), 2);
    EXPECT_DOUBLE_EQ(json.value(s("createdAt")).toObject().value(s("after")).toDouble(), 1730390000.5);
    EXPECT_FALSE(json.value(s("createdAt")).toObject().contains(s("before")));
    EXPECT_EQ(json.value(s("maxResults")).toInt(), 100);
    EXPECT_EQ(json.value(s("nextToken")).toString(), s("t2"));
    Api::ListServiceDeploymentsRequest bare;
    bare.service = s("web");
    EXPECT_EQ(bare.toJson(), (QJsonObject { { s("service"), s("web") } }));
}

namespace {

/// Two revisions of the documented service (webserver:5, then webserver:6 with another image and
/// no public IP) and deployments: 5 succeeded, then 6 as `latestStatus`.
Api::ServiceDeploymentHistory history(const char* latestStatus)
{
    Api::ServiceDeploymentHistory h;
    h.cluster = s("example-cluster");
    h.service = s("example-service");
    Api::ServiceRevision first
        = Api::ServiceDeployments::revisionsFromJson(fixture("describe-service-revisions.json")).items.first();
    QJsonObject raw = first.raw;
    raw.insert(s("serviceRevisionArn"), revision2);
    raw.insert(s("taskDefinition"), s("arn:aws:ecs:us-east-1:123456789012:task-definition/webserver:6"));
    QJsonObject network = raw.value(s("networkConfiguration")).toObject();
    QJsonObject vpc = network.value(s("awsvpcConfiguration")).toObject();
    vpc.insert(s("assignPublicIp"), s("DISABLED"));
    network.insert(s("awsvpcConfiguration"), vpc);
    raw.insert(s("networkConfiguration"), network);
    const Api::ServiceRevision second = Api::ServiceRevision::fromJson(raw);
    h.revisions.insert(first.arn, first);
    h.revisions.insert(second.arn, second);

    Api::ServiceDeployment older
        = Api::ServiceDeployments::deploymentsFromJson(fixture("describe-service-deployments.json")).items.first();
    Api::ServiceDeployment newer = older;
    newer.arn = older.arn.section(u'/', 0, -2) + s("/newer");
    newer.createdAt = older.createdAt.addSecs(3600);
    newer.status = s(latestStatus);
    newer.targetServiceRevision = Api::ServiceRevisionSummary { revision2, 2, 1, 1 };
    newer.sourceServiceRevisions = { Api::ServiceRevisionSummary { revision1, 1, 1, 0 } };
    h.deployments = { newer, older };
    return h;
}

} // namespace

TEST(DeploymentHistory, RowsNameTheRevisionAndItsTaskDefinition)
{
    const auto rows = Models::DeploymentHistory::rows(history("IN_PROGRESS"));
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows.at(0).taskDefinition, s("webserver:6"));
    EXPECT_TRUE(rows.at(0).inProgress);
    EXPECT_EQ(rows.at(0).running, 1);
    EXPECT_EQ(rows.at(0).pending, 1);
    EXPECT_EQ(rows.at(0).requested, 2);
    EXPECT_EQ(rows.at(1).taskDefinition, s("webserver:5"));
    EXPECT_EQ(rows.at(1).deploymentId, s("ejGvqq2ilnbKT9qj0vLJe"));
    EXPECT_EQ(rows.at(1).trigger, s("user"));

    const QStringList csv = Models::DeploymentHistory::toCsv(rows).split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(csv.size(), 3);
    EXPECT_TRUE(csv.at(0).startsWith(s("deployment,status,trigger,taskDefinition")));
    EXPECT_TRUE(csv.at(2).startsWith(s("ejGvqq2ilnbKT9qj0vLJe,SUCCESSFUL,user,webserver:5,1485800978477494678,"
                                       "2024-10-31T12:03:30Z")))
        << csv.at(2).toStdString();
    const QJsonArray json = Models::DeploymentHistory::toJson(rows);
    EXPECT_EQ(json.at(1).toObject().value(s("serviceRevisionArn")).toString(), revision1);
}

TEST(DeploymentHistory, DiffNamesTheChangedSettingsAndTaskDefinition)
{
    const auto h = history("SUCCESSFUL");
    const QJsonObject td5 { { s("family"), s("webserver") }, { s("revision"), 5 },
        { s("containerDefinitions"),
            QJsonArray { QJsonObject { { s("name"), s("web") }, { s("image"), s("nginx:1.25") } } } } };
    QJsonObject td6 = td5;
    td6.insert(s("revision"), 6);
    td6.insert(s("containerDefinitions"),
        QJsonArray { QJsonObject { { s("name"), s("web") }, { s("image"), s("nginx:1.27") } } });
    const Models::DeploymentDiff diff
        = Models::DeploymentHistory::compare(*h.revision(revision1), td5, *h.revision(revision2), td6);
    ASSERT_EQ(diff.service.size(), 1);
    EXPECT_EQ(diff.service.first().path, s("networkConfiguration.awsvpcConfiguration.assignPublicIp"));
    ASSERT_EQ(diff.taskDefinition.size(), 1); // the revision number is not a change
    EXPECT_EQ(diff.taskDefinition.first().path, s("containerDefinitions[name=web].image"));
    EXPECT_EQ(diff.taskDefinition.first().newValue.toString(), s("nginx:1.27"));
    const QString text = diff.unifiedText();
    EXPECT_TRUE(text.contains(s("@@ service.networkConfiguration.awsvpcConfiguration.assignPublicIp (changed) @@")));
    EXPECT_TRUE(text.contains(s("+ \"nginx:1.27\""))) << text.toStdString();
    EXPECT_TRUE(diff.beforeLabel.startsWith(s("webserver:5")));
    // Without the task definitions, their ARNs are the change.
    const auto bare = Models::DeploymentHistory::compare(*h.revision(revision1), {}, *h.revision(revision2), {});
    ASSERT_EQ(bare.taskDefinition.size(), 1);
    EXPECT_EQ(bare.taskDefinition.first().path, s("taskDefinitionArn"));
    EXPECT_TRUE(Models::DeploymentHistory::compare(*h.revision(revision1), {}, *h.revision(revision1), {}).isEmpty());
}

TEST(DeploymentHistory, RollbackStopsTheDeploymentInProgress)
{
    const Models::RollbackPlan plan = Models::DeploymentHistory::planRollback(history("IN_PROGRESS"));
    EXPECT_EQ(plan.kind, Models::RollbackPlan::Kind::StopDeployment);
    EXPECT_TRUE(plan.deploymentArn.endsWith(s("/newer")));
    EXPECT_EQ(plan.fromRevisionArn, revision2);
    EXPECT_EQ(plan.toRevisionArn, revision1);
}

TEST(DeploymentHistory, RollbackUpdatesToTheEarlierRevisionWhenSettled)
{
    const auto h = history("SUCCESSFUL");
    const Models::RollbackPlan plan = Models::DeploymentHistory::planRollback(h);
    ASSERT_EQ(plan.kind, Models::RollbackPlan::Kind::UpdateService) << plan.problem.toStdString();
    EXPECT_EQ(plan.fromRevisionArn, revision2);
    EXPECT_EQ(plan.toRevisionArn, revision1);
    EXPECT_EQ(plan.updateInput, h.revision(revision1)->updateServiceInput());
    // Named by task definition, revision id or deployment id.
    for (const char* to : { "webserver:5", "1485800978477494678", "ejGvqq2ilnbKT9qj0vLJe" })
        EXPECT_EQ(Models::DeploymentHistory::planRollback(h, s(to)).toRevisionArn, revision1) << to;
    // What runs already, or what no deployment deployed, is refused with a reason.
    const auto same = Models::DeploymentHistory::planRollback(h, s("webserver:6"));
    EXPECT_EQ(same.kind, Models::RollbackPlan::Kind::None);
    EXPECT_FALSE(same.problem.isEmpty());
    const auto unknown = Models::DeploymentHistory::planRollback(h, s("webserver:1"));
    EXPECT_EQ(unknown.kind, Models::RollbackPlan::Kind::None);
    EXPECT_TRUE(unknown.problem.contains(s("webserver:1")));
}

TEST(DeploymentHistory, AfterACircuitBreakerRollbackTheRolledBackToRevisionRuns)
{
    auto h = history("ROLLBACK_SUCCESSFUL");
    h.deployments.first().rollbackServiceRevisionArn = revision1;
    const Api::ServiceRevision* current = Models::DeploymentHistory::currentRevision(h);
    ASSERT_NE(current, nullptr);
    EXPECT_EQ(current->arn, revision1);
    // Nothing earlier succeeded with other settings: nothing to roll back to.
    EXPECT_EQ(Models::DeploymentHistory::planRollback(h).kind, Models::RollbackPlan::Kind::None);
}
