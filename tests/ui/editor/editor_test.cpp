// SPDX-License-Identifier: MIT
#include "ui/editor/taskdefinitioneditor.h"

#include "api/auth/credentialsprovider.h"
#include "api/core/awstransport.h"
#include "api/ecs/ecsclient.h"
#include "common/testutil.h"
#include "local/localendpoint.h"
#include "models/taskdef/taskdefinitiondiff.h"
#include "models/taskdef/taskdefinitiondocument.h"
#include "models/taskdef/taskdefinitionjson.h"

#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUndoStack>

#include <Qsci/qsciscintilla.h>

#include <gtest/gtest.h>

using namespace EcsDesk;
using EcsDesk::Testing::waitFor;

namespace {

const QByteArray webDefinition = R"({
    "family": "web",
    "networkMode": "bridge",
    "requiresCompatibilities": ["EC2"],
    "containerDefinitions": [
        {"name": "web", "image": "nginx:1.25", "essential": true, "memory": 256,
         "portMappings": [{"containerPort": 80, "hostPort": 8080, "protocol": "tcp"}],
         "environment": [{"name": "MODE", "value": "prod"}]}
    ]
})";

QLineEdit* lineEdit(Ui::TaskDefinitionEditor& editor, const QString& path)
{
    return qobject_cast<QLineEdit*>(editor.fieldWidget(path));
}

/// An in-process local endpoint and an EcsClient talking to it over real HTTP.
class LocalEcs {
public:
    LocalEcs()
    {
        Local::LocalEndpointOptions options;
        options.dataDir = m_dir.path();
        QString error;
        m_started = m_endpoint.start(options, &error);
        EXPECT_TRUE(m_started) << error.toStdString();
        Api::ClientConfig config;
        config.transport = &m_transport;
        config.region = m_endpoint.region().toLatin1();
        config.endpointUrl = m_endpoint.url();
        config.credentials
            = std::make_shared<Api::StaticCredentialsProvider>(m_endpoint.credentials(), QStringLiteral("local"));
        m_client = std::make_unique<Api::EcsClient>(config);
    }
    bool started() const { return m_started; }
    Api::EcsClient* client() { return m_client.get(); }

    /// One call to its end; its JSON answer (empty and a test failure on error).
    QJsonObject call(Api::AwsReply* reply)
    {
        EXPECT_TRUE(waitFor([reply] { return reply->isFinished(); }, 20000));
        reply->deleteLater();
        EXPECT_TRUE(reply->isOk()) << (reply->error() ? reply->error()->toString().toStdString() : std::string());
        return reply->json();
    }

private:
    QTemporaryDir m_dir;
    Local::LocalEndpoint m_endpoint;
    Api::AwsTransport m_transport;
    std::unique_ptr<Api::EcsClient> m_client;
    bool m_started = false;
};

/// A value that ECS (and the local endpoint) fills in when the definition leaves it out: empty
/// lists, container cpu 0, networkMode bridge, essential true, hostPort and protocol of a mapping.
bool isDefaultFilledIn(const Models::TaskDefinitionChange& change)
{
    if (change.kind != Models::TaskDefinitionChange::Kind::Added)
        return false;
    const QJsonValue& value = change.newValue;
    if (value.isArray() && value.toArray().isEmpty())
        return true;
    const QString key = change.path.mid(change.path.lastIndexOf(QLatin1Char('.')) + 1);
    return (key == QLatin1String("cpu") && value.toInt(-1) == 0)
        || (change.path == QLatin1String("networkMode") && value.toString() == QLatin1String("bridge"))
        || (key == QLatin1String("essential") && value.toBool(false))
        || (key == QLatin1String("hostPort") && value.isDouble())
        || (key == QLatin1String("protocol") && value.toString() == QLatin1String("tcp"));
}

Ui::TaskDefinitionEditorContext testContext(const QTemporaryDir& dir)
{
    Ui::TaskDefinitionEditorContext context;
    context.recoveryDir = dir.filePath(QStringLiteral("recovery"));
    return context;
}

} // namespace

