// SPDX-License-Identifier: MIT
#include "models/ecr/ecrimageindex.h"

#include <gtest/gtest.h>

using namespace EcsDesk;
using namespace EcsDesk::Models;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString registry = u"123456789012.dkr.ecr.us-east-1.amazonaws.com"_s;

Api::EcrRepository repository(const QString& name)
{
    Api::EcrRepository r;
    r.name = name;
    r.uri = registry + QLatin1Char('/') + name;
    r.registryId = u"123456789012"_s;
    return r;
}

Api::EcrImage image(const QString& digest, const QStringList& tags, int daysAgo, int critical = 0)
{
    Api::EcrImage i;
    i.digest = digest;
    i.tags = tags;
    i.pushedAt = QDateTime(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC).addDays(-daysAgo);
    if (critical > 0)
        i.findingCounts.insert(u"CRITICAL"_s, critical);
    return i;
}

EcrImageIndex demoIndex()
{
    EcrImageIndex index;
    index.setRepositories({ repository(u"api"_s), repository(u"worker"_s) });
    index.setImages(u"api"_s,
        { image(u"sha256:10"_s, { u"1.0"_s }, 40), image(u"sha256:12"_s, { u"1.2"_s }, 20, 1),
            image(u"sha256:13"_s, { u"1.3"_s }, 10), image(u"sha256:14"_s, { u"latest"_s, u"1.4"_s }, 1),
            image(u"sha256:ff"_s, {}, 0) });
    return index;
}

Api::TaskDefinition taskDefinition(const QString& arn, const QString& image)
{
    Api::TaskDefinition definition;
    definition.arn = arn;
    Api::ContainerDefinition container;
    container.name = u"app"_s;
    container.image = image;
    definition.containerDefinitions.append(container);
    return definition;
}
} // namespace

TEST(EcrImageIndex, TellsWhetherATagExists)
{
    const EcrImageIndex index = demoIndex();
    EXPECT_EQ(index.tagState(registry + "/api:1.3"_L1), EcrImageIndex::TagState::Exists);
    EXPECT_EQ(index.tagState(registry + "/api:9.9"_L1), EcrImageIndex::TagState::Missing);
    EXPECT_EQ(index.tagState(registry + "/api"_L1), EcrImageIndex::TagState::Exists); // latest
    EXPECT_EQ(index.tagState(registry + "/api@sha256:12"_L1), EcrImageIndex::TagState::Exists);
    EXPECT_EQ(index.tagState(registry + "/api@sha256:99"_L1), EcrImageIndex::TagState::Missing);
    EXPECT_EQ(index.tagState(registry + "/worker:1.0"_L1), EcrImageIndex::TagState::NotLoaded);
    EXPECT_EQ(index.tagState(registry + "/nope:1"_L1), EcrImageIndex::TagState::UnknownRepository);
    EXPECT_EQ(index.tagState(u"nginx:1.25"_s), EcrImageIndex::TagState::NotEcr);
    EXPECT_EQ(index.tagState(u"999999999999.dkr.ecr.us-east-1.amazonaws.com/api:1"_s), EcrImageIndex::TagState::NotEcr);
    EXPECT_TRUE(index.warning(registry + "/api:9.9"_L1).contains("9.9"_L1));
    EXPECT_TRUE(index.warning(registry + "/api:1.3"_L1).isEmpty());
    EXPECT_TRUE(index.warning(u"nginx:1.25"_s).isEmpty());
}

TEST(EcrImageIndex, TellsCriticalFindings)
{
    const EcrImageIndex index = demoIndex();
    EXPECT_TRUE(index.hasCriticalFindings(registry + "/api:1.2"_L1));
    EXPECT_FALSE(index.hasCriticalFindings(registry + "/api:1.3"_L1));
    EXPECT_FALSE(index.warning(registry + "/api:1.2"_L1).isEmpty());
}

TEST(EcrImageIndex, NamesTheNewestTaggedImage)
{
    const EcrImageIndex index = demoIndex();
    ASSERT_TRUE(index.newestImage(u"api"_s));
    EXPECT_EQ(index.newestImage(u"api"_s)->digest, "sha256:14"_L1); // not the newer untagged one
    EXPECT_EQ(index.newestImageReference(u"api"_s), registry + "/api:1.4"_L1); // not "latest"
    EXPECT_EQ(index.tags(u"api"_s), (QStringList { u"latest"_s, u"1.4"_s, u"1.3"_s, u"1.2"_s, u"1.0"_s }));
    EXPECT_FALSE(index.newestImage(u"worker"_s));
    EXPECT_TRUE(index.newestImageReference(u"worker"_s).isEmpty());
}

TEST(EcrImageIndex, FindsTheTaskDefinitionsAndServicesThatUseAnImage)
{
    const EcrImageIndex index = demoIndex();
    const QList<Api::TaskDefinition> definitions {
        taskDefinition(u"arn:td/api:2"_s, registry + "/api:1.2"_L1),
        taskDefinition(u"arn:td/api:3"_s, registry + "/api:1.3"_L1),
        taskDefinition(u"arn:td/api:4"_s, registry + "/api@sha256:13"_L1),
        taskDefinition(u"arn:td/other:1"_s, u"nginx:1.3"_s),
    };
    Api::Service api;
    api.name = u"api"_s;
    api.taskDefinition = u"arn:td/api:3"_s;
    Api::Service canary;
    canary.name = u"api-canary"_s;
    canary.taskDefinition = u"arn:td/api:2"_s;
    Api::Deployment rolling;
    rolling.taskDefinition = u"arn:td/api:4"_s;
    canary.deployments.append(rolling);

    const auto uses = index.usesOf(
        *index.repository(u"api"_s), image(u"sha256:13"_s, { u"1.3"_s }, 10), definitions, { api, canary });
    ASSERT_EQ(uses.size(), 2);
    EXPECT_EQ(uses[0], (EcrImageUse { u"arn:td/api:3"_s, u"app"_s, { u"api"_s } }));
    EXPECT_EQ(uses[1], (EcrImageUse { u"arn:td/api:4"_s, u"app"_s, { u"api-canary"_s } }));
    EXPECT_TRUE(
        index.usesOf(*index.repository(u"api"_s), image(u"sha256:10"_s, { u"1.0"_s }, 40), definitions, {}).isEmpty());
}

TEST(EcrImageIndex, DescribesAnImageByTagAndDigest)
{
    EcrImageIndex index = demoIndex();
    index.setImages(u"api"_s, { image(u"sha256:0fedd4890ee961e00b4447f85f94c7b2"_s, { u"1.2"_s, u"stable"_s }, 20) });
    EXPECT_EQ(index.describe(registry + "/api:1.2"_L1), "tag 1.2, sha256:0fedd4890ee9"_L1);
    EXPECT_EQ(index.describe(registry + "/api@sha256:0fedd4890ee961e00b4447f85f94c7b2"_L1),
        "tags 1.2, stable, sha256:0fedd4890ee9"_L1);
    EXPECT_TRUE(index.describe(registry + "/api:9.9"_L1).isEmpty());
    EXPECT_TRUE(index.describe(u"nginx:1.25"_s).isEmpty());
}
