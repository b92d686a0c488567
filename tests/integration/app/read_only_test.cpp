// SPDX-License-Identifier: MIT
// Read-only mode (issue 21): `ecsdesk --read-only` (StartOptions::readOnly) and a connection named
// read-only in Preferences disable every action declared as mutating, in menus, toolbar, context
// menus and the command palette; the window title and status bar say read-only. Open in AWS
// Console is on every resource page and opens the current row's console page.

#include "api/ecs/ecsclient.h"
#include "apptestsupport.h"
#include "common/testutil.h"
#include "local/localendpoint.h"
#include "models/clustermodel.h"
#include "models/itemroles.h"
#include "models/servicemodel.h"
#include "models/taskmodel.h"
#include "ui/actionregistry.h"
#include "ui/appsettings.h"
#include "ui/mainwindow.h"
#include "ui/pagearea.h"
#include "ui/pages/resourcepage.h"
#include "ui/pages/taskpage.h"
#include "ui/panewidget.h"
#include "ui/preferencesdialog.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace EcsDesk;
using EcsDesk::Testing::call;
using EcsDesk::Testing::waitFor;

namespace {

const QStringList mutatingIds { QStringLiteral("createCluster"), QStringLiteral("deleteCluster"),
    QStringLiteral("drainInstance"), QStringLiteral("activateInstance"), QStringLiteral("createService"),
    QStringLiteral("setDesiredCount"), QStringLiteral("updateRevision"), QStringLiteral("forceDeployment"),
    QStringLiteral("deleteService"), QStringLiteral("newTaskDefinition"), QStringLiteral("editTaskDefinition"),
    QStringLiteral("deregisterTaskDefinition"), QStringLiteral("runTask"), QStringLiteral("stopTask") };

class ReadOnly : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        Ui::AppSettings::instance().setReadOnlyConnections({});
        window = std::make_unique<Ui::MainWindow>(Testing::testWindowOptions(m_dir.path()));
        window->show();
        ASSERT_TRUE(window->localEndpoint() && window->localEndpoint()->isRunning());
        ecs = std::make_unique<Api::EcsClient>(Testing::endpointConfig(*window->localEndpoint(), &m_transport));
        call(ecs->createCluster(QStringLiteral("demo")));
        window->refresh();
        ASSERT_TRUE(waitFor([&] { return window->clusterModel()->rowCount() == 1; }, 20000));
        window->selectCluster(QStringLiteral("demo"));
        ASSERT_TRUE(waitFor([&] { return !window->currentCluster().isEmpty() && !window->isLoading(); }, 20000));
    }
    void TearDown() override
    {
        window.reset();
        ecs.reset();
        Ui::AppSettings::instance().setReadOnlyConnections({});
    }

    /// The ids of the palette's commands now.
    QStringList paletteIds() const
    {
        QStringList ids;
        for (const Ui::ActionRegistry::Command& command : window->actions()->commands())
            ids.append(command.id);
        return ids;
    }

    QTemporaryDir m_dir;
    Api::AwsTransport m_transport;
    std::unique_ptr<Ui::MainWindow> window;
    std::unique_ptr<Api::EcsClient> ecs;
};

} // namespace

