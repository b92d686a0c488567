// SPDX-License-Identifier: MIT
#include "ui/editor/ecrimagepicker.h"

#include "api/auth/credentialsprovider.h"
#include "api/core/awstransport.h"
#include "api/ecr/ecrclient.h"
#include "api/ecs/ecsclient.h"
#include "common/testutil.h"
#include "local/localendpoint.h"
#include "models/taskdef/taskdefinitiondiff.h"
#include "models/taskdef/taskdefinitiondocument.h"
#include "ui/editor/revisiondiffview.h"
#include "ui/editor/taskdefinitioneditor.h"

#include <QAction>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace EcsDesk;
using namespace Qt::Literals::StringLiterals;
using EcsDesk::Testing::waitFor;

namespace {
const QString registry = u"123456789012.dkr.ecr.us-east-1.amazonaws.com"_s;

Models::EcrImageIndex sampleIndex()
{
    Api::EcrRepository api;
    api.name = u"api"_s;
    api.uri = registry + "/api"_L1;
    Models::EcrImageIndex index;
    index.setRepositories({ api });
    auto image = [](const QString& digest, const QStringList& tags, int day, int critical) {
        Api::EcrImage i;
        i.digest = digest;
        i.tags = tags;
        i.pushedAt = QDateTime(QDate(2026, 11, day), QTime(9, 0), Qt::UTC);
        if (critical)
            i.findingCounts.insert(u"CRITICAL"_s, critical);
        return i;
    };
    index.setImages(u"api"_s,
        { image(u"sha256:1"_s, { u"1.1"_s }, 1, 0), image(u"sha256:2"_s, { u"1.2"_s }, 10, 2),
            image(u"sha256:3"_s, { u"1.3"_s, u"latest"_s }, 20, 0) });
    return index;
}
} // namespace

TEST(EcrImagePicker, CompletesRepositoriesAndTagsAndWarnsOnMissingTagsAndCriticalFindings)
{
    QLineEdit edit;
    Ui::EcrImagePicker picker(&edit);
    picker.setIndex(sampleIndex());
    EXPECT_TRUE(picker.completions().contains(registry + "/api"_L1));
    EXPECT_TRUE(picker.completions().contains(registry + "/api:1.2"_L1));

    edit.setText(registry + "/api:1.3"_L1);
    EXPECT_TRUE(picker.warning().isEmpty());
    EXPECT_FALSE(picker.warningAction()->isVisible());

    edit.setText(registry + "/api:9.9"_L1);
    EXPECT_TRUE(picker.warning().contains("9.9"_L1)) << picker.warning().toStdString();
    EXPECT_TRUE(picker.warningAction()->isVisible());
    EXPECT_EQ(edit.toolTip(), picker.warning());

    edit.setText(registry + "/api:1.2"_L1);
    EXPECT_TRUE(picker.warning().contains("critical"_L1)) << picker.warning().toStdString();

    edit.setText(u"nginx:1.25"_s);
    EXPECT_TRUE(picker.warning().isEmpty());
    EXPECT_FALSE(picker.newestAction()->isVisible());
}

TEST(EcrImagePicker, OffersTheNewestImageAsAnEditOfTheField)
{
    QLineEdit edit;
    Ui::EcrImagePicker picker(&edit);
    picker.setIndex(sampleIndex());
    edit.setText(registry + "/api:1.1"_L1);
    EXPECT_EQ(picker.newestImage(), registry + "/api:1.3"_L1);
    EXPECT_TRUE(picker.newestAction()->isVisible());
    QSignalSpy edited(&edit, &QLineEdit::textEdited);
    picker.newestAction()->trigger();
    EXPECT_EQ(edit.text(), registry + "/api:1.3"_L1);
    ASSERT_EQ(edited.size(), 1);
    EXPECT_EQ(edited.first().first().toString(), registry + "/api:1.3"_L1);
    EXPECT_FALSE(picker.newestAction()->isVisible());
}

