// SPDX-License-Identifier: MIT
// `ecsdesk-cli td validate` and `ecsdesk-cli td diff`, run as processes: exit codes and output.

#include "common/testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>

#include <gtest/gtest.h>

namespace {

struct CliResult {
    int exitCode = -1;
    QString out;
    QString err;
};

CliResult runCli(const QStringList& arguments, const QByteArray& input = {})
{
    QProcess process;
    process.start(QStringLiteral(ECSDESK_CLI_PATH), QStringList { QStringLiteral("td") } + arguments);
    process.write(input);
    process.closeWriteChannel();
    CliResult result;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

class TdCliTest : public ::testing::Test {
protected:
    QString write(const char* name, const char* content)
    {
        const QString path = dir.filePath(QLatin1String(name));
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(content);
        return path;
    }
    QTemporaryDir dir;
};

const char* kClean = R"({"family": "web", "containerDefinitions": [{"name": "web", "image": "nginx:1.25",
    "memory": 256, "portMappings": [{"containerPort": 80}]}]})";

} // namespace

TEST_F(TdCliTest, ValidateCleanFileExitsZeroSilently)
{
    const CliResult result = runCli({ QStringLiteral("validate"), write("clean.json", kClean) });
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_EQ(result.out, QString());
    EXPECT_TRUE(result.err.contains(QLatin1String("1 file(s) checked: 0 error(s), 0 warning(s)")));
}

TEST_F(TdCliTest, ValidateReportsErrorsWithFileAndPath)
{
    const QString file = write("bad.json", R"({"family": "web", "containerDefinitions": [{"name": "web",
        "image": "nginx", "memory": 128, "memoryReservation": 256}, {"name": "web", "image": "x", "memory": 9}]})");
    const CliResult result = runCli({ QStringLiteral("validate"), file });
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_EQ(result.out,
        // ECS's rules, with ECS's text (issue 16: the rulebook the local endpoint rejects with).
        file
            + QLatin1String(": containerDefinitions[0].memoryReservation: error: Invalid setting for container 'web'. "
                            "'memory' must be greater than or equal to 'memoryReservation'.\n")
            + file + QLatin1String(": containerDefinitions[1].name: error: Duplicate container name 'web'.\n"));
}

TEST_F(TdCliTest, ValidateInvalidFixtures)
{
    ECSDESK_REQUIRE_FIXTURES(fixtures);
    const QString dynatrace
        = fixtures + QLatin1String("/task-definitions-invalid/firelens--dynatrace-task-definition.json");
    const QString logstash
        = fixtures + QLatin1String("/task-definitions-invalid/firelens--logstash-task-definition.json");
    const CliResult result
        = runCli({ QStringLiteral("validate"), QStringLiteral("--errors-only"), dynatrace, logstash });
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_EQ(result.out,
        dynatrace
            + QLatin1String(": line 34, column 20: error: not valid JSON: expected ',' or '}' here (is a comma "
                            "missing?)\n")
            + logstash
            + QLatin1String(": containerDefinitions[1].portMappings: error: portMappings must be a list of "
                            "objects, but it is an object\n"));
}

TEST_F(TdCliTest, WarningsOnlyPassUnlessStrict)
{
    const QString file = write("templated.json", R"({"family": "web", "containerDefinitions": [{"name": "web",
        "image": "{{ must_env `IMAGE` }}", "memory": 256}]})");
    CliResult result = runCli({ QStringLiteral("validate"), file });
    EXPECT_EQ(result.exitCode, 0);
    EXPECT_TRUE(result.out.contains(QLatin1String(": containerDefinitions[0].image: warning: ")));
    result = runCli({ QStringLiteral("validate"), QStringLiteral("--warnings-as-errors"), file });
    EXPECT_EQ(result.exitCode, 1);
}