TEST_F(ReadOnly, EveryMutatingActionIsDisabledAndThePaletteDoesNotRunOne)
{
    // Writable: the actions that need only an open cluster are enabled.
    for (const char* id : { "createCluster", "createService", "runTask", "newTaskDefinition" })
        EXPECT_TRUE(window->action(QLatin1String(id))->isEnabled()) << id;
    EXPECT_TRUE(paletteIds().contains(QStringLiteral("createService")));
    EXPECT_FALSE(window->windowTitle().contains(QLatin1String("read-only")));

    Ui::MainWindow::StartOptions start;
    start.readOnly = true;
    window->start(start);
    EXPECT_TRUE(window->isReadOnly());
    for (const QString& id : mutatingIds) {
        EXPECT_TRUE(window->actions()->isMutating(id)) << qPrintable(id);
        EXPECT_FALSE(window->action(id)->isEnabled()) << qPrintable(id);
        EXPECT_FALSE(paletteIds().contains(id)) << qPrintable(id);
    }
    // Reading still works.
    for (const char* id : { "refresh", "copyArn", "exportCsv" })
        EXPECT_FALSE(window->actions()->isMutating(QLatin1String(id))) << id;
    EXPECT_TRUE(window->action(QStringLiteral("refresh"))->isEnabled());
    EXPECT_TRUE(paletteIds().contains(QStringLiteral("refresh")));
    // The palette runs nothing that changes something, even when asked by id.
    int created = 0;
    QObject::connect(window->action(QStringLiteral("createService")), &QAction::triggered, [&] { ++created; });
    EXPECT_FALSE(window->actions()->run(QStringLiteral("createService")));
    EXPECT_FALSE(window->actions()->run(QStringLiteral("createCluster")));
    EXPECT_EQ(created, 0);
    // A selection change does not enable them again.
    window->refresh();
    ASSERT_TRUE(waitFor([&] { return !window->isLoading(); }, 20000));
    EXPECT_FALSE(window->action(QStringLiteral("createService"))->isEnabled());

    EXPECT_TRUE(window->windowTitle().contains(QLatin1String("[read-only]"))) << qPrintable(window->windowTitle());
    auto* state = window->findChild<QLabel*>(QStringLiteral("connectionState"));
    ASSERT_NE(state, nullptr);
    EXPECT_TRUE(state->text().contains(QLatin1String("read-only"))) << qPrintable(state->text());
}

TEST_F(ReadOnly, AConnectionNamedInPreferencesIsReadOnly)
{
    EXPECT_FALSE(window->isReadOnly());
    EXPECT_TRUE(window->action(QStringLiteral("createService"))->isEnabled());
    {
        Ui::PreferencesDialog preferences;
        auto* names = preferences.findChild<QLineEdit*>(QStringLiteral("readOnlyConnections"));
        ASSERT_NE(names, nullptr);
        names->setText(QStringLiteral("production, Local ,production"));
        EXPECT_EQ(
            preferences.readOnlyConnections(), (QStringList { QStringLiteral("production"), QStringLiteral("Local") }));
        preferences.accept();
    }
    EXPECT_TRUE(Ui::AppSettings::instance().isReadOnlyConnection(QStringLiteral("Local")));
    EXPECT_TRUE(window->isReadOnly());
    EXPECT_FALSE(window->action(QStringLiteral("createService"))->isEnabled());
    EXPECT_FALSE(window->action(QStringLiteral("runTask"))->isEnabled());
    EXPECT_TRUE(window->windowTitle().contains(QLatin1String("[read-only]")));

    Ui::AppSettings::instance().setReadOnlyConnections({ QStringLiteral("production") });
    EXPECT_FALSE(window->isReadOnly());
    EXPECT_TRUE(window->action(QStringLiteral("createService"))->isEnabled());
}

namespace {
/// Receives the URLs QDesktopServices::openUrl opens.
class UrlCatcher : public QObject {
    Q_OBJECT
public:
    QList<QUrl> urls;
public Q_SLOTS:
    void open(const QUrl& url) { urls.append(url); }
};
} // namespace

