// SPDX-License-Identifier: MIT
#pragma once

#include "ui/pages/resourcepage.h"

class QWidget;

namespace EcsDesk::Models {
class ClusterModel;
}

namespace EcsDesk::Ui {

/// The Clusters pane of the connection: New Cluster, Delete Cluster (an empty one), and Open
/// Cluster in its context menu (the window opens it). Its message bar speaks for the connection.
class ClusterPage : public ResourcePage {
    Q_OBJECT
public:
    ClusterPage(PageHost* host, QWidget* parent);

    QString name() const override { return QStringLiteral("clusters"); }
    QString title() const override;
    Models::ClusterModel* model() const { return m_model; }
    /// The name of the selected cluster; empty when none.
    QString selectedName() const;
    /// The page a cluster opens on (its services).
    static QString openedPage() { return QStringLiteral("services"); }
    void declareActions(ActionRegistry& registry) override;
    QStringList contextActionIds() const override;
    PageMenu menu() const override;
    void showDetails(DetailsPane* details) const override;
    void clear() override;
    /// The cluster's row from its snapshot (fresher counts than the list's).
    void applySnapshot(const Api::ClusterSnapshot& snapshot, bool reset) override;
    ObservedItem observedItem() const override;
    QList<PaletteRow> paletteRows() const override;
    void goTo(const QString& arn) override;

private:
    /// Opens the selected cluster (double-click, Enter, Open Cluster) on its services.
    void openSelectedCluster();
    void createCluster();
    void deleteCluster();
    /// Container Insights and tags of the current row's cluster (ClusterSettingsDialog).
    void editClusterSettings();

    Models::ClusterModel* m_model;
};

} // namespace EcsDesk::Ui
