// SPDX-License-Identifier: MIT
// The Load Balancers page (issue 23): the route rows built from ELBv2's answers (a listener's path
// rule and default rule, a network load balancer's listener, a load balancer without listeners, a
// target group no listener uses), and the page in the window on its embedded endpoint: an
// application load balancer made over the wire shows as its routes with its targets' health, a
// refresh is a diff, the filter finds a route, an ELB error shows in the message bar.

#include "api/elbv2/elbv2client.h"
#include "common/localendpointsupport.h"
#include "common/testutil.h"
#include "integration/app/apptestsupport.h"
#include "models/itemroles.h"
#include "models/loadbalancers/loadbalancerroutemodel.h"
#include "ui/loadbalancers/loadbalancerspage.h"
#include "ui/mainwindow.h"
#include "ui/messagebar.h"
#include "ui/panewidget.h"

#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeView>
#include <QUrl>

#include <gtest/gtest.h>

using namespace EcsDesk;
using namespace EcsDesk::Testing;
using Model = Models::LoadBalancerRouteModel;

namespace {

QString s(const char* text) { return QString::fromUtf8(text); }

/// Waits for `reply`, expects success and returns its body (ELBv2 answers in XML).
QByteArray xml(Api::AwsReply* reply)
{
    EXPECT_TRUE(waitFor([reply] { return reply->isFinished(); }, 30000));
    reply->deleteLater();
    EXPECT_TRUE(reply->isOk()) << (reply->error() ? reply->error()->toString().toStdString() : std::string());
    return reply->body();
}

Api::TargetHealthDescription target(const char* id, int port, const char* state, const char* reason = "")
{
    Api::TargetHealthDescription description;
    description.target.id = s(id);
    description.target.port = port;
    description.health.state = s(state);
    description.health.reason = s(reason);
    return description;
}

Api::ElbAction forward(const QString& arn)
{
    Api::ElbAction action;
    action.type = s("forward");
    action.targetGroupArns = { arn };
    return action;
}

/// The cells of `row` in the columns the checks read.
QStringList cells(const QAbstractItemModel& model, int row)
{
    QStringList values;
    for (int column : { Model::LoadBalancer, Model::Listener, Model::Rule, Model::TargetGroup, Model::Targets })
        values.append(model.index(row, column).data().toString());
    return values;
}

/// The row whose cells are `wanted`, or -1.
int rowWith(const QAbstractItemModel& model, const QStringList& wanted)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (cells(model, row) == wanted)
            return row;
    }
    return -1;
}

QString dump(const QAbstractItemModel& model)
{
    QStringList rows;
    for (int row = 0; row < model.rowCount(); ++row)
        rows.append(cells(model, row).join(s(" | ")));
    return rows.join(QLatin1Char('\n'));
}

} // namespace

