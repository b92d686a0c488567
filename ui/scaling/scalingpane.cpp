// SPDX-License-Identifier: MIT
#include "ui/scaling/scalingpane.h"

#include "api/cloudwatch/cloudwatchclient.h"
#include "api/core/awstransport.h"
#include "ui/alarms/alarmhistorydialog.h"
#include "ui/scaling/policydialog.h"
#include "ui/scaling/scheduledactiondialog.h"

#include <QCheckBox>
#include <QJsonArray>
#include <QLineEdit>
#include <QMessageBox>

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace EcsDesk::Ui {

namespace {
    QTreeWidget* table(const QString& name, const QString& accessibleName, const QStringList& headers)
    {
        auto* tree = new QTreeWidget;
        tree->setObjectName(name);
        tree->setAccessibleName(accessibleName);
        tree->setRootIsDecorated(false);
        tree->setHeaderLabels(headers);
        tree->setUniformRowHeights(true);
        tree->header()->setStretchLastSection(true);
        return tree;
    }

    QString number(double value) { return QString::number(value, 'g', 10); }

    QString localTime(const QDateTime& at)
    {
        return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : QString();
    }

    QString bound(const std::optional<double>& value, bool lower)
    {
        return value ? number(*value) : (lower ? QStringLiteral("-∞") : QStringLiteral("+∞"));
    }
} // namespace

ScalingPane::ScalingPane(QWidget* parent)
    : QWidget(parent)
    , m_target(new QLabel(this))
    , m_status(new QLabel(this))
    , m_minimum(new QSpinBox(this))
    , m_maximum(new QSpinBox(this))
    , m_apply(new QPushButton(tr("&Apply Capacity"), this))
    , m_refresh(new QPushButton(tr("Re&fresh"), this))
    , m_targetValue(new QDoubleSpinBox(this))
    , m_applyTarget(new QPushButton(tr("Apply &Target"), this))
    , m_policies(table(QStringLiteral("scalingPolicies"), tr("Scaling policies"),
          { tr("Policy"), tr("Type"), tr("Settings"), tr("Alarms") }))
    , m_alarms(table(QStringLiteral("scalingAlarms"), tr("Alarms"),
          { tr("Alarm"), tr("State"), tr("Since"), tr("Condition"), tr("Reason") }))
    , m_scheduled(table(QStringLiteral("scheduledActions"), tr("Scheduled actions"),
          { tr("Scheduled action"), tr("Schedule"), tr("Time zone"), tr("Minimum"), tr("Maximum") }))
    , m_activities(table(QStringLiteral("scalingActivities"), tr("Scaling activities"),
          { tr("Time"), tr("Status"), tr("Description"), tr("Cause") }))
    , m_suspendIn(new QCheckBox(tr("Suspend scale-&in"), this))
    , m_suspendOut(new QCheckBox(tr("Suspend scale-&out"), this))
    , m_suspendScheduled(new QCheckBox(tr("Suspend sc&heduled scaling"), this))
    , m_newPolicy(new QPushButton(tr("&New Policy…"), this))
    , m_editPolicy(new QPushButton(tr("&Edit Policy…"), this))
    , m_deletePolicy(new QPushButton(tr("&Delete Policy"), this))
    , m_newScheduled(new QPushButton(tr("New &Scheduled Action…"), this))
    , m_editScheduled(new QPushButton(tr("Edit Scheduled Actio&n…"), this))
    , m_deleteScheduled(new QPushButton(tr("Delete Scheduled Action"), this))
{
    m_suspendIn->setObjectName(QStringLiteral("suspendScaleIn"));
    m_suspendOut->setObjectName(QStringLiteral("suspendScaleOut"));
    m_suspendScheduled->setObjectName(QStringLiteral("suspendScheduled"));
    m_newPolicy->setObjectName(QStringLiteral("newPolicy"));
    m_editPolicy->setObjectName(QStringLiteral("editPolicy"));
    m_deletePolicy->setObjectName(QStringLiteral("deletePolicy"));
    m_newScheduled->setObjectName(QStringLiteral("newScheduledAction"));
    m_editScheduled->setObjectName(QStringLiteral("editScheduledAction"));
    m_deleteScheduled->setObjectName(QStringLiteral("deleteScheduledAction"));
    m_minimum->setObjectName(QStringLiteral("minimumCapacity"));
    m_maximum->setObjectName(QStringLiteral("maximumCapacity"));
    m_apply->setObjectName(QStringLiteral("applyCapacity"));
    m_status->setObjectName(QStringLiteral("scalingStatus"));
    m_status->setWordWrap(true);
    for (QSpinBox* box : { m_minimum, m_maximum })
        box->setRange(0, 100000);
    m_minimum->setAccessibleName(tr("Minimum capacity"));
    m_maximum->setAccessibleName(tr("Maximum capacity"));

    auto* capacity = new QHBoxLayout;
    capacity->addWidget(new QLabel(tr("Mi&nimum:"), this));
    qobject_cast<QLabel*>(capacity->itemAt(0)->widget())->setBuddy(m_minimum);
    capacity->addWidget(m_minimum);
    capacity->addWidget(new QLabel(tr("Ma&ximum:"), this));
    qobject_cast<QLabel*>(capacity->itemAt(2)->widget())->setBuddy(m_maximum);
    capacity->addWidget(m_maximum);
    capacity->addWidget(m_apply);
    capacity->addStretch();
    capacity->addWidget(m_refresh);
    // The suspended state on a row of its own: in one row with the capacity the Details pane would be
    // too wide for the window to leave the navigator room for its names.
    auto* suspended = new QHBoxLayout;
    suspended->addWidget(m_suspendIn);
    suspended->addWidget(m_suspendOut);
    suspended->addWidget(m_suspendScheduled);
    suspended->addStretch();

    m_targetValue->setObjectName(QStringLiteral("targetValue"));
    m_targetValue->setAccessibleName(tr("Target value"));
    m_targetValue->setRange(0.01, 1000000);
    m_targetValue->setDecimals(2);
    m_applyTarget->setObjectName(QStringLiteral("applyTarget"));
    auto* policyBox = new QWidget(this);
    auto* policyLayout = new QVBoxLayout(policyBox);
    policyLayout->setContentsMargins(0, 0, 0, 0);
    policyLayout->addWidget(m_policies);
    auto* targetRow = new QHBoxLayout;
    auto* targetLabel = new QLabel(tr("Tar&get value of the selected target tracking policy:"), this);
    targetLabel->setBuddy(m_targetValue);
    targetRow->addWidget(targetLabel);
    targetRow->addWidget(m_targetValue);
    targetRow->addWidget(m_applyTarget);
    targetRow->addStretch();
    targetRow->addWidget(m_newPolicy);
    targetRow->addWidget(m_editPolicy);
    targetRow->addWidget(m_deletePolicy);
    policyLayout->addLayout(targetRow);
    auto* scheduledBox = new QWidget(this);
    auto* scheduledLayout = new QVBoxLayout(scheduledBox);
    scheduledLayout->setContentsMargins(0, 0, 0, 0);
    scheduledLayout->addWidget(m_scheduled);
    auto* scheduledRow = new QHBoxLayout;
    scheduledRow->addStretch();
    scheduledRow->addWidget(m_newScheduled);
    scheduledRow->addWidget(m_editScheduled);
    scheduledRow->addWidget(m_deleteScheduled);
    scheduledLayout->addLayout(scheduledRow);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(policyBox);
    splitter->addWidget(m_alarms);
    splitter->addWidget(scheduledBox);
    splitter->addWidget(m_activities);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_target);
    layout->addLayout(capacity);
    layout->addLayout(suspended);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);

    connect(m_apply, &QPushButton::clicked, this, &ScalingPane::applyCapacity);
    connect(m_refresh, &QPushButton::clicked, this, &ScalingPane::reload);
    connect(m_applyTarget, &QPushButton::clicked, this, &ScalingPane::applyTarget);
    connect(m_policies, &QTreeWidget::currentItemChanged, this, &ScalingPane::policySelected);
    connect(m_policies, &QTreeWidget::itemActivated, this, &ScalingPane::editPolicy);
    connect(m_scheduled, &QTreeWidget::currentItemChanged, this, &ScalingPane::updateEnabled);
    // An alarm's history (state changes with their reasons, actions) on activation.
    connect(m_alarms, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        if (!m_cloudWatch || !item)
            return;
        auto* dialog = new AlarmHistoryDialog(m_cloudWatch, item->text(0), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    m_alarms->setToolTip(tr("Double-click an alarm for its history."));
    connect(m_scheduled, &QTreeWidget::itemActivated, this, [this] { editScheduledAction(false); });
    connect(m_newPolicy, &QPushButton::clicked, this, &ScalingPane::newPolicy);
    connect(m_editPolicy, &QPushButton::clicked, this, &ScalingPane::editPolicy);
    connect(m_deletePolicy, &QPushButton::clicked, this, &ScalingPane::confirmDeletePolicy);
    connect(m_newScheduled, &QPushButton::clicked, this, [this] { editScheduledAction(true); });
    connect(m_editScheduled, &QPushButton::clicked, this, [this] { editScheduledAction(false); });
    connect(m_deleteScheduled, &QPushButton::clicked, this, &ScalingPane::confirmDeleteScheduledAction);
    display(Api::ServiceScaling());
}

void ScalingPane::setContext(const Api::AutoScalingClient* scaling, const Api::CloudWatchClient* cloudWatch,
    const QString& cluster, const QString& service)
{
    if (m_loader)
        m_loader->deleteLater();
    m_loader = nullptr;
    m_scaling = scaling;
    m_cloudWatch = cloudWatch;
    m_cluster = cluster;
    m_service = service;
    display(Api::ServiceScaling());
    if (!scaling || !cloudWatch || service.isEmpty())
        return;
    m_loader = new Api::ServiceScalingLoader(scaling, cloudWatch, this);
    connect(m_loader, &Api::ServiceScalingLoader::loaded, this, [this](const Api::ServiceScaling& scaling) {
        display(scaling);
        Q_EMIT refreshed();
    });
    connect(m_loader, &Api::ServiceScalingLoader::failed, this, [this](const Api::AwsError& error) {
        showError(error.toString());
        Q_EMIT refreshed();
    });
    reload();
}

void ScalingPane::reload()
{
    if (!m_loader)
        return;
    m_status->setText(tr("Loading auto scaling of %1…").arg(m_service));
    m_loader->load(m_cluster, m_service);
}

QString ScalingPane::statusText() const { return m_status->text(); }

void ScalingPane::showError(const QString& text) { m_status->setText(text); }

void ScalingPane::display(const Api::ServiceScaling& scaling)
{
    m_shown = scaling;
    const bool registered = scaling.target.has_value();
    if (m_service.isEmpty()) {
        m_target->setText(tr("Select a service to see its auto scaling."));
    } else if (registered) {
        QStringList suspended;
        if (scaling.target->dynamicScalingInSuspended)
            suspended.append(tr("scale-in"));
        if (scaling.target->dynamicScalingOutSuspended)
            suspended.append(tr("scale-out"));
        if (scaling.target->scheduledScalingSuspended)
            suspended.append(tr("scheduled scaling"));
        m_target->setText(suspended.isEmpty()
                ? tr("Scalable target %1: desired count between %2 and %3.")
                      .arg(scaling.resourceId)
                      .arg(scaling.target->minCapacity)
                      .arg(scaling.target->maxCapacity)
                : tr("Scalable target %1: desired count between %2 and %3; suspended: %4.")
                      .arg(scaling.resourceId)
                      .arg(scaling.target->minCapacity)
                      .arg(scaling.target->maxCapacity)
                      .arg(suspended.join(QStringLiteral(", "))));
        m_minimum->setValue(scaling.target->minCapacity);
        m_maximum->setValue(scaling.target->maxCapacity);
        m_suspendIn->setChecked(scaling.target->dynamicScalingInSuspended);
        m_suspendOut->setChecked(scaling.target->dynamicScalingOutSuspended);
        m_suspendScheduled->setChecked(scaling.target->scheduledScalingSuspended);
    } else {
        m_target->setText(tr("%1 is not registered for auto scaling: Apply Capacity registers it with this range.")
                              .arg(scaling.resourceId.isEmpty() ? m_service : scaling.resourceId));
    }
    m_status->setText(m_service.isEmpty()
            ? QString()
            : tr("%n policies, %1 alarms, %2 scheduled actions.", nullptr, int(scaling.policies.size()))
                  .arg(scaling.alarms.size())
                  .arg(scaling.scheduledActions.size()));

    QHash<QString, QString> states;
    for (const Api::MetricAlarm& alarm : scaling.alarms)
        states.insert(alarm.name, alarm.stateValue);
    m_policies->clear();
    for (const Api::ScalingPolicy& policy : scaling.policies) {
        QString settings;
        if (policy.policyType == QLatin1String("TargetTrackingScaling")) {
            settings
                = tr("%1 at %2; cooldowns out %3 s, in %4 s%5")
                      .arg(policy.trackedMetric, policy.targetValue ? number(*policy.targetValue) : QStringLiteral("?"))
                      .arg(policy.scaleOutCooldown.value_or(300))
                      .arg(policy.scaleInCooldown.value_or(300))
                      .arg(policy.disableScaleIn ? tr("; scale-in disabled") : QString());
        } else {
            QStringList steps;
            for (const Api::StepAdjustment& step : policy.stepAdjustments)
                steps.append(QStringLiteral("[%1, %2) %3")
                                 .arg(bound(step.lowerBound, true), bound(step.upperBound, false),
                                     step.scalingAdjustment > 0 ? QStringLiteral("+%1").arg(step.scalingAdjustment)
                                                                : QString::number(step.scalingAdjustment)));
            settings = tr("%1, cooldown %2 s: %3")
                           .arg(policy.adjustmentType)
                           .arg(policy.cooldown.value_or(300))
                           .arg(steps.join(QStringLiteral("; ")));
        }
        QStringList alarms;
        for (const Api::PolicyAlarm& alarm : policy.alarms)
            alarms.append(QStringLiteral("%1 (%2)").arg(alarm.name, states.value(alarm.name, tr("unknown"))));
        const QString type = policy.policyType == QLatin1String("TargetTrackingScaling") ? tr("Target tracking")
            : policy.policyType == QLatin1String("StepScaling")                          ? tr("Step scaling")
                                                                                         : policy.policyType;
        auto* item
            = new QTreeWidgetItem(m_policies, { policy.name, type, settings, alarms.join(QStringLiteral(", ")) });
        item->setToolTip(2, settings);
        item->setToolTip(3, alarms.join(QLatin1Char('\n')));
    }
    m_alarms->clear();
    for (const Api::MetricAlarm& alarm : scaling.alarms) {
        static const QHash<QString, QString> operators { { QStringLiteral("GreaterThanOrEqualToThreshold"),
                                                             QStringLiteral("≥") },
            { QStringLiteral("GreaterThanThreshold"), QStringLiteral(">") },
            { QStringLiteral("LessThanThreshold"), QStringLiteral("<") },
            { QStringLiteral("LessThanOrEqualToThreshold"), QStringLiteral("≤") } };
        const QString condition = tr("%1 %2 %3 %4, %5 of %6 × %7 s")
                                      .arg(alarm.usesMetricMath ? tr("metric math") : alarm.metricName,
                                          alarm.statistic.isEmpty() ? alarm.extendedStatistic : alarm.statistic,
                                          operators.value(alarm.comparisonOperator, alarm.comparisonOperator),
                                          alarm.threshold ? number(*alarm.threshold) : QStringLiteral("?"))
                                      .arg(alarm.requiredDatapoints())
                                      .arg(alarm.evaluationPeriods)
                                      .arg(alarm.period);
        auto* item = new QTreeWidgetItem(
            m_alarms, { alarm.name, alarm.stateValue, localTime(alarm.stateUpdated), condition, alarm.stateReason });
        item->setToolTip(0, alarm.name);
        item->setToolTip(4, alarm.stateReason);
        item->setToolTip(2, alarm.stateUpdated.toUTC().toString(Qt::ISODate));
    }
    m_scheduled->clear();
    for (const Api::ScheduledAction& action : scaling.scheduledActions) {
        new QTreeWidgetItem(m_scheduled,
            { action.name, action.schedule, action.timezone.isEmpty() ? QStringLiteral("UTC") : action.timezone,
                action.minCapacity ? QString::number(*action.minCapacity) : QString(),
                action.maxCapacity ? QString::number(*action.maxCapacity) : QString() });
    }
    m_activities->clear();
    for (const Api::ScalingActivity& activity : scaling.activities) {
        auto* item = new QTreeWidgetItem(
            m_activities, { localTime(activity.startTime), activity.statusCode, activity.description, activity.cause });
        item->setToolTip(0, activity.startTime.toUTC().toString(Qt::ISODate));
        item->setToolTip(3, activity.cause);
    }
    for (QTreeWidget* tree : { m_policies, m_alarms, m_scheduled, m_activities })
        tree->resizeColumnToContents(0);
    policySelected();
}

void ScalingPane::policySelected()
{
    const int row = m_policies->indexOfTopLevelItem(m_policies->currentItem());
    const bool tracking = row >= 0 && row < m_shown.policies.size()
        && m_shown.policies[row].policyType == QLatin1String("TargetTrackingScaling")
        && m_shown.policies[row].targetValue;
    m_targetValue->setEnabled(tracking);
    if (tracking)
        m_targetValue->setValue(*m_shown.policies[row].targetValue);
    updateEnabled();
}

void ScalingPane::updateEnabled()
{
    const bool writable = m_scaling && !m_service.isEmpty() && !m_readOnly;
    const int row = m_policies->indexOfTopLevelItem(m_policies->currentItem());
    const bool policy = row >= 0 && row < m_shown.policies.size();
    const bool tracking = policy && m_shown.policies[row].policyType == QLatin1String("TargetTrackingScaling")
        && m_shown.policies[row].targetValue;
    const bool registered = m_shown.target.has_value();
    m_apply->setEnabled(writable);
    for (QCheckBox* box : { m_suspendIn, m_suspendOut, m_suspendScheduled })
        box->setEnabled(writable);
    m_applyTarget->setEnabled(writable && tracking);
    m_newPolicy->setEnabled(writable && registered);
    m_editPolicy->setEnabled(writable && policy);
    m_deletePolicy->setEnabled(writable && policy);
    m_newScheduled->setEnabled(writable && registered);
    const bool scheduled = m_scheduled->currentItem() != nullptr;
    m_editScheduled->setEnabled(writable && scheduled);
    m_deleteScheduled->setEnabled(writable && scheduled);
}

void ScalingPane::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateEnabled();
}