TEST(TaskDefinitionEditor, FormEditShowsInJsonAndJsonEditShowsInFormAndUndoRestoresBoth)
{
    QTemporaryDir dir;
    Ui::TaskDefinitionEditor editor(nullptr, testContext(dir));
    ASSERT_TRUE(editor.openDocument(webDefinition));
    editor.show();
    editor.flushPendingSync();

    // Form -> JSON: type into the image field.
    QLineEdit* image = lineEdit(editor, QStringLiteral("containerDefinitions[0].image"));
    ASSERT_NE(image, nullptr);
    EXPECT_EQ(image->text(), QStringLiteral("nginx:1.25"));
    image->setFocus();
    image->end(false);
    QTest::keyClicks(image, QStringLiteral("-alpine"));
    editor.flushPendingSync();
    EXPECT_TRUE(editor.jsonPane()->text().contains(QStringLiteral("\"image\": \"nginx:1.25-alpine\"")));
    EXPECT_EQ(editor.document()->containerImage(0), QStringLiteral("nginx:1.25-alpine"));
    // Typing merges into one undo step.
    EXPECT_EQ(editor.document()->undoStack()->count(), 1);

    // JSON -> form: type into the JSON pane after `"family": "web`.
    QsciScintilla* json = editor.jsonPane();
    const QString text = json->text();
    const qsizetype at = text.indexOf(QStringLiteral("\"family\": \"web")) + 14;
    int line = 0;
    int index = 0;
    json->lineIndexFromPosition(int(at), &line, &index);
    json->setFocus();
    json->setCursorPosition(line, index);
    QTest::keyClicks(json, QStringLiteral("shop"));
    EXPECT_TRUE(json->text().contains(QStringLiteral("\"family\": \"webshop\"")));
    editor.flushPendingSync();
    EXPECT_EQ(editor.document()->family(), QStringLiteral("webshop"));
    EXPECT_EQ(lineEdit(editor, QStringLiteral("family"))->text(), QStringLiteral("webshop"));
    EXPECT_EQ(editor.document()->undoStack()->count(), 2);

    // Undo restores both, twice.
    editor.document()->undoStack()->undo();
    editor.flushPendingSync();
    EXPECT_EQ(lineEdit(editor, QStringLiteral("family"))->text(), QStringLiteral("web"));
    EXPECT_TRUE(json->text().contains(QStringLiteral("\"family\": \"web\"")));
    editor.document()->undoStack()->undo();
    editor.flushPendingSync();
    EXPECT_EQ(lineEdit(editor, QStringLiteral("containerDefinitions[0].image"))->text(), QStringLiteral("nginx:1.25"));
    EXPECT_TRUE(json->text().contains(QStringLiteral("\"image\": \"nginx:1.25\"")));
    EXPECT_FALSE(editor.document()->isModified());
}

TEST(TaskDefinitionEditor, CtrlZInAFieldUndoesTheDocumentAndFargateOffersValidSizes)
{
    QTemporaryDir dir;
    Ui::TaskDefinitionEditor editor(nullptr, testContext(dir));
    ASSERT_TRUE(editor.openDocument(webDefinition));
    editor.show();
    editor.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&editor));
    QLineEdit* family = lineEdit(editor, QStringLiteral("family"));
    ASSERT_NE(family, nullptr);
    family->setFocus();
    family->end(false);
    QTest::keyClicks(family, QStringLiteral("-x"));
    editor.flushPendingSync();
    EXPECT_EQ(editor.document()->family(), QStringLiteral("web-x"));
    // The latest edit is elsewhere: Ctrl+Z in the family field undoes that (the document's history),
    // not the field's own typing.
    editor.document()->setContainerImage(0, QStringLiteral("other:1"));
    editor.flushPendingSync();
    family->setFocus();
    QTest::keyClick(family, Qt::Key_Z, Qt::ControlModifier);
    editor.flushPendingSync();
    EXPECT_EQ(editor.document()->containerImage(0), QStringLiteral("nginx:1.25"));
    EXPECT_EQ(family->text(), QStringLiteral("web-x"));
    QTest::keyClick(family, Qt::Key_Z, Qt::ControlModifier);
    editor.flushPendingSync();
    EXPECT_EQ(editor.document()->family(), QStringLiteral("web"));
    EXPECT_EQ(family->text(), QStringLiteral("web"));
    QTest::keyClick(family, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    editor.flushPendingSync();
    EXPECT_EQ(family->text(), QStringLiteral("web-x"));

    editor.document()->setRequiresCompatibilities({ QStringLiteral("FARGATE") });
    editor.document()->setTaskCpu(QStringLiteral("512"));
    editor.flushPendingSync();
    auto* memory = qobject_cast<QComboBox*>(editor.fieldWidget(QStringLiteral("memory")));
    ASSERT_NE(memory, nullptr);
    QStringList offered;
    for (int i = 0; i < memory->count(); ++i)
        offered.append(memory->itemText(i));
    QStringList valid;
    for (int mib : Models::TaskDefinitionValidator::fargateMemoryChoices(512))
        valid.append(QString::number(mib));
    EXPECT_EQ(offered, valid);
    EXPECT_EQ(offered.first(), QStringLiteral("1024"));
}