TEST(EcrImagePicker, TheEditorLoadsEcrFromItsConnectionAndTheNewestImageGoesIntoTheDocument)
{
    QTemporaryDir dir;
    Local::LocalEndpoint endpoint;
    Local::LocalEndpointOptions options;
    options.dataDir = dir.filePath(u"endpoint"_s);
    QString error;
    ASSERT_TRUE(endpoint.start(options, &error)) << error.toStdString();
    Api::AwsTransport transport;
    Api::ClientConfig config;
    config.transport = &transport;
    config.region = endpoint.region().toLatin1();
    config.endpointUrl = endpoint.url();
    config.credentials = std::make_shared<Api::StaticCredentialsProvider>(endpoint.credentials(), u"local"_s);
    Api::EcsClient ecs(config);
    Api::EcrClient ecr(config);
    auto call = [](Api::AwsReply* reply) {
        EXPECT_TRUE(waitFor([reply] { return reply->isFinished(); }, 20000));
        reply->deleteLater();
        EXPECT_TRUE(reply->isOk()) << (reply->error() ? reply->error()->toString().toStdString() : std::string());
        return reply->json();
    };
    const QString uri = call(ecr.call(u"CreateRepository"_s, { { "repositoryName"_L1, "shop"_L1 } }))
                            .value("repository"_L1)
                            .toObject()
                            .value("repositoryUri"_L1)
                            .toString();
    for (const char* tag : { "2.0", "2.1" }) {
        const QString manifest = u"{\"schemaVersion\":2,\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\","
                                 "\"annotations\":{\"v\":\"%1\"}}"_s.arg(QLatin1String(tag));
        call(ecr.call(u"PutImage"_s,
            { { "repositoryName"_L1, "shop"_L1 }, { "imageManifest"_L1, manifest },
                { "imageTag"_L1, QLatin1String(tag) } }));
        QTest::qWait(20); // distinct push times
    }

    Ui::TaskDefinitionEditorContext context;
    context.recoveryDir = dir.filePath(u"recovery"_s);
    Ui::TaskDefinitionEditor editor(&ecs, context);
    const QByteArray definition = QJsonDocument(
        QJsonObject { { "family"_L1, "shop"_L1 },
            { "containerDefinitions"_L1,
                QJsonArray { QJsonObject { { "name"_L1, "app"_L1 }, { "image"_L1, QString(uri + ":1.0"_L1) },
                    { "memory"_L1,
                        256 } } } } }).toJson();
    ASSERT_TRUE(editor.openDocument(definition));
    Ui::EcrImagePicker* picker = editor.imagePicker();
    ASSERT_NE(picker, nullptr);
    ASSERT_TRUE(waitFor([picker] { return picker->index().hasImages(u"shop"_s); }, 20000));
    EXPECT_TRUE(picker->warning().contains("1.0"_L1)) << picker->warning().toStdString();
    EXPECT_TRUE(picker->completions().contains(uri + ":2.1"_L1));
    picker->useNewestImage();
    EXPECT_EQ(editor.document()->container(0).value("image"_L1), QString(uri + ":2.1"_L1));
    EXPECT_TRUE(picker->warning().isEmpty());
}

TEST(EcrImagePicker, TheDifferencesShowAnImageByTagAndDigest)
{
    const Models::EcrImageIndex index = sampleIndex();
    Ui::RevisionDiffView view;
    view.setImageDescriber([&index](const QString& image) { return index.describe(image); });
    Models::TaskDefinitionChange change;
    change.kind = Models::TaskDefinitionChange::Kind::Changed;
    change.path = u"containerDefinitions[0].image"_s;
    change.oldValue = QString(registry + "/api:1.2"_L1);
    change.newValue = QString(registry + "/api:1.3"_L1);
    view.showChanges({ change }, u"api:4"_s, u"edited"_s);
    auto* tree = view.findChild<QTreeWidget*>();
    ASSERT_NE(tree, nullptr);
    ASSERT_EQ(tree->topLevelItemCount(), 1);
    EXPECT_EQ(tree->topLevelItem(0)->text(1), registry + "/api:1.2 (tag 1.2, sha256:2)"_L1);
    EXPECT_EQ(tree->topLevelItem(0)->text(2), registry + "/api:1.3 (tag 1.3, sha256:3)"_L1);
}
