// SPDX-License-Identifier: MIT
// The task definition diff on known pairs: the ec2 and fargate fixture variants of one app, and
// hand-made revisions (image bump, environment added/removed, port change, container added).

#include "models/taskdef/taskdefinitiondiff.h"
#include "models/taskdef/taskdefinitiondocument.h"

#include "common/testutil.h"

#include <QDir>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace EcsDesk::Models;
using Kind = TaskDefinitionChange::Kind;

namespace {

QJsonValue json(const char* text) { return QJsonDocument::fromJson(QByteArray("[") + text + "]").array().at(0); }

TaskDefinitionChange change(Kind kind, const char* path, const QJsonValue& before, const QJsonValue& after)
{
    return { kind, QLatin1String(path), before, after };
}

const QJsonValue kAbsent(QJsonValue::Undefined);

std::string dump(const QList<TaskDefinitionChange>& changes)
{
    return TaskDefinitionDiff::toUnifiedText(changes, QStringLiteral("a"), QStringLiteral("b")).toStdString();
}

const char* kBase = R"({
    "family": "shop", "networkMode": "bridge", "revision": 3, "status": "ACTIVE",
    "containerDefinitions": [
      {"name": "web", "image": "shop/web:1.0", "memory": 256, "essential": true,
       "command": ["serve", "--port", "80"],
       "portMappings": [{"containerPort": 80, "hostPort": 0, "protocol": "tcp"},
                        {"containerPort": 9090, "protocol": "udp"}],
       "environment": [{"name": "MODE", "value": "prod"}, {"name": "DEBUG", "value": "0"}],
       "dockerLabels": {"team": "shop"}},
      {"name": "worker", "image": "shop/worker:1.0", "memory": 128}
    ]})";

class TaskDefinitionDiffTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(document.load(kBase).ok);
        base = QJsonDocument::fromJson(kBase).object();
    }
    QList<TaskDefinitionChange> diff() const { return TaskDefinitionDiff::compare(base, document.definition()); }

    TaskDefinitionDocument document;
    QJsonObject base;
};

} // namespace

TEST(TaskDefinitionDiffFixtures, Ec2VersusFargateVariant)
{
    ECSDESK_REQUIRE_FIXTURES(fixtures);
    const auto ec2
        = TaskDefinitionJson::readFile(fixtures + QLatin1String("/task-definitions/aws-samples--nginx-nginx_ec2.json"));
    const auto fargate = TaskDefinitionJson::readFile(
        fixtures + QLatin1String("/task-definitions/aws-samples--nginx-nginx_fargate.json"));
    ASSERT_TRUE(ec2.ok && fargate.ok);
    const auto changes = TaskDefinitionDiff::compare(ec2.definition, fargate.definition);
    const QList<TaskDefinitionChange> expected {
        change(Kind::Changed, "containerDefinitions[name=nginx].logConfiguration.options.awslogs-region",
            json(R"("us-east-2")"), json(R"("us-east-1")")),
        change(Kind::Changed, "containerDefinitions[name=nginx].logConfiguration.options.awslogs-stream-prefix",
            json(R"("nginx")"), json(R"("ecs")")),
        change(Kind::Changed, "networkMode", json(R"("bridge")"), json(R"("awsvpc")")),
        change(Kind::Changed, "requiresCompatibilities", json(R"(["EC2"])"), json(R"(["FARGATE"])")),
        change(Kind::Added, "cpu", kAbsent, json(R"("256")")),
        change(Kind::Added, "memory", kAbsent, json(R"("512")")),
    };
    EXPECT_EQ(changes, expected) << dump(changes);
    EXPECT_TRUE(TaskDefinitionDiff::compare(ec2.definition, ec2.definition).isEmpty());
}