QString ScalingPane::resourceId() const { return Api::AutoScalingClient::ecsResourceId(m_cluster, m_service); }

void ScalingPane::newPolicy()
{
    PolicyDialog dialog(resourceId(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.isStepPolicy())
        putStepPolicy(dialog.stepPolicy());
    else
        putTargetTracking(dialog.targetTracking());
}

void ScalingPane::editPolicy()
{
    const int row = m_policies->indexOfTopLevelItem(m_policies->currentItem());
    if (row < 0 || row >= m_shown.policies.size() || m_readOnly || !m_scaling)
        return;
    const Api::ScalingPolicy& policy = m_shown.policies[row];
    PolicyDialog dialog(resourceId(), this);
    if (policy.policyType == QLatin1String("StepScaling"))
        dialog.setStepPolicy(Models::StepPolicyForm::fromPolicy(policy, m_shown.alarms));
    else
        dialog.setTargetTracking(Models::TargetTrackingForm::fromPolicy(policy));
    dialog.nameEdit()->setReadOnly(true); // another name is another policy
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.isStepPolicy())
        putStepPolicy(dialog.stepPolicy());
    else
        putTargetTracking(dialog.targetTracking());
}

void ScalingPane::confirmDeletePolicy()
{
    const int row = m_policies->indexOfTopLevelItem(m_policies->currentItem());
    if (row < 0 || row >= m_shown.policies.size())
        return;
    const QString name = m_shown.policies[row].name;
    if (QMessageBox::question(this, tr("Delete Scaling Policy"),
            tr("Delete the scaling policy %1 of %2? A target tracking policy's alarms go with it, and so do the "
               "alarms whose only action is this step scaling policy.")
                .arg(name, m_service))
        == QMessageBox::Yes)
        deletePolicy(name);
}

