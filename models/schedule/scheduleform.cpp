// SPDX-License-Identifier: MIT
#include "models/schedule/scheduleform.h"

#include "api/scheduler/scheduleexpression.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

namespace EcsDesk::Models {

using namespace Qt::Literals::StringLiterals;

namespace {
    QString twoDigits(int value) { return QStringLiteral("%1").arg(value, 2, 10, QLatin1Char('0')); }

    QString clockText(int hour, int minute) { return twoDigits(hour) + QLatin1Char(':') + twoDigits(minute); }

    QStringList cronFields(const QString& expression)
    {
        const QString trimmed = expression.trimmed();
        if (!trimmed.startsWith("cron("_L1) || !trimmed.endsWith(QLatin1Char(')')))
            return {};
        return trimmed.mid(5, trimmed.size() - 6).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    }

    bool isWildcard(const QString& field) { return field == "*"_L1 || field == "?"_L1; }

    /// Words for an expression (without its zone).
    QString expressionWords(const QString& expression)
    {
        const QString trimmed = expression.trimmed();
        if (trimmed.startsWith("rate("_L1) && trimmed.endsWith(QLatin1Char(')'))) {
            const QStringList parts = trimmed.mid(5, trimmed.size() - 6).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (parts.size() == 2) {
                const int n = parts[0].toInt();
                if (parts[1].startsWith("minute"_L1))
                    return n == 1 ? ScheduleForm::tr("Every minute") : ScheduleForm::tr("Every %1 minutes").arg(n);
                if (parts[1].startsWith("hour"_L1))
                    return n == 1 ? ScheduleForm::tr("Every hour") : ScheduleForm::tr("Every %1 hours").arg(n);
                if (parts[1].startsWith("day"_L1))
                    return n == 1 ? ScheduleForm::tr("Every day") : ScheduleForm::tr("Every %1 days").arg(n);
            }
            return trimmed;
        }
        if (trimmed.startsWith("at("_L1) && trimmed.endsWith(QLatin1Char(')'))) {
            const QDateTime at = QDateTime::fromString(trimmed.mid(3, trimmed.size() - 4), Qt::ISODate);
            return ScheduleForm::tr("Once at %1").arg(QLocale().toString(at, QLocale::ShortFormat));
        }
        const QStringList fields = cronFields(trimmed);
        if (fields.size() != 6)
            return trimmed;
        bool minuteOk = false;
        bool hourOk = false;
        const int minute = fields[0].toInt(&minuteOk);
        const int hour = fields[1].toInt(&hourOk);
        const bool anyDate = isWildcard(fields[2]) && fields[3] == "*"_L1 && isWildcard(fields[5]);
        if (minuteOk && hourOk && anyDate && isWildcard(fields[4]))
            return ScheduleForm::tr("Every day at %1").arg(clockText(hour, minute));
        if (minuteOk && hourOk && fields[2] == "?"_L1 && fields[3] == "*"_L1 && isWildcard(fields[5])) {
            if (fields[4].compare("MON-FRI"_L1, Qt::CaseInsensitive) == 0 || fields[4] == "2-6"_L1)
                return ScheduleForm::tr("Monday to Friday at %1").arg(clockText(hour, minute));
            return ScheduleForm::tr("At %1 on %2").arg(clockText(hour, minute), fields[4]);
        }
        if (minuteOk && fields[1] == "*"_L1 && anyDate && isWildcard(fields[4]))
            return minute == 0 ? ScheduleForm::tr("Every hour, on the hour")
                               : ScheduleForm::tr("Every hour at minute %1").arg(minute);
        if (minuteOk && hourOk && isWildcard(fields[2]) == false && fields[3] == "*"_L1 && isWildcard(fields[4]))
            return ScheduleForm::tr("At %1 on day %2 of the month").arg(clockText(hour, minute), fields[2]);
        return ScheduleForm::tr("At the cron times %1").arg(fields.join(QLatin1Char(' ')));
    }

