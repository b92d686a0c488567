// SPDX-License-Identifier: MIT
// Regions per connection (issue 24): the choice kept in the settings (ConnectionRegions and its
// dialog), and the Fleet Overview loading every enabled region of the connection in use, here a
// profile whose endpoint (a loopback stub of ECS and CloudWatch) answers any region.

#include "common/testutil.h"
#include "fakeecs.h"
#include "models/fleetoverviewmodel.h"
#include "stubserver.h"
#include "ui/connectiondialog.h"
#include "ui/fleet/fleetoverviewpage.h"
#include "ui/mainwindow.h"
#include "ui/navigator.h"

#include <QFile>
#include <QJsonArray>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace EcsDesk;
using namespace EcsDesk::Testing;

namespace {
QString s(const char* text) { return QString::fromUtf8(text); }
} // namespace

TEST(ConnectionRegions, ChoiceRoundTripsThroughTheSettings)
{
    Ui::ConnectionRegions& regions = Ui::ConnectionRegions::instance();
    regions.setRegions(s("round-trip"), {});
    EXPECT_TRUE(regions.regions(s("round-trip")).isEmpty());
    EXPECT_EQ(regions.enabled(s("round-trip"), s("ap-south-1")), QStringList { s("ap-south-1") });

    QSignalSpy changed(&regions, &Ui::ConnectionRegions::changed);
    regions.setRegions(s("round-trip"), { s(" eu-west-1"), s("us-east-1"), s("eu-west-1"), s("") });
    ASSERT_EQ(changed.size(), 1);
    EXPECT_EQ(changed.first().first().toString(), s("round-trip"));
    const QStringList expected { s("eu-west-1"), s("us-east-1") };
    EXPECT_EQ(regions.regions(s("round-trip")), expected);
    EXPECT_EQ(regions.enabled(s("round-trip"), s("ap-south-1")), expected);
    // Written to the settings file, read back by another QSettings.
    QSettings().sync();
    EXPECT_EQ(QSettings().value(s("connections/regions")).toMap().value(s("round-trip")).toStringList(), expected);
    regions.setRegions(s("round-trip"), expected); // no change, no signal
    EXPECT_EQ(changed.size(), 1);

    // The dialog shows the choice checked and saves what the user checks.
    Ui::ConnectionRegionsDialog dialog(s("round-trip"), s("ap-south-1"));
    EXPECT_EQ(dialog.regions(), (QStringList { s("us-east-1"), s("eu-west-1") })); // in list order
    dialog.setRegions({ s("sa-east-1"), s("us-gov-west-1") });
    dialog.accept();
    EXPECT_EQ(regions.regions(s("round-trip")), (QStringList { s("sa-east-1"), s("us-gov-west-1") }));

    // Nothing chosen: the connection's own region is checked, and forgetting works.
    regions.setRegions(s("round-trip"), {});
    EXPECT_FALSE(QSettings().value(s("connections/regions")).toMap().contains(s("round-trip")));
    Ui::ConnectionRegionsDialog fresh(s("round-trip"), s("eu-north-1"));
    EXPECT_EQ(fresh.regions(), QStringList { s("eu-north-1") });
}

