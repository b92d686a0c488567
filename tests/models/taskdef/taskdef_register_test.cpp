// SPDX-License-Identifier: MIT
// Exported task definitions against real peers: moto_server (an independent ECS emulator) and
// botocore / the AWS CLI, which validate every request against the ECS service model. What we
// export registers exactly when our validator finds no structural error, and what ECS describes
// back imports to the same definition plus only the defaults the server fills in.

#include "models/taskdef/taskdefinitiondiff.h"
#include "models/taskdef/taskdefinitionjson.h"
#include "models/taskdef/taskdefinitionvalidator.h"

#include "common/processserver.h"
#include "common/testutil.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace EcsDesk::Models;
using EcsDesk::Testing::MotoServer;

namespace {

// Rules whose errors the SDKs' own request validation also catches.
bool hasStructuralError(const QList<ValidationIssue>& issues)
{
    return std::any_of(issues.begin(), issues.end(), [](const ValidationIssue& issue) {
        return issue.isError()
            && (issue.rule == QLatin1String("wrong-type") || issue.rule == QLatin1String("null-value"));
    });
}

bool isEmptyValue(const QJsonValue& value)
{
    return (value.isArray() && value.toArray().isEmpty()) || (value.isObject() && value.toObject().isEmpty());
}

#define REQUIRE_PEERS(moto)                                                                                            \
    ECSDESK_REQUIRE_FIXTURES(fixtures);                                                                                \
    if (!MotoServer::isInstalled()) {                                                                                  \
        if (EcsDesk::Testing::runningInCi())                                                                           \
            FAIL() << "moto_server is not installed";                                                                  \
        GTEST_SKIP() << "moto_server is not installed";                                                                \
    }                                                                                                                  \
    MotoServer moto;                                                                                                   \
    ASSERT_TRUE(moto.start()) << moto.errorString().toStdString();

QProcessEnvironment awsEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("testing"));
    environment.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QStringLiteral("testing"));
    environment.insert(QStringLiteral("AWS_EC2_METADATA_DISABLED"), QStringLiteral("true"));
    environment.remove(QStringLiteral("AWS_PROFILE"));
    return environment;
}

} // namespace

