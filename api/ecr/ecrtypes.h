// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace EcsDesk::Api {

/// An ECR repository (DescribeRepositories).
struct EcrRepository {
    QString name;
    QString arn;
    QString uri; ///< <account>.dkr.ecr.<region>.amazonaws.com/<name>
    QString registryId;
    QDateTime createdAt;
    QString tagMutability; ///< MUTABLE or IMMUTABLE
    bool scanOnPush = false;
    QString encryptionType; ///< AES256 or KMS
    QString kmsKey;
    QJsonObject raw;

    static EcrRepository fromJson(const QJsonObject& json);
    /// The repositories of a DescribeRepositories answer.
    static QList<EcrRepository> listFromJson(const QJsonObject& answer);
    bool operator==(const EcrRepository&) const = default;
};

/// One image of a repository (DescribeImages' imageDetails).
struct EcrImage {
    QString repositoryName;
    QString registryId;
    QString digest;
    QStringList tags;
    qint64 sizeInBytes = 0;
    QDateTime pushedAt;
    QDateTime lastPulledAt; ///< invalid when never pulled (lastRecordedPullTime)
    QString scanStatus; ///< empty when never scanned
    QDateTime scanCompletedAt;
    QMap<QString, int> findingCounts; ///< by severity: CRITICAL, HIGH, MEDIUM, LOW, INFORMATIONAL, UNDEFINED
    QString mediaType;
    QJsonObject raw;

    int findings(const QString& severity) const { return findingCounts.value(severity); }
    bool hasCriticalFindings() const { return findings(QStringLiteral("CRITICAL")) > 0; }

    static EcrImage fromJson(const QJsonObject& json);
    /// The images of a DescribeImages answer.
    static QList<EcrImage> listFromJson(const QJsonObject& answer);
    bool operator==(const EcrImage&) const = default;
};

/// An image a lifecycle policy preview would expire (GetLifecyclePolicyPreview).
struct EcrLifecyclePreviewResult {
    QString digest;
    QStringList tags;
    QDateTime pushedAt;
    QString action; ///< EXPIRE
    int appliedRulePriority = 0;

    static QList<EcrLifecyclePreviewResult> listFromJson(const QJsonObject& answer);
    bool operator==(const EcrLifecyclePreviewResult&) const = default;
};

/// A container image reference as task definitions write it, read for ECR:
/// `<registry>/<repository>[:<tag>][@<digest>]`. isEcr() for a private ECR registry host
/// (`<account>.dkr.ecr.<region>.amazonaws.com`).
struct EcrImageReference {
    QString registry; ///< empty for Docker Hub names ("nginx:1.25")
    QString repository;
    QString tag; ///< empty when the reference has none (Docker's "latest" is not assumed)
    QString digest;

    bool isEcr() const;
    QString accountId() const; ///< of an ECR registry host
    QString region() const; ///< of an ECR registry host
    /// `registry/repository`
    QString repositoryUri() const;
    static EcrImageReference parse(const QString& image);
    bool operator==(const EcrImageReference&) const = default;
};

} // namespace EcsDesk::Api
