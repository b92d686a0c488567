#pragma once

#include <QMainWindow>

namespace EcsDesk::Models {
class ClusterModel;
}

namespace EcsDesk::Ui {

/// The application's main window: menus, the clusters pane and the status bar.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    Models::ClusterModel* clusterModel() const { return m_clusterModel; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void showAbout();
    void restoreWindowState();
    void saveWindowState() const;

    Models::ClusterModel* m_clusterModel = nullptr;
};

} // namespace EcsDesk::Ui
