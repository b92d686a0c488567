// SPDX-License-Identifier: MIT
#include "api/ecr/ecrtypes.h"

#include "api/ecs/types.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace EcsDesk::Api {

namespace {
    QStringList strings(const QJsonValue& value)
    {
        QStringList out;
        for (const QJsonValue& item : value.toArray())
            out.append(item.toString());
        return out;
    }

    const QRegularExpression& ecrHost()
    {
        static const QRegularExpression pattern(
            QStringLiteral("^(\\d{12})\\.dkr\\.ecr(?:-fips)?\\.([a-z0-9-]+)\\.amazonaws\\.com(?:\\.cn)?$"));
        return pattern;
    }
} // namespace

EcrRepository EcrRepository::fromJson(const QJsonObject& json)
{
    EcrRepository r;
    r.name = json.value("repositoryName"_L1).toString();
    r.arn = json.value("repositoryArn"_L1).toString();
    r.uri = json.value("repositoryUri"_L1).toString();
    r.registryId = json.value("registryId"_L1).toString();
    r.createdAt = EcsJson::timestamp(json.value("createdAt"_L1));
    r.tagMutability = json.value("imageTagMutability"_L1).toString();
    r.scanOnPush = json.value("imageScanningConfiguration"_L1).toObject().value("scanOnPush"_L1).toBool();
    const QJsonObject encryption = json.value("encryptionConfiguration"_L1).toObject();
    r.encryptionType = encryption.value("encryptionType"_L1).toString();
    r.kmsKey = encryption.value("kmsKey"_L1).toString();
    r.raw = json;
    return r;
}

QList<EcrRepository> EcrRepository::listFromJson(const QJsonObject& answer)
{
    QList<EcrRepository> out;
    for (const QJsonValue& value : answer.value("repositories"_L1).toArray())
        out.append(fromJson(value.toObject()));
    return out;
}

EcrImage EcrImage::fromJson(const QJsonObject& json)
{
    EcrImage i;
    i.repositoryName = json.value("repositoryName"_L1).toString();
    i.registryId = json.value("registryId"_L1).toString();
    i.digest = json.value("imageDigest"_L1).toString();
    i.tags = strings(json.value("imageTags"_L1));
    i.sizeInBytes = json.value("imageSizeInBytes"_L1).toInteger();
    i.pushedAt = EcsJson::timestamp(json.value("imagePushedAt"_L1));
    i.lastPulledAt = EcsJson::timestamp(json.value("lastRecordedPullTime"_L1));
    i.scanStatus = json.value("imageScanStatus"_L1).toObject().value("status"_L1).toString();
    const QJsonObject summary = json.value("imageScanFindingsSummary"_L1).toObject();
    i.scanCompletedAt = EcsJson::timestamp(summary.value("imageScanCompletedAt"_L1));
    const QJsonObject counts = summary.value("findingSeverityCounts"_L1).toObject();
    for (auto it = counts.begin(); it != counts.end(); ++it)
        i.findingCounts.insert(it.key(), it.value().toInt());
    i.mediaType = json.value("imageManifestMediaType"_L1).toString();
    i.raw = json;
    return i;
}

QList<EcrImage> EcrImage::listFromJson(const QJsonObject& answer)
{
    QList<EcrImage> out;
    for (const QJsonValue& value : answer.value("imageDetails"_L1).toArray())
        out.append(fromJson(value.toObject()));
    return out;
}

QList<EcrLifecyclePreviewResult> EcrLifecyclePreviewResult::listFromJson(const QJsonObject& answer)
{
    QList<EcrLifecyclePreviewResult> out;
    for (const QJsonValue& value : answer.value("previewResults"_L1).toArray()) {
        const QJsonObject json = value.toObject();
        out.append({ json.value("imageDigest"_L1).toString(), strings(json.value("imageTags"_L1)),
            EcsJson::timestamp(json.value("imagePushedAt"_L1)),
            json.value("action"_L1).toObject().value("type"_L1).toString(),
            json.value("appliedRulePriority"_L1).toInt() });
    }
    return out;
}

bool EcrImageReference::isEcr() const { return ecrHost().match(registry).hasMatch(); }

QString EcrImageReference::accountId() const { return ecrHost().match(registry).captured(1); }

QString EcrImageReference::region() const { return ecrHost().match(registry).captured(2); }

QString EcrImageReference::repositoryUri() const
{
    return registry.isEmpty() ? repository : registry + QLatin1Char('/') + repository;
}

EcrImageReference EcrImageReference::parse(const QString& image)
{
    EcrImageReference r;
    QString rest = image.trimmed();
    const qsizetype at = rest.indexOf(QLatin1Char('@'));
    if (at >= 0) {
        r.digest = rest.mid(at + 1);
        rest.truncate(at);
    }
    // The first part is a registry when it looks like a host (a dot or a port, or localhost).
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    if (slash > 0) {
        const QString first = rest.left(slash);
        if (first.contains(QLatin1Char('.')) || first.contains(QLatin1Char(':')) || first == "localhost"_L1) {
            r.registry = first;
            rest = rest.mid(slash + 1);
        }
    }
    const qsizetype colon = rest.lastIndexOf(QLatin1Char(':'));
    if (colon > rest.lastIndexOf(QLatin1Char('/'))) {
        r.tag = rest.mid(colon + 1);
        rest.truncate(colon);
    }
    r.repository = rest;
    return r;
}

} // namespace EcsDesk::Api
