// SPDX-License-Identifier: MIT
#pragma once

#include "ui/pages/resourcepage.h"

#include <QDateTime>
#include <QStringList>

#include <memory>

class QPushButton;
class QTimer;

namespace EcsDesk::Api {
class FleetLoader;
struct FleetFailure;
} // namespace EcsDesk::Api

namespace EcsDesk::Models {
class FleetOverviewModel;
}

namespace EcsDesk::Ui {

/// The Fleet Overview page (issue 24): every cluster of the connection's regions with what needs
/// attention (Models::FleetOverviewModel), rows appearing as each cluster answers
/// (Api::FleetLoader), refreshed as diffs every minute while on show (loaded when shown, so it
/// does not compete with the cluster the user opens); sortable and filterable like every pane;
/// double-click (or Enter) opens the cluster.
class FleetOverviewPage : public ResourcePage {
    Q_OBJECT
public:
    FleetOverviewPage(PageHost* host, QWidget* parent);
    ~FleetOverviewPage() override;

    QString name() const override { return QStringLiteral("fleet"); }
    QStringList aliases() const override { return { QStringLiteral("overview") }; }
    QString title() const override;
    void declareActions(ActionRegistry& registry) override;
    QStringList contextActionIds() const override;
    void showDetails(DetailsPane* details) const override;
    void clear() override;
    void setSession(ClusterSession* session) override;

    /// Loads the overview again (the timer does it every minute).
    void refresh();
    Models::FleetOverviewModel* model() const { return m_model; }
    bool isRefreshing() const;
    /// The regions loaded: those enabled for the connection in use (ConnectionRegions), else its own.
    QStringList regions() const;
    /// The Regions… dialog for the connection in use (the button beside the filter).
    void chooseRegions();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

Q_SIGNALS:
    /// A load has ended (rows and failures are on show).
    void refreshed();

private:
    void openRow(int row);
    void updateRegionsButton();

    Models::FleetOverviewModel* m_model;
    std::unique_ptr<Api::FleetLoader> m_loader;
    ClusterSession* m_session = nullptr;
    QTimer* m_timer;
    QStringList m_failedPrefixes;
    QPushButton* m_regionsButton = nullptr;
    bool m_regionsChanged = false; ///< reload once the load running ends
    QDateTime m_loaded; ///< when the last load started; invalid: none for this session
};

} // namespace EcsDesk::Ui
