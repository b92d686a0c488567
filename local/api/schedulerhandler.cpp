// SPDX-License-Identifier: MIT
#include "local/api/schedulerhandler.h"

#include "local/clock.h"
#include "local/simulation/schedule.h"
#include "local/simulation/scheduledtasks.h"
#include "local/store/store.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace EcsDesk::Local {

namespace {
    QString tr(const char* text) { return QCoreApplication::translate("EcsDesk::Local::SchedulerHandler", text); }

    ApiError validation(const QString& message) { return { QStringLiteral("ValidationException"), message, 400 }; }
    ApiError notFound(const QString& message) { return { QStringLiteral("ResourceNotFoundException"), message, 404 }; }
    ApiError conflict(const QString& message) { return { QStringLiteral("ConflictException"), message, 409 }; }

    /// AWS's wording for one member that breaks its model constraint.
    ApiError constraint(const QString& value, const QString& member, const QString& rule)
    {
        return validation(tr("1 validation error detected: Value '%1' at '%2' failed to satisfy constraint: %3")
                              .arg(value, member, rule));
    }

    void checkName(const QString& value, const QString& member)
    {
        static const QRegularExpression pattern(QStringLiteral("^[0-9a-zA-Z\\-_.]+$"));
        if (value.isEmpty() || value.size() > 64)
            throw constraint(value, member, tr("Member must have length between 1 and 64"));
        if (!pattern.match(value).hasMatch())
            throw constraint(value, member, tr("Member must satisfy regular expression pattern: [0-9a-zA-Z-_.]+"));
    }

    void checkEnum(const QString& value, const QString& member, const QStringList& allowed)
    {
        if (!allowed.contains(value))
            throw constraint(
                value, member, tr("Member must satisfy enum value set: [%1]").arg(allowed.join(QStringLiteral(", "))));
    }

    QString required(const QJsonObject& in, QLatin1String key, const QString& member)
    {
        const QString value = Input::string(in, key);
        if (value.isEmpty())
            throw validation(tr("1 validation error detected: Value null at '%1' failed to satisfy constraint: "
                                "Member must not be null")
                                 .arg(member));
        return value;
    }

    /// A timestamp member: epoch seconds (what the SDKs send for restJson1) or ISO 8601 text.
    std::optional<double> timestamp(const QJsonObject& in, QLatin1String key)
    {
        const QJsonValue value = in.value(key);
        if (value.isUndefined() || value.isNull())
            return std::nullopt;
        if (value.isDouble())
            return value.toDouble();
        const QDateTime parsed = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
        if (!value.isString() || !parsed.isValid())
            throw ApiError { QStringLiteral("SerializationException"),
                tr("Cannot deserialize field '%1': expected a timestamp.").arg(key), 400 };
        return double(parsed.toMSecsSinceEpoch()) / 1000.0;
    }

    QString percentDecoded(const QByteArray& text) { return QUrl::fromPercentEncoding(text); }

    /// MaxResults and NextToken with the service's ValidationException.
    Input::Page pageOf(const QJsonObject& in)
    {
        if (const auto max = Input::integer(in, "MaxResults"_L1); max && (*max < 1 || *max > 100))
            throw constraint(QString::number(*max), "maxResults"_L1, tr("Member must have value between 1 and 100"));
        try {
            return Input::page(in, 100, 100, "MaxResults"_L1, "NextToken"_L1);
        } catch (const ApiError&) {
            throw validation(tr("Invalid NextToken."));
        }
    }

    QJsonObject summary(const QJsonObject& schedule)
    {
        QJsonObject out;
        for (const auto key :
            { "Arn"_L1, "Name"_L1, "GroupName"_L1, "State"_L1, "CreationDate"_L1, "LastModificationDate"_L1 })
            out[key] = schedule.value(key);
        out["Target"_L1] = QJsonObject { { "Arn"_L1, schedule.value("Target"_L1).toObject().value("Arn"_L1) } };
        return out;
    }
} // namespace

