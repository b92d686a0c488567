// SPDX-License-Identifier: MIT
// The rulebook: each rule ECS enforces, with ECS's code and text at the field's JSON path; the
// shared fixtures (no false rejections; the published files ECS refuses are refused for the reason
// ECS gives).

#include "rules/ecsrules.h"

#include "common/testutil.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace EcsDesk::Rules;
using namespace Qt::StringLiterals;

namespace {

QJsonObject parse(const char* json)
{
    QJsonParseError error;
    const QJsonObject object = QJsonDocument::fromJson(QByteArray(json), &error).object();
    EXPECT_EQ(error.error, QJsonParseError::NoError) << json;
    return object;
}

std::string dump(const QList<Finding>& findings)
{
    QStringList lines;
    for (const Finding& f : findings)
        lines.append(f.path + u": "_s + f.rule + u": "_s + f.code + u": "_s + f.message);
    return lines.join(u'\n').toStdString();
}

struct RuleCase {
    const char* name;
    QList<Finding> (*check)(const QJsonObject&);
    const char* failing;
    const char* passing;
    const char* path;
    const char* rule;
    const char* code;
    const char* message; // ECS's text, whole
};

QList<Finding> updateReplica(const QJsonObject& in) { return checkUpdateService(in, u"REPLICA"_s); }
QList<Finding> updateDaemon(const QJsonObject& in) { return checkUpdateService(in, u"DAEMON"_s); }

class RulebookTest : public ::testing::TestWithParam<RuleCase> { };

TEST_P(RulebookTest, RejectsWithEcsTextAndAcceptsTheFixedInput)
{
    const RuleCase& c = GetParam();
    const QList<Finding> failing = c.check(parse(c.failing));
    const auto found = std::find_if(failing.begin(), failing.end(),
        [&](const Finding& f) { return f.rule == QLatin1String(c.rule) && f.path == QLatin1String(c.path); });
    ASSERT_NE(found, failing.end()) << dump(failing);
    EXPECT_TRUE(found->isError());
    EXPECT_EQ(found->code, QLatin1String(c.code));
    EXPECT_EQ(found->message, QString::fromUtf8(c.message));
    EXPECT_EQ(found->translatedMessage(), found->message) << "no translator: ECS's English text";
    ASSERT_TRUE(firstRejection(failing).has_value());
    const QList<Finding> passing = c.check(parse(c.passing));
    EXPECT_TRUE(passing.isEmpty()) << dump(passing);
}

#define TD(containers) "{\"family\": \"f\", \"containerDefinitions\": [" containers "]}"
#define FG(extra, containers)                                                                                          \
    "{\"family\": \"f\", \"requiresCompatibilities\": [\"FARGATE\"], \"networkMode\": \"awsvpc\", " extra              \
    ", \"containerDefinitions\": [" containers "]}"
#define C "{\"name\": \"app\", \"image\": \"nginx\", \"memory\": 128}"

const RuleCase kCases[] = {
    { "AwsvpcHostPortMustMatch", checkRegisterTaskDefinition,
        R"({"family": "f", "networkMode": "awsvpc", "containerDefinitions": [{"name": "app", "image": "nginx",
            "memory": 128, "portMappings": [{"containerPort": 80, "hostPort": 8080}]}]})",
        R"({"family": "f", "networkMode": "awsvpc", "containerDefinitions": [{"name": "app", "image": "nginx",
            "memory": 128, "portMappings": [{"containerPort": 80, "hostPort": 80}, {"containerPort": 81}]}]})",
        "containerDefinitions[0].portMappings[0].hostPort", "host-port-mode", "ClientException",
        "When networkMode=awsvpc, the host ports and container ports in port mappings must match." },
    { "HostModeHostPortMustMatch", checkRegisterTaskDefinition,
        R"({"family": "f", "networkMode": "host", "containerDefinitions": [{"name": "app", "image": "nginx",
            "memory": 128, "portMappings": [{"containerPort": 80, "hostPort": 8080}]}]})",
        R"({"family": "f", "networkMode": "bridge", "containerDefinitions": [{"name": "app", "image": "nginx",
            "memory": 128, "portMappings": [{"containerPort": 80, "hostPort": 8080}]}]})",
        "containerDefinitions[0].portMappings[0].hostPort", "host-port-mode", "ClientException",
        "When networkMode=host, the host ports and container ports in port mappings must match." },
    { "FargateAwslogsNeedsExecutionRole", checkRegisterTaskDefinition,
        FG(R"("cpu": "256", "memory": "512")", R"({"name": "app", "image": "nginx", "logConfiguration":
            {"logDriver": "awslogs", "options": {"awslogs-group": "g", "awslogs-region": "us-east-1"}}})"),
        FG(R"("cpu": "256", "memory": "512", "executionRoleArn": "arn:aws:iam::123456789012:role/x")",
            R"({"name": "app", "image": "nginx", "logConfiguration":
            {"logDriver": "awslogs", "options": {"awslogs-group": "g", "awslogs-region": "us-east-1"}}})"),
        "containerDefinitions[0].logConfiguration.logDriver", "fargate-awslogs-execution-role", "ClientException",
        "Fargate requires task definition to have execution role ARN to support log driver awslogs." },
    { "FargateMemoryPairMustExist", checkRegisterTaskDefinition, FG(R"("cpu": "1024", "memory": "1024")", C),
        FG(R"("cpu": "1 vCPU", "memory": "2 GB")", C), "memory", "fargate-memory", "ClientException",
        "No Fargate configuration exists for given values: 1024 CPU, 1024 memory. See the Amazon ECS documentation "
        "for the valid values." },
    { "FargateCpuMustExist", checkRegisterTaskDefinition, FG(R"("cpu": "300", "memory": "1024")", C),
        FG(R"("cpu": "256", "memory": "1024")", C), "cpu", "fargate-cpu", "ClientException",
        "No Fargate configuration exists for given values: 300 CPU, 1024 memory. See the Amazon ECS documentation "
        "for the valid values." },
    { "FargateNeedsAwsvpc", checkRegisterTaskDefinition,
        R"({"family": "f", "requiresCompatibilities": ["FARGATE"], "networkMode": "bridge", "cpu": "256",
            "memory": "512", "containerDefinitions": [{"name": "app", "image": "nginx"}]})",
        FG(R"("cpu": "256", "memory": "512")", C), "networkMode", "fargate-network-mode", "ClientException",
        "Fargate only supports network mode 'awsvpc'." },
    { "FargateNeedsTaskCpu", checkRegisterTaskDefinition, FG(R"("memory": "512")", C),
        FG(R"("cpu": "256", "memory": "512")", C), "cpu", "fargate-size-required", "ClientException",
        "Fargate requires that 'cpu' be defined at the task level." },
    { "ProxyConfigurationNamesAContainer", checkRegisterTaskDefinition,
        R"({"family": "f", "networkMode": "awsvpc", "proxyConfiguration": {"type": "APPMESH",
            "containerName": "envoy"}, "containerDefinitions": [{"name": "app", "image": "nginx", "memory": 128}]})",
        R"({"family": "f", "networkMode": "awsvpc", "proxyConfiguration": {"type": "APPMESH",
            "containerName": "app"}, "containerDefinitions": [{"name": "app", "image": "nginx", "memory": 128}]})",
        "proxyConfiguration.containerName", "unknown-container", "ClientException",
        "The container name 'envoy' in the proxy configuration does not match any container in the task "
        "definition." },
    { "ContainerNamesAreUnique", checkRegisterTaskDefinition, TD(C ", " C),
        TD(C R"(, {"name": "b", "image": "nginx", "memory": 128})"), "containerDefinitions[1].name",
        "container-name-duplicate", "ClientException", "Duplicate container name 'app'." },
    { "ContainerNameFormat", checkRegisterTaskDefinition, TD(R"({"name": "a b", "image": "nginx", "memory": 128})"),
        TD(C), "containerDefinitions[0].name", "container-name-format", "ClientException",
        "Container.name should not be null or empty and may only contain letters, numbers, hyphens and "
        "underscores." },
    { "ImageRequired", checkRegisterTaskDefinition, TD(R"({"name": "app", "memory": 128})"), TD(C),
        "containerDefinitions[0].image", "container-image-required", "ClientException",
        "Container.image should not be null or empty." },
    { "MemoryOrReservationRequired", checkRegisterTaskDefinition, TD(R"({"name": "app", "image": "nginx"})"),
        R"({"family": "f", "memory": "512", "containerDefinitions": [{"name": "app", "image": "nginx"}]})",
        "containerDefinitions[0].memory", "container-memory-required", "ClientException",
        "Invalid setting for container 'app'. At least one of 'memory' or 'memoryReservation' must be specified." },
    { "ReservationNotAboveMemory", checkRegisterTaskDefinition,
        TD(R"({"name": "app", "image": "nginx", "memory": 128, "memoryReservation": 256})"),
        TD(R"({"name": "app", "image": "nginx", "memory": 256, "memoryReservation": 256})"),
        "containerDefinitions[0].memoryReservation", "memory-reservation-exceeds-memory", "ClientException",
        "Invalid setting for container 'app'. 'memory' must be greater than or equal to 'memoryReservation'." },
    { "ReservationsFitTheTaskMemory", checkRegisterTaskDefinition,
        R"({"family": "f", "memory": "512", "containerDefinitions": [{"name": "a", "image": "nginx",
            "memoryReservation": 300}, {"name": "b", "image": "nginx", "memory": 300}]})",
        R"({"family": "f", "memory": "1024", "containerDefinitions": [{"name": "a", "image": "nginx",
            "memoryReservation": 300}, {"name": "b", "image": "nginx", "memory": 300}]})",
        "containerDefinitions", "container-memory-sum", "ClientException",
        "The sum of all container 'memoryReservation' values cannot be greater than the value of the task "
        "'memory'." },
    { "FamilyFormat", checkRegisterTaskDefinition, R"({"family": "my family", "containerDefinitions": [)" C "]}", TD(C),
        "family", "family-format", "ClientException",
        "Family contains invalid characters: up to 255 letters (uppercase and lowercase), numbers, hyphens, and "
        "underscores are allowed." },
    { "AtMostTenContainers", checkRegisterTaskDefinition,
        TD(R"({"name": "c0", "image": "nginx", "memory": 8}, {"name": "c1", "image": "nginx", "memory": 8},
           {"name": "c2", "image": "nginx", "memory": 8}, {"name": "c3", "image": "nginx", "memory": 8},
           {"name": "c4", "image": "nginx", "memory": 8}, {"name": "c5", "image": "nginx", "memory": 8},
           {"name": "c6", "image": "nginx", "memory": 8}, {"name": "c7", "image": "nginx", "memory": 8},
           {"name": "c8", "image": "nginx", "memory": 8}, {"name": "c9", "image": "nginx", "memory": 8},
           {"name": "c10", "image": "nginx", "memory": 8})"),
        TD(C), "containerDefinitions", "too-many-containers", "ClientException", "Too many containers." },
    { "ContainerListNotEmpty", checkRegisterTaskDefinition, R"({"family": "f", "containerDefinitions": []})", TD(C),
        "containerDefinitions", "containers-required", "ClientException", "Container list cannot be empty." },
    { "TaskCpuReadable", checkRegisterTaskDefinition,
        R"({"family": "f", "cpu": "lots", "containerDefinitions": [)" C "]}",
        R"({"family": "f", "cpu": "0.5 vCPU", "containerDefinitions": [)" C "]}", "cpu", "task-cpu-invalid",
        "InvalidParameterException", "Invalid 'cpu' setting for task." },
    { "RunTaskCount", checkRunTask, R"({"taskDefinition": "web", "count": 11})",
        R"({"taskDefinition": "web", "count": 10})", "count", "run-task-count", "InvalidParameterException",
        "Count must be between 1 and 10." },
    { "DesiredCountNotNegative", checkCreateService, R"({"serviceName": "s", "desiredCount": -1})",
        R"({"serviceName": "s", "desiredCount": 0})", "desiredCount", "desired-count-negative",
        "InvalidParameterException", "Invalid desiredCount: must be at least 0." },
    { "DaemonNoPlacementStrategy", checkCreateService,
        R"({"serviceName": "s", "schedulingStrategy": "DAEMON", "placementStrategy": [{"type": "spread",
            "field": "instanceId"}]})",
        R"({"serviceName": "s", "schedulingStrategy": "DAEMON", "placementConstraints": [{"type":
            "distinctInstance"}]})",
        "placementStrategy", "daemon-placement-strategy", "InvalidParameterException",
        "The daemon scheduling strategy does not support placement strategies. Remove the placement strategy and "
        "try again" },
    { "DaemonNotOnFargate", checkCreateService,
        R"({"serviceName": "s", "schedulingStrategy": "DAEMON", "launchType": "FARGATE"})",
        R"({"serviceName": "s", "schedulingStrategy": "DAEMON", "launchType": "EC2"})", "launchType", "daemon-fargate",
        "InvalidParameterException", "The daemon scheduling strategy does not support the FARGATE launch type." },
    { "DaemonNoDesiredCount", checkCreateService,
        R"({"serviceName": "s", "schedulingStrategy": "DAEMON", "desiredCount": 2})",
        R"({"serviceName": "s", "schedulingStrategy": "REPLICA", "desiredCount": 2})", "desiredCount",
        "daemon-desired-count", "InvalidParameterException",
        "The daemon scheduling strategy does not support a desired count for services." },
    { "DesiredCountWithinTheQuota", checkCreateService, R"({"serviceName": "s", "desiredCount": 5001})",
        R"({"serviceName": "s", "desiredCount": 5000})", "desiredCount", "desired-count-quota",
        "InvalidParameterException", "Invalid desiredCount: must be at most 5000 (tasks per service)." },
    { "UpdateDesiredCountWithinTheQuota", updateReplica, R"({"service": "s", "desiredCount": 2147483647})",
        R"({"service": "s", "desiredCount": 5000})", "desiredCount", "desired-count-quota", "InvalidParameterException",
        "Invalid desiredCount: must be at most 5000 (tasks per service)." },
    { "UpdateDesiredCountNotNegative", updateReplica, R"({"service": "s", "desiredCount": -3})",
        R"({"service": "s", "desiredCount": 3})", "desiredCount", "desired-count-negative", "InvalidParameterException",
        "Invalid desiredCount: must be at least 0." },
    { "UpdateDaemonNoPlacementStrategy", updateDaemon,
        R"({"service": "s", "placementStrategy": [{"type": "binpack", "field": "memory"}]})",
        R"({"service": "s", "placementStrategy": []})", "placementStrategy", "daemon-placement-strategy",
        "InvalidParameterException",
        "The daemon scheduling strategy does not support placement strategies. Remove the placement strategy and "
        "try again" },
};