TEST(TaskDefinitionDiffFixtures, EveryEc2AndFargatePairDiffers)
{
    ECSDESK_REQUIRE_FIXTURES(fixtures);
    const QDir dir(fixtures + QLatin1String("/task-definitions"));
    int pairs = 0;
    for (const QString& name : dir.entryList({ QStringLiteral("*_ec2.json") }, QDir::Files, QDir::Name)) {
        SCOPED_TRACE(name.toStdString());
        const QString other = QString(name).replace(QLatin1String("_ec2.json"), QLatin1String("_fargate.json"));
        if (!dir.exists(other))
            continue;
        ++pairs;
        const auto ec2 = TaskDefinitionJson::readFile(dir.filePath(name));
        const auto fargate = TaskDefinitionJson::readFile(dir.filePath(other));
        ASSERT_TRUE(ec2.ok && fargate.ok);
        const auto changes = TaskDefinitionDiff::compare(ec2.definition, fargate.definition);
        EXPECT_FALSE(changes.isEmpty());
        // Every path of the change list leads to a value on the side(s) it claims.
        for (const auto& c : changes) {
            EXPECT_EQ(c.oldValue.isUndefined(), c.kind == Kind::Added) << c.path.toStdString();
            EXPECT_EQ(c.newValue.isUndefined(), c.kind == Kind::Removed) << c.path.toStdString();
            EXPECT_NE(c.oldValue, c.newValue) << c.path.toStdString();
        }
        EXPECT_TRUE(TaskDefinitionDiff::compare(fargate.definition, fargate.definition).isEmpty());
        // Reversed, the same paths with added and removed swapped.
        const auto reversed = TaskDefinitionDiff::compare(fargate.definition, ec2.definition);
        EXPECT_EQ(reversed.size(), changes.size());
    }
    EXPECT_EQ(pairs, 6); // gunicorn, jetty, kibana, nginx, tomcat, wildfly
}

TEST(TaskDefinitionDiffFixtures, WrappedAndBareFormsOfOneDefinitionAreEqual)
{
    ECSDESK_REQUIRE_FIXTURES(fixtures);
    // ecspresso's td.json is DescribeTaskDefinition output of td-plain.json (which has revision/status).
    const auto wrapped
        = TaskDefinitionJson::readFile(fixtures + QLatin1String("/task-definitions/ecspresso--tests-td.json"));
    const auto plain
        = TaskDefinitionJson::readFile(fixtures + QLatin1String("/task-definitions/ecspresso--tests-td-plain.json"));
    ASSERT_TRUE(wrapped.ok && plain.ok);
    const auto changes = TaskDefinitionDiff::compare(wrapped.definition, plain.definition);
    EXPECT_TRUE(changes.isEmpty()) << dump(changes);
}

TEST_F(TaskDefinitionDiffTest, ImageBump)
{
    document.setContainerField(0, QStringLiteral("image"), QStringLiteral("shop/web:1.1"));
    EXPECT_EQ(diff(),
        (QList<TaskDefinitionChange> { change(Kind::Changed, "containerDefinitions[name=web].image",
            json(R"("shop/web:1.0")"), json(R"("shop/web:1.1")")) }));
}

TEST_F(TaskDefinitionDiffTest, EnvironmentAddedAndRemoved)
{
    document.removeEnvironmentVariable(0, QStringLiteral("MODE"));
    document.setEnvironmentVariable(0, QStringLiteral("REGION"), QStringLiteral("eu-west-1"));
    document.setEnvironmentVariable(0, QStringLiteral("DEBUG"), QStringLiteral("1"));
    const auto changes = diff();
    const QList<TaskDefinitionChange> expected {
        change(Kind::Removed, "containerDefinitions[name=web].environment[name=MODE]",
            json(R"({"name": "MODE", "value": "prod"})"), kAbsent),
        change(Kind::Changed, "containerDefinitions[name=web].environment[name=DEBUG].value", json(R"("0")"),
            json(R"("1")")),
        change(Kind::Added, "containerDefinitions[name=web].environment[name=REGION]", kAbsent,
            json(R"({"name": "REGION", "value": "eu-west-1"})")),
    };
    EXPECT_EQ(changes, expected) << dump(changes);
}

TEST_F(TaskDefinitionDiffTest, PortChange)
{
    // The host port of 80/tcp changes; 9090/udp becomes 9091/udp (a different mapping).
    document.setValue(JsonPath::parse(QStringLiteral("containerDefinitions[0].portMappings[0].hostPort")), 8080);
    document.setValue(JsonPath::parse(QStringLiteral("containerDefinitions[0].portMappings[1].containerPort")), 9091);
    const auto changes = diff();
    const QList<TaskDefinitionChange> expected {
        change(Kind::Changed, "containerDefinitions[name=web].portMappings[80/tcp].hostPort", json("0"), json("8080")),
        change(Kind::Removed, "containerDefinitions[name=web].portMappings[9090/udp]",
            json(R"({"containerPort": 9090, "protocol": "udp"})"), kAbsent),
        change(Kind::Added, "containerDefinitions[name=web].portMappings[9091/udp]", kAbsent,
            json(R"({"containerPort": 9091, "protocol": "udp"})")),
    };
    EXPECT_EQ(changes, expected) << dump(changes);
}