std::optional<RestCall> SchedulerHandler::route(const QByteArray& method, const QByteArray& target)
{
    const qsizetype question = target.indexOf('?');
    const QByteArray path = question < 0 ? target : target.left(question);
    const QUrlQuery query(QString::fromUtf8(question < 0 ? QByteArray() : target.mid(question + 1)));
    QList<QByteArray> segments = path.split('/');
    if (segments.size() < 2 || !segments.first().isEmpty())
        return std::nullopt;
    segments.removeFirst();
    if (!segments.isEmpty() && segments.last().isEmpty() && segments.size() > 1)
        segments.removeLast();

    // (method, collection, with a {Name} label) -> operation; query parameter -> input member.
    struct Route {
        const char* method;
        const char* collection;
        bool named;
        const char* operation;
    };
    static const Route routes[] = {
        { "POST", "schedules", true, "CreateSchedule" },
        { "GET", "schedules", true, "GetSchedule" },
        { "PUT", "schedules", true, "UpdateSchedule" },
        { "DELETE", "schedules", true, "DeleteSchedule" },
        { "GET", "schedules", false, "ListSchedules" },
        { "POST", "schedule-groups", true, "CreateScheduleGroup" },
        { "GET", "schedule-groups", true, "GetScheduleGroup" },
        { "DELETE", "schedule-groups", true, "DeleteScheduleGroup" },
        { "GET", "schedule-groups", false, "ListScheduleGroups" },
    };
    static const std::pair<const char*, const char*> queryMembers[] = {
        { "groupName", "GroupName" },
        { "clientToken", "ClientToken" },
        { "ScheduleGroup", "GroupName" },
        { "NamePrefix", "NamePrefix" },
        { "NextToken", "NextToken" },
        { "State", "State" },
        { "MaxResults", "MaxResults" },
    };
    const bool named = segments.size() == 2;
    if (segments.size() > 2 || segments.isEmpty())
        return std::nullopt;
    for (const Route& route : routes) {
        if (method != route.method || segments.first() != route.collection || named != route.named)
            continue;
        RestCall call;
        call.operation = QLatin1String(route.operation);
        if (named)
            call.input["Name"_L1] = percentDecoded(segments[1]);
        for (const auto& [parameter, member] : queryMembers) {
            if (!query.hasQueryItem(QLatin1String(parameter)))
                continue;
            const QString value = query.queryItemValue(QLatin1String(parameter), QUrl::FullyDecoded);
            bool isNumber = false;
            const int number = value.toInt(&isNumber);
            if (qstrcmp(member, "MaxResults") == 0 && isNumber)
                call.input[QLatin1String(member)] = number;
            else
                call.input[QLatin1String(member)] = value;
        }
        return call;
    }
    return std::nullopt;
}

bool SchedulerHandler::hasOperation(const QString& operation) const
{
    static const QStringList operations { QStringLiteral("CreateSchedule"), QStringLiteral("GetSchedule"),
        QStringLiteral("UpdateSchedule"), QStringLiteral("DeleteSchedule"), QStringLiteral("ListSchedules"),
        QStringLiteral("CreateScheduleGroup"), QStringLiteral("GetScheduleGroup"),
        QStringLiteral("DeleteScheduleGroup"), QStringLiteral("ListScheduleGroups") };
    return operations.contains(operation);
}

QJsonObject SchedulerHandler::handle(const QString& operation, const QJsonObject& input)
{
    if (operation == "CreateSchedule"_L1)
        return createSchedule(input);
    if (operation == "UpdateSchedule"_L1)
        return updateSchedule(input);
    if (operation == "GetSchedule"_L1)
        return getSchedule(input);
    if (operation == "DeleteSchedule"_L1)
        return deleteSchedule(input);
    if (operation == "ListSchedules"_L1)
        return listSchedules(input);
    if (operation == "CreateScheduleGroup"_L1)
        return createScheduleGroup(input);
    if (operation == "GetScheduleGroup"_L1)
        return getScheduleGroup(input);
    if (operation == "DeleteScheduleGroup"_L1)
        return deleteScheduleGroup(input);
    return listScheduleGroups(input);
}

