// SPDX-License-Identifier: MIT
#include "models/ecr/ecrimageindex.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace EcsDesk::Models {

namespace {
    /// Whether `reference` names `image` of the repository at `uri`.
    bool names(const Api::EcrImageReference& reference, const QString& uri, const Api::EcrImage& image)
    {
        if (reference.repositoryUri() != uri)
            return false;
        if (!reference.digest.isEmpty())
            return reference.digest == image.digest;
        return image.tags.contains(reference.tag.isEmpty() ? QStringLiteral("latest") : reference.tag);
    }
} // namespace

void EcrImageIndex::setRepositories(const QList<Api::EcrRepository>& repositories)
{
    m_repositories = repositories;
    QHash<QString, QList<Api::EcrImage>> kept;
    for (const Api::EcrRepository& repository : repositories) {
        if (m_images.contains(repository.name))
            kept.insert(repository.name, m_images.value(repository.name));
    }
    m_images = kept;
}

void EcrImageIndex::setImages(const QString& repositoryName, const QList<Api::EcrImage>& images)
{
    m_images.insert(repositoryName, images);
}

std::optional<Api::EcrRepository> EcrImageIndex::repository(const QString& name) const
{
    for (const Api::EcrRepository& repository : m_repositories) {
        if (repository.name == name)
            return repository;
    }
    return std::nullopt;
}

std::optional<Api::EcrRepository> EcrImageIndex::repositoryOf(const QString& imageReference) const
{
    const Api::EcrImageReference reference = Api::EcrImageReference::parse(imageReference);
    if (!reference.isEcr())
        return std::nullopt;
    for (const Api::EcrRepository& repository : m_repositories) {
        if (repository.uri == reference.repositoryUri())
            return repository;
    }
    return std::nullopt;
}

EcrImageIndex::TagState EcrImageIndex::tagState(const QString& imageReference) const
{
    const Api::EcrImageReference reference = Api::EcrImageReference::parse(imageReference);
    if (!reference.isEcr())
        return TagState::NotEcr;
    const auto repository = repositoryOf(imageReference);
    if (!repository) {
        // Another account's or region's registry is not ours to judge.
        const bool ours = std::any_of(m_repositories.cbegin(), m_repositories.cend(),
            [&](const auto& r) { return Api::EcrImageReference::parse(r.uri).registry == reference.registry; });
        return ours || m_repositories.isEmpty() ? TagState::UnknownRepository : TagState::NotEcr;
    }
    if (!hasImages(repository->name))
        return TagState::NotLoaded;
    return imageOf(imageReference) ? TagState::Exists : TagState::Missing;
}

std::optional<Api::EcrImage> EcrImageIndex::imageOf(const QString& imageReference) const
{
    const auto repository = repositoryOf(imageReference);
    if (!repository)
        return std::nullopt;
    const Api::EcrImageReference reference = Api::EcrImageReference::parse(imageReference);
    for (const Api::EcrImage& image : m_images.value(repository->name)) {
        if (names(reference, repository->uri, image))
            return image;
    }
    return std::nullopt;
}

bool EcrImageIndex::hasCriticalFindings(const QString& imageReference) const
{
    const auto image = imageOf(imageReference);
    return image && image->hasCriticalFindings();
}

std::optional<Api::EcrImage> EcrImageIndex::newestImage(const QString& repositoryName) const
{
    std::optional<Api::EcrImage> newest;
    for (const Api::EcrImage& image : m_images.value(repositoryName)) {
        if (!image.tags.isEmpty() && (!newest || image.pushedAt > newest->pushedAt))
            newest = image;
    }
    return newest;
}

QString EcrImageIndex::newestImageReference(const QString& repositoryName) const
{
    const auto image = newestImage(repositoryName);
    const auto repo = repository(repositoryName);
    if (!image || !repo)
        return {};
    QString tag = image->tags.first();
    for (const QString& candidate : image->tags) {
        if (candidate != "latest"_L1) {
            tag = candidate;
            break;
        }
    }
    return repo->uri + QLatin1Char(':') + tag;
}

QStringList EcrImageIndex::tags(const QString& repositoryName) const
{
    QList<Api::EcrImage> images = m_images.value(repositoryName);
    std::stable_sort(images.begin(), images.end(),
        [](const Api::EcrImage& a, const Api::EcrImage& b) { return a.pushedAt > b.pushedAt; });
    QStringList out;
    for (const Api::EcrImage& image : std::as_const(images))
        out.append(image.tags);
    return out;
}

QString EcrImageIndex::describe(const QString& imageReference) const
{
    const auto image = imageOf(imageReference);
    if (!image)
        return {};
    const Api::EcrImageReference reference = Api::EcrImageReference::parse(imageReference);
    const QString digest = image->digest.left(19); // "sha256:" and 12 hex digits, as docker shows it
    if (!reference.digest.isEmpty())
        return image->tags.isEmpty() ? digest : tr("tags %1, %2").arg(image->tags.join(QStringLiteral(", ")), digest);
    return tr("tag %1, %2").arg(reference.tag.isEmpty() ? QStringLiteral("latest") : reference.tag, digest);
}

QString EcrImageIndex::warning(const QString& imageReference) const
{
    const Api::EcrImageReference reference = Api::EcrImageReference::parse(imageReference);
    switch (tagState(imageReference)) {
    case TagState::UnknownRepository:
        return tr("There is no ECR repository %1 in this account and region.").arg(reference.repository);
    case TagState::Missing:
        return reference.digest.isEmpty()
            ? tr("The repository %1 has no image tagged %2.")
                  .arg(reference.repository, reference.tag.isEmpty() ? QStringLiteral("latest") : reference.tag)
            : tr("The repository %1 has no image %2.").arg(reference.repository, reference.digest);
    case TagState::Exists: {
        const auto image = imageOf(imageReference);
        if (image && image->hasCriticalFindings())
            return tr("This image has %n critical vulnerability finding(s) in its last scan.", nullptr,
                image->findings(QStringLiteral("CRITICAL")));
        return {};
    }
    case TagState::NotEcr:
    case TagState::NotLoaded:
        return {};
    }
    return {};
}

QList<EcrImageUse> EcrImageIndex::usesOf(const Api::EcrRepository& repository, const Api::EcrImage& image,
    const QList<Api::TaskDefinition>& taskDefinitions, const QList<Api::Service>& services) const
{
    QList<EcrImageUse> uses;
    for (const Api::TaskDefinition& definition : taskDefinitions) {
        for (const Api::ContainerDefinition& container : definition.containerDefinitions) {
            if (!names(Api::EcrImageReference::parse(container.image), repository.uri, image))
                continue;
            EcrImageUse use { definition.arn, container.name, {} };
            for (const Api::Service& service : services) {
                const bool runs = service.taskDefinition == definition.arn
                    || std::any_of(service.deployments.cbegin(), service.deployments.cend(),
                        [&](const Api::Deployment& d) { return d.taskDefinition == definition.arn; });
                if (runs && !use.serviceNames.contains(service.name))
                    use.serviceNames.append(service.name);
            }
            uses.append(use);
        }
    }
    return uses;
}

} // namespace EcsDesk::Models
