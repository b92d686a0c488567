// SPDX-License-Identifier: MIT
#include "ui/scaling/policydialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace EcsDesk::Ui {

namespace {
    QSpinBox* optionalSeconds(const QString& objectName, const QString& unset)
    {
        auto* box = new QSpinBox;
        box->setObjectName(objectName);
        box->setRange(-1, 86400 * 7);
        box->setSpecialValueText(unset);
        box->setSuffix(QStringLiteral(" s"));
        box->setValue(-1);
        return box;
    }

    std::optional<int> optionalValue(const QSpinBox* box, int unset = -1)
    {
        return box->value() == unset ? std::nullopt : std::optional(box->value());
    }

    std::optional<double> bound(const QTableWidgetItem* item, bool* ok)
    {
        const QString text = item ? item->text().trimmed() : QString();
        if (text.isEmpty())
            return std::nullopt;
        bool parsed = false;
        const double value = QLocale().toDouble(text, &parsed);
        if (!parsed) {
            const double c = text.toDouble(&parsed);
            if (!parsed)
                *ok = false;
            return c;
        }
        return value;
    }

    QString boundText(const std::optional<double>& value)
    {
        return value ? QString::number(*value, 'g', 12) : QString();
    }

    QList<Api::MetricDimension> parseDimensions(const QString& text)
    {
        QList<Api::MetricDimension> out;
        for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const qsizetype equals = part.indexOf(QLatin1Char('='));
            if (equals > 0)
                out.append({ part.left(equals).trimmed(), part.mid(equals + 1).trimmed() });
        }
        return out;
    }

    QString dimensionsText(const QList<Api::MetricDimension>& dimensions)
    {
        QStringList parts;
        for (const Api::MetricDimension& dimension : dimensions)
            parts.append(dimension.name + QLatin1Char('=') + dimension.value);
        return parts.join(QStringLiteral(", "));
    }
} // namespace

