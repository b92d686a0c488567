// SPDX-License-Identifier: MIT
#pragma once

#include "api/core/pagetokens.h"
#include "api/core/serviceclient.h"
#include "api/ecr/ecrtypes.h"

#include <QObject>

namespace EcsDesk::Api {

class RequestScheduler;

/// Amazon ECR over awsJson1_1 (`AmazonEC2ContainerRegistry_V20150921`, signing name `ecr`).
class EcrClient : public ServiceClient {
public:
    explicit EcrClient(ClientConfig config);
    static ServiceDescription description();

    AwsReply* call(const QString& operation, const QJsonObject& input) const { return callJson(operation, input); }
    AwsReply* describeRepositories(const QString& nextToken = {}) const;
    AwsReply* describeImages(const QString& repository, const QString& nextToken = {}) const;
    /// Deletes images by digest.
    AwsReply* batchDeleteImage(const QString& repository, const QStringList& digests) const;
    AwsReply* getLifecyclePolicy(const QString& repository) const;
    AwsReply* startLifecyclePolicyPreview(const QString& repository) const;
    AwsReply* getLifecyclePolicyPreview(const QString& repository, const QString& nextToken = {}) const;
    AwsReply* getAuthorizationToken() const;
};

/// Lists every repository, or every image of one repository, following the pages.
class EcrListLoader : public QObject {
    Q_OBJECT
public:
    explicit EcrListLoader(EcrClient client, QObject* parent = nullptr);

    void loadRepositories();
    void loadImages(const QString& repository);

Q_SIGNALS:
    void repositoriesLoaded(const QList<EcsDesk::Api::EcrRepository>& repositories);
    void imagesLoaded(const QString& repository, const QList<EcsDesk::Api::EcrImage>& images);
    void failed(const EcsDesk::Api::AwsError& error);

private:
    void restart();
    void repositoryPage(const QString& nextToken);
    void imagePage(const QString& repository, const QString& nextToken);

    EcrClient m_client;
    RequestScheduler* m_scheduler = nullptr;
    QList<EcrRepository> m_repositories;
    QList<EcrImage> m_images;
    PageTokens m_pageTokens;
};

} // namespace EcsDesk::Api
