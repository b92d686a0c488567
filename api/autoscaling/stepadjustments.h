// SPDX-License-Identifier: MIT
#pragma once

#include "api/autoscaling/autoscalingclient.h"

#include <QCoreApplication>

namespace EcsDesk::Api {

/// The rules Application Auto Scaling's PutScalingPolicy checks a step scaling policy's
/// StepAdjustments by (API reference, StepAdjustment): at most 20 steps; no step without both
/// bounds; at most one step without a lower and one without an upper bound; a negative lower bound
/// needs a step without a lower bound, a positive upper bound one without an upper bound; the
/// intervals neither overlap nor leave gaps. Shared by the app's policy form (models/scaling) and
/// the local endpoint, so both refuse a table with the same text.
class StepAdjustments {
    Q_DECLARE_TR_FUNCTIONS(EcsDesk::Api::StepAdjustments)
public:
    static constexpr int maximumSteps = 20;
    /// The first rule `steps` break, as AWS words it; empty when they are valid. `adjustmentType`
    /// (ChangeInCapacity, PercentChangeInCapacity, ExactCapacity; empty: not checked) adds the
    /// rule that ExactCapacity takes no negative adjustment.
    static QString validate(const QList<StepAdjustment>& steps, const QString& adjustmentType = {});
    /// The step whose interval holds `difference` (metric value minus the alarm's threshold; the
    /// lower bound inclusive above the threshold, the upper one inclusive below it), or null.
    static const StepAdjustment* matching(const QList<StepAdjustment>& steps, double difference);
};

} // namespace EcsDesk::Api