TEST_F(TdCliTest, ValidateAFolderAndSyntaxErrorsInJson)
{
    write("a.json", kClean);
    write("b.json", "{\n  \"family\": \"x\"\n  \"cpu\": \"256\"\n}");
    write("notes.txt", "not a task definition");
    CliResult result
        = runCli({ QStringLiteral("validate"), QStringLiteral("--format"), QStringLiteral("json"), dir.path() });
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains(QLatin1String("2 file(s) checked: 1 error(s), 0 warning(s)")))
        << result.err.toStdString();
    const QJsonArray report = QJsonDocument::fromJson(result.out.toUtf8()).array();
    ASSERT_EQ(report.size(), 1) << result.out.toStdString();
    const QJsonObject entry = report.at(0).toObject();
    EXPECT_EQ(entry.value(QLatin1String("rule")).toString(), QStringLiteral("json-syntax"));
    EXPECT_EQ(entry.value(QLatin1String("line")).toInt(), 3);
    EXPECT_EQ(entry.value(QLatin1String("column")).toInt(), 3);
    EXPECT_TRUE(entry.value(QLatin1String("file")).toString().endsWith(QLatin1String("b.json")));
}

TEST_F(TdCliTest, ValidateReadsStandardInput)
{
    // As in: aws ecs describe-task-definition --task-definition web | ecsdesk-cli td validate -
    const CliResult result = runCli({ QStringLiteral("validate"), QStringLiteral("-") },
        R"({"taskDefinition": {"family": "web", "revision": 4, "status": "ACTIVE",
                                        "containerDefinitions": [{"name": "web", "image": "nginx", "memory": 128,
                                        "memoryReservation": 512}]}})");
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.out.startsWith(QLatin1String("-: containerDefinitions[0].memoryReservation: error: ")))
        << result.out.toStdString();
}

TEST_F(TdCliTest, ValidateJsonFormat)
{
    const CliResult result = runCli({ QStringLiteral("validate"), QStringLiteral("--format"), QStringLiteral("json"),
        write("missing.json", R"({"containerDefinitions": [{"name": "a", "image": "x", "memory": 9}]})") });
    EXPECT_EQ(result.exitCode, 1);
    const QJsonArray report = QJsonDocument::fromJson(result.out.toUtf8()).array();
    ASSERT_EQ(report.size(), 1) << result.out.toStdString();
    EXPECT_EQ(report.at(0).toObject().value(QLatin1String("rule")).toString(), QStringLiteral("family-required"));
    EXPECT_EQ(report.at(0).toObject().value(QLatin1String("path")).toString(), QStringLiteral("family"));
    EXPECT_EQ(report.at(0).toObject().value(QLatin1String("severity")).toString(), QStringLiteral("error"));
}

TEST_F(TdCliTest, DiffTextAndJson)
{
    const QString before = write("before.json", kClean);
    const QString after = write("after.json", R"({"family": "web", "containerDefinitions": [{"name": "web",
        "image": "nginx:1.26", "memory": 256, "portMappings": [{"containerPort": 80}]}]})");
    CliResult result = runCli({ QStringLiteral("diff"), before, after });
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_EQ(result.out,
        QLatin1String("--- ") + before + QLatin1String("\n+++ ") + after
            + QLatin1String("\n@@ containerDefinitions[name=web].image (changed) @@\n"
                            "- \"nginx:1.25\"\n+ \"nginx:1.26\"\n"));

    result = runCli({ QStringLiteral("diff"), QStringLiteral("--format"), QStringLiteral("json"), before, after });
    EXPECT_EQ(result.exitCode, 1);
    const QJsonObject report = QJsonDocument::fromJson(result.out.toUtf8()).object();
    const QJsonArray changes = report.value(QLatin1String("changes")).toArray();
    ASSERT_EQ(changes.size(), 1);
    EXPECT_EQ(changes.at(0).toObject().value(QLatin1String("new")).toString(), QStringLiteral("nginx:1.26"));

    result = runCli({ QStringLiteral("diff"), before, before });
    EXPECT_EQ(result.exitCode, 0);
    EXPECT_EQ(result.out, QString());
}