PolicyDialog::PolicyDialog(const QString& resourceId, QWidget* parent)
    : QDialog(parent)
    , m_resourceId(resourceId)
    , m_name(new QLineEdit(this))
    , m_type(new QComboBox(this))
    , m_pages(new QStackedWidget(this))
    , m_metric(new QComboBox(this))
    , m_resourceLabel(new QLineEdit(this))
    , m_customNamespace(new QLineEdit(this))
    , m_customName(new QLineEdit(this))
    , m_customStatistic(new QComboBox(this))
    , m_customDimensions(new QLineEdit(this))
    , m_targetValue(new QDoubleSpinBox(this))
    , m_scaleOutCooldown(optionalSeconds(QStringLiteral("scaleOutCooldown"), tr("default (300 s)")))
    , m_scaleInCooldown(optionalSeconds(QStringLiteral("scaleInCooldown"), tr("default (300 s)")))
    , m_disableScaleIn(new QCheckBox(tr("&Disable scale-in"), this))
    , m_adjustmentType(new QComboBox(this))
    , m_steps(new QTableWidget(0, 3, this))
    , m_cooldown(optionalSeconds(QStringLiteral("stepCooldown"), tr("default (300 s)")))
    , m_aggregation(new QComboBox(this))
    , m_minMagnitude(new QSpinBox(this))
    , m_alarmName(new QLineEdit(this))
    , m_alarmNamespace(new QLineEdit(this))
    , m_alarmMetric(new QLineEdit(this))
    , m_alarmStatistic(new QComboBox(this))
    , m_comparison(new QComboBox(this))
    , m_threshold(new QDoubleSpinBox(this))
    , m_period(new QSpinBox(this))
    , m_evaluationPeriods(new QSpinBox(this))
    , m_datapoints(new QSpinBox(this))
    , m_errors(new QLabel(this))
{
    setWindowTitle(tr("Scaling Policy of %1").arg(resourceId));
    m_name->setObjectName(QStringLiteral("policyName"));
    m_type->setObjectName(QStringLiteral("policyType"));
    m_type->addItem(tr("Target tracking"), QStringLiteral("TargetTrackingScaling"));
    m_type->addItem(tr("Step scaling"), QStringLiteral("StepScaling"));
    m_errors->setObjectName(QStringLiteral("policyErrors"));
    m_errors->setWordWrap(true);
    m_errors->setTextFormat(Qt::PlainText);

    // Target tracking.
    auto* tracking = new QWidget(this);
    auto* trackingForm = new QFormLayout(tracking);
    m_metric->setObjectName(QStringLiteral("trackedMetric"));
    m_metric->addItem(tr("Average CPU utilization"), QStringLiteral("ECSServiceAverageCPUUtilization"));
    m_metric->addItem(tr("Average memory utilization"), QStringLiteral("ECSServiceAverageMemoryUtilization"));
    m_metric->addItem(tr("Requests per target (ALB)"), QStringLiteral("ALBRequestCountPerTarget"));
    m_metric->addItem(tr("Customized metric"), QString());
    m_resourceLabel->setPlaceholderText(QStringLiteral("app/<load-balancer>/<id>/targetgroup/<target-group>/<id>"));
    m_customStatistic->addItems({ QStringLiteral("Average"), QStringLiteral("Minimum"), QStringLiteral("Maximum"),
        QStringLiteral("SampleCount"), QStringLiteral("Sum") });
    m_customDimensions->setPlaceholderText(tr("Name=Value, Name=Value"));
    m_targetValue->setObjectName(QStringLiteral("policyTargetValue"));
    m_targetValue->setRange(0, 1e9);
    m_targetValue->setDecimals(2);
    m_targetValue->setValue(50);
    trackingForm->addRow(tr("&Metric:"), m_metric);
    trackingForm->addRow(tr("&Resource label:"), m_resourceLabel);
    trackingForm->addRow(tr("&Namespace:"), m_customNamespace);
    trackingForm->addRow(tr("Metric na&me:"), m_customName);
    trackingForm->addRow(tr("S&tatistic:"), m_customStatistic);
    trackingForm->addRow(tr("D&imensions:"), m_customDimensions);
    trackingForm->addRow(tr("&Target value:"), m_targetValue);
    trackingForm->addRow(tr("Scale-&out cooldown:"), m_scaleOutCooldown);
    trackingForm->addRow(tr("Scale-i&n cooldown:"), m_scaleInCooldown);
    trackingForm->addRow(QString(), m_disableScaleIn);
    m_pages->addWidget(tracking);

    // Step scaling.
    auto* step = new QWidget(this);
    auto* stepLayout = new QVBoxLayout(step);
    auto* stepForm = new QFormLayout;
    m_adjustmentType->setObjectName(QStringLiteral("adjustmentType"));
    m_adjustmentType->addItem(tr("Change in capacity"), QStringLiteral("ChangeInCapacity"));
    m_adjustmentType->addItem(tr("Percent change in capacity"), QStringLiteral("PercentChangeInCapacity"));
    m_adjustmentType->addItem(tr("Exact capacity"), QStringLiteral("ExactCapacity"));
    m_aggregation->addItems({ QStringLiteral("Average"), QStringLiteral("Minimum"), QStringLiteral("Maximum") });
    m_minMagnitude->setRange(0, 100000);
    m_minMagnitude->setSpecialValueText(tr("none"));
    stepForm->addRow(tr("&Adjustment type:"), m_adjustmentType);
    stepForm->addRow(tr("&Cooldown:"), m_cooldown);
    stepForm->addRow(tr("Metric a&ggregation:"), m_aggregation);
    stepForm->addRow(tr("Minimum ad&justment magnitude:"), m_minMagnitude);
    stepLayout->addLayout(stepForm);
    m_steps->setObjectName(QStringLiteral("stepAdjustments"));
    m_steps->setAccessibleName(tr("Step adjustments"));
    m_steps->setHorizontalHeaderLabels(
        { tr("Lower bound (blank: -∞)"), tr("Upper bound (blank: +∞)"), tr("Adjustment") });
    m_steps->horizontalHeader()->setStretchLastSection(true);
    m_steps->setToolTip(tr("Bounds are relative to the alarm's threshold: a metric 15 above a threshold of 70 is "
                           "in the step from 10 to 20."));
    stepLayout->addWidget(m_steps);
    auto* stepButtons = new QHBoxLayout;
    auto* addStepButton = new QPushButton(tr("Add S&tep"), this);
    auto* removeStep = new QPushButton(tr("Remove Ste&p"), this);
    stepButtons->addWidget(addStepButton);
    stepButtons->addWidget(removeStep);
    stepButtons->addStretch();
    stepLayout->addLayout(stepButtons);
    auto* alarmForm = new QFormLayout;
    m_alarmName->setObjectName(QStringLiteral("alarmName"));
    m_alarmNamespace->setText(QStringLiteral("AWS/ECS"));
    m_alarmMetric->setText(QStringLiteral("CPUUtilization"));
    m_alarmStatistic->addItems({ QStringLiteral("Average"), QStringLiteral("Minimum"), QStringLiteral("Maximum"),
        QStringLiteral("SampleCount"), QStringLiteral("Sum") });
    for (const QString& op : Models::StepPolicyForm::comparisonOperators())
        m_comparison->addItem(op, op);
    m_threshold->setObjectName(QStringLiteral("alarmThreshold"));
    m_threshold->setRange(-1e12, 1e12);
    m_threshold->setDecimals(2);
    m_threshold->setValue(70);
    m_period->setRange(10, 86400);
    m_period->setValue(60);
    m_period->setSuffix(QStringLiteral(" s"));
    m_evaluationPeriods->setRange(1, 1440);
    m_datapoints->setRange(0, 1440);
    m_datapoints->setSpecialValueText(tr("all"));
    alarmForm->addRow(tr("Alarm na&me:"), m_alarmName);
    alarmForm->addRow(tr("Alarm na&mespace:"), m_alarmNamespace);
    alarmForm->addRow(tr("Alarm metric:"), m_alarmMetric);
    alarmForm->addRow(tr("Alarm statistic:"), m_alarmStatistic);
    alarmForm->addRow(tr("Comparison:"), m_comparison);
    alarmForm->addRow(tr("T&hreshold:"), m_threshold);
    alarmForm->addRow(tr("Period:"), m_period);
    alarmForm->addRow(tr("Evaluation periods:"), m_evaluationPeriods);
    alarmForm->addRow(tr("Datapoints to alarm:"), m_datapoints);
    stepLayout->addLayout(alarmForm);
    m_pages->addWidget(step);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* top = new QFormLayout;
    top->addRow(tr("&Name:"), m_name);
    top->addRow(tr("T&ype:"), m_type);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_errors);
    layout->addWidget(buttons);

    m_alarmDimensions = Models::StepPolicyForm::serviceDimensions(resourceId);
    connect(buttons, &QDialogButtonBox::accepted, this, &PolicyDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PolicyDialog::reject);
    connect(m_type, &QComboBox::currentIndexChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_type, &QComboBox::currentIndexChanged, this, &PolicyDialog::updateErrors);
    connect(m_metric, &QComboBox::currentIndexChanged, this, &PolicyDialog::metricChanged);
    connect(addStepButton, &QPushButton::clicked, this, [this] { addStep({}, {}, 1); });
    connect(removeStep, &QPushButton::clicked, this, [this] {
        if (m_steps->currentRow() >= 0)
            m_steps->removeRow(m_steps->currentRow());
        updateErrors();
    });
    connect(m_steps, &QTableWidget::itemChanged, this, &PolicyDialog::updateErrors);
    connect(m_name, &QLineEdit::textChanged, this, &PolicyDialog::updateErrors);
    connect(m_resourceLabel, &QLineEdit::textChanged, this, &PolicyDialog::updateErrors);
    connect(m_adjustmentType, &QComboBox::currentIndexChanged, this, &PolicyDialog::updateErrors);
    connect(m_minMagnitude, &QSpinBox::valueChanged, this, &PolicyDialog::updateErrors);
    connect(m_alarmName, &QLineEdit::textChanged, this, &PolicyDialog::updateErrors);
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString& text) {
        if (m_alarmName->isModified())
            return;
        m_alarmName->setText(text.isEmpty() ? QString() : text + QStringLiteral("-alarm"));
    });

    Models::StepPolicyForm defaults;
    defaults.resourceId = resourceId;
    defaults.dimensions = m_alarmDimensions;
    defaults.steps = { { 0.0, 20.0, 1 }, { 20.0, std::nullopt, 2 } };
    setStepPolicy(defaults);
    Models::TargetTrackingForm tracking_;
    tracking_.resourceId = resourceId;
    setTargetTracking(tracking_);
    resize(560, 640);
}

