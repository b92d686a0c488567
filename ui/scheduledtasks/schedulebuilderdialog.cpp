// SPDX-License-Identifier: MIT
#include "ui/scheduledtasks/schedulebuilderdialog.h"

#include "api/core/awstransport.h"
#include "api/core/replyguard.h"
#include "api/scheduler/schedulerclient.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimeEdit>
#include <QTimeZone>
#include <QVBoxLayout>

namespace EcsDesk::Ui {

using Models::ScheduleForm;

namespace {
    QStringList splitIds(const QString& text)
    {
        QStringList out;
        for (const QString& part : text.split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts))
            out.append(part);
        return out;
    }

    QDateTimeEdit* utcEdit(const QDateTime& value, QWidget* parent)
    {
        auto* edit = new QDateTimeEdit(parent);
        edit->setTimeSpec(Qt::UTC);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
        edit->setCalendarPopup(true);
        edit->setDateTime(value.isValid()
                ? value.toUTC()
                : QDateTime::currentDateTimeUtc().addSecs(3600 - QDateTime::currentSecsSinceEpoch() % 3600));
        return edit;
    }
} // namespace

ScheduleBuilderDialog::ScheduleBuilderDialog(const ScheduleForm& form, const QStringList& taskDefinitions, bool editing,
    const Api::SchedulerClient* scheduler, const Api::EventsClient* events, QWidget* parent)
    : QDialog(parent)
    , m_scheduler(scheduler)
    , m_events(events)
    , m_base(form)
    , m_editing(editing)
{
    setObjectName(QStringLiteral("scheduleBuilderDialog"));
    setWindowTitle(editing ? tr("Edit Scheduled Task %1").arg(form.name) : tr("New Scheduled Task"));

    // When.
    auto* when = new QWidget;
    auto* whenLayout = new QFormLayout(when);
    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("scheduleKind"));
    m_kind->addItem(tr("EventBridge Scheduler schedule"));
    m_kind->addItem(tr("EventBridge rule"));
    m_kind->setCurrentIndex(form.kind == ScheduleForm::Kind::Schedule ? 0 : 1);
    m_kind->setEnabled(!editing);
    whenLayout->addRow(tr("&Kind:"), m_kind);
    m_name = new QLineEdit(form.name);
    m_name->setObjectName(QStringLiteral("scheduleName"));
    m_name->setReadOnly(editing);
    whenLayout->addRow(tr("&Name:"), m_name);
    m_group = new QLineEdit(form.group);
    m_group->setObjectName(QStringLiteral("scheduleGroup"));
    m_group->setReadOnly(editing);
    whenLayout->addRow(tr("Schedule &group:"), m_group);
    m_description = new QLineEdit(form.description);
    m_description->setObjectName(QStringLiteral("scheduleDescription"));
    whenLayout->addRow(tr("&Description:"), m_description);
    m_enabled = new QCheckBox(tr("&Enabled"));
    m_enabled->setObjectName(QStringLiteral("scheduleEnabled"));
    m_enabled->setChecked(form.enabled);
    whenLayout->addRow(QString(), m_enabled);
    m_preset = new QComboBox;
    m_preset->setObjectName(QStringLiteral("schedulePreset"));
    m_preset->addItems({ tr("Every 5 minutes"), tr("Every hour"), tr("Every day at..."), tr("Monday to Friday at..."),
        tr("Once at..."), tr("Custom expression") });
    m_preset->setCurrentIndex(int(form.preset));
    whenLayout->addRow(tr("&Runs:"), m_preset);
    m_time = new QTimeEdit(form.time);
    m_time->setObjectName(QStringLiteral("scheduleTime"));
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    whenLayout->addRow(tr("&At:"), m_time);
    m_onceAt = new QDateTimeEdit;
    m_onceAt->setObjectName(QStringLiteral("scheduleOnceAt"));
    m_onceAt->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    m_onceAt->setCalendarPopup(true);
    m_onceAt->setDateTime(form.onceAt.isValid() ? form.onceAt : QDateTime::currentDateTime().addSecs(3600));
    whenLayout->addRow(tr("&Once at:"), m_onceAt);
    m_expression
        = new QLineEdit(form.preset == ScheduleForm::Preset::Custom ? form.customExpression : form.expression());
    m_expression->setObjectName(QStringLiteral("scheduleExpression"));
    m_expression->setPlaceholderText(tr("at(2030-01-01T09:00:00), rate(10 minutes) or cron(0 9 ? * MON-FRI *)"));
    whenLayout->addRow(tr("E&xpression:"), m_expression);
    m_timeZone = new QComboBox;
    m_timeZone->setObjectName(QStringLiteral("scheduleTimeZone"));
    m_timeZone->setEditable(true);
    m_timeZone->addItem(QString());
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds())
        m_timeZone->addItem(QString::fromLatin1(id));
    m_timeZone->setCurrentText(form.timeZone);
    m_timeZone->lineEdit()->setPlaceholderText(tr("UTC"));
    whenLayout->addRow(tr("&Time zone:"), m_timeZone);
    m_hasStart = new QCheckBox(tr("Fro&m:"));
    m_hasStart->setObjectName(QStringLiteral("scheduleHasStart"));
    m_hasStart->setChecked(form.startDate.isValid());
    m_start = utcEdit(form.startDate, this);
    m_start->setObjectName(QStringLiteral("scheduleStart"));
    whenLayout->addRow(m_hasStart, m_start);
    m_hasEnd = new QCheckBox(tr("U&ntil:"));
    m_hasEnd->setObjectName(QStringLiteral("scheduleHasEnd"));
    m_hasEnd->setChecked(form.endDate.isValid());
    m_end = utcEdit(form.endDate.isValid() ? form.endDate : QDateTime::currentDateTimeUtc().addDays(30), this);
    m_end->setObjectName(QStringLiteral("scheduleEnd"));
    whenLayout->addRow(m_hasEnd, m_end);
    m_window = new QSpinBox;
    m_window->setObjectName(QStringLiteral("scheduleWindow"));
    m_window->setRange(0, 1440);
    m_window->setSuffix(tr(" min"));
    m_window->setSpecialValueText(tr("Off"));
    m_window->setValue(form.flexibleWindowMinutes);
    whenLayout->addRow(tr("&Flexible window:"), m_window);
    m_deleteAfter = new QCheckBox(tr("De&lete the schedule after its last run"));
    m_deleteAfter->setObjectName(QStringLiteral("scheduleDeleteAfter"));
    m_deleteAfter->setChecked(form.deleteAfterCompletion);
    whenLayout->addRow(QString(), m_deleteAfter);

    // What.
    auto* what = new QWidget;
    auto* whatLayout = new QFormLayout(what);
    m_taskDefinition = new QComboBox;
    m_taskDefinition->setObjectName(QStringLiteral("scheduleTaskDefinition"));
    m_taskDefinition->setEditable(true);
    m_taskDefinition->addItems(taskDefinitions);
    m_taskDefinition->setCurrentText(form.taskDefinition.contains(QLatin1String(":task-definition/"))
            ? form.taskDefinition.section(QLatin1Char('/'), -1)
            : form.taskDefinition);
    whatLayout->addRow(tr("Task &definition:"), m_taskDefinition);
    m_count = new QSpinBox;
    m_count->setObjectName(QStringLiteral("scheduleTaskCount"));
    m_count->setRange(1, 100);
    m_count->setValue(form.taskCount);
    whatLayout->addRow(tr("Task cou&nt:"), m_count);
    m_launch = new QComboBox;
    m_launch->setObjectName(QStringLiteral("scheduleLaunch"));
    m_launch->addItems({ tr("Cluster default"), QStringLiteral("EC2"), QStringLiteral("FARGATE"),
        QStringLiteral("EXTERNAL"), tr("Capacity provider strategy") });
    m_launch->setCurrentIndex(int(form.launch));
    whatLayout->addRow(tr("&Launch:"), m_launch);
    m_providers = new QLineEdit(ScheduleForm::providersText(form.providers));
    m_providers->setObjectName(QStringLiteral("scheduleProviders"));
    m_providers->setPlaceholderText(tr("FARGATE_SPOT:3, FARGATE:1:1 (name:weight:base)"));
    whatLayout->addRow(tr("Ca&pacity providers:"), m_providers);
    m_subnets = new QLineEdit(form.subnets.join(QStringLiteral(", ")));
    m_subnets->setObjectName(QStringLiteral("scheduleSubnets"));
    m_subnets->setPlaceholderText(tr("subnet-..., subnet-... (awsvpc tasks)"));
    whatLayout->addRow(tr("S&ubnets:"), m_subnets);
    m_securityGroups = new QLineEdit(form.securityGroups.join(QStringLiteral(", ")));
    m_securityGroups->setObjectName(QStringLiteral("scheduleSecurityGroups"));
    m_securityGroups->setPlaceholderText(tr("sg-..."));
    whatLayout->addRow(tr("Securit&y groups:"), m_securityGroups);
    m_publicIp = new QCheckBox(tr("Assign a public &IP"));
    m_publicIp->setObjectName(QStringLiteral("schedulePublicIp"));
    m_publicIp->setChecked(form.assignPublicIp);
    whatLayout->addRow(QString(), m_publicIp);
    m_platformVersion = new QLineEdit(form.platformVersion);
    m_platformVersion->setObjectName(QStringLiteral("schedulePlatformVersion"));
    m_platformVersion->setPlaceholderText(tr("LATEST"));
    whatLayout->addRow(tr("Platform &version:"), m_platformVersion);
    m_taskGroup = new QLineEdit(form.taskGroup);
    m_taskGroup->setObjectName(QStringLiteral("scheduleTaskGroup"));
    m_taskGroup->setPlaceholderText(tr("family:<family>"));
    whatLayout->addRow(tr("Task &group:"), m_taskGroup);
    m_input = new QPlainTextEdit(form.input);
    m_input->setObjectName(QStringLiteral("scheduleInput"));
    m_input->setTabChangesFocus(true);
    m_input->setPlaceholderText(tr("{\"containerOverrides\": [{\"name\": \"app\", \"command\": [\"report\"]}]}"));
    whatLayout->addRow(tr("Container &overrides (JSON):"), m_input);
    m_role = new QLineEdit(form.roleArn);
    m_role->setObjectName(QStringLiteral("scheduleRole"));
    whatLayout->addRow(tr("&Role:"), m_role);
    m_retries = new QSpinBox;
    m_retries->setObjectName(QStringLiteral("scheduleRetryAttempts"));
    m_retries->setRange(0, 185);
    m_retries->setValue(form.maximumRetryAttempts);
    whatLayout->addRow(tr("Retry &attempts:"), m_retries);
    m_eventAge = new QSpinBox;
    m_eventAge->setObjectName(QStringLiteral("scheduleEventAge"));
    m_eventAge->setRange(60, 86400);
    m_eventAge->setSuffix(tr(" s"));
    m_eventAge->setValue(form.maximumEventAgeSeconds);
    whatLayout->addRow(tr("Retry for at &most:"), m_eventAge);

    auto* tabs = new QTabWidget;
    tabs->setObjectName(QStringLiteral("scheduleTabs"));
    tabs->addTab(when, tr("&When"));
    tabs->addTab(what, tr("W&hat"));

    m_preview = new QLabel;
    m_preview->setObjectName(QStringLiteral("schedulePreview"));
    m_preview->setWordWrap(true);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems = new QLabel;
    m_problems->setObjectName(QStringLiteral("scheduleProblems"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: palette(link-visited);"));
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("dialogError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(editing ? tr("&Save") : tr("&Create"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ScheduleBuilderDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs, 1);
    layout->addWidget(m_preview);
    layout->addWidget(m_problems);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    const auto changed = [this] { update(); };
    for (QLineEdit* edit : { m_name, m_group, m_description, m_expression, m_providers, m_subnets, m_securityGroups,
             m_platformVersion, m_taskGroup, m_role })
        connect(edit, &QLineEdit::textChanged, this, changed);
    for (QComboBox* combo : { m_kind, m_preset, m_launch })
        connect(combo, &QComboBox::currentIndexChanged, this, changed);
    connect(m_timeZone, &QComboBox::currentTextChanged, this, changed);
    connect(m_taskDefinition, &QComboBox::currentTextChanged, this, changed);
    for (QCheckBox* box : { m_enabled, m_hasStart, m_hasEnd, m_deleteAfter, m_publicIp })
        connect(box, &QCheckBox::toggled, this, changed);
    for (QSpinBox* spin : { m_window, m_count, m_retries, m_eventAge })
        connect(spin, &QSpinBox::valueChanged, this, changed);
    connect(m_time, &QTimeEdit::timeChanged, this, changed);
    for (QDateTimeEdit* edit : { m_onceAt, m_start, m_end })
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, changed);
    connect(m_input, &QPlainTextEdit::textChanged, this, changed);
    resize(620, 640);
    update();
    (editing ? static_cast<QWidget*>(m_preset) : m_name)->setFocus();
}

ScheduleForm ScheduleBuilderDialog::form() const
{
    ScheduleForm form = m_base;
    form.kind = m_kind->currentIndex() == 0 ? ScheduleForm::Kind::Schedule : ScheduleForm::Kind::Rule;
    form.name = m_name->text().trimmed();
    form.group = m_group->text().trimmed();
    form.description = m_description->text();
    form.enabled = m_enabled->isChecked();
    form.preset = ScheduleForm::Preset(m_preset->currentIndex());
    form.time = m_time->time();
    form.onceAt = m_onceAt->dateTime();
    form.customExpression = m_expression->text().trimmed();
    form.timeZone = m_timeZone->currentText().trimmed();
    const bool schedule = form.kind == ScheduleForm::Kind::Schedule;
    form.startDate = schedule && m_hasStart->isChecked() ? m_start->dateTime().toUTC() : QDateTime();
    form.endDate = schedule && m_hasEnd->isChecked() ? m_end->dateTime().toUTC() : QDateTime();
    form.flexibleWindowMinutes = schedule ? m_window->value() : 0;
    form.deleteAfterCompletion = schedule && m_deleteAfter->isChecked();
    form.taskDefinition = m_taskDefinition->currentText().trimmed();
    form.taskCount = m_count->value();
    form.launch = ScheduleForm::Launch(m_launch->currentIndex());
    form.providers = form.launch == ScheduleForm::Launch::CapacityProviders
        ? ScheduleForm::parseProviders(m_providers->text(), nullptr)
        : QList<ScheduleForm::Provider>();
    form.subnets = splitIds(m_subnets->text());
    form.securityGroups = splitIds(m_securityGroups->text());
    form.assignPublicIp = m_publicIp->isChecked();
    form.platformVersion = m_platformVersion->text().trimmed();
    form.taskGroup = m_taskGroup->text().trimmed();
    form.input = m_input->toPlainText();
    form.roleArn = m_role->text().trimmed();
    form.maximumRetryAttempts = m_retries->value();
    form.maximumEventAgeSeconds = m_eventAge->value();
    return form;
}

QString ScheduleBuilderDialog::problemsText() const { return m_problems->text(); }

QString ScheduleBuilderDialog::previewText() const { return m_preview->text(); }

QString ScheduleBuilderDialog::errorText() const { return m_error->isVisible() ? m_error->text() : QString(); }

void ScheduleBuilderDialog::update()
{
    const ScheduleForm current = form();
    const bool schedule = current.kind == ScheduleForm::Kind::Schedule;
    const ScheduleForm::Preset preset = current.preset;
    m_group->setEnabled(schedule);
    m_time->setEnabled(preset == ScheduleForm::Preset::DailyAt || preset == ScheduleForm::Preset::WeekdaysAt);
    m_onceAt->setEnabled(preset == ScheduleForm::Preset::OnceAt);
    m_expression->setReadOnly(preset != ScheduleForm::Preset::Custom);
    if (preset != ScheduleForm::Preset::Custom && m_expression->text() != current.expression()) {
        const QSignalBlocker blocker(m_expression);
        m_expression->setText(current.expression());
    }
    m_timeZone->setEnabled(schedule);
    m_hasStart->setEnabled(schedule);
    m_start->setEnabled(schedule && m_hasStart->isChecked());
    m_hasEnd->setEnabled(schedule);
    m_end->setEnabled(schedule && m_hasEnd->isChecked());
    m_window->setEnabled(schedule);
    m_deleteAfter->setEnabled(schedule);
    m_providers->setEnabled(current.launch == ScheduleForm::Launch::CapacityProviders);
    Models::ScheduleForm defaultRole = current;
    defaultRole.roleArn.clear();
    m_role->setPlaceholderText(defaultRole.effectiveRoleArn());

    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<ScheduleForm::Problem> problems = current.validate(now);
    QString providersError;
    if (current.launch == ScheduleForm::Launch::CapacityProviders && !m_providers->text().trimmed().isEmpty()
        && ScheduleForm::parseProviders(m_providers->text(), &providersError).isEmpty())
        problems.prepend({ QStringLiteral("launch"), providersError });

    QStringList preview;
    const QString expression = current.expression();
    preview.append(QStringLiteral("%1 — %2").arg(current.describe(), expression));
    if (!current.problem(problems, QStringLiteral("expression")).isEmpty()
        || !current.problem(problems, QStringLiteral("timeZone")).isEmpty()) {
        preview.append(tr("Next runs: (the expression is not valid)"));
    } else {
        // The run times in the schedule's zone (what the expression means), UTC for rules.
        const QString zoneName = schedule && !current.timeZone.isEmpty() ? current.timeZone : QStringLiteral("UTC");
        const QTimeZone zone(zoneName.toUtf8());
        QStringList runs;
        for (const QDateTime& at : current.nextRuns(now, 5))
            runs.append(at.toTimeZone(zone).toString(QStringLiteral("ddd yyyy-MM-dd HH:mm")));
        preview.append(runs.isEmpty() ? tr("Next runs: none")
                                      : tr("Next runs (%1): %2").arg(zoneName, runs.join(QStringLiteral("; "))));
    }
    m_preview->setText(preview.join(QLatin1Char('\n')));
    QStringList texts;
    for (const ScheduleForm::Problem& problem : std::as_const(problems))
        texts.append(problem.text);
    m_problems->setText(texts.join(QLatin1Char('\n')));
    m_problems->setVisible(!texts.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(texts.isEmpty() && !m_sending);
}

void ScheduleBuilderDialog::setSending(bool sending)
{
    m_sending = sending;
    update();
}

void ScheduleBuilderDialog::fail(const QString& error)
{
    m_error->setText(error);
    m_error->show();
    setSending(false);
}

void ScheduleBuilderDialog::save()
{
    const ScheduleForm current = form();
    if (m_sending || !current.validate(QDateTime::currentDateTimeUtc()).isEmpty())
        return;
    m_error->hide();
    setSending(true);
    QPointer<ScheduleBuilderDialog> self(this);
    const auto finish = [self, current](Api::AwsReply* reply, const std::function<void()>& next) {
        reply->deleteLater();
        if (!self)
            return;
        if (!reply->isOk()) {
            self->fail(tr("The service refused: %1").arg(Api::replyErrorText(reply)));
            return;
        }
        next();
    };
    const auto done = [self, current] {
        if (!self)
            return;
        self->m_sending = false;
        Q_EMIT self->saved(current);
        self->accept();
    };
    if (current.kind == ScheduleForm::Kind::Schedule) {
        if (!m_scheduler)
            return fail(tr("No connection."));
        Api::AwsReply* reply = m_editing ? m_scheduler->updateSchedule(current.name, current.scheduleRequest())
                                         : m_scheduler->createSchedule(current.name, current.scheduleRequest());
        connect(reply, &Api::AwsReply::finished, this, [finish, reply, done] { finish(reply, done); });
        return;
    }
    if (!m_events)
        return fail(tr("No connection."));
    Api::AwsReply* rule = m_events->putRule(current.putRuleRequest());
    connect(rule, &Api::AwsReply::finished, this, [self, finish, rule, done, current] {
        finish(rule, [self, finish, done, current] {
            Api::AwsReply* targets = self->m_events->putTargets(current.name, QJsonArray { current.ruleTarget() });
            connect(targets, &Api::AwsReply::finished, self, [self, finish, targets, done] {
                finish(targets, [self, targets, done] {
                    const QJsonArray failed = targets->json().value(QLatin1String("FailedEntries")).toArray();
                    if (!failed.isEmpty()) {
                        const QJsonObject entry = failed.first().toObject();
                        self->fail(tr("The rule was saved but its target was refused: %1: %2")
                                       .arg(entry.value(QLatin1String("ErrorCode")).toString(),
                                           entry.value(QLatin1String("ErrorMessage")).toString()));
                        return;
                    }
                    done();
                });
            });
        });
    });
}

} // namespace EcsDesk::Ui
