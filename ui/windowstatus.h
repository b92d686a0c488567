// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QObject>

#include <functional>

class QLabel;
class QProgressBar;
class QStatusBar;
class QTimer;

namespace EcsDesk::Ui {

/// The window's status bar: the connection, a deployment under way, a busy indicator while
/// loading and how long ago the panes were updated (ticking every second).
class WindowStatus : public QObject {
    Q_OBJECT
public:
    /// `isLoading` says whether anything is still loading.
    WindowStatus(QStatusBar* bar, std::function<bool()> isLoading, QObject* parent = nullptr);

    void setConnection(const QString& text);
    /// The panes show what was loaded at `at`.
    void setUpdatedAt(const QDateTime& at);
    /// A deployment's progress (`summary`), shown while `inProgress`.
    void setDeployment(const QString& summary, bool inProgress);
    /// Shows the busy indicator and the age now.
    void update();

private:
    std::function<bool()> m_isLoading;
    QLabel* m_connectionLabel;
    QLabel* m_deploymentLabel;
    QProgressBar* m_busy;
    QLabel* m_updatedLabel;
    QTimer* m_tickTimer;
    QDateTime m_updatedAt;
};

} // namespace EcsDesk::Ui
