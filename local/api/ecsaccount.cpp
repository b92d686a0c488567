// SPDX-License-Identifier: MIT
// ECS capacity providers, account settings and tags.
#include "local/api/ecshandler.h"

#include "local/api/ecsdetail.h"
#include "local/clock.h"
#include "local/domain/capacityprovider.h"
#include "local/store/store.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace EcsDesk::Local {

using namespace EcsDetail;

// ---- capacity providers, account settings, tags --------------------------------------------

QJsonArray EcsHandler::tagsOf(const QString& resourceArn) const
{
    const QJsonObject* tags = m_context.store->find(Kind::Tags, resourceArn);
    return tags ? tags->value("tags"_L1).toArray() : QJsonArray();
}

void EcsHandler::validateTags(const QJsonArray& tags) const
{
    if (tags.size() > 50)
        throw ApiError::invalidParameter(tr("Tags cannot have more than 50 entries."));
    for (const QJsonValue& value : tags) {
        const QJsonObject tag = value.toObject();
        const QString key = tag.value("key"_L1).toString();
        if (key.isEmpty() || key.size() > 128)
            throw ApiError::invalidParameter(tr("Tag keys must be between 1 and 128 characters."));
        if (tag.value("value"_L1).toString().size() > 256)
            throw ApiError::invalidParameter(tr("Tag values must be at most 256 characters."));
        if (key.startsWith("aws:"_L1, Qt::CaseInsensitive))
            throw ApiError::invalidParameter(tr("Tag keys may not start with 'aws:'."));
    }
}

void EcsHandler::setTags(const QString& resourceArn, const QJsonArray& tags)
{
    if (tags.isEmpty())
        m_context.store->remove(Kind::Tags, resourceArn);
    else
        m_context.store->put(Kind::Tags, resourceArn, { { "tags"_L1, tags } });
}

namespace {
    const QStringList fargateProviders { QStringLiteral("FARGATE"), QStringLiteral("FARGATE_SPOT") };

    ApiError providerNotFound()
    {
        return ApiError::client(
            tr("The specified capacity provider does not exist. Specify a valid name or ARN and try again."));
    }

    /// Every cluster (active) whose capacityProviders list names `provider`.
    QStringList clustersUsing(const Store& store, const QString& provider)
    {
        QStringList clusters;
        for (auto it = store.collection(Kind::Cluster).cbegin(); it != store.collection(Kind::Cluster).cend(); ++it) {
            const ClusterRecord cluster = ClusterRecord::fromJson(it->second);
            if (cluster.isActive()
                && cluster.json.value("capacityProviders"_L1).toArray().contains(QJsonValue(provider)))
                clusters.append(cluster.arn);
        }
        return clusters;
    }
} // namespace

std::optional<CapacityProviderRecord> EcsHandler::capacityProvider(const QString& nameOrArn) const
{
    const QString key = nameOrArn.startsWith("arn:"_L1) ? nameOrArn : arn("capacity-provider/"_L1 + nameOrArn);
    const QJsonObject* found = m_context.store->find(Kind::CapacityProvider, key);
    if (!found)
        return std::nullopt;
    return CapacityProviderRecord::fromJson(*found);
}

QJsonObject EcsHandler::capacityProviderView(const CapacityProviderRecord& provider, bool withTags) const
{
    QJsonObject view = provider.toJson();
    view["tags"_L1] = withTags ? tagsOf(provider.arn) : QJsonArray();
    return view;
}

