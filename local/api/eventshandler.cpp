// SPDX-License-Identifier: MIT
#include "local/api/eventshandler.h"

#include "local/clock.h"
#include "local/simulation/schedule.h"
#include "local/simulation/scheduledtasks.h"
#include "local/store/store.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace EcsDesk::Local {

namespace {
    QString tr(const char* text) { return QCoreApplication::translate("EcsDesk::Local::EventsHandler", text); }

    ApiError validation(const QString& message) { return { QStringLiteral("ValidationException"), message, 400 }; }

    const QString defaultBus = QStringLiteral("default");

    QString name(const QJsonObject& in, QLatin1String field)
    {
        static const QRegularExpression pattern(QStringLiteral("^[\\.\\-_A-Za-z0-9]+$"));
        const QString value = Input::string(in, field);
        if (value.isEmpty())
            throw validation(tr("1 validation error detected: Value null at '%1' failed to satisfy constraint: Member "
                                "must not be null")
                                 .arg(QString(field).left(1).toLower() + QString(field).mid(1)));
        if (value.size() > 64 || !pattern.match(value).hasMatch())
            throw validation(tr("1 validation error detected: Value '%1' at '%2' failed to satisfy constraint: Member "
                                "must satisfy regular expression pattern: [\\.\\-_A-Za-z0-9]+")
                                 .arg(value, QString(field).left(1).toLower() + QString(field).mid(1)));
        return value;
    }

    /// Only the default event bus exists here.
    void checkBus(const QJsonObject& in)
    {
        const QString bus = Input::string(in, "EventBusName"_L1);
        if (!bus.isEmpty() && bus != defaultBus && !bus.endsWith(":event-bus/default"_L1))
            throw ApiError { QStringLiteral("ResourceNotFoundException"), tr("Event bus %1 does not exist.").arg(bus),
                400 };
    }

    Input::Page pageOf(const QJsonObject& in)
    {
        if (const auto limit = Input::integer(in, "Limit"_L1); limit && (*limit < 1 || *limit > 100))
            throw validation(tr("1 validation error detected: Value '%1' at 'limit' failed to satisfy constraint: "
                                "Member must have value between 1 and 100")
                                 .arg(*limit));
        try {
            return Input::page(in, 100, 100, "Limit"_L1, "NextToken"_L1);
        } catch (const ApiError&) {
            throw validation(tr("The nextToken provided is invalid."));
        }
    }
} // namespace

bool EventsHandler::hasOperation(const QString& operation) const
{
    static const QStringList operations { QStringLiteral("PutRule"), QStringLiteral("DescribeRule"),
        QStringLiteral("ListRules"), QStringLiteral("EnableRule"), QStringLiteral("DisableRule"),
        QStringLiteral("DeleteRule"), QStringLiteral("PutTargets"), QStringLiteral("ListTargetsByRule"),
        QStringLiteral("RemoveTargets") };
    return operations.contains(operation);
}

QJsonObject EventsHandler::handle(const QString& operation, const QJsonObject& input)
{
    checkBus(input);
    if (operation == "PutRule"_L1)
        return putRule(input);
    if (operation == "DescribeRule"_L1)
        return describeRule(input);
    if (operation == "ListRules"_L1)
        return listRules(input);
    if (operation == "EnableRule"_L1)
        return setState(input, QStringLiteral("ENABLED"));
    if (operation == "DisableRule"_L1)
        return setState(input, QStringLiteral("DISABLED"));
    if (operation == "DeleteRule"_L1)
        return deleteRule(input);
    if (operation == "PutTargets"_L1)
        return putTargets(input);
    if (operation == "ListTargetsByRule"_L1)
        return listTargetsByRule(input);
    return removeTargets(input);
}

const QJsonObject& EventsHandler::rule(const QJsonObject& in, QLatin1String nameField) const
{
    const QString ruleName = name(in, nameField);
    const QJsonObject* found = m_context.store->find(Kind::EventRule, ruleName);
    if (!found)
        throw ApiError { QStringLiteral("ResourceNotFoundException"),
            tr("Rule %1 does not exist on EventBus %2.").arg(ruleName, defaultBus), 400 };
    return *found;
}

QJsonObject EventsHandler::ruleView(const QJsonObject& rule)
{
    QJsonObject view = rule;
    view.remove("Targets"_L1);
    view.remove("EcsDeskCreated"_L1);
    view.remove(ScheduledTasks::pendingRetriesField());
    return view;
}

