// SPDX-License-Identifier: MIT
// Elastic Load Balancing v2 (issue 23): the decoders read AWS's documented example answers (as the
// query protocol sends them: each answer's members as elements, list items as <member>), and the
// client and ServiceTargetsLoader create and read back a target group with registered targets, a
// load balancer and its listener on the local endpoint.

#include "api/elbv2/elbv2client.h"
#include "api/elbv2/servicetargetsloader.h"
#include "common/localendpointsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QXmlStreamWriter>

#include <gtest/gtest.h>

using namespace EcsDesk;
using namespace EcsDesk::Testing;

namespace {

QString s(const char* text) { return QString::fromLatin1(text); }

void writeValue(QXmlStreamWriter& xml, const QString& name, const QJsonValue& value)
{
    xml.writeStartElement(name);
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            writeValue(xml, it.key(), it.value());
    } else if (value.isArray()) {
        for (const QJsonValue& item : value.toArray())
            writeValue(xml, s("member"), item);
    } else if (value.isBool()) {
        xml.writeCharacters(value.toBool() ? s("true") : s("false"));
    } else if (value.isDouble()) {
        xml.writeCharacters(QString::number(value.toDouble(), 'g', 17));
    } else {
        xml.writeCharacters(value.toString());
    }
    xml.writeEndElement();
}

/// AWS's first documented answer of `operation` in the query protocol's XML form.
QByteArray documentedAnswer(const QString& fixtures, const char* operation, int example = 0)
{
    QFile in(fixtures + s("/aws-examples/elbv2.json"));
    EXPECT_TRUE(in.open(QIODevice::ReadOnly));
    const QJsonArray examples
        = QJsonDocument::fromJson(in.readAll()).object().value(QLatin1String(operation)).toArray();
    EXPECT_GT(examples.size(), example) << operation;
    const QJsonObject output = examples.at(example).toObject().value(s("output")).toObject();
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.writeStartDocument();
    xml.writeStartElement(QLatin1String(operation) + s("Response"));
    xml.writeDefaultNamespace(s("http://elasticloadbalancing.amazonaws.com/doc/2015-12-01/"));
    writeValue(xml, QLatin1String(operation) + s("Result"), output);
    xml.writeStartElement(s("ResponseMetadata"));
    xml.writeTextElement(s("RequestId"), s("b0a5e6b6-0000-4000-8000-000000000000"));
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

template <typename T> T wait(Api::AwsReply* reply, Api::Outcome<T> (*parse)(const QByteArray&))
{
    EXPECT_TRUE(waitFor([reply] { return reply->isFinished(); }, 30000));
    reply->deleteLater();
    EXPECT_TRUE(reply->isOk()) << (reply->error() ? reply->error()->toString().toStdString() : std::string());
    const Api::Outcome<T> parsed = parse(reply->body());
    EXPECT_TRUE(parsed.ok()) << reply->body().toStdString();
    return parsed.value;
}

} // namespace

TEST(ElbV2Decoders, TargetHealthFromAwsDocumentedAnswer)
{
    ECSDESK_REQUIRE_FIXTURES(fixtures);
    const auto parsed = Api::ElbV2::parseTargetHealth(documentedAnswer(fixtures, "DescribeTargetHealth"));
    ASSERT_TRUE(parsed.ok());
    ASSERT_EQ(parsed.value.size(), 2);
    const Api::TargetHealthDescription& unused = parsed.value[0];
    EXPECT_EQ(unused.target.id, s("i-0f76fade"));
    EXPECT_EQ(unused.target.port, 80);
    EXPECT_EQ(unused.health.state, s("unused"));
    EXPECT_EQ(unused.health.reason, s("Target.NotInUse"));
    EXPECT_EQ(unused.health.description, s("Given target group is not configured to receive traffic from ELB"));
    EXPECT_EQ(Api::ElbV2::healthText(unused.health), s("unused (Target.NotInUse)"));
    EXPECT_EQ(parsed.value[1].health.state, s("healthy"));
    EXPECT_EQ(parsed.value[1].healthCheckPort, s("80"));
    EXPECT_TRUE(parsed.value[1].health.reason.isEmpty());
    EXPECT_EQ(Api::ElbV2::healthText(parsed.value[1].health), s("healthy"));
}