QJsonObject EcsHandler::describeCapacityProviders(const QJsonObject& in)
{
    const QStringList wanted = Input::stringList(in, "capacityProviders"_L1);
    const QStringList include = Input::stringList(in, "include"_L1);
    for (const QString& item : include)
        Input::requireOneOf(item, "include"_L1, { QStringLiteral("TAGS") });
    const bool withTags = include.contains("TAGS"_L1);
    auto builtIn = [&](const QString& name) {
        return QJsonObject { { "capacityProviderArn"_L1, arn("capacity-provider/"_L1 + name) }, { "name"_L1, name },
            { "status"_L1, "ACTIVE"_L1 }, { "tags"_L1, QJsonArray() } };
    };
    QJsonArray providers, failures;
    if (!wanted.isEmpty()) {
        if (wanted.size() > 100)
            throw ApiError::invalidParameter(tr("capacityProviders can have at most 100 items."));
        for (const QString& name : wanted) {
            const QString providerName = lastSegment(name);
            if (fargateProviders.contains(providerName)) {
                providers.append(builtIn(providerName));
            } else if (const auto provider = capacityProvider(name)) {
                providers.append(capacityProviderView(*provider, withTags));
            } else {
                failures.append(
                    QJsonObject { { "arn"_L1, name.startsWith("arn:"_L1) ? name : arn("capacity-provider/"_L1 + name) },
                        { "reason"_L1, "MISSING"_L1 } });
            }
        }
        return { { "capacityProviders"_L1, providers }, { "failures"_L1, failures } };
    }
    // All of the account's: the two built-ins, then the created ones (active) by name; paged by
    // maxResults (1-10) when given, as ECS does.
    QJsonArray all { builtIn(QStringLiteral("FARGATE")), builtIn(QStringLiteral("FARGATE_SPOT")) };
    const Store::Collection& created = m_context.store->collection(Kind::CapacityProvider);
    for (auto it = created.cbegin(); it != created.cend(); ++it) {
        const CapacityProviderRecord provider = CapacityProviderRecord::fromJson(it->second);
        if (provider.isActive())
            all.append(capacityProviderView(provider, withTags));
    }
    const std::optional<qint64> maxResults = Input::integer(in, "maxResults"_L1);
    if (maxResults && (*maxResults < 1 || *maxResults > 10))
        throw ApiError::invalidParameter(tr("maxResults must be between 1 and 10."));
    const QString token = Input::string(in, "nextToken"_L1);
    qsizetype start = 0;
    if (!token.isEmpty()) {
        bool ok = false;
        start = QString::fromUtf8(QByteArray::fromBase64(token.toUtf8())).toLongLong(&ok);
        if (!ok || start < 0 || start > all.size())
            throw ApiError::invalidParameter(tr("The specified nextToken is not valid."));
    }
    const qsizetype count = maxResults ? *maxResults : all.size();
    for (qsizetype i = start; i < all.size() && providers.size() < count; ++i)
        providers.append(all[i]);
    QJsonObject out { { "capacityProviders"_L1, providers }, { "failures"_L1, failures } };
    if (start + providers.size() < all.size())
        out["nextToken"_L1] = QString::fromLatin1(QString::number(start + providers.size()).toUtf8().toBase64());
    return out;
}

void EcsHandler::applyManagedScaling(CapacityProviderRecord& provider, const QJsonObject& group)
{
    if (group.contains("managedScaling"_L1)) {
        const QJsonObject scaling = group.value("managedScaling"_L1).toObject();
        if (scaling.contains("status"_L1))
            provider.managedScaling = scaling.value("status"_L1).toString() == "ENABLED"_L1;
        provider.targetCapacity = scaling.value("targetCapacity"_L1).toInt(provider.targetCapacity);
        provider.minimumScalingStepSize
            = scaling.value("minimumScalingStepSize"_L1).toInt(provider.minimumScalingStepSize);
        provider.maximumScalingStepSize
            = scaling.value("maximumScalingStepSize"_L1).toInt(provider.maximumScalingStepSize);
        provider.instanceWarmupPeriod = scaling.value("instanceWarmupPeriod"_L1).toInt(provider.instanceWarmupPeriod);
    }
    if (group.contains("managedTerminationProtection"_L1))
        provider.managedTerminationProtection
            = group.value("managedTerminationProtection"_L1).toString() == "ENABLED"_L1;
    if (group.contains("managedDraining"_L1))
        provider.managedDraining = group.value("managedDraining"_L1).toString() == "ENABLED"_L1;
    if (provider.minimumScalingStepSize > provider.maximumScalingStepSize) {
        throw ApiError::client(
            tr("The minimumScalingStepSize must be less than or equal to the maximumScalingStepSize."));
    }
    if (provider.managedTerminationProtection && !provider.managedScaling) {
        throw ApiError::client(tr("The managed termination protection setting for the capacity provider is invalid. "
                                  "To enable managed termination protection for a capacity provider, managed scaling "
                                  "must also be enabled."));
    }
}

