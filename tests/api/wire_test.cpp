// SPDX-License-Identifier: MIT
// Wire-level parsing: AWS error documents (JSON with prefixed __type, Message, HTML pages, query
// XML), ECS domain types from real-shaped JSON, the shared config file format.

#include "api/auth/awsconfigfile.h"
#include "api/core/awstransport.h"
#include "api/core/xmlanswer.h"
#include "api/ecs/clustersnapshot.h"
#include "api/ecs/types.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace EcsDesk::Api;

TEST(ErrorParsing, JsonTypePrefixIsStrippedAndBothMessageSpellingsWork)
{
    const AwsError e = AwsTransport::parseServiceError(WireProtocol::Json, 400,
        R"({"__type":"com.amazonaws.ecs#ClusterNotFoundException","message":"Cluster not found."})", {},
        QStringLiteral("rid-1"));
    EXPECT_EQ(e.kind, AwsError::Kind::Service);
    EXPECT_EQ(e.code, QStringLiteral("ClusterNotFoundException"));
    EXPECT_EQ(e.message, QStringLiteral("Cluster not found."));
    EXPECT_EQ(e.httpStatus, 400);
    EXPECT_EQ(e.requestId, QStringLiteral("rid-1"));
    EXPECT_TRUE(e.toString().contains(QLatin1String("rid-1")));

    const AwsError upper = AwsTransport::parseServiceError(WireProtocol::Json, 400,
        R"({"__type":"ThrottlingException:http://internal","Message":"Rate exceeded"})", {}, {});
    EXPECT_EQ(upper.code, QStringLiteral("ThrottlingException"));
    EXPECT_EQ(upper.message, QStringLiteral("Rate exceeded"));
}

TEST(ErrorParsing, HtmlAndEmptyBodiesBecomeTypedErrors)
{
    const AwsError html = AwsTransport::parseServiceError(
        WireProtocol::Json, 502, "<!DOCTYPE html><html><body>Bad gateway</body></html>", {}, {});
    EXPECT_EQ(html.kind, AwsError::Kind::Protocol);
    EXPECT_EQ(html.code, QStringLiteral("Http502"));
    EXPECT_EQ(html.httpStatus, 502);
    const AwsError empty = AwsTransport::parseServiceError(WireProtocol::Json, 503, {}, {}, {});
    EXPECT_EQ(empty.code, QStringLiteral("Http503"));
    const AwsError header
        = AwsTransport::parseServiceError(WireProtocol::RestJson, 401, "{}", "UnauthorizedException:http://x", {});
    EXPECT_EQ(header.code, QStringLiteral("UnauthorizedException"));
}

TEST(ErrorParsing, QueryProtocolXml)
{
    const QByteArray xml
        = "<ErrorResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><Error><Type>Sender</Type>"
          "<Code>AccessDenied</Code><Message>Not allowed</Message></Error>"
          "<RequestId>abc-123</RequestId></ErrorResponse>";
    const AwsError e = AwsTransport::parseServiceError(WireProtocol::Query, 403, xml, {}, {});
    EXPECT_EQ(e.code, QStringLiteral("AccessDenied"));
    EXPECT_EQ(e.message, QStringLiteral("Not allowed"));
    EXPECT_EQ(e.requestId, QStringLiteral("abc-123"));
}

TEST(XmlNode, WalksQueryAnswers)
{
    const auto root = XmlNode::parse("<A><B><member><C>1</C></member><member><C>2</C></member></B></A>");
    ASSERT_TRUE(root);
    EXPECT_EQ(root->name, QStringLiteral("A"));
    EXPECT_EQ(root->child(u"B")->childrenNamed(u"member").size(), 2);
    EXPECT_EQ(root->findText(u"C"), QStringLiteral("1"));
    EXPECT_FALSE(XmlNode::parse("<A><B></A>"));
}

TEST(EcsTypes, ServiceTaskAndInstanceKeepEveryField)
{
    const QJsonObject service = QJsonDocument::fromJson(R"({
        "serviceArn":"arn:aws:ecs:eu-west-1:1:service/c/web","serviceName":"web","status":"ACTIVE",
        "desiredCount":3,"runningCount":2,"pendingCount":1,"taskDefinition":"arn:td/web:7",
        "deployments":[{"id":"ecs-svc/1","status":"PRIMARY","taskDefinition":"arn:td/web:7","desiredCount":3,
                        "runningCount":2,"rolloutState":"IN_PROGRESS","createdAt":1700000000.5}],
        "events":[{"id":"e1","createdAt":1700000001,"message":"(service web) has reached a steady state."}],
        "futureField":{"x":1}})")
                                    .object();
    const Service s = Service::fromJson(service);
    EXPECT_EQ(s.name, QStringLiteral("web"));
    EXPECT_EQ(s.desiredCount, 3);
    ASSERT_EQ(s.deployments.size(), 1);
    EXPECT_EQ(s.deployments[0].rolloutState, QStringLiteral("IN_PROGRESS"));
    EXPECT_EQ(s.deployments[0].createdAt.toMSecsSinceEpoch(), 1700000000500);
    ASSERT_EQ(s.events.size(), 1);
    EXPECT_TRUE(s.raw.contains(QLatin1String("futureField")));
    Service copy = s;
    EXPECT_EQ(copy, s);
    copy.events.clear();
    EXPECT_NE(copy, s);

    const Task t = Task::fromJson(QJsonDocument::fromJson(R"({"taskArn":"arn:task/1","lastStatus":"STOPPED",
        "stopCode":"EssentialContainerExited","containers":[{"name":"app","exitCode":137,
        "networkBindings":[{"containerPort":80,"hostPort":32768}]}]})")
                                      .object());
    ASSERT_EQ(t.containers.size(), 1);
    EXPECT_EQ(t.containers[0].exitCode, 137);
    EXPECT_EQ(t.containers[0].networkBindings[0].hostPort, 32768);

    const ContainerInstance ci
        = ContainerInstance::fromJson(QJsonDocument::fromJson(R"({"containerInstanceArn":"arn:ci/1",
        "registeredResources":[{"name":"CPU","type":"INTEGER","integerValue":2048},
                               {"name":"PORTS","type":"STRINGSET","stringSetValue":["22"]}],
        "remainingResources":[{"name":"CPU","type":"INTEGER","integerValue":1024}],
        "attributes":[{"name":"ecs.availability-zone","value":"eu-west-1a"}]})")
                                          .object());
    EXPECT_EQ(ci.registered(QStringLiteral("CPU")), 2048);
    EXPECT_EQ(ci.remaining(QStringLiteral("CPU")), 1024);
    EXPECT_EQ(ci.attribute(QStringLiteral("ecs.availability-zone")), QStringLiteral("eu-west-1a"));
}

