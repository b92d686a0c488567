// SPDX-License-Identifier: MIT
#include "local/api/ecrhandler.h"

#include "local/api/ecrlifecycle.h"
#include "local/clock.h"
#include "local/store/store.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace EcsDesk::Local {

namespace {
    QString tr(const char* text) { return QCoreApplication::translate("EcsDesk::Local::EcrHandler", text); }

    const QChar separator(0x1f);

    ApiError error(const char* code, const QString& message) { return { QLatin1String(code), message, 400 }; }

    QString imageKey(const QString& repository, const QString& digest) { return repository + separator + digest; }

    /// The images of a repository, in key (digest) order.
    std::vector<QJsonObject> imagesOf(const Store& store, const QString& repository)
    {
        std::vector<QJsonObject> out;
        const Store::Collection& all = store.collection(Kind::EcrImage);
        const QString prefix = repository + separator;
        for (auto it = all.lower_bound(prefix); it != all.end() && it->first.startsWith(prefix); ++it)
            out.push_back(it->second);
        return out;
    }

    QStringList tagsOf(const QJsonObject& image)
    {
        QStringList tags;
        for (const QJsonValue& tag : image.value("imageTags"_L1).toArray())
            tags.append(tag.toString());
        return tags;
    }

    /// ECR's way of naming an image id in messages: {imageDigest:'sha256:...', imageTag:'latest'}.
    QString imageIdText(const QJsonObject& id)
    {
        auto part = [&](QLatin1String key) {
            return id.contains(key) ? QString(QLatin1Char('\'') + id.value(key).toString() + QLatin1Char('\''))
                                    : QStringLiteral("'null'");
        };
        return "{imageDigest:"_L1 + part("imageDigest"_L1) + ", imageTag:"_L1 + part("imageTag"_L1) + "}"_L1;
    }

    QJsonObject failure(const QJsonObject& id, const char* code, const QString& reason)
    {
        return { { "imageId"_L1, id }, { "failureCode"_L1, QLatin1String(code) }, { "failureReason"_L1, reason } };
    }

    const QRegularExpression& digestPattern()
    {
        static const QRegularExpression pattern(QStringLiteral("^[a-zA-Z0-9-_+.]+:[a-fA-F0-9]+$"));
        return pattern;
    }

    /// The failure for an image id that names neither a digest nor a tag, or a malformed digest.
    std::optional<QJsonObject> malformedId(const QJsonObject& id)
    {
        const QString digest = id.value("imageDigest"_L1).toString();
        const QString tag = id.value("imageTag"_L1).toString();
        if (digest.isEmpty() && tag.isEmpty())
            return failure(
                id, "MissingDigestAndTag", tr("Invalid request parameters: both tag and digest cannot be null"));
        if (!digest.isEmpty() && !digestPattern().match(digest).hasMatch())
            return failure(id, "InvalidImageDigest",
                tr("Invalid request parameters: image digest should satisfy the regex "
                   "'[a-zA-Z0-9-_+.]+:[a-fA-F0-9]+'"));
        return std::nullopt;
    }

    /// The image an id names (by digest, by tag, or both agreeing), or nullptr.
    std::optional<QJsonObject> findImage(const Store& store, const QString& repository, const QJsonObject& id)
    {
        const QString digest = id.value("imageDigest"_L1).toString();
        const QString tag = id.value("imageTag"_L1).toString();
        if (!digest.isEmpty()) {
            const QJsonObject* image = store.find(Kind::EcrImage, imageKey(repository, digest));
            if (!image || (!tag.isEmpty() && !tagsOf(*image).contains(tag)))
                return std::nullopt;
            return *image;
        }
        for (const QJsonObject& image : imagesOf(store, repository)) {
            if (tagsOf(image).contains(tag))
                return image;
        }
        return std::nullopt;
    }

    QJsonArray tagArray(const QStringList& tags)
    {
        QJsonArray out;
        for (const QString& tag : tags)
            out.append(tag);
        return out;
    }

    /// Bytes an image takes: its layers and config as the manifest lists them (the manifest's own
    /// size for a manifest that lists none).
    qint64 imageSize(const QJsonObject& manifest, qsizetype manifestBytes)
    {
        qint64 size = manifest.value("config"_L1).toObject().value("size"_L1).toInteger();
        for (const char* list : { "layers", "manifests" }) {
            for (const QJsonValue& layer : manifest.value(QLatin1String(list)).toArray())
                size += layer.toObject().value("size"_L1).toInteger();
        }
        return size > 0 ? size : manifestBytes;
    }

    const char* const severities[] = { "CRITICAL", "HIGH", "MEDIUM", "LOW", "INFORMATIONAL" };

    /// The scan result of an image: deterministic findings drawn from its digest, or the counts its
    /// manifest asks for in the annotation ecsdesk.sim.findings ("CRITICAL=1,HIGH=2").
    QJsonObject simulatedScan(const QJsonObject& image, double at)
    {
        const QByteArray seed
            = QCryptographicHash::hash(image.value("imageDigest"_L1).toString().toUtf8(), QCryptographicHash::Sha256);
        auto byte = [&](int i) { return static_cast<unsigned char>(seed.at(i % seed.size())); };
        int counts[5] = { byte(0) % 5 == 0 ? 1 + byte(1) % 2 : 0, byte(2) % 4, byte(3) % 6, byte(4) % 5, byte(5) % 3 };
        const QJsonObject manifest
            = QJsonDocument::fromJson(image.value("imageManifest"_L1).toString().toUtf8()).object();
        const QString asked
            = manifest.value("annotations"_L1).toObject().value("ecsdesk.sim.findings"_L1).toString().trimmed();
        if (!asked.isNull() && manifest.value("annotations"_L1).toObject().contains("ecsdesk.sim.findings"_L1)) {
            std::fill(std::begin(counts), std::end(counts), 0);
            for (const QString& pair : asked.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                const QStringList parts = pair.split(QLatin1Char('='));
                for (int s = 0; s < 5; ++s) {
                    if (parts.size() == 2 && parts[0].trimmed() == QLatin1String(severities[s]))
                        counts[s] = std::clamp(parts[1].trimmed().toInt(), 0, 50);
                }
            }
        }
        static const char* const packages[]
            = { "openssl", "glibc", "zlib", "curl", "libxml2", "busybox", "ncurses", "expat", "libpng", "sqlite" };
        QJsonObject severityCounts;
        QJsonArray findings;
        int n = 0;
        for (int s = 0; s < 5; ++s) {
            if (counts[s] > 0)
                severityCounts[QLatin1String(severities[s])] = counts[s];
            for (int i = 0; i < counts[s]; ++i, ++n) {
                const QString name
                    = QStringLiteral("CVE-%1-%2").arg(2019 + byte(6 + n) % 6).arg(1000 + (byte(7 + n) << 6) + n);
                const QString package = QLatin1String(packages[byte(8 + n) % 10]);
                findings.append(QJsonObject {
                    { "name"_L1, name },
                    { "description"_L1,
                        tr("A simulated %1 vulnerability in %2.")
                            .arg(QString(QLatin1String(severities[s])).toLower(), package) },
                    { "uri"_L1, QString("https://security-tracker.debian.org/tracker/"_L1 + name) },
                    { "severity"_L1, QLatin1String(severities[s]) },
                    { "attributes"_L1,
                        QJsonArray { QJsonObject { { "key"_L1, "package_name"_L1 }, { "value"_L1, package } },
                            QJsonObject { { "key"_L1, "package_version"_L1 },
                                { "value"_L1, QStringLiteral("1.%1.%2").arg(byte(9 + n) % 9).arg(byte(10 + n) % 20) } },
                            QJsonObject { { "key"_L1, "CVSS2_SCORE"_L1 },
                                { "value"_L1,
                                    QString::number(10.0 - s * 2 - (byte(11 + n) % 10) / 10.0, 'f', 1) } } } },
                });
            }
        }
        return { { "status"_L1, "COMPLETE"_L1 }, { "description"_L1, tr("The scan was completed successfully.") },
            { "completedAt"_L1, at }, { "sourceUpdatedAt"_L1, std::floor(at / 86400.0) * 86400.0 },
            { "counts"_L1, severityCounts }, { "findings"_L1, findings } };
    }