QJsonObject EcsHandler::createCapacityProvider(const QJsonObject& in)
{
    const QString name = Input::requiredString(in, "name"_L1);
    static const QRegularExpression reserved(
        QStringLiteral("^(aws|ecs|fargate)"), QRegularExpression::CaseInsensitiveOption);
    if (!isValidName(name) || reserved.match(name).hasMatch()) {
        throw ApiError::client(tr("The specified capacity provider name is invalid. Up to 255 characters are allowed, "
                                  "including letters (upper and lowercase), numbers, underscores, and hyphens. The "
                                  "name cannot be prefixed with \"aws\", \"ecs\", or \"fargate\"."));
    }
    if (in.contains("managedInstancesProvider"_L1)) {
        throw ApiError { QStringLiteral("UnsupportedFeatureException"),
            tr("Capacity providers for Amazon ECS Managed Instances are not supported by the local endpoint."), 400 };
    }
    const QJsonObject group = Input::object(in, "autoScalingGroupProvider"_L1);
    if (group.isEmpty())
        throw ApiError::invalidParameter(tr("autoScalingGroupProvider must be specified."));
    const QString groupArn = group.value("autoScalingGroupArn"_L1).toString();
    static const QRegularExpression groupArnPattern(
        QStringLiteral("^arn:aws[a-z-]*:autoscaling:[a-z0-9-]+:[0-9]{12}:autoScalingGroup:[0-9a-f-]+:"
                       "autoScalingGroupName/[^/]{1,255}$"));
    if (groupArn.isEmpty())
        throw ApiError::invalidParameter(tr("autoScalingGroupArn must be specified."));
    if (!groupArnPattern.match(groupArn).hasMatch())
        throw ApiError::client(
            tr("The specified Auto Scaling group ARN is invalid. Specify a valid ARN and try again."));
    const QJsonArray tags = Input::array(in, "tags"_L1);
    validateTags(tags);
    const QString providerArn = arn("capacity-provider/"_L1 + name);
    if (const auto existing = capacityProvider(providerArn); existing && existing->isActive()) {
        throw ApiError::client(tr("The specified capacity provider already exists. To change the configuration of an "
                                  "existing capacity provider, update the capacity provider."));
    }
    const Store::Collection& created = m_context.store->collection(Kind::CapacityProvider);
    for (auto it = created.cbegin(); it != created.cend(); ++it) {
        const CapacityProviderRecord other = CapacityProviderRecord::fromJson(it->second);
        if (other.isActive() && other.autoScalingGroupArn == groupArn) {
            throw ApiError::client(tr("The specified Auto Scaling group ARN is already being used by another capacity "
                                      "provider. Specify a unique Auto Scaling group ARN and try again."));
        }
    }
    CapacityProviderRecord provider;
    provider.arn = providerArn;
    provider.name = name;
    provider.autoScalingGroupArn = groupArn;
    applyManagedScaling(provider, group);
    m_context.store->put(Kind::CapacityProvider, providerArn, provider.toJson());
    setTags(providerArn, tags);
    return { { "capacityProvider"_L1, capacityProviderView(provider, true) } };
}

QJsonObject EcsHandler::updateCapacityProvider(const QJsonObject& in)
{
    const QString name = Input::requiredString(in, "name"_L1);
    if (fargateProviders.contains(lastSegment(name)))
        throw ApiError::client(tr("The specified capacity provider is reserved and cannot be updated."));
    std::optional<CapacityProviderRecord> provider = capacityProvider(name);
    if (!provider || !provider->isActive())
        throw providerNotFound();
    if (!in.contains("autoScalingGroupProvider"_L1))
        throw ApiError::invalidParameter(tr("autoScalingGroupProvider must be specified."));
    applyManagedScaling(*provider, Input::object(in, "autoScalingGroupProvider"_L1));
    provider->updateStatus = QStringLiteral("UPDATE_COMPLETE");
    m_context.store->put(Kind::CapacityProvider, provider->arn, provider->toJson());
    QJsonObject view = capacityProviderView(*provider, true);
    view["updateStatus"_L1] = "UPDATE_IN_PROGRESS"_L1;
    return { { "capacityProvider"_L1, view } };
}