    /// `text` with the zone its times are in: a schedule's zone, UTC for a rule, none for rate().
    QString withZone(const QString& text, const QString& expression, const QString& timeZone, ScheduleForm::Kind kind)
    {
        if (expression.trimmed().startsWith("rate("_L1))
            return text;
        if (kind == ScheduleForm::Kind::Schedule && !timeZone.isEmpty())
            return text + " ("_L1 + timeZone + QLatin1Char(')');
        if (kind == ScheduleForm::Kind::Rule)
            return text + ScheduleForm::tr(" (UTC)");
        return text;
    }

    QJsonObject awsvpc(const QJsonObject& network)
    {
        const QJsonObject lower = network.value("awsvpcConfiguration"_L1).toObject();
        return lower.isEmpty() ? network.value("AwsvpcConfiguration"_L1).toObject() : lower;
    }

    QStringList strings(const QJsonArray& array)
    {
        QStringList out;
        for (const QJsonValue& value : array)
            out.append(value.toString());
        return out;
    }
} // namespace

ScheduleForm ScheduleForm::fromScheduledTask(const Api::ScheduledTask& task, const Api::EcsTarget& target)
{
    ScheduleForm form;
    form.kind = task.source == Api::ScheduledTask::Source::Schedule ? Kind::Schedule : Kind::Rule;
    form.name = task.name;
    if (!task.group.isEmpty())
        form.group = task.group;
    form.description = task.description;
    form.enabled = task.enabled;
    form.timeZone = task.timeZone;
    form.startDate = task.startDate;
    form.endDate = task.endDate;
    form.flexibleWindowMinutes = task.flexibleWindowMinutes;
    form.deleteAfterCompletion = task.actionAfterCompletion == "DELETE"_L1;

    const QString expression = task.expression.trimmed();
    const QStringList fields = cronFields(expression);
    bool minuteOk = false;
    bool hourOk = false;
    const int minute = fields.size() == 6 ? fields[0].toInt(&minuteOk) : 0;
    const int hour = fields.size() == 6 ? fields[1].toInt(&hourOk) : 0;
    form.preset = Preset::Custom;
    form.customExpression = expression;
    if (expression == "rate(5 minutes)"_L1) {
        form.preset = Preset::Every5Minutes;
    } else if (fields == QStringList { "0"_L1, "*"_L1, "*"_L1, "*"_L1, "?"_L1, "*"_L1 }) {
        form.preset = Preset::Hourly;
    } else if (minuteOk && hourOk && hour < 24 && minute < 60 && fields[2] == "*"_L1 && fields[3] == "*"_L1
        && fields[4] == "?"_L1 && fields[5] == "*"_L1) {
        form.preset = Preset::DailyAt;
        form.time = QTime(hour, minute);
    } else if (minuteOk && hourOk && hour < 24 && minute < 60 && fields[2] == "?"_L1 && fields[3] == "*"_L1
        && fields[4] == "MON-FRI"_L1 && fields[5] == "*"_L1) {
        form.preset = Preset::WeekdaysAt;
        form.time = QTime(hour, minute);
    } else if (expression.startsWith("at("_L1) && expression.endsWith(QLatin1Char(')'))) {
        const QDateTime at = QDateTime::fromString(expression.mid(3, expression.size() - 4), Qt::ISODate);
        if (at.isValid()) {
            form.preset = Preset::OnceAt;
            form.onceAt = at;
        }
    }
    if (form.preset != Preset::Custom)
        form.customExpression.clear();

    form.clusterArn = target.clusterArn;
    form.taskDefinition = target.taskDefinition;
    form.taskCount = target.taskCount;
    form.launch = target.launchType == "EC2"_L1 ? Launch::Ec2
        : target.launchType == "FARGATE"_L1     ? Launch::Fargate
        : target.launchType == "EXTERNAL"_L1    ? Launch::External
                                                : Launch::Default;
    for (const QJsonValue& value : target.capacityProviderStrategy) {
        const QJsonObject item = value.toObject();
        form.providers.append({ item.value("capacityProvider"_L1).toString(), item.value("weight"_L1).toInt(),
            item.value("base"_L1).toInt() });
    }
    if (!form.providers.isEmpty())
        form.launch = Launch::CapacityProviders;
    const QJsonObject vpc = awsvpc(target.networkConfiguration);
    form.subnets = strings(vpc.value("Subnets"_L1).toArray());
    form.securityGroups = strings(vpc.value("SecurityGroups"_L1).toArray());
    form.assignPublicIp = vpc.value("AssignPublicIp"_L1).toString() == "ENABLED"_L1;
    form.platformVersion = target.platformVersion;
    form.taskGroup = target.group;
    form.input = target.input;
    form.roleArn = target.roleArn;
    const QJsonObject retry = target.raw.value("RetryPolicy"_L1).toObject();
    form.maximumRetryAttempts = retry.value("MaximumRetryAttempts"_L1).toInt(185);
    form.maximumEventAgeSeconds = retry.value("MaximumEventAgeInSeconds"_L1).toInt(86400);
    form.ruleTargetId = target.id;
    form.originalTarget = target.raw;
    return form;
}

QString ScheduleForm::expression() const
{
    switch (preset) {
    case Preset::Every5Minutes:
        return QStringLiteral("rate(5 minutes)");
    case Preset::Hourly:
        return QStringLiteral("cron(0 * * * ? *)");
    case Preset::DailyAt:
        return QStringLiteral("cron(%1 %2 * * ? *)").arg(time.minute()).arg(time.hour());
    case Preset::WeekdaysAt:
        return QStringLiteral("cron(%1 %2 ? * MON-FRI *)").arg(time.minute()).arg(time.hour());
    case Preset::OnceAt:
        return QStringLiteral("at(%1)").arg(
            onceAt.isValid() ? onceAt.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) : QString());
    case Preset::Custom:
        break;
    }
    return customExpression.trimmed();
}

