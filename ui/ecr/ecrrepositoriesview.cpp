// SPDX-License-Identifier: MIT
#include "ui/ecr/ecrrepositoriesview.h"

#include "models/ecr/ecrmodels.h"
#include "models/panefilterproxymodel.h"
#include "ui/messagebar.h"
#include "ui/panewidget.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QSplitter>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace EcsDesk::Ui {

namespace {
    /// Runs `then` with the reply's answer when it succeeds, or shows its error on `pane`; deletes it.
    void whenDone(Api::AwsReply* reply, QObject* context, PaneWidget* pane, std::function<void(Api::AwsReply*)> then)
    {
        QObject::connect(reply, &Api::AwsReply::finished, context, [reply, pane, then = std::move(then)] {
            reply->deleteLater();
            if (reply->isOk())
                then(reply);
            else if (pane && reply->error())
                pane->messageBar()->showMessage(reply->error()->toString(), MessageBar::Kind::Error);
        });
    }
} // namespace

EcrRepositoriesView::EcrRepositoriesView(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("ecrRepositoriesView"));
    m_repositoryModel = new Models::EcrRepositoryModel(this);
    m_imageModel = new Models::EcrImageModel(this);
    m_confirm = [this](const QString& title, const QString& text) {
        return QMessageBox::question(this, title, text, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            == QMessageBox::Yes;
    };

    auto* toolbar = new QToolBar(tr("Repositories"), this);
    QAction* refreshAction = toolbar->addAction(tr("Refresh"), this, &EcrRepositoriesView::refresh);
    refreshAction->setObjectName(QStringLiteral("ecrRefresh"));
    QAction* pull = toolbar->addAction(
        tr("Copy docker pull"), this, [this] { QApplication::clipboard()->setText(dockerPullCommand()); });
    pull->setObjectName(QStringLiteral("ecrCopyDockerPull"));
    QAction* login = toolbar->addAction(
        tr("Copy docker login"), this, [this] { QApplication::clipboard()->setText(dockerLoginCommand()); });
    login->setObjectName(QStringLiteral("ecrCopyDockerLogin"));
    m_deleteImages = toolbar->addAction(tr("Delete Images…"), this, &EcrRepositoriesView::deleteSelectedImages);
    m_deleteImages->setObjectName(QStringLiteral("ecrDeleteImages"));

    m_repositoryPane = new PaneWidget(QStringLiteral("ecrRepositories"), m_repositoryModel);
    m_imagePane = new PaneWidget(QStringLiteral("ecrImages"), m_imageModel);
    m_imagePane->view()->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_lifecycle = new QLabel;
    m_lifecycle->setObjectName(QStringLiteral("ecrLifecycle"));
    m_lifecycle->setWordWrap(true);
    m_lifecycle->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* images = new QWidget;
    auto* imagesLayout = new QVBoxLayout(images);
    imagesLayout->setContentsMargins(0, 0, 0, 0);
    imagesLayout->addWidget(m_imagePane, 1);
    imagesLayout->addWidget(m_lifecycle);
    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_repositoryPane);
    splitter->addWidget(images);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(toolbar);
    layout->addWidget(splitter, 1);

    connect(m_repositoryPane, &PaneWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        const QString name = m_repositoryModel->rowAt(row).repository.name;
        showImages(name);
        loadImages(name);
        loadLifecycle(name);
    });
}

EcrRepositoriesView::~EcrRepositoriesView() = default;