QJsonObject EcsHandler::deleteCapacityProvider(const QJsonObject& in)
{
    const QString name = Input::requiredString(in, "capacityProvider"_L1);
    if (fargateProviders.contains(lastSegment(name)))
        throw ApiError::client(tr("The specified capacity provider is reserved and cannot be deleted."));
    std::optional<CapacityProviderRecord> provider = capacityProvider(name);
    if (!provider || !provider->isActive())
        throw providerNotFound();
    const QStringList clusters = clustersUsing(*m_context.store, provider->name);
    if (!clusters.isEmpty()) {
        throw ApiError::client(tr("The specified capacity provider is in use and cannot be removed. Disassociate the "
                                  "capacity provider from cluster %1 and try again.")
                                   .arg(lastSegment(clusters.first())));
    }
    provider->status = QStringLiteral("INACTIVE");
    provider->updateStatus = QStringLiteral("DELETE_COMPLETE");
    m_context.store->put(Kind::CapacityProvider, provider->arn, provider->toJson());
    QJsonObject view = capacityProviderView(*provider, true);
    view["status"_L1] = "ACTIVE"_L1;
    view["updateStatus"_L1] = "DELETE_IN_PROGRESS"_L1;
    setTags(provider->arn, {});
    return { { "capacityProvider"_L1, view } };
}

void EcsHandler::validateCapacityProviderStrategy(const QJsonArray& strategy, const QStringList& available) const
{
    if (strategy.size() > 20)
        throw ApiError::invalidParameter(tr("The capacity provider strategy can have at most 20 items."));
    int withBase = 0;
    bool fargate = false, autoScaling = false;
    QStringList seen;
    for (const QJsonValue& value : strategy) {
        const QJsonObject item = value.toObject();
        const QString name = item.value("capacityProvider"_L1).toString();
        if (name.isEmpty())
            throw ApiError::invalidParameter(tr("capacityProvider must be specified in a capacity provider strategy."));
        if (seen.contains(name)) {
            throw ApiError::invalidParameter(
                tr("The capacity provider strategy cannot contain a capacity provider more than once."));
        }
        seen.append(name);
        if (item.value("base"_L1).toInt() > 0)
            ++withBase;
        if (!available.contains(name)) {
            throw ApiError::invalidParameter(
                tr("The specified capacity provider strategy cannot contain a capacity provider that is not "
                   "associated with the cluster. Associate the capacity provider with the cluster or specify a "
                   "valid capacity provider and try again."));
        }
        (fargateProviders.contains(name) ? fargate : autoScaling) = true;
    }
    if (withBase > 1) {
        throw ApiError::invalidParameter(
            tr("You can specify a base value for only one capacity provider in a capacity provider strategy."));
    }
    if (fargate && autoScaling) {
        throw ApiError::invalidParameter(tr("A capacity provider strategy cannot contain a mix of capacity providers "
                                            "using Auto Scaling groups and Fargate providers. Specify one or the "
                                            "other and try again."));
    }
    bool anyWeight = strategy.isEmpty();
    for (const QJsonValue& value : strategy)
        anyWeight = anyWeight || value.toObject().value("weight"_L1).toInt() > 0;
    if (!anyWeight) {
        throw ApiError::invalidParameter(
            tr("At least one capacity provider in a capacity provider strategy must have a weight greater than 0."));
    }
}

QJsonObject EcsHandler::putClusterCapacityProviders(const QJsonObject& in)
{
    Input::requiredString(in, "cluster"_L1);
    if (!in.contains("capacityProviders"_L1))
        throw ApiError::invalidParameter(tr("capacityProviders must be specified."));
    if (!in.contains("defaultCapacityProviderStrategy"_L1))
        throw ApiError::invalidParameter(tr("defaultCapacityProviderStrategy must be specified."));
    ClusterRecord cluster = activeCluster(in);
    QStringList names;
    for (const QString& given : Input::stringList(in, "capacityProviders"_L1)) {
        const QString name = lastSegment(given);
        if (!fargateProviders.contains(name)) {
            const auto provider = capacityProvider(given);
            if (!provider || !provider->isActive()) {
                throw ApiError::invalidParameter(
                    tr("The specified capacity provider '%1' is not in an ACTIVE state. Specify a valid capacity "
                       "provider and try again.")
                        .arg(name));
            }
            for (const QString& other : clustersUsing(*m_context.store, name)) {
                if (other != cluster.arn) {
                    throw ApiError::invalidParameter(
                        tr("The specified capacity provider '%1' is already associated with another cluster. A "
                           "capacity provider using an Auto Scaling group can only be associated with one cluster.")
                            .arg(name));
                }
            }
        }
        if (!names.contains(name))
            names.append(name);
    }
    const QJsonArray strategy = Input::array(in, "defaultCapacityProviderStrategy"_L1);
    validateCapacityProviderStrategy(strategy, names);
    // A provider that a service's strategy uses cannot leave the cluster.
    for (const QJsonValue& value : cluster.json.value("capacityProviders"_L1).toArray()) {
        const QString removed = value.toString();
        if (names.contains(removed))
            continue;
        for (const ServiceRecord& service : m_tasks.repository().servicesOf(cluster.arn)) {
            if (service.status == ServiceStatus::Inactive)
                continue;
            for (const QJsonValue& item : service.capacityProviderStrategy) {
                if (item.toObject().value("capacityProvider"_L1).toString() == removed) {
                    throw ApiError { QStringLiteral("ResourceInUseException"),
                        tr("The specified capacity provider is in use and cannot be removed."), 400 };
                }
            }
        }
    }
    QJsonArray providerList;
    for (const QString& name : names)
        providerList.append(name);
    cluster.json["capacityProviders"_L1] = providerList;
    cluster.json["defaultCapacityProviderStrategy"_L1] = strategy;
    m_tasks.repository().putCluster(cluster);
    return { { "cluster"_L1, clusterView(cluster, { QStringLiteral("SETTINGS") }) } };
}