TEST(TaskDefinitionEditor, TableEditsAreUndoableAndShowInJson)
{
    QTemporaryDir dir;
    Ui::TaskDefinitionEditor editor(nullptr, testContext(dir));
    ASSERT_TRUE(editor.openDocument(webDefinition));
    editor.flushPendingSync();
    auto* view
        = qobject_cast<QAbstractItemView*>(editor.fieldWidget(QStringLiteral("containerDefinitions[0].environment")));
    ASSERT_NE(view, nullptr);
    QAbstractItemModel* model = view->model();
    ASSERT_EQ(model->rowCount(), 1);
    ASSERT_TRUE(model->setData(model->index(0, 1), QStringLiteral("staging"), Qt::EditRole));
    editor.flushPendingSync();
    EXPECT_TRUE(editor.jsonPane()->text().contains(QStringLiteral("\"value\": \"staging\"")));
    EXPECT_EQ(model->data(model->index(0, 1), Qt::DisplayRole).toString(), QStringLiteral("staging"));
    editor.document()->undoStack()->undo();
    editor.flushPendingSync();
    EXPECT_EQ(model->data(model->index(0, 1), Qt::DisplayRole).toString(), QStringLiteral("prod"));
}

TEST(TaskDefinitionEditor, InvalidJsonIsMarkedAtItsPositionAndTheFormKeepsTheLastValidState)
{
    QTemporaryDir dir;
    Ui::TaskDefinitionEditor editor(nullptr, testContext(dir));
    ASSERT_TRUE(editor.openDocument(webDefinition));
    editor.flushPendingSync();
    QsciScintilla* json = editor.jsonPane();
    // Break the family line: `"family": "web",` -> `"family": "web" x,`
    QString text = json->text();
    const int familyLine = int(text.left(text.indexOf(QStringLiteral("\"family\""))).count(QLatin1Char('\n'))) + 1;
    text.replace(QStringLiteral("\"family\": \"web\","), QStringLiteral("\"family\": \"web\" x,"));
    json->setText(text);
    editor.flushPendingSync();
    EXPECT_FALSE(editor.jsonError().isEmpty());
    EXPECT_EQ(editor.jsonErrorLine(), familyLine);
    EXPECT_GT(editor.jsonErrorColumn(), 0);
    EXPECT_NE(json->markersAtLine(familyLine - 1) & 1, 0u) << "the error line carries the marker";
    EXPECT_EQ(editor.document()->family(), QStringLiteral("web"));
    EXPECT_EQ(lineEdit(editor, QStringLiteral("family"))->text(), QStringLiteral("web"));
    EXPECT_FALSE(editor.document()->isModified());

    // The broken text is the user's work: the form is locked meanwhile, and nothing that changes
    // the document (an undo here) may overwrite the pane.
    EXPECT_FALSE(lineEdit(editor, QStringLiteral("family"))->isEnabled());
    editor.document()->setFamily(QStringLiteral("changed-elsewhere"));
    editor.flushPendingSync();
    EXPECT_EQ(json->text(), text) << "the invalid JSON the user is fixing was overwritten";
    editor.document()->undoStack()->undo();
    editor.flushPendingSync();
    EXPECT_EQ(json->text(), text);

    // Fixing it applies it and clears the marker.
    text.replace(QStringLiteral("\"family\": \"web\" x,"), QStringLiteral("\"family\": \"fixed\","));
    json->setText(text);
    editor.flushPendingSync();
    EXPECT_TRUE(editor.jsonError().isEmpty());
    EXPECT_EQ(json->markersAtLine(familyLine - 1) & 1, 0u);
    EXPECT_EQ(lineEdit(editor, QStringLiteral("family"))->text(), QStringLiteral("fixed"));
    EXPECT_TRUE(lineEdit(editor, QStringLiteral("family"))->isEnabled());
}

