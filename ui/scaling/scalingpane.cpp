// SPDX-License-Identifier: MIT
#include "ui/scaling/scalingpane.h"

#include "api/core/awstransport.h"

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
{
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
    policyLayout->addLayout(targetRow);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(policyBox);
    for (QTreeWidget* tree : { m_alarms, m_scheduled, m_activities })
        splitter->addWidget(tree);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_target);
    layout->addLayout(capacity);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);

    connect(m_apply, &QPushButton::clicked, this, &ScalingPane::applyCapacity);
    connect(m_refresh, &QPushButton::clicked, this, &ScalingPane::reload);
    connect(m_applyTarget, &QPushButton::clicked, this, &ScalingPane::applyTarget);
    connect(m_policies, &QTreeWidget::currentItemChanged, this, &ScalingPane::policySelected);
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
    m_apply->setEnabled(m_scaling && !m_service.isEmpty());
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
    m_applyTarget->setEnabled(tracking && m_scaling);
    if (tracking)
        m_targetValue->setValue(*m_shown.policies[row].targetValue);
}

void ScalingPane::applyTarget()
{
    const int row = m_policies->indexOfTopLevelItem(m_policies->currentItem());
    if (!m_scaling || row < 0 || row >= m_shown.policies.size() || m_write)
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
    if (m_write)
        return; // one write at a time
    m_status->setText(
        tr("Setting the capacity of %1 to %2-%3…").arg(m_service).arg(m_minimum->value()).arg(m_maximum->value()));
    write(m_scaling->registerScalableTarget(
        Api::AutoScalingClient::ecsResourceId(m_cluster, m_service), m_minimum->value(), m_maximum->value()));
}

} // namespace EcsDesk::Ui