void PolicyDialog::addStep(const QString& lower, const QString& upper, int adjustment)
{
    const int row = m_steps->rowCount();
    m_steps->insertRow(row);
    m_steps->setItem(row, 0, new QTableWidgetItem(lower));
    m_steps->setItem(row, 1, new QTableWidgetItem(upper));
    m_steps->setItem(row, 2, new QTableWidgetItem(QString::number(adjustment)));
    updateErrors();
}

void PolicyDialog::setTargetTracking(const Models::TargetTrackingForm& form)
{
    m_type->setCurrentIndex(0);
    m_name->setText(form.name);
    m_original = form.original;
    m_metric->setCurrentIndex(std::max(0, m_metric->findData(form.predefinedMetric)));
    m_resourceLabel->setText(form.resourceLabel);
    m_customNamespace->setText(form.metricNamespace);
    m_customName->setText(form.metricName);
    m_customStatistic->setCurrentText(form.statistic);
    m_customDimensions->setText(dimensionsText(form.dimensions));
    m_targetValue->setValue(form.targetValue);
    m_scaleOutCooldown->setValue(form.scaleOutCooldown.value_or(-1));
    m_scaleInCooldown->setValue(form.scaleInCooldown.value_or(-1));
    m_disableScaleIn->setChecked(form.disableScaleIn);
    metricChanged();
}

