// SPDX-License-Identifier: MIT
#include "local/api/ecrlifecycle.h"

#include <gtest/gtest.h>

using namespace EcsDesk::Local;
using namespace Qt::Literals::StringLiterals;

namespace {
constexpr double day = 86400.0;
constexpr double now = 1'800'000'000.0;

QString rule(int priority, const QString& selection)
{
    return QStringLiteral("{\"rulePriority\":%1,\"selection\":{%2},\"action\":{\"type\":\"expire\"}}")
        .arg(priority)
        .arg(selection);
}

QString policy(const QStringList& rules) { return "{\"rules\":["_L1 + rules.join(QLatin1Char(',')) + "]}"_L1; }

QStringList expired(const QString& text, const QList<EcrLifecycle::Image>& images)
{
    QStringList out;
    for (const auto& expiry : EcrLifecycle::evaluate(EcrLifecycle::parse(text), images, now))
        out.append(expiry.digest + QLatin1Char('@') + QString::number(expiry.rulePriority));
    out.sort();
    return out;
}

QString refusal(const QString& text)
{
    try {
        EcrLifecycle::parse(text);
    } catch (const ApiError& error) {
        EXPECT_EQ(error.code, "InvalidParameterException"_L1);
        return error.message;
    }
    return {};
}

const QList<EcrLifecycle::Image> history {
    { "a"_L1, { "prod-1"_L1 }, now - 40 * day },
    { "b"_L1, { "prod-2"_L1, "release"_L1 }, now - 30 * day },
    { "c"_L1, { "prod-3"_L1 }, now - 20 * day },
    { "d"_L1, {}, now - 15 * day },
    { "e"_L1, { "dev-1"_L1 }, now - 10 * day },
    { "f"_L1, {}, now - 2 * day },
    { "g"_L1, { "prod-4"_L1 }, now - 1 * day },
};
} // namespace

TEST(EcrLifecycle, ImageCountMoreThanKeepsTheNewestOfTheSelectedTags)
{
    EXPECT_EQ(expired(policy({ rule(1,
                          "\"tagStatus\":\"tagged\",\"tagPrefixList\":[\"prod\"],\"countType\":\"imageCountMoreThan\","
                          "\"countNumber\":2"_L1) }),
                  history),
        (QStringList { "a@1"_L1, "b@1"_L1 }));
}

TEST(EcrLifecycle, SinceImagePushedExpiresUntaggedImagesOlderThanTheDays)
{
    EXPECT_EQ(expired(policy({ rule(1,
                          "\"tagStatus\":\"untagged\",\"countType\":\"sinceImagePushed\",\"countUnit\":\"days\","
                          "\"countNumber\":7"_L1) }),
                  history),
        (QStringList { "d@1"_L1 }));
}

TEST(EcrLifecycle, EveryPrefixMustMatchOneTag)
{
    EXPECT_EQ(expired(policy({ rule(1,
                          "\"tagStatus\":\"tagged\",\"tagPrefixList\":[\"prod\",\"rel\"],\"countType\":"
                          "\"sinceImagePushed\",\"countUnit\":\"days\",\"countNumber\":1"_L1) }),
                  history),
        (QStringList { "b@1"_L1 }));
}

TEST(EcrLifecycle, TagPatternsMatchWithWildcards)
{
    EXPECT_EQ(expired(policy({ rule(1,
                          "\"tagStatus\":\"tagged\",\"tagPatternList\":[\"*-1\"],\"countType\":\"imageCountMoreThan\","
                          "\"countNumber\":1"_L1) }),
                  history),
        (QStringList { "a@1"_L1 }));
}

TEST(EcrLifecycle, AnImageSelectedByAnEarlierRuleIsNotExpiredByALaterOne)
{
    // Rule 1 selects every prod image and keeps them all (count 10); rule 2 ("any", keep 1) sees only
    // the others: d, e, f -> keeps f (newest), expires d and e. In rule order, not list order.
    EXPECT_EQ(
        expired(policy({ rule(5, "\"tagStatus\":\"any\",\"countType\":\"imageCountMoreThan\",\"countNumber\":1"_L1),
                    rule(1,
                        "\"tagStatus\":\"tagged\",\"tagPrefixList\":[\"prod\"],\"countType\":"
                        "\"imageCountMoreThan\",\"countNumber\":10"_L1) }),
            history),
        (QStringList { "d@5"_L1, "e@5"_L1 }));
}

TEST(EcrLifecycle, RefusesWhatEcrRefuses)
{
    const QString prefix
        = "Invalid parameter at 'LifecyclePolicyText' failed to satisfy constraint: 'Lifecycle policy validation failure: "_L1;
    EXPECT_TRUE(refusal("not json"_L1).startsWith(prefix));
    EXPECT_TRUE(refusal("{\"rules\":[]}"_L1).contains("rules"_L1));
    EXPECT_FALSE(refusal(
        policy({ rule(1, "\"tagStatus\":\"tagged\",\"countType\":\"imageCountMoreThan\",\"countNumber\":1"_L1) }))
                     .isEmpty());
    EXPECT_FALSE(refusal(
        policy({ rule(1, "\"tagStatus\":\"untagged\",\"countType\":\"sinceImagePushed\",\"countNumber\":1"_L1) }))
                     .isEmpty());
    EXPECT_FALSE(refusal(
        policy({ rule(1, "\"tagStatus\":\"untagged\",\"countType\":\"imageCountMoreThan\",\"countNumber\":0"_L1) }))
                     .isEmpty());
    EXPECT_FALSE(
        refusal(policy({ rule(1, "\"tagStatus\":\"any\",\"countType\":\"imageCountMoreThan\",\"countNumber\":1"_L1),
                    rule(2, "\"tagStatus\":\"untagged\",\"countType\":\"imageCountMoreThan\",\"countNumber\":1"_L1) }))
            .isEmpty());
    EXPECT_FALSE(refusal(
        policy({ rule(1, "\"tagStatus\":\"untagged\",\"countType\":\"imageCountMoreThan\",\"countNumber\":1"_L1),
            rule(1, "\"tagStatus\":\"untagged\",\"countType\":\"imageCountMoreThan\",\"countNumber\":2"_L1) }))
                     .isEmpty());
    EXPECT_TRUE(refusal(
        policy({ rule(1, "\"tagStatus\":\"untagged\",\"countType\":\"imageCountMoreThan\",\"countNumber\":3"_L1) }))
                    .isEmpty());
}
