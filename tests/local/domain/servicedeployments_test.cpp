// SPDX-License-Identifier: MIT
// Service deployments and revisions (local/domain/servicedeployments.h): the records keep the
// ServiceDeployment shape of the API reference, the ARNs tie a revision to the deployment (ecs-svc/ID)
// that runs it, CreateService / UpdateService / StopServiceDeployment write them, and follow() moves a
// service deployment through its states from the service's deployments.
#include "local/api/ecshandler.h"
#include "local/apierror.h"
#include "local/clock.h"
#include "local/domain/repository.h"
#include "local/domain/servicedeployments.h"
#include "local/store/store.h"

#include <QJsonDocument>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace EcsDesk::Local;
using namespace Qt::Literals::StringLiterals;

namespace {

class ServiceDeploymentsTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        QString error;
        ASSERT_TRUE(m_store.open(m_dir.path(), &error)) << error.toStdString();
        m_ecs = std::make_unique<EcsHandler>(m_context);
        ecs("CreateCluster", { { "clusterName"_L1, "c"_L1 } });
        for (const char* image : { "nginx:1.25", "nginx:1.27" }) {
            ecs("RegisterTaskDefinition",
                { { "family"_L1, "web"_L1 },
                    { "containerDefinitions"_L1,
                        QJsonArray { QJsonObject { { "name"_L1, "app"_L1 }, { "image"_L1, QLatin1String(image) },
                            { "memory"_L1, 128 } } } } });
        }
    }

    QJsonObject ecs(const char* operation, const QJsonObject& input)
    {
        QJsonObject answer;
        QString error;
        try {
            EXPECT_TRUE(m_store.transact([&] { answer = m_ecs->handle(QLatin1String(operation), input); }, &error))
                << error.toStdString();
        } catch (const ApiError& failure) {
            m_store.rollback();
            ADD_FAILURE() << operation << ": " << failure.code.toStdString() << " " << failure.message.toStdString();
        }
        return answer;
    }

    /// The error code an operation answers with (empty when it succeeds).
    QString refusal(const char* operation, const QJsonObject& input)
    {
        QString code;
        m_store.begin();
        try {
            m_ecs->handle(QLatin1String(operation), input);
        } catch (const ApiError& error) {
            code = error.code;
        }
        m_store.rollback();
        return code;
    }

    QJsonArray listed()
    {
        return ecs("ListServiceDeployments", { { "cluster"_L1, "c"_L1 }, { "service"_L1, "web"_L1 } })
            .value("serviceDeployments"_L1)
            .toArray();
    }

    ServiceRecord service() { return *Repository(&m_store).service(serviceArn()); }
    QString serviceArn() const { return u"arn:aws:ecs:us-east-1:123456789012:service/c/web"_s; }

    QTemporaryDir m_dir;
    Store m_store;
    ManualClock m_clock { QDateTime(QDate(2026, 12, 3), QTime(12, 0), Qt::UTC) };
    EndpointContext m_context { &m_store, &m_clock, u"us-east-1"_s, u"123456789012"_s };
    std::unique_ptr<EcsHandler> m_ecs;
};

TEST(ServiceDeploymentRecords, ArnsTieARevisionToItsDeployment)
{
    const QString service = u"arn:aws:ecs:eu-west-1:123456789012:service/prod/web"_s;
    EXPECT_EQ(ServiceDeployments::revisionArn(service, u"ecs-svc/4980306466373577095"_s),
        u"arn:aws:ecs:eu-west-1:123456789012:service-revision/prod/web/4980306466373577095"_s);
    EXPECT_EQ(ServiceDeployments::deploymentArn(service, u"ecs-svc/42"_s),
        u"arn:aws:ecs:eu-west-1:123456789012:service-deployment/prod/web/42"_s);
    EXPECT_EQ(
        ServiceDeployments::deploymentIdOf(ServiceDeployments::revisionArn(service, u"ecs-svc/42"_s)), u"ecs-svc/42"_s);
    EXPECT_EQ(ServiceDeployments::circuitBreakerThreshold(1), 3);
    EXPECT_EQ(ServiceDeployments::circuitBreakerThreshold(9), 5);
    EXPECT_EQ(ServiceDeployments::circuitBreakerThreshold(5000), 200);
}

