// SPDX-License-Identifier: MIT
#pragma once

#include "models/scaling/scalingforms.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace EcsDesk::Ui {

/// Creates or edits a scheduled action: name, at()/rate()/cron() expression, time zone, optional
/// start and end, the minimum and maximum capacity; the next five run times show as the
/// expression is typed, before anything is saved.
class ScheduledActionDialog : public QDialog {
    Q_OBJECT
public:
    ScheduledActionDialog(const QString& resourceId, QWidget* parent = nullptr);

    void setForm(const Models::ScheduledActionForm& form);
    Models::ScheduledActionForm form() const;

    // For tests.
    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* scheduleEdit() const { return m_schedule; }
    QComboBox* timeZoneBox() const { return m_timeZone; }
    QLabel* nextRunsLabel() const { return m_nextRuns; }
    QLabel* errorLabel() const { return m_errors; }

    void accept() override;

private:
    void update();

    QString m_resourceId;
    QLineEdit* m_name;
    QLineEdit* m_schedule;
    QComboBox* m_timeZone;
    QCheckBox* m_hasStart;
    QDateTimeEdit* m_start;
    QCheckBox* m_hasEnd;
    QDateTimeEdit* m_end;
    QSpinBox* m_min;
    QSpinBox* m_max;
    QLabel* m_nextRuns;
    QLabel* m_errors;
};

} // namespace EcsDesk::Ui