QString SchedulerHandler::arn(const QString& resource) const
{
    return "arn:aws:scheduler:"_L1 + m_context.region + QLatin1Char(':') + m_context.accountId + QLatin1Char(':')
        + resource;
}

QJsonObject SchedulerHandler::groupRecord(const QString& name) const
{
    if (const QJsonObject* stored = m_context.store->find(Kind::ScheduleGroup, name))
        return *stored;
    if (name != defaultGroup())
        throw notFound(tr("Schedule group %1 does not exist.").arg(name));
    // The default group is always there; it is stored with the first schedule written into it.
    const double now = m_context.clock->epochSeconds();
    return { { "Arn"_L1, arn("schedule-group/default"_L1) }, { "Name"_L1, defaultGroup() }, { "State"_L1, "ACTIVE"_L1 },
        { "CreationDate"_L1, now }, { "LastModificationDate"_L1, now } };
}

void SchedulerHandler::requireGroup(const QString& name) const
{
    const QJsonObject group = groupRecord(name);
    if (!m_context.store->find(Kind::ScheduleGroup, name))
        m_context.store->put(Kind::ScheduleGroup, name, group);
}

QJsonObject SchedulerHandler::scheduleFrom(const QJsonObject& in, const QJsonObject* existing) const
{
    const QString name = Input::string(in, "Name"_L1);
    checkName(name, "name"_L1);
    QString group = Input::string(in, "GroupName"_L1);
    if (group.isEmpty())
        group = defaultGroup();
    checkName(group, "groupName"_L1);

    const QString expression = required(in, "ScheduleExpression"_L1, "scheduleExpression"_L1);
    const QString zone = Input::string(in, "ScheduleExpressionTimezone"_L1);
    if (!zone.isEmpty() && !QTimeZone(zone.toUtf8()).isValid())
        throw validation(tr("Invalid time zone %1.").arg(zone));
    QString error;
    if (!Schedule::parseEventBridge(expression, zone, true, &error))
        throw validation(error);

    const QJsonValue window = in.value("FlexibleTimeWindow"_L1);
    if (!window.isObject())
        throw validation(tr("1 validation error detected: Value null at 'flexibleTimeWindow' failed to satisfy "
                            "constraint: Member must not be null"));
    const QJsonObject flexible = window.toObject();
    const QString mode = required(flexible, "Mode"_L1, "flexibleTimeWindow.mode"_L1);
    checkEnum(mode, "flexibleTimeWindow.mode"_L1, { QStringLiteral("OFF"), QStringLiteral("FLEXIBLE") });
    const auto minutes = Input::integer(flexible, "MaximumWindowInMinutes"_L1);
    if (minutes && (*minutes < 1 || *minutes > 1440))
        throw constraint(QString::number(*minutes), "flexibleTimeWindow.maximumWindowInMinutes"_L1,
            tr("Member must have value between 1 and 1440"));
    if (mode == "FLEXIBLE"_L1 && !minutes)
        throw validation(tr("MaximumWindowInMinutes must be provided when Mode is FLEXIBLE."));
    if (mode == "OFF"_L1 && minutes)
        throw validation(tr("MaximumWindowInMinutes must not be provided when Mode is OFF."));

    const QString state = Input::string(in, "State"_L1).isEmpty() ? "ENABLED"_L1 : Input::string(in, "State"_L1);
    checkEnum(state, "state"_L1, { QStringLiteral("ENABLED"), QStringLiteral("DISABLED") });
    const QString after = Input::string(in, "ActionAfterCompletion"_L1).isEmpty()
        ? "NONE"_L1
        : Input::string(in, "ActionAfterCompletion"_L1);
    checkEnum(after, "actionAfterCompletion"_L1, { QStringLiteral("NONE"), QStringLiteral("DELETE") });
    const QString description = Input::string(in, "Description"_L1);
    if (description.size() > 512)
        throw constraint(description, "description"_L1, tr("Member must have length less than or equal to 512"));

    const auto start = timestamp(in, "StartDate"_L1);
    const auto end = timestamp(in, "EndDate"_L1);
    if (start && end && *end <= *start)
        throw validation(tr("The EndDate must be after the StartDate."));
    const double now = m_context.clock->epochSeconds();
    if (end && *end <= now)
        throw validation(tr("The EndDate must be in the future."));

    const QJsonValue targetValue = in.value("Target"_L1);
    if (!targetValue.isObject())
        throw validation(tr("1 validation error detected: Value null at 'target' failed to satisfy constraint: "
                            "Member must not be null"));
    const QJsonObject target = targetValue.toObject();
    const QString targetArn = required(target, "Arn"_L1, "target.arn"_L1);
    const QString role = required(target, "RoleArn"_L1, "target.roleArn"_L1);
    static const QRegularExpression rolePattern(
        QStringLiteral("^arn:aws(-[a-z]+)?:iam::\\d{12}:role\\/[\\w+=,.@\\/-]+$"));
    if (!rolePattern.match(role).hasMatch())
        throw constraint(role, "target.roleArn"_L1,
            tr("Member must satisfy regular expression pattern: "
               "^arn:aws(-[a-z]+)?:iam::\\d{12}:role\\/[\\w+=,.@\\/-]+$"));
    if (const QJsonObject ecs = Input::object(target, "EcsParameters"_L1);
        !ecs.isEmpty() || target.contains("EcsParameters"_L1)) {
        if (const QString problem = ScheduledTasks::checkEcsParameters(targetArn, ecs, true); !problem.isEmpty())
            throw validation(problem);
    }
    if (const QJsonObject retry = Input::object(target, "RetryPolicy"_L1); !retry.isEmpty()) {
        const auto age = Input::integer(retry, "MaximumEventAgeInSeconds"_L1);
        if (age && (*age < 60 || *age > 86400))
            throw constraint(QString::number(*age), "target.retryPolicy.maximumEventAgeInSeconds"_L1,
                tr("Member must have value between 60 and 86400"));
        const auto attempts = Input::integer(retry, "MaximumRetryAttempts"_L1);
        if (attempts && (*attempts < 0 || *attempts > 185))
            throw constraint(QString::number(*attempts), "target.retryPolicy.maximumRetryAttempts"_L1,
                tr("Member must have value between 0 and 185"));
    }

    QJsonObject schedule;
    schedule["Arn"_L1] = arn("schedule/"_L1 + group + QLatin1Char('/') + name);
    schedule["Name"_L1] = name;
    schedule["GroupName"_L1] = group;
    schedule["ScheduleExpression"_L1] = expression;
    if (!zone.isEmpty())
        schedule["ScheduleExpressionTimezone"_L1] = zone;
    if (start)
        schedule["StartDate"_L1] = *start;
    if (end)
        schedule["EndDate"_L1] = *end;
    if (!description.isEmpty())
        schedule["Description"_L1] = description;
    schedule["State"_L1] = state;
    schedule["ActionAfterCompletion"_L1] = after;
    QJsonObject storedWindow { { "Mode"_L1, mode } };
    if (minutes)
        storedWindow["MaximumWindowInMinutes"_L1] = *minutes;
    schedule["FlexibleTimeWindow"_L1] = storedWindow;
    QJsonObject storedTarget = target;
    if (!storedTarget.contains("RetryPolicy"_L1)) // the service's defaults
        storedTarget["RetryPolicy"_L1]
            = QJsonObject { { "MaximumEventAgeInSeconds"_L1, 86400 }, { "MaximumRetryAttempts"_L1, 185 } };
    schedule["Target"_L1] = storedTarget;
    if (const QString key = Input::string(in, "KmsKeyArn"_L1); !key.isEmpty())
        schedule["KmsKeyArn"_L1] = key;
    schedule["CreationDate"_L1] = existing ? existing->value("CreationDate"_L1) : QJsonValue(now);
    schedule["LastModificationDate"_L1] = now;
    if (existing && existing->contains(ScheduledTasks::invocationsField()))
        schedule[ScheduledTasks::invocationsField()] = existing->value(ScheduledTasks::invocationsField());
    return schedule;
}

