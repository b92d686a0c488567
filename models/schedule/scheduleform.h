// SPDX-License-Identifier: MIT
#pragma once

#include "api/scheduler/scheduledtask.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

namespace EcsDesk::Models {

/// What the schedule builder edits: a task definition run on a schedule, as an EventBridge
/// Scheduler schedule or an EventBridge rule with an ECS target. Gives the expression of a preset,
/// the expression in words, the next run times (Api::ScheduleExpression, the parser the endpoint
/// runs), what is wrong per field, and the CreateSchedule/UpdateSchedule, PutRule and PutTargets
/// requests.
class ScheduleForm {
    Q_DECLARE_TR_FUNCTIONS(EcsDesk::Models::ScheduleForm)
public:
    enum class Kind { Schedule, Rule };
    enum class Preset { Every5Minutes, Hourly, DailyAt, WeekdaysAt, OnceAt, Custom };
    enum class Launch { Default, Ec2, Fargate, External, CapacityProviders };
    struct Provider {
        QString name;
        int weight = 1;
        int base = 0;
        bool operator==(const Provider&) const = default;
    };
    /// One thing wrong: the field ("name", "expression", "timeZone", "dates", "window",
    /// "taskDefinition", "taskCount", "launch", "network", "input", "role", "retry") and the text.
    struct Problem {
        QString field;
        QString text;
        bool operator==(const Problem&) const = default;
    };

    Kind kind = Kind::Schedule;
    QString name;
    QString group = QStringLiteral("default"); ///< the schedule group (schedules)
    QString description;
    bool enabled = true;
    Preset preset = Preset::Every5Minutes;
    QTime time { 2, 0 }; ///< DailyAt, WeekdaysAt: in timeZone
    QDateTime onceAt; ///< OnceAt: its date and time are read in timeZone
    QString customExpression; ///< Custom: at(), rate() or cron() as typed
    QString timeZone; ///< IANA; empty: UTC (rules are always UTC)
    QDateTime startDate; ///< invalid: none (schedules)
    QDateTime endDate; ///< invalid: none (schedules)
    int flexibleWindowMinutes = 0; ///< 0: OFF (schedules)
    bool deleteAfterCompletion = false; ///< ActionAfterCompletion DELETE (schedules)

    QString clusterArn;
    QString taskDefinition; ///< an ARN, or family[:revision] (made an ARN from the cluster's)
    int taskCount = 1;
    Launch launch = Launch::Default;
    QList<Provider> providers; ///< Launch::CapacityProviders
    QStringList subnets;
    QStringList securityGroups;
    bool assignPublicIp = false;
    QString platformVersion;
    QString taskGroup;
    QString input; ///< the target's Input: a task override as JSON, e.g. {"containerOverrides": [...]}
    QString roleArn; ///< empty: arn:aws:iam::<the cluster's account>:role/ecsEventsRole
    int maximumRetryAttempts = 185;
    int maximumEventAgeSeconds = 86400;
    QString ruleTargetId; ///< rules: the id of the target to put (kept when editing)
    /// Editing: the target as it was; members the form does not edit (tags, placement, dead-letter
    /// queue, ...) are sent back unchanged.
    QJsonObject originalTarget;

    /// The form of an existing schedule or rule and one of its targets (Edit): the preset is the
    /// one whose expression it is, else Custom.
    static ScheduleForm fromScheduledTask(const Api::ScheduledTask& task, const Api::EcsTarget& target);

    /// The expression the preset (or the custom text) gives.
    QString expression() const;
    /// The expression in words: "Every 5 minutes", "Every day at 02:00 (Europe/Berlin)".
    QString describe() const;
    /// Any at()/rate()/cron() expression in words, with its zone (`timeZone`, UTC for rules):
    /// "Every 10 minutes", "Monday to Friday at 09:30 (America/New_York)", "At the cron times ...".
    static QString describeExpression(const QString& expression, const QString& timeZone, Kind kind);
    /// The next `count` run times after `after` (UTC), within the start and end dates; empty when
    /// the expression does not parse.
    QList<QDateTime> nextRuns(const QDateTime& after, int count) const;
    /// What is wrong, in field order; empty when the form can be sent. `now` checks a one-time
    /// schedule is in the future.
    QList<Problem> validate(const QDateTime& now) const;
    /// The problem of `field`, or empty.
    QString problem(const QList<Problem>& problems, const QString& field) const;

    /// The task definition as an ARN (family[:revision] completed from the cluster's ARN).
    QString taskDefinitionArn() const;
    /// The role the target uses (roleArn, or the account's ecsEventsRole).
    QString effectiveRoleArn() const;
    /// CreateSchedule / UpdateSchedule members (without the Name, which goes in the path).
    QJsonObject scheduleRequest() const;
    /// PutRule's members.
    QJsonObject putRuleRequest() const;
    /// PutTargets' one target.
    QJsonObject ruleTarget() const;
    /// The target's EcsParameters.
    QJsonObject ecsParameters() const;

    /// "provider:weight:base, ..." <-> providers (weight and base optional).
    static QList<Provider> parseProviders(const QString& text, QString* error);
    static QString providersText(const QList<Provider>& providers);
};

} // namespace EcsDesk::Models
