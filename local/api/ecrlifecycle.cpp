// SPDX-License-Identifier: MIT
#include "local/api/ecrlifecycle.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <set>

using namespace Qt::Literals::StringLiterals;

namespace EcsDesk::Local::EcrLifecycle {

namespace {
    QString tr(const char* text) { return QCoreApplication::translate("EcsDesk::Local::EcrLifecycle", text); }

    ApiError failure(const QString& reason)
    {
        return ApiError::invalidParameter(
            tr("Invalid parameter at 'LifecyclePolicyText' failed to satisfy constraint: 'Lifecycle policy "
               "validation failure: %1'")
                .arg(reason));
    }

    bool matchesPattern(const QString& tag, const QString& pattern)
    {
        const QRegularExpression expression(
            QRegularExpression::anchoredPattern(QRegularExpression::escape(pattern).replace("\\*"_L1, ".*"_L1)));
        return expression.match(tag).hasMatch();
    }

    /// Whether the rule's tag criteria select the image (every prefix / pattern matched by one of its tags).
    bool selects(const Rule& rule, const Image& image)
    {
        if (rule.tagStatus == "any"_L1)
            return true;
        if (rule.tagStatus == "untagged"_L1)
            return image.tags.isEmpty();
        if (image.tags.isEmpty())
            return false;
        for (const QString& prefix : rule.tagPrefixes) {
            if (std::none_of(
                    image.tags.cbegin(), image.tags.cend(), [&](const QString& tag) { return tag.startsWith(prefix); }))
                return false;
        }
        for (const QString& pattern : rule.tagPatterns) {
            if (std::none_of(image.tags.cbegin(), image.tags.cend(),
                    [&](const QString& tag) { return matchesPattern(tag, pattern); }))
                return false;
        }
        return true;
    }

    QStringList strings(const QJsonValue& value, const char* field)
    {
        if (value.isUndefined())
            return {};
        if (!value.isArray())
            throw failure(tr("%1 must be a list of strings").arg(QLatin1String(field)));
        QStringList out;
        for (const QJsonValue& item : value.toArray()) {
            if (!item.isString() || item.toString().isEmpty())
                throw failure(tr("%1 must be a list of strings").arg(QLatin1String(field)));
            out.append(item.toString());
        }
        return out;
    }

