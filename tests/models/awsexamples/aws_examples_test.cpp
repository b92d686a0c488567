// SPDX-License-Identifier: MIT
// The example answers the AWS API reference documents (../shared/fixtures/aws-examples, as botocore
// ships them), run through the decoders the app uses and the pane models, asserting what a user
// sees. They carry AWS's own quirks (INTEGER resources with "longValue": 0 beside integerValue,
// timestamps as ISO strings), which hand-written fixtures tend to miss.

#include "api/autoscaling/autoscalingclient.h"
#include "api/ecs/types.h"
#include "common/testutil.h"
#include "models/clustermodel.h"
#include "models/containerinstancemodel.h"
#include "models/itemroles.h"
#include "models/servicemodel.h"
#include "models/taskdefinitiontreemodel.h"
#include "models/taskmodel.h"
#include "models/timestampformat.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace EcsDesk;

QT_BEGIN_NAMESPACE
inline void PrintTo(const QString& value, std::ostream* out) { *out << '"' << value.toStdString() << '"'; }
QT_END_NAMESPACE

namespace {

constexpr auto fatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

/// The documented answers (`output`) of `operation` in aws-examples/<file>; fails the test when
/// the file or the operation's examples are missing (the fixtures are pinned, so that is a bug).
QList<QJsonObject> answers(const QString& fixtures, const char* file, const char* operation)
{
    QFile in(fixtures + QLatin1String("/aws-examples/") + QLatin1String(file));
    EXPECT_TRUE(in.open(QIODevice::ReadOnly)) << in.fileName().toStdString();
    QJsonParseError error {};
    const QJsonObject examples = QJsonDocument::fromJson(in.readAll(), &error).object();
    EXPECT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    QList<QJsonObject> result;
    for (const QJsonValue& example : examples.value(QLatin1String(operation)).toArray()) {
        const QJsonObject output = example.toObject().value(QLatin1String("output")).toObject();
        if (!output.isEmpty())
            result.append(output);
    }
    EXPECT_FALSE(result.isEmpty()) << file << " has no example answer of " << operation;
    return result;
}

QList<QJsonObject> ecs(const QString& fixtures, const char* operation)
{
    return answers(fixtures, "ecs.json", operation);
}

QString text(const QAbstractItemModel& model, int row, int column, int role = Qt::DisplayRole)
{
    return model.index(row, column).data(role).toString();
}

QDateTime utc(int y, int mo, int d, int h, int mi, int s, int ms)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), QTimeZone::utc());
}

} // namespace

TEST(AwsExamples, ListAnswersGiveEveryArn)
{
    ECSDESK_REQUIRE_FIXTURES(fixtures);
    const std::pair<const char*, const char*> lists[] = {
        { "ListClusters", "clusterArns" },
        { "ListServices", "serviceArns" },
        { "ListTasks", "taskArns" },
        { "ListContainerInstances", "containerInstanceArns" },
        { "ListTaskDefinitions", "taskDefinitionArns" },
        { "ListTaskDefinitionFamilies", "families" },
    };
    for (const auto& [operation, key] : lists) {
        for (const QJsonObject& answer : ecs(fixtures, operation)) {
            const Api::ListPage page = Api::EcsJson::listPage(answer, QLatin1String(key));
            EXPECT_EQ(page.arns.size(), answer.value(QLatin1String(key)).toArray().size()) << operation;
            EXPECT_FALSE(page.arns.isEmpty()) << operation;
            for (const QString& arn : page.arns)
                EXPECT_FALSE(arn.isEmpty()) << operation;
        }
    }
}

TEST(AwsExamples, DescribeClustersShowsTheClusterRow)
{
    ECSDESK_REQUIRE_FIXTURES(fixtures);
    const QJsonObject answer = ecs(fixtures, "DescribeClusters").value(0);
    const auto clusters = Api::EcsJson::objects<Api::Cluster>(answer.value(QLatin1String("clusters")));
    ASSERT_EQ(clusters.size(), 1);
    EXPECT_TRUE(Api::EcsJson::failures(answer).isEmpty());

    Models::ClusterModel model;
    QAbstractItemModelTester tester(&model, fatal);
    model.setClusters(clusters);
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(text(model, 0, Models::ClusterModel::NameColumn), QStringLiteral("default"));
    EXPECT_EQ(text(model, 0, Models::ClusterModel::StatusColumn), QStringLiteral("ACTIVE"));
    EXPECT_EQ(
        text(model, 0, 0, Models::ArnRole), QStringLiteral("arn:aws:ecs:us-east-1:aws_account_id:cluster/default"));
}