TEST(TaskDefinitionRegistration, ExportsRegisterAndDescribeBackUnchanged)
{
    REQUIRE_PEERS(moto);
    QTemporaryDir exports;
    ASSERT_TRUE(exports.isValid());

    // Every fixture, plus the logstash one whose portMappings is an object.
    QStringList sources;
    const QDir dir(fixtures + QLatin1String("/task-definitions"));
    for (const QString& name : dir.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name))
        sources.append(dir.filePath(name));
    sources.append(fixtures + QLatin1String("/task-definitions-invalid/firelens--logstash-task-definition.json"));

    QHash<QString, QJsonObject> exported; // export file -> definition
    QHash<QString, QString> sourceOf;
    QStringList exportFiles;
    for (const QString& source : sources) {
        const TaskDefinitionImport imported = TaskDefinitionJson::readFile(source);
        ASSERT_TRUE(imported.ok) << source.toStdString();
        const QString target = exports.filePath(QFileInfo(source).fileName());
        QFile file(target);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(TaskDefinitionJson::toJson(imported.definition));
        file.close();
        exported.insert(target, imported.definition);
        sourceOf.insert(target, source);
        exportFiles.append(target);
    }

    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
        QStringList { EcsDesk::Testing::sourceDir() + QLatin1String("/tests/models/taskdef/register_roundtrip.py"),
            moto.url().toString() }
            + exportFiles);
    ASSERT_TRUE(python.waitForFinished(240000));
    ASSERT_EQ(python.exitCode(), 0) << python.readAllStandardError().toStdString();
    const QJsonObject results = QJsonDocument::fromJson(python.readAllStandardOutput()).object();
    ASSERT_EQ(results.size(), exportFiles.size());

    int registered = 0;
    for (const QString& file : std::as_const(exportFiles)) {
        SCOPED_TRACE(sourceOf.value(file).toStdString());
        const QJsonObject result = results.value(file).toObject();
        const auto issues = TaskDefinitionValidator::validate(exported.value(file));
        // botocore refuses exactly the definitions we find structurally wrong.
        EXPECT_EQ(result.value(QLatin1String("ok")).toBool(), !hasStructuralError(issues))
            << result.value(QLatin1String("error")).toString().toStdString();
        if (!result.value(QLatin1String("ok")).toBool())
            continue;
        ++registered;
        // DescribeTaskDefinition output imports (wrapped form, read-only fields dropped) to what
        // we sent, plus defaults the server fills in (cpu 0, empty lists): nothing changed or lost
        // except empty lists.
        const QByteArray described
            = QJsonDocument(result.value(QLatin1String("described")).toObject()).toJson(QJsonDocument::Compact);
        const TaskDefinitionImport back = TaskDefinitionJson::parse(described);
        ASSERT_TRUE(back.ok);
        EXPECT_TRUE(back.wasWrapped);
        EXPECT_TRUE(back.strippedFields.contains(QLatin1String("revision")));
        EXPECT_FALSE(back.definition.contains(QLatin1String("taskDefinitionArn")));
        for (const TaskDefinitionChange& change : TaskDefinitionDiff::compare(exported.value(file), back.definition)) {
            const bool serverDefault = change.kind == TaskDefinitionChange::Kind::Added;
            const bool emptyDropped
                = change.kind == TaskDefinitionChange::Kind::Removed && isEmptyValue(change.oldValue);
            EXPECT_TRUE(serverDefault || emptyDropped)
                << change.kindName().toStdString() << " " << change.path.toStdString();
        }
    }
    EXPECT_GE(registered, 50);
}

TEST(TaskDefinitionRegistration, AwsCliRegistersTheCliExport)
{
    REQUIRE_PEERS(moto);
    if (!QFile::exists(QStringLiteral("/usr/bin/aws")))
        GTEST_SKIP() << "/usr/bin/aws is not installed";
    // The documented recipe: ecsdesk-cli td export describe-output.json > td.json, then
    // aws ecs register-task-definition --cli-input-json file://td.json
    QTemporaryDir dir;
    QProcess cli;
    cli.start(QStringLiteral(ECSDESK_CLI_PATH),
        { QStringLiteral("td"), QStringLiteral("export"),
            fixtures + QLatin1String("/task-definitions/ecspresso--tests-td.json") });
    ASSERT_TRUE(cli.waitForFinished(60000));
    ASSERT_EQ(cli.exitCode(), 0) << cli.readAllStandardError().toStdString();
    const QByteArray json = cli.readAllStandardOutput();
    EXPECT_FALSE(QJsonDocument::fromJson(json).object().contains(QLatin1String("taskDefinition")));
    QFile file(dir.filePath(QStringLiteral("td.json")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(json);
    file.close();

    QProcess aws;
    aws.setProcessEnvironment(awsEnvironment());
    aws.start(QStringLiteral("/usr/bin/aws"),
        { QStringLiteral("ecs"), QStringLiteral("register-task-definition"), QStringLiteral("--cli-input-json"),
            QLatin1String("file://") + file.fileName(), QStringLiteral("--endpoint-url"), moto.url().toString(),
            QStringLiteral("--region"), QStringLiteral("us-east-1"), QStringLiteral("--output"),
            QStringLiteral("json") });
    ASSERT_TRUE(aws.waitForFinished(120000));
    ASSERT_EQ(aws.exitCode(), 0) << aws.readAllStandardError().toStdString();
    const QJsonObject answer = QJsonDocument::fromJson(aws.readAllStandardOutput()).object();
    EXPECT_EQ(answer.value(QLatin1String("taskDefinition")).toObject().value(QLatin1String("family")).toString(),
        QStringLiteral("katsubushi"));
}