QJsonObject SchedulerHandler::createSchedule(const QJsonObject& in)
{
    const QJsonObject schedule = scheduleFrom(in, nullptr);
    const QString group = schedule.value("GroupName"_L1).toString();
    const QString name = schedule.value("Name"_L1).toString();
    requireGroup(group);
    const QString key = scheduleKey(group, name);
    if (m_context.store->find(Kind::Schedule, key))
        throw conflict(tr("Schedule %1 already exists.").arg(name));
    m_context.store->put(Kind::Schedule, key, schedule);
    return { { "ScheduleArn"_L1, schedule.value("Arn"_L1) } };
}

QJsonObject SchedulerHandler::updateSchedule(const QJsonObject& in)
{
    const QString name = Input::string(in, "Name"_L1);
    checkName(name, "name"_L1);
    const QString group
        = Input::string(in, "GroupName"_L1).isEmpty() ? defaultGroup() : Input::string(in, "GroupName"_L1);
    groupRecord(group);
    const QString key = scheduleKey(group, name);
    const QJsonObject* existing = m_context.store->find(Kind::Schedule, key);
    if (!existing)
        throw notFound(tr("Schedule %1 does not exist.").arg(name));
    const QJsonObject schedule = scheduleFrom(in, existing);
    m_context.store->put(Kind::Schedule, key, schedule);
    return { { "ScheduleArn"_L1, schedule.value("Arn"_L1) } };
}