TEST(ServiceDeploymentRecords, TheApiReferenceShapeSurvivesARoundTrip)
{
    // The members of DescribeServiceDeployments' ServiceDeployment (API reference, response syntax).
    const QJsonObject documented = QJsonDocument::fromJson(R"({
        "serviceDeploymentArn": "arn:aws:ecs:us-east-1:123456789012:service-deployment/c/web/r9i43YFjvgF_xlg7m2eJ1r",
        "serviceArn": "arn:aws:ecs:us-east-1:123456789012:service/c/web",
        "clusterArn": "arn:aws:ecs:us-east-1:123456789012:cluster/c",
        "createdAt": 1733000000.5, "startedAt": 1733000001, "finishedAt": 1733000100, "updatedAt": 1733000100,
        "sourceServiceRevisions": [{"arn": "arn:aws:ecs:us-east-1:123456789012:service-revision/c/web/1",
            "requestedTaskCount": 0, "runningTaskCount": 0, "pendingTaskCount": 0}],
        "targetServiceRevision": {"arn": "arn:aws:ecs:us-east-1:123456789012:service-revision/c/web/2",
            "requestedTaskCount": 2, "runningTaskCount": 0, "pendingTaskCount": 0},
        "status": "ROLLBACK_SUCCESSFUL", "statusReason": "ECS deployment circuit breaker: tasks failed to start.",
        "deploymentConfiguration": {"deploymentCircuitBreaker": {"enable": true, "rollback": true},
            "maximumPercent": 200, "minimumHealthyPercent": 100},
        "rollback": {"reason": "ECS deployment circuit breaker: tasks failed to start.", "startedAt": 1733000050,
            "serviceRevisionArn": "arn:aws:ecs:us-east-1:123456789012:service-revision/c/web/1"},
        "deploymentCircuitBreaker": {"status": "TRIGGERED", "failureCount": 3, "threshold": 3},
        "alarms": {"status": "DISABLED", "alarmNames": [], "triggeredAlarmNames": []}
    })")
                                       .object();
    const ServiceDeploymentRecord record = ServiceDeploymentRecord::fromJson(documented);
    EXPECT_EQ(record.status, ServiceDeploymentStatus::RollbackSuccessful);
    EXPECT_TRUE(record.isFinished());
    EXPECT_EQ(record.circuitBreakerStatus, MonitorStatus::Triggered);
    EXPECT_EQ(record.failureCount, 3);
    EXPECT_EQ(record.rollbackStartedAt, 1733000050.0);
    EXPECT_EQ(record.toJson(), documented);
    EXPECT_EQ(record.brief().value("targetServiceRevisionArn"_L1).toString(), record.targetServiceRevision.arn);
    for (const char* status : { "PENDING", "IN_PROGRESS", "SUCCESSFUL", "STOPPED", "STOP_REQUESTED",
             "ROLLBACK_REQUESTED", "ROLLBACK_IN_PROGRESS", "ROLLBACK_SUCCESSFUL", "ROLLBACK_FAILED" })
        EXPECT_EQ(wireName(*fromWire<ServiceDeploymentStatus>(QLatin1String(status))), QLatin1String(status));
    EXPECT_FALSE(fromWire<ServiceDeploymentStatus>(u"FAILED"_s));
}

