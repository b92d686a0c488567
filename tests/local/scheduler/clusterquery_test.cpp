// SPDX-License-Identifier: MIT
// The cluster query language: a table of expressions with the instances they select, and a table
// of invalid expressions with the error each must give.

#include "local/scheduler/clusterquery.h"
#include "scheduler_testdata.h"

#include <gtest/gtest.h>

#include <random>

using namespace EcsDesk::Local;
using EcsDesk::Testing::addTask;
using EcsDesk::Testing::makeInstance;

namespace {

QList<ContainerInstance> fleet()
{
    ContainerInstance a
        = makeInstance(QStringLiteral("a"), QStringLiteral("us-east-1a"), 2048, 4096, QStringLiteral("t2.micro"));
    a.attributes.insert(QStringLiteral("stack"), QStringLiteral("prod"));
    a.attributes.insert(QStringLiteral("gpu"), QString());
    a.attributes.insert(QStringLiteral("cores"), QStringLiteral("32"));
    addTask(a, QStringLiteral("t1"), QStringLiteral("service:web"));

    ContainerInstance b
        = makeInstance(QStringLiteral("b"), QStringLiteral("us-east-1b"), 2048, 4096, QStringLiteral("t2.large"));
    b.attributes.insert(QStringLiteral("stack"), QStringLiteral("dev"));
    b.agentVersion = QStringLiteral("1.50.0");
    b.attributes.insert(QStringLiteral("cores"), QStringLiteral("4"));
    b.registeredAt = QDateTime(QDate(2023, 1, 15), QTime(8, 0), Qt::UTC);

    ContainerInstance c
        = makeInstance(QStringLiteral("c"), QStringLiteral("us-east-1c"), 2048, 4096, QStringLiteral("m5.large"));
    c.agentConnected = false;
    c.agentVersion = QStringLiteral("1.9.0");
    c.registeredAt = QDateTime(QDate(2024, 6, 18), QTime(22, 28, 28), Qt::UTC);
    addTask(c, QStringLiteral("t2"), QStringLiteral("service:db"));
    addTask(c, QStringLiteral("t3"), QStringLiteral("service:web"));
    return { a, b, c };
}

QString select(const ClusterQuery& query)
{
    QStringList ids;
    for (const ContainerInstance& instance : fleet()) {
        if (query.matches(instance))
            ids.append(instance.id());
    }
    return ids.join(u',');
}

struct QueryCase {
    const char* expression;
    const char* selected;
};

class ClusterQuerySelects : public testing::TestWithParam<QueryCase> { };

TEST_P(ClusterQuerySelects, TheRightInstances)
{
    const QString expression = QString::fromUtf8(GetParam().expression);
    QString error;
    const auto query = ClusterQuery::parse(expression, &error);
    ASSERT_TRUE(query.has_value()) << error.toStdString();
    EXPECT_EQ(select(*query).toStdString(), GetParam().selected) << GetParam().expression;
}

INSTANTIATE_TEST_SUITE_P(Table, ClusterQuerySelects,
    testing::Values(QueryCase { "attribute:ecs.instance-type == t2.micro", "a" },
        QueryCase { "attribute:ecs.instance-type != t2.micro", "b,c" },
        QueryCase { "attribute:ecs.instance-type =~ t2.*", "a,b" },
        QueryCase { "attribute:ecs.instance-type !~ t2.*", "c" },
        QueryCase { "attribute:ecs.instance-type =~ ?5.large", "c" },
        QueryCase { "attribute:ecs.availability-zone in [us-east-1a, us-east-1c]", "a,c" },
        QueryCase { "attribute:ecs.availability-zone not_in [us-east-1a, us-east-1c]", "b" },
        QueryCase { "attribute:ecs.availability-zone !in ['us-east-1a']", "b,c" },
        QueryCase { "attribute:stack exists", "a,b" }, QueryCase { "attribute:stack !exists", "c" },
        QueryCase { "attribute:gpu exists", "a" }, QueryCase { "attribute:stack != prod", "b,c" },
        QueryCase { "ecs.instance-type == t2.large", "b" }, // without the attribute: prefix
        QueryCase { "stack == \"dev\"", "b" }, QueryCase { "ec2InstanceId in ['i-a', 'i-c']", "a,c" },
        QueryCase { "ec2InstanceId =~ i-*", "a,b,c" }, QueryCase { "agentConnected == false", "c" },
        QueryCase { "agentConnected != false", "a,b" }, QueryCase { "agentVersion >= 1.50.0", "a,b" },
        QueryCase { "agentVersion < 1.10.0", "c" }, // compared as versions, not text
        QueryCase { "registeredAt < 2024-01-01", "b" }, QueryCase { "registeredAt >= 2024-06-18T22:28:28+00:00", "c" },
        QueryCase { "registeredAt == 2024-06-18", "c" }, QueryCase { "registeredAt > 2024-03-01T12:00:00Z", "c" },
        QueryCase { "runningTasksCount == 0", "b" }, QueryCase { "runningTasksCount > 0", "a,c" },
        QueryCase { "runningTasksCount <= 1", "a,b" }, QueryCase { "task:group == service:web", "a,c" },
        QueryCase { "task:group != service:web", "b" }, QueryCase { "not(task:group == service:db)", "a,b" },
        QueryCase { "!(task:group == service:db)", "a,b" },
        QueryCase { "task:group in [service:db, service:api]", "c" }, QueryCase { "task:group =~ service:*", "a,c" },
        QueryCase { "attribute:ecs.instance-type =~ t2.* and attribute:ecs.availability-zone == us-east-1b", "b" },
        QueryCase { "attribute:ecs.instance-type =~ t2.* && attribute:stack == prod", "a" },
        QueryCase { "attribute:stack == prod or agentConnected == false", "a,c" },
        QueryCase { "attribute:stack == prod || attribute:stack == dev", "a,b" },
        QueryCase { "attribute:stack == dev or attribute:stack == prod and runningTasksCount > 5", "b" },
        QueryCase { "(attribute:stack == dev or attribute:stack == prod) and runningTasksCount > 0", "a" },
        QueryCase { "not (attribute:stack exists) or task:group == service:web", "a,c" },
        QueryCase { "NOT attribute:stack == prod AND agentConnected == true", "b" },
        QueryCase { "  attribute:ecs.os-type==linux  ", "a,b,c" },
        // The operators' names work as well as their symbols.
        QueryCase { "attribute:ecs.instance-type equals t2.micro", "a" },
        QueryCase { "attribute:ecs.instance-type not_equals t2.micro", "b,c" },
        QueryCase { "attribute:ecs.instance-type matches t2.*", "a,b" },
        QueryCase { "attribute:ecs.instance-type not_matches t2.*", "c" },
        QueryCase { "attribute:stack not_exists", "c" }, QueryCase { "runningTasksCount greater_than 0", "a,c" },
        QueryCase { "runningTasksCount greater_than_equal 2", "c" }, QueryCase { "runningTasksCount less_than 1", "b" },
        QueryCase { "agentVersion less_than_equal 1.50.0", "b,c" },
        // Ordered comparisons on attributes: as numbers when both sides are numbers, else as text.
        QueryCase { "attribute:cores > 4", "a" }, QueryCase { "attribute:cores <= 16", "b" },
        QueryCase { "attribute:stack < p", "b" }));

struct InvalidCase {
    const char* expression;
    const char* errorContains;
};

class ClusterQueryRejects : public testing::TestWithParam<InvalidCase> { };

TEST_P(ClusterQueryRejects, WithASpecificMessage)
{
    QString error;
    const auto query = ClusterQuery::parse(QString::fromUtf8(GetParam().expression), &error);
    EXPECT_FALSE(query.has_value()) << GetParam().expression;
    EXPECT_TRUE(error.startsWith(QLatin1String("Invalid placement constraint expression"))) << error.toStdString();
    EXPECT_TRUE(error.contains(QString::fromUtf8(GetParam().errorContains))) << error.toStdString();
}

INSTANTIATE_TEST_SUITE_P(Table, ClusterQueryRejects,
    testing::Values(InvalidCase { "", "empty" }, InvalidCase { "   ", "empty" },
        InvalidCase { "attribute:ecs.instance-type", "expected an operator after 'attribute:ecs.instance-type'" },
        InvalidCase { "attribute:ecs.instance-type = t2.micro", "unknown operator '='" },
        InvalidCase { "attribute:ecs.instance-type == ", "expected a value" },
        InvalidCase { "attribute:ecs.instance-type in t2.micro", "expected '['" },
        InvalidCase { "attribute:ecs.availability-zone in [a, b", "expected ',' or ']'" },
        InvalidCase { "attribute:ecs.availability-zone in [a,, b]", "expected a value" },
        InvalidCase { "(attribute:stack == prod", "missing ')'" },
        InvalidCase { "attribute:stack == prod)", "unexpected ')'" },
        InvalidCase { "attribute:stack == prod and", "expected a subject" },
        InvalidCase { "attribute:stack == prod extra", "unexpected 'extra'" },
        InvalidCase { "attribute:stack == 'prod", "unterminated quoted value" },
        InvalidCase { "attribute: == x", "needs an attribute name" },
        InvalidCase { "task:family == web", "unknown task subject 'task:family'" },
        InvalidCase { "runningTasksCount == many", "runningTasksCount takes a whole number" },
        InvalidCase { "runningTasksCount =~ 1*", "operator '=~' cannot be used with 'runningTasksCount'" },
        InvalidCase { "ec2InstanceId > i-3", "operator '>' cannot be used with 'ec2InstanceId'" },
        InvalidCase { "task:group greater_than a", "operator '>' cannot be used with 'task:group'" },
        InvalidCase { "attribute:stack is prod", "expected an operator after 'attribute:stack'" },
        InvalidCase { "ec2InstanceId exists", "operator 'exists' cannot be used" },
        InvalidCase { "agentConnected == maybe", "agentConnected takes true or false" },
        InvalidCase { "agentVersion > latest", "agentVersion takes a version" },
        InvalidCase { "registeredAt < yesterday", "registeredAt takes a date" },
        InvalidCase { "attribute:stack == prod & agentConnected == true", "unknown operator '&'" },
        InvalidCase { "attribute:stack ~ prod", "unknown operator '~'" }));

TEST(ClusterQuery, RejectsOverlongAndDeeplyNestedExpressions)
{
    QString error;
    EXPECT_FALSE(ClusterQuery::parse(QString(2001, u'a'), &error));
    EXPECT_TRUE(error.contains(QLatin1String("longer than 2000"))) << error.toStdString();

    const QString deep = QString(150, u'(') + QStringLiteral("stack == prod") + QString(150, u')');
    EXPECT_FALSE(ClusterQuery::parse(deep, &error));
    EXPECT_TRUE(error.contains(QLatin1String("nests too deeply"))) << error.toStdString();
}

TEST(ClusterQuery, KnowsWhetherItDependsOnTasks)
{
    EXPECT_FALSE(ClusterQuery::parse(QStringLiteral("attribute:stack == prod"), nullptr)->dependsOnTasks());
    EXPECT_TRUE(ClusterQuery::parse(QStringLiteral("attribute:stack == prod or runningTasksCount == 0"), nullptr)
                    ->dependsOnTasks());
    EXPECT_TRUE(ClusterQuery::parse(QStringLiteral("not(task:group == service:web)"), nullptr)->dependsOnTasks());
}

TEST(ClusterQuery, WildcardAndVersionHelpers)
{
    EXPECT_TRUE(clusterQueryWildcardMatch(u"t2.*", u"t2.micro"));
    EXPECT_FALSE(clusterQueryWildcardMatch(u"t2.*", u"t3.micro"));
    EXPECT_TRUE(clusterQueryWildcardMatch(u"*.large", u"m5.large"));
    EXPECT_TRUE(clusterQueryWildcardMatch(u"*a*b*", u"xxaxxbxx"));
    EXPECT_FALSE(clusterQueryWildcardMatch(u"a?c", u"ac"));
    EXPECT_TRUE(clusterQueryWildcardMatch(u"*", u""));
    EXPECT_LT(compareAgentVersions(u"1.9.0", u"1.10.0"), 0);
    EXPECT_EQ(compareAgentVersions(u"1.68", u"1.68.0"), 0);
    EXPECT_GT(compareAgentVersions(u"2.0.0", u"1.99.99"), 0);
}

} // namespace

