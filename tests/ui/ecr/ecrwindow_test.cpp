// SPDX-License-Identifier: MIT
// The window's View > ECR Repositories opens the Repositories view on the connection in use.
#include "integration/app/apptestsupport.h"

#include "api/ecr/ecrclient.h"
#include "models/ecr/ecrmodels.h"
#include "ui/appsettings.h"
#include "ui/ecr/ecrrepositoriesview.h"

#include <QAction>
#include <QApplication>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace EcsDesk;
using namespace Qt::Literals::StringLiterals;
using EcsDesk::Testing::waitFor;

TEST(EcrWindow, ViewRepositoriesOpensTheConnectionsRepositories)
{
    QTemporaryDir dir;
    Ui::AppSettings::instance().saveWindow({}, {}, {});
    Ui::MainWindow window(Testing::testWindowOptions(dir.path()));
    window.show();
    ASSERT_TRUE(window.localEndpoint() && window.localEndpoint()->isRunning());
    Api::AwsTransport transport;
    Api::EcrClient ecr(Testing::endpointConfig(*window.localEndpoint(), &transport));
    Api::AwsReply* created = ecr.call(u"CreateRepository"_s, { { "repositoryName"_L1, "shop"_L1 } });
    ASSERT_TRUE(waitFor([created] { return created->isFinished(); }, 20000));
    ASSERT_TRUE(created->isOk());
    created->deleteLater();

    QAction* action = window.action(u"showRepositories"_s);
    ASSERT_NE(action, nullptr);
    ASSERT_TRUE(waitFor([action] { return action->isEnabled(); }, 20000));
    action->trigger();
    Ui::EcrRepositoriesView* view = nullptr;
    ASSERT_TRUE(waitFor(
        [&view] {
            for (QWidget* widget : QApplication::topLevelWidgets()) {
                if (auto* found = qobject_cast<Ui::EcrRepositoriesView*>(widget))
                    view = found;
            }
            return view && view->repositoryModel()->rowCount() == 1;
        },
        20000));
    EXPECT_EQ(view->repositoryModel()->rowAt(0).repository.name, "shop"_L1);
    EXPECT_TRUE(view->isVisible());
    view->close();
}