TEST(AwsExamples, DescribeContainerInstancesShowsCpuMemoryAndRunningTasks)
{
    ECSDESK_REQUIRE_FIXTURES(fixtures);
    const QJsonObject answer = ecs(fixtures, "DescribeContainerInstances").value(0);
    const auto result
        = Api::EcsJson::describeResult<Api::ContainerInstance>(answer, QLatin1String("containerInstances"));
    ASSERT_EQ(result.items.size(), 1);
    EXPECT_TRUE(result.failures.isEmpty());
    const Api::ContainerInstance& instance = result.items.first();
    // AWS sends {"type": "INTEGER", "integerValue": 2048, "longValue": 0, "doubleValue": 0.0}.
    EXPECT_EQ(instance.registered(QStringLiteral("CPU")), 2048);
    EXPECT_EQ(instance.remaining(QStringLiteral("CPU")), 1948);
    EXPECT_EQ(instance.registered(QStringLiteral("MEMORY")), 3768);
    EXPECT_EQ(instance.remaining(QStringLiteral("MEMORY")), 3668);
    const Api::Resource ports = instance.registeredResources.value(2);
    EXPECT_EQ(ports.name, QStringLiteral("PORTS"));
    EXPECT_EQ(ports.stringSetValue,
        QStringList({ QStringLiteral("2376"), QStringLiteral("22"), QStringLiteral("51678"), QStringLiteral("2375") }));

    Models::ContainerInstanceModel model;
    QAbstractItemModelTester tester(&model, fatal);
    model.setInstances(result.items);
    ASSERT_EQ(model.rowCount(), 1);
    using M = Models::ContainerInstanceModel;
    EXPECT_EQ(text(model, 0, M::InstanceColumn), QStringLiteral("i-807f3249"));
    EXPECT_EQ(text(model, 0, M::StatusColumn), QStringLiteral("ACTIVE"));
    EXPECT_EQ(text(model, 0, M::AgentColumn), QStringLiteral("connected"));
    EXPECT_EQ(text(model, 0, M::RunningTasksColumn), QStringLiteral("1"));
    EXPECT_EQ(text(model, 0, M::CpuColumn), QStringLiteral("100 / 2048"));
    EXPECT_EQ(text(model, 0, M::MemoryColumn), QStringLiteral("100 / 3768"));
    EXPECT_NEAR(model.index(0, M::CpuColumn).data(M::UsageRole).toDouble(), 100.0 / 2048.0, 1e-9);
    EXPECT_NEAR(model.index(0, M::MemoryColumn).data(M::UsageRole).toDouble(), 100.0 / 3768.0, 1e-9);
}

