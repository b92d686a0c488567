// SPDX-License-Identifier: MIT
// The service form's requests with every field it edits set, validated by botocore 1.43 (plain
// python3) against the ECS service model as the AWS SDKs validate before sending: every member
// name and type the form writes is one ECS takes. A request with a wrong type is refused, so the
// check can fail.

#include "models/serviceform.h"

#include "common/testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace EcsDesk::Models;
using namespace Qt::StringLiterals;

namespace {

QJsonObject parse(const char* json) { return QJsonDocument::fromJson(QByteArray(json)).object(); }

/// Every field of the form set, on `form`.
void setEveryField(ServiceForm& form)
{
    const QJsonObject values = parse(R"({
        "taskDefinition": "web:3", "desiredCount": 2,
        "deploymentConfiguration": {"minimumHealthyPercent": 50, "maximumPercent": 200,
            "deploymentCircuitBreaker": {"enable": true, "rollback": true},
            "alarms": {"alarmNames": ["web-5xx"], "enable": true, "rollback": true}},
        "networkConfiguration": {"awsvpcConfiguration": {"subnets": ["subnet-1", "subnet-2"],
            "securityGroups": ["sg-1"], "assignPublicIp": "ENABLED"}},
        "placementConstraints": [{"type": "memberOf", "expression": "attribute:ecs.os-type == linux"}],
        "placementStrategy": [{"type": "spread", "field": "attribute:ecs.availability-zone"}],
        "capacityProviderStrategy": [{"capacityProvider": "FARGATE", "weight": 1, "base": 1},
            {"capacityProvider": "FARGATE_SPOT", "weight": 3}],
        "platformVersion": "1.4.0",
        "loadBalancers": [{"targetGroupArn": "arn:aws:elasticloadbalancing:us-east-1:1:targetgroup/web/1",
            "containerName": "web", "containerPort": 80},
            {"loadBalancerName": "classic-web", "containerName": "web", "containerPort": 8080}],
        "healthCheckGracePeriodSeconds": 30,
        "serviceRegistries": [{"registryArn": "arn:aws:servicediscovery:us-east-1:1:service/srv-1",
            "containerName": "web", "containerPort": 80}],
        "enableExecuteCommand": true, "propagateTags": "SERVICE", "enableECSManagedTags": true,
        "availabilityZoneRebalancing": "ENABLED", "deploymentController": {"type": "ECS"}})");
    for (auto it = values.begin(); it != values.end(); ++it)
        form.setValue(it.key(), it.value());
    // The JSON fields, as typed into their editors.
    form.setJsonText(u"serviceConnectConfiguration"_s, uR"({"enabled": true, "namespace": "apps",
        "services": [{"portName": "http", "discoveryName": "web",
            "clientAliases": [{"port": 80, "dnsName": "web.apps"}], "timeout": {"perRequestTimeoutSeconds": 30}}],
        "logConfiguration": {"logDriver": "awslogs", "options": {"awslogs-group": "/ecs/sc"}}})"_s);
    form.setJsonText(u"volumeConfigurations"_s, uR"([{"name": "data", "managedEBSVolume": {
        "roleArn": "arn:aws:iam::1:role/ebs", "sizeInGiB": 20, "volumeType": "gp3", "encrypted": true,
        "filesystemType": "ext4", "tagSpecifications": [{"resourceType": "volume", "propagateTags": "SERVICE"}]}}])"_s);
    form.setJsonText(u"vpcLatticeConfigurations"_s, uR"([{"roleArn": "arn:aws:iam::1:role/lattice",
        "targetGroupArn": "arn:aws:vpc-lattice:us-east-1:1:targetgroup/tg-1", "portName": "http"}])"_s);
}

} // namespace

TEST(ServiceRequestsBotocore, EveryFieldTheFormWritesIsInTheEcsModel)
{
    ServiceForm update = ServiceForm::forUpdate(parse(R"({"serviceName": "web",
        "clusterArn": "arn:aws:ecs:us-east-1:1:cluster/prod", "schedulingStrategy": "REPLICA",
        "taskDefinition": "arn:aws:ecs:us-east-1:1:task-definition/web:2", "desiredCount": 1})"));
    setEveryField(update);
    update.setForceNewDeployment(true);
    ServiceForm create = ServiceForm::forCreate(u"prod"_s);
    setEveryField(create);
    create.setValue(u"serviceName"_s, u"web"_s);
    create.setValue(u"schedulingStrategy"_s, u"REPLICA"_s);
    create.setValue(u"role"_s, u"arn:aws:iam::1:role/ecsServiceRole"_s);
    create.setValue(u"tags"_s, QJsonArray { QJsonObject { { u"key"_s, u"team"_s }, { u"value"_s, u"web"_s } } });
    ASSERT_TRUE(update.isValid());
    ASSERT_TRUE(create.isValid());
    ASSERT_TRUE(update.isValid()) << update.findings().size();
    ASSERT_EQ(update.changes().size(), 20); // every UpdateService member but cluster and service
    QJsonObject wrongType = update.request();
    wrongType.insert(u"desiredCount"_s, u"two"_s);
    // A Service Connect configuration that is a list, not a structure, is refused too.
    QJsonObject wrongStructure = update.request();
    wrongStructure.insert(u"serviceConnectConfiguration"_s, QJsonArray { true });

    const QJsonArray requests { QJsonObject {
                                    { u"operation"_s, update.operation() }, { u"input"_s, update.request() } },
        QJsonObject { { u"operation"_s, create.operation() }, { u"input"_s, create.request() } },
        QJsonObject { { u"operation"_s, u"UpdateService"_s }, { u"input"_s, wrongType } },
        QJsonObject { { u"operation"_s, u"UpdateService"_s }, { u"input"_s, wrongStructure } } };
    QTemporaryDir dir;
    QFile file(dir.filePath(u"requests.json"_s));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(requests).toJson());
    file.close();

    QProcess python;
    python.start(u"python3"_s,
        { EcsDesk::Testing::sourceDir() + u"/tests/models/serviceform/validate_requests.py"_s, file.fileName() });
    if (!python.waitForStarted(10000)) {
        if (EcsDesk::Testing::runningInCi())
            FAIL() << "python3 is missing";
        GTEST_SKIP() << "python3 is missing";
    }
    ASSERT_TRUE(python.waitForFinished(60000));
    if (python.exitCode() != 0 && python.readAllStandardError().contains("No module named 'botocore'")) {
        if (EcsDesk::Testing::runningInCi())
            FAIL() << "botocore is missing";
        GTEST_SKIP() << "botocore is missing";
    }
    ASSERT_EQ(python.exitCode(), 0) << python.readAllStandardError().toStdString();
    const QJsonObject answer = QJsonDocument::fromJson(python.readAllStandardOutput()).object();
    const QJsonArray results = answer.value(u"results"_s).toArray();
    ASSERT_EQ(results.size(), 4);
    EXPECT_EQ(results[0].toObject().value(u"errors"_s).toString(), QString()) << "UpdateService";
    EXPECT_EQ(results[1].toObject().value(u"errors"_s).toString(), QString()) << "CreateService";
    EXPECT_TRUE(results[2].toObject().value(u"errors"_s).toString().contains(u"desiredCount"_s))
        << results[2].toObject().value(u"errors"_s).toString().toStdString();
    EXPECT_TRUE(results[3].toObject().value(u"errors"_s).toString().contains(u"serviceConnectConfiguration"_s))
        << results[3].toObject().value(u"errors"_s).toString().toStdString();
    RecordProperty("botocore", answer.value(u"botocore"_s).toString().toStdString());
}
