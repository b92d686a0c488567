// SPDX-License-Identifier: MIT
#pragma once

#include "api/cloudwatch/alarms.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QTreeWidget;

namespace EcsDesk::Api {
class AwsReply;
class CloudWatchClient;
} // namespace EcsDesk::Api

namespace EcsDesk::Ui {

/// An alarm's history (DescribeAlarmHistory, up to 500 items, newest first): state changes with
/// their reasons, configuration changes and actions.
class AlarmHistoryDialog : public QDialog {
    Q_OBJECT
public:
    AlarmHistoryDialog(const Api::CloudWatchClient* cloudWatch, const QString& alarmName, QWidget* parent = nullptr);
    ~AlarmHistoryDialog() override;

    QTreeWidget* items() const { return m_items; }
    const QList<Api::AlarmHistoryItem>& history() const { return m_history; }

Q_SIGNALS:
    void loaded(); ///< the history is shown (or the error is)

private:
    void page(const QString& token);

    const Api::CloudWatchClient* m_cloudWatch;
    QString m_alarmName;
    QList<Api::AlarmHistoryItem> m_history;
    QPointer<Api::AwsReply> m_reply;
    QTreeWidget* m_items;
    QLabel* m_status;
};

} // namespace EcsDesk::Ui
