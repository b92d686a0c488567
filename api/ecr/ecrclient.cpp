// SPDX-License-Identifier: MIT
#include "api/ecr/ecrclient.h"

#include "api/core/requestscheduler.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace EcsDesk::Api {

EcrClient::EcrClient(ClientConfig config)
    : ServiceClient(std::move(config), description())
{
}

ServiceDescription EcrClient::description()
{
    return ServiceDescription { "ecr", "AmazonEC2ContainerRegistry_V20150921", "1.1", QStringLiteral("api.ecr"),
        QStringLiteral("ecr") };
}

namespace {
    QJsonObject withToken(QJsonObject input, const QString& nextToken)
    {
        if (!nextToken.isEmpty())
            input.insert("nextToken"_L1, nextToken);
        return input;
    }
} // namespace

AwsReply* EcrClient::describeRepositories(const QString& nextToken) const
{
    return call(QStringLiteral("DescribeRepositories"), withToken({ { "maxResults"_L1, 1000 } }, nextToken));
}

AwsReply* EcrClient::describeImages(const QString& repository, const QString& nextToken) const
{
    return call(QStringLiteral("DescribeImages"),
        withToken({ { "repositoryName"_L1, repository }, { "maxResults"_L1, 1000 } }, nextToken));
}

AwsReply* EcrClient::batchDeleteImage(const QString& repository, const QStringList& digests) const
{
    QJsonArray ids;
    for (const QString& digest : digests)
        ids.append(QJsonObject { { "imageDigest"_L1, digest } });
    return call(QStringLiteral("BatchDeleteImage"), { { "repositoryName"_L1, repository }, { "imageIds"_L1, ids } });
}

AwsReply* EcrClient::getLifecyclePolicy(const QString& repository) const
{
    return call(QStringLiteral("GetLifecyclePolicy"), { { "repositoryName"_L1, repository } });
}

AwsReply* EcrClient::startLifecyclePolicyPreview(const QString& repository) const
{
    return call(QStringLiteral("StartLifecyclePolicyPreview"), { { "repositoryName"_L1, repository } });
}

AwsReply* EcrClient::getLifecyclePolicyPreview(const QString& repository, const QString& nextToken) const
{
    return call(
        QStringLiteral("GetLifecyclePolicyPreview"), withToken({ { "repositoryName"_L1, repository } }, nextToken));
}

AwsReply* EcrClient::getAuthorizationToken() const { return call(QStringLiteral("GetAuthorizationToken"), {}); }

EcrListLoader::EcrListLoader(EcrClient client, QObject* parent)
    : QObject(parent)
    , m_client(std::move(client))
{
}

void EcrListLoader::restart()
{
    if (m_scheduler) {
        m_scheduler->disconnect(this);
        m_scheduler->cancelAll();
        m_scheduler->deleteLater();
    }
    m_repositories.clear();
    m_images.clear();
    m_pageTokens.clear();
    m_scheduler = new RequestScheduler(4, this);
    connect(m_scheduler, &RequestScheduler::failed, this, [this](const AwsError& error) {
        m_scheduler->deleteLater();
        m_scheduler = nullptr;
        Q_EMIT failed(error);
    });
}

void EcrListLoader::loadRepositories()
{
    restart();
    connect(m_scheduler, &RequestScheduler::idle, this, [this] {
        std::sort(m_repositories.begin(), m_repositories.end(),
            [](const EcrRepository& a, const EcrRepository& b) { return a.name < b.name; });
        m_scheduler->deleteLater();
        m_scheduler = nullptr;
        Q_EMIT repositoriesLoaded(std::exchange(m_repositories, {}));
    });
    repositoryPage({});
}

void EcrListLoader::loadImages(const QString& repository)
{
    restart();
    connect(m_scheduler, &RequestScheduler::idle, this, [this, repository] {
        // Newest first, as the console lists them.
        std::stable_sort(m_images.begin(), m_images.end(),
            [](const EcrImage& a, const EcrImage& b) { return a.pushedAt > b.pushedAt; });
        m_scheduler->deleteLater();
        m_scheduler = nullptr;
        Q_EMIT imagesLoaded(repository, std::exchange(m_images, {}));
    });
    imagePage(repository, {});
}

void EcrListLoader::repositoryPage(const QString& nextToken)
{
    m_scheduler->enqueue(
        nextToken.isEmpty() ? RequestScheduler::Priority::Chain : RequestScheduler::Priority::Critical,
        [this, nextToken] { return m_client.describeRepositories(nextToken); },
        [this](AwsReply* reply) {
            const QString token = reply->json().value("nextToken"_L1).toString();
            if (const auto error = m_pageTokens.next(QStringLiteral("DescribeRepositories"), {}, token)) {
                m_scheduler->fail(*error);
                return;
            }
            m_repositories.append(EcrRepository::listFromJson(reply->json()));
            if (!token.isEmpty())
                repositoryPage(token);
        });
}

void EcrListLoader::imagePage(const QString& repository, const QString& nextToken)
{
    m_scheduler->enqueue(
        nextToken.isEmpty() ? RequestScheduler::Priority::Chain : RequestScheduler::Priority::Critical,
        [this, repository, nextToken] { return m_client.describeImages(repository, nextToken); },
        [this, repository](AwsReply* reply) {
            const QString token = reply->json().value("nextToken"_L1).toString();
            if (const auto error = m_pageTokens.next(QStringLiteral("DescribeImages"), repository, token)) {
                m_scheduler->fail(*error);
                return;
            }
            m_images.append(EcrImage::listFromJson(reply->json()));
            if (!token.isEmpty())
                imagePage(repository, token);
        });
}

} // namespace EcsDesk::Api
