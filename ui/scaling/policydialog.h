// SPDX-License-Identifier: MIT
#pragma once

#include "models/scaling/scalingforms.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QStackedWidget;
class QTableWidget;

namespace EcsDesk::Ui {

/// Creates or edits a scaling policy of a service: a target tracking policy (predefined ECS metric,
/// ALBRequestCountPerTarget with its resource label, or a customized metric; target value,
/// cooldowns, disable scale-in) or a step scaling policy with its step table (a blank bound is
/// unbounded), cooldown, metric aggregation, minimum adjustment magnitude and the CloudWatch alarm
/// that runs it. OK is refused while the form has errors (Models' checks, AWS's texts for the steps).
class PolicyDialog : public QDialog {
    Q_OBJECT
public:
    PolicyDialog(const QString& resourceId, QWidget* parent = nullptr);

    void setTargetTracking(const Models::TargetTrackingForm& form);
    void setStepPolicy(const Models::StepPolicyForm& form);
    bool isStepPolicy() const;
    Models::TargetTrackingForm targetTracking() const;
    Models::StepPolicyForm stepPolicy() const;
    /// The current form's problems (also shown in the dialog).
    QStringList errors() const;

    // For tests.
    QLineEdit* nameEdit() const { return m_name; }
    QComboBox* typeBox() const { return m_type; }
    QTableWidget* stepTable() const { return m_steps; }
    QLabel* errorLabel() const { return m_errors; }
    /// Appends a row to the step table (blank text: unbounded).
    void addStep(const QString& lower, const QString& upper, int adjustment);

    void accept() override;

private:
    void updateErrors();
    void metricChanged();

    QString m_resourceId;
    QJsonObject m_original;
    QLineEdit* m_name;
    QComboBox* m_type;
    QStackedWidget* m_pages;
    // Target tracking.
    QComboBox* m_metric;
    QLineEdit* m_resourceLabel;
    QLineEdit* m_customNamespace;
    QLineEdit* m_customName;
    QComboBox* m_customStatistic;
    QLineEdit* m_customDimensions;
    QDoubleSpinBox* m_targetValue;
    QSpinBox* m_scaleOutCooldown;
    QSpinBox* m_scaleInCooldown;
    QCheckBox* m_disableScaleIn;
    // Step scaling.
    QComboBox* m_adjustmentType;
    QTableWidget* m_steps;
    QSpinBox* m_cooldown;
    QComboBox* m_aggregation;
    QSpinBox* m_minMagnitude;
    QLineEdit* m_alarmName;
    QLineEdit* m_alarmNamespace;
    QLineEdit* m_alarmMetric;
    QComboBox* m_alarmStatistic;
    QComboBox* m_comparison;
    QDoubleSpinBox* m_threshold;
    QSpinBox* m_period;
    QSpinBox* m_evaluationPeriods;
    QSpinBox* m_datapoints;
    QList<Api::MetricDimension> m_alarmDimensions;
    QLabel* m_errors;
};

} // namespace EcsDesk::Ui