void PolicyDialog::setStepPolicy(const Models::StepPolicyForm& form)
{
    m_type->setCurrentIndex(1);
    m_name->setText(form.name);
    m_adjustmentType->setCurrentIndex(std::max(0, m_adjustmentType->findData(form.adjustmentType)));
    m_steps->setRowCount(0);
    {
        const QSignalBlocker blocker(m_steps);
        for (const Api::StepAdjustment& step : form.steps)
            addStep(boundText(step.lowerBound), boundText(step.upperBound), step.scalingAdjustment);
    }
    m_cooldown->setValue(form.cooldown.value_or(-1));
    m_aggregation->setCurrentText(form.metricAggregationType);
    m_minMagnitude->setValue(form.minAdjustmentMagnitude.value_or(0));
    m_alarmName->setText(form.alarmName);
    m_alarmNamespace->setText(form.metricNamespace);
    m_alarmMetric->setText(form.metricName);
    m_alarmStatistic->setCurrentText(form.statistic);
    m_comparison->setCurrentIndex(std::max(0, m_comparison->findData(form.comparisonOperator)));
    m_threshold->setValue(form.threshold);
    m_period->setValue(form.period);
    m_evaluationPeriods->setValue(form.evaluationPeriods);
    m_datapoints->setValue(form.datapointsToAlarm);
    m_alarmDimensions = form.dimensions;
    updateErrors();
}

