// SPDX-License-Identifier: MIT
#include "ui/editor/ecrimagepicker.h"

#include <QAction>
#include <QApplication>
#include <QCompleter>
#include <QLineEdit>
#include <QStringListModel>
#include <QStyle>

namespace EcsDesk::Ui {

namespace {
    constexpr int maxRepositoriesWithImages = 25;
}

EcrImagePicker::EcrImagePicker(QLineEdit* edit, QObject* parent)
    : QObject(parent)
    , m_edit(edit)
{
    m_completions = new QStringListModel(this);
    m_completer = new QCompleter(m_completions, this);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    edit->setCompleter(m_completer);
    // A chosen completion is an edit of the field, as typing it would be.
    connect(m_completer, qOverload<const QString&>(&QCompleter::activated), this, [this](const QString& text) {
        QMetaObject::invokeMethod(
            this, [this, text] { replaceText(text); }, Qt::QueuedConnection);
    });

    QStyle* style = edit->style() ? edit->style() : QApplication::style();
    m_warningAction = new QAction(style->standardIcon(QStyle::SP_MessageBoxWarning), tr("Image warning"), this);
    m_warningAction->setObjectName(QStringLiteral("ecrImageWarning"));
    m_warningAction->setVisible(false);
    edit->addAction(m_warningAction, QLineEdit::TrailingPosition);
    m_newestAction = new QAction(style->standardIcon(QStyle::SP_ArrowUp), tr("Use the Newest Image"), this);
    m_newestAction->setObjectName(QStringLiteral("ecrUseNewestImage"));
    m_newestAction->setVisible(false);
    edit->addAction(m_newestAction, QLineEdit::TrailingPosition);
    connect(m_newestAction, &QAction::triggered, this, &EcrImagePicker::useNewestImage);
    connect(edit, &QLineEdit::textChanged, this, &EcrImagePicker::update);
}

EcrImagePicker::~EcrImagePicker() = default;

void EcrImagePicker::setClient(const Api::EcrClient& client)
{
    m_repositoryLoader = std::make_unique<Api::EcrListLoader>(client);
    m_imageLoader = std::make_unique<Api::EcrListLoader>(client);
    connect(m_repositoryLoader.get(), &Api::EcrListLoader::repositoriesLoaded, this,
        [this](const QList<Api::EcrRepository>& repositories) {
            m_index.setRepositories(repositories);
            m_pendingImages.clear();
            for (const Api::EcrRepository& repository : repositories.mid(0, maxRepositoriesWithImages))
                m_pendingImages.append(repository.name);
            update();
            Q_EMIT indexChanged();
            loadNextImages();
        });
    connect(m_imageLoader.get(), &Api::EcrListLoader::imagesLoaded, this,
        [this](const QString& repository, const QList<Api::EcrImage>& images) {
            m_index.setImages(repository, images);
            update();
            Q_EMIT indexChanged();
            loadNextImages();
        });
    // Without ECR (no permission, no such service at a custom endpoint) the field stays a plain field.
    connect(m_imageLoader.get(), &Api::EcrListLoader::failed, this, [this] { loadNextImages(); });
    m_repositoryLoader->loadRepositories();
}

void EcrImagePicker::loadNextImages()
{
    if (m_pendingImages.isEmpty() || !m_imageLoader)
        return;
    m_imageLoader->loadImages(m_pendingImages.takeFirst());
}

void EcrImagePicker::setIndex(const Models::EcrImageIndex& index)
{
    m_index = index;
    update();
    Q_EMIT indexChanged();
}

QStringList EcrImagePicker::completions() const { return m_completions->stringList(); }

QString EcrImagePicker::newestImage() const
{
    if (!m_edit)
        return {};
    const auto repository = m_index.repositoryOf(m_edit->text());
    return repository ? m_index.newestImageReference(repository->name) : QString();
}

void EcrImagePicker::update()
{
    if (!m_edit)
        return;
    QStringList items;
    for (const Api::EcrRepository& repository : m_index.repositories()) {
        items.append(repository.uri);
        for (const QString& tag : m_index.tags(repository.name))
            items.append(repository.uri + QLatin1Char(':') + tag);
    }
    if (items != m_completions->stringList())
        m_completions->setStringList(items);

    m_warning = m_index.warning(m_edit->text());
    m_warningAction->setVisible(!m_warning.isEmpty());
    m_warningAction->setToolTip(m_warning);
    m_warningAction->setText(m_warning.isEmpty() ? tr("Image warning") : m_warning);
    m_edit->setToolTip(m_warning);

    const QString newest = newestImage();
    const bool offer = !newest.isEmpty() && newest != m_edit->text().trimmed();
    m_newestAction->setVisible(offer);
    m_newestAction->setToolTip(offer ? tr("Use the newest pushed image: %1").arg(newest) : QString());
}

void EcrImagePicker::useNewestImage()
{
    const QString newest = newestImage();
    if (!newest.isEmpty())
        replaceText(newest);
}

void EcrImagePicker::replaceText(const QString& text)
{
    if (!m_edit)
        return;
    // Through the field's own editing (textEdited: the form writes it to the document as one edit);
    // a chosen completion is already in the field, set by QLineEdit without textEdited.
    m_edit->setText(QString());
    m_edit->insert(text);
}

} // namespace EcsDesk::Ui