TEST(FleetOverviewRegions, LoadsEveryEnabledRegionOfTheConnection)
{
    FakeEcs::Shape shape;
    shape.services = 3;
    shape.runningPerService = 2;
    FakeEcs fake(shape);
    QSet<QString> signedFor; ///< the region of each request's SigV4 credential scope
    const QRegularExpression scope(s("Credential=[^/]+/[0-9]{8}/([a-z0-9-]+)/"));
    StubServer server([&](const StubRequest& request) {
        const auto match = scope.match(QString::fromLatin1(request.header("Authorization")));
        if (match.hasMatch())
            signedFor.insert(match.captured(1));
        if (request.operation() == QLatin1String("ListClusters")) // the fake knows its one cluster only
            return StubResponse::json({ { QStringLiteral("clusterArns"), QJsonArray { fake.clusterArn() } } });
        if (request.operation() == QLatin1String("DescribeAlarms")) {
            StubResponse none;
            none.body = "<DescribeAlarmsResponse xmlns=\"http://monitoring.amazonaws.com/doc/2010-08-01/\">"
                        "<DescribeAlarmsResult><MetricAlarms/><CompositeAlarms/></DescribeAlarmsResult>"
                        "<ResponseMetadata><RequestId>r1</RequestId></ResponseMetadata></DescribeAlarmsResponse>";
            none.headers.append(std::make_pair(QByteArray("Content-Type"), QByteArray("text/xml")));
            return none;
        }
        return fake.handle(request);
    });
    ASSERT_TRUE(server.listen());

    QTemporaryDir home;
    ASSERT_TRUE(home.isValid());
    QFile config(home.filePath(s("config")));
    ASSERT_TRUE(config.open(QIODevice::WriteOnly));
    config.write("[profile fleet]\nregion = us-east-1\naws_access_key_id = AKID\naws_secret_access_key = secret\n");
    config.close();
    qputenv("AWS_CONFIG_FILE", config.fileName().toLocal8Bit());
    qputenv("AWS_SHARED_CREDENTIALS_FILE", home.filePath(s("none")).toLocal8Bit());
    Ui::ConnectionRegions::instance().setRegions(s("fleet"), { s("us-east-1"), s("eu-west-1") });

    Ui::MainWindow::Options options;
    options.startLocal = false;
    options.listProfiles = false;
    options.offerEditorRecovery = false;
    Ui::MainWindow window(options);
    window.show();
    Ui::MainWindow::StartOptions start;
    start.profile = s("fleet");
    start.endpointUrl = server.url();
    ASSERT_TRUE(window.start(start).isEmpty());
    auto* page = window.findChild<Ui::FleetOverviewPage*>();
    ASSERT_TRUE(page);
    window.showPane(page->pane()); // the overview loads while on show
    EXPECT_EQ(page->regions(), (QStringList { s("us-east-1"), s("eu-west-1") }));
    Models::FleetOverviewModel* model = page->model();
    const auto regionsShown = [&] {
        QStringList shown;
        for (int row = 0; row < model->rowCount(); ++row)
            shown.append(model->rowAt(row).region);
        shown.sort();
        return shown;
    };
    ASSERT_TRUE(waitFor([&] { return model->rowCount() == 2 && !page->isRefreshing(); }, 60000))
        << regionsShown().join(u' ').toStdString();
    EXPECT_EQ(regionsShown(), (QStringList { s("eu-west-1"), s("us-east-1") }));
    for (int row = 0; row < model->rowCount(); ++row) {
        EXPECT_EQ(model->rowAt(row).clusterName, fake.clusterName());
        EXPECT_EQ(model->rowAt(row).services, 3);
    }
    EXPECT_TRUE(signedFor.contains(s("eu-west-1")));
    EXPECT_TRUE(signedFor.contains(s("us-east-1")));
    auto* button = window.findChild<QPushButton*>(s("fleetRegions"));
    ASSERT_TRUE(button);
    EXPECT_TRUE(button->text().contains(s("eu-west-1"))) << button->text().toStdString();

    // The navigator lists both regions under the profile; selecting the other one connects in it
    // and lists its clusters there.
    auto* navigator = window.findChild<Ui::Navigator*>();
    ASSERT_TRUE(navigator);
    QTreeWidgetItem* profile = nullptr;
    for (int i = 0; i < navigator->topLevelItemCount(); ++i) {
        if (Ui::Navigator::source(navigator->topLevelItem(i)).name == s("fleet"))
            profile = navigator->topLevelItem(i);
    }
    ASSERT_TRUE(profile);
    EXPECT_EQ(Ui::Navigator::connectionName(profile), s("fleet")); // the key its regions are kept under
    EXPECT_EQ(navigator->contextMenuPolicy(), Qt::CustomContextMenu); // Regions… on a connection
    ASSERT_TRUE(waitFor([&] { return profile->childCount() == 2; }, 30000));
    EXPECT_EQ(Ui::Navigator::regionOf(profile->child(0)), s("us-east-1"));
    EXPECT_EQ(Ui::Navigator::regionOf(profile->child(1)), s("eu-west-1"));
    ASSERT_TRUE(waitFor([&] { return profile->child(0)->childCount() == 1; }, 30000)); // us-east-1's cluster
    EXPECT_EQ(profile->child(1)->childCount(), 0);
    navigator->setCurrentItem(profile->child(1));
    ASSERT_TRUE(waitFor([&] { return profile->child(1)->childCount() == 1; }, 30000));
    EXPECT_TRUE(profile->child(1)->text(0).contains(s("eu-west-1"))) << profile->child(1)->text(0).toStdString();
    EXPECT_EQ(page->regions(), (QStringList { s("us-east-1"), s("eu-west-1") }));
    ASSERT_TRUE(waitFor([&] { return !page->isRefreshing(); }, 60000));

    // One region less: the overview reloads by itself and its rows go.
    QSignalSpy refreshed(page, &Ui::FleetOverviewPage::refreshed);
    Ui::ConnectionRegions::instance().setRegions(s("fleet"), { s("eu-west-1") });
    ASSERT_TRUE(waitFor([&] { return !refreshed.isEmpty() && !page->isRefreshing(); }, 60000));
    EXPECT_EQ(regionsShown(), QStringList { s("eu-west-1") });

    Ui::ConnectionRegions::instance().setRegions(s("fleet"), {});
    qunsetenv("AWS_CONFIG_FILE");
    qunsetenv("AWS_SHARED_CREDENTIALS_FILE");
}