TEST(EcsTypes, ResourcesAreReadByTheirType)
{
    // As AWS sends them: every value field present, only the one `type` names meaningful.
    const ContainerInstance ci
        = ContainerInstance::fromJson(QJsonDocument::fromJson(R"({"containerInstanceArn":"arn:ci/1",
        "registeredResources":[
            {"name":"CPU","type":"INTEGER","integerValue":2048,"longValue":0,"doubleValue":0.0},
            {"name":"MEMORY","type":"LONG","integerValue":0,"longValue":7680,"doubleValue":0.0},
            {"name":"GPU","type":"DOUBLE","integerValue":0,"longValue":0,"doubleValue":1.5},
            {"name":"PORTS","type":"STRINGSET","integerValue":0,"longValue":0,"doubleValue":0.0,
             "stringSetValue":["22","2376"]}]})")
                                          .object());
    ASSERT_EQ(ci.registeredResources.size(), 4);
    EXPECT_EQ(ci.registered(QStringLiteral("CPU")), 2048);
    EXPECT_EQ(ci.registered(QStringLiteral("MEMORY")), 7680);
    EXPECT_DOUBLE_EQ(ci.registeredResources[2].doubleValue, 1.5);
    EXPECT_EQ(ci.registeredResources[3].stringSetValue, QStringList({ QStringLiteral("22"), QStringLiteral("2376") }));
}

TEST(EcsTypes, TaskSizesReadAsTextWhetherSentAsStringsOrNumbers)
{
    // ECS sends "cpu": "256"; moto sends 256. Both are the same size.
    const Task fromEcs
        = Task::fromJson(QJsonDocument::fromJson(R"({"taskArn":"arn:t/1","cpu":"256","memory":"512"})").object());
    const Task fromMoto
        = Task::fromJson(QJsonDocument::fromJson(R"({"taskArn":"arn:t/2","cpu":256,"memory":512})").object());
    EXPECT_EQ(fromEcs.cpu, QStringLiteral("256"));
    EXPECT_EQ(fromMoto.cpu, QStringLiteral("256"));
    EXPECT_EQ(fromMoto.memory, QStringLiteral("512"));
}

TEST(SnapshotExport, CsvQuotesFields)
{
    EXPECT_EQ(SnapshotExport::csvField(QStringLiteral("plain")), QStringLiteral("plain"));
    EXPECT_EQ(SnapshotExport::csvField(QStringLiteral("a,\"b\"")), QStringLiteral("\"a,\"\"b\"\"\""));
    ClusterSnapshot snapshot;
    snapshot.cluster.name = QStringLiteral("c");
    Task task;
    task.arn = QStringLiteral("arn:t");
    task.stoppedReason = QStringLiteral("Essential container exited, code 1");
    snapshot.tasks.append(task);
    const QString csv = QString::fromUtf8(SnapshotExport::toCsv({ snapshot }));
    EXPECT_TRUE(csv.startsWith(QLatin1String("kind,cluster,")));
    EXPECT_TRUE(csv.contains(QLatin1String("\"Essential container exited, code 1\"")));
}

TEST(AwsConfigFile, ParsesProfilesSessionsAndNestedServices)
{
    const auto config
        = AwsConfigFile::parse(QStringLiteral("[default]\nregion = eu-west-1\n"
                                              "[profile dev]\nrole_arn = arn:aws:iam::1:role/x\n"
                                              "source_profile = default\nservices = local\n"
                                              "# comment\n[sso-session corp]\nsso_region = us-east-1\n"
                                              "[services local]\necs =\n  endpoint_url = http://127.0.0.1:1\n"
                                              "[plugins]\nx = y\n"),
            false);
    EXPECT_EQ(
        config.value(QStringLiteral("profile default")).value(QStringLiteral("region")), QStringLiteral("eu-west-1"));
    EXPECT_EQ(
        config.value(QStringLiteral("profile dev")).value(QStringLiteral("source_profile")), QStringLiteral("default"));
    EXPECT_EQ(config.value(QStringLiteral("sso-session corp")).value(QStringLiteral("sso_region")),
        QStringLiteral("us-east-1"));
    EXPECT_EQ(config.value(QStringLiteral("services local")).value(QStringLiteral("ecs.endpoint_url")),
        QStringLiteral("http://127.0.0.1:1"));
    EXPECT_FALSE(config.contains(QStringLiteral("plugins")));
}
