// SPDX-License-Identifier: MIT
// The Edit Service / Create Service form's model: the current service read from AWS's recorded
// DescribeServices answer, the UpdateService request with only the changed fields, the
// CreateService request with every set field, the findings per field with ECS's texts, the diff.

#include "models/serviceform.h"

#include "common/testutil.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace EcsDesk;
using namespace EcsDesk::Models;
using namespace Qt::StringLiterals;

namespace {

QJsonObject parse(const char* json)
{
    QJsonParseError error;
    const QJsonObject object = QJsonDocument::fromJson(QByteArray(json), &error).object();
    EXPECT_EQ(error.error, QJsonParseError::NoError) << json;
    return object;
}

std::string text(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact).toStdString();
}

/// services[0] of the API reference's DescribeServices example (ecs-simple-service).
QJsonObject recordedService(const QString& fixtures)
{
    QFile in(fixtures + u"/aws-examples/ecs.json"_s);
    EXPECT_TRUE(in.open(QIODevice::ReadOnly)) << in.fileName().toStdString();
    const QJsonObject all = QJsonDocument::fromJson(in.readAll()).object();
    const QJsonObject example = all.value(u"DescribeServices"_s).toArray().first().toObject();
    return example.value(u"output"_s).toObject().value(u"services"_s).toArray().first().toObject();
}

QStringList paths(const QList<Rules::Finding>& findings)
{
    QStringList out;
    for (const Rules::Finding& finding : findings)
        out.append(finding.path);
    return out;
}

std::optional<Rules::Finding> findingAt(const QList<Rules::Finding>& findings, const QString& path)
{
    for (const Rules::Finding& finding : findings) {
        if (finding.path == path)
            return finding;
    }
    return std::nullopt;
}

} // namespace

TEST(ServiceForm, ReadsTheRecordedServiceAndSendsNothingUnchanged)
{
    ECSDESK_REQUIRE_FIXTURES(fixtures);
    const ServiceForm form = ServiceForm::forUpdate(recordedService(fixtures));
    EXPECT_EQ(form.mode(), ServiceForm::Mode::Update);
    EXPECT_EQ(form.serviceName(), u"ecs-simple-service"_s);
    EXPECT_EQ(form.current(), parse(R"({"taskDefinition": "hello_world:6", "desiredCount": 1,
                  "deploymentConfiguration": {"maximumPercent": 200, "minimumHealthyPercent": 100}})"))
        << text(form.current());
    EXPECT_FALSE(form.hasChanges());
    EXPECT_TRUE(form.diff().isEmpty());
    EXPECT_EQ(form.operation(), u"UpdateService"_s);
    EXPECT_EQ(form.request(),
        parse(R"({"cluster": "arn:aws:ecs:us-east-1:012345678910:cluster/default", "service": "ecs-simple-service"})"))
        << text(form.request());
    EXPECT_TRUE(form.isValid());
}

TEST(ServiceForm, UpdateSendsOnlyTheChangedFieldsInOneRequest)
{
    ECSDESK_REQUIRE_FIXTURES(fixtures);
    ServiceForm form = ServiceForm::forUpdate(recordedService(fixtures));
    EXPECT_TRUE(form.setValue(u"desiredCount"_s, 3));
    EXPECT_TRUE(form.setValue(u"deploymentConfiguration.maximumPercent"_s, 150));
    EXPECT_TRUE(form.setValue(u"deploymentConfiguration.deploymentCircuitBreaker.enable"_s, true));
    EXPECT_TRUE(form.setValue(u"enableExecuteCommand"_s, true));
    EXPECT_TRUE(form.setValue(u"taskDefinition"_s, u"hello_world:6"_s) == false); // the same revision
    EXPECT_FALSE(form.setValue(u"platformVersion"_s, QString())); // empty stays absent
    form.setForceNewDeployment(true);

    EXPECT_EQ(form.changes(), parse(R"({"desiredCount": 3, "enableExecuteCommand": true, "forceNewDeployment": true,
                  "deploymentConfiguration": {"maximumPercent": 150, "minimumHealthyPercent": 100,
                      "deploymentCircuitBreaker": {"enable": true, "rollback": false}}})"))
        << text(form.changes());
    EXPECT_EQ(form.request().value(u"service"_s).toString(), u"ecs-simple-service"_s);
    EXPECT_TRUE(form.isValid());

    const QList<TaskDefinitionChange> changes = form.diff();
    QStringList described;
    for (const TaskDefinitionChange& change : changes)
        described.append(change.kindName() + u' ' + change.path);
    EXPECT_EQ(described,
        (QStringList { u"changed deploymentConfiguration.maximumPercent"_s,
            u"added deploymentConfiguration.deploymentCircuitBreaker"_s, u"changed desiredCount"_s,
            u"added enableExecuteCommand"_s, u"added forceNewDeployment"_s }))
        << described.join(u'\n').toStdString();

    form.reset();
    EXPECT_FALSE(form.hasChanges());
    EXPECT_FALSE(form.forceNewDeployment());
    EXPECT_EQ(form.fields(), form.current());
}

