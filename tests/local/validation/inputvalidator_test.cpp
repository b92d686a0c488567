// SPDX-License-Identifier: MIT
// The local endpoint's input validator (issue 25 points 9, 4, 5): every field of a request is
// checked against the service's model before a handler runs, so a wrong type or an out-of-range
// number is refused instead of stored.
#include "common/testutil.h"
#include "local/validation/inputvalidator.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using EcsDesk::Local::ApiError;
using EcsDesk::Local::InputValidator;

namespace {

const QByteArray ecs = QByteArrayLiteral("AmazonEC2ContainerServiceV20141113");
const QByteArray logs = QByteArrayLiteral("Logs_20140328");
const QByteArray scaling = QByteArrayLiteral("AnyScaleFrontendService");
const QByteArray cloudWatch = QByteArrayLiteral("GraniteServiceVersion20100801");

QJsonObject json(const char* text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(text), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << text;
    return document.object();
}

std::optional<ApiError> validate(const QByteArray& service, const char* operation, const QJsonObject& input)
{
    return InputValidator::instance().validate(service, QString::fromLatin1(operation), input);
}

QString codeOf(const std::optional<ApiError>& error) { return error ? error->code : QStringLiteral("(accepted)"); }

QJsonObject taskDefinition(int containers)
{
    QJsonArray definitions;
    for (int i = 0; i < containers; ++i) {
        definitions.append(QJsonObject { { QStringLiteral("name"), QStringLiteral("c%1").arg(i) },
            { QStringLiteral("image"), QStringLiteral("nginx") }, { QStringLiteral("memory"), 128 } });
    }
    return QJsonObject { { QStringLiteral("family"), QStringLiteral("web") },
        { QStringLiteral("containerDefinitions"), definitions } };
}

} // namespace

TEST(InputValidator, EveryServiceTheEndpointAnswersHasAModel)
{
    for (const QByteArray& prefix : { ecs, logs, scaling, cloudWatch })
        EXPECT_TRUE(InputValidator::instance().hasService(prefix)) << prefix.constData();
}

TEST(InputValidator, AWrongTypeIsASerializationExceptionNamingTheField)
{
    const auto desired = validate(ecs, "UpdateService", json(R"({"service":"web","desiredCount":"5"})"));
    ASSERT_TRUE(desired);
    EXPECT_EQ(desired->code, QStringLiteral("SerializationException"));
    EXPECT_TRUE(desired->message.startsWith(QStringLiteral("STRING_VALUE can not be converted to an Integer")))
        << desired->message.toStdString();
    EXPECT_TRUE(desired->message.contains(QStringLiteral("desiredCount")));

    const auto nested = validate(ecs, "RegisterTaskDefinition",
        json(R"({"family":"web","containerDefinitions":[{"name":"a","image":"x"},{"name":"b","essential":"yes"}]})"));
    ASSERT_TRUE(nested);
    EXPECT_EQ(nested->code, QStringLiteral("SerializationException"));
    EXPECT_TRUE(nested->message.contains(QStringLiteral("containerDefinitions[1].essential")))
        << nested->message.toStdString();

    const std::pair<const char*, const char*> wrong[] = {
        { "CreateCluster", R"({"clusterName":5})" },
        { "CreateCluster", R"({"clusterName":{"a":1}})" },
        { "CreateCluster", R"({"clusterName":"x","tags":{"key":"a"}})" },
        { "CreateService", R"({"serviceName":"s","desiredCount":true})" },
        { "CreateService", R"({"serviceName":"s","desiredCount":1.5})" },
        { "CreateService", R"({"serviceName":"s","loadBalancers":"lb"})" },
        { "RunTask", R"({"taskDefinition":"web","count":[1]})" },
        { "RunTask", R"({"taskDefinition":"web","overrides":{"containerOverrides":[{"environment":[{"name":1}]}]}})" },
        { "RegisterTaskDefinition", R"({"family":"web","containerDefinitions":[{"name":"a","portMappings":[5]}]})" },
        { "RegisterTaskDefinition",
            R"({"family":"web","containerDefinitions":[{"name":"a","dockerLabels":{"k":1}}]})" },
    };
    for (const auto& [operation, body] : wrong)
        EXPECT_EQ(codeOf(validate(ecs, operation, json(body))), QStringLiteral("SerializationException")) << body;
    EXPECT_EQ(codeOf(validate(logs, "PutLogEvents",
                  json(R"({"logGroupName":"g","logStreamName":"s","logEvents":[{"timestamp":"now","message":"m"}]})"))),
        QStringLiteral("SerializationException"));
    EXPECT_EQ(
        codeOf(validate(scaling, "RegisterScalableTarget",
            json(
                R"({"ServiceNamespace":"ecs","ResourceId":"r","ScalableDimension":"ecs:service:DesiredCount","MinCapacity":"1"})"))),
        QStringLiteral("SerializationException"));
}