    QJsonObject imageDetail(const QJsonObject& image, const QString& registryId)
    {
        QJsonObject detail { { "registryId"_L1, registryId }, { "repositoryName"_L1, image.value("repositoryName"_L1) },
            { "imageDigest"_L1, image.value("imageDigest"_L1) },
            { "imageSizeInBytes"_L1, image.value("imageSizeInBytes"_L1) },
            { "imagePushedAt"_L1, image.value("imagePushedAt"_L1) },
            { "imageManifestMediaType"_L1, image.value("imageManifestMediaType"_L1) },
            { "imageStatus"_L1, "ACTIVE"_L1 } };
        if (!image.value("imageTags"_L1).toArray().isEmpty())
            detail["imageTags"_L1] = image.value("imageTags"_L1);
        if (image.contains("artifactMediaType"_L1))
            detail["artifactMediaType"_L1] = image.value("artifactMediaType"_L1);
        if (image.contains("lastRecordedPullTime"_L1))
            detail["lastRecordedPullTime"_L1] = image.value("lastRecordedPullTime"_L1);
        const QJsonObject scan = image.value("scan"_L1).toObject();
        if (!scan.isEmpty()) {
            detail["imageScanStatus"_L1] = QJsonObject { { "status"_L1, scan.value("status"_L1) },
                { "description"_L1, scan.value("description"_L1) } };
            detail["imageScanFindingsSummary"_L1]
                = QJsonObject { { "imageScanCompletedAt"_L1, scan.value("completedAt"_L1) },
                      { "vulnerabilitySourceUpdatedAt"_L1, scan.value("sourceUpdatedAt"_L1) },
                      { "findingSeverityCounts"_L1, scan.value("counts"_L1) } };
        }
        return detail;
    }

    /// One id per tag (or the digest alone for an untagged image), as ListImages answers.
    QJsonArray idsOf(const QJsonObject& image, const QString& tagStatus)
    {
        QJsonArray ids;
        const QStringList tags = tagsOf(image);
        const QJsonValue digest = image.value("imageDigest"_L1);
        if (tags.isEmpty()) {
            if (tagStatus != "TAGGED"_L1)
                ids.append(QJsonObject { { "imageDigest"_L1, digest } });
        } else if (tagStatus != "UNTAGGED"_L1) {
            for (const QString& tag : tags)
                ids.append(QJsonObject { { "imageDigest"_L1, digest }, { "imageTag"_L1, tag } });
        }
        return ids;
    }

    QString tagStatusOf(const QJsonObject& in)
    {
        const QString status = in.value("filter"_L1).toObject().value("tagStatus"_L1).toString(QStringLiteral("ANY"));
        Input::requireOneOf(status, "filter.tagStatus"_L1, { "TAGGED"_L1, "UNTAGGED"_L1, "ANY"_L1 });
        return status;
    }

    bool matchesTagStatus(const QJsonObject& image, const QString& status)
    {
        const bool tagged = !image.value("imageTags"_L1).toArray().isEmpty();
        return status == "ANY"_L1 || (status == "TAGGED"_L1) == tagged;
    }

    QJsonObject withoutEmpty(QJsonObject object)
    {
        for (const QString& key : object.keys()) {
            if (object.value(key).isNull() || object.value(key).isUndefined())
                object.remove(key);
        }
        return object;
    }
} // namespace

QString EcrHandler::repositoryUri(const QString& accountId, const QString& region, const QString& name)
{
    return accountId + ".dkr.ecr."_L1 + region + ".amazonaws.com/"_L1 + name;
}

bool EcrHandler::hasOperation(const QString& operation) const
{
    static const QStringList operations { QStringLiteral("CreateRepository"), QStringLiteral("DescribeRepositories"),
        QStringLiteral("DeleteRepository"), QStringLiteral("PutImageTagMutability"),
        QStringLiteral("PutImageScanningConfiguration"), QStringLiteral("PutImage"), QStringLiteral("BatchGetImage"),
        QStringLiteral("ListImages"), QStringLiteral("DescribeImages"), QStringLiteral("BatchDeleteImage"),
        QStringLiteral("PutLifecyclePolicy"), QStringLiteral("GetLifecyclePolicy"),
        QStringLiteral("DeleteLifecyclePolicy"), QStringLiteral("StartLifecyclePolicyPreview"),
        QStringLiteral("GetLifecyclePolicyPreview"), QStringLiteral("StartImageScan"),
        QStringLiteral("DescribeImageScanFindings"), QStringLiteral("GetAuthorizationToken"),
        QStringLiteral("SetRepositoryPolicy"), QStringLiteral("GetRepositoryPolicy"),
        QStringLiteral("DeleteRepositoryPolicy"), QStringLiteral("TagResource"), QStringLiteral("UntagResource"),
        QStringLiteral("ListTagsForResource") };
    return operations.contains(operation);
}

