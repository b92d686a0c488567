// SPDX-License-Identifier: MIT
#pragma once

#include "api/autoscaling/servicescalingloader.h"
#include "models/scaling/scalingforms.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace EcsDesk::Api {
class AutoScalingClient;
class AwsReply;
class CloudWatchClient;
} // namespace EcsDesk::Api

namespace EcsDesk::Ui {

/// A service's Auto Scaling tab: the scalable target with its minimum and maximum capacity
/// (editable: Apply registers the target with the new range), the scaling policies, the CloudWatch
/// alarms behind them with their state and reason, the scheduled actions and the recent scaling
/// activities with their causes. Reads through Api::ServiceScalingLoader; knows no AWS JSON.
/// Policies (target tracking; step scaling with the alarm that runs it) and scheduled actions are
/// created, edited and deleted through PolicyDialog and ScheduledActionDialog; the suspended
/// state is edited with the capacity. In read-only mode nothing that writes is enabled.
class ScalingPane : public QWidget {
    Q_OBJECT
public:
    explicit ScalingPane(QWidget* parent = nullptr);

    /// Shows `service` of `cluster` (nothing when the clients are null) and loads it.
    void setContext(const Api::AutoScalingClient* scaling, const Api::CloudWatchClient* cloudWatch,
        const QString& cluster, const QString& service);
    void reload();

    /// What the pane last showed (tests).
    const Api::ServiceScaling& shown() const { return m_shown; }
    QTreeWidget* policies() const { return m_policies; }
    QTreeWidget* alarms() const { return m_alarms; }
    QTreeWidget* scheduledActions() const { return m_scheduled; }
    QTreeWidget* activities() const { return m_activities; }
    QSpinBox* minimumCapacity() const { return m_minimum; }
    QSpinBox* maximumCapacity() const { return m_maximum; }
    QPushButton* applyButton() const { return m_apply; }
    /// The selected target tracking policy's target value and its Apply button.
    QDoubleSpinBox* targetValue() const { return m_targetValue; }
    QPushButton* applyTargetButton() const { return m_applyTarget; }
    QString statusText() const;
    QCheckBox* scaleInSuspended() const { return m_suspendIn; }
    QCheckBox* scaleOutSuspended() const { return m_suspendOut; }
    QCheckBox* scheduledSuspended() const { return m_suspendScheduled; }
    QPushButton* newPolicyButton() const { return m_newPolicy; }
    QPushButton* editPolicyButton() const { return m_editPolicy; }
    QPushButton* deletePolicyButton() const { return m_deletePolicy; }
    QPushButton* newScheduledButton() const { return m_newScheduled; }

    /// Disables every write (read-only connection).
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    /// The writes behind the dialogs (each reloads the pane when it is done; errors show in the
    /// status line). A step policy is put first, then its alarm with the policy's ARN as action.
    void putTargetTracking(const Models::TargetTrackingForm& form);
    void putStepPolicy(const Models::StepPolicyForm& form);
    /// Deletes the policy and, for a step policy, the alarms whose only action it is.
    void deletePolicy(const QString& name);
    void putScheduledAction(const Models::ScheduledActionForm& form);
    void deleteScheduledAction(const QString& name);
    /// The resource ID of the shown service (service/<cluster>/<service>).
    QString resourceId() const;

Q_SIGNALS:
    /// A load finished (shown() holds it) or failed (statusText() says why).
    void refreshed();

private:
    void display(const Api::ServiceScaling& scaling);
    void showError(const QString& text);
    void applyCapacity();
    void applyTarget();
    void policySelected();
    void newPolicy();
    void editPolicy();
    void confirmDeletePolicy();
    void editScheduledAction(bool create);
    void confirmDeleteScheduledAction();
    void updateEnabled();
    /// Sends a write; on success the pane reloads, an error shows in the status line.
    void write(Api::AwsReply* reply);

    const Api::AutoScalingClient* m_scaling = nullptr;
    const Api::CloudWatchClient* m_cloudWatch = nullptr;
    QString m_cluster;
    QString m_service;
    Api::ServiceScaling m_shown;
    Api::ServiceScalingLoader* m_loader = nullptr;
    QPointer<Api::AwsReply> m_write;
    QLabel* m_target;
    QLabel* m_status;
    QSpinBox* m_minimum;
    QSpinBox* m_maximum;
    QPushButton* m_apply;
    QPushButton* m_refresh;
    QDoubleSpinBox* m_targetValue;
    QPushButton* m_applyTarget;
    QTreeWidget* m_policies;
    QTreeWidget* m_alarms;
    QTreeWidget* m_scheduled;
    QTreeWidget* m_activities;
    QCheckBox* m_suspendIn;
    QCheckBox* m_suspendOut;
    QCheckBox* m_suspendScheduled;
    QPushButton* m_newPolicy;
    QPushButton* m_editPolicy;
    QPushButton* m_deletePolicy;
    QPushButton* m_newScheduled;
    QPushButton* m_editScheduled;
    QPushButton* m_deleteScheduled;
    bool m_readOnly = false;
};

} // namespace EcsDesk::Ui
