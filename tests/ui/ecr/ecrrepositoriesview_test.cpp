// SPDX-License-Identifier: MIT
#include "ui/ecr/ecrrepositoriesview.h"

#include "api/auth/credentialsprovider.h"
#include "api/core/awstransport.h"
#include "api/ecr/ecrclient.h"
#include "common/testutil.h"
#include "local/localendpoint.h"
#include "models/ecr/ecrmodels.h"
#include "models/panefilterproxymodel.h"
#include "ui/panewidget.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <gtest/gtest.h>

using namespace EcsDesk;
using namespace Qt::Literals::StringLiterals;
using EcsDesk::Testing::waitFor;

namespace {
QJsonObject call(Api::AwsReply* reply)
{
    EXPECT_TRUE(waitFor([reply] { return reply->isFinished(); }, 20000));
    reply->deleteLater();
    EXPECT_TRUE(reply->isOk()) << (reply->error() ? reply->error()->toString().toStdString() : std::string());
    return reply->json();
}

QString manifest(const QString& name, int layerSize, const QString& findings)
{
    return u"{\"schemaVersion\":2,\"mediaType\":\"application/"
           u"vnd.oci.image.manifest.v1+json\",\"layers\":[{\"size\":%1,"
           "\"digest\":\"sha256:%2\"}],\"annotations\":{\"ecsdesk.sim.findings\":\"%3\"}}"_s.arg(layerSize)
               .arg(name, findings);
}
} // namespace

TEST(EcrRepositoriesView, ShowsRepositoriesImagesUsersLifecycleAndDeletesAfterConfirming)
{
    QTemporaryDir dir;
    Local::LocalEndpoint endpoint;
    Local::LocalEndpointOptions options;
    options.dataDir = dir.path();
    QString error;
    ASSERT_TRUE(endpoint.start(options, &error)) << error.toStdString();
    Api::AwsTransport transport;
    Api::ClientConfig config;
    config.transport = &transport;
    config.region = endpoint.region().toLatin1();
    config.endpointUrl = endpoint.url();
    config.credentials = std::make_shared<Api::StaticCredentialsProvider>(endpoint.credentials(), u"local"_s);
    Api::EcrClient ecr(config);
    const QString uri = call(ecr.call(u"CreateRepository"_s,
                                 { { "repositoryName"_L1, "shop"_L1 },
                                     { "imageScanningConfiguration"_L1, QJsonObject { { "scanOnPush"_L1, true } } } }))
                            .value("repository"_L1)
                            .toObject()
                            .value("repositoryUri"_L1)
                            .toString();
    call(ecr.call(u"CreateRepository"_s, { { "repositoryName"_L1, "tools"_L1 } }));
    const char* const tags[] = { "1.0", "1.1", "1.2" };
    for (int i = 0; i < 3; ++i) {
        call(ecr.call(u"PutImage"_s,
            { { "repositoryName"_L1, "shop"_L1 },
                { "imageManifest"_L1,
                    manifest(QString::number(i), 1'000'000 * (i + 1), i == 1 ? u"CRITICAL=1"_s : QString()) },
                { "imageTag"_L1, QLatin1String(tags[i]) } }));
        QTest::qWait(20);
    }
    call(ecr.call(u"PutLifecyclePolicy"_s,
        { { "repositoryName"_L1, "shop"_L1 },
            { "lifecyclePolicyText"_L1,
                u"{\"rules\":[{\"rulePriority\":1,\"selection\":{\"tagStatus\":\"any\",\"countType\":"
                "\"imageCountMoreThan\",\"countNumber\":2},\"action\":{\"type\":\"expire\"}}]}"_s } }));

    Ui::EcrRepositoriesView view;
    bool asked = false;
    view.setConfirmation([&asked](const QString&, const QString& text) {
        asked = text.contains("1.0"_L1);
        return true;
    });
    Api::TaskDefinition definition;
    definition.arn = u"arn:aws:ecs:us-east-1:123456789012:task-definition/shop:7"_s;
    Api::ContainerDefinition container;
    container.name = u"app"_s;
    container.image = uri + ":1.2"_L1;
    definition.containerDefinitions.append(container);
    Api::Service service;
    service.name = u"shop-web"_s;
    service.taskDefinition = definition.arn;
    view.setUsage({ definition }, { service });
    view.setClient(ecr);
    view.show();
    ASSERT_TRUE(waitFor([&view] { return view.repositoryModel()->rowCount() == 2; }, 20000));

    view.selectRepository(u"shop"_s);
    ASSERT_TRUE(waitFor([&view] { return view.imageModel()->rowCount() == 3; }, 20000));
    ASSERT_TRUE(waitFor([&view] { return view.lifecycleLabel()->text().contains("1.0"_L1); }, 20000))
        << view.lifecycleLabel()->text().toStdString();
    auto* repositories = view.repositoryModel();
    EXPECT_EQ(repositories->index(0, Models::EcrRepositoryModel::ImagesColumn).data().toString(), "3"_L1);
    EXPECT_EQ(repositories->index(0, Models::EcrRepositoryModel::SizeColumn).data().toString(), "6.0 MB"_L1);

    auto* images = view.imageModel();
    int newest = -1;
    int old = -1;
    for (int row = 0; row < images->rowCount(); ++row) {
        const QStringList tagsOfRow = images->rowAt(row).image.tags;
        if (tagsOfRow.contains("1.2"_L1))
            newest = row;
        if (tagsOfRow.contains("1.0"_L1))
            old = row;
        if (tagsOfRow.contains("1.1"_L1)) {
            EXPECT_EQ(images->index(row, Models::EcrImageModel::CriticalColumn).data().toString(), "1"_L1);
        }
    }
    ASSERT_GE(newest, 0);
    EXPECT_EQ(images->index(newest, Models::EcrImageModel::UsedByColumn).data().toString(), "shop:7 (shop-web)"_L1);
    EXPECT_EQ(view.dockerPullCommand(), "docker pull "_L1 + uri + ":1.2"_L1);
    EXPECT_TRUE(
        view.dockerLoginCommand().startsWith("aws ecr get-login-password --region us-east-1 | docker login"_L1));

    // Delete the oldest image behind the confirmation.
    const QModelIndex index = view.imagePane()->proxy()->mapFromSource(images->index(old, 0));
    view.imagePane()->view()->selectionModel()->select(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view.deleteImagesAction()->trigger();
    EXPECT_TRUE(asked);
    ASSERT_TRUE(waitFor([&view] { return view.imageModel()->rowCount() == 2; }, 20000));
    const QJsonObject listed = call(ecr.call(u"ListImages"_s, { { "repositoryName"_L1, "shop"_L1 } }));
    EXPECT_EQ(listed.value("imageIds"_L1).toArray().size(), 2);
}