TEST(InputValidator, NumbersOutsideJavaIntAreRefusedNotWrapped)
{
    for (const char* body :
        { R"({"service":"web","desiredCount":4294967297})", R"({"service":"web","desiredCount":2147483648})" })
        EXPECT_EQ(codeOf(validate(ecs, "UpdateService", json(body))), QStringLiteral("InvalidParameterException"))
            << body;
    // desiredCount -1 and 5001 are Java ints: the rulebook refuses them (one place, one text), not the model.
    EXPECT_FALSE(validate(ecs, "UpdateService", json(R"({"service":"web","desiredCount":5001})")));
    EXPECT_FALSE(validate(ecs, "UpdateService", json(R"({"service":"web","desiredCount":-1})")));
    EXPECT_FALSE(validate(ecs, "UpdateService", json(R"({"service":"web","desiredCount":5000})")));

    const auto cpu = validate(ecs, "RegisterTaskDefinition",
        json(R"({"family":"web","containerDefinitions":[{"name":"a","image":"x","cpu":2147483648}]})"));
    ASSERT_TRUE(cpu);
    EXPECT_EQ(cpu->code, QStringLiteral("InvalidParameterException"));
    EXPECT_TRUE(cpu->message.contains(QStringLiteral("containerDefinitions[0].cpu")));
    EXPECT_TRUE(cpu->message.contains(QStringLiteral("less than or equal to 2147483647")))
        << cpu->message.toStdString();
    EXPECT_FALSE(validate(ecs, "RegisterTaskDefinition",
        json(R"({"family":"web","containerDefinitions":[{"name":"a","image":"x","cpu":2147483647}]})")));
}

TEST(InputValidator, EnumsAndLengthsFromTheModelAreChecked)
{
    const auto launchType = validate(ecs, "RunTask", json(R"({"taskDefinition":"web","launchType":"SUBMARINE"})"));
    ASSERT_TRUE(launchType);
    EXPECT_EQ(launchType->code, QStringLiteral("InvalidParameterException"));
    EXPECT_TRUE(launchType->message.contains(QStringLiteral("FARGATE"))) << launchType->message.toStdString();

    const QJsonObject longName { { QStringLiteral("logGroupName"), QString(600, QLatin1Char('g')) } };
    EXPECT_EQ(codeOf(validate(logs, "CreateLogGroup", longName)), QStringLiteral("InvalidParameterException"));
    EXPECT_EQ(codeOf(validate(scaling, "DescribeScalableTargets", json(R"({"ServiceNamespace":"submarines"})"))),
        QStringLiteral("ValidationException"));
}

TEST(InputValidator, EcsRequestQuotasAreEnforcedWithEcsErrors)
{
    const auto count = validate(ecs, "RunTask", json(R"({"taskDefinition":"web","count":11})"));
    ASSERT_TRUE(count);
    EXPECT_EQ(count->code, QStringLiteral("InvalidParameterException"));
    EXPECT_EQ(count->message, QStringLiteral("Count must be between 1 and 10."));
    EXPECT_EQ(codeOf(validate(ecs, "RunTask", json(R"({"taskDefinition":"web","count":0})"))),
        QStringLiteral("InvalidParameterException"));
    EXPECT_FALSE(validate(ecs, "RunTask", json(R"({"taskDefinition":"web","count":10})")));

    EXPECT_FALSE(validate(ecs, "RegisterTaskDefinition", taskDefinition(10)));
    const auto eleven = validate(ecs, "RegisterTaskDefinition", taskDefinition(11));
    ASSERT_TRUE(eleven);
    EXPECT_EQ(eleven->code, QStringLiteral("ClientException"));
    EXPECT_EQ(eleven->message, QStringLiteral("Too many containers."));

    // The attack's request: refused by the count before any container is looked at.
    EXPECT_EQ(
        codeOf(validate(ecs, "RegisterTaskDefinition", taskDefinition(120000))), QStringLiteral("ClientException"));

    QJsonArray services;
    for (int i = 0; i < 11; ++i)
        services.append(QStringLiteral("s%1").arg(i));
    EXPECT_EQ(codeOf(validate(ecs, "DescribeServices", QJsonObject { { QStringLiteral("services"), services } })),
        QStringLiteral("InvalidParameterException"));
}