namespace {

TEST(ClusterQuery, ArbitraryInputNeverCrashesAndAlwaysExplainsItself)
{
    // Random strings over the language's own characters and words: each either parses (and then
    // evaluates) or gives a message; nothing else may happen.
    const QStringList pieces { QStringLiteral("attribute:"), QStringLiteral("stack"), QStringLiteral("=="),
        QStringLiteral("!="), QStringLiteral("=~"), QStringLiteral("!"), QStringLiteral("in"), QStringLiteral("["),
        QStringLiteral("]"), QStringLiteral(","), QStringLiteral("("), QStringLiteral(")"), QStringLiteral("and"),
        QStringLiteral("or"), QStringLiteral("not"), QStringLiteral("'"), QStringLiteral("\""), QStringLiteral("*"),
        QStringLiteral("task:group"), QStringLiteral("runningTasksCount"), QStringLiteral("<"), QStringLiteral(">="),
        QStringLiteral("exists"), QStringLiteral("1"), QStringLiteral("prod"), QStringLiteral(" "),
        QStringLiteral("&&"), QStringLiteral("|"), QStringLiteral("~"), QStringLiteral("registeredAt"),
        QStringLiteral("2024-01-01"), QStringLiteral("agentVersion"), QStringLiteral("\u00e9") };
    std::mt19937 rng(99);
    int parsed = 0;
    for (int round = 0; round < 5000; ++round) {
        QString expression;
        for (unsigned i = 0, n = 1 + rng() % 12; i < n; ++i)
            expression += pieces[qsizetype(rng() % unsigned(pieces.size()))];
        QString error;
        const auto query = ClusterQuery::parse(expression, &error);
        if (query) {
            ++parsed;
            select(*query);
        } else {
            EXPECT_FALSE(error.isEmpty()) << expression.toStdString();
        }
    }
    EXPECT_GT(parsed, 0);
}

} // namespace
