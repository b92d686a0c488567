// SPDX-License-Identifier: MIT
#pragma once

#include "api/ecs/requests.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace EcsDesk::Ui {

class StrategyEditor;

/// Up to `shown` names (task IDs, instance IDs, services), one a line, then "and N more": what a
/// confirmation acts on.
QString nameList(const QStringList& names, int shown = 10);

/// Base of the small action dialogs: a form, an inline error line and OK enabled only while
/// the input is valid (validate() returns the first problem, empty when fine). It opens with the
/// focus in the form's first field, its text selected, so typing replaces it.
class ActionDialog : public QDialog {
    Q_OBJECT
public:
    explicit ActionDialog(QWidget* parent = nullptr);
    /// The first problem with the input, empty when it can be sent.
    virtual QString validate() const = 0;
    QString errorText() const;
    bool isAcceptable() const;

protected:
    void finishLayout(QLayout* form);
    void revalidate();

private:
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};

/// "New cluster": a name as ECS accepts it (letters, digits, - and _, up to 255).
/// Optionally the cluster's capacity providers (FARGATE, FARGATE_SPOT, and Auto Scaling group
/// providers of the account by name), its default strategy
/// (StrategyEditor, checked as ECS checks it), Container Insights and tags.
class CreateClusterDialog : public ActionDialog {
    Q_OBJECT
public:
    explicit CreateClusterDialog(QWidget* parent = nullptr);
    QString clusterName() const;
    void setClusterName(const QString& name);
    QString validate() const override;
    QStringList capacityProviders() const;
    Api::CapacityProviderStrategy defaultStrategy() const;
    /// enabled, enhanced or disabled; empty: the account's default.
    QString containerInsights() const;
    /// The tags typed as "key=value, key=value" (valid only when validate() is empty).
    QList<Api::Tag> tags() const;
    /// The whole request.
    Api::CreateClusterRequest request() const;
    QCheckBox* fargateBox() const { return m_fargate; }
    QCheckBox* fargateSpotBox() const { return m_fargateSpot; }
    /// Auto Scaling group capacity providers, by name, comma-separated.
    QLineEdit* groupProvidersEdit() const { return m_groupProviders; }
    StrategyEditor* strategyEditor() const { return m_strategy; }
    QComboBox* containerInsightsBox() const { return m_insights; }
    QLineEdit* tagsEdit() const { return m_tags; }

private:
    void providersChanged();

    QLineEdit* m_name;
    QCheckBox* m_fargate;
    QCheckBox* m_fargateSpot;
    QLineEdit* m_groupProviders;
    StrategyEditor* m_strategy;
    QComboBox* m_insights;
    QLineEdit* m_tags;
};

/// "Set desired count" for a service.
class DesiredCountDialog : public ActionDialog {
    Q_OBJECT
public:
    DesiredCountDialog(const QString& service, int current, QWidget* parent = nullptr);
    int desiredCount() const;
    void setDesiredCount(int count);
    QString validate() const override { return {}; }

private:
    QSpinBox* m_count;
};

/// "Stop task" with its reason (ECS keeps up to 255 characters), naming the tasks it stops.
class StopTaskDialog : public ActionDialog {
    Q_OBJECT
public:
    explicit StopTaskDialog(const QStringList& taskIds, QWidget* parent = nullptr);
    QString reason() const;
    void setReason(const QString& reason);
    QString validate() const override;

private:
    QLineEdit* m_reason;
};

/// Shared parser for "KEY=VALUE" lines (environment overrides). Empty lines are skipped.
/// Returns false and the offending line number (1-based) in `badLine`.
bool parseEnvironment(const QString& text, QList<Api::KeyValuePair>* out, int* badLine);

/// "Run task": task definition, count, launch type, command and environment overrides,
/// placement strategy/constraints and awsvpc subnets. request() is the RunTask request (without cluster).
class RunTaskDialog : public ActionDialog {
    Q_OBJECT
public:
    RunTaskDialog(const QStringList& taskDefinitions, QWidget* parent = nullptr);
    /// Preselects `taskDefinition` ("family:revision"), also when it is not among the choices.
    void selectTaskDefinition(const QString& taskDefinition);
    Api::RunTaskRequest request() const;
    QString validate() const override;

    QComboBox* taskDefinitionBox() const { return m_taskDefinition; }
    QSpinBox* countBox() const { return m_count; }
    QComboBox* launchTypeBox() const { return m_launchType; }
    QLineEdit* containerEdit() const { return m_container; }
    QLineEdit* commandEdit() const { return m_command; }
    QPlainTextEdit* environmentEdit() const { return m_environment; }
    QLineEdit* subnetsEdit() const { return m_subnets; }
    QComboBox* strategyBox() const { return m_strategy; }
    QLineEdit* constraintEdit() const { return m_constraint; }
    /// The capacity provider strategy (instead of the launch type when it has rows).
    StrategyEditor* capacityStrategyEditor() const { return m_capacity; }

private:
    QComboBox* m_taskDefinition;
    QSpinBox* m_count;
    StrategyEditor* m_capacity;
    QComboBox* m_launchType;
    QLineEdit* m_container;
    QLineEdit* m_command;
    QPlainTextEdit* m_environment;
    QLineEdit* m_subnets;
    QLineEdit* m_securityGroups;
    QComboBox* m_strategy;
    QLineEdit* m_constraint;
};

/// "New service": name, task definition, launch type, desired count, deployment configuration,
/// placement strategy/constraint and the awsvpc network configuration. request() is the
/// CreateService request (without cluster).
class CreateServiceDialog : public ActionDialog {
    Q_OBJECT
public:
    CreateServiceDialog(const QStringList& taskDefinitions, QWidget* parent = nullptr);
    /// Preselects `taskDefinition` ("family:revision"), also when it is not among the choices.
    void selectTaskDefinition(const QString& taskDefinition);
    Api::CreateServiceRequest request() const;
    QString validate() const override;

    QLineEdit* nameEdit() const { return m_name; }
    QComboBox* taskDefinitionBox() const { return m_taskDefinition; }
    QComboBox* launchTypeBox() const { return m_launchType; }
    QSpinBox* desiredBox() const { return m_desired; }
    QSpinBox* minimumBox() const { return m_minimum; }
    QSpinBox* maximumBox() const { return m_maximum; }
    QLineEdit* subnetsEdit() const { return m_subnets; }

private:
    QLineEdit* m_name;
    QComboBox* m_taskDefinition;
    QComboBox* m_launchType;
    QSpinBox* m_desired;
    QSpinBox* m_minimum;
    QSpinBox* m_maximum;
    QLineEdit* m_subnets;
    QLineEdit* m_securityGroups;
    QComboBox* m_strategy;
    QLineEdit* m_constraint;
};

} // namespace EcsDesk::Ui