QJsonObject SchedulerHandler::getSchedule(const QJsonObject& in)
{
    const QString name = Input::string(in, "Name"_L1);
    checkName(name, "name"_L1);
    const QString group
        = Input::string(in, "GroupName"_L1).isEmpty() ? defaultGroup() : Input::string(in, "GroupName"_L1);
    groupRecord(group);
    const QJsonObject* schedule = m_context.store->find(Kind::Schedule, scheduleKey(group, name));
    if (!schedule)
        throw notFound(tr("Schedule %1 does not exist.").arg(name));
    QJsonObject view = *schedule;
    view.remove(ScheduledTasks::pendingRetriesField());
    return view;
}

QJsonObject SchedulerHandler::deleteSchedule(const QJsonObject& in)
{
    const QString name = Input::string(in, "Name"_L1);
    checkName(name, "name"_L1);
    const QString group
        = Input::string(in, "GroupName"_L1).isEmpty() ? defaultGroup() : Input::string(in, "GroupName"_L1);
    groupRecord(group);
    const QString key = scheduleKey(group, name);
    if (!m_context.store->find(Kind::Schedule, key))
        throw notFound(tr("Schedule %1 does not exist.").arg(name));
    m_context.store->remove(Kind::Schedule, key);
    return {};
}

QJsonObject SchedulerHandler::listSchedules(const QJsonObject& in)
{
    const QString group = Input::string(in, "GroupName"_L1);
    if (!group.isEmpty()) {
        checkName(group, "groupName"_L1);
        groupRecord(group);
    }
    const QString prefix = Input::string(in, "NamePrefix"_L1);
    const QString state = Input::string(in, "State"_L1);
    if (!state.isEmpty())
        checkEnum(state, "state"_L1, { QStringLiteral("ENABLED"), QStringLiteral("DISABLED") });
    const Input::Page page = pageOf(in);
    QJsonArray schedules;
    QString next, last;
    const Store::Collection& all = m_context.store->collection(Kind::Schedule);
    for (auto it = page.after.isEmpty() ? all.begin() : all.upper_bound(page.after); it != all.end(); ++it) {
        const QJsonObject& schedule = it->second;
        if (!group.isEmpty() && schedule.value("GroupName"_L1).toString() != group)
            continue;
        if (!prefix.isEmpty() && !schedule.value("Name"_L1).toString().startsWith(prefix))
            continue;
        if (!state.isEmpty() && schedule.value("State"_L1).toString() != state)
            continue;
        if (schedules.size() == page.maxResults) {
            next = Input::encodeToken(last);
            break;
        }
        schedules.append(summary(schedule));
        last = it->first;
    }
    QJsonObject out { { "Schedules"_L1, schedules } };
    if (!next.isEmpty())
        out["NextToken"_L1] = next;
    return out;
}

