// SPDX-License-Identifier: MIT
// The task definition document: import (bare and wrapped), lossless round trips over every fixture,
// syntax errors with line and column, edits by path and their exact undo/redo.

#include "models/taskdef/taskdefinitiondocument.h"

#include "common/testutil.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace EcsDesk::Models;

namespace {

QJsonObject readJsonObject(const QString& fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// Readable failure output: compare the canonical (sorted-key) JSON text.
std::string json(const QJsonObject& object) { return QJsonDocument(object).toJson().toStdString(); }

QStringList fixtureFiles(const QString& fixtures, const QString& folder)
{
    QStringList files;
    const QDir dir(fixtures + QLatin1Char('/') + folder);
    for (const QString& name : dir.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name))
        files.append(dir.filePath(name));
    return files;
}

} // namespace

TEST(TaskDefinitionImport, EveryFixtureRoundTripsUnchanged)
{
    ECSDESK_REQUIRE_FIXTURES(fixtures);
    const QStringList files = fixtureFiles(fixtures, QStringLiteral("task-definitions"));
    ASSERT_GE(files.size(), 50);
    int wrapped = 0;
    for (const QString& fileName : files) {
        SCOPED_TRACE(fileName.toStdString());
        const TaskDefinitionImport imported = TaskDefinitionJson::readFile(fileName);
        ASSERT_TRUE(imported.ok) << imported.describeError().toStdString();

        QJsonObject expected = readJsonObject(fileName);
        if (imported.wasWrapped) {
            ++wrapped;
            expected = expected.value(QLatin1String("taskDefinition")).toObject();
        }
        // Read-only fields go, wrapped or not (ecspresso's td-plain carries status and revision bare).
        for (const QString& field : TaskDefinitionJson::readOnlyFields())
            expected.remove(field);
        TaskDefinitionDocument document;
        document.setDefinition(imported.definition);
        EXPECT_EQ(json(document.definition()), json(expected));
        // Edit one field: only that field changes in the export; undo restores the import exactly.
        document.setContainerField(0, QStringLiteral("image"), QStringLiteral("edited/image:1"));
        QJsonObject edited = expected;
        QJsonArray containers = edited.value(QLatin1String("containerDefinitions")).toArray();
        QJsonObject first = containers.at(0).toObject();
        first.insert(QStringLiteral("image"), QStringLiteral("edited/image:1"));
        containers.replace(0, first);
        edited.insert(QStringLiteral("containerDefinitions"), containers);
        EXPECT_EQ(json(QJsonDocument::fromJson(document.toJson()).object()), json(edited));
        document.undoStack()->undo();
        EXPECT_EQ(json(document.definition()), json(expected));
        // Export then import again: still the same.
        const TaskDefinitionImport again = TaskDefinitionJson::parse(document.toJson());
        ASSERT_TRUE(again.ok);
        EXPECT_FALSE(again.wasWrapped);
        EXPECT_EQ(json(again.definition), json(expected));
    }
    EXPECT_EQ(wrapped, 2);
}

TEST(TaskDefinitionImport, WrappedDescribeOutputIsUnwrappedAndStripped)
{
    const QByteArray text = R"({"taskDefinition": {"family": "web", "revision": 7, "status": "ACTIVE",
        "taskDefinitionArn": "arn:aws:ecs:us-east-1:123456789012:task-definition/web:7",
        "requiresAttributes": [{"name": "com.amazonaws.ecs.capability.docker-remote-api.1.18"}],
        "compatibilities": ["EC2"], "registeredAt": 1700000000.0, "registeredBy": "arn:aws:iam::123456789012:root",
        "containerDefinitions": [{"name": "web", "image": "nginx", "configuredAtLaunch": true}]},
        "tags": [{"key": "team", "value": "ops"}]})";
    const TaskDefinitionImport imported = TaskDefinitionJson::parse(text);
    ASSERT_TRUE(imported.ok);
    EXPECT_TRUE(imported.wasWrapped);
    EXPECT_EQ(imported.strippedFields,
        (QStringList { QStringLiteral("taskDefinitionArn"), QStringLiteral("revision"), QStringLiteral("status"),
            QStringLiteral("requiresAttributes"), QStringLiteral("compatibilities"), QStringLiteral("registeredAt"),
            QStringLiteral("registeredBy") }));
    const QJsonObject expected = QJsonDocument::fromJson(R"({"family": "web",
        "containerDefinitions": [{"name": "web", "image": "nginx", "configuredAtLaunch": true}],
        "tags": [{"key": "team", "value": "ops"}]})")
                                     .object();
    EXPECT_EQ(imported.definition, expected);
}

