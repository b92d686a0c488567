// SPDX-License-Identifier: MIT
#pragma once

#include "api/ecr/ecrtypes.h"
#include "api/ecs/types.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

namespace EcsDesk::Models {

/// Where an image is used: one container of one task definition revision, and the services whose
/// deployments run that revision.
struct EcrImageUse {
    QString taskDefinitionArn;
    QString containerName;
    QStringList serviceNames; ///< services with a deployment on this revision
    bool operator==(const EcrImageUse&) const = default;
};

/// The ECR repositories and images of one connection and region, answering what the repositories
/// view and the task definition editor's image picker ask: does this image reference's tag exist,
/// has it critical findings, which is a repository's newest image, who uses an image.
class EcrImageIndex {
    Q_DECLARE_TR_FUNCTIONS(EcsDesk::Models::EcrImageIndex)
public:
    enum class TagState {
        NotEcr, ///< not an image of a private ECR registry, or another account's / region's
        UnknownRepository, ///< an ECR repository this index does not know
        NotLoaded, ///< the repository is known but its images are not loaded
        Exists,
        Missing, ///< the repository has no such tag (or digest)
    };

    void setRepositories(const QList<Api::EcrRepository>& repositories);
    void setImages(const QString& repositoryName, const QList<Api::EcrImage>& images);

    const QList<Api::EcrRepository>& repositories() const { return m_repositories; }
    std::optional<Api::EcrRepository> repository(const QString& name) const;
    /// The repository an image reference points into, when it is one of this index's.
    std::optional<Api::EcrRepository> repositoryOf(const QString& imageReference) const;
    bool hasImages(const QString& repositoryName) const { return m_images.contains(repositoryName); }
    QList<Api::EcrImage> images(const QString& repositoryName) const { return m_images.value(repositoryName); }

    TagState tagState(const QString& imageReference) const;
    /// The image a reference names (by digest, else by tag).
    std::optional<Api::EcrImage> imageOf(const QString& imageReference) const;
    bool hasCriticalFindings(const QString& imageReference) const;
    /// The most recently pushed tagged image of a repository.
    std::optional<Api::EcrImage> newestImage(const QString& repositoryName) const;
    /// `uri:tag` of the newest tagged image ("latest" is passed over when the image has another tag).
    QString newestImageReference(const QString& repositoryName) const;
    /// The tags of a repository, newest push first (for completion).
    QStringList tags(const QString& repositoryName) const;
    /// "tag 1.2, sha256:0fedd4890ee9": the reference's tag and the digest it names now ("" when
    /// this index does not know the image).
    QString describe(const QString& imageReference) const;
    /// A sentence for the editor when the reference is a problem (missing tag, critical findings),
    /// else empty.
    QString warning(const QString& imageReference) const;

    /// Which task definitions (and the services running them) use `image` of `repository`: a
    /// container whose image names the repository with one of the image's tags or its digest.
    QList<EcrImageUse> usesOf(const Api::EcrRepository& repository, const Api::EcrImage& image,
        const QList<Api::TaskDefinition>& taskDefinitions, const QList<Api::Service>& services) const;

private:
    QList<Api::EcrRepository> m_repositories;
    QHash<QString, QList<Api::EcrImage>> m_images; ///< by repository name
};

} // namespace EcsDesk::Models
