// SPDX-License-Identifier: MIT
#pragma once

#include "api/ecr/ecrclient.h"
#include "models/ecr/ecrimageindex.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QAction;
class QCompleter;
class QLineEdit;
class QStringListModel;

namespace EcsDesk::Ui {

/// The image field's ECR helper in the task definition editor: completes repository URIs and
/// `uri:tag` from the connection's ECR repositories, shows a warning icon (its tooltip says why)
/// when the tag does not exist or the image has critical findings, and offers the newest pushed
/// image of the repository the field names. Edits it makes go through the field as typing does.
class EcrImagePicker : public QObject {
    Q_OBJECT
public:
    explicit EcrImagePicker(QLineEdit* edit, QObject* parent = nullptr);
    ~EcrImagePicker() override;

    /// Loads the repositories (and the images of up to 25 of them) through `client`.
    void setClient(const Api::EcrClient& client);
    /// Uses already loaded repositories and images (tests, or a view that has them).
    void setIndex(const Models::EcrImageIndex& index);
    const Models::EcrImageIndex& index() const { return m_index; }

    /// Why the field's image is a problem ("" when it is not, or not an ECR image).
    QString warning() const { return m_warning; }
    QStringList completions() const;
    /// `uri:tag` of the newest image of the repository the field names ("" when none).
    QString newestImage() const;
    QAction* warningAction() const { return m_warningAction; }
    QAction* newestAction() const { return m_newestAction; }

public Q_SLOTS:
    /// Puts the newest image of the field's repository into the field.
    void useNewestImage();
    /// Re-reads the field: completions, the warning and the newest-image offer.
    void update();

Q_SIGNALS:
    /// The repositories or a repository's images arrived.
    void indexChanged();

private:
    void loadNextImages();
    void replaceText(const QString& text);

    QPointer<QLineEdit> m_edit;
    Models::EcrImageIndex m_index;
    std::unique_ptr<Api::EcrListLoader> m_repositoryLoader;
    std::unique_ptr<Api::EcrListLoader> m_imageLoader;
    QStringList m_pendingImages;
    QCompleter* m_completer = nullptr;
    QStringListModel* m_completions = nullptr;
    QAction* m_warningAction = nullptr;
    QAction* m_newestAction = nullptr;
    QString m_warning;
};

} // namespace EcsDesk::Ui