void ScalingPane::editScheduledAction(bool create)
{
    if (!m_scaling || m_readOnly)
        return;
    ScheduledActionDialog dialog(resourceId(), this);
    const int row = m_scheduled->indexOfTopLevelItem(m_scheduled->currentItem());
    if (!create) {
        if (row < 0 || row >= m_shown.scheduledActions.size())
            return;
        dialog.setForm(Models::ScheduledActionForm::fromAction(m_shown.scheduledActions[row]));
        dialog.nameEdit()->setReadOnly(true);
    }
    if (dialog.exec() == QDialog::Accepted)
        putScheduledAction(dialog.form());
}

void ScalingPane::confirmDeleteScheduledAction()
{
    const int row = m_scheduled->indexOfTopLevelItem(m_scheduled->currentItem());
    if (row < 0 || row >= m_shown.scheduledActions.size())
        return;
    const QString name = m_shown.scheduledActions[row].name;
    if (QMessageBox::question(
            this, tr("Delete Scheduled Action"), tr("Delete the scheduled action %1 of %2?").arg(name, m_service))
        == QMessageBox::Yes)
        deleteScheduledAction(name);
}

void ScalingPane::putTargetTracking(const Models::TargetTrackingForm& form)
{
    if (!m_scaling || m_readOnly || m_write)
        return;
    if (const QStringList errors = form.errors(); !errors.isEmpty()) {
        showError(errors.join(QLatin1Char(' ')));
        return;
    }
    m_status->setText(tr("Saving the target tracking policy %1…").arg(form.name));
    write(m_scaling->putScalingPolicy(
        form.name, resourceId(), QStringLiteral("TargetTrackingScaling"), form.configuration()));
}

