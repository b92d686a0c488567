// SPDX-License-Identifier: MIT
#include "api/autoscaling/stepadjustments.h"

#include <algorithm>
#include <limits>

namespace EcsDesk::Api {

QString StepAdjustments::validate(const QList<StepAdjustment>& steps, const QString& adjustmentType)
{
    if (steps.isEmpty())
        return tr("StepAdjustments must contain at least one step adjustment for a StepScaling policy");
    if (steps.size() > maximumSteps)
        return tr("There can be at most %1 step adjustments per scaling policy").arg(maximumSteps);
    int nullLower = 0;
    int nullUpper = 0;
    bool negativeLower = false;
    bool positiveUpper = false;
    for (const StepAdjustment& step : steps) {
        if (!step.lowerBound && !step.upperBound)
            return tr("Both lower and upper bounds of a step adjustment cannot be left unspecified");
        if (step.lowerBound && step.upperBound && *step.lowerBound >= *step.upperBound)
            return tr("The lower bound of a step adjustment must be less than its upper bound (lower bound %1, "
                      "upper bound %2)")
                .arg(*step.lowerBound)
                .arg(*step.upperBound);
        if (adjustmentType == QLatin1String("ExactCapacity") && step.scalingAdjustment < 0)
            return tr("ScalingAdjustment must be non-negative for the ExactCapacity adjustment type");
        nullLower += step.lowerBound ? 0 : 1;
        nullUpper += step.upperBound ? 0 : 1;
        negativeLower = negativeLower || (step.lowerBound && *step.lowerBound < 0);
        positiveUpper = positiveUpper || (step.upperBound && *step.upperBound > 0);
    }
    if (nullLower > 1)
        return tr("At most one StepAdjustment may have an unspecified lower bound");
    if (nullUpper > 1)
        return tr("At most one StepAdjustment may have an unspecified upper bound");
    if (negativeLower && nullLower == 0)
        return tr("There must be a StepAdjustment with an unspecified lower bound (i.e., lower bound is null) when "
                  "one StepAdjustment has a negative lower bound");
    if (positiveUpper && nullUpper == 0)
        return tr("There must be a StepAdjustment with an unspecified upper bound (i.e., upper bound is null) when "
                  "one StepAdjustment has a positive upper bound");
    constexpr double infinity = std::numeric_limits<double>::infinity();
    QList<StepAdjustment> sorted = steps;
    std::sort(sorted.begin(), sorted.end(), [](const StepAdjustment& a, const StepAdjustment& b) {
        return a.lowerBound.value_or(-infinity) < b.lowerBound.value_or(-infinity);
    });
    for (qsizetype i = 1; i < sorted.size(); ++i) {
        const double previousUpper = sorted[i - 1].upperBound.value_or(infinity);
        const double lower = sorted[i].lowerBound.value_or(-infinity);
        if (previousUpper > lower)
            return tr("StepAdjustment intervals cannot overlap");
        if (previousUpper < lower)
            return tr("StepAdjustment intervals cannot have gaps between them");
    }
    return {};
}

const StepAdjustment* StepAdjustments::matching(const QList<StepAdjustment>& steps, double difference)
{
    for (const StepAdjustment& step : steps) {
        const bool aboveLower
            = !step.lowerBound || (difference >= 0 ? difference >= *step.lowerBound : difference > *step.lowerBound);
        const bool belowUpper
            = !step.upperBound || (difference >= 0 ? difference < *step.upperBound : difference <= *step.upperBound);
        if (aboveLower && belowUpper)
            return &step;
    }
    return nullptr;
}

} // namespace EcsDesk::Api