TEST_F(TdCliTest, DiffFixturePair)
{
    ECSDESK_REQUIRE_FIXTURES(fixtures);
    const CliResult result = runCli({ QStringLiteral("diff"), QStringLiteral("--format"), QStringLiteral("json"),
        fixtures + QLatin1String("/task-definitions/aws-samples--nginx-nginx_ec2.json"),
        fixtures + QLatin1String("/task-definitions/aws-samples--nginx-nginx_fargate.json") });
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_EQ(
        QJsonDocument::fromJson(result.out.toUtf8()).object().value(QLatin1String("changes")).toArray().size(), 6);
}

TEST_F(TdCliTest, ExportUnwrapsAndDropsReadOnlyFields)
{
    const QString wrapped = write("describe.json", R"({"taskDefinition": {"family": "web", "revision": 9,
        "status": "ACTIVE", "compatibilities": ["EC2"], "containerDefinitions": [{"name": "web", "image": "nginx",
        "memory": 128, "futureField": {"a": 1}}]}, "tags": [{"key": "team", "value": "shop"}]})");
    CliResult result = runCli({ QStringLiteral("export"), wrapped });
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(result.out.toUtf8()).object(),
        QJsonDocument::fromJson(R"({"family": "web", "containerDefinitions": [{"name": "web", "image": "nginx",
                  "memory": 128, "futureField": {"a": 1}}], "tags": [{"key": "team", "value": "shop"}]})")
            .object());

    result = runCli({ QStringLiteral("export"), write("broken.json", "{\n  \"family\": \n}") });
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains(QLatin1String("line 3, column 1: not valid JSON"))) << result.err.toStdString();
    EXPECT_EQ(result.out, QString());
}

TEST_F(TdCliTest, UsageAndUnreadableInput)
{
    EXPECT_EQ(runCli({}).exitCode, 2);
    EXPECT_EQ(runCli({ QStringLiteral("frobnicate") }).exitCode, 2);
    EXPECT_EQ(runCli({ QStringLiteral("validate") }).exitCode, 2);
    EXPECT_EQ(runCli({ QStringLiteral("diff"), write("one.json", kClean) }).exitCode, 2);
    EXPECT_EQ(runCli({ QStringLiteral("validate"), QStringLiteral("--bogus"), write("x.json", kClean) }).exitCode, 2);
    EXPECT_EQ(runCli({ QStringLiteral("validate"), QStringLiteral("--help") }).exitCode, 0);

    CliResult result
        = runCli({ QStringLiteral("diff"), write("a.json", kClean), dir.filePath(QStringLiteral("nope.json")) });
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.err.contains(QLatin1String("cannot read"))) << result.err.toStdString();

    result = runCli({ QStringLiteral("validate"), dir.filePath(QStringLiteral("nope.json")) });
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.out.contains(QLatin1String("error: cannot read"))) << result.out.toStdString();
}

TEST_F(TdCliTest, AFileBeyondEcsLimitsIsRefusedUnread)
{
    // Issue 25 point 14: a 59 MB file did not finish in 300 s. It is refused from its size alone
    // (a sparse file: nothing in it is read).
    const QString path = dir.filePath(QStringLiteral("huge.json"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    ASSERT_TRUE(file.resize(59LL * 1000 * 1000));
    file.close();
    CliResult result = runCli({ QStringLiteral("validate"), path });
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.out.contains(QLatin1String("huge.json: error: the file is 56.3 MiB; a task definition is at "
                                                  "most 64 KiB of JSON (ECS's limit), so it was not read")))
        << result.out.toStdString();
    result = runCli({ QStringLiteral("validate"), QStringLiteral("--format"), QStringLiteral("json"), path });
    EXPECT_EQ(QJsonDocument::fromJson(result.out.toUtf8()).array().first()[QLatin1String("rule")].toString(),
        QLatin1String("definition-too-large"));
    result = runCli({ QStringLiteral("export"), path });
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains(QLatin1String("so it was not read"))) << result.err.toStdString();

    // Standard input is read only up to the limit.
    result = runCli({ QStringLiteral("validate"), QStringLiteral("-") }, QByteArray(5 * 1024 * 1024, ' '));
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.out.contains(QLatin1String("-: error: the input is more than 4.0 MiB")))
        << result.out.toStdString();

    // Within the file limit but over ECS's 64 KiB: validated, with the size error.
    QByteArray environment;
    for (int i = 0; i < 5000; ++i)
        environment += (i ? "," : "") + QStringLiteral(R"({"name": "VAR_%1", "value": "v"})").arg(i).toUtf8();
    const QByteArray big = R"({"family": "big", "containerDefinitions": [{"name": "app", "image": "nginx:1.25",
        "memory": 256, "environment": [)"
        + environment + "]}]}";
    result = runCli({ QStringLiteral("validate"), QStringLiteral("-") }, big);
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.out.startsWith(QLatin1String("-: (task definition): error: the task definition is ")))
        << result.out.toStdString();
    EXPECT_TRUE(result.out.contains(QLatin1String("ECS accepts at most 64 KiB"))) << result.out.toStdString();
}

