// SPDX-License-Identifier: MIT
// checkServiceSettings: the rules ECS enforces on the settings CreateService and UpdateService
// share, with ECS's code and text (where recorded) at the field's JSON path.

#include "rules/ecsrules.h"

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

QStringList rules(const QList<Finding>& findings)
{
    QStringList out;
    for (const Finding& finding : findings)
        out.append(finding.path + u' ' + finding.rule);
    return out;
}

} // namespace

TEST(ServiceSettingsRules, AcceptsAnOrdinaryService)
{
    EXPECT_TRUE(checkServiceSettings(parse(R"({"launchType": "FARGATE", "schedulingStrategy": "REPLICA",
        "deploymentConfiguration": {"maximumPercent": 200, "minimumHealthyPercent": 50,
            "deploymentCircuitBreaker": {"enable": true, "rollback": true},
            "alarms": {"alarmNames": ["high-5xx"], "enable": true, "rollback": true}},
        "networkConfiguration": {"awsvpcConfiguration": {"subnets": ["subnet-1"], "securityGroups": ["sg-1"],
            "assignPublicIp": "ENABLED"}},
        "placementConstraints": [{"type": "memberOf", "expression": "attribute:ecs.os-type == linux"}],
        "loadBalancers": [{"targetGroupArn": "arn:aws:elasticloadbalancing:us-east-1:1:targetgroup/web/1",
            "containerName": "web", "containerPort": 80}],
        "healthCheckGracePeriodSeconds": 30, "tags": [{"key": "team", "value": "web"}]})"))
                    .isEmpty());
}

TEST(ServiceSettingsRules, RecordedEcsTexts)
{
    const QList<Finding> both = checkServiceSettings(
        parse(R"({"launchType": "EC2", "capacityProviderStrategy": [{"capacityProvider": "cp", "weight": 1}]})"));
    ASSERT_EQ(both.size(), 1) << rules(both).join(u", "_s).toStdString();
    EXPECT_EQ(both[0].path, u"capacityProviderStrategy"_s);
    EXPECT_EQ(both[0].code, u"InvalidParameterException"_s);
    EXPECT_EQ(both[0].message,
        u"Specifying both a launch type and capacity provider strategy is not supported. Remove one and try again."_s);

    const QList<Finding> publicIp = checkServiceSettings(parse(
        R"({"launchType": "EC2", "networkConfiguration": {"awsvpcConfiguration": {"subnets": ["s"], "assignPublicIp": "ENABLED"}}})"));
    ASSERT_EQ(publicIp.size(), 1);
    EXPECT_EQ(publicIp[0].path, u"networkConfiguration.awsvpcConfiguration.assignPublicIp"_s);
    EXPECT_EQ(publicIp[0].message, u"Assign public IP is not supported for this launch type."_s);

    const QList<Finding> daemon = checkServiceSettings(parse(R"({"schedulingStrategy": "DAEMON",
        "deploymentConfiguration": {"maximumPercent": 200},
        "capacityProviderStrategy": [{"capacityProvider": "cp"}]})"));
    EXPECT_EQ(rules(daemon),
        (QStringList { u"deploymentConfiguration.maximumPercent daemon-maximum-percent"_s,
            u"capacityProviderStrategy daemon-capacity-provider"_s }));
}

TEST(ServiceSettingsRules, RangesQuotasAndRequiredPartners)
{
    const QList<Finding> findings = checkServiceSettings(parse(R"({
        "deploymentConfiguration": {"maximumPercent": 50, "minimumHealthyPercent": 101,
            "alarms": {"alarmNames": [], "enable": true, "rollback": false}},
        "capacityProviderStrategy": [{"capacityProvider": "a", "base": 1, "weight": 1001},
                                     {"capacityProvider": "b", "base": 2}],
        "networkConfiguration": {"awsvpcConfiguration": {"subnets": ["s"],
            "securityGroups": ["1", "2", "3", "4", "5", "6"]}},
        "placementConstraints": [{"type": "memberOf"}, {"type": "distinctInstance", "expression": "x"}],
        "placementStrategy": [{"type": "spread"}],
        "loadBalancers": [{"targetGroupArn": "tg", "containerPort": 0}],
        "healthCheckGracePeriodSeconds": -5,
        "tags": [{"key": "", "value": "v"}]})"));
    EXPECT_EQ(rules(findings),
        (QStringList { u"deploymentConfiguration.minimumHealthyPercent minimum-healthy-percent-range"_s,
            u"deploymentConfiguration.maximumPercent maximum-below-minimum-percent"_s,
            u"deploymentConfiguration.alarms.alarmNames deployment-alarms-names"_s,
            u"capacityProviderStrategy[0].weight capacity-provider-weight"_s,
            u"capacityProviderStrategy[1].base capacity-provider-one-base"_s,
            u"networkConfiguration.awsvpcConfiguration.securityGroups awsvpc-security-groups-quota"_s,
            u"placementConstraints[0].expression member-of-expression"_s,
            u"placementConstraints[1].expression distinct-instance-expression"_s,
            u"placementStrategy[0].field placement-strategy-field"_s,
            u"loadBalancers[0].containerName load-balancer-container-name"_s,
            u"loadBalancers[0].containerPort load-balancer-container-port"_s,
            u"healthCheckGracePeriodSeconds health-check-grace-period-negative"_s, u"tags[0].key tag-key-length"_s }))
        << rules(findings).join(u'\n').toStdString();
}