void ScalingPane::putStepPolicy(const Models::StepPolicyForm& form)
{
    if (!m_scaling || !m_cloudWatch || m_readOnly || m_write)
        return;
    if (const QStringList errors = form.errors(); !errors.isEmpty()) {
        showError(errors.join(QLatin1Char(' ')));
        return;
    }
    m_status->setText(tr("Saving the step scaling policy %1…").arg(form.name));
    Api::AwsReply* reply
        = m_scaling->putScalingPolicy(form.name, resourceId(), QStringLiteral("StepScaling"), form.configuration());
    m_write = reply;
    connect(reply, &Api::AwsReply::finished, this, [this, reply, form] {
        reply->deleteLater();
        m_write = nullptr;
        if (!reply->isOk()) {
            showError(reply->error() ? reply->error()->toString() : tr("unknown error"));
            return;
        }
        const QString arn = reply->json().value(QLatin1String("PolicyARN")).toString();
        m_status->setText(tr("Saving the alarm %1 of %2…").arg(form.alarmName, form.name));
        write(m_cloudWatch->putMetricAlarm(form.alarm(arn)));
    });
}

void ScalingPane::deletePolicy(const QString& name)
{
    if (!m_scaling || !m_cloudWatch || m_readOnly || m_write)
        return;
    QStringList ownAlarms;
    for (const Api::ScalingPolicy& policy : std::as_const(m_shown.policies)) {
        if (policy.name != name || policy.policyType != QLatin1String("StepScaling"))
            continue;
        for (const Api::MetricAlarm& alarm : std::as_const(m_shown.alarms)) {
            if (alarm.alarmActions == QStringList { policy.arn } && alarm.okActions.isEmpty()
                && alarm.insufficientDataActions.isEmpty())
                ownAlarms.append(alarm.name);
        }
    }
    m_status->setText(tr("Deleting the scaling policy %1…").arg(name));
    Api::AwsReply* reply = m_scaling->deleteScalingPolicy(name, resourceId());
    if (ownAlarms.isEmpty()) {
        write(reply);
        return;
    }
    m_write = reply;
    connect(reply, &Api::AwsReply::finished, this, [this, reply, ownAlarms] {
        reply->deleteLater();
        m_write = nullptr;
        if (!reply->isOk()) {
            showError(reply->error() ? reply->error()->toString() : tr("unknown error"));
            return;
        }
        write(m_cloudWatch->deleteAlarms(ownAlarms));
    });
}

