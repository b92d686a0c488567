// SPDX-License-Identifier: MIT
#include "ui/scaling/scheduledactiondialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>
#include <QTimeZone>
#include <QVBoxLayout>

namespace EcsDesk::Ui {

ScheduledActionDialog::ScheduledActionDialog(const QString& resourceId, QWidget* parent)
    : QDialog(parent)
    , m_resourceId(resourceId)
    , m_name(new QLineEdit(this))
    , m_schedule(new QLineEdit(this))
    , m_timeZone(new QComboBox(this))
    , m_hasStart(new QCheckBox(tr("&Start:"), this))
    , m_start(new QDateTimeEdit(this))
    , m_hasEnd(new QCheckBox(tr("&End:"), this))
    , m_end(new QDateTimeEdit(this))
    , m_min(new QSpinBox(this))
    , m_max(new QSpinBox(this))
    , m_nextRuns(new QLabel(this))
    , m_errors(new QLabel(this))
{
    setWindowTitle(tr("Scheduled Action of %1").arg(resourceId));
    m_name->setObjectName(QStringLiteral("scheduledActionName"));
    m_schedule->setObjectName(QStringLiteral("scheduleExpression"));
    m_schedule->setPlaceholderText(QStringLiteral("cron(0 22 * * ? *)  rate(1 hour)  at(2026-12-24T18:00:00)"));
    m_timeZone->setObjectName(QStringLiteral("scheduleTimeZone"));
    m_timeZone->setEditable(true);
    m_timeZone->addItem(QStringLiteral("UTC"));
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds()) {
        if (id != "UTC")
            m_timeZone->addItem(QString::fromUtf8(id));
    }
    for (QDateTimeEdit* edit : { m_start, m_end }) {
        edit->setCalendarPopup(true);
        edit->setTimeSpec(Qt::UTC);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
        edit->setDateTime(QDateTime::currentDateTimeUtc());
        edit->setEnabled(false);
    }
    for (QSpinBox* box : { m_min, m_max }) {
        box->setRange(-1, 100000);
        box->setSpecialValueText(tr("unchanged"));
        box->setValue(-1);
    }
    m_nextRuns->setObjectName(QStringLiteral("nextRuns"));
    m_nextRuns->setTextFormat(Qt::PlainText);
    m_errors->setObjectName(QStringLiteral("scheduledActionErrors"));
    m_errors->setTextFormat(Qt::PlainText);
    m_errors->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("S&chedule:"), m_schedule);
    form->addRow(tr("&Time zone:"), m_timeZone);
    form->addRow(m_hasStart, m_start);
    form->addRow(m_hasEnd, m_end);
    form->addRow(tr("Mi&nimum capacity:"), m_min);
    form->addRow(tr("Ma&ximum capacity:"), m_max);
    form->addRow(tr("Next runs:"), m_nextRuns);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_errors);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &ScheduledActionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ScheduledActionDialog::reject);
    connect(m_hasStart, &QCheckBox::toggled, m_start, &QWidget::setEnabled);
    connect(m_hasEnd, &QCheckBox::toggled, m_end, &QWidget::setEnabled);
    for (QLineEdit* edit : { m_name, m_schedule })
        connect(edit, &QLineEdit::textChanged, this, &ScheduledActionDialog::update);
    connect(m_timeZone, &QComboBox::currentTextChanged, this, &ScheduledActionDialog::update);
    for (QCheckBox* box : { m_hasStart, m_hasEnd })
        connect(box, &QCheckBox::toggled, this, &ScheduledActionDialog::update);
    for (QDateTimeEdit* edit : { m_start, m_end })
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, &ScheduledActionDialog::update);
    for (QSpinBox* box : { m_min, m_max })
        connect(box, &QSpinBox::valueChanged, this, &ScheduledActionDialog::update);
    update();
}

void ScheduledActionDialog::setForm(const Models::ScheduledActionForm& form)
{
    m_name->setText(form.name);
    m_schedule->setText(form.schedule);
    m_timeZone->setCurrentText(form.timeZone.isEmpty() ? QStringLiteral("UTC") : form.timeZone);
    m_hasStart->setChecked(form.start.isValid());
    if (form.start.isValid())
        m_start->setDateTime(form.start.toUTC());
    m_hasEnd->setChecked(form.end.isValid());
    if (form.end.isValid())
        m_end->setDateTime(form.end.toUTC());
    m_min->setValue(form.minCapacity.value_or(-1));
    m_max->setValue(form.maxCapacity.value_or(-1));
    update();
}

Models::ScheduledActionForm ScheduledActionDialog::form() const
{
    Models::ScheduledActionForm form;
    form.name = m_name->text().trimmed();
    form.resourceId = m_resourceId;
    form.schedule = m_schedule->text().trimmed();
    const QString zone = m_timeZone->currentText().trimmed();
    form.timeZone = zone == QLatin1String("UTC") ? QString() : zone;
    if (m_hasStart->isChecked())
        form.start = m_start->dateTime().toUTC();
    if (m_hasEnd->isChecked())
        form.end = m_end->dateTime().toUTC();
    if (m_min->value() >= 0)
        form.minCapacity = m_min->value();
    if (m_max->value() >= 0)
        form.maxCapacity = m_max->value();
    return form;
}

void ScheduledActionDialog::update()
{
    const Models::ScheduledActionForm current = form();
    const QList<QDateTime> runs = current.nextRuns(QDateTime::currentDateTimeUtc(), 5);
    const QTimeZone zone = current.timeZone.isEmpty() ? QTimeZone::utc() : QTimeZone(current.timeZone.toUtf8());
    QStringList lines;
    for (const QDateTime& run : runs) {
        const QDateTime there = zone.isValid() ? run.toTimeZone(zone) : run;
        lines.append(tr("%1 (%2 here)")
                         .arg(QLocale().toString(there, QStringLiteral("yyyy-MM-dd HH:mm t")),
                             QLocale().toString(run.toLocalTime(), QLocale::ShortFormat)));
    }
    m_nextRuns->setText(lines.isEmpty() ? tr("none") : lines.join(QLatin1Char('\n')));
    m_errors->setText(current.errors().join(QLatin1Char('\n')));
}

void ScheduledActionDialog::accept()
{
    update();
    if (!form().errors().isEmpty())
        return;
    QDialog::accept();
}

} // namespace EcsDesk::Ui
