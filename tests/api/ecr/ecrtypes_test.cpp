// SPDX-License-Identifier: MIT
// ECR answers as AWS documents them (../shared/fixtures/aws-examples/ecr.json) and as the local
// endpoint writes them, read into Api::EcrRepository / EcrImage; image references parsed.
#include "api/ecr/ecrclient.h"
#include "api/ecr/ecrtypes.h"
#include "tests/common/testutil.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace EcsDesk::Api;
using namespace Qt::Literals::StringLiterals;

namespace {
QJsonObject documentedOutput(const QString& fixtures, const char* operation)
{
    QFile in(fixtures + "/aws-examples/ecr.json"_L1);
    if (!in.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(in.readAll())
        .object()
        .value(QLatin1String(operation))
        .toArray()
        .first()
        .toObject()
        .value("output"_L1)
        .toObject();
}
} // namespace

TEST(EcrTypes, TheDocumentedDescribeRepositoriesAnswerIsRead)
{
    ECSDESK_REQUIRE_FIXTURES(fixtures);
    const QList<EcrRepository> repositories
        = EcrRepository::listFromJson(documentedOutput(fixtures, "DescribeRepositories"));
    ASSERT_EQ(repositories.size(), 2);
    EXPECT_EQ(repositories[0].name, "ubuntu"_L1);
    EXPECT_EQ(repositories[0].arn, "arn:aws:ecr:us-west-2:012345678910:repository/ubuntu"_L1);
    EXPECT_EQ(repositories[0].registryId, "012345678910"_L1);
    EXPECT_EQ(repositories[1].name, "test"_L1);
    // The example has no URI, mutability or scan settings: read as empty, not invented.
    EXPECT_TRUE(repositories[0].uri.isEmpty());
    EXPECT_FALSE(repositories[0].scanOnPush);
    const EcrRepository created
        = EcrRepository::fromJson(documentedOutput(fixtures, "CreateRepository").value("repository"_L1).toObject());
    EXPECT_EQ(created.name, "project-a/nginx-web-app"_L1);
}

TEST(EcrTypes, AFullImageDetailIsRead)
{
    const QJsonObject detail = QJsonDocument::fromJson(R"({"registryId":"123456789012","repositoryName":"api",
        "imageDigest":"sha256:abc","imageTags":["1.2","latest"],"imageSizeInBytes":52428800,
        "imagePushedAt":1764000000.5,"lastRecordedPullTime":1764100000,
        "imageScanStatus":{"status":"COMPLETE","description":"The scan was completed successfully."},
        "imageScanFindingsSummary":{"imageScanCompletedAt":1764000090,"findingSeverityCounts":{"CRITICAL":1,"HIGH":3}},
        "imageManifestMediaType":"application/vnd.oci.image.manifest.v1+json"})")
                                   .object();
    const QList<EcrImage> images = EcrImage::listFromJson({ { "imageDetails"_L1, QJsonArray { detail } } });
    ASSERT_EQ(images.size(), 1);
    const EcrImage& image = images.first();
    EXPECT_EQ(image.repositoryName, "api"_L1);
    EXPECT_EQ(image.tags, (QStringList { "1.2"_L1, "latest"_L1 }));
    EXPECT_EQ(image.sizeInBytes, 52428800);
    EXPECT_EQ(image.pushedAt, QDateTime::fromMSecsSinceEpoch(1764000000500, Qt::UTC));
    EXPECT_EQ(image.lastPulledAt, QDateTime::fromSecsSinceEpoch(1764100000, Qt::UTC));
    EXPECT_EQ(image.scanStatus, "COMPLETE"_L1);
    EXPECT_EQ(image.findings("CRITICAL"_L1), 1);
    EXPECT_EQ(image.findings("HIGH"_L1), 3);
    EXPECT_EQ(image.findings("LOW"_L1), 0);
    EXPECT_TRUE(image.hasCriticalFindings());
    EXPECT_EQ(image.raw, detail);

    const EcrImage bare = EcrImage::fromJson({ { "imageDigest"_L1, "sha256:def"_L1 } });
    EXPECT_TRUE(bare.tags.isEmpty());
    EXPECT_FALSE(bare.lastPulledAt.isValid());
    EXPECT_TRUE(bare.scanStatus.isEmpty());
    EXPECT_FALSE(bare.hasCriticalFindings());
}

TEST(EcrTypes, ALifecyclePreviewIsRead)
{
    const QJsonObject answer = QJsonDocument::fromJson(R"({"status":"COMPLETE","previewResults":[
        {"imageDigest":"sha256:1","imageTags":["1.0"],"imagePushedAt":1760000000,"action":{"type":"EXPIRE"},
         "appliedRulePriority":2}]})")
                                   .object();
    const auto results = EcrLifecyclePreviewResult::listFromJson(answer);
    ASSERT_EQ(results.size(), 1);
    EXPECT_EQ(results[0].digest, "sha256:1"_L1);
    EXPECT_EQ(results[0].tags, QStringList { "1.0"_L1 });
    EXPECT_EQ(results[0].action, "EXPIRE"_L1);
    EXPECT_EQ(results[0].appliedRulePriority, 2);
}

TEST(EcrImageReference, EcrUrisTagsAndDigestsAreSplit)
{
    const auto ecr = EcrImageReference::parse("123456789012.dkr.ecr.eu-west-1.amazonaws.com/team/api:1.2"_L1);
    EXPECT_TRUE(ecr.isEcr());
    EXPECT_EQ(ecr.accountId(), "123456789012"_L1);
    EXPECT_EQ(ecr.region(), "eu-west-1"_L1);
    EXPECT_EQ(ecr.repository, "team/api"_L1);
    EXPECT_EQ(ecr.tag, "1.2"_L1);
    EXPECT_EQ(ecr.repositoryUri(), "123456789012.dkr.ecr.eu-west-1.amazonaws.com/team/api"_L1);

    const auto pinned = EcrImageReference::parse("123456789012.dkr.ecr.us-east-1.amazonaws.com/api@sha256:abc"_L1);
    EXPECT_EQ(pinned.repository, "api"_L1);
    EXPECT_TRUE(pinned.tag.isEmpty());
    EXPECT_EQ(pinned.digest, "sha256:abc"_L1);

    const auto hub = EcrImageReference::parse("nginx:1.25"_L1);
    EXPECT_FALSE(hub.isEcr());
    EXPECT_TRUE(hub.registry.isEmpty());
    EXPECT_EQ(hub.repository, "nginx"_L1);
    EXPECT_EQ(hub.tag, "1.25"_L1);

    const auto withPort = EcrImageReference::parse("localhost:5000/app"_L1);
    EXPECT_EQ(withPort.registry, "localhost:5000"_L1);
    EXPECT_EQ(withPort.repository, "app"_L1);
    EXPECT_TRUE(withPort.tag.isEmpty());
    EXPECT_FALSE(EcrImageReference::parse("public.ecr.aws/nginx/nginx:latest"_L1).isEcr());
}

TEST(EcrClient, SignsForEcrWithEcrsTarget)
{
    const ServiceDescription service = EcrClient::description();
    EXPECT_EQ(service.signingName, QByteArray("ecr"));
    EXPECT_EQ(service.targetPrefix, QByteArray("AmazonEC2ContainerRegistry_V20150921"));
    EXPECT_EQ(service.endpointPrefix, "api.ecr"_L1);
}
