// SPDX-License-Identifier: MIT
#pragma once

#include "api/autoscaling/autoscalinggroupsclient.h"
#include "api/ecs/types.h"

#include <QHash>
#include <QWidget>

class QChart;
class QChartView;
class QDateTimeAxis;
class QLabel;
class QListWidget;
class QTimer;
class QPushButton;
class QTreeWidget;
class QValueAxis;

namespace EcsDesk::Api {
class CloudWatchClient;
class EcsClient;
class ReplyGuard;
} // namespace EcsDesk::Api

namespace EcsDesk::Models {
class MetricSeriesModel;
}

namespace EcsDesk::Ui {

class StrategyEditor;

/// A cluster's Capacity tab: its capacity providers (Fargate, Fargate Spot, Auto Scaling groups
/// with the group's desired/minimum/maximum and in-service instances, managed scaling and
/// termination protection), the CapacityProviderReservation chart of its Auto Scaling group
/// providers (AWS/ECS/ManagedScaling), and its default capacity provider strategy, edited with a
/// StrategyEditor and applied with PutClusterCapacityProviders. Reads typed values only:
/// DescribeClusters, DescribeCapacityProviders, DescribeAutoScalingGroups, GetMetricData.
class CapacityPane : public QWidget {
    Q_OBJECT
public:
    enum ProviderColumn {
        NameColumn,
        TypeColumn,
        StatusColumn,
        GroupColumn,
        DesiredColumn,
        MinimumColumn,
        MaximumColumn,
        InServiceColumn,
        ManagedScalingColumn,
        TerminationProtectionColumn,
        ProviderColumnCount
    };

    explicit CapacityPane(QWidget* parent = nullptr);
    ~CapacityPane() override;

    /// Shows `cluster` (name or ARN) and loads it; nothing when `ecs` is null. `groups` and
    /// `cloudWatch` may be null (no group numbers, no chart).
    void setContext(const Api::EcsClient* ecs, const Api::AutoScalingGroupsClient* groups,
        const Api::CloudWatchClient* cloudWatch, const QString& cluster);
    /// Reads the cluster again, keeping what is shown until the answers come and the strategy
    /// the user is editing (unsaved edits stay); the pane also does it by itself every 30 s while
    /// it is visible.
    void reload();
    void setRefreshInterval(int milliseconds);
    /// The providers or the strategy differ from the cluster's (not applied yet).
    bool hasUnsavedEdits() const;
    /// Disables the strategy's edit and Apply (read-only connection).
    void setReadOnly(bool readOnly);

    /// What the pane shows (tests).
    const Api::Cluster& shownCluster() const { return m_shown; }
    const QList<Api::CapacityProvider>& shownProviders() const { return m_providers; }
    QTreeWidget* providers() const { return m_table; }
    StrategyEditor* strategyEditor() const { return m_editor; }
    /// The account's capacity providers, checked when the cluster has them (applied with the strategy).
    QListWidget* providerChoices() const { return m_choices; }
    /// The providers checked in providerChoices().
    QStringList chosenProviders() const;
    QPushButton* applyStrategyButton() const { return m_applyStrategy; }
    Models::MetricSeriesModel* reservationModel() const { return m_reservation; }
    QString statusText() const;

Q_SIGNALS:
    /// A load finished, whole or in part (statusText() says what failed).
    void refreshed();

private:
    /// `clear`: another cluster (nothing of the old one stays); `keepEdits`: the editor keeps
    /// its rows and the provider check boxes their state.
    void load(bool clear, bool keepEdits);
    void loadProviders();
    void loadAccountProviders(const QString& nextToken);
    void showChoices();
    void loadGroups();
    void loadReservation();
    void display();
    void drawChart();
    void applyStrategy();
    void updateEnabled();
    void addError(const QString& text);
    void finishOne();

    const Api::EcsClient* m_ecs = nullptr;
    const Api::AutoScalingGroupsClient* m_groupsClient = nullptr;
    const Api::CloudWatchClient* m_cloudWatch = nullptr;
    QString m_cluster;
    Api::Cluster m_shown;
    QList<Api::CapacityProvider> m_providers;
    QHash<QString, Api::AutoScalingGroup> m_groups; ///< by group name
    QStringList m_accountProviders; ///< every provider of the account (DescribeCapacityProviders)
    QStringList m_errors;
    int m_pending = 0;
    bool m_readOnly = false;
    bool m_keepEdits = false;
    bool m_applying = false;
    Api::ReplyGuard* m_replies;
    Models::MetricSeriesModel* m_reservation;
    QLabel* m_summary;
    QLabel* m_status;
    QTreeWidget* m_table;
    StrategyEditor* m_editor;
    QListWidget* m_choices;
    QPushButton* m_applyStrategy;
    QPushButton* m_refresh;
    QChart* m_chart;
    QChartView* m_chartView;
    QDateTimeAxis* m_timeAxis;
    QValueAxis* m_valueAxis;
    QTimer* m_refreshTimer;
};

} // namespace EcsDesk::Ui