TEST_F(ReadOnly, OpenInAwsConsoleIsOnEveryResourcePageAndOpensTheCurrentRowsPage)
{
    for (const char* name : { "clusters", "services", "tasks", "instances", "taskDefinitions" }) {
        const Ui::ResourcePage* page = nullptr;
        for (const Ui::ResourcePage* p : window->pages()->pages()) {
            if (p->name() == QLatin1String(name))
                page = p;
        }
        ASSERT_NE(page, nullptr) << name;
        EXPECT_TRUE(page->contextActionIds().contains(QStringLiteral("openInConsole"))) << name;
    }
    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &catcher, "open");
    window->showPane(window->clustersPane());
    const QString arn = window->clusterModel()->index(0, 0).data(Models::ArnRole).toString();
    ASSERT_TRUE(window->clustersPane()->selectArn(arn)) << qPrintable(arn);
    QAction* open = window->action(QStringLiteral("openInConsole"));
    ASSERT_NE(open, nullptr);
    EXPECT_FALSE(window->actions()->isMutating(QStringLiteral("openInConsole")));
    window->setReadOnly(true); // reading: still there
    ASSERT_TRUE(waitFor([&] { return open->isEnabled(); }, 5000));
    open->trigger();
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    ASSERT_EQ(catcher.urls.size(), 1);
    const QString region = arn.section(QLatin1Char(':'), 3, 3);
    EXPECT_EQ(catcher.urls.first().toString(),
        QStringLiteral("https://%1.console.aws.amazon.com/ecs/v2/clusters/demo/services?region=%1").arg(region));
}

TEST_F(ReadOnly, CopyAddressCopiesTheTasksPrivateAddress)
{
    const QJsonObject definition {
        { QStringLiteral("family"), QStringLiteral("web") },
        { QStringLiteral("networkMode"), QStringLiteral("awsvpc") },
        { QStringLiteral("requiresCompatibilities"), QJsonArray { QStringLiteral("FARGATE") } },
        { QStringLiteral("cpu"), QStringLiteral("256") }, { QStringLiteral("memory"), QStringLiteral("512") },
        { QStringLiteral("containerDefinitions"),
            QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("app") },
                { QStringLiteral("image"), QStringLiteral("nginx:1.25") }, { QStringLiteral("essential"), true } } } }
    };
    call(ecs->registerTaskDefinition(definition));
    const QJsonObject network { { QStringLiteral("awsvpcConfiguration"),
        QJsonObject { { QStringLiteral("subnets"), QJsonArray { QStringLiteral("subnet-12345678") } } } } };
    call(ecs->createService(QStringLiteral("demo"),
        QJsonObject { { QStringLiteral("serviceName"), QStringLiteral("web") },
            { QStringLiteral("taskDefinition"), QStringLiteral("web") }, { QStringLiteral("desiredCount"), 1 },
            { QStringLiteral("launchType"), QStringLiteral("FARGATE") },
            { QStringLiteral("networkConfiguration"), network } }));
    window->showPane(window->tasksPane());
    auto* page = window->pages()->find<Ui::TaskPage>();
    ASSERT_NE(page, nullptr);
    QAction* copy = window->action(QStringLiteral("copyTaskAddress"));
    ASSERT_NE(copy, nullptr);
    EXPECT_FALSE(window->actions()->isMutating(QStringLiteral("copyTaskAddress")));
    EXPECT_TRUE(page->contextActionIds().contains(QStringLiteral("copyTaskAddress")));
    ASSERT_TRUE(waitFor(
        [&] {
            if (!window->isLoading())
                window->refresh();
            if (window->taskModel()->rowCount() != 1)
                return false;
            window->tasksPane()->selectArn(window->taskModel()->index(0, 0).data(Models::ArnRole).toString());
            return !page->currentAddresses().privateIp.isEmpty();
        },
        60000));
    window->setReadOnly(true); // reading: still there
    ASSERT_TRUE(waitFor([&] { return copy->isEnabled(); }, 5000));
    QApplication::clipboard()->clear();
    copy->trigger();
    EXPECT_EQ(QApplication::clipboard()->text(), page->currentAddresses().privateIp);
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^\\d+\\.\\d+\\.\\d+\\.\\d+$"))
                    .match(QApplication::clipboard()->text())
                    .hasMatch())
        << qPrintable(QApplication::clipboard()->text());
}

#include "read_only_test.moc"