void ScalingPane::putScheduledAction(const Models::ScheduledActionForm& form)
{
    if (!m_scaling || m_readOnly || m_write)
        return;
    if (const QStringList errors = form.errors(); !errors.isEmpty()) {
        showError(errors.join(QLatin1Char(' ')));
        return;
    }
    Api::ScheduledAction action = form.action();
    action.resourceId = resourceId();
    m_status->setText(tr("Saving the scheduled action %1…").arg(form.name));
    write(m_scaling->putScheduledAction(action));
}

void ScalingPane::deleteScheduledAction(const QString& name)
{
    if (!m_scaling || m_readOnly || m_write)
        return;
    m_status->setText(tr("Deleting the scheduled action %1…").arg(name));
    write(m_scaling->deleteScheduledAction(name, resourceId()));
}

void ScalingPane::applyTarget()
{
    const int row = m_policies->indexOfTopLevelItem(m_policies->currentItem());
    if (!m_scaling || row < 0 || row >= m_shown.policies.size() || m_write || m_readOnly)
        return;
    Api::ScalingPolicy policy = m_shown.policies[row];
    policy.targetValue = m_targetValue->value();
    m_status->setText(tr("Setting the target of %1 to %2…").arg(policy.name).arg(m_targetValue->value()));
    write(m_scaling->putTargetTrackingPolicy(policy));
}

void ScalingPane::write(Api::AwsReply* reply)
{
    m_write = reply;
    connect(reply, &Api::AwsReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (!reply->isOk()) {
            showError(reply->error() ? reply->error()->toString() : tr("unknown error"));
            return;
        }
        reload();
    });
}

void ScalingPane::applyCapacity()
{
    if (!m_scaling || m_service.isEmpty())
        return;
    if (m_minimum->value() > m_maximum->value()) {
        showError(tr("The minimum capacity cannot be greater than the maximum."));
        return;
    }
    if (m_write || m_readOnly)
        return; // one write at a time
    m_status->setText(
        tr("Setting the capacity of %1 to %2-%3…").arg(m_service).arg(m_minimum->value()).arg(m_maximum->value()));
    write(m_scaling->registerScalableTarget(resourceId(), m_minimum->value(), m_maximum->value(),
        m_suspendIn->isChecked(), m_suspendOut->isChecked(), m_suspendScheduled->isChecked()));
}

} // namespace EcsDesk::Ui