QJsonObject EcrHandler::handle(const QString& operation, const QJsonObject& input)
{
    using Operation = QJsonObject (EcrHandler::*)(const QJsonObject&);
    static const QHash<QString, Operation> operations {
        { QStringLiteral("CreateRepository"), &EcrHandler::createRepository },
        { QStringLiteral("DescribeRepositories"), &EcrHandler::describeRepositories },
        { QStringLiteral("DeleteRepository"), &EcrHandler::deleteRepository },
        { QStringLiteral("PutImageTagMutability"), &EcrHandler::putImageTagMutability },
        { QStringLiteral("PutImageScanningConfiguration"), &EcrHandler::putImageScanningConfiguration },
        { QStringLiteral("PutImage"), &EcrHandler::putImage },
        { QStringLiteral("BatchGetImage"), &EcrHandler::batchGetImage },
        { QStringLiteral("ListImages"), &EcrHandler::listImages },
        { QStringLiteral("DescribeImages"), &EcrHandler::describeImages },
        { QStringLiteral("BatchDeleteImage"), &EcrHandler::batchDeleteImage },
        { QStringLiteral("PutLifecyclePolicy"), &EcrHandler::putLifecyclePolicy },
        { QStringLiteral("GetLifecyclePolicy"), &EcrHandler::getLifecyclePolicy },
        { QStringLiteral("DeleteLifecyclePolicy"), &EcrHandler::deleteLifecyclePolicy },
        { QStringLiteral("StartLifecyclePolicyPreview"), &EcrHandler::startLifecyclePolicyPreview },
        { QStringLiteral("GetLifecyclePolicyPreview"), &EcrHandler::getLifecyclePolicyPreview },
        { QStringLiteral("StartImageScan"), &EcrHandler::startImageScan },
        { QStringLiteral("DescribeImageScanFindings"), &EcrHandler::describeImageScanFindings },
        { QStringLiteral("GetAuthorizationToken"), &EcrHandler::getAuthorizationToken },
        { QStringLiteral("SetRepositoryPolicy"), &EcrHandler::setRepositoryPolicy },
        { QStringLiteral("GetRepositoryPolicy"), &EcrHandler::getRepositoryPolicy },
        { QStringLiteral("DeleteRepositoryPolicy"), &EcrHandler::deleteRepositoryPolicy },
        { QStringLiteral("TagResource"), &EcrHandler::tagResource },
        { QStringLiteral("UntagResource"), &EcrHandler::untagResource },
        { QStringLiteral("ListTagsForResource"), &EcrHandler::listTagsForResource },
    };
    const auto it = operations.constFind(operation);
    if (it == operations.cend())
        throw error("UnknownOperationException", tr("Unknown operation %1.").arg(operation));
    return (this->**it)(input);
}

QJsonObject EcrHandler::requireRepository(const QString& name) const
{
    const QJsonObject* record = m_context.store->find(Kind::EcrRepository, name);
    if (!record || !record->contains("repository"_L1))
        throw error("RepositoryNotFoundException",
            tr("The repository with name '%1' does not exist in the registry with id '%2'")
                .arg(name, m_context.accountId));
    return *record;
}

QJsonObject EcrHandler::requireRepository(const QJsonObject& in) const
{
    const QString name = Input::requiredString(in, "repositoryName"_L1);
    const QString registry = Input::string(in, "registryId"_L1);
    if (!registry.isEmpty() && registry != m_context.accountId)
        throw error("RepositoryNotFoundException",
            tr("The repository with name '%1' does not exist in the registry with id '%2'").arg(name, registry));
    return requireRepository(name);
}

QJsonObject EcrHandler::createRepository(const QJsonObject& in)
{
    const QString name = Input::string(in, "repositoryName"_L1);
    static const QRegularExpression pattern(
        QStringLiteral("^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$"));
    if (name.size() < 2 || name.size() > 256 || !pattern.match(name).hasMatch())
        throw ApiError::invalidParameter(
            tr("Invalid parameter at 'repositoryName' failed to satisfy constraint: 'must satisfy regular expression "
               "'(?:[a-z0-9]+(?:[._-][a-z0-9]+)*/)*[a-z0-9]+(?:[._-][a-z0-9]+)*''"));
    const QJsonObject* existing = m_context.store->find(Kind::EcrRepository, name);
    if (existing && existing->contains("repository"_L1))
        throw error("RepositoryAlreadyExistsException",
            tr("The repository with name '%1' already exists in the registry with id '%2'")
                .arg(name, m_context.accountId));
    const QString mutability = Input::string(in, "imageTagMutability"_L1).isEmpty()
        ? QStringLiteral("MUTABLE")
        : Input::string(in, "imageTagMutability"_L1);
    if (mutability != "MUTABLE"_L1 && mutability != "IMMUTABLE"_L1)
        throw ApiError::invalidParameter(tr("Invalid parameter at 'imageTagMutability' failed to satisfy constraint: "
                                            "'Member must satisfy enum value set: [MUTABLE, IMMUTABLE]'"));
    const bool scanOnPush = Input::object(in, "imageScanningConfiguration"_L1).value("scanOnPush"_L1).toBool(false);
    QJsonObject encryption = Input::object(in, "encryptionConfiguration"_L1);
    const QString encryptionType = encryption.value("encryptionType"_L1).toString(QStringLiteral("AES256"));
    Input::requireOneOf(encryptionType, "encryptionConfiguration.encryptionType"_L1, { "AES256"_L1, "KMS"_L1 });
    if (encryptionType == "AES256"_L1 && encryption.contains("kmsKey"_L1))
        throw ApiError::invalidParameter(tr("Invalid parameter at 'encryptionConfiguration' failed to satisfy "
                                            "constraint: 'kmsKey can only be specified with encryptionType KMS'"));
    encryption = { { "encryptionType"_L1, encryptionType } };
    if (encryptionType == "KMS"_L1) {
        const QString key = Input::object(in, "encryptionConfiguration"_L1).value("kmsKey"_L1).toString();
        encryption["kmsKey"_L1] = key.isEmpty() ? QString("arn:aws:kms:"_L1 + m_context.region + QLatin1Char(':')
                                      + m_context.accountId + ":alias/aws/ecr"_L1)
                                                : key;
    }
    const QJsonArray tags = Input::array(in, "tags"_L1);
    if (tags.size() > 50)
        throw error(
            "TooManyTagsException", tr("A repository can have at most 50 tags, %1 were given.").arg(tags.size()));
    const QJsonObject repository { { "repositoryArn"_L1,
                                       QString("arn:aws:ecr:"_L1 + m_context.region + QLatin1Char(':')
                                           + m_context.accountId + ":repository/"_L1 + name) },
        { "registryId"_L1, m_context.accountId }, { "repositoryName"_L1, name },
        { "repositoryUri"_L1, repositoryUri(m_context.accountId, m_context.region, name) },
        { "createdAt"_L1, m_context.clock->epochSeconds() }, { "imageTagMutability"_L1, mutability },
        { "imageScanningConfiguration"_L1, QJsonObject { { "scanOnPush"_L1, scanOnPush } } },
        { "encryptionConfiguration"_L1, encryption } };
    m_context.store->put(Kind::EcrRepository, name, { { "repository"_L1, repository }, { "tags"_L1, tags } });
    return { { "repository"_L1, repository } };
}