TEST(TaskDefinitionImport, SyntaxErrorHasLineAndColumn)
{
    ECSDESK_REQUIRE_FIXTURES(fixtures);
    const TaskDefinitionImport imported = TaskDefinitionJson::readFile(
        fixtures + QLatin1String("/task-definitions-invalid/firelens--dynatrace-task-definition.json"));
    ASSERT_FALSE(imported.ok);
    // Line 34 is `"Allow_Duplicated_Headers":"false",` after `"Port":"443"` without a comma.
    EXPECT_EQ(imported.line, 34);
    EXPECT_EQ(imported.column, 20);
    EXPECT_TRUE(imported.errorMessage.startsWith(QLatin1String("not valid JSON: ")))
        << imported.errorMessage.toStdString();
    EXPECT_TRUE(imported.describeError().startsWith(QLatin1String("line 34, column 20: ")));
}

TEST(TaskDefinitionImport, ByteOrderMarkIsAccepted)
{
    const TaskDefinitionImport imported = TaskDefinitionJson::parse("\xEF\xBB\xBF{\"family\": \"f\"}");
    ASSERT_TRUE(imported.ok) << imported.describeError().toStdString();
    EXPECT_EQ(imported.definition.value(QLatin1String("family")), QJsonValue(QStringLiteral("f")));
    const TaskDefinitionImport broken = TaskDefinitionJson::parse("\xEF\xBB\xBF{\"family\" \"f\"}");
    ASSERT_FALSE(broken.ok);
    EXPECT_EQ(broken.line, 1);
    EXPECT_EQ(broken.column, 11);
}

TEST(TaskDefinitionImport, StructuralErrorsHaveAPath)
{
    ECSDESK_REQUIRE_FIXTURES(fixtures);
    const TaskDefinitionImport imported = TaskDefinitionJson::readFile(
        fixtures + QLatin1String("/task-definitions-invalid/firelens--logstash-task-definition.json"));
    ASSERT_TRUE(imported.ok); // still opens, to be fixed in the editor
    ASSERT_EQ(imported.structureIssues.size(), 1);
    EXPECT_EQ(imported.structureIssues.at(0).path, QStringLiteral("containerDefinitions[1].portMappings"));
    EXPECT_EQ(imported.structureIssues.at(0).message,
        QStringLiteral("portMappings must be a list of objects, but it is an object"));

    const TaskDefinitionImport clean
        = TaskDefinitionJson::readFile(fixtures + QLatin1String("/task-definitions/aws-samples--nginx-nginx_ec2.json"));
    ASSERT_TRUE(clean.ok);
    EXPECT_TRUE(clean.structureIssues.isEmpty());
}

TEST(TaskDefinitionImport, SmallSyntaxErrorsAndNonObjects)
{
    TaskDefinitionImport imported = TaskDefinitionJson::parse("{\n  \"family\": \"x\",\n  \"cpu\": ]\n}");
    ASSERT_FALSE(imported.ok);
    EXPECT_EQ(imported.line, 3);
    EXPECT_EQ(imported.column, 10);

    imported = TaskDefinitionJson::parse("[1, 2]");
    ASSERT_FALSE(imported.ok);
    EXPECT_EQ(imported.line, 0);
    EXPECT_EQ(imported.errorMessage, QStringLiteral("a task definition must be a JSON object, not an array"));

    imported = TaskDefinitionJson::parse(R"({"taskDefinition": "web:3"})");
    ASSERT_FALSE(imported.ok);
    EXPECT_EQ(imported.errorPath, QStringLiteral("taskDefinition"));

    imported = TaskDefinitionJson::parse("");
    ASSERT_FALSE(imported.ok);
    EXPECT_EQ(imported.line, 1);

    imported = TaskDefinitionJson::readFile(QStringLiteral("/nonexistent/td.json"));
    ASSERT_FALSE(imported.ok);
    EXPECT_TRUE(imported.errorMessage.startsWith(QLatin1String("cannot read /nonexistent/td.json")));
}