TEST(ServiceForm, AListEmptiedIsSentEmptyAndAValueEcsCannotUnsetIsLeftOut)
{
    ServiceForm form = ServiceForm::forUpdate(parse(R"({"serviceName": "web", "launchType": "FARGATE",
        "schedulingStrategy": "REPLICA", "platformVersion": "1.4.0", "taskDefinition": "web:2",
        "placementConstraints": [{"type": "distinctInstance"}],
        "networkConfiguration": {"awsvpcConfiguration": {"subnets": ["subnet-1"], "assignPublicIp": "DISABLED"}}})"));
    EXPECT_TRUE(form.setValue(u"placementConstraints"_s, QJsonArray()));
    EXPECT_TRUE(form.setValue(u"platformVersion"_s, QString()));
    EXPECT_TRUE(form.setValue(
        u"networkConfiguration.awsvpcConfiguration.subnets"_s, QJsonArray { u"subnet-1"_s, u"subnet-2"_s }));
    EXPECT_EQ(form.changes(), parse(R"({"placementConstraints": [],
                  "networkConfiguration": {"awsvpcConfiguration": {"subnets": ["subnet-1", "subnet-2"],
                                                                   "assignPublicIp": "DISABLED"}}})"))
        << text(form.changes());
}

TEST(ServiceForm, FindingsCarryEcsTextsAtTheirFields)
{
    ServiceForm form = ServiceForm::forUpdate(parse(R"({"serviceName": "api", "launchType": "EC2",
        "schedulingStrategy": "REPLICA", "desiredCount": 2, "taskDefinition": "api:1"})"));
    form.setValue(u"desiredCount"_s, -1);
    form.setValue(u"networkConfiguration.awsvpcConfiguration.assignPublicIp"_s, u"ENABLED"_s);
    form.setValue(u"deploymentConfiguration.minimumHealthyPercent"_s, 120);
    form.setValue(u"platformVersion"_s, u"LATEST"_s);
    const QList<Rules::Finding> findings = form.findings();
    EXPECT_FALSE(form.isValid());

    const auto desired = findingAt(findings, u"desiredCount"_s);
    ASSERT_TRUE(desired.has_value()) << paths(findings).join(u", "_s).toStdString();
    EXPECT_EQ(desired->message, u"Invalid desiredCount: must be at least 0."_s);
    EXPECT_EQ(desired->code, u"InvalidParameterException"_s);
    const auto publicIp = findingAt(findings, u"networkConfiguration.awsvpcConfiguration.assignPublicIp"_s);
    ASSERT_TRUE(publicIp.has_value());
    EXPECT_EQ(publicIp->message, u"Assign public IP is not supported for this launch type."_s);
    // awsvpc without subnets: the form asks for one.
    EXPECT_TRUE(findingAt(findings, u"networkConfiguration.awsvpcConfiguration.subnets"_s).has_value());
    EXPECT_EQ(ServiceForm::messagesAt(findings, u"deploymentConfiguration"_s),
        QStringList { u"minimumHealthyPercent must be between 0 and 100."_s });
    EXPECT_EQ(ServiceForm::messagesAt(findings, u"platformVersion"_s),
        QStringList { u"The platform version must be null when specifying an EC2 launch type."_s });
    EXPECT_TRUE(ServiceForm::messagesAt(findings, u"desired"_s).isEmpty()); // a prefix is not a parent
}

TEST(ServiceForm, MovingToACapacityProviderStrategyDropsTheLaunchTypeOnUpdate)
{
    ServiceForm form = ServiceForm::forUpdate(parse(R"({"serviceName": "api", "launchType": "FARGATE",
        "schedulingStrategy": "REPLICA", "desiredCount": 1, "taskDefinition": "api:1"})"));
    form.setValue(u"capacityProviderStrategy"_s,
        QJsonArray { QJsonObject { { u"capacityProvider"_s, u"FARGATE_SPOT"_s }, { u"weight"_s, 1 } } });
    EXPECT_TRUE(form.isValid()) << paths(form.findings()).join(u", "_s).toStdString();
}