TEST_F(TdCliTest, ControlCharactersFromTheFileArePrintedEscaped)
{
    // Issue 25 point 14: a family holding ESC]0;...BEL retitled the terminal of whoever validated it.
    const QString path = write("title.json",
        "{\"family\": \"web\\u001b]0;pwned\\u0007\", \"containerDefinitions\": [{\"name\": \"a\\u009b31m\", "
        "\"image\": \"web\\u001b]0;pwned\\u0007\", \"memory\": 256, \"ulimits\": [{\"name\": \"a\\u009b31m\", "
        "\"softLimit\": 1, \"hardLimit\": 1}]}]}");
    CliResult result = runCli({ QStringLiteral("validate"), path });
    EXPECT_EQ(result.exitCode, 1);
    // ECS's texts for the family and container name do not repeat the value; the image and ulimit messages do.
    EXPECT_TRUE(result.out.contains(QLatin1String("\"web\\x1b]0;pwned\\x07\" is not a valid image reference")))
        << result.out.toStdString();
    EXPECT_TRUE(result.out.contains(QLatin1String("\"a\\u009b31m\" is not a ulimit name"))) << result.out.toStdString();
    for (const QChar c : std::as_const(result.out))
        EXPECT_TRUE(
            c == u'\n' || (c.unicode() >= 0x20 && c.unicode() != 0x7f && (c.unicode() < 0x80 || c.unicode() > 0x9f)))
            << "control character " << int(c.unicode()) << " printed";

    // JSON output escapes them too (Qt leaves C1 characters raw; \u009b means the same to a reader).
    result = runCli({ QStringLiteral("validate"), QStringLiteral("--format"), QStringLiteral("json"), path });
    EXPECT_FALSE(result.out.contains(QChar(0x9b))) << result.out.toStdString();
    EXPECT_FALSE(result.out.contains(QChar(0x1b))) << result.out.toStdString();
    const QJsonArray report = QJsonDocument::fromJson(result.out.toUtf8()).array();
    ASSERT_FALSE(report.isEmpty()) << result.out.toStdString();
    EXPECT_TRUE(std::any_of(report.begin(), report.end(), [](const QJsonValue& entry) {
        return entry[QLatin1String("message")].toString().contains(QChar(0x9b));
    })) << "the value itself survives the JSON escape";

    // export keeps the value (escaped the JSON way); diff prints values as JSON, C1 characters escaped too.
    result = runCli({ QStringLiteral("export"), path });
    EXPECT_FALSE(result.out.contains(QChar(0x1b)) || result.out.contains(QChar(0x9b))) << result.out.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(result.out.toUtf8()).object()[QLatin1String("family")].toString(),
        QStringLiteral("web\x1b]0;pwned\x07"));
    result = runCli({ QStringLiteral("diff"), write("clean.json", kClean), path });
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.out.contains(QLatin1String("\"web\\u001b]0;pwned\\u0007\""))) << result.out.toStdString();
    EXPECT_TRUE(result.out.contains(QLatin1String("a\\u009b31m"))) << result.out.toStdString();
    EXPECT_FALSE(result.out.contains(QChar(0x1b)) || result.out.contains(QChar(0x9b))) << result.out.toStdString();
}