QJsonObject EcrHandler::describeRepositories(const QJsonObject& in)
{
    const QString registry = Input::string(in, "registryId"_L1);
    const QStringList names = Input::stringList(in, "repositoryNames"_L1);
    QJsonArray repositories;
    if (!names.isEmpty()) {
        for (const QString& name : names)
            repositories.append(
                requireRepository(QJsonObject { { "repositoryName"_L1, name }, { "registryId"_L1, registry } })
                    .value("repository"_L1));
        return { { "repositories"_L1, repositories } };
    }
    if (!registry.isEmpty() && registry != m_context.accountId)
        return { { "repositories"_L1, repositories } };
    const Input::Page page = Input::page(in, 100, 1000);
    const Store::Collection& all = m_context.store->collection(Kind::EcrRepository);
    auto it = page.after.isEmpty() ? all.begin() : all.upper_bound(page.after);
    QJsonObject out;
    for (; it != all.end(); ++it) {
        if (!it->second.contains("repository"_L1))
            continue;
        if (repositories.size() == page.maxResults) {
            out["nextToken"_L1]
                = Input::encodeToken(repositories.last().toObject().value("repositoryName"_L1).toString());
            break;
        }
        repositories.append(it->second.value("repository"_L1));
    }
    out["repositories"_L1] = repositories;
    return out;
}

QJsonObject EcrHandler::deleteRepository(const QJsonObject& in)
{
    const QJsonObject record = requireRepository(in);
    const QString name = record.value("repository"_L1).toObject().value("repositoryName"_L1).toString();
    const std::vector<QJsonObject> images = imagesOf(*m_context.store, name);
    if (!images.empty() && !Input::boolean(in, "force"_L1).value_or(false))
        throw error("RepositoryNotEmptyException",
            tr("The repository with name '%1' in registry with id '%2' cannot be deleted because it still contains "
               "images")
                .arg(name, m_context.accountId));
    for (const QJsonObject& image : images)
        m_context.store->remove(Kind::EcrImage, imageKey(name, image.value("imageDigest"_L1).toString()));
    m_context.store->remove(Kind::EcrRepository, name);
    return { { "repository"_L1, record.value("repository"_L1) } };
}

QJsonObject EcrHandler::putImageTagMutability(const QJsonObject& in)
{
    QJsonObject record = requireRepository(in);
    const QString mutability = Input::requiredString(in, "imageTagMutability"_L1);
    Input::requireOneOf(mutability, "imageTagMutability"_L1, { "MUTABLE"_L1, "IMMUTABLE"_L1 });
    QJsonObject repository = record.value("repository"_L1).toObject();
    repository["imageTagMutability"_L1] = mutability;
    record["repository"_L1] = repository;
    m_context.store->put(Kind::EcrRepository, repository.value("repositoryName"_L1).toString(), record);
    return { { "registryId"_L1, m_context.accountId }, { "repositoryName"_L1, repository.value("repositoryName"_L1) },
        { "imageTagMutability"_L1, mutability } };
}

QJsonObject EcrHandler::putImageScanningConfiguration(const QJsonObject& in)
{
    QJsonObject record = requireRepository(in);
    const QJsonObject configuration { { "scanOnPush"_L1,
        Input::object(in, "imageScanningConfiguration"_L1).value("scanOnPush"_L1).toBool(false) } };
    QJsonObject repository = record.value("repository"_L1).toObject();
    repository["imageScanningConfiguration"_L1] = configuration;
    record["repository"_L1] = repository;
    m_context.store->put(Kind::EcrRepository, repository.value("repositoryName"_L1).toString(), record);
    return { { "registryId"_L1, m_context.accountId }, { "repositoryName"_L1, repository.value("repositoryName"_L1) },
        { "imageScanningConfiguration"_L1, configuration } };
}

QJsonObject EcrHandler::putImage(const QJsonObject& in)
{
    const QJsonObject record = requireRepository(in);
    return putImageAt(record.value("repository"_L1).toObject().value("repositoryName"_L1).toString(),
        Input::requiredString(in, "imageManifest"_L1), Input::string(in, "imageManifestMediaType"_L1),
        Input::string(in, "imageTag"_L1), Input::string(in, "imageDigest"_L1), m_context.clock->epochSeconds());
}

QJsonObject EcrHandler::pushImage(
    const QString& repository, const QString& manifest, const QString& tag, double pushedAt)
{
    requireRepository(repository);
    return putImageAt(repository, manifest, {}, tag, {}, pushedAt);
}