TEST_F(ServiceDeploymentsTest, CreateAndUpdateRecordRevisionsAndDeployments)
{
    ecs("CreateService",
        { { "cluster"_L1, "c"_L1 }, { "serviceName"_L1, "web"_L1 }, { "taskDefinition"_L1, "web:1"_L1 },
            { "desiredCount"_L1, 2 } });
    const QString first = service().json.value("currentServiceDeployment"_L1).toString();
    ASSERT_TRUE(first.startsWith("arn:aws:ecs:us-east-1:123456789012:service-deployment/c/web/"_L1))
        << first.toStdString();
    m_clock.advance(60'000);
    ecs("UpdateService", { { "cluster"_L1, "c"_L1 }, { "service"_L1, "web"_L1 }, { "taskDefinition"_L1, "web:2"_L1 } });
    const QJsonArray all = listed();
    ASSERT_EQ(all.size(), 2);
    const QJsonObject newest = all[0].toObject();
    EXPECT_EQ(newest.value("status"_L1).toString(), "PENDING"_L1);
    // The first never started (no scheduler here): the second one replaced it.
    EXPECT_EQ(all[1].toObject().value("serviceDeploymentArn"_L1).toString(), first);
    EXPECT_EQ(all[1].toObject().value("status"_L1).toString(), "STOPPED"_L1);
    const QJsonObject revisions = ecs("DescribeServiceRevisions",
        { { "serviceRevisionArns"_L1,
            QJsonArray {
                newest.value("targetServiceRevisionArn"_L1), u"arn:aws:ecs:x:1:service-revision/c/web/9"_s } } });
    ASSERT_EQ(revisions.value("serviceRevisions"_L1).toArray().size(), 1);
    const QJsonObject revision = revisions.value("serviceRevisions"_L1)[0].toObject();
    EXPECT_TRUE(revision.value("taskDefinition"_L1).toString().endsWith("task-definition/web:2"_L1));
    EXPECT_EQ(revision.value("launchType"_L1).toString(), "EC2"_L1);
    EXPECT_EQ(revision.value("containerImages"_L1)[0][QLatin1String("image")].toString(), "nginx:1.27"_L1);
    EXPECT_EQ(revisions.value("failures"_L1)[0][QLatin1String("reason")].toString(), "MISSING"_L1);
}

TEST_F(ServiceDeploymentsTest, StopWithRollbackRestoresTheSourceRevision)
{
    ecs("CreateService",
        { { "cluster"_L1, "c"_L1 }, { "serviceName"_L1, "web"_L1 }, { "taskDefinition"_L1, "web:1"_L1 },
            { "desiredCount"_L1, 2 } });
    ServiceDeployments book(&m_store);
    // Let the first one finish as the scheduler would.
    {
        ServiceRecord web = service();
        web.deployments.first().rolloutState = RolloutState::Completed;
        m_store.begin();
        book.follow(web, 1); // PENDING -> IN_PROGRESS
        book.follow(web, 2); // -> SUCCESSFUL
        Repository(&m_store).putService(web);
        QString error;
        ASSERT_TRUE(m_store.commit(&error));
    }
    ASSERT_EQ(listed()[0][QLatin1String("status")].toString(), "SUCCESSFUL"_L1);
    const QString firstDeploymentId = service().deployments.first().id;
    m_clock.advance(60'000); // ListServiceDeployments: newest first
    ecs("UpdateService", { { "cluster"_L1, "c"_L1 }, { "service"_L1, "web"_L1 }, { "taskDefinition"_L1, "web:2"_L1 } });
    const QString arn = listed()[0][QLatin1String("serviceDeploymentArn")].toString();
    EXPECT_EQ(refusal("StopServiceDeployment", { { "serviceDeploymentArn"_L1, QString(arn + "0"_L1) } }),
        "ServiceDeploymentNotFoundException"_L1);
    EXPECT_EQ(refusal("StopServiceDeployment", { { "serviceDeploymentArn"_L1, arn }, { "stopType"_L1, "PAUSE"_L1 } }),
        "InvalidParameterException"_L1);

    ecs("StopServiceDeployment", { { "serviceDeploymentArn"_L1, arn }, { "stopType"_L1, "ROLLBACK"_L1 } });
    ServiceRecord web = service();
    ASSERT_EQ(web.deployments.size(), 2);
    EXPECT_EQ(web.deployments[0].id, firstDeploymentId);
    EXPECT_EQ(web.deployments[0].status, DeploymentStatus::Primary);
    EXPECT_TRUE(web.taskDefinitionArn.endsWith("task-definition/web:1"_L1));
    EXPECT_EQ(web.deployments[1].rolloutState, RolloutState::Failed);
    std::optional<ServiceDeploymentRecord> record = book.deployment(arn);
    ASSERT_TRUE(record);
    EXPECT_EQ(record->status, ServiceDeploymentStatus::RollbackRequested);
    EXPECT_EQ(record->rollbackServiceRevisionArn, ServiceDeployments::revisionArn(web.arn, firstDeploymentId));

    // The scheduler's steps: ROLLBACK_IN_PROGRESS, then ROLLBACK_SUCCESSFUL once the restored one completed
    // and the failed one drained.
    m_store.begin();
    book.follow(web, 10);
    EXPECT_EQ(book.deployment(arn)->status, ServiceDeploymentStatus::RollbackInProgress);
    web.deployments.removeLast();
    web.deployments.first().rolloutState = RolloutState::Completed;
    book.follow(web, 20);
    QString error;
    ASSERT_TRUE(m_store.commit(&error));
    record = book.deployment(arn);
    EXPECT_EQ(record->status, ServiceDeploymentStatus::RollbackSuccessful);
    EXPECT_EQ(record->finishedAt, 20.0);
    EXPECT_EQ(refusal("StopServiceDeployment", { { "serviceDeploymentArn"_L1, arn } }), "ConflictException"_L1);
}

} // namespace
