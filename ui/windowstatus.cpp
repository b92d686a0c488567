// SPDX-License-Identifier: MIT
#include "ui/windowstatus.h"

#include <QLabel>
#include <QProgressBar>
#include <QStatusBar>
#include <QTimer>

namespace EcsDesk::Ui {

WindowStatus::WindowStatus(QStatusBar* bar, std::function<bool()> isLoading, QObject* parent)
    : QObject(parent)
    , m_isLoading(std::move(isLoading))
    , m_connectionLabel(new QLabel(tr("Not connected"), bar))
    , m_deploymentLabel(new QLabel(bar))
    , m_busy(new QProgressBar(bar))
    , m_updatedLabel(new QLabel(bar))
    , m_tickTimer(new QTimer(this))
{
    m_connectionLabel->setObjectName(QStringLiteral("connectionState"));
    m_updatedLabel->setObjectName(QStringLiteral("updatedLabel"));
    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(80);
    m_busy->setMaximumHeight(12);
    m_busy->setToolTip(tr("Loading…"));
    m_busy->hide();
    m_deploymentLabel->setObjectName(QStringLiteral("deploymentProgress"));
    m_deploymentLabel->hide();
    bar->addWidget(m_connectionLabel, 1);
    bar->addWidget(m_deploymentLabel);
    bar->addPermanentWidget(m_busy);
    bar->addPermanentWidget(m_updatedLabel);
    m_tickTimer->setInterval(1000);
    connect(m_tickTimer, &QTimer::timeout, this, &WindowStatus::update);
    m_tickTimer->start();
}

void WindowStatus::setConnection(const QString& text) { m_connectionLabel->setText(text); }

void WindowStatus::setUpdatedAt(const QDateTime& at)
{
    m_updatedAt = at;
    update();
}

void WindowStatus::setDeployment(const QString& summary, bool inProgress)
{
    m_deploymentLabel->setText(summary);
    m_deploymentLabel->setVisible(inProgress);
}

void WindowStatus::update()
{
    const bool loading = m_isLoading();
    m_busy->setVisible(loading);
    if (!m_updatedAt.isValid()) {
        m_updatedLabel->setText(loading ? tr("Loading…") : QString());
        return;
    }
    const qint64 seconds = m_updatedAt.secsTo(QDateTime::currentDateTimeUtc());
    m_updatedLabel->setText(tr("Updated %1 s ago").arg(seconds));
}

} // namespace EcsDesk::Ui