TEST(ServiceForm, DaemonServicesHaveNoDesiredCountAndAtMostOneHundredPercent)
{
    ServiceForm form = ServiceForm::forUpdate(parse(R"({"serviceName": "agent", "launchType": "EC2",
        "schedulingStrategy": "DAEMON", "desiredCount": 3, "taskDefinition": "agent:1",
        "deploymentConfiguration": {"maximumPercent": 100, "minimumHealthyPercent": 0}})"));
    EXPECT_FALSE(form.current().contains(u"desiredCount"_s));
    form.setValue(u"deploymentConfiguration.maximumPercent"_s, 200);
    const auto finding = findingAt(form.findings(), u"deploymentConfiguration.maximumPercent"_s);
    ASSERT_TRUE(finding.has_value());
    EXPECT_EQ(finding->rule, u"daemon-maximum-percent"_s);
}

TEST(ServiceForm, CreateNeedsANameAndATaskDefinitionAndSendsEverySetField)
{
    ServiceForm form = ServiceForm::forCreate(u"prod"_s);
    EXPECT_EQ(form.operation(), u"CreateService"_s);
    QStringList missing = paths(form.findings());
    EXPECT_EQ(missing, (QStringList { u"serviceName"_s, u"taskDefinition"_s }));

    form.setValue(u"serviceName"_s, u"bad name"_s);
    EXPECT_EQ(ServiceForm::messagesAt(form.findings(), u"serviceName"_s).size(), 1);
    form.setValue(u"serviceName"_s, u"web"_s);
    form.setValue(u"taskDefinition"_s, u"web:3"_s);
    form.setValue(u"launchType"_s, u"FARGATE"_s);
    form.setValue(u"desiredCount"_s, 2);
    form.setValue(u"capacityProviderStrategy"_s,
        QJsonArray { QJsonObject { { u"capacityProvider"_s, u"FARGATE"_s }, { u"base"_s, 1 } } });
    const auto both = findingAt(form.findings(), u"capacityProviderStrategy"_s);
    ASSERT_TRUE(both.has_value());
    EXPECT_EQ(both->message,
        u"Specifying both a launch type and capacity provider strategy is not supported. Remove one and try again."_s);

    form.setValue(u"capacityProviderStrategy"_s, QJsonArray());
    form.setValue(u"tags"_s, QJsonArray { QJsonObject { { u"key"_s, u"team"_s }, { u"value"_s, u"web"_s } } });
    form.setValue(u"networkConfiguration.awsvpcConfiguration.subnets"_s, QJsonArray { u"subnet-1"_s });
    EXPECT_TRUE(form.isValid()) << paths(form.findings()).join(u", "_s).toStdString();
    EXPECT_EQ(form.request(),
        parse(R"({"cluster": "prod", "serviceName": "web", "taskDefinition": "web:3", "launchType": "FARGATE",
                  "desiredCount": 2, "tags": [{"key": "team", "value": "web"}],
                  "networkConfiguration": {"awsvpcConfiguration": {"subnets": ["subnet-1"]}}})"))
        << text(form.request());
    QStringList added;
    for (const TaskDefinitionChange& change : form.diff()) {
        EXPECT_EQ(change.kind, TaskDefinitionChange::Kind::Added) << change.path.toStdString();
        added.append(change.path);
    }
    EXPECT_EQ(added.size(), 6) << added.join(u", "_s).toStdString();
}

TEST(ServiceForm, SectionsGroupTheFields)
{
    EXPECT_EQ(ServiceForm::sectionOf(u"deploymentConfiguration.alarms.alarmNames"_s), ServiceForm::Section::Deployment);
    EXPECT_EQ(
        ServiceForm::sectionOf(u"networkConfiguration.awsvpcConfiguration.subnets"_s), ServiceForm::Section::Network);
    EXPECT_EQ(ServiceForm::sectionOf(u"capacityProviderStrategy[1].base"_s), ServiceForm::Section::Capacity);
    EXPECT_EQ(ServiceForm::sectionOf(u"loadBalancers[0].containerPort"_s), ServiceForm::Section::LoadBalancing);
    EXPECT_EQ(ServiceForm::sectionOf(u"enableExecuteCommand"_s), ServiceForm::Section::Advanced);
    EXPECT_EQ(ServiceForm::sectionOf(u"availabilityZoneRebalancing"_s), ServiceForm::Section::Advanced);
    EXPECT_EQ(ServiceForm::sectionOf(u"placementStrategy[0].field"_s), ServiceForm::Section::Placement);
    EXPECT_EQ(ServiceForm::shortTaskDefinition(u"arn:aws:ecs:us-east-1:1:task-definition/web:7"_s), u"web:7"_s);
}