QString ScheduleForm::describe() const
{
    QString text;
    switch (preset) {
    case Preset::Every5Minutes:
        text = tr("Every 5 minutes");
        break;
    case Preset::Hourly:
        text = tr("Every hour, on the hour");
        break;
    case Preset::DailyAt:
        text = tr("Every day at %1").arg(clockText(time.hour(), time.minute()));
        break;
    case Preset::WeekdaysAt:
        text = tr("Monday to Friday at %1").arg(clockText(time.hour(), time.minute()));
        break;
    case Preset::OnceAt:
        text = tr("Once at %1").arg(QLocale().toString(onceAt, QLocale::ShortFormat));
        break;
    case Preset::Custom:
        return describeExpression(customExpression, timeZone, kind);
    }
    return withZone(text, expression(), timeZone, kind);
}

QString ScheduleForm::describeExpression(const QString& expression, const QString& timeZone, Kind kind)
{
    return withZone(expressionWords(expression), expression, timeZone, kind);
}

QList<QDateTime> ScheduleForm::nextRuns(const QDateTime& after, int count) const
{
    Api::ScheduledTask task;
    task.source = kind == Kind::Schedule ? Api::ScheduledTask::Source::Schedule : Api::ScheduledTask::Source::Rule;
    task.expression = expression();
    task.timeZone = kind == Kind::Schedule ? timeZone : QString();
    task.enabled = true;
    if (kind == Kind::Schedule) {
        task.startDate = startDate;
        task.endDate = endDate;
    }
    task.created = after;
    return task.nextRuns(after, count);
}