INSTANTIATE_TEST_SUITE_P(Rules, RulebookTest, ::testing::ValuesIn(kCases),
    [](const ::testing::TestParamInfo<RuleCase>& info) { return std::string(info.param.name); });

QJsonObject readFixture(const QString& path, bool* ok)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *ok = false;
        return {};
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    *ok = error.error == QJsonParseError::NoError && document.isObject();
    QJsonObject object = document.object();
    if (object.value("taskDefinition"_L1).isObject())
        object = object.value("taskDefinition"_L1).toObject();
    return object;
}

} // namespace

TEST(RulebookFixtures, PublishedDefinitionsPassExceptWhereEcsRefusesThem)
{
    ECSDESK_REQUIRE_FIXTURES(fixtures);
    // Published, and refused by ECS as they stand: ECS's answer for each (the aws-samples Fargate
    // definitions log with awslogs but name no execution role).
    const QString awsvpc
        = u"ClientException: When networkMode=awsvpc, the host ports and container ports in port mappings must match."_s;
    const QString proxy = u"ClientException: The container name 'envoy' in the proxy configuration does not match any "
                          u"container in the task definition."_s;
    const QString awslogs = u"ClientException: Fargate requires task definition to have execution role ARN to "
                            u"support log driver awslogs."_s;
    const QHash<QString, QString> refused {
        { u"aws-samples--kibana-kibana_ec2.json"_s, awsvpc },
        { u"aws-samples--tomcat-tomcat_ec2.json"_s, awsvpc },
        { u"aws-samples--gunicorn-gunicorn_fargate.json"_s, awslogs },
        { u"aws-samples--jetty-jetty_fargate.json"_s, awslogs },
        { u"aws-samples--kibana-kibana_fargate.json"_s, awslogs },
        { u"aws-samples--nginx-nginx_fargate.json"_s, awslogs },
        { u"aws-samples--tomcat-tomcat_fargate.json"_s, awslogs },
        { u"aws-samples--wildfly-wildfly_fargate.json"_s, awslogs },
        { u"ecspresso--tests-td.json"_s, proxy },
        { u"ecspresso--tests-td-plain.json"_s, proxy },
    };
    const QDir dir(fixtures + u"/task-definitions"_s);
    const QStringList names = dir.entryList({ u"*.json"_s }, QDir::Files, QDir::Name);
    ASSERT_GE(names.size(), 50);
    for (const QString& name : names) {
        SCOPED_TRACE(name.toStdString());
        bool ok = false;
        const QJsonObject definition = readFixture(dir.filePath(name), &ok);
        ASSERT_TRUE(ok);
        const QList<Finding> findings = checkRegisterTaskDefinition(definition);
        const auto rejected = firstRejection(findings);
        const QString answer = rejected ? rejected->code + u": "_s + rejected->message : QString();
        EXPECT_EQ(answer, refused.value(name)) << dump(findings);
    }
}