TEST(ServiceForm, EveryUpdateServiceMemberIsAFieldOfTheForm)
{
    // botocore 1.43's UpdateServiceRequest members, but cluster, service and forceNewDeployment.
    const QStringList members { u"desiredCount"_s, u"taskDefinition"_s, u"capacityProviderStrategy"_s,
        u"deploymentConfiguration"_s, u"availabilityZoneRebalancing"_s, u"networkConfiguration"_s,
        u"placementConstraints"_s, u"placementStrategy"_s, u"platformVersion"_s, u"healthCheckGracePeriodSeconds"_s,
        u"deploymentController"_s, u"enableExecuteCommand"_s, u"enableECSManagedTags"_s, u"loadBalancers"_s,
        u"propagateTags"_s, u"serviceRegistries"_s, u"serviceConnectConfiguration"_s, u"volumeConfigurations"_s,
        u"vpcLatticeConfigurations"_s };
    QStringList inSections;
    for (const auto section :
        { ServiceForm::Section::Deployment, ServiceForm::Section::Network, ServiceForm::Section::Placement,
            ServiceForm::Section::Capacity, ServiceForm::Section::LoadBalancing, ServiceForm::Section::Advanced })
        inSections += ServiceForm::sectionFields(section);
    for (const QString& member : members)
        EXPECT_TRUE(inSections.contains(member)) << member.toStdString();
    EXPECT_EQ(ServiceForm::sectionOf(u"deploymentController.type"_s), ServiceForm::Section::Deployment);
    EXPECT_EQ(ServiceForm::sectionOf(u"vpcLatticeConfigurations"_s), ServiceForm::Section::Advanced);
    EXPECT_EQ(ServiceForm::sectionOf(u"serviceConnectConfiguration"_s), ServiceForm::Section::Advanced);
}

TEST(ServiceForm, TheDeploymentControllerAndTheJsonFieldsAreSentOnlyWhenChanged)
{
    // DescribeServices has the Service Connect, volume and VPC Lattice settings on the deployments.
    ServiceForm form = ServiceForm::forUpdate(parse(R"({"serviceName": "web", "schedulingStrategy": "REPLICA",
        "taskDefinition": "web:2", "desiredCount": 1, "deploymentController": {"type": "ECS"},
        "deployments": [{"status": "ACTIVE", "vpcLatticeConfigurations": [{"roleArn": "old"}]},
            {"status": "PRIMARY", "serviceConnectConfiguration": {"enabled": true, "namespace": "apps"},
             "vpcLatticeConfigurations": [{"roleArn": "arn:aws:iam::1:role/l", "targetGroupArn": "tg",
                                           "portName": "http"}]}]})"));
    EXPECT_EQ(form.current().value(u"serviceConnectConfiguration"_s).toObject(),
        parse(R"({"enabled": true, "namespace": "apps"})"));
    EXPECT_EQ(form.current().value(u"vpcLatticeConfigurations"_s).toArray().first().toObject().value(u"portName"_s),
        u"http"_s);
    EXPECT_FALSE(form.hasChanges());
    // Unchanged text (as the editor shows it) is no change.
    EXPECT_FALSE(form.setJsonText(u"serviceConnectConfiguration"_s, form.jsonText(u"serviceConnectConfiguration"_s)));
    EXPECT_FALSE(form.hasChanges());

    EXPECT_TRUE(form.setValue(u"deploymentController.type"_s, u"CODE_DEPLOY"_s));
    EXPECT_TRUE(form.setJsonText(u"volumeConfigurations"_s,
        uR"([{"name": "data", "managedEBSVolume": {"roleArn": "arn:aws:iam::1:role/ebs", "sizeInGiB": 20}}])"_s));
    EXPECT_TRUE(form.setJsonText(u"serviceConnectConfiguration"_s, QString())); // turned off
    EXPECT_TRUE(form.setJsonText(u"vpcLatticeConfigurations"_s, u"  "_s)); // removed
    EXPECT_TRUE(form.isValid()) << paths(form.findings()).join(u", "_s).toStdString();
    EXPECT_EQ(form.changes(), parse(R"({"deploymentController": {"type": "CODE_DEPLOY"},
                  "volumeConfigurations": [{"name": "data",
                      "managedEBSVolume": {"roleArn": "arn:aws:iam::1:role/ebs", "sizeInGiB": 20}}],
                  "serviceConnectConfiguration": {"enabled": false}, "vpcLatticeConfigurations": []})"))
        << text(form.changes());
    QStringList described;
    for (const TaskDefinitionChange& change : form.diff())
        described.append(change.path);
    for (const QString& path : { u"deploymentController.type"_s, u"volumeConfigurations"_s,
             u"serviceConnectConfiguration.enabled"_s, u"vpcLatticeConfigurations"_s }) {
        EXPECT_TRUE(described.contains(path) || described.contains(path.section(u'.', 0, 0)))
            << path.toStdString() << " in " << described.join(u", "_s).toStdString();
    }
    const QJsonObject request = form.request();
    EXPECT_EQ(request.value(u"deploymentController"_s).toObject().value(u"type"_s), u"CODE_DEPLOY"_s);
    form.reset();
    EXPECT_FALSE(form.hasChanges());
}