QList<ScheduleForm::Problem> ScheduleForm::validate(const QDateTime& now) const
{
    QList<Problem> problems;
    static const QRegularExpression namePattern(QStringLiteral("^[0-9a-zA-Z._-]{1,64}$"));
    if (name.trimmed().isEmpty())
        problems.append({ "name"_L1, tr("Enter a name.") });
    else if (!namePattern.match(name).hasMatch())
        problems.append({ "name"_L1, tr("A name has 1 to 64 letters, digits, '.', '-' or '_'.") });
    if (kind == Kind::Schedule && !namePattern.match(group).hasMatch())
        problems.append({ "name"_L1, tr("A schedule group has 1 to 64 letters, digits, '.', '-' or '_'.") });
    if (description.size() > 512)
        problems.append({ "name"_L1, tr("The description is longer than 512 characters.") });

    const bool schedule = kind == Kind::Schedule;
    if (schedule && !timeZone.isEmpty() && !QTimeZone(timeZone.toUtf8()).isValid())
        problems.append(
            { "timeZone"_L1, tr("%1 is not a time zone (an IANA name such as Europe/Berlin).").arg(timeZone) });
    if (!schedule && !timeZone.isEmpty())
        problems.append({ "timeZone"_L1, tr("EventBridge rules run in UTC: leave the time zone empty.") });
    QString error;
    const QString text = expression();
    if (preset == Preset::OnceAt && !onceAt.isValid())
        problems.append({ "expression"_L1, tr("Choose the date and time to run at.") });
    else if (preset == Preset::Custom && text.isEmpty())
        problems.append({ "expression"_L1, tr("Enter an at(), rate() or cron() expression.") });
    else if (!Api::ScheduleExpression::parseEventBridge(text, schedule ? timeZone : QString(), schedule, &error))
        problems.append({ "expression"_L1,
            !schedule && text.startsWith("at("_L1) ? tr("EventBridge rules have no at(): make it a schedule.")
                                                   : error });
    else if (schedule && text.startsWith("at("_L1) && nextRuns(now, 1).isEmpty())
        problems.append({ "expression"_L1, tr("That time has passed: the schedule would never run.") });
    if (schedule && startDate.isValid() && endDate.isValid() && endDate <= startDate)
        problems.append({ "dates"_L1, tr("The end date must be after the start date.") });
    if (schedule && endDate.isValid() && endDate <= now)
        problems.append({ "dates"_L1, tr("The end date has passed: the schedule would never run.") });
    if (schedule && (flexibleWindowMinutes < 0 || flexibleWindowMinutes > 1440))
        problems.append({ "window"_L1, tr("A flexible time window is 1 to 1440 minutes (0: off).") });

    if (clusterArn.isEmpty())
        problems.append({ "taskDefinition"_L1, tr("Open a cluster to run the task in.") });
    if (taskDefinition.trimmed().isEmpty())
        problems.append({ "taskDefinition"_L1, tr("Choose a task definition.") });
    if (taskCount < 1 || (schedule && taskCount > 10))
        problems.append(
            { "taskCount"_L1, schedule ? tr("A schedule runs 1 to 10 tasks.") : tr("A rule runs at least 1 task.") });
    if (launch == Launch::CapacityProviders) {
        if (providers.isEmpty())
            problems.append({ "launch"_L1, tr("Name at least one capacity provider.") });
        for (const Provider& provider : providers) {
            if (provider.name.isEmpty() || provider.weight < 0 || provider.weight > 1000 || provider.base < 0
                || provider.base > 100000) {
                problems.append({ "launch"_L1,
                    tr("A capacity provider needs a name, a weight of 0 to 1000 and a base of 0 to 100000.") });
                break;
            }
        }
    }
    static const QRegularExpression subnet(QStringLiteral("^subnet-[0-9a-zA-Z]+$"));
    static const QRegularExpression securityGroup(QStringLiteral("^sg-[0-9a-zA-Z]+$"));
    if (launch == Launch::Fargate && subnets.isEmpty())
        problems.append({ "network"_L1, tr("Fargate tasks need at least one subnet.") });
    for (const QString& id : subnets) {
        if (!subnet.match(id).hasMatch()) {
            problems.append({ "network"_L1, tr("%1 is not a subnet id (subnet-...).").arg(id) });
            break;
        }
    }
    for (const QString& id : securityGroups) {
        if (!securityGroup.match(id).hasMatch()) {
            problems.append({ "network"_L1, tr("%1 is not a security group id (sg-...).").arg(id) });
            break;
        }
    }
    if (subnets.size() > 16 || securityGroups.size() > 5)
        problems.append({ "network"_L1, tr("At most 16 subnets and 5 security groups.") });
    if (subnets.isEmpty() && (!securityGroups.isEmpty() || assignPublicIp))
        problems.append({ "network"_L1, tr("Security groups and a public IP need subnets.") });

    if (!input.trimmed().isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(input.toUtf8(), &parseError);
        if (parseError.error != QJsonParseError::NoError)
            problems.append({ "input"_L1,
                tr("The input is not JSON: %1 (at character %2).")
                    .arg(parseError.errorString())
                    .arg(parseError.offset) });
        else if (!document.isObject())
            problems.append({ "input"_L1, tr("The input is a JSON object, e.g. {\"containerOverrides\": [...]}.") });
        else if (const QJsonValue overrides = document.object().value("containerOverrides"_L1);
                 !overrides.isUndefined()) {
            if (!overrides.isArray()) {
                problems.append({ "input"_L1, tr("containerOverrides is a list of containers.") });
            } else {
                for (const QJsonValue& item : overrides.toArray()) {
                    if (item.toObject().value("name"_L1).toString().isEmpty()) {
                        problems.append({ "input"_L1, tr("Each container override names its container (\"name\").") });
                        break;
                    }
                }
            }
        }
    }
    static const QRegularExpression rolePattern(
        QStringLiteral("^arn:aws(-[a-z]+)?:iam::\\d{12}:role\\/[\\w+=,.@\\/-]+$"));
    if (!rolePattern.match(effectiveRoleArn()).hasMatch())
        problems.append({ "role"_L1, tr("The role is an IAM role ARN (arn:aws:iam::123456789012:role/name).") });
    if (maximumRetryAttempts < 0 || maximumRetryAttempts > 185)
        problems.append({ "retry"_L1, tr("Retry attempts are 0 to 185.") });
    if (maximumEventAgeSeconds < 60 || maximumEventAgeSeconds > 86400)
        problems.append({ "retry"_L1, tr("The maximum event age is 60 to 86400 seconds.") });
    return problems;
}