TEST(RulebookFixtures, TheInvalidFixturesAreNotTaskDefinitionsEcsAccepts)
{
    ECSDESK_REQUIRE_FIXTURES(fixtures);
    bool ok = true;
    readFixture(fixtures + u"/task-definitions-invalid/firelens--dynatrace-task-definition.json"_s, &ok);
    EXPECT_FALSE(ok) << "not JSON: nothing reaches the rules";
    // The logstash file's portMappings is an object where ECS wants a list: a type error, which the wire
    // decoder (SerializationException) and the editor's validator report; the rules see no port mappings.
    const QJsonObject logstash
        = readFixture(fixtures + u"/task-definitions-invalid/firelens--logstash-task-definition.json"_s, &ok);
    ASSERT_TRUE(ok);
    EXPECT_TRUE(
        logstash.value("containerDefinitions"_L1).toArray().at(1).toObject().value("portMappings"_L1).isObject());
}

TEST(Rulebook, FargateSizesAreTheDocumentedPairs)
{
    EXPECT_EQ(fargateMemoryChoices(256), (QList<int> { 512, 1024, 2048 }));
    EXPECT_TRUE(fargateMemoryChoices(16384).contains(122880));
    EXPECT_TRUE(fargateMemoryChoices(300).isEmpty());
    EXPECT_EQ(parseCpuUnits(u"0.25 vCPU"_s), 256);
    EXPECT_EQ(parseMemoryMiB(u"2 GB"_s), 2048);
    EXPECT_FALSE(parseCpuUnits(u"lots"_s).has_value());
}