void EcrRepositoriesView::setClient(const Api::EcrClient& client)
{
    m_client = std::make_unique<Api::EcrClient>(client);
    m_repositoryLoader = std::make_unique<Api::EcrListLoader>(client);
    m_imageLoader = std::make_unique<Api::EcrListLoader>(client);
    connect(m_repositoryLoader.get(), &Api::EcrListLoader::repositoriesLoaded, this,
        [this](const QList<Api::EcrRepository>& repositories) {
            m_index.setRepositories(repositories);
            m_repositoryModel->setRepositories(repositories);
            Q_EMIT loaded();
        });
    connect(m_imageLoader.get(), &Api::EcrListLoader::imagesLoaded, this,
        [this](const QString& repository, const QList<Api::EcrImage>& images) {
            m_index.setImages(repository, images);
            m_repositoryModel->setImages(repository, images);
            if (repository == currentRepository())
                showImages(repository);
            Q_EMIT loaded();
        });
    for (Api::EcrListLoader* loader : { m_repositoryLoader.get(), m_imageLoader.get() }) {
        connect(loader, &Api::EcrListLoader::failed, this, [this](const Api::AwsError& error) {
            m_repositoryPane->messageBar()->showMessage(error.toString(), MessageBar::Kind::Error);
        });
    }
    refresh();
}

void EcrRepositoriesView::setUsage(
    const QList<Api::TaskDefinition>& taskDefinitions, const QList<Api::Service>& services)
{
    m_taskDefinitions = taskDefinitions;
    m_services = services;
    showImages(currentRepository());
}

void EcrRepositoriesView::setConfirmation(std::function<bool(const QString&, const QString&)> confirm)
{
    m_confirm = std::move(confirm);
}

void EcrRepositoriesView::refresh()
{
    if (!m_repositoryLoader)
        return;
    m_repositoryLoader->loadRepositories();
    if (!currentRepository().isEmpty())
        loadImages(currentRepository());
}

void EcrRepositoriesView::selectRepository(const QString& name)
{
    for (int row = 0; row < m_repositoryModel->rowCount(); ++row) {
        if (m_repositoryModel->rowAt(row).repository.name != name)
            continue;
        const QModelIndex index = m_repositoryPane->proxy()->mapFromSource(m_repositoryModel->index(row, 0));
        m_repositoryPane->view()->setCurrentIndex(index);
        return;
    }
}

QString EcrRepositoriesView::currentRepository() const
{
    const int row = m_repositoryPane->currentSourceRow();
    return row >= 0 ? m_repositoryModel->rowAt(row).repository.name : QString();
}

void EcrRepositoriesView::loadImages(const QString& repository)
{
    if (m_imageLoader && !repository.isEmpty())
        m_imageLoader->loadImages(repository);
}

void EcrRepositoriesView::showImages(const QString& repositoryName)
{
    const auto repository = m_index.repository(repositoryName);
    QList<Models::EcrImageRow> rows;
    if (repository) {
        for (const Api::EcrImage& image : m_index.images(repositoryName)) {
            QStringList usedBy;
            for (const Models::EcrImageUse& use : m_index.usesOf(*repository, image, m_taskDefinitions, m_services)) {
                const QString revision = use.taskDefinitionArn.section(QLatin1Char('/'), -1);
                usedBy.append(use.serviceNames.isEmpty()
                        ? revision
                        : tr("%1 (%2)").arg(revision, use.serviceNames.join(QStringLiteral(", "))));
            }
            rows.append({ image, usedBy });
        }
    }
    m_imageModel->setImages(repositoryName, rows);
}