bool PolicyDialog::isStepPolicy() const { return m_type->currentData().toString() == QLatin1String("StepScaling"); }

Models::TargetTrackingForm PolicyDialog::targetTracking() const
{
    Models::TargetTrackingForm form;
    form.name = m_name->text().trimmed();
    form.resourceId = m_resourceId;
    form.original = m_original;
    form.predefinedMetric = m_metric->currentData().toString();
    form.resourceLabel = m_resourceLabel->text().trimmed();
    form.metricNamespace = m_customNamespace->text().trimmed();
    form.metricName = m_customName->text().trimmed();
    form.statistic = m_customStatistic->currentText();
    form.dimensions = parseDimensions(m_customDimensions->text());
    form.targetValue = m_targetValue->value();
    form.scaleOutCooldown = optionalValue(m_scaleOutCooldown);
    form.scaleInCooldown = optionalValue(m_scaleInCooldown);
    form.disableScaleIn = m_disableScaleIn->isChecked();
    return form;
}

Models::StepPolicyForm PolicyDialog::stepPolicy() const
{
    Models::StepPolicyForm form;
    form.name = m_name->text().trimmed();
    form.resourceId = m_resourceId;
    form.adjustmentType = m_adjustmentType->currentData().toString();
    for (int row = 0; row < m_steps->rowCount(); ++row) {
        bool ok = true;
        Api::StepAdjustment step;
        step.lowerBound = bound(m_steps->item(row, 0), &ok);
        step.upperBound = bound(m_steps->item(row, 1), &ok);
        step.scalingAdjustment = m_steps->item(row, 2) ? m_steps->item(row, 2)->text().trimmed().toInt() : 0;
        form.steps.append(step);
    }
    form.cooldown = optionalValue(m_cooldown);
    form.metricAggregationType = m_aggregation->currentText();
    form.minAdjustmentMagnitude = optionalValue(m_minMagnitude, 0);
    form.alarmName = m_alarmName->text().trimmed();
    form.metricNamespace = m_alarmNamespace->text().trimmed();
    form.metricName = m_alarmMetric->text().trimmed();
    form.statistic = m_alarmStatistic->currentText();
    form.dimensions = m_alarmDimensions;
    form.comparisonOperator = m_comparison->currentData().toString();
    form.threshold = m_threshold->value();
    form.period = m_period->value();
    form.evaluationPeriods = m_evaluationPeriods->value();
    form.datapointsToAlarm = m_datapoints->value();
    return form;
}

QStringList PolicyDialog::errors() const
{
    QStringList errors = isStepPolicy() ? stepPolicy().errors() : targetTracking().errors();
    if (isStepPolicy()) {
        for (int row = 0; row < m_steps->rowCount(); ++row) {
            bool ok = true;
            bound(m_steps->item(row, 0), &ok);
            bound(m_steps->item(row, 1), &ok);
            bool adjustment = false;
            if (m_steps->item(row, 2))
                m_steps->item(row, 2)->text().trimmed().toInt(&adjustment);
            if (!ok || !adjustment)
                errors.prepend(tr("Step %1 has a bound or adjustment that is not a number.").arg(row + 1));
        }
    }
    return errors;
}

void PolicyDialog::updateErrors() { m_errors->setText(errors().join(QLatin1Char('\n'))); }

void PolicyDialog::metricChanged()
{
    const QString metric = m_metric->currentData().toString();
    m_resourceLabel->setEnabled(metric == QLatin1String("ALBRequestCountPerTarget"));
    for (QWidget* custom :
        std::initializer_list<QWidget*> { m_customNamespace, m_customName, m_customStatistic, m_customDimensions })
        custom->setEnabled(metric.isEmpty());
    updateErrors();
}

void PolicyDialog::accept()
{
    updateErrors();
    if (!errors().isEmpty())
        return;
    QDialog::accept();
}

} // namespace EcsDesk::Ui
