// SPDX-License-Identifier: MIT
#pragma once

#include "ui/pages/resourcepage.h"

class QWidget;

namespace EcsDesk::Models {
class ContainerInstanceModel;
}

namespace EcsDesk::Ui {

/// The Container Instances pane of the open cluster: CPU and memory as bars, Drain and Activate
/// on every selected instance.
class ContainerInstancePage : public ResourcePage {
    Q_OBJECT
public:
    ContainerInstancePage(PageHost* host, QWidget* parent);

    QString name() const override { return QStringLiteral("instances"); }
    QString title() const override;
    Models::ContainerInstanceModel* model() const { return m_model; }
    void declareActions(ActionRegistry& registry) override;
    QStringList aliases() const override { return { QStringLiteral("containerinstances") }; }
    QStringList contextActionIds() const override;
    PageMenu menu() const override;
    void showDetails(DetailsPane* details) const override;
    void clear() override;
    void applySnapshot(const Api::ClusterSnapshot& snapshot, bool reset) override;

private:
    /// Drains (after a confirmation naming them) or activates the selected instances.
    void setInstancesState(const QString& status);
    /// The EC2 instance ID of a row, as the pane shows it (the ARN's ID when none).
    QString instanceName(int row) const;

    Models::ContainerInstanceModel* m_model;
};

} // namespace EcsDesk::Ui