QJsonObject EventsHandler::putRule(const QJsonObject& in)
{
    const QString ruleName = name(in, "Name"_L1);
    const QString expression = Input::string(in, "ScheduleExpression"_L1);
    const QString pattern = Input::string(in, "EventPattern"_L1);
    if (expression.isEmpty() && pattern.isEmpty())
        throw validation(tr("Parameter(s) EventPattern or ScheduleExpression must be specified."));
    QString error;
    if (!expression.isEmpty() && !Schedule::parseEventBridge(expression, QString(), false, &error))
        throw validation(tr("Parameter ScheduleExpression is not valid."));
    const QString state = Input::string(in, "State"_L1);
    if (!state.isEmpty() && state != "ENABLED"_L1 && state != "DISABLED"_L1)
        throw validation(tr("1 validation error detected: Value '%1' at 'state' failed to satisfy constraint: Member "
                            "must satisfy enum value set: [ENABLED, DISABLED, "
                            "ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS]")
                             .arg(state));
    const QJsonObject* existing = m_context.store->find(Kind::EventRule, ruleName);
    QJsonObject record;
    record["Name"_L1] = ruleName;
    record["Arn"_L1] = QString(
        "arn:aws:events:"_L1 + m_context.region + QLatin1Char(':') + m_context.accountId + ":rule/"_L1 + ruleName);
    if (!expression.isEmpty())
        record["ScheduleExpression"_L1] = expression;
    if (!pattern.isEmpty())
        record["EventPattern"_L1] = pattern;
    record["State"_L1] = state.isEmpty() ? "ENABLED"_L1 : state;
    if (const QString description = Input::string(in, "Description"_L1); !description.isEmpty())
        record["Description"_L1] = description;
    if (const QString role = Input::string(in, "RoleArn"_L1); !role.isEmpty())
        record["RoleArn"_L1] = role;
    record["EventBusName"_L1] = defaultBus;
    record["CreatedBy"_L1] = m_context.accountId;
    // Where rate() counts from: the rule's (re)definition.
    record["EcsDeskCreated"_L1] = m_context.clock->epochSeconds();
    if (existing) {
        record["Targets"_L1] = existing->value("Targets"_L1);
        if (existing->contains(ScheduledTasks::invocationsField()))
            record[ScheduledTasks::invocationsField()] = existing->value(ScheduledTasks::invocationsField());
        if (existing->contains(ScheduledTasks::pendingRetriesField()))
            record[ScheduledTasks::pendingRetriesField()] = existing->value(ScheduledTasks::pendingRetriesField());
        if (existing->value("ScheduleExpression"_L1) == record.value("ScheduleExpression"_L1))
            record["EcsDeskCreated"_L1] = existing->value("EcsDeskCreated"_L1);
    } else {
        record["Targets"_L1] = QJsonArray();
    }
    m_context.store->put(Kind::EventRule, ruleName, record);
    return { { "RuleArn"_L1, record.value("Arn"_L1) } };
}

QJsonObject EventsHandler::describeRule(const QJsonObject& in) { return ruleView(rule(in, "Name"_L1)); }

QJsonObject EventsHandler::listRules(const QJsonObject& in)
{
    const QString prefix = Input::string(in, "NamePrefix"_L1);
    const Input::Page page = pageOf(in);
    QJsonArray rules;
    QString next, last;
    const Store::Collection& all = m_context.store->collection(Kind::EventRule);
    for (auto it = page.after.isEmpty() ? all.begin() : all.upper_bound(page.after); it != all.end(); ++it) {
        if (!prefix.isEmpty() && !it->first.startsWith(prefix))
            continue;
        if (rules.size() == page.maxResults) {
            next = Input::encodeToken(last);
            break;
        }
        QJsonObject view = ruleView(it->second);
        view.remove("CreatedBy"_L1);
        rules.append(view);
        last = it->first;
    }
    QJsonObject out { { "Rules"_L1, rules } };
    if (!next.isEmpty())
        out["NextToken"_L1] = next;
    return out;
}

QJsonObject EventsHandler::setState(const QJsonObject& in, const QString& state)
{
    QJsonObject record = rule(in, "Name"_L1);
    record["State"_L1] = state;
    m_context.store->put(Kind::EventRule, record.value("Name"_L1).toString(), record);
    return {};
}