void EcrRepositoriesView::loadLifecycle(const QString& repository)
{
    if (!m_client)
        return;
    const int generation = ++m_lifecycleGeneration;
    m_lifecycle->setText(tr("Lifecycle policy: loading…"));
    const QPointer<EcrRepositoriesView> self(this);
    Api::AwsReply* policy = m_client->getLifecyclePolicy(repository);
    connect(policy, &Api::AwsReply::finished, this, [this, self, policy, repository, generation] {
        policy->deleteLater();
        if (!self || generation != m_lifecycleGeneration)
            return;
        if (!policy->isOk()) {
            const bool none
                = policy->error() && policy->error()->code == QLatin1String("LifecyclePolicyNotFoundException");
            m_lifecycle->setText(none
                    ? tr("No lifecycle policy: images are kept until deleted.")
                    : tr("Lifecycle policy: %1").arg(policy->error() ? policy->error()->toString() : QString()));
            Q_EMIT loaded();
            return;
        }
        whenDone(m_client->startLifecyclePolicyPreview(repository), this, nullptr,
            [this, repository, generation](Api::AwsReply*) {
                whenDone(m_client->getLifecyclePolicyPreview(repository), this, nullptr,
                    [this, generation](Api::AwsReply* reply) {
                        if (generation != m_lifecycleGeneration)
                            return;
                        const auto results = Api::EcrLifecyclePreviewResult::listFromJson(reply->json());
                        QStringList images;
                        for (const auto& result : results)
                            images.append(result.tags.isEmpty() ? result.digest.left(19)
                                                                : result.tags.join(QStringLiteral(", ")));
                        m_lifecycle->setText(results.isEmpty()
                                ? tr("Lifecycle policy: its preview expires no image.")
                                : tr("Lifecycle policy: its preview expires %n image(s): %1", nullptr,
                                    int(results.size()))
                                      .arg(images.join(QStringLiteral("; "))));
                        Q_EMIT loaded();
                    });
            });
    });
}

QList<Api::EcrImage> EcrRepositoriesView::selectedImages() const
{
    QList<Api::EcrImage> images;
    const QModelIndexList rows = m_imagePane->view()->selectionModel()->selectedRows();
    for (const QModelIndex& index : rows) {
        const QModelIndex source = m_imagePane->proxy()->mapToSource(index);
        if (source.isValid())
            images.append(m_imageModel->rowAt(source.row()).image);
    }
    return images;
}

QString EcrRepositoriesView::dockerPullCommand() const
{
    const auto repository = m_index.repository(currentRepository());
    if (!repository)
        return {};
    const QList<Api::EcrImage> images = selectedImages();
    if (images.isEmpty()) {
        const QString newest = m_index.newestImageReference(repository->name);
        return QStringLiteral("docker pull ") + (newest.isEmpty() ? repository->uri : newest);
    }
    const Api::EcrImage& image = images.first();
    const QString suffix = image.tags.isEmpty() ? QString(QLatin1Char('@') + image.digest)
                                                : QString(QLatin1Char(':') + image.tags.first());
    return QStringLiteral("docker pull ") + repository->uri + suffix;
}

QString EcrRepositoriesView::dockerLoginCommand() const
{
    const auto repository = m_index.repository(currentRepository());
    const QString uri = repository
        ? repository->uri
        : (m_index.repositories().isEmpty() ? QString() : m_index.repositories().first().uri);
    if (uri.isEmpty())
        return {};
    const QString registry = uri.section(QLatin1Char('/'), 0, 0);
    const QString region = Api::EcrImageReference::parse(uri).region();
    return QStringLiteral("aws ecr get-login-password --region %1 | docker login --username AWS --password-stdin %2")
        .arg(region, registry);
}

void EcrRepositoriesView::deleteSelectedImages()
{
    const QString repository = currentRepository();
    const QList<Api::EcrImage> images = selectedImages();
    if (!m_client || repository.isEmpty() || images.isEmpty())
        return;
    QStringList digests;
    QStringList names;
    for (const Api::EcrImage& image : images) {
        digests.append(image.digest);
        names.append(image.tags.isEmpty() ? image.digest.left(19) : image.tags.join(QStringLiteral(", ")));
    }
    if (!m_confirm(tr("Delete Images"),
            tr("Delete %n image(s) from %1 with all their tags? This cannot be undone.\n\n%2", nullptr,
                int(images.size()))
                .arg(repository, names.join(QLatin1Char('\n')))))
        return;
    whenDone(m_client->batchDeleteImage(repository, digests), this, m_imagePane, [this, repository](Api::AwsReply*) {
        m_imagePane->messageBar()->showSuccess(tr("Images deleted."));
        loadImages(repository);
        loadLifecycle(repository);
    });
}

} // namespace EcsDesk::Ui