TEST(LoadBalancerRouteModel, ListsEveryRouteAndTheUnusedTargetGroups)
{
    const QString web = s("arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/1");
    const QString api = s("arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/api/2");
    const QString spare = s("arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/spare/3");
    const QString tcp = s("arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/tcp/4");

    Api::RegionLoadBalancers region;
    Api::RegionLoadBalancer shop;
    shop.loadBalancer.arn = s("arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/shop/a");
    shop.loadBalancer.name = s("shop");
    shop.loadBalancer.type = s("application");
    shop.loadBalancer.state = s("active");
    Api::ElbListener http;
    http.arn = s("arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/shop/a/l1");
    http.protocol = s("HTTP");
    http.port = 80;
    http.defaultActions = { forward(web) };
    shop.listeners = { http };
    Api::ElbRule path;
    path.arn = s("arn:rule/1");
    path.priority = s("10");
    path.conditions = { { s("path-pattern"), { s("/api/*") } } };
    path.actions = { forward(api) };
    Api::ElbRule fallback;
    fallback.arn = s("arn:rule/default");
    fallback.priority = s("default");
    fallback.isDefault = true;
    fallback.actions = { forward(web) };
    shop.rules.insert(http.arn, { path, fallback });
    region.loadBalancers.append(shop);

    Api::RegionLoadBalancer net;
    net.loadBalancer.arn = s("arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/net/edge/b");
    net.loadBalancer.name = s("edge");
    net.loadBalancer.type = s("network");
    Api::ElbListener tls;
    tls.arn = s("arn:listener/net/edge/b/l2");
    tls.protocol = s("TCP");
    tls.port = 443;
    tls.defaultActions = { forward(tcp) };
    net.listeners = { tls };
    region.loadBalancers.append(net);

    Api::RegionLoadBalancer empty;
    empty.loadBalancer.arn = s("arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/new/c");
    empty.loadBalancer.name = s("new");
    empty.loadBalancer.type = s("application");
    region.loadBalancers.append(empty);

    const auto group = [](const QString& arn, const char* name) {
        Api::RegionTargetGroup entry;
        entry.group.arn = arn;
        entry.group.name = s(name);
        entry.group.protocol = s("HTTP");
        entry.group.healthCheckPath = s("/health");
        entry.group.healthCheckIntervalSeconds = 30;
        entry.group.healthyThresholdCount = 5;
        entry.group.unhealthyThresholdCount = 2;
        return entry;
    };
    Api::RegionTargetGroup webGroup = group(web, "web");
    webGroup.targets = { target("10.0.1.5", 8080, "healthy"), target("10.0.1.6", 8080, "healthy"),
        target("10.0.1.7", 8080, "unhealthy", "Target.ResponseCodeMismatch") };
    Api::RegionTargetGroup apiGroup = group(api, "api");
    apiGroup.targets = { target("10.0.2.5", 9000, "draining") };
    region.targetGroups = { webGroup, apiGroup, group(spare, "spare"), group(tcp, "tcp") };

    Model model;
    model.setRegion(region);
    EXPECT_EQ(model.rowCount(), 5) << dump(model).toStdString();
    EXPECT_GE(rowWith(model, { s("shop"), s("HTTP:80"), s("10: path-pattern /api/*"), s("api"), s("1 draining") }), 0)
        << dump(model).toStdString();
    const int webRow = rowWith(model, { s("shop"), s("HTTP:80"), s("default"), s("web"), s("1 unhealthy, 2 healthy") });
    ASSERT_GE(webRow, 0) << dump(model).toStdString();
    EXPECT_TRUE(model.index(webRow, Model::Targets)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(s("10.0.1.7:8080 unhealthy (Target.ResponseCodeMismatch)")));
    EXPECT_EQ(model.index(webRow, Model::HealthCheck).data().toString(),
        s("HTTP /health every 30 s, healthy after 5, unhealthy after 2"));
    EXPECT_EQ(model.rawJson(model.index(webRow, 0)).value(s("TargetHealthDescriptions")).toArray().size(), 3);
    EXPECT_GE(rowWith(model, { s("edge"), s("TCP:443"), s("default"), s("tcp"), s("no targets") }), 0)
        << dump(model).toStdString();
    EXPECT_GE(rowWith(model, { s("new"), QString(), QString(), QString(), QString() }), 0) << dump(model).toStdString();
    EXPECT_GE(rowWith(model, { s("(none)"), QString(), QString(), s("spare"), s("no targets") }), 0)
        << dump(model).toStdString();

    // A refresh merges: a changed health changes one row's cells, nothing is inserted or removed.
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    region.targetGroups[0].targets[2].health = { s("healthy"), {}, {} };
    model.setRegion(region);
    EXPECT_TRUE(inserted.isEmpty());
    EXPECT_TRUE(removed.isEmpty());
    EXPECT_EQ(changed.size(), 1);
    EXPECT_EQ(model.index(webRow, Model::Targets).data().toString(), s("3 healthy"));
    // The new load balancer gets a listener: its bare row goes, its route comes.
    Api::ElbListener added = http;
    added.arn = s("arn:listener/app/new/c/l3");
    added.defaultActions = { forward(spare) };
    region.loadBalancers[2].listeners = { added };
    model.setRegion(region);
    EXPECT_EQ(model.rowCount(), 4) << dump(model).toStdString();
    EXPECT_GE(rowWith(model, { s("new"), s("HTTP:80"), s("default"), s("spare"), s("no targets") }), 0)
        << dump(model).toStdString();
    EXPECT_EQ(rowWith(model, { s("(none)"), QString(), QString(), s("spare"), s("no targets") }), -1);
}