TEST(AwsExamples, DescribeServicesShowsTheServiceRow)
{
    ECSDESK_REQUIRE_FIXTURES(fixtures);
    const QJsonObject answer = ecs(fixtures, "DescribeServices").value(0);
    const auto result = Api::EcsJson::describeResult<Api::Service>(answer, QLatin1String("services"));
    ASSERT_EQ(result.items.size(), 1);
    const Api::Service& service = result.items.first();
    EXPECT_EQ(service.createdAt, utc(2016, 8, 29, 16, 25, 52, 130));
    ASSERT_EQ(service.deployments.size(), 1);
    EXPECT_EQ(service.deployments.first().id, QStringLiteral("ecs-svc/9223370564341623665"));
    EXPECT_EQ(service.deployments.first().desiredCount, 1);
    ASSERT_EQ(service.events.size(), 1);
    EXPECT_EQ(service.events.first().createdAt, utc(2016, 8, 29, 16, 25, 58, 520));
    EXPECT_TRUE(service.events.first().message.startsWith(QLatin1String("(service ecs-simple-service) was unable")));

    Models::ServiceModel model;
    QAbstractItemModelTester tester(&model, fatal);
    model.setServices(result.items);
    ASSERT_EQ(model.rowCount(), 1);
    using M = Models::ServiceModel;
    EXPECT_EQ(text(model, 0, M::NameColumn), QStringLiteral("ecs-simple-service"));
    EXPECT_EQ(text(model, 0, M::StatusColumn), QStringLiteral("ACTIVE"));
    EXPECT_EQ(text(model, 0, M::DesiredColumn), QStringLiteral("1"));
    EXPECT_EQ(text(model, 0, M::RunningColumn), QStringLiteral("0"));
    EXPECT_EQ(text(model, 0, M::PendingColumn), QStringLiteral("0"));
    EXPECT_EQ(text(model, 0, M::TaskDefinitionColumn), QStringLiteral("hello_world:6"));
    EXPECT_EQ(model.index(0, M::CreatedColumn).data(Models::SortRole).toDateTime(), service.createdAt);
    // AWS's timestamp, shown as local time with its age; ISO in UTC in the tooltip and exports.
    Models::TimestampFormat::setClock([] { return utc(2016, 8, 29, 16, 28, 52, 130); });
    const QModelIndex created = model.index(0, M::CreatedColumn);
    EXPECT_TRUE(created.data().toString().endsWith(QLatin1String(" (3 min ago)")))
        << created.data().toString().toStdString();
    EXPECT_EQ(created.data(Qt::ToolTipRole).toString(), QStringLiteral("2016-08-29T16:25:52.130Z"));
    EXPECT_EQ(created.data(Models::ExportRole).toString(), QStringLiteral("2016-08-29T16:25:52.130Z"));
    Models::TimestampFormat::setClock({});
}

TEST(AwsExamples, CreateServiceAnswersDecode)
{
    ECSDESK_REQUIRE_FIXTURES(fixtures);
    for (const QJsonObject& answer : ecs(fixtures, "CreateService")) {
        const auto service = Api::Service::fromJson(answer.value(QLatin1String("service")).toObject());
        EXPECT_FALSE(service.name.isEmpty());
        EXPECT_EQ(service.desiredCount, 10);
        EXPECT_TRUE(service.createdAt.isValid());
        ASSERT_FALSE(service.deployments.isEmpty());
        EXPECT_EQ(service.deployments.first().status, QStringLiteral("PRIMARY"));
    }
}

TEST(AwsExamples, DescribeTasksShowsTheTaskRow)
{
    ECSDESK_REQUIRE_FIXTURES(fixtures);
    const QJsonObject answer = ecs(fixtures, "DescribeTasks").value(0);
    const auto result = Api::EcsJson::describeResult<Api::Task>(answer, QLatin1String("tasks"));
    ASSERT_EQ(result.items.size(), 1);
    const Api::Task& task = result.items.first();
    ASSERT_EQ(task.containers.size(), 1);
    ASSERT_EQ(task.containers.first().networkBindings.size(), 1);
    EXPECT_EQ(task.containers.first().networkBindings.first().hostPort, 80);

    Models::TaskModel model;
    QAbstractItemModelTester tester(&model, fatal);
    model.setTasks(result.items);
    ASSERT_EQ(model.rowCount(), 1);
    using M = Models::TaskModel;
    EXPECT_EQ(text(model, 0, M::IdColumn), QStringLiteral("c5cba4eb-5dad-405e-96db-71ef8eefe6a8"));
    EXPECT_EQ(text(model, 0, M::LastStatusColumn), QStringLiteral("RUNNING"));
    EXPECT_EQ(text(model, 0, M::DesiredStatusColumn), QStringLiteral("RUNNING"));
    EXPECT_EQ(text(model, 0, M::TaskDefinitionColumn), QStringLiteral("amazon-ecs-sample:1"));
    EXPECT_FALSE(model.index(0, 0).data(M::StoppedRole).toBool());
    // The server's object is kept whole (details, copy JSON, export).
    EXPECT_EQ(model.json(0), answer.value(QLatin1String("tasks")).toArray().first().toObject());
}

