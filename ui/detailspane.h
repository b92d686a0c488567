// SPDX-License-Identifier: MIT
#pragma once

#include "api/ecs/types.h"
#include "models/taskrow.h"

#include <QDateTime>
#include <QWidget>

class QPlainTextEdit;
class QTimer;
class QTreeWidgetItem;
class QTabWidget;
class QTreeWidget;

namespace EcsDesk::Ui {

/// The details area for the selected item: its properties, its raw JSON (read-only, copyable)
/// and what belongs to it (a service's deployments and events, a task's containers, a container
/// instance's attributes and resources). The tab widget is named "detailsTabs" so the metrics
/// and logs panes can add their tabs.
class DetailsPane : public QWidget {
    Q_OBJECT
public:
    explicit DetailsPane(QWidget* parent = nullptr);

    QTabWidget* tabs() const { return m_tabs; }

    void showNothing();
    void showCluster(const Api::Cluster& cluster);
    /// A service with its tasks (the Tasks tab; double-clicking one emits taskActivated).
    void showService(const Api::Service& service, const QList<Models::TaskRow>& tasks = {});
    void showTask(const Api::Task& task);
    void showContainerInstance(const Api::ContainerInstance& instance);
    void showTaskDefinition(const Api::TaskDefinition& definition);

    QString jsonText() const;
    /// The key/value rows shown under Properties (tests).
    QString property(const QString& name) const;
    /// The Tasks tab's list (a service's tasks).
    QTreeWidget* serviceTasks() const { return m_tasks; }
    /// Shows every time's age anew ("3 min ago" becoming "4 min ago"); a timer runs it each
    /// 30 seconds while the pane is visible, so ages move on between refreshes of the selection.
    void refreshAges();

Q_SIGNALS:
    void taskActivated(const QString& taskArn);

private:
    /// One row under Properties: a text, or a point in time shown with its age.
    struct Property {
        QString name;
        QString value;
        QDateTime time;
    };
    void setProperties(const QList<Property>& properties, const QJsonObject& raw);
    void setRelated(const QString& title, const QStringList& headers, const QList<QStringList>& rows);

    QTabWidget* m_tabs;
    QTreeWidget* m_properties;
    QPlainTextEdit* m_json;
    QTreeWidget* m_related;
    QTreeWidget* m_events;
    QTreeWidget* m_tasks;
    QTimer* m_ageTimer;
};

} // namespace EcsDesk::Ui
