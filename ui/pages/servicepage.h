// SPDX-License-Identifier: MIT
#pragma once

#include "ui/pages/resourcepage.h"

class QWidget;

namespace EcsDesk::Api {
struct Service;
struct UpdateServiceRequest;
} // namespace EcsDesk::Api
namespace EcsDesk::Models {
class ServiceForm;
class ServiceModel;
} // namespace EcsDesk::Models

namespace EcsDesk::Ui {

class DeploymentsPane;
class LoadBalancingPane;

/// The Services pane of the open cluster: New Service and Edit Service (the service editor), Show
/// Tasks, Set Desired Count, Update to Revision, Force New Deployment, Delete Service; the details
/// list the service's tasks (from the tasks page).
class ServicePage : public ResourcePage {
    Q_OBJECT
public:
    ServicePage(PageHost* host, QWidget* parent);

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
    PageMenu menu() const override;
    QStringList toolbarActionIds() const override;
    void showDetails(DetailsPane* details) const override;
    void connectDetails(DetailsPane* details) override;
    void clear() override;
    void setSession(ClusterSession* session) override;
    void applySnapshot(const Api::ClusterSnapshot& snapshot, bool reset) override;
    ObservedItem observedItem() const override;
    QString selectedTaskDefinition() const override;
    QList<PaletteRow> paletteRows() const override;

private:
    void createService();
    /// The service editor on the selected service: every UpdateService field, one call.
    void editService();
    /// The Tasks page, filtered to the selected service's tasks.
    void showServiceTasks();
    void setDesiredCount();
    void updateRevision();
    void forceNewDeployment();
    void deleteService();
    /// The service editor on `form` with the task definition `choices`; `done` (%1: the service)
    /// is reported once its call succeeded.
    void runServiceEditor(Models::ServiceForm form, const QStringList& choices, const QString& done);
    /// Sends UpdateService for the selected service with what `fill` sets, reports `done`.
    void sendUpdate(
        const Api::Service& service, const std::function<void(Api::UpdateServiceRequest&)>& fill, const QString& done);

    /// Roll Back on the Deployments tab of the details: its confirmation shows the diff.
    void rollBackService();

    Models::ServiceModel* m_model;
    DetailsPane* m_details = nullptr;
    QPointer<DeploymentsPane> m_deployments; ///< the details' Deployments tab
    QPointer<LoadBalancingPane> m_loadBalancing; ///< the details' Load Balancing tab
};

} // namespace EcsDesk::Ui