TEST(AwsExamples, RunTaskAnswerDecodes)
{
    ECSDESK_REQUIRE_FIXTURES(fixtures);
    const QJsonObject answer = ecs(fixtures, "RunTask").value(0);
    const auto tasks = Api::EcsJson::objects<Api::Task>(answer.value(QLatin1String("tasks")));
    ASSERT_FALSE(tasks.isEmpty());
    EXPECT_FALSE(tasks.first().arn.isEmpty());
    EXPECT_FALSE(tasks.first().taskDefinitionArn.isEmpty());
}

TEST(AwsExamples, DescribeTaskDefinitionShowsTheRevision)
{
    ECSDESK_REQUIRE_FIXTURES(fixtures);
    QList<Api::TaskDefinition> definitions;
    for (const char* operation : { "DescribeTaskDefinition", "RegisterTaskDefinition" }) {
        const QJsonObject answer = ecs(fixtures, operation).value(0);
        definitions.append(Api::TaskDefinition::fromJson(answer.value(QLatin1String("taskDefinition")).toObject()));
    }
    const Api::TaskDefinition& wordpress = definitions.first();
    EXPECT_EQ(wordpress.family, QStringLiteral("hello_world"));
    EXPECT_EQ(wordpress.revision, 8);
    ASSERT_EQ(wordpress.containerDefinitions.size(), 2);
    EXPECT_EQ(wordpress.containerDefinitions.first().cpu, 10);
    EXPECT_EQ(wordpress.containerDefinitions.first().memory, 500);
    EXPECT_EQ(wordpress.containerDefinitions.at(1).environment.value(0).name, QStringLiteral("MYSQL_ROOT_PASSWORD"));

    Models::TaskDefinitionTreeModel model;
    QAbstractItemModelTester tester(&model, fatal);
    model.setDefinitions(definitions);
    ASSERT_GE(model.rowCount(), 1);
    bool found = false;
    for (int family = 0; family < model.rowCount(); ++family) {
        const QModelIndex parent = model.index(family, 0);
        for (int row = 0; row < model.rowCount(parent); ++row) {
            if (model.index(row, 0, parent).data(Models::ArnRole).toString() == wordpress.arn)
                found = true;
        }
    }
    EXPECT_TRUE(found);
}

TEST(AwsExamples, ApplicationAutoScalingAnswersDecode)
{
    ECSDESK_REQUIRE_FIXTURES(fixtures);
    const QJsonObject targets = answers(fixtures, "application-autoscaling.json", "DescribeScalableTargets").value(0);
    const auto target
        = Api::ScalableTarget::fromJson(targets.value(QLatin1String("ScalableTargets")).toArray().first().toObject());
    EXPECT_EQ(target.resourceId, QStringLiteral("service/default/web-app"));
    EXPECT_EQ(target.scalableDimension, Api::AutoScalingClient::desiredCount());
    EXPECT_EQ(target.minCapacity, 1);
    EXPECT_EQ(target.maxCapacity, 10);

    const QJsonObject policies = answers(fixtures, "application-autoscaling.json", "DescribeScalingPolicies").value(0);
    const auto policy
        = Api::ScalingPolicy::fromJson(policies.value(QLatin1String("ScalingPolicies")).toArray().first().toObject());
    EXPECT_EQ(policy.name, QStringLiteral("web-app-cpu-gt-75"));
    EXPECT_EQ(policy.policyType, QStringLiteral("StepScaling"));
    EXPECT_TRUE(policy.arn.startsWith(QLatin1String("arn:aws:autoscaling:")));

    // The metrics pane marks scaling activities at their start time.
    const QJsonObject activities
        = answers(fixtures, "application-autoscaling.json", "DescribeScalingActivities").value(0);
    const auto activity = Api::ScalingActivity::fromJson(
        activities.value(QLatin1String("ScalingActivities")).toArray().first().toObject());
    EXPECT_EQ(activity.description, QStringLiteral("Setting desired count to 1."));
    EXPECT_EQ(activity.statusCode, QStringLiteral("Successful"));
    EXPECT_EQ(activity.startTime, utc(2019, 5, 6, 16, 3, 58, 171));
    EXPECT_EQ(activity.endTime, utc(2019, 5, 6, 16, 4, 32, 111));
}