TEST(ElbV2Decoders, TargetGroupsAndAttributesFromAwsDocumentedAnswers)
{
    ECSDESK_REQUIRE_FIXTURES(fixtures);
    const auto groups = Api::ElbV2::parseTargetGroups(documentedAnswer(fixtures, "DescribeTargetGroups"));
    ASSERT_TRUE(groups.ok());
    ASSERT_EQ(groups.value.targetGroups.size(), 1);
    const Api::TargetGroup& group = groups.value.targetGroups.first();
    EXPECT_EQ(group.name, s("my-targets"));
    EXPECT_EQ(
        group.arn, s("arn:aws:elasticloadbalancing:us-west-2:123456789012:targetgroup/my-targets/73e2d6bc24d8a067"));
    EXPECT_EQ(group.protocol, s("HTTP"));
    EXPECT_EQ(group.port, 80);
    EXPECT_EQ(group.vpcId, s("vpc-3ac0fb5f"));
    EXPECT_EQ(group.targetType, s("instance"));
    EXPECT_EQ(group.healthCheckPath, s("/"));
    EXPECT_EQ(group.healthCheckPort, s("traffic-port"));
    EXPECT_EQ(group.healthCheckProtocol, s("HTTP"));
    EXPECT_EQ(group.healthCheckIntervalSeconds, 30);
    EXPECT_EQ(group.healthCheckTimeoutSeconds, 5);
    EXPECT_EQ(group.healthyThresholdCount, 5);
    EXPECT_EQ(group.unhealthyThresholdCount, 2);
    EXPECT_EQ(group.matcherHttpCode, s("200"));
    EXPECT_EQ(group.loadBalancerArns.size(), 1);
    EXPECT_TRUE(groups.value.nextMarker.isEmpty());

    const auto attributes = Api::ElbV2::parseAttributes(documentedAnswer(fixtures, "DescribeTargetGroupAttributes"));
    ASSERT_TRUE(attributes.ok());
    EXPECT_EQ(attributes.value.value(s("stickiness.type")), s("lb_cookie"));
    EXPECT_EQ(Api::ElbV2::deregistrationDelay(attributes.value), 300);
    EXPECT_EQ(Api::ElbV2::deregistrationDelay({ { s("deregistration_delay.timeout_seconds"), s("20") } }), 20);
}

TEST(ElbV2Decoders, LoadBalancersListenersAndRulesFromAwsDocumentedAnswers)
{
    ECSDESK_REQUIRE_FIXTURES(fixtures);
    const auto balancers = Api::ElbV2::parseLoadBalancers(documentedAnswer(fixtures, "DescribeLoadBalancers"));
    ASSERT_TRUE(balancers.ok());
    ASSERT_EQ(balancers.value.loadBalancers.size(), 1);
    const Api::ElbLoadBalancer& balancer = balancers.value.loadBalancers.first();
    EXPECT_EQ(balancer.name, s("my-load-balancer"));
    EXPECT_EQ(balancer.dnsName, s("my-load-balancer-424835706.us-west-2.elb.amazonaws.com"));
    EXPECT_EQ(balancer.type, s("application"));
    EXPECT_EQ(balancer.scheme, s("internet-facing"));
    EXPECT_EQ(balancer.state, s("active"));
    EXPECT_EQ(balancer.availabilityZones, QStringList({ s("us-west-2a"), s("us-west-2b") }));
    EXPECT_EQ(balancer.securityGroups, QStringList { s("sg-5943793c") });
    EXPECT_EQ(balancer.createdTime, QDateTime(QDate(2016, 3, 25), QTime(21, 26, 12, 920), Qt::UTC));

    const auto listeners = Api::ElbV2::parseListeners(documentedAnswer(fixtures, "DescribeListeners"));
    ASSERT_TRUE(listeners.ok());
    ASSERT_EQ(listeners.value.listeners.size(), 1);
    const Api::ElbListener& listener = listeners.value.listeners.first();
    EXPECT_EQ(listener.port, 80);
    EXPECT_EQ(listener.protocol, s("HTTP"));
    ASSERT_EQ(listener.defaultActions.size(), 1);
    EXPECT_EQ(listener.defaultActions.first().type, s("forward"));
    EXPECT_EQ(listener.defaultActions.first().targetGroupArns.size(), 1);

    const auto rules = Api::ElbV2::parseRules(documentedAnswer(fixtures, "DescribeRules"));
    ASSERT_TRUE(rules.ok());
    ASSERT_EQ(rules.value.rules.size(), 1);
    const Api::ElbRule& rule = rules.value.rules.first();
    EXPECT_EQ(rule.priority, s("10"));
    EXPECT_FALSE(rule.isDefault);
    ASSERT_EQ(rule.conditions.size(), 1);
    EXPECT_EQ(rule.conditions.first().field, s("path-pattern"));
    EXPECT_EQ(rule.conditions.first().values, QStringList { s("/img/*") });
    ASSERT_EQ(rule.actions.size(), 1);
    EXPECT_EQ(rule.actions.first().type, s("forward"));
}