    Rule parseRule(const QJsonValue& value)
    {
        if (!value.isObject())
            throw failure(tr("instance type does not match any allowed primitive type (allowed: [\"object\"])"));
        const QJsonObject object = value.toObject();
        for (const char* required : { "rulePriority", "selection", "action" }) {
            if (!object.contains(QLatin1String(required)))
                throw failure(tr("object has missing required properties ([\"%1\"])").arg(QLatin1String(required)));
        }
        Rule rule;
        const QJsonValue priority = object.value("rulePriority"_L1);
        if (!priority.isDouble() || priority.toDouble() != double(priority.toInt()) || priority.toInt() < 1)
            throw failure(tr("rulePriority must be an integer of at least 1"));
        rule.priority = priority.toInt();
        const QJsonObject action = object.value("action"_L1).toObject();
        if (action.value("type"_L1).toString() != "expire"_L1)
            throw failure(tr("instance value (%1) not found in enum (possible values: [\"expire\"])")
                              .arg(action.value("type"_L1).toString()));
        const QJsonObject selection = object.value("selection"_L1).toObject();
        rule.tagStatus = selection.value("tagStatus"_L1).toString();
        if (!QStringList { "tagged"_L1, "untagged"_L1, "any"_L1 }.contains(rule.tagStatus))
            throw failure(
                tr("instance value (%1) not found in enum (possible values: [\"any\",\"tagged\",\"untagged\"])")
                    .arg(rule.tagStatus));
        rule.tagPrefixes = strings(selection.value("tagPrefixList"_L1), "tagPrefixList");
        rule.tagPatterns = strings(selection.value("tagPatternList"_L1), "tagPatternList");
        if (rule.tagStatus == "tagged"_L1 && rule.tagPrefixes.isEmpty() && rule.tagPatterns.isEmpty())
            throw failure(tr("tagPrefixList or tagPatternList is required when tagStatus is tagged"));
        if (rule.tagStatus != "tagged"_L1 && (!rule.tagPrefixes.isEmpty() || !rule.tagPatterns.isEmpty()))
            throw failure(tr("tagPrefixList and tagPatternList can only be used with tagStatus tagged"));
        rule.countType = selection.value("countType"_L1).toString();
        if (rule.countType != "imageCountMoreThan"_L1 && rule.countType != "sinceImagePushed"_L1)
            throw failure(tr("instance failed to match exactly one schema (matched 0 out of 2)"));
        const QJsonValue unit = selection.value("countUnit"_L1);
        if (rule.countType == "sinceImagePushed"_L1 && unit.toString() != "days"_L1)
            throw failure(tr("countUnit must be days when countType is sinceImagePushed"));
        if (rule.countType == "imageCountMoreThan"_L1 && !unit.isUndefined())
            throw failure(tr("countUnit cannot be used when countType is imageCountMoreThan"));
        const QJsonValue number = selection.value("countNumber"_L1);
        if (!number.isDouble() || number.toDouble() != double(number.toInteger()))
            throw failure(tr("countNumber must be an integer"));
        rule.countNumber = number.toInteger();
        if (rule.countNumber < 1)
            throw failure(tr("numeric instance is lower than the required minimum (minimum: 1, found: %1)")
                              .arg(rule.countNumber));
        return rule;
    }
} // namespace

std::vector<Rule> parse(const QString& text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        throw failure(tr("Could not map policyString into LifecyclePolicy."));
    const QJsonValue rulesValue = document.object().value("rules"_L1);
    if (!rulesValue.isArray() || rulesValue.toArray().isEmpty())
        throw failure(tr("object has missing required properties ([\"rules\"])"));
    std::vector<Rule> rules;
    std::set<int> priorities;
    for (const QJsonValue& value : rulesValue.toArray()) {
        rules.push_back(parseRule(value));
        if (!priorities.insert(rules.back().priority).second)
            throw failure(tr("Rule priorities must be unique, %1 is used twice").arg(rules.back().priority));
    }
    std::sort(rules.begin(), rules.end(), [](const Rule& a, const Rule& b) { return a.priority < b.priority; });
    for (std::size_t i = 0; i + 1 < rules.size(); ++i) {
        if (rules[i].tagStatus == "any"_L1)
            throw failure(tr("The rule with tagStatus any must have the highest rulePriority"));
    }
    return rules;
}

std::vector<Expiry> evaluate(const std::vector<Rule>& rules, const QList<Image>& images, double now)
{
    std::vector<const Image*> newestFirst;
    for (const Image& image : images)
        newestFirst.push_back(&image);
    std::stable_sort(newestFirst.begin(), newestFirst.end(),
        [](const Image* a, const Image* b) { return a->pushedAt > b->pushedAt; });
    std::vector<Rule> ordered = rules;
    std::sort(ordered.begin(), ordered.end(), [](const Rule& a, const Rule& b) { return a.priority < b.priority; });

    std::set<QString> claimed;
    std::vector<Expiry> expired;
    for (const Rule& rule : ordered) {
        qint64 kept = 0;
        for (const Image* image : newestFirst) {
            if (claimed.count(image->digest) || !selects(rule, *image))
                continue;
            claimed.insert(image->digest);
            bool expire = false;
            if (rule.countType == "imageCountMoreThan"_L1)
                expire = ++kept > rule.countNumber;
            else
                expire = now - image->pushedAt > double(rule.countNumber) * 86400.0;
            if (expire)
                expired.push_back({ image->digest, rule.priority });
        }
    }
    return expired;
}

} // namespace EcsDesk::Local::EcrLifecycle