QString ScheduleForm::problem(const QList<Problem>& problems, const QString& field) const
{
    for (const Problem& p : problems) {
        if (p.field == field)
            return p.text;
    }
    return {};
}

QString ScheduleForm::taskDefinitionArn() const
{
    const QString text = taskDefinition.trimmed();
    if (text.startsWith("arn:"_L1) || clusterArn.count(QLatin1Char(':')) < 5)
        return text;
    // arn:aws:ecs:region:account:cluster/name -> arn:aws:ecs:region:account:task-definition/text
    return clusterArn.section(QLatin1Char(':'), 0, 4) + ":task-definition/"_L1 + text;
}

QString ScheduleForm::effectiveRoleArn() const
{
    if (!roleArn.trimmed().isEmpty())
        return roleArn.trimmed();
    const QString partition = clusterArn.section(QLatin1Char(':'), 1, 1);
    const QString account = clusterArn.section(QLatin1Char(':'), 4, 4);
    if (partition.isEmpty() || account.isEmpty())
        return {};
    return "arn:"_L1 + partition + ":iam::"_L1 + account + ":role/ecsEventsRole"_L1;
}

QJsonObject ScheduleForm::ecsParameters() const
{
    QJsonObject ecs = originalTarget.value("EcsParameters"_L1).toObject();
    for (const QLatin1String key :
        { "LaunchType"_L1, "CapacityProviderStrategy"_L1, "NetworkConfiguration"_L1, "PlatformVersion"_L1, "Group"_L1 })
        ecs.remove(key);
    ecs["TaskDefinitionArn"_L1] = taskDefinitionArn();
    ecs["TaskCount"_L1] = taskCount;
    switch (launch) {
    case Launch::Ec2:
        ecs["LaunchType"_L1] = "EC2"_L1;
        break;
    case Launch::Fargate:
        ecs["LaunchType"_L1] = "FARGATE"_L1;
        break;
    case Launch::External:
        ecs["LaunchType"_L1] = "EXTERNAL"_L1;
        break;
    case Launch::CapacityProviders: {
        QJsonArray strategy;
        for (const Provider& provider : providers)
            strategy.append(QJsonObject { { "capacityProvider"_L1, provider.name }, { "weight"_L1, provider.weight },
                { "base"_L1, provider.base } });
        ecs["CapacityProviderStrategy"_L1] = strategy;
        break;
    }
    case Launch::Default:
        break;
    }
    if (!subnets.isEmpty()) {
        QJsonObject vpc { { "Subnets"_L1, QJsonArray::fromStringList(subnets) },
            { "AssignPublicIp"_L1, assignPublicIp ? "ENABLED"_L1 : "DISABLED"_L1 } };
        if (!securityGroups.isEmpty())
            vpc["SecurityGroups"_L1] = QJsonArray::fromStringList(securityGroups);
        ecs["NetworkConfiguration"_L1] = QJsonObject { { "awsvpcConfiguration"_L1, vpc } };
    }
    if (!platformVersion.trimmed().isEmpty())
        ecs["PlatformVersion"_L1] = platformVersion.trimmed();
    if (!taskGroup.trimmed().isEmpty())
        ecs["Group"_L1] = taskGroup.trimmed();
    return ecs;
}

