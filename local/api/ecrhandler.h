// SPDX-License-Identifier: MIT
#pragma once

#include "local/api/servicehandler.h"

namespace EcsDesk::Local {

/// Amazon ECR (awsJson1_1, AmazonEC2ContainerRegistry_V20150921, signed for "ecr"): repositories,
/// images pushed as manifests (PutImage; the digest is the manifest's sha256), tags, lifecycle
/// policies evaluated by EcrLifecycle, simulated image scans, repository policies and tags, and
/// GetAuthorizationToken. No registry (Docker v2) protocol: images arrive through PutImage only.
class EcrHandler : public ServiceHandler {
public:
    using ServiceHandler::ServiceHandler;

    bool hasOperation(const QString& operation) const override;
    QJsonObject handle(const QString& operation, const QJsonObject& input) override;

    /// PutImage as if pushed at `pushedAt` (epoch seconds): for the demo seed's history.
    QJsonObject pushImage(const QString& repository, const QString& manifest, const QString& tag, double pushedAt);
    /// Records a pull of the image (lastRecordedPullTime), as BatchGetImage does.
    void recordPull(const QString& repository, const QString& digest, double pulledAt);
    /// Scans the image now (as StartImageScan or scan on push), with its simulated findings.
    void scanImage(const QString& repository, const QString& digest, double at);
    /// Expires what the repository's lifecycle policy selects when it was last evaluated (or set)
    /// 24 hours ago or more, as ECR's daily run does; the reads of a repository's images call it.
    void applyLifecyclePolicy(const QString& repository);

    /// `<account>.dkr.ecr.<region>.amazonaws.com/<name>`
    static QString repositoryUri(const QString& accountId, const QString& region, const QString& name);

private:
    QJsonObject createRepository(const QJsonObject& in);
    QJsonObject describeRepositories(const QJsonObject& in);
    QJsonObject deleteRepository(const QJsonObject& in);
    QJsonObject putImageTagMutability(const QJsonObject& in);
    QJsonObject putImageScanningConfiguration(const QJsonObject& in);
    QJsonObject putImage(const QJsonObject& in);
    QJsonObject batchGetImage(const QJsonObject& in);
    QJsonObject listImages(const QJsonObject& in);
    QJsonObject describeImages(const QJsonObject& in);
    QJsonObject batchDeleteImage(const QJsonObject& in);
    QJsonObject putLifecyclePolicy(const QJsonObject& in);
    QJsonObject getLifecyclePolicy(const QJsonObject& in);
    QJsonObject deleteLifecyclePolicy(const QJsonObject& in);
    QJsonObject startLifecyclePolicyPreview(const QJsonObject& in);
    QJsonObject getLifecyclePolicyPreview(const QJsonObject& in);
    QJsonObject startImageScan(const QJsonObject& in);
    QJsonObject describeImageScanFindings(const QJsonObject& in);
    QJsonObject getAuthorizationToken(const QJsonObject& in);
    QJsonObject setRepositoryPolicy(const QJsonObject& in);
    QJsonObject getRepositoryPolicy(const QJsonObject& in);
    QJsonObject deleteRepositoryPolicy(const QJsonObject& in);
    QJsonObject tagResource(const QJsonObject& in);
    QJsonObject untagResource(const QJsonObject& in);
    QJsonObject listTagsForResource(const QJsonObject& in);

    /// The repository record named by `repositoryName` (and `registryId`), or RepositoryNotFoundException.
    QJsonObject requireRepository(const QJsonObject& in) const;
    QJsonObject requireRepository(const QString& name) const;
    QString repositoryOfArn(const QString& arn) const;
    QJsonObject putImageAt(const QString& repository, const QString& manifest, const QString& mediaType,
        const QString& tag, const QString& expectedDigest, double pushedAt);
    QJsonObject policyAnswer(const QJsonObject& repository, const char* field) const;
};

} // namespace EcsDesk::Local