namespace {
    const QStringList accountSettingNames { QStringLiteral("serviceLongArnFormat"), QStringLiteral("taskLongArnFormat"),
        QStringLiteral("containerInstanceLongArnFormat"), QStringLiteral("awsvpcTrunking"),
        QStringLiteral("containerInsights"), QStringLiteral("fargateFIPSMode"),
        QStringLiteral("tagResourceAuthorization"), QStringLiteral("fargateTaskRetirementWaitPeriod"),
        QStringLiteral("guardDutyActivate") };

    QString defaultSettingValue(const QString& name)
    {
        if (name.endsWith("LongArnFormat"_L1))
            return QStringLiteral("enabled");
        if (name == "fargateTaskRetirementWaitPeriod"_L1)
            return QStringLiteral("7");
        return QStringLiteral("disabled");
    }
} // namespace

QJsonObject EcsHandler::putAccountSetting(const QJsonObject& in)
{
    const QString name = Input::requiredString(in, "name"_L1);
    Input::requireOneOf(name, "name"_L1, accountSettingNames);
    const QString value = Input::requiredString(in, "value"_L1);
    QString principal = Input::string(in, "principalArn"_L1);
    if (principal.isEmpty())
        principal = m_context.principalArn();
    const QJsonObject setting { { "name"_L1, name }, { "value"_L1, value }, { "principalArn"_L1, principal },
        { "type"_L1, "user"_L1 } };
    m_context.store->put(Kind::AccountSetting, principal + QLatin1Char('|') + name, setting);
    return { { "setting"_L1, setting } };
}

QJsonObject EcsHandler::putAccountSettingDefault(const QJsonObject& in)
{
    QJsonObject input = in;
    input["principalArn"_L1] = m_context.principalArn();
    return putAccountSetting(input);
}

QJsonObject EcsHandler::deleteAccountSetting(const QJsonObject& in)
{
    const QString name = Input::requiredString(in, "name"_L1);
    Input::requireOneOf(name, "name"_L1, accountSettingNames);
    QString principal = Input::string(in, "principalArn"_L1);
    if (principal.isEmpty())
        principal = m_context.principalArn();
    const QString key = principal + QLatin1Char('|') + name;
    QJsonObject setting { { "name"_L1, name }, { "value"_L1, defaultSettingValue(name) },
        { "principalArn"_L1, principal } };
    if (const QJsonObject* found = m_context.store->find(Kind::AccountSetting, key))
        setting = *found;
    m_context.store->remove(Kind::AccountSetting, key);
    return { { "setting"_L1, setting } };
}

QJsonObject EcsHandler::listAccountSettings(const QJsonObject& in)
{
    const QString name = Input::string(in, "name"_L1);
    if (!name.isEmpty())
        Input::requireOneOf(name, "name"_L1, accountSettingNames);
    const QString value = Input::string(in, "value"_L1);
    QString principal = Input::string(in, "principalArn"_L1);
    if (principal.isEmpty())
        principal = m_context.principalArn();
    const bool effective = Input::boolean(in, "effectiveSettings"_L1).value_or(false);
    const Input::Page page = Input::page(in, 10, 10);
    QJsonArray settings;
    for (const QString& settingName : accountSettingNames) {
        if (!name.isEmpty() && settingName != name)
            continue;
        const QJsonObject* found
            = m_context.store->find(Kind::AccountSetting, principal + QLatin1Char('|') + settingName);
        QJsonObject setting;
        if (found)
            setting = *found;
        else if (effective)
            setting = { { "name"_L1, settingName }, { "value"_L1, defaultSettingValue(settingName) },
                { "principalArn"_L1, principal }, { "type"_L1, "aws_managed"_L1 } };
        else
            continue;
        if (!value.isEmpty() && setting.value("value"_L1).toString() != value)
            continue;
        settings.append(setting);
    }
    qsizetype start = page.after.isEmpty() ? 0 : page.after.toInt();
    QJsonArray slice;
    for (qsizetype i = start; i < settings.size() && slice.size() < page.maxResults; ++i)
        slice.append(settings[i]);
    QJsonObject out { { "settings"_L1, slice } };
    if (start + slice.size() < settings.size())
        out["nextToken"_L1] = Input::encodeToken(QString::number(start + slice.size()));
    return out;
}