QJsonObject EcrHandler::putImageAt(const QString& name, const QString& manifestText, const QString& givenMediaType,
    const QString& tag, const QString& expectedDigest, double pushedAt)
{
    Store& store = *m_context.store;
    const QJsonObject repository = requireRepository(name).value("repository"_L1).toObject();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(manifestText.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        throw ApiError::invalidParameter(
            tr("Invalid parameter at 'ImageManifest' failed to satisfy constraint: 'Invalid JSON syntax'"));
    const QJsonObject manifest = document.object();
    QString mediaType = givenMediaType;
    if (mediaType.isEmpty())
        mediaType = manifest.value("mediaType"_L1).toString();
    if (mediaType.isEmpty())
        mediaType = manifest.value("schemaVersion"_L1).toInt() == 1
            ? QStringLiteral("application/vnd.docker.distribution.manifest.v1+json")
            : QStringLiteral("application/vnd.oci.image.manifest.v1+json");
    const QString digest = "sha256:"_L1
        + QString::fromLatin1(QCryptographicHash::hash(manifestText.toUtf8(), QCryptographicHash::Sha256).toHex());
    if (!expectedDigest.isEmpty() && expectedDigest != digest)
        throw error("ImageDigestDoesNotMatchException",
            tr("Invalid parameter at 'imageDigest' failed to satisfy constraint: 'The digest in the request does not "
               "match the digest of the image manifest: %1'")
                .arg(digest));
    const QString key = imageKey(name, digest);
    const QJsonObject* existing = store.find(Kind::EcrImage, key);
    if (existing && (tag.isEmpty() || tagsOf(*existing).contains(tag)))
        throw error("ImageAlreadyExistsException",
            tr("Image with digest '%1' and tag '%2' already exists in the repository with name '%3' in registry with "
               "id '%4'")
                .arg(digest, tag.isEmpty() ? QStringLiteral("null") : tag, name, m_context.accountId));
    if (!tag.isEmpty()) {
        // The tag moves from the image that has it (which may be left untagged), unless tags are immutable.
        for (QJsonObject other : imagesOf(store, name)) {
            QStringList tags = tagsOf(other);
            if (!tags.contains(tag))
                continue;
            if (repository.value("imageTagMutability"_L1).toString() == "IMMUTABLE"_L1)
                throw error("ImageTagAlreadyExistsException",
                    tr("The image tag '%1' already exists in the '%2' repository and cannot be overwritten because "
                       "the repository is immutable.")
                        .arg(tag, name));
            tags.removeAll(tag);
            other["imageTags"_L1] = tagArray(tags);
            store.put(Kind::EcrImage, imageKey(name, other.value("imageDigest"_L1).toString()), other);
        }
    }
    QJsonObject image;
    if (existing) {
        image = *existing;
        QStringList tags = tagsOf(image);
        tags.append(tag);
        image["imageTags"_L1] = tagArray(tags);
    } else {
        image = { { "repositoryName"_L1, name }, { "imageDigest"_L1, digest },
            { "imageTags"_L1, tag.isEmpty() ? QJsonArray() : QJsonArray { tag } }, { "imageManifest"_L1, manifestText },
            { "imageManifestMediaType"_L1, mediaType },
            { "imageSizeInBytes"_L1, imageSize(manifest, manifestText.toUtf8().size()) },
            { "imagePushedAt"_L1, pushedAt } };
        const QString artifact = manifest.value("config"_L1).toObject().value("mediaType"_L1).toString();
        if (!artifact.isEmpty())
            image["artifactMediaType"_L1] = artifact;
        if (repository.value("imageScanningConfiguration"_L1).toObject().value("scanOnPush"_L1).toBool())
            image["scan"_L1] = simulatedScan(image, pushedAt);
    }
    store.put(Kind::EcrImage, key, image);
    QJsonObject imageId { { "imageDigest"_L1, digest } };
    if (!tag.isEmpty())
        imageId["imageTag"_L1] = tag;
    return { { "image"_L1,
        QJsonObject { { "registryId"_L1, m_context.accountId }, { "repositoryName"_L1, name },
            { "imageId"_L1, imageId }, { "imageManifest"_L1, manifestText },
            { "imageManifestMediaType"_L1, mediaType } } } };
}

void EcrHandler::applyLifecyclePolicy(const QString& name)
{
    QJsonObject record = requireRepository(name);
    if (!record.contains("lifecyclePolicyText"_L1))
        return;
    const double now = m_context.clock->epochSeconds();
    const double since
        = record.value("lifecycleEvaluatedAt"_L1).toDouble(record.value("lifecyclePolicySetAt"_L1).toDouble(now));
    if (now - since < 86400.0)
        return;
    QList<EcrLifecycle::Image> candidates;
    for (const QJsonObject& image : imagesOf(*m_context.store, name))
        candidates.append(
            { image.value("imageDigest"_L1).toString(), tagsOf(image), image.value("imagePushedAt"_L1).toDouble() });
    const auto expired = EcrLifecycle::evaluate(
        EcrLifecycle::parse(record.value("lifecyclePolicyText"_L1).toString()), candidates, now);
    for (const EcrLifecycle::Expiry& expiry : expired)
        m_context.store->remove(Kind::EcrImage, imageKey(name, expiry.digest));
    record["lifecycleEvaluatedAt"_L1] = now;
    m_context.store->put(Kind::EcrRepository, name, record);
}

void EcrHandler::recordPull(const QString& repository, const QString& digest, double pulledAt)
{
    const QJsonObject* found = m_context.store->find(Kind::EcrImage, imageKey(repository, digest));
    if (!found)
        return;
    QJsonObject image = *found;
    image["lastRecordedPullTime"_L1] = pulledAt;
    m_context.store->put(Kind::EcrImage, imageKey(repository, digest), image);
}

void EcrHandler::scanImage(const QString& repository, const QString& digest, double at)
{
    const QJsonObject* found = m_context.store->find(Kind::EcrImage, imageKey(repository, digest));
    if (!found)
        return;
    QJsonObject image = *found;
    image["scan"_L1] = simulatedScan(image, at);
    m_context.store->put(Kind::EcrImage, imageKey(repository, digest), image);
}

QJsonObject EcrHandler::batchGetImage(const QJsonObject& in)
{
    const QString name = requireRepository(in).value("repository"_L1).toObject().value("repositoryName"_L1).toString();
    applyLifecyclePolicy(name);
    QJsonArray images;
    QJsonArray failures;
    const double now = m_context.clock->epochSeconds();
    for (const QJsonValue& value : Input::array(in, "imageIds"_L1)) {
        const QJsonObject id = value.toObject();
        if (const auto malformed = malformedId(id)) {
            failures.append(*malformed);
            continue;
        }
        const auto image = findImage(*m_context.store, name, id);
        if (!image) {
            failures.append(failure(id, "ImageNotFound", tr("Requested image not found")));
            continue;
        }
        QJsonObject imageId = id;
        imageId["imageDigest"_L1] = image->value("imageDigest"_L1);
        images.append(QJsonObject { { "registryId"_L1, m_context.accountId }, { "repositoryName"_L1, name },
            { "imageId"_L1, imageId }, { "imageManifest"_L1, image->value("imageManifest"_L1) },
            { "imageManifestMediaType"_L1, image->value("imageManifestMediaType"_L1) } });
        recordPull(name, image->value("imageDigest"_L1).toString(), now);
    }
    return { { "images"_L1, images }, { "failures"_L1, failures } };
}

QJsonObject EcrHandler::listImages(const QJsonObject& in)
{
    const QString name = requireRepository(in).value("repository"_L1).toObject().value("repositoryName"_L1).toString();
    applyLifecyclePolicy(name);
    const QString status = tagStatusOf(in);
    const Input::Page page = Input::page(in, 100, 1000);
    QJsonArray all;
    for (const QJsonObject& image : imagesOf(*m_context.store, name)) {
        for (const QJsonValue& id : idsOf(image, status))
            all.append(id);
    }
    // Tokens are positions in the (digest, tag) order.
    const qsizetype start = page.after.isEmpty() ? 0 : page.after.toLongLong();
    QJsonArray ids;
    for (qsizetype i = start; i < all.size() && ids.size() < page.maxResults; ++i)
        ids.append(all.at(i));
    QJsonObject out { { "imageIds"_L1, ids } };
    if (start + ids.size() < all.size())
        out["nextToken"_L1] = Input::encodeToken(QString::number(start + ids.size()));
    return out;
}

QJsonObject EcrHandler::describeImages(const QJsonObject& in)
{
    const QString name = requireRepository(in).value("repository"_L1).toObject().value("repositoryName"_L1).toString();
    applyLifecyclePolicy(name);
    const QJsonArray ids = Input::array(in, "imageIds"_L1);
    QJsonArray details;
    if (!ids.isEmpty()) {
        for (const QJsonValue& value : ids) {
            const QJsonObject id = value.toObject();
            if (const auto malformed = malformedId(id))
                throw ApiError::invalidParameter(malformed->value("failureReason"_L1).toString());
            const auto image = findImage(*m_context.store, name, id);
            if (!image)
                throw error("ImageNotFoundException",
                    tr("The image with imageId %1 does not exist within the repository with name '%2' in the "
                       "registry with id '%3'")
                        .arg(imageIdText(id), name, m_context.accountId));
            details.append(imageDetail(*image, m_context.accountId));
        }
        return { { "imageDetails"_L1, details } };
    }
    const QString status = tagStatusOf(in);
    const Input::Page page = Input::page(in, 100, 1000);
    QJsonObject out;
    for (const QJsonObject& image : imagesOf(*m_context.store, name)) {
        const QString digest = image.value("imageDigest"_L1).toString();
        if ((!page.after.isEmpty() && digest <= page.after) || !matchesTagStatus(image, status))
            continue;
        if (details.size() == page.maxResults) {
            out["nextToken"_L1] = Input::encodeToken(details.last().toObject().value("imageDigest"_L1).toString());
            break;
        }
        details.append(imageDetail(image, m_context.accountId));
    }
    out["imageDetails"_L1] = details;
    return out;
}

QJsonObject EcrHandler::batchDeleteImage(const QJsonObject& in)
{
    const QString name = requireRepository(in).value("repository"_L1).toObject().value("repositoryName"_L1).toString();
    Store& store = *m_context.store;
    QJsonArray deleted;
    QJsonArray failures;
    for (const QJsonValue& value : Input::array(in, "imageIds"_L1)) {
        const QJsonObject id = value.toObject();
        if (const auto malformed = malformedId(id)) {
            failures.append(*malformed);
            continue;
        }
        const auto found = findImage(store, name, id);
        if (!found) {
            failures.append(failure(id, "ImageNotFound", tr("Requested image not found")));
            continue;
        }
        QJsonObject image = *found;
        const QString digest = image.value("imageDigest"_L1).toString();
        const QString tag = id.value("imageTag"_L1).toString();
        QStringList tags = tagsOf(image);
        if (id.contains("imageDigest"_L1) || tags.size() <= 1) {
            // By digest (or the image's last tag): the image goes with every tag it has.
            if (tags.isEmpty())
                deleted.append(QJsonObject { { "imageDigest"_L1, digest } });
            for (const QString& t : std::as_const(tags))
                deleted.append(QJsonObject { { "imageDigest"_L1, digest }, { "imageTag"_L1, t } });
            store.remove(Kind::EcrImage, imageKey(name, digest));
        } else {
            // By one of several tags: only the tag goes.
            tags.removeAll(tag);
            image["imageTags"_L1] = tagArray(tags);
            store.put(Kind::EcrImage, imageKey(name, digest), image);
            deleted.append(QJsonObject { { "imageDigest"_L1, digest }, { "imageTag"_L1, tag } });
        }
    }
    return { { "imageIds"_L1, deleted }, { "failures"_L1, failures } };
}

QJsonObject EcrHandler::policyAnswer(const QJsonObject& record, const char* field) const
{
    QJsonObject out { { "registryId"_L1, m_context.accountId },
        { "repositoryName"_L1, record.value("repository"_L1).toObject().value("repositoryName"_L1) },
        { QLatin1String(field), record.value(QLatin1String(field)) } };
    if (qstrcmp(field, "lifecyclePolicyText") == 0 && record.contains("lifecycleEvaluatedAt"_L1))
        out["lastEvaluatedAt"_L1] = record.value("lifecycleEvaluatedAt"_L1);
    return withoutEmpty(out);
}

QJsonObject EcrHandler::putLifecyclePolicy(const QJsonObject& in)
{
    QJsonObject record = requireRepository(in);
    const QString text = Input::requiredString(in, "lifecyclePolicyText"_L1);
    EcrLifecycle::parse(text);
    record["lifecyclePolicyText"_L1] = text;
    record["lifecyclePolicySetAt"_L1] = m_context.clock->epochSeconds();
    record.remove("lifecycleEvaluatedAt"_L1);
    m_context.store->put(
        Kind::EcrRepository, record.value("repository"_L1).toObject().value("repositoryName"_L1).toString(), record);
    return policyAnswer(record, "lifecyclePolicyText");
}

QJsonObject EcrHandler::getLifecyclePolicy(const QJsonObject& in)
{
    applyLifecyclePolicy(requireRepository(in).value("repository"_L1).toObject().value("repositoryName"_L1).toString());
    const QJsonObject record = requireRepository(in);
    if (!record.contains("lifecyclePolicyText"_L1))
        throw error("LifecyclePolicyNotFoundException",
            tr("Lifecycle policy does not exist for the repository with name '%1' in the registry with id '%2'")
                .arg(record.value("repository"_L1).toObject().value("repositoryName"_L1).toString(),
                    m_context.accountId));
    return policyAnswer(record, "lifecyclePolicyText");
}

QJsonObject EcrHandler::deleteLifecyclePolicy(const QJsonObject& in)
{
    QJsonObject record = requireRepository(in);
    const QJsonObject answer = getLifecyclePolicy(in);
    record.remove("lifecyclePolicyText"_L1);
    record.remove("lifecycleEvaluatedAt"_L1);
    m_context.store->put(Kind::EcrRepository, answer.value("repositoryName"_L1).toString(), record);
    return answer;
}

QJsonObject EcrHandler::startLifecyclePolicyPreview(const QJsonObject& in)
{
    QJsonObject record = requireRepository(in);
    QString text = Input::string(in, "lifecyclePolicyText"_L1);
    if (text.isEmpty())
        text = getLifecyclePolicy(in).value("lifecyclePolicyText"_L1).toString();
    EcrLifecycle::parse(text);
    record["previewPolicyText"_L1] = text;
    const QString name = record.value("repository"_L1).toObject().value("repositoryName"_L1).toString();
    m_context.store->put(Kind::EcrRepository, name, record);
    // The preview is ready at once (its status was IN_PROGRESS for the blink of this answer).
    return { { "registryId"_L1, m_context.accountId }, { "repositoryName"_L1, name },
        { "lifecyclePolicyText"_L1, text }, { "status"_L1, "IN_PROGRESS"_L1 } };
}

QJsonObject EcrHandler::getLifecyclePolicyPreview(const QJsonObject& in)
{
    const QJsonObject record = requireRepository(in);
    const QString name = record.value("repository"_L1).toObject().value("repositoryName"_L1).toString();
    if (!record.contains("previewPolicyText"_L1))
        throw error("LifecyclePolicyPreviewNotFoundException",
            tr("There is no dry run for this repository with name '%1' in the registry with id '%2'")
                .arg(name, m_context.accountId));
    const QString text = record.value("previewPolicyText"_L1).toString();
    const std::vector<EcrLifecycle::Rule> rules = EcrLifecycle::parse(text);
    const std::vector<QJsonObject> images = imagesOf(*m_context.store, name);
    QList<EcrLifecycle::Image> candidates;
    for (const QJsonObject& image : images)
        candidates.append(
            { image.value("imageDigest"_L1).toString(), tagsOf(image), image.value("imagePushedAt"_L1).toDouble() });
    const std::vector<EcrLifecycle::Expiry> expiries
        = EcrLifecycle::evaluate(rules, candidates, m_context.clock->epochSeconds());

    const QString status = tagStatusOf(in);
    QStringList wanted;
    for (const QJsonValue& value : Input::array(in, "imageIds"_L1)) {
        if (const auto image = findImage(*m_context.store, name, value.toObject()))
            wanted.append(image->value("imageDigest"_L1).toString());
    }
    const Input::Page page = Input::page(in, 100, 100);
    QJsonArray results;
    qsizetype position = 0;
    const qsizetype start = page.after.isEmpty() ? 0 : page.after.toLongLong();
    QJsonObject out;
    for (const EcrLifecycle::Expiry& expiry : expiries) {
        const QJsonObject& image = *m_context.store->find(Kind::EcrImage, imageKey(name, expiry.digest));
        if (!matchesTagStatus(image, status) || (!wanted.isEmpty() && !wanted.contains(expiry.digest)))
            continue;
        if (position++ < start)
            continue;
        if (results.size() == page.maxResults) {
            out["nextToken"_L1] = Input::encodeToken(QString::number(start + results.size()));
            break;
        }
        QJsonObject result { { "imageDigest"_L1, expiry.digest },
            { "imagePushedAt"_L1, image.value("imagePushedAt"_L1) },
            { "action"_L1, QJsonObject { { "type"_L1, "EXPIRE"_L1 } } },
            { "appliedRulePriority"_L1, expiry.rulePriority } };
        if (!image.value("imageTags"_L1).toArray().isEmpty())
            result["imageTags"_L1] = image.value("imageTags"_L1);
        results.append(result);
    }
    out["registryId"_L1] = m_context.accountId;
    out["repositoryName"_L1] = name;
    out["lifecyclePolicyText"_L1] = text;
    out["status"_L1] = "COMPLETE"_L1;
    out["previewResults"_L1] = results;
    out["summary"_L1] = QJsonObject { { "expiringImageTotalCount"_L1, qint64(expiries.size()) } };
    return out;
}

QJsonObject EcrHandler::startImageScan(const QJsonObject& in)
{
    const QString name = requireRepository(in).value("repository"_L1).toObject().value("repositoryName"_L1).toString();
    const QJsonObject id = Input::object(in, "imageId"_L1);
    const auto image = findImage(*m_context.store, name, id);
    if (!image)
        throw error("ImageNotFoundException",
            tr("The image with imageId %1 does not exist within the repository with name '%2' in the registry with "
               "id '%3'")
                .arg(imageIdText(id), name, m_context.accountId));
    const double now = m_context.clock->epochSeconds();
    const QJsonObject previous = image->value("scan"_L1).toObject();
    if (!previous.isEmpty() && now - previous.value("completedAt"_L1).toDouble() < 86400.0)
        throw error("LimitExceededException", tr("The scan quota per image has been exceeded. Wait and try again."));
    scanImage(name, image->value("imageDigest"_L1).toString(), now);
    QJsonObject imageId = id;
    imageId["imageDigest"_L1] = image->value("imageDigest"_L1);
    return { { "registryId"_L1, m_context.accountId }, { "repositoryName"_L1, name }, { "imageId"_L1, imageId },
        { "imageScanStatus"_L1, QJsonObject { { "status"_L1, "IN_PROGRESS"_L1 } } } };
}

QJsonObject EcrHandler::describeImageScanFindings(const QJsonObject& in)
{
    const QString name = requireRepository(in).value("repository"_L1).toObject().value("repositoryName"_L1).toString();
    const QJsonObject id = Input::object(in, "imageId"_L1);
    const auto image = findImage(*m_context.store, name, id);
    if (!image)
        throw error("ImageNotFoundException",
            tr("The image with imageId %1 does not exist within the repository with name '%2' in the registry with "
               "id '%3'")
                .arg(imageIdText(id), name, m_context.accountId));
    const QJsonObject scan = image->value("scan"_L1).toObject();
    if (scan.isEmpty())
        throw error("ScanNotFoundException",
            tr("Image scan does not exist for the image with '%1' in the repository with name '%2' in the registry "
               "with id '%3'")
                .arg(imageIdText(id), name, m_context.accountId));
    const Input::Page page = Input::page(in, 100, 1000);
    const QJsonArray all = scan.value("findings"_L1).toArray();
    const qsizetype start = page.after.isEmpty() ? 0 : page.after.toLongLong();
    QJsonArray findings;
    for (qsizetype i = start; i < all.size() && findings.size() < page.maxResults; ++i)
        findings.append(all.at(i));
    QJsonObject imageId = id;
    imageId["imageDigest"_L1] = image->value("imageDigest"_L1);
    QJsonObject out { { "registryId"_L1, m_context.accountId }, { "repositoryName"_L1, name },
        { "imageId"_L1, imageId },
        { "imageScanStatus"_L1,
            QJsonObject {
                { "status"_L1, scan.value("status"_L1) }, { "description"_L1, scan.value("description"_L1) } } },
        { "imageScanFindings"_L1,
            QJsonObject { { "imageScanCompletedAt"_L1, scan.value("completedAt"_L1) },
                { "vulnerabilitySourceUpdatedAt"_L1, scan.value("sourceUpdatedAt"_L1) },
                { "findingSeverityCounts"_L1, scan.value("counts"_L1) }, { "findings"_L1, findings } } } };
    if (start + findings.size() < all.size())
        out["nextToken"_L1] = Input::encodeToken(QString::number(start + findings.size()));
    return out;
}

QJsonObject EcrHandler::getAuthorizationToken(const QJsonObject& in)
{
    QStringList registries = Input::stringList(in, "registryIds"_L1);
    if (registries.isEmpty())
        registries.append(m_context.accountId);
    const double now = m_context.clock->epochSeconds();
    QJsonArray data;
    for (const QString& registry : std::as_const(registries)) {
        const QByteArray secret = QUuid::createUuid().toRfc4122() + QUuid::createUuid().toRfc4122();
        const QByteArray token = QByteArray("AWS:") + secret.toBase64();
        data.append(QJsonObject { { "authorizationToken"_L1, QString::fromLatin1(token.toBase64()) },
            { "expiresAt"_L1, now + 12 * 3600 },
            { "proxyEndpoint"_L1,
                QString("https://"_L1 + registry + ".dkr.ecr."_L1 + m_context.region + ".amazonaws.com"_L1) } });
    }
    return { { "authorizationData"_L1, data } };
}

QJsonObject EcrHandler::setRepositoryPolicy(const QJsonObject& in)
{
    QJsonObject record = requireRepository(in);
    const QString text = Input::requiredString(in, "policyText"_L1);
    const QJsonDocument policy = QJsonDocument::fromJson(text.toUtf8());
    if (!policy.isObject() || !policy.object().value("Statement"_L1).isArray())
        throw ApiError::invalidParameter(
            tr("Invalid parameter at 'PolicyText' failed to satisfy constraint: 'Invalid repository policy provided'"));
    record["policyText"_L1] = text;
    m_context.store->put(
        Kind::EcrRepository, record.value("repository"_L1).toObject().value("repositoryName"_L1).toString(), record);
    return policyAnswer(record, "policyText");
}

QJsonObject EcrHandler::getRepositoryPolicy(const QJsonObject& in)
{
    const QJsonObject record = requireRepository(in);
    if (!record.contains("policyText"_L1))
        throw error("RepositoryPolicyNotFoundException",
            tr("Repository policy does not exist for the repository with name '%1' in the registry with id '%2'")
                .arg(record.value("repository"_L1).toObject().value("repositoryName"_L1).toString(),
                    m_context.accountId));
    return policyAnswer(record, "policyText");
}

QJsonObject EcrHandler::deleteRepositoryPolicy(const QJsonObject& in)
{
    QJsonObject record = requireRepository(in);
    const QJsonObject answer = getRepositoryPolicy(in);
    record.remove("policyText"_L1);
    m_context.store->put(Kind::EcrRepository, answer.value("repositoryName"_L1).toString(), record);
    return answer;
}

QString EcrHandler::repositoryOfArn(const QString& arn) const
{
    static const QRegularExpression pattern(
        QStringLiteral("^arn:aws[a-z-]*:ecr:([a-z0-9-]+):(\\d{12}):repository/(.+)$"));
    const auto match = pattern.match(arn);
    if (!match.hasMatch())
        throw ApiError::invalidParameter(
            tr("Invalid parameter at 'resourceArn' failed to satisfy constraint: 'Invalid ARN'"));
    if (match.captured(1) != m_context.region || match.captured(2) != m_context.accountId)
        throw error("RepositoryNotFoundException",
            tr("The repository with name '%1' does not exist in the registry with id '%2'")
                .arg(match.captured(3), match.captured(2)));
    requireRepository(match.captured(3));
    return match.captured(3);
}

QJsonObject EcrHandler::tagResource(const QJsonObject& in)
{
    const QString name = repositoryOfArn(Input::requiredString(in, "resourceArn"_L1));
    QJsonObject record = requireRepository(name);
    QJsonArray tags = record.value("tags"_L1).toArray();
    for (const QJsonValue& value : Input::array(in, "tags"_L1)) {
        const QJsonObject tag = value.toObject();
        if (tag.value("Key"_L1).toString().isEmpty())
            throw error("InvalidTagParameterException",
                tr("Invalid parameter at 'tags' failed to satisfy constraint: "
                   "'Tag keys must not be empty'"));
        for (qsizetype i = tags.size() - 1; i >= 0; --i) {
            if (tags.at(i).toObject().value("Key"_L1) == tag.value("Key"_L1))
                tags.removeAt(i);
        }
        tags.append(
            QJsonObject { { "Key"_L1, tag.value("Key"_L1) }, { "Value"_L1, tag.value("Value"_L1).toString() } });
    }
    if (tags.size() > 50)
        throw error(
            "TooManyTagsException", tr("A repository can have at most 50 tags, it would have %1.").arg(tags.size()));
    record["tags"_L1] = tags;
    m_context.store->put(Kind::EcrRepository, name, record);
    return {};
}

QJsonObject EcrHandler::untagResource(const QJsonObject& in)
{
    const QString name = repositoryOfArn(Input::requiredString(in, "resourceArn"_L1));
    QJsonObject record = requireRepository(name);
    const QStringList keys = Input::stringList(in, "tagKeys"_L1);
    QJsonArray kept;
    for (const QJsonValue& tag : record.value("tags"_L1).toArray()) {
        if (!keys.contains(tag.toObject().value("Key"_L1).toString()))
            kept.append(tag);
    }
    record["tags"_L1] = kept;
    m_context.store->put(Kind::EcrRepository, name, record);
    return {};
}

QJsonObject EcrHandler::listTagsForResource(const QJsonObject& in)
{
    const QString name = repositoryOfArn(Input::requiredString(in, "resourceArn"_L1));
    return { { "tags"_L1, requireRepository(name).value("tags"_L1).toArray() } };
}

} // namespace EcsDesk::Local
