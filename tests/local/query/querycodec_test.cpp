// SPDX-License-Identifier: MIT
// The query protocol per service (issue 23): the dialect table picked by the signing name, forms
// with member.N and (EC2) bare N lists, results with or without the <OpResult> wrapper, and the
// two error forms.

#include "local/api/querycodec.h"

#include <QJsonArray>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace EcsDesk::Local;

TEST(QueryCodec, DialectsBySigningName)
{
    ASSERT_NE(QueryCodec::dialectFor("monitoring"), nullptr);
    EXPECT_EQ(QueryCodec::dialectFor("monitoring"), &QueryCodec::cloudWatch());
    const QueryCodec::Dialect* elb = QueryCodec::dialectFor("elasticloadbalancing");
    ASSERT_NE(elb, nullptr);
    EXPECT_EQ(QString(elb->xmlns), QStringLiteral("http://elasticloadbalancing.amazonaws.com/doc/2015-12-01/"));
    EXPECT_EQ(QString(elb->apiVersion), QStringLiteral("2015-12-01"));
    ASSERT_NE(QueryCodec::dialectFor("autoscaling"), nullptr);
    ASSERT_NE(QueryCodec::dialectFor("ec2"), nullptr);
    EXPECT_EQ(QueryCodec::dialectFor("ecs"), nullptr);
}

TEST(QueryCodec, MemberListsAndEc2BareIndexes)
{
    const QJsonObject elb = QueryCodec::formToJson(
        "Action=RegisterTargets&TargetGroupArn=arn%3Ax&Targets.member.2.Id=10.0.0.6&Targets.member.1.Id=10.0.0.5"
        "&Targets.member.1.Port=80",
        *QueryCodec::dialectFor("elasticloadbalancing"));
    const QJsonArray targets = elb.value(QLatin1String("Targets")).toArray();
    ASSERT_EQ(targets.size(), 2);
    EXPECT_EQ(targets[0].toObject().value(QLatin1String("Port")).toString(), QStringLiteral("80"));
    EXPECT_EQ(targets[1].toObject().value(QLatin1String("Id")).toString(), QStringLiteral("10.0.0.6"));

    const QJsonObject ec2 = QueryCodec::formToJson(
        "Action=DescribeInstances&Filter.1.Name=tag%3AName&Filter.1.Value.1=web&InstanceId.1=i-1&InstanceId.2=i-2",
        *QueryCodec::dialectFor("ec2"));
    EXPECT_EQ(ec2.value(QLatin1String("InstanceId")).toArray().size(), 2);
    const QJsonObject filter = ec2.value(QLatin1String("Filter")).toArray().first().toObject();
    EXPECT_EQ(filter.value(QLatin1String("Name")).toString(), QStringLiteral("tag:Name"));
    EXPECT_EQ(filter.value(QLatin1String("Value")).toArray().first().toString(), QStringLiteral("web"));
}

TEST(QueryCodec, ResultWrappers)
{
    const QJsonObject result { { QStringLiteral("Items"), QJsonArray { QStringLiteral("a") } } };
    const QByteArray elb = QueryCodec::resultXml(
        QStringLiteral("DescribeThings"), result, "rid", *QueryCodec::dialectFor("elasticloadbalancing"));
    EXPECT_TRUE(elb.contains("<DescribeThingsResult><Items><member>a</member></Items></DescribeThingsResult>"))
        << elb.constData();
    EXPECT_TRUE(elb.contains("xmlns=\"http://elasticloadbalancing.amazonaws.com/doc/2015-12-01/\""));
    // ELBv2 writes an empty result element; CloudWatch leaves it out.
    EXPECT_TRUE(
        QueryCodec::resultXml(QStringLiteral("DeleteRule"), {}, "rid", *QueryCodec::dialectFor("elasticloadbalancing"))
            .contains("<DeleteRuleResult/>"));
    EXPECT_FALSE(QueryCodec::resultXml(QStringLiteral("PutMetricData"), {}, "rid").contains("PutMetricDataResult"));

    const QByteArray ec2
        = QueryCodec::resultXml(QStringLiteral("DescribeThings"), result, "rid", *QueryCodec::dialectFor("ec2"));
    EXPECT_FALSE(ec2.contains("DescribeThingsResult")) << ec2.constData();
    EXPECT_TRUE(ec2.contains("<requestId>rid</requestId><Items><item>a</item></Items>")) << ec2.constData();
}

TEST(QueryCodec, ErrorForms)
{
    const ApiError error { QStringLiteral("TargetGroupNotFound"), QStringLiteral("One or more target groups not found"),
        400 };
    const QByteArray elb = QueryCodec::errorXml(error, "rid", *QueryCodec::dialectFor("elasticloadbalancing"));
    EXPECT_TRUE(elb.startsWith("<ErrorResponse xmlns=\"http://elasticloadbalancing.amazonaws.com/doc/2015-12-01/\">"))
        << elb.constData();
    EXPECT_TRUE(elb.contains("<Type>Sender</Type><Code>TargetGroupNotFound</Code>"));
    const QByteArray ec2 = QueryCodec::errorXml(error, "rid", *QueryCodec::dialectFor("ec2"));
    EXPECT_EQ(ec2,
        QByteArray("<Response><Errors><Error><Code>TargetGroupNotFound</Code><Message>One or more target groups not "
                   "found</Message></Error></Errors><RequestID>rid</RequestID></Response>"));
}