TEST(ElbV2Decoders, RefusesWhatIsNotAnAnswer)
{
    EXPECT_FALSE(Api::ElbV2::parseTargetHealth("<not xml").ok());
    EXPECT_FALSE(Api::ElbV2::parseTargetGroups("<Foo><Bar/></Foo>").ok());
    // ELBv2's empty result element: an empty list.
    const auto empty = Api::ElbV2::parseTargetGroups(
        "<DescribeTargetGroupsResponse><DescribeTargetGroupsResult/></DescribeTargetGroupsResponse>");
    ASSERT_TRUE(empty.ok());
    EXPECT_TRUE(empty.value.targetGroups.isEmpty());
}

TEST(ElbV2Client, CreatesAndReadsBackTargetGroupsTargetsAndListenersOnTheLocalEndpoint)
{
    TestEndpoint local;
    ASSERT_TRUE(local.isStarted()) << local.error().toStdString();
    const Api::ElbV2Client elb(local.config());

    const QList<Api::ElbLoadBalancer> balancers
        = wait(elb.createLoadBalancer(s("shop"), { s("subnet-0a1b2c3d4e5f60718"), s("subnet-0b1b2c3d4e5f60719") }),
            &Api::ElbV2::parseLoadBalancers)
              .loadBalancers;
    ASSERT_EQ(balancers.size(), 1);
    Api::TargetGroupSpec spec;
    spec.name = s("shop-web");
    spec.port = 8080;
    spec.vpcId = s("vpc-1");
    spec.healthCheckPath = s("/health");
    spec.healthCheckIntervalSeconds = 10;
    spec.healthyThresholdCount = 3;
    spec.matcherHttpCode = s("200-299");
    const QList<Api::TargetGroup> created
        = wait(elb.createTargetGroup(spec), &Api::ElbV2::parseTargetGroups).targetGroups;
    ASSERT_EQ(created.size(), 1);
    const QString arn = created.first().arn;
    EXPECT_TRUE(arn.contains(s(":targetgroup/shop-web/"))) << arn.toStdString();

    const QList<Api::ElbListener> listeners
        = wait(elb.createListener(balancers.first().arn, s("HTTP"), 80, arn), &Api::ElbV2::parseListeners).listeners;
    ASSERT_EQ(listeners.size(), 1);
    const QList<Api::ElbListener> described
        = wait(elb.describeListeners(balancers.first().arn), &Api::ElbV2::parseListeners).listeners;
    ASSERT_EQ(described.size(), 1);
    EXPECT_EQ(described.first().port, 80);
    ASSERT_EQ(described.first().defaultActions.size(), 1);
    EXPECT_EQ(described.first().defaultActions.first().targetGroupArns, QStringList { arn });
    const QList<Api::ElbRule> rules = wait(elb.describeRules(listeners.first().arn), &Api::ElbV2::parseRules).rules;
    ASSERT_EQ(rules.size(), 1);
    EXPECT_TRUE(rules.first().isDefault);

    call(elb.registerTargets(arn, { { s("10.0.1.5"), 8080, {} }, { s("10.0.1.6"), 8080, {} } }));
    call(elb.modifyTargetGroupAttributes(arn, { { s("deregistration_delay.timeout_seconds"), s("45") } }));

    Api::ServiceTargetsLoader loader(&elb);
    QSignalSpy loaded(&loader, &Api::ServiceTargetsLoader::loaded);
    QSignalSpy failed(&loader, &Api::ServiceTargetsLoader::failed);
    loader.load({ { arn, {}, s("app"), 8080 } });
    ASSERT_TRUE(waitFor([&] { return !loaded.isEmpty() || !failed.isEmpty(); }, 30000));
    ASSERT_TRUE(failed.isEmpty()) << failed.first().first().value<Api::AwsError>().toString().toStdString();
    const auto groups = loaded.first().first().value<QList<Api::ServiceTargetGroup>>();
    ASSERT_EQ(groups.size(), 1);
    ASSERT_TRUE(groups.first().group.has_value());
    const Api::TargetGroup& group = *groups.first().group;
    EXPECT_EQ(group.name, s("shop-web"));
    EXPECT_EQ(group.targetType, s("ip"));
    EXPECT_EQ(group.port, 8080);
    EXPECT_EQ(group.healthCheckPath, s("/health"));
    EXPECT_EQ(group.healthCheckIntervalSeconds, 10);
    EXPECT_EQ(group.healthyThresholdCount, 3);
    EXPECT_EQ(group.matcherHttpCode, s("200-299"));
    EXPECT_EQ(group.loadBalancerArns, QStringList { balancers.first().arn });
    EXPECT_EQ(groups.first().deregistrationDelay, 45);
    QStringList ids;
    for (const Api::TargetHealthDescription& target : groups.first().targets) {
        ids.append(target.target.id);
        EXPECT_EQ(target.target.port, 8080);
        EXPECT_FALSE(target.health.state.isEmpty());
    }
    ids.sort();
    EXPECT_EQ(ids, QStringList({ s("10.0.1.5"), s("10.0.1.6") }));

    // Deregistered: the target drains.
    call(elb.deregisterTargets(arn, { { s("10.0.1.6"), 8080, {} } }));
    const QList<Api::TargetHealthDescription> health
        = wait(elb.describeTargetHealth(arn, { { s("10.0.1.6"), 8080, {} } }), &Api::ElbV2::parseTargetHealth);
    ASSERT_EQ(health.size(), 1);
    EXPECT_EQ(health.first().health.state, s("draining"));

    // Health only (the Tasks view): no attributes, no group settings.
    loaded.clear();
    loader.load({ { arn, {}, s("app"), 8080 } }, false);
    ASSERT_TRUE(waitFor([&] { return !loaded.isEmpty() || !failed.isEmpty(); }, 30000));
    ASSERT_TRUE(failed.isEmpty());
    const auto healthOnly = loaded.first().first().value<QList<Api::ServiceTargetGroup>>();
    ASSERT_EQ(healthOnly.size(), 1);
    EXPECT_FALSE(healthOnly.first().group.has_value());
    EXPECT_EQ(healthOnly.first().targets.size(), 2);

    // A group that is not there beside one that is: the one there loads, the other is marked
    // missing, nothing fails as a whole (with and without details).
    for (const bool details : { true, false }) {
        loaded.clear();
        loader.load({ { arn + s("0"), {}, s("app"), 8080 }, { arn, {}, s("app"), 8080 } }, details);
        ASSERT_TRUE(waitFor([&] { return !loaded.isEmpty() || !failed.isEmpty(); }, 30000));
        ASSERT_TRUE(failed.isEmpty()) << failed.first().first().value<Api::AwsError>().toString().toStdString();
        const auto both = loaded.first().first().value<QList<Api::ServiceTargetGroup>>();
        ASSERT_EQ(both.size(), 2);
        EXPECT_TRUE(both.at(0).missing);
        EXPECT_FALSE(both.at(0).group.has_value());
        EXPECT_FALSE(both.at(1).missing);
        EXPECT_EQ(both.at(1).group.has_value(), details);
        EXPECT_EQ(both.at(1).targets.size(), 2);
    }
}