TEST(TaskDefinitionEditor, ValidationIsShownPerFieldAndErrorsBlockRegistering)
{
    LocalEcs local;
    ASSERT_TRUE(local.started());
    QTemporaryDir dir;
    Ui::TaskDefinitionEditor editor(local.client(), testContext(dir));
    ASSERT_TRUE(editor.openDocument(webDefinition));
    editor.flushPendingSync();
    EXPECT_TRUE(editor.registerAction()->isEnabled());

    QLineEdit* reservation = lineEdit(editor, QStringLiteral("containerDefinitions[0].memoryReservation"));
    ASSERT_NE(reservation, nullptr);
    QTest::keyClicks(reservation, QStringLiteral("512"));
    editor.flushPendingSync();
    const QString message = editor.fieldMessage(QStringLiteral("containerDefinitions[0].memoryReservation"));
    EXPECT_FALSE(message.isEmpty()) << "memoryReservation 512 > memory 256 is reported next to the field";
    EXPECT_FALSE(editor.registerAction()->isEnabled());
    EXPECT_FALSE(editor.registerRevision());
    bool listed = false;
    for (int i = 0; i < editor.problemsView()->topLevelItemCount(); ++i)
        listed = listed
            || editor.problemsView()->topLevelItem(i)->text(1)
                == QStringLiteral("containerDefinitions[0].memoryReservation");
    EXPECT_TRUE(listed);

    // Activating the problem goes to the field.
    QTreeWidgetItem* item = editor.problemsView()->topLevelItem(0);
    ASSERT_NE(item, nullptr);
    Q_EMIT editor.problemsView()->itemActivated(item, 0);

    // Fixing it unblocks registering.
    reservation->selectAll();
    QTest::keyClicks(reservation, QStringLiteral("128"));
    editor.flushPendingSync();
    EXPECT_TRUE(editor.fieldMessage(QStringLiteral("containerDefinitions[0].memoryReservation")).isEmpty());
    EXPECT_TRUE(editor.registerAction()->isEnabled());
}

TEST(TaskDefinitionEditor, EcsRulesShowOnTheirFieldWithEcsText)
{
    // Issue 16: the rules ECS enforces come from the rulebook the local endpoint rejects with, so the
    // editor shows ECS's answer on the field before registering.
    LocalEcs local;
    ASSERT_TRUE(local.started());
    QTemporaryDir dir;
    Ui::TaskDefinitionEditor editor(local.client(), testContext(dir));
    ASSERT_TRUE(editor.openDocument(R"({"family": "api", "requiresCompatibilities": ["FARGATE"],
        "networkMode": "awsvpc", "cpu": "1024", "memory": "1024", "containerDefinitions": [{"name": "api",
        "image": "nginx:1.25", "logConfiguration": {"logDriver": "awslogs", "options": {"awslogs-group": "/api",
        "awslogs-region": "us-east-1", "awslogs-stream-prefix": "api"}}}]})"));
    editor.flushPendingSync();
    EXPECT_TRUE(editor.fieldMessage(QStringLiteral("containerDefinitions[0].logConfiguration.logDriver"))
                    .contains(QStringLiteral("Fargate requires task definition to have execution role ARN to support "
                                             "log driver awslogs.")))
        << editor.fieldMessage(QStringLiteral("containerDefinitions[0].logConfiguration.logDriver")).toStdString();
    EXPECT_TRUE(
        editor.fieldMessage(QStringLiteral("memory"))
            .contains(QStringLiteral("No Fargate configuration exists for given values: 1024 CPU, 1024 memory.")))
        << editor.fieldMessage(QStringLiteral("memory")).toStdString();
    EXPECT_FALSE(editor.registerAction()->isEnabled());

    // Naming an execution role clears the awslogs error.
    QLineEdit* role = lineEdit(editor, QStringLiteral("executionRoleArn"));
    ASSERT_NE(role, nullptr);
    QTest::keyClicks(role, QStringLiteral("arn:aws:iam::123456789012:role/ecsTaskExecutionRole"));
    editor.flushPendingSync();
    EXPECT_TRUE(editor.fieldMessage(QStringLiteral("containerDefinitions[0].logConfiguration.logDriver")).isEmpty());
}