TEST(InputValidator, WhatTheSdksSendPasses)
{
    // Unknown members (newer SDKs), explicit nulls, timestamps as epoch numbers or ISO text, empty lists.
    EXPECT_FALSE(validate(ecs, "CreateCluster", json(R"({"clusterName":"x","someFutureField":{"a":[1]},"tags":[]})")));
    EXPECT_FALSE(validate(ecs, "UpdateService", json(R"({"service":"web","desiredCount":null})")));
    EXPECT_FALSE(validate(cloudWatch, "GetMetricData",
        json(
            R"({"MetricDataQueries":[{"Id":"m1","Expression":"SELECT 1"}],"StartTime":1700000000.5,"EndTime":"2026-01-01T00:00:00Z"})")));
    EXPECT_FALSE(validate(logs, "PutLogEvents",
        json(R"({"logGroupName":"g","logStreamName":"s","logEvents":[{"timestamp":1700000000000,"message":"m"}]})")));
    EXPECT_FALSE(validate(ecs, "NoSuchOperation", json(R"({"x":1})")));
    EXPECT_FALSE(validate(QByteArrayLiteral("NoSuchService"), "CreateCluster", json(R"({"clusterName":5})")));
}

TEST(InputValidator, TheDocumentedExampleRequestsOfAwsPass)
{
    ECSDESK_REQUIRE_FIXTURES(fixtures);
    int checked = 0;
    for (const auto& [file, prefix] :
        { std::pair { "ecs.json", ecs }, std::pair { "application-autoscaling.json", scaling } }) {
        QFile in(fixtures + QLatin1String("/aws-examples/") + QLatin1String(file));
        ASSERT_TRUE(in.open(QIODevice::ReadOnly)) << file;
        const QJsonObject operations = QJsonDocument::fromJson(in.readAll()).object();
        for (auto it = operations.begin(); it != operations.end(); ++it) {
            for (const QJsonValue& example : it.value().toArray()) {
                const auto error = InputValidator::instance().validate(
                    prefix, it.key(), example.toObject().value(QLatin1String("input")).toObject());
                EXPECT_FALSE(error) << file << " " << it.key().toStdString() << ": "
                                    << (error ? error->message.toStdString() : std::string());
                ++checked;
            }
        }
    }
    EXPECT_GT(checked, 30);
}

TEST(InputValidator, QueryProtocolValuesAreTextThatMustParseAsTheModelsType)
{
    // CloudWatch's query protocol: the dispatcher decodes the form into JSON whose scalars are text.
    auto query = [](const char* body) {
        return InputValidator::instance().validate(cloudWatch, QStringLiteral("PutMetricData"), json(body), true);
    };
    EXPECT_FALSE(query(R"({"Namespace":"app","MetricData":[{"MetricName":"m","Value":"1.5","StorageResolution":"1",
        "Timestamp":"2026-01-01T00:00:00Z","Dimensions":[{"Name":"a","Value":"b"}]}]})"));
    const auto value = query(R"({"Namespace":"app","MetricData":[{"MetricName":"m","Value":"lots"}]})");
    ASSERT_TRUE(value);
    EXPECT_EQ(value->code, QStringLiteral("InvalidParameterValue"));
    EXPECT_TRUE(value->message.contains(QStringLiteral("MetricData[0].Value"))) << value->message.toStdString();
    EXPECT_EQ(
        codeOf(query(R"({"Namespace":"app","MetricData":[{"MetricName":"m","StorageResolution":"4294967297"}]})")),
        QStringLiteral("InvalidParameterValue"));
    EXPECT_EQ(codeOf(query(R"({"Namespace":"app","MetricData":"x"})")), QStringLiteral("InvalidParameterValue"));
}