TEST(LoadBalancersPage, ShowsTheRegionsRoutesWithTheirTargetsHealth)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    Ui::MainWindow window(Testing::testWindowOptions(dir.path()));
    window.show();
    ASSERT_TRUE(window.localEndpoint() && window.localEndpoint()->isRunning());
    Api::AwsTransport transport;
    const Api::ElbV2Client elb(Testing::endpointConfig(*window.localEndpoint(), &transport));

    // An application load balancer: HTTP:80 forwards /api/* to api, the rest to web; web has two
    // registered targets; spare is used by no listener.
    const QList<Api::ElbLoadBalancer> balancers = Api::ElbV2::parseLoadBalancers(
        xml(elb.createLoadBalancer(s("shop"), { s("subnet-0a1b2c3d4e5f60718"), s("subnet-0b1b2c3d4e5f60719") })))
                                                      .value.loadBalancers;
    ASSERT_EQ(balancers.size(), 1);
    const auto makeGroup = [&](const char* name) {
        Api::TargetGroupSpec spec;
        spec.name = s(name);
        spec.vpcId = s("vpc-1");
        spec.healthCheckPath = s("/health");
        spec.healthCheckIntervalSeconds = 5;
        spec.healthCheckTimeoutSeconds = 2;
        spec.healthyThresholdCount = 2;
        const QList<Api::TargetGroup> groups
            = Api::ElbV2::parseTargetGroups(xml(elb.createTargetGroup(spec))).value.targetGroups;
        return groups.isEmpty() ? QString() : groups.first().arn;
    };
    const QString web = makeGroup("web");
    const QString api = makeGroup("api");
    const QString spare = makeGroup("spare");
    ASSERT_FALSE(web.isEmpty() || api.isEmpty() || spare.isEmpty());
    const QList<Api::ElbListener> listeners
        = Api::ElbV2::parseListeners(xml(elb.createListener(balancers.first().arn, s("HTTP"), 80, web)))
              .value.listeners;
    ASSERT_EQ(listeners.size(), 1);
    xml(elb.callQuery(s("CreateRule"), "2015-12-01",
        { { s("ListenerArn"), listeners.first().arn }, { s("Priority"), s("10") },
            { s("Conditions.member.1.Field"), s("path-pattern") },
            { s("Conditions.member.1.Values.member.1"), s("/api/*") }, { s("Actions.member.1.Type"), s("forward") },
            { s("Actions.member.1.TargetGroupArn"), api } }));
    xml(elb.registerTargets(web, { { s("10.0.1.5"), 8080, {} }, { s("10.0.1.6"), 8080, {} } }));

    auto* page = window.findChild<Ui::LoadBalancersPage*>();
    ASSERT_NE(page, nullptr);
    Model* model = page->model();
    QSignalSpy refreshed(page, &Ui::LoadBalancersPage::refreshed);
    window.showPane(page->pane()); // loads while on show
    ASSERT_TRUE(waitFor([&] { return !refreshed.isEmpty(); }, 30000));
    EXPECT_TRUE(page->statusLabel()->text().contains(s("1"))) << page->statusLabel()->text().toStdString();
    ASSERT_EQ(model->rowCount(), 3) << dump(*model).toStdString();
    EXPECT_GE(rowWith(*model, { s("shop"), s("HTTP:80"), s("10: path-pattern /api/*"), s("api"), s("no targets") }), 0)
        << dump(*model).toStdString();
    const int webRow = [&] {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (cells(*model, row).mid(0, 4) == QStringList { s("shop"), s("HTTP:80"), s("default"), s("web") })
                return row;
        }
        return -1;
    }();
    ASSERT_GE(webRow, 0) << dump(*model).toStdString();
    // Registered targets start in initial and turn healthy after two 5 s checks (the window
    // refreshes the page; here it is asked to).
    EXPECT_TRUE(model->index(webRow, Model::Targets).data().toString().startsWith(s("2 ")))
        << model->index(webRow, Model::Targets).data().toString().toStdString();
    EXPECT_GE(rowWith(*model, { s("(none)"), QString(), QString(), s("spare"), s("no targets") }), 0)
        << dump(*model).toStdString();
    EXPECT_EQ(model->index(webRow, Model::Type).data().toString(), s("application"));
    EXPECT_FALSE(model->index(webRow, Model::DnsName).data().toString().isEmpty());

    // A refresh is a diff: the same rows, nothing inserted or removed.
    QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(model, &QAbstractItemModel::rowsRemoved);
    refreshed.clear();
    page->refresh();
    ASSERT_TRUE(waitFor([&] { return !refreshed.isEmpty(); }, 30000));
    EXPECT_EQ(model->rowCount(), 3);
    EXPECT_TRUE(inserted.isEmpty());
    EXPECT_TRUE(removed.isEmpty());

    // Filterable like every pane: a target group's name finds its route.
    Ui::PaneWidget* pane = page->pane();
    pane->filterEdit()->setText(s("spare"));
    EXPECT_TRUE(waitFor([&] { return pane->view()->model()->rowCount() == 1; }, 5000));
    pane->filterEdit()->clear();
    EXPECT_TRUE(pane->view()->isSortingEnabled());
}

TEST(RegionLoadBalancersLoader, AnUnreachableEndpointFailsWithItsReason)
{
    TestEndpoint local;
    ASSERT_TRUE(local.isStarted()) << local.error().toStdString();
    Api::ClientConfig config = local.config();
    config.endpointUrl = QUrl(s("http://127.0.0.1:1")); // nothing listens there
    const Api::ElbV2Client elb(config);
    Api::RegionLoadBalancersLoader loader(&elb);
    QSignalSpy loaded(&loader, &Api::RegionLoadBalancersLoader::loaded);
    QSignalSpy failed(&loader, &Api::RegionLoadBalancersLoader::failed);
    loader.load();
    ASSERT_TRUE(waitFor([&] { return !failed.isEmpty() || !loaded.isEmpty(); }, 60000));
    ASSERT_EQ(failed.size(), 1);
    EXPECT_TRUE(loaded.isEmpty());
    EXPECT_FALSE(failed.first().first().value<Api::AwsError>().toString().isEmpty());
    EXPECT_FALSE(loader.isLoading());
}
