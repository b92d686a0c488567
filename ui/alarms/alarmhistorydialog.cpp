// SPDX-License-Identifier: MIT
#include "ui/alarms/alarmhistorydialog.h"

#include "api/cloudwatch/cloudwatchclient.h"
#include "api/core/awstransport.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace EcsDesk::Ui {

namespace {
    constexpr int maximumItems = 500;
}

AlarmHistoryDialog::AlarmHistoryDialog(
    const Api::CloudWatchClient* cloudWatch, const QString& alarmName, QWidget* parent)
    : QDialog(parent)
    , m_cloudWatch(cloudWatch)
    , m_alarmName(alarmName)
    , m_items(new QTreeWidget(this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("History of %1").arg(alarmName));
    m_items->setObjectName(QStringLiteral("alarmHistory"));
    m_items->setAccessibleName(tr("Alarm history"));
    m_items->setRootIsDecorated(false);
    m_items->setHeaderLabels({ tr("Time"), tr("Type"), tr("Summary"), tr("Reason") });
    m_items->header()->setStretchLastSection(true);
    m_status->setText(tr("Loading…"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_items, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(800, 420);
    page({});
}

AlarmHistoryDialog::~AlarmHistoryDialog()
{
    if (m_reply)
        m_reply->deleteLater();
}

void AlarmHistoryDialog::page(const QString& token)
{
    Api::AwsReply* reply = m_cloudWatch->describeAlarmHistory(m_alarmName, token, 100);
    m_reply = reply;
    connect(reply, &Api::AwsReply::finished, this, [this, reply] {
        reply->deleteLater();
        m_reply = nullptr;
        if (!reply->isOk()) {
            m_status->setText(reply->error() ? reply->error()->toString() : tr("unknown error"));
            Q_EMIT loaded();
            return;
        }
        const Api::Outcome<Api::AlarmHistoryPage> parsed = Api::Alarms::parseAlarmHistory(reply->body());
        if (!parsed.ok()) {
            m_status->setText(parsed.error->toString());
            Q_EMIT loaded();
            return;
        }
        for (const Api::AlarmHistoryItem& item : parsed.value.items) {
            m_history.append(item);
            // A state change's reason is in its data (newState.stateReason).
            const QJsonObject data = QJsonDocument::fromJson(item.data.toUtf8()).object();
            const QString reason
                = data.value(QLatin1String("newState")).toObject().value(QLatin1String("stateReason")).toString();
            auto* row = new QTreeWidgetItem(m_items,
                { QLocale().toString(item.timestamp.toLocalTime(), QLocale::ShortFormat), item.itemType, item.summary,
                    reason });
            row->setToolTip(0, item.timestamp.toUTC().toString(Qt::ISODateWithMs));
            row->setToolTip(2, item.summary);
            row->setToolTip(3, reason);
        }
        if (!parsed.value.nextToken.isEmpty() && m_history.size() < maximumItems) {
            page(parsed.value.nextToken);
            return;
        }
        m_items->resizeColumnToContents(0);
        m_items->resizeColumnToContents(1);
        m_status->setText(tr("%n item(s)", nullptr, int(m_history.size())));
        Q_EMIT loaded();
    });
}

} // namespace EcsDesk::Ui