QJsonObject EventsHandler::deleteRule(const QJsonObject& in)
{
    const QString ruleName = name(in, "Name"_L1);
    const QJsonObject* found = m_context.store->find(Kind::EventRule, ruleName);
    if (!found)
        return {}; // deleting a rule that is not there succeeds
    if (!found->value("Targets"_L1).toArray().isEmpty())
        throw validation(tr("Rule can't be deleted since it has targets."));
    m_context.store->remove(Kind::EventRule, ruleName);
    return {};
}

QJsonObject EventsHandler::putTargets(const QJsonObject& in)
{
    QJsonObject record = rule(in, "Rule"_L1);
    const QJsonArray targets = Input::array(in, "Targets"_L1);
    if (targets.isEmpty() || targets.size() > 100)
        throw validation(tr("1 validation error detected: Value at 'targets' failed to satisfy constraint: Member "
                            "must have length between 1 and 100"));
    QJsonArray stored = record.value("Targets"_L1).toArray();
    QJsonArray failed;
    for (const QJsonValue& value : targets) {
        const QJsonObject target = value.toObject();
        const QString id = target.value("Id"_L1).toString();
        const QString arn = target.value("Arn"_L1).toString();
        if (id.isEmpty() || arn.isEmpty())
            throw validation(tr("1 validation error detected: Value null at 'targets.%1' failed to satisfy "
                                "constraint: Member must not be null")
                                 .arg(id.isEmpty() ? "id"_L1 : "arn"_L1));
        if (target.contains("EcsParameters"_L1)) {
            const QString problem
                = ScheduledTasks::checkEcsParameters(arn, target.value("EcsParameters"_L1).toObject(), false);
            if (!problem.isEmpty()) {
                failed.append(QJsonObject { { "TargetId"_L1, id }, { "ErrorCode"_L1, "ValidationException"_L1 },
                    { "ErrorMessage"_L1, problem } });
                continue;
            }
            if (target.value("RoleArn"_L1).toString().isEmpty()) {
                failed.append(QJsonObject { { "TargetId"_L1, id }, { "ErrorCode"_L1, "ValidationException"_L1 },
                    { "ErrorMessage"_L1, tr("RoleArn is required for target arn: %1.").arg(arn) } });
                continue;
            }
        }
        bool replaced = false;
        for (qsizetype i = 0; i < stored.size(); ++i) {
            if (stored.at(i).toObject().value("Id"_L1).toString() == id) {
                stored.replace(i, target);
                replaced = true;
            }
        }
        if (!replaced)
            stored.append(target);
    }
    if (stored.size() > 5)
        throw ApiError { QStringLiteral("LimitExceededException"),
            tr("The requested resource exceeds the maximum number allowed."), 400 };
    record["Targets"_L1] = stored;
    m_context.store->put(Kind::EventRule, record.value("Name"_L1).toString(), record);
    return { { "FailedEntryCount"_L1, failed.size() }, { "FailedEntries"_L1, failed } };
}

QJsonObject EventsHandler::listTargetsByRule(const QJsonObject& in)
{
    const QJsonObject& record = rule(in, "Rule"_L1);
    const Input::Page page = pageOf(in);
    const QJsonArray all = record.value("Targets"_L1).toArray();
    QJsonArray targets;
    QString next;
    bool started = page.after.isEmpty();
    for (const QJsonValue& value : all) {
        const QString id = value.toObject().value("Id"_L1).toString();
        if (!started) {
            started = id == page.after;
            continue;
        }
        if (targets.size() == page.maxResults) {
            next = Input::encodeToken(targets.last().toObject().value("Id"_L1).toString());
            break;
        }
        targets.append(value);
    }
    QJsonObject out { { "Targets"_L1, targets } };
    if (!next.isEmpty())
        out["NextToken"_L1] = next;
    return out;
}

QJsonObject EventsHandler::removeTargets(const QJsonObject& in)
{
    QJsonObject record = rule(in, "Rule"_L1);
    const QStringList ids = Input::stringList(in, "Ids"_L1);
    if (ids.isEmpty())
        throw validation(tr("1 validation error detected: Value null at 'ids' failed to satisfy constraint: Member "
                            "must not be null"));
    QJsonArray kept;
    for (const QJsonValue& value : record.value("Targets"_L1).toArray()) {
        if (!ids.contains(value.toObject().value("Id"_L1).toString()))
            kept.append(value);
    }
    record["Targets"_L1] = kept;
    m_context.store->put(Kind::EventRule, record.value("Name"_L1).toString(), record);
    return { { "FailedEntryCount"_L1, 0 }, { "FailedEntries"_L1, QJsonArray() } };
}

} // namespace EcsDesk::Local