TEST(JsonPathTest, ParseFormatAndEdit)
{
    bool ok = false;
    const JsonPath path = JsonPath::parse(QStringLiteral("containerDefinitions[1].portMappings[0].hostPort"), &ok);
    ASSERT_TRUE(ok);
    EXPECT_EQ(path.size(), 5);
    EXPECT_EQ(path.toString(), QStringLiteral("containerDefinitions[1].portMappings[0].hostPort"));
    EXPECT_EQ(path,
        JsonPath()
            .key(QStringLiteral("containerDefinitions"))
            .index(1)
            .key(QStringLiteral("portMappings"))
            .index(0)
            .key(QStringLiteral("hostPort")));
    JsonPath::parse(QStringLiteral("a[x]"), &ok);
    EXPECT_FALSE(ok);
    JsonPath::parse(QStringLiteral("a."), &ok);
    EXPECT_FALSE(ok);

    QJsonValue root = QJsonDocument::fromJson(R"({"a": [{"b": 1}]})").object();
    EXPECT_TRUE(JsonPath::parse(QStringLiteral("a[0].c.d")).setIn(root, 5));
    EXPECT_EQ(JsonPath::parse(QStringLiteral("a[0].c.d")).valueIn(root), QJsonValue(5));
    EXPECT_FALSE(JsonPath::parse(QStringLiteral("a[3].b")).setIn(root, 5));
    EXPECT_FALSE(JsonPath::parse(QStringLiteral("a.b")).setIn(root, 5)); // a key into an array
    EXPECT_TRUE(JsonPath::parse(QStringLiteral("a[0].b")).removeFrom(root));
    EXPECT_TRUE(JsonPath::parse(QStringLiteral("a[0].b")).valueIn(root).isUndefined());
}

TEST(JsonPathTest, UnusualKeysAreQuoted)
{
    const JsonPath path = JsonPath()
                              .key(QStringLiteral("containerDefinitions"))
                              .index(0)
                              .key(QStringLiteral("dockerLabels"))
                              .key(QStringLiteral("com.example.team"));
    EXPECT_EQ(path.toString(), QStringLiteral("containerDefinitions[0].dockerLabels[\"com.example.team\"]"));
    bool ok = false;
    EXPECT_EQ(JsonPath::parse(path.toString(), &ok), path);
    EXPECT_TRUE(ok);
    const JsonPath odd = JsonPath().key(QStringLiteral("a\"b\\c")).key(QStringLiteral("x"));
    EXPECT_EQ(odd.toString(), QStringLiteral("[\"a\\\"b\\\\c\"].x"));
    EXPECT_EQ(JsonPath::parse(odd.toString()), odd);
    JsonPath::parse(QStringLiteral("[\"open"), &ok);
    EXPECT_FALSE(ok);

    QJsonValue root = QJsonObject {};
    EXPECT_TRUE(JsonPath::parse(QStringLiteral("labels[\"a.b\"]")).setIn(root, 1));
    EXPECT_EQ(root.toObject().value(QLatin1String("labels")).toObject().value(QLatin1String("a.b")), QJsonValue(1));
}

TEST(JsonPathTest, Overlaps)
{
    const JsonPath container = JsonPath::parse(QStringLiteral("containerDefinitions[1]"));
    const JsonPath image = JsonPath::parse(QStringLiteral("containerDefinitions[1].image"));
    const JsonPath other = JsonPath::parse(QStringLiteral("containerDefinitions[2].image"));
    EXPECT_TRUE(container.overlaps(image));
    EXPECT_TRUE(image.overlaps(container));
    EXPECT_FALSE(image.overlaps(other));
    EXPECT_TRUE(JsonPath().overlaps(other));
}

class TaskDefinitionDocumentTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        const TaskDefinitionImport imported = document.load(R"({
            "family": "shop", "networkMode": "bridge", "configuredAtLaunchNewField": {"x": [1, 2]},
            "containerDefinitions": [
                {"name": "web", "image": "nginx:1.24", "memory": 256, "essential": true,
                 "portMappings": [{"containerPort": 80, "hostPort": 0, "protocol": "tcp"}],
                 "environment": [{"name": "MODE", "value": "prod"}]},
                {"name": "worker", "image": "shop/worker:3", "memoryReservation": 128, "essential": false}
            ]})");
        ASSERT_TRUE(imported.ok);
        original = document.definition();
    }

    TaskDefinitionDocument document;
    QJsonObject original;
};

TEST_F(TaskDefinitionDocumentTest, TypedAccessors)
{
    EXPECT_EQ(document.family(), QStringLiteral("shop"));
    EXPECT_EQ(document.networkMode(), QStringLiteral("bridge"));
    EXPECT_EQ(document.containerCount(), 2);
    EXPECT_EQ(document.containerName(1), QStringLiteral("worker"));
    EXPECT_EQ(document.containerIndex(QStringLiteral("worker")), 1);
    EXPECT_EQ(document.containerIndex(QStringLiteral("nope")), -1);
    EXPECT_FALSE(document.isModified());
}

TEST_F(TaskDefinitionDocumentTest, TypedContainerFields)
{
    EXPECT_EQ(document.containerImage(0), QStringLiteral("nginx:1.24"));
    EXPECT_EQ(document.containerMemory(0), 256);
    EXPECT_EQ(document.containerMemoryReservation(0), std::nullopt);
    EXPECT_EQ(document.containerMemory(1), std::nullopt);
    EXPECT_EQ(document.containerMemoryReservation(1), 128);

    EXPECT_TRUE(document.setContainerImage(0, QStringLiteral("nginx:1.25")));
    EXPECT_TRUE(document.setContainerMemory(1, 512));
    EXPECT_TRUE(document.setContainerMemory(0, std::nullopt));
    EXPECT_TRUE(document.setContainerMemoryReservation(0, 64));
    EXPECT_TRUE(document.setContainerField(1, QStringLiteral("essential"), true));
    EXPECT_TRUE(document.setContainerMemory(0, std::nullopt)); // already unset: nothing to do
    EXPECT_FALSE(document.setContainerMemory(7, 1)); // no such container

    EXPECT_EQ(document.containerImage(0), QStringLiteral("nginx:1.25"));
    EXPECT_EQ(document.containerMemory(1), 512);
    EXPECT_FALSE(document.container(0).contains(QLatin1String("memory")));
    EXPECT_EQ(document.containerMemoryReservation(0), 64);
    EXPECT_TRUE(document.container(1).value(QLatin1String("essential")).toBool());
    EXPECT_EQ(document.undoStack()->count(), 5);
    while (document.undoStack()->canUndo())
        document.undoStack()->undo();
    EXPECT_EQ(document.definition(), original);
}