namespace {
    /// Which record an ECS ARN names: its kind and store key (or nothing for an unknown shape).
    std::optional<std::pair<Kind, QString>> recordForArn(const QString& arn)
    {
        const qsizetype colon = arn.indexOf(QLatin1Char(':'), arn.indexOf(":ecs:"_L1) + 5);
        const QString resource = arn.mid(arn.indexOf(QLatin1Char(':'), colon + 1) + 1);
        if (!arn.startsWith("arn:aws:ecs:"_L1))
            return std::nullopt;
        if (resource.startsWith("cluster/"_L1))
            return std::pair { Kind::Cluster, arn };
        if (resource.startsWith("service/"_L1))
            return std::pair { Kind::Service, arn };
        if (resource.startsWith("task/"_L1))
            return std::pair { Kind::Task, arn };
        if (resource.startsWith("container-instance/"_L1))
            return std::pair { Kind::ContainerInstance, arn };
        if (resource.startsWith("capacity-provider/"_L1))
            return std::pair { Kind::CapacityProvider, arn };
        if (resource.startsWith("task-definition/"_L1)) {
            const QString familyRevision = resource.mid(16);
            const qsizetype sep = familyRevision.lastIndexOf(QLatin1Char(':'));
            if (sep < 0)
                return std::nullopt;
            return std::pair { Kind::TaskDefinition,
                Repository::taskDefinitionKey(familyRevision.left(sep), familyRevision.mid(sep + 1).toInt()) };
        }
        return std::nullopt;
    }
} // namespace

QJsonObject EcsHandler::tagResource(const QJsonObject& in)
{
    const QString resourceArn = Input::requiredString(in, "resourceArn"_L1);
    const QJsonArray tags = Input::array(in, "tags"_L1);
    validateTags(tags);
    const auto record = recordForArn(resourceArn);
    if (!record || !m_context.store->find(record->first, record->second))
        throw ApiError::invalidParameter(tr("The specified resource could not be found."));
    QJsonArray merged = tagsOf(resourceArn);
    for (const QJsonValue& tag : tags) {
        const QString key = tag.toObject().value("key"_L1).toString();
        for (qsizetype i = 0; i < merged.size(); ++i) {
            if (merged[i].toObject().value("key"_L1).toString() == key) {
                merged.removeAt(i);
                break;
            }
        }
        merged.append(tag);
    }
    validateTags(merged);
    setTags(resourceArn, merged);
    return {};
}

QJsonObject EcsHandler::untagResource(const QJsonObject& in)
{
    const QString resourceArn = Input::requiredString(in, "resourceArn"_L1);
    const QStringList keys = Input::stringList(in, "tagKeys"_L1);
    const auto record = recordForArn(resourceArn);
    if (!record || !m_context.store->find(record->first, record->second))
        throw ApiError::invalidParameter(tr("The specified resource could not be found."));
    QJsonArray kept;
    for (const QJsonValue& tag : tagsOf(resourceArn)) {
        if (!keys.contains(tag.toObject().value("key"_L1).toString()))
            kept.append(tag);
    }
    setTags(resourceArn, kept);
    return {};
}

QJsonObject EcsHandler::listTagsForResource(const QJsonObject& in)
{
    const QString resourceArn = Input::requiredString(in, "resourceArn"_L1);
    const auto record = recordForArn(resourceArn);
    if (!record || !m_context.store->find(record->first, record->second))
        throw ApiError::invalidParameter(tr("The specified resource could not be found."));
    return { { "tags"_L1, tagsOf(resourceArn) } };
}

} // namespace EcsDesk::Local