QJsonObject ScheduleForm::scheduleRequest() const
{
    QJsonObject target = ruleTarget();
    target.remove("Id"_L1);
    QJsonObject request { { "GroupName"_L1, group }, { "ScheduleExpression"_L1, expression() },
        { "State"_L1, enabled ? "ENABLED"_L1 : "DISABLED"_L1 },
        { "FlexibleTimeWindow"_L1,
            flexibleWindowMinutes > 0
                ? QJsonObject { { "Mode"_L1, "FLEXIBLE"_L1 }, { "MaximumWindowInMinutes"_L1, flexibleWindowMinutes } }
                : QJsonObject { { "Mode"_L1, "OFF"_L1 } } },
        { "ActionAfterCompletion"_L1, deleteAfterCompletion ? "DELETE"_L1 : "NONE"_L1 }, { "Target"_L1, target } };
    if (!timeZone.isEmpty())
        request["ScheduleExpressionTimezone"_L1] = timeZone;
    if (!description.isEmpty())
        request["Description"_L1] = description;
    if (startDate.isValid())
        request["StartDate"_L1] = double(startDate.toSecsSinceEpoch());
    if (endDate.isValid())
        request["EndDate"_L1] = double(endDate.toSecsSinceEpoch());
    return request;
}

QJsonObject ScheduleForm::putRuleRequest() const
{
    QJsonObject request { { "Name"_L1, name }, { "ScheduleExpression"_L1, expression() },
        { "State"_L1, enabled ? "ENABLED"_L1 : "DISABLED"_L1 } };
    if (!description.isEmpty())
        request["Description"_L1] = description;
    return request;
}

QJsonObject ScheduleForm::ruleTarget() const
{
    QJsonObject target = originalTarget;
    target.remove("Input"_L1);
    target["Id"_L1] = ruleTargetId.isEmpty() ? QStringLiteral("ecs-task") : ruleTargetId;
    target["Arn"_L1] = clusterArn;
    target["RoleArn"_L1] = effectiveRoleArn();
    target["EcsParameters"_L1] = ecsParameters();
    target["RetryPolicy"_L1] = QJsonObject { { "MaximumRetryAttempts"_L1, maximumRetryAttempts },
        { "MaximumEventAgeInSeconds"_L1, maximumEventAgeSeconds } };
    if (!input.trimmed().isEmpty())
        target["Input"_L1] = input.trimmed();
    return target;
}

QList<ScheduleForm::Provider> ScheduleForm::parseProviders(const QString& text, QString* error)
{
    QList<Provider> out;
    for (const QString& item : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList parts = item.trimmed().split(QLatin1Char(':'));
        Provider provider;
        provider.name = parts.value(0).trimmed();
        bool weightOk = true;
        bool baseOk = true;
        if (parts.size() > 1)
            provider.weight = parts[1].trimmed().toInt(&weightOk);
        if (parts.size() > 2)
            provider.base = parts[2].trimmed().toInt(&baseOk);
        if (provider.name.isEmpty() || !weightOk || !baseOk || parts.size() > 3) {
            if (error)
                *error = tr("Write capacity providers as name:weight:base, separated by commas.");
            return {};
        }
        out.append(provider);
    }
    return out;
}

QString ScheduleForm::providersText(const QList<Provider>& providers)
{
    QStringList items;
    for (const Provider& provider : providers)
        items.append(QStringLiteral("%1:%2:%3").arg(provider.name).arg(provider.weight).arg(provider.base));
    return items.join(", "_L1);
}

} // namespace EcsDesk::Models