TEST(ServiceForm, JsonFieldsOfTheWrongTypeAreErrorsAtTheirField)
{
    ServiceForm form = ServiceForm::forUpdate(parse(R"({"serviceName": "web", "schedulingStrategy": "REPLICA",
        "taskDefinition": "web:2", "desiredCount": 1})"));
    form.setJsonText(u"serviceConnectConfiguration"_s, u"[1, 2]"_s);
    form.setJsonText(u"volumeConfigurations"_s, u"{\"name\": \"data\"}"_s);
    form.setJsonText(u"vpcLatticeConfigurations"_s, u"[{\"roleArn\": "_s);
    EXPECT_FALSE(form.isValid());
    const QList<Rules::Finding> findings = form.findings();
    EXPECT_EQ(ServiceForm::messagesAt(findings, u"serviceConnectConfiguration"_s),
        QStringList { u"Enter a JSON object ({ … })."_s });
    EXPECT_EQ(ServiceForm::messagesAt(findings, u"volumeConfigurations"_s),
        QStringList { u"Enter a JSON list ([ { … } ])."_s });
    const QStringList syntax = ServiceForm::messagesAt(findings, u"vpcLatticeConfigurations"_s);
    ASSERT_EQ(syntax.size(), 1);
    EXPECT_TRUE(syntax.first().startsWith(u"This is not valid JSON: "_s)) << syntax.first().toStdString();
    // The text stays as typed; nothing wrong goes into the request.
    EXPECT_EQ(form.jsonText(u"volumeConfigurations"_s), u"{\"name\": \"data\"}"_s);
    EXPECT_FALSE(form.hasChanges());

    form.setJsonText(u"serviceConnectConfiguration"_s, u"{\"namespace\": \"apps\"}"_s);
    form.setJsonText(u"volumeConfigurations"_s, u"[{\"name\": \"data\"}, 3]"_s);
    form.setJsonText(u"vpcLatticeConfigurations"_s, u"[{\"roleArn\": \"r\"}]"_s);
    const QList<Rules::Finding> missing = form.findings();
    EXPECT_EQ(ServiceForm::messagesAt(missing, u"serviceConnectConfiguration"_s),
        QStringList { u"It lacks the required enabled."_s });
    EXPECT_EQ(ServiceForm::messagesAt(missing, u"volumeConfigurations"_s),
        QStringList { u"Each element of the list must be a JSON object ({ … })."_s });
    EXPECT_EQ(ServiceForm::messagesAt(missing, u"vpcLatticeConfigurations"_s),
        QStringList { u"Element 1 lacks the required targetGroupArn, portName."_s });

    form.setJsonText(u"serviceConnectConfiguration"_s, u"{\"enabled\": true, \"namespace\": \"apps\"}"_s);
    form.setJsonText(u"volumeConfigurations"_s, u"[{\"name\": \"data\"}]"_s);
    form.setJsonText(u"vpcLatticeConfigurations"_s, QString());
    EXPECT_TRUE(form.isValid()) << paths(form.findings()).join(u", "_s).toStdString();
    EXPECT_EQ(form.changes().size(), 2) << text(form.changes());
}
