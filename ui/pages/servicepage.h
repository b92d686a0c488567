// SPDX-License-Identifier: MIT
#pragma once

#include "ui/pages/resourcepage.h"

class QWidget;

namespace EcsDesk::Api {
struct Service;
}
namespace EcsDesk::Models {
class ServiceModel;
class TaskModel;
} // namespace EcsDesk::Models

namespace EcsDesk::Ui {

/// The Services pane of the open cluster: New Service, Set Desired Count, Update to Revision,
/// Force New Deployment, Delete Service; the details list the service's tasks.
class ServicePage : public ResourcePage {
    Q_OBJECT
public:
    /// `tasks`: the cluster's tasks, for the details of a service.
    ServicePage(PageHost* host, const Models::TaskModel* tasks, QWidget* parent);

    QString name() const override { return QStringLiteral("services"); }
    QString title() const override;
    Models::ServiceModel* model() const { return m_model; }
    /// The selected service when it is ACTIVE (the actions apply to it), else null.
    const Api::Service* activeService() const;
    /// The selected service, whatever its status; null when none.
    const Api::Service* currentService() const;
    /// The name of the selected service; empty when none.
    QString selectedName() const;
    void declareActions(ActionRegistry& registry) override;
    QStringList contextActionIds() const override;
    void showDetails(DetailsPane* details) const override;
    void clear() override;

private:
    void createService();
    void setDesiredCount();
    void updateRevision();
    void forceNewDeployment();
    void deleteService();

    Models::ServiceModel* m_model;
    const Models::TaskModel* m_tasks;
};

} // namespace EcsDesk::Ui
