// SPDX-License-Identifier: MIT
#pragma once

#include "models/schedule/scheduleform.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTimeEdit;

namespace EcsDesk::Api {
class EventsClient;
class SchedulerClient;
} // namespace EcsDesk::Api

namespace EcsDesk::Ui {

/// New and Edit Scheduled Task: the schedule builder. When: presets (every 5 minutes, hourly,
/// daily at, weekdays at, once at) or a free at()/rate()/cron() expression, the time zone, start
/// and end dates, the flexible time window, with the expression in words and the next run times
/// previewed as you type. What: the task definition (the account's revisions), task count, launch
/// type or capacity provider strategy, network configuration, container overrides (Input JSON,
/// checked), role and retry policy; as an EventBridge Scheduler schedule or an EventBridge rule.
/// Save sends CreateSchedule/UpdateSchedule (or PutRule + PutTargets) itself: an error shows in
/// the dialog, which stays open with everything typed.
class ScheduleBuilderDialog : public QDialog {
    Q_OBJECT
public:
    /// `taskDefinitions`: "family:revision" choices, newest first per family. `editing`: the
    /// schedule or rule exists (its kind and name are fixed, Save updates it).
    ScheduleBuilderDialog(const Models::ScheduleForm& form, const QStringList& taskDefinitions, bool editing,
        const Api::SchedulerClient* scheduler, const Api::EventsClient* events, QWidget* parent = nullptr);

    /// The form as the fields say now.
    Models::ScheduleForm form() const;
    /// The problems shown (tests).
    QString problemsText() const;
    QString previewText() const;
    QString errorText() const;

    /// Validates and sends; accept()s when the service said yes.
    void save();

Q_SIGNALS:
    /// Saved (before the dialog closes): the page refreshes and selects it.
    void saved(const EcsDesk::Models::ScheduleForm& form);

private:
    void update();
    void setSending(bool sending);
    void fail(const QString& error);

    const Api::SchedulerClient* m_scheduler;
    const Api::EventsClient* m_events;
    Models::ScheduleForm m_base;
    bool m_editing;
    bool m_sending = false;

    QComboBox* m_kind;
    QLineEdit* m_name;
    QLineEdit* m_group;
    QLineEdit* m_description;
    QCheckBox* m_enabled;
    QComboBox* m_preset;
    QTimeEdit* m_time;
    QDateTimeEdit* m_onceAt;
    QLineEdit* m_expression;
    QComboBox* m_timeZone;
    QCheckBox* m_hasStart;
    QDateTimeEdit* m_start;
    QCheckBox* m_hasEnd;
    QDateTimeEdit* m_end;
    QSpinBox* m_window;
    QCheckBox* m_deleteAfter;
    QComboBox* m_taskDefinition;
    QSpinBox* m_count;
    QComboBox* m_launch;
    QLineEdit* m_providers;
    QLineEdit* m_subnets;
    QLineEdit* m_securityGroups;
    QCheckBox* m_publicIp;
    QLineEdit* m_platformVersion;
    QLineEdit* m_taskGroup;
    QPlainTextEdit* m_input;
    QLineEdit* m_role;
    QSpinBox* m_retries;
    QSpinBox* m_eventAge;
    QLabel* m_preview;
    QLabel* m_problems;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};

} // namespace EcsDesk::Ui