TEST(TaskDefinitionEditor, EveryValidFixtureRegistersThroughTheEditorAndReadsBackEqual)
{
    ECSDESK_REQUIRE_FIXTURES(fixtures);
    LocalEcs local;
    ASSERT_TRUE(local.started());
    QTemporaryDir dir;
    const QDir folder(fixtures + QStringLiteral("/task-definitions"));
    int registered = 0;
    int skipped = 0;
    for (const QString& name : folder.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name)) {
        SCOPED_TRACE(name.toStdString());
        QFile file(folder.filePath(name));
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        const Models::TaskDefinitionImport parsed = Models::TaskDefinitionJson::parse(bytes);
        if (!parsed.ok
            || Models::TaskDefinitionValidator::hasErrors(
                Models::TaskDefinitionValidator::validate(parsed.definition))) {
            ++skipped;
            continue;
        }
        Ui::TaskDefinitionEditor editor(local.client(), testContext(dir));
        ASSERT_TRUE(editor.openDocument(bytes));
        editor.flushPendingSync();
        QSignalSpy done(&editor, &Ui::TaskDefinitionEditor::registered);
        QSignalSpy failed(&editor, &Ui::TaskDefinitionEditor::registerFailed);
        ASSERT_TRUE(editor.registerRevision());
        ASSERT_TRUE(waitFor([&] { return done.count() + failed.count() > 0; }, 20000));
        ASSERT_EQ(failed.count(), 0) << failed.value(0).value(0).toString().toStdString();
        const QString arn = done.value(0).value(0).toString();
        EXPECT_EQ(editor.sourceRevisionArn(), arn);
        EXPECT_FALSE(editor.document()->isModified());
        const QJsonObject readBack = Models::TaskDefinitionJson::toRegisterInput(
            local.call(local.client()->describeTaskDefinition(arn)).value(QStringLiteral("taskDefinition")).toObject());
        QList<Models::TaskDefinitionChange> changes = Models::TaskDefinitionDiff::compare(
            Models::TaskDefinitionJson::toRegisterInput(parsed.definition), readBack);
        changes.removeIf(isDefaultFilledIn);
        EXPECT_TRUE(changes.isEmpty()) << Models::TaskDefinitionDiff::toUnifiedText(
            changes, QStringLiteral("file"), QStringLiteral("registered"))
                                              .toStdString();
        ++registered;
    }
    EXPECT_GT(registered, 0);
    RecordProperty("registered", registered);
    RecordProperty("skipped_invalid", skipped);
}