TEST_F(TaskDefinitionDiffTest, ContainerAddedAndReorderedIsNotAChange)
{
    document.moveContainer(1, 0);
    document.addContainer(QStringLiteral("sidecar"), QStringLiteral("envoy:v1"));
    const auto changes = diff();
    const QList<TaskDefinitionChange> expected {
        change(Kind::Added, "containerDefinitions[name=sidecar]", kAbsent,
            json(R"({"name": "sidecar", "image": "envoy:v1", "essential": true})")),
    };
    EXPECT_EQ(changes, expected) << dump(changes);
}

TEST_F(TaskDefinitionDiffTest, CommandAndLabelsAndTaskFields)
{
    document.setContainerField(0, QStringLiteral("command"), json(R"(["serve", "--port", "8080"])"));
    document.setValue(
        JsonPath::parse(QStringLiteral("containerDefinitions[0].dockerLabels.tier")), QStringLiteral("front"));
    document.removeValue(JsonPath::parse(QStringLiteral("containerDefinitions[1].memory")));
    document.setNetworkMode(QStringLiteral("host"));
    const auto changes = diff();
    const QList<TaskDefinitionChange> expected {
        change(Kind::Changed, "containerDefinitions[name=web].command", json(R"(["serve", "--port", "80"])"),
            json(R"(["serve", "--port", "8080"])")),
        change(Kind::Added, "containerDefinitions[name=web].dockerLabels.tier", kAbsent, json(R"("front")")),
        change(Kind::Removed, "containerDefinitions[name=worker].memory", json("128"), kAbsent),
        change(Kind::Changed, "networkMode", json(R"("bridge")"), json(R"("host")")),
    };
    EXPECT_EQ(changes, expected) << dump(changes);
}

TEST_F(TaskDefinitionDiffTest, UnifiedTextAndJson)
{
    document.setContainerField(0, QStringLiteral("image"), QStringLiteral("shop/web:1.1"));
    document.addContainer(QStringLiteral("sidecar"), QStringLiteral("envoy:v1"));
    const auto changes = diff();
    EXPECT_EQ(TaskDefinitionDiff::toUnifiedText(changes, QStringLiteral("shop:3"), QStringLiteral("editor")),
        QStringLiteral("--- shop:3\n"
                       "+++ editor\n"
                       "@@ containerDefinitions[name=web].image (changed) @@\n"
                       "- \"shop/web:1.0\"\n"
                       "+ \"shop/web:1.1\"\n"
                       "@@ containerDefinitions[name=sidecar] (added) @@\n"
                       "+ {\n"
                       "+     \"essential\": true,\n"
                       "+     \"image\": \"envoy:v1\",\n"
                       "+     \"name\": \"sidecar\"\n"
                       "+ }\n"));
    const QJsonArray array = TaskDefinitionDiff::toJson(changes);
    EXPECT_EQ(QJsonDocument(array).toJson(QJsonDocument::Compact),
        QByteArray(
            R"([{"kind":"changed","new":"shop/web:1.1","old":"shop/web:1.0","path":"containerDefinitions[name=web].image"},)"
            R"({"kind":"added","new":{"essential":true,"image":"envoy:v1","name":"sidecar"},"path":"containerDefinitions[name=sidecar]"}])"));
}

TEST(TaskDefinitionDiff, DuplicateKeysFallBackToIndexes)
{
    const QJsonObject a
        = json(R"({"containerDefinitions": [{"name": "x", "image": "a"}, {"name": "x", "image": "b"}]})").toObject();
    const QJsonObject b
        = json(R"({"containerDefinitions": [{"name": "x", "image": "a"}, {"name": "x", "image": "c"}]})").toObject();
    const auto changes = TaskDefinitionDiff::compare(a, b);
    EXPECT_EQ(changes,
        (QList<TaskDefinitionChange> {
            change(Kind::Changed, "containerDefinitions[1].image", json(R"("b")"), json(R"("c")")) }));
}
