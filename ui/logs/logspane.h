// SPDX-License-Identifier: MIT
#pragma once

#include "models/logs/logmodel.h"

#include <QColor>
#include <QPalette>
#include <QWidget>

#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace EcsDesk::Api {
class EcsClient;
class LogsClient;
struct AwsError;
struct LogEvent;
} // namespace EcsDesk::Api

namespace EcsDesk::Models {
class LogSearch;
class LogSourceResolver;
class LogStreamFollower;
} // namespace EcsDesk::Models

namespace EcsDesk::Ui {

/// The logs tab for a task or a service: resolves each container's awslogs group and stream from
/// the task definitions, shows the events of every stream in one time-ordered view (QTableView
/// with uniform rows over LogModel), follows them live (polling that backs off when idle), loads
/// older pages when scrolled to the top, searches with CloudWatch filter patterns across the
/// streams (FilterLogEvents) with matches highlighted, copies and saves lines. Containers
/// without awslogs (FireLens, other drivers) are explained instead of shown empty.
class LogsPane : public QWidget {
    Q_OBJECT
public:
    explicit LogsPane(QWidget* parent = nullptr);
    ~LogsPane() override;

    /// Tasks (ARNs or ids) of `cluster`, or, with tasks empty, the running tasks of `service`.
    /// The clients must outlive the pane (or the next setContext). Loads at once.
    void setContext(const Api::LogsClient* logs, const Api::EcsClient* ecs, const QString& cluster,
        const QString& service, const QStringList& tasks = {});
    /// Follows the given sources directly (no ECS lookup): tests, offline use.
    void setSources(const Api::LogsClient* logs, const QList<Models::LogSource>& sources);

    void setFollowing(bool follow);
    void search(const QString& pattern); ///< empty: back to the streams
    void loadOlder();

    const Models::LogModel* model() const { return &m_model; }
    /// The background of highlighted lines (search matches) on `palette`.
    static QColor highlightColour(const QPalette& palette);
    QTableView* view() const { return m_view; }
    QString problemText() const;
    const QList<Models::LogSource>& sources() const { return m_sources; }

Q_SIGNALS:
    void sourcesResolved();
    void searchFinished(int events);

private:
    void startFollowing();
    void addEvents(int source, const QList<Api::LogEvent>& events, bool older);
    void showError(const QString& message);
    /// The message line: the problems, and "No log events yet" while nothing is shown because the
    /// streams are empty or do not exist yet.
    void updateMessage();
    void copySelection() const;
    void saveToFile();

    Models::LogModel m_model;
    const Api::LogsClient* m_logs = nullptr;
    const Api::EcsClient* m_ecs = nullptr;
    QList<Models::LogSource> m_sources;
    std::vector<std::unique_ptr<Models::LogStreamFollower>> m_followers;
    std::unique_ptr<Models::LogSearch> m_search;
    std::unique_ptr<Models::LogSourceResolver> m_resolver;
    QStringList m_problems;
    bool m_noEventsYet = false; ///< a stream answered empty or missing

    QLineEdit* m_filter = nullptr;
    QCheckBox* m_follow = nullptr;
    bool m_scrollPending = false; ///< a scroll to the newest line is queued
    QLabel* m_message = nullptr;
    QTableView* m_view = nullptr;
};

} // namespace EcsDesk::Ui
