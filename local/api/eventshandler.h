// SPDX-License-Identifier: MIT
#pragma once

#include "local/api/servicehandler.h"

namespace EcsDesk::Local {

/// Amazon EventBridge rules on the default event bus (awsJson1_1, AWSEvents): PutRule with a
/// ScheduleExpression (or an EventPattern, stored but never matched), targets with EcsParameters,
/// Enable/Disable, Describe, List, RemoveTargets, DeleteRule. A rule's targets are kept in its
/// record; the simulation (local/simulation/scheduledtasks.*) runs the scheduled ones.
class EventsHandler : public ServiceHandler {
public:
    using ServiceHandler::ServiceHandler;

    bool hasOperation(const QString& operation) const override;
    QJsonObject handle(const QString& operation, const QJsonObject& input) override;

private:
    QJsonObject putRule(const QJsonObject& in);
    QJsonObject describeRule(const QJsonObject& in);
    QJsonObject listRules(const QJsonObject& in);
    QJsonObject setState(const QJsonObject& in, const QString& state);
    QJsonObject deleteRule(const QJsonObject& in);
    QJsonObject putTargets(const QJsonObject& in);
    QJsonObject listTargetsByRule(const QJsonObject& in);
    QJsonObject removeTargets(const QJsonObject& in);

    /// The rule (ResourceNotFoundException with AWS's text when there is none).
    const QJsonObject& rule(const QJsonObject& in, QLatin1String nameField) const;
    static QJsonObject ruleView(const QJsonObject& rule);
};

} // namespace EcsDesk::Local
