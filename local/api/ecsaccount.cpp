// SPDX-License-Identifier: MIT
// ECS capacity providers, account settings and tags.
#include "local/api/ecshandler.h"

#include "local/api/ecsdetail.h"
#include "local/clock.h"
#include "local/store/store.h"

#include <QCoreApplication>
#include <QJsonDocument>
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

QJsonObject EcsHandler::describeCapacityProviders(const QJsonObject& in)
{
    QStringList wanted = Input::stringList(in, "capacityProviders"_L1);
    const QStringList builtIn { QStringLiteral("FARGATE"), QStringLiteral("FARGATE_SPOT") };
    if (wanted.isEmpty())
        wanted = builtIn;
    QJsonArray providers, failures;
    for (const QString& name : wanted) {
        const QString providerName = lastSegment(name);
        if (builtIn.contains(providerName)) {
            providers.append(QJsonObject { { "capacityProviderArn"_L1, arn("capacity-provider/"_L1 + providerName) },
                { "name"_L1, providerName }, { "status"_L1, "ACTIVE"_L1 }, { "tags"_L1, QJsonArray() } });
        } else {
            failures.append(
                QJsonObject { { "arn"_L1, name.startsWith("arn:"_L1) ? name : arn("capacity-provider/"_L1 + name) },
                    { "reason"_L1, "MISSING"_L1 } });
        }
    }
    return { { "capacityProviders"_L1, providers }, { "failures"_L1, failures } };
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