QJsonObject SchedulerHandler::createScheduleGroup(const QJsonObject& in)
{
    const QString name = Input::string(in, "Name"_L1);
    checkName(name, "name"_L1);
    if (name == defaultGroup() || m_context.store->find(Kind::ScheduleGroup, name))
        throw conflict(tr("Schedule group %1 already exists.").arg(name));
    const double now = m_context.clock->epochSeconds();
    QJsonObject group { { "Arn"_L1, arn("schedule-group/"_L1 + name) }, { "Name"_L1, name },
        { "State"_L1, "ACTIVE"_L1 }, { "CreationDate"_L1, now }, { "LastModificationDate"_L1, now } };
    m_context.store->put(Kind::ScheduleGroup, name, group);
    return { { "ScheduleGroupArn"_L1, group.value("Arn"_L1) } };
}

QJsonObject SchedulerHandler::getScheduleGroup(const QJsonObject& in)
{
    const QString name = Input::string(in, "Name"_L1);
    checkName(name, "name"_L1);
    return groupRecord(name);
}

QJsonObject SchedulerHandler::deleteScheduleGroup(const QJsonObject& in)
{
    const QString name = Input::string(in, "Name"_L1);
    checkName(name, "name"_L1);
    if (name == defaultGroup())
        throw validation(tr("You cannot delete the default group."));
    groupRecord(name);
    // Deleting a group deletes its schedules (AWS does it while the group is DELETING).
    QStringList keys;
    for (const auto& [key, schedule] : m_context.store->collection(Kind::Schedule)) {
        if (schedule.value("GroupName"_L1).toString() == name)
            keys.append(key);
    }
    for (const QString& key : std::as_const(keys))
        m_context.store->remove(Kind::Schedule, key);
    m_context.store->remove(Kind::ScheduleGroup, name);
    return {};
}

QJsonObject SchedulerHandler::listScheduleGroups(const QJsonObject& in)
{
    const QString prefix = Input::string(in, "NamePrefix"_L1);
    const Input::Page page = pageOf(in);
    std::map<QString, QJsonObject> groups(m_context.store->collection(Kind::ScheduleGroup).begin(),
        m_context.store->collection(Kind::ScheduleGroup).end());
    if (!groups.count(defaultGroup()))
        groups.emplace(defaultGroup(), groupRecord(defaultGroup()));
    QJsonArray out;
    QString next, last;
    for (auto it = page.after.isEmpty() ? groups.begin() : groups.upper_bound(page.after); it != groups.end(); ++it) {
        if (!prefix.isEmpty() && !it->first.startsWith(prefix))
            continue;
        if (out.size() == page.maxResults) {
            next = Input::encodeToken(last);
            break;
        }
        out.append(it->second);
        last = it->first;
    }
    QJsonObject answer { { "ScheduleGroups"_L1, out } };
    if (!next.isEmpty())
        answer["NextToken"_L1] = next;
    return answer;
}

} // namespace EcsDesk::Local
