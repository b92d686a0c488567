// SPDX-License-Identifier: MIT
#pragma once

#include "api/ecr/ecrclient.h"
#include "api/ecs/types.h"
#include "models/ecr/ecrimageindex.h"

#include <QWidget>

#include <functional>
#include <memory>

class QAction;
class QLabel;

namespace EcsDesk::Models {
class EcrImageModel;
class EcrRepositoryModel;
} // namespace EcsDesk::Models

namespace EcsDesk::Ui {

class PaneWidget;

/// The Repositories view of a connection and region: its ECR repositories (URI, image count, total
/// size, scan on push, tag mutability) and the images of the selected one (tags, digest, pushed,
/// size, findings by severity, last pulled, the task definitions and services using it), the
/// repository's lifecycle policy with what its preview would expire, deleting images behind a
/// confirmation, and Copy `docker pull` / `docker login` commands.
class EcrRepositoriesView : public QWidget {
    Q_OBJECT
public:
    explicit EcrRepositoriesView(QWidget* parent = nullptr);
    ~EcrRepositoriesView() override;

    /// Loads the repositories through `client` (and the images of the one selected).
    void setClient(const Api::EcrClient& client);
    /// The task definitions and services "Used by" reads (the open cluster's).
    void setUsage(const QList<Api::TaskDefinition>& taskDefinitions, const QList<Api::Service>& services);
    /// How deleting asks first (tests answer without a dialog).
    void setConfirmation(std::function<bool(const QString& title, const QString& text)> confirm);

    void refresh();
    /// Selects the repository `name` (its images load).
    void selectRepository(const QString& name);

    PaneWidget* repositoryPane() const { return m_repositoryPane; }
    PaneWidget* imagePane() const { return m_imagePane; }
    Models::EcrRepositoryModel* repositoryModel() const { return m_repositoryModel; }
    Models::EcrImageModel* imageModel() const { return m_imageModel; }
    QLabel* lifecycleLabel() const { return m_lifecycle; }
    /// The commands the Copy actions put on the clipboard, for the current selection.
    QString dockerPullCommand() const;
    QString dockerLoginCommand() const;
    QAction* deleteImagesAction() const { return m_deleteImages; }

Q_SIGNALS:
    /// The repositories, a repository's images or its lifecycle preview arrived.
    void loaded();

private:
    void loadImages(const QString& repository);
    void showImages(const QString& repository);
    void loadLifecycle(const QString& repository);
    void deleteSelectedImages();
    QString currentRepository() const;
    QList<Api::EcrImage> selectedImages() const;

    std::unique_ptr<Api::EcrClient> m_client;
    std::unique_ptr<Api::EcrListLoader> m_repositoryLoader;
    std::unique_ptr<Api::EcrListLoader> m_imageLoader;
    Models::EcrImageIndex m_index;
    QList<Api::TaskDefinition> m_taskDefinitions;
    QList<Api::Service> m_services;
    std::function<bool(const QString&, const QString&)> m_confirm;
    Models::EcrRepositoryModel* m_repositoryModel = nullptr;
    Models::EcrImageModel* m_imageModel = nullptr;
    PaneWidget* m_repositoryPane = nullptr;
    PaneWidget* m_imagePane = nullptr;
    QLabel* m_lifecycle = nullptr;
    QAction* m_deleteImages = nullptr;
    int m_lifecycleGeneration = 0;
};

} // namespace EcsDesk::Ui