TEST_F(TaskDefinitionDocumentTest, EditsUndoToTheExactOriginalAndRedo)
{
    QSignalSpy changes(&document, &TaskDefinitionDocument::changed);
    document.setFamily(QStringLiteral("shop2"));
    document.setNetworkMode(QStringLiteral("awsvpc"));
    document.setTaskCpu(QStringLiteral("1 vCPU"));
    document.setRequiresCompatibilities({ QStringLiteral("FARGATE") });
    const int added = document.addContainer(QStringLiteral("sidecar"), QStringLiteral("envoy:v1"));
    EXPECT_EQ(added, 2);
    EXPECT_EQ(document.duplicateContainer(0), 1);
    EXPECT_EQ(document.containerName(1), QStringLiteral("web-copy"));
    EXPECT_EQ(document.duplicateContainer(0), 1);
    EXPECT_EQ(document.containerName(1), QStringLiteral("web-copy-2"));
    EXPECT_TRUE(document.moveContainer(0, 3));
    EXPECT_TRUE(document.removeContainer(0));
    EXPECT_TRUE(document.appendElement(TaskDefinitionDocument::containerPath(2).key(QStringLiteral("portMappings")),
        QJsonObject { { QStringLiteral("containerPort"), 8080 }, { QStringLiteral("hostPort"), 8080 } }));
    EXPECT_TRUE(document.setEnvironmentVariable(2, QStringLiteral("MODE"), QStringLiteral("dev")));
    EXPECT_TRUE(document.setEnvironmentVariable(2, QStringLiteral("NEW"), QStringLiteral("1")));
    EXPECT_TRUE(document.removeEnvironmentVariable(2, QStringLiteral("MODE")));
    EXPECT_TRUE(document.setContainerField(2, QStringLiteral("memory"), QJsonValue(QJsonValue::Undefined)));
    EXPECT_TRUE(document.removeValue(JsonPath::parse(QStringLiteral("configuredAtLaunchNewField.x"))));
    EXPECT_TRUE(document.setValue(JsonPath::parse(QStringLiteral("volumes")), QJsonArray {}));
    EXPECT_FALSE(document.setValue(JsonPath::parse(QStringLiteral("containerDefinitions.name")), 1));
    EXPECT_FALSE(document.removeElement(TaskDefinitionDocument::containersPath(), 9));

    const QJsonObject edited = document.definition();
    EXPECT_NE(edited, original);
    EXPECT_TRUE(document.isModified());
    EXPECT_EQ(document.containerName(2), QStringLiteral("web"));
    EXPECT_EQ(edited.value(QLatin1String("configuredAtLaunchNewField")).toObject(), QJsonObject {});
    EXPECT_GE(changes.size(), 16);

    const int steps = document.undoStack()->count();
    while (document.undoStack()->canUndo())
        document.undoStack()->undo();
    EXPECT_EQ(document.definition(), original);
    EXPECT_FALSE(document.isModified());

    while (document.undoStack()->canRedo())
        document.undoStack()->redo();
    EXPECT_EQ(document.definition(), edited);
    EXPECT_EQ(document.undoStack()->count(), steps);
}

TEST_F(TaskDefinitionDocumentTest, ValidatesItsCurrentState)
{
    EXPECT_FALSE(TaskDefinitionValidator::hasErrors(document.validate()));
    document.setContainerField(1, QStringLiteral("memory"), 64); // below memoryReservation 128
    const auto issues = document.validate();
    ASSERT_EQ(issues.size(), 1);
    EXPECT_EQ(issues.at(0).path, QStringLiteral("containerDefinitions[1].memoryReservation"));
    EXPECT_EQ(JsonPath::parse(issues.at(0).path),
        TaskDefinitionDocument::containerPath(1).key(QStringLiteral("memoryReservation")));
}

TEST_F(TaskDefinitionDocumentTest, LoadFileKeepsNewerFieldsVerbatim)
{
    QTemporaryDir dir;
    const QString fileName = dir.filePath(QStringLiteral("td.json"));
    QFile file(fileName);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(R"({"taskDefinition": {"family": "f", "revision": 2, "deleteRequestedAt": 1.5,
        "volumes": [{"name": "ebs", "configuredAtLaunch": true}], "enableFaultInjection": false,
        "containerDefinitions": [{"name": "a", "image": "x", "memory": 9, "restartPolicy": {"enabled": true},
        "mountPoints": [{"sourceVolume": "ebs", "containerPath": "/d"}]}]}})");
    file.close();
    const TaskDefinitionImport imported = document.loadFile(fileName);
    ASSERT_TRUE(imported.ok);
    EXPECT_EQ(
        imported.strippedFields, (QStringList { QStringLiteral("revision"), QStringLiteral("deleteRequestedAt") }));
    document.setFamily(QStringLiteral("g"));
    const QJsonObject exported = QJsonDocument::fromJson(document.toJson()).object();
    EXPECT_EQ(
        exported.value(QLatin1String("volumes")).toArray().at(0).toObject().value(QLatin1String("configuredAtLaunch")),
        QJsonValue(true));
    EXPECT_EQ(exported.value(QLatin1String("family")), QJsonValue(QStringLiteral("g")));
    EXPECT_FALSE(exported.contains(QLatin1String("revision")));
    EXPECT_TRUE(document.validate().isEmpty());
    EXPECT_FALSE(document.loadFile(dir.filePath(QStringLiteral("missing.json"))).ok);
}