TEST(TaskDefinitionEditor, RegisterAndDeployUpdatesTheServiceAndComparesRevisions)
{
    LocalEcs local;
    ASSERT_TRUE(local.started());
    local.call(local.client()->createCluster(QStringLiteral("shop")));
    const QJsonObject first = local.call(
        local.client()->registerTaskDefinition(Models::TaskDefinitionJson::parse(webDefinition).definition));
    const QString firstArn = first.value(QStringLiteral("taskDefinition"))
                                 .toObject()
                                 .value(QStringLiteral("taskDefinitionArn"))
                                 .toString();
    local.call(local.client()->createService(QStringLiteral("shop"),
        QJsonObject { { QStringLiteral("serviceName"), QStringLiteral("front") },
            { QStringLiteral("taskDefinition"), firstArn }, { QStringLiteral("desiredCount"), 1 } }));

    QTemporaryDir dir;
    Ui::TaskDefinitionEditorContext context = testContext(dir);
    context.cluster = QStringLiteral("shop");
    context.service = QStringLiteral("front");
    Ui::TaskDefinitionEditor editor(local.client(), context);
    ASSERT_TRUE(editor.openDocument(QJsonDocument(first).toJson()));
    EXPECT_EQ(editor.sourceRevisionArn(), firstArn);
    editor.flushPendingSync();
    QLineEdit* image = lineEdit(editor, QStringLiteral("containerDefinitions[0].image"));
    ASSERT_NE(image, nullptr);
    image->selectAll();
    QTest::keyClicks(image, QStringLiteral("nginx:1.27"));
    editor.flushPendingSync();

    // The Service field completes the cluster's services.
    QLineEdit* clusterField = nullptr;
    QLineEdit* serviceField = nullptr;
    for (QLineEdit* edit : editor.findChildren<QLineEdit*>()) {
        if (edit->text() == QStringLiteral("shop"))
            clusterField = edit;
        if (edit->text() == QStringLiteral("front"))
            serviceField = edit;
    }
    ASSERT_TRUE(clusterField && serviceField && serviceField->completer());
    Q_EMIT clusterField->editingFinished();
    QAbstractItemModel* completions = serviceField->completer()->model();
    ASSERT_TRUE(waitFor([&] { return completions->rowCount() == 1; }, 20000));
    EXPECT_EQ(completions->index(0, 0).data().toString(), QStringLiteral("front"));

    editor.compareWithSource();
    ASSERT_EQ(editor.shownChanges().size(), 1);
    EXPECT_EQ(editor.shownChanges().at(0).path, QStringLiteral("containerDefinitions[name=web].image"));

    ASSERT_TRUE(editor.registerAndDeployAction()->isEnabled());
    QSignalSpy deployed(&editor, &Ui::TaskDefinitionEditor::deploymentStarted);
    QSignalSpy failed(&editor, &Ui::TaskDefinitionEditor::deployFailed);
    QSignalSpy registerFailed(&editor, &Ui::TaskDefinitionEditor::registerFailed);
    editor.registerAndDeployAction()->trigger();
    ASSERT_TRUE(waitFor([&] { return deployed.count() + failed.count() + registerFailed.count() > 0; }, 20000));
    ASSERT_EQ(deployed.count(), 1);
    const QString newArn = editor.sourceRevisionArn();
    EXPECT_TRUE(newArn.endsWith(QStringLiteral(":2"))) << newArn.toStdString();
    const QJsonObject services
        = local.call(local.client()->describeServices(QStringLiteral("shop"), { QStringLiteral("front") }));
    EXPECT_EQ(services.value(QStringLiteral("services"))
                  .toArray()
                  .at(0)
                  .toObject()
                  .value(QStringLiteral("taskDefinition"))
                  .toString(),
        newArn);

    // Compare the two registered revisions through the client.
    QSignalSpy compared(&editor, &Ui::TaskDefinitionEditor::comparisonReady);
    editor.compareRevisions(QStringLiteral("web:1"), QStringLiteral("web:2"));
    ASSERT_TRUE(waitFor([&] { return compared.count() > 0; }, 20000));
    EXPECT_TRUE(compared.value(0).value(0).toString().isEmpty());
    ASSERT_EQ(editor.shownChanges().size(), 1);
    EXPECT_EQ(editor.shownChanges().at(0).newValue.toString(), QStringLiteral("nginx:1.27"));
}

TEST(TaskDefinitionEditor, RecoveryCopyRestoresUnsavedEdits)
{
    QTemporaryDir dir;
    QString recovery;
    {
        Ui::TaskDefinitionEditor editor(nullptr, testContext(dir));
        ASSERT_TRUE(editor.openDocument(webDefinition));
        editor.document()->setFamily(QStringLiteral("unsaved"));
        editor.autosaveNow();
        recovery = editor.recoveryFile();
        ASSERT_FALSE(recovery.isEmpty());
        EXPECT_EQ(int(QFile::permissions(recovery) & (QFileDevice::ReadOther | QFileDevice::ReadGroup)), 0);
    } // destroyed without closing: the copy stays, as after a crash
    const QStringList files = Ui::TaskDefinitionEditor::recoveryFiles(dir.filePath(QStringLiteral("recovery")));
    ASSERT_EQ(files.size(), 1);
    Ui::TaskDefinitionEditor restored(nullptr, testContext(dir));
    ASSERT_TRUE(restored.restoreRecovery(files.at(0)));
    EXPECT_EQ(restored.document()->family(), QStringLiteral("unsaved"));
    EXPECT_TRUE(restored.document()->isModified());
    restored.document()->undoStack()->undo();
    EXPECT_EQ(restored.document()->family(), QStringLiteral("web"));
    // Exporting saves it: the recovery copy goes away.
    restored.document()->undoStack()->redo();
    ASSERT_TRUE(restored.exportFile(dir.filePath(QStringLiteral("out.json"))));
    EXPECT_FALSE(QFile::exists(files.at(0)));
    const Models::TaskDefinitionImport exported
        = Models::TaskDefinitionJson::readFile(dir.filePath(QStringLiteral("out.json")));
    ASSERT_TRUE(exported.ok);
    EXPECT_EQ(exported.definition.value(QStringLiteral("family")).toString(), QStringLiteral("unsaved"));
}
