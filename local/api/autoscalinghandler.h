// SPDX-License-Identifier: MIT
#pragma once

#include "local/api/servicehandler.h"
#include "local/store/store.h"

namespace EcsDesk::Local {

/// Application Auto Scaling (awsJson1_1, AnyScaleFrontendService): scalable targets, scaling
/// policies, scheduled actions and scaling activities. It stores them; the simulation acts on them
/// and records activities.
class AutoScalingHandler : public ServiceHandler {
public:
    using ServiceHandler::ServiceHandler;

    bool hasOperation(const QString& operation) const override;
    QJsonObject handle(const QString& operation, const QJsonObject& input) override;

private:
    QJsonObject registerScalableTarget(const QJsonObject& in);
    QJsonObject deregisterScalableTarget(const QJsonObject& in);
    QJsonObject describeScalableTargets(const QJsonObject& in);
    QJsonObject putScalingPolicy(const QJsonObject& in);
    QJsonObject deleteScalingPolicy(const QJsonObject& in);
    QJsonObject describeScalingPolicies(const QJsonObject& in);
    QJsonObject putScheduledAction(const QJsonObject& in);
    QJsonObject deleteScheduledAction(const QJsonObject& in);
    QJsonObject describeScheduledActions(const QJsonObject& in);
    QJsonObject describeScalingActivities(const QJsonObject& in);

    /// Lists records of `kind` under the namespace (and resource/dimension) with MaxResults/NextToken.
    QJsonObject describe(
        Kind kind, const QJsonObject& in, QLatin1String listName, const QStringList& names, QLatin1String nameField);
};

} // namespace EcsDesk::Local