TEST_F(TaskDefinitionDocumentTest, TypingInOneFieldIsOneUndoStep)
{
    const JsonPath image = TaskDefinitionDocument::containerPath(0).key(QStringLiteral("image"));
    document.setValue(image, QStringLiteral("nginx:1"));
    document.setValue(image, QStringLiteral("nginx:1.2"));
    document.setValue(image, QStringLiteral("nginx:1.25"));
    EXPECT_EQ(document.undoStack()->count(), 1);
    EXPECT_EQ(document.value(image), QJsonValue(QStringLiteral("nginx:1.25")));
    document.undoStack()->undo();
    EXPECT_EQ(document.definition(), original);
}

TEST_F(TaskDefinitionDocumentTest, JsonPaneEditIsOneUndoStep)
{
    QSignalSpy changes(&document, &TaskDefinitionDocument::changed);
    const TaskDefinitionImport broken = document.applyText("{\"family\": \"shop\",}");
    EXPECT_FALSE(broken.ok);
    EXPECT_EQ(broken.line, 1);
    EXPECT_EQ(document.undoStack()->count(), 0);

    const TaskDefinitionImport applied = document.applyText(
        R"({"family": "shop", "containerDefinitions": [{"name": "api", "image": "shop/api:2", "memory": 64}]})");
    ASSERT_TRUE(applied.ok);
    EXPECT_EQ(document.containerNames(), QStringList { QStringLiteral("api") });
    EXPECT_EQ(document.undoStack()->count(), 1);
    ASSERT_EQ(changes.size(), 1);
    EXPECT_TRUE(changes.at(0).at(0).value<JsonPath>().isEmpty()); // the root: every view refreshes
    document.undoStack()->undo();
    EXPECT_EQ(document.definition(), original);
    EXPECT_EQ(document.containerNames(), (QStringList { QStringLiteral("web"), QStringLiteral("worker") }));
    EXPECT_FALSE(document.setValue(JsonPath(), QJsonValue(5))); // the root is only ever a definition
}

TEST_F(TaskDefinitionDocumentTest, TypingBackToTheOriginalLeavesNoUndoStep)
{
    const JsonPath family = JsonPath().key(QStringLiteral("family"));
    document.setValue(family, QStringLiteral("shopx"));
    document.setValue(family, QStringLiteral("shop"));
    EXPECT_EQ(document.undoStack()->count(), 0);
    EXPECT_FALSE(document.isModified());
    EXPECT_EQ(document.definition(), original);
}

TEST_F(TaskDefinitionDocumentTest, ChangedCarriesThePathAndResetFollowsLoad)
{
    QSignalSpy changes(&document, &TaskDefinitionDocument::changed);
    QSignalSpy resets(&document, &TaskDefinitionDocument::reset);
    document.setContainerField(1, QStringLiteral("image"), QStringLiteral("shop/worker:4"));
    ASSERT_EQ(changes.size(), 1);
    EXPECT_EQ(changes.at(0).at(0).value<JsonPath>().toString(), QStringLiteral("containerDefinitions[1].image"));
    document.appendElement(TaskDefinitionDocument::containerPath(0).key(QStringLiteral("portMappings")),
        QJsonObject { { QStringLiteral("containerPort"), 443 } });
    EXPECT_EQ(changes.at(1).at(0).value<JsonPath>().toString(), QStringLiteral("containerDefinitions[0].portMappings"));
    document.undoStack()->undo();
    EXPECT_EQ(changes.size(), 3);

    const TaskDefinitionImport bad = document.load("{ nope");
    EXPECT_FALSE(bad.ok);
    EXPECT_EQ(resets.size(), 0);
    EXPECT_EQ(document.containerCount(), 2);
    document.load(R"({"family": "other", "containerDefinitions": []})");
    EXPECT_EQ(resets.size(), 1);
    EXPECT_EQ(document.undoStack()->count(), 0);
}
